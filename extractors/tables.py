"""Tables on a page: where they are and their grid of cells.

Two kinds of evidence are used:

* rulings — a lattice of horizontal and vertical lines: rows are the bands
  between horizontal rules, cells the spans between the vertical rules that
  cross a band (a missing inner rule makes a spanning cell);
* whitespace alignment — consecutive lines that split into "chunks" at wide
  gaps, whose value chunks (numbers, percentages, statuses) stack into
  columns (the unruled Word table, and OCR'd tables whose rules were lost);
* a header line of known column names (Verksamhet | Risk | Åtgärd,
  Indikatorer | Utfall | Målvärde, Styrtal …) for unruled tables of text.

Rows are built from lines (a wrapped label or a wrapped cell stays one row),
header rows are recognised and their wrapped/split cells merged, the caption
line above is picked up.  :func:`merge_continued` joins a table that goes on
over a page break.  Works on :class:`~models.layout.PageText` only, so text
layer and OCR pages are handled alike.
"""

from __future__ import annotations

import functools
import re
import statistics
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional, Sequence

from models.contract import BBox
from models.layout import PageText, Ruling, TableCellGrid, TableGrid, Word, WordRun

# ----------------------------------------------------------------- vocabulary

_NUM = r"[-−–+]?\s?\d[\d \u00a0\u202f]*(?:[,.]\d+)?"
_VALUE = re.compile(
    rf"^(?:[<>≤≥~]|ca\.?)?\s*\(?{_NUM}\)?\s*(?:%|procent|st|kr|mnkr|tkr|mkr|tim|h|dagar|dgr|min|sek|s|ggr)?\.?"
    rf"(?:\s+\({_NUM}\s*%?\))?$"
    rf"|^[<>≤≥]?\s*{_NUM}\s*[-–—]\s*{_NUM}\s*(?:%|st|mnkr|tkr)?$"  # ranges "77–80", "90–100 %"
    rf"|^{_NUM}\s*(?:%|Yo|°o|9o|%o)$"  # OCR'd percent signs
    r"|^[-−–—x■□●○✓]$",
    re.I,
)
_MONEYISH = re.compile(rf"^\(?{_NUM}\)?$")
_STATUS = re.compile(
    r"^(?:helt|delvis|inte\s+alls|ej\s+uppfyllt|uppfyllt|v[äa]rde\s+saknas|p[åa]g[åa]r|klar|"
    r"ej\s+p[åa]b[öo]rjad|p[åa]b[öo]rjad|genomf[öo]rd|ej\s+genomf[öo]rd|ja|nej|"
    r"ing[åa]r(\s+i\s+ovan)?|ej\s+aktuellt|saknas|uppgift\s+saknas|n/a)\.?$",
    re.I,
)
_HEADER_WORDS = re.compile(
    r"\b(?:budget\w*|prognos\w*|utfall\w*|bokslut\w*|belopp\w*|m[åa]lv[äa]rde\w*|indikator\w*|styrtal|"
    r"verksamhet|risk|[åa]tg[äa]rd\w*|status|kommentar|mnkr|tkr|procent|antal|oms[äa]tt\w*|varav|"
    r"avvikelse|helår|period|objekt\w*|ansvar\w*|(?:19|20)\d\d)\b",
    re.I,
)
_YEAR = re.compile(r"^(?:19|20)\d\d(?:[-–/]\d{2,4})?$")
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\S")
_DOT_LEADER = re.compile(r"(?:\.\s?){4,}|…{2,}|_{4,}")
_LIST_MARKER = re.compile(r"[•●▪■◦○·\-–—*]|\(cid:\d+\)|[\uf000-\uf0ff]|\d{1,2}[.)]|[a-zåäö][.)]")
_CAPTION_START = re.compile(r"^(?:tabell|tab\.|figur|diagram|bilaga)\b", re.I)
_UNIT = re.compile(r"\b(?:mnkr|mkr|mnrk|tkr|kr|msek|procent)\b|\((?:tkr|mnkr|mkr|kr)\)", re.I)
_SENTENCE_END = re.compile(r"[.!?:;]\)?[”\"']?$")
_RULE_GLYPH = re.compile(r"[|¦_—―=~]+")
_HEADER_GAP = 0.4  # × size: the gap that separates header cells
_COMPOUND_JOINERS = {"och", "eller", "samt", "respektive", "resp.", "till", "som", "men", "&", "utan"}


@dataclass(frozen=True)
class TableSettings:
    """Tunables, relative to the font size of the lines involved."""

    chunk_gap: float = 0.55  # a gap wider than this × size splits a line into cells
    row_gap: float = 1.6  # a vertical gap wider than this × size ends an unruled table
    text_row_gap: float = 1.3  # ... or, before a line without values, wider than this
    min_value_lines: int = 2
    max_header_lines: int = 5
    caption_gap: float = 1.8
    caption_max_words: int = 14


# ----------------------------------------------------------------- helpers


def is_value(text: str) -> bool:
    """A cell text that reads as a table value: number, percentage, status, dash."""
    t = text.strip()
    return bool(t) and (bool(_VALUE.match(t)) or bool(_STATUS.match(t)))


def is_number(text: str) -> bool:
    """A cell text that reads as a plain number (possibly with %, sign, unit)."""
    t = text.strip()
    return bool(t) and bool(_VALUE.match(t)) and any(c.isdigit() for c in t)


@functools.lru_cache(maxsize=1)
def _wordlist() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "sv_words.txt"
    try:
        return frozenset(w.strip().lower() for w in path.read_text(encoding="utf-8").split())
    except OSError:
        return frozenset()


def _mid_word(prev: str, nxt: str) -> bool:
    """A header word wrapped without a hyphen ("investeri" / "ng-kalkyl")."""
    m1 = re.search(r"([a-zåäöéü]+)$", prev, re.I)
    m2 = re.match(r"([a-zåäöéü]+)", nxt)
    if not m1 or not m2 or not nxt[0].islower():
        return False
    a, b = m1.group(1).lower(), m2.group(1).lower()
    words = _wordlist()
    if b in words and len(b) > 3:
        return False
    if a + b in words and a not in words:
        return True
    return len(b) <= 2 and b not in words and len(a) >= 3


