"""Indicator / styrtal tables (extractors.interpret.indicator_table) on tiny PDFs."""

from __future__ import annotations

import pytest

from extractors.interpret.indicator_table import extract_indicators, is_indicator_table, normalise_status
from extractors.tables import find_tables
from tinypdf import Text, pages_of, table_ops


def test_report_indicator_table_ruled(tmp_path):
    rows = [
        ["Indikatorer", "Utfall", "Målvärde"],
        ["HME – Hållbart medarbetarengagemang ska öka\ni jämförelse med tidigare medarbetarenkät.", "79", ">77"],
        ["Kompetens i förändringsledning ska öka.", "Delvis", ""],
        ["Resultat %.", "5,1%", "2%"],
    ]
    ops = [Text(72, 90, "Mål: Medarbetarna ska vara engagerade.", bold=True)]
    t, _ = table_ops(72, 112, [300, 80, 80], rows, ruled=True, bold_rows=(0,))
    (page,) = pages_of(tmp_path, [ops + t])
    (grid,) = find_tables(page)
    assert is_indicator_table(grid)
    recs = extract_indicators(grid)
    assert [(r.text, r.outcome, r.target, r.status) for r in recs] == [
        ("HME – Hållbart medarbetarengagemang ska öka i jämförelse med tidigare medarbetarenkät.", "79", ">77", None),
        ("Kompetens i förändringsledning ska öka.", None, None, "delvis"),
        ("Resultat %.", "5,1%", "2%", None),
    ]
    assert all(r.page == 1 and r.bbox is not None for r in recs)


def test_unruled_indicator_table_with_status_words(tmp_path):
    rows = [
        ["Indikatorer", "Utfall", "Målvärde"],
        ["Det finns samverkansforum med kund.", "Helt", "Öka"],
        ["Sammanhållna leveranser till kund har ökat.", "Inte alls", "Öka"],
        ["Frisktalet ska förbättras.", "54%", "55%"],
    ]
    t, _ = table_ops(72, 112, [300, 80, 80], rows, bold_rows=(0,), pad=5)
    (page,) = pages_of(tmp_path, [t])
    (grid,) = find_tables(page)
    recs = extract_indicators(grid)
    assert [(r.outcome, r.target, r.status) for r in recs] == [
        (None, "Öka", "helt"), (None, "Öka", "inte alls"), ("54%", "55%", None)]  # a status word is the status


def test_styrtal_table(tmp_path):
    rows = [
        ["Styrtal", "Utfall, senast\nkända värde", "Årets\nmålvärde", "Långsiktigt\nmålvärde"],
        ["1. Hållbart medarbetarengagemang (HME):\nSka ligga på en hög nivå. (Utfall: 2024)", "79", "77–80", "80"],
        ["2. Sjukfrånvaron ska minska.\n(Utfall: 2024)", "5,7 %", "5,5 %", "4,9 %"],
    ]
    t, _ = table_ops(72, 112, [230, 80, 70, 80], rows, ruled=True, bold_rows=(0,))
    (page,) = pages_of(tmp_path, [t])
    (grid,) = find_tables(page)
    assert is_indicator_table(grid)
    recs = extract_indicators(grid)
    assert [(r.number, r.text, r.outcome, r.target, r.long_term_target) for r in recs] == [
        ("1.", "Hållbart medarbetarengagemang (HME): Ska ligga på en hög nivå. (Utfall: 2024)", "79", "77–80", "80"),
        ("2.", "Sjukfrånvaron ska minska. (Utfall: 2024)", "5,7 %", "5,5 %", "4,9 %"),
    ]


def test_budget_table_is_not_indicator_table(tmp_path):
    t, _ = table_ops(72, 112, [200, 80, 80], [
        ["Belopp i mnkr", "Utfall 2021", "Budget 2021"],
        ["Övriga intäkter", "2 059,1", "2 000,0"],
        ["Summa", "2 059,1", "2 000,0"],
    ], ruled=True, bold_rows=(0, 2))
    (page,) = pages_of(tmp_path, [t])
    (grid,) = find_tables(page)
    assert not is_indicator_table(grid)
    assert extract_indicators(grid) == []


@pytest.mark.parametrize("text,expected", [
    ("Helt", "helt"), ("delvis", "delvis"), ("Inte alls", "inte alls"), ("Ej uppfyllt", "inte alls"),
    ("79", None), ("värde saknas", None), (None, None),
])
def test_normalise_status(text, expected):
    assert normalise_status(text) == expected


def _grid(rows, row_pages):
    from models.contract import BBox
    from models.pagedata import GridCell, TableGrid

    box = BBox(x0=0, top=0, x1=1, bottom=1)
    grid = TableGrid(page=row_pages[0], bbox=box,
                     header_rows=[[GridCell(t, box) for t in ("Indikatorer", "Utfall", "Målvärde")]],
                     rows=[[GridCell(t, box if t else None) for t in r] for r in rows])
    grid.row_pages = row_pages  # as merge_continued leaves a table over two pages
    return grid


def test_comment_in_the_cell_continued_under_the_repeated_header():
    recs = extract_indicators(_grid([
        ["Det finns nyckeltal. Kommentar Område IT mäter tid. De mä-", "◆ Delvis", "◆ →"],
        # page 2, under the repeated header: the same cell goes on
        ["ter även registrering av arbetad tid. Övriga områden har inga nyckeltal ännu.", "", ""],
        ["Verksamheten involverar kunder. Kommentar Samtliga områden.", "● Helt", ""],
        ["Sammanhållna leveranser har ökat.", "", ""],  # a new indicator, nothing printed beside it
    ], [3, 4, 4, 4]))
    assert [(r.text, r.comment, r.status, r.trend, r.page) for r in recs] == [
        ("Det finns nyckeltal.", "Område IT mäter tid. De mäter även registrering av arbetad tid. "
                                 "Övriga områden har inga nyckeltal ännu.", "delvis", "oförändrat", 3),
        ("Verksamheten involverar kunder.", "Samtliga områden.", "helt", None, 4),
        ("Sammanhållna leveranser har ökat.", None, None, None, 4),
    ]


def test_kommentar_rows_under_an_indicator_are_its_comment_not_indicators():
    """A table without rules runs on into the "Kommentar" paragraph printed under it; a
    justified comment line may reach the value columns with its words."""
    grid = _grid([["HME ska öka i jämförelse med tidigare mätning.", "79", ">77"],
                  ["Kommentar", "", ""],
                  ["Indikatorn mättes genom en gemensam enkät.", "", ""],
                  ["Jämix ska öka.", "121", "120"],
                  ["Kommentar: En ny värdegrund beslutades i maj av", "regionstyrelsen och", "under hösten"],
                  ["Frisktalet ska förbättras.", "Delvis", ""]], [1] * 6)
    recs = extract_indicators(grid)
    assert [(r.text, r.outcome, r.status, r.comment) for r in recs] == [
        ("HME ska öka i jämförelse med tidigare mätning.", "79", None, "Indikatorn mättes genom en gemensam enkät."),
        ("Jämix ska öka.", "121", None, "En ny värdegrund beslutades i maj av regionstyrelsen och under hösten"),
        ("Frisktalet ska förbättras.", None, "delvis", None),
    ]
