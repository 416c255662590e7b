"""A detected :class:`~models.pagedata.TableGrid` → the contract's :class:`~models.contract.Table`.

Column names come from the header rows (an upper spanning row is prefixed:
"Budget 2024" + "Omsättning" → "Budget 2024 Omsättning"); the top-left header
cell names the label column and often the unit.  The unit is looked for in
cells, row labels, headers, caption, top-left cell and the preceding line,
then every money cell gets ``value_mnkr`` through :mod:`extractors.money.amounts`.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from extractors.money import amounts
from extractors.money.quantities import cell_quantity, money_quantity
from extractors.text.folding import fold
from extractors.text.dehyphenate import join_wrapped
from models.contract import BBox, Cell, Row, Table, TableKind
from models.pagedata import TableGrid

_NOT_MONEY_FALLBACK = re.compile(r"procent|%|\bantal\b|årsarbetare|arsarbetare|\bst\b|sjukfrånvaro|index", re.I)

_KIND_RULES: list[tuple[TableKind, re.Pattern]] = [
    ("action_plan", re.compile(r"åtgärd|handlingsplan|besparing|effektivisering|\(tkr\)|\btkr\b", re.I)),
    ("investment", re.compile(r"investering|objekt|investeringskalkyl", re.I)),
    ("staff", re.compile(r"personal|årsarbetare|sjukfrånvaro|medarbetare|anställda", re.I)),
    ("key_figures", re.compile(r"nyckeltal|produktionstal|lönekostnadsökningstakt", re.I)),
    ("budget", re.compile(r"resultatbudget|driftbudget|resultatrapport|driftredovisning|resultaträkning|"
                          r"budget|utfall|prognos|intäkter|kostnader", re.I)),
]


def clean(text: str) -> str:
    """Whitespace collapsed (wrapped lines were already joined by the grid)."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def column_names(grid: TableGrid) -> tuple[Optional[str], list[str]]:
    """The label column's header (top-left cell) and one name per value column."""
    rows = grid.header_rows + grid.rows
    ncol = len(rows[0]) if rows else 0
    if not grid.header_rows:
        return None, [f"col{k}" for k in range(1, ncol)]
    names: list[str] = []
    for k in range(1, ncol):
        parts: list[str] = []
        for hr in grid.header_rows:
            t = clean(hr[k].text) if k < len(hr) else ""
            if t and (not parts or parts[-1] != t):
                parts.append(t)
        names.append(join_wrapped(parts, mid_word=True) if parts else f"col{k}")
    # duplicates stay distinguishable
    seen: dict[str, int] = {}
    for i, n in enumerate(names):
        if n in seen:
            seen[n] += 1
            names[i] = f"{n} ({seen[n]})"
        else:
            seen[n] = 1
    top_left = " ".join(clean(hr[0].text) for hr in grid.header_rows if hr and hr[0].text.strip()) or None
    return top_left, names


_UNIT_WORDS = r"mnkr|mkr|mnrk|mdkr|tkr|kr|msek|tsek|ksek|miljoner\s+kronor|tusen\s+kronor"
_UNIT_AT_END = re.compile(
    rf"^(?P<name>.*?[^\s,(])[\s,]+(?:\(\s*(?:i\s+)?(?P<a>{_UNIT_WORDS})\s*\)|(?:i\s+)?(?P<b>{_UNIT_WORDS}))\.?$", re.I
)


def split_column_unit(name: str) -> tuple[str, Optional[str]]:
    """A column name and the money unit printed at its end: "Utfall 2021, mnkr"
    → ("Utfall 2021", "mnkr"); "Budget 2024 (tkr)" → ("Budget 2024", "tkr");
    a name without a unit → (name, None)."""
    m = _UNIT_AT_END.match(name.strip())
    if not m:
        return name, None
    unit = amounts.detect_unit(m.group("a") or m.group("b"))
    return (m.group("name"), unit) if unit else (name, None)


def unit_free_columns(columns: Sequence[str], table_unit: Optional[str]) -> tuple[list[str], Optional[str]]:
    """Column names with a printed unit moved out: the names and the unit, when
    every unit printed in a name is the same one, agrees with ``table_unit``
    (or there is none) and the names stay distinct; else the names as printed."""
    split = [split_column_unit(c) for c in columns]
    units = {u for _, u in split if u}
    names = [n for n, _ in split]
    if len(units) != 1 or (table_unit and table_unit not in units) or len(set(names)) != len(names):
        return list(columns), None
    return names, units.pop()


def find_unit(grid: TableGrid, top_left: Optional[str], columns: Sequence[str], preceding_text: str) -> Optional[str]:
    """The money unit in force: caption, top-left cell, column headers, then the preceding line."""
    for text in (grid.caption or "", top_left or "", *columns, _last_line(preceding_text)):
        unit = amounts.detect_unit(text) if text else None
        if unit:
            return unit
    return None


