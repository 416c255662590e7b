"""Stage orchestration for one PDF.

ingest (hash, pages) → page source (text layer or OCR per page) → tables per
page → layout (reading order, furniture, hyphenation, headings, blocks) →
classify (sections, items, tables) → amounts in running text → table
arithmetic checks → :class:`models.contract.OutputDocument`, validated as a
whole once it is complete (fields, ids and references: ``validated()``).
"""

from __future__ import annotations

import re
import tempfile

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable, Optional, TypeVar

from extractors import tables
from extractors.money import amounts
from extractors.validate import checks
from extractors.money import text_amounts
from extractors.validate.cell_confidence import low_confidence_cells
from extractors.interpret.classify import Classifier
from extractors.layout.blocks import build_blocks
from extractors.interpret.metadata import document_info
from extractors.pages.page_source import OcrRunner, load_pages
from extractors.validate.arithmetic_repair import repair_tables
from extractors.validate.table_doubts import table_doubts
from extractors.ocr.orientation import turned_size, unturn_box
from models.errors import CorruptError, classify_exception
from models.codes import WarningCode
from models.contract import Amount, BBox, OutputDocument, PageInfo, Source, DocWarning
from models.pagedata import Block, PageText, TableGrid
from pipeline import __version__
from pipeline.ingest import IngestResult, ingest
from pipeline.logcapture import capture_library_logs
from pipeline.ocr_pool import OcrPool
from models.options import ConvertOptions

T = TypeVar("T")


@dataclass
class PageLayout:
    """What the stages up to layout made of a document (:meth:`Converter.layout`):
    its pages, their warnings, the table grids found on each page and the
    blocks in reading order."""

    pages: list[PageText]
    warnings: list[DocWarning]
    grids: dict[int, list[TableGrid]]
    blocks: list[Block]


@dataclass
class Converter:
    """Reusable per process: holds the rule-based spaCy matchers (the
    classifier's cues, the amount finder), which are built once and reused
    for every document, also by the per-file children a batch forks after
    building it."""

    classifier: Classifier = field(default_factory=Classifier)
    amount_finder: text_amounts.AmountFinder = field(default_factory=text_amounts.default_finder)

    def convert(self, path: Path, options: ConvertOptions = ConvertOptions()) -> OutputDocument:
        path = Path(path)
        with tempfile.TemporaryDirectory(prefix="plandigit-") as work, \
                capture_library_logs(options.verbose) as log:
            doc = _ingested(path, options, Path(work),
                            lambda info, fallback: self._convert(path, info, options, fallback))
        summary = log.summary()
        if summary:
            doc.warnings.append(DocWarning(code=WarningCode.PDF_LIBRARY_MESSAGES, message=summary))
        return doc.validated()

    def layout_of(self, path: Path, options: ConvertOptions = ConvertOptions(),
                  ocr_runner: Callable[[Path, ConvertOptions], OcrRunner] = OcrPool) -> PageLayout:
        """Ingest ``path`` and run the stages up to layout, as :meth:`convert`
        does (what ``plandigit debug`` draws)."""
        with tempfile.TemporaryDirectory(prefix="plandigit-") as work, capture_library_logs(options.verbose):
            return _ingested(Path(path), options, Path(work),
                             lambda info, fallback: self.layout(info, options, fallback, ocr_runner))

    def layout(self, info: IngestResult, options: ConvertOptions, whole_file_fallback: bool = True,
               ocr_runner: Callable[[Path, ConvertOptions], OcrRunner] = OcrPool) -> PageLayout:
        """The stages up to layout: page source (text layer or OCR per page) →
        tables per page → blocks in reading order (``whole_file_fallback``: see
        :func:`extractors.pages.page_source.read_layers`; ``ocr_runner``: who
        OCRs the pages that need it, see :func:`~extractors.pages.page_source.load_pages`)."""
        pages, warnings = load_pages(info.source, options, unreadable=info.unreadable_pages, ocr_runner=ocr_runner,
                                     whole_file_fallback=whole_file_fallback)
        grids = {p.number: tables.find_tables(p) for p in pages}
        blocks = build_blocks(pages, grids, starts_block=self.classifier.cues.opens_item)
        return PageLayout(pages=pages, warnings=list(warnings), grids=grids, blocks=blocks)

    def _convert(self, path: Path, info: IngestResult, options: ConvertOptions,
                 whole_file_fallback: bool = True) -> OutputDocument:
        laid = self.layout(info, options, whole_file_fallback)
        pages, grids, blocks = laid.pages, laid.grids, laid.blocks
        warnings = ingest_warnings(info) + laid.warnings
        doc = OutputDocument(
            pipeline_version=__version__,
            source=Source(file=path.name, sha256=info.sha256, pages=info.pages, size_bytes=info.size_bytes),
            document=document_info(pages),
            page_info=[page_info(p) for p in pages],
            warnings=list(warnings),
        )
        result = self.classifier.classify(blocks, {p.number: p.height for p in pages})
        doc.sections, doc.items, doc.tables = result.sections, result.items, result.tables
        doc.toc = result.toc
        doc.amounts = text_amounts_of(blocks, self.amount_finder)
        tolerance = Decimal(str(options.sum_tolerance))
        ocr_pages = {p.number for p in pages if p.source == "ocr"}
        doc.warnings.extend(repair_tables(doc.tables, ocr_pages, tolerance))
        for table in doc.tables:
            doc.warnings.extend(checks.check_table(table, tolerance))
        doc.warnings.extend(_table_warnings(doc))
        doc.warnings.extend(table_doubts(doc.tables))
        doc.warnings.extend(low_confidence_cells(doc.tables, {p.number: p for p in pages}))
        to_displayed_pages(doc, pages)
        return doc


