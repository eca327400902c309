"""Metadata from the text and the layout of a council record (never from the file name).

Rules, each a small function with its own tests:

* :func:`find_title` – the largest type near the top of page 1, below the letterhead;
* :func:`classify` – the document type from the title, the head of page 1 and body cues;
* :func:`find_date` – the document's own date (head of page 1, a dateline ``Uppsala den
  3 mars 2019``, a ``Datum:`` field), Swedish forms normalised to ISO;
* :func:`find_reference` – diarienummer (``KSN-2019-0214``, ``KS 2018/123``, ``Dnr 2019/456``)
  or a Riksdag number (``2016/17:591``);
* :func:`find_authors` / :func:`find_addressed` – people with party and role from
  ``av …`` / ``till …`` lines and signature blocks;
* :func:`find_questions` / :func:`find_proposals` – the numbered questions of an
  interpellation (not the questions an answer quotes) and the ``att``-clauses of a motion;
* :func:`minutes_title` – the matter of a minutes extract: the first § that carries a
  diarienummer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kommunminne.model import Person

# ----------------------------------------------------------------------------- dates
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4,
    "apr": 4, "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
ISO_DATE_RE = re.compile(r"(?<![\d/-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d/-])")
LONG_DATE_RE = re.compile(
    rf"(?<!\d)(\d{{1,2}}):?e?\s+({_MONTH_ALT})\.?\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE
)
DATELINE_RE = re.compile(
    rf"^[A-ZÅÄÖ][\wåäö -]{{1,30}}?,?\s+(?:den\s+)?(?:\d{{1,2}}\s+(?:{_MONTH_ALT})\.?\s+\d{{4}}"
    r"|(?:19|20)\d\d-\d\d-\d\d)\s*$",
    re.IGNORECASE,
)
DATE_LABEL_RE = re.compile(
    r"\b(?:datum|sammanträdesdatum|beslutsdatum|daterad)\b\s*:?\s*", re.IGNORECASE
)


def _valid(year: int, month: int, day: int) -> str | None:
    import datetime

    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_dates(text: str) -> list[tuple[int, str]]:
    """All dates in ``text`` as (offset, ISO date), in order of appearance."""
    found: list[tuple[int, str]] = []
    for match in ISO_DATE_RE.finditer(text):
        iso = _valid(int(match[1]), int(match[2]), int(match[3]))
        if iso:
            found.append((match.start(), iso))
    for match in LONG_DATE_RE.finditer(text):
        iso = _valid(int(match[3]), MONTHS[match[2].lower()], int(match[1]))
        if iso:
            found.append((match.start(), iso))
    return sorted(found)


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as an ISO date (``14 november 2018`` → ``2018-11-14``)."""
    dates = parse_dates(text)
    return dates[0][1] if dates else None


# ------------------------------------------------------------------------ references
_UNIT = r"[A-ZÅÄÖ]{1,8}(?:-[A-ZÅÄÖ]{1,6})?"
REFERENCE_RES = (
    # Riksdag 2016/17:591; a committee's report 2022/23:TU7 (the committee's letters)
    re.compile(r"(?<![\w/])((?:19|20)\d\d/\d\d:(?:\d{1,4}|[A-ZÅÄÖ]{1,4}\d{1,3}))(?![\w/:])"),
    re.compile(rf"(?<![\w-])({_UNIT}-(?:19|20)\d\d-\d{{1,6}})(?![\w-])"),  # KSN-2019-0214
    re.compile(rf"(?<![\w-])({_UNIT}[ -]?(?:19|20)\d\d/\d{{1,6}})(?![\w/])"),  # KS 2018/123
    re.compile(rf"(?<![\w-])({_UNIT}\s(?:19|20)\d\d-\d{{1,6}})(?![\w-])"),  # KS 2018-123
)
LABELLED_REFERENCE_RE = re.compile(
    r"\b(?:dnr|diarienummer|diarienr|ärendenummer|vår\s+beteckning|beteckning|"
    r"vårt\s+dnr|ert\s+dnr)\.?\s*:?\s*([A-ZÅÄÖ0-9][\w/:. -]{2,30}?)(?=\s{2,}|\s*$|,|;|\s+\()",
    re.IGNORECASE | re.MULTILINE,
)
#: A labelled bare number: ``Dnr 2019/456`` (year first) or ``Diarienummer 0845/19``
#: (serial number, then the year's two digits: Göteborg's style).
_BARE_NUMBER_REF_RE = re.compile(r"^(?:(?:19|20)\d\d[/-]\d{1,6}|\d{1,6}/\d\d)$")


