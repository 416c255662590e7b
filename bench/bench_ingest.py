"""Cost of ingest on sound born-digital files: what the qpdf view and the
resource pre-check (pipeline/limits.py) add to pdfium's open and page sizes,
beside the floor (reading and hashing the bytes) and the text layer it
precedes.  Best of ``--repeat`` runs.  Prints figures; asserts nothing.

    python bench/bench_ingest.py [PDF ...]      (default: samples/*.pdf)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium

from extractors.pages.text_layer import extract_pages
from models.options import ConvertOptions
from pipeline.ingest import ingest, sha256_file
from pipeline.limits import check_resources

ROOT = Path(__file__).resolve().parent.parent
REPEAT = 5


def best(fn, repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def pdfium_sizes(path: Path) -> None:
    doc = pdfium.PdfDocument(str(path))
    for i in range(len(doc)):
        doc.get_page_size(i)
    doc.close()


def qpdf_check(path: Path) -> None:
    with pikepdf.open(path) as pdf:
        pdf.get_warnings()
        check_resources(pdf, ConvertOptions(), path.name)


def main(argv: list[str]) -> None:
    pdfs = [Path(a) for a in argv] or sorted((ROOT / "samples").glob("*.pdf"))
    print(f"{'document':<30}{'pages':>6}{'hash':>8}{'pdfium':>8}{'qpdf+chk':>9}{'ingest':>8}{'text':>8}  "
          f"added/text   (ms, best of {REPEAT})")
    for pdf in pdfs:
        pages = len(pdfium.PdfDocument(str(pdf)))
        t_hash = best(lambda: sha256_file(pdf))
        t_pdfium = best(lambda: pdfium_sizes(pdf))
        t_check = best(lambda: qpdf_check(pdf))
        t_ingest = best(lambda: ingest(pdf, ConvertOptions()))
        t_text = best(lambda: extract_pages(pdf), repeat=1)
        print(f"{pdf.name:<30}{pages:>6}{t_hash * 1e3:>8.1f}{t_pdfium * 1e3:>8.1f}{t_check * 1e3:>9.1f}"
              f"{t_ingest * 1e3:>8.1f}{t_text * 1e3:>8.0f}  {t_check / t_text:>8.1%}")


if __name__ == "__main__":
    main(sys.argv[1:])
