"""Per-page choice of text source: the PDF's text layer or OCR.

Every page's text layer is read (pdfplumber) and judged by
:mod:`extractors.ocr.quality`; pages without a usable layer are OCR'd
(:mod:`extractors.ocr.recognise`: from the PDF's own page image of a scanned
page, else a rendering) by the runner the caller hands in: in this process
by default, over a process pool in the pipeline (:mod:`pipeline.ocr_pool`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Optional, Protocol

import pdfplumber

from extractors.ocr.recognise import OcrPage, ocr_pdf_page
from extractors.ocr.tesseract import ensure_tesseract
from extractors.pages.text_layer import page_text
from extractors.ocr.quality import LayerDecision, decide
from models.codes import WarningCode
from models.contract import DocWarning
from models.errors import CorruptError
from models.pagedata import PageText
from models.options import ConvertOptions

# pages whose mean OCR confidence is below this get a warning
LOW_CONFIDENCE = 60.0


@dataclass(frozen=True)
class PageLayer:
    """A page's text layer, the decision taken on it, and the resolution of
    its largest raster image (None without images)."""

    page: PageText
    decision: LayerDecision
    scan_dpi: Optional[float] = None


def scan_dpi(page: "pdfplumber.page.Page") -> Optional[float]:
    """Horizontal resolution of the largest image drawn on the page."""
    best: Optional[tuple[float, float]] = None
    for im in page.images:
        width_pt = float(im["x1"]) - float(im["x0"])
        area = width_pt * (float(im["bottom"]) - float(im["top"]))
        src = im.get("srcsize") or (0, 0)
        if width_pt > 0 and src[0] and (best is None or area > best[0]):
            best = (area, float(src[0]) / (width_pt / 72.0))
    return best[1] if best else None


def image_cover(page: "pdfplumber.page.Page") -> float:
    """Share (0..1) of the page area covered by raster images."""
    area = float(page.width) * float(page.height)
    if area <= 0:
        return 0.0
    covered = 0.0
    for im in page.images:
        x0, x1 = max(float(im["x0"]), 0.0), min(float(im["x1"]), float(page.width))
        t, b = max(float(im["top"]), 0.0), min(float(im["bottom"]), float(page.height))
        if x1 > x0 and b > t:
            covered += (x1 - x0) * (b - t)
    return min(covered / area, 1.0)


def read_layers(path: Path, options: ConvertOptions, unreadable: Optional[dict[int, str]] = None,
                on_ocr: Optional[Callable[[int, int], None]] = None) -> list[PageLayer]:
    """The text layer of every page with its keep/OCR decision.  A page the
    text layer reader fails on, or listed in ``unreadable`` (page → reason),
    gets an empty layer with an :data:`UNREADABLE` decision and is not OCR'd.
    ``on_ocr(page, pages)`` is called as soon as a page is found to need OCR
    (so its OCR can start while the other pages are still read)."""
    out = []
    unreadable = dict(unreadable or {})
    with pdfplumber.open(str(path), password=options.password or "") as pdf:
        total = len(pdf.pages)
        for number, page in enumerate(pdf.pages, start=1):
            try:
                if number not in unreadable:
                    pt = page_text(page, number)
                    text = " ".join(w.text for w in pt.words)
                    decision = decide(text, options.ocr, image_cover=image_cover(page))
                    out.append(PageLayer(pt, decision, scan_dpi(page)))
            except (MemoryError, RecursionError):
                raise
            except Exception as exc:  # noqa: BLE001 - a damaged page: skip it, keep the others
                unreadable[number] = f"{type(exc).__name__}: {exc}"[:200]
            finally:
                page.close()
            if number in unreadable:
                out.append(unreadable_layer(page, number, unreadable[number]))
            elif on_ocr is not None and out[-1].decision.source == "ocr":
                on_ocr(number, total)
    if out and all(lay.decision.reason.startswith(UNREADABLE) for lay in out):
        raise CorruptError(f"{Path(path).name}: no page can be read (page 1: {unreadable[1]})")
    return out


UNREADABLE = "page unreadable"


class OcrRunner(Protocol):
    """What :func:`load_pages` hands the pages needing OCR to."""

    def __enter__(self) -> "OcrRunner": ...
    def __exit__(self, *exc) -> None: ...
    def submit(self, number: int, pages: int) -> None: ...
    def results(self) -> dict[int, OcrPage]: ...


def unreadable_layer(page: "pdfplumber.page.Page", number: int, why: str) -> PageLayer:
    """An empty layer for a page that cannot be read, kept from OCR."""
    try:
        width, height = float(page.width), float(page.height)
    except Exception:  # noqa: BLE001 - the page box itself may be what is damaged
        width, height = 0.0, 0.0
    empty = PageText(number=number, width=width, height=height, words=[], rulings=[], source="pdf")
    return PageLayer(empty, LayerDecision(source="pdf", reason=f"{UNREADABLE}: {why}"))


class InProcessOcr:
    """OCR of the pages handed to :meth:`submit`, one after the other in this
    process, after the text layers are read.  The page source's default; the
    pipeline hands :func:`load_pages` a process pool instead
    (:class:`pipeline.ocr_pool.OcrPool`)."""

    def __init__(self, path: Path, options: ConvertOptions):
        self.path = Path(path)
        self.options = options
        self.numbers: list[int] = []

    def __enter__(self) -> "InProcessOcr":
        return self

    def __exit__(self, *exc) -> None:
        return None

    def submit(self, number: int, pages: int) -> None:
        """Queue 1-based page ``number`` of a document of ``pages`` pages."""
        if not self.numbers:
            ensure_tesseract(self.options.lang)
        self.numbers.append(number)

    def results(self) -> dict[int, OcrPage]:
        """Every queued page's OCR, by page number."""
        kwargs = ocr_kwargs(self.options)
        return {n: ocr_pdf_page(self.path, n, **kwargs) for n in self.numbers}


