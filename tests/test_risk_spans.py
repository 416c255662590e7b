"""Risk tables as other producers print them, on tiny PDFs: a Risk cell
merged down over several Åtgärd rows (Word's vMerge, HTML rowspan), a
Verksamhet cell merged over several risks, a risk row broken across a page
break (with and without the header repeated), an empty Risk cell meaning
"same risk, another action" — in full grids, with horizontal rules only,
and without any rules.  Each risk must come out once, with all its actions."""

from __future__ import annotations

import pytest

from extractors.interpret.risk_table import extract_risks, is_risk_table
from extractors.tables import find_tables, merge_continued
from tinypdf import MERGED, Text, pages_of, span_table_ops

WIDTHS = [95, 150, 220]
HEADER = ["Verksamhet", "Risk", "Åtgärd"]
RULES = ["grid", "horizontal", "none"]
# a table with neither rules nor a repeated header gives nothing to join its part on the
# next page by: those lines are read as running text (an open limit)
_NO_HEADER = pytest.mark.xfail(strict=True, reason="unruled part without a repeated header is not found as a table")
BREAKS = [pytest.param(rules, repeat, marks=[_NO_HEADER] if rules == "none" and not repeat else [],
                       id=f"{rules}-{'header' if repeat else 'no-header'}")
          for rules in RULES for repeat in (True, False)]


def _risks(tmp_path, pages_rows, rules, top=110):
    """Each page's rows drawn as one table at ``top``; the risks read from
    the tables joined over the page breaks."""
    pages = []
    for rows in pages_rows:
        ops, _ = span_table_ops(72, top, WIDTHS, rows, rules=rules,
                                bold_rows=(0,) if rows and rows[0] == HEADER else ())
        pages.append([Text(72, 60, "9.1 Internkontrollplan", size=13, bold=True)] + ops)
    read = pages_of(tmp_path, pages)
    grids = [g for p in read for g in find_tables(p)]
    merged = merge_continued(grids, read)
    tables = [g for g in merged if is_risk_table(g)]
    assert len(tables) == 1, [[c.text for c in g.header_rows[0]] if g.header_rows else None for g in merged]
    return [(r.area, r.risk, [a.text for a in r.actions]) for r in extract_risks(tables[0])]


HR = ("HR", "Risk för ohälsa och olycksfall om det systematiska arbetsmiljöarbetet inte är välfungerande i "
      "vardagen.")
HR_ACTIONS = ["Varje chef ska följa upp sitt arbetsmiljöarbete.", "Chefen ska stämma av uppgifterna årligen.",
              "Skyddsombud ska delta i uppföljningen."]
EKONOMI = ("Ekonomi", "Risken att redovisningen inte är rättvisande.", ["Informera om attestreglerna."])


@pytest.mark.parametrize("rules", RULES)
def test_risk_cell_merged_down_over_three_actions(tmp_path, rules):
    """The risk's text is taller than its first action row: it flows on beside
    the second and third action (no border in the merged cell)."""
    rows = [
        HEADER,
        ["HR", "Risk för ohälsa och\nolycksfall om det\nsystematiska\narbetsmiljöarbetet inte\när välfungerande i\n"
               "vardagen.", "Varje chef ska följa upp\nsitt arbetsmiljöarbete."],
        [MERGED, MERGED, "Chefen ska stämma av\nuppgifterna årligen."],
        [MERGED, MERGED, "Skyddsombud ska delta i\nuppföljningen."],
        ["Ekonomi", "Risken att redovisningen\ninte är rättvisande.", "Informera om\nattestreglerna."],
    ]
    assert _risks(tmp_path, [rows], rules) == [(*HR, HR_ACTIONS), EKONOMI]


@pytest.mark.parametrize("rules", RULES)
def test_area_cell_merged_over_two_risks(tmp_path, rules):
    rows = [
        HEADER,
        ["Kontinuitets-\nhantering", "Risken att verksamheten\ninte kan bedrivas vid en\nstörning i samhället.",
         "Ta fram en\nkontinuitetsplan."],
        [MERGED, MERGED, "Förstärk\nelförsörjningen."],
        [MERGED, "Risken att leveranser\nförsenas.", "Identifiera kritiska\nprocesser."],
        ["Fastighets-\nunderhåll", "Risk att underhållet inte\när säkerställt.", "Planera underhållet."],
    ]
    assert _risks(tmp_path, [rows], rules) == [
        ("Kontinuitetshantering", "Risken att verksamheten inte kan bedrivas vid en störning i samhället.",
         ["Ta fram en kontinuitetsplan.", "Förstärk elförsörjningen."]),
        ("Kontinuitetshantering", "Risken att leveranser försenas.", ["Identifiera kritiska processer."]),
        ("Fastighetsunderhåll", "Risk att underhållet inte är säkerställt.", ["Planera underhållet."]),
    ]


