"""Files converted on a Dask cluster (``pip install plandigit[dask]``).

``--executor dask --scheduler tcp://HOST:PORT`` connects to a running
scheduler (``tls://`` with the client's TLS files, see :func:`client_security`)
and fails within ``--scheduler-timeout`` seconds (default 10) if it cannot;
``--executor dask`` alone starts a ``LocalCluster`` on this machine
(``--jobs`` worker processes of one thread each, every port on loopback, no
dashboard: :func:`local_cluster`).  A lost connection is logged in one line,
not a traceback (:class:`QuietDisconnects`).

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
    from distributed.client import ClosedClientError
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # the optional extra is not installed
    distributed = None
    WorkerPlugin = object
    ClosedClientError = RuntimeError

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


def local_cluster(workers: int) -> "distributed.LocalCluster":
    """``workers`` processes of one thread on this machine, every socket on
    127.0.0.1: the scheduler's and each worker's and nanny's comm port, and
    the HTTP servers that Dask starts even without a dashboard (``/health``,
    metrics) on a random loopback port (never 8787 on all interfaces)."""
    return distributed.LocalCluster(
        n_workers=max(1, workers), threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None, worker_dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}, silence_logs=logging.ERROR)


def client_security(settings: ExecutorSettings) -> "Optional[distributed.security.Security]":
    """The client's ``Security`` for ``settings.scheduler``: built from
    ``settings.tls`` (``--tls-ca-file``/``--tls-cert``/``--tls-key``), fields
    not given taken from Dask's configuration; ``None`` (Dask's configuration
    alone) when no file is given.  Raises ``ValueError`` when TLS files are
    given for a non-``tls://`` address, or a ``tls://`` one lacks a CA or the
    client's certificate (Dask would fail with a ``TypeError`` deep inside)."""
    from distributed.security import Security

    address = settings.scheduler or ""
    tls = settings.tls
    given = tls is not None and any((tls.ca_file, tls.cert, tls.key))
    if given and not address.startswith("tls://"):
        raise ValueError(f"TLS files given but the scheduler address is not tls:// ({address})")
    if not address.startswith("tls://"):
        return None
    fields = {"tls_ca_file": tls.ca_file, "tls_client_cert": tls.cert, "tls_client_key": tls.key} if given else {}
    security = Security(require_encryption=True, **{k: v for k, v in fields.items() if v})
    if not (security.tls_ca_file and security.tls_client_cert):  # Dask would fail without a TLS context
        raise ValueError("a tls:// scheduler needs --tls-ca-file and --tls-cert (and --tls-key unless the "
                         "certificate file holds the key), or distributed.comm.tls.* in Dask's configuration")
    return security if given else None


# distributed's client-side loggers that log a lost connection with a traceback
CLIENT_LOGGERS = ("distributed.client", "distributed.utils", "distributed.core", "distributed.comm",
                  "distributed.comm.tcp", "distributed.batched", "distributed.utils_comm")


class QuietDisconnects(logging.Filter):
    """Turns distributed's tracebacks about a closed or lost connection into
    one line (the exception's class and message), on the client's loggers,
    while this executor runs; other records pass unchanged."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            cause = connection_error(record.exc_info[1])
            if cause is not None:
                text = str(cause).splitlines()[0] if str(cause) else ""
                record.msg = f"Dask connection closed ({type(cause).__name__}: {text})"
                record.args = None
                record.exc_info = None
                record.exc_text = None
        return True

    def install(self) -> None:
        for name in CLIENT_LOGGERS:
            logging.getLogger(name).addFilter(self)

    def remove(self) -> None:
        for name in CLIENT_LOGGERS:
            logging.getLogger(name).removeFilter(self)


def connection_error(exc: BaseException) -> Optional[BaseException]:
    """The connection error in ``exc``'s chain (itself, its cause or context):
    distributed's ``CommClosedError`` or an ``OSError``, else ``None``."""
    from distributed.comm.core import CommClosedError

    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, (CommClosedError, OSError)):
            return exc
        exc = exc.__cause__ or exc.__context__
    return None


