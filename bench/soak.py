"""Soak of a whole archive: kills, resume, a Dask cluster losing a worker, memory over time.

Run by hand, not in CI (the default takes tens of minutes on 2 cores).  Prints
figures; every broken invariant prints a ``FAIL`` line and the exit code is 1.

1. Builds a seeded archive of ``--n`` inputs (``bench/soak_archive.py``: born-digital
   PDFs of every producer, scans, damaged mutants, hostile files, duplicates,
   non-PDFs, one ``--big-pages`` document) and prints its composition.
2. Converts the long document alone (time, s/page, peak RSS) and its first 100
   pages (linearity).
3. A reference run: ``python3 -m pipeline convert ARCHIVE -o ref --jobs 2 --glob '*'``,
   uninterrupted.
4. The same command into another folder, SIGKILLed (its whole process group)
   twice at seeded random moments (10–45 % of the reference's wall time after
   each start) and rerun until it finishes (resume).
5. Unless ``--skip-dask``: a ``dask scheduler`` and two ``dask worker`` processes
   on 127.0.0.1 (the commands of docs/cluster.md), the same archive with
   ``--scheduler``; one worker process SIGKILLed mid-run (its nanny restarts it).

Checks: every input has exactly one manifest record, ``ok``/``skipped`` with its
JSON or ``failed`` with an error class; the same status and class in every run;
the JSONs byte-identical between the three runs; no temp file
(``*.plandigit.tmp``, or anything in the runs' own TMPDIR) left; no process
left behind a kill; RSS of the long-lived processes (the batch process, each
Dask worker) at start, middle and end, flat.

    python bench/soak.py [--seed 1] [--n 500] [--big-pages 1000] [--skip-dask] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from soak_archive import REPO, build_archive, slice_pdf  # noqa: E402

TEMP_SUFFIX = ".plandigit.tmp"  # pipeline/output.py
FAILS: list[str] = []


def say(line: str = "") -> None:
    print(line, flush=True)


def fail(line: str) -> None:
    FAILS.append(line)
    say(f"FAIL {line}")


# ---------------------------------------------------------------- /proc sampling


def proc_parents() -> dict[int, int]:
    table = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    table[int(name)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    return table


def descendants(table: dict[int, int], root: int) -> dict[int, int]:
    """pid → depth below ``root`` (root itself at 0, if alive)."""
    children: dict[int, list[int]] = {}
    for pid, ppid in table.items():
        children.setdefault(ppid, []).append(pid)
    out, todo = {}, [(root, 0)] if root in table else []
    while todo:
        pid, depth = todo.pop()
        out[pid] = depth
        todo += [(c, depth + 1) for c in children.get(pid, [])]
    return out


def mem_mib(pid: int, field: str = "VmRSS") -> float:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


class Sampler:
    """Every ``interval`` s: RSS of the long-lived processes ``roles()`` names
    (label → pids), and the summed RSS / highest peak of their short-lived
    descendants (the per-file children)."""

    def __init__(self, roles: Callable[[dict[int, int]], tuple[dict[str, int], list[int]]], interval: float = 1.0):
        self.roles, self.interval = roles, interval
        self.series: dict[str, list[tuple[float, float]]] = {}
        self.children_peak = 0.0  # VmHWM of the largest per-file process tree member
        self.children_sum_peak = 0.0
        self.last_children: set[int] = set()
        self.started = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "Sampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def sample(self) -> None:
        table = proc_parents()
        longlived, children = self.roles(table)
        t = time.monotonic() - self.started
        for label, pid in longlived.items():
            rss = mem_mib(pid)
            if rss:
                self.series.setdefault(label, []).append((t, rss))
        self.last_children = set(children)
        self.children_peak = max([self.children_peak] + [mem_mib(p, "VmHWM") for p in children])
        self.children_sum_peak = max(self.children_sum_peak, sum(mem_mib(p) for p in children))

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def report(self, name: str) -> None:
        for label, points in sorted(self.series.items()):
            if len(points) < 3:
                continue
            t_end = points[-1][0]
            warm = [p for p in points if p[0] >= points[0][0] + 10] or points  # after imports and warm-up
            start, end = warm[0][1], points[-1][1]
            middle = min(points, key=lambda p: abs(p[0] - (warm[0][0] + t_end) / 2))[1]
            peak = max(p[1] for p in points)
            say(f"  {name} RSS {label}: start {start:.0f} MiB, middle {middle:.0f}, end {end:.0f}, peak {peak:.0f} "
                f"({len(points)} samples over {t_end - points[0][0]:.0f} s)")
            if end > max(start * 1.5, start + 150):
                fail(f"{name}: RSS of {label} grew from {start:.0f} to {end:.0f} MiB")
        say(f"  {name} per-file processes: peak RSS {self.children_peak:.0f} MiB (largest one), "
            f"{self.children_sum_peak:.0f} MiB (all at once)")


def local_roles(root: int) -> Callable[[dict[int, int]], tuple[dict[str, int], list[int]]]:
    def roles(table: dict[int, int]) -> tuple[dict[str, int], list[int]]:
        tree = descendants(table, root)
        return {"batch process": root} if root in tree else {}, [p for p, d in tree.items() if d >= 1]
    return roles


def dask_roles(nannies: list[int], client: list[int]) -> Callable[[dict[int, int]], tuple[dict[str, int], list[int]]]:
    def roles(table: dict[int, int]) -> tuple[dict[str, int], list[int]]:
        longlived, children = {}, []
        for i, nanny in enumerate(nannies):
            tree = descendants(table, nanny)
            for pid in dask_workers(tree):
                longlived[f"worker {i + 1} (pid {pid})"] = pid
                children += [p for p in descendants(table, pid) if p != pid]
        if client and client[0] in table:
            longlived["client"] = client[0]
        return longlived, children
    return roles


def dask_workers(tree: dict[int, int]) -> list[int]:
    """The Worker processes a ``dask worker`` (its nanny) spawned."""
    return [p for p, d in tree.items() if d == 1 and "resource_tracker" not in cmdline(p)
            and "python" in cmdline(p)]


# ---------------------------------------------------------------- runs


def convert_cmd(archive: Path, out: Path, extra: list[str]) -> list[str]:
    return [sys.executable, "-m", "pipeline", "convert", str(archive), "-o", str(out), "--glob", "*", *extra]


class Run:
    """One ``plandigit convert`` subprocess in its own session; output to ``log``."""

    def __init__(self, cmd: list[str], log: Path, env: dict[str, str]):
        self.log = log
        with open(log, "ab") as f:
            f.write(("\n$ " + " ".join(cmd) + "\n").encode())
            f.flush()
            self.proc = subprocess.Popen(cmd, cwd=REPO, stdout=f, stderr=subprocess.STDOUT, env=env,
                                         start_new_session=True)
        self.started = time.monotonic()
        self.maxrss_mib = 0.0

    def wait(self) -> int:
        _, status, usage = os.wait4(self.proc.pid, 0)
        self.proc.returncode = os.waitstatus_to_exitcode(status)
        self.maxrss_mib = usage.ru_maxrss / 1024  # the largest of the process and the children it waited for
        return self.proc.returncode

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started


def run_env(tmp: Path) -> dict[str, str]:
    tmp.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, TMPDIR=str(tmp), PYTHONUNBUFFERED="1")
    env.pop("PYTHONPATH", None)
    return env


def timed(cmd: list[str], log: Path, env: dict[str, str], roles=None) -> tuple[int, float, Run, Optional[Sampler]]:
    run = Run(cmd, log, env)
    sampler = Sampler(roles(run.proc.pid)) if roles else None
    if sampler:
        with sampler:
            code = run.wait()
    else:
        code = run.wait()
    return code, run.seconds, run, sampler


def killed_and_resumed(cmd: list[str], log: Path, env: dict[str, str], moments: list[float]) -> tuple[int, float, int]:
    """Run ``cmd``, SIGKILL its process group after each of ``moments`` seconds
    (from each start), rerun; returns the last exit code, the total wall time
    and the number of runs."""
    total, runs = 0.0, 0
    for moment in moments + [None]:
        run = Run(cmd, log, env)
        runs += 1
        if moment is None:
            code = run.wait()
            total += run.seconds
            return code, total, runs
        deadline = run.started + moment
        while time.monotonic() < deadline and run.proc.poll() is None:
            time.sleep(0.2)
        if run.proc.poll() is not None:
            say(f"  run {runs} finished (exit {run.proc.returncode}) before its kill at {moment:.0f} s")
            total += run.seconds
            return run.proc.returncode, total, runs
        tree = set(descendants(proc_parents(), run.proc.pid))
        os.killpg(run.proc.pid, signal.SIGKILL)
        code = run.wait()
        total += run.seconds
        left, lingered = survivors(tree - {run.proc.pid})
        say(f"  run {runs}: SIGKILL to the process group at {moment:.0f} s ({len(tree)} processes), exit {code}; "
            f"{len(left)} left alive after 2 s" + (f", the last gone after {lingered:.0f} s" if left else ""))
        if left:
            fail(f"processes outlived the SIGKILL of the batch by up to {lingered:.0f} s: {sorted(set(left.values()))}")
    raise AssertionError("unreachable")


def alive(pid: int) -> bool:
    """Running (a zombie waiting for its parent is not)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def survivors(pids: set[int], grace: float = 2.0, patience: float = 120.0) -> tuple[dict[int, str], float]:
    """Of ``pids`` (just killed, or whose parent was), those still running after
    ``grace`` s (pid → command), and how long the last of them took to go
    (SIGKILLed after ``patience`` s)."""
    start = time.monotonic()
    time.sleep(grace)
    left = {p: " ".join(cmdline(p).split())[:120] or "?" for p in pids if alive(p)}
    while any(alive(p) for p in left) and time.monotonic() - start < patience:
        time.sleep(0.5)
    for p in left:
        if alive(p):
            os.kill(p, signal.SIGKILL)
    return left, time.monotonic() - start


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dask_run(archive: Path, out: Path, log: Path, env: dict[str, str], kill_at: float,
             rng: random.Random) -> tuple[int, float, Sampler]:
    """A scheduler and two workers on loopback (docs/cluster.md), the batch with
    ``--scheduler``, one Worker process SIGKILLed at ``kill_at`` s."""
    port = free_port()
    # the dask command's sys.path starts at its own script, not here: without this a worker
    # imports whatever plandigit pip installed (another checkout), not this tree
    env = dict(env, PYTHONPATH=str(REPO))
    address = f"tcp://127.0.0.1:{port}"
    cluster: list[subprocess.Popen] = []
    logf = open(log.with_suffix(".cluster.log"), "ab")
    try:
        cluster.append(subprocess.Popen(
            ["dask", "scheduler", "--host", "127.0.0.1", "--port", str(port), "--dashboard-address", "127.0.0.1:0",
             "--no-dashboard"], stdout=logf, stderr=subprocess.STDOUT, env=env, start_new_session=True))
        time.sleep(3)
        for _ in range(2):
            cluster.append(subprocess.Popen(
                ["dask", "worker", address, "--host", "127.0.0.1", "--dashboard-address", "127.0.0.1:0",
                 "--no-dashboard", "--nworkers", "1", "--nthreads", "1"],
                stdout=logf, stderr=subprocess.STDOUT, env=env, cwd=REPO, start_new_session=True))
        nannies = [p.pid for p in cluster[1:]]
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not all(dask_workers(descendants(proc_parents(), n)) for n in nannies):
            time.sleep(0.5)
        time.sleep(2)
        client: list[int] = []
        sampler = Sampler(dask_roles(nannies, client))
        with sampler:
            run = Run(convert_cmd(archive, out, ["--scheduler", address]), log, env)
            client.append(run.proc.pid)
            victim = rng.randrange(2)
            ended: list[tuple[int, float]] = []  # (exit code, wall seconds), set by the waiter thread
            waiter = threading.Thread(target=lambda: ended.append((run.wait(), run.seconds)), daemon=True)
            waiter.start()
            while run.seconds < kill_at and not ended:
                time.sleep(0.2)
            if not ended:
                table = proc_parents()
                workers = dask_workers(descendants(table, nannies[victim]))
                files = [p for w in workers for p in descendants(table, w) if p != w]
                killed_at = run.seconds
                for w in workers:
                    os.kill(w, signal.SIGKILL)
                left, lingered = survivors(set(files))  # the batch goes on meanwhile
                say(f"  SIGKILL to dask worker {victim + 1} (pid {workers}) at {killed_at:.0f} s, "
                    f"{len(files)} process(es) under it; {len(left)} alive after 2 s"
                    + (f", the last gone after {lingered:.0f} s" if left else ""))
                if left:
                    fail(f"processes outlived their killed Dask worker by up to {lingered:.0f} s: "
                         f"{sorted(set(left.values()))}")
            else:
                say(f"  the Dask run finished before the worker kill at {kill_at:.0f} s")
            waiter.join()
        code, seconds = ended[0]
        return code, seconds, sampler
    finally:
        for p in reversed(cluster):
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for p in reversed(cluster):
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
        logf.close()


