"""Batch throughput and worker memory.  Prints figures; asserts nothing.

Builds a synthetic archive in a temp folder (default 40 documents, ≥ 600 pages)
by concatenating pages of ``samples/*.pdf`` with pikepdf, converts it with
``--jobs 1`` and ``--jobs 2`` (pages/second and speed-up), then converts one
200-page document and reports the worker's peak RSS.  Scanned samples
(``samples/scanned/*.pdf`` and samples whose pages are page-sized images) need
OCR at 2–4 s a page, so they are left out unless ``--with-scanned``.

With ``--executor dask`` the same archive is also converted on a Dask
``LocalCluster`` (loopback, no dashboard) of ``--workers`` worker processes
(default 1 and 2, one thread each), printed beside the local pool; the
cluster starts before the clock does, its workers start cold (they build the
converter on their first file, as the local pool's batch process does).

    python bench/bench_batch.py [--docs 40] [--pages 600] [--jobs 1,2] [--with-scanned] [--keep DIR]
                                [--executor dask [--workers 1,2]] [--long-pages 0 to skip the RSS figure]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.batch import BatchConfig, discover_inputs, run_batch, with_page_jobs  # noqa: E402
from models.options import ConvertOptions  # noqa: E402


@dataclass(frozen=True)
class RunFigures:
    jobs: int  # local processes, or Dask workers
    files: int
    ok: int
    failed: int
    pages: int
    seconds: float
    cpu_seconds: float  # user + system time of all workers
    peak_worker_rss_mb: float
    load_average: float  # 1-minute load at the end: > CPUs means other work competed

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def is_scanned(path: Path) -> bool:
    """True if most pages are covered by a single image (a scan, maybe with a text layer)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        image_pages = 0
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
                left, bottom, right, top = obj.get_bounds()
                if (right - left) * (top - bottom) >= 0.5 * width * height:
                    image_pages += 1
                    break
            page.close()
        return image_pages * 2 > len(pdf)
    finally:
        pdf.close()


def source_pdfs(with_scanned: bool) -> list[Path]:
    born_digital = [p for p in sorted((REPO / "samples").glob("*.pdf")) if not is_scanned(p)]
    scanned = [p for p in sorted((REPO / "samples").glob("*.pdf")) if p not in born_digital]
    scanned += sorted((REPO / "samples" / "scanned").glob("*.pdf"))
    return born_digital + (scanned if with_scanned else [])


def fallback_source(folder: Path) -> Path:
    """A 20-page born-digital PDF, for when no samples exist."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = folder / "fallback.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n in range(1, 21):
        c.setFont("Helvetica", 11)
        for i in range(40):
            c.drawString(60, 780 - 18 * i, f"Mål: Regionservice är en värdeskapande partner, rad {i}, sida {n}.")
        c.showPage()
    c.save()
    return path


def page_plan(docs: int, min_pages: int, rng: random.Random) -> list[int]:
    """Page counts of ``docs`` documents summing to at least ``min_pages``."""
    mean = max(1, -(-min_pages // docs))
    sizes = [max(1, mean + rng.randint(-mean // 2, mean // 2)) for _ in range(docs)]
    index = 0
    while sum(sizes) < min_pages:
        sizes[index % docs] += 1
        index += 1
    return sizes


def build_document(path: Path, sources: list[pikepdf.Pdf], pages: int, start: int) -> None:
    """Concatenate ``pages`` pages, cycling through the sources' pages from ``start``."""
    pool = [(s, i) for s in sources for i in range(len(s.pages))]
    out = pikepdf.new()
    for k in range(pages):
        src, i = pool[(start + k) % len(pool)]
        out.pages.append(src.pages[i])
    path.parent.mkdir(parents=True, exist_ok=True)
    out.save(path, deterministic_id=True)


def build_archive(folder: Path, sources: list[Path], docs: int, min_pages: int) -> int:
    rng = random.Random(2026)
    opened = [pikepdf.open(p) for p in sources]
    try:
        sizes = page_plan(docs, min_pages, rng)
        for n, size in enumerate(sizes):
            year = 2015 + n % 10
            build_document(folder / str(year) / f"dokument-{n:03d}.pdf", opened, size, rng.randrange(10_000))
        return sum(sizes)
    finally:
        for pdf in opened:
            pdf.close()


def _convert_in_child(conn, archive: Path, outdir: Path, jobs: int, ocr: str) -> None:
    inputs = discover_inputs([archive])
    options = with_page_jobs(ConvertOptions(ocr=ocr), jobs, len(inputs))
    started = time.monotonic()
    result = run_batch(inputs, BatchConfig(outdir=outdir, options=options, jobs=jobs, timeout=None, force=True))
    seconds = time.monotonic() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # ru_maxrss: the largest worker (KiB on Linux)
    t = result.totals
    conn.send(RunFigures(jobs, t.files, t.ok, t.failed, t.pages, seconds, usage.ru_utime + usage.ru_stime,
                         usage.ru_maxrss / 1024, os.getloadavg()[0]))
    conn.close()