@pytest.mark.parametrize("rules", RULES)
def test_empty_risk_cell_continues_the_risk_above(tmp_path, rules):
    """Empty (not merged) Verksamhet and Risk cells, each row ruled off: the
    row is another action of the risk above."""
    rows = [
        HEADER,
        ["HR", "Risk för ohälsa och\nolycksfall om det\nsystematiska\narbetsmiljöarbetet inte\när välfungerande i\n"
               "vardagen.", "Varje chef ska följa upp\nsitt arbetsmiljöarbete."],
        ["", "", "Chefen ska stämma av\nuppgifterna årligen."],
        ["", "", "Skyddsombud ska delta i\nuppföljningen."],
        ["Ekonomi", "Risken att redovisningen\ninte är rättvisande.", "Informera om\nattestreglerna."],
    ]
    assert _risks(tmp_path, [rows], rules) == [(*HR, HR_ACTIONS), EKONOMI]


@pytest.mark.parametrize("rules,repeat_header", BREAKS)
def test_risk_row_broken_across_a_page(tmp_path, rules, repeat_header):
    """The row's Risk and Åtgärd text is cut by the page break and goes on at
    the top of the next page (under the repeated header, or without one)."""
    page1 = [
        HEADER,
        ["Ekonomi", "Risken att redovisningen\ninte är rättvisande.", "Informera om\nattestreglerna."],
        ["Informations-\nsäkerhet", "Risken att verksamheten\ninte efterlever tillämplig",
         "Säkerställ ett systematiskt\noch riskbaserat"],
    ]
    page2 = ([HEADER] if repeat_header else []) + [
        ["", "dataskyddslagstiftning\n(GDPR).", "informationssäkerhets-\narbete."],
        ["", "", "Säkerställ att\ninformationsklassning\nhar genomförts."],
        ["Fastighets-\nunderhåll", "Risk att underhållet inte\när säkerställt.", "Planera underhållet."],
    ]
    assert _risks(tmp_path, [page1, page2], rules) == [
        EKONOMI,
        ("Informationssäkerhet", "Risken att verksamheten inte efterlever tillämplig dataskyddslagstiftning (GDPR).",
         ["Säkerställ ett systematiskt och riskbaserat informationssäkerhetsarbete.",
          "Säkerställ att informationsklassning har genomförts."]),
        ("Fastighetsunderhåll", "Risk att underhållet inte är säkerställt.", ["Planera underhållet."]),
    ]


@pytest.mark.parametrize("rules,repeat_header", BREAKS)
def test_merged_risk_cell_broken_across_a_page(tmp_path, rules, repeat_header):
    """A Risk cell merged over two actions whose text runs on past the page
    break, beside the rest of the second action."""
    page1 = [
        HEADER,
        ["Kontinuitets-\nhantering", "Risken att Regionservice\ninte kan bedriva\nverksamhet vid en större\n"
                                     "samhällsstörning och",
         "Ta fram en\nkontinuitetsplan."],
        [MERGED, MERGED, "Påbörja arbetet med att\nförstärka elförsörjningen.\nSyftet är att"],
    ]
    page2 = ([HEADER] if repeat_header else []) + [
        ["", "därmed inte leverera\ntjänster till kunder.", "säkerställa robusthet."],
        [MERGED, "Risken att leveranser\nförsenas.", "Identifiera kritiska\nprocesser."],
        ["Fastighets-\nunderhåll", "Risk att underhållet inte\när säkerställt.", "Planera underhållet."],
    ]
    assert _risks(tmp_path, [page1, page2], rules) == [
        ("Kontinuitetshantering", "Risken att Regionservice inte kan bedriva verksamhet vid en större "
                                  "samhällsstörning och därmed inte leverera tjänster till kunder.",
         ["Ta fram en kontinuitetsplan.",
          "Påbörja arbetet med att förstärka elförsörjningen. Syftet är att säkerställa robusthet."]),
        ("Kontinuitetshantering", "Risken att leveranser försenas.", ["Identifiera kritiska processer."]),
        ("Fastighetsunderhåll", "Risk att underhållet inte är säkerställt.", ["Planera underhållet."]),
    ]


def test_area_word_broken_without_a_hyphen_in_its_narrow_column(tmp_path):
    """Word processors break a long area name inside the word when the column
    is too narrow ("Informationssäker" / "het"); names of several words stay apart."""
    rows = [
        HEADER,
        ["Informationssäker\nhet", "Risken att verksamheten\ninte efterlever lagen.", "Säkerställ arbetet."],
        ["Kvalitet och\nutveckling", "Risken att processerna\ninte utgår från kunden.", "Kartlägg processerna."],
    ]
    assert [a for a, _, _ in _risks(tmp_path, [rows], "grid")] == ["Informationssäkerhet", "Kvalitet och utveckling"]
