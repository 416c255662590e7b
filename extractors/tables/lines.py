"""Words → lines → chunks → cells: the geometric primitives every table
strategy shares (a line's chunks are the runs of words separated by a gap
wider than a word space), plus the caption line above a table."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence, TypeVar

from extractors.tables.vocab import (
    CAPTION_START,
    DOT_LEADER,
    RULE_GLYPH,
    SECTION_NUMBER,
    UNIT,
    is_value,
)
from extractors.tables.settings import TableSettings
from extractors.text.dehyphenate import join_wrapped
from extractors.text.joiners import SENTENCE_END
from extractors.text.lines import envelope_extent, group_by_overlap
from models.contract import BBox
from models.pagedata import GridCell, Word, WordRun

T = TypeVar("T")


def word_size(w: Word) -> float:
    return w.size if w.size > 0 else max(1.0, (w.bottom - w.top))


class Chunk(WordRun):
    """Words of one line that stand together (one cell's part of the line)."""


@dataclass
class TextLine(WordRun):
    chunks: list[Chunk] = field(default_factory=list)

    @property
    def size(self) -> float:
        return statistics.median(word_size(w) for w in self.words)


def lines_of(words: Sequence[Word], chunk_gap: float) -> list[TextLine]:
    """Words on one baseline (overlapping the lines' whole extent,
    :mod:`extractors.text.lines`), top to bottom; each line split into chunks."""
    rows = group_by_overlap(words, order=lambda w: (w.top, w.x0), extent=envelope_extent, lookback=4)
    lines = [TextLine(ln) for ln in rows]
    lines.sort(key=lambda ln: ln.top)
    for ln in lines:
        ln.words.sort(key=lambda w: w.x0)
        ln.chunks = chunks_of(ln.words, chunk_gap * ln.size)
    return lines


def chunks_of(words: Sequence[Word], gap: float) -> list[Chunk]:
    chunks: list[Chunk] = []
    for w in words:
        if chunks and w.x0 - chunks[-1].x1 <= gap:
            chunks[-1].words.append(w)
        else:
            chunks.append(Chunk([w]))
    return chunks


def cell_of(words: Sequence[Word], mid_word: bool = False, settings: TableSettings = TableSettings(),
            right: Optional[float] = None) -> GridCell:
    """Words of one cell → its text (wrapped lines joined) and bbox.  Stray
    rule glyphs at the edges (OCR reads rules as "|", "—") are dropped.  ``right``
    (where the cell's lines may run to) lets a paragraph break without a gap be seen."""
    words = [w for w in words if not RULE_GLYPH.fullmatch(w.text)]
    if not words:
        return GridCell("", None, False)
    lines = lines_of(words, 1e9)
    text = join_wrapped([ln.text for ln in lines], mid_word=mid_word)
    if mid_word:  # header cells: a rule read as "!" or "|" glued to a word
        text = re.sub(r"(?<=\w)[!|¦]+(?=\s|$)", "", text)
    letters = [w for w in words if any(c.isalpha() for c in w.text)]
    bold = bool(letters) and all(w.bold for w in letters)
    paragraphs = () if mid_word else tuple(
        join_wrapped([ln.text for ln in part]) for part in paragraph_lines(lines, settings, right))
    return GridCell(text, BBox.union([w.bbox for w in words]), bold,
                         paragraphs if len(paragraphs) > 1 else ())


def paragraph_lines(lines: Sequence[TextLine], settings: TableSettings = TableSettings(),
                    right: Optional[float] = None) -> list[list[TextLine]]:
    """A cell's lines (top to bottom) in paragraphs: a gap wider than the cell's
    usual line gap by ``settings.paragraph_gap`` × size starts one; with the cell's ``right``
    edge known, so does a capitalised line after a line that ended a sentence with
    room left for that line's first word (paragraphs set solid)."""
    if len(lines) < 2:
        return [list(lines)]
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
    usual = min(min(gaps), settings.line_gap * statistics.median(ln.size for ln in lines))
    parts: list[list[TextLine]] = [[lines[0]]]
    for prev, ln, gap in zip(lines, lines[1:], gaps):
        first = ln.words[0]
        solid_break = right is not None and first.text[:1].isupper() and bool(SENTENCE_END.search(prev.text)) \
            and prev.x1 + settings.word_space * ln.size + (first.x1 - first.x0) < right - settings.right_slack * ln.size
        if gap > usual + settings.paragraph_gap * ln.size or solid_break:
            parts.append([ln])
        else:
            parts[-1].append(ln)
    return parts


def empty_cell() -> GridCell:
    return GridCell("", None, False)


def line_in(ln: TextLine, box: BBox) -> bool:
    cy = (ln.top + ln.bottom) / 2
    cx = (ln.x0 + ln.x1) / 2
    return box.top - 1 <= cy <= box.bottom + 1 and box.x0 - 2 <= cx <= box.x1 + 2


def boxes_overlap(a: BBox, b: BBox) -> bool:
    return min(a.bottom, b.bottom) - max(a.top, b.top) > 2 and min(a.x1, b.x1) - max(a.x0, b.x0) > 2


def clustered(values: Sequence[float], tol: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(g) / len(g) for g in out]


def median_size(words: Sequence[Word]) -> float:
    return statistics.median(word_size(w) for w in words) if words else 0.0


def joined_cells(a: GridCell, b: GridCell, mid_word: bool = True) -> GridCell:
    if not b.text:
        return a
    if not a.text:
        return b
    if a.bbox is not None and b.bbox is not None and a.bbox == b.bbox:
        return a
    boxes = [x for x in (a.bbox, b.bbox) if x is not None]
    return GridCell(join_wrapped([a.text, b.text], mid_word=mid_word), BBox.union(boxes) if boxes else None,
                         a.bold and b.bold)


def caption_above(lines: list[TextLine], box: BBox,
                  settings: TableSettings, body_size: Optional[float] = None) -> Optional[str]:
    above = [ln for ln in lines if ln.bottom <= box.top + 1 and min(ln.x1, box.x1) - max(ln.x0, box.x0) > 0]
    if not above:
        return None
    ln = max(above, key=lambda l: l.bottom)
    size = ln.size
    if box.top - ln.bottom > settings.caption_gap * size:
        return None
    text = re.sub(r"\s+", " ", ln.text).strip()
    if len(ln.chunks) > 1 and any(is_value(c.text) for c in ln.chunks[1:]):
        return None  # the last row of a table above, not a caption
    if len(text.split()) > settings.caption_max_words or SECTION_NUMBER.match(text) or DOT_LEADER.search(text):
        return None
    if body_size is not None and size > body_size * settings.caption_heading:
        return None  # a heading, not a caption
    if text[:1].islower() and any(0 <= ln.top - a.bottom <= settings.caption_gap * size for a in above if a is not ln):
        return None  # the last line of a paragraph ("… och ge" / "förutsättningar för …"), not a caption
    if CAPTION_START.match(text) or UNIT.search(text):
        return text
    if ln.bold or ln.italic:
        # a bold line of its own; the last line of a bold paragraph (a line of the same
        # face right above it at the paragraph's line pitch, starting where it starts) is none
        pitch = settings.paragraph_pitch * size
        if any(0 <= ln.top - a.bottom <= pitch and abs(c.x0 - ln.x0) <= 2 and c.bold == ln.bold
               and c.italic == ln.italic and abs(median_size(c.words) - size) <= settings.caption_size_tol
               for a in above if a is not ln for c in a.chunks):
            return None
        return text
    return None


def first_fit_groups(items: Sequence[T], fits: Callable[[list[T], T], bool]) -> list[list[T]]:
    """``items`` in order, each joined to the first group it ``fits``, else a new group."""
    groups: list[list[T]] = []
    for item in items:
        home = next((g for g in groups if fits(g, item)), None)
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    return groups
