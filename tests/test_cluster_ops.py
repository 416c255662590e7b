"""A Dask cluster that exposes nothing by default, and a client that fails fast
and quietly: the LocalCluster's and the documented commands' sockets are all
on loopback; an unreachable scheduler is exit 2 within --scheduler-timeout; a
lost connection is one log line; TLS files become the client's Security and
a batch runs over tls:// (docs/cluster.md, pipeline/executors/dask.py)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

import hostile
from pipeline.cli import build_parser, main, subcommands, tls_files
from pipeline.executors import ExecutorSettings, ExecutorUnavailable, TlsFiles

distributed = pytest.importorskip("distributed")
psutil = pytest.importorskip("psutil")  # a dependency of distributed

from pipeline.executors.dask import DaskExecutor, QuietDisconnects, client_security  # noqa: E402
from test_dask import _kill_session  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
STARTUP = 120.0  # seconds for Dask processes to come up on a loaded 2-core machine


def listening(root: psutil.Process) -> list[tuple[int, str, int]]:
    """(pid, ip, port) of every TCP socket listening in ``root``'s process tree."""
    found = []
    for proc in [root, *root.children(recursive=True)]:
        try:
            conns = proc.net_connections(kind="inet")
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        found += [(proc.pid, c.laddr.ip, c.laddr.port) for c in conns if c.status == psutil.CONN_LISTEN]
    return found


