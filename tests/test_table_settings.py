"""The table thresholds live in one object (extractors/tables/settings.py)
and reach every step: a changed setting changes what find_tables finds."""

from __future__ import annotations

import ast
from dataclasses import fields
from pathlib import Path

import pdfplumber
import pytest

from extractors.pages.text_layer import page_text
from extractors.tables import TableSettings, find_tables

REPO = Path(__file__).resolve().parents[1]
TABLES = REPO / "extractors" / "tables"


@pytest.fixture(scope="module")
def budget_page():
    """vp-2024 page 14: 6.3 Resultatbudget (row-ruled), 6.4 Driftbudget (a
    lattice), 6.5 Investeringsbudget (unruled)."""
    with pdfplumber.open(str(REPO / "samples" / "vp-2024-servicenamnden.pdf")) as pdf:
        return page_text(pdf.pages[13], 14)


def shapes(page, settings: TableSettings) -> list[tuple]:
    return [(g.strategy, len(g.header_rows), len(g.rows)) for g in find_tables(page, settings)]


def test_defaults(budget_page):
    assert shapes(budget_page, TableSettings()) == [("hruled", 1, 13), ("lattice", 2, 8), ("aligned", 1, 6)]


@pytest.mark.parametrize("change, expected", [
    # rulings shorter than the settings allow: the Driftbudget grid is read as rows ruled apart
    (dict(lattice_min_hrule=1000.0), [("hruled", 1, 13), ("hruled", 2, 8), ("hruled", 1, 6)]),
    # no rule stack: Resultatbudget is found by whitespace alone
    (dict(stack_min_rule=1000.0), [("aligned", 1, 13), ("lattice", 2, 8), ("aligned", 1, 6)]),
    # every chunk spans every column: the header lines of the unruled tables no longer fit
    (dict(span_share=0.0), [("aligned", 0, 11), ("lattice", 2, 8), ("aligned", 0, 5)]),
    (dict(min_value_lines=20), [("hruled", 1, 13), ("lattice", 2, 8)]),
])
def test_a_changed_setting_reaches_its_step(budget_page, change, expected):
    assert shapes(budget_page, TableSettings(**change)) == expected


def test_no_threshold_literals_left_in_the_table_modules():
    """Float literals in extractors/tables/ outside settings.py are clamps,
    offsets and sentinels only (0.0, 1.0, 2.0: ``max(1.0, width)``, a
    synthetic label column just left of the first one; 1e9: a chunk gap no
    line reaches, one chunk per line); a new threshold belongs in
    :class:`TableSettings`."""
    found = {}
    for path in sorted(TABLES.glob("*.py")):
        if path.name == "settings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and type(node.value) is float and node.value not in (0.0, 1.0, 2.0, 1e9):
                found.setdefault(path.name, []).append((node.lineno, node.value))
    assert found == {}


def test_every_setting_is_explained():
    """Each field of TableSettings has a comment on its line or the lines above it."""
    lines = (TABLES / "settings.py").read_text(encoding="utf-8").splitlines()
    for f in fields(TableSettings):
        i = next(k for k, ln in enumerate(lines) if ln.strip().startswith(f"{f.name}:"))
        commented = "#" in lines[i] or lines[i - 1].strip().startswith("#")
        assert commented, f.name
