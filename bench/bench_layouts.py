"""Issue 24: how the pipeline reads layouts it has not seen. Renders N fresh
layout variants (new seeds) on the engines installed, converts each, judges
it exact part by part (tests/layout_judge.py), and prints the pass rate per
dimension value × engine, per engine, the most frequent problems, and the
failing seeds with the command that reproduces each.  Asserts nothing.

    python3 bench/bench_layouts.py --n 500 [--seed 100000] [--engines reportlab chromium ...]
    python3 bench/bench_layouts.py --committed [--write-gaps]   # the committed set instead

Variant k is seed S+k on engine k mod len(engines) (the next engine that can
express its style).  ``--keep DIR`` keeps the PDFs and expected JSON.
``--write-gaps`` (with --committed) writes tests/data/layout_gaps.json, the
xfail table of tests/test_layouts.py, from what was measured.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

GAPS_FILE = ROOT / "tests" / "data" / "layout_gaps.json"


def problem_class(part: str, problem: str) -> str:
    """A problem without its particulars (texts, numbers), to count classes."""
    p = re.sub(r"'[^']*'", "'…'", problem)
    p = re.sub(r"\[.*\]", "[…]", p)
    p = re.sub(r": .*", "", p) if p.startswith(("missing", "extra", "risk not found", "row not found",
                                                  "table not found", "no column", "no value", "wrong value")) else p
    p = re.sub(r"-?\d+(\.\d+)?", "N", p)
    return f"{part}: {p[:90]}"


def main(argv: list[str] | None = None) -> int:
    from layout_judge import judge, pass_table
    from pipeline.convert import Converter
    from samples.layouts import engines as E
    from samples.layouts.make import VARIANTS_DIR, produce
    from samples.layouts.style import draw

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=100000, help="first seed (fresh seeds: not the committed set's)")
    ap.add_argument("--engines", nargs="*", default=list(E.ENGINES))
    ap.add_argument("--keep", type=Path, help="keep the rendered variants here")
    ap.add_argument("--committed", action="store_true", help="judge the committed set instead")
    ap.add_argument("--write-gaps", action="store_true", help="with --committed: write the test's xfail table")
    args = ap.parse_args(argv)

    converter = Converter()
    records: list[dict] = []
    results: dict[str, dict[str, list[str]]] = {}
    t0 = time.monotonic()
    render_s = convert_s = 0.0
    if args.committed:
        folder = VARIANTS_DIR
        records = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["variants"]
        engines = [e for e in E.ENGINES if any(r["engine"] == e for r in records)]
        todo = [(r, folder) for r in records]
    else:
        engines = [e for e in args.engines if E.available(e)]
        skipped = [e for e in args.engines if e not in engines]
        if skipped:
            print(f"engines not installed, skipped: {skipped}")
        if not engines:
            return 2
        folder = args.keep or Path(tempfile.mkdtemp(prefix="plandigit-bench-layouts-"))
        todo = []
        for k in range(args.n):
            seed = args.seed + k
            style = draw(seed)
            order = engines[k % len(engines):] + engines[: k % len(engines)]
            engine = next((e for e in order if E.expressible(e, style)), None)
            if engine is None:
                continue
            todo.append(({"seed": seed, "engine": engine}, folder))
    print(f"{len(todo)} variants on {engines}", flush=True)
    for k, (rec, where) in enumerate(todo):
        if not args.committed:
            t = time.monotonic()
            try:
                rec = produce(rec["seed"], rec["engine"], where)
            except Exception as exc:  # noqa: BLE001 - an engine failure is reported, not fatal
                print(f"  render failed {rec['engine']}-{rec['seed']}: {type(exc).__name__}: {exc}", flush=True)
                continue
            render_s += time.monotonic() - t
            records.append(rec)
        stem = rec["stem"]
        expected = json.loads((where / f"{stem}.expected.json").read_text(encoding="utf-8"))
        t = time.monotonic()
        try:
            found = json.loads(converter.convert(where / f"{stem}.pdf").to_json())
        except Exception as exc:  # noqa: BLE001
            found = {"items": [], "tables": [], "document": {}}
            print(f"  convert failed {stem}: {type(exc).__name__}: {exc}", flush=True)
        convert_s += time.monotonic() - t
        results[stem] = judge(expected, found)
        if (k + 1) % 25 == 0:
            print(f"  {k + 1}/{len(todo)} ({time.monotonic() - t0:.0f} s)", flush=True)

    print()
    print(pass_table(records, results, engines))
    classes = Counter(cls for r in results.values() for part, ps in r.items()
                      for cls in {problem_class(part, x) for x in ps})
    print("\nmost frequent problems (variants showing each):")
    for cls, n in classes.most_common(25):
        print(f"  {n:>4}  {cls}")
    failing = [r for r in records if r["stem"] in results and any(results[r["stem"]].values())]
    print(f"\nfailing variants ({len(failing)}):")
    for r in failing:
        res = results[r["stem"]]
        parts = "+".join(p for p, ps in res.items() if ps)
        first = next(ps[0] for ps in res.values() if ps)
        print(f"  {r['stem']:<18} {parts:<18} {first[:100]}")
        if not args.committed:
            print(f"      python -m samples.layouts.make --seed {r['seed']} --engine {r['engine']} --out /tmp/layouts")
    n = len(results)
    print(f"\n{n} variants, {time.monotonic() - t0:.0f} s (render {render_s:.0f} s, convert {convert_s:.0f} s, "
          f"{convert_s / max(n, 1):.2f} s per conversion); engines {engines}"
          + ("" if args.committed else f"; seeds {args.seed}..{args.seed + args.n - 1}; files in {folder}"))
    if args.committed and args.write_gaps:
        gaps = {f"{r['stem']}:{part}": ps[0][:160] + (f" (+{len(ps) - 1} more)" if len(ps) > 1 else "")
                for r in failing for part, ps in results[r["stem"]].items() if ps}
        GAPS_FILE.write_text(json.dumps(gaps, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {GAPS_FILE.relative_to(ROOT)} ({len(gaps)} entries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
