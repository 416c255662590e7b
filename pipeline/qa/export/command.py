"""``plandigit export OUTDIR [--format parquet|csv|duckdb] [-o DEST]``: the
converted JSON of an output folder (with reviewers' corrections) as relational
tables for migration and archive queries.

Every document is read and flattened before anything is written: a JSON that
does not validate against the contract, or a folder without converted
documents, raises :class:`ExportError` naming the file (exit code 2) and
nothing is written.  The same PDF converted twice (same sha256, another output
path) is exported once, from the first output path in sorted order.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from pipeline.commands import EXIT_OK, EXIT_USAGE, Subcommand
from pipeline.qa.corrections import load_outputs, no_documents
from pipeline.qa.export.rows import Row, document_rows, empty_tables
from pipeline.qa.series import assign_series
from pipeline.qa.export.write import DUCKDB_NAME, FORMATS, write_duckdb, write_files

EXPORT_DIR = "export"


class ExportError(ValueError):
    """The output folder cannot be exported (nothing was written)."""


@dataclass
class ExportResult:
    fmt: str
    written: list[Path]
    documents: int
    counts: dict[str, int]
    failed_inputs: list[str] = field(default_factory=list)  # manifest records without a document (failed or missing)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (output skipped, output kept)


def collect_rows(outdir: Path) -> tuple[dict[str, list[Row]], ExportResult]:
    """Every export table's rows for the documents of ``outdir``, in a stable
    order (documents by output path, then their own order)."""
    outdir = Path(outdir)
    if not outdir.is_dir():
        raise ExportError(f"{outdir} is not a folder")
    loaded = load_outputs(outdir)
    bad = [d for d in loaded if d.load_error is not None]
    if bad:
        raise ExportError("not a valid plandigit output (nothing exported):\n" + "\n".join(
            f"  - {d.path}: {d.load_error}" for d in bad))
    docs = [d for d in loaded if d.doc is not None]
    if not docs:
        raise ExportError(no_documents(outdir))
    rows = empty_tables()
    result = ExportResult(fmt="", written=[], documents=0, counts={},
                          failed_inputs=[d.record.input for d in loaded if d.doc is None and d.record is not None])
    kept: dict[str, str] = {}
    unique = []
    for d in docs:
        sha = d.doc.source.sha256
        if sha in kept:
            result.duplicates.append((d.output, kept[sha]))
            continue
        kept[sha] = d.output
        unique.append(d)
    # the same item across documents and years: one series id (pipeline.qa.series.py)
    series = assign_series([d.doc for d in unique])
    for d, links in zip(unique, series):
        for name, more in document_rows(d.doc, d.output, d.reviews, written_version=d.schema_version,
                                        series=links).items():
            rows[name].extend(more)
    result.documents = len(kept)
    result.counts = {name: len(r) for name, r in rows.items()}
    return rows, result


def export_folder(outdir: Path, fmt: str = "parquet", dest: Optional[Path] = None) -> ExportResult:
    """Export ``outdir`` as ``fmt`` into ``dest`` (default ``OUTDIR/export/``; for
    duckdb a folder for ``archive.duckdb`` or the ``.duckdb`` file itself)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    outdir = Path(outdir)
    rows, result = collect_rows(outdir)
    dest = Path(dest) if dest is not None else outdir / EXPORT_DIR
    if fmt == "duckdb":
        target = dest if dest.suffix.lower() == ".duckdb" else dest / DUCKDB_NAME
        if target.exists() and not target.is_file():
            raise ExportError(f"{target} exists and is not a file")
        result.written = write_duckdb(rows, target)
    else:
        if dest.exists() and not dest.is_dir():
            raise ExportError(f"{dest} exists and is not a folder")
        result.written = write_files(rows, dest, fmt)
    result.fmt = fmt
    return result


# ---------------------------------------------------------------- command line


def add_export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("outdir", type=Path, metavar="OUTDIR", help="output folder of plandigit convert")
    p.add_argument("--format", choices=FORMATS, default="parquet",
                   help="one Parquet or CSV file per table, or one DuckDB database with views (default: %(default)s)")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="DEST",
                   help=f"folder to write into (default: OUTDIR/{EXPORT_DIR}/); for duckdb also a .duckdb file")


def run_export(args: argparse.Namespace) -> int:
    return export_and_report(args.outdir, args.format, args.output)


def export_and_report(outdir: Path, fmt: str, dest: Optional[Path] = None) -> int:
    """Export and print a one-line summary (or the error); the exit code."""
    try:
        result = export_folder(outdir, fmt, dest)
    except ExportError as exc:
        print(f"plandigit: export: {exc}", file=sys.stderr)
        return EXIT_USAGE
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
    print(f"plandigit: exported {result.documents} document(s) as {result.fmt}: {counts}")
    for skipped, kept in result.duplicates:
        print(f"  {skipped}: the same PDF as {kept}, exported once")
    if result.failed_inputs:
        print(f"  {len(result.failed_inputs)} input(s) of the manifest have no document (failed or missing): "
              f"{', '.join(result.failed_inputs)}")
    folder = result.written[0].parent
    print(f"written: {folder} ({', '.join(p.name for p in result.written)})")
    return EXIT_OK


_HELP = "export the converted documents as tables (Parquet, CSV or a DuckDB database)"
COMMAND = Subcommand("export", _HELP, add_export_arguments, run_export)
