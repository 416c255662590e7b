"""The batch on a real Dask cluster: a ``dask scheduler`` and two ``dask worker``
processes on 127.0.0.1 (random ports, torn down at the end), driven through
``plandigit convert --scheduler``; a worker SIGKILLed in the middle of a batch."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import hostile
from pipeline.batch import BatchConfig, discover_inputs, run_batch
from pipeline.cli import main
from pipeline.output import TEMP_SUFFIX

distributed = pytest.importorskip("distributed")
psutil = pytest.importorskip("psutil")  # a dependency of distributed

REPO = Path(__file__).resolve().parents[1]
STARTUP = 120.0  # seconds for the scheduler and the workers to come up (a loaded 2-core machine)
RUN_LIMIT = 600.0  # seconds a batch may take before the test gives up (never hangs)


class Cluster:
    """A scheduler and ``workers`` worker processes (one thread each, no nanny:
    a killed worker stays dead), every process in its own session so that
    teardown takes their children along."""

    def __init__(self, folder: Path, workers: int = 2):
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        # the tests folder too: workers unpickle this module's conversion functions by reference
        self.env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            [str(REPO), str(REPO / "tests"), *filter(None, [os.environ.get("PYTHONPATH")])])}
        scheduler_file = folder / "scheduler.json"
        self.processes: list[subprocess.Popen] = []
        self.scheduler = self._start("scheduler", [
            "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
            "--scheduler-file", str(scheduler_file), "--idle-timeout", f"{RUN_LIMIT * 2:g}s"])
        self.address = self._read_address(scheduler_file)
        self.workers = [self._start(f"worker{n}", [
            "worker", self.address, "--host", "127.0.0.1", "--nthreads", "1", "--nworkers", "1",
            "--no-nanny", "--no-dashboard", "--death-timeout", "60", "--name", f"w{n}",
            "--local-directory", str(folder / f"w{n}")]) for n in range(workers)]
        self._wait_for_workers(workers)

    def _start(self, name: str, args: list[str]) -> subprocess.Popen:
        log = open(self.folder / f"{name}.log", "wb")
        proc = subprocess.Popen([sys.executable, "-m", "dask", *args], stdout=log, stderr=subprocess.STDOUT,
                                env=self.env, cwd=self.folder, start_new_session=True)
        log.close()
        self.processes.append(proc)
        return proc

    def _read_address(self, scheduler_file: Path) -> str:
        deadline = time.monotonic() + STARTUP
        while time.monotonic() < deadline:
            if self.scheduler.poll() is not None:
                raise RuntimeError(f"the scheduler exited: {self.log('scheduler')}")
            try:
                return json.loads(scheduler_file.read_text())["address"]
            except (FileNotFoundError, ValueError, KeyError):
                time.sleep(0.2)
        raise TimeoutError("the scheduler did not start")

    def _wait_for_workers(self, count: int) -> None:
        with distributed.Client(self.address, timeout="30s", set_as_default=False) as client:
            client.wait_for_workers(count, timeout=STARTUP)

    def log(self, name: str) -> str:
        return (self.folder / f"{name}.log").read_text(errors="replace")[-3000:]

    def close(self) -> None:
        for proc in reversed(self.processes):
            _kill_session(proc)


def _kill_session(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        pass


@pytest.fixture
def cluster(tmp_path):
    c = Cluster(tmp_path / "cluster")
    try:
        yield c
    finally:
        c.close()


def born_digital_samples() -> list[Path]:
    from bench.bench_batch import is_scanned  # samples whose pages are scans need OCR: too slow here

    return [p for p in sorted((REPO / "samples").glob("*.pdf")) if not is_scanned(p)]


def _manifest(outdir: Path) -> dict[str, dict]:
    return {r["input"]: r for r in json.loads((outdir / "manifest.json").read_text())["records"]}


def test_convert_through_a_scheduler_matches_a_local_run(cluster, tmp_path, capsys):
    src = tmp_path / "in"
    samples = born_digital_samples()
    assert len(samples) >= 2
    src.mkdir()
    for sample in samples:
        shutil.copy(sample, src / sample.name)
    hostile.text_as_pdf(src / "not_pdf.pdf")
    hostile.truncated_pdf(src / "truncated.pdf", samples[0])
    out_dask, out_local = tmp_path / "dask", tmp_path / "local"

    code = main(["convert", str(src), "-o", str(out_dask), "--scheduler", cluster.address, "--timeout", "300"])
    printed = capsys.readouterr().out
    assert code == 3, printed  # some inputs failed
    assert f"{len(samples) + 2} input(s): {len(samples)} ok, 2 failed" in printed

    records = _manifest(out_dask)
    assert sorted(records) == sorted([p.name for p in samples] + ["not_pdf.pdf", "truncated.pdf"])
    assert {name: (r["status"], r["error_class"]) for name, r in records.items()} == {
        **{p.name: ("ok", None) for p in samples},
        "not_pdf.pdf": ("failed", "not_pdf"), "truncated.pdf": ("failed", "truncated")}
    assert all(records[p.name]["pages"] > 0 and records[p.name]["seconds"] > 0 for p in samples)

    local = run_batch(discover_inputs([src]), BatchConfig(outdir=out_local, jobs=2, timeout=300))
    assert (local.totals.ok, local.totals.failed) == (len(samples), 2)
    for sample in samples:
        name = sample.with_suffix(".json").name
        assert (out_dask / name).read_bytes() == (out_local / name).read_bytes(), name
    local_records = _manifest(out_local)
    for key in ("status", "error_class", "error", "sha256", "pages", "output", "options_digest"):
        assert {n: r[key] for n, r in records.items()} == {n: r[key] for n, r in local_records.items()}, key
    assert sorted(p.name for p in out_dask.glob("*.json")) == sorted(
        [p.with_suffix(".json").name for p in samples] + ["manifest.json"])

    # a rerun through the cluster skips what is done and retries what failed
    assert main(["convert", str(src), "-o", str(out_dask), "--scheduler", cluster.address, "-q"]) == 3
    assert {n: r["status"] for n, r in _manifest(out_dask).items()} == {
        **{p.name: "skipped" for p in samples}, "not_pdf.pdf": "failed", "truncated.pdf": "failed"}


def test_a_worker_killed_mid_batch_loses_no_file(cluster, tmp_path):
    src = tmp_path / "in"
    names = [f"doc{n:02d}.pdf" for n in range(6)]
    for n, name in enumerate(names):
        hostile.good_pdf(src / name, pages=30, title=f"Nämnd {n}")
    hostile.empty_file(src / "empty.pdf")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pipeline.cli", "convert", str(src), "-o", str(out), "--scheduler",
           cluster.address, "--timeout", "300", "-q"]
    proc = subprocess.Popen(cmd, cwd=REPO, env=cluster.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        victim = psutil.Process(cluster.workers[0].pid)
        converting = _wait_for_child(victim, proc, limit=STARTUP + 120)
        assert converting, "the first worker never started converting a file"
        os.kill(victim.pid, signal.SIGKILL)
        cluster.workers[0].wait(timeout=30)
        stdout, stderr = proc.communicate(timeout=RUN_LIMIT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 3, stderr.decode(errors="replace")[-3000:]  # only empty.pdf failed
    assert all(not psutil.pid_exists(c.pid) or c.status() == psutil.STATUS_ZOMBIE for c in converting)

    records = _manifest(out)
    assert sorted(records) == sorted(names + ["empty.pdf"])  # none lost
    assert {n: (r["status"], r["error_class"]) for n, r in records.items()} == {
        **{name: ("ok", None) for name in names}, "empty.pdf": ("failed", "empty_file")}
    for name in names:  # none half-written
        doc = json.loads((out / name.replace(".pdf", ".json")).read_text())
        assert doc["source"]["pages"] == 30 and doc["source"]["sha256"] == records[name]["sha256"]
    assert list(out.rglob(f"*{TEMP_SUFFIX}")) == []
    assert sorted(p.name for p in out.glob("*.json")) == sorted(
        [n.replace(".pdf", ".json") for n in names] + ["manifest.json"])


def misbehaving_on_worker(path: Path, options):
    """As ``test_batch.misbehaving_convert``, plus ``greedy``: 8 GB, beyond the memory limit."""
    from test_batch import misbehaving_convert

    if path.stem == "greedy":
        hoard = bytearray(8 * 1024 ** 3)
        hoard[0] = 1
    return misbehaving_convert(path, options)


def test_crash_hang_oom_and_bug_fail_alone_on_the_workers(cluster, tmp_path):
    """The per-file isolation runs on the Dask workers: the same error classes
    as a local run, and the workers survive to convert the good files."""
    src = tmp_path / "in"
    names = ("good1", "crash", "segfault", "hang", "oom", "bug", "greedy", "good2")
    for name in names:
        hostile.good_pdf(src / f"{name}.pdf", pages=2)
    # the limit is on the address space of the child, which starts as a copy of the worker (~0.7 GB)
    config = BatchConfig(outdir=tmp_path / "out", executor="dask", scheduler=cluster.address, timeout=30.0,
                         max_memory_mb=2500)
    result = run_batch(discover_inputs([src]), config, convert=misbehaving_on_worker)
    by_input = {r.input: r for r in result.records}
    assert {k: (r.status, r.error_class) for k, r in by_input.items()} == {
        "good1.pdf": ("ok", None), "good2.pdf": ("ok", None),
        "crash.pdf": ("failed", "worker_crashed"), "segfault.pdf": ("failed", "worker_crashed"),
        "hang.pdf": ("failed", "timeout"), "oom.pdf": ("failed", "out_of_memory"),
        "bug.pdf": ("failed", "internal_error"), "greedy.pdf": ("failed", "out_of_memory")}
    assert "SIGSEGV" in by_input["segfault.pdf"].error and "30 s" in by_input["hang.pdf"].error
    assert "limit 2500 MB" in by_input["greedy.pdf"].error
    assert "misbehaving_convert" in by_input["bug.pdf"].traceback
    assert all(w.poll() is None for w in cluster.workers)  # no file took a worker down


def _wait_for_child(worker: "psutil.Process", batch: subprocess.Popen, limit: float) -> list:
    """The worker's child processes once it has one (a file being converted)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and batch.poll() is None:
        children = worker.children()
        if children:
            return children
        time.sleep(0.05)
    return []


