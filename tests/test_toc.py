"""Tables of contents (issue 9, class 7): entries recognised by leaders or a
right-aligned page number, kept as ``toc``; sections come from the body."""

from __future__ import annotations

import pytest

from extractors import tables
from extractors.interpret.classify import Classifier
from extractors.layout.blocks import build_blocks
from extractors.layout.toc import TocLine, entry_of_line, parse_entry_text
from models.pagedata import Line, Word
from tests.tinypdf import Text, pages_of


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1 Inledning......3", TocLine("1", "Inledning", 3, True)),
        ("4.2 Perspektiv: Process .......... 12", TocLine("4.2", "Perspektiv: Process", 12, True)),
        ("4.2. Perspektiv: Process . . . . . . 12", TocLine("4.2", "Perspektiv: Process", 12, True)),
        ("Bilaga 1 Investeringar ____ 21", TocLine(None, "Bilaga 1 Investeringar", 21, True)),
        ("5 Mål, strategier och uppdrag ··········· 7", TocLine("5", "Mål, strategier och uppdrag", 7, True)),
        ("6.3 Resultatbudget … 14", TocLine("6.3", "Resultatbudget", 14, True)),
        ("Sammanfattning.....................2", TocLine(None, "Sammanfattning", 2, True)),
        ("2021 Verksamhetsår ..... 4", TocLine(None, "2021 Verksamhetsår", 4, True)),
        # not entries
        ("Resultatet blev 2 procent.", None),
        ("Budget 2024 ... 12 345", None),  # leaders, but not a page number
        ("5.2 Perspektiv: Process", None),
        ("........ 12", None),  # no title
        ("Kostnaderna ökade med 3,5 mnkr.. 3", None),  # two dots are no leader
    ],
)
def test_parse_entry_text(text, expected):
    assert parse_entry_text(text) == expected


def _line(parts: list[tuple[float, str]], top: float = 100.0, size: float = 11.0) -> Line:
    words = [Word(t, x, top, x + len(t) * size * 0.5, top + size, size=size) for x, t in parts]
    return Line(words=words, page=1)


def test_entry_of_line_by_a_far_right_page_number():
    ln = _line([(72, "3.1"), (92, "Perspektiv:"), (160, "Process"), (515, "3")])
    assert entry_of_line(ln) == TocLine("3.1", "Perspektiv: Process", 3, False)
    # a number at a word space ends a sentence, not a TOC entry
    assert entry_of_line(_line([(72, "Antalet"), (115, "ökade"), (150, "med"), (175, "3")])) is None
    # only a number: no title
    assert entry_of_line(_line([(72, "12"), (515, "3")])) is None


BODY = {
    "1": ("Inledning", "Servicenämnden ansvarar för Regionservice."),
    "2": ("Vision och värdegrund", "Visionen är en god och jämlik service."),
    "3": ("Mål, strategier och uppdrag", "Mål: Regionservice är en möjliggörande och värdeskapande partner."),
    "3.1": ("Perspektiv: Process", "Perspektivet beskriver arbetsmetoderna."),
}
PAGES = {"1": 2, "2": 2, "3": 3, "3.1": 3}


def _body_pages() -> list[list]:
    pages: dict[int, list] = {}
    for n, (title, text) in BODY.items():
        ops = pages.setdefault(PAGES[n], [])
        top = 70 + 60 * len(ops) / 2
        size = 13 if "." in n else 16
        ops += [Text(72, top, f"{n} {title}", size=size, bold=True), Text(72, top + 25, text, size=11)]
    return [pages[k] for k in sorted(pages)]


def _convert(pages):
    classifier = Classifier()
    grids = {p.number: tables.find_tables(p) for p in pages}
    return classifier.classify(build_blocks(pages, grids, starts_block=classifier.cues.opens_item))


def _leader(x: float, top: float, number: str, title: str, page: int, bold: bool) -> list:
    """A TOC line: number and title, dots to the right margin, page number right-aligned."""
    text = f"{number} {title} "
    dots = "." * int((510 - x - len(text) * 5.6) / 3.06)
    return [Text(x, top, text + dots, size=11, bold=bold), Text(523, top, str(page), size=11, bold=bold,
                                                                 align="right")]


