"""Internal-control risk tables (extractors.interpret.risk_table) on tiny PDFs."""

from __future__ import annotations

from extractors.interpret.risk_table import column_roles, extract_actions, extract_risks, is_action_table, is_risk_table, split_actions
from extractors.tables import find_tables, merge_continued
from models.contract import BBox
from models.pagedata import GridCell, TableGrid
from tinypdf import Text, pages_of, table_ops

WIDTHS = [95, 170, 200]
HEADER = ["Verksamhet", "Risk", "Åtgärd"]



def texts(risk) -> list[str]:
    return [a.text for a in risk.actions]

def _grid(header, rows):
    def row(texts):
        return [GridCell(t, BBox(x0=0, top=0, x1=1, bottom=1) if t else None) for t in texts]
    return TableGrid(page=5, bbox=BBox(x0=0, top=0, x1=1, bottom=1), header_rows=[row(header)],
                     rows=[row(r) for r in rows])


def test_risk_table_over_two_pages(tmp_path):
    page1_rows = [
        HEADER,
        ["HR", "Regionövergripande: Risk för\nohälsa om SAM inte är\nvälfungerande i vardagen.",
         "Regionövergripande åtgärd: Varje\nchef ska följa upp sitt\narbetsmiljöarbete."],
        ["", "", "Regionövergripande åtgärd:\nFördelade chef ska årligen\nstämma av arbetet."],
        ["Informations-\nsäkerhet", "Risken att verksamheten inte\nefterlever tillämplig", "Säkerställ ett systematiskt\narbete."],
    ]
    page2_rows = [
        HEADER,
        ["", "dataskyddslagstiftning (GDPR).", ""],
        ["", "", "Säkerställ att informations-\nklassning har genomförts."],
        ["Fastighets-\nunderhåll", "Risk att underhållet inte är\nsäkerställt.",
         "Planera långsiktiga underhålls-\nplaner. Regionövergripande\nåtgärd: Redovisa nyckeltal."],
    ]
    p1 = [Text(72, 560, "9.1 Internkontrollplan", size=13, bold=True)]
    t1, _ = table_ops(72, 590, WIDTHS, page1_rows, ruled=True, bold_rows=(0,))
    t2, _ = table_ops(72, 72, WIDTHS, page2_rows, ruled=True, bold_rows=(0,))
    pages = pages_of(tmp_path, [p1 + t1, t2])
    grids = [g for p in pages for g in find_tables(p)]
    assert len(grids) == 2
    merged = merge_continued(grids, pages)
    assert len(merged) == 1
    (grid,) = merged
    assert is_risk_table(grid)
    risks = extract_risks(grid)
    assert [r.area for r in risks] == ["HR", "Informationssäkerhet", "Fastighetsunderhåll"]
    assert risks[0].risk == "Regionövergripande: Risk för ohälsa om SAM inte är välfungerande i vardagen."
    assert texts(risks[0]) == [
        "Regionövergripande åtgärd: Varje chef ska följa upp sitt arbetsmiljöarbete.",
        "Regionövergripande åtgärd: Fördelade chef ska årligen stämma av arbetet.",
    ]
    # the risk text cut by the page break is one risk, with the action from page 2
    assert risks[1].risk == "Risken att verksamheten inte efterlever tillämplig dataskyddslagstiftning (GDPR)."
    assert texts(risks[1]) == ["Säkerställ ett systematiskt arbete.",
                                "Säkerställ att informationsklassning har genomförts."]
    assert risks[1].page == 1 and risks[1].pages == [1, 2]
    # one cell with two åtgärder
    assert texts(risks[2]) == ["Planera långsiktiga underhållsplaner.",
                                "Regionövergripande åtgärd: Redovisa nyckeltal."]
    assert risks[2].page == 2
    assert risks[0].bbox is not None and risks[0].bbox.top >= 590


