"""Stage orchestration for one PDF.

ingest (hash, pages) → page source (text layer or OCR per page) → tables per
page → layout (reading order, furniture, hyphenation, headings, blocks) →
classify (sections, items, tables) → amounts in running text → table
arithmetic checks → :class:`models.contract.OutputDocument` (validated by
pydantic on construction).
"""

from __future__ import annotations

import re
import tempfile

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Optional

from extractors import tables
from extractors.money import amounts
from extractors.validate import checks
from extractors.money import text_amounts
from extractors.validate.cell_confidence import low_confidence_cells
from extractors.interpret.classify import Classifier
from extractors.layout.blocks import build_blocks
from extractors.interpret.metadata import document_info
from extractors.pages.page_source import load_pages
from extractors.validate.arithmetic_repair import repair_tables
from extractors.validate.table_doubts import table_doubts
from models.errors import CorruptError, classify_exception
from models.contract import Amount, BBox, OutputDocument, PageInfo, Source, Warning
from models.pagedata import Block, PageText
from pipeline import __version__
from pipeline.ingest import IngestResult, ingest
from pipeline.logcapture import capture_library_logs
from pipeline.ocr_pool import OcrPool
from models.options import ConvertOptions


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
            info = ingest(path, options, Path(work))
            try:  # pages pdfminer fails on are read by pdfium (extractors.pages.page_source.read_layers)
                doc = self._convert(path, info, options, whole_file_fallback=info.readable is not None)
            except Exception as exc:  # noqa: BLE001 - the text layer reader failed on the whole file
                if info.readable is not None or classify_exception(exc)[0] != CorruptError.error_class:
                    raise
                # pdfium and qpdf found it sound but pdfminer cannot read it: convert qpdf's rewrite,
                # whose pages pdfium reads when pdfminer still cannot
                info = ingest(path, options, Path(work), force_repair=True)
                doc = self._convert(path, info, options)
        summary = log.summary()
        if summary:
            doc.warnings.append(Warning(code="pdf_library_messages", message=summary))
        return doc

    def _convert(self, path: Path, info: IngestResult, options: ConvertOptions,
                 whole_file_fallback: bool = True) -> OutputDocument:
        pages, warnings = load_pages(info.source, options, unreadable=info.unreadable_pages, ocr_runner=OcrPool,
                                     whole_file_fallback=whole_file_fallback)
        warnings = ingest_warnings(info) + list(warnings)
        doc = OutputDocument(
            pipeline_version=__version__,
            source=Source(file=path.name, sha256=info.sha256, pages=info.pages, size_bytes=info.size_bytes),
            document=document_info(pages),
            page_info=[
                PageInfo(page=p.number, width=p.width, height=p.height, text_source=p.source, reason=p.reason,
                         ocr_confidence=p.ocr_confidence, image_dpi=p.image_dpi, ocr_dpi=p.ocr_dpi)
                for p in pages
            ],
            warnings=list(warnings),
        )
        grids = {p.number: tables.find_tables(p) for p in pages}
        blocks = build_blocks(pages, grids, starts_block=self.classifier.cues.opens_item)
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
        return doc


def ingest_warnings(info: IngestResult) -> list[Warning]:
    """``repaired`` when qpdf's repaired copy was converted."""
    return [Warning(code="repaired", message=info.repaired)] if info.repaired else []


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


def _table_warnings(doc: OutputDocument) -> list[Warning]:
    """Money cells whose text looks numeric but did not parse (a number that is
    deliberately not money — a percentage, a count — is no warning)."""
    out: list[Warning] = []
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
                    out.append(Warning(code="unparsed_number", table=t.id, page=cell.page or t.page,
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


__all__ = ["Converter", "convert_pdf", "text_amounts_of", "PageText"]
