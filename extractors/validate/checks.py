"""Arithmetic checks on money tables, by row meaning rather than position.

Rows are recognised from their labels (case, diacritics, footnote marks and
common OCR damage tolerated): "Summa intäkter" = income rows above it within its
group, "Summa kostnader" = cost rows, "Verksamhetens nettokostnad(er)" =
Summa intäkter + Summa kostnader, "Resultat" = nettokostnad + the rows between
(finansnetto, fastighetsfinansiering).  Any other "Summa …", "… totalt",
"Totalsumma" row = the rows above it since the previous sum (area rows, investment
objects, action-plan groups); a grand total that does not match its loose rows
is tried against the earlier subtotals plus the rows after them.  Tables that
print group totals *before* their objects ("Hälso- och sjukvårdsnämnden totalt:
86,6" followed by a partial list of projects) check only the grand total against
the group totals.  What is not recognised is not checked.

Report tables also get row-wise column relations: "Budgetavvikelse" = Utfall −
Budget of the same year, "Utfallsavvikelse"/"Förändring" = Utfall − the year
before (code ``deviation_mismatch``).  "varav …" rows are never terms.

The tolerance (default ±0,2 mnkr) is an upper bound: a table printed to finer
precision (tkr) is held to the rounding its printing allows, so 10 tkr off in an
action plan is caught.  Failures become :class:`models.contract.DocWarning` (code
``sum_mismatch``); no value is ever changed.  :func:`would_be_consistent` answers the OCR repair question
"would this value make the table add up?".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher
from enum import Enum
from typing import Iterable, Optional

from models.codes import WarningCode
from models.contract import Row, Table, DocWarning

from extractors.money.amounts import format_mnkr, parse_number
from extractors.text.labels import recognisable_label

DEFAULT_TOLERANCE = Decimal("0.2")


class RowKind(str, Enum):
    INCOME_SUM = "intäkter"
    COST_SUM = "kostnader"
    NETTO = "nettokostnad"
    RESULT = "resultat"
    SUM = "summa"
    TOTALSUMMA = "totalsumma"
    PART = "varav"  # "varav …"/"därav …": a part of the row above, never a term
    GROUP = "group"  # a row without money values (group heading, blank)
    DATA = "data"


@dataclass(frozen=True)
class SumCheck:
    """One identified arithmetic relation, with its outcome: the total in
    (``row_index``, ``column``) against the signed sum of its ``terms``."""

    # "intäkter", "kostnader", "nettokostnad", "resultat", "summa", "area summa",
    # "investment summa", "totalsumma", "avvikelse"
    kind: str
    row_index: int  # the total's row in ``table.rows``
    column: str
    terms: tuple[tuple[int, str, int], ...]  # (row index, column, +1/-1)
    expected: Decimal  # signed sum of the terms
    found: Decimal  # the printed total
    tolerance: Decimal

    @property
    def members(self) -> tuple[int, ...]:
        """Rows of the terms (for sums, all in the total's column)."""
        return tuple(r for r, _, _ in self.terms)

    @property
    def passed(self) -> bool:
        return abs(self.expected - self.found) <= self.tolerance

    def involves(self, row_index: int, column: str) -> bool:
        return (self.row_index, self.column) == (row_index, column) or any(
            (r, c) == (row_index, column) for r, c, _ in self.terms)


# --- row labels -------------------------------------------------------------


def _like(word: str, stem: str) -> bool:
    """``word`` starts with ``stem``, allowing one OCR slip in longer stems."""
    if word.startswith(stem):
        return True
    if len(stem) < 5 or len(word) < len(stem) - 1:
        return False
    return SequenceMatcher(None, word[: len(stem)], stem).ratio() >= 0.85


def classify_label(label: str) -> RowKind:
    """What a row with this label is, from its words alone (DATA when unknown)."""
    words = recognisable_label(label).split()
    if not words:
        return RowKind.DATA
    first = words[0]
    if first in ("varav", "darav", "varav:", "darav:"):
        return RowKind.PART
    if _like(first, "totalsumma"):
        return RowKind.TOTALSUMMA
    if _like(first, "summa") and len(first) <= 7:
        if any(_like(w, "intakt") for w in words[1:]) and not any(_like(w, "kostnad") for w in words[1:]):
            return RowKind.INCOME_SUM
        if any(_like(w, "kostnad") for w in words[1:]) and len(words) <= 4:
            return RowKind.COST_SUM
        return RowKind.SUM
    if any(_like(w, "nettokostnad") for w in words) or words in (["verksamhetens", "netto"], ["netto"]):
        return RowKind.NETTO
    if (_like(first, "resultat") and len(first) <= 10) or (
            first == "arets" and len(words) > 1 and _like(words[1], "resultat")):
        return RowKind.RESULT
    if first in ("total", "totalt") or words[-1] == "totalt":
        return RowKind.SUM
    return RowKind.DATA


# --- logical rows -----------------------------------------------------------


@dataclass(frozen=True, eq=False)  # identity, not content: two "Summa" rows are two rows
class _Row:
    index: int  # row in table.rows that holds the values
    label: str
    kind: RowKind
    values: dict[str, Decimal]
    ulps: dict[str, Decimal]
    bold: bool = False


def _ulp(raw: str, value: Decimal) -> Decimal:
    """Printed precision of a cell in mnkr ("2 380" mnkr -> 1, "84 754" tkr -> 0.001)."""
    number = parse_number(raw)
    exponent = value.as_tuple().exponent
    if number is not None and number != 0:
        factor = value / number
        exponent = number.as_tuple().exponent
        return abs(factor) * Decimal(1).scaleb(exponent)
    return Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)


