"""Issue 9, classes 4 and 7, per producer: strategies found from list bullets
(drawn as paths, or as glyphs), TOC entries kept, sections from the body only,
on the committed PDFs of tests/data/structures/.  Prints figures; asserts
nothing.  Run it with another tree first on PYTHONPATH to measure that tree
(the PDFs and the truth are read from this one):

    PYTHONPATH=. python3 bench/bench_structures.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "structures"


def _truth():
    spec = importlib.util.spec_from_file_location("make_pdfs", DATA / "make_pdfs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    from pipeline.convert import Converter

    truth = _truth()
    converter = Converter()
    bullets = truth.STRATEGIES_DIGITAL + truth.STRATEGIES_SUSTAINABLE
    extra = {"chromium": ["Att mäta kvaliteten i leveranserna."]}
    body = [(n, t) for n, t, _ in truth.TOC]
    print(f"{'file':28} {'strategies':>12} {'toc entries':>12} {'body sections':>14} {'toc→section':>12}")
    for pdf in sorted(DATA.glob("*.pdf")):
        doc = converter.convert(pdf)
        producer = pdf.stem.split("-", 1)[1]
        if pdf.stem.startswith("bullets"):
            want = bullets + extra.get(producer, [])
            got = [i.text for i in doc.items if i.kind == "strategy"]
            print(f"{pdf.name:28} {sum(t in got for t in want):>5}/{len(want):<6}")
            continue
        toc = getattr(doc, "toc", [])
        hits = sum((e.number, e.title, e.printed_page) in set(truth.TOC) for e in toc)
        sections = [(s.number, s.title) for s in doc.sections]
        # the TOC is page 1, the body starts on page 2: a section on page 1 came from the TOC
        from_toc = sum(s.page == 1 for s in doc.sections)
        print(f"{pdf.name:28} {'':12} {hits:>5}/{len(truth.TOC):<6} {sum(b in sections for b in body):>7}/{len(body):<6}"
              f" {from_toc:>8}")


if __name__ == "__main__":
    main()
    sys.exit(0)
