"""Issue 9, classes 4 and 7: list bullets drawn as graphics (or as odd glyphs)
and tables of contents, on tiny PDFs from three producers — reportlab
(drawn here with tests/tinypdf.py), headless Chromium and LibreOffice (the
committed PDFs of tests/data/structures/, made by make_pdfs.py there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import tables
from extractors.interpret.classify import Classifier
from extractors.layout.blocks import build_blocks
from models.pagedata import Line, Mark, PageText, Word
from pipeline.convert import Converter
from tests.tinypdf import Shape, Text, pages_of
from scoring import ITEM_KINDS  # the printed items; perspectives and strategy areas are tested in test_hierarchy

DATA = Path(__file__).parent / "data" / "structures"
SIZE = 11.0

DIGITAL = [
    ["Att skapa en hög grad av förankring i verksamheterna och att bidra i arbetet med",
     "den digitala mognaden i hela regionen."],
    ["Att arbeta med utbildning och en lärande organisation."],
    ["Att utveckla e-tjänster tillsammans med verksamheterna."],
]
DIGITAL_TEXTS = [
    "Att skapa en hög grad av förankring i verksamheterna och att bidra i arbetet med den digitala "
    "mognaden i hela regionen.",
    "Att arbeta med utbildning och en lärande organisation.",
    "Att utveckla e-tjänster tillsammans med verksamheterna.",
]
CLOSING = "Efter listan följer en vanlig mening som avslutar stycket."


@pytest.fixture(scope="module")
def converter():
    return Converter()


def _classified(pages: list[PageText], classifier: Classifier):
    grids = {p.number: tables.find_tables(p) for p in pages}
    return classifier.classify(build_blocks(pages, grids, starts_block=classifier.cues.opens_item))


def _list_page(marker) -> list:
    """A heading, "Strategier för digitalisering", three items whose bullet is
    drawn by ``marker(top)`` (ops at x 78; the text starts at x 90, wrapped
    lines under the first word), then a closing paragraph at the left edge."""
    ops = [Text(72, 70, "3.1 Perspektiv: Process", size=13, bold=True),
           Text(72, 100, "Strategier för digitalisering", size=SIZE)]
    top = 120.0
    for lines in DIGITAL:
        ops += marker(top)
        for ln in lines:
            ops.append(Text(90, top, ln, size=SIZE))
            top += SIZE * 1.25
        top += 3
    ops.append(Text(72, top + 8, CLOSING, size=SIZE))
    return ops


# the x-height centre of an 11 pt Helvetica line drawn at ``top`` is ≈ top + 5.7
SHAPES = {
    "disc": lambda top: [Shape(78, top + 3.7, 4.0, "disc")],
    "square": lambda top: [Shape(78, top + 3.7, 4.0, "square")],
    "ring": lambda top: [Shape(78, top + 3.5, 4.4, "ring")],
    "symbol-font bullet": lambda top: [Text(78, top, "•", size=SIZE, font="Symbol")],
    "dingbat 'l'": lambda top: [Text(78, top, "●", size=SIZE, font="ZapfDingbats")],
    "en dash": lambda top: [Text(78, top, "–", size=SIZE)],
    "hyphen": lambda top: [Text(78, top, "-", size=SIZE)],
    "letter o": lambda top: [Text(78, top, "o", size=SIZE)],
}


@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_reportlab_bullets_of_every_kind_are_strategies(tmp_path, kind, converter):
    pages = pages_of(tmp_path, [_list_page(SHAPES[kind])])
    blocks = build_blocks(pages)
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Perspektiv: Process"),
        ("paragraph", "Strategier för digitalisering"),
        *[("list_item", t) for t in DIGITAL_TEXTS],
        ("paragraph", CLOSING),
    ]
    out = _classified(pages, converter.classifier)
    assert [(i.kind, i.text) for i in out.items if i.kind in ITEM_KINDS] == [("strategy", t) for t in DIGITAL_TEXTS]


def test_drawn_bullets_are_marks_in_the_text_layer(tmp_path):
    pages = pages_of(tmp_path, [_list_page(SHAPES["disc"])])
    assert len(pages[0].marks) == 3
    assert not any(w.text == "•" for w in pages[0].words)  # no glyph: the bullet is a path
    assert all(m.filled and round(m.width, 1) == 4.0 for m in pages[0].marks)


def test_without_the_bullets_the_lines_are_no_list(tmp_path):
    # the same page with nothing drawn before the items: no list item
    pages = pages_of(tmp_path, [_list_page(lambda top: [])])
    assert not [b for b in build_blocks(pages) if b.kind == "list_item"]


def _words(x0: float, top: float, texts: list[str], size: float = SIZE, gap: float = 3.0,
           fontname: str = "Helvetica", first_font: str | None = None) -> list[Word]:
    out, x = [], x0
    for k, t in enumerate(texts):
        w = len(t) * size * 0.5
        font = first_font if (k == 0 and first_font) else fontname
        out.append(Word(t, x, top, x + w, top + size, fontname=font, size=size))
        x += w + gap
    return out


def _page(words: list[Word], marks: list[Mark] = ()) -> PageText:
    return PageText(number=1, width=595, height=842, words=words, marks=list(marks))


@pytest.mark.parametrize("glyph", ["▪", "●", "\uf0b7", "\uf0a7", "➢", "►", "❖", "✓", "–", "-", "o"])
def test_odd_bullet_glyphs_set_apart_open_list_items(glyph):
    words = (_words(72, 100, [glyph, "Att", "arbeta", "med", "utbildning."], gap=3.0)
             + _words(72, 120, [glyph, "Att", "utveckla", "e-tjänster."], gap=3.0))
    # the bullet's tab: the text starts well right of the glyph
    words = [w if w.text != glyph else Word(w.text, 72, w.top, 76, w.bottom, w.fontname, w.size) for w in words]
    words = [Word(w.text, w.x0 + 10, w.top, w.x1 + 10, w.bottom, w.fontname, w.size) if w.x0 > 76 else w
             for w in words]
    blocks = build_blocks([_page(words)])
    assert [(b.kind, b.text) for b in blocks] == [
        ("list_item", "Att arbeta med utbildning."), ("list_item", "Att utveckla e-tjänster.")]


@pytest.mark.parametrize("glyph", ["→", "%", "§", "&", "\"", "+"])
def test_a_symbol_at_a_word_space_before_text_is_no_bullet(glyph):
    words = _words(72, 100, [glyph, "se", "bilaga", "för", "detaljer."], gap=3.0)
    blocks = build_blocks([_page(words)])
    assert [b.kind for b in blocks] == ["paragraph"]


def test_a_symbol_font_glyph_first_is_a_bullet_whatever_it_maps_to():
    words = _words(72, 100, ["n", "Att", "mäta", "kvaliteten."], first_font="Wingdings-Regular")
    blocks = build_blocks([_page(words)])
    assert [(b.kind, b.text, b.marker) for b in blocks] == [("list_item", "Att mäta kvaliteten.", "•")]


def _line_words(top: float = 100.0) -> list[Word]:
    return _words(90, top, ["Att", "arbeta", "med", "utbildning."])


@pytest.mark.parametrize(
    "mark, bullet",
    [
        (Mark(78, 103.5, 82, 107.5), True),  # a small disc left of the first word, on its letters
        (Mark(78, 103.5, 82, 107.5, filled=False), True),  # a ring
        (Mark(40, 103.5, 44, 107.5), False),  # too far left (> 2.5 em): not this line's
        (Mark(74, 100.0, 86, 112.0), False),  # as tall as the letters: a box, not a bullet
        (Mark(78, 113.0, 82, 117.0), False),  # below the line's letters
        (Mark(300, 103.5, 304, 107.5), False),  # after the text (a status dot)
    ],
)
def test_which_marks_are_bullets(mark, bullet):
    blocks = build_blocks([_page(_line_words(), [mark])])
    assert [b.kind for b in blocks] == (["list_item"] if bullet else ["paragraph"])
    assert blocks[0].text == "Att arbeta med utbildning."


def test_a_mark_inside_a_table_is_no_bullet():
    from models.contract import BBox
    from models.pagedata import TableGrid

    grid = TableGrid(page=1, bbox=BBox(x0=70, top=95, x1=400, bottom=115), header_rows=[], rows=[])
    words = _line_words() + _words(90, 130, ["Att", "utveckla", "e-tjänster."])
    marks = [Mark(78, 103.5, 82, 107.5), Mark(78, 133.5, 82, 137.5)]
    blocks = build_blocks([_page(words, marks)], {1: [grid]})
    assert [(b.kind, b.text) for b in blocks] == [("table", ""), ("list_item", "Att utveckla e-tjänster.")]


def test_attach_marks_puts_one_bullet_word_first():
    from extractors.layout.blocks import attach_marks

    line = Line(words=_line_words(), page=1)
    (out,) = attach_marks([line], [Mark(78, 103.5, 82, 107.5)])
    assert out.words[0].text == "•" and out.words[0].fontname == "mark"
    assert out.text == "• Att arbeta med utbildning."
    # one mark is one line's bullet only
    a, b = attach_marks([line, Line(words=_line_words(100.0), page=1)], [Mark(78, 103.5, 82, 107.5)])
    assert [a.words[0].text, b.words[0].text] == ["•", "Att"]


# ------------------------------------------------------------ real producers


SUSTAINABLE = [
    "Att minska klimatpåverkan från transporter och måltider.",
    "Att ställa hållbarhetskrav i alla upphandlingar där det är möjligt och rimligt, och att följa upp att "
    "kraven efterlevs under hela avtalstiden.",
]
DIGITAL_LONG = [
    "Att skapa en hög grad av förankring i verksamheterna och att bidra i arbetet med den digitala mognaden "
    "i hela regionen, så att nya arbetssätt kommer till nytta för invånarna.",
    "Att arbeta med utbildning och en lärande organisation.",
    "Att utveckla e-tjänster tillsammans med verksamheterna.",
]


BULLETS = {
    # disc and ring bullets are vector paths, square bullets rectangles
    "bullets-chromium.pdf": DIGITAL_LONG + SUSTAINABLE + ["Att mäta kvaliteten i leveranserna."],
    # Word's "List Bullet" numbering: a private-use glyph of OpenSymbol, wrapped lines hang under the text
    "bullets-libreoffice.pdf": DIGITAL_LONG + SUSTAINABLE,
    # filled discs and squares drawn as paths
    "bullets-reportlab.pdf": DIGITAL_LONG + SUSTAINABLE,
}


@pytest.mark.parametrize("name", sorted(BULLETS))
def test_every_producers_bullets_are_strategies(name, converter):
    doc = converter.convert(DATA / name)
    assert [(s.number, s.title) for s in doc.sections] == [("3.1", "Perspektiv: Process")]
    assert [(i.kind, i.text) for i in doc.items if i.kind in ITEM_KINDS] == [("strategy", t) for t in BULLETS[name]]


TOC = [("1", "Inledning", 2), ("2", "Vision och värdegrund", 2), ("3", "Mål, strategier och uppdrag", 3),
       ("3.1", "Perspektiv: Process", 3), ("3.2", "Perspektiv: Resurs", 4)]
BODY_SECTIONS = [("1", "Inledning", 2), ("2", "Vision och värdegrund", 2), ("3", "Mål, strategier och uppdrag", 3),
                 ("3.1", "Perspektiv: Process", 3), ("3.2", "Perspektiv: Resurs", 4)]


@pytest.mark.parametrize("name", ["toc-chromium.pdf", "toc-libreoffice.pdf", "toc-reportlab.pdf"])
def test_every_producers_toc_is_kept_apart_from_the_sections(name, converter):
    # Chromium: leaders a dotted border (no dots in the text); LibreOffice: tab dot leaders;
    # reportlab: dots in the text.  Top-level entries are bold, so they look like numbered headings.
    doc = converter.convert(DATA / name)
    assert [(t.number, t.title, t.printed_page, t.page) for t in doc.toc] == [(n, t, p, 1) for n, t, p in TOC]
    assert [(s.number, s.title, s.page) for s in doc.sections] == BODY_SECTIONS
    assert [(i.kind, i.text, i.page) for i in doc.items if i.kind in ITEM_KINDS] == [
        ("goal", "Regionservice är en möjliggörande och värdeskapande partner.", 3),
        ("goal", "Regionservice har en ekonomi i balans.", 4)]
    by_id = {i.id: i for i in doc.items}
    assert [(by_id[i.parent].kind, by_id[i.parent].text) for i in doc.items if i.kind == "goal"] == [
        ("perspective", "Process"), ("perspective", "Resurs")]  # each goal under the perspective printed above it