def test_report_risk_table_with_status_and_comment():
    grid = _grid(["Verksamhet", "Risk", "Åtgärd", "Status"], [
        ["Juridik", "Risken för otillbörlig påverkan.", "Implementera ny riktlinje. Kommentar Har åtgärden bidragit? Ja.",
         "Ej genomförd"],
        ["", "", "Genomför riskanalys.", "Avslutad"],
        ["", "", "Kommentar Utbildning genomförd.", ""],
    ])
    (risk,) = extract_risks(grid)
    assert [(a.text, a.status, a.comment) for a in risk.actions] == [
        ("Implementera ny riktlinje.", "Ej genomförd", "Har åtgärden bidragit? Ja."),
        ("Genomför riskanalys.", "Avslutad", "Utbildning genomförd.")]
    assert risk.page == 5


def test_ocr_damaged_header_and_continued_area():
    grid = _grid(["Verksamhet", "Risk", "Atgard"], [
        ["Ekonomi", "Risk ett.", "Atgard ett."],
        ["", "Risk två.", "Atgard två."],
    ])
    assert column_roles(grid) == {"area": 0, "risk": 1, "action": 2}
    risks = extract_risks(grid)
    assert [(r.area, r.risk, texts(r)) for r in risks] == [
        ("Ekonomi", "Risk ett.", ["Atgard ett."]), ("Ekonomi", "Risk två.", ["Atgard två."])]


def test_not_a_risk_table():
    grid = _grid(["Indikatorer", "Utfall", "Målvärde"], [["HME ska öka.", "79", ">77"]])
    assert not is_risk_table(grid)
    assert extract_risks(grid) == []


def test_split_actions():
    text = "Regionövergripande åtgärd: Gör A. Regionövergripande åtgärd: Gör B."
    assert split_actions(text) == ["Regionövergripande åtgärd: Gör A.", "Regionövergripande åtgärd: Gör B."]
    assert split_actions("Gör C.") == ["Gör C."]


def test_unruled_risk_table(tmp_path):
    """No rulings at all (an OCR'd page whose lines were not found): the header
    names fix the columns, wider gaps separate the rows."""
    rows = [
        HEADER,
        ["HR", "Risk för ohälsa om SAM inte\när välfungerande.", "Regionövergripande åtgärd: Varje\nchef ska följa upp arbetet."],
        ["", "", "Fördelade chef ska stämma av\nhur arbetet fungerar."],
        ["Ekonomi", "Risken att projektet inte\nlevererar enligt plan.", "Utvärdera användarstödet."],
    ]
    ops, bottom = table_ops(72, 120, WIDTHS, rows, bold_rows=(0,), pad=5, numeric_right=False)
    ops += [Text(72, bottom + 20, "Kommentar: Uppföljning sker i samband med delårsrapporten och helårsrapporten.")]
    (page,) = pages_of(tmp_path, [ops])
    (grid,) = find_tables(page)
    assert [c.text for c in grid.header_rows[0]] == HEADER
    risks = extract_risks(grid)
    assert [(r.area, r.risk) for r in risks] == [
        ("HR", "Risk för ohälsa om SAM inte är välfungerande."),
        ("Ekonomi", "Risken att projektet inte levererar enligt plan."),
    ]
    assert texts(risks[0]) == ["Regionövergripande åtgärd: Varje chef ska följa upp arbetet.",
                                "Fördelade chef ska stämma av hur arbetet fungerar."]
    assert texts(risks[1]) == ["Utvärdera användarstödet."]


# --- the report's layout: one Status | Åtgärd table per risk (seed 001, 8.1) -------------


def _action_grid(rows, row_pages):
    grid = _grid(["Status", "Åtgärd"], rows)
    grid.row_pages = row_pages  # as merge_continued leaves it for a table over two pages
    return grid


def test_action_table_roles():
    assert is_action_table(_grid(["Status", "Åtgärd"], []))
    assert not is_action_table(_grid(["Verksamhet", "Risk", "Åtgärd", "Status"], []))
    assert not is_risk_table(_grid(["Status", "Åtgärd"], []))


