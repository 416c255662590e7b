"""Reading order of two-column pages (extractors.layout.columns), on synthetic words."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from extractors.layout.blocks import group_lines
from extractors.layout.columns import column_bands, reading_segments
from models.pagedata import Word

BODY = 10.0


def _line(words: list[str], x: float, top: float, space: float = 3.0) -> list[Word]:
    out = []
    for t in words:
        w = 5.0 * len(t)
        out.append(Word(t, x, top, x + w, top + BODY, size=BODY))
        x += w + space
    return out


def _column(texts: list[str], x: float, top: float, width: float) -> list[Word]:
    """``texts`` set as lines of at most ``width`` points from (x, top)."""
    words: list[Word] = []
    y = top
    for text in texts:
        line: list[str] = []
        for t in text.split():
            if line and 5.0 * len(" ".join(line + [t])) > width:
                words += _line(line, x, y)
                y += BODY * 1.3
                line = []
            line.append(t)
        if line:
            words += _line(line, x, y)
            y += BODY * 1.3
    return words


LEFT = ["vänster spalt börjar här och fortsätter med ord", "andra stycket i vänster spalt har också ord"]
RIGHT = ["höger spalt börjar här med egna ord", "och slutar här med sista meningen i spalten"]


def _texts(segments) -> list[str]:
    return [" ".join(ln.text for ln in seg.lines) for seg in segments]


def test_two_columns_read_column_by_column():
    words = _column(["Rubrik över hela sidan med många ord som går tvärs över mitten av sidan nu"], 50, 40, 500)
    words += _column(LEFT, 50, 80, 230) + _column(RIGHT, 310, 80, 230)
    lines = group_lines(words, 1)
    segs = reading_segments(lines, BODY, regroup=lambda ws: group_lines(ws, 1))
    assert [s.column for s in segs] == [0, 1, 2]
    left, right = _texts(segs)[1:]
    assert left.startswith("vänster") and "höger" not in left
    assert right.startswith("höger") and "vänster" not in right


def test_a_table_across_the_gutter_ends_the_band():
    words = _column(LEFT, 50, 80, 230) + _column(RIGHT, 310, 80, 230)
    words += _column(LEFT, 50, 300, 230) + _column(RIGHT, 310, 300, 230)
    lines = group_lines(words, 1)

    def table(top: float, bottom: float, x: float) -> bool:
        return bottom > 200 and top < 260  # a wide table between y 200 and 260

    segs = reading_segments(lines, BODY, regroup=lambda ws: group_lines(ws, 1), blocked=table)
    assert [s.column for s in segs] == [1, 2, 1, 2]
    assert [s.top < 200 for s in segs] == [True, True, False, False]


def test_a_table_aligned_by_white_space_is_not_columns():
    words = []
    for k, (label, a, b) in enumerate([("Intäkter", "2 380,0", "2 394,5"), ("Kostnader", "-1 051,2", "-998,1"),
                                       ("Resultat", "12,4", "10,0"), ("Summa", "1 341,2", "1 406,4")]):
        words += _line([label], 50, 80 + 14 * k) + _line(a.split(), 330, 80 + 14 * k) + _line(b.split(), 450, 80 + 14 * k)
    assert column_bands(group_lines(words, 1), BODY) == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["och", "att", "verksamheten", "ska", "region", "mål", "i", "utveckla",
                                          "hållbar", "strategi", "kunder", "processer"]), min_size=8, max_size=30),
                min_size=3, max_size=8))
def test_one_column_text_is_never_split(paragraphs):
    """Running text set in one column (ragged, word spaces 3 pt) has no gutter."""
    texts = [" ".join(p) for p in paragraphs]
    lines = group_lines(_column(texts, 50, 80, 480), 1)
    assert column_bands(lines, BODY) == []