def test_executor_options_are_checked_before_anything_runs(tmp_path, capsys):
    src = tmp_path / "in"
    hostile.good_pdf(src / "vp.pdf", pages=1)
    out = tmp_path / "out"
    assert main(["convert", str(src), "-o", str(out), "--executor", "local", "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--scheduler needs --executor dask" in capsys.readouterr().err
    assert main(["convert", str(src), "-o", str(out), "--scheduler", "tcp://127.0.0.1:1",
                 "--scheduler-timeout", "2"]) == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1 within 2 s" in capsys.readouterr().err
    assert not (out / "manifest.json").exists()


def test_stop_cancels_the_files_running_on_the_workers(cluster, tmp_path):
    """Ctrl-C of the client: the files running on remote workers are killed
    there (not left to finish), nothing is recorded for them, a rerun resumes."""
    from pipeline.batch import StopRequest

    src, out = tmp_path / "in", tmp_path / "out"
    for n in range(2):
        hostile.good_pdf(src / f"long{n}.pdf", pages=150, title=f"Nämnd {n}")
    workers = [psutil.Process(w.pid) for w in cluster.workers]
    seen: list = []

    class StopWhenConverting(StopRequest):
        @property
        def requested(self) -> bool:
            if self.signum is None:
                seen.extend(c for w in workers for c in w.children())
                if seen:
                    self.signum = signal.SIGINT
            return self.signum is not None

    result = run_batch(discover_inputs([src]), BatchConfig(outdir=out, scheduler=cluster.address,
                                                           executor="dask", timeout=300),
                       stop=StopWhenConverting())
    assert result.interrupted and result.records == [] and result.totals.pending == 2
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(psutil.pid_exists(c.pid) and c.status() != psutil.STATUS_ZOMBIE
                                              for c in seen):
        time.sleep(0.1)
    assert all(not psutil.pid_exists(c.pid) or c.status() == psutil.STATUS_ZOMBIE for c in seen)
    assert sorted(p.name for p in out.glob("*.json")) == ["manifest.json"]