def free_port() -> int:
    """A loopback port nothing listens on (bound, then closed again)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------- loopback only


def test_local_cluster_listens_on_loopback_only():
    me = psutil.Process()
    before = set(listening(me))
    executor = DaskExecutor(ExecutorSettings(jobs=2), convert=None)
    try:
        sockets = [s for s in listening(me) if s not in before]
        addresses = [executor.cluster.scheduler_address, *executor.client.scheduler_info()["workers"]]
        ports = {port for _, _, port in sockets}
        # the scheduler, both workers, both nannies, and the HTTP servers Dask starts without a dashboard
        assert len(sockets) >= 7, sockets
        assert all(int(a.rsplit(":", 1)[1]) in ports for a in addresses), (addresses, sockets)
        assert {ip for _, ip, _ in sockets} == {"127.0.0.1"}, sockets
        assert 8787 not in ports  # no fixed dashboard port to collide on (or to expose)
    finally:
        executor.close()


def documented_commands() -> dict[str, list[str]]:
    """The one-machine ``dask scheduler`` / ``dask worker`` lines of docs/cluster.md."""
    text = (REPO / "docs" / "cluster.md").read_text(encoding="utf-8")
    block = text.split("# one machine: everything on loopback", 1)[1].split("```", 1)[0]
    lines = {}
    for line in block.strip().splitlines():
        words = shlex.split(line)
        if words[:2] in (["dask", "scheduler"], ["dask", "worker"]):
            lines[words[1]] = words[2:]
    return lines


def test_the_documented_commands_listen_on_loopback_only_and_stop_with_the_scheduler(tmp_path):
    commands = documented_commands()
    scheduler_args = commands["scheduler"]
    worker_args = commands["worker"]
    assert {"--host", "--dashboard-address"} <= set(scheduler_args) and "127.0.0.1:8786" in worker_args[0]
    # the same commands on free ports: --port 8786 → 0, dashboard 8787 → 0
    scheduler_args = [("0" if a == "8786" else "127.0.0.1:0" if a == "127.0.0.1:8787" else a)
                      for a in scheduler_args]
    scheduler_file = tmp_path / "scheduler.json"
    processes = []

    def start(args):
        log = open(tmp_path / f"{args[0]}.log", "wb")
        proc = subprocess.Popen([sys.executable, "-m", "dask", *args], stdout=log, stderr=subprocess.STDOUT,
                                cwd=tmp_path, start_new_session=True)
        log.close()
        processes.append(proc)
        return proc

    try:
        scheduler = start(["scheduler", *scheduler_args, "--scheduler-file", str(scheduler_file)])
        address = _read_address(scheduler_file, scheduler)
        worker = start(["worker", address, *worker_args[1:]])
        with distributed.Client(address, timeout=30, set_as_default=False) as client:
            client.wait_for_workers(1, timeout=STARTUP)
            worker_address = next(iter(client.scheduler_info()["workers"]))
        sockets = listening(psutil.Process(scheduler.pid)) + listening(psutil.Process(worker.pid))
        ports = {port for _, _, port in sockets}
        assert int(address.rsplit(":", 1)[1]) in ports and int(worker_address.rsplit(":", 1)[1]) in ports
        # scheduler: comm + HTTP; worker: nanny + worker comm + worker HTTP
        assert len(sockets) >= 5, sockets
        assert {ip for _, ip, _ in sockets} == {"127.0.0.1"}, sockets
        # docs/cluster.md, "Stopping a cluster cleanly": Ctrl-C of the scheduler closes the workers too
        scheduler.send_signal(signal.SIGINT)
        assert scheduler.wait(timeout=60) == 0
        worker.wait(timeout=60)
        assert "End worker" in (tmp_path / "worker.log").read_text()
    finally:
        for proc in reversed(processes):
            _kill_session(proc)


def _read_address(scheduler_file: Path, scheduler: subprocess.Popen) -> str:
    deadline = time.monotonic() + STARTUP
    while time.monotonic() < deadline and scheduler.poll() is None:
        try:
            return json.loads(scheduler_file.read_text())["address"]
        except (FileNotFoundError, ValueError, KeyError):
            time.sleep(0.2)
    raise RuntimeError("the scheduler did not start")


# ---------------------------------------------------------------- failing fast and quietly


def test_an_unreachable_scheduler_is_exit_2_within_the_timeout(tmp_path):
    src = tmp_path / "in"
    hostile.good_pdf(src / "vp.pdf", pages=1)
    out = tmp_path / "out"
    address = f"tcp://127.0.0.1:{free_port()}"
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "pipeline", "convert", str(src), "-o", str(out),
                           "--scheduler", address, "--scheduler-timeout", "2"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    took = time.monotonic() - started
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip() == f"plandigit: error: cannot reach the Dask scheduler at {address} within 2 s"
    assert took < 30  # a generous bound: the default used to be 30 s of connecting alone
    assert not (out / "manifest.json").exists()


def test_the_scheduler_timeout_defaults_to_10_s_and_must_be_positive(capsys):
    parser = build_parser(subcommands())
    args = parser.parse_args(["convert", "in", "-o", "out"])
    assert args.scheduler_timeout == 10.0
    assert parser.parse_args(["convert", "in", "-o", "out", "--scheduler-timeout", "2.5"]).scheduler_timeout == 2.5
    assert main(["convert", "in", "-o", "out", "--scheduler-timeout", "0"]) == 2
    assert "must be more than 0" in capsys.readouterr().err


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_a_scheduler_lost_under_the_client_is_one_log_line(tmp_path):
    """Closed while the client reconnects (distributed logs a CommClosedError
    traceback), and given up on after --scheduler-timeout: one line each, no
    traceback; the batch's next submit says the scheduler is lost."""
    from pipeline.executors import FileTask
    from pathlib import PurePosixPath
    from models.options import ConvertOptions

    handler = Records()
    logger = logging.getLogger("distributed")  # distributed's loggers do not propagate to the root
    logger.addHandler(handler)
    try:
        # 1. the executor closed while its client is still reconnecting
        with _scheduler(tmp_path / "a") as address:
            executor = DaskExecutor(ExecutorSettings(scheduler=address, scheduler_timeout=30), convert=None)
        time.sleep(1.0)
        executor.close()
        closed = _closed_lines(handler)
        # 2. the client gives up after the timeout; then submit fails with one line
        with _scheduler(tmp_path / "b") as address:
            executor = DaskExecutor(ExecutorSettings(scheduler=address, scheduler_timeout=2), convert=None)
        deadline = time.monotonic() + 60
        while executor.client.status != "closed" and time.monotonic() < deadline:
            time.sleep(0.2)
        task = FileTask(index=0, path=tmp_path / "x.pdf", output=PurePosixPath("x.json"), options=ConvertOptions(),
                        tables_csv=False)
        with pytest.raises(ExecutorUnavailable, match=f"lost the Dask scheduler at {address}"):
            executor.submit(task)
        executor.close()  # does not raise on the closed client
    finally:
        logger.removeHandler(handler)
    assert closed and all("CommClosedError" in r.getMessage() for r in closed), \
        [r.getMessage() for r in handler.records]
    assert any("Failed to reconnect" in r.getMessage() for r in handler.records)
    assert all(r.exc_info is None and r.exc_text is None for r in handler.records)  # no traceback anywhere
    assert all("\n" not in handler.format(r) for r in handler.records)
    # the filter leaves with the executor
    assert not any(isinstance(f, QuietDisconnects) for f in logging.getLogger("distributed.client").filters)


