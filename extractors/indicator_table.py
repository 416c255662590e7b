"""Indicator tables of reports and plans: ``Indikatorer | Utfall | Målvärde``,
and the 2026 ``Styrtal`` tables ("Utfall, senast kända värde", "Årets
målvärde", "Långsiktigt målvärde").  One :class:`IndicatorRecord` per row."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional, Sequence

from extractors.tables import join_wrapped
from models.contract import BBox
from models.layout import TableGrid

_STATUS_WORDS = [
    ("inte alls", re.compile(r"^(inte\s+alls|ej\s+uppfyllt|ej\s+uppn[åa]tt|inte\s+uppfyllt)\b", re.I)),
    ("delvis", re.compile(r"^delvis\b", re.I)),
    ("helt", re.compile(r"^(helt|uppfyllt|uppn[åa]tt)\b", re.I)),
]
_NUMBER = re.compile(r"^(\d{1,2}\.)\s+(?=\S)")
_COMMENT = re.compile(r"\s*\bKommentar\b[:\s]*", re.I)


@dataclass
class IndicatorRecord:
    text: str
    outcome: Optional[str] = None
    target: Optional[str] = None
    status: Optional[str] = None  # "helt" | "delvis" | "inte alls"
    comment: Optional[str] = None
    number: Optional[str] = None  # "1." printed before a styrtal
    long_term_target: Optional[str] = None
    page: int = 0
    bbox: Optional[BBox] = None


def _fold(text: str) -> str:
    t = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in t if not unicodedata.combining(c)).strip()


def column_roles(grid: TableGrid) -> dict[str, int]:
    """Column index per role: 'text', 'outcome', 'target', 'long_target', 'status'."""
    if not grid.header_rows:
        return {}
    header = [" ".join(hr[k].text for hr in grid.header_rows if k < len(hr)) for k in range(len(grid.header_rows[-1]))]
    roles: dict[str, int] = {}
    for k, text in enumerate(header):
        t = _fold(text)
        if re.search(r"\b(indikator|indikatorer|styrtal)\b", t) and "text" not in roles:
            roles["text"] = k
        elif "langsiktig" in t and "malvarde" in t.replace(" ", ""):
            roles.setdefault("long_target", k)
        elif re.search(r"m[a]l ?varde|\bmal\b", t):
            roles.setdefault("target", k)
        elif "utfall" in t or "resultat" in t:
            roles.setdefault("outcome", k)
        elif t.startswith("status") or "bedomning" in t:
            roles.setdefault("status", k)
    return roles


def is_indicator_table(grid: TableGrid) -> bool:
    """Header names the indicators (Indikatorer/Styrtal) and an Utfall or Målvärde column."""
    roles = column_roles(grid)
    return "text" in roles and ("outcome" in roles or "target" in roles)


def normalise_status(text: Optional[str]) -> Optional[str]:
    """"Helt"/"Delvis"/"Inte alls" (any case, OCR-tolerant) → the contract's status, else None."""
    if not text:
        return None
    t = text.strip().lower().replace("0", "o")
    for status, rx in _STATUS_WORDS:
        if rx.match(t):
            return status
    return None


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", join_wrapped([text])).strip()


def extract_indicators(grid: TableGrid) -> list[IndicatorRecord]:
    """One record per body row with indicator text; a "Kommentar …" inside the
    text cell is split off into ``comment``."""
    roles = column_roles(grid)
    if "text" not in roles:
        return []
    row_pages: Sequence[int] = getattr(grid, "row_pages", None) or [grid.page] * len(grid.rows)
    out: list[IndicatorRecord] = []
    for r, row in enumerate(grid.rows):

        def cell(role: str) -> Optional[str]:
            k = roles.get(role)
            if k is None or k >= len(row):
                return None
            return _clean(row[k].text) or None

        text = cell("text")
        if not text:
            continue
        comment = None
        number = None
        n = _NUMBER.match(text)
        if n:
            number, text = n.group(1), text[n.end():]
        m = _COMMENT.search(text)
        if m and m.start() > 0:
            text, comment = text[: m.start()].strip(), text[m.end():].strip() or None
        outcome, target = cell("outcome"), cell("target")
        status = normalise_status(cell("status")) or normalise_status(outcome)
        boxes = [c.bbox for c in row if c.bbox is not None]
        out.append(
            IndicatorRecord(
                text=text,
                outcome=outcome,
                target=target,
                status=status,
                comment=comment,
                number=number,
                long_term_target=cell("long_target"),
                page=row_pages[r] if r < len(row_pages) else grid.page,
                bbox=BBox.union(boxes) if boxes else None,
            )
        )
    return out
