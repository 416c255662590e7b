"""Money tables under seeded layout variants from three engines (reportlab,
Chromium, pdflatex): tests/data/layouts/, made by tests/data/layouts/make.py
from the resultatbudget / driftbudget / investment tables of the sample specs.

Each PDF holds five money tables; every one must come out as one table with
the full column names ("Budget 2024 Omsättning" under a two-level header,
whether the group cell is merged, unmerged over an empty neighbour or
repeated), every row label in order (section rows without values included,
spacer rows dropped) and every money cell's value in mnkr, with no
header-doubt warning.  The expected values come from the content
(``*.expected.json``, written by the maker from the specs), never from the
pipeline."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from models.contract import Table
from pipeline.convert import Converter

DATA = Path(__file__).resolve().parent / "data" / "layouts"
PDFS = sorted(DATA.glob("*.pdf"))
HEADER_DOUBTS = ("unresolved_header", "generic_column_name")


@pytest.fixture(scope="module")
def converter():
    return Converter()


_DOCS: dict[Path, object] = {}


def converted(converter, pdf: Path):
    if pdf not in _DOCS:
        _DOCS[pdf] = converter.convert(pdf)
    return _DOCS[pdf]


def spec_of(pdf: Path) -> dict:
    return json.loads(pdf.with_suffix(".expected.json").read_text(encoding="utf-8"))


def matching(tables: list[Table], want: dict) -> Table | None:
    """The extracted table holding most of the expected row labels."""
    labels = {r["label"] for r in want["rows"]}
    scored = [(len(labels & {r.label for r in t.rows}), t) for t in tables]
    best = max(scored, key=lambda s: s[0], default=(0, None))
    return best[1] if best[0] else None


def problems(doc, want: dict) -> list[str]:
    """What differs between the extracted table and the expected one ([] = exact)."""
    t = matching(doc.tables, want)
    title = want["title"]
    if t is None:
        return [f"{title}: not found"]
    out = []
    if t.columns != want["columns"]:
        out.append(f"{title}: columns {t.columns}")
    labels = [r.label for r in t.rows]
    if labels != [r["label"] for r in want["rows"]]:
        out.append(f"{title}: labels {labels}")
    got = {(r.label, c.column): c.value_mnkr for r in t.rows for c in r.cells if c.value_mnkr is not None}
    exp = {(r["label"], col): v for r in want["rows"] for col, v in r["cells"].items()}
    if got != exp:
        missing = sorted(set(exp.items()) - set(got.items()))[:4]
        extra = sorted(set(got.items()) - set(exp.items()))[:4]
        out.append(f"{title}: cells missing {missing} extra {extra}")
    doubts = [w.code for w in doc.warnings if w.table == t.id and w.code in HEADER_DOUBTS]
    if doubts:
        out.append(f"{title}: warnings {doubts}")
    return out


@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_layout_variant_tables_exact(converter, pdf):
    want = spec_of(pdf)
    doc = converted(converter, pdf)
    found = [p for t in want["tables"] for p in problems(doc, t)]
    assert not found, f"{want['style']}\n" + "\n".join(found)


def test_dimension_by_engine_table(converter, capsys):
    """Prints the pass rate of every style dimension value per engine (tables
    exact / tables), and checks every value met every engine."""
    tally: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    engines = sorted({spec_of(p)["engine"] for p in PDFS})
    for pdf in PDFS:
        want = spec_of(pdf)
        doc = converted(converter, pdf)
        for t in want["tables"]:
            ok = not problems(doc, t)
            for dim, value in want["style"].items():
                cell = tally[(dim, str(value))][want["engine"]]
                cell[0] += ok
                cell[1] += 1
    with capsys.disabled():
        print("\n" + f"{'dimension=value':28}" + "".join(f"{e:>12}" for e in engines))
        for (dim, value), per in sorted(tally.items()):
            print(f"{dim + '=' + value:28}" + "".join(
                f"{per[e][0]:>7}/{per[e][1]:<4}" if e in per else f"{'-':>12}" for e in engines))
    for dim in ("rules", "header", "thousands", "minus"):
        for (d, value), per in tally.items():
            if d == dim:
                assert set(per) == set(engines), f"{dim}={value} misses an engine"
