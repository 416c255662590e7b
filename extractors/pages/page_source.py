"""Per-page choice of text source: the PDF's text layer or OCR.

Every page's text layer is read (pdfplumber) and judged by
:mod:`extractors.ocr.quality`; pages without a usable layer are OCR'd
(:mod:`extractors.ocr.recognise`: from the PDF's own page image of a scanned
page, else a rendering) by the runner the caller hands in: in this process
by default, over a process pool in the pipeline (:mod:`pipeline.ocr_pool`).
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Optional, Protocol

import pdfplumber
import pypdfium2 as pdfium

from extractors.pages import pdfium_layer
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
    """A page's text layer, the decision taken on it, the resolution of its
    largest raster image (None without images or when pdfium read the page)."""

    page: PageText
    decision: LayerDecision
    scan_dpi: Optional[float] = None
    # why pdfminer could not read the page when it was read another way
    # (pdfium's text page, or OCR), and pdfium's error when that failed too
    fallback: Optional[str] = None
    fallback_failed: Optional[str] = None


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
                on_ocr: Optional[Callable[[int, int], None]] = None,
                whole_file_fallback: bool = True) -> list[PageLayer]:
    """The text layer of every page with its keep/OCR decision.

    A page pdfplumber/pdfminer fails on is read from pdfium's text page
    (:mod:`extractors.pages.pdfium_layer`), or OCR'd when pdfium fails too or finds
    no usable text (unless ``--ocr never``); its layer records why
    (:attr:`PageLayer.fallback`).  When pdfplumber cannot even list the pages,
    every page takes that route, or, without ``whole_file_fallback``, the
    error is raised (for the caller to try qpdf's rewrite first).  A page
    listed in ``unreadable`` (page → reason: pdfium cannot load it) gets an
    empty layer with an :data:`UNREADABLE` decision and is not OCR'd.
    ``on_ocr(page, pages)`` is called as soon as a page is found to need OCR
    (so its OCR can start while the other pages are still read)."""
    out = []
    unreadable = dict(unreadable or {})
    with PdfiumPages(path, options.password) as other, _plumber_pages(path, options.password) as (pages, failure):
        if pages is None and not whole_file_fallback:
            raise failure
        total = len(pages) if pages is not None else other.count()
        for number in range(1, total + 1):
            page = pages[number - 1] if pages is not None else None
            layer, why = None, _message(failure) if failure is not None else ""
            try:
                if number in unreadable:
                    layer = unreadable_layer(page, number, unreadable[number])
                elif page is not None:
                    pt = page_text(page, number)
                    text = " ".join(w.text for w in pt.words)
                    layer = PageLayer(pt, decide(text, options.ocr, image_cover=image_cover(page)), scan_dpi(page))
            except (MemoryError, RecursionError):
                raise
            except Exception as exc:  # noqa: BLE001 - pdfminer failed on this page: another route
                why = _message(exc)
            finally:
                if page is not None:
                    page.close()
            if layer is None:
                layer = other.layer(number, options, why)
            out.append(layer)
            if on_ocr is not None and layer.decision.source == "ocr":
                on_ocr(number, total)
    if out and all(lay.decision.reason.startswith(UNREADABLE) for lay in out):
        first = out[0].decision.reason.removeprefix(f"{UNREADABLE}: ")
        raise CorruptError(f"{Path(path).name}: no page can be read by any route (page 1: {first})")
    return out


def _message(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:200]


@contextmanager
def _plumber_pages(path: Path, password: Optional[str]):
    """pdfplumber's pages and None, or None and the error when pdfplumber
    cannot open the file or list its pages."""
    try:
        pdf = pdfplumber.open(str(path), password=password or "")
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer cannot read the file: pdfium may
        yield None, exc
        return
    try:
        pages = pdf.pages
    except (MemoryError, RecursionError):
        pdf.stream.close()
        raise
    except Exception as exc:  # noqa: BLE001 - e.g. a page box holding null, which pdfminer meets listing pages
        pdf.stream.close()  # not pdf.close(): it lists the pages again
        yield None, exc
        return
    try:
        yield pages, None
    finally:
        pdf.close()


class PdfiumPages:
    """The second route to a page's text: pdfium's text page, opened on first use."""

    def __init__(self, path: Path, password: Optional[str]):
        self.path, self.password = Path(path), password
        self.pdf: Optional[pdfium.PdfDocument] = None

    def __enter__(self) -> "PdfiumPages":
        return self

    def __exit__(self, *exc) -> None:
        if self.pdf is not None:
            self.pdf.close()

    def _open(self) -> pdfium.PdfDocument:
        if self.pdf is None:
            self.pdf = pdfium.PdfDocument(str(self.path), password=self.password)
        return self.pdf

    def count(self) -> int:
        return len(self._open())

    def _size(self, number: int) -> tuple[float, float]:
        try:
            return self._open().get_page_size(number - 1)
        except Exception:  # noqa: BLE001 - the page box may be what is damaged
            return 0.0, 0.0

    def layer(self, number: int, options: ConvertOptions, why: str) -> PageLayer:
        """Page ``number`` read by pdfium because pdfminer could not (``why``):
        its text page, or OCR when pdfium fails too (the page is
        unreadable under ``--ocr never``)."""
        try:
            read = pdfium_layer.read_page(self._open(), number)
        except (MemoryError, RecursionError):
            raise
        except Exception as exc:  # noqa: BLE001 - pdfium cannot read it either: OCR, or nothing
            both = f"pdfminer: {why}; pdfium: {_message(exc)}"
            empty = _empty(number, *self._size(number))
            if options.ocr == "never":
                return PageLayer(empty, LayerDecision("pdf", f"{UNREADABLE}: {both}"))
            return PageLayer(empty, LayerDecision("ocr", f"no text layer can be read ({both})"),
                             fallback=why, fallback_failed=_message(exc))
        text = " ".join(w.text for w in read.page.words)
        return PageLayer(read.page, decide(text, options.ocr, image_cover=read.image_cover), fallback=why)


UNREADABLE = "page unreadable"


def _empty(number: int, width: float, height: float) -> PageText:
    return PageText(number=number, width=width, height=height, words=[], rulings=[], source="pdf")


class OcrRunner(Protocol):
    """What :func:`load_pages` hands the pages needing OCR to."""

    def __enter__(self) -> "OcrRunner": ...
    def __exit__(self, *exc) -> None: ...
    def submit(self, number: int, pages: int) -> None: ...
    def results(self) -> dict[int, OcrPage]: ...


def unreadable_layer(page: Optional["pdfplumber.page.Page"], number: int, why: str) -> PageLayer:
    """An empty layer for a page that cannot be read, kept from OCR."""
    try:
        width, height = float(page.width), float(page.height)
    except Exception:  # noqa: BLE001 - no page, or the page box itself may be what is damaged
        width, height = 0.0, 0.0
    return PageLayer(_empty(number, width, height), LayerDecision(source="pdf", reason=f"{UNREADABLE}: {why}"))


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
    if layer.fallback is not None:
        out.append(fallback_warning(layer, ocr is not None))
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
    if ocr.page.turn:
        out.append(DocWarning(code=WarningCode.PAGE_TURNED, page=n, found=float(ocr.page.turn),
                           message=f"page {n} lay turned in the PDF and was turned {ocr.page.turn}° clockwise "
                                   f"to be read (boxes still refer to the page as displayed)"))
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


def fallback_warning(layer: PageLayer, ocred: bool) -> DocWarning:
    """What a page pdfminer could not read was read with instead, and why."""
    n = layer.page.number
    said = f"pdfminer cannot read the text layer of page {n} ({layer.fallback})"
    if not ocred:
        route = "read from pdfium's text page instead (characters, fonts and rulings as pdfium reports them)"
    elif layer.fallback_failed is not None:
        route = f"pdfium's text page failed too ({layer.fallback_failed}); OCR'd from pdfium's rendering"
    else:
        route = f"read from pdfium's text page, then OCR'd from pdfium's rendering ({layer.decision.reason})"
    return DocWarning(code=WarningCode.TEXT_LAYER_FALLBACK, page=n, message=f"{said}; {route}")


def load_pages(path: Path, options: ConvertOptions, unreadable: Optional[dict[int, str]] = None,
               ocr_runner: Callable[[Path, ConvertOptions], "OcrRunner"] = InProcessOcr,
               whole_file_fallback: bool = True) -> tuple[list[PageText], list[DocWarning]]:
    """All pages of ``path`` as :class:`PageText`, and warnings about them
    (``whole_file_fallback``: see :func:`read_layers`).

    Raises :class:`extractors.ocr.tesseract.OcrUnavailable` when pages need OCR and
    Tesseract is missing, :class:`extractors.ocr.render.PageTooLarge` when a page
    would render beyond ``options.max_page_pixels``.  ``ocr_runner`` makes
    the object the pages needing OCR are handed to (``submit``, ``results``,
    a context manager): by default this process, one page after the other.
    """
    path = Path(path)
    with ocr_runner(path, options) as runner:
        layers = read_layers(path, options, unreadable, on_ocr=runner.submit,
                             whole_file_fallback=whole_file_fallback)
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
