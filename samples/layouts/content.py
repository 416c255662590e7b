"""Content excerpts for layout variants, taken from the transcribed specs.

Every variant prints three parts of one plan or report: an item block (a
goal with its indicators, a strategy list, assignments), a money table and
an excerpt of the internal-control plan.  Which excerpts, is drawn from the
seed with ``random.Random(f"content:{seed}")`` — independent of the engine,
so one seed prints the same words on every engine.  Only the specs' Python
API is used (``doc_*.spec()``).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from samples.generator import doc_vb2021, doc_vp2023, doc_vp2024
from samples.generator import spec as S

SOURCES = {"vp-2024": doc_vp2024.spec, "vp-2023": doc_vp2023.spec, "vb-2021": doc_vb2021.spec}
PLANS = ("vp-2024", "vp-2023")
REPORTS = ("vb-2021",)


@lru_cache(maxsize=None)
def source(name: str) -> S.DocSpec:
    return SOURCES[name]()


@dataclass
class ItemGroup:
    """A goal and what hangs under it, in print order."""

    goal: S.Goal
    indicators: list  # strings (plans) or IndicatorRow (reports)
    assignments: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    comment: Optional[str] = None  # a comment on the goal's indicators (a "Kommentar:" paragraph)


@dataclass
class Content:
    source: str  # the spec the items come from (gives the document's type and year)
    heading: str  # the strategy heading the items stand under
    strategies: Optional[S.Strategies]
    groups: list[ItemGroup]
    prose: list[str]  # paragraphs of the same document (context, filler)
    table: S.Table
    table_source: str
    risks: list[S.RiskRow]
    risk_source: str


# ---------------------------------------------------------------------------
def sentences(text: str, n: int) -> str:
    """The first ``n`` sentences of ``text``."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text)
    return " ".join(parts[:n])


def _prose(spec: S.DocSpec) -> list[str]:
    return [b.text for b in spec.blocks
            if isinstance(b, S.Para) and b.style == "normal" and 200 <= len(b.text) <= 700
            and not b.text.lower().startswith("kommentar")]


def _item_groups(name: str) -> list[tuple[str, Optional[S.Strategies], list[ItemGroup]]]:
    """(heading, strategies, goal groups) per unnumbered strategy heading of a spec."""
    spec = source(name)
    out = []
    heading, strategies, groups = None, None, []

    def close():
        if heading and groups:
            out.append((heading, strategies, groups))

    for b in spec.blocks:
        if isinstance(b, S.Heading):
            close()
            heading, strategies, groups = b.title, None, []
        elif isinstance(b, S.Strategies):
            strategies = b
        elif isinstance(b, S.Goal):
            groups.append(ItemGroup(b, []))
        elif groups and isinstance(b, S.Indicators):
            groups[-1].indicators += list(b.items)
        elif groups and isinstance(b, S.IndicatorTable):
            groups[-1].indicators += [replace(r, outcome_symbol=None, target_symbol=None, trend=None,
                                              comment=None) for r in b.rows]
            comments = [r.comment for r in b.rows if r.comment]
            if comments and groups[-1].comment is None:
                groups[-1].comment = comments[0]
        elif groups and isinstance(b, S.AssignmentList):
            groups[-1].assignments += list(b.items)
            groups[-1].numbers += b.numbers or [f"{n + 1}." for n in range(len(b.items))]
    close()
    return [(h, st, [g for g in gs if g.indicators]) for h, st, gs in out if any(g.indicators for g in gs)]


def _money_tables(name: str) -> list[S.Table]:
    return [b for b in source(name).blocks if isinstance(b, S.Table) and b.kind in ("budget", "investment")
            and b.unit == "mnkr" and b.money_columns is None]


def table_pool(header: str) -> list[tuple[str, S.Table]]:
    """The money tables that can be printed with ``header``: two-level ones
    for the group-header styles, one-column ("Belopp") ones for a table
    without a header row, multi-column one-level ones otherwise."""
    out = []
    for name in SOURCES:
        for t in _money_tables(name):
            two = len(t.header_rows) == 2
            single = t.columns == ["Belopp"]
            if header in ("merged", "unmerged", "repeated"):
                ok = two
            elif header == "caption_only":
                ok = single and len(t.rows) <= 16
            else:
                ok = not two and not single and 2 <= len(t.columns) <= 5
            if ok:
                out.append((name, t))
    return out


def risk_pool() -> list[tuple[str, list[S.RiskRow]]]:
    """Risk rows per spec (the report's control plan as rows: area, risk, actions)."""
    out = []
    for name in SOURCES:
        rows: list[S.RiskRow] = []
        for b in source(name).blocks:
            if isinstance(b, S.RiskTable):
                area = ""
                for r in b.rows:
                    area = r.area or area
                    if r.risk:
                        rows.append(S.RiskRow(area, r.risk, list(r.actions)))
                    elif rows:
                        rows[-1].actions += list(r.actions)
            elif isinstance(b, S.ControlPlan):
                for a in b.areas:
                    for risk in a.risks:
                        rows.append(S.RiskRow(a.area, risk.risk, [x.text for x in risk.actions]))
        if rows:
            out.append((name, rows))
    return out


def draw_content(seed: int, header: str, indicators: str, long_table: bool = False) -> Content:
    """The excerpts of ``seed``: the items from a report when the style
    prints indicators as a table (``indicators == "table"``), else from a
    plan; a money table that fits ``header`` (of 8 rows or more when it must
    break across pages: ``long_table``); two or three risks."""
    rng = random.Random(f"content:{seed}")
    name = rng.choice(REPORTS if indicators == "table" else PLANS)
    heading, strategies, groups = rng.choice(_item_groups(name))
    start = rng.randrange(len(groups))
    groups = [replace(g, indicators=g.indicators[:4]) for g in groups[start:start + 2]]
    if strategies is None:  # borrow the nearest strategy list of the same document
        strategies = next((st for _, st, _ in _item_groups(name) if st), None)
    if strategies is not None:
        strategies = replace(strategies, items=strategies.items[:4])
    pool = table_pool(header)
    table_source, table = rng.choice([x for x in pool if len(x[1].rows) >= 8] if long_table else pool)
    risk_source, rows = rng.choice(risk_pool())
    k = rng.randrange(max(1, len(rows) - 2))
    risks = [replace(r, actions=r.actions[:3]) for r in rows[k:k + rng.choice((2, 3))]]
    prose = _prose(source(name))
    rng.shuffle(prose)
    return Content(name, heading, strategies, groups, prose, table, table_source, risks, risk_source)
