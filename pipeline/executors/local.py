"""The default executor: files converted in forked processes on this machine.

A thread per slot (``jobs`` of them) runs :func:`~pipeline.executors.isolation.run_isolated`
for one file after another, so at most ``jobs`` children convert at once and
each file still gets a fresh process.  The futures are plain
``concurrent.futures`` ones.
"""

from __future__ import annotations

import concurrent.futures as cf
import threading
from typing import Optional

from pipeline.executors.base import ConvertFn, Executor, ExecutorSettings, FileResult, FileTask, default_convert
from pipeline.executors.isolation import run_isolated


class LocalExecutor(Executor):
    name = "local"

    def __init__(self, settings: ExecutorSettings, convert: Optional[ConvertFn]):
        self.settings = settings
        self.convert = convert or default_convert()
        self.jobs = max(1, settings.jobs)
        self._stopping = threading.Event()
        self._pool = cf.ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="plandigit-slot")

    @property
    def capacity(self) -> int:
        return self.jobs

    def submit(self, task: FileTask) -> "cf.Future[Optional[FileResult]]":
        return self._pool.submit(run_isolated, task, self.convert, self.settings.timeout,
                                 self.settings.max_memory_mb, self._stopping.is_set)

    def stop(self, futures: list[cf.Future]) -> None:
        self._stopping.set()
        for future in futures:
            future.cancel()  # queued: never starts
        cf.wait(futures)  # running: deliver what they have, or are killed

    def close(self) -> None:
        self._stopping.set()
        self._pool.shutdown(wait=True, cancel_futures=True)
