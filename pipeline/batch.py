"""Batch conversion: many inputs → one JSON each + ``manifest.json``, with error
isolation, per-file time limits, resumption and atomic output.

Each input that needs converting runs in its own forked worker process (one
process per file, like a pool with ``max_tasks_per_child=1``), so a hang, a
crash (segfault, ``os._exit``), a ``MemoryError`` or the kernel's OOM killer
fails that file alone: it is recorded as ``timeout`` / ``worker_crashed`` /
``out_of_memory`` and the batch goes on.  Workers write their JSON (and table
CSVs) themselves, atomically; the parent keeps the manifest, writing it
atomically as files finish (at most every :data:`MANIFEST_INTERVAL` seconds,
and at the end or on interruption), so an interrupted run keeps what finished.
Workers die with the parent (``PR_SET_PDEATHSIG``), so a killed run leaves no
process writing behind it.
"""

from __future__ import annotations

import ctypes
import faulthandler
import fnmatch
import os
import resource
import signal
import sys
import time
import traceback
from collections import deque
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from pathlib import Path, PurePosixPath
from typing import Callable, Optional, Protocol, Sequence

from models.contract import OutputDocument
from pipeline import __version__
from models.errors import (
    INTERNAL_ERROR,
    OUT_OF_MEMORY,
    TIMEOUT,
    UNREADABLE,
    WORKER_CRASHED,
    classify_exception,
)
from pipeline.ingest import sha256_file
from pipeline.manifest import (
    MANIFEST_NAME,
    Manifest,
    ManifestRecord,
    RunTotals,
    load_manifest,
    options_digest,
    write_manifest,
)
from models.options import ConvertOptions
from pipeline.output import (
    OutputFolderLock,
    atomic_write_text,
    output_paths,
    remove_quietly,
    remove_stale_temp_files,
    table_csv_path,
)

ConvertFn = Callable[[Path, ConvertOptions], OutputDocument]

MANIFEST_INTERVAL = 1.0  # seconds between manifest writes while files finish
STOP_POLL = 0.2  # seconds between checks for a stop request while workers run
_EXIT_OOM = 86  # a worker that cannot even report its MemoryError exits with this


class StopRequest:
    """Set (by a signal handler) to make a running batch stop at its next step:
    workers are killed, the manifest saved, and the result marked interrupted.
    A flag rather than an exception: an exception raised by a signal handler
    can land inside ``fork``'s hooks and be swallowed."""

    def __init__(self) -> None:
        self.signum: Optional[int] = None

    def set(self, signum: int) -> None:
        self.signum = signum

    @property
    def requested(self) -> bool:
        return self.signum is not None


@dataclass(frozen=True)
class InputFile:
    """One input PDF: its path, the folder or file it was found under, and its
    path relative to that root (the file name for a file argument)."""

    path: Path
    root: Path
    rel: PurePosixPath


@dataclass(frozen=True)
class BatchConfig:
    outdir: Path
    options: ConvertOptions = ConvertOptions()
    jobs: int = 1
    force: bool = False
    timeout: Optional[float] = 3600.0  # seconds per file; None = no limit
    max_memory_mb: Optional[int] = None  # address-space limit per worker; None = no limit
    tables_csv: bool = False


@dataclass
class BatchResult:
    """What a run did: its records (inputs of this run, sorted) and totals."""

    records: list[ManifestRecord]
    totals: RunTotals
    interrupted: bool = False
    signum: Optional[int] = None  # the signal that interrupted the run
    stale_temp_files: list[Path] = field(default_factory=list)
    manifest_problem: Optional[str] = None

    @property
    def failures(self) -> list[ManifestRecord]:
        return [r for r in self.records if r.status == "failed"]


class BatchObserver(Protocol):
    """Receives progress; the CLI's progress bar implements it."""

    def planned(self, total: int, to_convert: int) -> None: ...

    def finished(self, record: ManifestRecord) -> None: ...


# ---------------------------------------------------------------- discovery


