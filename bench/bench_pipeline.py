"""Seconds per page of each stage of the born-digital path, on the sample PDFs.
Prints figures; asserts nothing.

    python bench/bench_pipeline.py [PDF ...]      (default: samples/*.pdf)
"""

from __future__ import annotations

import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> None:
    t0 = time.perf_counter()
    from extractors import tables
    from extractors.validate import checks
    from extractors.interpret.classify import Classifier
    from extractors.layout.blocks import build_blocks
    from extractors.pages.text_layer import extract_pages
    from pipeline.convert import text_amounts_of

    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    classifier = Classifier()
    text_amounts_of([])  # builds the amount finder once
    t_setup = time.perf_counter() - t0
    print(f"imports {t_import:.2f} s, rule matchers built once {t_setup:.2f} s")

    pdfs = [Path(a) for a in argv] or sorted((ROOT / "samples").glob("*.pdf"))
    totals: dict[str, float] = {}
    total_pages = 0
    print(f"{'document':<32}{'pages':>6}{'text':>8}{'tables':>8}{'layout':>8}{'classify':>9}{'amounts':>8}{'checks':>8}  s/page")
    for pdf in pdfs:
        times = {}
        t = time.perf_counter()
        pages = extract_pages(pdf)
        times["text"] = time.perf_counter() - t
        if any(p.words == [] for p in pages):
            print(f"{pdf.name:<32} skipped: pages without a text layer (see bench_ocr.py)")
            continue
        t = time.perf_counter()
        grids = {p.number: tables.find_tables(p) for p in pages}
        times["tables"] = time.perf_counter() - t
        t = time.perf_counter()
        blocks = build_blocks(pages, grids, starts_block=classifier.cues.opens_item)
        times["layout"] = time.perf_counter() - t
        t = time.perf_counter()
        result = classifier.classify(blocks)
        times["classify"] = time.perf_counter() - t
        t = time.perf_counter()
        text_amounts_of(blocks)
        times["amounts"] = time.perf_counter() - t
        t = time.perf_counter()
        for table in result.tables:
            checks.check_table(table, Decimal("0.2"))
        times["checks"] = time.perf_counter() - t
        n = len(pages)
        total_pages += n
        for k, v in times.items():
            totals[k] = totals.get(k, 0.0) + v
        row = "".join(f"{times[k]:>8.2f}" if k != "classify" else f"{times[k]:>9.2f}" for k in times)
        print(f"{pdf.name:<32}{n:>6}{row}  {sum(times.values()) / n:.3f}")
    if total_pages:
        row = "".join(f"{totals[k] / total_pages:>8.3f}" if k != "classify" else f"{totals[k] / total_pages:>9.3f}"
                      for k in totals)
        print(f"{'per page, all documents':<32}{total_pages:>6}{row}  {sum(totals.values()) / total_pages:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
