"""Layout: from page words to clean blocks in reading order.

Steps, each a small function so it can be tested on its own:

1. :func:`group_lines` — words on one baseline form a line (left to right).
2. :func:`find_furniture` — running headers/footers and page numbers: lines in
   the top/bottom margin bands whose text (digits masked) repeats on many
   pages, and lone page-number lines ("6(17)", "Sida 6 av 17", "6").
3. :func:`build_blocks` — lines grouped into headings, paragraphs and list
   items by vertical gaps, font changes and list markers; tables (found by
   :mod:`extractors.tables`) are cut out of the running text and inserted as
   ``table`` blocks where they stood.
4. :func:`join_lines` — line texts joined with line-end hyphenation undone
   ("Regionser-" + "vice" → "Regionservice") while real compound hyphens stay
   ("ekonomi- och inköpssystem", "IT-stöd").
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Optional, Sequence

from models.contract import BBox
from extractors.layout import columns as text_columns, toc as toc_stage
from extractors.text.dehyphenate import join_lines
from extractors.text.joiners import SENTENCE_END
from extractors.text.lines import group_by_overlap, median_extent
from models.pagedata import Block, Line, Mark, PageText, TableGrid, Word

# A heading number at the start of a line: "5", "5.2", "5.2.1", "1.1." (not "2021")
_HEADING_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?$")
_LIST_MARKER = re.compile(
    r"^(?:[•●▪■◦○·o\-–—*]|\d{1,2}[.)]|[a-zåäö][.)]|\(\w\)|[ivx]{1,4}[.)])$"
)
# glyphs that stand for a bullet: symbol-font private-use code points and
# unmapped glyph ids ("(cid:127)") are how Word bullets often come out
_BULLET_GLYPH = re.compile(r"^(?:\(cid:\d+\)|[\uf000-\uf0ff\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\u00b7])$")
# fonts whose glyphs are pictures: one character of them first on a line is a
# bullet whatever character it is mapped to ("§", "l", "n", "Ø" in Wingdings)
_SYMBOL_FONT = re.compile(r"symbol|wingding|dingbat|webding", re.I)
# punctuation that starts ordinary text, never a bullet
_TEXT_PUNCTUATION = set(".,;:!?\"'%&#@/\\")
_PAGE_NUMBER = re.compile(
    r"^(?:(?:sida|page|s\.)\s*)?\d{1,4}\s*(?:\(\s*\d{1,4}\s*\)|(?:/|av|of)\s*\d{1,4})?$", re.I
)


@dataclass(frozen=True)
class LayoutSettings:
    """Tunables of the layout stage, relative to the body font size."""

    margin_band: float = 0.11  # share of page height searched for headers/footers
    furniture_min_share: float = 0.5  # a header/footer repeats on at least this share of pages
    paragraph_gap: float = 0.12  # least extra gap (× body size) that starts a new paragraph
    gap_noise: float = 3.0  # … or this many times the spread of line gaps, if larger (OCR)
    ocr_size_noise: float = 0.12  # share of the body size two OCR'd lines of one block may differ by
    heading_size_ratio: float = 1.12  # size ≥ body × this reads as a heading
    heading_max_words: int = 16


# ---------------------------------------------------------------- lines


def group_lines(words: Sequence[Word], page: int) -> list[Line]:
    """Group words into lines by vertical overlap with the lines' median
    extent (:mod:`extractors.text.lines`), top to bottom."""
    rows = group_by_overlap(words, order=lambda w: (round(w.top, 1), w.x0), extent=median_extent, lookback=3)
    out = [Line(words=sorted(ln, key=lambda x: x.x0), page=page) for ln in rows]
    out.sort(key=lambda ln: (ln.top, ln.x0))
    return out


# ---------------------------------------------------------------- furniture


def _mask(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def find_furniture(pages: Sequence[list[Line]], heights: Sequence[float], settings: LayoutSettings) -> set[tuple[int, int]]:
    """Indexes ``(page_index, line_index)`` of header/footer/page-number lines."""
    n = len(pages)
    band_lines: list[list[tuple[int, str]]] = []
    for lines, height in zip(pages, heights):
        band = []
        for i, ln in enumerate(lines):
            if ln.bottom <= height * settings.margin_band or ln.top >= height * (1 - settings.margin_band):
                band.append((i, _mask(ln.text)))
        band_lines.append(band)
    counts: Counter[str] = Counter()
    for band in band_lines:
        counts.update({m for _, m in band})
    min_pages = max(2, int(round(n * settings.furniture_min_share))) if n >= 3 else 2
    out: set[tuple[int, int]] = set()
    for p, band in enumerate(band_lines):
        for i, masked in band:
            text = pages[p][i].text
            if counts[masked] >= min_pages or is_page_number(text):
                out.add((p, i))
    return out


# ---------------------------------------------------------------- text joining



# ---------------------------------------------------------------- blocks


def body_size(pages: Sequence[PageText], tables: Optional[dict[int, list[TableGrid]]] = None) -> float:
    """The most common font size of the running text, weighted by characters
    (words inside ``tables`` left out, unless nothing else is left)."""
    c: Counter[float] = Counter()
    everything: Counter[float] = Counter()
    for p in pages:
        grids = (tables or {}).get(p.number, [])
        for w in p.words:
            key = round(w.size * 2) / 2
            everything[key] += len(w.text)
            if not any(w.centre_in(g.bbox) for g in grids):
                c[key] += len(w.text)
    c = c or everything
    return c.most_common(1)[0][0] if c else 10.0


def _heading_number(line: Line) -> Optional[str]:
    first = line.words[0].text
    m = _HEADING_NUMBER.match(first)
    if not m or len(line.words) < 2:
        return None
    nxt = line.words[1].text
    if not nxt[:1].isalpha() or not nxt[:1].isupper():
        return None
    return m.group(1)


def _looks_like_heading(lines: list[Line], body: float, settings: LayoutSettings) -> bool:
    text = " ".join(ln.text for ln in lines)
    words = text.split()
    if not words or len(words) > settings.heading_max_words * len(lines) or len(lines) > 3:
        return False
    if text.endswith((".", ",", ";")) and not _heading_number(lines[0]):
        return False
    size = max(ln.size for ln in lines)
    big = size >= body * settings.heading_size_ratio
    bold = all(ln.bold for ln in lines)
    if _heading_number(lines[0]):
        return big or bold
    if big and (bold or size >= body * 1.3):
        return True
    # a short bold line of its own, not a sentence: an unnumbered subheading
    return bold and len(lines) == 1 and len(words) <= 12 and not SENTENCE_END.search(text)


def _odd_symbol(text: str) -> bool:
    """One character that is neither a letter, a digit, a bracket nor ordinary
    punctuation: a bullet glyph mapped to an unusual code point ("➢", "", "►")."""
    if len(text) != 1 or text in _TEXT_PUNCTUATION:
        return False
    return unicodedata.category(text) in ("So", "Sm", "Sk", "Co", "Cn", "Pd", "Po")


def _marker(line: Line) -> Optional[str]:
    words = line.words
    first = words[0].text
    if len(words) < 2:
        return None
    if _BULLET_GLYPH.match(first):
        return "•"
    if _LIST_MARKER.match(first):
        return first
    if first[:1] in "•●▪■◦·" and len(first) > 1:
        return first[0]
    if len(first) <= 2 and _SYMBOL_FONT.search(words[0].fontname) and not _SYMBOL_FONT.search(words[1].fontname):
        return "•"
    if _odd_symbol(first) and words[1].x0 - words[0].x1 >= 0.4 * (line.size or 10.0):
        # a lone symbol set apart from the text like a bullet (a tab after it)
        return "•"
    return None


def attach_marks(lines: list[Line], marks: Sequence[Mark]) -> list[Line]:
    """A small drawn shape just left of a line's first word and centred on its
    letters is the line's list bullet (how browsers print CSS bullets): it
    joins the line as a "•" word, so bullets drawn and bullets typed are one
    case for the rest of the layout stage."""
    if not marks:
        return lines
    free = list(marks)
    out = []
    for ln in lines:
        first = ln.words[0]
        size = ln.size or (first.bottom - first.top)
        best: Optional[Mark] = None
        for m in free:
            cy = (m.top + m.bottom) / 2
            gap = first.x0 - m.x1
            if max(m.width, m.height) > 0.8 * size or not first.top <= cy <= first.bottom:
                continue
            if 0 <= gap <= 2.5 * size and (best is None or gap < first.x0 - best.x1):
                best = m
        if best is not None:
            free.remove(best)
            bullet = Word("•", best.x0, best.top, best.x1, best.bottom, fontname="mark", size=ln.size)
            ln = Line(words=[bullet] + ln.words, page=ln.page)
        out.append(ln)
    return out


_DESCENDER_CHARS = frozenset("gjpqyQ,;()[]{}")


def baseline(line: Line) -> float:
    """Where the line's letters stand: the median bottom of its words without
    descenders (the deepest bottom less a descent when all have one)."""
    flat = sorted(w.bottom for w in line.words if not _DESCENDER_CHARS & set(w.text))
    if flat:
        return flat[len(flat) // 2]
    return line.bottom - 0.21 * line.size


def _line_gap(prev: Line, cur: Line) -> float:
    """White space between two lines.  OCR'd boxes hug the glyphs, so their
    tops and bottoms move with the letters ("ser." has no ascender, "stödproces-"
    a descender); there the gap is measured baseline to baseline, less the
    lines' size, which does not depend on which letters a line has."""
    if prev.words and cur.words and prev.words[0].fontname == "ocr" and cur.words[0].fontname == "ocr":
        return baseline(cur) - baseline(prev) - 0.9 * (prev.size + cur.size) / 2.0
    return cur.top - prev.bottom