def _ingested(path: Path, options: ConvertOptions, work: Path,
              stages: Callable[[IngestResult, bool], T]) -> T:
    """``stages(info, whole_file_fallback)`` run on the ingested ``path``.
    Pages pdfminer fails on are read by pdfium
    (:func:`extractors.pages.page_source.read_layers`); but when pdfium and
    qpdf found the file sound and pdfminer cannot read it at all, the stages
    run again on qpdf's rewrite, whose pages pdfium reads when pdfminer still
    cannot."""
    info = ingest(path, options, work)
    try:
        return stages(info, info.readable is not None)
    except Exception as exc:  # noqa: BLE001 - the text layer reader failed on the whole file
        if info.readable is not None or classify_exception(exc)[0] != CorruptError.error_class:
            raise
        info = ingest(path, options, work, force_repair=True)
        return stages(info, True)


def page_info(page: PageText) -> PageInfo:
    """A page's facts; its size as the PDF displays it (a page OCR'd turned
    is measured in the turned frame until the output)."""
    width, height = turned_size(page.width, page.height, page.turn)
    return PageInfo(page=page.number, width=width, height=height, text_source=page.source, reason=page.reason,
                    ocr_confidence=page.ocr_confidence, image_dpi=page.image_dpi, ocr_dpi=page.ocr_dpi,
                    ocr_rotation=page.turn if page.source == "ocr" else None)


def to_displayed_pages(doc: OutputDocument, pages: list[PageText]) -> None:
    """Map the boxes found on pages OCR'd turned (``PageText.turn``) back to
    the page as the PDF displays it, in place: every box of the output
    refers to the displayed page (the contract's :class:`BBox`)."""
    frames = {p.number: (p.turn, *turned_size(p.width, p.height, p.turn)) for p in pages if p.turn}
    if not frames:
        return

    def mapped(box: Optional[BBox], page: Optional[int]) -> Optional[BBox]:
        if box is None or page not in frames:
            return box
        turn, width, height = frames[page]
        x0, top, x1, bottom = unturn_box((box.x0, box.top, box.x1, box.bottom), turn, width, height)
        return BBox(x0=round(x0, 2), top=round(top, 2), x1=round(x1, 2), bottom=round(bottom, 2))

    for section in doc.sections:
        section.bbox = mapped(section.bbox, section.page)
    for item in doc.items:
        item.bbox = mapped(item.bbox, item.page)
    for amount in doc.amounts:
        amount.bbox = mapped(amount.bbox, amount.page)
    for table in doc.tables:
        table.bbox = mapped(table.bbox, table.page)
        for row in table.rows:
            row_page = row.page or table.page
            row.bbox = mapped(row.bbox, row_page)
            for cell in row.cells:
                cell.bbox = mapped(cell.bbox, cell.page or row_page)


def ingest_warnings(info: IngestResult) -> list[DocWarning]:
    """``repaired`` when qpdf's repaired copy was converted."""
    return [DocWarning(code=WarningCode.REPAIRED, message=info.repaired)] if info.repaired else []


def text_amounts_of(blocks: list[Block], finder: Optional[text_amounts.AmountFinder] = None) -> list[Amount]:
    """Money amounts in running text (paragraphs, list items, headings)."""
    finder = finder or text_amounts.default_finder()
    out: list[Amount] = []
    for b in blocks:
        if b.kind in ("table", "toc") or not b.text:
            continue
        for a in finder.find(b.text):
            out.append(
                Amount(raw=a.raw, value_mnkr=float(a.value_mnkr), page=b.page, context=a.sentence,
                       bbox=_bbox_of(a.raw, b))
            )
    return out


def _bbox_of(raw: str, block: Block) -> Optional[BBox]:
    """The box of the printed amount: the words of the block's lines that
    spell its first token (falls back to the block's box)."""
    first = raw.split()[0] if raw.split() else raw
    for ln in block.lines:
        for i, w in enumerate(ln.words):
            if w.text.strip("(),.") == first.strip("(),."):
                n = len(raw.split())
                return BBox.union([x.bbox for x in ln.words[i : i + n]])
    return block.bbox


_NOT_MONEY_UNIT = re.compile(r"%|\b(st|sek|sekunder|tim|timmar|procent|dagar)\b", re.I)


def _table_warnings(doc: OutputDocument) -> list[DocWarning]:
    """Money cells whose text looks numeric but did not parse (a number that is
    deliberately not money — a percentage, a count — is no warning)."""
    out: list[DocWarning] = []
    for t in doc.tables:
        if t.unit is None:
            continue
        for row in t.rows:
            for cell in row.cells:
                raw = cell.raw.strip()
                if cell.value_mnkr is not None or not raw or amounts.parse_number(raw) is not None:
                    continue
                if _NOT_MONEY_UNIT.search(raw) or not amounts.is_money_context(cell.column, row.label, t.title or ""):
                    continue
                digits = sum(c.isdigit() for c in raw)
                if digits and digits >= len(raw.replace(" ", "")) * 0.6:
                    out.append(DocWarning(code=WarningCode.UNPARSED_NUMBER, table=t.id, page=cell.page or t.page,
                                       row=row.label, column=cell.column, original=raw,
                                       message=f"'{raw}' in {t.title or t.id}, row '{row.label}', "
                                               f"column '{cell.column}' looks like a number but was not parsed"))
    return out


def convert_pdf(path: Path, options: ConvertOptions = ConvertOptions(),
                converter: Optional[Converter] = None) -> OutputDocument:
    """Convert one PDF into the contract document. Raises
    :class:`models.errors.PlandigitError` subclasses for inputs that cannot be
    converted."""
    return (converter or Converter()).convert(path, options)


__all__ = ["Converter", "PageLayout", "convert_pdf", "text_amounts_of", "PageText"]