def test_a_batch_whose_scheduler_is_lost_stops_with_one_line(tmp_path):
    """The scheduler dies as the batch starts: after --scheduler-timeout the
    batch stops with ExecutorUnavailable (the CLI's exit 2 and one line), the
    files it had submitted recorded as dropped (a rerun converts them)."""
    from pipeline.batch import BatchConfig, discover_inputs, run_batch

    src = tmp_path / "in"
    for n in range(3):
        hostile.good_pdf(src / f"d{n}.pdf", pages=1)
    with _scheduler(tmp_path / "s") as address:
        class KillAtStart:
            def planned(self, total, to_convert):
                os.killpg(_scheduler_pid(tmp_path / "s"), signal.SIGKILL)

            def finished(self, record):
                pass

        config = BatchConfig(outdir=tmp_path / "out", executor="dask", scheduler=address, scheduler_timeout=2)
        with pytest.raises(ExecutorUnavailable, match=f"lost the Dask scheduler at {address}"):
            run_batch(discover_inputs([src]), config, observer=KillAtStart())
    records = json.loads((tmp_path / "out" / "manifest.json").read_text())["records"]
    assert records and {(r["status"], r["error_class"]) for r in records} == {("failed", "internal_error")}
    assert all("connection to the Dask scheduler was lost" in r["error"] for r in records)


def _scheduler_pid(folder: Path) -> int:
    return int((folder / "scheduler.pid").read_text())