def find_reference_in(text: str) -> str | None:
    labelled = LABELLED_REFERENCE_RE.search(text)
    if labelled:
        value = labelled.group(1).strip().rstrip(".")
        for pattern in REFERENCE_RES:
            match = pattern.search(value)
            if match:
                return _tidy_reference(match.group(1))
        if _BARE_NUMBER_REF_RE.match(value):
            return value  # Dnr 2019/456, Diarienummer 0845/19
    for pattern in REFERENCE_RES:
        match = pattern.search(text)
        if match:
            return _tidy_reference(match.group(1))
    return None


def _tidy_reference(value: str) -> str:
    return re.sub(r"\s+", " ", value.strip())


# ---------------------------------------------------------------------------- people
PARTY_ALIASES = {"FP": "L", "FOLKPARTIET": "L", "LIBERALERNA": "L", "FI": "FI"}
_NAME_WORD = r"[A-ZÅÄÖÉÜ][a-zåäöéèüáíóúøæ]+(?:-[A-ZÅÄÖ][a-zåäöéèüáíóúøæ]+)?"
_PARTICLE = r"(?:von|af|de|van|der|la|di)"
NAME_RE = rf"{_NAME_WORD}(?: +(?:{_PARTICLE} +)?{_NAME_WORD}){{1,3}}"
PARTY_RE = r"\(\s*([A-Za-zÅÄÖåäö]{1,3})\s*\)"
PERSON_RE = re.compile(rf"(?P<name>{NAME_RE})(?:\s*{PARTY_RE.replace('(', '(?P<party>', 1)})?")
PERSON_LINE_RE = re.compile(rf"^(?P<name>{NAME_RE})\s*(?:\((?P<party>[A-Za-zÅÄÖåäö]{{1,3}})\))?$")
ROLE_WORDS_RE = re.compile(
    r"(?:ordförande|ordf\.?|kommunalråd|oppositionsråd|råd|ledamot|ledamöter|gruppledare|"
    r"minister|landshövding|direktör|chef|handläggare|sekreterare|ombudsman|talesperson|"
    r"ersättare|justerare|borgmästare|statsråd|riksdagsledamot|kommundirektör)\b",
    re.IGNORECASE,
)
_ROLE_PREFIX_RE = re.compile(
    r"^(?:\w+s\s+)?(?:vice\s+)?(?:\w*(?:ordförande|råd|chef|minister|direktör)|landshövding|"
    r"rikspolischef|statsråd)$",
    re.IGNORECASE,
)


def normalise_party(party: str | None) -> str | None:
    if not party:
        return None
    upper = party.strip().upper()
    return PARTY_ALIASES.get(upper, upper)


def _capitalise(text: str) -> str:
    text = text.strip(" ,;:")
    return text[:1].upper() + text[1:] if text else text


def parse_person(text: str) -> Person | None:
    """``kommunstyrelsens ordförande Erik Pelling (S)`` → Person(Erik Pelling, S, role)."""
    text = re.sub(r"\s+", " ", text.strip().rstrip(".,;:"))
    match = re.match(
        rf"^(?P<role>.*?)\s*(?P<name>{NAME_RE})\s*(?:\((?P<party>[A-Za-zÅÄÖåäö]{{1,3}})\))?"
        r"(?:\s*,\s*(?P<after>[^,]+))?$",
        text,
    )
    if not match:
        return None
    role = match["role"].strip(" ,")
    if "," in role and role.rsplit(",", 1)[1].strip():
        # "Socialdepartementet, socialtjänstminister Camilla Wester": the office, then
        # the person's title.
        role = role.rsplit(",", 1)[1].strip()
    name = match["name"]
    words = name.split()
    # "Landshövding Göran Enander": a capitalised role word is not part of the name.
    while len(words) > 2 and (ROLE_WORDS_RE.search(words[0]) or _ROLE_PREFIX_RE.match(words[0])):
        role = f"{role} {words.pop(0)}".strip()
        name = " ".join(words)
    if match["after"]:
        role = role or match["after"].strip()
    if role and (role.lower().startswith(("till ", "av ")) or role.lower() in ("till", "av")):
        role = role.split(" ", 1)[1] if " " in role else ""
    return Person(name=name, party=normalise_party(match["party"]), role=_capitalise(role) or None)


