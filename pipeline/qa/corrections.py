"""Reviewer corrections: reading an output folder (with review fields) and
merging a reviewer's checked/corrected marks into its JSON files.

A corrections file (CSV with a header row, or JSON: a list of objects or
``{"corrections": [...]}``) has one row per cell with the keys
``document`` (output JSON path or stem, or the source PDF's file name),
``table`` (table id), ``row`` (row label; matched case-, diacritic-,
hyphenation- and footnote-insensitively; ``"Summa #2"`` picks the second row
with that label), ``column``, ``value`` (new value in mnkr, Swedish or dot
decimals; needed for ``corrected``, optional for ``checked``), ``status``
(``checked`` | ``corrected``), ``reviewer`` and ``note`` (optional).

A corrected cell gets ``value_mnkr`` = the new value and keeps the extracted
value in ``original_value_mnkr``; every reviewed cell gets
``review = {status, reviewer, at, note}``.  All rows are matched before
anything is written; any row that does not match raises
:class:`CorrectionError` listing every problem, and no file changes.  Files
are replaced atomically.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any, Optional, Sequence

from pydantic import ValidationError

from models.contract import OutputDocument, Row, Table, upgraded
from pipeline.output import OutputFolderLock, OutputLockedError
from pipeline.commands import EXIT_LOCKED, EXIT_OK, EXIT_USAGE, Subcommand
from pipeline.manifest import MANIFEST_NAME, Manifest, ManifestRecord
from pipeline.output import atomic_write_text
from extractors.text.folding import fold_spaces
from extractors.text.labels import label_key

STATUSES = ("checked", "corrected")
# files in an output folder that are not converted documents
NOT_DOCUMENTS = frozenset({MANIFEST_NAME, "reconcile.json"})
REPORT_DIR = "report"
# the data dictionary ``plandigit export`` writes beside its tables (wherever -o puts them; the
# tables themselves are .parquet/.csv/.duckdb, so a folder of inputs named "export" is still read)
NOT_DOCUMENT_NAMES = frozenset({"data-dictionary.json"})

EXIT_BAD_INPUT = EXIT_USAGE


# ---------------------------------------------------------------- normalising labels


# ---------------------------------------------------------------- reading an output folder


@dataclass(frozen=True)
class CellReview:
    """A reviewer's mark on one cell, as stored in the output JSON."""

    status: str
    reviewer: str
    at: str
    note: Optional[str] = None
    original_value_mnkr: Optional[float] = None


@dataclass
class LoadedDocument:
    """One document of an output folder: its JSON (if readable), manifest record
    (if any) and the review marks found on its cells, keyed by
    (table id, row index, cell index)."""

    output: str  # JSON path relative to the output folder (posix)
    path: Path
    doc: Optional[OutputDocument] = None
    record: Optional[ManifestRecord] = None
    reviews: dict[tuple[str, int, int], CellReview] = field(default_factory=dict)
    load_error: Optional[str] = None
    # the schema_version the JSON was written in (``doc`` is always the current one)
    schema_version: Optional[str] = None

    @property
    def stem(self) -> str:
        return str(PurePosixPath(self.output).with_suffix(""))

    @property
    def status(self) -> str:
        if self.record is not None:
            return self.record.status
        return "ok" if self.doc is not None else "failed"


def read_manifest(outdir: Path) -> Optional[Manifest]:
    """The folder's manifest, or None when it is missing or unreadable."""
    path = Path(outdir) / MANIFEST_NAME
    if not path.is_file():
        return None
    try:
        return Manifest.model_validate_json(path.read_bytes())
    except (OSError, ValueError, ValidationError):
        return None


