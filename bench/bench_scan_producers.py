"""OCR accuracy on scans the tests do not hold: every born-digital twin of
another producer (``samples/libreoffice``, ``samples/chromium``) and the
unscanned vp-2023 sample, scanned by ``samples.generator.scan`` at 150 and
200 dpi (its seeded skew, blur, noise and JPEG), converted, and scored
against the twin's expected JSON with the scanned-sample test's scoring.

The committed scans (``samples/scanned``) are two documents of one producer;
this shows how the OCR path holds on other producers' fonts and table
layouts.  Printed per scan: wall seconds, the item kinds below 1.0, risks
complete, indicator fields, money cells, repairs disagreeing with the
expected value.

``--looks grey bilevel`` also scans bilevel (1 bit, CCITT G4); ``--turned``
feeds every fourth page the wrong way (90, 180, 270 in turn), as archives
hold them (issue 23).  ``--only STEM`` limits the twins.

    python bench/bench_scan_producers.py [--dpi 150 200] [--looks grey bilevel] [--turned] [--jobs 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def twins() -> list[Path]:
    """Born-digital PDFs with an expected JSON whose scan is not committed."""
    scanned = {p.stem for p in (SAMPLES / "scanned").glob("*.pdf")}
    out = [p for p in sorted(SAMPLES.glob("*.pdf")) if p.stem not in scanned and "badlayer" not in p.stem]
    for producer in ("libreoffice", "chromium"):
        out += sorted((SAMPLES / producer).glob("*.pdf"))
    return [p for p in out if p.with_suffix(".expected.json").exists() and not p.stem.startswith("blocks")]


def score_line(expected: dict, found: dict) -> str:
    from scoring import ITEM_KINDS, check_repairs, score

    s = score(expected, found)
    kinds = [f"{k} {s.kinds[k].recall:.2f}/{s.kinds[k].precision:.2f}" for k in ITEM_KINDS
             if (s.kinds[k].expected or s.kinds[k].found) and (s.kinds[k].recall < 1 or s.kinds[k].precision < 1)]
    _, wrong = check_repairs(expected, found)
    return (f"kinds below 1.0: {', '.join(kinds) or 'none'}; risks complete {s.risks_complete}/{s.risks_total}; "
            f"indicator fields {s.indicator_fields_correct}/{s.indicator_fields_total}; "
            f"money cells {s.cells_correct}/{s.cells_total}; wrong repairs {len(wrong)}")


def main(argv: Optional[list[str]] = None) -> None:
    import json

    from models.options import ConvertOptions
    from pipeline.convert import Converter
    from samples.generator.scan import ScanLook, scan_pdf

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dpi", type=int, nargs="+", default=[150, 200])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="folder to keep the scans and JSON in")
    ap.add_argument("--looks", nargs="+", choices=["grey", "bilevel"], default=["grey"])
    ap.add_argument("--turned", action="store_true", help="every fourth page fed turned 90/180/270")
    ap.add_argument("--only", nargs="+", default=[], help="twins whose stem contains one of these")
    args = ap.parse_args(argv)
    converter = Converter()
    with tempfile.TemporaryDirectory(prefix="bench-scans-") as tmp:
        out_dir = args.keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        for twin in twins():
            if args.only and not any(o in twin.stem for o in args.only):
                continue
            expected = json.loads(twin.with_suffix(".expected.json").read_text(encoding="utf-8"))
            pages = expected["source"]["pages"]
            turns = tuple((n, (90, 180, 270)[(n // 4 - 1) % 3]) for n in range(4, pages + 1, 4)) if args.turned else ()
            for dpi, look in ((d, k) for d in args.dpi for k in args.looks):
                name = f"{twin.parent.name}-{twin.stem}-{dpi}-{look}" + ("-turned" if turns else "")
                scan = scan_pdf(twin, out_dir / f"{name}.pdf", ScanLook(dpi=dpi, bilevel=look == "bilevel", turns=turns))
                t = time.perf_counter()
                doc = converter.convert(scan, ConvertOptions(jobs=args.jobs))
                wall = time.perf_counter() - t
                text = doc.to_json()
                (out_dir / f"{name}.json").write_text(text, encoding="utf-8")
                print(f"{name}: {wall:.1f} s; {score_line(expected, json.loads(text))}", flush=True)


if __name__ == "__main__":
    main()