def split_people(text: str) -> list[str]:
    """``Anna A (S) och Bo B (M)`` → two parts; commas between persons too."""
    parts = re.split(r"\s+(?:och|samt)\s+(?=[A-ZÅÄÖ])|\)\s*,\s*(?=[A-ZÅÄÖ])", text)
    fixed = []
    for part in parts:
        part = part.strip()
        if (
            part
            and "(" in part
            and not part.endswith(")")
            and re.search(r"\([A-Za-zÅÄÖåäö]{1,3}$", part)
        ):
            part += ")"
        fixed.append(part)
    return [part for part in fixed if part]


# --------------------------------------------------------------------------- types
TYPE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("minutes", re.compile(r"^\s*§\s*\d+|^\s*(?:sammanträdes)?protokoll(?:sutdrag)?\b",
                           re.IGNORECASE)),
    ("answer", re.compile(r"\b(?:svar\s+på\s+(?:interpellation|fråga)|interpellationssvar)",
                          re.IGNORECASE)),
    # A written question to a minister (skriftlig fråga) is, like an interpellation, a
    # member's question with questions of its own; the project has no type of its own
    # for it, and an interpellation is the nearest (its answer is an "answer").
    ("interpellation", re.compile(r"^\s*(?:interpellation|skriftlig\s+fråga|fråga\s+för\s+"
                                  r"skriftligt\s+svar)\b", re.IGNORECASE)),
    ("motion", re.compile(r"^\s*motion\b", re.IGNORECASE)),
    ("decision", re.compile(r"^\s*(?:[\wåäö]+s\s+)?beslut\s*$|^\s*beslut\s+(?:om|i|angående)\b|"
                            r"^\s*delegationsbeslut", re.IGNORECASE)),
    ("minutes", re.compile(r"\b(?:sammanträdes)?protokoll(?:sutdrag)?\b", re.IGNORECASE)),
    # An officer's report to a committee (tjänsteskrivelse, Göteborg's tjänsteutlåtande)
    # proposes a decision but is not one; a Riksdag committee's betänkande is its report.
    ("report", re.compile(r"^\s*[\wåäö]*(?:uppföljning|rapport|redovisning|utvärdering|"
                          r"lägesbild|analys|översyn|utredning)\b|\b(?:uppföljning|rapport|"
                          r"redovisning|utvärdering|lägesbild|tjänsteskrivelse|tjänsteutlåtande|"
                          r"betänkande)\b", re.IGNORECASE)),
    ("letter", re.compile(r"\b(?:skrivelse|brev|inbjudan|öppet brev|begäran|hemställan)\b",
                          re.IGNORECASE)),
)  # fmt: skip

#: An addressee line ("Till …", "Till:", "Att:") at the head: letters have one, but so do
#: interpellations and motions addressed to a chair or to the council, so it only counts
#: when neither the title nor the body says what else the document is.
ADDRESSEE_LINE_RE = re.compile(r"^\s*till:?\s+\S|^\s*att:\s", re.IGNORECASE)

BODY_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("answer", re.compile(r"har\s+i\s+en\s+interpellation|interpellation\w*\s+(?:ställt|"
                          r"frågat)|\bfrågor\s+till\s+mig\b|\bhar\s+frågat\s+mig\b",
                          re.IGNORECASE)),
    ("decision", re.compile(r"^[\wåäö]+(?:\s+[\wåäö]+)?\s+beslutar\s+att\b", re.MULTILINE)),
    ("motion", re.compile(r"\b(?:jag|vi)\s+föreslår\b.*?\batt\b|\byrkar\s+(?:jag|vi)\b",
                          re.IGNORECASE | re.DOTALL)),
    ("interpellation", re.compile(r"\b(?:vill\s+(?:jag|vi)|(?:jag|vi)\s+vill)\s+(?:därför\s+)?"
                                  r"(?:fråga|ställa)\b", re.IGNORECASE)),
    ("minutes", re.compile(r"(?m)^\s*§\s*\d+.*(?:\n.*){0,200}?^\s*§\s*\d+")),
)  # fmt: skip


