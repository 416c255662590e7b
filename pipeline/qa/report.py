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

This module renders the images, builds the folder and holds the command; what
is shown (sources, crops, warnings per cell, summaries) comes from
:mod:`pipeline.qa.report_model`, the HTML from :mod:`pipeline.qa.report_html`.
"""


from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Optional

from models.contract import BBox, OutputDocument
from pipeline.commands import EXIT_OK, EXIT_USAGE, Subcommand
from pipeline.qa.corrections import REPORT_DIR, load_outputs, no_documents
from pipeline.qa.reconcile import ReconcileResult, reconcile_documents
from pipeline.qa.report_html import render_document, render_index
from pipeline.qa.report_model import (
    Crop,
    SourceLookup,
    item_histories,
    page_size,
    resolve_source,
    slugs,
    summarise,
    table_crops,
)

TABLE_DPI = 110
PAGE_DPI = 60


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
                size = page_size(doc, crop.page)
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
    histories = item_histories([(d.output, d.doc) for d in loaded if d.doc is not None], slug_of)
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
            text = render_document(item, summary, crops, pages, source, note or source.note,
                                   histories.get(item.output, {}))
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
