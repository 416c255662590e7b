"""The seam between the batch and whatever runs its files: one task per input,
``concurrent.futures``-style futures back.

The batch (:mod:`pipeline.batch`) plans, keeps the manifest and writes every
output; an :class:`Executor` only runs :func:`convert_task` somewhere — in
forked processes on this machine (:mod:`pipeline.executors.local`) or on a
Dask cluster (:mod:`pipeline.executors.dask`) — and hands back a
:class:`FileResult` per task.  Workers read the input by path and return the
JSON (and table CSV) *text*; nothing on the worker side writes into the output
folder, so the output folder needs to exist only where the batch runs.

The batch reads a done future through :meth:`Executor.outcome`: a
:class:`FileResult` (a failure is a result with an ``error_class``), or
``None`` for a task stopped by :meth:`Executor.stop` before it delivered
anything.
"""

from __future__ import annotations

import concurrent.futures as cf
import os
import socket
import time
import traceback
from abc import ABC, abstractmethod
from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Optional

from models.contract import OutputDocument
from models.codes import ErrorClass
from models.errors import classify_exception
from models.options import ConvertOptions
from pipeline.output import table_csv_path

ConvertFn = Callable[[Path, ConvertOptions], OutputDocument]


def default_convert() -> ConvertFn:
    """The pipeline's conversion, built once per process that forks the
    per-file children (the batch, or a Dask worker), so that every child
    inherits it warm (modules imported, spaCy matchers built)."""
    from pipeline import convert as convert_module

    factory = getattr(convert_module, "Converter", None)
    return factory().convert if factory is not None else convert_module.convert_pdf


@dataclass(frozen=True)
class FileTask:
    """One input to convert.  ``path`` is absolute (not resolved: the document
    names its source by ``path.name``), as every worker must see it."""

    index: int
    path: Path
    output: PurePosixPath  # JSON path relative to the output folder
    options: ConvertOptions
    tables_csv: bool


@dataclass(frozen=True)
class FileResult:
    ok: bool
    json_text: Optional[str] = None
    csv_texts: tuple[tuple[str, str], ...] = ()  # (CSV path relative to the output folder, text)
    sha256: Optional[str] = None  # of the bytes converted (the file may change after planning)
    pages: Optional[int] = None
    size_bytes: Optional[int] = None
    warnings: int = 0
    # what an operator needs to tell why a file took long: pages per text source
    # (("ocr", 26), ("pdf", 2)) and warnings per code (("repaired", 1), ...)
    text_sources: tuple[tuple[str, int], ...] = ()
    warning_codes: tuple[tuple[str, int], ...] = ()
    error_class: Optional[str] = None
    error: Optional[str] = None
    traceback: Optional[str] = None
    seconds: float = 0.0  # spent on the file where it ran (not waiting in a queue)


def failure(error_class: str, error: str, seconds: float = 0.0) -> FileResult:
    return FileResult(ok=False, error_class=error_class, error=error, seconds=seconds)


def convert_task(task: FileTask, convert: ConvertFn) -> FileResult:
    """Convert one input into its JSON text (and CSV texts); exceptions of the
    conversion become failed results (``MemoryError`` propagates: the caller
    knows the memory limit)."""
    started = time.monotonic()
    try:
        doc = convert(task.path, task.options)
        csvs: list[tuple[str, str]] = []
        if task.tables_csv:
            for table in doc.tables:
                csvs.append((str(table_csv_path(task.output, table.id)), table.to_frame().to_csv()))
        return FileResult(ok=True, json_text=doc.to_json(), csv_texts=tuple(csvs), sha256=doc.source.sha256,
                          pages=doc.source.pages, size_bytes=doc.source.size_bytes, warnings=len(doc.warnings),
                          text_sources=_counts(p.text_source for p in doc.page_info),
                          warning_codes=_counts(w.code for w in doc.warnings),
                          seconds=round(time.monotonic() - started, 3))
    except MemoryError:
        raise
    except OSError as exc:
        if exc.filename is None or os.fspath(exc.filename) != os.fspath(task.path):
            return _failed_conversion(exc, started)
        # the input itself cannot be opened here (e.g. a worker without the shared storage)
        return failure(ErrorClass.UNREADABLE, f"{task.path.name}: cannot read on {socket.gethostname()} "
                                   f"({exc.strerror or exc})", round(time.monotonic() - started, 3))
    except Exception as exc:  # noqa: BLE001 - isolation is the point
        return _failed_conversion(exc, started)


def _counts(values: Iterable[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(Counter(values).items()))


def _failed_conversion(exc: Exception, started: float) -> FileResult:
    error_class, message = classify_exception(exc)
    tb = "".join(traceback.format_exception(exc)) if error_class == ErrorClass.INTERNAL_ERROR else None
    return FileResult(ok=False, error_class=error_class, error=message, traceback=tb,
                      seconds=round(time.monotonic() - started, 3))


@dataclass(frozen=True)
class ExecutorSettings:
    """What every executor is told: how many files at once, the per-file
    limits it must enforce where the file runs, where the cluster is."""

    jobs: int = 1  # files at once (local processes; workers of a LocalCluster)
    timeout: Optional[float] = None  # seconds per file
    max_memory_mb: Optional[int] = None  # address-space limit of the process converting one file
    scheduler: Optional[str] = None  # address of a running Dask scheduler
    scheduler_timeout: float = 10.0  # seconds to reach it before the run fails (exit 2)
    tls: Optional["TlsFiles"] = None  # the client's TLS files for a tls:// scheduler


@dataclass(frozen=True)
class TlsFiles:
    """PEM files the client presents to a ``tls://`` Dask scheduler (mutual
    TLS); ``None`` fields fall back to Dask's configuration
    (``distributed.comm.tls.ca-file``, ``.client.cert``, ``.client.key``)."""

    ca_file: Optional[str] = None  # the CA that signed the scheduler's and workers' certificates
    cert: Optional[str] = None  # the client's certificate (may hold the key too)
    key: Optional[str] = None  # the client's private key


class ExecutorUnavailable(RuntimeError):
    """The executor cannot start: a missing optional dependency, an unreachable scheduler."""


class Executor(ABC):
    """Runs :class:`FileTask` s; used as a context manager by the batch."""

    name: str = "?"

    def __enter__(self) -> "Executor":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    @abstractmethod
    def capacity(self) -> int:
        """How many tasks the batch should keep submitted at once."""

    def check(self) -> None:
        """Raise :class:`ExecutorUnavailable` when the executor can no longer
        finish the tasks it holds (called while the batch waits for them)."""

    @abstractmethod
    def submit(self, task: FileTask) -> "cf.Future[Optional[FileResult]]":
        """Start ``task``; read its done future with :meth:`outcome`."""

    @abstractmethod
    def stop(self, futures: list[cf.Future]) -> None:
        """Stop the tasks of ``futures`` that are still running or queued.
        Returns once each is done or cancelled; a task that had already
        delivered its result keeps it, the others resolve to ``None``."""

    def outcome(self, future: cf.Future) -> Optional[FileResult]:
        """The result of a done future: ``None`` if it was stopped before it
        delivered one; an error of the executor itself (not of the conversion,
        which :func:`convert_task` catches) is an ``internal_error`` of the file."""
        if future.cancelled():
            return None
        exc = future.exception()
        if exc is None:
            return future.result()
        return FileResult(ok=False, error_class=ErrorClass.INTERNAL_ERROR, error=f"{type(exc).__name__}: {exc}",
                          traceback="".join(traceback.format_exception(exc)))

    @abstractmethod
    def close(self) -> None:
        """Release processes and connections."""
