"""Cross-document reconciliation: the same figure printed in several documents
(the 2023 plan's "Budget 2023" and the 2024 plan's "Budget 2023"; a report's
"Budget 2021" and that year's plan) must agree.

Tables of two documents are paired by kind, normalised title (numbering and
years dropped) and shared row labels; rows by normalised label (the n-th row
of a label with the n-th); columns by meaning + year ("Budget 2023" =
"Budget 2023"; "Bokslut" and "Utfall" mean the same; a column without a year
is never compared).  Two money values disagree when they differ by more than
the coarser printing allows (2 380 vs 2 380,4 agree; 2 381,4 vs 2 381,5 do
not) plus ``tolerance``.  Tables of different organisations are never paired; a
best-matching pair in which no figure agrees is taken for two different tables
(listed as rejected, not compared) unless title and rows are the same.  The result lists every disagreement and how many
figures agreed; it is written as ``reconcile.json`` and ``reconcile.csv``.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import re
import sys
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

from extractors.money.amounts import parse_number
from models.contract import Cell, OutputDocument, Table
from extractors.text.folding import fold_spaces
from extractors.text.labels import label_key
from pipeline.commands import EXIT_OK, EXIT_USAGE, Subcommand
from pipeline.qa.corrections import load_outputs, no_documents
from pipeline.output import atomic_write_text

RECONCILE_JSON = "reconcile.json"
RECONCILE_CSV = "reconcile.csv"
TITLE_MIN_SIMILARITY = 0.6
ROW_MIN_SHARED = 2
MIN_FIGURES_TO_REJECT = 3
SAME_TITLE = 0.9  # title similarity and share of shared rows that make two tables "the same table"
SAME_ROWS = 0.8

_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
_UNIT_WORDS = re.compile(r"\b(belopp|i|mnkr|mkr|mnrk|tkr|kr|msek|tsek|sek)\b")
_SYNONYMS = {"bokslut": "utfall"}


@lru_cache(maxsize=65536)
def column_key(name: str) -> Optional[str]:
    """What a column means, or None when it names no year: "Budget 2023" →
    "budget 2023"; "Bokslut 2022" → "utfall 2022"; "Budget 2024 Varav
    budget- ram" → "budget 2024 varav budgetram"; units and footnote marks dropped."""
    text = label_key(name)
    if not _YEAR.search(text):
        return None
    text = re.sub(r"[^\w\s+-]", " ", text)  # brackets, footnote marks, OCR specks ("= Budget 2021")
    text = _UNIT_WORDS.sub(" ", text)
    words = [_SYNONYMS.get(w, w) for w in text.split()]
    return " ".join(words) or None


@lru_cache(maxsize=65536)
def title_key(title: Optional[str]) -> str:
    """A table title without its section number, years and unit words."""
    text = label_key(title or "")
    text = re.sub(r"^(tabell\s*)?\d+(\.\d+)*\.?\s*", "", text)
    text = _YEAR.sub(" ", text)
    text = _UNIT_WORDS.sub(" ", re.sub(r"[()\[\],:;*]", " ", text))
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def title_similarity(a: Optional[str], b: Optional[str]) -> float:
    ka, kb = title_key(a), title_key(b)
    if not ka and not kb:
        return 0.0
    return SequenceMatcher(None, ka, kb).ratio()


@dataclass(frozen=True)
class Figure:
    """One money cell with where it is."""

    document: str  # output JSON path relative to the output folder
    table: str
    title: Optional[str]
    page: Optional[int]
    row: str
    column: str
    raw: str
    value_mnkr: float


@dataclass(frozen=True)
class Disagreement:
    column_key: str
    row_key: str
    difference: float
    tolerance: float
    a: Figure
    b: Figure


@dataclass(frozen=True)
class TablePair:
    document_a: str
    table_a: str
    document_b: str
    table_b: str
    title_similarity: float
    shared_rows: int
    shared_columns: list[str]
    compared: int
    agreed: int


