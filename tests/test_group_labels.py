"""Pure rules behind issue 24's table classes: group labels printed unmerged
spread over their sub-columns (extractors.tables.headers), dot-grouped
thousands (extractors.money.amounts).  The PDFs of every class across three
engines are in tests/test_layout_tables.py."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from extractors.money.amounts import parse_number
from extractors.tables.headers import groups_over, spread_group_labels
from models.pagedata import GridCell


def row(*texts: str) -> list[GridCell]:
    return [GridCell(t, None, False) for t in texts]


def texts(rows: list[list[GridCell]]) -> list[list[str]]:
    return [[c.text for c in r] for r in rows]


def test_an_unmerged_group_label_spans_its_empty_neighbour():
    got = spread_group_labels([row("", "Budget 2024", "", "Prognos 2023", ""),
                               row("Belopp i mnkr", "Omsättning", "Varav budgetram", "Omsättning", "Varav budgetram")])
    assert texts(got)[0] == ["", "Budget 2024", "Budget 2024", "Prognos 2023", "Prognos 2023"]


def test_the_labels_spacing_bounds_each_group():
    """A column of its own after the last group ("Förändring %") stays its own."""
    got = spread_group_labels([row("", "", "Budget 2023", "", "Prognos 2022", "", ""),
                               row("", "Enhet", "Omsättning", "Varav", "Omsättning", "Varav", "Förändring %")])
    assert texts(got)[0] == ["", "", "Budget 2023", "Budget 2023", "Prognos 2022", "Prognos 2022", ""]


def test_a_year_column_beside_a_year_label_is_not_in_its_group():
    got = spread_group_labels([row("", "Budget 2024", ""), row("", "Omsättning", "Prognos 2023")])
    assert texts(got)[0] == ["", "Budget 2024", ""]


def test_no_spread_over_an_empty_sub_header():
    got = spread_group_labels([row("", "Budget 2024", ""), row("", "Omsättning", "")])
    assert texts(got)[0] == ["", "Budget 2024", ""]


def test_a_group_row_keeps_the_row_under_it_in_the_header():
    assert groups_over(row("", "Budget 2024", "", "Prognos 2023", ""), row("", "Oms", "Varav", "Oms", "Varav"))
    assert groups_over(row("", "Budget 2024", "Budget 2024"), row("", "Oms", "Varav"))
    assert not groups_over(row("Summa", "1 135", "0"), row("Område IT", "475", "0"))


@given(st.integers(min_value=1000, max_value=10**9), st.integers(min_value=0, max_value=9), st.booleans())
def test_dot_grouped_thousands_with_a_decimal_comma(whole, tenth, negative):
    grouped = f"{whole:,}".replace(",", ".")
    text = ("-" if negative else "") + f"{grouped},{tenth}"
    value = Decimal(whole) + Decimal(tenth) / 10
    assert parse_number(text) == (-value if negative else value)


def test_a_lone_dot_group_stays_ambiguous():
    assert parse_number("2.380") is None  # 2,38 or 2 380: not read as either
    assert parse_number("1.234.567") == Decimal(1234567)
