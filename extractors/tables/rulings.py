"""Rulings as drawn → rulings to reason on: collinear segments that touch
joined into one line (producers draw a table's rules cell by cell: Chromium
one segment per cell border, word processors one per cell edge)."""

from __future__ import annotations

from typing import Sequence

from extractors.tables.settings import TableSettings
from models.pagedata import Ruling


def joined_rulings(rulings: Sequence[Ruling], settings: TableSettings = TableSettings()) -> list[Ruling]:
    """Horizontal segments on one y (within ``settings.ruling_offset``) whose
    ends are at most ``settings.ruling_join_gap`` apart become one ruling; the
    same for vertical segments on one x."""
    gap, offset = settings.ruling_join_gap, settings.ruling_offset
    hs = sorted((r for r in rulings if r.horizontal), key=lambda r: ((r.top + r.bottom) / 2, r.x0))
    vs = sorted((r for r in rulings if not r.horizontal), key=lambda r: ((r.x0 + r.x1) / 2, r.top))
    return _joined(hs, gap, offset, horizontal=True) + _joined(vs, gap, offset, horizontal=False)


def _joined(segments: list[Ruling], gap: float, offset: float, horizontal: bool) -> list[Ruling]:
    def across(r: Ruling) -> float:  # the coordinate the segment lies on
        return (r.top + r.bottom) / 2 if horizontal else (r.x0 + r.x1) / 2

    def span(r: Ruling) -> tuple[float, float]:
        return (r.x0, r.x1) if horizontal else (r.top, r.bottom)

    out: list[Ruling] = []
    for r in sorted(segments, key=lambda r: (round(across(r) / offset), span(r)[0])):
        if out:
            last = out[-1]
            lo, hi = span(last)
            a, b = span(r)
            if abs(across(last) - across(r)) <= offset and a <= hi + gap and b >= lo:
                out[-1] = Ruling(x0=min(last.x0, r.x0), top=min(last.top, r.top),
                                 x1=max(last.x1, r.x1), bottom=max(last.bottom, r.bottom))
                continue
        out.append(r)
    return out
