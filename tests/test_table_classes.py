"""The table failure classes of issue 9, each on tiny focused PDFs from three
producers: real Chromium print-to-PDF and LibreOffice Writer output
(tests/data/tables/, made by tests/data/tables/make.py) and reportlab
(tests/tinypdf.py).  Every test asserts the exact column names, row labels
and cell values."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from extractors.tables.table_model import to_table
from extractors.tables import find_tables, merge_continued
from models.contract import Table
from pipeline.convert import Converter
from tinypdf import Rule, Text, build_pdf, pages_of, paragraph, table_ops

DATA = Path(__file__).resolve().parent / "data" / "tables"
PRODUCERS = ["chromium", "libreoffice"]


@pytest.fixture(scope="module")
def converter():
    return Converter()


def converted(converter, path: Path):
    return converter.convert(path)


def only_table(doc) -> Table:
    assert len(doc.tables) == 1, [(t.title, t.columns) for t in doc.tables]
    return doc.tables[0]


def values(table: Table, label: str) -> dict[str, float]:
    (row,) = [r for r in table.rows if r.label == label]
    return {c.column: c.value_mnkr for c in row.cells}


def tables_of(tmp_path, pages_ops) -> list[Table]:
    pages = pages_of(tmp_path, pages_ops)
    grids = merge_continued([g for p in pages for g in find_tables(p)], pages)
    return [to_table(g, f"t{i + 1}") for i, g in enumerate(grids)]


def _case(name: str):
    """A case of tests/data/tables/make.py (the spec the producer PDFs were made from)."""
    spec = importlib.util.spec_from_file_location("tables_make", DATA / "make.py")
    make = sys.modules.setdefault("tables_make", importlib.util.module_from_spec(spec))
    if not hasattr(make, "CASES"):
        spec.loader.exec_module(make)
    (case,) = [c for c in make.CASES if c.name == name]
    return case


def centred(text: str, left: float, right: float, top: float, size: float = 10.0, bold: bool = False) -> Text:
    width = stringWidth(text, "Helvetica-Bold" if bold else "Helvetica", size)
    return Text((left + right - width) / 2, top, text, size=size, bold=bold)


RESULT_COLUMNS = ["Budget 2024", "Prognos 2023", "Budget 2023"]
TWO_LEVEL = ["Budget 2024 Omsättning", "Budget 2024 Varav budgetram",
             "Prognos 2023 Omsättning", "Prognos 2023 Varav budgetram"]


# ------------------------------------------------------------ 1 two-level column headers


@pytest.mark.parametrize("producer", PRODUCERS)
def test_two_level_header_grid(converter, producer):
    t = only_table(converted(converter, DATA / f"two_level.{producer}.pdf"))
    assert t.columns == TWO_LEVEL
    assert t.unit == "mnkr"
    assert [r.label for r in t.rows] == ["Fastigheter", "Måltider", "IT", "Summa"]
    assert values(t, "Fastigheter") == dict(zip(TWO_LEVEL, [1014.5, 312.0, 998.2, 305.1]))
    assert values(t, "Summa") == dict(zip(TWO_LEVEL, [1666.8, 513.2, 1634.5, 501.2]))


@pytest.mark.parametrize("producer", PRODUCERS)
def test_two_level_header_with_horizontal_rules_only(converter, producer):
    """Rules above, under the header and between rows, none vertical; the
    group cells centred over their two sub-columns; a sub-header wrapped with
    a soft hyphen ("Varav budget-" / "ram") or broken mid-word ("Omsättnin" / "g")."""
    t = only_table(converted(converter, DATA / f"hrules_two_level.{producer}.pdf"))
    assert t.columns == TWO_LEVEL
    assert [r.label for r in t.rows] == ["Kost och service", "Regionfastigheter", "Summa"]
    assert values(t, "Regionfastigheter") == dict(zip(TWO_LEVEL, [1014.5, 312.0, 998.2, 305.1]))
    assert values(t, "Summa") == dict(zip(TWO_LEVEL, [1416.8, 432.7, 1393.2, 423.3]))


@pytest.mark.parametrize("producer", PRODUCERS)
def test_two_level_header_unruled(converter, producer):
    t = only_table(converted(converter, DATA / f"unruled_two_level.{producer}.pdf"))
    assert t.columns == TWO_LEVEL
    assert [r.label for r in t.rows] == ["Kost och service", "Regionfastigheter", "Summa"]
    assert values(t, "Summa") == dict(zip(TWO_LEVEL, [1416.8, 432.7, 1393.2, 423.3]))


@pytest.mark.parametrize("producer", PRODUCERS)
def test_row_ruled_table_over_a_page_break_with_repeated_header(converter, producer):
    doc = converted(converter, DATA / f"continued.{producer}.pdf")
    t = only_table(doc)
    assert t.pages == [1, 2]
    assert t.columns == RESULT_COLUMNS
    assert [r.label for r in t.rows] == [f"Objekt {n:02d}" for n in range(1, 51)]
    assert values(t, "Objekt 50") == dict(zip(RESULT_COLUMNS, [50.5, 51.0, 52.5]))
    assert not [w for w in doc.warnings if w.code in ("table_not_joined", "unresolved_header")]


def _two_level_ops(rules: str) -> list:
    """reportlab: group headers centred over two sub-columns each, no rule
    between the sub-columns in the group row; ``rules`` none / horizontal
    (booktabs-like, a short rule under each group) / under_header / top_bottom."""
    xs = [72, 230, 300, 380, 450, 530]
    ops: list = [Text(72, 92, "Driftbudget, mnkr", bold=True)]
    ops += [centred("Budget 2024", xs[1], xs[3], 110), centred("Prognos 2023", xs[3], xs[5], 110)]
    ops += [Text(76, 124, "Område")]
    for k, name in enumerate(["Omsättning", "Varav budget-", "Omsättning", "Varav budget-"]):
        ops.append(Text(xs[k + 2] - 4, 124, name, align="right"))
    ops += [Text(xs[3] - 4, 136, "ram", align="right"), Text(xs[5] - 4, 136, "ram", align="right")]
    rows = [("Kost och service", ["402,3", "120,7", "395,0", "118,2"]),
            ("Regionfastigheter", ["1 014,5", "312,0", "998,2", "305,1"]),
            ("Summa", ["1 416,8", "432,7", "1 393,2", "423,3"])]
    top = 156
    for label, vals in rows:
        ops.append(Text(76, top, label, bold=label == "Summa"))
        ops += [Text(xs[k + 2] - 4, top, v, align="right", bold=label == "Summa") for k, v in enumerate(vals)]
        top += 16
    if rules == "horizontal":
        ops += [Rule(72, 104, 530, 104), Rule(72, 150, 530, 150), Rule(72, top, 530, top)]
        ops += [Rule(xs[1] + 4, 122, xs[3] - 4, 122), Rule(xs[3] + 4, 122, xs[5] - 4, 122)]  # under each group
    elif rules == "under_header":  # one rule under the header, one under the table
        ops += [Rule(72, 150, 530, 150), Rule(72, top, 530, top)]
    elif rules == "top_bottom":
        ops += [Rule(72, 104, 530, 104), Rule(72, top, 530, top)]
    ops += paragraph(72, top + 24, ["Budgeten bygger på de antaganden som beskrivs i avsnitt sex."])[0]
    return ops


@pytest.mark.parametrize("rules", ["none", "horizontal", "under_header", "top_bottom"])
def test_two_level_header_reportlab(tmp_path, rules):
    (t,) = tables_of(tmp_path, [_two_level_ops(rules)])
    assert t.columns == TWO_LEVEL
    assert [r.label for r in t.rows] == ["Kost och service", "Regionfastigheter", "Summa"]
    assert values(t, "Kost och service") == dict(zip(TWO_LEVEL, [402.3, 120.7, 395.0, 118.2]))


def test_two_level_header_three_sub_columns_reportlab(tmp_path):
    rows = [["Sjukfrånvaro", "År 2021", "", "", "År 2020", "", ""],
            ["", "Kvinnor", "Män", "Kvinnor-\noch män", "Kvinnor", "Män", "Kvinnor-\noch män"],
            ["Total", "6,9%", "5,1%", "6,2%", "7,4%", "5,8%", "6,8%"],
            ["Långtid", "46,9%", "40,1%", "44,6%", "47,2%", "41,0%", "45,1%"]]
    ops, _ = table_ops(60, 100, [110, 60, 60, 70, 60, 60, 70], rows, ruled=True, bold_rows=(0, 1),
                       spans={(0, 1): 3, (0, 4): 3})
    (t,) = tables_of(tmp_path, [ops])
    assert t.columns == ["År 2021 Kvinnor", "År 2021 Män", "År 2021 Kvinnor- och män",
                         "År 2020 Kvinnor", "År 2020 Män", "År 2020 Kvinnor- och män"]
    assert [r.label for r in t.rows] == ["Total", "Långtid"]
    assert [c.raw for c in t.rows[0].cells] == ["6,9%", "5,1%", "6,2%", "7,4%", "5,8%", "6,8%"]


# ------------------------------------------------------------ 2 wrapped header cells, unit in a header


@pytest.mark.parametrize("producer", PRODUCERS)
def test_three_line_hyphenated_header_and_unit_in_header(converter, producer):
    """"Total" / "investerings-" / "kalkyl" (Chromium: a soft hyphen printed as
    U+2010; LibreOffice: broken mid-word), "Beslutad" / "budget tom" / "2021",
    and "Utfall 2021, mnkr" whose unit goes to the table's unit."""
    t = only_table(converted(converter, DATA / f"wrapped_header.{producer}.pdf"))
    assert t.columns == ["Total investeringskalkyl", "Beslutad budget tom 2021", "Utfall 2021"]
    assert t.printed_columns == ["Total investeringskalkyl", "Beslutad budget tom 2021", "Utfall 2021, mnkr"]
    assert t.unit == "mnkr"
    assert [r.label for r in t.rows] == ["Ombyggnad kök USÖ", "Ny tvättanläggning", "Summa"]
    assert values(t, "Ny tvättanläggning") == {"Total investeringskalkyl": 120.0, "Beslutad budget tom 2021": 80.0,
                                               "Utfall 2021": 35.5}


