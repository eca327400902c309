"""The document store: analysed documents as JSON and the original PDFs by hash.

Layout under ``Settings.store_dir``::

    docs/<id>.json      {"id", "path", "document": Document.to_dict(), "warnings": [...]}
    pdf/<sha256>.pdf    the original file, by content hash

Writes are atomic (temporary file + rename), so an interrupted run never leaves a
half-written record.  The store is the source of truth; the search index is derived
from it and can be rebuilt with ``kommunminne reindex``.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from kommunminne.model import Document


def atomic_write_bytes(target: Path, data: bytes, *, durable: bool = False) -> None:
    """Write ``data`` to ``target`` via a temporary file and a rename.

    Readers see either the old or the new content, never a part.  With ``durable`` the
    data is also flushed to disk (``fsync``) before the rename, so that a power cut
    cannot leave an empty file behind either.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        os.fchmod(fd, 0o644)  # mkstemp makes files private; records are shared with the server
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class DocumentStore:
    def __init__(self, store_dir: Path) -> None:
        self.root = Path(store_dir)
        self.docs_dir = self.root / "docs"
        self.pdf_dir = self.root / "pdf"

    # -------------------------------------------------------------------- reading
    def _record_path(self, doc_id: str) -> Path:
        if not doc_id or not all(c in "0123456789abcdef" for c in doc_id):
            raise KeyError(doc_id)  # ids are hex: nothing else may reach the file system
        return self.docs_dir / f"{doc_id}.json"

    def record(self, doc_id: str) -> dict | None:
        try:
            path = self._record_path(doc_id)
        except KeyError:
            return None
        if not path.is_file():
            return None
        return json.loads(path.read_text(encoding="utf-8"))

    def get(self, doc_id: str) -> Document | None:
        record = self.record(doc_id)
        if record is None:
            return None
        document = Document.from_dict(record["document"])
        document.warnings = list(record.get("warnings", []))
        return document

    def __contains__(self, doc_id: object) -> bool:
        if not isinstance(doc_id, str):
            return False
        try:
            return self._record_path(doc_id).is_file()
        except KeyError:
            return False

    def ids(self) -> list[str]:
        if not self.docs_dir.is_dir():
            return []
        return sorted(p.stem for p in self.docs_dir.glob("*.json"))

    def __iter__(self) -> Iterator[Document]:
        for doc_id in self.ids():
            document = self.get(doc_id)
            if document is not None:
                yield document

    def __len__(self) -> int:
        return len(self.ids())

    def pdf_path(self, doc_id: str) -> Path | None:
        record = self.record(doc_id)
        if record is None:
            return None
        path = self.pdf_dir / f"{record['document']['sha256']}.pdf"
        return path if path.is_file() else None

    # -------------------------------------------------------------------- writing
    def put(self, document: Document, *, path: str | None = None, pdf: Path | None = None) -> str:
        """Store ``document`` (and a copy of its original file); returns its id."""
        if pdf is not None:
            target = self.pdf_dir / f"{document.sha256}.pdf"
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_name(f".tmp-{target.name}")
                shutil.copyfile(pdf, tmp)
                os.replace(tmp, target)
        record = {
            "id": document.id,
            "path": path,
            "document": document.to_dict(),
            "warnings": list(document.warnings),
        }
        data = json.dumps(record, ensure_ascii=False).encode("utf-8")
        atomic_write_bytes(self._record_path(document.id), data)
        return document.id

    def update(self, document: Document) -> None:
        """Rewrite a stored document (e.g. after re-analysis), keeping its record's path."""
        record = self.record(document.id)
        self.put(document, path=record.get("path") if record else None)

    def delete(self, doc_id: str) -> None:
        record = self.record(doc_id)
        if record is None:
            return
        # The id is derived from the content hash, so no other record shares this PDF.
        self._record_path(doc_id).unlink(missing_ok=True)
        (self.pdf_dir / f"{record['document']['sha256']}.pdf").unlink(missing_ok=True)
