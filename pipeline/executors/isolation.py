"""One file in its own forked process: the unit of isolation every executor uses.

:func:`run_isolated` forks a child (one process per file, like a pool with
``max_tasks_per_child=1``) in its own process group, under an address-space
limit, and waits for its result with a deadline.  A hang, a crash (segfault,
``os._exit``), a ``MemoryError`` or the kernel's OOM killer fails that file
alone: it comes back as ``timeout`` / ``worker_crashed`` / ``out_of_memory``.
The child dies with the process that forked it (``PR_SET_PDEATHSIG``), so a
killed batch — or a killed Dask worker — leaves no process converting behind
it.  The local executor calls this from the batch process; the Dask executor
calls it inside each Dask worker, so both classify failures the same way.
"""

from __future__ import annotations

import ctypes
import faulthandler
import multiprocessing
import os
import resource
import signal
import sys
import time
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from typing import Callable, Optional

from models.codes import ErrorClass
from pipeline.executors.base import ConvertFn, FileResult, FileTask, convert_task, failure

POLL = 0.2  # seconds between checks for a stop request while a child runs
EXIT_OOM = 86  # a child that cannot even report its MemoryError exits with this


def run_isolated(task: FileTask, convert: ConvertFn, timeout: Optional[float] = None,
                 max_memory_mb: Optional[int] = None,
                 cancelled: Callable[[], bool] = lambda: False) -> Optional[FileResult]:
    """Convert ``task`` in a forked child; see the module docstring.

    Returns ``None`` if ``cancelled()`` turned true before the child delivered
    a result (the child and its process group are killed); a result already
    delivered is returned even then."""
    ctx = get_context("fork")
    _allow_children()
    # a forked child flushes the stdio buffers it inherited: empty them first
    sys.stdout.flush()
    sys.stderr.flush()
    reader, writer = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child_main, name=f"plandigit-{task.index}",
                          args=(writer, task, convert, max_memory_mb, os.getpid()))
    process.daemon = True  # ended if the process that forked it exits (it clears the flag for its own children)
    started = time.monotonic()
    process.start()
    writer.close()
    deadline = started + timeout if timeout else None
    try:
        while True:
            remaining = POLL if deadline is None else max(0.0, min(POLL, deadline - time.monotonic()))
            wait([reader, process.sentinel], timeout=remaining)
            if reader.poll():
                return _receive(reader, process)
            if not process.is_alive():
                process.join()
                return _crash_result(process.exitcode, time.monotonic() - started)
            if cancelled():
                return None
            if deadline is not None and time.monotonic() >= deadline:
                return failure(ErrorClass.TIMEOUT, f"{task.path.name}: no result within {timeout:g} s (--timeout)",
                               round(time.monotonic() - started, 3))
    finally:
        kill_group(process)
        reader.close()


def _receive(reader: Connection, process) -> FileResult:
    try:
        result = reader.recv()
    except (EOFError, OSError):
        process.join(5)
        return _crash_result(process.exitcode, 0.0)
    process.join(5)
    return result


def _child_main(conn: Connection, task: FileTask, convert: ConvertFn, max_memory_mb: Optional[int],
                parent_pid: int) -> None:
    try:
        os.setpgid(0, 0)  # own process group: a kill takes its OCR pool and Tesseract along
    except OSError:
        pass
    # the child may itself start processes (page-level OCR), which daemons may not
    multiprocessing.current_process()._config["daemon"] = False
    faulthandler.disable()  # a crash is reported in the manifest, not as a dump on the console
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the batch decides about Ctrl-C
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent_pid)
    if max_memory_mb:
        limit = max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    started = time.monotonic()
    try:
        result = convert_task(task, convert)
    except MemoryError:
        try:
            result = failure(ErrorClass.OUT_OF_MEMORY, "the conversion ran out of memory (MemoryError"
                             + (f", limit {max_memory_mb} MB)" if max_memory_mb else ")"),
                             round(time.monotonic() - started, 3))
        except MemoryError:
            os._exit(EXIT_OOM)
    conn.send(result)
    conn.close()


def _allow_children() -> None:
    """Let this process fork the per-file child even if multiprocessing made it
    a daemon (a Dask Nanny starts its worker so): the child is what isolates a
    file, and it dies with this process anyway (``PR_SET_PDEATHSIG``)."""
    current = multiprocessing.current_process()
    if current._config.get("daemon"):
        current._config["daemon"] = False


def _die_with_parent(parent_pid: int) -> None:
    """Ask Linux to SIGKILL this child when the process that forked it dies."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def _crash_result(exitcode: Optional[int], seconds: float) -> FileResult:
    seconds = round(seconds, 3)
    if exitcode == EXIT_OOM:
        return failure(ErrorClass.OUT_OF_MEMORY, "the worker ran out of memory", seconds)
    if exitcode is not None and exitcode < 0:
        sig = -exitcode
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        if sig == signal.SIGKILL:
            return failure(ErrorClass.OUT_OF_MEMORY, "the worker was killed by SIGKILL (most likely the kernel's "
                                          "out-of-memory killer)", seconds)
        return failure(ErrorClass.WORKER_CRASHED, f"the worker crashed ({name})", seconds)
    return failure(ErrorClass.WORKER_CRASHED, f"the worker exited with code {exitcode} without a result", seconds)


def kill_group(process) -> None:
    """SIGKILL the child and everything it started (its process group); reap it."""
    if process.pid is None:
        return
    try:
        if os.getpgid(process.pid) == process.pid:
            os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    if process.is_alive():
        process.kill()
    process.join()
