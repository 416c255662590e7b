"""Batch conversion: many inputs → one JSON each + ``manifest.json``, with error
isolation, per-file time limits, resumption and atomic output.

The batch plans (discovery order, output paths, what a previous run already
did), hands one task per input that needs converting to an executor
(:mod:`pipeline.executors`: forked processes on this machine by default, or a
Dask cluster), and keeps everything that must be in one place: it writes each
returned JSON (and table CSVs) atomically, and the manifest, atomically, as
files finish (at most every :data:`MANIFEST_INTERVAL` seconds, and at the end
or on interruption), so an interrupted run keeps what finished and a rerun
skips it.  Whichever executor ran a file, a hang, a crash or a runaway file
fails that file alone (``timeout`` / ``worker_crashed`` / ``out_of_memory``,
see :mod:`pipeline.executors.isolation`) and the batch goes on.
"""

from __future__ import annotations

import fnmatch
import os
import concurrent.futures as cf
import time
from collections import deque
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Optional, Protocol, Sequence

from models.codes import ErrorClass
from models.options import ConvertOptions
from pipeline import __version__
from pipeline.executors import ConvertFn, Executor, ExecutorSettings, FileResult, FileTask, TlsFiles, create_executor
from pipeline.executors.base import default_convert, failure  # noqa: F401 - default_convert: part of this module's interface
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
from pipeline.output import (
    OutputFolderLock,
    atomic_write_text,
    output_paths,
    remove_quietly,
    remove_stale_temp_files,
)

MANIFEST_INTERVAL = 1.0  # seconds between manifest writes while files finish
STOP_POLL = 0.2  # seconds between checks for a stop request while workers run