def ocr_kwargs(options: ConvertOptions) -> dict:
    """The options :func:`extractors.ocr.recognise.ocr_pdf_page` takes."""
    return dict(dpi=options.dpi, lang=options.lang, timeout=options.page_timeout,
                max_pixels=options.max_page_pixels, password=options.password, enlarge=options.ocr_enlarge)


_PAGE_OF = re.compile(r"^\d+\(?\d+\)?$")


def restore_page_numbers(page: PageText, total: int) -> PageText:
    """Page numbers printed "n(N)" in a header or footer that OCR broke into
    "nN)" or "n(N": restored when N is the document's page count."""
    tail = str(total)
    margin = 0.12 * page.height
    words = []
    for w in page.words:
        t = w.text
        in_margin = w.bottom < margin or w.top > page.height - margin
        if in_margin and _PAGE_OF.match(t) and ("(" in t) != (")" in t):
            digits = re.sub(r"\D", "", t)
            if digits.endswith(tail) and len(digits) > len(tail):
                w = replace(w, text=f"{digits[: -len(tail)]}({tail})")
        words.append(w)
    return replace(page, words=words)


def page_warnings(layer: PageLayer, ocr: OcrPage | None) -> list[DocWarning]:
    """The warnings one page contributes."""
    n = layer.page.number
    d = layer.decision
    out: list[DocWarning] = []
    if d.reason.startswith(UNREADABLE):
        return [DocWarning(code=WarningCode.PAGE_UNREADABLE, page=n, message=f"page {n} was skipped: {d.reason}")]
    if ocr is None:
        if not layer.page.words:
            out.append(DocWarning(code=WarningCode.NO_TEXT_LAYER, page=n, message=f"page {n} has no text layer ({d.reason})"))
        return out
    if d.replaced_layer:
        out.append(
            DocWarning(code=WarningCode.TEXT_LAYER_REPLACED, page=n, message=f"text layer of page {n} replaced by OCR: {d.reason}")
        )
    conf = ocr.page.ocr_confidence
    conf_text = "no words recognised" if conf is None else f"mean confidence {conf:.0f}"
    skew = f", deskewed {ocr.skew:+.1f}°" if ocr.skew else ""
    second = f"; {ocr.recovered} words read in a second pass over ink the page layout skipped or doubted" if ocr.recovered else ""
    out.append(DocWarning(code=WarningCode.OCR_PAGE, page=n, message=f"page {n} was OCR'd ({d.reason}); {conf_text}{skew}{second}"))
    if ocr.error:
        out.append(DocWarning(code=WarningCode.OCR_FAILED, page=n, message=f"OCR of page {n} failed: {ocr.error}"))
    if conf is not None and conf < LOW_CONFIDENCE:
        out.append(
            DocWarning(
                code=WarningCode.LOW_OCR_CONFIDENCE,
                page=n,
                message=f"mean OCR confidence of page {n} is {conf:.0f} (< {LOW_CONFIDENCE:.0f}); check the values",
                found=conf,
            )
        )
    return out


def load_pages(path: Path, options: ConvertOptions, unreadable: Optional[dict[int, str]] = None,
               ocr_runner: Callable[[Path, ConvertOptions], "OcrRunner"] = InProcessOcr,
               ) -> tuple[list[PageText], list[DocWarning]]:
    """All pages of ``path`` as :class:`PageText`, and warnings about them.

    Raises :class:`extractors.ocr.tesseract.OcrUnavailable` when pages need OCR and
    Tesseract is missing, :class:`extractors.ocr.render.PageTooLarge` when a page
    would render beyond ``options.max_page_pixels``.  ``ocr_runner`` makes
    the object the pages needing OCR are handed to (``submit``, ``results``,
    a context manager): by default this process, one page after the other.
    """
    path = Path(path)
    with ocr_runner(path, options) as runner:
        layers = read_layers(path, options, unreadable, on_ocr=runner.submit)
        ocr = runner.results()
    pages: list[PageText] = []
    warnings: list[DocWarning] = []
    for lay in layers:
        result = ocr.get(lay.page.number)
        if result is None:
            pages.append(replace(lay.page, source="pdf", reason=lay.decision.reason))
        else:
            pages.append(replace(restore_page_numbers(result.page, len(layers)), reason=lay.decision.reason))
        warnings += page_warnings(lay, result)
    return pages, warnings
