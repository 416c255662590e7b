"""OCR cost of the whole pipeline against bare Tesseract, and the accuracy.

For each scanned sample (``samples/scanned/*.pdf`` and the bad-layer sample)
both sides run with the same number of processes (``--jobs``, default 2):

* **floor** — the PDF's own page images, extracted beforehand with pikepdf
  (as ``pdfimages -j`` would: a JPEG stays the same JPEG), each read by
  ``tesseract IMG out -l swe --dpi <its own dpi> tsv`` (``OMP_THREAD_LIMIT=1``),
  ``--jobs`` at a time;
* **pipeline** — ``convert_pdf`` with ``jobs=--jobs`` in a fresh process
  (everything: text layer check, page images, preprocessing, OCR, second
  pass, layout, tables, classification);
* **Tesseract at the pipeline's resolution** — when the pipeline enlarged
  pages, bare Tesseract again on each page rendered by pdfium at the
  ``ocr_dpi`` the pipeline recorded for it: the price of the enlargement
  itself, so the rest of the pipeline's cost shows apart.

Printed per sample: wall seconds, CPU seconds (user+system of every process
involved), pages/s, the pipeline/floor ratios, the peak RSS of each kind of
process (the floor's tesseract; the pipeline's main process, its OCR worker
processes and their tesseract processes; from ``/proc/<pid>/status``
VmHWM), the resolution pages were OCR'd at, and the accuracy figures of the
scanned-sample test beside them (every item kind's recall/precision, money
cells, OCR repairs disagreeing with the expected value).

    python bench/bench_ocr.py [--jobs 2] [--pages N] [--tree DIR] [PDF ...]
    python bench/bench_ocr.py --classes [--pages 4] [--only bilevel outline] [--from samples/vp-2024-servicenamnden.pdf]

``--pages N`` runs both sides on N pages spread over each document (a subset
PDF); accuracy is then not scored (the expected JSON is per document).

``--classes`` (issue 23) runs instead on scans made from ``--pages`` pages
(default 4) of a born-digital sample (``--from``, default vp-2024) by the
scan simulator (``samples/generator/scan.py``): grey JPEG scans at 150, 200
and 300 dpi, bilevel CCITT G4 at 200 and 300 dpi, a bilevel 300-dpi scan
with pages turned 90 and 180, and the outline-text pages of
``tests/data/outline`` (glyphs drawn as paths, no image: their floor is bare
Tesseract on pdfium's rendering at the resolution the pipeline chose; with
Ghostscript installed also the sample's pages converted to outlines by
``gs -dNoOutputFonts``).  One line per class: pages, CPU and wall of both
sides and their ratio, beside bare Tesseract at the pipeline's own OCR
resolution, and the peak RSS per OCR worker process.
``--tree DIR`` runs the pipeline side from another checkout (e.g. main, for
the figures before a change) against the same floor and the same scoring.
The machine is shared: the load average is printed before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


# ---------------------------------------------------------------- text


def reading_text(words: list, line_tol: float = 3.0) -> str:
    """Words in reading order: lines by vertical centre (within ``line_tol``
    points), left to right, lines joined by newlines."""
    ordered = sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0))
    lines: list[list] = []
    centre = None
    for w in ordered:
        c = (w.top + w.bottom) / 2
        if centre is None or abs(c - centre) > line_tol:
            lines.append([w])
            centre = c
        else:
            lines[-1].append(w)
    return "\n".join(" ".join(x.text for x in sorted(line, key=lambda w: w.x0)) for line in lines)


def levenshtein(a: str, b: str) -> int:
    """Edit distance, one numpy row per character of ``a``."""
    import numpy as np

    if not a:
        return len(b)
    if not b:
        return len(a)
    bb = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    idx = np.arange(len(b) + 1)
    prev = idx.copy()
    for i, ch in enumerate(a, start=1):
        cost = (bb != ord(ch)).astype(np.int64)
        tmp = np.empty_like(prev)
        tmp[0] = i
        tmp[1:] = np.minimum(prev[1:] + 1, prev[:-1] + cost)
        prev = idx + np.minimum.accumulate(tmp - idx)
    return int(prev[-1])


def cer(reference: str, hypothesis: str) -> float:
    """Character error rate of ``hypothesis`` against ``reference`` (whitespace
    collapsed to single spaces)."""
    ref = " ".join(reference.split())
    hyp = " ".join(hypothesis.split())
    return levenshtein(ref, hyp) / max(1, len(ref))


# ---------------------------------------------------------------- processes


def _hwm_mb(pid: int) -> Optional[float]:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        return None
    return None


def _children(pid: int) -> list[int]:
    """Child pids of ``pid``, from the kernel's per-thread children lists
    (a few small reads, not a scan of every process)."""
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                out += [int(x) for x in f.read().split()]
        except OSError:
            continue
    return out


def _name(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return ""


class Watch:
    """Polls the process tree under ``root`` for each process's peak RSS
    (VmHWM), by kind: the root itself, python descendants, tesseract.  It
    walks only the tree (``/proc/<pid>/task/<tid>/children``), so the
    watching costs the measured side next to nothing."""

    def __init__(self, root: int, interval: float = 0.1):
        self.root = root
        self.interval = interval
        self.peak: dict[str, float] = {}
        self.seen: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "Watch":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            todo, tree = [self.root], []
            while todo:
                pid = todo.pop()
                tree.append(pid)
                todo += _children(pid)
            for pid in tree:
                name = _name(pid)
                kind = "main" if pid == self.root else ("tesseract" if name.startswith("tesseract") else "worker")
                hwm = _hwm_mb(pid)
                if hwm is not None:
                    self.seen.add(pid)
                    self.peak[kind] = max(self.peak.get(kind, 0.0), hwm)
            self._stop.wait(self.interval)


def _children_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


# ---------------------------------------------------------------- the floor


def extract_page_images(pdf: Path, out_dir: Path) -> list[tuple[Path, float]]:
    """Each page's largest image written as stored (JPEG stays JPEG), with
    its resolution on the page: what ``pdfimages -j`` gives."""
    import pikepdf
    from pikepdf import PdfImage

    found = []
    with pikepdf.open(str(pdf)) as doc:
        for number, page in enumerate(doc.pages, start=1):
            found_images = page.get_images() if hasattr(page, "get_images") else page.images
            images = [PdfImage(obj) for obj in found_images.values()]
            if not images:
                continue
            img = max(images, key=lambda im: im.width * im.height)
            width_pt = float(page.mediabox[2]) - float(page.mediabox[0])
            path = Path(img.extract_to(fileprefix=str(out_dir / f"p{number:04d}")))
            found.append((path, img.width / (width_pt / 72.0)))
    return found


def _run_measured(cmd: list[str], env: dict) -> tuple[float, float]:
    """Run ``cmd``; (its CPU seconds, its peak RSS in MB) from wait4."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({proc.returncode}): {' '.join(cmd)}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def _tesseract_all(images: list[tuple[Path, float]], jobs: int, lang: str) -> dict:
    """Bare ``tesseract IMG out -l LANG --dpi D tsv`` on each (image, dpi),
    ``jobs`` at a time, one thread each: wall, CPU, peak RSS."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(item: tuple[Path, float]) -> tuple[float, float]:
        path, dpi = item
        out = path.with_suffix("")
        return _run_measured(["tesseract", str(path), str(out), "-l", lang, "--dpi", str(round(dpi)), "tsv"], env)

    t = time.perf_counter()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        done = list(pool.map(one, images))
    wall = time.perf_counter() - t
    return {
        "pages": len(images),
        "wall": wall,
        "cpu": sum(c for c, _ in done),
        "rss": {"tesseract": max((m for _, m in done), default=0.0)},
        "dpis": sorted({round(d) for _, d in images}),
    }


def floor(pdf: Path, jobs: int, lang: str = "swe") -> dict:
    """Bare Tesseract on the PDF's own page images at their own resolution."""
    with tempfile.TemporaryDirectory(prefix="bench-floor-") as tmp:
        return _tesseract_all(extract_page_images(pdf, Path(tmp)), jobs, lang)