def discover_inputs(paths: Sequence[Path], glob: str = "*.pdf", exclude: Sequence[Path] = ()) -> list[InputFile]:
    """Input files under ``paths``: files as given, folders searched recursively
    for names matching ``glob`` case-insensitively.  In folders, hidden names
    (``.x``, e.g. macOS ``._x.pdf`` copies), symlinked folders and the folders
    in ``exclude`` (the output folder) are passed over.  Duplicates are dropped;
    roots keep their order, files within a folder are sorted by relative path.  Raises
    ``FileNotFoundError`` for a missing path."""
    pattern = glob.casefold()
    skip = {Path(p).resolve() for p in exclude}
    found: list[InputFile] = []
    seen: set[Path] = set()
    for given in paths:
        given = Path(given)
        if given.is_dir():
            in_folder: list[InputFile] = []
            for folder, dirs, files in os.walk(given, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and (Path(folder) / d).resolve() not in skip)
                for name in sorted(files):
                    if not name.startswith(".") and fnmatch.fnmatchcase(name.casefold(), pattern):
                        path = Path(folder) / name
                        rel = PurePosixPath(path.relative_to(given).as_posix())
                        in_folder.append(InputFile(path=path, root=given, rel=rel))
            for item in sorted(in_folder, key=lambda f: str(f.rel)):
                _add(found, seen, item)
        elif given.exists():
            _add(found, seen, InputFile(path=given, root=given, rel=PurePosixPath(given.name)))
        else:
            raise FileNotFoundError(f"input not found: {given}")
    return found


def _add(found: list[InputFile], seen: set[Path], item: InputFile) -> None:
    key = item.path.resolve()
    if key not in seen:
        seen.add(key)
        found.append(item)


# ---------------------------------------------------------------- worker side


@dataclass(frozen=True)
class _Task:
    index: int
    path: Path
    outdir: Path
    output: PurePosixPath
    options: ConvertOptions
    tables_csv: bool
    old_csvs: tuple[str, ...]


@dataclass(frozen=True)
class _WorkResult:
    ok: bool
    sha256: Optional[str] = None  # of the bytes converted (the file may change after planning)
    pages: Optional[int] = None
    size_bytes: Optional[int] = None
    warnings: int = 0
    tables_csv: tuple[str, ...] = ()
    error_class: Optional[str] = None
    error: Optional[str] = None
    traceback: Optional[str] = None


def convert_and_write(task: _Task, convert: ConvertFn) -> _WorkResult:
    """Convert one input and write its JSON (and CSVs); failures become results."""
    try:
        doc = convert(task.path, task.options)
        atomic_write_text(task.outdir / task.output, doc.to_json())
        csvs: list[str] = []
        if task.tables_csv:
            for table in doc.tables:
                rel = table_csv_path(task.output, table.id)
                atomic_write_text(task.outdir / rel, table.to_frame().to_csv())
                csvs.append(str(rel))
        remove_quietly(task.outdir / old for old in task.old_csvs if old not in csvs)
        return _WorkResult(ok=True, sha256=doc.source.sha256, pages=doc.source.pages, size_bytes=doc.source.size_bytes,
                           warnings=len(doc.warnings), tables_csv=tuple(csvs))
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - isolation is the point
        error_class, message = classify_exception(exc)
        tb = traceback.format_exc() if error_class == INTERNAL_ERROR else None
        return _WorkResult(ok=False, error_class=error_class, error=message, traceback=tb)


def _worker_main(conn: Connection, task: _Task, convert: ConvertFn, max_memory_mb: Optional[int],
                 parent_pid: int) -> None:
    try:
        os.setpgid(0, 0)  # own process group: a kill takes its OCR pool and Tesseract along
    except OSError:
        pass
    faulthandler.disable()  # a crash is reported in the manifest, not as a dump on the console
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides about Ctrl-C
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent_pid)
    if max_memory_mb:
        limit = max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        result = convert_and_write(task, convert)
    except MemoryError:
        try:
            result = _WorkResult(ok=False, error_class=OUT_OF_MEMORY,
                                 error="the conversion ran out of memory (MemoryError"
                                       + (f", limit {max_memory_mb} MB)" if max_memory_mb else ")"))
        except MemoryError:
            os._exit(_EXIT_OOM)
    conn.send(result)
    conn.close()


