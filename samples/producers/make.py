"""Render the sample specs with real producers and write their expected JSON.

    python -m samples.producers.make --producer libreoffice|chromium [--out DIR] [--json-only] [doc_vp2024 ...]

* ``libreoffice``: spec → .docx (:mod:`samples.producers.docx_writer`) →
  ``soffice --headless --convert-to pdf`` (LibreOffice Writer's PDF export);
* ``chromium``: spec → HTML/CSS (:mod:`samples.producers.html_writer`) →
  ``chromium --headless --print-to-pdf``.

Default output: ``samples/<producer>/<stem>.pdf`` and
``<stem>.expected.json``. The expected JSON is derived from the spec by
:mod:`samples.generator.expected` in the producer's look
(:data:`samples.producers.common.PRODUCER_LOOKS`); only the page numbers, the
page count and the sha256 come from the produced PDF (pages by finding each
block's own text in it, :func:`samples.producers.common.locate_pages`).
The producers stamp dates and ids into the PDF, so PDFs are not
byte-identical between runs; their text is.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from samples.generator.expected import expected
from samples.generator.spec import DocSpec
from samples.producers.common import PRODUCER_LOOKS, locate_pages

SAMPLES_DIR = Path(__file__).resolve().parent.parent
# the specs rendered by every producer; doc_blocks is the small all-block-types spec
MODULES = ["samples.generator.doc_vp2024", "samples.generator.doc_vp2023", "samples.generator.doc_vb2021",
           "samples.producers.doc_blocks"]
PRODUCERS = ("libreoffice", "chromium")
TIMEOUT = 300


class ProducerMissing(RuntimeError):
    """The producer program is not installed."""


def _libreoffice_pdf(spec: DocSpec, work: Path) -> Path:
    from samples.producers.docx_writer import write_docx

    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise ProducerMissing("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer")
    src = write_docx(spec, work / f"{spec.stem}.docx")
    profile = work / "profile"  # a private profile: no clash with another soffice running
    subprocess.run([exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(work), str(src)],
                   check=True, capture_output=True, timeout=TIMEOUT)
    return work / f"{spec.stem}.pdf"


def _chromium_pdf(spec: DocSpec, work: Path) -> Path:
    from samples.producers.html_writer import write_html

    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        raise ProducerMissing("Chromium is not installed: apt-get install chromium")
    src = write_html(spec, work / f"{spec.stem}.html")
    out = work / f"{spec.stem}.pdf"
    profile = work / "profile"
    subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={profile}", "--no-pdf-header-footer", "--disable-pdf-tagging", f"--print-to-pdf={out}",
                    src.as_uri()], check=True, capture_output=True, timeout=TIMEOUT)
    return out


_MAKERS = {"libreoffice": _libreoffice_pdf, "chromium": _chromium_pdf}


def produce(spec: DocSpec, producer: str, out_dir: Path) -> tuple[Path, Path]:
    """Render ``spec`` with ``producer`` into ``out_dir``: (pdf, expected json)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"plandigit-{producer}-") as tmp:
        made = _MAKERS[producer](spec, Path(tmp))
        if not made.exists():
            raise RuntimeError(f"{producer} wrote no PDF for {spec.stem}")
        pdf = out_dir / f"{spec.stem}.pdf"
        part = pdf.with_suffix(".pdf.part")
        shutil.copyfile(made, part)
        part.replace(pdf)
    return pdf, write_expected(spec, producer, pdf)


def write_expected(spec: DocSpec, producer: str, pdf: Path) -> Path:
    """Derive ``<stem>.expected.json`` beside ``pdf`` (a PDF ``producer`` made of ``spec``)."""
    look = PRODUCER_LOOKS[producer]
    pages = locate_pages(spec, look, pdf)
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    doc = expected(spec, pages, sha256=sha, look=look)
    js = pdf.parent / f"{spec.stem}.expected.json"
    part = js.with_suffix(".json.part")
    part.write_text(json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    part.replace(js)
    return js


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--producer", choices=PRODUCERS, required=True)
    ap.add_argument("--out", type=Path, help="output folder (default: samples/<producer>/)")
    ap.add_argument("--json-only", action="store_true",
                    help="derive the expected JSON again from the PDFs already in the output folder "
                         "(no producer run: the PDFs, which differ from run to run, are kept)")
    ap.add_argument("modules", nargs="*", help="spec modules by last name, e.g. doc_vp2024 (default: all)")
    args = ap.parse_args(argv)
    out = args.out or SAMPLES_DIR / args.producer
    wanted = [m for m in MODULES if not args.modules or m.rsplit(".", 1)[1] in args.modules]
    status = 0
    for name in wanted:
        try:
            spec = importlib.import_module(name).spec()
            if args.json_only:
                pdf = out / f"{spec.stem}.pdf"
                js = write_expected(spec, args.producer, pdf)
            else:
                pdf, js = produce(spec, args.producer, out)
        except ProducerMissing as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        except Exception as exc:  # one broken spec must not stop the others
            print(f"FAILED {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            status = 1
            continue
        doc = json.loads(js.read_text(encoding="utf-8"))
        print(f"{args.producer} {name.rsplit('.', 1)[1]}: {pdf.name} {doc['source']['pages']} pages, "
              f"{pdf.stat().st_size // 1024} KB, {len(doc['sections'])} sections, {len(doc['items'])} items, "
              f"{len(doc['tables'])} tables")
    return status


if __name__ == "__main__":
    sys.exit(main())
