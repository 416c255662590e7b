"""Lists printed without any mark (no glyph, drawn shape or number): strategies,
assignments and activities as plain paragraphs under their heading, read from
layout evidence (extractors/layout/plain_lists.py, the hanging-indent split in
extractors/layout/blocks.py) — and ordinary prose under such a heading left alone.

The committed PDFs (tests/data/structures/plainlists-*.pdf, made by
make_pdfs.py there) come from headless Chromium, LibreOffice and reportlab;
the other cases are drawn here with tests/tinypdf.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from extractors import tables
from extractors.interpret.classify import Classifier
from extractors.layout.blocks import build_blocks
from extractors.layout.plain_lists import ListSettings, hanging_indent, sentences, unmarked_items, unmarked_list
from models.contract import BBox
from models.pagedata import Block, Line, Word
from pipeline.convert import Converter
from tinypdf import Text, pages_of
from scoring import ITEM_KINDS  # the printed items; perspectives and strategy areas are tested in test_hierarchy

DATA = Path(__file__).parent / "data" / "structures"
_spec = importlib.util.spec_from_file_location("structures_make_pdfs", DATA / "make_pdfs.py")
MAKE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(MAKE)

SIZE = 11.0
LEAD = SIZE * 1.25


@pytest.fixture(scope="module")
def converter():
    return Converter()


@pytest.fixture(scope="module")
def classifier():
    return Classifier()


def _items(pages, classifier):
    grids = {p.number: tables.find_tables(p) for p in pages}
    out = classifier.classify(build_blocks(pages, grids, starts_block=classifier.cues.opens_item))
    return [(i.kind, i.text) for i in out.items if i.kind in ITEM_KINDS]


# ------------------------------------------------------------ three producers

EXPECTED = ([("strategy", t) for t in MAKE.PLAIN_STRATEGIES] + [("assignment", t) for t in MAKE.PLAIN_ASSIGNMENTS]
            + [("activity", t) for t in MAKE.PLAIN_ACTIVITIES])


@pytest.mark.parametrize("name", ["plainlists-chromium.pdf", "plainlists-libreoffice.pdf",
                                  "plainlists-reportlab.pdf"])
def test_every_producers_unmarked_lists_are_items_and_its_prose_is_not(name, converter):
    # strategies one per line, assignments with a hanging indent (two without "får i uppdrag"),
    # activities one paragraph each; each list followed by prose, and two "Strategier för …"
    # headings followed by prose only
    doc = converter.convert(DATA / name)
    assert [(s.number, s.title) for s in doc.sections] == [("3.1", "Perspektiv: Process")]
    assert [(i.kind, i.text) for i in doc.items if i.kind in ITEM_KINDS] == EXPECTED


# ------------------------------------------------------------ drawn variants

STRATEGIES = [
    ["Att skapa en hög grad av förankring i verksamheterna och att bidra i arbetet med den",
     "digitala mognaden i hela regionen."],
    ["Att arbeta med utbildning och en lärande organisation."],
    ["Att utveckla e-tjänster tillsammans med verksamheterna."],
]
ASSIGNMENTS = [
    ["Utreda förutsättningarna för en gemensam kundtjänst för hela regionen och hur den",
     "ska följas upp."],
    ["Ta fram en plan för energieffektivisering i regionens fastigheter."],
    ["Införa ett nytt system för lokalbokning i alla verksamheter."],
]
PROSE = ["Region Örebro läns verksamheter ska fortsätta att utveckla och öka användningen av digitala",
         "lösningar. Pandemin har inneburit en snabb ökning av den digitala mognaden hos såväl",
         "organisationer som invånare. Digitala möten har blivit det normala."]


def _joined(item: list[str]) -> str:
    return " ".join(item)


def _page(heading: str, items: list[list[str]], gap: float, end_gap: float, x: float = 72, hang: float = 0.0,
          prose: list[list[str]] = (PROSE,), heading_bold: bool = False) -> list:
    """``heading``, then ``items`` (each a list of lines) ``gap`` apart at ``x``
    (wrapped lines ``hang`` further right), then ``prose`` paragraphs at the
    left margin, the first ``end_gap`` below the list."""
    ops = [Text(72, 70, "3.1 Perspektiv: Process", size=13, bold=True),
           Text(72, 100, heading, size=SIZE, bold=heading_bold)]
    top = 100 + LEAD + (gap or 2.0)
    for item in items:
        for k, ln in enumerate(item):
            ops.append(Text(x + (hang if k else 0), top, ln, size=SIZE))
            top += LEAD
        top += gap
    top += end_gap - gap
    for para in prose:
        for ln in para:
            ops.append(Text(72, top, ln, size=SIZE))
            top += LEAD
        top += end_gap
    return ops


LAYOUTS = {
    "one per line": dict(gap=0.0, end_gap=9.0),
    "paragraph spacing": dict(gap=6.0, end_gap=6.0),
    "hanging indent": dict(gap=0.0, end_gap=9.0, hang=14.0),
    "indented": dict(gap=3.0, end_gap=8.0, x=90.0),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_unmarked_strategies(tmp_path, layout, classifier):
    pages = pages_of(tmp_path, [_page("Strategier för digitalisering", STRATEGIES, **LAYOUTS[layout])])
    assert _items(pages, classifier) == [("strategy", _joined(s)) for s in STRATEGIES]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_unmarked_assignments_need_no_verb(tmp_path, layout, classifier):
    pages = pages_of(tmp_path, [_page("Uppdrag", ASSIGNMENTS, heading_bold=True, **LAYOUTS[layout])])
    assert _items(pages, classifier) == [("assignment", _joined(a)) for a in ASSIGNMENTS]


def test_a_hanging_indent_parts_items_whose_last_line_is_full(tmp_path, classifier):
    # each item's last line runs to the margin, so only the indent tells where the next one starts
    items = [["Att skapa en hög grad av förankring i verksamheterna och att bidra i arbetet med den digitala",
              "mognaden i hela regionen och skapa nytta för invånarna i hela länet med fler e-tjänster"],
             ["Att arbeta med utbildning och en lärande organisation i hela förvaltningen och med alla",
              "verksamheter som vill ta del av arbetet med att utveckla nya arbetssätt med kunderna"],
             ["Att utveckla e-tjänster tillsammans med verksamheterna."]]
    pages = pages_of(tmp_path, [_page("Strategier för digitalisering", items, gap=0.0, end_gap=9.0, hang=14.0)])
    blocks = build_blocks(pages)
    assert [b.text for b in blocks if b.kind == "paragraph"][1:4] == [_joined(i) for i in items]
    assert _items(pages, classifier) == [("strategy", _joined(i)) for i in items]


def test_activities_end_where_a_wider_gap_sets_prose_apart(tmp_path, classifier):
    acts = [["Testa och utvärdera konceptet servicerond hos kund."],
            ["Kartlägga nuvarande förmåga och uthållighet vid störning."]]
    prose = [["Arbetet följs upp i delårsrapporten."], PROSE]  # a short sentence set apart, then prose
    pages = pages_of(tmp_path, [_page("Aktiviteter", acts, gap=3.0, end_gap=12.0, prose=prose)])
    assert _items(pages, classifier) == [("activity", _joined(a)) for a in acts]


# ------------------------------------------------------------ prose stays prose

PROSE_2 = ["Förvaltningen samarbetar med andra regioner och kommuner kring lednings- och sakfrågor.",
           "Samverkan sker också med andra organisationer. Det sker också ett kunskapsutbyte genom",
           "deltagande i nationella och internationella konferenser."]


@pytest.mark.parametrize("gap", [0.0, 6.0])
def test_prose_under_a_strategy_heading_is_no_list(tmp_path, gap, classifier):
    # two prose paragraphs (three lines, several sentences each) right under the heading
    pages = pages_of(tmp_path, [_page("Strategier för hållbar utveckling", [], gap=gap, end_gap=6.0,
                                      prose=[PROSE, PROSE_2])])
    assert _items(pages, classifier) == []


def test_one_short_paragraph_then_prose_is_no_list(tmp_path, classifier):
    pages = pages_of(tmp_path, [_page("Strategier för kvalitet och utveckling",
                                      [["Strategierna beskrivs närmare i nämndens handlingsplan."]],
                                      gap=6.0, end_gap=6.0, prose=[PROSE, PROSE_2])])
    assert _items(pages, classifier) == []


def test_a_short_sentence_after_a_parallel_list_is_no_item(tmp_path, classifier):
    # the same spacing after the list, but the items all begin "Att" and the sentence does not
    after = [["Region Örebro läns verksamheter ska fortsätta att utveckla digitala lösningar."]]
    pages = pages_of(tmp_path, [_page("Strategier för digitalisering", STRATEGIES, gap=6.0, end_gap=6.0,
                                      prose=after)])
    assert _items(pages, classifier) == [("strategy", _joined(s)) for s in STRATEGIES]


def test_a_list_far_below_its_heading_is_not_read_as_one(tmp_path, classifier):
    ops = _page("Strategier för digitalisering", [], gap=0.0, end_gap=0.0, prose=[])
    top = 100 + LEAD + 60  # > 2.5 lines of white space: something else stood between
    for s in STRATEGIES:
        for ln in s:
            ops.append(Text(72, top, ln, size=SIZE))
            top += LEAD
    pages = pages_of(tmp_path, [ops])
    assert _items(pages, classifier) == []


# ------------------------------------------------------------ the pure parts


def _block(text: str, top: float, lines: int = 1, x: float = 72.0, hang: float = 0.0, size: float = 10.0,
           kind: str = "paragraph", bold: bool = False, page: int = 1) -> Block:
    lns = []
    for k in range(lines):
        x0 = x + (hang if k else 0.0)
        t = top + k * size * 1.25
        lns.append(Line(words=[Word("x", x0, t, x0 + 300, t + size, size=size, bold=bold)], page=page))
    box = BBox.union([ln.bbox for ln in lns])
    return Block(kind=kind, text=text, page=page, bbox=box, lines=lns, bold=bold, size=size)


HEAD = _block("Strategier för digitalisering", 100.0)


def _run(*blocks, **kw):
    return [b.text for b in unmarked_items(list(blocks), HEAD, **kw)]


def test_sentences():
    assert sentences("Att leda för hållbarhet.") == 1
    assert sentences("Det bidrar till kunskap. Invånarnas behov ska tillgodoses. Det sker i år.") == 3
    assert sentences("Resultatet (se bilaga 2) visar en ökning.") == 1
    assert sentences("") == 0


def test_hanging_indent():
    assert hanging_indent(_block("A", 0, lines=3, hang=14))
    assert not hanging_indent(_block("A", 0, lines=3))
    assert not hanging_indent(_block("A", 0, lines=1, hang=14))
    assert not hanging_indent(_block("A", 0, lines=2, hang=4))  # less than 0.8 em: jitter


def test_unmarked_items_evidence():
    a, b, c = (_block("Att leda.", 116), _block("Att lära.", 128.5), _block("Att mäta.", 141))
    assert _run(a, b, c) == ["Att leda.", "Att lära.", "Att mäta."]
    # an introduction ending in ":" may stand between the heading and the list
    intro = _block("Nämnden arbetar med följande strategier:", 116)
    shifted = [_block(x.text, x.bbox.top + 12.5) for x in (a, b, c)]
    assert _run(intro, *shifted) == ["Att leda.", "Att lära.", "Att mäta."]
    # one item is no list
    assert _run(a) == []
    # lower case, bold, other left edge, a list item: not an item of this list
    assert _run(a, _block("att lära.", 128.5)) == []
    assert _run(a, b, _block("Att mäta.", 141, bold=True)) == ["Att leda.", "Att lära."]
    assert _run(a, b, _block("Att mäta.", 141, x=100)) == ["Att leda.", "Att lära."]
    assert _run(a, b, _block("Att mäta.", 141, kind="list_item")) == ["Att leda.", "Att lära."]
    # three flush lines are prose; with a hanging indent they may be an item
    assert _run(a, b, _block("Att mäta och följa upp.", 141, lines=3)) == ["Att leda.", "Att lära."]
    assert _run(a, b, _block("Att mäta och följa upp.", 141, lines=3, hang=14)) == \
        ["Att leda.", "Att lära.", "Att mäta och följa upp."]
    # three sentences are prose
    assert _run(a, b, _block("Att mäta. Det görs i år. Så blir det.", 141)) == ["Att leda.", "Att lära."]
    # a wider gap ends the list
    assert _run(a, b, _block("Att mäta.", 150)) == ["Att leda.", "Att lära."]
    # a block the caller names (an item cue) ends it
    assert _run(a, b, c, stop=lambda x: x.text == "Att mäta.") == ["Att leda.", "Att lära."]
    # too far below the heading
    assert _run(_block("Att leda.", 160), _block("Att lära.", 172.5)) == []
    # a different first word after a parallel start ends it
    assert _run(a, b, _block("Region Örebro län ska leda.", 141)) == ["Att leda.", "Att lära."]
    # items without a common first word are fine
    assert _run(_block("Ett genomförande.", 116), _block("Insatser i länet.", 128.5),
                _block("Bygga resiliens.", 141)) == ["Ett genomförande.", "Insatser i länet.", "Bygga resiliens."]
    # a list that goes on over a page break
    assert _run(a, b, _block("Att mäta.", 60, page=2)) == ["Att leda.", "Att lära.", "Att mäta."]
    assert ListSettings().min_items == 2


def test_unmarked_list_names_the_block_set_apart():
    a, b = _block("Testa konceptet.", 116), _block("Kartlägga förmågan.", 128.5)
    apart = _block("Arbetet följs upp i delårsrapporten.", 150)
    run = unmarked_list([a, b, apart], HEAD)
    assert [x.text for x in run.items] == ["Testa konceptet.", "Kartlägga förmågan."] and run.apart is apart
    close = _block("Arbetet följs upp i delårsrapporten. Det sker i år. Så blir det.", 141)
    run = unmarked_list([a, b, close], HEAD)  # no wider gap: nothing set apart
    assert run.apart is None and len(run.items) == 2