def floor_at(pdf: Path, dpis: dict[int, float], jobs: int, lang: str = "swe") -> dict:
    """Bare Tesseract on each page rendered by pdfium at the resolution the
    pipeline OCR'd it at (``page_info[].ocr_dpi``; rendered beforehand, as a
    BMP, not timed): what Tesseract alone costs at the pipeline's choice of
    resolution, so that the rest of the pipeline's cost shows apart from the
    cost of reading enlarged pages."""
    from extractors.ocr.render import render_page

    with tempfile.TemporaryDirectory(prefix="bench-floor-at-") as tmp:
        images = []
        for number, dpi in sorted(dpis.items()):
            img, _w, _h = render_page(pdf, number, dpi, 400_000_000, None)
            path = Path(tmp) / f"p{number:04d}.bmp"
            img.save(path, format="BMP")
            img.close()
            images.append((path, dpi))
        return _tesseract_all(images, jobs, lang)


# ---------------------------------------------------------------- the pipeline

_SIDE = """
import json, sys, time, multiprocessing.forkserver as fs
sys.path.insert(0, {root!r})
from pathlib import Path
from models.options import ConvertOptions
from pipeline.convert import convert_pdf
t = time.perf_counter()
doc = convert_pdf(Path({pdf!r}), ConvertOptions(jobs={jobs}))
wall = time.perf_counter() - t
Path({out!r}).write_text(doc.to_json(), encoding="utf-8")
print(json.dumps({{"wall": wall}}))
if fs._forkserver._forkserver_pid is not None:
    fs._forkserver._stop()  # reap the fork server, so its workers' CPU is counted
"""