class StopRequest:
    """Set (by a signal handler) to make a running batch stop at its next step:
    running files are stopped, the manifest saved, and the result marked interrupted.
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
    executor: str = "local"  # a name in pipeline.executors.EXECUTORS
    scheduler: Optional[str] = None  # Dask scheduler address (executor "dask"); None = a LocalCluster
    scheduler_timeout: float = 10.0  # seconds to reach the scheduler before the run fails
    tls: Optional[TlsFiles] = None  # the client's TLS files for a tls:// scheduler


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
    """Receives progress; the CLI's progress bar and its log lines
    (:mod:`pipeline.progress`) implement it.  An observer may also define
    ``tick()``: it is called every :data:`STOP_POLL` seconds while files run
    (for output that must appear while nothing finishes)."""

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


# ---------------------------------------------------------------- running a batch


def run_batch(inputs: Sequence[InputFile], config: BatchConfig, convert: Optional[ConvertFn] = None,
              observer: Optional[BatchObserver] = None, stop: Optional[StopRequest] = None) -> BatchResult:
    """Convert ``inputs`` into ``config.outdir``; see the module docstring.

    ``convert`` defaults to the pipeline's conversion (:func:`default_convert`,
    built where the work runs); any callable works (tests pass crashing ones;
    for Dask it must be picklable).  Raises :class:`OutputLockedError` if
    another run holds the output folder and
    :class:`~pipeline.executors.ExecutorUnavailable` if the executor cannot
    start.  When ``stop`` is set the run ends early with ``interrupted=True``;
    an exception (e.g. ``KeyboardInterrupt``) also stops the running files and
    saves the manifest before it propagates.
    """
    if config.tables_csv:
        import pandas  # noqa: F401 - for Table.to_frame, imported once before forking
    outdir = Path(config.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    settings = ExecutorSettings(jobs=config.jobs, timeout=config.timeout,
                                max_memory_mb=config.max_memory_mb, scheduler=config.scheduler,
                                scheduler_timeout=config.scheduler_timeout, tls=config.tls)
    with OutputFolderLock(outdir):
        with create_executor(config.executor, settings, convert) as executor:
            return _Run(list(inputs), config, executor, observer, outdir, stop or StopRequest()).execute()


@dataclass(frozen=True)
class _Planned:
    """A task and what only the batch needs to know about it."""

    task: FileTask
    sha256: str
    size: int
    old_csvs: tuple[str, ...]  # CSVs a previous conversion of this input wrote


class _Run:
    """State of one run (kept off module level: no global mutable state)."""

    def __init__(self, inputs: list[InputFile], config: BatchConfig, executor: Executor,
                 observer: Optional[BatchObserver], outdir: Path, stop: StopRequest):
        self.config = config
        self.stop = stop
        self.executor = executor
        self.observer = observer
        self.outdir = outdir
        self.manifest_path = outdir / MANIFEST_NAME
        self.digest = options_digest(config.options, config.tables_csv)
        ordered = sorted(inputs, key=lambda f: (str(f.rel), str(f.root)))
        self.inputs = ordered
        self.outputs = output_paths([f.rel for f in ordered])
        self.records: dict[str, ManifestRecord] = {}  # by output path, all runs
        self.run_records: dict[str, ManifestRecord] = {}  # this run's
        self.last_write = 0.0
        self.started = time.monotonic()
        self.started_wall = time.time()  # tells this run's outputs from older ones
        self.started_at = _now()

    # -- planning

    def execute(self) -> BatchResult:
        stale = remove_stale_temp_files(self.outdir)
        manifest, problem = load_manifest(self.manifest_path, __version__)
        self.records = manifest.by_output()
        planned = self._plan()
        interrupted = True
        try:
            self._convert_all(planned)
            interrupted = self.stop.requested
        finally:
            if interrupted:
                remove_stale_temp_files(self.outdir)
            self._write_manifest(final=True, interrupted=interrupted)
        return BatchResult(records=self._sorted_run_records(), totals=self._totals(interrupted),
                           interrupted=interrupted, signum=self.stop.signum, stale_temp_files=stale,
                           manifest_problem=problem)

    def _plan(self) -> deque[_Planned]:
        planned: list[_Planned] = []
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
                settled.append(self._failed(index, None, None, failure(
                    ErrorClass.UNREADABLE, f"{item.path.name}: cannot read ({exc.strerror or exc})")))
                continue
            if (not self.config.force and previous is not None
                    and previous.is_done(sha, __version__, self.digest)
                    and (self.outdir / output).is_file()):
                record = previous.model_copy(update={"status": "skipped", "input": str(item.rel),
                                                     "input_root": str(Path(item.root).resolve())})
                settled.append(record)
                continue
            if not self.config.force and previous is not None and previous.failed_for_good(sha, __version__, self.digest):
                # the same bytes fail the same way: keep the failure, do not convert again
                settled.append(previous.model_copy(update={"input": str(item.rel),
                                                           "input_root": str(Path(item.root).resolve())}))
                continue
            old_csvs = tuple(previous.tables_csv) if previous is not None else ()
            # absolute, not resolved: a worker elsewhere opens the same path, and the
            # document names its source by the file name as given
            task = FileTask(index=index, path=item.path.absolute(), output=output, options=self.config.options,
                            tables_csv=self.config.tables_csv)
            planned.append(_Planned(task=task, sha256=sha, size=size, old_csvs=old_csvs))
        if self.observer is not None:
            self.observer.planned(len(self.inputs), len(planned))
        for record in settled:
            self._record(record)
        # largest first: better load balance across workers
        planned.sort(key=lambda p: (-p.size, p.task.index))
        return deque(planned)

    # -- running

    def _convert_all(self, pending: deque[_Planned]) -> None:
        running: dict[cf.Future, _Planned] = {}
        try:
            while (pending or running) and not self.stop.requested:
                capacity = self.executor.capacity if pending else 0
                while pending and len(running) < capacity:
                    planned = pending.popleft()
                    running[self.executor.submit(planned.task)] = planned
                # wake up regularly: to write the manifest and to notice a stop request
                done, _ = cf.wait(running, timeout=STOP_POLL, return_when=cf.FIRST_COMPLETED)
                for future in done:
                    result = self.executor.outcome(future)
                    self._finish(running.pop(future), result)
                if running and not done:
                    self.executor.check()
                if time.monotonic() - self.last_write >= MANIFEST_INTERVAL:
                    self._write_manifest(final=False, interrupted=False)
                tick = getattr(self.observer, "tick", None)
                if tick is not None:
                    tick()
        finally:
            self._stop_running(running)

    def _stop_running(self, running: dict[cf.Future, _Planned]) -> None:
        """Stop the files still running: keep every result already delivered,
        and delete what a stopped file may have left, so that the folder holds
        exactly the outputs the manifest records as ok."""
        if not running:
            return
        self.executor.stop(list(running))
        for future, planned in running.items():
            result = self.executor.outcome(future) if future.done() else None
            if result is not None:
                self._finish(planned, result)
            else:
                remove_written_since(self.outdir, planned.task.output, planned.old_csvs, self.started_wall)

    def _finish(self, planned: _Planned, result: Optional[FileResult]) -> None:
        task = planned.task
        item = self.inputs[task.index]
        if result is not None and result.ok:
            try:
                self._write_outputs(planned, result)
            except OSError as exc:  # e.g. a full disk: fail the file as before (not its input's fault)
                result = failure(ErrorClass.INTERNAL_ERROR, f"cannot write {task.output}: {exc.strerror or exc}",
                                 result.seconds)
        if result is not None and result.ok:
            record = ManifestRecord(
                input=str(item.rel), input_root=str(Path(item.root).resolve()), output=str(task.output),
                tables_csv=[rel for rel, _ in result.csv_texts], sha256=result.sha256 or planned.sha256,
                size_bytes=result.size_bytes if result.size_bytes is not None else planned.size,
                pages=result.pages, status="ok", warnings=result.warnings, text_sources=dict(result.text_sources),
                warning_codes=dict(result.warning_codes), seconds=result.seconds,
                pipeline_version=__version__, options_digest=self.digest)
        else:
            record = self._failed(task.index, planned.sha256, planned.size, result)
            # an output left from an earlier conversion no longer matches this input
            remove_quietly([self.outdir / task.output, *(self.outdir / c for c in planned.old_csvs)])
        self._record(record)

    def _write_outputs(self, planned: _Planned, result: FileResult) -> None:
        """The JSON and CSVs the worker returned, each written atomically; CSVs
        of an earlier conversion that this one no longer has are removed."""
        atomic_write_text(self.outdir / planned.task.output, result.json_text or "")
        written = []
        for rel, text in result.csv_texts:
            atomic_write_text(self.outdir / rel, text)
            written.append(rel)
        remove_quietly(self.outdir / old for old in planned.old_csvs if old not in written)

    def _failed(self, index: int, sha: Optional[str], size: Optional[int], result: Optional[FileResult]) -> ManifestRecord:
        item, output = self.inputs[index], self.outputs[index]
        result = result or failure(ErrorClass.INTERNAL_ERROR, "the executor dropped the task without a result "
                                                  "(e.g. the connection to the Dask scheduler was lost)")
        return ManifestRecord(
            input=str(item.rel), input_root=str(Path(item.root).resolve()), output=str(output), sha256=sha,
            size_bytes=size, status="failed", error_class=result.error_class, error=result.error,
            traceback=result.traceback, seconds=result.seconds, pipeline_version=__version__,
            options_digest=self.digest)

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


def remove_written_since(outdir: Path, output: PurePosixPath, old_csvs: Sequence[str], since: float) -> None:
    """Delete the JSON and CSVs of ``output`` modified at or after ``since``
    (wall-clock seconds): no manifest record vouches for them (a conversion
    that wrote them itself was stopped before it reported).  Older files (a
    previous run's) stay."""
    json_path = outdir / output
    candidates = [json_path, *(outdir / c for c in old_csvs)]
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
