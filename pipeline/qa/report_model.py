"""What the QA report shows of each document, before any HTML: where its source
PDF is, which page regions show its tables (crops), which cell, row or table
each warning belongs to, and a summary per document for the index.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable, Optional, Sequence

from extractors.validate.checks import row_label
from models.contract import BBox, DocWarning, OutputDocument, Table
from pipeline.ingest import sha256_file
from extractors.text.folding import fold_spaces
from extractors.text.labels import label_key
from pipeline.qa.corrections import LoadedDocument
from pipeline.qa.series import assign_series

MARGIN_PT = 18.0
ITEM_KINDS = ("goal", "indicator", "assignment", "activity", "strategy", "risk")


# ---------------------------------------------------------------- the source PDF


@dataclass(frozen=True)
class SourceLookup:
    path: Optional[Path]
    note: Optional[str] = None  # why there is no path, or what was odd


def resolve_source(item: LoadedDocument, source_root: Optional[Path] = None) -> SourceLookup:
    """The source PDF of a document: from the manifest record (input root + input
    path), else under ``source_root`` (by relative input path, source file name or
    output stem).  A candidate whose sha256 differs from the document's is refused."""
    candidates: list[Path] = []
    rec, doc = item.record, item.doc
    if rec is not None:
        root = Path(rec.input_root)
        if root.is_file() or (root.suffix.lower() == ".pdf" and PurePosixPath(rec.input).name == root.name):
            candidates.append(root)
        candidates.append(root / rec.input)
    if source_root is not None:
        root = Path(source_root)
        if rec is not None:
            candidates += [root / rec.input, root / PurePosixPath(rec.input).name]
        if doc is not None:
            candidates.append(root / doc.source.file)
        candidates.append(root / (PurePosixPath(item.output).with_suffix(".pdf")))
    wanted = doc.source.sha256 if doc is not None else (rec.sha256 if rec is not None else None)
    refused: list[str] = []
    seen: set[Path] = set()
    for path in candidates:
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        if wanted and sha256_file(path) != wanted:
            refused.append(str(path))
            continue
        return SourceLookup(path)
    if refused:
        return SourceLookup(None, f"source PDF changed since conversion (sha256 differs): {', '.join(refused)}")
    tried = ", ".join(str(p) for p in dict.fromkeys(candidates)) or "no manifest record; give --source-root"
    return SourceLookup(None, f"source PDF not found (tried: {tried})")


# ---------------------------------------------------------------- tables: crops and warnings


@dataclass(frozen=True)
class Crop:
    """A region of one page shown as an image; ``box`` in PDF points."""

    id: str  # HTML id, e.g. "t4-p14"
    page: int
    box: BBox
    file: Optional[str] = None  # image path relative to the report folder, once rendered


def page_size(doc: OutputDocument, page: int) -> Optional[tuple[float, float]]:
    """The page's size in points from ``page_info`` (None when not recorded)."""
    for info in doc.page_info:
        if info.page == page:
            return info.width, info.height
    return None


def _cell_boxes(table: Table) -> Iterable[tuple[int, BBox]]:
    """(page, box) of the table, its rows and cells."""
    if table.bbox is not None:
        yield table.page, table.bbox
    for row in table.rows:
        row_page = row.page or table.page
        if row.bbox is not None:
            yield row_page, row.bbox
        for cell in row.cells:
            if cell.bbox is not None:
                yield cell.page or row_page, cell.bbox


def table_crops(doc: OutputDocument, table: Table, margin: float = MARGIN_PT) -> list[Crop]:
    """One crop per page the table has boxes on: their union plus ``margin``."""
    by_page: dict[int, list[BBox]] = defaultdict(list)
    for page, box in _cell_boxes(table):
        by_page[page].append(box)
    crops = []
    for page in sorted(by_page):
        width, height = page_size(doc, page) or (float("inf"), float("inf"))
        u = BBox.union(by_page[page])
        box = BBox(x0=max(0.0, u.x0 - margin), top=max(0.0, u.top - margin),
                   x1=min(width, u.x1 + margin), bottom=min(height, u.bottom + margin))
        if box.x1 > box.x0 and box.bottom > box.top:
            crops.append(Crop(id=f"{table.id}-p{page}", page=page, box=box))
    return crops


