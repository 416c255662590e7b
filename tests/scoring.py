"""Scoring a conversion against a hand-checked expected JSON.

Pure functions over two contract-shaped dicts (``OutputDocument.model_dump()``
and ``*.expected.json``).  Items are matched one-to-one by normalised text
similarity; tables by title and page; cells by row label and column.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Optional

from models.contract import upgraded

ITEM_KINDS = ("goal", "indicator", "assignment", "activity", "strategy", "risk")
MONEY_TABLE_KINDS = ("budget", "investment")


def norm(text: Optional[str]) -> str:
    t = unicodedata.normalize("NFC", text or "").lower()
    t = re.sub(r"[\u00ad]", "", t)
    t = re.sub(r"[^\w%<>]+", " ", t)
    return " ".join(t.split())


def similar(a: str, b: str) -> float:
    na, nb = norm(a), norm(b)
    if na == nb:
        return 1.0
    return SequenceMatcher(None, na, nb, autojunk=False).ratio()


def match_one_to_one(expected: list[str], found: list[str], threshold: float) -> dict[int, int]:
    """Greedy best-first one-to-one matching: expected index → found index."""
    pairs = []
    for i, e in enumerate(expected):
        for j, f in enumerate(found):
            s = similar(e, f)
            if s >= threshold:
                pairs.append((s, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_e: set[int] = set()
    used_f: set[int] = set()
    out: dict[int, int] = {}
    for _, i, j in pairs:
        if i not in used_e and j not in used_f:
            out[i] = j
            used_e.add(i)
            used_f.add(j)
    return out


@dataclass
class KindScore:
    kind: str
    expected: int
    found: int
    matched: int
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else (1.0 if not self.expected else 0.0)


@dataclass
class Score:
    kinds: dict[str, KindScore]
    parents_correct: int = 0
    parents_total: int = 0
    indicator_fields_correct: int = 0
    indicator_fields_total: int = 0
    risks_complete: int = 0
    risks_total: int = 0
    # reports: the trend of an indicator, the status and comment of each matched action
    trends_correct: int = 0
    trends_total: int = 0
    action_statuses_correct: int = 0
    action_statuses_total: int = 0
    action_comments_correct: int = 0
    action_comments_total: int = 0
    risk_problems: list[str] = field(default_factory=list)
    cells_correct: int = 0
    cells_total: int = 0
    cell_problems: list[str] = field(default_factory=list)

    @property
    def cell_accuracy(self) -> float:
        return self.cells_correct / self.cells_total if self.cells_total else 1.0

    @property
    def risk_accuracy(self) -> float:
        return self.risks_complete / self.risks_total if self.risks_total else 1.0

    def report(self, name: str) -> str:
        lines = [f"== {name}"]
        for k in ITEM_KINDS:
            s = self.kinds[k]
            lines.append(
                f"  {k:<11} expected {s.expected:>3} found {s.found:>3} matched {s.matched:>3}"
                f"  recall {s.recall:.3f}  precision {s.precision:.3f}"
            )
        lines.append(f"  indicator parents correct {self.parents_correct}/{self.parents_total}")
        lines.append(f"  indicator outcome/target/status correct {self.indicator_fields_correct}/{self.indicator_fields_total}")
        lines.append(f"  indicator trend correct {self.trends_correct}/{self.trends_total}")
        lines.append(f"  risks complete (text+area+all actions) {self.risks_complete}/{self.risks_total}")
        lines.append(f"  action statuses correct {self.action_statuses_correct}/{self.action_statuses_total}"
                     f"  action comments correct {self.action_comments_correct}/{self.action_comments_total}")
        lines.append(f"  money cells correct {self.cells_correct}/{self.cells_total} = {self.cell_accuracy:.4f}")
        for k in ITEM_KINDS:
            s = self.kinds[k]
            for m in s.missing[:5]:
                lines.append(f"    missing {k}: {m[:100]}")
            for m in s.extra[:5]:
                lines.append(f"    extra {k}: {m[:100]}")
        lines += [f"    {p}" for p in self.risk_problems[:8]]
        lines += [f"    {p}" for p in self.cell_problems[:15]]
        return "\n".join(lines)


def score(expected: dict, found: dict, threshold: float = 0.9,
          table_kinds: tuple[str, ...] = MONEY_TABLE_KINDS) -> Score:
    expected, found = upgraded(expected), upgraded(found)  # either may be of schema version 1
    kinds: dict[str, KindScore] = {}
    matches: dict[str, dict[int, int]] = {}
    by_kind_e = {k: [i for i in expected.get("items", []) if i["kind"] == k] for k in ITEM_KINDS}
    by_kind_f = {k: [i for i in found.get("items", []) if i["kind"] == k] for k in ITEM_KINDS}
    for k in ITEM_KINDS:
        e, f = by_kind_e[k], by_kind_f[k]
        m = match_one_to_one([x["text"] for x in e], [x["text"] for x in f], threshold)
        matches[k] = m
        kinds[k] = KindScore(
            kind=k, expected=len(e), found=len(f), matched=len(m),
            missing=[e[i]["text"] for i in range(len(e)) if i not in m],
            extra=[f[j]["text"] for j in range(len(f)) if j not in set(m.values())],
        )
    result = Score(kinds=kinds)

    # indicator → goal links, and report fields
    goal_map = {by_kind_e["goal"][i]["id"]: by_kind_f["goal"][j]["id"] for i, j in matches["goal"].items()}
    for i, j in matches["indicator"].items():
        e, f = by_kind_e["indicator"][i], by_kind_f["indicator"][j]
        result.parents_total += 1
        if e.get("parent") is None and f.get("parent") is None:
            result.parents_correct += 1
        elif e.get("parent") is not None and goal_map.get(e["parent"]) == f.get("parent"):
            result.parents_correct += 1
        for fld in ("outcome", "target", "status"):
            if e.get(fld) is not None:
                result.indicator_fields_total += 1
                if norm(e.get(fld)) == norm(f.get(fld)):
                    result.indicator_fields_correct += 1
        if e.get("trend") is not None:
            result.trends_total += 1
            result.trends_correct += norm(e["trend"]) == norm(f.get("trend"))

    # risks: text, area and every action
    for i, e in enumerate(by_kind_e["risk"]):
        result.risks_total += 1
        j = matches["risk"].get(i)
        if j is None:
            result.risk_problems.append(f"risk not found: {e['text'][:80]}")
            continue
        f = by_kind_f["risk"][j]
        ea, fa = e.get("actions") or [], f.get("actions") or []
        am = match_one_to_one([x["text"] for x in ea], [x["text"] for x in fa], threshold)
        area_ok = similar(e.get("area") or "", f.get("area") or "") >= threshold
        for a, b in am.items():
            if ea[a].get("status") is not None:
                result.action_statuses_total += 1
                result.action_statuses_correct += norm(ea[a]["status"]) == norm(fa[b].get("status"))
            if ea[a].get("comment") is not None:
                result.action_comments_total += 1
                result.action_comments_correct += similar(ea[a]["comment"], fa[b].get("comment") or "") >= threshold
        if len(am) == len(ea) == len(fa) and area_ok:
            result.risks_complete += 1
        else:
            result.risk_problems.append(
                f"risk '{e['text'][:50]}': area {'ok' if area_ok else repr(f.get('area'))}, "
                f"actions expected {len(ea)} found {len(fa)} matched {len(am)}"
            )

    # money cells of budget/investment tables
    all_e = expected.get("tables", [])
    f_tables = found.get("tables", [])
    table_map = _match_tables(all_e, f_tables)
    for i, et in enumerate(all_e):
        if et.get("kind") not in table_kinds:
            continue
        ft = f_tables[table_map[i]] if i in table_map else None
        cells = [(r, c) for r in et["rows"] for c in r.get("cells", []) if c.get("value_mnkr") is not None]
        result.cells_total += len(cells)
        if ft is None:
            result.cell_problems.append(f"table not found: {et.get('title')} (page {et.get('page')}), {len(cells)} cells")
            continue
        for r, c in cells:
            v = _find_value(et, ft, r, c)
            if v is not None and abs(v - c["value_mnkr"]) < 1e-6:
                result.cells_correct += 1
            else:
                result.cell_problems.append(
                    f"{et.get('title')}: row '{r['label']}' column '{c['column']}' expected {c['value_mnkr']} found {v}"
                )
    return result


def _match_tables(e_tables: list[dict], f_tables: list[dict]) -> dict[int, int]:
    """One-to-one: expected table index → found table index, by title, row
    labels and page; document order breaks ties between look-alike tables.
    A found title that is the expected one plus the context the pipeline adds
    to a repeated caption ("Grupperade åtgärder – Område IT") counts as that title."""
    def base(title: str) -> str:
        return (title or "").split(" – ", 1)[0]

    def occurrence(tables: list[dict]) -> list[int]:
        seen: dict[str, int] = {}
        out = []
        for t in tables:
            key = norm(base(t.get("title")))
            out.append(seen.get(key, 0))
            seen[key] = seen.get(key, 0) + 1
        return out

    occ_e, occ_f = occurrence(e_tables), occurrence(f_tables)
    pairs = []
    for i, et in enumerate(e_tables):
        labels_e = {norm(r["label"]) for r in et["rows"]}
        for j, ft in enumerate(f_tables):
            e_title, f_title = et.get("title") or "", ft.get("title") or ""
            if f_title.startswith(e_title + " – "):
                f_title = e_title
            title = similar(e_title, f_title)
            labels_f = {norm(r["label"]) for r in ft.get("rows", [])}
            overlap = len(labels_e & labels_f) / max(1, len(labels_e))
            page_ok = 1.0 if ft.get("page") == et.get("page") else 0.0
            total = title + 2 * overlap + 0.5 * page_ok
            if total >= 1.5:
                pairs.append((-total, abs(occ_e[i] - occ_f[j]), i, j))
    pairs.sort()
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, _, i, j in pairs:
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def _find_value(et: dict, ft: dict, row: dict, cell: dict) -> Optional[float]:
    rows = ft.get("rows", [])
    # the n-th row with this label (labels can repeat, e.g. "Summa")
    same_e = [r for r in et["rows"] if norm(r["label"]) == norm(row["label"])]
    nth = next(k for k, r in enumerate(same_e) if r is row)
    cands = [r for r in rows if norm(r["label"]) == norm(row["label"])]
    if not cands:
        cands = [r for r in rows if similar(r["label"], row["label"]) >= 0.9]
    if len(cands) <= nth:
        return None
    fr = cands[nth]
    col_idx = et["columns"].index(cell["column"]) if cell["column"] in et["columns"] else None
    target_names = [norm(cell["column"])]
    for fc in fr.get("cells", []):
        if norm(fc["column"]) in target_names:
            return fc.get("value_mnkr")
    if col_idx is not None and len(ft.get("columns", [])) == len(et["columns"]):
        name = ft["columns"][col_idx]
        for fc in fr.get("cells", []):
            if fc["column"] == name:
                return fc.get("value_mnkr")
    return None


def check_repairs(expected: dict, found: dict) -> tuple[int, list[str]]:
    """Every ``ocr_repair`` warning's repaired cell against the expected value:
    (number of repairs, descriptions of the repairs that disagree)."""
    e_tables = expected.get("tables", [])
    f_tables = found.get("tables", [])
    table_map = {j: i for i, j in _match_tables(e_tables, f_tables).items()}
    repairs = [w for w in found.get("warnings", []) if w["code"] == "ocr_repair"]
    wrong: list[str] = []
    for w in repairs:
        j = next((k for k, t in enumerate(f_tables) if t["id"] == w["table"]), None)
        i = table_map.get(j) if j is not None else None
        expected_value = None
        if i is not None:
            et = e_tables[i]
            for r in et["rows"]:
                if similar(r["label"], w["row"] or "") >= 0.9:
                    for c in r.get("cells", []):
                        if norm(c["column"]) == norm(w["column"]):
                            expected_value = c.get("value_mnkr")
        if expected_value is None or abs(expected_value - w["expected"]) > 1e-6:
            wrong.append(f"repair of '{w['original']}' in {w['table']} row '{w['row']}' column '{w['column']}' "
                         f"to {w['expected']}: expected value {expected_value}")
    return len(repairs), wrong


def nth_row(rows: list[dict], label: str, nth: int) -> Optional[dict]:
    """The ``nth`` row (0-based) of ``rows`` whose label is ``label`` (normalised),
    else whose label is at least 0.9 similar; None when there are fewer."""
    key = norm(label)
    cands = [r for r in rows if norm(r["label"]) == key] or [r for r in rows if similar(r["label"], label) >= 0.9]
    return cands[nth] if len(cands) > nth else None