@dataclass(frozen=True)
class Spacing:
    """The usual gap between lines of one paragraph, and how much it varies
    (≈ 0 in born-digital text, a point or two in OCR'd text)."""

    gap: float
    spread: float


def line_spacing(page_lines: Sequence[list[Line]], body: float) -> Spacing:
    """Gaps between consecutive body-size lines: the lower half of them are
    line gaps inside paragraphs (paragraph gaps are larger)."""
    gaps = sorted(
        _line_gap(a, b)
        for lines in page_lines
        for a, b in zip(lines, lines[1:])
        if 0 <= _line_gap(a, b) < body * 2 and abs(a.size - body) < 1 and abs(b.size - body) < 1
    )
    if not gaps:
        return Spacing(gap=body * 0.3, spread=body * 0.1)
    lower = gaps[: max(1, len(gaps) // 2)]
    gap = statistics.median(lower)
    spread = statistics.median(abs(g - gap) for g in lower)
    return Spacing(gap=gap, spread=spread)


def text_right_edge(page_lines: Sequence[list[Line]]) -> float:
    """Where full lines of running text end (the right margin)."""
    ends = sorted(ln.x1 for lines in page_lines for ln in lines)
    return ends[int(len(ends) * 0.9)] if ends else 0.0


def _first_word_fits(prev: Line, cur: Line, right: float, body: float) -> bool:
    first = cur.words[0]
    return prev.x1 + body * 0.3 + (first.x1 - first.x0) < right - body * 0.5


def _back_from_hanging_indent(group: list[Line], ln: Line, body: float) -> bool:
    """``ln`` starts, with a capital, at the left edge of a paragraph whose
    wrapped lines all hang clearly right of its first line: the next item of a
    list printed with a hanging indent and no mark."""
    if len(group) < 2 or _marker(group[0]) is not None or not ln.words[0].text[:1].isupper():
        return False
    first, hang = group[0].x0, group[1].x0
    if hang < first + 0.8 * body or any(abs(g.x0 - hang) > 0.3 * body for g in group[1:]):
        return False
    return abs(ln.x0 - first) <= 0.3 * body


def _blocks_from_lines(lines: list[Line], page: PageText, body: float, spacing: Spacing,
                       right: float, settings: LayoutSettings,
                       starts_block: Optional[Callable[[str], bool]] = None) -> list[Block]:
    """Group one page's text lines (furniture and tables removed) into blocks."""
    blocks: list[Block] = []
    if not lines:
        return blocks
    paragraph_gap = spacing.gap + max(body * settings.paragraph_gap, settings.gap_noise * spacing.spread)
    # sizes measured by OCR (from glyph heights) vary from line to line
    size_step = max(0.6, body * settings.ocr_size_noise) if page.source == "ocr" else 0.6

    groups: list[list[Line]] = []
    for ln in lines:
        if not groups:
            groups.append([ln])
            continue
        prev = groups[-1][-1]
        gap = _line_gap(prev, ln)
        new = False
        if gap > paragraph_gap or gap < -body:
            new = True
        elif starts_block is not None and starts_block(ln.text):
            # a line that opens an item ("Uppdrag: …", "Mål: …") starts a block
            new = True
        elif _first_word_fits(prev, ln, right, body) and (
            SENTENCE_END.search(prev.text) or ln.words[0].text[:1].isupper()
        ):
            # the next line's first word would have fitted on the previous line,
            # so the previous line ended its paragraph (or list item)
            new = True
        elif _marker(ln) is not None:
            new = True
        elif _back_from_hanging_indent(groups[-1], ln, body):
            new = True
        elif ln.bold != prev.bold or ln.italic != prev.italic or abs(ln.size - prev.size) > size_step:
            new = True
        elif _heading_number(ln) and (ln.bold or ln.size >= body * settings.heading_size_ratio):
            new = True
        elif (
            _marker(groups[-1][0]) is not None
            and ln.x0 < groups[-1][0].words[1].x0 - body * 0.8
            and SENTENCE_END.search(prev.text)
            and ln.words[0].text[:1].isupper()
        ):
            # back at the left edge after a finished sentence: the list is over
            # (continuation lines may or may not be indented to the item's text)
            new = True
        if new:
            groups.append([ln])
        else:
            groups[-1].append(ln)

    for g in groups:
        box = BBox.union([ln.bbox for ln in g])
        size = statistics.median(ln.size for ln in g)
        bold = all(ln.bold for ln in g)
        italic = all(ln.italic for ln in g)
        marker = _marker(g[0])
        if _looks_like_heading(g, body, settings) and (marker is None or _heading_number(g[0])):
            number = _heading_number(g[0])
            texts = [ln.text for ln in g]
            if number:
                texts[0] = " ".join(w.text for w in g[0].words[1:])
            blocks.append(
                Block(kind="heading", text=join_lines(texts), page=page.number, bbox=box, lines=g,
                      number=number, level=(number.count(".") + 1) if number else None,
                      bold=bold, italic=italic, size=size)
            )
        elif marker is not None:
            texts = [" ".join(w.text for w in g[0].words[1:])] + [ln.text for ln in g[1:]]
            blocks.append(
                Block(kind="list_item", text=join_lines(texts), page=page.number, bbox=box, lines=g,
                      marker=marker, bold=bold, italic=italic, size=size)
            )
        else:
            blocks.append(
                Block(kind="paragraph", text=join_lines(ln.text for ln in g), page=page.number, bbox=box,
                      lines=g, bold=bold, italic=italic, size=size)
            )
    return blocks


def assign_unnumbered_levels(blocks: list[Block]) -> None:
    """Give unnumbered headings a level from their size relative to numbered ones."""
    by_level: dict[int, list[float]] = {}
    for b in blocks:
        if b.kind == "heading" and b.number:
            by_level.setdefault(b.level or 1, []).append(b.size)
    ref = {lvl: statistics.median(s) for lvl, s in by_level.items()}
    for b in blocks:
        if b.kind == "heading" and not b.number:
            if not ref:
                b.level = 1
                continue
            # the deepest numbered level whose size is not larger than this heading + 0.5
            candidates = [lvl for lvl, s in ref.items() if b.size >= s - 0.5]
            b.level = min(candidates) if candidates else max(ref) + 1


def build_blocks(
    pages: Sequence[PageText],
    tables: Optional[dict[int, list[TableGrid]]] = None,
    settings: LayoutSettings = LayoutSettings(),
    starts_block: Optional[Callable[[str], bool]] = None,
    columns: text_columns.ColumnSettings = text_columns.ColumnSettings(),
) -> list[Block]:
    """All pages → blocks in reading order, furniture removed, tables inserted.
    ``starts_block(line_text)`` may name lines that always open a new block
    (the classifier's item cues)."""
    tables = tables or {}
    body = body_size(pages, tables)
    page_lines: list[list[Line]] = []
    free_marks: list[list[Mark]] = []  # per page, the drawn shapes no line took as its bullet
    for p in pages:
        grids = tables.get(p.number, [])
        words = [w for w in p.words if not any(w.centre_in(g.bbox) for g in grids)]
        marks = [m for m in p.marks if not any(_mark_in(m, g.bbox) for g in grids)]
        page_lines.append(attach_marks(group_lines(words, p.number), marks))
        taken = {(w.x0, w.top) for ln in page_lines[-1] for w in ln.words if w.fontname == "mark"}
        free_marks.append([m for m in marks if (m.x0, m.top) not in taken])
    furniture = find_furniture(page_lines, [p.height for p in pages], settings)
    kept_lines = [[ln for i, ln in enumerate(lines) if (idx, i) not in furniture] for idx, lines in enumerate(page_lines)]
    tocs = toc_stage.find_toc(kept_lines)
    toc_lines = {(t.page_index, i) for t in tocs for i in t.line_indexes}
    kept_lines = [[ln for i, ln in enumerate(lines) if (idx, i) not in toc_lines] for idx, lines in enumerate(kept_lines)]

    page_segments: list[list[text_columns.Segment]] = []
    for idx, p in enumerate(pages):
        grids = tables.get(p.number, [])
        for g in grids:
            if g.caption and starts_block is not None and starts_block(g.caption):
                g.caption = None  # a line that opens an item ("Mål: …") right above a table is no caption
        # drop caption lines that the table stage claimed
        captions = {" ".join(g.caption.split()) for g in grids if g.caption}
        kept = []
        for ln in kept_lines[idx]:
            near = any(0 <= g.bbox.top - ln.bottom <= 30 for g in grids)
            if near and " ".join(ln.text.split()) in captions:
                continue
            kept.append(ln)
        page_segments.append(text_columns.reading_segments(
            kept, body, regroup=lambda ws, n=p.number, ms=free_marks[idx]: attach_marks(group_lines(ws, n), ms),
            blocked=_table_between(grids), settings=columns))
    spacing = line_spacing([seg.lines for segs in page_segments for seg in segs], body)
    right = text_right_edge(kept_lines)

    blocks: list[Block] = []
    for idx, p in enumerate(pages):
        grids = sorted(tables.get(p.number, []), key=lambda g: g.bbox.top)
        segments = page_segments[idx]
        keyed: list[tuple[tuple[float, int, float], Block]] = []
        prev: Optional[tuple[Block, float]] = None  # the last block of the previous column and its right edge
        for seg in segments:
            edge = right if seg.column == 0 else seg.right
            seg_blocks = _blocks_from_lines(seg.lines, p, body, spacing, edge, settings, starts_block)
            if seg.column == 2 and prev is not None and seg_blocks and \
                    _continues(prev[0], seg_blocks[0], prev[1], body, starts_block, next_flow=True):
                # a paragraph goes on at the top of the next column
                prev[0].text = join_lines([prev[0].text, seg_blocks[0].text])
                prev[0].lines = prev[0].lines + seg_blocks[0].lines
                seg_blocks = seg_blocks[1:]
            # full-width text sorts by its own top; a column's blocks stay with their band
            keyed += [(((seg.top if seg.column else b.bbox.top), seg.column, b.bbox.top), b) for b in seg_blocks]
            if seg_blocks:
                prev = (seg_blocks[-1], edge)
        for g in grids:
            keyed.append((_place(g.bbox, segments),
                          Block(kind="table", text=g.caption or "", page=p.number, bbox=g.bbox, table=g)))
        for t in tocs:
            if t.page_index == idx:
                keyed.append(((t.bbox.top, 0, t.bbox.top),
                              Block(kind="toc", text=t.title or "", page=p.number, bbox=t.bbox, lines=t.lines, toc=t.entries)))
        keyed.sort(key=lambda kb: (kb[0], kb[1].bbox.x0))
        blocks.extend(b for _, b in keyed)
    assign_unnumbered_levels(blocks)
    return join_page_breaks(blocks, right, body, starts_block)


def _table_between(grids: Sequence[TableGrid]) -> Callable[[float, float, float], bool]:
    """Whether a table lies across ``x`` between two lines (``top`` … ``bottom``): a
    full-width element that ends a band of columns."""
    def blocked(top: float, bottom: float, x: float) -> bool:
        return any(g.bbox.x0 < x < g.bbox.x1 and g.bbox.bottom > top and g.bbox.top < bottom for g in grids)
    return blocked


def _place(box: BBox, segments: Sequence[text_columns.Segment]) -> tuple[float, int, float]:
    """Reading-order key of a table: inside a column of a band, with that column;
    otherwise by its top."""
    cx = (box.x0 + box.x1) / 2
    for seg in segments:
        if seg.column and seg.lines and min(ln.x0 for ln in seg.lines) <= cx <= seg.right \
                and seg.top <= box.top <= max(ln.bottom for ln in seg.lines):
            return (seg.top, seg.column, box.top)
    return (box.top, 0, box.top)


def _mark_in(m: Mark, box: BBox) -> bool:
    cx, cy = (m.x0 + m.x1) / 2, (m.top + m.bottom) / 2
    return box.x0 <= cx <= box.x1 and box.top <= cy <= box.bottom


def _continues(prev: Block, b: Block, right: float, body: float,
               starts_block: Optional[Callable[[str], bool]], next_flow: bool = False) -> bool:
    """Whether ``b``, first on its page (or column: ``next_flow``), continues
    ``prev``, last on the page (column) before."""
    if not (b.kind == "paragraph" and prev.kind in ("paragraph", "list_item") and (next_flow or prev.page + 1 == b.page)):
        return False
    if b.bold != prev.bold or b.italic != prev.italic or abs(b.size - prev.size) > 0.6:
        return False
    if starts_block is not None and starts_block(b.text):
        return False
    if not SENTENCE_END.search(prev.text) and b.text[:1].islower():
        return True  # a sentence cut in the middle
    if prev.lines and b.lines and not _first_word_fits(prev.lines[-1], b.lines[0], right, body):
        # the page's last line was full: the paragraph goes on, unless it ended a
        # sentence in plain body text (where a new paragraph is as likely)
        return prev.bold or not SENTENCE_END.search(prev.text)
    return False


def join_page_breaks(blocks: list[Block], right: float = 0.0, body: float = 10.0,
                     starts_block: Optional[Callable[[str], bool]] = None) -> list[Block]:
    """A paragraph cut by a page break continues as the first paragraph of the
    next page (see :func:`_continues`)."""
    out: list[Block] = []
    for b in blocks:
        if out and _continues(out[-1], b, right, body, starts_block):
            prev = out[-1]
            prev.text = join_lines([prev.text, b.text])
            prev.lines = prev.lines + b.lines
            continue
        out.append(b)
    return out
