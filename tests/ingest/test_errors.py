"""Unreadable files: a clear Swedish reason, exit status 2 and one stderr line from the CLI."""

from __future__ import annotations

import pickle

import pytest
from click.testing import CliRunner

from ingest import ExtractionError, extract_pdf
from kommunminne.cli import main
from tests.ingest.pdfkit import PdfKit


def _valid_pdf(kit: PdfKit) -> bytes:
    kit.page().paragraph(72, 700, "Ett stycke text i en helt vanlig PDF-fil.")
    return kit.to_bytes()


@pytest.fixture
def broken_files(tmp_path, kit):
    good = _valid_pdf(kit)
    files = {
        "empty": (tmp_path / "tom.pdf", b""),
        "html": (tmp_path / "sida.pdf", b"<!DOCTYPE html><html><body>Hej</body></html>\n"),
        "text": (tmp_path / "text.pdf", b"Bara text, ingen PDF.\n"),
        "truncated": (tmp_path / "avkortad.pdf", good[: len(good) // 2]),
        "corrupt": (tmp_path / "trasig.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n"),
    }
    for path, data in files.values():
        path.write_bytes(data)
    encrypted = PdfKit()
    encrypted.page().paragraph(72, 700, "Hemlig text.")
    files["encrypted"] = (encrypted.save(tmp_path / "krypterad.pdf", encrypt="hemligt"), None)
    return {name: path for name, (path, _) in files.items()}


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty", "filen är tom"),
        ("html", "inte en PDF-fil"),
        ("text", "inte en PDF-fil"),
        ("truncated", "trasig eller avkortad PDF"),
        ("corrupt", "trasig eller avkortad PDF"),
        ("encrypted", "krypterad med lösenord"),
    ],
)
def test_bad_files_raise_extraction_error(broken_files, name, reason):
    path = broken_files[name]
    with pytest.raises(ExtractionError) as info:
        extract_pdf(path)
    assert info.value.reason.startswith(reason)
    assert str(info.value) == f"{path.name}: {info.value.reason}"


def test_missing_file(tmp_path):
    with pytest.raises(ExtractionError, match="filen finns inte"):
        extract_pdf(tmp_path / "finns-inte.pdf")


def test_extraction_error_pickles():
    error = ExtractionError("a/b.pdf", "filen är tom")
    copy = pickle.loads(pickle.dumps(error))
    assert str(copy) == "b.pdf: filen är tom"
    assert copy.reason == "filen är tom"


@pytest.mark.parametrize("name", ["empty", "html", "truncated", "encrypted"])
def test_cli_exit_2_with_one_line(broken_files, name):
    path = broken_files[name]
    result = CliRunner().invoke(main, ["extract", str(path), "--no-nlp"])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert path.name in lines[0]
    assert "Traceback" not in result.output


def test_owner_password_only_is_readable(tmp_path):
    """A PDF with only an owner password (no user password) opens without one."""
    from reportlab.lib import pdfencrypt

    kit = PdfKit()
    kit.page().paragraph(72, 700, "Öppen text med behörighetsbegränsning.")
    path = tmp_path / "agare.pdf"
    encryption = pdfencrypt.StandardEncryption("", ownerPassword="ägare", canCopy=0)
    path.write_bytes(_encrypted_bytes(kit, encryption))
    assert "Öppen text" in extract_pdf(path).text


def _encrypted_bytes(kit, encryption) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt=encryption)
    for page in kit.pages:
        for op in page.ops:
            pdf.setFont(op.font, op.size)
            pdf.drawString(op.x, op.y, op.text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()