#: A title naming a plan, programme or strategy is a report unless the body says what
#: else it is ("Kommunstyrelsen beslutar att anta handlingsplanen …" is a decision).
REPORT_TITLE_RE = re.compile(
    r"^\s*[\wåäö]*(?:plan|program|strategi|kartläggning|verksamhetsberättelse|promemoria|"
    r"handlingsplan|riktlinjer|policy)\b(?!-)",
    re.IGNORECASE,
)


def classify(title: str, head: str, body: str) -> str:
    """Document type from the title, then the head of page 1, then cues in the body, then
    an addressee line at the head (a letter), then a title that names a plan or
    programme (a report)."""
    for text in (title, head):
        for doc_type, pattern in TYPE_RULES:
            if any(pattern.search(line) for line in text.splitlines() if line.strip()):
                return doc_type
    for doc_type, pattern in BODY_CUES:
        # Decisions state their decision at the top; elsewhere "X beslutar att" is quoted.
        window = body[:1500] if doc_type == "decision" else body[:20000]
        if pattern.search(window):
            return doc_type
    if any(ADDRESSEE_LINE_RE.search(line) for line in head.splitlines()):
        return "letter"
    if REPORT_TITLE_RE.search(title):
        return "report"
    return "other"


# ------------------------------------------------------------------------ minutes
_SECTION_RE = re.compile(r"^§\s*\d+[a-z]?\b")
_SECTION_ONLY_RE = re.compile(r"^§\s*\d+[a-z]?$")


def _reference_line(paragraph: str) -> bool:
    """A paragraph that is nothing but a diarienummer (``KSN-2018-0744``, ``Dnr KS 2018/12``)."""
    line = paragraph.strip()
    if not line or "\n" in line or len(line) > 50:
        return False
    labelled = LABELLED_REFERENCE_RE.fullmatch(line)
    if labelled:
        return True
    return any(pattern.fullmatch(line) for pattern in REFERENCE_RES[1:])


def minutes_title(text: str) -> str | None:
    """The matter of a minutes extract: the heading of the first § followed by a
    diarienummer line (``§ 203 Motion om …`` / ``KSN-2018-0744``); the § number may stand
    on its own line above the heading.  None when no § carries a diarienummer."""
    paragraphs = [part.strip() for part in text.split("\n\n")]
    for index, paragraph in enumerate(paragraphs):
        if not _SECTION_RE.match(paragraph):
            continue
        lines = paragraph.splitlines()
        following = paragraphs[index + 1 : index + 3]
        if len(lines) == 1 and _SECTION_ONLY_RE.match(lines[0]) and following:
            lines += following[0].splitlines()  # "§ 203" above its heading
            following = following[1:]
        if len(lines) > 1 and _reference_line(lines[-1]):
            heading_lines = lines[:-1]  # the diarienummer set as a line under the heading
        elif following and _reference_line(following[0]):
            heading_lines = lines
        else:
            continue
        heading = " ".join(" ".join(heading_lines).split())
        if len(heading) < 250:
            return heading
    return None


# ------------------------------------------------------------------------ questions
_NUMBERED_Q_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[•▪●–-])\s+(?P<q>.+\?)\s*$")
_SENTENCE_SPLIT_RE = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")


