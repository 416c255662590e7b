"""Amount parsing, units and money context (example tests)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.money.amounts import (
    detect_unit,
    format_mnkr,
    is_money_context,
    money_value,
    parse_amount,
    parse_number,
    split_unit,
    unit_factor,
    unit_for,
)


@pytest.mark.parametrize(
    "raw,value",
    [
        ("2 059,1", "2059.1"),
        ("-1 051,2", "-1051.2"),
        ("−1 051,2", "-1051.2"),  # U+2212
        ("–18,5", "-18.5"),  # U+2013
        ("- 5", "-5"),
        ("+8,6", "8.6"),
        ("(3 914)", "-3914"),
        ("2\u00a0380", "2380"),
        ("1\u202f463,6", "1463.6"),
        ("1\u2009500", "1500"),
        ("2380", "2380"),
        ("0", "0"),
        ("0,0", "0.0"),
        ("110 387", "110387"),
        ("75,8 mnkr", "75.8"),  # a trailing unit is ignored (no scaling)
        ("544.3", "544.3"),  # OCR'd decimal comma
        (" 23,2 ", "23.2"),
        ("23,2 *)", "23.2"),  # footnote mark
        ("-51,7*", "-51.7"),
        ("1 500 SEK", "1500"),
    ],
)
def test_parse_number(raw, value):
    assert parse_number(raw) == Decimal(value)


@pytest.mark.parametrize(
    "raw",
    ["", "–", "5,1%", "3,0 %", "2021-2025", "2023-11-15", "2018:1174", "6(17)", "ingår i ovan",
     "019-602 10 00", "4011+ 4081", "1.500", "12 34", "1 2345", "abc", "Helt", ">77", "(-5)", "1,2,3"],
)
def test_parse_number_rejects_non_numbers(raw):
    assert parse_number(raw) is None


@pytest.mark.parametrize(
    "text,unit",
    [
        ("Belopp i mnkr", "mnkr"),
        ("(mnkr)", "mnkr"),
        ("Belopp, mnkr", "mnkr"),
        ("Mnkr", "mnkr"),
        ("Belopp i Mnrk", "mnkr"),
        ("mkr", "mnkr"),
        ("MSEK", "mnkr"),
        ("miljoner kronor", "mnkr"),
        ("(Tkr)", "tkr"),
        ("Belopp i tkr", "tkr"),
        ("kronor", "kr"),
        ("Belopp i kr", "kr"),
        ("miljarder", "mdkr"),
        ("1 miljard", "mdkr"),
        ("mdkr", "mdkr"),
        ("Sammanställning av bruttoinvesteringar, mnkr", "mnkr"),
        ("Utfall 2021, mnkr", "mnkr"),
        ("Belopp i SEK", "kr"),
        ("Belopp i rnnkr", "mnkr"),  # OCR "rn" for "m"
        ("Belopp i tusental kronor", "tkr"),
        ("Belopp i tusentals kronor", "tkr"),
        ("Belopp i 1000-tal kronor", "tkr"),
        ("(1 000 kr)", "tkr"),
    ],
)
def test_detect_unit(text, unit):
    assert detect_unit(text) == unit


@pytest.mark.parametrize("text", ["Summa", "Budget 2024", "Procent", "kostnad kr/kvm", "Antal årsarbetare", "Område IT",
                                  "Kronoberg", "Tkrafter", "Svarstid (sek)", ""])
def test_detect_unit_none(text):
    assert detect_unit(text) is None


def test_unit_factor():
    assert unit_factor("mnkr") == 1
    assert unit_factor("tkr") == Decimal("0.001")
    assert unit_factor("kr") == Decimal("0.000001")
    assert unit_factor("mdkr") == 1000
    assert unit_factor("Tkr") == Decimal("0.001")
    assert unit_factor("miljoner kronor") == 1
    with pytest.raises(ValueError):
        unit_factor("procent")


@pytest.mark.parametrize(
    "raw,unit,mnkr",
    [
        ("84 754", "tkr", "84.754"),
        ("2 380", "mnkr", "2380"),
        ("90 000", "kr", "0.09"),
        ("1,5", "mdkr", "1500"),
        ("375 tkr", "mnkr", "0.375"),  # the cell's own unit wins
        ("15,2 mkr", None, "15.2"),
        ("76 miljoner kronor", None, "76"),
        ("1 miljard kronor", "tkr", "1000"),
        ("(1 234)", "tkr", "-1.234"),
        ("90 000 SEK", "mnkr", "0.09"),
        ("21 000 kr", None, "0.021"),
        ("1 000 kr", "tkr", "0.001"),
        ("5 tusen kronor", None, "0.005"),
        ("−23,2", "mnkr", "-23.2"),
    ],
)
def test_parse_amount(raw, unit, mnkr):
    assert parse_amount(raw, unit) == Decimal(mnkr)


@pytest.mark.parametrize("raw,unit", [("2 380", None), ("5,1%", "mnkr"), ("ingår i ovan", "mnkr"), ("Helt", "tkr")])
def test_parse_amount_none(raw, unit):
    assert parse_amount(raw, unit) is None


def test_split_unit():
    assert split_unit("75,8 mnkr") == ("75,8", "mnkr")
    assert split_unit("375 tkr") == ("375", "tkr")
    assert split_unit("2 380") == ("2 380", None)


@pytest.mark.parametrize(
    "header,label,caption,money",
    [
        ("Budget 2024", "Övriga intäkter", "Belopp i mnkr", True),
        ("2024", "Personalkostnadsreduceringar", "(Tkr)", True),
        ("Antal årsarbetare 2024", "Totalsumma", "(Tkr)", False),
        ("Antal åa 2024", "Intäkter", "(Tkr)", False),
        ("Relation (%)", "Område IT", "Belopp i mnkr", False),
        ("Budget 2024", "Lönekostnadsökningstakt", "Procent", False),
        ("Procent", "Lönekostnadsökningstakt", "", False),
        ("Utfall", "Resultat %.", "", False),
        ("Utfall", "HME", "", False),
        ("Antal", "Summa", "Avgångsorsak", False),
        ("Timmar", "Summa", "", False),
        ("Sekunder", "Svarstid", "", False),
        ("Index", "AVI", "", False),
        ("Utfall 2021", "Antal årsarbetare", "Personal", False),
        ("Total investeringskalkyl", "Ettapp 2A Ny byggnad (slutkostnad inkl. index)", "(mnkr)", True),
        ("Budget- avvikelse", "Resultat", "Belopp i mnkr Budgetavvikelse 2021 Relation (%)", True),
        ("Utfall", "Kostnad, kr/kvm BRA", "", False),
        ("Svarstid, sek", "Växeln", "", False),
        ("Belopp, SEK", "Summa", "", True),
    ],
)
def test_is_money_context(header, label, caption, money):
    assert is_money_context(header, label, caption) is money


@pytest.mark.parametrize(
    "value,text",
    [("-2278.4", "-2 278,4"), ("84.754", "84,754"), ("0", "0,0"), ("1000000", "1 000 000,0"), ("23.25", "23,25")],
)
def test_format_mnkr(value, text):
    assert format_mnkr(Decimal(value)) == text


def test_unit_for_takes_the_first_unit_named():
    assert unit_for("2 380", "Summa", "Budget 2024", "6.3 Resultatbudget", "Belopp i mnkr") == "mnkr"
    assert unit_for("", "Lönekostnad (40-41) (mnkr)", "Utfall 2021", "(Tkr)") == "mnkr"
    assert unit_for(None, "Summa", "Budget") is None


@pytest.mark.parametrize(
    "raw,header,label,caption,above,mnkr",
    [
        ("388,5", "Utfall 2021", "Lönekostnad (40-41) (mnkr)", "Personalkostnader", "", "388.5"),
        ("84 754", "2024", "Totalsumma", "Summering av samtliga åtgärder", "(Tkr) 2024 2025 2026", "84.754"),
        ("2 380", "Budget 2024", "Summa intäkter", "6.3 Resultatbudget", "Belopp i mnkr", "2380"),
        ("298,2", "Utfall 2021, mnkr", "4011+ 4081", "Kostnadsanalys", "", "298.2"),
        ("6,0 %", "Utfall 2021", "Lönekostnadsökningstakt (%)", "Personalkostnader", "", None),
        ("49", "Antal årsarbetare 2024", "Totalsumma", "", "(Tkr)", None),
        ("0,4", "Relation (%)", "Område fastigheter", "Driftredovisning", "Belopp i mnkr", None),
        ("ingår i ovan", "Utfall 2021", "It-utrustning", "Sammanställning av bruttoinvesteringar, mnkr", "", None),
        (">0 mnkr", "Årets målvärde", "Regionstyrelsens och nämndernas resultat", "Styrtal", "", None),
        ("0 mnkr", "Årets målvärde", "Regionstyrelsens och nämndernas resultat", "Styrtal", "", "0"),
        ("15,3 mnkr", "Utfall, senast kända värde", "Regionstyrelsens och nämndernas resultat", "Styrtal", "", "15.3"),
        ("90 %", "Långsiktigt målvärde", "Andel", "Styrtal", "", None),
        ("2 380", "Budget 2024", "Summa", "Resultatbudget", "", None),  # no unit anywhere
    ],
)
def test_money_value(raw, header, label, caption, above, mnkr):
    expected = None if mnkr is None else Decimal(mnkr)
    assert money_value(raw, header, label, caption, above) == expected