def pipeline(pdf: Path, jobs: int, out_json: Path, tree: Path = ROOT) -> dict:
    """``convert_pdf`` of the checkout ``tree`` in a fresh process
    (``python -c``, so OCR workers import no bench code), run in ``tree``:
    the OCR workers' fork server is a ``python -c`` too, whose first
    ``sys.path`` entry is its working directory (it is not handed the
    parent's path), so run elsewhere it would import that folder's OCR
    modules."""
    code = _SIDE.format(root=str(tree), pdf=str(pdf), jobs=jobs, out=str(out_json))
    env = {**os.environ, "PYTHONPATH": str(tree)}
    before = _children_cpu()
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env, cwd=str(tree))
    with Watch(proc.pid) as watch:
        stdout, _ = proc.communicate()
    wall_process = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"convert_pdf failed on {pdf}")
    inner = json.loads(stdout.strip().splitlines()[-1])
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    info = doc["page_info"]
    return {
        "pages": len(info),
        "wall": inner["wall"],
        "wall_process": wall_process,
        "cpu": _children_cpu() - before,
        "rss": watch.peak,
        "ocr": sum(p["text_source"] == "ocr" for p in info),
        "native": sum(p.get("image_dpi") is not None for p in info),
        "ocr_dpis": sorted({round(p["ocr_dpi"]) for p in info if p.get("ocr_dpi")}),
        "doc": doc,
    }


# ---------------------------------------------------------------- accuracy


def accuracy(pdf: Path, found: dict) -> Optional[list[str]]:
    """The scanned-sample test's figures for a whole document."""
    from scoring import ITEM_KINDS, check_repairs, score

    expected_path = SAMPLES / f"{pdf.stem}.expected.json"
    if not expected_path.exists():
        return None
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    if expected["source"]["pages"] != found["source"]["pages"]:
        return None
    s = score(expected, found)
    kinds = []
    for kind in ITEM_KINDS:
        k = s.kinds[kind]
        if k.expected or k.found:
            kinds.append(f"{kind} {k.recall:.3f}/{k.precision:.3f}")
    repairs, wrong = check_repairs(expected, found)
    return [
        "item kinds recall/precision: " + ", ".join(kinds),
        f"money cells correct {s.cells_correct}/{s.cells_total}; risks complete {s.risks_complete}/{s.risks_total}; "
        f"OCR repairs {repairs}, disagreeing with the expected value {len(wrong)}",
    ]


def subset_pdf(pdf: Path, pages: int, out: Path) -> Path:
    """``pages`` pages spread over ``pdf`` (title page skipped) as a new PDF."""
    import pikepdf

    with pikepdf.open(str(pdf)) as src:
        n = len(src.pages)
        step = max(1, (n - 1) // max(1, pages))
        keep = list(range(1, n, step))[:pages] or [0]
        dst = pikepdf.new()
        for i in keep:
            dst.pages.append(src.pages[i])
        dst.save(str(out))
    return out


def outline_copy(pdf: Path, out: Path) -> Optional[Path]:
    """``pdf`` with every glyph turned into a vector path (Ghostscript's
    ``-dNoOutputFonts``, as print shops deliver); None without ``gs``."""
    import shutil

    if shutil.which("gs") is None:
        return None
    subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dNoOutputFonts", "-sDEVICE=pdfwrite",
                    f"-sOutputFile={out}", str(pdf)], check=True, stdout=subprocess.DEVNULL)
    return out