def _die_with_parent(parent_pid: int) -> None:
    """Ask Linux to SIGKILL this worker when the batch process dies."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def _crash_result(exitcode: Optional[int]) -> _WorkResult:
    if exitcode == _EXIT_OOM:
        return _WorkResult(ok=False, error_class=OUT_OF_MEMORY, error="the worker ran out of memory")
    if exitcode is not None and exitcode < 0:
        sig = -exitcode
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        if sig == signal.SIGKILL:
            return _WorkResult(ok=False, error_class=OUT_OF_MEMORY,
                               error="the worker was killed by SIGKILL (most likely the kernel's "
                                     "out-of-memory killer)")
        return _WorkResult(ok=False, error_class=WORKER_CRASHED, error=f"the worker crashed ({name})")
    return _WorkResult(ok=False, error_class=WORKER_CRASHED,
                       error=f"the worker exited with code {exitcode} without a result")


# ---------------------------------------------------------------- parent side


@dataclass
class _Running:
    task: _Task
    process: object
    conn: Connection
    started: float
    deadline: Optional[float]
    started_wall: float = 0.0  # time.time() at start: tells this run's outputs from older ones


def run_batch(inputs: Sequence[InputFile], config: BatchConfig, convert: Optional[ConvertFn] = None,
              observer: Optional[BatchObserver] = None, stop: Optional[StopRequest] = None) -> BatchResult:
    """Convert ``inputs`` into ``config.outdir``; see the module docstring.

    ``convert`` defaults to :func:`default_convert`; it runs in a forked
    worker, so any callable works (tests pass crashing ones).  Raises
    :class:`OutputLockedError` if another run holds the output folder.  When
    ``stop`` is set the run ends early with ``interrupted=True``; an exception
    (e.g. ``KeyboardInterrupt``) also stops the workers and saves the manifest
    before it propagates.
    """
    if convert is None:
        convert = default_convert()
    if config.tables_csv:
        import pandas  # noqa: F401 - for Table.to_frame, imported once before forking
    outdir = Path(config.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    with OutputFolderLock(outdir):
        return _Run(list(inputs), config, convert, observer, outdir, stop or StopRequest()).execute()


def default_convert() -> ConvertFn:
    """The pipeline's conversion, built once in the batch process so that every
    forked worker inherits it warm (modules imported, spaCy matchers built)."""
    from pipeline import convert as convert_module

    factory = getattr(convert_module, "Converter", None)
    return factory().convert if factory is not None else convert_module.convert_pdf


class _Run:
    """State of one run (kept off module level: no global mutable state)."""

    def __init__(self, inputs: list[InputFile], config: BatchConfig, convert: ConvertFn,
                 observer: Optional[BatchObserver], outdir: Path, stop: StopRequest):
        self.config = config
        self.stop = stop
        self.convert = convert
        self.observer = observer
        self.outdir = outdir
        self.manifest_path = outdir / MANIFEST_NAME
        self.digest = options_digest(config.options, config.tables_csv)
        ordered = sorted(inputs, key=lambda f: (str(f.rel), str(f.root)))
        self.inputs = ordered
        self.outputs = output_paths([f.rel for f in ordered])
        self.records: dict[str, ManifestRecord] = {}  # by output path, all runs
        self.run_records: dict[str, ManifestRecord] = {}  # this run's
        self.sha_by_index: dict[int, tuple[str, int]] = {}  # inputs to convert: sha256, size
        self.last_write = 0.0
        self.started = time.monotonic()
        self.started_at = _now()

    # -- planning

    def execute(self) -> BatchResult:
        stale = remove_stale_temp_files(self.outdir)
        manifest, problem = load_manifest(self.manifest_path, __version__)
        self.records = manifest.by_output()
        tasks = self._plan()
        interrupted = True
        try:
            self._convert_all(tasks)
            interrupted = self.stop.requested
        finally:
            if interrupted:
                remove_stale_temp_files(self.outdir)
            self._write_manifest(final=True, interrupted=interrupted)
        return BatchResult(records=self._sorted_run_records(), totals=self._totals(interrupted),
                           interrupted=interrupted, signum=self.stop.signum, stale_temp_files=stale,
                           manifest_problem=problem)

    def _plan(self) -> deque[_Task]:
        tasks: list[tuple[int, _Task]] = []
        settled: list[ManifestRecord] = []  # skipped or unreadable: no work to do
        for index, (item, output) in enumerate(zip(self.inputs, self.outputs)):
            if self.stop.requested:
                break
            key = str(output)
            previous = self.records.get(key)
            try:
                sha = sha256_file(item.path)
                size = item.path.stat().st_size
            except OSError as exc:
                settled.append(self._failed(item, output, None, None, _WorkResult(
                    ok=False, error_class=UNREADABLE, error=f"{item.path.name}: cannot read ({exc.strerror or exc})")))
                continue
            if (not self.config.force and previous is not None
                    and previous.is_done(sha, __version__, self.digest)
                    and (self.outdir / output).is_file()):
                record = previous.model_copy(update={"status": "skipped", "input": str(item.rel),
                                                     "input_root": str(Path(item.root).resolve())})
                settled.append(record)
                continue
            old_csvs = tuple(previous.tables_csv) if previous is not None else ()
            task = _Task(index=index, path=item.path, outdir=self.outdir, output=output,
                         options=self.config.options, tables_csv=self.config.tables_csv, old_csvs=old_csvs)
            tasks.append((size, task))
            self.sha_by_index[index] = (sha, size)
        if self.observer is not None:
            self.observer.planned(len(self.inputs), len(tasks))
        for record in settled:
            self._record(record)
        # largest first: better load balance across workers
        tasks.sort(key=lambda st: (-st[0], st[1].index))
        return deque(task for _, task in tasks)

    # -- running

    def _convert_all(self, pending: deque[_Task]) -> None:
        ctx = get_context("fork")
        jobs = max(1, self.config.jobs)
        running: list[_Running] = []
        try:
            while (pending or running) and not self.stop.requested:
                while pending and len(running) < jobs:
                    running.append(self._start(ctx, pending.popleft()))
                self._wait(running)
                now = time.monotonic()
                still: list[_Running] = []
                for job in running:
                    result = self._poll(job, now)
                    if result is None:
                        still.append(job)
                    else:
                        self._finish(job, result, now)
                running = still
                if time.monotonic() - self.last_write >= MANIFEST_INTERVAL:
                    self._write_manifest(final=False, interrupted=False)
        finally:
            self._stop_running(running)

    def _stop_running(self, running: list[_Running]) -> None:
        """End the run's workers: keep every result already delivered, kill the
        rest and delete what a killed worker wrote, so that the folder holds
        exactly the outputs the manifest records as ok."""
        now = time.monotonic()
        for job in running:
            delivered = None
            try:
                if job.conn.poll():
                    delivered = job.conn.recv()
            except (EOFError, OSError):
                delivered = None
            _kill(job)
            if delivered is not None:
                self._finish(job, delivered, now)
            else:
                remove_written_since(self.outdir, job.task, job.started_wall)

    def _start(self, ctx, task: _Task) -> _Running:
        # a forked child flushes the stdio buffers it inherited: empty them first
        sys.stdout.flush()
        sys.stderr.flush()
        reader, writer = ctx.Pipe(duplex=False)
        process = ctx.Process(target=_worker_main, name=f"plandigit-{task.index}",
                              args=(writer, task, self.convert, self.config.max_memory_mb, os.getpid()))
        process.daemon = False  # a worker may itself start processes (page-level OCR)
        started_wall = time.time()
        process.start()
        writer.close()
        now = time.monotonic()
        deadline = now + self.config.timeout if self.config.timeout else None
        return _Running(task=task, process=process, conn=reader, started=now, deadline=deadline,
                        started_wall=started_wall)

    def _wait(self, running: list[_Running]) -> None:
        deadlines = [j.deadline for j in running if j.deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        # wake up regularly: to write the manifest and to notice a stop request
        timeout = STOP_POLL if timeout is None else min(timeout, STOP_POLL)
        handles = [j.conn for j in running] + [j.process.sentinel for j in running]
        wait(handles, timeout=timeout)

    def _poll(self, job: _Running, now: float) -> Optional[_WorkResult]:
        if job.conn.poll():
            try:
                result = job.conn.recv()
            except (EOFError, OSError):
                job.process.join(5)
                return _crash_result(job.process.exitcode)
            job.process.join(5)
            if job.process.is_alive():
                _kill(job)
            job.conn.close()
            return result
        if not job.process.is_alive():
            job.process.join()
            job.conn.close()
            return _crash_result(job.process.exitcode)
        if job.deadline is not None and now >= job.deadline:
            _kill(job)
            return _WorkResult(ok=False, error_class=TIMEOUT,
                               error=f"{job.task.path.name}: no result within {self.config.timeout:g} s (--timeout)")
        return None

    def _finish(self, job: _Running, result: _WorkResult, now: float) -> None:
        item = self.inputs[job.task.index]
        sha, size = self.sha_by_index[job.task.index]
        seconds = round(now - job.started, 3)
        if result.ok:
            record = ManifestRecord(
                input=str(item.rel), input_root=str(Path(item.root).resolve()), output=str(job.task.output),
                tables_csv=list(result.tables_csv), sha256=result.sha256 or sha,
                size_bytes=result.size_bytes if result.size_bytes is not None else size, pages=result.pages,
                status="ok", warnings=result.warnings, seconds=seconds, pipeline_version=__version__,
                options_digest=self.digest)
        else:
            record = self._failed(item, job.task.output, sha, size, result, seconds)
            # an output left from an earlier conversion no longer matches this input
            remove_quietly([self.outdir / job.task.output, *(self.outdir / c for c in job.task.old_csvs)])
        self._record(record)

    def _failed(self, item: InputFile, output: PurePosixPath, sha: Optional[str], size: Optional[int],
                result: _WorkResult, seconds: float = 0.0) -> ManifestRecord:
        return ManifestRecord(
            input=str(item.rel), input_root=str(Path(item.root).resolve()), output=str(output), sha256=sha, size_bytes=size,
            status="failed", error_class=result.error_class, error=result.error, traceback=result.traceback,
            seconds=seconds, pipeline_version=__version__, options_digest=self.digest)

    def _record(self, record: ManifestRecord) -> None:
        self.records[record.output] = record
        self.run_records[record.output] = record
        if self.observer is not None:
            self.observer.finished(record)

    # -- manifest

    def _sorted_run_records(self) -> list[ManifestRecord]:
        return sorted(self.run_records.values(), key=lambda r: (r.input, r.output, r.input_root))

    def _totals(self, interrupted: bool) -> RunTotals:
        done = list(self.run_records.values())
        return RunTotals(
            files=len(self.inputs),
            ok=sum(r.status == "ok" for r in done),
            failed=sum(r.status == "failed" for r in done),
            skipped=sum(r.status == "skipped" for r in done),
            pending=len(self.inputs) - len(done),
            pages=sum(r.pages or 0 for r in done if r.status == "ok"),
            seconds=round(time.monotonic() - self.started, 3),
            interrupted=interrupted,
            started_at=self.started_at,
            finished_at=None if not done and not interrupted else _now(),
        )

    def _write_manifest(self, final: bool, interrupted: bool) -> None:
        manifest = Manifest(pipeline_version=__version__, run=self._totals(interrupted),
                            records=list(self.records.values()))
        write_manifest(self.manifest_path, manifest)
        self.last_write = time.monotonic()


def _kill(job: _Running) -> None:
    """SIGKILL the worker and everything it started (its process group)."""
    process = job.process
    try:
        if os.getpgid(process.pid) == process.pid:
            os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    if process.is_alive():
        process.kill()
    process.join()
    try:
        job.conn.close()
    except OSError:
        pass


def remove_written_since(outdir: Path, task: _Task, since: float) -> None:
    """Delete the JSON and CSVs of ``task`` modified at or after ``since``
    (wall-clock seconds): written by a worker that was killed before it could
    report, they have no manifest record.  Older files (a previous run's) stay."""
    json_path = outdir / task.output
    candidates = [json_path, *(outdir / c for c in task.old_csvs)]
    if json_path.parent.is_dir():  # table CSVs are named <stem>.t<N>.csv
        candidates += [p for p in json_path.parent.glob(f"{json_path.stem}.t*.csv")
                       if p.name[len(json_path.stem) + 2:-4].isdigit()]
    for path in candidates:
        try:
            if path.stat().st_mtime >= since - 1.0:
                path.unlink()
        except FileNotFoundError:
            pass


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def page_jobs_for(file_jobs: int, files: int) -> int:
    """Processes for page-level work inside one document when ``file_jobs``
    files run at once: the CPUs not used by file-level parallelism."""
    busy = max(1, min(file_jobs, files))
    return max(1, (os.cpu_count() or 1) // busy)


def with_page_jobs(options: ConvertOptions, file_jobs: int, files: int) -> ConvertOptions:
    return replace(options, jobs=page_jobs_for(file_jobs, files))
