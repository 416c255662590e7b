"""Header words wrapped over lines (extractors.text.dehyphenate) and the
header cells of tiny PDFs built here: a narrow column breaking a word
without a hyphen over two and three lines, a hyphenation vs a word's own
hyphen at a wrap, a unit in a header moved to ``unit``, a header in a
table ruled with horizontal lines only, a header cell's last line in the
header's ruled band, a row label broken by a page."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.tables.table_model import to_table
from extractors.tables import find_tables, merge_continued
from extractors.text.dehyphenate import (
    is_compound,
    is_known,
    is_mid_word_break,
    join_wrapped,
    keeps_own_hyphen,
)
from tinypdf import Text, pages_of, table_ops


# --------------------------------------------------------------------------- pure functions

@pytest.mark.parametrize("parts,expected", [
    # broken without a hyphen in a narrow column: two lines
    (["Omsättnin", "g"], "Omsättning"),
    (["Utfallsavvik", "else"], "Utfallsavvikelse"),
    (["Budgetavvi", "kelse"], "Budgetavvikelse"),
    (["Total investeringsk", "alkyl"], "Total investeringskalkyl"),
    (["Total investeri", "ng-kalkyl"], "Total investering-kalkyl"),
    # ... and three lines (the middle line a fragment of its own)
    (["Omsätt", "nin", "g"], "Omsättning"),
    (["Utfallsa", "vvike", "lse"], "Utfallsavvikelse"),
    # word wraps: two words stay two words
    (["Utfall", "jan-dec 2021"], "Utfall jan-dec 2021"),
    (["Prognos", "helår"], "Prognos helår"),
    (["Totalt utfall", "tom dec", "2021"], "Totalt utfall tom dec 2021"),
    (["Beslutad budget", "tom 2021"], "Beslutad budget tom 2021"),
    (["Varav", "budgetram"], "Varav budgetram"),
    (["Varav", "bud", "getram"], "Varav budgetram"),  # the break is in the second word
    (["Budget", "pro", "gnos"], "Budget prognos"),
    (["Summa", "kostnader", "totalt"], "Summa kostnader totalt"),
    (["Objekt,", "objektbeskrivning"], "Objekt, objektbeskrivning"),
    (["Antal", "anst."], "Antal anst."),
    (["Kommentar", "till"], "Kommentar till"),
    (["Budget", "2024"], "Budget 2024"),
    # hyphenation undone
    (["Omsätt-", "ning"], "Omsättning"),
    (["Varav budget-", "ram"], "Varav budgetram"),
    (["Total investerings-", "kalkyl"], "Total investeringskalkyl"),
    (["Total investerings\u2010", "kalkyl"], "Total investeringskalkyl"),
    (["Utbildnings-", "plan"], "Utbildningsplan"),
    # a word's own hyphen kept at the wrap
    (["Total investering-", "kalkyl"], "Total investering-kalkyl"),
    (["Säkerhet-", "kostnad"], "Säkerhet-kostnad"),
    (["IT-", "stöd"], "IT-stöd"),
    (["Hälso-", "och sjukvård"], "Hälso- och sjukvård"),
])
def test_join_wrapped_header_words(parts, expected):
    assert join_wrapped(parts, mid_word=True) == expected


@pytest.mark.parametrize("parts,expected", [
    (["Utfallsavvik", "else"], "Utfallsavvik else"),  # body text: no mid-word joining
    (["Total investering-", "kalkyl"], "Total investering-kalkyl"),
    (["Omsätt-", "ning"], "Omsättning"),
])
def test_join_wrapped_body_text(parts, expected):
    assert join_wrapped(parts) == expected


@pytest.mark.parametrize("stem,head,expected", [
    ("investering", "kalkyl", True),  # -ing takes a linking s: "investeringskalkyl"
    ("investerings", "kalkyl", False),  # the linking s is there: a hyphenation
    ("omsätt", "ning", False),
    ("budget", "ram", False),  # "budgetram" is a word
    ("säkerhet", "arbete", False),  # before a vowel: a hyphenation would not fall there
    ("ring", "signal", False),  # too short to be an -ing noun
])
def test_keeps_own_hyphen(stem, head, expected):
    assert keeps_own_hyphen(stem, head) is expected


@pytest.mark.parametrize("word,known,compound", [
    ("investering", True, False),  # "investeringar" in the word list
    ("utfall", True, False),
    ("avvikelse", True, False),
    ("utfallsavvikelse", False, True),  # utfall + s + avvikelse
    ("utfallsavvik", False, False),
    ("else", False, False),
    ("omsättnin", False, False),
])
def test_vocabulary(word, known, compound):
    assert is_known(word) is known
    assert is_compound(word) is compound


def test_mid_word_break_needs_a_lower_case_continuation():
    assert not is_mid_word_break("Omsättnin", "G")
    assert not is_mid_word_break("Budget", "2024")
    assert not is_mid_word_break("Total", "och mer")
    assert not is_mid_word_break("Antal", "anst.")


_FRAGMENTS = ["Omsättning", "Utfallsavvikelse", "Budgetavvikelse", "Investeringskalkyl", "Varav budgetram",
              "Beslutad budget tom 2021", "Prognos helår", "Utfall jan-dec 2021", "Totalt utfall tom dec 2021"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_FRAGMENTS), st.data())
def test_header_broken_anywhere_between_words_joins_back(header, data):
    """A header wrapped at any of its word spaces reads back as printed."""
    words = header.split()
    cuts = sorted(data.draw(st.sets(st.integers(1, max(1, len(words) - 1)), max_size=len(words) - 1)))
    lines, start = [], 0
    for c in cuts + [len(words)]:
        if c > start:
            lines.append(" ".join(words[start:c]))
            start = c
    assert join_wrapped(lines, mid_word=True) == header


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["Omsättning", "Utfallsavvikelse", "Budgetavvikelse", "Investeringskalkyl"]), st.data())
def test_long_word_broken_without_hyphen_joins_back(word, data):
    """A single long header word broken by a narrow column as renderers
    break it — every line but the last filled to the same width, the last
    no longer — reads back whole, over two lines or three."""
    width = data.draw(st.integers(max(4, -(-len(word) // 3)), len(word) - 1))
    lines = [word[i:i + width] for i in range(0, len(word), width)]
    assert join_wrapped(lines, mid_word=True) == word


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrsåäö -,", min_size=0, max_size=30),
       st.text(alphabet="abcdefghijklmnopqrsåäö -,", min_size=0, max_size=30))
def test_join_wrapped_never_loses_letters(a, b):
    joined = join_wrapped([a, b], mid_word=True)
    assert [c for c in joined if c.isalpha()] == [c for c in a + b if c.isalpha()]


# --------------------------------------------------------------------------- tiny PDFs

def _tables(tmp_path, pages):
    pdf_pages = pages_of(tmp_path, pages)
    grids = [g for p in pdf_pages for g in find_tables(p)]
    return [to_table(g, f"t{i + 1}") for i, g in enumerate(merge_continued(grids, pdf_pages))]


_BODY = [["Område fastigheter", "1 135,0", "1 136,5"], ["Område IT", "410,2", "398,4"], ["Summa", "1 545,2", "1 534,9"]]


@pytest.mark.parametrize("ruled", [True, False])
@pytest.mark.parametrize("header,name", [
    ("Omsättnin\ng", "Omsättning"),
    ("Utfallsavvik\nelse", "Utfallsavvikelse"),
    ("Omsätt\nnin\ng", "Omsättning"),
    ("Utfallsa\nvvike\nlse", "Utfallsavvikelse"),
])
def test_narrow_column_header_broken_mid_word(tmp_path, ruled, header, name):
    rows = [["Belopp i mnkr", header, "Budget 2021"]] + _BODY
    ops, _ = table_ops(72, 100, [200, 60, 80], rows, ruled=ruled, bold_rows=(0,))
    (t,) = _tables(tmp_path, [ops])
    assert t.columns == [name, "Budget 2021"]
    assert t.unit == "mnkr"
    assert [c.value_mnkr for c in t.rows[1].cells] == [410.2, 398.4]


@pytest.mark.parametrize("header,name", [
    ("Total\ninvesterings-\nkalkyl", "Total investeringskalkyl"),  # a hyphenation
    ("Total\ninvestering-\nkalkyl", "Total investering-kalkyl"),  # the word's own hyphen
    ("Varav\nbudget-\nram", "Varav budgetram"),
])
def test_hyphen_at_a_header_wrap(tmp_path, header, name):
    rows = [["(mnkr)", header, "Beslutad\nbudget tom\n2021"]] + _BODY
    ops, _ = table_ops(72, 100, [200, 70, 70], rows, ruled=True, bold_rows=(0,))
    (t,) = _tables(tmp_path, [ops])
    assert t.columns == [name, "Beslutad budget tom 2021"]
    assert t.rows[0].cells[0].value_mnkr == 1135.0


def test_unit_in_headers_moves_to_the_tables_unit(tmp_path):
    rows = [["Konto", "Utfall 2021,\nmnkr", "Utfall 2020,\nmnkr", "Förändring,\nmnkr"],
            ["Månadslöner", "298,2", "290,5", "7,7"], ["Timanställda", "10,2", "9,3", "0,9"],
            ["Summa", "308,4", "299,8", "8,6"]]
    ops, _ = table_ops(72, 100, [180, 80, 80, 80], rows, ruled=True, bold_rows=(0,))
    (t,) = _tables(tmp_path, [ops])
    assert t.columns == ["Utfall 2021", "Utfall 2020", "Förändring"]
    assert t.printed_columns == ["Utfall 2021, mnkr", "Utfall 2020, mnkr", "Förändring, mnkr"]
    assert t.unit == "mnkr"
    assert {c.column: c.value_mnkr for c in t.rows[0].cells} == {"Utfall 2021": 298.2, "Utfall 2020": 290.5,
                                                                 "Förändring": 7.7}


def test_header_of_a_table_with_horizontal_rules_only(tmp_path):
    rows = [["Belopp i mnkr", "Utfall\n2021", "Budget\n2021", "Budgetavvi\nkelse"],
            ["Övriga intäkter", "2 059,1", "2 058,3", "0,8"], ["Personalkostnader", "-576,3", "-582,9", "6,6"],
            ["Resultat", "1 482,8", "1 475,4", "7,4"]]
    ops, _ = table_ops(72, 100, [200, 70, 70, 60], rows, ruled=True, rules="horizontal", bold_rows=(0,))
    (t,) = _tables(tmp_path, [ops])
    assert t.columns == ["Utfall 2021", "Budget 2021", "Budgetavvikelse"]
    assert [r.label for r in t.rows] == ["Övriga intäkter", "Personalkostnader", "Resultat"]
    assert t.rows[1].cells[2].value_mnkr == 6.6


def test_header_cells_last_line_stays_in_the_header_band(tmp_path):
    """"Totalt utfall tom dec" / "2021": a year alone on a header cell's last
    line, inside the header's ruled band, is header, not a body row."""
    rows = [["(mnkr)", "Total\ninvesteringskalkyl", "Totalt utfall\ntom dec\n2021", "Status"],
            ["Solpaneler", "25", "13", "Byggnation"], ["Regionstyrelsen totalt", "25", "13", ""]]
    ops, _ = table_ops(72, 100, [200, 90, 70, 80], rows, ruled=True, bold_rows=(0,))
    (t,) = _tables(tmp_path, [ops])
    assert t.columns == ["Total investeringskalkyl", "Totalt utfall tom dec 2021", "Status"]
    assert [r.label for r in t.rows] == ["Solpaneler", "Regionstyrelsen totalt"]


