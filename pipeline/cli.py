"""The ``plandigit`` command.

Subcommands: ``convert`` (PDFs → JSON, see :mod:`pipeline.batch`) and
``schema`` (the output JSON Schema).  Other modules add subcommands by
defining ``COMMAND = Subcommand(...)`` in one of :data:`PLUGIN_MODULES`.

Exit codes (also in ``pipeline/EXIT_CODES.md`` and ``plandigit --help``):

====  ==========================================================================
0     every input converted, or skipped as already converted
1     internal error of plandigit itself (a bug; traceback printed)
2     bad usage: unknown option, bad value, input path not found, output not a folder,
      executor unavailable (distributed not installed, scheduler not reached within --scheduler-timeout);
      QA commands on a folder missing or without converted documents
3     some inputs failed, the others converted or skipped (see manifest.json)
4     every input failed
5     no input files found (nothing matched ``--glob``)
6     the output folder is in use by another plandigit run
130   interrupted (Ctrl-C / SIGINT); finished files are kept, rerun to resume
143   terminated (SIGTERM); as 130
====  ==========================================================================
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import signal
import sys
import traceback
from pathlib import Path
from typing import Optional, Sequence

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from models.contract import SCHEMA_VERSION, json_schema
from pipeline import __version__
from pipeline.output import OutputLockedError
from pipeline.batch import (
    BatchConfig,
    BatchResult,
    StopRequest,
    discover_inputs,
    run_batch,
    with_page_jobs,
)
from pipeline.limits import DEFAULT_MAX_MEMORY_MB
from pipeline.executors import EXECUTORS, ExecutorUnavailable, TlsFiles
from pipeline.manifest import MANIFEST_NAME, ManifestRecord
from pipeline.progress import LogProgress
from models.options import ConvertOptions
from pipeline.output import atomic_write_text

from pipeline.commands import (  # noqa: F401 - the exit codes are part of this module's interface
    EXIT_ALL_FAILED,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_LOCKED,
    EXIT_NO_INPUTS,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_TERMINATED,
    EXIT_USAGE,
    Subcommand,
)

EPILOG = """\
exit codes:
  0    every input converted, or skipped as already converted
  1    internal error of plandigit itself (a bug)
  2    bad usage: bad option or value, input not found, output not a folder,
       executor unavailable (distributed not installed, scheduler not reached
       within --scheduler-timeout); report/reconcile/export/apply-corrections:
       folder missing or without converted documents; debug: file missing,
       no such page
  3    some inputs failed, the others converted or skipped (see manifest.json)
  4    every input failed
  5    no input files found (nothing matched --glob)
  6    the output folder is in use by another plandigit run
  130  interrupted (Ctrl-C); finished files are kept, rerun to resume
  143  terminated (SIGTERM); as 130