def find_questions(text: str, doc_type: str) -> list[str]:
    """Numbered (or bulleted) questions; for interpellations also question paragraphs of
    one sentence (``Är du beredd att …?``).  An answer quotes the interpellation's
    questions as headings, but they are not its own: an answer has none (the questions
    belong to the interpellation; see corpus/README.md)."""
    if doc_type == "answer":
        return []
    numbered: list[str] = []
    standalone: list[str] = []
    for paragraph in text.split("\n\n"):
        items = re.split(r"\n(?=\s*(?:\d{1,2}[.)]|[•▪●–-])\s)", paragraph)
        for item in items:
            flat = re.sub(r"\s+", " ", item).strip()
            match = _NUMBERED_Q_RE.match(flat)
            if match:
                numbered.append(match["q"].strip())
                continue
            if (
                flat.endswith("?")
                and len(flat) < 400
                and not _SENTENCE_SPLIT_RE.search(flat[:-1])
                and flat[:1].isupper()
            ):
                standalone.append(flat)
    if numbered:
        return numbered
    return standalone if doc_type == "interpellation" else []


# ------------------------------------------------------------------------ proposals
_PROPOSE_RE = re.compile(
    r"\b(?:föreslår|yrkar|hemställer|föreslås|yrkas)\b(?P<rest>.*)", re.IGNORECASE | re.DOTALL
)
_DECIDING_BODY = (
    r"(?:kommunfullmäktige|fullmäktige|kommunstyrelsen|nämnden|riksdagen|regionfullmäktige)"
)
_DECIDE_VERB = r"(?:beslutar\s+följande|beslutar|besluta|ska\s+besluta)"
#: What stands between the proposal verb and the first clause.  "att kommunfullmäktige"
#: is preamble only with its verb ("föreslår att kommunfullmäktige beslutar"); without
#: one it is the first clause itself ("yrkar vi / att kommunfullmäktige uppdrar …").
_PREAMBLE_RE = re.compile(
    r"^\s*(?:jag|vi)?\s*(?:därför|följande|härmed)?\s*"
    rf"(?:att\s+{_DECIDING_BODY}\s+{_DECIDE_VERB}|{_DECIDING_BODY}(?:\s+{_DECIDE_VERB})?"
    rf"|{_DECIDE_VERB})?"
    r"\s*:?\s*",
    re.IGNORECASE,
)
#: A clause starts a line, after a bullet or a list number ("1. att …", "a) att …").
_LIST_LABEL = r"(?:[•▪●–-]|\d{1,2}[.)]|[a-z][.)])"
_ATT_ITEM_RE = re.compile(rf"(?:^|\n)\s*(?:{_LIST_LABEL}\s*)?(?=att\s)", re.IGNORECASE)
_FIRST_ATT_RE = re.compile(rf"^(?:{_LIST_LABEL}\s*)?att\s", re.IGNORECASE)


def find_proposals(text: str) -> list[str]:
    """The ``att``-clauses after ``Jag/Vi föreslår (att kommunfullmäktige beslutar)``."""
    candidates = list(_PROPOSE_RE.finditer(text))
    for match in reversed(candidates):
        rest = match["rest"]
        rest = _PREAMBLE_RE.sub("", rest, count=1)
        if not _FIRST_ATT_RE.match(rest):
            continue
        items: list[str] = []
        for raw in _ATT_ITEM_RE.split(rest):
            raw = raw.strip()
            if not raw.lower().startswith("att "):
                continue
            item = raw.split("\n\n", 1)[0]
            item = re.sub(r"\s+", " ", item).strip()
            if len(item) > 4:
                items.append(item)
        if items:
            return items
    return []


# ---------------------------------------------------------------------- signatures
_DATELINE_OR_GREETING_RE = re.compile(
    r"^(?:med\s+vänlig\s+hälsning|vänliga\s+hälsningar|mvh|för\s+\w+|på\s+uppdrag\s+av|"
    # the labels of the signatures under minutes: the secretary's and the adjusters'
    r"vid\s+protokollet|justeras|justerat|justerare\s*:|sekreterare\s*:)\b",
    re.IGNORECASE,
)
#: A distribution line under the signatures ("Kopia: …", "Kopia till …", "Bilaga: …"):
#: not part of the signature block.
_DISTRIBUTION_RE = re.compile(
    r"^(?:kopia|kopior|kopia\s+till|för\s+kännedom|bilagor?|expedieras|sändlista)\b\s*:?",
    re.IGNORECASE,
)


