"""Indicator tables of reports and plans: ``Indikatorer | Utfall | Målvärde``,
and the 2026 ``Styrtal`` tables ("Utfall, senast kända värde", "Årets
målvärde", "Långsiktigt målvärde").  One :class:`IndicatorRecord` per row.

Reports print status as a word, a symbol or both ("● Helt", "◆", "■ Inte alls")
and put a colour symbol and a trend arrow in Målvärde where there is no target
value ("● →"): symbols are read through the document's legend
(:mod:`extractors.interpret.legend`); ``outcome``/``target`` are kept only where a value is
printed ("79", ">77", "5,1%").  A comment inside the Indikatorer cell
("… Kommentar …") is split off; a cell that goes on over a page break (the row
under the repeated header with empty Utfall/Målvärde) is joined back."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

from extractors.interpret import legend as legends
from extractors.text.continuation import cell_continues
from extractors.text.dehyphenate import join_wrapped
from models.contract import BBox
from models.pagedata import TableGrid
from extractors.text.folding import fold

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
    trend: Optional[str] = None  # the legend's meaning of a trend arrow ("förbättrats")
    page: int = 0
    bbox: Optional[BBox] = None


def column_roles(grid: TableGrid) -> dict[str, int]:
    """Column index per role: 'text', 'outcome', 'target', 'long_target', 'status'."""
    if not grid.header_rows:
        return {}
    header = [" ".join(hr[k].text for hr in grid.header_rows if k < len(hr)) for k in range(len(grid.header_rows[-1]))]
    roles: dict[str, int] = {}
    for k, text in enumerate(header):
        t = fold(text).strip()
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


_NO_VALUE = re.compile(r"^([-–—−/.]+|v[äa]rde\s+saknas.*|saknas)$", re.I)


def _value(text: Optional[str]) -> Optional[str]:
    """A printed value ("79", ">77", "5,1%", "Öka"): not a status word ("Delvis" is the
    status), not a dash or "värde saknas"."""
    if not text or _NO_VALUE.match(text.strip()) or normalise_status(text) is not None:
        return None
    return text


def _prose(text: Optional[str]) -> bool:
    """An empty cell, or words of running text that reached a value column: no digit,
    no status word, no symbol."""
    if not text:
        return True
    return not re.search(r"\d", text) and normalise_status(text) is None and \
        all(c.isalpha() or c in " ,.;:-–()'\"" for c in text)


def read_cells(outcome: Optional[str], target: Optional[str], legend: Optional[legends.Legend] = None,
               status_cell: Optional[str] = None) -> tuple[Optional[str], Optional[str], Optional[str], Optional[str]]:
    """``(outcome, target, status, trend)`` from the printed Utfall/Målvärde (and Status) cells."""
    legend = legend or legends.Legend()
    o_symbols, o_rest = legends.split_symbols(outcome or "")
    t_symbols, t_rest = legends.split_symbols(target or "")
    status = normalise_status(status_cell) or normalise_status(o_rest)
    if status is None:  # only a symbol ("◆") says it
        status = next((s for s in (legend.status(x) for x in o_symbols if not legends.is_arrow(x)) if s), None)
    trend = next((tr for tr in (legend.trend(x) for x in o_symbols + t_symbols if legends.is_arrow(x)) if tr), None)
    return _value(o_rest), _value(t_rest), status, trend


def extract_indicators(grid: TableGrid, legend: Optional[legends.Legend] = None) -> list[IndicatorRecord]:
    """One record per body row with indicator text; a "Kommentar …" inside the
    text cell is split off into ``comment``; status symbols and trend arrows are
    read through ``legend`` (the built-in meanings where the document has none)."""
    roles = column_roles(grid)
    if "text" not in roles:
        return []
    row_pages: Sequence[int] = getattr(grid, "row_pages", None) or [grid.page] * len(grid.rows)
    out: list[IndicatorRecord] = []
    in_comment = False
    for r, row in enumerate(grid.rows):

        def cell(role: str) -> Optional[str]:
            k = roles.get(role)
            if k is None or k >= len(row):
                return None
            return _clean(row[k].text) or None

        text = cell("text")
        if not text:
            continue
        page = row_pages[r] if r < len(row_pages) else grid.page
        boxes = [c.bbox for c in row if c.bbox is not None]
        others_empty = not any(cell(role) for role in ("outcome", "target", "long_target", "status"))
        first_on_page = r > 0 and row_pages[r - 1] != page if r < len(row_pages) else False
        if out and cell_continues(out[-1].comment or out[-1].text, text, others_empty, first_on_page):
            _go_on(out[-1], text)
            if boxes and out[-1].bbox is not None and out[-1].page == page:
                out[-1].bbox = BBox.union(boxes + [out[-1].bbox])
            continue
        lead = _COMMENT.match(text)
        others = [cell(role) for role in ("outcome", "target", "long_target", "status")]
        if out and (lead or in_comment) and all(_prose(v) for v in others):
            # a "Kommentar" row under an indicator (a table without rules runs on into the
            # comment printed below it; justified prose may even reach the value columns)
            # and the prose rows after it: the indicator's comment, not indicators
            line = " ".join(_clean(c.text) for c in row if _clean(c.text))
            head = _COMMENT.match(line)
            rest = line[head.end():].strip() if head else line
            out[-1].comment = join_wrapped([out[-1].comment or "", rest]) if rest else (out[-1].comment or "")
            in_comment = True
            continue
        in_comment = False
        comment = None
        number = None
        n = _NUMBER.match(text)
        if n:
            number, text = n.group(1), text[n.end():]
        m = _COMMENT.search(text)
        if m and m.start() > 0:
            text, comment = text[: m.start()].strip(), text[m.end():].strip()  # "" until its text follows
        outcome, target, status, trend = read_cells(cell("outcome"), cell("target"), legend, cell("status"))
        out.append(
            IndicatorRecord(
                text=text,
                outcome=outcome,
                target=target,
                status=status,
                comment=comment,
                number=number,
                long_term_target=cell("long_target"),
                trend=trend,
                page=page,
                bbox=BBox.union(boxes) if boxes else None,
            )
        )
    for rec in out:
        rec.comment = rec.comment or None
    return out


def _go_on(rec: IndicatorRecord, text: str) -> None:
    """The rest of a record's cell from the next page: more comment, or the comment's start."""
    m = _COMMENT.match(text)
    if m and rec.comment is None:
        rec.comment = text[m.end():].strip()
    elif rec.comment is not None:
        rec.comment = join_wrapped([rec.comment, text])
    else:
        rec.text = join_wrapped([rec.text, text])
