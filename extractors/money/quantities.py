"""Numbers that are not money: their value and unit.

A table cell holding a number gets a typed value whatever it counts: money
(in mnkr, :mod:`extractors.money.amounts`), a percentage, a count, staff in
årsarbetare, kr per kvm, hours, an index.  :func:`parse_value` reads the
printed text ("5,1%", ">77", "138 642 st", "-3,0"); :func:`unit_named` reads
the unit a header, row label, unit column or caption names ("Procent",
"Antal årsarbetare", "Lönekostnadsökningstakt (%)", "kr/kvm");
:func:`cell_quantity` puts them together with the precedence a reader uses:
the cell's own unit, then the row's unit column, the column header, the row
label, the table's top-left cell or caption.

    "5,1%"                              → 5.1 "%"
    "-3,0" in row "Lönekostnadsökningstakt" → -3.0 "%"
    "30,5" under "Antal å 2024"          → 30.5 "årsarbetare"
    "138 642 st"                        → 138642 "st"
    ">77"                               → 77 ">" (comparator)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from extractors.money.amounts import normalise_chars, parse_number
from extractors.text.folding import fold


@dataclass(frozen=True)
class ParsedValue:
    """A printed value: the number (None when the text is no single number:
    "Helt", "värde saknas", "75–80"), its unit as printed after it ("%",
    "st", "dagar") and a comparator (">", ">=", "<", "<=") printed before it."""

    number: Optional[float] = None
    unit: Optional[str] = None
    comparator: Optional[str] = None


_COMPARATORS = (
    (">=", ">="), ("<=", "<="), ("≥", ">="), ("≤", "<="), (">", ">"), ("<", "<"),
    ("minst", ">="), ("lägst", ">="), ("högst", "<="), ("max", "<="), ("maximalt", "<="),
    ("mer än", ">"), ("över", ">"), ("mindre än", "<"), ("under", "<"),
)
_COMPARATORS = tuple(sorted(_COMPARATORS, key=lambda c: -len(c[0])))
_VALUE_UNIT = re.compile(r"^(?P<num>.*?\d)\s*(?P<unit>%|[^\W\d_][^\W\d_./]{0,14}\.?)$")


@lru_cache(maxsize=65536)
def parse_value(text: Optional[str]) -> ParsedValue:
    """Number, unit and comparator of a printed value (see :class:`ParsedValue`)."""
    s = " ".join(normalise_chars(text or "").split())
    if not s:
        return ParsedValue()
    comparator = None
    low = s.casefold()
    for printed, meaning in _COMPARATORS:
        if low.startswith(printed) and (not printed[0].isalpha() or low[len(printed):][:1] in (" ", "")):
            comparator = meaning
            s = s[len(printed):].strip()
            break
    unit = None
    m = _VALUE_UNIT.match(s)
    if m:
        unit = m.group("unit").rstrip(".")
        unit = "%" if unit.casefold() == "procent" else unit
        s = m.group("num").strip()
    number = parse_number(s)
    if number is None:
        return ParsedValue()
    return ParsedValue(number=float(number), unit=unit, comparator=comparator)


# Units a text names outright (first tier) and words whose measure implies a
# unit (second tier): "Sjukfrånvaro (tim)" counts hours although sick leave is
# mostly given in per cent.  Patterns run on folded text (lower case, no å/ä/ö).
_UNIT_TOKENS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p), u) for p, u in (
    (r"kr\s*/\s*kvm|kr per kvm|kr/m2", "kr/kvm"),
    (r"kr\s*/\s*invanare|kr per invanare", "kr/invånare"),
    (r"%|\bprocent\b", "%"),
    (r"arsarbet|\bantal a{1,2}\b|\baa\b", "årsarbetare"),
    (r"\bsekunder\b|\bsek\b|\bsekund\b", "s"),
    (r"\btimmar\b|\btim\b|\btimme\b", "h"),
    (r"\bminuter\b", "min"),
    (r"\bdagar\b|\bdygn\b", "dagar"),
    (r"(?<!/)(?<!/ )(?<!per )\b(?:kvm|m2)\b|kvadratmeter", "kvm"),
    (r"\bst\b|\bstyck", "st"),
))
_MEASURE_WORDS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p), u) for p, u in (
    (r"okningstakt|\bandel\b|sjukfranvaro|frisktal", "%"),
    (r"\bindex\b|\bhme\b|\bnki\b|\bnmi\b", "index"),
    (r"\bpersoner\b|\banstallda\b|\bmedarbetare\b", "personer"),
    (r"\bantal\b", "st"),
))


@lru_cache(maxsize=65536)
def unit_named(text: Optional[str]) -> Optional[str]:
    """The non-money unit a header, label, unit cell or caption names, in its
    canonical form ("Procent" → "%", "Antal åa 2024" → "årsarbetare",
    "Schemalagda timmar" → "h", "Lönekostnadsökningstakt" → "%"), or None —
    also when it names two ("Förändring antal timmar, %": which column is
    which is not the text's to say)."""
    if not text:
        return None
    folded = fold(normalise_chars(text))
    named = {unit for pattern, unit in _UNIT_TOKENS if pattern.search(folded)}
    if named:
        return named.pop() if len(named) == 1 else None
    return next((unit for pattern, unit in _MEASURE_WORDS if pattern.search(folded)), None)


@dataclass(frozen=True)
class Quantity:
    """A typed number: its value, its unit (None when nothing names one) and a
    printed comparator."""

    value: float
    unit: Optional[str] = None
    comparator: Optional[str] = None


def cell_quantity(raw: str, *contexts: Optional[str]) -> Optional[Quantity]:
    """The typed value of a table cell's text, or None when it holds no single
    number.  The unit is the cell's own, else the first the ``contexts``
    name, in the order given (unit column, column header, row label,
    top-left cell or caption)."""
    parsed = parse_value(raw)
    if parsed.number is None:
        return None
    unit = unit_named(parsed.unit) if parsed.unit else None
    if parsed.unit and unit is None:
        unit = parsed.unit
    for text in contexts:
        if unit is not None:
            break
        unit = unit_named(text)
    return Quantity(value=parsed.number, unit=unit, comparator=parsed.comparator)


def money_quantity(value_mnkr: float) -> Quantity:
    """A money cell's typed value: its amount in mnkr."""
    return Quantity(value=value_mnkr, unit="mnkr")


__all__ = ["ParsedValue", "Quantity", "cell_quantity", "money_quantity", "parse_value", "unit_named"]