@pytest.mark.parametrize("producer", PRODUCERS)
def test_narrow_column_breaks_a_word_without_hyphen(converter, producer):
    t = only_table(converted(converter, DATA / f"narrow_break.{producer}.pdf"))
    assert t.columns == ["Omsättning", "Kostnad", "Resultat"]
    assert t.unit == "tkr"
    assert [r.label for r in t.rows] == ["Städ", "Transport", "Summa"]
    assert values(t, "Transport") == {"Omsättning": 0.348, "Kostnad": -0.349, "Resultat": -0.001}


@pytest.mark.parametrize("rules", ["none", "horizontal"])
def test_wrapped_headers_reportlab(tmp_path, rules):
    """Three-line header cells with a hyphen at the break, a word broken without
    one in a narrow column, a unit in the last header; unruled and row-ruled."""
    xs = [72, 250, 320, 390, 470]
    head = [["Total", "investerings-", "kalkyl"], ["Beslutad", "budget tom", "2021"], ["Omsättnin", "g"],
            ["Utfall 2021,", "mnkr"]]
    ops: list = [Text(72, 92, "Investeringar, mnkr", bold=True), Text(76, 110, "Objekt")]
    for k, parts in enumerate(head):
        ops += [Text(xs[k + 1] - 4, 110 + 12 * i, p, align="right") for i, p in enumerate(parts)]
    rows = [("Ombyggnad kök USÖ", ["45,0", "30,2", "12,0", "12,1"]),
            ("Ny tvättanläggning", ["120,0", "80,0", "31,5", "35,5"])]
    top = 156
    for label, vals in rows:
        ops.append(Text(76, top, label))
        ops += [Text(xs[k + 1] - 4, top, v, align="right") for k, v in enumerate(vals)]
        top += 16
    if rules == "horizontal":
        ops += [Rule(72, 104, 470, 104), Rule(72, 150, 470, 150), Rule(72, 172, 470, 172), Rule(72, top, 470, top)]
    ops += paragraph(72, top + 24, ["Investeringarna följs upp varje tertial av nämnden."])[0]
    (t,) = tables_of(tmp_path, [ops])
    assert t.columns == ["Total investeringskalkyl", "Beslutad budget tom 2021", "Omsättning", "Utfall 2021"]
    assert t.printed_columns[-1] == "Utfall 2021, mnkr"
    assert t.unit == "mnkr"
    assert [r.label for r in t.rows] == ["Ombyggnad kök USÖ", "Ny tvättanläggning"]
    assert values(t, "Ny tvättanläggning")["Total investeringskalkyl"] == 120.0