class DaskExecutor(Executor):
    name = "dask"

    def __init__(self, settings: ExecutorSettings, convert: Optional[ConvertFn]):
        if distributed is None:
            raise ExecutorUnavailable("--executor dask needs the distributed package: pip install 'plandigit[dask]'")
        self.settings = settings
        self.convert = convert
        self.cluster = None
        try:
            security = client_security(settings) if settings.scheduler else None
        except ValueError as exc:
            raise ExecutorUnavailable(str(exc)) from exc
        self.quiet_disconnects = QuietDisconnects()
        self.quiet_disconnects.install()
        try:
            if settings.scheduler:
                self.client = distributed.Client(settings.scheduler, security=security,
                                                 timeout=settings.scheduler_timeout, set_as_default=False)
            else:
                self.cluster = local_cluster(settings.jobs)
                self.client = distributed.Client(self.cluster, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            self._close_cluster()
            self.quiet_disconnects.remove()
            detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if not settings.scheduler:
                raise ExecutorUnavailable(f"cannot start a Dask LocalCluster ({detail})") from exc
            timed_out = isinstance(exc, TimeoutError) or detail.startswith("Timed out")
            raise ExecutorUnavailable(f"cannot reach the Dask scheduler at {settings.scheduler} within "
                                      f"{settings.scheduler_timeout:g} s" + ("" if timed_out else f" ({detail})")
                                      ) from exc
        self.client.register_plugin(ConverterPlugin(), name=PLUGIN_NAME)
        self.pool = self.client.get_executor(pure=False)
        self._capacity = 1
        self._capacity_at = -CAPACITY_REFRESH

    @property
    def capacity(self) -> int:
        """Twice the threads the cluster has now (so no worker waits for the
        client), at least one: tasks wait at the scheduler until workers join."""
        now = time.monotonic()
        if now - self._capacity_at >= CAPACITY_REFRESH and self.client.status not in ("closing", "closed"):
            try:
                self._capacity = max(1, 2 * sum(self.client.nthreads().values()))
            except (OSError, TimeoutError, ClosedClientError, AttributeError):
                pass  # the scheduler is lost (a closing client raises AttributeError): submit() says so
            self._capacity_at = now
        return self._capacity

    def submit(self, task: FileTask) -> "cf.Future[Optional[FileResult]]":
        """Raises :class:`ExecutorUnavailable` once the client has given up on
        a lost scheduler (after ``scheduler_timeout`` seconds of reconnecting)."""
        try:
            return self.pool.submit(run_on_worker, task, self.convert, self.settings.timeout,
                                    self.settings.max_memory_mb, key=f"plandigit-{task.index}-{os.urandom(4).hex()}")
        except ClosedClientError as exc:
            raise ExecutorUnavailable(f"lost the Dask scheduler at {self.settings.scheduler or 'the LocalCluster'} "
                                      f"(not reached again within {self.settings.scheduler_timeout:g} s)") from exc

    def _lost(self) -> bool:
        return self.client.status in ("closing", "closed")

    def check(self) -> None:
        """The client gave up on a lost scheduler while every file was already
        submitted: no future will complete, so the batch must not wait on."""
        if self._lost():
            raise ExecutorUnavailable(f"lost the Dask scheduler at {self.settings.scheduler or 'the LocalCluster'} "
                                      f"(not reached again within {self.settings.scheduler_timeout:g} s)")

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
            try:
                future.cancel()  # cancels the task at the scheduler; a running one is killed on its worker
            except ClosedClientError:  # the scheduler is gone, and its tasks with it
                pass
        # a lost scheduler completes no future: wait only as long as a live one might take to cancel
        cf.wait(futures, timeout=self.settings.scheduler_timeout + 5 if self._lost() else None)

    def close(self) -> None:
        try:
            try:
                self.pool.shutdown(wait=False)
            except ClosedClientError:  # the client gave up on a lost scheduler: nothing left to cancel
                pass
            self.client.close()
        finally:
            self._close_cluster()
            self.quiet_disconnects.remove()

    def _close_cluster(self) -> None:
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None