def test_actions_and_their_comments_over_a_page_break():
    grid = _action_grid([
        ["✓", "Genomför en spendanalys. Kommentar Har åtgärden bidragit till önskad effekt? Ja. "
              "Det är rimligt att anta att artiklar bidrar till detta."],
        # page 2, under the repeated header: a new paragraph of the same comment (capital, after a full stop)
        ["", "Önskas en spendanalys finns underlag. Ska risken ingå i nästkommande års riskanalys? Nej"],
        # a new action whose status symbol was not printed: its own text before its own "Kommentar"
        ["", "Ta fram kontinuitetsplan. Kommentar Har åtgärden bidragit till önskad effekt? Delvis."],
        ["⚠", "Implementera riktlinjen. Kommentar"],
    ], [5, 6, 6, 6])
    recs = extract_actions(grid)
    assert [(r.text, r.status, r.comment, r.pages) for r in recs] == [
        ("Genomför en spendanalys.", "✓",
         "Har åtgärden bidragit till önskad effekt? Ja. Det är rimligt att anta att artiklar bidrar till detta. "
         "Önskas en spendanalys finns underlag. Ska risken ingå i nästkommande års riskanalys? Nej", [5, 6]),
        ("Ta fram kontinuitetsplan.", None, "Har åtgärden bidragit till önskad effekt? Delvis.", [6]),
        ("Implementera riktlinjen.", "⚠", None, [6]),
    ]


def test_an_action_cut_before_its_comment():
    grid = _action_grid([
        ["✓", "Område fastigheter ska bidra i arbetet med diesel. Kommentar"],
        ["", "Har åtgärden bidragit till önskad effekt? Ja. Ska risken ingå i nästkommande års riskanalys? Ja"],
        ["✓", "Säkerställ att slutanvändarna genomför utbildning och"],
        ["", "får stöd i det nya ekonomisystemet. Kommentar Ja."],
    ], [3, 4, 4, 5])
    assert [(r.text, r.comment) for r in extract_actions(grid)] == [
        ("Område fastigheter ska bidra i arbetet med diesel.",
         "Har åtgärden bidragit till önskad effekt? Ja. Ska risken ingå i nästkommande års riskanalys? Ja"),
        ("Säkerställ att slutanvändarna genomför utbildning och får stöd i det nya ekonomisystemet.", "Ja."),
    ]


def test_list_marks_part_the_actions_of_a_cell():
    assert split_actions("1. Regionövergripande åtgärd: Följ upp. 2. Utbilda chefer enligt 2. kap.") == [
        "Regionövergripande åtgärd: Följ upp.", "Utbilda chefer enligt 2. kap."]
    assert split_actions("• Planera underhållet. • Redovisa nyckeltal.") == ["Planera underhållet.", "Redovisa nyckeltal."]
    assert split_actions("3. Identifiera processer.") == ["Identifiera processer."]  # a list cut into rows
    assert split_actions("– Ta fram en plan") == ["Ta fram en plan"]


def test_paragraphs_of_an_action_cell_are_its_actions_up_to_the_comment():
    box = BBox(x0=0, top=0, x1=1, bottom=1)
    cell = GridCell("Ta fram en plan. Påbörja arbetet. Kommentar Klart.", box,
                         paragraphs=("Ta fram en plan.", "Påbörja arbetet.", "Kommentar", "Klart."))
    grid = _grid(HEADER, [["HR", "Risken att X.", ""]])
    grid.rows[0][2] = cell
    (rec,) = extract_risks(grid)
    assert [a.text for a in rec.actions] == ["Ta fram en plan.", "Påbörja arbetet."]
    assert [a.comment for a in rec.actions] == ["Klart.", "Klart."]  # the cell's comment, on each of its åtgärder


def test_a_cells_paragraphs_from_the_gaps_between_its_lines(tmp_path):
    ops = [Text(72, 100, "Ta fram en plan för"), Text(72, 112, "verksamheten."),
           Text(72, 132, "Påbörja arbetet med"), Text(72, 144, "elförsörjningen.")]
    (page,) = pages_of(tmp_path, [ops])
    from extractors.tables.lines import cell_of

    cell = cell_of(page.words)
    assert cell.paragraphs == ("Ta fram en plan för verksamheten.", "Påbörja arbetet med elförsörjningen.")
    assert cell_of(page.words[:4]).paragraphs == ()
