"""Words grouped into printed lines by vertical overlap.

One rule, two ways of measuring the line a word is compared with, on purpose:

* :func:`median_extent` — the median top and bottom of the line's words, so
  one tall glyph (a symbol, a drop of OCR noise) does not widen the line; the
  layout stage's running text (:func:`extractors.layout.blocks.group_lines`);
* :func:`envelope_extent` — the whole box of the line's words, so a cell's
  words in a smaller or raised font stay on the row; the table finder
  (:func:`extractors.tables.lines.lines_of`).

A word joins the first of the last ``lookback`` lines (nearest first) whose
extent overlaps it by at least half the smaller of the two heights; else it
opens a new line.
"""

from __future__ import annotations

import statistics
from typing import Callable, Sequence

from models.pagedata import Word

Extent = Callable[[Sequence[Word]], tuple[float, float]]


def median_extent(words: Sequence[Word]) -> tuple[float, float]:
    """The median top and bottom of ``words``."""
    return statistics.median(w.top for w in words), statistics.median(w.bottom for w in words)


def envelope_extent(words: Sequence[Word]) -> tuple[float, float]:
    """The highest top and lowest bottom of ``words``."""
    return min(w.top for w in words), max(w.bottom for w in words)


def overlaps_line(word: Word, line: Sequence[Word], extent: Extent) -> bool:
    """``word`` overlaps the line by at least half the smaller height."""
    top, bottom = extent(line)
    h = max(word.bottom - word.top, 1.0)
    return min(bottom, word.bottom) - max(top, word.top) >= 0.5 * min(h, bottom - top)


def group_by_overlap(words: Sequence[Word], order: Callable[[Word], tuple], extent: Extent,
                     lookback: int) -> list[list[Word]]:
    """``words`` taken in ``order`` (top to bottom) and grouped into lines,
    in the order the lines were opened; words within a line in that order."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=order):
        home = next((ln for ln in reversed(lines[-lookback:]) if overlaps_line(w, ln, extent)), None)
        if home is None:
            lines.append([w])
        else:
            home.append(w)
    return lines