def test_row_label_broken_by_a_page_is_one_row(tmp_path):
    header = ["Belopp i mnkr", "Budget 2024", "Budget 2023"]
    rows1 = [header, ["Summa intäkter", "2 380,0", "2 381,4"], ["Verksamhetens", "181,0", "103,0"]]
    rows2 = [header, ["nettokostnader", "", ""], ["Finansnetto", "-150,0", "-66,4"]]
    t1, _ = table_ops(72, 720, [220, 80, 80], rows1, ruled=True, bold_rows=(0,))
    t2, _ = table_ops(72, 72, [220, 80, 80], rows2, ruled=True, bold_rows=(0,))
    (t,) = _tables(tmp_path, [t1, t2])
    assert [r.label for r in t.rows] == ["Summa intäkter", "Verksamhetens nettokostnader", "Finansnetto"]
    assert [c.value_mnkr for c in t.rows[1].cells] == [181.0, 103.0]


def test_unruled_one_column_table_goes_on_after_spacer_rows(tmp_path):
    ops = [Text(72, 80, "Objekt, objektbeskrivning", bold=True), Text(450, 80, "Belopp, mnkr", bold=True)]
    y = 95.0
    for block in ([("Vårdsystem:", ""), ("Serverar, hårdvara", "4,8"), ("Certifikat, licenser", "8,6")],
                  [("Drifttjänster:", ""), ("Stamnät, accessnät", "23,3")],
                  [("Summa IT investeringar", "36,7")]):
        for label, value in block:
            ops.append(Text(72, y, label))
            if value:
                ops.append(Text(515, y, value, align="right"))
            y += 15
        y += 15  # an empty spacer row between the groups
    (t,) = _tables(tmp_path, [ops])
    assert t.columns == ["Belopp"] and t.unit == "mnkr"
    assert [r.label for r in t.rows if r.cells and r.cells[0].value_mnkr is not None] == [
        "Serverar, hårdvara", "Certifikat, licenser", "Stamnät, accessnät", "Summa IT investeringar"]
