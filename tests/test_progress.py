"""Progress an operator can follow in a log file: a line per file as it
finishes, a periodic summary, and why a slow file was slow (pipeline/progress.py)."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from hypothesis import given, strategies as st

import hostile
from pipeline.batch import BatchConfig, discover_inputs, run_batch
from pipeline.cli import main
from pipeline.manifest import ManifestRecord
from pipeline.progress import LogProgress, Tally, duration, file_line, slow_note, summary_line

REPO = Path(__file__).resolve().parents[1]


def record(name: str = "a.pdf", status: str = "ok", pages: int = 10, seconds: float = 1.0, **kw) -> ManifestRecord:
    return ManifestRecord(input=name, input_root="/in", output=name.replace(".pdf", ".json"), status=status,
                          pages=pages, seconds=seconds, pipeline_version="test", options_digest="x", **kw)


# ---------------------------------------------------------------- the lines


def test_file_line_names_status_pages_seconds_sources_and_warnings():
    r = record("2021/vb.pdf", pages=28, seconds=12.34, text_sources={"pdf": 26, "ocr": 2}, warnings=3)
    assert file_line(r, 3, 40) == "[3/40] ok 2021/vb.pdf: 28 pages, 12.3 s, ocr=2 pdf=26, 3 warnings"
    one = record(pages=1, text_sources={"pdf": 1}, warnings=1)
    assert file_line(one, 1, 1) == "[1/1] ok a.pdf: 1 pages, 1.0 s, pdf=1, 1 warning"
    failed = record("x.pdf", status="failed", pages=None, seconds=0.25, error_class="corrupt", error="bad xref")
    assert file_line(failed, 4, 40) == "[4/40] failed x.pdf: corrupt (bad xref), 0.2 s"


def test_a_slow_file_says_why():
    """26 of 28 pages OCR'd after a damaged font map: 128 s where 28 born-digital pages take ~4 s."""
    r = record("vb.pdf", pages=28, seconds=128.0, text_sources={"pdf": 2, "ocr": 26},
               warning_codes={"text_layer_replaced": 26, "repaired": 1, "ocr_page": 26})
    note = slow_note(r, seconds_per_page=0.15)
    assert note == ("slow: 30x what 28 pages predict (26 of 28 pages OCR'd, text layer replaced by OCR on 26 pages, "
                    "converted from a repaired copy)")
    assert note in file_line(r, 1, 2, note)
    # as fast as its pages predict, or too short to matter: no note
    assert slow_note(record(pages=28, seconds=4.0), 0.15) is None
    assert slow_note(record(pages=1, seconds=9.0), 0.15) is None
    # slow without a recorded cause says so rather than guessing
    assert "no OCR or repair recorded" in slow_note(record(pages=10, seconds=60.0), 0.15)


@given(pages=st.integers(1, 2000), seconds=st.floats(0, 1e5), spp=st.floats(0.01, 10))
def test_slow_only_when_both_much_slower_and_long(pages, seconds, spp):
    note = slow_note(record(pages=pages, seconds=seconds), spp)
    assert (note is not None) == (seconds >= 10.0 and seconds >= 5.0 * pages * spp)


def test_summary_line_counts_rate_and_eta():
    t = Tally(total=40, to_convert=30, ok=15, failed=1, skipped=10, converted=16, pages=320, elapsed=160.0)
    # 14 files to go at 10 s a file
    assert summary_line(t) == ("progress: 26/40 files done (15 ok, 1 failed, 10 skipped), 320 pages, 2.0 pages/s, "
                               "2m40s elapsed, ETA 2m20s")
    start = Tally(total=3, to_convert=3, ok=0, failed=0, skipped=0, converted=0, pages=0, elapsed=0.0)
    assert summary_line(start).endswith("? pages/s, 0s elapsed, ETA ?")
    assert [duration(s) for s in (5, 160, 3 * 3600 + 5 * 60)] == ["5s", "2m40s", "3h05m"]


# ---------------------------------------------------------------- the observer


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_log_progress_writes_a_line_per_file_and_a_summary_every_interval():
    lines: list[str] = []
    clock = FakeClock()
    log = LogProgress(lines.append, clock=clock, every_seconds=30.0, every_files=3)
    log.planned(total=6, to_convert=5)
    log.finished(record("old.pdf", status="skipped"))  # settled before: counted, no line
    assert lines == ["plandigit: 6 input(s), 5 to convert (the other 1: converted before, failing as before, "
                     "or unreadable)"]
    clock.now += 10
    log.finished(record("a.pdf", pages=10, seconds=2.0, text_sources={"pdf": 10}))
    assert lines[-1] == "[2/6] ok a.pdf: 10 pages, 2.0 s, pdf=10, 0 warnings"
    log.tick()  # 10 s: no summary yet
    assert len(lines) == 2
    clock.now += 25
    log.tick()  # 35 s since planning: a summary although no file finished
    assert lines[-1] == ("progress: 2/6 files done (1 ok, 0 failed, 1 skipped), 10 pages, 0.3 pages/s, "
                         "35s elapsed, ETA 2m20s")
    for name in ("b.pdf", "c.pdf"):
        log.finished(record(name, pages=10, seconds=2.0))
    log.finished(record("d.pdf", status="failed", pages=None, error_class="timeout", error="no result"))
    # three files since the last summary: another one
    assert lines[-2].startswith("[5/6] failed d.pdf: timeout") and lines[-1].startswith("progress: 5/6 files done")