def split_reviews(data: dict) -> tuple[dict, dict[tuple[str, int, int], CellReview]]:
    """The document dict without review fields (so the contract model accepts it
    whether or not it knows them yet) and the review marks taken out."""
    reviews: dict[tuple[str, int, int], CellReview] = {}
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, found a JSON {type(data).__name__}")
    clean = json.loads(json.dumps(data))
    for table in _dicts(clean.get("tables")):
        for ri, row in enumerate(_dicts(table.get("rows"))):
            for ci, cell in enumerate(_dicts(row.get("cells"))):
                original = cell.pop("original_value_mnkr", None)
                review = cell.pop("review", None)
                if isinstance(review, dict):
                    reviews[(str(table.get("id")), ri, ci)] = CellReview(
                        status=str(review.get("status", "")), reviewer=str(review.get("reviewer", "")),
                        at=str(review.get("at", "")), note=review.get("note"), original_value_mnkr=original)
    return clean, reviews


def _dicts(value: Any) -> list:
    """The list's entries when ``value`` is a list of objects (else none: the
    contract model reports the wrong shape)."""
    return value if isinstance(value, list) and all(isinstance(v, dict) for v in value) else []


def parse_document(data: dict) -> tuple[OutputDocument, dict[tuple[str, int, int], CellReview]]:
    """Validate a document dict that may carry review fields, and fields newer
    than this contract model (those are dropped for reading; any other error
    raises ``ValidationError``).  A document of an earlier schema version is
    converted to the current one first (:func:`models.contract.upgraded`; a
    version it cannot read raises ``SchemaVersionError``, a ``ValueError``)."""
    clean, reviews = split_reviews(data)
    clean = upgraded(clean)
    for _ in range(2):
        try:
            return OutputDocument.model_validate(clean), reviews
        except ValidationError as exc:
            errors = exc.errors()
            if not errors or any(e["type"] != "extra_forbidden" for e in errors):
                raise
            for e in errors:
                _drop(clean, e["loc"])
    return OutputDocument.model_validate(clean), reviews


def _drop(data: Any, loc: Sequence[Any]) -> None:
    for key in loc[:-1]:
        data = data[key]
    data.pop(loc[-1], None)


def contract_problem(exc: ValidationError, shown: int = 3) -> str:
    """What makes a document fail the contract, field by field ("source: Field required")."""
    errors = exc.errors()
    parts = [f"{'.'.join(str(p) for p in e['loc']) or 'document'}: {e['msg']}" for e in errors[:shown]]
    more = f"; … {len(errors) - shown} more" if len(errors) > shown else ""
    return f"does not match the output contract ({'; '.join(parts)}{more})"


def load_outputs(outdir: Path) -> list[LoadedDocument]:
    """Every document of an output folder, sorted by output path: the manifest's
    records (failed ones without a document) plus any other ``*.json`` document
    found (outside ``report/``; an export's data dictionary is not a document)."""
    outdir = Path(outdir)
    manifest = read_manifest(outdir)
    records = {r.output: r for r in manifest.records} if manifest else {}
    outputs = set(records)
    for path in outdir.rglob("*.json"):
        rel = path.relative_to(outdir)
        if (rel.parts[0] == REPORT_DIR or str(rel) in NOT_DOCUMENTS or rel.name in NOT_DOCUMENT_NAMES
                or any(p.startswith(".") for p in rel.parts)):
            continue
        outputs.add(rel.as_posix())
    loaded = []
    for output in sorted(outputs):
        path = outdir / output
        item = LoadedDocument(output=output, path=path, record=records.get(output))
        if path.is_file() and (item.record is None or item.record.status != "failed"):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                item.doc, item.reviews = parse_document(data)
                item.schema_version = str(data.get("schema_version", item.doc.schema_version))
            except ValidationError as exc:
                item.load_error = contract_problem(exc)
            except (OSError, ValueError) as exc:
                item.load_error = f"{exc.__class__.__name__}: {str(exc).splitlines()[0]}"
        if item.doc is None and item.record is None and item.load_error is None:
            continue
        loaded.append(item)
    return loaded


def no_documents(outdir: Path) -> str:
    """What every QA command (report, reconcile, export, apply-corrections)
    says, exiting 2, for a folder without converted documents."""
    return f"no converted documents in {outdir} (run plandigit convert INPUT -o {outdir} first)"


# ---------------------------------------------------------------- corrections


