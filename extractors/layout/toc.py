"""Table of contents: lines that point at pages, kept apart from the body.

A TOC entry is a line ending in a page number, set apart from its title by
leaders — dots, middle dots, an ellipsis or underscores in the text
("1 Inledning......3", "4.2 Perspektiv: Process .......... 12") — or only by
white space when the number is right-aligned and the leaders were drawn as
graphics or left out ("3.1 Perspektiv: Process            3").

A run of such lines is a TOC when a TOC title ("Innehållsförteckning",
"Innehåll") stands right above it, or when it is long enough to be one by
itself (see :func:`find_toc`).  The layout stage cuts the run (and its title)
out of the running text, so a bold numbered entry never reads as a heading,
and hands the entries on as a ``toc`` block.

:func:`parse_entry_text` and :func:`entry_of_line` are pure and read one line;
:func:`find_toc` decides on runs of lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from models.contract import BBox, TocEntry
from models.pagedata import Line

TITLE = re.compile(r"^(?:innehållsförteckning|innehåll|innehållsförteckning\s+\w+|table of contents|contents)\s*:?$",
                   re.I)
_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?$")
# title, leaders (≥ 3 dots / middle dots / ellipses / underscores, spaced or not), page
_LEADERED = re.compile(r"^(?P<title>.*?\S)\s*(?P<leader>(?:[.·…_]\s*){3,}|…\s*)(?P<page>\d{1,4})$")
_PAGE = re.compile(r"^\d{1,4}$")
# least white space (× font size) before a right-aligned page number without leaders
_GAP_EMS = 3.0
# most lines without a page number inside one entry (its title wrapped)
_MAX_WRAP = 1


@dataclass(frozen=True)
class TocLine:
    """One entry as printed: section number (if any), title, page, and whether
    leaders were printed as text."""

    number: Optional[str]
    title: str
    printed_page: int
    leader: bool


def _split_number(title: str) -> tuple[Optional[str], str]:
    head, _, rest = title.partition(" ")
    m = _NUMBER.match(head)
    if m and rest.strip():
        return m.group(1), rest.strip()
    return None, title.strip()


def parse_entry_text(text: str) -> Optional[TocLine]:
    """An entry with text leaders: ``"4.2 Perspektiv: Process .......... 12"``
    → ``TocLine("4.2", "Perspektiv: Process", 12, leader=True)``; None for
    any other line."""
    m = _LEADERED.match(" ".join(text.split()))
    if not m:
        return None
    title = m.group("title").rstrip(" .·…_")
    if not any(c.isalpha() for c in title):
        return None
    number, title = _split_number(title)
    return TocLine(number=number, title=title, printed_page=int(m.group("page")), leader=True)


def entry_of_line(line: Line) -> Optional[TocLine]:
    """An entry from one layout line: text leaders, or a page number set far
    right of its title (leaders drawn as graphics, or none)."""
    hit = parse_entry_text(line.text)
    if hit is not None:
        return hit
    words = line.words
    if len(words) < 2 or not _PAGE.match(words[-1].text):
        return None
    size = line.size or (words[-1].bottom - words[-1].top)
    if words[-1].x0 - words[-2].x1 < _GAP_EMS * size:
        return None
    title = " ".join(w.text for w in words[:-1])
    if not any(c.isalpha() for c in title):
        return None
    number, title = _split_number(title)
    return TocLine(number=number, title=title, printed_page=int(words[-1].text), leader=False)


@dataclass
class TocRun:
    """A table of contents (or its part on one page)."""

    page_index: int  # index into the page list
    line_indexes: list[int]  # the page's lines it takes (title included)
    lines: list[Line]
    entries: list[TocEntry]
    title: Optional[str] = None
    bbox: BBox = field(default_factory=lambda: BBox(x0=0, top=0, x1=0, bottom=0))


def _entries(lines: Sequence[Line], cands: Sequence[Optional[TocLine]], start: int) -> list[tuple[list[int], TocLine]]:
    """Consecutive entries from ``start``: each is a candidate line, optionally
    preceded by up to :data:`_MAX_WRAP` lines of its wrapped title."""
    out: list[tuple[list[int], TocLine]] = []
    i, n = start, len(lines)
    while i < n:
        wrap: list[int] = []
        j = i
        while j < n and cands[j] is None and len(wrap) < _MAX_WRAP and not TITLE.match(lines[j].text.strip()):
            wrap.append(j)
            j += 1
        if j >= n or cands[j] is None:
            break
        c = cands[j]
        if wrap and c.number is not None:
            break  # a line without a page number before a numbered entry: not its wrapped title
        if wrap:
            text = " ".join([lines[k].text for k in wrap] + [c.title if c.number is None else f"{c.number} {c.title}"])
            number, title = _split_number(" ".join(text.split()))
            c = TocLine(number=number, title=title, printed_page=c.printed_page, leader=c.leader)
        out.append((wrap + [j], c))
        i = j + 1
    return out


def _is_toc(entries: list[tuple[list[int], TocLine]], lines: Sequence[Line], titled: bool, continued: bool) -> bool:
    if not entries:
        return False
    if titled:
        return True
    least = 2 if continued else 3
    if len(entries) < least:
        return False
    tocs = [e for _, e in entries]
    if sum(e.leader for e in tocs) >= least:
        return True
    # right-aligned page numbers only: rising, on one right edge, most entries numbered
    pages = [e.printed_page for e in tocs]
    ends = [lines[idx[-1]].words[-1].x1 for idx, _ in entries]
    size = max(lines[entries[0][0][-1]].size, 1.0)
    numbered = sum(e.number is not None for e in tocs)
    return pages == sorted(pages) and max(ends) - min(ends) <= size and 2 * numbered >= len(tocs)


def find_toc(page_lines: Sequence[Sequence[Line]]) -> list[TocRun]:
    """The TOC runs of a document, page by page (a TOC may go on over pages:
    on the page after one, two entries without a title are enough)."""
    runs: list[TocRun] = []
    for p, lines in enumerate(page_lines):
        cands = [entry_of_line(ln) for ln in lines]
        continued = bool(runs) and runs[-1].page_index == p - 1
        i = 0
        while i < len(lines):
            after_title = i > 0 and bool(TITLE.match(lines[i - 1].text.strip()))
            if cands[i] is None and not (after_title and i + 1 < len(lines) and cands[i + 1] is not None):
                i += 1
                continue
            entries = _entries(lines, cands, i)
            if not entries:
                i += 1
                continue
            first = entries[0][0][0]
            titled = first > 0 and bool(TITLE.match(lines[first - 1].text.strip()))
            if _is_toc(entries, lines, titled, continued or bool(runs and runs[-1].page_index == p)):
                idx = ([first - 1] if titled else []) + [k for ks, _ in entries for k in ks]
                taken = [lines[k] for k in idx]
                runs.append(TocRun(
                    page_index=p, line_indexes=idx, lines=taken,
                    entries=[TocEntry(number=e.number, title=e.title, printed_page=e.printed_page,
                                      page=lines[ks[-1]].page) for ks, e in entries],
                    title=" ".join(lines[first - 1].text.split()) if titled else None,
                    bbox=BBox.union([ln.bbox for ln in taken]),
                ))
                i = entries[-1][0][-1] + 1
            else:
                i = entries[0][0][-1] + 1
    return runs
