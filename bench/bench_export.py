"""Export throughput.  Prints figures; asserts nothing.

Makes a synthetic archive of converted documents (default 300) from the
born-digital samples' expected JSON — each copy gets its own sha256 and year,
so every copy is a document of its own — then times ``plandigit export`` in
each format.  The floor measured in the same run is reading and validating the
same JSON files against the contract (``load_outputs``), which every export
must do first.

    python bench/bench_export.py [--docs 300] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.qa.corrections import load_outputs  # noqa: E402
from pipeline.qa.export.command import export_folder  # noqa: E402

STEMS = ("vb-2021-servicenamnden", "vp-2023-servicenamnden", "vp-2024-servicenamnden")


def make_archive(folder: Path, docs: int) -> None:
    sources = [json.loads((REPO / "samples" / f"{s}.expected.json").read_text(encoding="utf-8")) for s in STEMS]
    for n in range(docs):
        doc = json.loads(json.dumps(sources[n % len(sources)]))
        doc["source"]["sha256"] = hashlib.sha256(f"copy {n}".encode()).hexdigest()
        doc["source"]["file"] = f"doc-{n:04d}.pdf"
        doc["document"]["year"] = 1990 + n // len(sources)
        (folder / f"doc-{n:04d}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--keep", type=Path, default=None, help="build the archive here and keep it")
    args = ap.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-export-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        make_archive(root, args.docs)
        megabytes = sum(p.stat().st_size for p in root.glob("*.json")) / 1e6
        floor, loaded = timed(lambda: load_outputs(root))
        print(f"archive: {len(loaded)} documents, {megabytes:.1f} MB of JSON")
        print(f"floor (read + validate the JSON, load_outputs): {floor:.2f} s")
        for fmt in ("csv", "parquet", "duckdb"):
            seconds, result = timed(lambda: export_folder(root, fmt, root / f"export-{fmt}"))
            rows = sum(result.counts.values())
            size = sum(p.stat().st_size for p in result.written) / 1e6
            print(f"{fmt:8s} {seconds:6.2f} s  ({seconds / floor:4.1f} x floor)  {rows} rows, "
                  f"{rows / seconds:,.0f} rows/s, {size:.1f} MB written")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
