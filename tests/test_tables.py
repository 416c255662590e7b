"""Table detection and grids on tiny PDFs (extractors.tables)."""

from __future__ import annotations

import pytest

from extractors.tables import (
    find_tables,
    is_value,
    looks_like_toc,
    merge_continued,
    table_word_indexes,
)
from extractors.text.dehyphenate import join_wrapped
from models.pagedata import PageText, Word
from tinypdf import Rule, Text, pages_of, paragraph, table_ops


def texts(row):
    return [c.text for c in row]


RESULT_ROWS = [
    ["Belopp i mnkr", "Budget 2024", "Prognos 2023", "Budget 2023"],
    ["Verksamhetens intäkter", "", "", ""],
    ["Övriga intäkter", "2 380", "2 394,5", "2 381,4"],
    ["Summa intäkter", "2 380", "2 394,5", "2 381,4"],
    ["Verksamhetens netto-\nkostnader", "181", "118,4", "103,0"],
    ["Personalkostnader", "-665", "-688,2", "-692,8"],
]


def test_ruled_table(tmp_path):
    ops, _ = table_ops(72, 120, [200, 80, 80, 80], RESULT_ROWS, ruled=True, bold_rows=(0, 1, 3))
    (page,) = pages_of(tmp_path, [ops])
    (grid,) = find_tables(page)
    assert grid.ruled
    assert [texts(r) for r in grid.header_rows] == [RESULT_ROWS[0]]
    assert texts(grid.rows[0]) == ["Verksamhetens intäkter", "", "", ""]
    assert texts(grid.rows[1]) == ["Övriga intäkter", "2 380", "2 394,5", "2 381,4"]
    assert texts(grid.rows[3]) == ["Verksamhetens nettokostnader", "181", "118,4", "103,0"]
    assert len(grid.rows) == 5
    assert grid.rows[2][0].bold and not grid.rows[1][0].bold
    cell = grid.rows[1][1]
    assert cell.bbox is not None and 72 + 200 < cell.bbox.x0 < cell.bbox.x1 <= 72 + 280


def test_unruled_table_with_wrapped_label_and_group_row(tmp_path):
    ops, _ = paragraph(72, 80, ["Detta är löpande text före tabellen, den har inga kolumner alls."])
    t, _ = table_ops(72, 120, [200, 80, 80, 80], RESULT_ROWS, bold_rows=(0, 1, 3), pad=5)
    (page,) = pages_of(tmp_path, [ops + t])
    (grid,) = find_tables(page)
    assert not grid.ruled
    assert texts(grid.header_rows[0]) == RESULT_ROWS[0]
    labels = [r[0].text for r in grid.rows]
    assert labels == ["Verksamhetens intäkter", "Övriga intäkter", "Summa intäkter",
                      "Verksamhetens nettokostnader", "Personalkostnader"]
    assert texts(grid.rows[0])[1:] == ["", "", ""]  # a group row keeps empty cells
    assert texts(grid.rows[4]) == ["Personalkostnader", "-665", "-688,2", "-692,8"]
    # the running text above is not part of the table
    assert grid.bbox.top > 90


def test_two_row_header_with_wrapped_cells(tmp_path):
    rows = [
        ["Belopp i mnkr", "Budget 2024", "", "Prognos 2023", ""],
        ["", "Omsätt-\nning", "Varav budget-\nram", "Omsätt-\nning", "Varav budget-\nram"],
        ["Område fastigheter", "1 135", "0", "1 136,5", ""],
        ["Område försörjning", "370", "0", "386,6", "0"],
        ["Summa", "2 380", "-23,2", "2 394,5", "51,7"],
    ]
    ops, _ = table_ops(72, 120, [170, 75, 75, 75, 75], rows, bold_rows=(0, 1, 4), pad=5)
    (page,) = pages_of(tmp_path, [ops])
    (grid,) = find_tables(page)
    assert [texts(r) for r in grid.header_rows] == [
        ["", "Budget 2024", "Budget 2024", "Prognos 2023", "Prognos 2023"],
        ["Belopp i mnkr", "Omsättning", "Varav budgetram", "Omsättning", "Varav budgetram"],
    ]
    assert texts(grid.rows[0]) == ["Område fastigheter", "1 135", "0", "1 136,5", ""]
    assert texts(grid.rows[2]) == ["Summa", "2 380", "-23,2", "2 394,5", "51,7"]