def row_label(row: Row) -> str:
    """The row's label; when it has no words (an account number "4011+ 4081" or
    nothing) its first text cell is added ("Totalt kontoklass 40-41")."""
    label = " ".join(row.label.split())
    if re.search(r"[^\W\d_]", label):
        return label
    for cell in row.cells:
        if cell.value_mnkr is None and re.search(r"[^\W\d_]", cell.raw):
            return " ".join(f"{label} {cell.raw}".split())
    return label


def _logical_rows(table: Table, override: Optional[tuple[int, str, Decimal]] = None) -> list[_Row]:
    rows: list[_Row] = []
    for i, table_row in enumerate(table.rows):
        row = table_row.model_copy(update={"label": row_label(table_row)})
        values: dict[str, Decimal] = {}
        ulps: dict[str, Decimal] = {}
        for cell in row.cells:
            if override is not None and override[0] == i and override[1] == cell.column:
                values[cell.column] = override[2]
                ulps[cell.column] = _ulp("", override[2])
            elif cell.value_mnkr is not None:
                value = Decimal(repr(cell.value_mnkr))
                values[cell.column] = value
                ulps[cell.column] = _ulp(cell.raw, value)
        if override is not None and override[0] == i and override[1] not in values:
            values[override[1]] = override[2]
            ulps[override[1]] = _ulp("", override[2])
        kind = classify_label(row.label) if values else RowKind.GROUP
        # a total whose figures slipped onto the next, unlabelled line
        if not row.label.strip() and values and rows and rows[-1].kind is RowKind.GROUP \
                and classify_label(rows[-1].label) is not RowKind.DATA:
            prev = rows.pop()
            rows.append(_Row(i, prev.label, classify_label(prev.label), values, ulps, prev.bold or row.bold))
            continue
        rows.append(_Row(i, row.label, kind, values, ulps, row.bold))
    return rows


# --- the checks ---------------------------------------------------------------

_STRUCTURAL = (RowKind.INCOME_SUM, RowKind.COST_SUM, RowKind.NETTO, RowKind.RESULT)


def _tolerance(column: str, total: _Row, members: list[_Row], limit: Decimal) -> Decimal:
    """``limit``, tightened to the rounding the printed precision allows (tkr tables)."""
    ulps = [r.ulps[column] for r in (*members, total) if column in r.ulps]
    if not ulps:
        return limit
    return min(limit, max(ulps) * Decimal(len(ulps)) / 2)


def _make(kind: str, total: _Row, column: str, members: list[_Row], limit: Decimal,
          signs: Optional[list[int]] = None) -> SumCheck:
    signs = signs or [1] * len(members)
    return SumCheck(
        kind=kind,
        row_index=total.index,
        column=column,
        terms=tuple((m.index, column, sign) for m, sign in zip(members, signs)),
        expected=sum((sign * m.values[column] for m, sign in zip(members, signs)), Decimal(0)),
        found=total.values[column],
        tolerance=_tolerance(column, total, members, limit),
    )


