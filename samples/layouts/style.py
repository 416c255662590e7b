"""The style dimensions of a layout variant, and a seeded draw of them.

Each dimension is one way plans and reports of the genre are typeset
differently (issue 24); a :class:`Style` holds one value of every
dimension.  ``draw(seed)`` picks them with ``random.Random(seed)``, so a
seed names a style for good.  :func:`effective` resolves the few
combinations that cannot coexist (a table without a header row cannot carry
its unit in the header) so the manifest records what is really printed.

Which part of a variant a dimension shapes (:data:`PARTS`) is what the
test and the bench charge a failure to: a money table that reads wrong
counts against the table dimensions, not against the risk plan's.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, fields, replace

DIMENSIONS: dict[str, tuple[str, ...]] = {
    # the money table
    "rules": ("grid", "rows", "booktabs", "zebra", "none"),
    "header": ("one_row", "merged", "unmerged", "repeated", "wrapped_hyphen", "wrapped_plain", "dark",
               "caption_only"),
    "body": ("spacer", "section", "indent", "bold_sum", "wrapped_label", "empty_cells"),
    "thousands": ("space", "nbsp", "thin", "dot"),
    "minus": ("hyphen", "minus", "en_dash", "parens"),
    "unit": ("caption", "header", "column"),
    "mixed": ("money_only", "percent", "count"),
    # the pages
    "page": ("portrait", "landscape", "two_columns", "break_repeat", "break_plain"),
    "font": ("sans", "serif"),
    # the risk plan (internkontrollplan)
    "risk_rules": ("grid", "rows", "space", "zebra"),
    "actions": ("rows", "paragraphs", "bullets", "numbers"),
    "area": ("column", "heading"),
    # the item block (goals, indicators, strategies, assignments)
    "indicators": ("list", "table"),
    "marker": ("glyph", "shape", "square", "dash", "numbered", "unmarked"),
    "trailer": ("none", "kommentar", "prose"),
}

# the part of a variant each dimension shapes; "all" = every part
PARTS: dict[str, str] = {
    "rules": "table", "header": "table", "body": "table", "thousands": "table", "minus": "table",
    "unit": "table", "mixed": "table",
    "page": "all", "font": "all",
    "risk_rules": "risks", "actions": "risks", "area": "risks",
    "indicators": "items", "marker": "items", "trailer": "items",
}
PART_NAMES = ("table", "risks", "items")

TWO_LEVEL_HEADERS = ("merged", "unmerged", "repeated")


@dataclass(frozen=True)
class Style:
    rules: str
    header: str
    body: str
    thousands: str
    minus: str
    unit: str
    mixed: str
    page: str
    font: str
    risk_rules: str
    actions: str
    area: str
    indicators: str
    marker: str
    trailer: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)

    def dims_of(self, part: str) -> dict[str, str]:
        """The dimension values that shape ``part`` ("table", "risks", "items")."""
        return {k: v for k, v in self.as_dict().items() if PARTS[k] in (part, "all")}


assert [f.name for f in fields(Style)] == list(DIMENSIONS)


def effective(style: Style) -> Style:
    """``style`` with impossible combinations resolved: a table printed
    without a header row ("caption_only") carries its unit in the caption
    when the draw put it in the header, and has no percentage or count
    column (nothing would name it)."""
    if style.header == "caption_only" and style.unit == "header":
        style = replace(style, unit="caption")
    if style.header == "caption_only" and style.mixed != "money_only":
        style = replace(style, mixed="money_only")
    return style


def draw(seed: int) -> Style:
    """The style of ``seed``: every dimension drawn uniformly (then :func:`effective`)."""
    rng = random.Random(f"style:{seed}")
    return effective(Style(**{name: rng.choice(values) for name, values in DIMENSIONS.items()}))


def pairs(style: Style) -> set[tuple[str, str]]:
    """The (dimension, value) pairs a style shows."""
    return set(style.as_dict().items())