def test_before_the_batch_has_a_figure_only_ocr_heavy_files_are_slow():
    """The samples on a busy 2-core machine: born-digital files at ~0.9 s/page,
    the bad-layer plan OCR'd at ~14 s/page."""
    lines: list[str] = []
    log = LogProgress(lines.append, clock=FakeClock())
    log.planned(total=2, to_convert=2)
    log.finished(record("vb-2021.pdf", pages=36, seconds=32.4, text_sources={"pdf": 36}))
    log.finished(record("vp-2026-badlayer.pdf", pages=4, seconds=54.7, text_sources={"ocr": 4},
                        warning_codes={"text_layer_replaced": 4}))
    assert "slow" not in lines[1]
    assert lines[2].endswith("; slow: 14x what 4 pages predict (4 of 4 pages OCR'd, "
                             "text layer replaced by OCR on 4 pages)")


def test_the_batchs_own_speed_decides_what_is_slow():
    lines: list[str] = []
    log = LogProgress(lines.append, clock=FakeClock())
    log.planned(total=5, to_convert=5)
    for name in ("a.pdf", "b.pdf", "c.pdf"):  # 2 s/page here (OCR-heavy archive)
        log.finished(record(name, pages=10, seconds=20.0, text_sources={"ocr": 10}))
    log.finished(record("d.pdf", pages=10, seconds=60.0, text_sources={"ocr": 10}))
    assert "slow" not in lines[-1]  # slow by the default figure (1 s/page), not by this batch's
    log.finished(record("e.pdf", pages=10, seconds=200.0, text_sources={"ocr": 10}))
    assert "slow: 10x what 10 pages predict (10 of 10 pages OCR'd)" in lines[-1]


def test_the_batch_ticks_its_observer_while_files_run(tmp_path):
    src = tmp_path / "in"
    hostile.good_pdf(src / "a.pdf", pages=1)

    class Ticks:
        def __init__(self):
            self.calls = []

        def planned(self, total, to_convert):
            self.calls.append("planned")

        def finished(self, record):
            self.calls.append("finished")

        def tick(self):
            self.calls.append("tick")

    seen = Ticks()
    run_batch(discover_inputs([src]), BatchConfig(outdir=tmp_path / "out"), observer=seen)
    assert seen.calls[0] == "planned" and "finished" in seen.calls and "tick" in seen.calls


def test_manifest_records_text_sources_and_warning_codes(tmp_path):
    src = tmp_path / "in"
    hostile.good_pdf(src / "a.pdf", pages=3)
    result = run_batch(discover_inputs([src]), BatchConfig(outdir=tmp_path / "out"))
    doc = json.loads((tmp_path / "out" / "a.json").read_text())
    r = result.records[0]
    assert r.text_sources == {"pdf": 3}
    codes: dict[str, int] = {}
    for w in doc["warnings"]:
        codes[w["code"]] = codes.get(w["code"], 0) + 1
    assert r.warning_codes == codes and r.warnings == len(doc["warnings"])


# ---------------------------------------------------------------- the command, stdout a pipe

# the CLI in a child whose conversion of slow.pdf waits for a gate file the test creates
GATED_CLI = textwrap.dedent("""
    import sys, time
    import pipeline.executors.local as local
    from pipeline.cli import main

    real = local.default_convert()

    def gated(path, options):
        if path.stem == "slow":
            deadline = time.monotonic() + 600
            while not path.with_suffix(".gate").exists() and time.monotonic() < deadline:
                time.sleep(0.05)
        return real(path, options)

    local.default_convert = lambda: gated
    sys.exit(main(sys.argv[1:]))
""")


def test_a_log_gets_each_files_line_before_the_batch_ends(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    hostile.good_pdf(src / "fast.pdf", pages=2)
    hostile.good_pdf(src / "slow.pdf", pages=3)
    gate = src / "slow.gate"
    proc = subprocess.Popen([sys.executable, "-c", GATED_CLI, "convert", str(src), "-o", str(out), "--jobs", "2"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: "queue.Queue[str]" = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line.rstrip("\n")) for line in proc.stdout], daemon=True)
    reader.start()
    try:
        early = []
        deadline = time.monotonic() + 120  # generous: a loaded machine; slow.pdf waits 600 s
        while not (early and early[-1].startswith("[1/")) and time.monotonic() < deadline:
            try:
                early.append(lines.get(timeout=1))
            except queue.Empty:
                pass
        # the first file's line came while slow.pdf is still held at its gate
        assert proc.poll() is None and not gate.exists()
        assert early[0] == "plandigit: 2 input(s), 2 to convert"
        assert early[-1].startswith("[1/2] ok fast.pdf: 2 pages, ") and early[-1].endswith(" s, pdf=2, 0 warnings")
        gate.touch()
        proc.wait(timeout=300)
        reader.join(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, proc.stderr.read()
    later = list(lines.queue)
    assert later[0].startswith("[2/2] ok slow.pdf: 3 pages, ")
    assert later[1].startswith("plandigit: 2 input(s): 2 ok, 0 failed, 0 skipped; 5 pages in ")


def test_quiet_prints_no_progress_lines(tmp_path, capsys):
    src = tmp_path / "in"
    hostile.good_pdf(src / "a.pdf", pages=1)
    hostile.empty_file(src / "e.pdf")
    assert main(["convert", str(src), "-o", str(tmp_path / "out"), "-q"]) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == ["failed: e.pdf [empty_file] e.pdf: the file is empty (0 bytes)"]