def _sum_kind(table: Table, total: _Row, members: list[_Row]) -> str:
    if total.kind is RowKind.TOTALSUMMA:
        return "totalsumma"
    if members and 2 * sum(recognisable_label(m.label).startswith("omrade") for m in members) >= len(members):
        return "area summa"
    if table.kind == "investment":
        return "investment summa"
    return "summa"


def _costs_positive(rows: list[_Row]) -> bool:
    """Whether the table prints its costs as positive numbers (most "Summa
    kostnader" figures > 0); deviation columns alone do not decide it."""
    figures = [v for r in rows if r.kind is RowKind.COST_SUM for v in r.values.values()]
    return sum(v > 0 for v in figures) > sum(v < 0 for v in figures)


def _structural_checks(rows: list[_Row], column: str, limit: Decimal, costs_positive: bool) -> list[SumCheck]:
    """Summa intäkter / Summa kostnader / nettokostnad / Resultat in one column."""
    checks: list[SumCheck] = []
    since: list[_Row] = []  # data rows since the previous total or intäkter/kostnader heading
    after: list[_Row] = []  # data rows since the previous structural total
    last: dict[RowKind, _Row] = {}
    previous: Optional[_Row] = None  # the previous structural total
    for row in rows:
        if row.kind is RowKind.GROUP and re.search(r"intakt|kostnad", recognisable_label(row.label)):
            since = []  # "Verksamhetens kostnader" opens the cost group
            continue
        if row.kind not in _STRUCTURAL:
            if row.kind is RowKind.DATA and column in row.values:
                since.append(row)
                after.append(row)
            continue
        if column not in row.values:
            continue
        if row.kind in (RowKind.INCOME_SUM, RowKind.COST_SUM):
            # income rows never count towards Summa kostnader, nor cost rows towards Summa intäkter
            other = "kostnad" if row.kind is RowKind.INCOME_SUM else "intakt"
            members = [r for r in since if other not in recognisable_label(r.label)]
            if members:
                checks.append(_make(row.kind.value, row, column, members, limit))
        elif row.kind is RowKind.NETTO:
            parts = [last[k] for k in (RowKind.INCOME_SUM, RowKind.COST_SUM) if k in last]
            if len(parts) == 2 and all(column in p.values for p in parts):
                # costs printed negative: intäkter + kostnader; printed positive: intäkter − kostnader
                signs = [1, -1] if costs_positive else [1, 1]
                checks.append(_make(row.kind.value, row, column, parts, limit, signs))
        elif row.kind is RowKind.RESULT and previous is not None:
            # Resultat = nettokostnad (or the Resultat above, or intäkter + kostnader) + rows between
            if previous.kind in (RowKind.NETTO, RowKind.RESULT):
                base = [previous]
            else:
                base = [last[k] for k in (RowKind.INCOME_SUM, RowKind.COST_SUM) if k in last]
            if len(base) == 1 or (len(base) == 2 and previous in base):
                checks.append(_make(row.kind.value, row, column, [*base, *after], limit))
        last[row.kind] = row
        previous = row
        since = []
        after = []
    return checks


def _generic_checks(table: Table, rows: list[_Row], column: str, limit: Decimal) -> list[SumCheck]:
    """"Summa …", "… totalt", "Totalsumma" (and "Resultat" in a table without
    intäkter/kostnader/nettokostnad rows: a Driftredovisning) against the rows they total."""
    structured = any(r.kind in (RowKind.INCOME_SUM, RowKind.COST_SUM, RowKind.NETTO) for r in rows)
    total_kinds = (RowKind.SUM, RowKind.TOTALSUMMA) if structured else (RowKind.SUM, RowKind.TOTALSUMMA, RowKind.RESULT)
    totals = [r for r in rows if column in r.values and r.kind in total_kinds]
    if not totals:
        return []
    last_total = totals[-1]
    checks: list[SumCheck] = []
    open_items: list[_Row] = []  # data rows and subtotals not yet part of a total
    loose: list[_Row] = []  # data rows since the previous total
    head_layout = False
    seen_total = False
    for row in rows:
        if row.kind in _STRUCTURAL and row not in totals:
            open_items, loose = [], []
            continue
        if row.kind is RowKind.DATA:
            # in the head layout a data row is an object under the group total above it
            if column in row.values and not head_layout:
                open_items.append(row)
                loose.append(row)
            continue
        if row not in totals:
            continue
        if not seen_total and not loose and row is not last_total:
            head_layout = True  # group totals come first, objects after them
        seen_total = True
        if head_layout:
            if row is last_total:
                subtotals = [r for r in open_items if r.kind is not RowKind.DATA]
                if subtotals:
                    kind = _sum_kind(table, row, subtotals)
                    checks.append(_make(kind, row, column, subtotals, limit))
            else:
                open_items.append(row)
            continue
        if not open_items:
            continue
        chosen, consumed = _choose(table, row, column, loose, open_items, limit, row is last_total)
        checks.extend(chosen)
        open_items = [r for r in open_items if id(r) not in consumed] + [row]
        loose = []
    return checks