def test_ruled_spanning_header(tmp_path):
    rows = [
        ["Belopp i mnkr", "Budget 2024", "", "Prognos 2023", ""],
        ["", "Omsättning", "Varav ram", "Omsättning", "Varav ram"],
        ["Område IT", "475", "0", "487,0", "0"],
        ["Summa", "2 380", "-23,2", "2 394,5", "51,7"],
    ]
    ops, _ = table_ops(72, 120, [170, 75, 75, 75, 75], rows, ruled=True, bold_rows=(0, 1, 3),
                       spans={(0, 1): 2, (0, 3): 2})
    (page,) = pages_of(tmp_path, [ops])
    (grid,) = find_tables(page)
    assert texts(grid.header_rows[0])[1:] == ["Budget 2024", "Budget 2024", "Prognos 2023", "Prognos 2023"]
    assert texts(grid.header_rows[1])[1:] == ["Omsättning", "Varav ram", "Omsättning", "Varav ram"]
    assert texts(grid.rows[0]) == ["Område IT", "475", "0", "487,0", "0"]


def test_running_text_bullets_and_header_footer_are_not_tables(tmp_path):
    ops = [Text(72, 40, "Servicenämnden, Verksamhetsplan med budget 2024"), Text(500, 40, "6(17)")]
    body, y = paragraph(72, 90, [
        "Nämnden behöver minska sina kostnader med storleksordningen 76 miljoner kronor",
        "under 2024, vilket motsvarar 3,2 procent av omsättningen på 2 380 mnkr totalt.",
        "Regionservice arbetar vidare med effektiviseringar inom alla områden 2024.",
    ])
    ops += body
    for i, item in enumerate(["Resultatmål 2 % av omsättningen", "Investeringar 372,5 mnkr", "Antal årsarbetare 1 100"]):
        ops += [Text(80, y + i * 14, "•"), Text(95, y + i * 14, item)]
    ops += [Text(72, 800, "Servicenämnden"), Text(480, 800, "2023-11-28")]
    (page,) = pages_of(tmp_path, [ops])
    assert find_tables(page) == []


def test_table_of_contents_is_not_a_table(tmp_path):
    ops = []
    entries = [("1", "Inledning", "3"), ("2", "Vision och värdegrund", "3"), ("5.1", "Perspektiv: Process", "6"),
               ("6", "Budget", "13"), ("9.1", "Internkontrollplan", "18")]
    for i, (num, title, pg) in enumerate(entries):
        top = 100 + i * 16
        ops += [Text(72, top, num), Text(110, top, title + " " + "." * 40), Text(520, top, pg, align="right")]
    (page,) = pages_of(tmp_path, [ops])
    assert find_tables(page) == []


def test_caption_and_table_words(tmp_path):
    ops = [Text(72, 100, "Tabell 3. Investeringar (mnkr)", italic=True)]
    t, _ = table_ops(72, 118, [200, 80, 80], [
        ["Objekt", "Budget 2024", "Budget 2023"],
        ["Byggnadsinvesteringar", "203,8", "347,5"],
        ["It-utrustning", "141,5", "96,9"],
        ["Summa", "345,3", "444,4"],
    ], bold_rows=(0, 3), pad=5)
    ops += t
    ops += [Text(72, 260, "Text efter tabellen som inte hör till den.")]
    (page,) = pages_of(tmp_path, [ops])
    (grid,) = find_tables(page)
    assert grid.caption == "Tabell 3. Investeringar (mnkr)"
    ids = table_word_indexes(page, grid)
    words = {page.words[i].text for i in ids}
    assert {"Tabell", "Byggnadsinvesteringar", "141,5", "Summa"} <= words
    assert "efter" not in words


def test_heading_above_table_is_not_caption(tmp_path):
    ops = [Text(72, 90, "6.3 Resultatbudget servicenämnd", size=13, bold=True)]
    t, _ = table_ops(72, 112, [200, 80, 80, 80], RESULT_ROWS, bold_rows=(0, 1, 3), pad=5)
    (page,) = pages_of(tmp_path, [ops + t])
    (grid,) = find_tables(page)
    assert grid.caption is None
    assert texts(grid.header_rows[0])[0] == "Belopp i mnkr"


