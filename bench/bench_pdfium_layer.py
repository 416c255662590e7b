"""How close pdfium's text page (extractors/pages/pdfium_layer.py, the route for pages
pdfminer cannot parse) comes to pdfplumber's text layer on sound files: every
page read both ways.  Prints, per file: words (pdfplumber), the share of them
matched in order by pdfium's words, the largest left/right and top/bottom
differences of matched words, rulings and marks by both routes, and the
seconds each route took.  Asserts nothing.

    python bench/bench_pdfium_layer.py [PDF ...]      (default: every sample PDF)
"""

from __future__ import annotations

import difflib
import sys
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.pages.pdfium_layer import read_page  # noqa: E402
from extractors.pages.text_layer import page_text  # noqa: E402


def compare(path: Path) -> dict:
    out = dict(pages=0, words=0, matched=0, dx=0.0, dy=0.0, rulings=[0, 0], marks=[0, 0], seconds=[0.0, 0.0])
    doc = pdfium.PdfDocument(str(path))
    with pdfplumber.open(str(path)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            t = time.perf_counter()
            a = page_text(page, number)
            out["seconds"][0] += time.perf_counter() - t
            page.close()
            t = time.perf_counter()
            b = read_page(doc, number).page
            out["seconds"][1] += time.perf_counter() - t
            out["pages"] += 1
            out["words"] += len(a.words)
            match = difflib.SequenceMatcher(None, [w.text for w in a.words], [w.text for w in b.words],
                                            autojunk=False)
            for block in match.get_matching_blocks():
                for k in range(block.size):
                    x, y = a.words[block.a + k], b.words[block.b + k]
                    out["matched"] += 1
                    out["dx"] = max(out["dx"], abs(x.x0 - y.x0), abs(x.x1 - y.x1))
                    out["dy"] = max(out["dy"], abs(x.top - y.top), abs(x.bottom - y.bottom))
            out["rulings"][0] += len(a.rulings)
            out["rulings"][1] += len(b.rulings)
            out["marks"][0] += len(a.marks)
            out["marks"][1] += len(b.marks)
    doc.close()
    return out


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv] or sorted(ROOT.glob("samples/**/*.pdf"))
    print(f"{'file':<44} {'pages':>5} {'words':>6} {'same':>6} {'dx':>5} {'dy':>5} "
          f"{'rulings':>11} {'marks':>7} {'plumber s':>9} {'pdfium s':>8}")
    for path in paths:
        r = compare(path)
        name = str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        same = r["matched"] / r["words"] if r["words"] else 1.0
        print(f"{name[-44:]:<44} {r['pages']:>5} {r['words']:>6} {same:>6.3f} {r['dx']:>5.2f} {r['dy']:>5.2f} "
              f"{r['rulings'][0]:>5}/{r['rulings'][1]:<5} {r['marks'][0]:>3}/{r['marks'][1]:<3} "
              f"{r['seconds'][0]:>9.2f} {r['seconds'][1]:>8.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
