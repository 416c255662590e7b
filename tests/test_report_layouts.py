"""The annual report's own layouts (seed 001) on tiny PDFs, end to end through the converter:
the internal-control plan as area heading / bold risk / ``Status | Åtgärd`` table broken
across pages with its header repeated, and indicator tables whose status, colour and trend
are symbols explained by the document's "Symbolförklaringar" legend.  The symbols are
printed with an embedded DejaVu font (base-14 fonts cannot print them)."""

from __future__ import annotations

import pytest

from models.contract import Action
from pipeline.convert import Converter
from tinypdf import UNICODE_FONTS, Text, build_pdf, paragraph, table_ops, unicode_fonts_available

pytestmark = pytest.mark.skipif(not unicode_fonts_available(), reason="needs Debian fonts-dejavu-core")

X = 72
IK_WIDTHS = [60, 390]
IND_WIDTHS = [290, 80, 80]


def _convert(tmp_path, pages, name="t.pdf"):
    return Converter().convert(build_pdf(tmp_path / name, pages, fonts=UNICODE_FONTS))


def _lines(top, lines, bold=False, size=10.0, leading=1.25):
    ops, _ = paragraph(X, top, lines, size=size, bold=bold, leading=leading)
    return ops


def _ik_pages():
    page1 = [Text(X, 430, "8.1 Internkontrollplan", size=13, bold=True)]
    page1 += _lines(460, ["Symbolförklaringar"], bold=True)
    page1 += _lines(478, ["✓ = Avslutad   ⚠ = Ej genomförd"])
    page1 += _lines(502, ["HR"], bold=True, size=11)
    page1 += _lines(522, ["Risken att systematiskt arbetsmiljöarbete (SAM) inte efterlevs."], bold=True)
    table1, _ = table_ops(X, 546, IK_WIDTHS, [
        ["Status", "Åtgärd"],
        ["✓", "Varje chef ska säkerställa efterlevnaden av SAM.\nKommentar\n"
              "Har åtgärden bidragit till önskad effekt? Ja. Alla verksamheter\narbetar med SAM."],
        ["⚠", "Implementera ny riktlinje när denna är beslutad.\nKommentar\n"
              "Har åtgärden bidragit till önskad effekt? Ej genomförd. Avvaktar\nriktlinjen från regionkansliet och"],
    ], ruled=True, bold_rows=(0,))
    page2, bottom = table_ops(X, 72, IK_WIDTHS, [
        ["Status", "Åtgärd"],
        ["", "den nya riktlinjen implementeras sedan.\n"
             "Ska risken ingå i nästkommande års riskanalys? Nej"],
        ["✔", "Genomför riskanalys och riktade utbildningsinsatser.\nKommentar\n"
              "Har åtgärden bidragit till önskad effekt? Ja.\nSka risken ingå i nästkommande års riskanalys? Nej"],
    ], ruled=True, bold_rows=(0,))
    page2 += _lines(bottom + 24, ["Ekonomi"], bold=True, size=11)
    page2 += _lines(bottom + 44, ["Risken att projektet att införa ett nytt ekonomisystem inte klarar att",
                                  "leverera resultat enligt mål i projektplan."], bold=True)
    table3, _ = table_ops(X, bottom + 84, IK_WIDTHS, [
        ["Status", "Åtgärd"],
        ["", "Utvärdera användarstödet efter driftstart.\nKommentar\n"
             "Har åtgärden bidragit till önskad effekt? Delvis."],
    ], ruled=True, bold_rows=(0,))
    return [page1 + table1, page2 + table3]


