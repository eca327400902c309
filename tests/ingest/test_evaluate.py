"""The extraction evaluator: field comparison, alternatives, both annotated sets."""

from __future__ import annotations

from ingest.evaluate import SETS, compare
from kommunminne.model import Document, Person


def truth(**fields):
    base = {
        "doc_type": "answer",
        "date": "2019-03-04",
        "reference": "KSN-2019-0001",
        "title": "Svar på interpellation om X",
        "authors": [{"name": "Anna Ek", "party": "S", "role": "Kommunstyrelsens ordförande"}],
        "addressed": [{"name": "Bo Ax", "party": "M", "role": None}],
        "questions": [],
        "proposals": [],
    }
    return {**base, **fields}


def document(**fields):
    base = dict(
        source="a.pdf",
        sha256="0" * 64,
        doc_type="answer",
        date="2019-03-04",
        reference="KSN-2019-0001",
        title="Svar på interpellation om  X",
        authors=[Person("Anna Ek", "S", "kommunstyrelsens ordförande")],
        addressed=[Person("Bo Ax", "M", None)],
    )
    return Document(**{**base, **fields})


def test_fields_compare_with_spaces_and_role_case_forgiven():
    assert all(compare(document(), truth()).values())


def test_a_wrong_party_fails_the_full_person_but_not_the_name():
    result = compare(document(addressed=[Person("Bo Ax", "L", None)]), truth())
    assert not result["addressed"] and result["addressed_names"]


def test_an_alternative_reading_counts_and_others_do_not():
    ambiguous = truth(
        title="Interpellationssvar", title_alternatives=["Svar på interpellation om X"]
    )
    assert compare(document(), ambiguous)["title"]
    assert not compare(document(title="Kommunstyrelsen"), ambiguous)["title"]


def test_both_sets_have_a_truth_for_every_pdf():
    for folder in SETS.values():
        pdfs = {p.stem for p in (folder / "pdf").glob("*.pdf")}
        truths = {p.stem for p in (folder / "truth").glob("*.json")}
        assert pdfs and pdfs == truths, folder
