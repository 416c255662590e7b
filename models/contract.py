"""The output contract (version 2) as pydantic models.

These models *are* the contract described in ``shared/output-contract.md``:
every stage of the pipeline fills in one :class:`OutputDocument`, and
``plandigit schema`` prints :func:`json_schema`.  Field names listed in the
contract must never be renamed or dropped; new optional fields may be added.
A breaking change bumps :data:`SCHEMA_VERSION`; :func:`upgraded` reads the
documents of earlier versions (version 1: a risk's actions as three parallel
lists, see :class:`Action`).
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from models.codes import WarningCode

SCHEMA_VERSION = "2"
# the versions :func:`upgraded` converts to this one
READABLE_VERSIONS = ("1", SCHEMA_VERSION)

DocumentType = Literal["verksamhetsplan", "verksamhetsberattelse", "delarsrapport", "other"]
# the printed hierarchy is kept through ``Item.parent``: perspective ("Perspektiv: Process") →
# strategy_area ("Strategi: Digitalisering") → goal → indicator / assignment / activity;
# strategy_area → strategy; risk_area (the internal-control plan's Verksamhet / area line) → risk
ItemKind = Literal["goal", "indicator", "assignment", "activity", "strategy", "risk",
                   "perspective", "strategy_area", "risk_area"]
TableKind = Literal["budget", "investment", "key_figures", "staff", "action_plan", "other"]
IndicatorStatus = Literal["helt", "delvis", "inte alls"]
TextSource = Literal["pdf", "ocr"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BBox(_Model):
    """A box on a page in PDF points, origin top-left (pdfplumber convention),
    on the page as the PDF displays it (its /Rotate applied; on a page OCR'd
    turned, ``PageInfo.ocr_rotation``, mapped back to the displayed page)."""

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
    # OCR'd pages fed the wrong way (scanned sideways or upside down): degrees
    # clockwise the page image was turned before OCR (90, 180, 270); 0 for an
    # OCR'd page read as it lies, None for a text-layer page.  Boxes still refer
    # to the page as the PDF displays it, as on every page
    ocr_rotation: Optional[int] = None


class Section(_Model):
    id: str
    number: Optional[str] = None
    title: str
    level: int
    page: int
    bbox: Optional[BBox] = None


class Action(_Model):
    """One åtgärd of a risk: its text, and where a report gives them its status
    (the legend's meaning of the printed symbol, or the printed word) and comment.
    Version 1 had three parallel lists on the item instead (``actions``,
    ``action_statuses``, ``action_comments``)."""

    text: str
    status: Optional[str] = None
    comment: Optional[str] = None


class Item(_Model):
    id: str
    kind: ItemKind
    text: str
    section: Optional[str] = None
    page: int
    # the item it is printed under (see ItemKind): a goal's strategy area or perspective,
    # an indicator's/assignment's/activity's goal (else its strategy area or perspective),
    # a strategy's strategy area, a risk's risk_area; null where the document prints none
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
    # risks: the Verksamhet column, and the åtgärder in order
    area: Optional[str] = None
    actions: Optional[list[Action]] = None
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


class DocWarning(_Model):
    """Something QA needs to look at; never replaces data."""

    code: WarningCode
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
    warnings: list[DocWarning] = Field(default_factory=list)

    @field_validator("schema_version")
    @classmethod
    def _this_version(cls, version: str) -> str:
        if version != SCHEMA_VERSION:
            raise ValueError(f"schema_version {version!r} is not this contract's ({SCHEMA_VERSION!r}); "
                             f"read a document of an earlier version through models.contract.upgraded")
        return version

    @model_validator(mode="after")
    def _ids_and_references(self) -> "OutputDocument":
        problems = reference_problems(self)
        if problems:
            shown = "; ".join(problems[:5]) + (f"; … {len(problems) - 5} more" if len(problems) > 5 else "")
            raise ValueError(f"ids and references do not hold: {shown}")
        return self

    def validated(self) -> "OutputDocument":
        """This document validated again as a whole (parts assigned after
        construction are not validated by pydantic)."""
        return type(self).model_validate(self.model_dump())

    def to_json(self) -> str:
        """Deterministic JSON text (same input → byte-identical output)."""
        return self.model_dump_json(indent=2, exclude_none=False) + "\n"


def _duplicates(ids: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for i in ids:
        if i in seen and i not in out:
            out.append(i)
        seen.add(i)
    return out


def reference_problems(doc: OutputDocument) -> list[str]:
    """What breaks the document's ids and references: a section, item or table
    id used twice; an item's ``parent`` that is no item (or itself); an item's
    or table's ``section`` that is no section; a warning's ``table``/``item``
    that is no table/item.  Empty when all hold."""
    problems: list[str] = []
    ids: dict[str, set[str]] = {}
    for name, parts in (("section", doc.sections), ("item", doc.items), ("table", doc.tables)):
        listed = [p.id for p in parts]
        problems += [f"{name} id {i!r} is used twice" for i in _duplicates(listed)]
        ids[name] = set(listed)
    for item in doc.items:
        if item.parent is not None and (item.parent not in ids["item"] or item.parent == item.id):
            problems.append(f"item {item.id!r}: parent {item.parent!r} is no other item")
        if item.section is not None and item.section not in ids["section"]:
            problems.append(f"item {item.id!r}: section {item.section!r} is no section")
    for table in doc.tables:
        if table.section is not None and table.section not in ids["section"]:
            problems.append(f"table {table.id!r}: section {table.section!r} is no section")
    for n, w in enumerate(doc.warnings):
        if w.table is not None and w.table not in ids["table"]:
            problems.append(f"warning {n} ({w.code}): table {w.table!r} is no table")
        if w.item is not None and w.item not in ids["item"]:
            problems.append(f"warning {n} ({w.code}): item {w.item!r} is no item")
    return problems


class SchemaVersionError(ValueError):
    """A document of a schema version this plandigit cannot read."""


def upgraded(data: dict) -> dict:
    """A document (as JSON data) in this schema version: a version 1 document
    is converted (each risk's parallel ``actions``/``action_statuses``/
    ``action_comments`` lists become one list of :class:`Action` objects), a
    document of this version is returned as it is, any other version raises
    :class:`SchemaVersionError` naming it.  ``data`` itself is not changed."""
    if not isinstance(data, dict):
        return data  # the contract model reports the wrong shape
    version = data.get("schema_version", SCHEMA_VERSION)
    if version == SCHEMA_VERSION:
        return data
    if version != "1":
        raise SchemaVersionError(
            f"schema_version {version!r}: this plandigit reads versions {', '.join(READABLE_VERSIONS)} "
            f"(it writes {SCHEMA_VERSION}); a newer document needs a newer plandigit")
    out = dict(data, schema_version=SCHEMA_VERSION)
    items = data.get("items")
    if isinstance(items, list):
        out["items"] = [_item_from_v1(item) if isinstance(item, dict) else item for item in items]
    return out


def _item_from_v1(item: dict) -> dict:
    out = dict(item)
    statuses = out.pop("action_statuses", None) or []
    comments = out.pop("action_comments", None) or []
    actions = out.get("actions")
    if not isinstance(actions, list):
        return out
    if len(statuses) > len(actions) or len(comments) > len(actions):
        raise SchemaVersionError(
            f"item {item.get('id')!r} (schema_version 1): {len(actions)} actions but "
            f"{len(statuses)} action_statuses and {len(comments)} action_comments")
    out["actions"] = [
        {"text": text, "status": statuses[i] if i < len(statuses) else None,
         "comment": comments[i] if i < len(comments) else None} if isinstance(text, str) else text
        for i, text in enumerate(actions)
    ]
    return out


def json_schema() -> dict:
    schema = OutputDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"plandigit output, schema_version {SCHEMA_VERSION}"
    return schema
