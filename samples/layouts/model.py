"""The layout of a variant, as every engine receives it.

:mod:`samples.layouts.build` turns (content, style) into these blocks with
every typesetting decision already taken — the printed text of each number,
the header rows and their spans, which rows are spacers, where a line of a
header cell breaks — so the engines only *express* it (rules, fills, merged
cells, list markers, page orientation, columns) each in its own way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union


@dataclass
class Cell:
    """A table cell. ``lines``: the text's printed lines (explicit breaks; one
    line = the engine wraps as it likes). ``parts``: several paragraphs in the
    cell (a risk's actions) instead of ``lines``, marked by ``marker``
    ("bullets", "numbers" or None: paragraphs separated by space)."""

    lines: list[str] = field(default_factory=list)
    span: int = 1  # columns covered (a merged group header)
    align: str = "left"  # left | right | center
    bold: bool = False
    indent: bool = False
    parts: Optional[list[str]] = None
    marker: Optional[str] = None

    @property
    def text(self) -> str:
        return " ".join(self.lines)


@dataclass
class Row:
    cells: list[Cell]
    kind: str = "data"  # data | section (a label row without values) | spacer (blank) | sum
    rule_above: bool = False  # a rule over a sum row (bold_sum)


@dataclass
class Grid:
    """A table. ``widths``: relative column widths. ``rules``: grid | rows |
    booktabs | zebra | none (zebra: alternate body row fills, no lines).
    ``header_fill``: None | light | dark (dark = light text).
    ``repeat_header``: repeat the header rows on every page the table spans."""

    header: list[Row]
    body: list[Row]
    widths: list[float]
    rules: str = "grid"
    header_fill: Optional[str] = None
    repeat_header: bool = True
    caption: Optional[str] = None  # a bold line right above the table
    font_size: float = 9.0
    # rows come in groups (a risk's action rows), each starting at a row with
    # ``rule_above``: row rules and zebra fills go by group, not by row
    row_groups: bool = False

    @property
    def ncols(self) -> int:
        return len(self.widths)

    def shaded(self) -> list[bool]:
        """Per body row: filled in a zebra table (every second row, or group;
        never a spacer row)."""
        out, n = [], -1
        for row in self.body:
            if row.kind == "spacer":
                out.append(False)
                continue
            if not self.row_groups or row.rule_above or n < 0:
                n += 1
            out.append(self.rules == "zebra" and n % 2 == 1)
        return out

    def ruled_below(self, k: int) -> bool:
        """Whether a "rows" table draws a rule under body row ``k``: under
        every row, or under the last row of each group."""
        if not self.row_groups:
            return True
        return k + 1 == len(self.body) or self.body[k + 1].rule_above


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Para:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class ListBlock:
    """A list. marker: glyph ("•" typed) | shape (a drawn disc) | square (a
    square: CSS ``square``, a drawn or glyph square) | dash ("–" typed) |
    numbered ("1.", from ``start``) | unmarked (indented lines, no marker)."""

    items: list[str]
    marker: str = "glyph"
    start: int = 1


Block = Union[Grid, Heading, Para, ListBlock]


@dataclass
class Section:
    """A run of blocks that starts on a new page (``new_page``), set in
    ``columns`` text columns (tables always full width: an engine ends the
    columns around a table), on a landscape page (``landscape``)."""

    blocks: list[Block]
    columns: int = 1
    landscape: bool = False
    new_page: bool = True


@dataclass
class LayoutDoc:
    title: str
    organisation: str
    running_header: str
    font: str  # sans | serif
    sections: list[Section]
