"""What the producer renderers share: the printed text of the report blocks,
the looks their expected JSON is derived in, and where each block landed in
the produced PDF.

A real producer (LibreOffice, Chromium) lays out the pages itself, so the
:class:`~samples.generator.pagemap.PageMap` that :mod:`samples.generator.expected`
takes its page numbers from cannot be recorded while drawing.  Instead
:func:`locate_pages` finds every block's (and every item's) own text, in
reading order, in the text layer of the produced PDF (pypdfium2, not the
pipeline's extraction).  Everything else in the expected JSON still comes
from the spec.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Iterator, Optional

from samples.generator import spec as S
from samples.generator.looks import Look
from samples.generator.pagemap import PageMap

Key = tuple[int, ...]

# The looks the producers' expected JSON is derived in: both print with
# Unicode fonts (DejaVu), so every character of the spec is printed as typed;
# section numbers are printed as the spec has them ("5.2 Titel").
PRODUCER_LOOKS: dict[str, Look] = {
    "libreoffice": Look(name="libreoffice", charset="unicode", heading_dot=False, justified=False),
    "chromium": Look(name="chromium", charset="unicode", heading_dot=False, justified=False),
}

FONT_FAMILIES = {"sans": "DejaVu Sans", "serif": "DejaVu Serif"}


def utfall_text(row: S.IndicatorRow) -> str:
    """The "Utfall" cell as printed (as the project's generator prints it):
    the status symbol (seed 001: "●", "◆", "■", "○"), then the outcome value,
    or the status word ("Delvis") when there is no value and the row prints
    its word (``status_word``, default True)."""
    word = row.outcome or (row.status.capitalize() if row.status and getattr(row, "status_word", True) else None)
    return " ".join(p for p in (row.outcome_symbol, word) if p)


def malvarde_text(row: S.IndicatorRow) -> str:
    """The "Målvärde" cell as printed: colour symbol, target value, trend
    arrow, those there are ("● →", ">77", "◆ ↗")."""
    return " ".join(p for p in (row.target_symbol, row.target, row.trend) if p)


def legend_line(pairs: list[tuple[str, str]]) -> str:
    """A control plan's legend on one line, as seed 001 prints it:
    "✓ = Avslutad ⚠ = Ej genomförd"."""
    return " ".join(f"{symbol} = {meaning}" for symbol, meaning in pairs)


def numbered(b: S.AssignmentList) -> list[str]:
    return b.numbers or [f"{n + 1}." for n in range(len(b.items))]


def first_number(b: S.AssignmentList) -> Optional[int]:
    """The start of an AssignmentList printed as real list numbering, or None
    when its numbers are not "N." consecutive from some start."""
    nums = numbered(b)
    try:
        ints = [int(n.rstrip(".")) for n in nums]
    except ValueError:
        return None
    if any(not n.endswith(".") for n in nums) or ints != list(range(ints[0], ints[0] + len(ints))):
        return None
    return ints[0]


def column_shares(b: S.Table) -> list[float]:
    """Each printed column's share of the table width (label column first),
    as the project's generator lays them out: the spec's ``col_widths``, or
    a label column of 30 % (≥ 4 value columns) / 40 % and equal value columns."""
    ncols = 1 + len(b.columns)
    if b.col_widths and len(b.col_widths) == ncols:
        rel = list(b.col_widths)
    else:
        label = 0.30 if ncols >= 5 else 0.40
        rel = [label] + [(1 - label) / (ncols - 1)] * (ncols - 1)
    return [r / sum(rel) for r in rel]


def header_cells(b: S.Table) -> list[list[tuple[int, int, str]]]:
    """The printed header rows as (first column, last column, text) cells: in
    an upper header row a value cell followed by "" spans those columns
    ("Budget 2024" over "Omsättning | Varav budgetram")."""
    ncols = 1 + len(b.columns)
    out = []
    for r, hrow in enumerate(b.header_rows):
        hrow = list(hrow) + [""] * (ncols - len(hrow))
        cells, c = [], 0
        while c < ncols:
            end = c
            if r < len(b.header_rows) - 1 and c > 0 and hrow[c]:
                while end + 1 < ncols and not hrow[end + 1]:
                    end += 1
            cells.append((c, end, hrow[c]))
            c = end + 1
        out.append(cells)
    return out


def furniture_texts(spec: S.DocSpec) -> tuple[str, str, str]:
    """Running header, footer left and footer right (date) of the pages after
    the title page — the same texts as the project's own generator."""
    date = f"{spec.year - 1}-11-28" if spec.doc_type == "verksamhetsplan" else f"{spec.year + 1}-02-24"
    return spec.running_header, spec.organisation, date


# ---------------------------------------------------------------------------
def probes(spec: S.DocSpec, look: Look) -> Iterator[tuple[Key, str]]:
    """(key, text) in reading order: the text each block (``(i,)``) and each
    item part (``(i, j)``) starts with, as printed. Keys are those of
    :class:`PageMap` that :mod:`samples.generator.expected` looks up; a
    missing key falls back to its block's page."""
    for i, b in enumerate(spec.blocks):
        if isinstance(b, S.Heading):
            yield (i,), look.heading_text(b.number, b.title)
        elif isinstance(b, S.Para):
            yield (i,), b.text
        elif isinstance(b, S.Bullets):
            for j, t in enumerate(b.items):
                yield ((i,) if j == 0 else (i, j)), t
                if j == 0:
                    yield (i, 0), t
        elif isinstance(b, (S.Goal, S.Assignment)):
            yield (i,), f"{b.cue} {b.text}"
            if isinstance(b, S.Assignment) and b.comment:
                yield (i, 1), b.comment
        elif isinstance(b, (S.Indicators, S.Activities)):
            yield (i,), b.heading
            for j, t in enumerate(b.items):
                yield (i, j), t
        elif isinstance(b, S.Strategies):
            yield (i,), b.title
            for j, t in enumerate(b.items):
                yield (i, j), t
        elif isinstance(b, S.AssignmentList):
            yield (i,), b.heading
            for j, t in enumerate(b.items):
                yield (i, j), t
        elif isinstance(b, S.IndicatorTable):
            yield (i,), b.columns[0]
            for j, row in enumerate(b.rows):
                yield (i, j), row.text
        elif isinstance(b, S.SymbolLegend):
            yield (i,), b.title
        elif isinstance(b, S.ControlPlan):
            yield (i,), "Symbolförklaringar"
            for a, area in enumerate(b.areas):
                yield (i, a), area.area
                for r, risk in enumerate(area.risks):
                    yield (i, a, r), risk.risk
                    for k, action in enumerate(risk.actions):
                        yield (i, a, r, k), action.text
        elif isinstance(b, S.RiskTable):
            yield (i,), b.columns[0]
            for r, row in enumerate(b.rows):
                yield (i, r), row.risk or (row.actions[0] if row.actions else row.area)
        elif isinstance(b, S.Table):
            head = b.caption or next((c for hr in b.header_rows for c in hr if c), "")
            yield (i,), head
            for r, row in enumerate(b.rows):
                yield (i, r), row.label or next((c for c in row.cells if c), "")


def _compact(text: str) -> str:
    """Text without whitespace, soft hyphens or line-break hyphens markers,
    so a line or cell wrap anywhere does not matter."""
    t = unicodedata.normalize("NFC", text)
    return re.sub(r"[\s\u00ad\ufffe\u0002\u00a0\u202f\u2009]+", "", t)


def page_texts(pdf: Path) -> list[str]:
    """The text layer of every page (pypdfium2)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        out = []
        for page in doc:
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
        return out
    finally:
        doc.close()


_NEAR = 4000  # a short probe is only trusted this close (in compact characters) to the cursor


def locate_pages(spec: S.DocSpec, look: Look, pdf: Path) -> PageMap:
    """Where every block and item of ``spec`` is printed in ``pdf``
    (:func:`locate_in_texts` over the PDF's page texts)."""
    return locate_in_texts(spec, look, page_texts(pdf))


def locate_in_texts(spec: S.DocSpec, look: Look, pages: list[str]) -> PageMap:
    """The page every probe of ``spec`` is printed on, given each page's
    text: each probe is searched forward from the previous one found (its
    first 40 characters anywhere ahead, else its first 16 or 6 only close
    ahead, as a wrapped cell's lines may interleave with its neighbours');
    a text not found, or shorter than 4 characters, takes the page of the
    previous text found."""
    texts = [_compact(t) for t in pages]
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t)
    whole = "".join(texts)

    def page_at(offset: int) -> int:
        return max(n for n, start in enumerate(starts) if start <= offset) + 1

    pm = PageMap(total_pages=len(texts))
    cursor, page = 0, 1
    for key, text in probes(spec, look):
        c = _compact(text)
        found = -1
        if len(c) >= 4:
            for length, near in ((40, None), (16, _NEAR), (6, _NEAR // 4)):
                at = whole.find(c[:length], cursor)
                if at >= 0 and (near is None or at - cursor <= near):
                    found = at
                    break
        if found >= 0:
            cursor = found + 1
            page = page_at(found)
        pm.record(key, page)
    return pm
