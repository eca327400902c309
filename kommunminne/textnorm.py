"""The one text normaliser shared by extraction, NLP, indexing and querying.

``normalise`` makes text canonical (Unicode NFC, typographic ligatures expanded, odd
spaces and soft hyphens removed) without changing its length-relevant structure beyond
that.  ``fold`` is the stricter key used to compare and look up words: normalised and
lower-cased.  The search analyser and the query parser both call ``fold`` so that a
query and the indexed text meet in the same form.
"""

from __future__ import annotations

import re
import unicodedata

# Typographic ligatures that PDF fonts emit as single code points.
LIGATURES: dict[str, str] = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u0132": "IJ",
    "\u0133": "ij",
    "\u0152": "OE",
    "\u0153": "oe",
}
_LIGATURE_RE = re.compile("[" + "".join(LIGATURES) + "]")
# Non-breaking and other fixed-width spaces become plain spaces; zero-width characters
# and soft hyphens disappear.
_SPACES_RE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def normalise(text: str) -> str:
    """NFC, ligatures expanded, special spaces made plain, invisible characters removed."""
    text = _LIGATURE_RE.sub(lambda m: LIGATURES[m.group()], text)
    text = _INVISIBLE_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text)
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Comparison key: normalised and lower-cased (Swedish å, ä, ö are kept)."""
    return normalise(text).lower()
