"""Lists printed without any mark (pure functions).

Plans often print their strategies, assignments and activities as plain
paragraphs under an item heading ("Strategier för …", "Uppdrag",
"Aktiviteter"): one per line, or one paragraph each, no glyph, drawn shape or
number before them.  :func:`unmarked_items` reads such a list from layout
evidence alone, never from a producer's look:

* the items follow the heading directly (at most ``first_gap`` × size below it;
  one introductory line ending in ":" may stand between);
* each is a paragraph of the same style that starts with a capital letter (or a
  digit), is short — at most ``max_lines`` lines and ``max_sentences``
  sentences, or up to ``max_hanging_lines`` when its wrapped lines hang under
  a first line set further left (a hanging indent, itself a list's sign);
* all start at one left edge;
* they are evenly spaced: every gap between two items is at most the first
  such gap plus a tolerance, so the list ends where a paragraph gap follows
  a list set line by line, or where the spacing changes;
* when the first two begin with the same word ("Att …", "Att …"), the list
  ends at the first item that does not (prose after a parallel list);
* at least ``min_items`` of them: one short paragraph under a heading is as
  likely an introduction as a list.

Body prose fails these: its paragraphs run over more lines and sentences, or
the heading is followed by one paragraph only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from models.pagedata import Block

_SENTENCE_BREAK = re.compile(r"[.!?][”\"')]?\s+(?=[A-ZÅÄÖ0-9])")
_OPENING = re.compile(r"^[\"'”(]*([A-ZÅÄÖÉÜ0-9])")


@dataclass(frozen=True)
class ListSettings:
    """Tunables of :func:`unmarked_items`, relative to the items' type size."""

    max_lines: int = 2  # a flush-left item (prose paragraphs run longer)
    max_hanging_lines: int = 5  # an item whose wrapped lines hang under its first
    max_words: int = 70
    max_sentences: int = 2
    first_gap: float = 2.5  # × size: the first item stands right under the heading
    gap_tolerance: float = 0.25  # × size (at least 1.5 pt): items are evenly spaced
    edge_tolerance: float = 0.3  # × size: items share their left edge
    hang: float = 0.8  # × size: wrapped lines this much right of the first: a hanging indent
    min_items: int = 2


def sentences(text: str) -> int:
    """Sentences in ``text``: breaks after ".", "!" or "?" before a capital."""
    return len(_SENTENCE_BREAK.findall(text.strip())) + 1 if text.strip() else 0


def hanging_indent(b: Block, settings: ListSettings = ListSettings()) -> bool:
    """The block's wrapped lines all start clearly right of its first line."""
    if len(b.lines) < 2:
        return False
    size = b.size or 10.0
    first = b.lines[0].x0
    return all(ln.x0 >= first + settings.hang * size for ln in b.lines[1:])


def _left(b: Block) -> float:
    return b.lines[0].x0 if b.lines else b.bbox.x0


def _lead(b: Block) -> str:
    words = b.text.split()
    return words[0].lower().strip("\"'”(") if words else ""


def _item_like(b: Block, first: Block, settings: ListSettings) -> bool:
    if b.kind != "paragraph" or not _OPENING.match(b.text):
        return False
    if b.bold != first.bold or b.italic != first.italic or abs(b.size - first.size) > 0.6:
        return False
    if len(b.text.split()) > settings.max_words or sentences(b.text) > settings.max_sentences:
        return False
    most = settings.max_hanging_lines if hanging_indent(b, settings) else settings.max_lines
    return len(b.lines or [b]) <= most


def _gap(a: Block, b: Block) -> Optional[float]:
    """White space from ``a`` down to ``b``; None across a page break."""
    return b.bbox.top - a.bbox.bottom if a.page == b.page else None


@dataclass(frozen=True)
class UnmarkedList:
    """The items of a list printed without marks, and the block after them when
    a wider gap sets it apart from the list (``None`` otherwise)."""

    items: list[Block]
    apart: Optional[Block] = None


def unmarked_list(blocks: Sequence[Block], heading: Block, settings: ListSettings = ListSettings(),
                  stop: Optional[Callable[[Block], bool]] = None) -> UnmarkedList:
    """:func:`unmarked_items`, with the block after the list when a wider gap
    than the list's own spacing separates it (the list is over there)."""
    items = unmarked_items(blocks, heading, settings, stop)
    if len(items) < 2:
        return UnmarkedList(items)
    k = next(k for k, b in enumerate(blocks) if b is items[-1]) + 1
    if k >= len(blocks):
        return UnmarkedList(items)
    steps = [g for g in (_gap(a, b) for a, b in zip(items, items[1:])) if g is not None]
    g = _gap(items[-1], blocks[k])
    wider = bool(steps) and g is not None and g > max(steps) + max(1.5, settings.gap_tolerance * (items[0].size or 10.0))
    return UnmarkedList(items, blocks[k] if wider else None)


def unmarked_items(blocks: Sequence[Block], heading: Block, settings: ListSettings = ListSettings(),
                   stop: Optional[Callable[[Block], bool]] = None) -> list[Block]:
    """The blocks right after ``heading`` (in reading order) that form a list
    printed without marks, or [] when they do not (see the module text).
    ``stop(block)`` may name blocks that can never be an item (item cues)."""
    start = 0
    if blocks and blocks[0].kind == "paragraph" and blocks[0].text.rstrip().endswith(":") \
            and len(blocks[0].lines or [blocks[0]]) <= settings.max_lines:
        start = 1  # "Nämnden arbetar med följande strategier:"
    if start >= len(blocks):
        return []
    first = blocks[start]
    size = first.size or 10.0
    above = blocks[start - 1] if start else heading
    gap = _gap(above, first)
    if gap is not None and not -1.0 <= gap <= settings.first_gap * size:
        return []
    tolerance = max(1.5, settings.gap_tolerance * size)
    edge = max(1.5, settings.edge_tolerance * size)
    run: list[Block] = []
    step: Optional[float] = None
    for b in blocks[start:]:
        if (stop is not None and stop(b)) or not _item_like(b, first, settings):
            break
        if abs(_left(b) - _left(first)) > edge:
            break
        if run:
            g = _gap(run[-1], b)
            if g is not None:
                if g < -1.0:
                    break  # not below the item before: another column
                if step is None:
                    step = g
                elif g > step + tolerance:
                    break  # a wider gap: the list ended above it
        run.append(b)
    if len(run) >= 2 and _lead(run[0]) == _lead(run[1]):
        lead = _lead(run[0])
        k = next((k for k, b in enumerate(run) if _lead(b) != lead), len(run))
        run = run[:k]
    return run if len(run) >= settings.min_items else []
