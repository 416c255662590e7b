"""Classification on hand-built blocks: cue items, modes and where they end,
parent links, comments, numbered assignment lists and sections."""

import pytest

from extractors.interpret.classify import Classifier
from models.contract import BBox
from models.pagedata import Block

BOX = BBox(x0=70, top=100, x1=500, bottom=112)


def h(text, number=None, level=1, page=1):
    return Block(kind="heading", text=text, page=page, bbox=BOX, number=number, level=level, bold=True)


def p(text, bold=False, italic=False, page=1):
    return Block(kind="paragraph", text=text, page=page, bbox=BOX, bold=bold, italic=italic)


def li(text, marker="•", page=1):
    return Block(kind="list_item", text=text, page=page, bbox=BOX, marker=marker)


@pytest.fixture(scope="module")
def classifier():
    return Classifier()


def kinds(result):
    return [(i.kind, i.text, i.parent) for i in result.items]


def test_plan_structure(classifier):
    blocks = [
        h("Mål, strategier och uppdrag", "5"),
        h("Perspektiv: Process", "5.2", 2),
        p("Strategier för digitalisering"),
        li("Att skapa en hög grad av förankring."),
        li("Att arbeta med utbildning."),
        p("Region Örebro läns verksamheter ska fortsätta att utveckla digitala lösningar."),
        li("En fortsatt digitalisering inom regionens alla verksamheter"),
        p("Mål: Vi digitaliserar för att möjliggöra ökad leveransförmåga.", bold=True),
        p("Indikatorer", italic=True),
        p("Den digitala mognaden ska öka."),
        p("HME delindex Ledning ska bibehållas eller öka."),
        p("Uppdrag: Område IT får i uppdrag att tydliggöra sin roll.", bold=True),
        p("Aktiviteter", italic=True),
        p("Testa konceptet servicerond hos kund."),
        h("Perspektiv: Resurs", "5.3", 2, page=2),
        p("Effektmål 9. Region Örebro län är en attraktiv arbetsgivare.", bold=True, page=2),
        p("Indikatorer", page=2),
        p("Frisktalet ska förbättras.", page=2),
        p("Uppdrag", bold=True, page=2),
        li("Regionservice områden får i uppdrag att se över serviceutbudet.", marker="1.", page=2),
        li("Område IT får i uppdrag att etablera livscykelhantering.", marker="2.", page=2),
        p("Varje område leds av en områdeschef.", page=2),
    ]
    r = classifier.classify(blocks)
    assert [(s.id, s.number, s.title, s.level) for s in r.sections] == [
        ("s5", "5", "Mål, strategier och uppdrag", 1),
        ("s5.2", "5.2", "Perspektiv: Process", 2),
        ("s5.3", "5.3", "Perspektiv: Resurs", 2),
    ]
    goal1, goal2 = [i.id for i in r.items if i.kind == "goal"]
    process, area, resurs = [i.id for i in r.items if i.kind in ("perspective", "strategy_area")]
    assert kinds(r) == [
        ("perspective", "Process", None),
        # no "Strategi:" heading printed: the "Strategier för …" line names the strategy area
        ("strategy_area", "Digitalisering", process),
        ("strategy", "Att skapa en hög grad av förankring.", area),
        ("strategy", "Att arbeta med utbildning.", area),
        ("goal", "Vi digitaliserar för att möjliggöra ökad leveransförmåga.", area),
        ("indicator", "Den digitala mognaden ska öka.", goal1),
        ("indicator", "HME delindex Ledning ska bibehållas eller öka.", goal1),
        ("assignment", "Område IT får i uppdrag att tydliggöra sin roll.", goal1),
        ("activity", "Testa konceptet servicerond hos kund.", goal1),
        ("perspective", "Resurs", None),
        ("goal", "Region Örebro län är en attraktiv arbetsgivare.", resurs),
        ("indicator", "Frisktalet ska förbättras.", goal2),
        ("assignment", "Regionservice områden får i uppdrag att se över serviceutbudet.", goal2),
        ("assignment", "Område IT får i uppdrag att etablera livscykelhantering.", goal2),
    ]
    assert [i.cue for i in r.items if i.kind in ("perspective", "strategy_area")] == [
        "Perspektiv:", "Strategier för", "Perspektiv:"]
    goal = next(i for i in r.items if i.kind == "goal" and i.page == 2)
    assert (goal.cue, goal.number, goal.section) == ("Effektmål 9.", "9", "s5.3")
    numbered = [i for i in r.items if i.kind == "assignment" and i.number]
    assert [i.number for i in numbered] == ["1", "2"]


