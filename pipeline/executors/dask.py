"""Files converted on a Dask cluster (``pip install plandigit[dask]``).

``--executor dask --scheduler tcp://HOST:PORT`` connects to a running
scheduler; ``--executor dask`` alone starts a ``LocalCluster`` on this machine
(``--jobs`` worker processes of one thread each, loopback only, no dashboard).

Each file is one Dask task that runs
:func:`~pipeline.executors.isolation.run_isolated` *inside the Dask worker*:
the file is converted in a child forked by the worker, with the per-file
``--timeout`` and ``--max-memory-mb`` applied there, so a crash, hang or
runaway file fails alone with the same error class as in a local run, and the
worker lives on.  The task reads the input by path (shared storage) and
returns the JSON text; the batch writes it.  If a worker itself dies (killed,
machine lost), the scheduler runs the task again elsewhere, up to
``distributed.scheduler.allowed-failures`` times (default 3), then the file
fails as ``worker_crashed``.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import os
import threading
import time
from dataclasses import replace
from typing import Optional

from models.codes import ErrorClass
from pipeline.executors.base import (
    ConvertFn,
    Executor,
    ExecutorSettings,
    ExecutorUnavailable,
    FileResult,
    FileTask,
    default_convert,
    failure,
)
from pipeline.executors.isolation import run_isolated

try:
    import distributed
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # the optional extra is not installed
    distributed = None
    WorkerPlugin = object

CAPACITY_REFRESH = 1.0  # seconds between asking the scheduler how many threads it has
PLUGIN_NAME = "plandigit-converter"


class ConverterPlugin(WorkerPlugin):
    """Holds the pipeline's converter on each worker, built on first use (in a
    task thread, not the worker's event loop) and inherited warm by every
    forked child."""

    name = PLUGIN_NAME
    idempotent = True

    def setup(self, worker) -> None:
        self._lock = threading.Lock()
        self._convert: Optional[ConvertFn] = None

    def convert(self) -> ConvertFn:
        with self._lock:
            if self._convert is None:
                self._convert = default_convert()
            return self._convert


def run_on_worker(task: FileTask, convert: Optional[ConvertFn], timeout: Optional[float],
                  max_memory_mb: Optional[int]) -> Optional[FileResult]:
    """The Dask task for one file (runs in a worker's task thread)."""
    worker = distributed.get_worker()
    if convert is None:
        convert = worker.plugins[PLUGIN_NAME].convert()
    # page-level processes: this machine's CPUs shared by the worker's threads
    page_jobs = max(1, (os.cpu_count() or 1) // max(1, worker.state.nthreads))
    task = replace(task, options=replace(task.options, jobs=page_jobs))
    key = worker.get_current_task()
    return run_isolated(task, convert, timeout, max_memory_mb, cancelled=lambda: _released(worker, key))


def _released(worker, key) -> bool:
    """True once the scheduler no longer wants this task (the client cancelled it)."""
    try:
        ts = worker.state.tasks.get(key)
    except Exception:  # noqa: BLE001 - worker internals: never let them break the file
        return False
    return ts is None or ts.state in ("cancelled", "released", "forgotten")


class DaskExecutor(Executor):
    name = "dask"

    def __init__(self, settings: ExecutorSettings, convert: Optional[ConvertFn]):
        if distributed is None:
            raise ExecutorUnavailable("--executor dask needs the distributed package: pip install 'plandigit[dask]'")
        self.settings = settings
        self.convert = convert
        self.cluster = None
        try:
            if settings.scheduler:
                # how long to try: dask's distributed.comm.timeouts.connect (default 30 s)
                self.client = distributed.Client(settings.scheduler, set_as_default=False)
            else:
                self.cluster = distributed.LocalCluster(
                    n_workers=max(1, settings.jobs), threads_per_worker=1, processes=True, host="127.0.0.1",
                    dashboard_address=None, worker_dashboard_address=None, silence_logs=logging.ERROR)
                self.client = distributed.Client(self.cluster, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            self._close_cluster()
            where = settings.scheduler or "a LocalCluster"
            raise ExecutorUnavailable(f"cannot reach the Dask scheduler at {where} ({exc})") from exc
        self.client.register_plugin(ConverterPlugin(), name=PLUGIN_NAME)
        self.pool = self.client.get_executor(pure=False)
        self._capacity = 1
        self._capacity_at = -CAPACITY_REFRESH

    @property
    def capacity(self) -> int:
        """Twice the threads the cluster has now (so no worker waits for the
        client), at least one: tasks wait at the scheduler until workers join."""
        now = time.monotonic()
        if now - self._capacity_at >= CAPACITY_REFRESH:
            try:
                self._capacity = max(1, 2 * sum(self.client.nthreads().values()))
            except (OSError, TimeoutError):
                pass
            self._capacity_at = now
        return self._capacity

    def submit(self, task: FileTask) -> "cf.Future[Optional[FileResult]]":
        return self.pool.submit(run_on_worker, task, self.convert, self.settings.timeout,
                                self.settings.max_memory_mb, key=f"plandigit-{task.index}-{os.urandom(4).hex()}")

    def outcome(self, future: cf.Future) -> Optional[FileResult]:
        """A task lost with its workers more often than the scheduler allows
        is ``worker_crashed``."""
        if not future.cancelled() and isinstance(future.exception(), distributed.KilledWorker):
            exc = future.exception()
            return failure(ErrorClass.WORKER_CRASHED, f"the Dask workers running it died {exc.allowed_failures + 1} times "
                                           "(retry limit: distributed.scheduler.allowed-failures)")
        return super().outcome(future)

    def stop(self, futures: list[cf.Future]) -> None:
        for future in futures:
            future.cancel()  # cancels the task at the scheduler; a running one is killed on its worker
        cf.wait(futures)

    def close(self) -> None:
        try:
            self.pool.shutdown(wait=False)
            self.client.close()
        finally:
            self._close_cluster()

    def _close_cluster(self) -> None:
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None