class CorrectionError(ValueError):
    """Corrections that do not match the output folder (nothing was written)."""

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        super().__init__("corrections not applied, nothing written:\n" + "\n".join(f"  - {p}" for p in self.problems))


@dataclass(frozen=True)
class Correction:
    """One row of a corrections file."""

    line: int  # 1-based row number in the file (data rows), for messages
    document: str
    table: str
    row: str
    column: str
    status: str
    value: Optional[float] = None
    reviewer: Optional[str] = None
    note: Optional[str] = None


@dataclass(frozen=True)
class AppliedCorrection:
    correction: Correction
    output: str
    row_index: int
    cell_index: int
    previous_value_mnkr: Optional[float]
    value_mnkr: Optional[float]


@dataclass
class ApplyResult:
    applied: list[AppliedCorrection]
    files_written: list[Path]
    at: str


_KEYS = ("document", "table", "row", "column", "value", "status", "reviewer", "note")


def parse_value(text: Any) -> Optional[float]:
    """A reviewer's value: a number, "2 381,4", "-1 051,2", "2381.4"; None if blank."""
    if text is None:
        return None
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return float(text)
    s = str(text).strip().replace("\u00a0", " ").replace("\u202f", " ").replace("−", "-").replace("–", "-")
    if not s:
        return None
    s = s.replace(" ", "")
    if "," in s:
        if "." in s:
            raise ValueError(f"ambiguous number {text!r}")
        s = s.replace(",", ".")
    return float(Decimal(s))


def read_corrections(path: Path) -> list[Correction]:
    """Rows of a CSV (header row; ``,`` or ``;`` separated) or JSON corrections file.
    Raises :class:`CorrectionError` for malformed rows."""
    path = Path(path)
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        data = json.loads(text)
        rows = data.get("corrections", []) if isinstance(data, dict) else data
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise CorrectionError([f"{path}: expected a list of objects"])
    else:
        header = text.splitlines()[0] if text else ""
        delimiter = max(",;\t", key=header.count)
        rows = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
    problems: list[str] = []
    out: list[Correction] = []
    for n, raw in enumerate(rows, start=1):
        if raw.get(None):  # csv.DictReader puts surplus fields under None
            problems.append(f"row {n}: more fields than the header (quote values that contain the separator)")
            continue
        row = {str(k).strip().lower(): v for k, v in raw.items() if k is not None}
        unknown = sorted(set(row) - set(_KEYS))
        missing = [k for k in ("document", "table", "row", "column", "status") if not str(row.get(k) or "").strip()]
        status = str(row.get("status") or "").strip().lower()
        try:
            value = parse_value(row.get("value"))
        except (ValueError, ArithmeticError):
            problems.append(f"row {n}: value {row.get('value')!r} is not a number")
            continue
        if unknown:
            problems.append(f"row {n}: unknown field(s) {', '.join(unknown)} (known: {', '.join(_KEYS)})")
        if missing:
            problems.append(f"row {n}: missing {', '.join(missing)}")
            continue
        if status not in STATUSES:
            problems.append(f"row {n}: status {status!r} is not one of {', '.join(STATUSES)}")
            continue
        if status == "corrected" and value is None:
            problems.append(f"row {n}: status corrected needs a value")
            continue
        out.append(Correction(
            line=n, document=str(row["document"]).strip(), table=str(row["table"]).strip(),
            row=str(row["row"]), column=str(row["column"]).strip(), status=status, value=value,
            reviewer=(str(row.get("reviewer") or "").strip() or None), note=(str(row.get("note") or "").strip() or None),
        ))
    if problems:
        raise CorrectionError(problems)
    return out


def find_document(docs: Sequence[LoadedDocument], name: str) -> list[LoadedDocument]:
    """Documents a corrections row names: output path, its stem, the JSON's file
    name or stem, or the source PDF's file name (case-insensitive)."""
    key = name.strip().replace("\\", "/").casefold()
    exact = [d for d in docs if key in (d.output.casefold(), d.stem.casefold())]
    if exact:
        return exact
    found = []
    for d in docs:
        names = {PurePosixPath(d.output).name.casefold(), PurePosixPath(d.output).stem.casefold()}
        if d.doc is not None:
            names |= {d.doc.source.file.casefold(), PurePosixPath(d.doc.source.file).stem.casefold()}
        if d.record is not None:
            names |= {d.record.input.casefold(), PurePosixPath(d.record.input).name.casefold()}
        if key in names:
            found.append(d)
    return found