def box_in_crop(box: BBox, crop: Crop) -> tuple[float, float, float, float]:
    """``box`` as left, top, width, height in percent of the crop."""
    w, h = crop.box.x1 - crop.box.x0, crop.box.bottom - crop.box.top
    left = max(box.x0, crop.box.x0)
    top = max(box.top, crop.box.top)
    right = min(box.x1, crop.box.x1)
    bottom = min(box.bottom, crop.box.bottom)
    return ((left - crop.box.x0) / w * 100, (top - crop.box.top) / h * 100,
            max(0.0, right - left) / w * 100, max(0.0, bottom - top) / h * 100)


@dataclass
class WarningIndex:
    """A document's warnings placed where a reviewer sees them."""

    cells: dict[tuple[str, int, int], list[DocWarning]] = field(default_factory=lambda: defaultdict(list))
    rows: dict[tuple[str, int], list[DocWarning]] = field(default_factory=lambda: defaultdict(list))
    tables: dict[str, list[DocWarning]] = field(default_factory=lambda: defaultdict(list))
    other: list[DocWarning] = field(default_factory=list)


def _row_keys(row) -> set[str]:
    """The row's label, and the label the sum checks name it by."""
    return {label_key(row.label), label_key(row_label(row))}


def index_warnings(doc: OutputDocument) -> WarningIndex:
    """Match warnings to cells by table id + row label + column (labels compared
    normalised; a label repeated in the table is narrowed by the warning's page;
    without a matching label, by column + the printed text in ``original``)."""
    index = WarningIndex()
    tables = {t.id: t for t in doc.tables}
    for w in doc.warnings:
        table = tables.get(w.table) if w.table else None
        if table is None:
            index.other.append(w)
            continue
        rows = []
        if w.row:
            key = label_key(w.row)
            rows = [i for i, r in enumerate(table.rows) if key in _row_keys(r)]
            if len(rows) > 1 and w.page is not None:
                rows = [i for i in rows if (table.rows[i].page or table.page) == w.page] or rows
        if not rows and w.original and w.column:  # no usable row label: the printed text names the cell
            hits = [(ri, ci) for ri, r in enumerate(table.rows) for ci, c in enumerate(r.cells)
                    if fold_spaces(c.column) == fold_spaces(w.column) and c.raw.strip() == w.original.strip()
                    and (w.page is None or (c.page or r.page or table.page) == w.page)]
            if len(hits) == 1:
                index.cells[(table.id, *hits[0])].append(w)
                continue
        if not rows:
            index.tables[table.id].append(w)
            continue
        for ri in rows:
            cells = [ci for ci, c in enumerate(table.rows[ri].cells)
                     if w.column and fold_spaces(c.column) == fold_spaces(w.column)]
            if cells:
                for ci in cells:
                    index.cells[(table.id, ri, ci)].append(w)
            else:
                index.rows[(table.id, ri)].append(w)
    return index


# ---------------------------------------------------------------- summary per document


@dataclass(frozen=True)
class DocumentSummary:
    output: str
    slug: str
    status: str  # ok | failed | skipped | unreadable
    type: Optional[str]
    year: Optional[int]
    title: Optional[str]
    pages: Optional[int]
    items: dict[str, int]
    tables: int
    warnings: int
    reviewed: int
    error_class: Optional[str]
    message: Optional[str]

    @property
    def sort_key(self) -> tuple:
        rank = {"failed": 0, "unreadable": 1}.get(self.status, 2)
        return (rank, -self.warnings, self.output)