def _choose(table: Table, total: _Row, column: str, loose: list[_Row], open_items: list[_Row],
            limit: Decimal, is_last: bool) -> tuple[list[SumCheck], set[int]]:
    """The reading of a "Summa" row that adds up, tried in order: the rows since
    the previous total; those plus the earlier subtotals; the bold rows only or
    the plain rows only (bold group rows carrying their group's sum, which are
    then checked against the plain rows under them).  When none adds up: the rows
    since the previous total, or for the last total of the table everything
    still open.  Returns the checks and the rows they consume."""
    def make(members: list[_Row], of: _Row = total) -> SumCheck:
        return _make(_sum_kind(table, of, members), of, column, members, limit)

    all_loose = {id(r) for r in loose}
    by_loose = ([make(loose)], all_loose) if loose else None
    by_open = ([make(open_items)], {id(r) for r in open_items})
    candidates = [c for c in (by_loose, by_open) if c is not None]
    bold = [r for r in loose if r.bold]
    if bold and len(bold) < len(loose) and loose[0].bold:
        groups = []
        for head in bold:
            start = loose.index(head) + 1
            under = list(itertools.takewhile(lambda r: not r.bold, loose[start:]))
            if under:
                groups.append(make(under, of=head))
        plain = [r for r in loose if not r.bold]
        candidates += [([make(bold), *groups], all_loose), ([make(plain), *groups], all_loose)]
    for checks, consumed in candidates:
        if checks[0].passed:
            return checks, consumed
    return by_loose if by_loose is not None and not is_last else by_open


_YEAR = re.compile(r"(?:19|20)\d\d")


def _header(column: str) -> tuple[str, Optional[str]]:
    """A column header folded and joined ("Budget- avvikelse" -> "budgetavvikelse"), and its year."""
    folded = recognisable_label(column).replace(" ", "")
    year = _YEAR.search(column)
    return folded, year.group(0) if year else None


def _deviation_pair(columns: list[str], deviation: str) -> Optional[tuple[str, str]]:
    """(minuend, subtrahend) columns of a deviation column: Budgetavvikelse =
    Utfall − Budget of the same year, Utfallsavvikelse/Förändring = Utfall − Utfall a year
    earlier.  None unless exactly one such pair is printed."""
    folded, year = _header(deviation)
    heads = {c: _header(c) for c in columns if "avvikelse" not in _header(c)[0]}
    utfall = {y: c for c, (f, y) in heads.items() if f.startswith("utfall") and y}
    budget = {y: c for c, (f, y) in heads.items() if f.startswith("budget") and y}
    if folded.startswith("budgetavvikelse"):
        years = [y for y in utfall if y in budget and (year is None or y == year)]
        return (utfall[years[0]], budget[years[0]]) if len(years) == 1 else None
    if folded.startswith(("utfallsavvikelse", "forandring")):
        years = [y for y in utfall if str(int(y) - 1) in utfall and (year is None or y == year)]
        return (utfall[years[0]], utfall[str(int(years[0]) - 1)]) if len(years) == 1 else None
    return None