"""

# subcommand modules the CLI imports if they exist (each defines ``COMMAND: Subcommand``)
PLUGIN_MODULES = ("pipeline.qa.report", "pipeline.qa.reconcile", "pipeline.qa.corrections",
                  "pipeline.qa.export.command", "pipeline.debug")



# ---------------------------------------------------------------- convert


def _add_convert_arguments(p: argparse.ArgumentParser) -> None:
    defaults = ConvertOptions()
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="PDF files or folders (searched recursively)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUTDIR",
                   help="output folder: one JSON per input, mirroring the input folders, plus manifest.json")
    p.add_argument("--glob", default="*.pdf", help="file name pattern in folders, case-insensitive; hidden files and folders are passed over "
                        "(default: *.pdf)")
    p.add_argument("-j", "--jobs", type=_positive_int, default=os.cpu_count() or 1,
                   help="files converted in parallel (default: number of CPUs, %(default)s)")
    p.add_argument("--force", action="store_true", help="convert again inputs already converted")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="print only failures (otherwise: a progress bar on a terminal; a line per file and a "
                        "summary every 30 s when stdout is a file or pipe)")
    p.add_argument("--password", default=os.environ.get("PLANDIGIT_PASSWORD"),
                   help="password for encrypted PDFs (default: $PLANDIGIT_PASSWORD)")
    p.add_argument("--ocr", choices=("auto", "always", "never"), default=defaults.ocr,
                   help="OCR pages without a usable text layer (auto), every page, or none (default: %(default)s)")
    p.add_argument("--ocr-native-resolution", dest="ocr_enlarge", action="store_false",
                   help="read every scanned page at its own resolution, never rendered larger for small text "
                        "(faster on scans below ~200 dpi, but they lose decimal commas and minus signs)")
    p.add_argument("--tables-csv", action="store_true", help="also write each table as <stem>.<table id>.csv")
    p.add_argument("--max-pages", type=_positive_int, default=defaults.max_pages,
                   help="fail inputs with more pages (default: %(default)s)")
    p.add_argument("--timeout", type=_non_negative_float, default=3600.0, metavar="SECONDS",
                   help="time limit per file, 0 = none (default: %(default)g)")
    p.add_argument("--page-timeout", type=_non_negative_float, default=defaults.page_timeout, metavar="SECONDS",
                   help="time limit per OCR page, 0 = none (default: %(default)g)")
    p.add_argument("--max-memory-mb", type=_non_negative_int, default=DEFAULT_MAX_MEMORY_MB, metavar="MB",
                   help="address-space limit per worker process, 0 = none (default: %(default)s)")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="also print the PDF libraries' log messages on stderr (always summarised per file "
                        "as a pdf_library_messages warning)")
    p.add_argument("--executor", choices=tuple(EXECUTORS), default=None,
                   help="where files are converted: forked processes on this machine (local, the default) or a "
                        "Dask cluster (dask: --scheduler, or a LocalCluster of --jobs workers; needs plandigit[dask])")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="address of a running Dask scheduler, tcp://HOST:PORT or tls://HOST:PORT with --tls-* "
                        "(implies --executor dask); workers must see the inputs at the same paths, the output "
                        "folder stays here (docs/cluster.md)")
    p.add_argument("--scheduler-timeout", type=_positive_float, default=10.0, metavar="SECONDS",
                   help="give up (exit 2) when the scheduler cannot be reached within this time "
                        "(default: %(default)g)")
    p.add_argument("--tls-ca-file", default=os.environ.get("PLANDIGIT_TLS_CA_FILE"), metavar="PEM",
                   help="CA certificate(s) for a tls:// scheduler (default: $PLANDIGIT_TLS_CA_FILE, "
                        "else Dask's distributed.comm.tls.ca-file)")
    p.add_argument("--tls-cert", default=os.environ.get("PLANDIGIT_TLS_CERT"), metavar="PEM",
                   help="this client's certificate for a tls:// scheduler (default: $PLANDIGIT_TLS_CERT, "
                        "else distributed.comm.tls.client.cert)")
    p.add_argument("--tls-key", default=os.environ.get("PLANDIGIT_TLS_KEY"), metavar="PEM",
                   help="this client's private key (default: $PLANDIGIT_TLS_KEY, "
                        "else distributed.comm.tls.client.key)")
    p.add_argument("--report", action="store_true",
                   help="also build the QA report (OUTDIR/report/index.html, as `plandigit report OUTDIR`)")
    p.add_argument("--export", choices=("parquet", "csv", "duckdb"), default=None, metavar="FORMAT",
                   help="also export the folder as tables (parquet, csv or duckdb, into OUTDIR/export/, "
                        "as `plandigit export OUTDIR --format FORMAT`)")


def _run_convert(args: argparse.Namespace) -> int:
    console = Console()
    err = Console(stderr=True)
    if args.output.exists() and not args.output.is_dir():
        _say(err, f"plandigit: error: output {args.output} exists and is not a folder")
        return EXIT_USAGE
    try:
        inputs = discover_inputs(args.inputs, args.glob, exclude=[args.output])
    except FileNotFoundError as exc:
        _say(err, f"plandigit: error: {exc}")
        return EXIT_USAGE
    if not inputs:
        _say(err, f"plandigit: no input files found (pattern {args.glob!r})")
        return EXIT_NO_INPUTS
    executor = args.executor or ("dask" if args.scheduler else "local")
    if args.scheduler and executor != "dask":
        _say(err, f"plandigit: error: --scheduler needs --executor dask, not {executor}")
        return EXIT_USAGE
    if tls_files(args) is not None and not args.scheduler:
        _say(err, "plandigit: error: --tls-ca-file/--tls-cert/--tls-key need --scheduler tls://HOST:PORT")
        return EXIT_USAGE
    options = ConvertOptions(ocr=args.ocr, password=args.password, max_pages=args.max_pages,
                             page_timeout=args.page_timeout, verbose=args.verbose, ocr_enlarge=args.ocr_enlarge)
    config = BatchConfig(outdir=args.output, options=with_page_jobs(options, args.jobs, len(inputs)),
                         jobs=args.jobs, force=args.force, timeout=args.timeout or None,
                         max_memory_mb=args.max_memory_mb or None, tables_csv=args.tables_csv,
                         executor=executor, scheduler=args.scheduler, scheduler_timeout=args.scheduler_timeout,
                         tls=tls_files(args))
    show_bar = console.is_terminal and not args.quiet
    stop = StopRequest()
    previous = _install_stop_handlers(stop)
    try:
        with _ProgressBar(console, enabled=show_bar) as bar:
            # a log file (cron, CI, nohup) gets a line per file and a periodic summary instead
            observer = bar if console.is_terminal or args.quiet else LogProgress(lambda line: _write_stdout([line]))
            result = run_batch(inputs, config, observer=observer, stop=stop)
    except OutputLockedError as exc:
        _say(err, f"plandigit: error: {exc}")
        return EXIT_LOCKED
    except ExecutorUnavailable as exc:
        _say(err, f"plandigit: error: {exc}")
        return EXIT_USAGE
    finally:
        _restore_handlers(previous)
    _print_summary(result, args, console, err)
    if args.report and not result.interrupted:
        from pipeline.qa.report import build_report

        index = build_report(args.output)
        _say(console, f"report: {index}")
    if args.export and not result.interrupted and result.totals.ok + result.totals.skipped > 0:
        from pipeline.qa.export.command import export_and_report

        if export_and_report(args.output, args.export) != EXIT_OK:
            return EXIT_USAGE
    if result.interrupted:
        what = "terminated" if result.signum == signal.SIGTERM else "interrupted"
        _say(err, f"plandigit: {what}; finished files are kept, rerun to resume")
        return EXIT_TERMINATED if result.signum == signal.SIGTERM else EXIT_INTERRUPTED
    if result.totals.failed == 0:
        return EXIT_OK
    if result.totals.failed == result.totals.files:
        return EXIT_ALL_FAILED
    return EXIT_SOME_FAILED


def tls_files(args: argparse.Namespace) -> Optional[TlsFiles]:
    """The client's TLS files from ``--tls-*`` (or their environment variables), if any."""
    if not (args.tls_ca_file or args.tls_cert or args.tls_key):
        return None
    return TlsFiles(ca_file=args.tls_ca_file, cert=args.tls_cert, key=args.tls_key)