def test_merge_continued_over_page_break(tmp_path):
    header = ["Verksamhet", "Risk", "Åtgärd"]
    p1, _ = table_ops(72, 600, [100, 170, 200], [header, ["HR", "Risk ett.", "Åtgärd ett."],
                                                  ["IT", "Risk två.", "Åtgärd två."]], ruled=True, bold_rows=(0,))
    p2, _ = table_ops(72, 70, [100, 170, 200], [header, ["", "", "Åtgärd tre."],
                                                 ["Ekonomi", "Risk tre.", "Åtgärd fyra."]], ruled=True, bold_rows=(0,))
    pages = pages_of(tmp_path, [p1, p2])
    grids = [g for p in pages for g in find_tables(p)]
    assert len(grids) == 2
    (merged,) = merge_continued(grids, pages)
    assert merged.continued and merged.pages == [1, 2]
    assert [r[0].text for r in merged.rows] == ["HR", "IT", "", "Ekonomi"]
    assert merged.row_pages == [1, 1, 2, 2]


def test_tables_with_text_between_are_not_merged(tmp_path):
    header = ["Indikatorer", "Utfall", "Målvärde"]
    p1, _ = table_ops(72, 650, [300, 80, 80], [header, ["HME ska öka.", "79", ">77"]], ruled=True, bold_rows=(0,))
    p2 = [Text(72, 70, "Mål: Ett nytt mål med egen tabell.", bold=True)]
    t2, _ = table_ops(72, 100, [300, 80, 80], [header, ["AVI ska öka.", "100", "108"]], ruled=True, bold_rows=(0,))
    pages = pages_of(tmp_path, [p1, p2 + t2])
    grids = [g for p in pages for g in find_tables(p)]
    assert len(merge_continued(grids, pages)) == 2


@pytest.mark.parametrize("text,expected", [
    ("2 059,1", True), ("-1 051,2", True), ("5,1%", True), ("Helt", True), ("Inte alls", True),
    ("28 (25)", True), (">77", True), ("Budget 2024", False), ("6(17)", False), ("Område IT", False),
])
def test_is_value(text, expected):
    assert is_value(text) is expected


@pytest.mark.parametrize("parts,expected", [
    (["Omsätt-", "ning"], "Omsättning"),
    (["Varav budget-", "ram"], "Varav budgetram"),
    (["Hälso-", "och sjukvård"], "Hälso- och sjukvård"),
    (["IT-", "utrustning"], "IT-utrustning"),
    (["Verksamhetens netto-", "kostnader"], "Verksamhetens nettokostnader"),
])
def test_join_wrapped(parts, expected):
    assert join_wrapped(parts) == expected


def test_join_wrapped_mid_word_for_headers():
    assert join_wrapped(["Total investeri", "ng-kalkyl"], mid_word=True) == "Total investering-kalkyl"
    assert join_wrapped(["Utfall", "jan-dec 2021"], mid_word=True) == "Utfall jan-dec 2021"


def test_bullet_list_of_status_words_is_not_a_table(tmp_path):
    ops, _ = paragraph(72, 100, ["Färgindikatorer visar om målet är uppfyllt:"])
    for i, word in enumerate(["helt", "delvis", "inte alls"]):
        ops += [Text(80, 120 + i * 14, "•"), Text(100, 120 + i * 14, word)]
    (page,) = pages_of(tmp_path, [ops])
    assert find_tables(page) == []


def test_unruled_table_continued_without_repeated_header(tmp_path):
    rows1 = [["Objekt, objektbeskrivning", "Belopp, mnkr"], ["Vårdsystem:", ""], ["Serverar, hårdvara", "4,8"],
             ["Lagring, utbyggnad och ny lösning", "13,1"], ["Certifikat, licenser", "8,6"]]
    rows2 = [["Drifttjänster:", ""], ["Datacenter-switchar, linjemoduler, licenser", "13,5"],
             ["Stamnät, accessnät", "23,3"], ["Summa", "59,3"]]
    t1, _ = table_ops(72, 700, [300, 100], rows1, bold_rows=(0, 1), pad=4)
    t2, _ = table_ops(72, 72, [300, 100], rows2, bold_rows=(0, 3), pad=4)
    pages = pages_of(tmp_path, [[Text(72, 680, "IT investeringar 2024", bold=True)] + t1, t2])
    grids = [g for p in pages for g in find_tables(p)]
    assert [g.caption for g in grids] == ["IT investeringar 2024", None]
    assert texts(grids[0].header_rows[0]) == ["Objekt, objektbeskrivning", "Belopp, mnkr"]
    assert grids[1].header_rows == []
    (merged,) = merge_continued(grids, pages)
    assert [r[0].text for r in merged.rows] == [
        "Vårdsystem:", "Serverar, hårdvara", "Lagring, utbyggnad och ny lösning", "Certifikat, licenser",
        "Drifttjänster:", "Datacenter-switchar, linjemoduler, licenser", "Stamnät, accessnät", "Summa"]
    assert merged.row_pages == [1, 1, 1, 1, 2, 2, 2, 2]


