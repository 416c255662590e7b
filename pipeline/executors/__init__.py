"""Executors: what runs the batch's per-file tasks (see :mod:`pipeline.executors.base`).

``local`` (the default) forks a process per file on this machine; ``dask``
runs the files on a Dask cluster.  Another engine (Ray, …) is one more module
with an :class:`~pipeline.executors.base.Executor` and a line in
:data:`EXECUTORS`; the batch does not change.
"""

from __future__ import annotations

import importlib
from typing import Optional

from pipeline.executors.base import (
    ConvertFn,
    Executor,
    ExecutorSettings,
    ExecutorUnavailable,
    FileResult,
    FileTask,
    TlsFiles,
)

# name → (module, class); modules are imported only when chosen (optional dependencies)
EXECUTORS = {
    "local": ("pipeline.executors.local", "LocalExecutor"),
    "dask": ("pipeline.executors.dask", "DaskExecutor"),
}


def create_executor(name: str, settings: ExecutorSettings, convert: Optional[ConvertFn]) -> Executor:
    """The executor called ``name``; raises :class:`ExecutorUnavailable` if it cannot start."""
    try:
        module_name, class_name = EXECUTORS[name]
    except KeyError:
        raise ExecutorUnavailable(f"unknown executor {name!r} (choose from {', '.join(EXECUTORS)})") from None
    cls = getattr(importlib.import_module(module_name), class_name)
    return cls(settings, convert)


__all__ = ["EXECUTORS", "ConvertFn", "Executor", "ExecutorSettings", "ExecutorUnavailable", "FileResult",
           "FileTask", "TlsFiles", "create_executor"]