def _last_line(text: str) -> str:
    lines = [ln for ln in (text or "").splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def _money_context(column: str, label: str, caption: str) -> bool:
    fn = getattr(amounts, "is_money_context", None)
    if fn is not None:
        return bool(fn(column, label, caption))
    return not (_NOT_MONEY_FALLBACK.search(column) or _NOT_MONEY_FALLBACK.search(label))


def table_kind(title: str, top_left: str, columns: Sequence[str], labels: Sequence[str], unit: Optional[str]) -> TableKind:
    """budget / investment / key_figures / staff / action_plan / other, from the
    title first, then headers and row labels."""
    for texts in ([title], [top_left, *columns], labels):
        joined = " ".join(t for t in texts if t)
        if not joined:
            continue
        for kind, rx in _KIND_RULES:
            if kind == "action_plan" and texts is labels:
                continue
            if kind == "budget" and texts is labels and unit is None:
                continue
            if rx.search(joined):
                return kind
    return "other"


_UNIT_COLUMN = re.compile(r"^(enhet|matt ?enhet|enh\.?|unit)$")


def unit_column(printed: Sequence[str]) -> Optional[int]:
    """The grid column (1-based, the label column being 0) whose header names
    the unit of each row ("Enhet", "Måttenhet"), or None."""
    for k, name in enumerate(printed, start=1):
        if _UNIT_COLUMN.match(fold(name or "").strip(" :")):
            return k
    return None


_CAPTION_MEASURE = re.compile(
    rf"^(?P<noun>[A-ZÅÄÖ][a-zåäö]+)(?:\s+i|,)?\s+\(?(?:{_UNIT_WORDS})\)?\.?$", re.I)


def caption_named_columns(grid: TableGrid, printed: list[str]) -> list[str]:
    """A table without a header row, captioned with what its numbers are
    ("Belopp i mnkr", "Belopp, tkr"): a column whose every filled cell is a
    unit word ("mnkr") is the rows' unit column, "Enhet"; the one column left
    unnamed is the caption's measure, "Belopp".  Else the names as they were."""
    out = list(printed)
    for k in range(1, len(out) + 1):
        cells = [clean(r[k].text) for r in grid.rows if k < len(r) and r[k].text.strip()]
        if cells and all(amounts.detect_unit(c) and not any(ch.isdigit() for ch in c) and len(c.split()) <= 2
                         for c in cells):
            out[k - 1] = "Enhet"
    m = _CAPTION_MEASURE.match(clean(grid.caption or ""))
    unnamed = [i for i, n in enumerate(out) if re.fullmatch(r"col\d+", n)]
    if m and len(unnamed) == 1:
        out[unnamed[0]] = m.group("noun").capitalize()
    return out


def to_table(grid: TableGrid, table_id: str, context_title: Optional[str] = None, preceding_text: str = "") -> Table:
    """Interpret ``grid`` as a contract :class:`Table` (values in mnkr where money)."""
    top_left, printed = column_names(grid)
    if not grid.header_rows:
        printed = caption_named_columns(grid, printed)
    named = find_unit(grid, top_left, [], "")  # in the caption or the top-left cell
    columns, column_unit = unit_free_columns(printed, named)
    unit = named or column_unit or find_unit(grid, top_left, printed, preceding_text)
    if unit is None and context_title:  # a caption line left behind on the page before ("Belopp i mnkr")
        unit = amounts.detect_unit(context_title)
    row_pages: Sequence[int] = getattr(grid, "row_pages", None) or [grid.page] * len(grid.rows)
    unit_col = unit_column(printed)
    caption = grid.caption or ""
    rows: list[Row] = []
    for r, cells in enumerate(grid.rows):
        label = clean(join_wrapped([cells[0].text])) if cells else ""
        page = row_pages[r] if r < len(row_pages) else grid.page
        unit_cell = clean(cells[unit_col].text) if unit_col is not None and unit_col < len(cells) else None
        # the unit named in the row label, else in the row's unit column ("Enhet": "mnkr"), else the table's
        row_unit = amounts.detect_unit(label) or (amounts.detect_unit(unit_cell) if unit_cell else None) or unit
        out_cells: list[Cell] = []
        for k, cell in enumerate(cells[1:], start=1):
            raw = clean(cell.text)
            if not raw:
                continue
            col = columns[k - 1] if k - 1 < len(columns) else f"col{k}"
            value = None
            if _money_context(col, label, caption):
                v = amounts.parse_amount(raw, row_unit)
                value = None if v is None else round(float(v), 6)
            typed = money_quantity(value) if value is not None else (
                None if k == unit_col else cell_quantity(raw, unit_cell, col, label, top_left, caption or context_title))
            out_cells.append(Cell(column=col, raw=raw, value_mnkr=value, bbox=cell.bbox, page=page,
                                  value=typed.value if typed else None, unit=typed.unit if typed else None,
                                  comparator=typed.comparator if typed else None))
        boxes = [c.bbox for c in cells if c.bbox is not None]
        bold = bool(cells) and bool(cells[0].text.strip()) and cells[0].bold
        rows.append(Row(label=label, cells=out_cells, bold=bold, bbox=BBox.union(boxes) if boxes else None, page=page))
    title = clean(grid.caption) if grid.caption else (clean(context_title) if context_title else None)
    kind = table_kind(title or "", top_left or "", columns, [r.label for r in rows], unit)
    pages = list(getattr(grid, "pages", None) or [grid.page])
    return Table(
        id=table_id,
        kind=kind,
        title=title,
        page=grid.page,
        pages=pages,
        unit=unit,
        columns=columns,
        printed_columns=printed if columns != printed else None,
        rows=rows,
        bbox=grid.bbox,
    )
