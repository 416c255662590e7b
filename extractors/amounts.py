"""Swedish amounts: parsing and normalisation to mnkr (pure functions).

PROVISIONAL minimal version; the full module (all printed forms, units,
running-text amounts with spaCy) replaces it keeping these signatures.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Optional

_UNIT_FACTORS = {"mnkr": Decimal(1), "tkr": Decimal("0.001"), "kr": Decimal("0.000001"), "mdkr": Decimal(1000)}


def parse_number(raw: str) -> Optional[Decimal]:
    """A printed Swedish number ("2 059,1", "-1 051,2") as Decimal, or None."""
    s = raw.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("\u2212", "-").replace("\u2013", "-")
    if not re.fullmatch(r"[-+]?\d{1,3}( ?\d{3})*(,\d+)?|[-+]?\d+(,\d+)?", s):
        return None
    try:
        return Decimal(s.replace(" ", "").replace(",", "."))
    except InvalidOperation:
        return None


def detect_unit(text: str) -> Optional[str]:
    """The money unit named in a caption/header/cell: 'mnkr', 'tkr', 'kr', 'mdkr' or None."""
    t = text.lower()
    if re.search(r"\b(mnkr|mkr|mnrk|msek)\b", t):
        return "mnkr"
    if re.search(r"\btkr\b", t):
        return "tkr"
    return None


def unit_factor(unit: str) -> Decimal:
    """Multiplier that turns an amount in ``unit`` into mnkr."""
    return _UNIT_FACTORS[unit]


def parse_amount(raw: str, unit: Optional[str]) -> Optional[Decimal]:
    """The value of a printed amount in mnkr given the unit in force, or None
    when it is not a money amount."""
    if unit is None:
        return None
    n = parse_number(raw)
    return None if n is None else n * unit_factor(unit)
