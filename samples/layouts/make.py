"""Render layout variants: one by seed and engine, or the committed set.

    python -m samples.layouts.make --seed S --engine E --out DIR   # one variant
    python -m samples.layouts.make --set [--engines ...]           # samples/layouts/variants/
    python -m samples.layouts.make --set --json-only               # only the expected JSON, from the PDFs there

A variant is (seed, engine): the seed draws the style (:func:`style.draw`)
and the content (:mod:`content`); the engine prints it.  The output is
``<stem>.pdf`` and ``<stem>.expected.json`` with stem
``<engine>-<seed>``; the set also writes ``manifest.json`` (seed, engine,
every dimension value, pages, size).

The set is a covering by construction: for each engine, seeds are taken in
order and a seed is kept when its style shows a (dimension, value) pair the
engine has not yet been given; it stops when every pair the engine can
express (:data:`engines.CANNOT`) is covered. A table that should break
across pages but fits on one gets more prose before it and is printed again.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from samples.layouts import engines as E
from samples.layouts.build import build
from samples.layouts.expected import expected_json, table_pages
from samples.layouts.style import DIMENSIONS, Style, draw, pairs

VARIANTS_DIR = Path(__file__).resolve().parent / "variants"
MAX_FILLER = 16


def stem_of(engine: str, seed: int) -> str:
    return f"{engine}-{seed}"


def produce(seed: int, engine: str, out_dir: Path, style: Style | None = None) -> dict:
    """Print variant (``seed``, ``engine``) into ``out_dir``; its manifest record."""
    style = style or draw(seed)
    if not E.expressible(engine, style):
        raise ValueError(f"{engine} cannot express the style of seed {seed}")
    mod = E.engine(engine)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = stem_of(engine, seed)
    filler = 2
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"plandigit-layout-{engine}-") as tmp:
        while True:
            built = build(seed, style, filler)
            made = mod.render(built.layout, Path(tmp), stem)
            pdf = out_dir / f"{stem}.pdf"
            shutil.copyfile(made, pdf)
            doc = expected_json(built, pdf)
            if not style.page.startswith("break") or len(table_pages(doc)) > 1 or filler >= MAX_FILLER:
                break
            filler += 1
    write_expected(doc, out_dir / f"{stem}.expected.json")
    return {"stem": stem, "seed": seed, "engine": engine, "style": style.as_dict(),
            "content": {"items": built.content.source, "table": built.content.table_source,
                        "table_title": doc["tables"][0]["title"], "risks": built.content.risk_source},
            "filler": filler, "pages": doc["source"]["pages"], "table_pages": table_pages(doc),
            "bytes": pdf.stat().st_size, "seconds": round(time.monotonic() - t0, 2)}


def write_expected(doc: dict, js: Path) -> None:
    js.write_text(json.dumps(doc, sort_keys=True, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def rederive_set(engines: list[str], out: Path = VARIANTS_DIR) -> int:
    """Derive the set's expected JSON again from its committed PDFs (each
    variant rebuilt from its manifest record: seed, style, filler), without
    printing: the PDFs, which the engines do not reproduce byte for byte, are kept."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    done = 0
    for rec in manifest["variants"]:
        if rec["engine"] not in engines:
            continue
        built = build(rec["seed"], draw(rec["seed"]), rec["filler"])
        write_expected(expected_json(built, out / f"{rec['stem']}.pdf"), out / f"{rec['stem']}.expected.json")
        done += 1
    return done


def expressible_pairs(engine: str) -> set[tuple[str, str]]:
    return {(d, v) for d, values in DIMENSIONS.items() for v in values} - E.CANNOT[engine]


def covering_seeds(engine: str, start: int = 0, times: int = 2, window: int = 200) -> list[int]:
    """Seeds from ``start`` on that together show every (dimension, value)
    pair ``engine`` can express at least ``times`` times: greedily, of the
    next ``window`` seeds the one that adds most missing showings is kept."""
    want = expressible_pairs(engine)
    need = {p: times for p in want}
    chosen: list[int] = []
    seed = start
    while any(need.values()):
        cands = [s for s in range(seed, seed + window) if E.expressible(engine, draw(s))]
        gain, best = max(((sum(1 for p in pairs(draw(s)) if need.get(p)), s) for s in cands),
                         key=lambda x: (x[0], -x[1]))
        if gain == 0:
            raise RuntimeError(f"no covering for {engine}: {sorted(p for p, n in need.items() if n)}")
        chosen.append(best)
        for p in pairs(draw(best)):
            if need.get(p):
                need[p] -= 1
        seed = best + 1
    return chosen


def make_set(engines: list[str], out: Path = VARIANTS_DIR, start: int = 1000) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    manifest_path = out / "manifest.json"
    old = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {"variants": []}
    records = [r for r in old["variants"] if r["engine"] not in engines]
    for engine in engines:
        for f in out.glob(f"{engine}-*"):
            f.unlink()
        for seed in covering_seeds(engine, start):
            rec = produce(seed, engine, out)
            records.append(rec)
            print(f"{rec['stem']}: {rec['pages']} pages, {rec['bytes'] // 1024} KB, {rec['seconds']} s", flush=True)
    records.sort(key=lambda r: (E.ENGINES.index(r["engine"]), r["seed"]))
    manifest = {"dimensions": DIMENSIONS, "cannot": {e: sorted(map(list, E.CANNOT[e])) for e in E.ENGINES},
                "variants": records}
    manifest_path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return records


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--engine", choices=E.ENGINES)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--set", action="store_true", help="(re)make the committed covering set")
    ap.add_argument("--engines", nargs="*", default=list(E.ENGINES), help="with --set: only these engines")
    ap.add_argument("--json-only", action="store_true",
                    help="with --set: derive the expected JSON again from the committed PDFs (nothing printed)")
    args = ap.parse_args(argv)
    if args.set and args.json_only:
        print(f"{rederive_set(args.engines, args.out or VARIANTS_DIR)} expected JSON files derived again")
        return 0
    if args.set:
        missing = [e for e in args.engines if not E.available(e)]
        if missing:
            print(f"error: engines not installed: {missing}", file=sys.stderr)
            return 2
        make_set(args.engines, args.out or VARIANTS_DIR)
        return 0
    if args.seed is None or args.engine is None:
        ap.error("--seed and --engine (or --set)")
    rec = produce(args.seed, args.engine, args.out or Path("."))
    print(json.dumps(rec, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