def _deviation_checks(columns: list[str], rows: list[_Row], limit: Decimal) -> list[SumCheck]:
    """Row by row: Budgetavvikelse = Utfall − Budget, Utfallsavvikelse/Förändring =
    Utfall − föregående Utfall."""
    checks: list[SumCheck] = []
    for column in columns:
        pair = _deviation_pair(columns, column)
        if pair is None:
            continue
        plus, minus = pair
        for row in rows:
            if not all(c in row.values for c in (column, plus, minus)):
                continue
            ulp = max(row.ulps[c] for c in (column, plus, minus))
            checks.append(SumCheck(
                kind="avvikelse", row_index=row.index, column=column,
                terms=((row.index, plus, 1), (row.index, minus, -1)),
                expected=row.values[plus] - row.values[minus], found=row.values[column],
                tolerance=min(limit, ulp * 3 / 2),
            ))
    return checks


def _columns(table: Table) -> list[str]:
    columns = list(table.columns)
    for row in table.rows:
        for cell in row.cells:
            if cell.column not in columns:
                columns.append(cell.column)
    return columns


def run_checks(table: Table, tolerance: Decimal = DEFAULT_TOLERANCE,
               override: Optional[tuple[int, str, Decimal]] = None) -> list[SumCheck]:
    """Every relation identified in ``table`` (passed or not), column by column.
    ``override`` = (row index, column, value in mnkr) replaces one cell first."""
    rows = _logical_rows(table, override)
    checks: list[SumCheck] = []
    columns = _columns(table)
    costs_positive = _costs_positive(rows)
    for column in columns:
        checks.extend(_structural_checks(rows, column, tolerance, costs_positive))
        checks.extend(_generic_checks(table, rows, column, tolerance))
    checks.extend(_deviation_checks(columns, rows, tolerance))
    return checks


_WHAT = {"nettokostnad": "Summa intäkter and Summa kostnader give", "resultat": "its terms add up to"}


def _warning(table: Table, check: SumCheck) -> DocWarning:
    row = table.rows[check.row_index]
    label = row_label(row)
    found, expected = format_mnkr(check.found), format_mnkr(check.expected)
    tail = (f" (difference {format_mnkr(check.found - check.expected)} mnkr, "
            f"tolerance {format_mnkr(check.tolerance)}")
    if check.kind == "avvikelse":
        (_, plus, _), (_, minus, _) = check.terms
        code = WarningCode.DEVIATION_MISMATCH
        message = f"{label} ({check.column}) is {found} but {plus} − {minus} is {expected}{tail})"
    else:
        code = WarningCode.SUM_MISMATCH
        names = ", ".join(row_label(table.rows[i]) or f"row {i + 1}" for i in check.members)
        relation = _WHAT.get(check.kind, "its rows sum to")
        message = f"{label} ({check.column}) is {found} but {relation} {expected}{tail}; rows: {names})"
    return DocWarning(
        code=code,
        message=message,
        page=row.page or table.page,
        table=table.id,
        row=label,
        column=check.column,
        expected=float(check.expected),
        found=float(check.found),
    )


def check_table(table: Table, tolerance: Decimal = DEFAULT_TOLERANCE) -> list[DocWarning]:
    """A ``sum_mismatch`` warning for every identified total that does not add up
    (``deviation_mismatch`` for a Budget-/Utfallsavvikelse cell that is not the
    difference of its columns)."""
    return [_warning(table, c) for c in run_checks(table, tolerance) if not c.passed]


def would_be_consistent(table: Table, row_index: int, column: str, value: Decimal,
                        tolerance: Decimal = DEFAULT_TOLERANCE) -> bool:
    """Whether putting ``value`` (mnkr) in ``column`` of row ``row_index`` makes every
    identified relation touching that cell hold.  False when no relation touches
    the cell: an unconfirmable value is not confirmed."""
    involved = [
        c for c in run_checks(table, tolerance, override=(row_index, column, Decimal(value)))
        if c.involves(row_index, column)
    ]
    return bool(involved) and all(c.passed for c in involved)


def confirmed_reading(table: Table, row_index: int, column: str, candidates: Iterable[Decimal],
                      tolerance: Decimal = DEFAULT_TOLERANCE) -> Optional[Decimal]:
    """The one candidate value (mnkr) for a damaged cell that makes the table
    consistent, or None when no candidate or more than one does."""
    fitting = {Decimal(c) for c in candidates if would_be_consistent(table, row_index, column, Decimal(c), tolerance)}
    return fitting.pop() if len(fitting) == 1 else None