def test_join_wrapped_range():
    assert join_wrapped(["intervallet 77–", "80 för totalt HME."]) == "intervallet 77–80 för totalt HME."


def test_numbered_rows_keep_their_wrapped_lines(tmp_path):
    rows = [
        ["Styrtal", "Utfall", "Målvärde"],
        ["1. Hållbart medarbetarengagemang (HME):\nSka ligga på en hög nivå.\nSträvan är jämn nivå.", "79", "77–80"],
        ["2. Sjukfrånvaron ska minska.\nUtfall: 2024.", "5,7 %", "5,5 %"],
    ]
    ops, _ = table_ops(72, 120, [260, 80, 80], rows, bold_rows=(0,), pad=5)
    (page,) = pages_of(tmp_path, [ops])
    (grid,) = find_tables(page)
    assert [texts(r) for r in grid.rows] == [
        ["1. Hållbart medarbetarengagemang (HME): Ska ligga på en hög nivå. Strävan är jämn nivå.", "79", "77–80"],
        ["2. Sjukfrånvaron ska minska. Utfall: 2024.", "5,7 %", "5,5 %"],
    ]


def test_merge_continued_tolerates_ocr_damage_in_repeated_header():
    from models.contract import BBox
    from models.pagedata import GridCell, TableGrid

    def grid(page, header, labels):
        row = lambda texts: [GridCell(t, BBox(x0=0, top=0, x1=1, bottom=1) if t else None) for t in texts]
        return TableGrid(page=page, bbox=BBox(x0=70, top=70, x1=525, bottom=700), header_rows=[row(header)],
                         rows=[row([l, "r", "a", "s"]) for l in labels], ruled=True)

    a = grid(32, ["Verksamhet", "Risk", "Åtgärd", "Status"], ["Juridik"])
    b = grid(33, ["Verksamhet", "Risk", "Atgärd", ""], ["Kontinuitet"])  # OCR lost "Status" and a ring
    c = grid(34, ["Indikatorer", "Utfall", "Målvärde", "Status"], ["HME"])
    merged = merge_continued([a, b, c])
    assert [g.page for g in merged] == [32, 34]
    assert [r[0].text for r in merged[0].rows] == ["Juridik", "Kontinuitet"]
    assert merged[0].pages == [32, 33]


# ----------------------------------------------------------------- other renderers' table styles

INVEST_HEAD = ["Objekt", "Belopp, mnkr"]


def test_horizontally_ruled_tables_split_at_heading_and_paragraph(tmp_path):
    """Two tables ruled between rows only, a heading and a sentence between
    them: two tables, and neither bbox swallows the text between."""
    a, bottom = table_ops(72, 80, [300, 100], [INVEST_HEAD, ["Servrar, hårdvara", "14,4"],
                                                 ["Certifikat, licenser", "1,6"], ["Summa", "16,0"]],
                          ruled=True, rules="horizontal", size=9, bold_rows=(0,))
    head = [Text(72, bottom + 14, "Övriga investeringar 2024", size=12, bold=True)]
    par, top = paragraph(72, bottom + 36, ["Övriga investeringar för 2024 uppgår till 6,0 miljoner kronor."])
    b, _ = table_ops(72, top + 8, [300, 100], [INVEST_HEAD, ["Försörjning", "2,9"],
                                                ["Fastighetsdrift", "3,1"], ["Summa", "6,0"]],
                     ruled=True, rules="horizontal", size=9, bold_rows=(0,))
    (page,) = pages_of(tmp_path, [a + head + par + b])
    grids = find_tables(page)
    assert [[r[0].text for r in g.rows] for g in grids] == [
        ["Servrar, hårdvara", "Certifikat, licenser", "Summa"],
        ["Försörjning", "Fastighetsdrift", "Summa"],
    ]
    assert [texts(g.header_rows[0]) for g in grids] == [INVEST_HEAD, INVEST_HEAD]
    words = {page.words[i].text for g in grids for i in table_word_indexes(page, g)}
    assert "uppgår" not in words and "Övriga" not in words