# ---------------------------------------------------------------- checks


def outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name not in ("manifest.json", ".plandigit.lock")}


def check_manifest(name: str, out: Path, inputs: set[str]) -> dict[str, tuple[str, Optional[str]]]:
    """Every input exactly once, finished; returns input → (done|failed, error class)."""
    manifest = json.loads((out / "manifest.json").read_text())
    counts = Counter(r["input"] for r in manifest["records"])
    for rel in sorted(inputs - set(counts)):
        fail(f"{name}: no manifest record for {rel}")
    for rel, k in sorted(counts.items()):
        if k > 1:
            fail(f"{name}: {k} manifest records for {rel}")
        if rel not in inputs:
            fail(f"{name}: a manifest record for {rel}, which is not an input")
    states = {}
    for r in manifest["records"]:
        if r["status"] in ("ok", "skipped"):
            if not (out / r["output"]).is_file():
                fail(f"{name}: {r['input']} is {r['status']} but {r['output']} is missing")
            states[r["input"]] = ("done", None)
        elif r["status"] == "failed":
            if not r.get("error_class"):
                fail(f"{name}: {r['input']} failed without an error class")
            states[r["input"]] = ("failed", r.get("error_class"))
        else:
            fail(f"{name}: {r['input']} ends {r['status']!r}")
    run = manifest["run"]
    say(f"  {name}: manifest {len(manifest['records'])} records, last run: {run['ok']} ok, {run['failed']} failed, "
        f"{run['skipped']} skipped, {run['pending']} pending, interrupted={run['interrupted']}")
    return states


