"""Results computed once per test run and shared by the pytest-xdist workers.

Each worker has its own session, so a session fixture alone converts a sample
once per worker.  ``SharedCache.text(key, make)`` keeps ``make()``'s text in a
folder every worker of this run sees (the parent of the workers' base temp
folders under xdist, the session's own base temp folder otherwise, so nothing
outlives the run); the first worker to ask computes it under an exclusive
lock, the others wait and read it.  A ``make`` that raises leaves nothing
behind, so the next worker asking tries again.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from pathlib import Path
from typing import Callable


class SharedCache:
    def __init__(self, root: Path):
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def text(self, key: str, make: Callable[[], str]) -> str:
        name = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
        path = self.root / f"{name}.txt"
        with open(self.root / f"{name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if path.exists():
                return path.read_text(encoding="utf-8")
            text = make()
            tmp = path.with_name(f"{name}.{os.getpid()}.tmp")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)
            return text


def shared_root(base_temp: Path) -> Path:
    """The folder all workers of this run share (see the module docstring)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return base_temp.parent / "plandigit-shared-cache"
    return base_temp / "plandigit-shared-cache"