def test_rule_under_header_only_and_small_tables_under_headings(tmp_path):
    """Tables ruled only under their header rows, each under its own
    heading: header lines above the rule and rows below it stay one table,
    the next heading starts the next one; a label wrapped before a bare
    number ("etapp" / "3") keeps it."""
    ops: list = []
    top = 60.0
    for name, rows in [("Folkhälsonämnd", [["Adolfsberg ombyggnad", "18,6", "2,2"], ["Totalt", "18,6", "2,2"]]),
                       ("Externa hyresgäster", [["Tillbyggnad Campus etapp\n3", "349,5", "108,8"],
                                                ["Totalt", "349,5", "108,8"]])]:
        ops.append(Text(72, top, name, size=11, bold=True))
        top += 18
        ops.append(Text(72, top, "(mnkr)", size=9))
        ops.append(Text(310, top, "Budget", size=9, align="right"))
        ops.append(Text(400, top, "Utfall", size=9, align="right"))
        top += 13
        ops.append(Rule(72, top, 420, top))
        t, top = table_ops(72, top, [110, 130, 90], rows, size=9)
        ops += t
        top += 20
    # a stack needs three rules: a rule under the last table
    ops.append(Rule(72, top - 20, 420, top - 20))
    (page,) = pages_of(tmp_path, [ops])
    grids = find_tables(page)
    assert len(grids) == 2
    assert [texts(g.header_rows[0]) for g in grids] == [["(mnkr)", "Budget", "Utfall"]] * 2
    assert [r[0].text for r in grids[1].rows] == ["Tillbyggnad Campus etapp 3", "Totalt"]
    assert texts(grids[1].rows[0])[1:] == ["349,5", "108,8"]


def test_page_header_rule_is_not_part_of_a_ruled_table(tmp_path):
    ops = [Text(72, 30, "Servicenämnden, Verksamhetsplan 2024", size=9), Text(420, 30, "18(18)", size=9, align="right"),
           Rule(72, 42, 420, 42)]
    t, _ = table_ops(72, 70, [250, 98], [INVEST_HEAD, ["WiFi nät", "9,3"], ["Summa", "9,3"]],
                     ruled=True, rules="horizontal", size=9)
    (page,) = pages_of(tmp_path, [ops + t])
    (grid,) = find_tables(page)
    assert texts(grid.header_rows[0]) == INVEST_HEAD
    assert [texts(r) for r in grid.rows] == [["WiFi nät", "9,3"], ["Summa", "9,3"]]


INVEST_ROWS = [
    ["(mnkr)", "Budget", "Utfall", "Status"],
    ["Interimslösning\nkvinnokliniken", "67,7", "0,3", "Utredning"],
    ["Ambulansstation\nBerglunda inkl. markköp", "91,9", "56,6", "Byggnation"],
    ["Reservvatten USÖ", "41,2", "41,9", "Byggnation\nslutfas"],
    ["Summa", "200,8", "98,8", ""],
]


def test_unruled_padded_table_with_bottom_aligned_cells(tmp_path):
    """No lines, rows padded apart, every cell set on its row's last line:
    the label-only lines above a row's values are that row's label."""
    t, _ = table_ops(72, 100, [150, 70, 70, 90], INVEST_ROWS, size=9, pad=3, leading=1.2, valign="bottom",
                     bold_rows=(0,))
    (page,) = pages_of(tmp_path, [t])
    (grid,) = find_tables(page)
    assert texts(grid.header_rows[0]) == INVEST_ROWS[0]
    assert [texts(r) for r in grid.rows] == [
        ["Interimslösning kvinnokliniken", "67,7", "0,3", "Utredning"],
        ["Ambulansstation Berglunda inkl. markköp", "91,9", "56,6", "Byggnation"],
        ["Reservvatten USÖ", "41,2", "41,9", "Byggnation slutfas"],
        ["Summa", "200,8", "98,8", ""],
    ]


