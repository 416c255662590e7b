"""Output files: where each input's JSON goes, and writing files atomically.

Atomic write = temp file in the target folder (named ``.<name>.<random>.plandigit.tmp``),
write, fsync, ``os.replace`` onto the target, fsync the folder.  A reader sees
the old file or the new one, never half of one; a killed run leaves at most a
temp file, which :func:`remove_stale_temp_files` deletes on the next run.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
from collections import defaultdict
from pathlib import Path, PurePosixPath
from typing import Iterable, Optional, Sequence

TEMP_SUFFIX = ".plandigit.tmp"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that ``path`` is never seen half-written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str) -> None:
    """UTF-8 variant of :func:`atomic_write_bytes`."""
    atomic_write_bytes(path, text.encode("utf-8"))


def remove_stale_temp_files(outdir: Path) -> list[Path]:
    """Delete temp files left by a killed run under ``outdir``; return them."""
    removed = []
    if not Path(outdir).is_dir():
        return removed
    for tmp in sorted(Path(outdir).rglob(f"*{TEMP_SUFFIX}")):
        try:
            tmp.unlink()
            removed.append(tmp)
        except FileNotFoundError:
            pass
    return removed


def remove_quietly(paths: Iterable[Path]) -> None:
    """Delete files that may or may not exist."""
    for path in paths:
        try:
            Path(path).unlink()
        except FileNotFoundError:
            pass


def output_paths(inputs: Sequence[PurePosixPath]) -> list[PurePosixPath]:
    """The JSON path (relative to the output folder) for each relative input path.

    ``b/x.pdf`` → ``b/x.json``.  Inputs that would share a JSON (``x.pdf`` and
    ``x.PDF``; the same name from two input roots) are told apart
    deterministically: in sorted order of the inputs the first keeps
    ``x.json``, the next get ``x~2.json``, ``x~3.json``, …  The result is
    aligned with ``inputs``.
    """
    wanted = [_json_path(rel) for rel in inputs]
    groups: dict[str, list[int]] = defaultdict(list)
    for index, out in enumerate(wanted):
        groups[str(out).casefold()].append(index)  # also case-insensitive file systems
    taken = {str(out).casefold() for out in wanted}
    result = list(wanted)
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda i: (str(inputs[i]), i))
        for n, index in enumerate(members[1:], start=2):
            candidate = wanted[index].with_name(f"{wanted[index].stem}~{n}.json")
            while str(candidate).casefold() in taken:
                n += 1
                candidate = wanted[index].with_name(f"{wanted[index].stem}~{n}.json")
            taken.add(str(candidate).casefold())
            result[index] = candidate
    return result


def table_csv_path(json_path: PurePosixPath, table_id: str) -> PurePosixPath:
    """``b/x.json`` and table ``t3`` → ``b/x.t3.csv``."""
    return json_path.with_name(f"{json_path.stem}.{table_id}.csv")


def _json_path(rel: PurePosixPath) -> PurePosixPath:
    return rel.with_name(rel.stem + ".json") if rel.suffix else rel.with_name(rel.name + ".json")


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


LOCK_NAME = ".plandigit.lock"


class OutputLockedError(RuntimeError):
    """Another plandigit run is writing into the same output folder."""


class OutputFolderLock:
    """An exclusive, non-blocking ``flock`` on ``OUTDIR/.plandigit.lock``, held by
    every command that writes into an output folder (convert, apply-corrections)."""

    def __init__(self, outdir: Path):
        self.path = Path(outdir) / LOCK_NAME
        self.fd: Optional[int] = None

    def __enter__(self) -> "OutputFolderLock":
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            self.fd = None
            raise OutputLockedError(f"another plandigit run is writing into {self.path.parent}") from None
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)  # releases the lock; the lock file itself stays (harmless)
            self.fd = None