@dataclass
class _Signature:
    people: list[Person]


def _role_line(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 8
        and line[:1].isupper()
        and not line.endswith((".", "?", "!"))
        and not PERSON_LINE_RE.match(line)
        and not ISO_DATE_RE.search(line)
    ) or bool(ROLE_WORDS_RE.search(line) and len(words) <= 8)


def find_signatures(text: str) -> list[Person]:
    """People in the signature block at the end of the text (name (party) + role)."""
    lines = [line.strip() for line in text.rstrip().splitlines()]
    block: list[str] = []
    for line in reversed(lines):
        if not line:
            if block and len(block) > 12:
                break
            continue
        if not block and _DISTRIBUTION_RE.match(line):
            continue  # "Kopia: Infrastrukturdepartementet" under the signatures
        if (
            PERSON_LINE_RE.match(line)
            or DATELINE_RE.match(line)
            or _DATELINE_OR_GREETING_RE.match(line)
            or (_role_line(line) and len(line) < 70)
            or _people_line(line)
        ):
            block.append(line)
            continue
        break
    block.reverse()
    people: list[Person] = []
    last_was_name = False
    for line in block:
        if DATELINE_RE.match(line) or _DATELINE_OR_GREETING_RE.match(line):
            last_was_name = False
            continue
        if _ORGANISATION_WORD_RE.match(line) and not re.search(PARTY_RE, line):
            # The signer's organisation or party ("Region Uppsala", "Liberalerna Umeå"),
            # neither a person nor a role; a role line may still follow it.
            continue
        match = PERSON_LINE_RE.match(line)
        if match and not ROLE_WORDS_RE.search(line):
            people.append(
                Person(name=match["name"], party=normalise_party(match["party"]), role=None)
            )
            last_was_name = True
            continue
        several = _people_line(line)
        if several:
            people.extend(several)
            last_was_name = False
            continue
        if last_was_name and people and people[-1].role is None:
            people[-1].role = _capitalise(line)
        last_was_name = False
    return people


def _people_line(line: str) -> list[Person]:
    """A line with one or more ``Name (Party)`` and nothing else (``Anna A (S) Bo B (M)``)."""
    matches = list(
        re.finditer(rf"(?P<name>{NAME_RE})\s*\((?P<party>[A-Za-zÅÄÖåäö]{{1,3}})\)", line)
    )
    if not matches:
        return []
    rest = re.sub(rf"(?:{NAME_RE})\s*\([A-Za-zÅÄÖåäö]{{1,3}}\)", "", line)
    rest = re.sub(r"\b(?:och|samt)\b|[,;&]", "", rest).strip()
    if rest:
        if len(matches) == 1 and matches[0].start() == 0:
            role = line[matches[0].end() :].strip(" ,")
            if role and _role_line(role):  # "Karin Lindqvist (M), gruppledare"
                match = matches[0]
                return [Person(match["name"], normalise_party(match["party"]), _capitalise(role))]
        return []
    return [Person(name=m["name"], party=normalise_party(m["party"]), role=None) for m in matches]


# ----------------------------------------------------------------- author / addressee
_AV_LINE_RE = re.compile(r"^av\s+(?P<who>.+)$")
_TILL_LINE_RE = re.compile(r"^(?:till:?|att:)\s+(?P<who>.+)$", re.IGNORECASE)
_HEADING_TILL_RE = re.compile(
    r"^(?:interpellation|motion|skrivelse|fråga|brev)\s+till\s+(?P<who>.+?)(?:\s+om\s+.*)?$",
    re.IGNORECASE,
)
_BODY_PLACE_RE = re.compile(r"\s+i\s+[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|län|region)$")
_TILL_IN_TITLE_RE = re.compile(r"\btill\s+(?P<who>.+?)(?:\s+om\b|\s+angående\b|$)")
_FROM_IN_TEXT_RE = re.compile(
    rf"(?:(?P<who>{NAME_RE})(?:\s*\((?P<party>[A-Za-zÅÄÖåäö]{{1,3}})\))?\s+har\s+(?:i\s+en\s+"
    r"interpellation|ställt|frågat)"
    rf"|interpellation\s+från\s+(?P<who2>{NAME_RE})\s*\((?P<party2>[A-Za-zÅÄÖåäö]{{1,3}})\))"
)


