"""Writing the export's tables: Parquet (pyarrow), CSV, or one DuckDB database
with views — every schema from :mod:`pipeline.qa.export.dictionary`.

Every file is written under a temporary name in its target folder and renamed
into place (:func:`pipeline.output.atomic_write_bytes`; the DuckDB file is
built under a temporary name and renamed once closed), so a reader never sees
half of one.  Rows are written in the order given (the caller's stable
order); CSV of the same rows is byte-identical.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path
from typing import Any, Mapping, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.output import TEMP_SUFFIX, atomic_write_bytes, atomic_write_text, remove_quietly
from pipeline.qa.export.dictionary import (
    TABLE_DEFS,
    VIEW_DESCRIPTIONS,
    TableDef,
    dictionary_json,
    dictionary_markdown,
)
from pipeline.qa.export.views import VIEWS

FORMATS = ("parquet", "csv", "duckdb")
DUCKDB_NAME = "archive.duckdb"
DICTIONARY_JSON = "data-dictionary.json"
DICTIONARY_MD = "data-dictionary.md"

_ARROW_TYPES = {"string": pa.string(), "integer": pa.int64(), "float": pa.float64(), "boolean": pa.bool_()}
_SQL_TYPES = {"string": "VARCHAR", "integer": "BIGINT", "float": "DOUBLE", "boolean": "BOOLEAN"}

Rows = Mapping[str, Sequence[Mapping[str, Any]]]


def arrow_schema(table: TableDef) -> pa.Schema:
    return pa.schema([pa.field(c.name, _ARROW_TYPES[c.type], nullable=c.null is not None) for c in table.columns])


def arrow_table(table: TableDef, rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    schema = arrow_schema(table)
    columns = {c.name: [r[c.name] for r in rows] for c in table.columns}
    return pa.Table.from_pydict(columns, schema=schema)


def parquet_bytes(table: TableDef, rows: Sequence[Mapping[str, Any]]) -> bytes:
    sink = io.BytesIO()
    pq.write_table(arrow_table(table, rows), sink, compression="zstd")
    return sink.getvalue()


def csv_text(table: TableDef, rows: Sequence[Mapping[str, Any]]) -> str:
    """RFC 4180 CSV (comma, ``\\n`` line ends, quotes only where needed), header =
    the column names; empty = null; floats in Python's shortest round-trip form
    ("2380.0", "5.1"); booleans ``true``/``false``."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    names = table.column_names
    writer.writerow(names)
    for row in rows:
        writer.writerow([_csv_value(row[n]) for n in names])
    return buf.getvalue()


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_dictionary(folder: Path) -> list[Path]:
    paths = [Path(folder) / DICTIONARY_JSON, Path(folder) / DICTIONARY_MD]
    atomic_write_text(paths[0], dictionary_json())
    atomic_write_text(paths[1], "# plandigit export\n\n" + dictionary_markdown())
    return paths


def write_files(rows: Rows, folder: Path, fmt: str) -> list[Path]:
    """One ``<table>.parquet`` or ``<table>.csv`` per table, plus the data
    dictionary; returns the paths written."""
    folder = Path(folder)
    data: list[tuple[Path, bytes]] = []
    for table in TABLE_DEFS:
        if fmt == "parquet":
            data.append((folder / f"{table.name}.parquet", parquet_bytes(table, rows[table.name])))
        elif fmt == "csv":
            data.append((folder / f"{table.name}.csv", csv_text(table, rows[table.name]).encode("utf-8")))
        else:
            raise ValueError(f"unknown format {fmt!r}")
    for path, content in data:  # everything is built before the first file is replaced
        atomic_write_bytes(path, content)
    return [p for p, _ in data] + write_dictionary(folder)


def write_duckdb(rows: Rows, path: Path) -> list[Path]:
    """The database ``path`` with every table, column comments from the
    dictionary and the views; plus the data dictionary beside it."""
    import duckdb

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # DuckDB makes the file itself; the unique name is what we wanted
    wal = Path(f"{tmp}.wal")
    try:
        con = duckdb.connect(str(tmp))
        try:
            for table in TABLE_DEFS:
                _create_table(con, table, arrow_table(table, rows[table.name]))
            for name, sql in VIEWS.items():
                con.execute(sql)
                con.execute(f"COMMENT ON VIEW {name} IS {_sql_string(VIEW_DESCRIPTIONS[name])}")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        remove_quietly([tmp, wal])
        raise
    return [path] + write_dictionary(path.parent)


def _create_table(con, table: TableDef, data: pa.Table) -> None:
    columns = ", ".join(f'"{c.name}" {_SQL_TYPES[c.type]}{"" if c.null is not None else " NOT NULL"}'
                        for c in table.columns)
    con.execute(f'CREATE TABLE "{table.name}" ({columns})')
    con.register("export_source", data)
    try:
        con.execute(f'INSERT INTO "{table.name}" SELECT * FROM export_source')
    finally:
        con.unregister("export_source")
    con.execute(f'COMMENT ON TABLE "{table.name}" IS {_sql_string(table.description)}')
    for c in table.columns:
        text = c.description + (f" Empty: {c.null}." if c.null else "")
        con.execute(f'COMMENT ON COLUMN "{table.name}"."{c.name}" IS {_sql_string(text)}')


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