def test_internal_control_plan_in_the_reports_layout(tmp_path):
    doc = _convert(tmp_path, _ik_pages())
    risks = [i for i in doc.items if i.kind == "risk"]
    assert [(r.area, r.text) for r in risks] == [
        ("HR", "Risken att systematiskt arbetsmiljöarbete (SAM) inte efterlevs."),
        ("Ekonomi", "Risken att projektet att införa ett nytt ekonomisystem inte klarar att leverera resultat "
                    "enligt mål i projektplan."),
    ]
    hr, ekonomi = risks
    assert [a.text for a in hr.actions] == ["Varje chef ska säkerställa efterlevnaden av SAM.",
                          "Implementera ny riktlinje när denna är beslutad.",
                          "Genomför riskanalys och riktade utbildningsinsatser."]
    # ✓ and ⚠ through the legend; the heavy check mark ✔ is the legend's ✓
    assert [a.status for a in hr.actions] == ["Avslutad", "Ej genomförd", "Avslutad"]
    assert [a.comment for a in hr.actions] == [
        "Har åtgärden bidragit till önskad effekt? Ja. Alla verksamheter arbetar med SAM.",
        # the cell went on under the repeated header on page 2 (its Status cell empty)
        "Har åtgärden bidragit till önskad effekt? Ej genomförd. Avvaktar riktlinjen från regionkansliet och "
        "den nya riktlinjen implementeras sedan. Ska risken ingå i nästkommande års riskanalys? Nej",
        "Har åtgärden bidragit till önskad effekt? Ja. Ska risken ingå i nästkommande års riskanalys? Nej",
    ]
    assert (hr.page, hr.pages) == (1, [1, 2])
    assert ekonomi.actions == [Action(text="Utvärdera användarstödet efter driftstart.", status=None,  # no symbol printed
                                      comment="Har åtgärden bidragit till önskad effekt? Delvis.")]
    # the legend, the area lines and the risk lines are not sections
    assert [s.title for s in doc.sections] == ["Internkontrollplan"]
    assert all(r.section == "s8.1" for r in risks)
    assert doc.tables == []


def test_internal_control_plan_whose_bold_ocr_lost(tmp_path):
    """A scan's OCR does not see the bold of short lines and of a paragraph's last
    line: the area lines ("HR", "Juridik") and the risk's second line come out plain.
    Right above a risk paragraph such a short line is still the area, and the plain
    rest of the paragraph is still the risk, never a section."""
    ops = [Text(X, 72, "8.1 Internkontrollplan", size=13, bold=True)]
    ops += _lines(100, ["Symbolförklaringar"], bold=True)
    ops += _lines(118, ["✓ = Avslutad   ⚠ = Ej genomförd"])
    ops += _lines(142, ["HR"], size=11)
    ops += _lines(162, ["Risken att systematiskt arbetsmiljöarbete (SAM) inte efterlevs."], bold=True)
    t1, bottom = table_ops(X, 186, IK_WIDTHS, [["Status", "Åtgärd"], ["✓", "Varje chef ska säkerställa SAM."]],
                           ruled=True, bold_rows=(0,))
    ops += t1 + _lines(bottom + 24, ["Ekonomi"], size=11)
    ops += _lines(bottom + 44, ["Risken att projektet att införa ett nytt ekonomisystem inte klarar att"], bold=True)
    ops += _lines(bottom + 57, ["leverera resultat enligt mål i projektplan."])
    t2, bottom = table_ops(X, bottom + 84, IK_WIDTHS, [
        ["Status", "Åtgärd"], ["⚠", "Utvärdera användarstödet."], ["✓", "Säkerställ utbildningen."]],
        ruled=True, bold_rows=(0,))
    ops += t2 + _lines(bottom + 24, ["Juridik"], size=11)
    ops += _lines(bottom + 44, ["Risken att otillbörlig påverkan förekommer."], bold=True)
    t3, _ = table_ops(X, bottom + 68, IK_WIDTHS, [["Status", "Åtgärd"], ["", "Genomför riskanalys."]],
                      ruled=True, bold_rows=(0,))
    doc = _convert(tmp_path, [ops + t3])
    assert [(r.area, r.text, [a.text for a in r.actions], [a.status for a in r.actions])
            for r in doc.items if r.kind == "risk"] == [
        ("HR", "Risken att systematiskt arbetsmiljöarbete (SAM) inte efterlevs.", ["Varje chef ska säkerställa SAM."],
         ["Avslutad"]),
        ("Ekonomi", "Risken att projektet att införa ett nytt ekonomisystem inte klarar att leverera resultat "
                    "enligt mål i projektplan.", ["Utvärdera användarstödet.", "Säkerställ utbildningen."],
         ["Ej genomförd", "Avslutad"]),
        ("Juridik", "Risken att otillbörlig påverkan förekommer.", ["Genomför riskanalys."], [None]),
    ]
    assert [s.title for s in doc.sections] == ["Internkontrollplan"]


LEGEND = [
    "Förändringspilar, utveckling under året",
    "↗ = resultatet har förbättrats",
    "→ = resultatet är oförändrat",
    "↘ = resultatet har försämrats",
    "Indikatorer, status för perioden vid helår",
]