_ORGANISATION_WORD_RE = re.compile(
    r"^(?:region|regionen|länsstyrelsen|polismyndigheten|trafikverket|riksdagen|regeringen|"
    r"kommunstyrelsen|kommunfullmäktige|[\wåäö]+(?:nämnden|förvaltningen|verket|myndigheten|"
    r"kontoret|styrelsen|bolaget|kommun|län)|socialdemokraterna|moderaterna|liberalerna|"
    r"folkpartiet|centerpartiet|kristdemokraterna|vänsterpartiet|miljöpartiet|"
    r"sverigedemokraterna)\b",
    re.IGNORECASE,
)


def people_from(text: str) -> list[Person]:
    people = []
    for part in split_people(text):
        person = parse_person(part)
        if person:
            people.append(person)
    return people


def find_av_authors(head_lines: list[str]) -> list[Person]:
    for line in head_lines:
        match = _AV_LINE_RE.match(line.strip())
        if match:
            people = people_from(match["who"])
            if people:
                return people
    return []


def find_addressed(
    head_lines: list[str], title: str, before_title: list[str] | None = None
) -> list[Person]:
    """``Till kommunstyrelsens ordförande Erik Pelling (S)`` (or ``Att: …``) at the head of
    page 1, ``till …`` directly under an ``av …`` line (Riksdag), ``Interpellation till X``,
    ``… till X om …`` in the title, or a letter's address block (name, then role) above
    the title.  A named person is preferred over a body (``Till Utbildningsnämnden``)."""
    previous = ""
    bodies: list[Person] = []
    for line in head_lines:
        stripped = line.strip()
        match = _TILL_LINE_RE.match(stripped)
        if match and (stripped.startswith(("Till", "Att:")) or previous.startswith("av ")):
            who = match["who"].strip()
            people = people_from(who)
            if people:
                return people
            if len(who.split()) <= 6 and not who.endswith((".", ",")):
                body = _BODY_PLACE_RE.sub("", who.rstrip(".:"))
                bodies.append(Person(name=_capitalise(body)))
        heading = _HEADING_TILL_RE.match(stripped)
        if heading:
            people = people_from(heading["who"])
            if people:
                return people
        previous = stripped
    if bodies:
        return bodies[:1]
    match = _TILL_IN_TITLE_RE.search(title)
    if match:
        people = people_from(match["who"])
        if people:
            return people
    lines = [line.strip() for line in before_title or [] if line.strip()]
    if (
        lines
        and PERSON_LINE_RE.match(lines[0])
        and not ROLE_WORDS_RE.search(lines[0])
        and not _ORGANISATION_WORD_RE.match(lines[0])  # "Region Uppsala" is no person
    ):
        match = PERSON_LINE_RE.match(lines[0])
        role = lines[1] if len(lines) > 1 and _role_line(lines[1]) else None
        return [Person(match["name"], normalise_party(match["party"]), role)]
    return []


def find_address_block(lines: list[str]) -> list[Person]:
    """The addressee in a letter's address block (the lines set apart top right):
    a person (``Anders Thornberg`` / ``Rikspolischef``, or ``Rikspolischef Anders
    Thornberg`` / ``Polismyndigheten``), else the organisation on its first line
    (``Trafikverket`` / ``Region Öst``).  Postal lines (with digits) are skipped."""
    block = [line.strip() for line in lines if line.strip()]
    if not block or len(block) > 6 or any(len(line) > 70 or line.endswith(".") for line in block):
        return []
    block = [line for line in block if not re.search(r"\d", line)]
    for index, line in enumerate(block):
        if _ORGANISATION_WORD_RE.match(line) or not re.search(NAME_RE, line):
            continue
        person = parse_person(line)
        if person is None:
            continue
        if person.role is None and index + 1 < len(block):
            following = block[index + 1]
            if ROLE_WORDS_RE.search(following) or _ROLE_PREFIX_RE.match(following):
                person.role = _capitalise(following)
        return [person]
    first = block[0] if block else ""
    if first[:1].isupper() and len(first.split()) <= 6:
        return [Person(name=first.rstrip(",:"))]
    return []


