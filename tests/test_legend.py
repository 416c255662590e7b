"""Symbol legends (extractors.interpret.legend): parsing "Symbolförklaringar" lines, splitting
a cell's symbols from its text, and the meaning of a symbol in a document's legend."""

from __future__ import annotations

import pytest

from extractors.interpret.legend import Legend, is_arrow, is_symbol, is_title, parse_entries, split_symbols, trend_word
from extractors.interpret.indicator_table import read_cells


@pytest.mark.parametrize("text,expected", [
    ("✓ = Avslutad ⚠ = Ej genomförd", [("✓", "Avslutad"), ("⚠", "Ej genomförd")]),
    ("✓ = Avslutad   ⚠ = Ej genomförd", [("✓", "Avslutad"), ("⚠", "Ej genomförd")]),
    ("● = uppnått eller överträffat målnivån", [("●", "uppnått eller överträffat målnivån")]),
    ("→ = resultatet är oförändrat", [("→", "resultatet är oförändrat")]),
    ("○ = värde saknas för perioden", [("○", "värde saknas för perioden")]),
    ("●=helt", [("●", "helt")]),
    # the symbol was not printed (a base-14 font has no glyph for it)
    ("= helt", [("", "helt")]),
    ("= Avslutad = Ej genomförd", [("", "Avslutad"), ("", "Ej genomförd")]),
    # not legend lines
    ("Resultat: 5 = bra", None),
    ("a = b", None),
    ("Förändringspilar, utveckling under året", None),
    ("Summa intäkter = 2 059,1 mnkr", None),
    ("", None),
])
def test_parse_entries(text, expected):
    assert parse_entries(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("● Helt", (["●"], "Helt")),
    ("◆ Delvis", (["◆"], "Delvis")),
    ("■ Inte alls", (["■"], "Inte alls")),
    ("○", (["○"], "")),
    ("● →", (["●", "→"], "")),
    ("◆ ↘", (["◆", "↘"], "")),
    ("●Helt", (["●"], "Helt")),
    (">77", ([], ">77")),
    ("<5", ([], "<5")),
    ("6,22%", ([], "6,22%")),
    ("■ —", (["■"], "—")),
    ("", ([], "")),
])
def test_split_symbols(text, expected):
    assert split_symbols(text) == expected


def test_symbol_classes():
    assert all(is_symbol(c) for c in "●◆■○✓✔⚠→↗↘▲")
    assert not any(is_symbol(c) for c in "<>=+-%a1•—")
    assert is_arrow("→") and is_arrow("↗") and not is_arrow("●")
    assert is_title("Symbolförklaringar") and is_title("Symbolförklaring:") and is_title("Teckenförklaring")
    assert not is_title("Symbolförklaringar till tabellen över investeringar i fastigheter")
    assert trend_word("resultatet har förbättrats") == "förbättrats"
    assert trend_word("resultatet är oförändrat.") == "oförändrat"


def _seed_legend() -> Legend:
    """Seed 001's chapter-4 legend and its internal-control legend."""
    legend = Legend()
    legend.start_group("Färgindikatorer, resultat måluppfyllelse helår")
    legend.add([("●", "uppnått eller överträffat målnivån"), ("◆", "mindre, acceptabel avvikelse från målnivån"),
                ("■", "större negativ avvikelse från målnivån")])
    legend.start_group("Förändringspilar, utveckling under året")
    legend.add([("↗", "resultatet har förbättrats"), ("→", "resultatet är oförändrat"),
                ("↘", "resultatet har försämrats")])
    legend.start_group("Indikatorer, status för perioden vid helår")
    legend.add([("●", "helt"), ("◆", "delvis"), ("■", "inte alls"), ("○", "värde saknas för perioden")])
    legend.start_group()
    legend.add([("✓", "Avslutad"), ("⚠", "Ej genomförd")])
    return legend


def test_meanings_from_the_documents_legend():
    legend = _seed_legend()
    # the same shapes mean a colour in one group and a status in another: status comes from the status group
    assert [legend.status(s) for s in "●◆■○"] == ["helt", "delvis", "inte alls", None]
    assert [legend.trend(s) for s in "↗→↘"] == ["förbättrats", "oförändrat", "försämrats"]
    assert legend.trend("↑") is None  # this legend has arrows, but not this one
    assert [legend.action_status(s) for s in "✓✔⚠"] == ["Avslutad", "Avslutad", "Ej genomförd"]


def test_a_legend_overrides_the_builtin_meanings():
    legend = Legend()
    legend.add([("■", "helt"), ("●", "inte alls")])
    assert legend.status("■") == "helt" and legend.status("●") == "inte alls"
    assert legend.status("◆") is None  # the document explains its symbols; ◆ is not among them
    legend.start_group()
    legend.add([("✓", "Genomförd"), ("✗", "Ej påbörjad")])
    assert legend.action_status("✓") == "Genomförd" and legend.action_status("✗") == "Ej påbörjad"


def test_builtin_meanings_without_a_legend():
    legend = Legend()
    assert [legend.status(s) for s in "●◆■○"] == ["helt", "delvis", "inte alls", None]
    assert [legend.trend(s) for s in "↗↑→↘↓"] == ["förbättrats", "förbättrats", "oförändrat", "försämrats", "försämrats"]
    assert [legend.action_status(s) for s in "✓✔⚠"] == ["Avslutad", "Avslutad", "Ej genomförd"]
    assert legend.status("★") is None


def test_lost_symbols_in_a_legend_match_nothing():
    legend = Legend()
    legend.add([("", "helt"), ("", "delvis")])
    assert legend.groups[0].entries == {}
    assert legend.status("●") == "helt"  # nothing usable was printed: the built-in meaning


@pytest.mark.parametrize("outcome,target,expected", [
    ("● Helt", "● →", (None, None, "helt", "oförändrat")),
    ("◆", "◆ ↗", (None, None, "delvis", "förbättrats")),
    ("■ Inte alls", "■ ↘", (None, None, "inte alls", "försämrats")),
    ("○", None, (None, None, None, None)),
    ("79", ">77", ("79", ">77", None, None)),
    ("6,22%", "◆ ↘", ("6,22%", None, None, "försämrats")),
    ("4,8%", "■ —", ("4,8%", None, None, None)),  # a dash is neither a target nor an arrow of the legend
    ("Delvis", "Öka", (None, "Öka", "delvis", None)),  # the status word is the status, not an outcome
    ("värde saknas", "", (None, None, None, None)),
])
def test_read_cells(outcome, target, expected):
    assert read_cells(outcome, target, _seed_legend()) == expected
