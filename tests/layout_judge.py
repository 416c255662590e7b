"""Exact extraction of a layout variant, part by part (issue 24).

``judge(expected, found)`` -> {"table": [...], "risks": [...], "items": [...]}
lists what keeps each part of a variant from exact; a part passes when its
list is empty.  Exact means:

* items: every goal, indicator, assignment, activity and strategy found
  (text similarity >= 0.9, one to one) and **no extra** item of those kinds;
  every indicator under its goal;
* risks: every risk found with its area and **all** its actions, no other risk;
* table: every money cell found with its value under its **full column name**
  ("Budget 2024 Omsättning"), no ``colN`` name on the table, and no
  percentage or count beside the money read as an amount.

Used by tests/test_layouts.py and bench/bench_layouts.py.
"""

from __future__ import annotations

import re
from collections import defaultdict

from samples.layouts.style import DIMENSIONS, PART_NAMES, PARTS
from scoring import _match_tables, norm, nth_row, score, similar

ITEM_KINDS = ("goal", "indicator", "assignment", "activity", "strategy")
_COLN = re.compile(r"^col\d+$")


def _compact(raw: str) -> str:
    return re.sub(r"[\s\u00a0\u2009\u202f]", "", raw or "")


def table_problems(expected: dict, found: dict) -> list[str]:
    e_tables, f_tables = expected.get("tables", []), found.get("tables", [])
    table_map = _match_tables(e_tables, f_tables)
    problems: list[str] = []
    for i, et in enumerate(e_tables):
        if i not in table_map:
            n = sum(1 for r in et["rows"] for c in r["cells"] if c.get("value_mnkr") is not None)
            problems.append(f"table not found: {et.get('title')} ({n} money cells)")
            continue
        ft = f_tables[table_map[i]]
        generic = [c for c in ft.get("columns", []) if _COLN.match(c)]
        if generic:
            problems.append(f"generic column names {generic}")
        seen: dict[str, int] = {}
        for row in et["rows"]:
            key = norm(row["label"])
            nth = seen.get(key, 0)
            seen[key] = nth + 1
            frow = nth_row(ft["rows"], row["label"], nth)
            for cell in row["cells"]:
                if frow is None:
                    if cell.get("value_mnkr") is not None:
                        problems.append(f"row not found: '{row['label']}'")
                        break
                    continue
                hit = [c for c in frow["cells"] if norm(c["column"]) == norm(cell["column"])]
                if cell.get("value_mnkr") is not None:
                    where = f"'{row['label']}' / '{cell['column']}'"
                    if not hit:
                        problems.append(f"no column named so: {where} (row's columns "
                                        f"{[c['column'] for c in frow['cells']][:6]})")
                    elif hit[0].get("value_mnkr") is None:
                        problems.append(f"no value: {where} raw {hit[0].get('raw')!r}, expected {cell['value_mnkr']}")
                    elif abs(hit[0]["value_mnkr"] - cell["value_mnkr"]) >= 1e-6:
                        problems.append(f"wrong value: {where} {hit[0]['value_mnkr']}, expected {cell['value_mnkr']}")
                else:
                    as_money = [c for c in frow["cells"] if c.get("value_mnkr") is not None
                                and _compact(c.get("raw")) == _compact(cell["raw"])]
                    if as_money:
                        problems.append(f"'{row['label']}' / '{cell['column']}': {cell['raw']!r} read as money "
                                        f"{as_money[0]['value_mnkr']}")
    return problems


def judge(expected: dict, found: dict) -> dict[str, list[str]]:
    s = score(expected, found)
    items: list[str] = []
    for kind in ITEM_KINDS:
        k = s.kinds[kind]
        items += [f"missing {kind}: {t[:70]}" for t in k.missing]
        items += [f"extra {kind}: {t[:70]}" for t in k.extra]
    if s.parents_correct != s.parents_total:
        items.append(f"indicator parents {s.parents_correct}/{s.parents_total}")
    risks = list(s.risk_problems)
    risks += [f"extra risk: {t[:70]}" for t in s.kinds["risk"].extra]
    return {"table": table_problems(expected, found), "risks": risks, "items": items}


def charged_parts(style: dict, dim: str) -> tuple[str, ...]:
    """The parts a dimension's value is judged by: its own part, every part
    for the page dimensions; an indicator table is ruled like the money table."""
    part = PARTS[dim]
    if part == "all":
        return PART_NAMES
    if dim == "rules" and style["indicators"] == "table":
        return ("table", "items")
    return (part,)


def value_parts(style: dict, result: dict[str, list[str]]) -> dict[tuple[str, str], tuple[int, int]]:
    """(dimension, value) -> (parts exact, parts judged) among the parts that value shapes."""
    out = {}
    for dim, v in style.items():
        parts = charged_parts(style, dim)
        out[(dim, v)] = (sum(1 for p in parts if not result[p]), len(parts))
    return out


def pass_table(records: list[dict], results: dict[str, dict[str, list[str]]], engines: list[str]) -> str:
    """Exact parts per dimension value × engine ("parts exact/parts judged":
    one part per variant for a table, risk or item dimension, all three for
    page and font; and the rate over all engines), then per engine and part."""
    counts: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for rec in records:
        res = results.get(rec["stem"])
        if res is None:
            continue
        for (dim, v), (ok, n) in value_parts(rec["style"], res).items():
            for key in ((dim, v, rec["engine"]), (dim, v, "all")):
                counts[key][0] += ok
                counts[key][1] += n
    head = f"{'dimension':<11} {'value':<15} " + " ".join(f"{e:>11}" for e in engines) + f" {'all':>13}"
    lines = ["exact parts per dimension value × engine (parts exact/parts judged; a variant has three parts:"
             " table, risks, items; page and font are judged on all three)", head, "-" * len(head)]
    for dim, values in DIMENSIONS.items():
        for v in values:
            cells = []
            for e in engines:
                ok, n = counts.get((dim, v, e), (0, 0))
                cells.append(f"{ok}/{n}" if n else "-")
            ok, n = counts.get((dim, v, "all"), (0, 0))
            rate = f"{ok}/{n} {100 * ok / n:3.0f}%" if n else "-"
            lines.append(f"{dim:<11} {v:<15} " + " ".join(f"{c:>11}" for c in cells) + f" {rate:>13}")
    done = [r for r in records if r["stem"] in results]
    lines.append("")
    for e in engines:
        mine = [r for r in done if r["engine"] == e]
        if mine:
            exact = sum(1 for r in mine if not any(results[r["stem"]].values()))
            parts = ", ".join(f"{p} {sum(1 for r in mine if not results[r['stem']][p])}/{len(mine)}"
                              for p in PART_NAMES)
            lines.append(f"{e:<12} variants exact {exact}/{len(mine)}; parts exact: {parts}")
    exact = sum(1 for r in done if not any(results[r["stem"]].values()))
    lines.append(f"{'all':<12} variants exact {exact}/{len(done)}" + (f" = {100 * exact / len(done):.1f}%" if done else ""))
    return "\n".join(lines)
