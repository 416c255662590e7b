"""What the "%" repairs of extractors/ocr/percent.py change on the scanned
samples: every page OCR'd at the resolution the pipeline picks (or ``--dpi``),
Tesseract's words before and after ``fix_symbols``, every token whose reading
the percent repairs change printed with its confidence and its line.  Prints
figures; asserts nothing.  Heavy (OCR of every page, two processes):

    PYTHONPATH=. nice -n 5 python3 bench/bench_percent.py [--dpi N] [--pages 14-17] [PDF …]
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCANNED = sorted((ROOT / "samples" / "scanned").glob("*.pdf"))


def _page_changes(args: tuple[str, int, int]) -> tuple[int, int, list[tuple[str, str, float, str]]]:
    """(page, words, [(read, repaired, confidence, line text)]) for one page."""
    import extractors.ocr.recognise as rec
    from extractors.ocr import percent

    path, number, dpi = args
    seen: list[list] = []
    original = rec.fix_symbols

    def spy(raw):
        seen.append(list(raw))
        return original(raw)

    rec.fix_symbols = spy
    try:
        rec.ocr_pdf_page(Path(path), number, dpi=dpi)
    finally:
        rec.fix_symbols = original
    changes, words = [], 0
    for raw in seen:
        digit_w = percent.digit_width([rec._token(w) for w in raw])
        words += len(raw)
        for i, w in enumerate(raw):
            prev = raw[i - 1] if i > 0 and raw[i - 1].line == w.line else None
            fixed = percent.percent_reading(rec._token(w), rec._token(prev) if prev else None, digit_w)
            if fixed is not None:
                line = " ".join(v.text for v in raw if v.line == w.line)
                changes.append((w.text, fixed, w.conf, line))
    return number, words, changes


def _pages(spec: str | None, total: int) -> list[int]:
    if not spec:
        return list(range(1, total + 1))
    a, _, b = spec.partition("-")
    return list(range(int(a), int(b or a) + 1))


def main(argv: list[str]) -> int:
    import pdfplumber

    from extractors.pages.page_source import ocr_dpi, scan_dpi
    from models.options import ConvertOptions

    ap = argparse.ArgumentParser()
    ap.add_argument("pdfs", nargs="*", type=Path, default=SCANNED)
    ap.add_argument("--dpi", type=int, default=None, help="OCR resolution (default: the pipeline's choice)")
    ap.add_argument("--pages", default=None, help="a page range, e.g. 14-17 (default: all)")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    for pdf in args.pdfs:
        with pdfplumber.open(str(pdf)) as doc:
            numbers = _pages(args.pages, len(doc.pages))
            dpis = {n: args.dpi or ocr_dpi(ConvertOptions(), scan_dpi(doc.pages[n - 1])) for n in numbers}
        start = time.perf_counter()
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(_page_changes, [(str(pdf), n, dpis[n]) for n in numbers]))
        seconds = time.perf_counter() - start
        words = sum(w for _, w, _ in results)
        changed = [(n, c) for n, _, cs in results for c in cs]
        glued = [(n, c) for n, c in changed if "," in c[1]]
        print(f"{pdf.name}: {len(numbers)} pages at {sorted(set(dpis.values()))} dpi, {words} words, "
              f"{len(changed)} repaired ({len(glued)} glued to their number), {seconds:.0f} s")
        for n, (read, fixed, conf, line) in changed:
            print(f"  p{n:<3} {read!r:>12} → {fixed!r:<10} conf {conf:>3.0f}   {line[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
