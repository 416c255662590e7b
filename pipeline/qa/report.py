"""The QA report: a static HTML report of an output folder, for reviewing
extracted tables side by side with the page they came from.

``OUTDIR/report/index.html`` lists the documents worst first (failures, then
unreadable JSON, then most warnings) with their counts, and the cross-document
disagreements (:mod:`pipeline.qa.reconcile`).  One page per document shows each
table's source region (rendered with pypdfium2, PNG beside the HTML) next to
the extracted table; cells with warnings are highlighted (reason on hover),
reviewed cells marked, and hovering/clicking a cell outlines its box on the
image.  Items are listed by kind with links to rendered pages.  No network:
CSS and JS are inlined; output is deterministic for the same inputs.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable, Optional, Sequence

from extractors.money.amounts import parse_number
from extractors.validate.checks import row_label
from models.contract import Action, BBox, DocWarning, OutputDocument, Table
from pipeline.commands import EXIT_OK, EXIT_USAGE, Subcommand
from pipeline.qa.corrections import (REPORT_DIR, CellReview, LoadedDocument, fold_text, load_outputs, no_documents,
                                    normalise_label)
from pipeline.ingest import sha256_file
from pipeline.qa.reconcile import ReconcileResult, reconcile_documents

ASSETS = Path(__file__).with_name("report_assets")
TABLE_DPI = 110
PAGE_DPI = 60
MARGIN_PT = 18.0
ITEM_KINDS = ("goal", "indicator", "assignment", "activity", "strategy", "risk")


def esc(value: object) -> str:
    """Text for HTML (element content and quoted attributes)."""
    return html.escape("" if value is None else str(value), quote=True)


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


class PageRenderer:
    """Renders pages of one PDF with pypdfium2 (each page and scale once)."""

    def __init__(self, path: Path):
        import pypdfium2

        self._pdf = pypdfium2.PdfDocument(str(path))
        self._cache: dict[tuple[int, int], object] = {}

    def image(self, page: int, dpi: int):
        key = (page, dpi)
        if key not in self._cache:
            pdf_page = self._pdf[page - 1]
            try:
                self._cache[key] = pdf_page.render(scale=dpi / 72.0).to_pil().convert("RGB")
            finally:
                pdf_page.close()
        return self._cache[key]

    def close(self) -> None:
        self._cache.clear()
        self._pdf.close()


# ---------------------------------------------------------------- tables: crops and warnings


@dataclass(frozen=True)
class Crop:
    """A region of one page shown as an image; ``box`` in PDF points."""

    id: str  # HTML id, e.g. "t4-p14"
    page: int
    box: BBox
    file: Optional[str] = None  # image path relative to the report folder, once rendered


def _page_size(doc: OutputDocument, page: int) -> Optional[tuple[float, float]]:
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
        width, height = _page_size(doc, page) or (float("inf"), float("inf"))
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
    return {normalise_label(row.label), normalise_label(row_label(row))}


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
            key = normalise_label(w.row)
            rows = [i for i, r in enumerate(table.rows) if key in _row_keys(r)]
            if len(rows) > 1 and w.page is not None:
                rows = [i for i in rows if (table.rows[i].page or table.page) == w.page] or rows
        if not rows and w.original and w.column:  # no usable row label: the printed text names the cell
            hits = [(ri, ci) for ri, r in enumerate(table.rows) for ci, c in enumerate(r.cells)
                    if fold_text(c.column) == fold_text(w.column) and c.raw.strip() == w.original.strip()
                    and (w.page is None or (c.page or r.page or table.page) == w.page)]
            if len(hits) == 1:
                index.cells[(table.id, *hits[0])].append(w)
                continue
        if not rows:
            index.tables[table.id].append(w)
            continue
        for ri in rows:
            cells = [ci for ci, c in enumerate(table.rows[ri].cells)
                     if w.column and fold_text(c.column) == fold_text(w.column)]
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


# ---------------------------------------------------------------- HTML


def _page(title: str, body: str) -> str:
    css = (ASSETS / "report.css").read_text(encoding="utf-8")
    js = (ASSETS / "report.js").read_text(encoding="utf-8")
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)}</title>\n<style>\n{css}</style>\n</head>\n<body>\n{body}\n"
            f"<script>\n{js}</script>\n</body>\n</html>\n")


def _fmt(value: Optional[float]) -> str:
    if value is None:
        return ""
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",")


def _printed_number(raw: str) -> Optional[float]:
    number = parse_number(raw) if raw else None
    return float(number) if number is not None else None


def _action_li(action: Action) -> str:
    """One åtgärd of a risk: its text, then its status and comment where given."""
    status = f' <span class="muted">[{esc(action.status)}]</span>' if action.status else ""
    comment = f'<br><span class="muted">Kommentar: {esc(action.comment)}</span>' if action.comment else ""
    return f"<br>– {esc(action.text)}{status}{comment}"


def _warning_title(ws: Sequence[DocWarning]) -> str:
    return "\n".join(f"{w.code}: {w.message}" for w in ws)


def _warning_li(w: DocWarning, link: Optional[str] = None) -> str:
    where = " · ".join(x for x in (
        f"p. {w.page}" if w.page else "", f"table {w.table}" if w.table else "",
        f"row {w.row!r}" if w.row else "", f"column {w.column!r}" if w.column else "") if x)
    target = f' <a href="{esc(link)}">show</a>' if link else ""
    return f"<li><code>{esc(w.code)}</code> {esc(w.message)} <span class=\"muted\">{esc(where)}</span>{target}</li>"


def render_index(summaries: Sequence[DocumentSummary], recon: Optional[ReconcileResult],
                 slug_of: dict[str, str]) -> str:
    docs = sorted(summaries, key=lambda s: s.sort_key)
    counts = Counter(s.status for s in docs)
    parts = ["<h1>plandigit QA report</h1>",
             f'<p class="meta">{len(docs)} document(s): '
             + ", ".join(f"{counts[k]} {k}" for k in ("ok", "skipped", "failed", "unreadable") if counts[k])
             + f"; {sum(s.warnings for s in docs)} warning(s); {sum(s.reviewed for s in docs)} reviewed cell(s). "
             "Sorted worst first: failures, then most warnings.</p>",
             "<h2>Documents</h2>", '<table class="list" id="documents"><thead><tr>',
             "<th>status</th><th>document</th><th>type</th><th class=\"num\">year</th><th class=\"num\">pages</th>",
             "".join(f'<th class="num">{esc(k)}</th>' for k in ITEM_KINDS),
             '<th class="num">tables</th><th class="num">warnings</th><th class="num">reviewed</th>'
             "<th>error class</th><th>message</th></tr></thead><tbody>"]
    for s in docs:
        cls = {"failed": "failed", "unreadable": "load-error"}.get(s.status, "")
        name = esc(s.output)
        link = f'<a href="{esc(s.slug)}.html">{name}</a>' if s.status not in ("failed", "unreadable") else name
        parts.append(
            f'<tr class="{cls}" data-output="{esc(s.output)}" data-status="{esc(s.status)}">'
            f'<td class="status-{esc(s.status)}">{esc(s.status)}</td><td>{link}'
            + (f'<br><span class="muted">{esc(s.title)}</span>' if s.title else "")
            + f"</td><td>{esc(s.type or '')}</td><td class=\"num\">{esc(s.year or '')}</td>"
            f"<td class=\"num\">{esc(s.pages if s.pages is not None else '')}</td>"
            + "".join(f'<td class="num">{s.items[k]}</td>' for k in ITEM_KINDS)
            + f'<td class="num">{s.tables}</td><td class="num warnings">{s.warnings}</td>'
            f'<td class="num">{s.reviewed}</td><td class="error-class">{esc(s.error_class or "")}</td>'
            f"<td>{esc(s.message or '')}</td></tr>")
    parts.append("</tbody></table>")
    parts.append(render_reconcile(recon, slug_of))
    return _page("plandigit QA report", "\n".join(parts))


def render_reconcile(recon: Optional[ReconcileResult], slug_of: dict[str, str]) -> str:
    if recon is None:
        return ""
    parts = ['<h2 id="reconcile">Figures across documents</h2>',
             f'<p class="meta">{len(recon.pairs)} table pair(s) in {recon.documents} document(s): '
             f'<span id="recon-compared">{recon.compared}</span> figure(s) compared, '
             f'<span id="recon-agreed">{recon.agreed}</span> agree, '
             f'<span id="recon-disagree">{len(recon.disagreements)}</span> disagree'
             + (f"; {len(recon.rejected)} look-alike table pair(s) set aside (no figure agrees)" if recon.rejected else "")
             + ". Budgets revised between documents show here too.</p>"]
    if not recon.disagreements:
        return "\n".join(parts)
    parts.append('<table class="list" id="disagreements"><thead><tr><th>table</th><th>row</th><th>column</th>'
                 '<th>document A</th><th class="num">value A</th><th>document B</th><th class="num">value B</th>'
                 '<th class="num">difference</th></tr></thead><tbody>')

    def side(f) -> str:
        slug = slug_of.get(f.document)
        name = f"{f.document} · {f.table} · p. {f.page}"
        return f'<a href="{esc(slug)}.html#{esc(f.table)}">{esc(name)}</a>' if slug else esc(name)

    for d in recon.disagreements:
        parts.append(f"<tr><td>{esc(d.a.title or d.a.table)}</td><td>{esc(d.a.row)}</td><td>{esc(d.a.column)}</td><td>{side(d.a)}</td>"
                     f'<td class="num">{esc(d.a.raw)}</td><td>{side(d.b)}</td><td class="num">{esc(d.b.raw)}</td>'
                     f'<td class="num">{esc(_fmt(d.difference))}</td></tr>')
    parts.append("</tbody></table>")
    return "\n".join(parts)


def _cell_html(table: Table, ri: int, ci: int, crops: dict[int, Crop], warnings: WarningIndex,
               reviews: dict[tuple[str, int, int], CellReview]) -> str:
    row = table.rows[ri]
    cell = row.cells[ci]
    classes: list[str] = []
    titles: list[str] = []
    attrs = [f'data-column="{esc(cell.column)}"']
    ws = warnings.cells.get((table.id, ri, ci), [])
    if ws:
        classes += ["warn"] + sorted({f"warn-{re.sub(r'[^a-z0-9_]', '_', w.code.lower())}" for w in ws})
        titles.append(_warning_title(ws))
    review = reviews.get((table.id, ri, ci))
    value_text = _fmt(cell.value_mnkr)
    if review is not None:
        classes.append(f"reviewed-{re.sub(r'[^a-z]', '', review.status)}")
        was = f"; extracted {_fmt(review.original_value_mnkr)}" if review.status == "corrected" else ""
        titles.append(f"{review.status} by {review.reviewer} at {review.at}{was}" + (f": {review.note}" if review.note else ""))
    page = cell.page or row.page or table.page
    crop = crops.get(page)
    if cell.bbox is not None and crop is not None and crop.file:
        l, t, w, h = box_in_crop(cell.bbox, crop)
        attrs.append(f'data-crop="{esc(crop.id)}" data-box="{l:.3f} {t:.3f} {w:.3f} {h:.3f}"')
    if classes:
        attrs.append(f'class="{" ".join(classes)}"')
    if titles:
        attrs.append(f'title="{esc(chr(10).join(titles))}"')
    value = ""
    if value_text:
        differs = " differs" if _printed_number(cell.raw) != cell.value_mnkr else ""
        value = f'<span class="val{differs}">{esc(value_text)}</span>'

    return f"<td {' '.join(attrs)}><span class=\"raw\">{esc(cell.raw)}</span>{value}</td>"


def render_table(doc: OutputDocument, table: Table, crops: Sequence[Crop], warnings: WarningIndex,
                 reviews: dict[tuple[str, int, int], CellReview], crop_note: Optional[str]) -> str:
    by_page = {c.page: c for c in crops}
    pages = table.pages or [table.page]
    head = (f'<div class="table-block" id="{esc(table.id)}"><h3>{esc(table.id)} · {esc(table.title or "(untitled)")}</h3>'
            f'<p class="meta">{esc(table.kind)} · page {esc(", ".join(str(p) for p in pages))}'
            + (f" · unit {esc(table.unit)}" if table.unit else "") + "</p>")
    images = []
    for c in crops:
        if c.file:
            images.append(f'<div class="crop" id="{esc(c.id)}"><img src="{esc(c.file)}" '
                          f'alt="{esc(f"page {c.page}, {table.id}")}"><span class="page-label">p. {c.page}</span>'
                          f'<div class="box"></div></div>')
    if not images:
        images.append(f'<p class="muted no-image">{esc(crop_note or "no position recorded for this table")}</p>')
    columns = list(table.columns)
    for row in table.rows:  # cells whose column is not in the header still show
        columns += [c.column for c in row.cells if c.column not in columns]
    grid = ['<table class="grid"><thead><tr><th>row</th>' + "".join(f"<th>{esc(c)}</th>" for c in columns)
            + "</tr></thead><tbody>"]
    for ri, row in enumerate(table.rows):
        row_ws = warnings.rows.get((table.id, ri), [])
        th_attr = f' class="warn" title="{esc(_warning_title(row_ws))}"' if row_ws else ""
        cells_by_col: dict[str, int] = {}
        for ci, cell in enumerate(row.cells):
            cells_by_col.setdefault(cell.column, ci)
        tds = [(_cell_html(table, ri, cells_by_col[c], by_page, warnings, reviews) if c in cells_by_col
                else "<td></td>") for c in columns]
        bold = ' class="bold"' if row.bold else ""
        grid.append(f'<tr{bold} data-row="{esc(row.label)}"><th{th_attr}>{esc(row.label)}</th>{"".join(tds)}</tr>')
    grid.append("</tbody></table>")
    table_ws = warnings.tables.get(table.id, [])
    notes = ('<ul class="warnings">' + "".join(_warning_li(w) for w in table_ws) + "</ul>") if table_ws else ""
    return (head + f'<div class="pair"><div class="crops">{"".join(images)}</div>'
            f'<div class="extracted">{"".join(grid)}{notes}</div></div></div>')


def render_document(item: LoadedDocument, summary: DocumentSummary, crops: dict[str, list[Crop]],
                    page_images: dict[int, str], source: SourceLookup, crop_note: Optional[str]) -> str:
    doc = item.doc
    warnings = index_warnings(doc)
    info = doc.document
    pdf_link = ""
    if source.path is not None:
        pdf_link = f' · <a href="{esc(Path(source.path).resolve().as_uri())}">source PDF</a>'
    parts = ['<nav><a href="index.html">← all documents</a></nav>',
             f"<h1>{esc(info.title or item.output)}</h1>",
             f'<p class="meta">{esc(item.output)} · {esc(info.type)} · {esc(info.year or "year ?")} · '
             f"{esc(doc.source.pages)} page(s) · {len(doc.tables)} table(s) · {len(doc.items)} item(s) · "
             f"{len(doc.warnings)} warning(s){pdf_link}</p>"]
    if source.note:
        parts.append(f'<p class="muted source-note">{esc(source.note)}</p>')
    parts.append('<p class="legend"><span class="warn">warning</span><span class="reviewed-checked">checked</span>'
                 '<span class="reviewed-corrected">corrected</span> Hover or click a cell to outline it on the page image.</p>')
    parts.append(f'<h2 id="warnings">Warnings ({len(doc.warnings)})</h2>')
    if doc.warnings:
        parts.append('<ul class="warnings">' + "".join(
            _warning_li(w, f"#{w.table or w.item}" if (w.table or w.item) else _page_link(w.page, page_images, source))
            for w in doc.warnings)
            + "</ul>")
    parts.append(f'<h2 id="tables">Tables ({len(doc.tables)})</h2>')
    for table in doc.tables:
        parts.append(render_table(doc, table, crops.get(table.id, []), warnings, item.reviews, crop_note))
    parts.append(f'<h2 id="items">Items ({len(doc.items)})</h2>')
    for kind in ITEM_KINDS:
        items = [i for i in doc.items if i.kind == kind]
        if not items:
            continue
        parts.append(f'<h3>{esc(kind)} ({len(items)})</h3><ol class="items" data-kind="{esc(kind)}">')
        for it in items:
            link = _page_link(it.page, page_images, source)
            page = f'<a href="{esc(link)}">p. {it.page}</a>' if link else f"p. {it.page}"
            extra = ""
            if it.kind == "risk":
                extra = (f'<br><span class="muted">{esc(it.area or "")}</span>'
                         + "".join(_action_li(a) for a in (it.actions or [])))
            if it.outcome or it.target or it.status:
                extra += f'<br><span class="muted">utfall {esc(it.outcome)} · mål {esc(it.target)} · {esc(it.status)}</span>'
            parts.append(f'<li id="{esc(it.id)}">{page} · {esc(it.text)}{extra}</li>')
        parts.append("</ol>")
    return _page(info.title or item.output, "\n".join(parts))


def _page_link(page: Optional[int], page_images: dict[int, str], source: SourceLookup) -> Optional[str]:
    if page is None:
        return None
    if page in page_images:
        return page_images[page]
    if source.path is not None:
        return f"{Path(source.path).resolve().as_uri()}#page={page}"
    return None


# ---------------------------------------------------------------- building


def _save_png(image, path: Path) -> None:
    """PNG, grey when the image has no colour (half the size, twice as fast)."""
    from PIL import ImageChops

    path.parent.mkdir(parents=True, exist_ok=True)
    r, g, b = image.split()
    if ImageChops.difference(r, g).getbbox() is None and ImageChops.difference(g, b).getbbox() is None:
        image = r
    image.save(path, format="PNG", compress_level=3)  # level 3: faster and smaller than 6 on page renders


def render_images(doc: OutputDocument, slug: str, source: SourceLookup, workdir: Path,
                  table_dpi: int = TABLE_DPI, page_dpi: Optional[int] = PAGE_DPI) -> tuple[dict[str, list[Crop]], dict[int, str], Optional[str]]:
    """Render each table's crops and (if ``page_dpi``) the pages holding items
    into ``workdir/img/<slug>/``; the crops per table id (with files), page images
    by page number and a note when nothing could be rendered."""
    crops = {t.id: table_crops(doc, t) for t in doc.tables}
    if source.path is None:
        return crops, {}, source.note
    try:
        renderer = PageRenderer(source.path)
    except Exception as exc:  # noqa: BLE001 - a PDF pdfium cannot open: report without images
        return crops, {}, f"source PDF cannot be rendered: {exc.__class__.__name__}: {exc}"
    rendered: dict[str, list[Crop]] = {}
    pages: dict[int, str] = {}
    note = None
    try:
        for table_id, table_crops_ in crops.items():
            done = []
            for crop in table_crops_:
                if not 1 <= crop.page <= len(renderer._pdf):
                    done.append(crop)
                    continue
                image = renderer.image(crop.page, table_dpi)
                size = _page_size(doc, crop.page)
                sx, sy = (image.width / size[0], image.height / size[1]) if size else (table_dpi / 72.0,) * 2
                box = (int(crop.box.x0 * sx), int(crop.box.top * sy),
                       min(image.width, int(round(crop.box.x1 * sx))), min(image.height, int(round(crop.box.bottom * sy))))
                exact = BBox(x0=box[0] / sx, top=box[1] / sy, x1=box[2] / sx, bottom=box[3] / sy)
                rel = f"img/{slug}/{crop.id}.png"
                _save_png(image.crop(box), workdir / rel)
                done.append(Crop(id=crop.id, page=crop.page, box=exact, file=rel))
            rendered[table_id] = done
        if page_dpi:
            for page in sorted({i.page for i in doc.items}):
                if 1 <= page <= len(renderer._pdf):
                    rel = f"img/{slug}/page-{page}.png"
                    _save_png(renderer.image(page, page_dpi), workdir / rel)
                    pages[page] = rel
    except Exception as exc:  # noqa: BLE001 - rendering trouble must not lose the report
        note = f"rendering stopped: {exc.__class__.__name__}: {exc}"
    finally:
        renderer.close()
    for table_id, cs in crops.items():
        rendered.setdefault(table_id, cs)
    return rendered, pages, note


def build_report(outdir: Path, source_root: Optional[Path] = None, *, table_dpi: int = TABLE_DPI,
                 page_dpi: Optional[int] = PAGE_DPI, reconcile_result: Optional[ReconcileResult] = None) -> Path:
    """Write ``outdir/report/`` (index.html, one page per document, PNG images)
    and return the path of index.html.  The folder is built beside and swapped
    in, so a reader never sees half a report and no stale image survives.
    ``page_dpi=None`` skips page images (items then link to the PDF page)."""
    outdir = Path(outdir)
    loaded = load_outputs(outdir)
    slug_of = slugs([d.output for d in loaded])
    if reconcile_result is None:
        reconcile_result = reconcile_documents([(d.output, d.doc) for d in loaded if d.doc is not None])
    work = Path(tempfile.mkdtemp(prefix=".report.", dir=outdir))
    try:
        summaries = []
        for item in loaded:
            slug = slug_of[item.output]
            summary = summarise(item, slug)
            summaries.append(summary)
            if item.doc is None:
                continue
            source = resolve_source(item, source_root)
            crops, pages, note = render_images(item.doc, slug, source, work, table_dpi, page_dpi)
            text = render_document(item, summary, crops, pages, source, note or source.note)
            (work / f"{slug}.html").write_text(text, encoding="utf-8")
        (work / "index.html").write_text(render_index(summaries, reconcile_result, slug_of), encoding="utf-8")
        for path in [work, *work.rglob("*")]:
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        target = outdir / REPORT_DIR
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=".report-old.", dir=outdir))
            os.replace(target, old / "report")
        os.replace(work, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return target / "index.html"


# ---------------------------------------------------------------- command line


def add_report_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("outdir", type=Path, metavar="OUTDIR", help="output folder of plandigit convert")
    p.add_argument("--source-root", type=Path, default=None, metavar="DIR",
                   help="folder holding the source PDFs, when the manifest's paths do not resolve")
    p.add_argument("--dpi", type=int, default=TABLE_DPI, help="resolution of the table images (default: %(default)s)")
    p.add_argument("--no-page-images", action="store_true",
                   help="do not render pages holding items (items link to the PDF page instead)")


def run_report(args: argparse.Namespace) -> int:
    if not Path(args.outdir).is_dir():
        print(f"plandigit: error: {args.outdir} is not a folder", file=sys.stderr)
        return EXIT_USAGE
    if not load_outputs(args.outdir):  # a folder of failures only still gets a report listing them
        print(f"plandigit: error: {no_documents(args.outdir)}", file=sys.stderr)
        return EXIT_USAGE
    index = build_report(args.outdir, args.source_root, table_dpi=args.dpi,
                         page_dpi=None if args.no_page_images else PAGE_DPI)
    print(f"report: {index}")
    return EXIT_OK


_HELP = "write a static HTML QA report (tables beside their source page regions) into OUTDIR/report/"
COMMAND = Subcommand("report", _HELP, add_report_arguments, run_report)
