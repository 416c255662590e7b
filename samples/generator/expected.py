"""The expected output JSON of a sample, derived from its :class:`DocSpec`.

Never from the pipeline: texts come from the spec (through the same glyph
mapping the renderer prints with, :func:`charset.printable`), pages from the
:class:`pagemap.PageMap` recorded while the PDF was drawn, money values from a
small parser of its own (independent of :mod:`extractors.money.amounts`).

Conventions (see samples/README.md): numbered headings get section id
"s<number>", unnumbered ones "u1", "u2", … in order; an indicator's parent is
the nearest preceding goal within the same numbered section (a numbered
heading starts afresh); data-table group rows are kept with ``cells: []``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Optional

from samples.generator import spec as S
from samples.generator.charset import printable
from samples.generator.looks import DEFAULT_LOOK, Look
from samples.generator.pagemap import PageMap

SCHEMA_VERSION = "2"  # models.contract.SCHEMA_VERSION: the expected JSON is written in that contract
_FACTORS = {"mnkr": Decimal(1), "tkr": Decimal("0.001"), "kr": Decimal("0.000001")}
_NUMBER = re.compile(r"[-+]?\d+(\.\d+)?")
# the heavy check mark the seed prints beside the legend's own one stands for the same status
CHECK_MARK_VARIANTS = {"\u2714": "\u2713"}


def _action(text: str, status: Optional[str], comment: Optional[str]) -> dict:
    """One åtgärd of a risk as the contract writes it (models.contract.Action)."""
    return {"text": text, "status": status, "comment": comment}


def money_value(raw: str, unit: Optional[str]) -> Optional[float]:
    """``raw`` (Swedish format, e.g. "-1 051,2") in mnkr given ``unit``, or
    None when it is not a plain number or the unit is unknown."""
    if unit not in _FACTORS:
        return None
    s = re.sub(r"[ \u00a0\u202f]", "", raw).replace(",", ".").replace("\u2212", "-").replace("\u2013", "-")
    if not _NUMBER.fullmatch(s):
        return None
    try:
        value = Decimal(s) * _FACTORS[unit]
    except InvalidOperation:
        return None
    return float(round(value, 6))


def _text(s: str, charset: str = "winansi") -> str:
    return printable(s, charset)


class _Collector:
    """Walks the blocks once, numbering sections, items and tables."""

    def __init__(self, spec: S.DocSpec, pages: PageMap, look: Look = DEFAULT_LOOK):
        self.spec = spec
        self.pages = pages
        self.look = look
        self.sections: list[dict] = []
        self.items: list[dict] = []
        self.tables: list[dict] = []
        self.section: Optional[str] = None
        self.goal: Optional[str] = None
        self.last_heading: Optional[str] = None
        self.unnumbered = 0
        # the document's symbol legends so far: symbol → meaning per group, in order
        self.legend_groups: list[dict[str, str]] = []

    def text(self, s: str) -> str:
        """``s`` as printed in the look's character set."""
        return _text(s, self.look.charset)

    def item(self, kind: str, text: str, page: int, **fields) -> dict:
        item = {"id": f"i{len(self.items) + 1}", "kind": kind, "text": self.text(text),
                "section": self.section, "page": page, "parent": None}
        item.update(fields)
        self.items.append(item)
        return item

    def run(self) -> None:
        for i, block in enumerate(self.spec.blocks):
            self.block(i, block)

    def block(self, i: int, b) -> None:
        page = self.pages.page
        if isinstance(b, S.Heading):
            number = self.look.heading_number(b.number) if b.number else None
            if number:
                sid = f"s{number}"
                self.goal = None
            else:
                self.unnumbered += 1
                sid = f"u{self.unnumbered}"
            taken = {s["id"] for s in self.sections}
            if sid in taken:  # a number used twice (e.g. an appendix restarting at 1)
                sid = next(f"{sid}-{n}" for n in range(2, len(taken) + 3) if f"{sid}-{n}" not in taken)
            self.section = sid
            self.last_heading = self.text(self.look.heading_text(number, b.title))
            self.sections.append({"id": sid, "number": number, "title": self.text(b.title),
                                  "level": b.level, "page": page(i)})
        elif isinstance(b, S.Goal):
            self.goal = self.item("goal", b.text, page(i), cue=self.text(b.cue))["id"]
        elif isinstance(b, S.Indicators):
            for j, text in enumerate(b.items):
                self.item("indicator", text, page(i, j), parent=self.goal,
                          outcome=None, target=None, status=None, comment=None)
        elif isinstance(b, S.SymbolLegend):
            self.legend_groups += [dict(entries) for _, entries in b.groups]
        elif isinstance(b, S.IndicatorTable):
            for j, row in enumerate(b.rows):
                self.item("indicator", row.text, page(i, j), parent=self.goal,
                          outcome=self.text(row.outcome) if row.outcome else None,
                          target=self.text(row.target) if row.target else None,
                          status=self.indicator_status(row), trend=self.trend(row.trend),
                          comment=self.text(row.comment) if row.comment else None)
        elif isinstance(b, S.ControlPlan):
            self.control_plan(i, b)
        elif isinstance(b, S.Assignment):
            self.item("assignment", b.text, page(i), cue=self.text(b.cue),
                      comment=self.text(b.comment) if b.comment else None)
        elif isinstance(b, S.AssignmentList):
            numbers = b.numbers or [f"{n + 1}." for n in range(len(b.items))]
            for j, text in enumerate(b.items):
                self.item("assignment", text, page(i, j), number=self.text(numbers[j]))
        elif isinstance(b, S.Activities):
            for j, text in enumerate(b.items):
                self.item("activity", text, page(i, j))
        elif isinstance(b, S.Strategies):
            for j, text in enumerate(b.items):
                self.item("strategy", text, page(i, j))
        elif isinstance(b, S.RiskTable):
            self.risks(i, b)
        elif isinstance(b, S.Table):
            self.table(i, b)

    def printed(self, symbol: Optional[str]) -> bool:
        """Whether ``symbol`` is printed in this look (base-14 fonts omit ●◆■○✓⚠→↗)."""
        return bool(symbol) and bool(self.text(symbol))

    def indicator_status(self, row: S.IndicatorRow) -> Optional[str]:
        """The status a reader can see: the printed word ("Delvis"), else the printed symbol
        (its meaning in the legend); None where only an omitted symbol carried it."""
        word_printed = bool(row.status and row.status_word and not row.outcome)
        if word_printed or self.printed(row.outcome_symbol):
            return row.status
        return None

    def trend(self, arrow: Optional[str]) -> Optional[str]:
        """The legend's meaning of a printed trend arrow, as its last word ("resultatet har
        förbättrats" → "förbättrats"); None when the arrow is not printed or not in a legend."""
        if not self.printed(arrow):
            return None
        meaning = next((g[arrow] for g in reversed(self.legend_groups) if arrow in g), None)
        return self.text(meaning).split()[-1] if meaning else None

    def control_plan(self, i: int, b: S.ControlPlan) -> None:
        legend = dict(b.legend)
        for a, area in enumerate(b.areas):
            for r, risk in enumerate(area.risks):
                actions = []
                for action in risk.actions:
                    symbol = action.status
                    meaning = legend.get(symbol) or legend.get(CHECK_MARK_VARIANTS.get(symbol or ""))
                    actions.append(_action(self.text(action.text),
                                           self.text(meaning) if meaning and self.printed(symbol) else None,
                                           self.text(" ".join(action.comment)) if action.comment else None))
                self.item("risk", risk.risk, self.pages.page(i, a, r), area=self.text(area.area), actions=actions)

    def risks(self, i: int, b: S.RiskTable) -> None:
        area = ""
        current: Optional[dict] = None
        has_status = any(r.statuses for r in b.rows) and len(b.columns) > 3
        for r, row in enumerate(b.rows):
            if row.area:
                area = row.area
            statuses = list(row.statuses or [])
            statuses = [(self.text(s) or None) if s else None for s in statuses]
            statuses += [None] * (len(row.actions) - len(statuses))
            # a RiskTable's per-action comments are printed but not expected (null)
            actions = [_action(self.text(a), statuses[k] if has_status else None, None)
                       for k, a in enumerate(row.actions)]
            if not row.risk and current is not None:  # the same risk continued
                current["actions"] += actions
                continue
            current = self.item("risk", row.risk, self.pages.page(i, r), area=self.text(area) or None,
                                actions=actions)

    def table(self, i: int, b: S.Table) -> None:
        title = b.title or b.caption or self.last_heading
        money = set(range(len(b.columns))) if b.money_columns is None else set(b.money_columns)
        rows = []
        for r, row in enumerate(b.rows):
            cells = []
            if not row.group:
                for c, raw in enumerate(row.cells[: len(b.columns)]):
                    raw_p = self.text(raw)
                    if not raw_p:
                        continue
                    value = money_value(raw_p, b.unit) if c in money else None
                    cells.append({"column": b.columns[c], "raw": raw_p, "value_mnkr": value})
            rows.append({"label": self.text(row.label), "cells": cells, "bold": bool(row.bold or row.group),
                         "page": self.pages.page(i, r)})
        row_pages = sorted({row["page"] for row in rows})
        first_page = self.pages.page(i)
        self.tables.append({
            "id": f"t{len(self.tables) + 1}", "kind": b.kind, "title": self.text(title) if title else None,
            "page": first_page, "pages": sorted({first_page, *row_pages}), "unit": b.unit,
            "columns": [self.text(c) for c in b.columns], "rows": rows, "section": self.section,
        })


def expected(spec: S.DocSpec, pages: PageMap, sha256: Optional[str] = None,
             look: Look = DEFAULT_LOOK) -> dict:
    """The expected contract JSON (as a dict) for ``spec`` rendered in
    ``look`` with ``pages``. ``sha256`` of the PDF is added to ``source`` when
    given. Section numbers and heading titles are as printed in ``look``."""
    c = _Collector(spec, pages, look)
    c.run()
    source: dict = {"file": f"{spec.stem}.pdf", "pages": pages.total_pages}
    if sha256:
        source["sha256"] = sha256
    return {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "document": {"type": spec.doc_type, "year": spec.year, "organisation": c.text(spec.organisation),
                     "title": c.text(spec.title)},
        "sections": c.sections,
        "items": c.items,
        "tables": c.tables,
    }