_OCCURRENCE = re.compile(r"^(?P<label>.*?)\s*#(?P<n>\d+)$")


def find_row(table: Table, label: str) -> tuple[Optional[int], str]:
    """Index of the row a reviewer names, and a problem text when there is none or
    several ("Summa #2" = the second row so labelled)."""
    m = _OCCURRENCE.match(label.strip())
    wanted, nth = (m.group("label"), int(m.group("n"))) if m else (label, None)
    key = label_key(wanted)
    hits = [i for i, r in enumerate(table.rows) if label_key(r.label) == key]
    if not hits:
        return None, f"no row {label!r} in table {table.id} (rows: {', '.join(repr(r.label) for r in table.rows)})"
    if nth is not None:
        if nth < 1 or nth > len(hits):
            return None, f"row {label!r}: table {table.id} has {len(hits)} row(s) labelled {wanted!r}"
        return hits[nth - 1], ""
    if len(hits) > 1:
        return None, f"row {label!r} is ambiguous in table {table.id} ({len(hits)} rows); write {wanted.strip()} #1 … #{len(hits)}"
    return hits[0], ""


def find_cell(row: Row, column: str) -> Optional[int]:
    key = fold_spaces(column)
    for i, cell in enumerate(row.cells):
        if fold_spaces(cell.column) == key:
            return i
    return None


def resolve(docs: Sequence[LoadedDocument], corrections: Sequence[Correction]) -> tuple[list[AppliedCorrection], list[str]]:
    """Match every correction to one cell; the matches and the problems."""
    applied: list[AppliedCorrection] = []
    problems: list[str] = []
    seen: dict[tuple[str, str, int, int], int] = {}
    for c in corrections:
        where = f"row {c.line} ({c.document} / {c.table} / {c.row!r} / {c.column!r})"
        matches = [d for d in find_document(docs, c.document) if d.doc is not None]
        if not matches:
            names = ", ".join(d.stem for d in docs if d.doc is not None)
            problems.append(f"{where}: unknown document {c.document!r} (documents: {names})")
            continue
        if len(matches) > 1:
            problems.append(f"{where}: document {c.document!r} is ambiguous ({', '.join(d.output for d in matches)})")
            continue
        loaded = matches[0]
        tables = [t for t in loaded.doc.tables if t.id == c.table]
        if not tables:
            problems.append(f"{where}: unknown table {c.table!r} in {loaded.output} "
                            f"(tables: {', '.join(t.id for t in loaded.doc.tables)})")
            continue
        table = tables[0]
        ri, problem = find_row(table, c.row)
        if ri is None:
            problems.append(f"{where}: {problem}")
            continue
        ci = find_cell(table.rows[ri], c.column)
        if ci is None:
            columns = ", ".join(repr(x.column) for x in table.rows[ri].cells)
            problems.append(f"{where}: unknown column {c.column!r} in that row (cells: {columns})")
            continue
        cell = table.rows[ri].cells[ci]
        if c.status == "checked" and c.value is not None and (cell.value_mnkr is None or abs(cell.value_mnkr - c.value) > 1e-9):
            problems.append(f"{where}: marked checked with value {c.value} but the document has {cell.value_mnkr}; "
                            "use status corrected")
            continue
        key = (loaded.output, table.id, ri, ci)
        if key in seen:
            problems.append(f"{where}: same cell as row {seen[key]}")
            continue
        seen[key] = c.line
        new = c.value if c.status == "corrected" else cell.value_mnkr
        applied.append(AppliedCorrection(c, loaded.output, ri, ci, cell.value_mnkr, new))
    return applied, problems


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def apply_corrections(outdir: Path, corrections_file: Path, reviewer: Optional[str] = None,
                      at: Optional[str] = None) -> ApplyResult:
    """Merge a corrections file into the output JSONs of ``outdir`` (see the module
    docstring).  ``reviewer`` is used for rows without one; ``at`` (ISO time,
    default now, UTC) is recorded in each review.  Raises
    :class:`CorrectionError` (nothing written) when any row does not match, and
    :class:`pipeline.output.OutputLockedError` while a conversion run holds the folder."""
    outdir = Path(outdir)
    with OutputFolderLock(outdir):
        return _apply(outdir, corrections_file, reviewer, at)


