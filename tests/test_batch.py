"""Batch runner: discovery, error isolation (crash, hang, OOM, bugs), resumption,
atomic output, output paths, table CSVs, determinism, kill-and-rerun."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path, PurePosixPath

import pytest

import hostile
from models.contract import Cell, OutputDocument, Row, Source, Table
from pipeline import __version__
from pipeline.batch import BatchConfig, StopRequest, discover_inputs, run_batch
from pipeline.convert import convert_pdf
from pipeline.manifest import load_manifest
from models.options import ConvertOptions
from pipeline.output import TEMP_SUFFIX, atomic_write_text, output_paths, remove_stale_temp_files

REPO = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- conversion functions run in workers


def misbehaving_convert(path: Path, options: ConvertOptions) -> OutputDocument:
    """Real conversion, except for files whose stem names a misbehaviour."""
    stem = path.stem
    if stem == "crash":
        os._exit(1)
    if stem == "segfault":
        os.kill(os.getpid(), signal.SIGSEGV)
    if stem == "hang":
        time.sleep(600)
    if stem == "oom":
        raise MemoryError()
    if stem == "bug":
        raise ZeroDivisionError("division by zero in a stage")
    return convert_pdf(path, options)


def table_convert(path: Path, options: ConvertOptions) -> OutputDocument:
    """A document with two money tables, whatever the PDF holds."""
    doc = convert_pdf(path, options)
    tables = [
        Table(id="t1", kind="budget", page=1, unit="mnkr", columns=["Budget 2024", "Budget 2023"],
              rows=[Row(label="Övriga intäkter", cells=[Cell(column="Budget 2024", raw="2 380", value_mnkr=2380.0),
                                                        Cell(column="Budget 2023", raw="2 381,4", value_mnkr=2381.4)])]),
        Table(id="t2", kind="staff", page=2, columns=["Antal"], rows=[Row(label="Årsarbetare",
                                                                           cells=[Cell(column="Antal", raw="412")])]),
    ]
    return doc.model_copy(update={"tables": tables})


def marked_convert(path: Path, options: ConvertOptions) -> OutputDocument:
    """Real conversion that leaves a ``<stem>.started`` marker beside the input,
    lingers half a second (so the parent is waiting when the result arrives)
    and leaves ``<stem>.returning`` just before it returns."""
    path.with_suffix(".started").touch()
    doc = convert_pdf(path, options)
    time.sleep(0.5)
    path.with_suffix(".returning").touch()
    return doc


def writes_then_hangs_convert(path: Path, options: ConvertOptions) -> OutputDocument:
    """Writes its JSON itself, then hangs: a worker killed between writing its
    output and reporting it."""
    doc = convert_pdf(path, options)
    out = Path(os.environ["PLANDIGIT_TEST_OUT"]) / (path.stem + ".json")
    atomic_write_text(out, doc.to_json())
    path.with_suffix(".started").touch()
    time.sleep(600)
    return doc


class StopWhenDelivered(StopRequest):
    """Requests a stop only once the marked input's worker has finished and its
    result sits unread in the pipe: the moment a Ctrl-C can fall into."""

    def __init__(self, marker: Path, returning: Path) -> None:
        super().__init__()
        self.marker, self.returning = marker, returning

    @property
    def requested(self) -> bool:
        if self.signum is None and self.marker.exists():
            deadline = time.monotonic() + 60
            while not self.returning.exists() and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(0.8)  # the worker sends its result and exits
            self.signum = signal.SIGINT
        return self.signum is not None


def _records(outdir: Path) -> dict[str, dict]:
    data = json.loads((outdir / "manifest.json").read_text())
    return {r["input"]: r for r in data["records"]}


# ---------------------------------------------------------------- discovery and output paths


def test_discover_inputs_recursive_case_insensitive_sorted(tmp_path):
    root = tmp_path / "arkiv"
    hostile.good_pdf(root / "2021" / "vb.PDF", pages=1)
    hostile.good_pdf(root / "2024" / "vp.pdf", pages=1)
    (root / "2024" / "notes.txt").write_text("ingen pdf")
    single = hostile.good_pdf(tmp_path / "extra.pdf", pages=1)
    found = discover_inputs([root, single, root / "2024" / "vp.pdf"])  # the last is a duplicate
    assert [str(f.rel) for f in found] == ["2021/vb.PDF", "2024/vp.pdf", "extra.pdf"]
    assert [f.root for f in found] == [root, root, single]
    assert [str(f.rel) for f in discover_inputs([root], glob="*.txt")] == ["2024/notes.txt"]
    with pytest.raises(FileNotFoundError, match="saknas"):
        discover_inputs([tmp_path / "saknas"])


def test_discover_passes_over_hidden_files_and_the_output_folder(tmp_path):
    root = tmp_path / "arkiv"
    hostile.good_pdf(root / "vp.pdf", pages=1)
    (root / "._vp.pdf").write_bytes(b"\x00\x05\x16\x07 AppleDouble")
    hostile.good_pdf(root / ".Trash" / "old.pdf", pages=1)
    hostile.good_pdf(root / "out" / "copy.pdf", pages=1)
    assert [str(f.rel) for f in discover_inputs([root], exclude=[root / "out"])] == ["vp.pdf"]
    assert [str(f.rel) for f in discover_inputs([root])] == ["out/copy.pdf", "vp.pdf"]
    assert [str(f.rel) for f in discover_inputs([root / "._vp.pdf"])] == ["._vp.pdf"]  # named: taken


def test_output_paths_mirror_folders_and_disambiguate_collisions():
    rels = [PurePosixPath(p) for p in ("b/x.pdf", "b/x.PDF", "a.pdf", "b/x~2.pdf", "c/y.pdf", "y.pdf")]
    # in sorted order "b/x.PDF" < "b/x.pdf": it keeps x.json; x~2.json is taken, so x.pdf gets x~3.json
    assert [str(p) for p in output_paths(rels)] == [
        "b/x~3.json", "b/x.json", "a.json", "b/x~2.json", "c/y.json", "y.json"]
    # same names, any order → same mapping
    assert [str(p) for p in output_paths(list(reversed(rels)))] == [
        "y.json", "c/y.json", "b/x~2.json", "a.json", "b/x.json", "b/x~3.json"]


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path):
    target = tmp_path / "d" / "x.json"
    atomic_write_text(target, "första\n")
    atomic_write_text(target, "andra\n")
    assert target.read_text() == "andra\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["x.json"]
    stale = target.parent / f".x.json.abc{TEMP_SUFFIX}"
    stale.write_text("half")
    assert remove_stale_temp_files(tmp_path) == [stale]
    assert not stale.exists()


# ---------------------------------------------------------------- isolation


def test_crash_hang_oom_and_bug_fail_alone(tmp_path):
    src = tmp_path / "in"
    for name in ("good1", "crash", "segfault", "hang", "oom", "bug", "good2"):
        hostile.good_pdf(src / f"{name}.pdf", pages=2)
    out = tmp_path / "out"
    started = time.monotonic()
    result = run_batch(discover_inputs([src]), BatchConfig(outdir=out, jobs=2, timeout=6.0),
                       convert=misbehaving_convert)
    elapsed = time.monotonic() - started
    by_input = {r.input: r for r in result.records}
    assert {k: (r.status, r.error_class) for k, r in by_input.items()} == {
        "good1.pdf": ("ok", None), "good2.pdf": ("ok", None),
        "crash.pdf": ("failed", "worker_crashed"), "segfault.pdf": ("failed", "worker_crashed"),
        "hang.pdf": ("failed", "timeout"), "oom.pdf": ("failed", "out_of_memory"),
        "bug.pdf": ("failed", "internal_error"),
    }
    assert "exited with code 1" in by_input["crash.pdf"].error
    assert "SIGSEGV" in by_input["segfault.pdf"].error
    assert "6 s" in by_input["hang.pdf"].error
    assert by_input["bug.pdf"].error == "ZeroDivisionError: division by zero in a stage"
    assert "misbehaving_convert" in by_input["bug.pdf"].traceback
    assert (result.totals.ok, result.totals.failed, result.totals.pages) == (2, 5, 4)
    assert sorted(p.name for p in out.glob("*.json")) == ["good1.json", "good2.json", "manifest.json"]
    assert elapsed < 60  # the hang was cut off, not waited for (generous bound, not a speed test)


def test_timeout_kills_the_workers_child_processes(tmp_path):
    src = tmp_path / "in"
    hostile.good_pdf(src / "slow.pdf", pages=1)
    pid_file = tmp_path / "child.pid"

    def spawning(path: Path, options: ConvertOptions) -> OutputDocument:
        child = subprocess.Popen(["sleep", "600"])  # like Tesseract under the OCR pool
        pid_file.write_text(str(child.pid))
        time.sleep(600)
        raise AssertionError("not reached")

    result = run_batch(discover_inputs([src]), BatchConfig(outdir=tmp_path / "out", timeout=2.0), convert=spawning)
    assert [(r.status, r.error_class) for r in result.records] == [("failed", "timeout")]
    assert _process_state(int(pid_file.read_text())) in ("gone", "Z")


def _process_state(pid: int) -> str:
    time.sleep(0.2)
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("State:"):
                return line.split()[1]
    except FileNotFoundError:
        pass
    return "gone"


def test_memory_limit_fails_a_runaway_file_alone(tmp_path):
    src = tmp_path / "in"
    hostile.good_pdf(src / "good.pdf", pages=1)
    hostile.good_pdf(src / "greedy.pdf", pages=1)

    def greedy(path: Path, options: ConvertOptions) -> OutputDocument:
        if path.stem == "greedy":
            hoard = bytearray(8 * 1024 ** 3)  # 8 GB: beyond the limit below
            hoard[0] = 1
        return convert_pdf(path, options)

    # the limit is on address space, which a forked worker shares with the test process
    baseline_mb = _vm_size_mb()
    result = run_batch(discover_inputs([src]), BatchConfig(outdir=tmp_path / "out", jobs=1,
                                                           max_memory_mb=baseline_mb + 1500), convert=greedy)
    assert {r.input: (r.status, r.error_class) for r in result.records} == {
        "good.pdf": ("ok", None), "greedy.pdf": ("failed", "out_of_memory")}


def _vm_size_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) // 1024
    return 4096


# ---------------------------------------------------------------- resumption and idempotence


def test_rerun_skips_done_files_and_force_redoes_them(tmp_path):
    src = tmp_path / "in"
    a = hostile.good_pdf(src / "a.pdf", pages=2)
    hostile.good_pdf(src / "sub" / "b.pdf", pages=3)
    hostile.empty_file(src / "bad.pdf")
    out = tmp_path / "out"
    config = BatchConfig(outdir=out, jobs=2)
    first = run_batch(discover_inputs([src]), config)
    assert [(r.input, r.status) for r in first.records] == [("a.pdf", "ok"), ("bad.pdf", "failed"),
                                                           ("sub/b.pdf", "ok")]
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*.json") if p.name != "manifest.json"}

    class Planned:
        def planned(self, total, to_convert):
            self.counts = (total, to_convert)

        def finished(self, record):
            pass

    seen = Planned()
    second = run_batch(discover_inputs([src]), config, observer=seen)
    assert [(r.input, r.status) for r in second.records] == [("a.pdf", "skipped"), ("bad.pdf", "failed"),
                                                            ("sub/b.pdf", "skipped")]
    assert (second.totals.skipped, second.totals.failed) == (2, 1)
    # nothing converted again: the empty file fails the same way, its record is kept as it was
    assert seen.counts == (3, 0)
    assert second.records[1] == first.records[1]
    assert {p: p.stat().st_mtime_ns for p in mtimes} == mtimes  # not rewritten

    hostile.good_pdf(a, pages=4)  # the input changed: convert it again
    third = run_batch(discover_inputs([src]), config)
    assert {r.input: (r.status, r.pages) for r in third.records}["a.pdf"] == ("ok", 4)
    assert {r.input: r.status for r in third.records}["sub/b.pdf"] == "skipped"

    (out / "sub" / "b.json").unlink()  # output lost: convert it again
    fourth = run_batch(discover_inputs([src]), config)
    assert {r.input: r.status for r in fourth.records} == {"a.pdf": "skipped", "bad.pdf": "failed",
                                                          "sub/b.pdf": "ok"}

    forced = run_batch(discover_inputs([src]), BatchConfig(outdir=out, jobs=2, force=True))
    assert [r.status for r in forced.records] == ["ok", "failed", "ok"]
    other_options = run_batch(discover_inputs([src]), BatchConfig(outdir=out, options=ConvertOptions(ocr="never")))
    assert [r.status for r in other_options.records] == ["ok", "failed", "ok"]

    manifest, problem = load_manifest(out / "manifest.json", __version__)
    assert problem is None
    assert [r.input for r in manifest.records] == ["a.pdf", "bad.pdf", "sub/b.pdf"]
    assert manifest.records[0].sha256 == json.loads((out / "a.json").read_text())["source"]["sha256"]


def test_input_that_now_fails_loses_its_old_output(tmp_path):
    src = tmp_path / "in"
    path = hostile.good_pdf(src / "vp.pdf", pages=1)
    out = tmp_path / "out"
    run_batch(discover_inputs([src]), BatchConfig(outdir=out))
    assert (out / "vp.json").exists()
    hostile.text_as_pdf(path)
    result = run_batch(discover_inputs([src]), BatchConfig(outdir=out))
    assert [(r.status, r.error_class) for r in result.records] == [("failed", "not_pdf")]
    assert not (out / "vp.json").exists()


def test_unreadable_manifest_is_replaced(tmp_path):
    src = tmp_path / "in"
    hostile.good_pdf(src / "vp.pdf", pages=1)
    out = tmp_path / "out"
    out.mkdir()
    (out / "manifest.json").write_text("{ inte json")
    result = run_batch(discover_inputs([src]), BatchConfig(outdir=out))
    assert "unreadable manifest" in result.manifest_problem
    assert json.loads((out / "manifest.json").read_text())["records"][0]["status"] == "ok"


def test_unreadable_input_is_recorded(tmp_path):
    src = tmp_path / "in"
    hostile.good_pdf(src / "vp.pdf", pages=1)
    (src / "dangling.pdf").symlink_to(tmp_path / "saknas.pdf")
    result = run_batch(discover_inputs([src]), BatchConfig(outdir=tmp_path / "out"))
    by_input = {r.input: r for r in result.records}
    assert (by_input["dangling.pdf"].status, by_input["dangling.pdf"].error_class) == ("failed", "unreadable")
    assert "dangling.pdf: cannot read" in by_input["dangling.pdf"].error
    assert by_input["vp.pdf"].status == "ok"


def test_stop_keeps_a_result_delivered_but_not_yet_read(tmp_path):
    """A stop that arrives after a worker sent its result, but before the
    batch read it: the file is written and recorded ok, not lost."""
    src = tmp_path / "in"
    hostile.good_pdf(src / "a.pdf", pages=2)
    out = tmp_path / "out"
    stop = StopWhenDelivered(src / "a.started", src / "a.returning")
    result = run_batch(discover_inputs([src]), BatchConfig(outdir=out, jobs=1), convert=marked_convert, stop=stop)
    assert result.interrupted is True
    assert [(r.input, r.status) for r in result.records] == [("a.pdf", "ok")]
    assert _records(out)["a.pdf"]["status"] == "ok" and _records(out)["a.pdf"]["pages"] == 2
    assert json.loads((out / "a.json").read_text())["source"]["pages"] == 2


def test_stop_removes_what_a_killed_worker_wrote_but_keeps_older_outputs(tmp_path, monkeypatch):
    """A worker killed after writing its JSON but before reporting it: its file
    goes (no record vouches for it); a previous run's output of a file still
    pending stays untouched."""
    src, out = tmp_path / "in", tmp_path / "out"
    hostile.good_pdf(src / "a.pdf", pages=2)
    out.mkdir()
    older = out / "b.json"
    older.write_text('{"earlier": true}')
    os.utime(older, (time.time() - 3600, time.time() - 3600))
    hostile.good_pdf(src / "b.pdf", pages=1)
    monkeypatch.setenv("PLANDIGIT_TEST_OUT", str(out))

    class StopWhenWritten(StopRequest):
        @property
        def requested(self) -> bool:
            if self.signum is None and (src / "a.started").exists():
                self.signum = signal.SIGTERM
            return self.signum is not None

    result = run_batch(discover_inputs([src / "a.pdf"]), BatchConfig(outdir=out, jobs=1),
                       convert=writes_then_hangs_convert, stop=StopWhenWritten())
    assert result.interrupted is True and result.records == []
    assert not (out / "a.json").exists()
    assert older.read_text() == '{"earlier": true}'
    assert json.loads((out / "manifest.json").read_text())["run"]["pending"] == 1


# ---------------------------------------------------------------- tables as CSV


def test_tables_csv_written_beside_json(tmp_path):
    src = tmp_path / "in"
    hostile.good_pdf(src / "2024" / "vp.pdf", pages=2)
    out = tmp_path / "out"
    result = run_batch(discover_inputs([src]), BatchConfig(outdir=out, tables_csv=True), convert=table_convert)
    assert result.records[0].tables_csv == ["2024/vp.t1.csv", "2024/vp.t2.csv"]
    assert (out / "2024" / "vp.t1.csv").read_text().splitlines() == [
        "label,Budget 2024,Budget 2023", "Övriga intäkter,2380.0,2381.4"]
    assert (out / "2024" / "vp.t2.csv").read_text().splitlines() == ["label,Antal", "Årsarbetare,412"]


# ---------------------------------------------------------------- determinism


def test_same_pdf_twice_gives_byte_identical_json(tmp_path):
    pdf = hostile.good_pdf(tmp_path / "a" / "vp-2024.pdf", pages=3)
    copy = tmp_path / "elsewhere" / "deep" / "vp-2024.pdf"
    copy.parent.mkdir(parents=True)
    copy.write_bytes(pdf.read_bytes())
    run_batch(discover_inputs([pdf]), BatchConfig(outdir=tmp_path / "o1"))
    run_batch(discover_inputs([copy]), BatchConfig(outdir=tmp_path / "o2", jobs=2))
    one = (tmp_path / "o1" / "vp-2024.json").read_bytes()
    assert one == (tmp_path / "o2" / "vp-2024.json").read_bytes()
    assert str(tmp_path).encode() not in one  # no absolute paths inside the document
    assert json.loads(one)["source"]["pages"] == 3


# ---------------------------------------------------------------- kill -9 and rerun


def test_kill_midway_then_rerun_resumes(tmp_path):
    src = tmp_path / "in"
    count = 6
    for n in range(count):
        hostile.good_pdf(src / f"doc{n:02d}.pdf", pages=40, title=f"Nämnd {n}")
    out, reference = tmp_path / "out", tmp_path / "reference"
    cmd = [sys.executable, "-m", "pipeline.cli", "convert", str(src), "-o", str(out), "--jobs", "1", "-q"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ok_at_kill = _wait_for_first_ok(out / "manifest.json", proc, limit=120)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 1 <= len(ok_at_kill) < count, "the run finished before it could be killed midway"
    for path in out.rglob("*.json"):
        json.loads(path.read_text())  # every JSON present is complete
    mtimes = {name: (out / name.replace(".pdf", ".json")).stat().st_mtime_ns for name in ok_at_kill}

    rerun = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    records = _records(out)
    assert all(records[name]["status"] == "skipped" for name in ok_at_kill)
    assert {r["status"] for n, r in records.items() if n not in ok_at_kill} == {"ok"}
    assert {name: (out / name.replace(".pdf", ".json")).stat().st_mtime_ns for name in ok_at_kill} == mtimes
    assert list(out.rglob(f"*{TEMP_SUFFIX}")) == [] and list(out.rglob("*.tmp")) == []

    run_batch(discover_inputs([src]), BatchConfig(outdir=reference, jobs=2))
    names = sorted(p.name for p in reference.glob("doc*.json"))
    assert len(names) == count and sorted(p.name for p in out.glob("doc*.json")) == names
    assert all((out / n).read_bytes() == (reference / n).read_bytes() for n in names)


def _wait_for_first_ok(manifest: Path, proc: subprocess.Popen, limit: float) -> set[str]:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.exists():
            records = json.loads(manifest.read_text())["records"]
            done = {r["input"] for r in records if r["status"] == "ok"}
            if done:
                return done
        time.sleep(0.02)
    return {r["input"] for r in json.loads(manifest.read_text())["records"]} if manifest.exists() else set()


def vanishing_convert(path: Path, options: ConvertOptions) -> OutputDocument:
    """The input disappears after planning, before the worker opens it (as on
    a worker that lacks the shared storage)."""
    path.unlink()
    return convert_pdf(path, options)


def test_input_gone_when_the_worker_opens_it_is_unreadable(tmp_path):
    src = tmp_path / "in"
    hostile.good_pdf(src / "vp.pdf", pages=1)
    result = run_batch(discover_inputs([src]), BatchConfig(outdir=tmp_path / "out"), convert=vanishing_convert)
    [record] = result.records
    assert (record.status, record.error_class, record.traceback) == ("failed", "unreadable", None)
    assert record.error.startswith("vp.pdf: cannot read on ") and "No such file" in record.error


def test_the_converter_the_batch_forks_from_holds_its_spacy_pipelines_built():
    """The batch builds one Converter before forking a child per file: both
    rule-based spaCy pipelines (cues, amounts) must be built by then, or each
    child builds them again for its one file."""
    import spacy

    from extractors.money import text_amounts
    from pipeline.convert import Converter

    text_amounts.default_finder.cache_clear()
    conv = Converter()
    assert text_amounts.default_finder.cache_info().currsize == 1
    assert isinstance(conv.amount_finder.nlp, spacy.language.Language)
    assert isinstance(conv.classifier.cues.nlp, spacy.language.Language)
    assert conv.amount_finder is text_amounts.default_finder()