def measure(archive: Path, outdir: Path, jobs: int, ocr: str) -> RunFigures:
    """Convert ``archive`` in a fresh helper process, so RUSAGE_CHILDREN sees only this run's workers."""
    ctx = get_context("fork")
    reader, writer = ctx.Pipe(duplex=False)
    helper = ctx.Process(target=_convert_in_child, args=(writer, archive, outdir, jobs, ocr))
    helper.start()
    writer.close()
    figures = reader.recv()
    helper.join()
    return figures


def _child_usage() -> tuple[float, float]:
    """CPU seconds and peak RSS (MB) of the per-file children this process has reaped."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure_dask(archive: Path, outdir: Path, workers: int, ocr: str) -> RunFigures:
    """Convert ``archive`` on a fresh LocalCluster of ``workers`` one-thread workers."""
    import logging

    import distributed

    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            distributed.Client(cluster, set_as_default=False) as client:
        before = client.run(_child_usage)
        inputs = discover_inputs([archive])
        options = with_page_jobs(ConvertOptions(ocr=ocr), workers, len(inputs))
        started = time.monotonic()
        result = run_batch(inputs, BatchConfig(outdir=outdir, options=options, jobs=workers, timeout=None,
                                               force=True, executor="dask", scheduler=cluster.scheduler_address))
        seconds = time.monotonic() - started
        after = client.run(_child_usage)
    cpu = sum(after[w][0] - before[w][0] for w in after)
    t = result.totals
    return RunFigures(workers, t.files, t.ok, t.failed, t.pages, seconds, cpu,
                      max(after[w][1] for w in after), os.getloadavg()[0])


def print_figures(label: str, f: RunFigures) -> None:
    print(f"{label}: {f.ok}/{f.files} ok, {f.failed} failed, {f.pages} pages in {f.seconds:.1f} s "
          f"= {f.pages_per_second:.1f} pages/s; {f.cpu_seconds:.1f} CPU s "
          f"({f.pages / f.cpu_seconds if f.cpu_seconds else 0:.1f} pages per CPU s); "
          f"peak worker RSS {f.peak_worker_rss_mb:.0f} MB; load average {f.load_average:.2f}")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--pages", type=int, default=600, help="minimum total pages of the archive")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to compare")
    parser.add_argument("--long-pages", type=int, default=200, help="pages of the document for the RSS figure")
    parser.add_argument("--ocr", choices=("auto", "always", "never"), default="auto")
    parser.add_argument("--with-scanned", action="store_true", help="include scanned samples (slow: OCR)")
    parser.add_argument("--keep", type=Path, default=None, help="build in this folder and keep it")
    parser.add_argument("--executor", choices=("local", "dask"), default="local",
                        help="dask: also convert on a Dask LocalCluster, beside the local pool")
    parser.add_argument("--workers", default="1,2", help="comma-separated Dask worker counts (--executor dask)")
    args = parser.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="plandigit-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        sources = source_pdfs(args.with_scanned) or [fallback_source(work)]
        print(f"sources: {', '.join(p.name for p in sources)}")
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start")
        archive = work / "archive"
        shutil.rmtree(archive, ignore_errors=True)
        total = build_archive(archive, sources, args.docs, args.pages)
        print(f"archive: {args.docs} documents, {total} pages in {archive}")
        print(f"bench process RSS before forking workers: {rss_mb():.0f} MB")

        figures: list[RunFigures] = []
        for jobs in [int(j) for j in args.jobs.split(",")]:
            f = measure(archive, work / f"out-j{jobs}", jobs, args.ocr)
            figures.append(f)
            print_figures(f"local pool --jobs {jobs}", f)
        base = figures[0]
        for f in figures[1:]:
            speedup = f.pages_per_second / base.pages_per_second if base.pages_per_second else 0.0
            print(f"speed-up --jobs {f.jobs} vs --jobs {base.jobs}: {speedup:.2f}×")
        if args.executor == "dask":
            for workers in [int(w) for w in args.workers.split(",")]:
                f = measure_dask(archive, work / f"out-dask{workers}", workers, args.ocr)
                figures.append(f)
                print_figures(f"dask LocalCluster, {workers} worker(s)", f)
                if base.pages_per_second:
                    print(f"  vs local pool --jobs {base.jobs}: {f.pages_per_second / base.pages_per_second:.2f}×")
        if max(f.load_average for f in figures) > (os.cpu_count() or 1):
            print("note: the load average exceeded the CPU count: other processes competed, "
                  "so wall-clock figures and the speed-up understate what the machine can do")

        if args.long_pages <= 0:
            return 0
        long_folder = work / "long"
        shutil.rmtree(long_folder, ignore_errors=True)
        opened = [pikepdf.open(p) for p in sources]
        try:
            build_document(long_folder / "lang-200.pdf", opened, args.long_pages, 0)
        finally:
            for pdf in opened:
                pdf.close()
        f = measure(long_folder, work / "out-long", 1, args.ocr)
        print(f"{args.long_pages}-page document: {f.pages} pages in {f.seconds:.1f} s "
              f"({f.pages_per_second:.1f} pages/s, {f.cpu_seconds:.1f} CPU s); "
              f"peak worker RSS {f.peak_worker_rss_mb:.0f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