#: The assembly a motion, interpellation or answer is lodged with ("Till kommunfullmäktige
#: i Lund", "Till riksdagen"): the forum, not the addressee.
_ASSEMBLY_RE = re.compile(
    r"^(?:kommunfullmäktige|fullmäktige|regionfullmäktige|landstingsfullmäktige|riksdagen)"
    r"(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:kommun|stad|region|län))?)?$",
    re.IGNORECASE,
)


def without_assembly(addressed: list[Person]) -> list[Person]:
    """Addressees less the assembly a council or Riksdag document is lodged with."""
    return [
        person
        for person in addressed
        if person.party or person.role or not _ASSEMBLY_RE.match(person.name.strip())
    ]


#: An answer's heading that names the asker: "Svar på fråga 2021/22:1234 av Mikael
#: Bergqvist (SD)", "Svar på interpellation från Anna Ek (M) om …".
_ANSWER_HEADING_RE = re.compile(
    r"(?i:svar\s+på\s+(?:skriftlig\s+)?(?:fråga|interpellation)(?:\s+(?:nr\s+)?[\d/:]+)?\s+"
    rf"(?:av|från))\s+(?P<who>{NAME_RE})(?:\s*\((?P<party>[A-Za-zÅÄÖåäö]{{1,3}})\))?"
)


def find_interpellant(text: str) -> list[Person]:
    """In an answer: the member who asked, named in the heading (``Svar på fråga … av
    Mikael Bergqvist (SD)``) or in the text (``Jonas Segersam (KD) har i en
    interpellation``)."""
    heading = _ANSWER_HEADING_RE.search(text[:1500])
    if heading:
        return [Person(name=heading["who"], party=normalise_party(heading["party"]))]
    match = _FROM_IN_TEXT_RE.search(text[:3000])
    if not match:
        return []
    name = match["who"] or match["who2"]
    party = match["party"] or match["party2"]
    return [Person(name=name, party=normalise_party(party))]


def find_authors(head_lines: list[str], text: str) -> list[Person]:
    authors = find_av_authors(head_lines)
    if authors:
        return authors
    return find_signatures(text)


# ----------------------------------------------------------------------------- dates
def _date_field(line: str) -> bool:
    """A short line that states a date (``Datum: 2019-03-12``, ``2018-11-14``,
    ``Sammanträdesdatum 2018-10-29``), not a sentence that mentions one."""
    stripped = line.strip()
    return (
        len(stripped) < 60 and len(stripped.split()) <= 7 and not stripped.endswith((".", ",", ";"))
    )


def find_date(head_lines: list[str], text: str) -> str | None:
    """The document's own date: a date field or dateline at the head of page 1 (or in a
    running header), then a dateline (``Uppsala den 3 mars 2019``) or ``Datum:`` field
    anywhere, then any date at the head of page 1.  Dates in body sentences are
    mentions, not the date, unless nothing else dates the document."""
    for line in head_lines:
        if _date_field(line) or DATELINE_RE.match(line.strip()):
            date = parse_date(line)
            if date:
                return date
    for line in text.splitlines():
        stripped = line.strip()
        if DATELINE_RE.match(stripped) or DATE_LABEL_RE.match(stripped):
            date = parse_date(stripped)
            if date:
                return date
    for line in head_lines:
        date = parse_date(line)
        if date:
            return date
    return None


def find_reference(head_lines: list[str], text: str) -> str | None:
    head = "\n".join(head_lines)
    return find_reference_in(head) or _labelled_only(text)


def _labelled_only(text: str) -> str | None:
    """A labelled reference near the start, or a line that is nothing but a reference
    (minutes put the diarienummer on its own line under the § heading)."""
    match = LABELLED_REFERENCE_RE.search(text[:5000])
    if match:
        return find_reference_in(match.group(0))
    for line in text[:3000].splitlines():
        stripped = line.strip()
        for pattern in REFERENCE_RES[1:]:
            found = pattern.fullmatch(stripped)
            if found:
                return _tidy_reference(found.group(1))
    return None