def summarise(item: LoadedDocument, slug: str) -> DocumentSummary:
    doc, rec = item.doc, item.record
    status = "unreadable" if item.load_error else item.status
    kinds = Counter(i.kind for i in doc.items) if doc else Counter()
    return DocumentSummary(
        output=item.output, slug=slug, status=status,
        type=doc.document.type if doc else None, year=doc.document.year if doc else None,
        title=doc.document.title if doc else None,
        pages=doc.source.pages if doc else (rec.pages if rec else None),
        items={k: kinds.get(k, 0) for k in ITEM_KINDS}, tables=len(doc.tables) if doc else 0,
        warnings=len(doc.warnings) if doc else (rec.warnings if rec else 0), reviewed=len(item.reviews),
        error_class=(rec.error_class if rec and rec.status == "failed" else ("unreadable_json" if item.load_error else None)),
        message=(rec.error if rec and rec.status == "failed" else item.load_error),
    )


def slugs(outputs: Sequence[str]) -> dict[str, str]:
    """A file-name-safe, unique name per output path (deterministic)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for output in sorted(outputs):
        base = re.sub(r"[^A-Za-z0-9._-]+", "_", str(PurePosixPath(output).with_suffix("")).replace("/", "__")) or "doc"
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            name = f"{base}~{n}"
        taken.add(name.casefold())
        out[output] = name
    return out


# ---------------------------------------------------------------- items: hierarchy, history, place on the page

# the levels above the items, listed first on a document page
HIERARCHY_KINDS = ("perspective", "strategy_area", "risk_area")


@dataclass(frozen=True)
class Occurrence:
    """The same item (one series) in another document."""

    output: str
    slug: str
    year: Optional[int]
    type: str
    item_id: str
    text: str
    outcome: Optional[str]
    target: Optional[str]
    status: Optional[str]
    confidence: float
    review: bool


def item_histories(docs: Sequence[tuple[str, OutputDocument]], slug_of: dict[str, str]
                   ) -> dict[str, dict[str, list[Occurrence]]]:
    """Per output, per item id: its occurrences in the other documents (the
    series of :func:`pipeline.qa.series.assign_series`), by year."""
    found = assign_series([d for _, d in docs])
    by_series: dict[str, list[Occurrence]] = defaultdict(list)
    for (output, doc), links in zip(docs, found):
        for item in doc.items:
            link = links.get(item.id)
            if link is None:
                continue
            by_series[link.series_id].append(Occurrence(
                output, slug_of.get(output, ""), doc.document.year, doc.document.type, item.id, item.text,
                item.outcome, item.target, item.status, link.confidence, link.review))
    out: dict[str, dict[str, list[Occurrence]]] = defaultdict(dict)
    for occs in by_series.values():
        if len(occs) < 2:
            continue
        occs.sort(key=lambda o: (o.year or 0, o.type, o.output))
        for o in occs:
            out[o.output][o.item_id] = [x for x in occs if x.output != o.output]
    return dict(out)


def is_money_table(table: Table) -> bool:
    """A table with at least one money cell (the others are text matrices)."""
    return any(c.value_mnkr is not None for r in table.rows for c in r.cells)


def ordered_tables(doc: OutputDocument) -> list[Table]:
    """The document's tables, money tables first, each group in document order."""
    return sorted(doc.tables, key=lambda t: not is_money_table(t))


def page_box(doc: OutputDocument, page: int, box: Optional[BBox]) -> Optional[tuple[float, float, float, float]]:
    """``box`` on its page as percentages (left, top, width, height), or None."""
    size = page_size(doc, page)
    if box is None or size is None:
        return None
    return box_in_crop(box, Crop(id="page", page=page, box=BBox(x0=0, top=0, x1=size[0], bottom=size[1])))


_NUMBER_LIKE = re.compile(r"^[\s\d\-−–+,.%()<>≤≥~*]*$")


def is_text_cell(raw: str) -> bool:
    """A cell of words, not a number ("Ombyggnation av …", "Helt"): shown left-aligned, wrapped."""
    return bool(raw.strip()) and _NUMBER_LIKE.match(raw) is None and len(raw.strip()) > 3