@dataclass
class ReconcileResult:
    disagreements: list[Disagreement] = field(default_factory=list)
    pairs: list[TablePair] = field(default_factory=list)
    rejected: list[TablePair] = field(default_factory=list)  # best-matching tables in which no figure agrees
    documents: int = 0

    @property
    def compared(self) -> int:
        return sum(p.compared for p in self.pairs)

    @property
    def agreed(self) -> int:
        return sum(p.agreed for p in self.pairs)

    def to_json(self) -> str:
        data = {
            "documents": self.documents,
            "figures_compared": self.compared,
            "figures_agreed": self.agreed,
            "figures_disagreeing": len(self.disagreements),
            "table_pairs": [asdict(p) for p in self.pairs],
            "rejected_pairs": [asdict(p) for p in self.rejected],
            "disagreements": [asdict(d) for d in self.disagreements],
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        side = ("document", "page", "table", "title", "row", "column", "raw", "value_mnkr")
        writer.writerow(["column_key", "row_key", "difference", "tolerance",
                         *(f"{k}_a" for k in side), *(f"{k}_b" for k in side)])
        for d in self.disagreements:
            writer.writerow([d.column_key, d.row_key, _num(d.difference), _num(d.tolerance),
                             *(_num(getattr(d.a, k)) for k in side), *(_num(getattr(d.b, k)) for k in side)])
        return buf.getvalue()


def _num(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.6g}" if abs(v) < 1e6 else repr(v)
    return str(v)


def printed_precision(cell: Cell) -> float:
    """The mnkr step of a printed value: "2 380" in mnkr → 1.0, "2 381,4" → 0.1,
    "2 381 400" tkr → 0.001."""
    return _precision(cell.raw, cell.value_mnkr)


@lru_cache(maxsize=65536)
def _precision(raw: str, value_mnkr: Optional[float]) -> float:
    number = parse_number(raw) if raw else None
    if number is None or number == 0 or value_mnkr is None:
        return 0.0
    scale = 10.0 ** round(math.log10(abs(value_mnkr / float(number))))  # units are powers of ten
    decimals = max(0, -number.as_tuple().exponent)
    return scale * 10.0 ** (-decimals)


def allowed_difference(a: Cell, b: Cell, tolerance: float) -> float:
    """Half the coarser printing step when the two are printed differently
    (the coarser is a rounding of the finer), else nothing; plus ``tolerance``."""
    pa, pb = printed_precision(a), printed_precision(b)
    rounding = max(pa, pb) / 2 if abs(pa - pb) > 1e-12 else 0.0
    return rounding + tolerance + 1e-9


def _keyed_rows(table: Table) -> dict[str, int]:
    """Normalised row label (with " #n" for its n-th repeat) → row index."""
    seen: dict[str, int] = {}
    out: dict[str, int] = {}
    for i, row in enumerate(table.rows):
        label = label_key(row.label)
        if not label:
            continue
        seen[label] = seen.get(label, 0) + 1
        out[label if seen[label] == 1 else f"{label} #{seen[label]}"] = i
    return out


def _keyed_columns(table: Table) -> dict[str, str]:
    out: dict[str, str] = {}
    for col in table.columns:
        key = column_key(col)
        if key and key not in out:
            out[key] = col
    return out


def _money(table: Table, row_index: int, column: str) -> Optional[Cell]:
    for cell in table.rows[row_index].cells:
        if cell.column == column and cell.value_mnkr is not None:
            return cell
    return None


def _figure(document: str, table: Table, row_index: int, cell: Cell) -> Figure:
    row = table.rows[row_index]
    return Figure(document=document, table=table.id, title=table.title, page=cell.page or row.page or table.page,
                  row=row.label, column=cell.column, raw=cell.raw, value_mnkr=float(cell.value_mnkr))


def _candidate(ta: Table, tb: Table) -> Optional[tuple[float, int, list[str]]]:
    if ta.kind != tb.kind:
        return None
    shared_cols = sorted(set(_keyed_columns(ta)) & set(_keyed_columns(tb)))
    if not shared_cols:
        return None
    shared_rows = len(set(_keyed_rows(ta)) & set(_keyed_rows(tb)))
    if shared_rows < min(ROW_MIN_SHARED, len(ta.rows), len(tb.rows)) or shared_rows == 0:
        return None
    similarity = title_similarity(ta.title, tb.title)
    if (ta.title or tb.title) and similarity < TITLE_MIN_SIMILARITY:
        return None
    return similarity, shared_rows, shared_cols


def _organisation(doc: OutputDocument) -> str:
    return fold_spaces(doc.document.organisation or "")


def _candidate_pairs(docs: Sequence[tuple[str, OutputDocument]]) -> list[tuple[int, Table, int, Table]]:
    """Table pairs of two different documents (same organisation when both name
    one) that share a kind and a column meaning: (doc index, table, doc index, table)."""
    buckets: dict[tuple[str, str], list[tuple[int, Table]]] = {}
    for d, (_, doc) in enumerate(docs):
        for table in doc.tables:
            for key in _keyed_columns(table):
                buckets.setdefault((table.kind, key), []).append((d, table))
    seen: set[tuple[int, str, int, str]] = set()
    out = []
    for members in buckets.values():
        for i, (da, ta) in enumerate(members):
            for db, tb in members[i + 1:]:
                if da == db:
                    continue
                if da > db:
                    da, ta, db, tb = db, tb, da, ta
                oa, ob = _organisation(docs[da][1]), _organisation(docs[db][1])
                key = (da, ta.id, db, tb.id)
                if (oa and ob and oa != ob) or key in seen:
                    continue
                seen.add(key)
                out.append((da, ta, db, tb))
    return sorted(out, key=lambda c: (c[0], c[2], c[1].id, c[3].id))


def reconcile_documents(documents: Sequence[tuple[str, OutputDocument]], tolerance: float = 0.0) -> ReconcileResult:
    """Compare the documents (name, document) pairwise; see the module docstring.

    Within two documents each table is paired at most once, best first by
    title similarity + share of shared rows + share of agreeing figures.  A pair
    in which no figure agrees (of at least :data:`MIN_FIGURES_TO_REJECT`) is
    taken for two different tables and listed in ``rejected``, not compared —
    unless title and rows say it is the same table (a budget revised between
    two plans: all its figures are reported)."""
    result = ReconcileResult(documents=len(documents))
    docs = sorted(documents, key=lambda d: d[0])
    scored: dict[tuple[int, int], list] = {}
    for da, ta, db, tb in _candidate_pairs(docs):
        found = _candidate(ta, tb)
        if not found:
            continue
        similarity, shared_rows, cols = found
        pair, disagreements = _compare(docs[da][0], ta, docs[db][0], tb, similarity, shared_rows, cols, tolerance)
        agreement = pair.agreed / pair.compared if pair.compared else 0.0
        score = similarity + shared_rows / max(len(ta.rows), len(tb.rows)) + agreement
        same_identity = similarity >= SAME_TITLE and shared_rows >= SAME_ROWS * max(len(ta.rows), len(tb.rows))
        scored.setdefault((da, db), []).append((-score, ta.id, tb.id, pair, disagreements, same_identity))
    for key in sorted(scored):
        used_a: set[str] = set()
        used_b: set[str] = set()
        for _, id_a, id_b, pair, disagreements, same_identity in sorted(scored[key], key=lambda c: c[:3]):
            if id_a in used_a or id_b in used_b:
                continue
            used_a.add(id_a)
            used_b.add(id_b)
            if pair.compared >= MIN_FIGURES_TO_REJECT and pair.agreed == 0 and not same_identity:
                result.rejected.append(pair)
                continue
            result.pairs.append(pair)
            result.disagreements.extend(disagreements)
    result.pairs.sort(key=lambda p: (p.document_a, p.table_a, p.document_b, p.table_b))
    result.rejected.sort(key=lambda p: (p.document_a, p.table_a, p.document_b, p.table_b))
    result.disagreements.sort(key=lambda d: (d.a.document, d.a.table, d.a.row, d.a.column, d.b.document, d.b.table))
    return result


def _compare(name_a: str, ta: Table, name_b: str, tb: Table, similarity: float, shared_rows: int,
             cols: list[str], tolerance: float) -> tuple[TablePair, list[Disagreement]]:
    rows_a, rows_b = _keyed_rows(ta), _keyed_rows(tb)
    disagreements: list[Disagreement] = []
    cols_a, cols_b = _keyed_columns(ta), _keyed_columns(tb)
    compared = agreed = 0
    for row_key in sorted(set(rows_a) & set(rows_b)):
        for col_key in cols:
            ca = _money(ta, rows_a[row_key], cols_a[col_key])
            cb = _money(tb, rows_b[row_key], cols_b[col_key])
            if ca is None or cb is None:
                continue
            compared += 1
            difference = abs(ca.value_mnkr - cb.value_mnkr)
            allowed = allowed_difference(ca, cb, tolerance)
            if difference <= allowed:
                agreed += 1
            else:
                disagreements.append(Disagreement(
                    column_key=col_key, row_key=row_key, difference=round(difference, 6),
                    tolerance=round(allowed, 6),
                    a=_figure(name_a, ta, rows_a[row_key], ca), b=_figure(name_b, tb, rows_b[row_key], cb)))
    pair = TablePair(name_a, ta.id, name_b, tb.id, round(similarity, 3), shared_rows, cols, compared, agreed)
    return pair, disagreements


def reconcile(outdir: Path, tolerance: float = 0.0, write: bool = True) -> ReconcileResult:
    """Reconcile every readable document of an output folder; write
    ``reconcile.json`` and ``reconcile.csv`` into it unless ``write`` is False."""
    outdir = Path(outdir)
    docs = [(d.output, d.doc) for d in load_outputs(outdir) if d.doc is not None]
    result = reconcile_documents(docs, tolerance)
    if write:
        atomic_write_text(outdir / RECONCILE_JSON, result.to_json())
        atomic_write_text(outdir / RECONCILE_CSV, result.to_csv())
    return result


# ---------------------------------------------------------------- command line


def add_reconcile_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("outdir", type=Path, metavar="OUTDIR", help="output folder of plandigit convert")
    p.add_argument("--tolerance", type=float, default=0.0, metavar="MNKR",
                   help="extra difference allowed on top of the printing's rounding (default: %(default)g)")


def run_reconcile(args: argparse.Namespace) -> int:
    if not Path(args.outdir).is_dir():
        print(f"plandigit: error: {args.outdir} is not a folder", file=sys.stderr)
        return EXIT_USAGE
    if not any(d.doc is not None for d in load_outputs(args.outdir)):
        print(f"plandigit: error: {no_documents(args.outdir)}", file=sys.stderr)
        return EXIT_USAGE
    result = reconcile(args.outdir, tolerance=args.tolerance)
    print(f"plandigit: {result.documents} document(s), {len(result.pairs)} table pair(s): "
          f"{result.compared} figure(s) compared, {result.agreed} agree, {len(result.disagreements)} disagree")
    shown = 20
    for d in result.disagreements[:shown]:
        print(f"  {d.a.document} p.{d.a.page} {d.a.table} {d.a.row!r} {d.a.column!r} = {d.a.raw}  vs  "
              f"{d.b.document} p.{d.b.page} {d.b.table} {d.b.row!r} {d.b.column!r} = {d.b.raw}")
    if len(result.disagreements) > shown:
        print(f"  … and {len(result.disagreements) - shown} more (all in {RECONCILE_CSV})")
    print(f"written: {Path(args.outdir) / RECONCILE_JSON}, {Path(args.outdir) / RECONCILE_CSV}")
    return EXIT_OK


_HELP = "list figures that disagree between documents (same table, row and column meaning)"
COMMAND = Subcommand("reconcile", _HELP, add_reconcile_arguments, run_reconcile)