# ------------------------------------------------------------ 3 unruled tables with spacer rows

SPACER_LABELS = ["Övriga intäkter", "Summa intäkter", "Verksamhetens kostnader", "Personalkostnader",
                 "Övriga kostnader", "Summa kostnader", "Verksamhetens nettokostnader", "Finansnetto", "Resultat"]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_spacer_rows_keep_one_table(converter, producer):
    t = only_table(converted(converter, DATA / f"spacer_rows.{producer}.pdf"))
    assert t.columns == RESULT_COLUMNS
    assert [r.label for r in t.rows] == SPACER_LABELS
    assert values(t, "Summa kostnader") == dict(zip(RESULT_COLUMNS, [-2199.0, -2276.2, -2278.4]))
    assert values(t, "Verksamhetens nettokostnader") == dict(zip(RESULT_COLUMNS, [181.0, 118.3, 103.0]))
    assert values(t, "Verksamhetens kostnader") == {}


def test_spacer_rows_reportlab(tmp_path):
    """The same resultatbudget as the Chromium/LibreOffice case, drawn by reportlab."""
    case = _case("spacer_rows")
    rows = [[text for text, _, _ in case.header[0]]] + case.body
    ops, bottom = table_ops(72, 120, [200, 90, 90, 90], rows, pad=2, bold_rows=(0, 2, 7, 11))
    ops += [Text(72, 96, "Resultatbudget", bold=True)]
    ops += paragraph(72, bottom + 20, ["Resultatet är budgeterat till noll för hela perioden."])[0]
    (t,) = tables_of(tmp_path, [ops])
    assert t.columns == RESULT_COLUMNS
    assert [r.label for r in t.rows] == SPACER_LABELS
    assert values(t, "Resultat") == dict(zip(RESULT_COLUMNS, [0.0, 0.0, 0.0]))