def test_header_only_column_right_of_the_values(tmp_path):
    """A one-row table whose Status cell is empty: the Status header still
    makes a column of its own instead of being dropped or glued on."""
    rows = [["(mnkr)", "Total kalkyl", "Utfall 2021", "Status"], ["Hälso- och\nsjukvårdsnämnden\ntotalt", "2 610,6", "206,0", ""]]
    t, _ = table_ops(72, 100, [150, 80, 80, 90], rows, size=9, pad=3, valign="bottom")
    (page,) = pages_of(tmp_path, [t])
    (grid,) = find_tables(page)
    assert texts(grid.header_rows[0]) == rows[0]
    assert texts(grid.rows[0]) == ["Hälso- och sjukvårdsnämnden totalt", "2 610,6", "206,0", ""]


def test_unruled_table_broken_after_group_label_is_merged(tmp_path):
    """A table without lines that ends its page with a group label
    ("Driftstjänster:") and goes on under a repeated header: one table."""
    head = ["Objekt, objektbeskrivning", "Belopp, mnkr"]
    first, _ = table_ops(72, 640, [300, 100], [head, ["Vårdsystem:", ""], ["Servrar, hårdvara", "14,4"],
                                                ["Certifikat, licenser", "1,6"], ["Driftstjänster:", ""]], size=9)
    second, _ = table_ops(72, 80, [300, 100], [head, ["Stamnät, accessnät", "10,1"], ["WiFi nät", "9,3"],
                                               ["Summa IT", "35,4"]], size=9)
    pages = pages_of(tmp_path, [first, second])
    grids = [g for p in pages for g in find_tables(p)]
    (merged,) = merge_continued(grids, pages)
    assert [r[0].text for r in merged.rows] == ["Vårdsystem:", "Servrar, hårdvara", "Certifikat, licenser",
                                                  "Driftstjänster:", "Stamnät, accessnät", "WiFi nät", "Summa IT"]
    assert [r[1].text for r in merged.rows][-1] == "35,4"


def test_uneven_row_gaps_without_solid_lines_keep_rows_apart(tmp_path):
    """OCR'd boxes: row gaps vary (4–7 pt) but no two lines are set solid,
    so no gap is read as a wrapped cell."""
    ops = [Text(72, 100, "Objekt", size=9, bold=True), Text(400, 100, "Belopp, mnkr", size=9, bold=True, align="right")]
    top = 100.0
    for label, value, gap in [("Servrar, hårdvara", "4,8", 6.0), ("Lagring", "13,1", 7.2), ("Teknik", "10,0", 4.1),
                              ("Övriga system:", "", 6.2), ("WiFi nät", "15,3", 7.0), ("Summa", "43,2", 6.0)]:
        top += 9 + gap
        ops.append(Text(72, top, label, size=9))
        if value:
            ops.append(Text(400, top, value, size=9, align="right"))
    (page,) = pages_of(tmp_path, [ops])
    (grid,) = find_tables(page)
    assert [texts(r) for r in grid.rows] == [["Servrar, hårdvara", "4,8"], ["Lagring", "13,1"], ["Teknik", "10,0"],
                                             ["Övriga system:", ""], ["WiFi nät", "15,3"], ["Summa", "43,2"]]


def _ocr_word(text, x0, top, bottom, size=9.5):
    return Word(text=text, x0=x0, top=top, x1=x0 + 5.0 * len(text), bottom=bottom, fontname="ocr", size=size, conf=95.0)