def check_no_temp(name: str, out: Path, tmp: Path, killed: bool = False) -> None:
    """No temp file in the output folder; nothing left in the run's own TMPDIR
    (a SIGKILLed run cannot clean that up: reported as a note then)."""
    left = [p for p in out.rglob("*") if p.name.endswith(TEMP_SUFFIX) or (p.name.startswith(".")
                                                                          and p.name != ".plandigit.lock")]
    say(f"  {name}: {len(left)} temporary files left in the output folder")
    for p in left:
        fail(f"{name}: temporary file left: {p}")
    stray = sorted(p for p in tmp.iterdir() if p.name != "dask-scratch-space") if tmp.exists() else []
    if stray:
        size = sum(f.stat().st_size for p in stray for f in ([p] if p.is_file() else p.rglob("*")) if f.is_file())
        say(f"  {name}: {len(stray)} entries ({size / 2**20:.1f} MiB) left in the runs' TMPDIR: "
            f"{', '.join(p.name for p in stray[:6])}")
    for p in stray:
        (say if killed else fail)(f"{'NOTE ' if killed else ''}{name}: left in TMPDIR: {p}")


def compare(name: str, ref: dict[str, bytes], other: dict[str, bytes]) -> None:
    missing, extra = sorted(set(ref) - set(other)), sorted(set(other) - set(ref))
    differ = sorted(k for k in set(ref) & set(other) if ref[k] != other[k])
    say(f"  {name} vs reference: {len(set(ref) & set(other)) - len(differ)} of {len(ref)} outputs byte-identical, "
        f"{len(differ)} differ, {len(missing)} missing, {len(extra)} extra")
    for k in missing + extra + differ:
        fail(f"{name}: output {k} {'missing' if k in missing else 'extra' if k in extra else 'differs'}")