def test_paragraph_after_a_gap_is_not_a_spacer_row(tmp_path):
    rows = [["Belopp i mnkr", "Budget 2024", "Budget 2023"], ["Intäkter", "2 380,0", "2 381,4"],
            ["Kostnader", "-2 380,0", "-2 381,4"]]
    ops, bottom = table_ops(72, 120, [200, 90, 90], rows, pad=2, bold_rows=(0,))
    ops += paragraph(72, bottom + 18, ["Kostnaderna ökar med två procent jämfört med föregående år",
                                       "och intäkterna i samma takt."])[0]
    ops += [Text(72, bottom + 60, "Tabell 2 Investeringar, mnkr", bold=True)]
    ops += table_ops(72, bottom + 80, [200, 90, 90], [["Objekt", "Budget 2024", "Budget 2023"],
                                                     ["Kök", "12,0", "8,0"], ["Tvätt", "4,0", "3,0"]],
                     pad=2, bold_rows=(0,))[0]
    tables = tables_of(tmp_path, [ops])
    assert [[r.label for r in t.rows] for t in tables] == [["Intäkter", "Kostnader"], ["Kök", "Tvätt"]]


# ------------------------------------------------------------ 5 garbage footer between the parts of a table


def _continued_table_pages(footer: str, between_top: str = "") -> list[list]:
    header = ["IT investeringar 2023", "Budget 2023", "Budget 2022"]
    p1, _ = table_ops(72, 640, [250, 90, 90], [header, ["Nätverk", "12,0", "10,0"], ["Servrar", "8,5", "7,0"],
                                               ["Klienter", "6,0", "5,5"]], ruled=True, bold_rows=(0,))
    p1 = [Text(72, 620, "Investeringar inom IT, mnkr", bold=True)] + p1
    p1 += [Text(300, 806, footer, size=8)]
    top = 70
    p2: list = []
    if between_top:
        p2, top = paragraph(72, 70, [between_top])
        top += 10
    body, bottom = table_ops(72, top, [250, 90, 90], [header, ["Telefoni", "3,0", "2,5"], ["Summa", "29,5", "25,0"]],
                             ruled=True, bold_rows=(0, 2))
    p2 += body + paragraph(72, bottom + 20, ["Investeringarna finansieras inom ram."])[0]
    return [p1, p2]