def test_ocr_boxes_of_a_wrapped_label_may_overlap_and_the_rows_stay_right():
    """OCR'd boxes take in accents and descenders: the two lines of one label
    ("fastighetsdrift" / "T-huset, USÖ") overlap by a point, while rows are
    padded 6 pt apart. The row split follows the loosest solid gap, not the
    overlap (which used to split "media-" / "förbrukning länet 12 4 …")."""
    rows = [  # label words, values, top, bottom
        (["A-huset", "efter", "2021"], ["23,1", "23,1", "0", "0"], 397, 406),
        (["HIN", "åtgärder"], ["30,9", "30,9", "26,8", "1,3"], 412, 422),
        (["Ombyggnad", "T-huset"], ["95", "65", "0", "0"], 428, 437),
        (["Ny", "datahall", "och", "kontor", "IT"], ["268,3", "211,4", "192,5", "129,2"], 443, 452),
        (["Lokaler", "för", "fastighetsdrift"], [], 459, 470),
        (["T-huset,", "USÖ"], ["52,8", "25", "6,4", "5,8"], 468.7, 479),
        (["Nytt", "system", "insamling", "media-"], [], 485, 495),
        (["förbrukning", "länet"], ["12", "4", "0,7", "0,1"], 497.2, 506),
        (["Servicenämnden", "totalt"], ["149,0", "119,0", "26,8", "1,3"], 512, 521),
    ]
    words = []
    for x, head in zip((212, 296, 353, 414), ("Totalt", "Beslutat", "Utfall", "Utfall")):
        words.append(_ocr_word(head, x, 370, 379))
    words.append(_ocr_word("(mnkr)", 75, 382, 391))
    for x, head in zip((236, 314, 373, 426), ("kalkyl", "2021", "2021", "2021")):
        words.append(_ocr_word(head, x, 382, 391))
    for label, values, top, bottom in rows:
        x = 75.0
        for w in label:
            words.append(_ocr_word(w, x, top, bottom))
            x += 5.0 * len(w) + 3.0
        for right, v in zip((277, 335, 395, 448), values):
            words.append(_ocr_word(v, right - 5.0 * len(v), top, bottom))
    page = PageText(number=1, width=595, height=842, words=words, source="ocr")
    (grid,) = find_tables(page)
    assert [texts(r) for r in grid.rows] == [
        ["A-huset efter 2021", "23,1", "23,1", "0", "0"],
        ["HIN åtgärder", "30,9", "30,9", "26,8", "1,3"],
        ["Ombyggnad T-huset", "95", "65", "0", "0"],
        ["Ny datahall och kontor IT", "268,3", "211,4", "192,5", "129,2"],
        ["Lokaler för fastighetsdrift T-huset, USÖ", "52,8", "25", "6,4", "5,8"],
        ["Nytt system insamling mediaförbrukning länet", "12", "4", "0,7", "0,1"],
        ["Servicenämnden totalt", "149,0", "119,0", "26,8", "1,3"],
    ]


@pytest.mark.parametrize("parts,expected", [
    (["Varav budget\u2010", "ram"], "Varav budgetram"),  # U+2010 as a browser prints a soft hyphen
    (["Total investerings ‐", "kalkyl"], "Total investeringskalkyl"),  # ... even as a word of its own
    (["Omsätt\u00ad", "ning"], "Omsättning"),
    (["Kvinnor-", "och män"], "Kvinnor- och män"),  # a real compound hyphen stays
    (["IT-", "stöd"], "IT-stöd"),
])
def test_join_wrapped_hyphen_marks(parts, expected):
    assert join_wrapped(parts) == expected


def test_joined_rulings_per_cell_segments():
    from extractors.tables.rulings import joined_rulings
    from models.pagedata import Ruling

    cells = [Ruling(63.0, 109.5, 231.7, 110.2), Ruling(231.7, 109.5, 298.5, 110.2), Ruling(300.5, 109.6, 382.5, 110.1),
             Ruling(72.0, 200.0, 150.0, 200.5),  # another line
             Ruling(100.0, 50.0, 100.6, 80.0), Ruling(100.0, 81.0, 100.6, 99.0)]  # a vertical rule in two parts
    got = sorted((round(r.x0, 1), round(r.top, 1), round(r.x1, 1), round(r.bottom, 1)) for r in joined_rulings(cells))
    assert got == [(63.0, 109.5, 382.5, 110.2), (72.0, 200.0, 150.0, 200.5), (100.0, 50.0, 100.6, 99.0)]


@pytest.mark.parametrize("text,expected", [
    ("[5] 0 NN ND -11-28", True),
    ("12", True),
    ("2023-11-28", True),
    ("IT investeringar 2023", False),
    ("Servicenämnden, Verksamhetsplan 5(17)", False),
    ("Tabellen fortsätter på nästa sida med fler rader och kolumner än så", False),
])
def test_is_stray_furniture(text, expected):
    from extractors.tables.continuation import is_stray_furniture

    assert is_stray_furniture(text) is expected
