"""The output contract (version 1) as pydantic models.

These models *are* the contract described in ``shared/output-contract.md``:
every stage of the pipeline fills in one :class:`OutputDocument`, and
``plandigit schema`` prints :func:`json_schema`.  Field names listed in the
contract must never be renamed or dropped; new optional fields may be added.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

DocumentType = Literal["verksamhetsplan", "verksamhetsberattelse", "delarsrapport", "other"]
ItemKind = Literal["goal", "indicator", "assignment", "activity", "strategy", "risk"]
TableKind = Literal["budget", "investment", "key_figures", "staff", "action_plan", "other"]
IndicatorStatus = Literal["helt", "delvis", "inte alls"]
TextSource = Literal["pdf", "ocr"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BBox(_Model):
    """A box on a page in PDF points, origin top-left (pdfplumber convention)."""

    x0: float
    top: float
    x1: float
    bottom: float

    @classmethod
    def union(cls, boxes: "list[BBox]") -> "BBox":
        return cls(
            x0=min(b.x0 for b in boxes),
            top=min(b.top for b in boxes),
            x1=max(b.x1 for b in boxes),
            bottom=max(b.bottom for b in boxes),
        )


class Source(_Model):
    file: str
    sha256: str
    pages: int
    size_bytes: Optional[int] = None


class DocumentInfo(_Model):
    type: DocumentType = "other"
    year: Optional[int] = None
    organisation: Optional[str] = None
    title: Optional[str] = None


class PageInfo(_Model):
    """Per-page facts: where the text came from and why."""

    page: int
    width: float
    height: float
    text_source: TextSource = "pdf"
    reason: Optional[str] = None
    ocr_confidence: Optional[float] = None
    # scanned pages: the resolution of the page image in the PDF, and the one it was OCR'd at
    image_dpi: Optional[float] = None
    ocr_dpi: Optional[float] = None


class Section(_Model):
    id: str
    number: Optional[str] = None
    title: str
    level: int
    page: int
    bbox: Optional[BBox] = None


class Item(_Model):
    id: str
    kind: ItemKind
    text: str
    section: Optional[str] = None
    page: int
    parent: Optional[str] = None
    bbox: Optional[BBox] = None
    # the printed cue, e.g. "Mål:", "Effektmål 9.", "Målsättning nr 10:", "Uppdrag: Nr 51."
    cue: Optional[str] = None
    number: Optional[str] = None
    # indicators (reports); styrtal tables (2026) add a long-term target
    outcome: Optional[str] = None
    target: Optional[str] = None
    long_term_target: Optional[str] = None
    status: Optional[IndicatorStatus] = None
    # reports: the change during the year a trend arrow shows ("förbättrats", "oförändrat", "försämrats")
    trend: Optional[str] = None
    comment: Optional[str] = None
    # risks: one status and one comment per action, where the report gives them
    area: Optional[str] = None
    actions: Optional[list[str]] = None
    action_statuses: Optional[list[Optional[str]]] = None
    action_comments: Optional[list[Optional[str]]] = None
    pages: Optional[list[int]] = None


class Review(_Model):
    """A reviewer's mark on a cell (``plandigit apply-corrections``)."""

    status: Literal["checked", "corrected"]
    reviewer: str
    at: str  # ISO 8601 timestamp
    note: Optional[str] = None


class Cell(_Model):
    column: str
    raw: str
    value_mnkr: Optional[float] = None
    # every cell holding a number: its value and unit ("mnkr" for money, = value_mnkr;
    # "%", "st", "årsarbetare", "kr/kvm", "h", "index", … from the cell, unit column,
    # header, row label or caption; null when nothing names one) and a printed comparator
    value: Optional[float] = None
    unit: Optional[str] = None
    comparator: Optional[str] = None
    bbox: Optional[BBox] = None
    page: Optional[int] = None
    # set by a reviewer's correction: the value the pipeline extracted
    original_value_mnkr: Optional[float] = None
    review: Optional[Review] = None


class Row(_Model):
    label: str
    cells: list[Cell] = Field(default_factory=list)
    bold: bool = False
    bbox: Optional[BBox] = None
    page: Optional[int] = None


class Table(_Model):
    id: str
    kind: TableKind = "other"
    title: Optional[str] = None
    page: int
    pages: Optional[list[int]] = None
    unit: Optional[str] = None
    columns: list[str] = Field(default_factory=list)
    # the header as printed, one entry per column, where it differs from ``columns``
    # (a unit moved to ``unit``: "Utfall 2021, mnkr" → column "Utfall 2021")
    printed_columns: Optional[list[str]] = None
    rows: list[Row] = Field(default_factory=list)
    section: Optional[str] = None
    bbox: Optional[BBox] = None

    def to_frame(self):
        """The table as a pandas DataFrame: one row per table row, one column per
        table column holding ``value_mnkr`` where it is money, else the raw text."""
        import pandas as pd

        records = []
        for row in self.rows:
            rec: dict[str, object] = {"label": row.label}
            for cell in row.cells:
                rec[cell.column] = cell.value_mnkr if cell.value_mnkr is not None else cell.raw
            records.append(rec)
        frame = pd.DataFrame.from_records(records, columns=["label", *self.columns])
        return frame.set_index("label")


class Amount(_Model):
    raw: str
    value_mnkr: float
    page: int
    context: str
    bbox: Optional[BBox] = None


class TocEntry(_Model):
    """A line of the document's table of contents ("1 Inledning ....... 3")."""

    number: Optional[str] = None
    title: str
    printed_page: Optional[int] = None
    page: int  # the PDF page the entry is printed on


class Warning(_Model):  # noqa: A001 - the contract's own word
    code: str
    message: str
    page: Optional[int] = None
    table: Optional[str] = None
    item: Optional[str] = None
    row: Optional[str] = None
    column: Optional[str] = None
    expected: Optional[float] = None
    found: Optional[float] = None
    original: Optional[str] = None


class OutputDocument(_Model):
    schema_version: str = SCHEMA_VERSION
    pipeline_version: Optional[str] = None
    source: Source
    document: DocumentInfo = Field(default_factory=DocumentInfo)
    page_info: list[PageInfo] = Field(default_factory=list)
    toc: list[TocEntry] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)

    def to_json(self) -> str:
        """Deterministic JSON text (same input → byte-identical output)."""
        return self.model_dump_json(indent=2, exclude_none=False) + "\n"


def json_schema() -> dict:
    schema = OutputDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"plandigit output, schema_version {SCHEMA_VERSION}"
    return schema
