"""Helpers shared by the hand-checked sample-spec tests (tests/test_spec_*.py)."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from samples.generator import spec as S

SUM_TOLERANCE = Decimal("0.2")


def blocks_of(doc: S.DocSpec, kind: type) -> list:
    return [b for b in doc.blocks if isinstance(b, kind)]


def tables(doc: S.DocSpec, kind: str | None = None) -> list[S.Table]:
    return [t for t in blocks_of(doc, S.Table) if kind is None or t.kind == kind]


def table(doc: S.DocSpec, title: str) -> S.Table:
    (found,) = [t for t in tables(doc) if t.title == title]
    return found


def number(raw: str) -> Decimal:
    return Decimal(re.sub(r"[ \u00a0]", "", raw).replace(",", ".").replace("−", "-"))


def money_cells(t: S.Table) -> list[str]:
    cols = range(len(t.columns)) if t.money_columns is None else t.money_columns
    return [row.cells[c] for row in t.rows if not row.group for c in cols if row.cells[c]]


def row(t: S.Table, label: str) -> S.TableRow:
    (found,) = [r for r in t.rows if r.label == label]
    return found


def all_texts(obj):
    """Every string inside a spec object, recursively."""
    if isinstance(obj, str):
        yield obj
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            yield from all_texts(getattr(obj, f.name))
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            yield from all_texts(x)