def test_reportlab_toc_with_dot_leaders_titled_and_a_wrapped_entry(tmp_path):
    toc = [Text(72, 70, "Innehåll", size=16, bold=True)]
    top = 100
    for n, (title, _) in BODY.items():
        toc += _leader(72 if "." not in n else 90, top, n, title, PAGES[n], bold="." not in n)
        top += 18
    # an entry whose title wraps: the page number is on its second line
    toc += [Text(90, top, "3.2 Perspektiv: Invånare och samhälle, samverkan med kommunerna och", size=11)]
    toc += _leader(110, top + 14, "", "de regionala aktörerna", 4, bold=False)[:1]
    toc += [Text(523, top + 14, "4", size=11, align="right")]
    out = _convert(pages_of(tmp_path, [toc] + _body_pages()))
    assert [(t.number, t.title, t.printed_page, t.page) for t in out.toc] == [
        ("1", "Inledning", 2, 1), ("2", "Vision och värdegrund", 2, 1), ("3", "Mål, strategier och uppdrag", 3, 1),
        ("3.1", "Perspektiv: Process", 3, 1),
        ("3.2", "Perspektiv: Invånare och samhälle, samverkan med kommunerna och de regionala aktörerna", 4, 1)]
    assert [(s.number, s.title, s.page) for s in out.sections] == [
        (n, BODY[n][0], PAGES[n]) for n in BODY]
    assert [(i.kind, i.text) for i in out.items] == [
        ("goal", "Regionservice är en möjliggörande och värdeskapande partner."), ("perspective", "Process")]


def test_untitled_toc_of_right_aligned_numbers_over_two_pages(tmp_path):
    entries = [("1", "Inledning", 3), ("2", "Vision och värdegrund", 3), ("3", "Syfte och roll", 4),
               ("4", "Omvärld", 5), ("5", "Mål, strategier och uppdrag", 6), ("6", "Budget", 7)]
    pages = [[], []]
    for k, (n, title, page) in enumerate(entries):
        ops = pages[0] if k < 4 else pages[1]
        top = 80 + 20 * (k if k < 4 else k - 4)
        ops += [Text(72, top, f"{n} {title}", size=11, bold=True), Text(523, top, str(page), size=11, bold=True,
                                                                       align="right")]
    body = [[Text(72, 70, "1 Inledning", size=16, bold=True), Text(72, 100, "Texten börjar här.", size=11)]]
    out = _convert(pages_of(tmp_path, pages + body))
    assert [(t.number, t.title, t.printed_page, t.page) for t in out.toc] == [
        (n, t, p, 1 if k < 4 else 2) for k, (n, t, p) in enumerate(entries)]
    assert [(s.number, s.title, s.page) for s in out.sections] == [("1", "Inledning", 3)]


def test_lines_ending_in_numbers_are_no_toc_unless_they_look_like_one(tmp_path):
    # unnumbered labels with counts, far right: a list of figures, not a TOC
    ops = [Text(72, 70, "3 Nyckeltal", size=16, bold=True),
           Text(72, 95, "Nyckeltalen nedan följs upp varje kvartal av nämnden.", size=11)]
    for k, (label, n) in enumerate([("Antal kunder", 12), ("Antal leveranser", 40), ("Antal ärenden", 96)]):
        ops += [Text(72, 120 + 16 * k, label, size=11), Text(523, 120 + 16 * k, str(n), size=11, align="right")]
    # numbered, but the page numbers fall: no TOC either
    for k, (label, n) in enumerate([("1 Kunder", 40), ("2 Leveranser", 12), ("3 Ärenden", 5)]):
        ops += [Text(72, 200 + 16 * k, label, size=11), Text(523, 200 + 16 * k, str(n), size=11, align="right")]
    out = _convert(pages_of(tmp_path, [ops]))
    assert out.toc == []
    assert [(s.number, s.title) for s in out.sections] == [("3", "Nyckeltal")]


def test_find_toc_on_the_tab_set_toc_of_seed_001():
    # seed 001 prints its TOC with tabs: number, title, page number at the right margin (no leaders)
    from extractors.layout.toc import find_toc

    rows = [("1", "Inledning", 3), ("2", "Syfte", 3), ("3", "Väsentliga händelser", 3),
            ("4", "Nämndens mål, strategier och uppdrag", 9), ("4.1", "Sammanfattning resultat av mål och uppdrag", 9),
            ("4.2", "Perspektiv: Invånare och samhälle", 10), ("4.3", "Perspektiv: Process", 10),
            ("4.4", "Perspektiv: Resurs", 21), ("5", "Ekonomi", 27), ("5.1", "Resultatrapport servicenämnden", 27),
            ("5.2", "Årets resultat", 28)]
    lines = [_line([(72, "Innehållsförteckning")], top=60, size=16),
             _line([(72, "Texten", ), (110, "före.")], top=40)]  # a line above the title stays text
    lines = [lines[1], lines[0]]
    for k, (n, title, page) in enumerate(rows):
        x = 100 if "." in n else 72
        parts = [(72, n)] + [(x + 30 + 40 * j, w) for j, w in enumerate(title.split())] + [(520 - 5.5 * len(str(page)), str(page))]
        lines.append(_line(parts, top=90 + 16 * k))
    (run,) = find_toc([lines])
    assert run.title == "Innehållsförteckning"
    assert run.line_indexes == list(range(1, 13))
    assert [(e.number, e.title, e.printed_page) for e in run.entries] == rows