def _apply(outdir: Path, corrections_file: Path, reviewer: Optional[str], at: Optional[str]) -> ApplyResult:
    corrections = read_corrections(corrections_file)
    problems = [f"row {c.line}: no reviewer (give one in the file or --reviewer)"
                for c in corrections if not (c.reviewer or reviewer)]
    docs = load_outputs(outdir)
    applied, more = resolve(docs, corrections)
    problems += more
    if problems:
        raise CorrectionError(problems)
    at = at or now_iso()
    by_output: dict[str, list[AppliedCorrection]] = {}
    for a in applied:
        by_output.setdefault(a.output, []).append(a)
    texts: dict[Path, str] = {}
    for output, items in sorted(by_output.items()):
        path = outdir / output
        data = json.loads(path.read_text(encoding="utf-8"))
        tables = {t["id"]: t for t in data["tables"]}
        for a in items:
            cell = tables[a.correction.table]["rows"][a.row_index]["cells"][a.cell_index]
            previous = cell.get("review") or {}
            corrected_before = previous.get("status") == "corrected" or cell.get("original_value_mnkr") is not None
            if a.correction.status == "corrected":
                if not corrected_before:
                    cell["original_value_mnkr"] = cell.get("value_mnkr")
                cell["value_mnkr"] = a.value_mnkr
                if a.value_mnkr is not None:  # the typed value follows the money value
                    cell["value"], cell["unit"] = a.value_mnkr, "mnkr"
            else:
                cell.setdefault("original_value_mnkr", None)
            cell["review"] = {"status": a.correction.status, "reviewer": a.correction.reviewer or reviewer,
                              "at": at, "note": a.correction.note}
        parse_document(data)  # still a valid document apart from the review fields
        texts[path] = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    for path, text in texts.items():
        atomic_write_text(path, text)
    return ApplyResult(applied=applied, files_written=sorted(texts), at=at)


# ---------------------------------------------------------------- command line


def add_apply_corrections_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("outdir", type=Path, metavar="OUTDIR", help="output folder of plandigit convert")
    p.add_argument("corrections", type=Path, metavar="CORRECTIONS",
                   help="CSV or JSON: document, table, row, column, value, status (checked|corrected), reviewer, note")
    p.add_argument("--reviewer", default=None, metavar="NAME", help="reviewer for rows that name none")


def run_apply_corrections(args: argparse.Namespace) -> int:
    if not Path(args.outdir).is_dir():
        print(f"plandigit: error: {args.outdir} is not a folder", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not Path(args.corrections).is_file():
        print(f"plandigit: error: corrections file {args.corrections} not found", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not any(d.doc is not None for d in load_outputs(args.outdir)):
        print(f"plandigit: error: {no_documents(args.outdir)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        result = apply_corrections(args.outdir, args.corrections, reviewer=args.reviewer)
    except CorrectionError as exc:
        print(f"plandigit: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OutputLockedError as exc:
        print(f"plandigit: error: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    corrected = sum(1 for a in result.applied if a.correction.status == "corrected")
    print(f"plandigit: {len(result.applied)} review mark(s) applied ({corrected} corrected, "
          f"{len(result.applied) - corrected} checked) in {len(result.files_written)} file(s)")
    return EXIT_OK


_HELP = "merge a reviewer's checked/corrected values into the output JSONs"
COMMAND = Subcommand("apply-corrections", _HELP, add_apply_corrections_arguments, run_apply_corrections)