def compare_states(name: str, ref: dict, other: dict) -> None:
    for rel in sorted(set(ref) & set(other)):
        if ref[rel] != other[rel]:
            fail(f"{name}: {rel} ends {other[rel]}, reference {ref[rel]}")


def record_of(out: Path, rel: str) -> dict:
    return next(r for r in json.loads((out / "manifest.json").read_text())["records"] if r["input"] == rel)


def long_alone(work: Path, archive, big_pages: int, logs: Path) -> None:
    """The long document converted alone, then its first 100 pages: s/page and peak RSS."""
    jobs = ["--jobs", "2"]
    say("\nlong document alone:")
    big = work / "archive" / archive.big
    pieces = [("slice", slice_pdf(big, work / "alone" / "big-100.pdf", 0, min(100, big_pages))), ("big", big)]
    per_page = {}
    for label, pdf in pieces:
        out, tmp = work / f"out-{label}", work / f"tmp-{label}"
        code, secs, run, sampler = timed(convert_cmd(pdf, out, jobs), logs / f"{label}.log", run_env(tmp),
                                         roles=local_roles)
        rec = record_of(out, pdf.name)
        pages = rec["pages"] or 0
        per_page[label] = rec["seconds"] / max(1, pages)
        say(f"  {pdf.name}: exit {code}, {rec['status']}, {pages} pages, {secs:.1f} s wall, "
            f"{rec['seconds']:.1f} s converting = {per_page[label]:.3f} s/page, "
            f"peak RSS {max(run.maxrss_mib, sampler.children_peak):.0f} MiB")
        if rec["status"] != "ok":
            fail(f"{pdf.name} ends {rec['status']} {rec.get('error_class')}: {rec.get('error')}")
        check_no_temp(label, out, tmp)
    ratio = per_page["big"] / per_page["slice"] if per_page.get("slice") else float("nan")
    say(f"  s/page {big_pages} pages / 100 pages: {ratio:.2f} (1.00 = linear)")
    if ratio > 2.0:
        fail(f"the long document costs {ratio:.2f}x per page what its first 100 pages cost")