class _ProgressBar:
    """A rich progress bar fed by the batch (a :class:`pipeline.batch.BatchObserver`)."""

    def __init__(self, console: Console, enabled: bool):
        self.enabled = enabled
        self.progress = Progress(
            TextColumn("[bold]converting"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
            TextColumn("{task.fields[pages]} pages"), TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=console, disable=not enabled, transient=False,
        )
        self.task = None
        self.pages = 0
        self.failed = 0

    def __enter__(self) -> "_ProgressBar":
        self.progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.__exit__(*exc)

    def planned(self, total: int, to_convert: int) -> None:
        self.task = self.progress.add_task("convert", total=total, pages=0, failed=0)

    def finished(self, record: ManifestRecord) -> None:
        if record.status == "ok":
            self.pages += record.pages or 0
        elif record.status == "failed":
            self.failed += 1
        if self.task is not None:
            self.progress.update(self.task, advance=1, pages=self.pages, failed=self.failed)


def _print_summary(result: BatchResult, args: argparse.Namespace, console: Console, err: Console) -> None:
    t = result.totals
    failures = result.failures
    if args.quiet:
        for r in failures:
            _say(err, f"failed: {r.input} [{r.error_class}] {r.error}")
        return
    if result.manifest_problem:
        _say(err, f"plandigit: warning: {result.manifest_problem}")
    if result.stale_temp_files:
        _say(console, f"removed {len(result.stale_temp_files)} temp file(s) left by an interrupted run")
    line = (f"plandigit: {t.files} input(s): {t.ok} ok, {t.failed} failed, {t.skipped} skipped; "
            f"{t.pages} pages in {t.seconds:.1f} s")
    if t.interrupted:
        line += f"; stopped early, {t.pending} not done"
    manifest = Path(args.output) / MANIFEST_NAME
    if not console.is_terminal:
        _write_stdout([line, *(f"failed: {r.input} [{r.error_class}] {r.error}" for r in failures),
                       f"manifest: {manifest}"])
        return
    table = Table(title="plandigit convert", show_header=True)
    for col in ("ok", "failed", "skipped", "pages", "seconds"):
        table.add_column(col, justify="right")
    table.add_row(str(t.ok), f"[red]{t.failed}" if t.failed else "0", str(t.skipped), str(t.pages), f"{t.seconds:.1f}")
    console.print(table)
    if failures:
        ft = Table(title="failures", show_header=True, show_lines=False)
        ft.add_column("input")
        ft.add_column("class", style="red")
        ft.add_column("message")
        for r in failures:
            ft.add_row(Text(r.input), Text(r.error_class or ""), Text(r.error or ""))
        console.print(ft)
    _say(console, f"manifest: {manifest}")


def _write_stdout(lines: Sequence[str]) -> None:
    """Plain lines to stdout; a reader that went away (``| head``) is not an error."""
    try:
        for line in lines:
            sys.stdout.write(line + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the flush at exit does not fail again


def _say(console: Console, text: str) -> None:
    """Print plain text (no markup: paths may contain brackets), unwrapped."""
    console.print(text, markup=False, highlight=False, soft_wrap=True)


# ---------------------------------------------------------------- schema


def _add_schema_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE", help="write to FILE instead of stdout")


def _run_schema(args: argparse.Namespace) -> int:
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output is None:
        _write_stdout([text.rstrip("\n")])
    else:
        atomic_write_text(args.output, text)
    return EXIT_OK


BUILTIN_COMMANDS = (
    Subcommand("convert", "convert PDFs (files or folders) to JSON", _add_convert_arguments, _run_convert),
    Subcommand("schema", "print the JSON Schema of the output", _add_schema_arguments, _run_schema),
)


def subcommands() -> tuple[Subcommand, ...]:
    """Built-in subcommands plus ``COMMAND`` of each plugin module that exists."""
    found = list(BUILTIN_COMMANDS)
    for name in PLUGIN_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            _plugin_warning(name, exc)
            continue
        except Exception as exc:  # noqa: BLE001 - a broken plug-in must not take convert down
            _plugin_warning(name, exc)
            continue
        command = getattr(module, "COMMAND", None)
        if isinstance(command, Subcommand):
            found.append(command)
    return tuple(found)


def _plugin_warning(name: str, exc: BaseException) -> None:
    print(f"plandigit: warning: subcommand module {name} could not be loaded "
          f"({type(exc).__name__}: {exc})", file=sys.stderr)


def build_parser(commands: Sequence[Subcommand]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plandigit",
        description="Digitise Swedish public-sector plan and report PDFs into validated JSON.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"plandigit {__version__} (output schema {SCHEMA_VERSION})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in commands:
        p = sub.add_parser(command.name, help=command.help, description=command.help, epilog=EPILOG,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        command.add_arguments(p)
        p.set_defaults(_run=command.run)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; returns the exit code (see the module docstring)."""
    parser = build_parser(subcommands())
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) and usage errors (2)
        return int(exc.code or 0)
    try:
        return args._run(args)
    except KeyboardInterrupt:
        print("plandigit: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception:  # noqa: BLE001 - last resort: report the bug, documented exit code
        traceback.print_exc()
        print("plandigit: internal error (a bug in plandigit; please report the traceback above)", file=sys.stderr)
        return EXIT_INTERNAL


def _install_stop_handlers(stop: StopRequest) -> dict:
    """SIGINT/SIGTERM ask the batch to stop; a second Ctrl-C aborts at once."""

    def handler(signum, frame):
        if stop.requested and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set(signum)

    previous = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            previous[signum] = signal.signal(signum, handler)
        except ValueError:  # not the main thread: leave signals alone
            pass
    return previous


def _restore_handlers(previous: dict) -> None:
    for signum, handler in previous.items():
        signal.signal(signum, handler)


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative, got {value}")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, got {text}")
    return value


def _non_negative_float(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative, got {value}")
    return value


if __name__ == "__main__":
    sys.exit(main())
