"""Swedish money amounts: parsing and normalisation to mnkr (pure functions).

Printed forms handled: thousands separated by space, no-break space (U+00A0),
narrow/thin space (U+202F, U+2009) or nothing; decimal comma; minus as ``-``,
``−`` (U+2212) or ``–`` (U+2013); parentheses for negatives; a leading ``+``;
an optional trailing unit ("mnkr", "Tkr", "miljoner kronor", ...).  Values are
Decimal all the way; only the caller converts to float for the contract.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Optional
from extractors.text.folding import fold

_UNIT_FACTORS = {
    "mnkr": Decimal(1),
    "tkr": Decimal("0.001"),
    "kr": Decimal("0.000001"),
    "mdkr": Decimal(1000),
}

# one character in, one character out: offsets into normalised text stay valid
_CHAR_MAP = str.maketrans({
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2008": " ",
    "\u2212": "-", "\u2013": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-",
})

# Unit words, most specific first.  Each maps to a canonical unit.
_UNIT_PATTERNS: tuple[tuple[str, str], ...] = (
    ("mdkr", r"md\.?\s?kr|mdr\.?\s?kr|mdsek|miljard(?:er)?(?:\s+kronor|\s+kr)?|mdr"),
    ("mnkr", r"mnkr|mnrk|rnnkr|rnkr|mkr|msek|mn\s?kr|milj\.?\s?kr|miljon(?:er)?(?:\s+kronor|\s+kr)?|milj\."),
    ("tkr", r"tkr|tsek|ksek|tusen(?:tal|tals)?\s+(?:kronor|kr)|t\s?kr"),
    ("kr", r"kronor|kr"),
)
# "SEK" is money, "sek" (sekunder) is not
_SEK = re.compile(r"(?<![\w/])SEK(?![\w/])")
_SECONDS = re.compile(r"(?<![\w/])sek\b")

# in captions and headers only: "Belopp i 1000-tal kronor", "(1 000 kr)"
_THOUSANDS_OF_KRONOR = r"1\s?000(?:-?tal)?\s+(?:kronor|kr)"

_UNIT_IN_TEXT = [
    (unit, re.compile(rf"(?<![\w/])(?:{pattern})(?![\w/])(?!\s*/)(?!\s+per\b)", re.IGNORECASE))
    for unit, pattern in (*_UNIT_PATTERNS[:2], ("tkr", f"{_UNIT_PATTERNS[2][1]}|{_THOUSANDS_OF_KRONOR}"),
                          *_UNIT_PATTERNS[3:])
]

_UNIT_SUFFIX = re.compile(
    r"^(?P<num>.*\d[)]?)\s*(?P<unit>" + "|".join(p for _, p in _UNIT_PATTERNS) + r")\.?$",
    re.IGNORECASE,
)

_NUMBER = re.compile(
    r"""^
    (?P<sign>[-+])?\s?
    (?P<int>\d{1,3}(?:\ \d{3})+|\d{1,3}(?:\.\d{3})+(?=,\d)|\d{1,3}(?:\.\d{3}){2,}|\d+)  # "1.053,8", "1.234.567": dots group thousands
    (?:(?P<dec>,)(?P<frac>\d+))?
    $""",
    re.VERBOSE,
)
# "544.3" (OCR'd decimal comma); three digits after the point would be ambiguous
_POINT_DECIMAL = re.compile(r"^(?P<sign>[-+])?\s?(?P<int>\d+)\.(?P<frac>\d{1,2})$")


def normalise_chars(text: str) -> str:
    """Map the odd spaces and dashes of printed numbers to ' ' and '-', char for char."""
    return text.translate(_CHAR_MAP)


def parse_number(raw: str) -> Optional[Decimal]:
    """A printed Swedish number ("2 059,1", "−1 051,2", "(3 914)", "+5") as Decimal
    (no unit scaling), or None for anything that is not a plain number
    (percentages, dates, years ranges, words).  A trailing money unit is ignored."""
    s = normalise_chars(raw).strip()
    s = re.sub(r"\s+", " ", s)
    if not s:
        return None
    s = re.sub(r"\s*\*+\)?$", "", s)  # footnote mark "23,2 *)"
    s = split_unit(s)[0]
    negative = False
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
        negative = True
        if s[:1] in "+-":
            return None
    m = _NUMBER.match(s)
    if m:
        text = m.group("int").replace(" ", "").replace(".", "") + ("." + m.group("frac") if m.group("frac") else "")
    else:
        m = _POINT_DECIMAL.match(s)
        if not m:
            return None
        text = m.group("int") + "." + m.group("frac")
    try:
        value = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the regexes only admit digits
        return None
    if m.group("sign") == "-":
        value = -value
    return -value if negative else value


def detect_unit(text: str) -> Optional[str]:
    """The money unit named in a caption, header, label or cell ("Belopp i mnkr",
    "(Tkr)", "Belopp, mnkr", "Mnrk", "miljoner kronor"): 'mnkr', 'tkr', 'kr',
    'mdkr', or None.  Ratios such as "kr/kvm" or "kr per invånare" are not units."""
    if not text:
        return None
    t = normalise_chars(text)
    for unit, pattern in _UNIT_IN_TEXT:
        if pattern.search(t):
            return unit
    return "kr" if _SEK.search(t) else None


def unit_factor(unit: str) -> Decimal:
    """Multiplier that turns an amount in ``unit`` into mnkr (aliases accepted)."""
    if unit in _UNIT_FACTORS:
        return _UNIT_FACTORS[unit]
    canonical = detect_unit(unit)
    if canonical is None:
        raise ValueError(f"not a money unit: {unit!r}")
    return _UNIT_FACTORS[canonical]


def split_unit(raw: str) -> tuple[str, Optional[str]]:
    """A cell's text split into its number part and the canonical unit written
    after it (None when the cell names no unit)."""
    s = normalise_chars(raw).strip()
    if s.endswith("SEK") and not s.endswith(("MSEK", "TSEK", "KSEK")) and re.search(r"\d\)?$", s[:-3].strip()):
        return s[:-3].strip(), "kr"
    m = _UNIT_SUFFIX.match(s)
    if not m:
        return raw.strip(), None
    return m.group("num").strip(), detect_unit(m.group("unit"))


def parse_amount(raw: str, unit: Optional[str]) -> Optional[Decimal]:
    """The value of a printed amount in mnkr given the unit in force, or None when
    it is not a money amount.  A unit written in the cell itself overrides ``unit``."""
    number_text, own_unit = split_unit(raw)
    unit = own_unit or unit
    if unit is None:
        return None
    n = parse_number(number_text)
    return None if n is None else n * unit_factor(unit)


def unit_for(*texts: Optional[str]) -> Optional[str]:
    """The first money unit named in ``texts``, searched in the order given
    (cell, row label, column header, caption, line above the table)."""
    for text in texts:
        unit = detect_unit(text or "")
        if unit is not None:
            return unit
    return None


def money_value(raw: str, column_header: str = "", row_label: str = "", caption: str = "",
                line_above: str = "") -> Optional[Decimal]:
    """A table cell's value in mnkr, or None when the cell is not money (not a
    number, or a percentage/count/index column or row).  The unit is the first
    one named in the cell, row label, column header, caption or the line above."""
    if not is_money_context(column_header, row_label, caption):
        return None
    return parse_amount(raw, unit_for(row_label, column_header, caption, line_above))


def format_mnkr(value: Decimal) -> str:
    """A value printed the Swedish way, at least one and at most three decimals
    ("-2 278,4", "84,754")."""
    q = Decimal(value).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    whole, _, frac = f"{abs(q):f}".partition(".")
    frac = frac.rstrip("0") or "0"
    return f"{sign}{group_thousands(whole)},{frac}"


def group_thousands(digits: str) -> str:
    """Whole-number digits grouped by threes with a space ("2627" → "2 627")."""
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return " ".join(groups)


# --- money context ------------------------------------------------------------

# Whole words (folded) that mark a column header or caption as not money.
_NOT_MONEY_WORDS = frozenset({
    "procent", "%", "antal", "st", "styck", "stycken", "timmar", "tim", "timme",
    "sekunder", "sekund", "minuter", "dagar", "index", "hme", "avi", "jamix",
    "arsarbetare", "aa", "relation", "andel", "kvm", "m2", "status", "kommentar",
    "personer", "anstallda",
})
# Row labels are longer texts ("slutkostnad inkl. index" is money): fewer words.
_NOT_MONEY_LABEL_WORDS = frozenset({
    "procent", "%", "antal", "st", "timmar", "sekunder", "arsarbetare", "hme", "avi", "jamix",
})
# Word parts (folded) that mark the same inside compounds ("Lönekostnadsökningstakt").
_NOT_MONEY_PARTS = ("procent", "arsarbet", "okningstakt", "sjukfranvaro", "timmar", "sekunder")


def _says_not_money(text: str, words: frozenset[str]) -> bool:
    if _SECONDS.search(text):
        return True
    folded = fold(normalise_chars(text))
    if "%" in folded or re.search(r"\bkr\s*/|\bkr per\b", folded):
        return True
    if any(w in words for w in re.findall(r"[\w/]+", folded)):
        return True
    return any(part in folded for part in _NOT_MONEY_PARTS)


def is_money_context(column_header: str, row_label: str, caption: str = "") -> bool:
    """Whether a cell under ``column_header`` in the row ``row_label`` of a table
    captioned ``caption`` holds money.  False for percentages, counts (Antal, st,
    årsarbetare), hours, seconds, index values (HME), "Lönekostnadsökningstakt",
    "Relation (%)" etc.  A caption naming a money unit outweighs a non-money
    word in the same caption (a header line "Belopp i mnkr ... Relation (%)")."""
    if column_header and _says_not_money(column_header, _NOT_MONEY_WORDS):
        return False
    if row_label and _says_not_money(row_label, _NOT_MONEY_LABEL_WORDS):
        return False
    if caption and detect_unit(caption) is None and _says_not_money(caption, _NOT_MONEY_WORDS):
        return False
    return True