# ---------------------------------------------------------------- main


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=500, help="inputs in the archive")
    ap.add_argument("--big-pages", type=int, default=1000, help="pages of the long document")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--only-long", action="store_true", help="only the long document alone and its 100-page slice")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    work = args.keep or Path(tempfile.mkdtemp(prefix="plandigit-soak-"))
    if args.keep and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    try:
        archive = build_archive(work / "archive", n=0 if args.only_long else args.n, big_pages=args.big_pages,
                                seed=args.seed)
        inputs = set(archive.kinds)
        say(f"soak: seed {args.seed}, {len(inputs)} inputs in {work / 'archive'} (built in {time.monotonic() - t0:.0f} s), "
            f"{sum(p.stat().st_size for p in (work / 'archive').rglob('*') if p.is_file()) / 2**20:.0f} MiB")
        for kind, k in sorted(Counter(archive.kinds.values()).items()):
            say(f"  {k:4d}  {kind}")
        logs = work / "logs"
        logs.mkdir()
        jobs = ["--jobs", "2"]

        if not args.only_long:
            say("\nreference run (uninterrupted):")
            tmp = work / "tmp-ref"
            code, ref_secs, run, sampler = timed(convert_cmd(work / "archive", work / "ref", jobs), logs / "ref.log",
                                                 run_env(tmp), roles=local_roles)
            manifest = json.loads((work / "ref" / "manifest.json").read_text())
            pages = manifest["run"]["pages"]
            say(f"  exit {code}, {ref_secs:.0f} s wall, {pages} pages, {pages / ref_secs:.2f} pages/s, "
                f"{len(inputs) / ref_secs * 60:.0f} files/min")
            if code not in (0, 3):
                fail(f"reference run exit code {code}")
            sampler.report("reference")
            ref_states = check_manifest("reference", work / "ref", inputs)
            check_no_temp("reference", work / "ref", tmp)
            classes = Counter(c or "ok" for _, c in ref_states.values())
            say("  outcome: " + ", ".join(f"{k} {v}" for k, v in classes.most_common()))
            by_kind: dict[str, Counter] = {}
            for rel, (_, c) in ref_states.items():
                by_kind.setdefault(archive.kinds[rel].split(":")[0] + ":" + (archive.kinds[rel].split(":") + [""])[1],
                                   Counter())[c or "ok"] += 1
            for kind, counter in sorted(by_kind.items()):
                say(f"    {kind:32s} " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
            ref_out = outputs(work / "ref")
            big_rec = record_of(work / "ref", archive.big)
            say(f"  {archive.big} in the batch: {big_rec['pages']} pages, {big_rec['seconds']:.0f} s "
                f"= {big_rec['seconds'] / max(1, big_rec['pages'] or 0):.3f} s/page")

            say("\nkilled twice and resumed:")
            moments = [rng.uniform(0.1, 0.45) * ref_secs for _ in range(2)]
            tmp = work / "tmp-killed"
            code, secs, runs = killed_and_resumed(convert_cmd(work / "archive", work / "killed", jobs),
                                                  logs / "killed.log", run_env(tmp), moments)
            say(f"  final run exit {code}; {runs} runs, {secs:.0f} s wall in all")
            if code not in (0, 3):
                fail(f"resumed run exit code {code}")
            compare_states("killed+resumed", ref_states, check_manifest("killed+resumed", work / "killed", inputs))
            check_no_temp("killed+resumed", work / "killed", tmp, killed=True)
            compare("killed+resumed", ref_out, outputs(work / "killed"))

            if not args.skip_dask:
                say("\nDask: scheduler + 2 workers on 127.0.0.1, one worker SIGKILLed:")
                tmp = work / "tmp-dask"
                code, secs, sampler = dask_run(work / "archive", work / "dask", logs / "dask.log", run_env(tmp),
                                               rng.uniform(0.2, 0.5) * ref_secs, rng)
                say(f"  exit {code}, {secs:.0f} s wall, {pages / secs:.2f} pages/s")
                if code not in (0, 3):
                    fail(f"Dask run exit code {code}")
                sampler.report("dask")
                compare_states("dask", ref_states, check_manifest("dask", work / "dask", inputs))
                check_no_temp("dask", work / "dask", tmp, killed=True)
                compare("dask", ref_out, outputs(work / "dask"))
        long_alone(work, archive, args.big_pages, logs)
    finally:
        say(f"\nsoak: {time.monotonic() - t0:.0f} s in all; work folder {work}"
            + ("" if args.keep else " (removed)"))
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    say(f"soak: {len(FAILS)} FAIL line(s)" if FAILS else "soak: every invariant held")
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
