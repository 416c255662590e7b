"""Regenerate every sample PDF and its ``*.expected.json`` into ``samples/``.

    python -m samples.make_samples [--look NAME] [--out DIR] [doc_vp2024 ...]

Each ``samples/generator/doc_*.py`` module exposes ``spec() -> DocSpec``;
modules that do not exist (yet) are skipped with a message. ``--look`` renders
in one of :data:`samples.generator.looks.LOOKS` (default: the samples' look).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
from pathlib import Path

from samples.generator.expected import expected
from samples.generator.looks import DEFAULT_LOOK, LOOKS, Look
from samples.generator.render import render
from samples.generator.spec import DocSpec

SAMPLES_DIR = Path(__file__).resolve().parent
GENERATOR_DIR = SAMPLES_DIR / "generator"
KNOWN_MODULES = ["doc_vp2024", "doc_vp2023", "doc_vb2021"]


def doc_modules() -> list[str]:
    """The known doc modules plus any other ``doc_*.py`` found, in a fixed order."""
    found = sorted(p.stem for p in GENERATOR_DIR.glob("doc_*.py"))
    return KNOWN_MODULES + [m for m in found if m not in KNOWN_MODULES]


def write_sample(spec: DocSpec, out_dir: Path, look: Look = DEFAULT_LOOK) -> tuple[Path, Path]:
    """Render ``spec`` in ``look`` to ``<stem>.pdf`` and write
    ``<stem>.expected.json`` next to it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf = out_dir / f"{spec.stem}.pdf"
    pages = render(spec, pdf, look)
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    doc = expected(spec, pages, sha256=sha, look=look)
    js = out_dir / f"{spec.stem}.expected.json"
    js.write_text(json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return pdf, js


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=SAMPLES_DIR, help="output folder (default: samples/)")
    ap.add_argument("--look", choices=sorted(LOOKS), default=DEFAULT_LOOK.name,
                    help="page look (default: %(default)s, the committed samples' look)")
    ap.add_argument("modules", nargs="*", help="doc modules to build (default: all)")
    args = ap.parse_args(argv)
    look = LOOKS[args.look]
    if look is not DEFAULT_LOOK and args.out.resolve() == SAMPLES_DIR:
        ap.error("--look other than the default needs --out (samples/ holds the default look)")
    status = 0
    for name in args.modules or doc_modules():
        if not (GENERATOR_DIR / f"{name}.py").exists():
            print(f"skip {name}: samples/generator/{name}.py does not exist yet")
            continue
        try:
            module = importlib.import_module(f"samples.generator.{name}")
            if not callable(getattr(module, "spec", None)):
                print(f"skip {name}: no spec() (not a DocSpec sample; it has its own command)")
                continue
            pdf, js = write_sample(module.spec(), args.out, look)
        except Exception as exc:  # one broken spec must not stop the others
            print(f"FAILED {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            status = 1
            continue
        doc = json.loads(js.read_text(encoding="utf-8"))
        print(f"{name}: {pdf.name} {doc['source']['pages']} pages, {pdf.stat().st_size // 1024} KB, "
              f"{len(doc['sections'])} sections, {len(doc['items'])} items, {len(doc['tables'])} tables")
    return status


if __name__ == "__main__":
    sys.exit(main())
