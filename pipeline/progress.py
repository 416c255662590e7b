"""Progress an operator can follow in a log file (``plandigit convert`` with
stdout not a terminal: cron, CI, ``nohup … > log``).

:class:`LogProgress` is a :class:`pipeline.batch.BatchObserver` that writes,
as the batch goes (each line written and flushed at once):

* one line per converted or failed file (status, pages, seconds, pages per
  text source, warnings), and when a file took much longer than its pages
  predict, why: pages OCR'd, text layer replaced, converted from a repaired
  copy, pages unreadable;
* a summary line every :data:`SUMMARY_SECONDS` seconds and every
  :data:`SUMMARY_FILES` files: files done of all, failed, pages/s, ETA.

Inputs not converted (done before, failing as before, unreadable) are
counted in one line after planning; only those that failed get a line each.  The line
texts are pure functions of their inputs (:func:`file_line`,
:func:`summary_line`, :func:`slow_note`).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import Callable, Optional

from models.codes import WarningCode
from pipeline.manifest import ManifestRecord

SUMMARY_SECONDS = 30.0  # a summary line at least this often while files run
SUMMARY_FILES = 50  # and after this many finished files
# seconds per page until the batch has its own figure: a born-digital page takes 0.15 s in one
# idle process (README, "Speed") but near 1 s on a busy 2-core machine, an OCR'd one 5-15 s;
# set high so that before the batch's median exists only OCR-heavy files are called slow
DEFAULT_SECONDS_PER_PAGE = 1.0
HISTORY_MIN = 3  # converted files before the batch's own median seconds/page is trusted
SLOW_FACTOR = 5.0  # a file this many times slower than its pages predict is "slow"...
SLOW_MIN_SECONDS = 10.0  # ...and took at least this long


def file_line(record: ManifestRecord, done: int, total: int, note: Optional[str] = None) -> str:
    """``[3/40] ok 2021/vb.pdf: 28 pages, 12.3 s, pdf=26 ocr=2, 3 warnings``."""
    head = f"[{done}/{total}] {record.status} {record.input}"
    if record.status == "failed":
        return f"{head}: {record.error_class} ({record.error}), {record.seconds:.1f} s"
    parts = [f"{record.pages or 0} pages", f"{record.seconds:.1f} s"]
    if record.text_sources:
        parts.append(" ".join(f"{source}={count}" for source, count in sorted(record.text_sources.items())))
    parts.append(f"{record.warnings} warning{'' if record.warnings == 1 else 's'}")
    line = f"{head}: {', '.join(parts)}"
    return f"{line}; {note}" if note else line


def slow_note(record: ManifestRecord, seconds_per_page: float) -> Optional[str]:
    """Why a converted file took much longer than ``seconds_per_page`` × its
    pages predict, or ``None`` if it did not."""
    if record.status != "ok" or not record.pages:
        return None
    expected = record.pages * seconds_per_page
    if record.seconds < SLOW_MIN_SECONDS or record.seconds < SLOW_FACTOR * expected:
        return None
    return f"slow: {record.seconds / max(expected, 1e-9):.0f}x what {record.pages} pages predict ({slow_causes(record)})"


def slow_causes(record: ManifestRecord) -> str:
    """What the record says made a file slow; OCR first (by far the dearest)."""
    codes = record.warning_codes
    causes = []
    ocr = record.text_sources.get("ocr", 0)
    if ocr:
        causes.append(f"{ocr} of {record.pages} pages OCR'd")
    if codes.get(WarningCode.TEXT_LAYER_REPLACED):
        causes.append(f"text layer replaced by OCR on {codes[WarningCode.TEXT_LAYER_REPLACED]} pages")
    if codes.get(WarningCode.REPAIRED):
        causes.append("converted from a repaired copy")
    if codes.get(WarningCode.PAGE_UNREADABLE):
        causes.append(f"{codes[WarningCode.PAGE_UNREADABLE]} pages unreadable")
    return ", ".join(causes) if causes else "no OCR or repair recorded; see the JSON's warnings"


@dataclass(frozen=True)
class Tally:
    """Counts for a summary line."""

    total: int  # inputs of the run
    to_convert: int  # inputs planned for conversion (the others were settled before)
    ok: int
    failed: int
    skipped: int
    converted: int  # planned inputs finished so far (ok or failed)
    pages: int  # pages of files converted in this run
    elapsed: float  # seconds since planning ended


def summary_line(t: Tally) -> str:
    """``progress: 12/40 files done (10 ok, 1 failed, 1 skipped), 340 pages, 2.1 pages/s, 2m40s, ETA 8m10s``."""
    done = t.ok + t.failed + t.skipped
    rate = f"{t.pages / t.elapsed:.1f} pages/s" if t.elapsed > 0 else "? pages/s"
    remaining = t.to_convert - t.converted
    if remaining <= 0:
        eta = "ETA 0s"
    elif t.converted:
        eta = f"ETA {duration(t.elapsed * remaining / t.converted)}"
    else:
        eta = "ETA ?"
    return (f"progress: {done}/{t.total} files done ({t.ok} ok, {t.failed} failed, {t.skipped} skipped), "
            f"{t.pages} pages, {rate}, {duration(t.elapsed)} elapsed, {eta}")


def duration(seconds: float) -> str:
    """``45s``, ``2m40s``, ``3h05m``."""
    s = int(round(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"


class LogProgress:
    """Writes progress lines through ``write`` (one call per line; it must
    flush).  ``clock`` is injectable for tests."""

    def __init__(self, write: Callable[[str], None], clock: Callable[[], float] = time.monotonic,
                 every_seconds: float = SUMMARY_SECONDS, every_files: int = SUMMARY_FILES):
        self.write = write
        self.clock = clock
        self.every_seconds = every_seconds
        self.every_files = every_files
        self.total = self.to_convert = 0
        self.ok = self.failed = self.skipped = self.converted = self.pages = 0
        self.settled = 0  # records of inputs not planned for conversion, still to come
        self.seconds_per_page: list[float] = []
        self.started = self.last_summary = clock()
        self.since_summary = 0

    def planned(self, total: int, to_convert: int) -> None:
        self.total, self.to_convert = total, to_convert
        self.settled = total - to_convert
        self.started = self.last_summary = self.clock()
        line = f"plandigit: {total} input(s), {to_convert} to convert"
        if self.settled:
            line += f" (the other {self.settled}: converted before, failing as before, or unreadable)"
        self.write(line)

    def finished(self, record: ManifestRecord) -> None:
        if self.settled > 0:
            # the batch reports the inputs it does not convert right after planning,
            # before any conversion can finish; only their failures get a line each
            self.settled -= 1
            self._count(record)
            if record.status == "failed":
                self.write(file_line(record, self.ok + self.failed + self.skipped, self.total))
            return
        self.converted += 1
        self._count(record)
        if record.status == "ok":
            self.pages += record.pages or 0
        note = slow_note(record, self._expected_seconds_per_page())
        if record.status == "ok" and record.pages:
            self.seconds_per_page.append(record.seconds / record.pages)
        self.write(file_line(record, self.ok + self.failed + self.skipped, self.total, note))
        self.since_summary += 1
        if self.since_summary >= self.every_files:
            self.summary()
        else:
            self.tick()

    def tick(self) -> None:
        if self.clock() - self.last_summary >= self.every_seconds:
            self.summary()

    def summary(self) -> None:
        now = self.clock()
        self.write(summary_line(Tally(total=self.total, to_convert=self.to_convert, ok=self.ok, failed=self.failed,
                                      skipped=self.skipped, converted=self.converted, pages=self.pages,
                                      elapsed=now - self.started)))
        self.last_summary = now
        self.since_summary = 0

    def _count(self, record: ManifestRecord) -> None:
        if record.status == "ok":
            self.ok += 1
        elif record.status == "failed":
            self.failed += 1
        else:
            self.skipped += 1

    def _expected_seconds_per_page(self) -> float:
        if len(self.seconds_per_page) >= HISTORY_MIN:
            return statistics.median(self.seconds_per_page)
        return DEFAULT_SECONDS_PER_PAGE