def test_prose_and_bold_blocks_end_indicator_mode(classifier):
    long_prose = " ".join(["Det här är ett långt stycke löptext om verksamheten."] * 15)
    r = classifier.classify([
        p("Mål: Regionservice har ett årligt resultat på 2 %.", bold=True),
        p("Indikatorer"),
        p("Resultat %."),
        p(long_prose),
        p("Denna mening kommer efter prosan och är inte en indikator."),
        p("Ekonomi", bold=True),
    ])
    assert [(i.kind, i.text) for i in r.items] == [
        ("goal", "Regionservice har ett årligt resultat på 2 %."),
        ("indicator", "Resultat %."),
    ]


def test_comment_attaches_to_the_item_before_it_and_not_across_sections(classifier):
    r = classifier.classify([
        h("Perspektiv: Process", "4.3", 2),
        p("Uppdrag: Område IT får i uppdrag att införa elektronisk signering.", bold=True),
        p("Kommentar", bold=True),
        p("Under våren initierades ett uppdrag."),
        p("Arbetet fortsätter 2022."),
        h("Perspektiv: Resurs", "4.4", 2),
        p("Kommentar", italic=True),
        p("Perspektivet beskrivs nedan."),
    ])
    _, a, _ = r.items  # the perspectives Process and Resurs around the assignment
    assert a.comment == "Under våren initierades ett uppdrag. Arbetet fortsätter 2022."


def test_duplicate_section_numbers_get_unique_ids(classifier):
    r = classifier.classify([h("Inledning", "1"), h("Handlingsplan", None), h("Inledning", "1")])
    assert [s.id for s in r.sections] == ["s1", "h1", "s1-2"]


def test_inline_indicator_and_activity_cues(classifier):
    r = classifier.classify([
        p("Mål: Vi arbetar aktivt för att minska vår klimatpåverkan.", bold=True),
        p("Indikator: Andel fossilfria fordon ska öka."),
        p("Styrtal: Energianvändning per kvadratmeter."),
        p("Aktivitet: Byta ut belysning till LED."),
    ])
    goal = r.items[0].id
    assert kinds(r) == [
        ("goal", "Vi arbetar aktivt för att minska vår klimatpåverkan.", None),
        ("indicator", "Andel fossilfria fordon ska öka.", goal),
        ("indicator", "Energianvändning per kvadratmeter.", goal),
        ("activity", "Byta ut belysning till LED.", goal),
    ]


def test_goal_in_a_framed_one_cell_box_is_read_as_text(classifier):
    from models.pagedata import GridCell, TableGrid

    box = TableGrid(page=3, bbox=BOX, header_rows=[], rows=[
        [GridCell(text="Mål: Våra medarbetare är involverade och motiverade.", bbox=BOX, bold=True)]])
    r = classifier.classify([
        Block(kind="table", text="", page=3, bbox=BOX, table=box),
        p("Indikatorer", italic=True, page=3),
        p("HME delindex Motivation ska öka.", page=3),
    ])
    assert kinds(r) == [
        ("goal", "Våra medarbetare är involverade och motiverade.", None),
        ("indicator", "HME delindex Motivation ska öka.", r.items[0].id),
    ]
    assert r.tables == [] and r.items[0].page == 3
