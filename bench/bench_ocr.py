"""OCR speed and accuracy on the scanned samples.  Prints figures; asserts nothing.

For each ``samples/scanned/<stem>.pdf`` (and the bad-layer sample):

* seconds per page of the whole pipeline (``convert_pdf``) and of bare
  ``tesseract IMG - -l swe`` (``OMP_THREAD_LIMIT=1``) on the same page images
  (300 dpi; 400 for scans below 200 dpi, as the pipeline does), and their ratio;
* character error rate (CER) of the OCR words against the born-digital twin's
  text layer (both put in reading order line by line), with and without each
  preprocessing step (deskew, binarisation, ruling erasure);
* the speed-up of ``jobs=2`` over ``jobs=1`` for the page OCR.

    python bench/bench_ocr.py [--pages N] [--no-ablation] [PDF ...]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Optional

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.ocr.recognise import ocr_image  # noqa: E402
from extractors.page_source import ocr_dpi, ocr_pages, scan_dpi  # noqa: E402
from extractors.ocr.preprocess import PreprocessSettings  # noqa: E402
from extractors.ocr.render import render_page  # noqa: E402
from extractors.text_layer import extract_pages  # noqa: E402
from models.layout import PageText, Word  # noqa: E402
from pipeline.convert import convert_pdf  # noqa: E402
from models.options import ConvertOptions  # noqa: E402

SAMPLES = ROOT / "samples"


def reading_text(words: list[Word], line_tol: float = 3.0) -> str:
    """Words in reading order: lines by vertical centre (within ``line_tol``
    points), left to right, lines joined by newlines."""
    ordered = sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0))
    lines: list[list[Word]] = []
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


def twin_of(scanned: Path) -> Optional[Path]:
    """The born-digital PDF a scanned sample was made from."""
    twin = SAMPLES / scanned.name
    return twin if twin.exists() and twin != scanned else None


def bare_tesseract_seconds(path: Path, pages: list[int], dpi: int = 300) -> float:
    """Seconds per page of plain ``tesseract IMG - -l swe`` on rendered pages."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    total = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for n in pages:
            img, _, _ = render_page(path, n, dpi)
            png = Path(tmp) / f"p{n}.png"
            img.save(png)
            t = time.perf_counter()
            subprocess.run(["tesseract", str(png), "-", "-l", "swe"], env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            total += time.perf_counter() - t
    return total / max(1, len(pages))


def cer_with(path: Path, reference: list[PageText], pages: list[int], settings: PreprocessSettings,
             dpi: int = 300) -> float:
    """Mean CER over ``pages`` with the given preprocessing."""
    rates = []
    for n in pages:
        img, w, h = render_page(path, n, dpi)
        got = ocr_image(img, n, w, h, dpi, settings=settings).page
        rates.append(cer(reading_text(reference[n - 1].words), reading_text(got.words)))
    return sum(rates) / max(1, len(rates))


def main(argv: Optional[list[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--pages", type=int, default=4, help="pages per document for CER/ablation/bare tesseract")
    ap.add_argument("--no-ablation", action="store_true")
    ap.add_argument("--no-convert", action="store_true", help="skip the whole-pipeline timing")
    args = ap.parse_args(argv)
    pdfs = args.pdfs or sorted((SAMPLES / "scanned").glob("*.pdf"))
    print(f"cores: {os.cpu_count()}")
    for pdf in pdfs:
        twin = twin_of(pdf)
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(pdf))
        n_pages = len(doc)
        doc.close()
        # pages spread over the document, skipping the title page
        step = max(1, (n_pages - 1) // max(1, args.pages))
        sample = list(range(2, n_pages + 1, step))[: args.pages] or [1]
        import pdfplumber

        with pdfplumber.open(str(pdf)) as doc_pl:
            dpi = ocr_dpi(ConvertOptions(), scan_dpi(doc_pl.pages[0]))
        print(f"\n== {pdf.relative_to(ROOT)}: {n_pages} pages; sample pages {sample}; OCR at {dpi} dpi")

        if not args.no_convert:
            t = time.perf_counter()
            out = convert_pdf(pdf, ConvertOptions(jobs=0))
            dt = time.perf_counter() - t
            ocr_n = sum(1 for p in out.page_info if p.text_source == "ocr")
            print(f"convert_pdf (jobs=cores): {dt:.1f} s, {dt / n_pages:.2f} s/page ({ocr_n} pages OCR'd)")

        bare = bare_tesseract_seconds(pdf, sample, dpi)
        t = time.perf_counter()
        ocr_pages(pdf, sample, ConvertOptions(jobs=1, dpi=dpi))
        ours1 = (time.perf_counter() - t) / len(sample)
        t = time.perf_counter()
        ocr_pages(pdf, sample, ConvertOptions(jobs=2, dpi=dpi))
        ours2 = (time.perf_counter() - t) / len(sample)
        print(f"bare tesseract -l swe: {bare:.2f} s/page; our page OCR (render+preprocess+OCR) "
              f"jobs=1 {ours1:.2f} s/page (×{ours1 / bare:.2f} of bare), jobs=2 {ours2:.2f} s/page "
              f"(speed-up ×{ours1 / ours2:.2f})")

        if twin is None:
            print("no born-digital twin: CER skipped")
            continue
        reference = extract_pages(twin)
        base = PreprocessSettings()
        variants = [("default " + _describe(base), base)]
        if not args.no_ablation:
            variants += [
                ("no deskew", replace(base, deskew=False)),
                ("with binarisation", replace(base, binarize=True)),
                ("no ruling erasure", replace(base, erase_rulings=False)),
            ]
        for name, settings in variants:
            print(f"CER {name}: {cer_with(pdf, reference, sample, settings, dpi):.2%}")


def _describe(s: PreprocessSettings) -> str:
    return f"(deskew={s.deskew}, binarize={s.binarize}, erase_rulings={s.erase_rulings})"


if __name__ == "__main__":
    main()
