"""Plain data objects passed between the extraction stages.

Coordinates are PDF points with the origin at the page's top-left corner
(pdfplumber's convention: ``top`` grows downwards).  The text layer
(:mod:`extractors.pages.text_layer`) and the OCR path (:mod:`extractors.ocr.recognise`) both
produce :class:`PageText`; everything after them (layout, tables,
classification) works on that alone and never knows where the words came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Optional

if TYPE_CHECKING:  # the contract (pydantic) is imported where a box is built: the OCR
    from models.contract import BBox, TocEntry  # workers, which only make Words, never load it


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    fontname: str = ""
    size: float = 0.0
    bold: bool = False
    italic: bool = False
    # OCR confidence 0..100; None for text-layer words
    conf: Optional[float] = None

    @property
    def bbox(self) -> BBox:
        from models.contract import BBox

        return BBox(x0=self.x0, top=self.top, x1=self.x1, bottom=self.bottom)

    def centre_in(self, box: BBox, pad: float = 1.0) -> bool:
        """The word's centre lies in ``box`` (grown by ``pad`` points)."""
        cx, cy = (self.x0 + self.x1) / 2, (self.top + self.bottom) / 2
        return box.x0 - pad <= cx <= box.x1 + pad and box.top - pad <= cy <= box.bottom + pad


@dataclass(frozen=True)
class Ruling:
    """A horizontal or vertical line (or thin rectangle) drawn on the page."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.bottom - self.top)


@dataclass(frozen=True)
class Mark:
    """A small closed shape drawn on the page (a filled disc or square, a ring,
    a tiny image): how browsers and some word processors print list bullets,
    so the text layer has no bullet character.  The layout stage decides
    whether a mark is a bullet (:func:`extractors.layout.blocks.attach_marks`)."""

    x0: float
    top: float
    x1: float
    bottom: float
    filled: bool = True

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class PageText:
    """Everything the later stages need from one page."""

    number: int  # 1-based
    width: float
    height: float
    words: list[Word]
    rulings: list[Ruling] = field(default_factory=list)
    source: Literal["pdf", "ocr"] = "pdf"
    # small drawn shapes (possible list bullets), see :class:`Mark`
    marks: list[Mark] = field(default_factory=list)
    reason: Optional[str] = None  # why this source was chosen
    ocr_confidence: Optional[float] = None
    # OCR'd pages: the resolution of the PDF's own page image (None when the
    # page was rendered) and the one Tesseract read
    image_dpi: Optional[float] = None
    ocr_dpi: Optional[float] = None
    # OCR'd pages fed the wrong way: degrees clockwise the displayed page was
    # turned to be read (0, 90, 180, 270).  ``width``, ``height``, the words
    # and rulings are then those of the turned (upright) page; the output maps
    # its boxes back to the page as displayed (pipeline.convert)
    turn: int = 0


@dataclass
class WordRun:
    """A run of words (a line, or a part of one): its box, text and style."""

    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    def _letters(self) -> list[Word]:
        return [w for w in self.words if any(c.isalpha() for c in w.text)]

    @property
    def bold(self) -> bool:
        letters = self._letters()
        return bool(letters) and all(w.bold for w in letters)

    @property
    def italic(self) -> bool:
        letters = self._letters()
        return bool(letters) and all(w.italic for w in letters)

    @property
    def bbox(self) -> BBox:
        from models.contract import BBox

        return BBox(x0=self.x0, top=self.top, x1=self.x1, bottom=self.bottom)


@dataclass
class Line(WordRun):
    """Words on one baseline, left to right."""

    page: int

    @property
    def size(self) -> float:
        sizes = sorted(w.size for w in self.words)
        return sizes[len(sizes) // 2] if sizes else 0.0


# the table finders, in the order :func:`extractors.tables.find_tables` runs them:
# ruled lattices, row-ruled stacks, unruled tables under a header of known
# names, whitespace-aligned tables
TableStrategy = Literal["lattice", "hruled", "headed_text", "aligned"]


@dataclass
class GridCell:
    """One cell of a detected table grid: its text and where it was printed."""

    text: str
    bbox: Optional[BBox]
    bold: bool = False
    # the cell's paragraphs where white space wider than its line spacing parts them
    # (several åtgärder in one cell); empty for a cell of one paragraph
    paragraphs: tuple[str, ...] = ()


@dataclass
class TableGrid:
    """A table found on a page, before interpretation.

    ``header_rows`` are the rows judged to be column headers (already merged
    where a header cell wraps over several lines); ``rows`` the body rows, each
    a list with one entry per column (column 0 is the row label).  ``caption``
    is the text line directly above the table when it reads as a caption.
    """

    page: int
    bbox: BBox
    header_rows: list[list[GridCell]]
    rows: list[list[GridCell]]
    caption: Optional[str] = None
    ruled: bool = False
    # set when a table continues a table on an earlier page (same header)
    continued: bool = False
    # which finder of :func:`extractors.tables.find_tables` found it (a table
    # continued over pages keeps its first part's); internal, not in the JSON
    strategy: Optional[TableStrategy] = None


BlockKind = Literal["heading", "paragraph", "list_item", "table", "toc"]


@dataclass
class Block:
    """A unit of running text (or a table) in reading order.

    ``text`` is clean: hyphenation undone, whitespace collapsed, headers and
    footers removed.  For ``heading`` blocks ``number`` ("5.2") and ``level``
    are set; for ``table`` blocks ``table`` is set; a ``toc`` block is a table
    of contents (``text`` its title, ``toc`` its entries).
    """

    kind: BlockKind
    text: str
    page: int
    bbox: BBox
    lines: list[Line] = field(default_factory=list)
    number: Optional[str] = None
    level: Optional[int] = None
    bold: bool = False
    italic: bool = False
    size: float = 0.0
    marker: Optional[str] = None  # list marker: "•", "-", "3.", "a)"
    table: Optional[TableGrid] = None
    toc: list[TocEntry] = field(default_factory=list)