def class_inputs(src: Path, pages: int, tmp: Path, only: tuple[str, ...] = ()):
    """(class, PDF) for each resolution class and kind of scan, made from
    ``pages`` pages of the born-digital ``src`` as they are needed."""
    from samples.generator.scan import ScanLook, scan_pdf

    part = subset_pdf(src, pages, tmp / f"{src.stem}-part.pdf")
    outline = ROOT / "tests" / "data" / "outline"
    makers = [(f"grey {dpi} dpi", lambda d=dpi: scan_pdf(part, tmp / f"grey{d}.pdf", ScanLook(dpi=d), seed=d))
              for dpi in (150, 200, 300)]
    makers += [(f"bilevel {dpi} dpi", lambda d=dpi: scan_pdf(part, tmp / f"bilevel{d}.pdf",
                                                              ScanLook(dpi=d, bilevel=True), seed=d))
               for dpi in (200, 300)]
    makers.append(("bilevel 300 turned", lambda: scan_pdf(
        part, tmp / "turned300.pdf", ScanLook(dpi=300, bilevel=True, turns=((1, 90), (2, 180))), seed=7)))
    makers += [(f"outline {name[8:-4]}", lambda n=name: outline / n) for name in ("outline_prose.pdf", "outline_toc.pdf")]
    makers.append(("outline (gs) sample", lambda: outline_copy(part, tmp / "outlined.pdf")))
    for label, make in makers:
        if only and not any(o in label for o in only):
            continue
        pdf = make()
        if pdf is not None:
            yield label, pdf


