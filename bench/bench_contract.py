"""What validating a finished document as a whole costs (``OutputDocument.validated()``:
fields, ids and references, run once at the end of every conversion), beside
writing its JSON.  Prints figures; asserts nothing.

    python bench/bench_contract.py [FILE.json ...]   (default: samples/*.expected.json)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.contract import OutputDocument  # noqa: E402


def per_call(fn, repeat: int = 20) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def main(argv: list[str]) -> None:
    root = Path(__file__).resolve().parent.parent
    files = [Path(a) for a in argv] or sorted((root / "samples").glob("*.expected.json"))
    print(f"{'document':40} {'items':>5} {'tables':>6} {'validated ms':>12} {'to_json ms':>10}")
    for path in files:
        doc = OutputDocument.model_validate_json(path.read_text(encoding="utf-8"))
        print(f"{path.name:40} {len(doc.items):5} {len(doc.tables):6} "
              f"{per_call(doc.validated) * 1000:12.1f} {per_call(doc.to_json) * 1000:10.1f}")
    print("floor: converting vp-2024 + vb-2021 (63 text-layer pages) takes about 25 s on this machine; "
          "validation should stay under 1 % of a conversion")


if __name__ == "__main__":
    main(sys.argv[1:])