def test_garbage_footer_between_table_parts_is_furniture(tmp_path, converter):
    pdf = build_pdf(tmp_path / "garbage.pdf", _continued_table_pages("[5] 0 NN ND -11-28"))
    doc = converter.convert(pdf)
    t = only_table(doc)
    assert t.pages == [1, 2]
    assert t.columns == ["Budget 2023", "Budget 2022"]
    assert [r.label for r in t.rows] == ["Nätverk", "Servrar", "Klienter", "Telefoni", "Summa"]
    assert values(t, "Summa") == {"Budget 2023": 29.5, "Budget 2022": 25.0}
    assert not [w for w in doc.warnings if w.code == "table_not_joined"]


def test_real_text_between_table_parts_still_stops_the_join(tmp_path, converter):
    pdf = build_pdf(tmp_path / "text.pdf", _continued_table_pages(
        "[5] 0 NN ND -11-28", between_top="Tabellen nedan visar nya investeringar inom telefoni."))
    doc = converter.convert(pdf)
    assert [t.pages or [t.page] for t in doc.tables] == [[1], [2]]


def test_garbage_footer_in_merge_continued_with_pages(tmp_path):
    pages = pages_of(tmp_path, _continued_table_pages("[5] 0 NN ND -11-28"))
    grids = [g for p in pages for g in find_tables(p)]
    (merged,) = merge_continued(grids, pages)
    assert merged.pages == [1, 2]


# ------------------------------------------------------------ 6 structural-doubt warnings


def test_headerless_money_table_and_unjoined_continuation_warn(tmp_path, converter):
    rows = [["Övriga intäkter", "2 380,0", "2 394,5"], ["Personalkostnader", "-665,0", "-688,2"],
            ["Övriga kostnader", "-1 715,0", "-1 706,3"]]
    p1 = paragraph(72, 600, ["Resultatbudget i mnkr"], bold=True)[0]
    p1 += table_ops(72, 630, [250, 90, 90], [["Belopp i mnkr", "Budget 2024", "Budget 2023"]] + rows,
                    bold_rows=(0,))[0]
    p2, top = paragraph(72, 70, ["Nedan följer resten av tabellen med finansiella poster för verksamheten."])
    p2 += table_ops(72, top + 12, [250, 90, 90], [["Finansnetto", "-181,0", "-118,3"],
                                                  ["Resultat", "0,0", "0,0"]])[0]
    p2 += paragraph(72, top + 80, ["Resultatet är budgeterat till noll."])[0]
    doc = converter.convert(build_pdf(tmp_path / "doubt.pdf", [p1, p2]))
    assert [t.columns for t in doc.tables] == [["Budget 2024", "Budget 2023"], ["col1", "col2"]]
    second = doc.tables[1].id
    got = sorted((w.code, w.table, w.page, w.column) for w in doc.warnings
                 if w.code in ("generic_column_name", "unresolved_header", "table_not_joined"))
    assert got == [("generic_column_name", second, 2, "col1"), ("generic_column_name", second, 2, "col2"),
                   ("table_not_joined", second, 2, None), ("unresolved_header", second, 2, None)]