def _indicator_page(status_legend, rows, with_legend=True):
    ops = [Text(X, 72, "4 Nämndens mål", size=13, bold=True)]
    top = 100
    if with_legend:
        ops += _lines(top, ["Symbolförklaringar"], bold=True)
        lines = LEGEND + [f"{s} = {m}" for s, m in status_legend]
        ops += _lines(top + 18, lines, leading=1.8)  # one paragraph per legend line
        top += 18 + 18 * len(lines) + 14
    ops += _lines(top, ["Mål: Vi gör rätt saker på rätt sätt."], bold=True)
    ops += _lines(top + 20, ["Målet bedöms vara uppfyllt med en mindre avvikelse."])
    table, _ = table_ops(X, top + 44, IND_WIDTHS, [["Indikatorer", "Utfall", "Målvärde"], *rows],
                         ruled=True, bold_rows=(0,))
    return ops + table


def _indicators(doc):
    return [(i.text, i.outcome, i.target, i.status, i.trend, i.comment) for i in doc.items if i.kind == "indicator"]


def test_indicator_symbols_through_the_legend(tmp_path):
    legend = [("●", "helt"), ("◆", "delvis"), ("■", "inte alls"), ("○", "värde saknas för perioden")]
    doc = _convert(tmp_path, [_indicator_page(legend, [
        ["Det finns samverkansforum med kund.\nKommentar\nForum finns med flera kunder.", "● Helt", "● →"],
        ["Kompetens i förändringsledning ska öka.", "◆", "◆ ↗"],
        ["Region Örebro läns nya värdegrund ska implementeras.", "■ Inte alls", "■ ↘"],
        ["Digital mognad ska öka.", "○", ""],
        ["HME ska öka.", "79", ">77"],
        ["Sjukfrånvaro total % har minskat.", "6,22%", "◆ ↘"],
    ])])
    assert _indicators(doc) == [
        ("Det finns samverkansforum med kund.", None, None, "helt", "oförändrat", "Forum finns med flera kunder."),
        ("Kompetens i förändringsledning ska öka.", None, None, "delvis", "förbättrats", None),  # symbol only
        ("Region Örebro läns nya värdegrund ska implementeras.", None, None, "inte alls", "försämrats", None),
        ("Digital mognad ska öka.", None, None, None, None, None),  # ○ = värde saknas
        ("HME ska öka.", "79", ">77", None, None, None),  # values, not symbols
        ("Sjukfrånvaro total % har minskat.", "6,22%", None, None, "försämrats", None),  # "◆ ↘" is no target
    ]
    goal = next(i for i in doc.items if i.kind == "goal")
    assert all(i.parent == goal.id for i in doc.items if i.kind == "indicator")
    assert [s.title for s in doc.sections] == ["Nämndens mål"]  # the legend is not a section


def test_the_documents_legend_decides_not_the_builtin_meaning(tmp_path):
    # this document's legend uses the square for "helt" and the circle for "inte alls"
    legend = [("■", "helt"), ("▲", "delvis"), ("●", "inte alls")]
    doc = _convert(tmp_path, [_indicator_page(legend, [
        ["Indikator ett ska öka.", "■", "→"],
        ["Indikator två ska öka.", "▲", ""],
        ["Indikator tre ska öka.", "●", ""],
        ["Indikator fyra ska öka.", "◆", ""],  # not in this legend: no status
    ])])
    assert [(t, s, tr) for t, _, _, s, tr, _ in _indicators(doc)] == [
        ("Indikator ett ska öka.", "helt", "oförändrat"),
        ("Indikator två ska öka.", "delvis", None),
        ("Indikator tre ska öka.", "inte alls", None),
        ("Indikator fyra ska öka.", None, None),
    ]


def test_builtin_meanings_where_no_legend_is_printed(tmp_path):
    doc = _convert(tmp_path, [_indicator_page([], [
        ["Indikator ett ska öka.", "●", "● ↗"],
        ["Indikator två ska öka.", "◆", "→"],
        ["Indikator tre ska öka.", "■", "↘"],
    ], with_legend=False)])
    assert [(s, tr) for _, _, _, s, tr, _ in _indicators(doc)] == [
        ("helt", "förbättrats"), ("delvis", "oförändrat"), ("inte alls", "försämrats")]