def bench_classes(src: Path, pages: int, jobs: int, tree: Path, only: tuple[str, ...] = ()) -> None:
    """The per-class figures (``--classes``; ``only``: the classes whose
    name contains one of these)."""
    print(f"cores {os.cpu_count()}, jobs {jobs} on both sides; pipeline of {tree}; {_load()}")
    head = ("class", "pages", "image dpi", "OCR dpi", "floor cpu s", "pipeline cpu s", "cpu ratio",
            "wall ratio", "tess@OCR-dpi cpu s", "cpu ratio to it", "worker RSS MB", "tesseract RSS MB",
            "turned", "min conf")
    print("\n| " + " | ".join(head) + " |\n|" + "---|" * len(head), flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-ocr-classes-") as tmp:
        for label, pdf in class_inputs(src, pages, Path(tmp), only):
            ours = pipeline(pdf, jobs, Path(tmp) / "out.json", tree)
            info = ours["doc"]["page_info"]
            at = {p["page"]: p["ocr_dpi"] for p in info if p.get("ocr_dpi")}
            base = floor(pdf, jobs)
            # Tesseract at the pipeline's own OCR dpi, where that is not the images' own
            enlarged = at and (not base["pages"] or sorted({round(d) for d in at.values()}) != base["dpis"])
            same = floor_at(pdf, at, jobs) if enlarged else None
            if not base["pages"]:
                base = same  # no page image: the floor is Tesseract on the rendering
            turned = sum(bool(p.get("ocr_rotation")) for p in info)
            conf = [p["ocr_confidence"] for p in info if p.get("ocr_confidence") is not None]
            that = f"{same['cpu']:.1f} | ×{ours['cpu'] / same['cpu']:.2f}" if same else "– | –"
            rss = ours["rss"]
            print(f"| {label} | {ours['pages']} | {base['dpis'] or '–'} | {ours['ocr_dpis']} | {base['cpu']:.1f} | "
                  f"{ours['cpu']:.1f} | ×{ours['cpu'] / base['cpu']:.2f} | ×{ours['wall'] / base['wall']:.2f} | {that} | "
                  f"{rss.get('worker', rss.get('main', 0)):.0f} | {rss.get('tesseract', 0):.0f} | "
                  f"{turned} | {min(conf) if conf else '–'} |  ({_load()})", flush=True)
    print(f"\n{_load()}")


def _load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: Optional[list[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--jobs", type=int, default=2, help="processes on each side (default 2)")
    ap.add_argument("--pages", type=int, default=0, help="only N pages spread over each document")
    ap.add_argument("--tree", type=Path, default=ROOT,
                    help="checkout whose pipeline is measured (default: this one)")
    ap.add_argument("--classes", action="store_true",
                    help="per resolution class, bilevel, turned and outline pages (scans made by the simulator)")
    ap.add_argument("--only", nargs="+", default=[], help="with --classes: only classes whose name contains one of these")
    ap.add_argument("--from", dest="source", type=Path, default=SAMPLES / "vp-2024-servicenamnden.pdf",
                    help="born-digital PDF the --classes scans are made from")
    args = ap.parse_args(argv)
    if args.classes:
        bench_classes(args.source.resolve(), args.pages or 4, args.jobs, args.tree.resolve(), tuple(args.only))
        return
    pdfs = [p.resolve() for p in args.pdfs] or sorted((SAMPLES / "scanned").glob("*.pdf")) + [SAMPLES / "vp-2026-badlayer.pdf"]
    print(f"cores {os.cpu_count()}, jobs {args.jobs} on both sides; pipeline of {args.tree.resolve()}; {_load()}")
    totals = {"floor": [0.0, 0.0, 0], "pipeline": [0.0, 0.0, 0]}
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:
        for pdf in pdfs:
            src = subset_pdf(pdf, args.pages, Path(tmp) / pdf.name) if args.pages else pdf
            base = floor(src, args.jobs)
            ours = pipeline(src, args.jobs, Path(tmp) / f"{pdf.stem}.json", args.tree.resolve())
            n = ours["pages"]
            at = {p["page"]: p["ocr_dpi"] for p in ours["doc"]["page_info"] if p.get("ocr_dpi")}
            same = floor_at(src, at, args.jobs) if at and sorted({round(d) for d in at.values()}) != base["dpis"] else None
            print(f"\n== {pdf.relative_to(ROOT) if pdf.is_relative_to(ROOT) else pdf}: {n} pages "
                  f"({ours['ocr']} OCR'd, {ours['native']} from the PDF's own image); "
                  f"image dpi {base['dpis']}, OCR dpi {ours['ocr_dpis']}")
            print(f"  floor (tesseract on own images)  wall {base['wall']:6.1f} s  cpu {base['cpu']:6.1f} s  "
                  f"{base['pages'] / base['wall']:.2f} pages/s  peak RSS tesseract {base['rss']['tesseract']:.0f} MB")
            rss = ", ".join(f"{k} {v:.0f} MB" for k, v in sorted(ours["rss"].items()))
            print(f"  pipeline (convert_pdf)           wall {ours['wall']:6.1f} s  cpu {ours['cpu']:6.1f} s  "
                  f"{n / ours['wall']:.2f} pages/s  peak RSS {rss}")
            print(f"  ratio pipeline/floor: wall ×{ours['wall'] / base['wall']:.2f}, cpu ×{ours['cpu'] / base['cpu']:.2f}"
                  f"  (process wall incl. start-up {ours['wall_process']:.1f} s)")
            if same:
                print(f"  tesseract at the pipeline's OCR dpi {same['dpis']}: wall {same['wall']:6.1f} s  "
                      f"cpu {same['cpu']:6.1f} s  peak RSS {same['rss']['tesseract']:.0f} MB; pipeline/that: "
                      f"wall ×{ours['wall'] / same['wall']:.2f}, cpu ×{ours['cpu'] / same['cpu']:.2f}")
            for line in (accuracy(pdf, ours["doc"]) if not args.pages else None) or ["accuracy: not scored"]:
                print("  " + line)
            for key, side in (("floor", base), ("pipeline", ours)):
                totals[key][0] += side["wall"]
                totals[key][1] += side["cpu"]
                totals[key][2] += side["pages"]
    f, p = totals["floor"], totals["pipeline"]
    print(f"\nall: floor wall {f[0]:.1f} s cpu {f[1]:.1f} s; pipeline wall {p[0]:.1f} s cpu {p[1]:.1f} s; "
          f"ratio wall ×{p[0] / f[0]:.2f}, cpu ×{p[1] / f[1]:.2f}; {_load()}")


if __name__ == "__main__":
    main()
