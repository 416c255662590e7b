"""Where an unruled table starts: a section heading printed right above a small
label + amount list ("4 Ekonomi" over "Intäkter 120,5 …") stays a heading and
the table starts below it; a bold group row of the table's own size stays in
the table (extractors/tables/aligned.py, ``is_heading_above``)."""

from __future__ import annotations

import pytest

from extractors import tables
from extractors.interpret.classify import Classifier
from extractors.layout.blocks import build_blocks
from extractors.tables.aligned import is_heading_above
from extractors.tables.lines import lines_of
from models.pagedata import Word
from tinypdf import Text, pages_of

ROWS = [("Intäkter", "120,5", "118,0"), ("Kostnader", "-110,2", "-109,9"), ("Resultat", "10,3", "8,1")]


def _page(heading: Text | None, header: bool = False, gap: float = 8.0, group: str | None = None,
          one_column: bool = False) -> list:
    ops = [Text(72, 60, "Inledande text om budgeten för året som kommer.")]
    top = 90.0
    if heading is not None:
        heading.top = top
        ops.append(heading)
        top += heading.size + gap
    if header:
        ops += [Text(300, top, "Budget 2024", align="right"), Text(380, top, "Budget 2023", align="right")]
        top += 13
    if group:
        ops.append(Text(72, top, group, bold=True))
        top += 13
    for label, a, b in ROWS:
        ops += [Text(72, top, label), Text(300, top, a, align="right")]
        if not one_column:
            ops.append(Text(380, top, b, align="right"))
        top += 13
    ops.append(Text(72, top + 14, "Efter tabellen följer en vanlig mening om resultatet."))
    return ops


def _classified(pages):
    classifier = Classifier()
    grids = {p.number: tables.find_tables(p) for p in pages}
    return classifier.classify(build_blocks(pages, grids, starts_block=classifier.cues.opens_item))


HEADINGS = {
    "numbered, bold, larger": (Text(72, 0, "4 Ekonomi", size=12, bold=True), "4", "Ekonomi"),
    "numbered, bold, body size": (Text(72, 0, "3.2 Strategier", bold=True), "3.2", "Strategier"),
    "two-level number, larger": (Text(72, 0, "6.1 Budget", size=13, bold=True), "6.1", "Budget"),
    "unnumbered, larger bold": (Text(72, 0, "Ekonomi i balans", size=13, bold=True), None, "Ekonomi i balans"),
}


@pytest.mark.parametrize("one_column", [True, False], ids=["one amount", "two amounts"])
@pytest.mark.parametrize("name", sorted(HEADINGS))
def test_a_heading_right_above_an_unruled_list_stays_a_heading(tmp_path, name, one_column):
    heading, number, title = HEADINGS[name]
    (page,) = pages_of(tmp_path, [_page(heading, one_column=one_column)])
    (grid,) = tables.find_tables(page)
    assert [r[0].text for r in grid.rows] == [r[0] for r in ROWS]
    assert grid.bbox.top > 90 + heading.size  # the table starts below the heading line
    assert [c.text for c in grid.rows[0][1:]] == (["120,5"] if one_column else ["120,5", "118,0"])
    out = _classified([page])
    assert [(s.number, s.title) for s in out.sections] == [(number, title)]
    (table,) = out.tables
    assert [r.label for r in table.rows] == [r[0] for r in ROWS]
    assert [c.raw for c in table.rows[2].cells] == (["10,3"] if one_column else ["10,3", "8,1"])


@pytest.mark.parametrize("name", sorted(HEADINGS))
def test_a_heading_above_a_headed_table_stays_out_of_it(tmp_path, name):
    heading, number, title = HEADINGS[name]
    (page,) = pages_of(tmp_path, [_page(heading, header=True)])
    (grid,) = tables.find_tables(page)
    assert [[c.text for c in r] for r in grid.header_rows] == [["", "Budget 2024", "Budget 2023"]]
    out = _classified([page])
    assert [(s.number, s.title) for s in out.sections] == [(number, title)]
    assert out.tables[0].columns == ["Budget 2024", "Budget 2023"]


def test_a_bold_group_row_of_the_tables_size_stays_in_the_table(tmp_path):
    # the negative case: "Verksamhetens intäkter" printed bold above the first value row
    (page,) = pages_of(tmp_path, [_page(None, group="Verksamhetens intäkter")])
    (grid,) = tables.find_tables(page)
    assert [r[0].text for r in grid.rows] == ["Verksamhetens intäkter"] + [r[0] for r in ROWS]
    assert [c.text for c in grid.rows[0][1:]] == ["", ""]


def _line(text: str, size: float = 10.0, bold: bool = False, top: float = 100.0):
    words, x = [], 72.0
    for t in text.split():
        w = len(t) * size * 0.5
        words.append(Word(t, x, top, x + w, top + size, fontname="Helvetica-Bold" if bold else "Helvetica", bold=bold,
                          size=size))
        x += w + size * 0.3
    (ln,) = lines_of(words, 0.55)
    return ln


@pytest.mark.parametrize(
    "text, size, bold, heading",
    [
        ("4 Ekonomi", 12, True, True),
        ("3.2 Strategier", 10, True, True),
        ("3.2 Strategier", 10, False, False),  # numbered but plain body text: a row label
        ("Verksamhetens intäkter", 10, True, False),  # a bold group row
        ("Ekonomi", 13, False, True),  # clearly larger than the rows
        ("Ekonomi", 10.5, True, False),  # within the rows' size
    ],
)
def test_is_heading_above(text, size, bold, heading):
    body = [_line("Intäkter 120,5", top=140), _line("Kostnader -110,2", top=153)]
    assert is_heading_above(_line(text, size, bold), body) is heading