def join_wrapped(parts: Sequence[str], mid_word: bool = False) -> str:
    """Join the lines of a wrapped cell: hyphenation undone ("Omsätt-"+"ning"),
    real compound hyphens kept ("Hälso-"+"och sjukvård", "IT-"+"stöd");
    with ``mid_word`` also words broken without a hyphen ("investeri"+"ng")."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if not out:
            out = part
            continue
        if mid_word and _mid_word(out, part):
            out = out + part
        elif out[-1] in "–—" and part[0].isdigit():
            out = out + part  # a range broken after its dash: "77–" + "80"
        elif out.endswith("-") and len(out) >= 2:
            first = part.split()[0]
            prev = out[-2]
            if first.lower() in _COMPOUND_JOINERS or first.startswith(","):
                out = out + " " + part
            elif prev.islower() and part[0].islower():
                out = out[:-1] + part
            else:
                out = out + part
        else:
            out = out + " " + part
    return re.sub(r"\s+", " ", out).strip()


def _size(w: Word) -> float:
    return w.size if w.size > 0 else max(1.0, (w.bottom - w.top))


class _Chunk(WordRun):
    """Words of one line that stand together (one cell's part of the line)."""


@dataclass
class _Line(WordRun):
    chunks: list[_Chunk] = field(default_factory=list)

    @property
    def size(self) -> float:
        return statistics.median(_size(w) for w in self.words)


def _group_lines(words: Sequence[Word], chunk_gap: float) -> list[_Line]:
    """Words on one baseline, top to bottom; each line split into chunks."""
    lines: list[_Line] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        h = max(1.0, w.bottom - w.top)
        home = None
        for ln in reversed(lines[-4:]):
            overlap = min(ln.bottom, w.bottom) - max(ln.top, w.top)
            if overlap >= 0.5 * min(h, ln.bottom - ln.top):
                home = ln
                break
        if home is None:
            lines.append(_Line([w]))
        else:
            home.words.append(w)
    lines.sort(key=lambda ln: ln.top)
    for ln in lines:
        ln.words.sort(key=lambda w: w.x0)
        ln.chunks = _split_chunks(ln.words, chunk_gap * ln.size)
    return lines


def _split_chunks(words: Sequence[Word], gap: float) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    for w in words:
        if chunks and w.x0 - chunks[-1].x1 <= gap:
            chunks[-1].words.append(w)
        else:
            chunks.append(_Chunk([w]))
    return chunks


def _cell(words: Sequence[Word], mid_word: bool = False) -> TableCellGrid:
    """Words of one cell → its text (wrapped lines joined) and bbox.  Stray
    rule glyphs at the edges (OCR reads rules as "|", "—") are dropped."""
    words = [w for w in words if not _RULE_GLYPH.fullmatch(w.text)]
    if not words:
        return TableCellGrid("", None, False)
    lines = _group_lines(words, 1e9)
    text = join_wrapped([ln.text for ln in lines], mid_word=mid_word)
    if mid_word:  # header cells: a rule read as "!" or "|" glued to a word
        text = re.sub(r"(?<=\w)[!|¦]+(?=\s|$)", "", text)
    letters = [w for w in words if any(c.isalpha() for c in w.text)]
    bold = bool(letters) and all(w.bold for w in letters)
    return TableCellGrid(text, BBox.union([w.bbox for w in words]), bold)


def _empty() -> TableCellGrid:
    return TableCellGrid("", None, False)


# ----------------------------------------------------------------- public API


def find_tables(page: PageText, settings: TableSettings = TableSettings()) -> list[TableGrid]:
    """Tables on one page, top to bottom (ruled ones first found, then aligned)."""
    lines = _group_lines(page.words, settings.chunk_gap)
    grids: list[TableGrid] = []
    taken: list[BBox] = []
    for box, hs, vs in _lattices(page.rulings):
        grid = _lattice_grid(page, lines, box, hs, vs, settings)
        if grid is not None:
            grids.append(grid)
            taken.append(grid.bbox)
    for stack_box, stack_hs in _rule_stacks(page.rulings, taken):
        for box, hs in _stack_segments(lines, stack_box, stack_hs):
            grid = _hruled_grid(page, lines, box, hs, settings)
            if grid is not None:
                grids.append(grid)
                taken.append(grid.bbox)
    free = [ln for ln in lines if not any(_line_in(ln, b) for b in taken)]
    for grid in _headed_text_tables(page, free, settings):
        grids.append(grid)
        taken.append(grid.bbox)
    free = [ln for ln in free if not any(_line_in(ln, b) for b in taken)]
    for grid in _aligned_tables(page, free, settings):
        if not any(_overlaps(grid.bbox, b) for b in taken):
            grids.append(grid)
    grids = [g for g in grids if not looks_like_toc(g) and not looks_like_list(g)]
    grids.sort(key=lambda g: g.bbox.top)
    return grids


def table_word_indexes(page: PageText, grid: TableGrid, settings: TableSettings = TableSettings()) -> list[int]:
    """Indexes into ``page.words`` of the words that belong to ``grid``
    (inside its bbox, plus the caption line) — what running text must drop."""
    box = grid.bbox
    out = [i for i, w in enumerate(page.words) if w.centre_in(box)]
    if grid.caption:
        lines = _group_lines(page.words, settings.chunk_gap)
        above = [ln for ln in lines if ln.bottom <= box.top + 1]
        if above:
            cap = above[-1]
            if re.sub(r"\s+", " ", cap.text).strip() == grid.caption:
                ids = {id(w) for w in cap.words}
                out += [i for i, w in enumerate(page.words) if id(w) in ids]
    return sorted(set(out))


def looks_like_list(grid: TableGrid) -> bool:
    """A bullet or numbered list read as a table: every label is a list marker."""
    if grid.ruled or grid.header_rows:
        return False
    labels = [r[0].text.strip() for r in grid.rows if r and r[0].text.strip()]
    return bool(labels) and all(_LIST_MARKER.fullmatch(t) for t in labels)


def looks_like_toc(grid: TableGrid) -> bool:
    """A table of contents read as a table: dot leaders, or section numbers
    with a single column of rising page numbers."""
    rows = grid.rows
    if not rows:
        return False
    texts = [" ".join(c.text for c in r) for r in rows]
    if sum(bool(_DOT_LEADER.search(t)) for t in texts) >= max(2, len(rows) // 2):
        return True
    if len(rows[0]) == 2:
        nums = [r[1].text for r in rows if r[1].text]
        labels = [r[0].text for r in rows if r[0].text]
        if nums and all(re.fullmatch(r"\d{1,3}", n) for n in nums):
            pages = [int(n) for n in nums]
            numbered = sum(bool(_SECTION_NUMBER.match(l)) for l in labels)
            if pages == sorted(pages) and numbered >= len(labels) // 2:
                return True
    return False


# ----------------------------------------------------------------- geometry


def _line_in(ln: _Line, box: BBox) -> bool:
    cy = (ln.top + ln.bottom) / 2
    cx = (ln.x0 + ln.x1) / 2
    return box.top - 1 <= cy <= box.bottom + 1 and box.x0 - 2 <= cx <= box.x1 + 2


def _overlaps(a: BBox, b: BBox) -> bool:
    return min(a.bottom, b.bottom) - max(a.top, b.top) > 2 and min(a.x1, b.x1) - max(a.x0, b.x0) > 2


def _cluster(values: Sequence[float], tol: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(g) / len(g) for g in out]


# ----------------------------------------------------------------- ruled tables


def _lattices(rulings: Sequence[Ruling], tol: float = 2.5) -> list[tuple[BBox, list[Ruling], list[Ruling]]]:
    """Connected groups of touching rulings with ≥ 2 horizontal and ≥ 2 vertical lines."""
    hs = [r for r in rulings if r.horizontal and r.x1 - r.x0 >= 10]
    vs = [r for r in rulings if not r.horizontal and r.bottom - r.top >= 4]
    items = hs + vs
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def touch(a: Ruling, b: Ruling) -> bool:
        return (
            a.x0 - tol <= b.x1 and b.x0 - tol <= a.x1 and a.top - tol <= b.bottom and b.top - tol <= a.bottom
        )

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if touch(items[i], items[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for idx in groups.values():
        gh = [items[i] for i in idx if items[i].horizontal and items[i].x1 - items[i].x0 >= 10]
        gv = [items[i] for i in idx if not items[i].horizontal]
        if len(_cluster([r.top for r in gh], 2)) >= 2 and len(_cluster([r.x0 for r in gv], 2)) >= 2:
            box = BBox.union([BBox(x0=r.x0, top=r.top, x1=r.x1, bottom=r.bottom) for r in gh + gv])
            out.append((box, gh, gv))
    return out


def _lattice_grid(
    page: PageText, lines: list[_Line], box: BBox, hs: list[Ruling], vs: list[Ruling], settings: TableSettings
) -> Optional[TableGrid]:
    xs = _cluster([(r.x0 + r.x1) / 2 for r in vs], 2.5)
    if xs[0] - box.x0 > 3:
        xs.insert(0, box.x0)
    if box.x1 - xs[-1] > 3:
        xs.append(box.x1)
    ys = _band_edges(hs, box)
    ncol = len(xs) - 1
    words = [w for w in page.words if w.centre_in(box)]
    if not words or ncol < 2:
        return None
    raw_rows: list[list[tuple[list[Word], int]]] = []  # (words, span) per cell
    body_started = False
    for top, bottom in zip(ys, ys[1:]):
        mid = (top + bottom) / 2
        band = [w for w in words if top - 1 <= (w.top + w.bottom) / 2 <= bottom + 1]
        if not band:
            continue
        present = [0]
        for k in range(1, ncol):
            if any(abs((v.x0 + v.x1) / 2 - xs[k]) <= 2.5 and v.top - 2 <= mid <= v.bottom + 2 for v in vs):
                present.append(k)
        band_lines = _group_lines(band, settings.chunk_gap)
        # a phrase running across a rule means the rule is not a cell border
        # there (a spanning cell; OCR'd rules are often drawn through): the
        # lines above the last such line form a row of their own
        parts = [band_lines]
        if not raw_rows:
            crossing = [any(k and _phrase_across([ln], xs[k]) for k in present) for ln in band_lines]
            if any(crossing) and not all(crossing):
                last = max(i for i, c in enumerate(crossing) if c)
                if last + 1 < len(band_lines) and not any(crossing[last + 1:]):
                    parts = [band_lines[: last + 1], band_lines[last + 1:]]
        numeric_band = sum(1 for w in band if w.x0 > xs[1] and is_number(w.text) and not _YEAR.match(w.text)) >= 2
        body_started = body_started or numeric_band
        for part in parts:
            # spanning cells are header cells; in body rows a word across a
            # rule is OCR noise, not a span
            here = [k for k in present if k == 0 or body_started or not _phrase_across(part, xs[k])] + [ncol]
            columns = [(xs[a], xs[b]) for a, b in zip(here, here[1:])]
            for sub in _split_band(part, columns, settings):
                sub_words = [w for ln in sub for w in ln.words]
                row = []
                for a, b in zip(here, here[1:]):
                    cw = [w for w in sub_words if xs[a] - 1 <= (w.x0 + w.x1) / 2 <= xs[b] + 1]
                    row.append((cw, b - a))
                raw_rows.append(row)
    if len(raw_rows) < 2:
        return None
    expanded = [_expand([(_cell(ws), span) for ws, span in r], ncol, header=True) for r in raw_rows]
    header_n = _count_header_rows(expanded)
    header_rows = [_expand([(_cell(ws, mid_word=True), span) for ws, span in r], ncol, header=True)
                   for r in raw_rows[:header_n]]
    body = [_expand([(_cell(ws), span) for ws, span in r], ncol, header=False) for r in raw_rows[header_n:]]
    header_rows = _merge_header_rows(header_rows)
    caption = _caption_above(lines, box, settings, body_size=_median_size(page.words))
    return TableGrid(page=page.number, bbox=box, header_rows=header_rows, rows=body, caption=caption, ruled=True)


def _phrase_across(lines: Sequence[_Line], x: float) -> bool:
    """Some line runs across ``x`` with no more than a word space there."""
    for ln in lines:
        ws = ln.words
        if any(w.x0 < x - 1.5 and w.x1 > x + 1.5 for w in ws):
            return True
        for a, b in zip(ws, ws[1:]):
            if a.x1 <= x + 1.5 and b.x0 >= x - 1.5 and a.x1 < x < b.x0 + 1.5 and b.x0 - a.x1 < _HEADER_GAP * ln.size:
                return True
    return False


def _median_size(words: Sequence[Word]) -> float:
    return statistics.median(_size(w) for w in words) if words else 0.0


def _band_edges(hs: Sequence[Ruling], box: BBox) -> list[float]:
    ys = _cluster([(r.top + r.bottom) / 2 for r in hs], 2.5)
    if not ys:
        return [box.top, box.bottom]
    if ys[0] - box.top > 3:
        ys.insert(0, box.top)
    if box.bottom - ys[-1] > 3:
        ys.append(box.bottom)
    return ys


def _rule_stacks(rulings: Sequence[Ruling], taken: Sequence[BBox], max_gap: float = 90.0) -> list[tuple[BBox, list[Ruling]]]:
    """Horizontal rules of equal extent stacked above each other (tables ruled
    between rows only, without vertical lines): ≥ 3 rules, gaps ≤ ``max_gap``."""
    hs = [
        r for r in rulings
        if r.horizontal and r.x1 - r.x0 >= 60 and not any(_inside_box(r, b) for b in taken)
    ]
    hs.sort(key=lambda r: (r.top, r.x0))
    stacks: list[list[Ruling]] = []
    for r in hs:
        home = None
        for st in stacks:
            last = st[-1]
            if abs(last.x0 - r.x0) <= 4 and abs(last.x1 - r.x1) <= 4 and 0 <= r.top - last.top <= max_gap:
                home = st
                break
        if home is None:
            stacks.append([r])
        else:
            home.append(r)
    out = []
    for st in stacks:
        if len(_cluster([r.top for r in st], 2.5)) >= 3:
            box = BBox(x0=min(r.x0 for r in st), top=min(r.top for r in st),
                       x1=max(r.x1 for r in st), bottom=max(r.bottom for r in st))
            out.append((box, st))
    return out


def _breaks_table(ln: _Line, size: float, width: float) -> bool:
    """A line that cannot be part of a table set in ``size``: a heading
    (one chunk, larger type) or a line of running text (one chunk, a
    sentence of six words or more across half the table's width)."""
    if len(ln.chunks) != 1:
        return False
    if ln.size > 1.08 * size:
        return True
    text = ln.text.strip()
    return len(text.split()) >= 6 and bool(_SENTENCE_END.search(text)) and ln.x1 - ln.x0 >= 0.5 * width


def _stack_segments(lines: list[_Line], box: BBox, hs: list[Ruling]) -> list[tuple[BBox, list[Ruling]]]:
    """A stack of rules cut into tables: headings and running text between
    ruled blocks end a table.  The first table takes the header lines just
    above its top rule, the last one the aligned rows just below its bottom
    rule (tables ruled only under the header, or only between some rows)."""
    inside = [ln for ln in lines if _line_in(ln, box)]
    multi = [ln for ln in inside if len(ln.chunks) >= 2]
    if not multi:
        return [(box, hs)]
    box, hs = _trim_empty_ends(inside, box, hs)
    size = _median_size([w for ln in multi for w in ln.words])
    width = box.x1 - box.x0
    breaks = [ln for ln in inside if _breaks_table(ln, size, width)]
    tops = [box.top] + [ln.bottom + 0.5 for ln in breaks]
    bottoms = [ln.top - 0.5 for ln in breaks] + [box.bottom]
    tops[0] = _extend_up(lines, box, size)
    bottoms[-1] = _extend_down(lines, box, size, width)
    out = []
    for top, bottom in zip(tops, bottoms):
        if bottom - top < 2:
            continue
        seg_hs = [r for r in hs if top - 1 <= r.top and r.bottom <= bottom + 1]
        out.append((BBox(x0=box.x0, top=top, x1=box.x1, bottom=bottom), seg_hs))
    return out


def _trim_empty_ends(inside: list[_Line], box: BBox, hs: list[Ruling]) -> tuple[BBox, list[Ruling]]:
    """Drop end rules with nothing between them and the next rule (a page
    header's rule stacked onto a table's): the table starts at the next one."""
    ys = _cluster([(r.top + r.bottom) / 2 for r in hs], 2.5)

    def empty(a: float, b: float) -> bool:
        return not any(a < (ln.top + ln.bottom) / 2 < b for ln in inside)

    while len(ys) >= 3 and empty(ys[0], ys[1]):
        ys = ys[1:]
    while len(ys) >= 3 and empty(ys[-2], ys[-1]):
        ys = ys[:-1]
    keep = [r for r in hs if ys[0] - 3 <= (r.top + r.bottom) / 2 <= ys[-1] + 3]
    return BBox(x0=box.x0, top=min(box.bottom, ys[0] - 0.5), x1=box.x1, bottom=ys[-1] + 0.5), keep


def _same_size(ln: _Line, size: float) -> bool:
    return abs(ln.size - size) <= 0.05 * size


def _extend_up(lines: list[_Line], box: BBox, size: float) -> float:
    """Top of the table: header lines (several chunks, no numbers, the
    table's type size) right above the top rule belong to it."""
    above = [ln for ln in lines if ln.bottom <= box.top + 1 and min(ln.x1, box.x1) - max(ln.x0, box.x0) > 0]
    top = box.top
    for ln in reversed(above):
        if top - ln.bottom > 1.0 * size or len(ln.chunks) < 2 or not _same_size(ln, size):
            break
        if any(is_number(c.text) and not _YEAR.match(c.text.strip()) for c in ln.chunks):
            break
        top = ln.top - 0.5
    return top


def _extend_down(lines: list[_Line], box: BBox, size: float, width: float) -> float:
    """Bottom of the table: rows in the table's type size continuing right
    below the bottom rule (no rule under the body); trailing label-only
    lines are left to the text."""
    below = [ln for ln in lines if ln.top >= box.bottom - 1 and min(ln.x1, box.x1) - max(ln.x0, box.x0) > 0]
    bottom, last = box.bottom, box.bottom
    for ln in below:
        if ln.top - last > 1.0 * size or not _same_size(ln, size) or _breaks_table(ln, size, width):
            break
        if ln.x0 < box.x0 - 2 or ln.x1 > box.x1 + 2:
            break
        last = ln.bottom
        if len(ln.chunks) >= 2:
            bottom = ln.bottom + 0.5
    return bottom


def _inside_box(r: Ruling, b: BBox, tol: float = 3.0) -> bool:
    return b.x0 - tol <= r.x0 and r.x1 <= b.x1 + tol and b.top - tol <= r.top and r.bottom <= b.bottom + tol


def _hruled_grid(page: PageText, lines: list[_Line], box: BBox, hs: list[Ruling], settings: TableSettings) -> Optional[TableGrid]:
    """A table ruled between rows only: bands from the rules, columns from whitespace."""
    ys = _band_edges(hs, box)
    inside = [ln for ln in lines if _line_in(ln, box)]
    if not inside:
        return None
    bands: list[list[_Line]] = []
    edges: list[tuple[float, float]] = []
    for top, bottom in zip(ys, ys[1:]):
        band = [ln for ln in inside if top - 1 <= (ln.top + ln.bottom) / 2 <= bottom + 1]
        if band:
            bands.append(band)
            edges.append((top, bottom))
    # a heading between a page rule and the table is not a table band
    size = _median_size([w for ln in inside for w in ln.words])
    while bands and any(ln.size > 1.15 * size for ln in bands[0]):
        bands, edges = bands[1:], edges[1:]
    while bands and any(ln.size > 1.15 * size for ln in bands[-1]):
        bands, edges = bands[:-1], edges[:-1]
    if len(bands) < 2:
        return None
    box = BBox(x0=box.x0, top=edges[0][0], x1=box.x1, bottom=edges[-1][1])
    inside = [ln for band in bands for ln in band]
    body_lines = [ln for band in bands[1:] for ln in band]
    multi = [ln for ln in body_lines if len(ln.chunks) >= 2]
    if len(multi) < 2:
        return None
    columns = _columns(multi)
    if len(columns) < 2 or not _consistent(multi, columns):
        return None
    columns = _widen_label_column(columns, body_lines)
    rows_lines: list[list[_Line]] = []
    for band in bands:
        rows_lines += _split_band(band, columns, settings)
    rows = [_row_cells(group, columns) for group in rows_lines]
    header_n = _count_header_rows(rows)
    header_rows = _header_rows([ln for group in rows_lines[:header_n] for ln in group], columns) if header_n else []
    body = rows[header_n:]
    if sum(1 for r in body if sum(bool(c.text) for c in r) >= 2) < 2:
        return None
    caption = _caption_above(lines, box, settings, body_size=_median_size(page.words))
    return TableGrid(page=page.number, bbox=box, header_rows=header_rows, rows=body, caption=caption, ruled=True)


def _row_cells(group: list[_Line], columns: list[tuple[float, float]]) -> list[TableCellGrid]:
    per_col: dict[int, list[Word]] = {}
    for ln in group:
        for k, ws in _line_cells(ln, columns).items():
            per_col.setdefault(k, []).extend(ws)
    return [_cell(per_col.get(k, [])) for k in range(len(columns))]


def _widen_label_column(columns: list[tuple[float, float]], lines: Sequence[_Line]) -> list[tuple[float, float]]:
    """Label-only lines (wrapped labels, group rows) widen the label column up
    to where the first value column's content starts."""
    limit = columns[1][0] - 2
    right = columns[0][1]
    for ln in lines:
        if len(ln.chunks) == 1 and ln.x1 < limit and ln.x0 <= columns[0][0] + 20:
            right = max(right, ln.x1)
    return [(columns[0][0], right)] + list(columns[1:])


def _expand(row: list[tuple[TableCellGrid, int]], ncol: int, header: bool) -> list[TableCellGrid]:
    """Spanning cells → one entry per column (headers repeat the text, body
    rows keep it in the first spanned column)."""
    out: list[TableCellGrid] = []
    for cell, span in row:
        out.append(cell)
        for _ in range(span - 1):
            out.append(TableCellGrid(cell.text, cell.bbox, cell.bold) if header else _empty())
    return (out + [_empty()] * ncol)[:ncol]


def _split_band(lines: list[_Line], columns: list[tuple[float, float]], settings: TableSettings) -> list[list[_Line]]:
    """A ruled band holding several records (rows not separated by rules):
    split where value columns carry numbers on more than one line."""
    if len(lines) < 2 or len(columns) < 2:
        return [lines]
    label_right = columns[1][0]

    def has_number(ln: _Line) -> bool:
        return any(c.x0 >= label_right - 1 and is_number(c.text) for c in ln.chunks)

    if sum(has_number(ln) for ln in lines) < 2:
        return [lines]
    return _row_groups(lines, columns, settings)


# ----------------------------------------------------------------- header rows


def _is_header_like(cells: Sequence[TableCellGrid], first: bool) -> bool:
    """A row that reads as column headers: short texts, no values (years
    allowed), header words or bold."""
    texts = [c.text.strip() for c in cells]
    filled = [c for c in cells if c.text.strip()]
    if not filled:
        return False
    if any(len(t.split()) > 7 for t in texts):
        return False
    for t in texts[1:]:
        if t and is_value(t) and not re.search(r"(?:^|\s)(?:19|20)\d\d$", t):
            return False  # a value (a header cell may end in a year: "Budget 2024", OCR'd ": 2026")
    vocab = any(_HEADER_WORDS.search(t) for t in texts)
    bold = all(c.bold for c in filled)
    if first:
        return vocab or (bold and len(filled) >= 2)
    return (bold and (vocab or len(filled) >= 2)) or (vocab and len(filled) >= 2)


def _count_header_rows(rows: list[list[TableCellGrid]], limit: int = 3) -> int:
    """Leading header rows: the first header-like row, then rows below it
    that are bold headers or sit under a spanning header cell."""
    n = 0
    while n < min(limit, len(rows) - 1) and _is_header_like(rows[n], first=(n == 0)):
        if n > 0 and not all(c.bold for c in rows[n] if c.text.strip()) and not _has_span(rows[n - 1]):
            break
        n += 1
    return n


def _has_span(row: Sequence[TableCellGrid]) -> bool:
    return any(a.text and a.text == b.text and a.bbox == b.bbox for a, b in zip(row[1:], row[2:]))


def _merge_header_rows(rows: list[list[TableCellGrid]]) -> list[list[TableCellGrid]]:
    """Header rows whose cells only continue the cells above (hyphen-wrapped or
    lone continuations) are folded into the row above."""
    out: list[list[TableCellGrid]] = []
    for row in rows:
        if out and _continues(out[-1], row):
            out[-1] = [_join_cells(a, b) for a, b in zip(out[-1], row)]
        else:
            out.append(row)
    return out


def _continues(upper: list[TableCellGrid], lower: list[TableCellGrid]) -> bool:
    pairs = [(a.text, b.text) for a, b in zip(upper, lower) if b.text.strip()]
    if not pairs:
        return True
    return all(a.strip().endswith("-") or (a.strip() and b.strip()[0].islower()) for a, b in pairs)


def _join_cells(a: TableCellGrid, b: TableCellGrid) -> TableCellGrid:
    if not b.text:
        return a
    if not a.text:
        return b
    if a.bbox is not None and b.bbox is not None and a.bbox == b.bbox:
        return a
    boxes = [x for x in (a.bbox, b.bbox) if x is not None]
    return TableCellGrid(join_wrapped([a.text, b.text], mid_word=True), BBox.union(boxes) if boxes else None,
                         a.bold and b.bold)


# ----------------------------------------------------------------- caption


def _caption_above(lines: list[_Line], box: BBox, settings: TableSettings, body_size: Optional[float] = None) -> Optional[str]:
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
    if len(text.split()) > settings.caption_max_words or _SECTION_NUMBER.match(text) or _DOT_LEADER.search(text):
        return None
    if body_size is not None and size > body_size * 1.12:
        return None  # a heading, not a caption
    if _CAPTION_START.match(text) or _UNIT.search(text) or ln.bold or ln.italic:
        return text
    return None


# ----------------------------------------------------------------- aligned (unruled) tables


def _kind(ln: _Line) -> str:
    """'V' a line with values right of its first chunk, 'L' text only."""
    ch = ln.chunks
    if len(ch) == 1:
        return "S" if is_value(ch[0].text) else "L"
    rest = ch[1:]
    vals = [c for c in rest if is_value(c.text)]
    if vals and all(_YEAR.match(c.text.strip()) for c in vals):
        return "H"  # "(Tkr) 2024 2025 2026": a header of years
    others = [c for c in rest if not is_value(c.text)]
    if vals and len(others) <= 2 and all(len(c.text.split()) <= 3 for c in others):
        return "V"
    if len(ch) >= 3 and is_number(ch[-1].text) and all(len(c.text.split()) <= 8 for c in others):
        return "V"  # "Försörjning | Tvätt/skur maskiner, truckar, övrigt | 2,9"
    return "M" if len(ch) >= 2 else "L"


def _aligned_tables(page: PageText, lines: list[_Line], settings: TableSettings) -> list[TableGrid]:
    kinds = [_kind(ln) for ln in lines]
    grids: list[TableGrid] = []
    i = 0
    used_until = -1
    while i < len(lines):
        if kinds[i] != "V" or i <= used_until:
            i += 1
            continue
        # grow a body region downwards
        body = [i]
        j = i + 1
        pending: list[int] = []
        while j < len(lines):
            prev = lines[body[-1] if not pending else pending[-1]]
            gap = lines[j].top - prev.bottom
            if gap > settings.row_gap * lines[j].size:
                break
            text_line = kinds[j] in ("L", "M")
            body_size = statistics.median(lines[k].size for k in body)
            if text_line and (gap > settings.text_row_gap * body_size or lines[j].size > 1.25 * body_size):
                break  # a paragraph, note or heading after the table
            if kinds[j] in ("V", "S"):
                body += pending + [j]
                pending = []
            elif kinds[j] == "L" and len(pending) < 6:
                pending.append(j)
            elif kinds[j] == "M" and len(pending) < 6 and not (lines[j].bold and _HEADER_WORDS.search(lines[j].text)):
                pending.append(j)  # a wrapped row with text cells, unless a new table's header
            else:
                break
            j += 1
        # trailing label lines: keep wrapped-label continuations only
        body_gaps = [lines[b].top - lines[a].bottom for a, b in zip(body, body[1:])]
        for p in pending:
            gap = lines[p].top - lines[body[-1]].bottom
            close = gap <= 0.8 * lines[p].size or (_group_label(lines[p], lines[body[-1]]) and gap <= max(body_gaps, default=0) + 1)
            if close and (_label_continues(lines[body[-1]], lines[p]) or _group_label(lines[p], lines[body[-1]])):
                body.append(p)
            else:
                break
        value_lines = [k for k in body if kinds[k] in ("V", "S")]
        n_v = sum(kinds[k] == "V" for k in body)
        columns = _columns([lines[k] for k in value_lines])
        if len(columns) < 2 or (n_v >= 2 and not _consistent([lines[k] for k in value_lines if kinds[k] == "V"], columns)):
            i = j
            continue
        if all(is_value(c.text) for k in value_lines for c in lines[k].chunks if c.x1 <= columns[0][1] + 1):
            # no label column: every line starts with a value
            columns = [(columns[0][0] - 2.0, columns[0][0] - 1.0)] + columns
        # text-only lines must sit in the columns
        body = [k for k in body if kinds[k] not in ("L", "M") or _fits_columns(lines[k], columns)]
        columns = _widen_label_column(columns, [lines[k] for k in body])
        # header lines and group rows above
        start = body[0]
        head: list[int] = []
        k = start - 1
        groups_above: list[int] = []
        while k >= 0 and k > used_until and len(head) < settings.max_header_lines:
            ln = lines[k]
            below = lines[(head[0] if head else (groups_above[0] if groups_above else start))]
            if below.top - ln.bottom > settings.row_gap * ln.size:
                break
            if _header_line(ln, columns):
                head.insert(0, k)
            elif not head and kinds[k] == "L" and _fits_columns(ln, columns) and len(groups_above) < 8:
                groups_above.insert(0, k)
            else:
                break
            k -= 1
        if groups_above and not head and not all(lines[g].bold for g in groups_above):
            groups_above = []
        columns = columns + _header_only_columns([lines[h] for h in head], columns)
        if n_v < settings.min_value_lines and not (
            n_v == 1 and head and any(len([c for c in lines[h].chunks if _assign(c, columns)[-1] > 0]) >= 2
                                      for h in head)
        ):
            i = j
            continue
        body = groups_above + body
        body_lines = [lines[k] for k in body]
        head_lines = [lines[k] for k in head]
        used_until = body[-1]
        grid = _aligned_grid(page, lines, head_lines, body_lines, columns, settings)
        if grid is not None:
            grids.append(grid)
        i = used_until + 1
    return grids


def _header_only_columns(head: list[_Line], columns: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A column right of the last one that only the header fills ("Status"
    over rows whose status is empty): one extra column for those chunks."""
    if not head:
        return []
    edge = columns[-1][1]
    beyond = [c for ln in head for c in ln.chunks if c.x0 > edge + 0.5 * ln.size]
    if not beyond:
        return []
    return [(min(c.x0 for c in beyond), max(c.x1 for c in beyond))]


def _group_label(ln: _Line, above: _Line) -> bool:
    """"Driftstjänster:": a short label ending in a colon, in the label column,
    heading the rows that follow (on the next page when the table breaks)."""
    text = ln.text.strip()
    return len(ln.chunks) == 1 and text.endswith(":") and len(text.split()) <= 4 \
        and abs(ln.x0 - above.x0) <= 0.5 * ln.size


def _fits_columns(ln: _Line, columns: list[tuple[float, float]]) -> bool:
    """Every chunk of ``ln`` lies within one column."""
    return all(len(_assign(c, columns)) == 1 for c in ln.chunks)


def _columns(lines: list[_Line]) -> list[tuple[float, float]]:
    """Column x-ranges: the union of overlapping chunk extents of value lines."""
    spans = sorted((c.x0, c.x1) for ln in lines for c in ln.chunks)
    out: list[list[float]] = []
    for x0, x1 in spans:
        if out and x0 <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], x1)
        else:
            out.append([x0, x1])
    return [(a, b) for a, b in out]


def _consistent(lines: list[_Line], columns: list[tuple[float, float]]) -> bool:
    """Value chunks stack: in each value column their right or left edges align."""
    if len(lines) < 2:
        return False
    for x0, x1 in columns[1:]:
        chunks = [c for ln in lines for c in ln.chunks if c.x0 >= x0 - 1 and c.x1 <= x1 + 1]
        if len(chunks) < 2:
            continue
        tol = max(3.0, 0.35 * statistics.median(_size(w) for c in chunks for w in c.words))
        rights = [c.x1 for c in chunks]
        lefts = [c.x0 for c in chunks]
        centers = [(c.x0 + c.x1) / 2 for c in chunks]
        if not any(max(v) - min(v) <= tol * 2 for v in (rights, lefts, centers)):
            # allow a few misfits (OCR)
            med = statistics.median(rights)
            if sum(abs(r - med) <= tol for r in rights) < 0.7 * len(rights):
                return False
    return True


def _header_line(ln: _Line, columns: list[tuple[float, float]]) -> bool:
    texts = [c.text for c in ln.chunks]
    if any(_MONEYISH.match(t.strip()) and not re.fullmatch(r"(?:19|20)\d\d", t.strip()) for t in texts[1:]):
        return False
    spans = [_assign(c, columns) for c in ln.chunks]
    if any(ks[0] == 0 and ks[-1] > 0 for ks in spans):
        return False  # running text or a caption reaching over the value columns
    over_values = [c for c, ks in zip(ln.chunks, spans) if ks[-1] > 0]
    if not over_values:
        return False
    if any(c.x0 <= columns[-1][1] < c.x1 - 60 for c in ln.chunks):
        return False  # a line running on past the last column
    if _HEADER_WORDS.search(ln.text) or ln.bold:
        return True
    return len(ln.chunks) >= 2 or any(c.text.strip().endswith("-") for c in ln.chunks)


def _partition(columns: list[tuple[float, float]], k: int) -> tuple[float, float]:
    """The x-range owned by column ``k``: from the right edge of the column
    before (numbers are right-aligned, headers may start further left) to its
    own right edge — between the label column and the first value column, the
    middle of the gap; the first and last columns are open-ended."""
    def boundary(j: int) -> float:  # between column j and j + 1
        if j == 0 and len(columns) > 1:
            # labels are left-aligned and values mostly right-aligned: split the gap
            return (columns[0][1] + columns[1][0]) / 2 if columns[1][0] > columns[0][1] else columns[0][1]
        return columns[j][1]

    lo = boundary(k - 1) if k > 0 else float("-inf")
    hi = boundary(k) if k < len(columns) - 1 else float("inf")
    return lo, hi


def _assign(chunk: _Chunk, columns: list[tuple[float, float]]) -> list[int]:
    """Columns a chunk covers: the one holding it, or several when it spans
    (a substantial part of it lies in each)."""
    width = max(1.0, chunk.x1 - chunk.x0)
    overlaps = []
    for k in range(len(columns)):
        lo, hi = _partition(columns, k)
        overlaps.append(max(0.0, min(chunk.x1, hi) - max(chunk.x0, lo)))
    best = max(range(len(columns)), key=lambda k: overlaps[k])
    hits = [k for k in range(len(columns)) if overlaps[k] >= 0.3 * width or k == best]
    return sorted(hits)


def _line_cells(ln: _Line, columns: list[tuple[float, float]]) -> dict[int, list[Word]]:
    out: dict[int, list[Word]] = {}
    for c in ln.chunks:
        ks = _assign(c, columns)
        out.setdefault(ks[0], []).extend(c.words)
    return out


def _label_continues(prev: _Line, ln: _Line) -> bool:
    """``ln`` (label only) carries on the label of ``prev``."""
    prev_label = prev.chunks[0].text.strip() if prev.chunks else ""
    cur = ln.chunks[0].text.strip() if ln.chunks else ""
    if not cur:
        return False
    if prev_label.endswith("-"):
        return True
    if cur[0].islower() and prev.bold == ln.bold:
        return True
    return False


def _row_groups(lines: list[_Line], columns: list[tuple[float, float]], settings: TableSettings) -> list[list[_Line]]:
    """Lines → rows. A row starts where the value columns have content (unless
    the pending label waits for its values) or a new label line starts."""
    rows: list[list[_Line]] = []
    has_vals: list[bool] = []
    has_num: list[bool] = []
    # rows numbered "1.", "2.": a label line without a number continues its row
    labels = [" ".join(w.text for w in _line_cells(ln, columns).get(0, [])) for ln in lines]
    with_values = [t for ln, t in zip(lines, labels) if t and any(k > 0 for k in _line_cells(ln, columns))]
    numbered = len(with_values) >= 2 and all(_ROW_NUMBER.match(t) for t in with_values)
    tight = _tight_gap(lines, columns)
    for ln in lines:
        cells = _line_cells(ln, columns)
        label = cells.get(0, [])
        vals = [k for k in cells if k > 0]
        numeric = any(is_number(" ".join(w.text for w in cells[k])) for k in vals)
        label_text = " ".join(w.text for w in label)
        if not rows:
            rows.append([ln])
            has_vals.append(bool(vals))
            has_num.append(numeric)
            continue
        prev = rows[-1][-1]
        gap = ln.top - prev.bottom
        close = gap <= 0.9 * ln.size
        if tight is not None:
            # rows padded apart, the lines of one row set tight (cells bottom-aligned:
            # "Ambulansstation" / "Berglunda inkl. markköp 91,9"): the gap decides
            if gap <= tight + 0.25 * ln.size:
                rows[-1].append(ln)
                has_vals[-1] = has_vals[-1] or bool(vals)
                has_num[-1] = has_num[-1] or numeric
            else:
                rows.append([ln])
                has_vals.append(bool(vals))
                has_num.append(numeric)
            continue
        prev_label_text = " ".join(
            w.text for w in _line_cells(prev, columns).get(0, [])
        ).strip()
        prev_label = _line_cells(prev, columns).get(0, [])
        cont_label = bool(label_text) and (
            prev_label_text.endswith("-") or (label_text[0].islower() and prev.bold == ln.bold)
        )
        # values printed on the last line of a wrapped label ("Lokaler för" / "T-huset 52,8")
        waits = bool(label_text) and vals and prev.bold == ln.bold and bool(prev_label) \
            and not _SENTENCE_END.search(prev_label_text) and _wrapped(prev_label, label[0], columns[0][1]) \
            and (_open_end(prev_label_text) or not _plain_capitalised(label[0].text))
        # "Tillbyggnad Campus etapp" / "3 349,5": a bare number cannot be a label of its own
        waits = waits or (bool(vals) and bool(prev_label) and re.fullmatch(r"\d{1,3}", label_text.strip()) is not None)
        if vals:
            if (not has_vals[-1] or (numeric and not has_num[-1])) and close and (not label_text or cont_label or waits):
                rows[-1].append(ln)  # the wrapped label waited for its values
                has_vals[-1] = True
                has_num[-1] = has_num[-1] or numeric
            elif has_vals[-1] and close and not numeric and (not label_text or cont_label):
                rows[-1].append(ln)  # wrapped text cells (text tables)
            else:
                rows.append([ln])
                has_vals.append(True)
                has_num.append(numeric)
        else:
            bare_number = re.fullmatch(r"\d{1,3}", label_text.strip()) is not None and not cells.keys() - {0}
            if close and (cont_label or bare_number or (numbered and label_text and not _ROW_NUMBER.match(label_text))):
                rows[-1].append(ln)
            else:
                rows.append([ln])
                has_vals.append(False)
                has_num.append(False)
    return rows


def _tight_gap(lines: list[_Line], columns: list[tuple[float, float]]) -> Optional[float]:
    """The gap between wrapped lines of one cell, when the table pads its rows
    apart: lines set solid (gap ≤ 0.3 × size) and the gap after a line with
    values clearly larger; else None."""
    if len(lines) < 3:
        return None
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
    after_values = [g for a, g in zip(lines, gaps) if any(k > 0 for k in _line_cells(a, columns))]
    if len(after_values) < 2:
        return None
    size = _median_size([w for ln in lines for w in ln.words])
    solid = [g for g in gaps if g <= 0.3 * size]
    if not solid:
        return None
    # the loosest solid gap: OCR'd boxes take in accents and descenders, so one
    # pair of solid lines may even overlap ("fastighetsdrift" / "T-huset, USÖ")
    tight = max(solid)
    if statistics.median(after_values) < tight + 0.3 * size:
        return None  # one spacing only: no evidence of padded rows
    return tight


_ROW_NUMBER = re.compile(r"^\d{1,2}[.)]\s")
_OPEN_WORDS = {"och", "av", "för", "i", "på", "med", "till", "samt", "inom", "vid", "om", "mot", "från", "inkl.", "exkl."}


def _open_end(text: str) -> bool:
    """A label that cannot end there: a trailing comma or function word."""
    t = text.rstrip()
    return t.endswith(",") or (t.split()[-1].lower() in _OPEN_WORDS if t.split() else False)


def _plain_capitalised(word: str) -> bool:
    """"Övriga", "Personalkostnader": a word that may well start a new row
    (unlike "T-huset", "USÖ", "klinik")."""
    return bool(re.fullmatch(r"[A-ZÅÄÖ][a-zåäöéü]+[,.:]?", word))


def _wrapped(prev_words: Sequence[Word], first: Word, right: float) -> bool:
    """``first`` would not have fitted after ``prev_words`` within ``right`` (the
    widest label): the text was wrapped there, so the next line continues it.
    Inconclusive (False) for the widest label itself."""
    end = max(w.x1 for w in prev_words)
    start = min(w.x0 for w in prev_words)
    if end >= right - 1.0 or end - start < 0.6 * (right - start):
        return False  # the widest label itself, or a short label that ended there
    space = 0.28 * _size(first)
    return end + space + (first.x1 - first.x0) > right + 1.0


def _merge_exclusive_columns(
    columns: list[tuple[float, float]], body: Sequence[_Line], head: Sequence[_Line]
) -> list[tuple[float, float]]:
    """Two neighbouring value bands never filled on the same line, with no
    header cell of their own each, are one column printed with mixed
    alignment (left-aligned "Helt" above right-aligned "54%")."""
    cols = list(columns)
    k = 1
    while k + 1 < len(cols):
        a, b = cols[k], cols[k + 1]

        def hits(ln: _Line, band: tuple[float, float]) -> bool:
            return any(min(c.x1, band[1]) - max(c.x0, band[0]) > 0 for c in ln.chunks)

        shared = any(hits(ln, a) and hits(ln, b) for ln in body)
        gap_free = not any(c.x0 < a[1] and c.x1 > b[0] for ln in body for c in ln.chunks)
        headed = [c for ln in head for c in _split_chunks(ln.words, _HEADER_GAP * ln.size)]
        own_a = any(min(c.x1, a[1]) - max(c.x0, a[0]) > 0 and c.x1 < b[0] for c in headed)
        own_b = any(min(c.x1, b[1]) - max(c.x0, b[0]) > 0 and c.x0 > a[1] for c in headed)
        filled = all(any(hits(ln, band) for ln in body) for band in (a, b))  # not a header-only column
        if not shared and filled and gap_free and not (own_a and own_b) and head:
            cols[k:k + 2] = [(a[0], b[1])]
        else:
            k += 1
    return cols


def _aligned_grid(
    page: PageText,
    all_lines: list[_Line],
    head_lines: list[_Line],
    body_lines: list[_Line],
    columns: list[tuple[float, float]],
    settings: TableSettings,
) -> Optional[TableGrid]:
    columns = _merge_exclusive_columns(columns, body_lines, head_lines)
    rows: list[list[TableCellGrid]] = []
    for group in _row_groups(body_lines, columns, settings):
        rows.append(_row_cells(group, columns))
    header_rows = _header_rows(head_lines, columns)
    boxes = [BBox(x0=ln.x0, top=ln.top, x1=ln.x1, bottom=ln.bottom) for ln in head_lines + body_lines]
    box = BBox.union(boxes)
    caption = _caption_above(all_lines, box, settings, body_size=_median_size(page.words))
    if not header_rows and rows and _is_header_like(rows[0], first=True) and len(rows) > 2:
        header_rows, rows = [rows[0]], rows[1:]
    return TableGrid(page=page.number, bbox=box, header_rows=header_rows, rows=rows, caption=caption, ruled=False)


def _header_rows(lines: list[_Line], columns: list[tuple[float, float]]) -> list[list[TableCellGrid]]:
    """Header lines → header rows.

    The lower band is the run of lines, ending in the fullest line, whose
    cells sit each in one column; lines above it form an upper band of
    spanning cells ("Budget 2024" over "Omsättning | Varav budgetram"),
    whose text is repeated in every column it spans.  Cells wrapped over
    lines are joined ("Omsätt-" + "ning")."""
    if not lines:
        return []
    ncol = len(columns)
    per_line = [[c for c in _split_chunks(ln.words, _HEADER_GAP * ln.size)] for ln in lines]
    value = [[c for c in chunks if _assign(c, columns)[-1] > 0] for chunks in per_line]
    counts = [len(v) for v in value]
    full = max(range(len(lines)), key=lambda i: (counts[i], -i))
    split = full
    while split > 0 and value[split - 1] and all(_sits_in_column(c, columns) for c in value[split - 1]):
        split -= 1
    upper_chunks = [c for chunks in value[:split] for c in chunks]
    if any(c.text.strip().endswith("-") for c in upper_chunks) or len(_blocks(upper_chunks)) >= ncol - 1:
        split = 0
    rows: list[list[TableCellGrid]] = []
    if split:
        rows.append(_upper_cells(per_line[:split], columns))
    lower = _lower_cells(per_line[split:], columns)
    if split:
        # label-column text of the upper lines belongs with the top-left cell
        top_left = [w for chunks in per_line[:split] for c in chunks if _assign(c, columns)[-1] == 0 for w in c.words]
        if top_left:
            lower[0] = _join_cells(_cell(top_left, mid_word=True), lower[0])
            rows[0][0] = _empty()
    rows.append(lower)
    return [r for r in rows if any(c.text for c in r)]


def _sits_in_column(c: _Chunk, columns: list[tuple[float, float]]) -> bool:
    """A header chunk right-aligned with (or inside) one value column's band."""
    ks = _assign(c, columns)
    if len(ks) != 1 or ks[0] == 0:
        return False
    x0, x1 = columns[ks[0]]
    return abs(c.x1 - x1) <= 3.0 or (c.x0 >= x0 - 3.0 and c.x1 <= x1 + 3.0)


def _blocks(chunks: Sequence[_Chunk]) -> list[list[_Chunk]]:
    """Chunks of consecutive lines that overlap horizontally: one wrapped cell each."""
    blocks: list[list[_Chunk]] = []
    for c in sorted(chunks, key=lambda c: (c.top, c.x0)):
        home = None
        for b in blocks:
            if min(c.x1, max(x.x1 for x in b)) - max(c.x0, min(x.x0 for x in b)) > 0:
                home = b
                break
        if home is None:
            blocks.append([c])
        else:
            home.append(c)
    blocks.sort(key=lambda b: min(x.x0 for x in b))
    return blocks


def _block_cell(block: Sequence[_Chunk]) -> TableCellGrid:
    return _cell([w for c in block for w in c.words], mid_word=True)


def _upper_cells(per_line: list[list[_Chunk]], columns: list[tuple[float, float]]) -> list[TableCellGrid]:
    """Spanning header cells: with B blocks over C value columns and C a
    multiple of B, each block spans C/B columns in order; else each block
    covers the columns it overlaps."""
    ncol = len(columns)
    chunks = [c for line in per_line for c in line if _assign(c, columns)[-1] > 0]
    blocks = _blocks(chunks)
    row = [_empty() for _ in range(ncol)]
    n_values = ncol - 1
    if blocks and n_values % len(blocks) == 0:
        width = n_values // len(blocks)
        for i, b in enumerate(blocks):
            cell = _block_cell(b)
            for k in range(1 + i * width, 1 + (i + 1) * width):
                row[k] = TableCellGrid(cell.text, cell.bbox, cell.bold)
        return row
    for b in blocks:
        cell = _block_cell(b)
        probe = _Chunk([w for c in b for w in c.words])
        for k in _assign(probe, columns):
            if k > 0:
                row[k] = TableCellGrid(cell.text, cell.bbox, cell.bold)
    return row


def _lower_cells(per_line: list[list[_Chunk]], columns: list[tuple[float, float]]) -> list[TableCellGrid]:
    merged: dict[int, list[Word]] = {}
    for chunks in per_line:
        for c in chunks:
            merged.setdefault(_assign(c, columns)[0], []).extend(c.words)
    return [_cell(merged.get(k, []), mid_word=True) for k in range(len(columns))]


# ----------------------------------------------------------------- continued tables


@dataclass
class ContinuedGrid(TableGrid):
    """A table merged over page breaks: ``row_pages[i]`` is the page of ``rows[i]``."""

    row_pages: list[int] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    part_bboxes: list[BBox] = field(default_factory=list)  # the table's box on each of ``pages``


def _header_key(grid: TableGrid) -> tuple:
    return tuple(
        tuple(re.sub(r"[^a-zåäö0-9]", "", c.text.lower()) for c in row) for row in grid.header_rows
    )


def _headers_match(a: tuple, b: tuple) -> bool:
    """The same header row, allowing OCR damage: diacritics ignored, and one
    cell missing on one side when at least two others agree."""
    if len(a) != len(b):
        return False
    fa = [_fold_letters(x) for x in a]
    fb = [_fold_letters(x) for x in b]
    same = sum(1 for x, y in zip(fa, fb) if x and x == y)
    missing = sum(1 for x, y in zip(fa, fb) if bool(x) != bool(y))
    conflict = sum(1 for x, y in zip(fa, fb) if x and y and x != y)
    return conflict == 0 and (missing == 0 or (missing == 1 and same >= 2)) and (same > 0 or not any(fa))


def _fold_letters(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    return "".join(c for c in t if not unicodedata.combining(c))


def merge_continued(grids: list[TableGrid], pages: Optional[Sequence[PageText]] = None) -> list[TableGrid]:
    """Join tables that continue over a page break into one :class:`ContinuedGrid`.

    A table first on its page continues the table last on the previous page
    when it repeats that header, or has no header and the same number of
    columns.  With ``pages`` given, there must also be no running text between
    the two (only the page's top/bottom margin bands)."""
    by_page = {p.number: p for p in pages} if pages else {}
    out: list[TableGrid] = []
    ordered = sorted(grids, key=lambda g: (g.page, g.bbox.top))
    for idx, g in enumerate(ordered):
        prev = out[-1] if out else None
        first_on_page = idx == 0 or ordered[idx - 1].page != g.page
        if prev is not None and first_on_page and g.page == _last_page(prev) + 1 and _same_table(prev, g) \
                and _nothing_between(prev, g, by_page):
            out[-1] = _merge(prev, g)
        else:
            out.append(g)
    return out


def _last_page(g: TableGrid) -> int:
    return max(getattr(g, "pages", None) or [g.page])


def _ncols(g: TableGrid) -> int:
    rows = g.header_rows + g.rows
    return len(rows[0]) if rows else 0


def _same_table(a: TableGrid, b: TableGrid) -> bool:
    if _ncols(a) != _ncols(b):
        return False
    if b.header_rows:
        return bool(a.header_rows) and _headers_match(_header_key(a)[-1], _header_key(b)[-1])
    return a.ruled == b.ruled and abs(a.bbox.x0 - b.bbox.x0) < 15 and abs(a.bbox.x1 - b.bbox.x1) < 30


def _nothing_between(a: TableGrid, b: TableGrid, by_page: dict[int, PageText], band: float = 0.075) -> bool:
    pa, pb = by_page.get(_last_page(a)), by_page.get(b.page)
    a_box = (getattr(a, "part_bboxes", None) or [a.bbox])[-1]
    if pa is not None:
        limit = pa.height * (1 - band)
        if any(w.top > a_box.bottom + 1 and w.bottom < limit for w in pa.words):
            return False
    if pb is not None:
        limit = pb.height * band
        cap_ok = b.caption is None
        if not cap_ok:
            return False
        if any(w.bottom < b.bbox.top - 1 and w.top > limit for w in pb.words):
            return False
    return True


def _merge(a: TableGrid, b: TableGrid) -> ContinuedGrid:
    row_pages = list(getattr(a, "row_pages", None) or [a.page] * len(a.rows))
    pages = list(getattr(a, "pages", None) or [a.page])
    return ContinuedGrid(
        page=a.page,
        bbox=a.bbox,
        header_rows=a.header_rows,
        rows=a.rows + b.rows,
        caption=a.caption,
        ruled=a.ruled,
        continued=True,
        row_pages=row_pages + [b.page] * len(b.rows),
        pages=pages + [b.page],
        part_bboxes=list(getattr(a, "part_bboxes", None) or [a.bbox]) + [b.bbox],
    )


# ----------------------------------------------------------------- unruled text tables

_TEXT_HEADER = re.compile(
    r"^(?:verksamhet|risk|risker|[åa]tg[äa]rd(?:er)?|status|kommentar|indikator(?:er)?|styrtal|utfall.*|"
    r"m[åa]lv[äa]rde|[åa]rets\s+m[åa]lv[äa]rde|l[åa]ngsiktigt\s+m[åa]lv[äa]rde|kontrollmoment|ansvarig)$",
    re.I,
)


_TEXT_COLUMN = re.compile(r"^(?:verksamhet|risk|risker|[åa]tg[äa]rd(?:er)?|indikator(?:er)?|styrtal|kontrollmoment)$", re.I)


def _headed_text_tables(page: PageText, lines: list[_Line], settings: TableSettings) -> list[TableGrid]:
    """Unruled tables of text cells (risk and indicator tables on pages without
    rulings, e.g. OCR): a header line of known column names fixes the columns
    (each starts where its name starts); body lines follow while they keep to
    those columns; rows break at a wider vertical gap or where the first
    column starts a new sentence."""
    out: list[TableGrid] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        chunks = _split_chunks([w for w in ln.words if not _RULE_GLYPH.fullmatch(w.text)], _HEADER_GAP * ln.size)
        names = [c for c in chunks if _TEXT_HEADER.match(c.text.strip(" :"))]
        if len(chunks) < 2 or len(names) < 2 or len(names) < len(chunks) - 1 \
                or not any(_TEXT_COLUMN.match(c.text.strip(" :")) for c in names):
            i += 1
            continue
        starts = [c.x0 for c in chunks]
        bounds = [starts[k] - 3.0 for k in range(1, len(starts))]
        columns = [(starts[k], (bounds[k] if k < len(bounds) else ln.x1)) for k in range(len(starts))]

        def col_of(c: _Chunk) -> int:
            cx = c.x0 + 1.0
            return sum(1 for b in bounds if cx >= b)

        body: list[_Line] = []
        j = i + 1
        while j < len(lines):
            cur = lines[j]
            prev = body[-1] if body else ln
            if cur.top - prev.bottom > settings.row_gap * cur.size or cur.size > 1.25 * ln.size:
                break
            if any(col_of(_Chunk([a])) != col_of(_Chunk([b])) and b.x0 - a.x1 < _HEADER_GAP * cur.size
                   for a, b in zip(cur.words, cur.words[1:])):
                break  # running text across the columns
            if j == i + 1 and cur.bold and not any(is_value(c.text) for c in cur.chunks):
                break
            body.append(cur)
            j += 1
        if len(body) < 1:
            i += 1
            continue
        rows = _text_rows(body, col_of, len(starts))
        header = [_cell(c.words, mid_word=True) for c in chunks]
        cells = []
        for group in rows:
            per: dict[int, list[Word]] = {}
            for bl in group:
                for c in _split_chunks(bl.words, _HEADER_GAP * bl.size):
                    per.setdefault(col_of(c), []).extend(c.words)
            cells.append([_cell(per.get(k, [])) for k in range(len(starts))])
        box = BBox.union([BBox(x0=x.x0, top=x.top, x1=x.x1, bottom=x.bottom) for x in [ln] + body])
        caption = _caption_above(lines, box, settings, body_size=_median_size(page.words))
        out.append(TableGrid(page=page.number, bbox=box, header_rows=[header], rows=cells, caption=caption))
        i = j
    return out


def _text_rows(body: list[_Line], col_of, ncol: int) -> list[list[_Line]]:
    """Lines of a text table → rows: a new row at a gap clearly wider than the
    usual line pitch, or where the first column starts a new sentence."""
    pitches = sorted(b.top - a.top for a, b in zip(body, body[1:]))
    pitch = pitches[len(pitches) // 4] if pitches else 0.0
    rows: list[list[_Line]] = []
    prev_first = ""
    firsts = [" ".join(w.text for w in ln.words if col_of(_Chunk([w])) == 0) for ln in body]
    numbered_rows = sum(bool(_ROW_NUMBER.match(f)) for f in firsts) >= 2
    for k, ln in enumerate(body):
        first = firsts[k]
        if not rows:
            rows.append([ln])
        else:
            step = ln.top - body[k - 1].top
            wide = pitch > 0 and step > pitch + 0.3 * ln.size
            numbered = bool(_ROW_NUMBER.match(first))
            if numbered_rows:
                new_sentence = numbered
            else:
                new_sentence = bool(first) and first[0].isupper() and (
                not prev_first or bool(_SENTENCE_END.search(prev_first))) and not prev_first.endswith("-")
            if wide or new_sentence:
                rows.append([ln])
            else:
                rows[-1].append(ln)
        if first:
            prev_first = first
        elif rows[-1] == [ln]:
            prev_first = ""
    return rows