@contextlib.contextmanager
def _scheduler(folder: Path):
    """A ``dask scheduler`` on loopback, SIGKILLed when the block ends."""
    folder.mkdir()
    scheduler_file = folder / "scheduler.json"
    proc = subprocess.Popen(
        [sys.executable, "-m", "dask", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
         "--dashboard-address", "127.0.0.1:0", "--scheduler-file", str(scheduler_file)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    (folder / "scheduler.pid").write_text(str(proc.pid))
    try:
        yield _read_address(scheduler_file, proc)
    finally:
        _kill_session(proc)


def _closed_lines(handler: Records) -> list[logging.LogRecord]:
    return [r for r in handler.records if r.getMessage().startswith("Dask connection closed")]


# ---------------------------------------------------------------- TLS


def _tls_args(*extra: str):
    return build_parser(subcommands()).parse_args(["convert", "in", "-o", "out", *extra])


def test_tls_options_become_the_clients_security(tmp_path, monkeypatch):
    ca, cert, key = (tmp_path / n for n in ("ca.pem", "node.pem", "node.key"))
    args = _tls_args("--scheduler", "tls://10.0.0.5:8786", "--tls-ca-file", str(ca), "--tls-cert", str(cert),
                     "--tls-key", str(key))
    files = tls_files(args)
    assert files == TlsFiles(ca_file=str(ca), cert=str(cert), key=str(key))
    security = client_security(ExecutorSettings(scheduler=args.scheduler, tls=files))
    assert (security.tls_ca_file, security.tls_client_cert, security.tls_client_key) == (str(ca), str(cert), str(key))
    assert security.require_encryption is True
    # from the environment when no option is given
    monkeypatch.setenv("PLANDIGIT_TLS_CA_FILE", str(ca))
    monkeypatch.setenv("PLANDIGIT_TLS_CERT", str(cert))
    assert tls_files(_tls_args()) == TlsFiles(ca_file=str(ca), cert=str(cert), key=None)
    monkeypatch.delenv("PLANDIGIT_TLS_CA_FILE")
    monkeypatch.delenv("PLANDIGIT_TLS_CERT")
    assert tls_files(_tls_args()) is None
    # no files and a tcp:// scheduler: Dask's own configuration (None)
    assert client_security(ExecutorSettings(scheduler="tcp://10.0.0.5:8786")) is None


def test_tls_misuse_is_exit_2_before_anything_runs(tmp_path, capsys):
    import dask

    src = tmp_path / "in"
    hostile.good_pdf(src / "vp.pdf", pages=1)
    out = tmp_path / "out"
    pem = str(tmp_path / "x.pem")
    assert main(["convert", str(src), "-o", str(out), "--tls-ca-file", pem]) == 2
    assert "need --scheduler tls://" in capsys.readouterr().err
    assert main(["convert", str(src), "-o", str(out), "--scheduler", "tcp://127.0.0.1:1", "--tls-ca-file", pem]) == 2
    assert "not tls://" in capsys.readouterr().err
    with dask.config.set({"distributed.comm.tls.ca-file": None}):
        assert main(["convert", str(src), "-o", str(out), "--scheduler", "tls://127.0.0.1:1"]) == 2
    assert "a tls:// scheduler needs --tls-ca-file and --tls-cert" in capsys.readouterr().err
    assert not (out / "manifest.json").exists()
    with pytest.raises(ExecutorUnavailable):
        DaskExecutor(ExecutorSettings(scheduler="tcp://127.0.0.1:1", tls=TlsFiles(ca_file=pem)), convert=None)


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.skipif(not Path("/usr/bin/openssl").exists(), reason="needs the openssl command")
def test_a_batch_over_tls_with_the_documented_certificates(tmp_path):
    """The certificate commands, scheduler, worker and client of docs/cluster.md's
    TLS section, on loopback: the batch converts; without the client's
    certificate the scheduler cannot be reached."""
    certs = tmp_path / "certs"
    certs.mkdir()
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=plandigit cluster CA",
             "-keyout", "ca.key", "-out", "ca.pem", cwd=certs)
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=plandigit node", "-keyout", "node.key",
             "-out", "node.csr", cwd=certs)
    _openssl("x509", "-req", "-in", "node.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2",
             "-out", "node.pem", cwd=certs)
    tls = ["--tls-ca-file", str(certs / "ca.pem"), "--tls-cert", str(certs / "node.pem"),
           "--tls-key", str(certs / "node.key")]
    scheduler_file = tmp_path / "scheduler.json"
    processes = []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])])}

    def start(name, args):
        log = open(tmp_path / f"{name}.log", "wb")
        proc = subprocess.Popen([sys.executable, "-m", "dask", *args], stdout=log, stderr=subprocess.STDOUT,
                                cwd=tmp_path, env=env, start_new_session=True)
        log.close()
        processes.append(proc)
        return proc

    src, out = tmp_path / "in", tmp_path / "out"
    hostile.good_pdf(src / "vp.pdf", pages=2)
    try:
        scheduler = start("scheduler", ["scheduler", "--protocol", "tls", "--host", "127.0.0.1", "--port", "0",
                                        "--dashboard-address", "127.0.0.1:0", "--no-dashboard", *tls,
                                        "--scheduler-file", str(scheduler_file)])
        address = _read_address(scheduler_file, scheduler)
        assert address.startswith("tls://127.0.0.1:")
        start("worker", ["worker", address, "--host", "127.0.0.1", "--dashboard-address", "127.0.0.1:0",
                         "--no-dashboard", "--nworkers", "1", "--nthreads", "1", *tls])
        convert = [sys.executable, "-m", "pipeline", "convert", str(src), "-o", str(out), "--scheduler", address,
                   "--scheduler-timeout", "5"]
        half = subprocess.run([*convert, "--tls-ca-file", str(certs / "ca.pem")], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=120)
        assert half.returncode == 2 and "needs --tls-ca-file and --tls-cert" in half.stderr, half.stderr
        # a certificate of another CA: the scheduler refuses the client
        _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=someone else",
                 "-keyout", "other.key", "-out", "other.pem", cwd=certs)
        refused = subprocess.run([*convert, "--tls-ca-file", str(certs / "ca.pem"), "--tls-cert",
                                  str(certs / "other.pem"), "--tls-key", str(certs / "other.key")],
                                 cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
        assert refused.returncode == 2 and "Traceback" not in refused.stderr, refused.stderr
        assert refused.stderr.startswith(f"plandigit: error: cannot reach the Dask scheduler at {address}"), \
            refused.stderr
        done = subprocess.run([*convert, *tls], cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr + (tmp_path / "worker.log").read_text()[-2000:]
        assert json.loads((out / "vp.json").read_text())["source"]["pages"] == 2
        assert re.search(r"^\[1/1\] ok vp\.pdf: 2 pages, ", done.stdout, re.M), done.stdout
    finally:
        for proc in reversed(processes):
            _kill_session(proc)
