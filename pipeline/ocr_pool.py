"""The OCR page pool: pages that need OCR are read in parallel over
``options.jobs`` worker processes.  Each worker reads its own page image, so
at most ``jobs`` page images exist at a time, and the workers hold only the
OCR modules (they start from a fork server that imported
:mod:`extractors.ocr.recognise` and nothing of the caller).

:func:`extractors.pages.page_source.load_pages` takes :class:`OcrPool` as its
``ocr_runner``; the page source itself runs OCR in-process.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterable, Optional

from extractors.ocr.recognise import OcrPage, ocr_pdf_page
from extractors.ocr.tesseract import ensure_tesseract
from extractors.pages.page_source import ocr_kwargs
from models.options import ConvertOptions


def worker_count(options: ConvertOptions, pages: int) -> int:
    """Processes to use: ``options.jobs`` (≤ 0 means one per core), never more
    than there are pages."""
    jobs = options.jobs if options.jobs > 0 else (os.cpu_count() or 1)
    return max(1, min(jobs, pages))


def _pool_context() -> multiprocessing.context.BaseContext:
    """Workers that hold only the OCR modules: started from a fork server
    that imported :mod:`extractors.ocr.recognise` and nothing of the caller
    (a forked copy of a converting process would carry its whole memory), or
    spawned where there is no fork server."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["extractors.ocr.recognise"])
    return ctx


class OcrPool:
    """OCR of the pages handed to :meth:`submit`, started at once on a pool
    of ``options.jobs`` worker processes (one per page at a time; in this
    process after the text layers are read when there is one job)."""

    def __init__(self, path: Path, options: ConvertOptions):
        self.path = Path(path)
        self.options = options
        self.kwargs = ocr_kwargs(options)
        self.numbers: list[int] = []
        self.futures: dict = {}
        self.pool: Optional[ProcessPoolExecutor] = None
        self.workers = 0

    def __enter__(self) -> "OcrPool":
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, number: int, pages: int) -> None:
        """Queue 1-based page ``number`` of a document of ``pages`` pages."""
        if not self.numbers:
            ensure_tesseract(self.options.lang)
            self.workers = worker_count(self.options, pages)
        self.numbers.append(number)
        if self.workers > 1:
            if self.pool is None:
                self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=_pool_context())
            self.futures[number] = self.pool.submit(ocr_pdf_page, self.path, number, **self.kwargs)

    def results(self) -> dict[int, OcrPage]:
        """Every queued page's OCR, by page number."""
        if self.workers > 1:
            return {n: f.result() for n, f in self.futures.items()}
        return {n: ocr_pdf_page(self.path, n, **self.kwargs) for n in self.numbers}


def ocr_pages(path: Path, numbers: Iterable[int], options: ConvertOptions) -> dict[int, OcrPage]:
    """OCR the given 1-based pages, over a process pool when ``jobs`` > 1."""
    numbers = list(numbers)
    with OcrPool(path, options) as runner:
        for n in numbers:
            runner.submit(n, len(numbers))
        return runner.results()
