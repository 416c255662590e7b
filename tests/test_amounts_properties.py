"""Property tests: any amount in any printed form parses back to the same mnkr
value (in a cell and in running text); non-money numbers never become amounts."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.money.amounts import parse_amount, parse_number, unit_factor
from extractors.money.text_amounts import find_amounts

THOUSANDS = [" ", "\u00a0", "\u202f", "\u2009", ""]
MINUS = ["-", "\u2212", "\u2013"]
# printed unit word -> canonical unit
UNIT_WORDS = {
    "mnkr": "mnkr", "Mnkr": "mnkr", "mkr": "mnkr", "MSEK": "mnkr", "miljoner kronor": "mnkr",
    "tkr": "tkr", "Tkr": "tkr", "kr": "kr", "kronor": "kr",
    "mdkr": "mdkr", "miljarder kronor": "mdkr", "tusen kronor": "tkr", "SEK": "kr",
}


@st.composite
def amounts(draw) -> Decimal:
    """A Decimal of random magnitude, sign and number of decimals."""
    places = draw(st.integers(0, 3))
    units = draw(st.integers(0, 10**12))
    value = Decimal(units).scaleb(-places)
    return -value if draw(st.booleans()) else value


def print_number(value: Decimal, sep: str, minus: str, parens: bool, plus: bool) -> str:
    whole, _, frac = f"{abs(value):f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = sep.join(groups) + ("," + frac if frac else "")
    if value < 0:
        return f"({text})" if parens else minus + text
    return "+" + text if plus else text


@settings(max_examples=300, deadline=None)
@given(
    value=amounts(),
    sep=st.sampled_from(THOUSANDS),
    minus=st.sampled_from(MINUS),
    parens=st.booleans(),
    plus=st.booleans(),
    unit_word=st.sampled_from([None, *UNIT_WORDS]),
    unit_in_force=st.sampled_from(["mnkr", "tkr", "kr", "mdkr"]),
)
def test_any_printed_cell_amount_parses_back(value, sep, minus, parens, plus, unit_word, unit_in_force):
    printed = print_number(value, sep, minus, parens, plus)
    assert parse_number(printed) == value
    if unit_word is None:
        cell, unit = printed, unit_in_force
    else:
        cell, unit = f"{printed} {unit_word}", UNIT_WORDS[unit_word]
    assert parse_amount(cell, unit_in_force) == value * unit_factor(unit)


@settings(max_examples=200, deadline=None)
@given(
    value=amounts(),
    sep=st.sampled_from(THOUSANDS),
    minus=st.sampled_from(MINUS),
    plus=st.booleans(),
    unit_word=st.sampled_from(list(UNIT_WORDS)),
    lead=st.sampled_from(["Kostnaden blev", "Budgeten uppgår till ca", "Avvikelsen är", "Intäkterna var drygt"]),
)
def test_any_printed_text_amount_is_found(value, sep, minus, plus, unit_word, lead):
    printed = print_number(value, sep, minus, parens=False, plus=plus)
    text = f"Inledning 2024. {lead} {printed} {unit_word} enligt tabell 3."
    [found] = find_amounts(text)
    assert found.value_mnkr == value * unit_factor(UNIT_WORDS[unit_word])
    assert found.raw == f"{printed} {unit_word}"
    assert text[found.start:found.end] == found.raw
    assert found.sentence == f"{lead} {printed} {unit_word} enligt tabell 3."


_small = st.integers(1, 999)
_year = st.integers(1990, 2040)


@st.composite
def non_money(draw) -> str:
    """Numbers of the kinds that are not money, printed as in the documents."""
    kind = draw(st.sampled_from(
        ["percent", "procent", "st", "year", "range", "date", "date6", "law", "kap", "account", "phone",
         "page", "hours", "seconds", "index"]))
    n, m, y = draw(_small), draw(_small), draw(_year)
    dec = draw(st.integers(0, 9))
    thousands = draw(st.integers(1, 999_999))
    grouped = f"{thousands:,}".replace(",", draw(st.sampled_from([" ", "\u00a0"])))
    dash = draw(st.sampled_from(["-", "\u2013", "\u2212"]))
    return {
        "percent": f"{n},{dec}{draw(st.sampled_from(['%', ' %']))}",
        "procent": f"{n},{dec} procent",
        "st": f"{grouped} st",
        "year": f"år {y}",
        "range": f"{y}{dash}{y + draw(st.integers(1, 5))}",
        "date": f"{y}-{draw(st.integers(1, 12)):02d}-{draw(st.integers(1, 28)):02d}",
        "date6": f"{y % 100:02d}{draw(st.integers(1, 12)):02d}{draw(st.integers(1, 28)):02d}",
        "law": f"lag ({y}:{thousands})",
        "kap": f"{n} kap. {m} §",
        "account": f"{draw(st.integers(1000, 9999))}+ {draw(st.integers(1000, 9999))}",
        "phone": f"0{draw(st.integers(10, 99))}-{draw(st.integers(100, 999))} {draw(st.integers(10, 99))} "
                 f"{draw(st.integers(10, 99))}",
        "page": f"{n}({n + m})",
        "hours": f"{grouped} timmar",
        "seconds": f"{n} sekunder",
        "index": f"HME {n}",
    }[kind]


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(non_money(), min_size=1, max_size=4),
       lead=st.sampled_from(["Enligt", "Budgeten för", "Kostnaden i", "Servicenämnden, Verksamhetsplan med budget"]))
def test_non_money_numbers_are_never_amounts(parts, lead):
    text = f"{lead} " + " och ".join(parts) + "."
    assert find_amounts(text) == []
