"""The QA report's HTML: the index (documents worst first, figures across
documents) and one page per document (tables beside their page crops, warnings,
reviews, items).  CSS and JS are inlined from ``report_assets/``; no network.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path
from typing import Optional, Sequence

from extractors.money.amounts import parse_number
from models.contract import Action, DocWarning, OutputDocument, Table
from pipeline.qa.corrections import CellReview, LoadedDocument
from pipeline.qa.reconcile import ReconcileResult
from pipeline.qa.report_model import (
    HIERARCHY_KINDS,
    ITEM_KINDS,
    Crop,
    DocumentSummary,
    Occurrence,
    SourceLookup,
    WarningIndex,
    box_in_crop,
    index_warnings,
    is_money_table,
    is_text_cell,
    ordered_tables,
    page_box,
)

ASSETS = Path(__file__).with_name("report_assets")


def esc(value: object) -> str:
    """Text for HTML (element content and quoted attributes)."""
    return html.escape("" if value is None else str(value), quote=True)


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
    if is_text_cell(cell.raw) and not value_text:
        classes.append("text")  # words, not a number: left-aligned and wrapped
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
    kind = "money" if is_money_table(table) else "text"  # a text matrix reads left-aligned, wrapped
    grid = [f'<table class="grid {kind}"><thead><tr><th>row</th>' + "".join(f"<th>{esc(c)}</th>" for c in columns)
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
                    page_images: dict[int, str], source: SourceLookup, crop_note: Optional[str],
                    history: Optional[dict[str, list[Occurrence]]] = None) -> str:
    """A document's page; ``history``: item id → the same item in the other documents."""
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
    parts.append(f'<h2 id="tables">Tables ({len(doc.tables)})</h2>'
                 '<p class="meta">Money tables first, then text matrices.</p>')
    for table in ordered_tables(doc):
        parts.append(render_table(doc, table, crops.get(table.id, []), warnings, item.reviews, crop_note))
    parts.append(f'<h2 id="items">Items ({len(doc.items)})</h2>'
                 '<p class="meta">Click a page link to outline the item on the page image.</p>')
    by_id = {i.id: i for i in doc.items}
    history = history or {}
    for kind in (*HIERARCHY_KINDS, *ITEM_KINDS):
        items = [i for i in doc.items if i.kind == kind]
        if not items:
            continue
        parts.append(f'<h3>{esc(kind)} ({len(items)})</h3><ol class="items" data-kind="{esc(kind)}">')
        for it in items:
            page = _item_page_link(doc, it, page_images, source)
            extra = ""
            parent = by_id.get(it.parent) if it.parent else None
            if parent is not None:
                extra += (f'<br><span class="muted parent">under {esc(parent.kind)}: '
                          f'<a href="#{esc(parent.id)}">{esc(parent.text)}</a></span>')
            if it.kind == "risk":
                extra = (f'<br><span class="muted">{esc(it.area or "")}</span>'
                         + "".join(_action_li(a) for a in (it.actions or [])))
            if it.outcome or it.target or it.status:
                extra += f'<br><span class="muted">utfall {esc(it.outcome)} · mål {esc(it.target)} · {esc(it.status)}</span>'
            extra += _history_html(history.get(it.id, []))
            parts.append(f'<li id="{esc(it.id)}">{page} · {esc(it.text)}{extra}</li>')
        parts.append("</ol>")
    if page_images:  # the viewer the items' page links open (an empty image until one is clicked)
        parts.append('<div id="page-viewer" class="viewer" hidden><button type="button" class="close">close</button>'
                     '<div class="viewer-page"><img alt="page image"><div class="box shown"></div></div></div>')
    return _page(info.title or item.output, "\n".join(parts))


def _history_html(occurrences: Sequence[Occurrence]) -> str:
    """The item in the other documents, by year: wording, target, result."""
    if not occurrences:
        return ""
    rows = []
    for o in occurrences:
        values = " · ".join(x for x in (f"utfall {o.outcome}" if o.outcome else "", f"mål {o.target}" if o.target else "",
                                         o.status or "") if x)
        doubt = f' <span class="badge warn" title="similarity {o.confidence:.2f}">review</span>' if o.review else ""
        rows.append(f'<li>{esc(o.year or "?")} {esc(o.type)}: <a href="{esc(o.slug)}.html#{esc(o.item_id)}">'
                    f'{esc(o.text)}</a>' + (f' <span class="muted">{esc(values)}</span>' if values else "")
                    + f"{doubt}</li>")
    return f'<ul class="history">{"".join(rows)}</ul>'


def _item_page_link(doc: OutputDocument, it, page_images: dict[int, str], source: SourceLookup) -> str:
    """The item's page link; on a rendered page image it carries the item's box, which the
    page viewer outlines (without script the link opens the image)."""
    link = _page_link(it.page, page_images, source)
    if not link:
        return f"p. {it.page}"
    attrs = f'href="{esc(link)}"'
    box = page_box(doc, it.page, it.bbox) if it.page in page_images else None
    if box is not None:
        attrs += (f' class="item-page" data-img="{esc(page_images[it.page])}" '
                  f'data-box="{box[0]:.3f} {box[1]:.3f} {box[2]:.3f} {box[3]:.3f}"')
    return f"<a {attrs}>p. {it.page}</a>"


def _page_link(page: Optional[int], page_images: dict[int, str], source: SourceLookup) -> Optional[str]:
    if page is None:
        return None
    if page in page_images:
        return page_images[page]
    if source.path is not None:
        return f"{Path(source.path).resolve().as_uri()}#page={page}"
    return None
