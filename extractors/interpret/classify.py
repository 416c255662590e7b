"""Classification: blocks in reading order → sections, items and tables.

A small state machine walks the blocks.  Cues (:mod:`extractors.interpret.cues`) open
items ("Mål: …", "Uppdrag: …") or modes ("Indikatorer", "Aktiviteter", a
numbered "Uppdrag" list, "Strategier för …"); in a mode, the following
paragraphs or list items become items of that kind until a heading, another
cue, a bold block or plain prose ends it.  Indicators link to the nearest
goal above them (``parent``); risks and report indicators come from their
tables (:mod:`extractors.interpret.risk_table`, :mod:`extractors.interpret.indicator_table`); all
other tables become contract tables (:mod:`extractors.tables.table_model`).

Every item gets the parent the printed document gives it: a "Perspektiv: …"
heading becomes a ``perspective`` item, a "Strategi: …" heading (or, where none
is printed, the "Strategier för …" line) a ``strategy_area`` item under it;
a goal hangs under the strategy area or perspective it is printed in, an
indicator, assignment or activity under the goal above it (else under the
strategy area or perspective), a strategy under its strategy area, a risk
under a ``risk_area`` item for its area (the Verksamhet column or the area
line).  :func:`extractors.interpret.cues.heading_cue` reads the two heading cues.

A "Symbolförklaringar" legend (:mod:`extractors.interpret.legend`) is collected, not
made a section, and gives the meaning of the status symbols and trend arrows
in the tables after it.  A report's internal-control plan prints per risk a
``Status | Åtgärd`` table: its risk is the bold paragraph right above it, its
area the heading line above that (an area line is not a section).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from extractors import tables
from extractors.interpret import indicator_table
from extractors.layout import plain_lists
from extractors.interpret import risk_table, table_titles
from extractors.tables import table_model
from extractors.interpret import legend as legends
from extractors.interpret.cues import Cue, CueMatcher, heading_cue
from extractors.text.dehyphenate import join_wrapped
from extractors.text.folding import fold
from models.contract import Action, BBox, Item, Section, Table, TocEntry
from models.pagedata import Block, TableGrid

# a paragraph longer than this is prose, not an indicator/activity line
_MAX_ITEM_WORDS = 90
_ASSIGNMENT_VERB = re.compile(r"\b(får|ges|ska)\b.{0,40}\buppdrag", re.I)
_NUMBERED = re.compile(r"^\d{1,3}[.)]$")
# blocks looked at after an item heading for a list printed without marks
_LOOKAHEAD = 40


@dataclass
class Classified:
    sections: list[Section] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    toc: list[TocEntry] = field(default_factory=list)


@dataclass
class _State:
    section: Optional[str] = None
    section_title: Optional[str] = None
    goal: Optional[str] = None
    perspective: Optional[str] = None  # id of the "Perspektiv: …" item the text is under
    strategy_area: Optional[str] = None  # id of the "Strategi: …" item the text is under
    risk_areas: dict[str, str] = field(default_factory=dict)  # folded area text → risk_area item id
    mode: Optional[str] = None  # indicators | activities | assignments | strategies | comment
    last_item: Optional[Item] = None
    last_text: str = ""
    legend: legends.Legend = field(default_factory=legends.Legend)
    in_legend: bool = False
    recent: list[Block] = field(default_factory=list)  # text blocks since the last table
    before_section: tuple[Optional[str], Optional[str]] = (None, None)
    area: str = ""  # internal-control plan: the area of the risks that follow
    ahead: list[Block] = field(default_factory=list)  # the blocks after the current one
    plain: set[int] = field(default_factory=set)  # ids of blocks read as items of an unmarked list
    apart: Optional[int] = None  # id of the block set apart below such a list by a wider gap
    marked: bool = False  # the list item last added was printed with a mark (bullet, number)


class Classifier:
    """Holds the cue matcher; :meth:`classify` is pure with respect to its input."""

    def __init__(self, cues: Optional[CueMatcher] = None) -> None:
        self.cues = cues or CueMatcher()

    def classify(self, blocks: list[Block], page_heights: Optional[dict[int, float]] = None) -> Classified:
        """``page_heights`` (page number → height) lets stray furniture between
        the parts of a table be recognised by its place in the margin band."""
        out = Classified()
        st = _State()
        section_ids: set[str] = set()
        i = 0
        while i < len(blocks):
            b = blocks[i]
            if b.kind == "table":
                run = [b]
                while True:
                    if i + 1 < len(blocks) and blocks[i + 1].kind == "table":
                        i += 1
                        run.append(blocks[i])
                        continue
                    k = _past_furniture(blocks, i, run, page_heights)
                    if k is None:
                        break
                    i = k  # OCR'd footer garbage between two parts of one table is dropped
                    run.append(blocks[i])
                for grid in tables.merge_continued([x.table for x in run if x.table is not None]):
                    self._table(grid, st, out, section_ids)
                    st.recent = []
                i += 1
                continue
            if b.kind == "toc":
                # the table of contents points at sections; it is none itself
                out.toc.extend(b.toc)
                i += 1
                continue
            st.ahead = blocks[i + 1:i + 1 + _LOOKAHEAD]
            self._text_block(b, st, out, section_ids)
            i += 1
        table_titles.distinct_titles(out.tables, out.sections)
        return out

    # ------------------------------------------------------------ text

    def _add(self, out: Classified, st: _State, **kw) -> Item:
        item = Item(id=f"i{len(out.items) + 1}", section=st.section, **kw)
        out.items.append(item)
        st.last_item = item
        return item

    def _text_block(self, b: Block, st: _State, out: Classified, section_ids: set[str]) -> None:
        st.recent = (st.recent + [b])[-3:]
        if self._legend_line(b, st):
            return
        cue = self.cues.match(b.text)
        if b.kind == "heading" and cue is None:
            self._section(b, st, out, section_ids)
            return
        if cue is not None and self._cue(cue, b, st, out):
            st.last_text = b.text
            return
        words = len(b.text.split())
        mode = st.mode
        if mode in ("indicators", "activities") and st.apart == id(b) and b.kind == "paragraph":
            mode = None  # set apart below a list printed without marks: the list is over
        if mode in ("indicators", "activities") and b.kind == "paragraph" and st.last_item is not None \
                and st.last_item.kind == {"indicators": "indicator", "activities": "activity"}[mode] and st.marked:
            mode = None  # an unmarked paragraph after a list of marked items: prose, the list is over
        if mode == "comment" and st.last_item is not None and b.kind == "paragraph" and not b.bold:
            item = st.last_item
            item.comment = f"{item.comment} {b.text}".strip() if item.comment else b.text
        elif mode == "indicators" and b.kind in ("paragraph", "list_item") and not b.bold and words <= _MAX_ITEM_WORDS:
            self._add(out, st, kind="indicator", text=b.text, page=b.page, parent=st.goal, bbox=b.bbox)
            st.marked = b.kind == "list_item"
        elif mode == "activities" and b.kind in ("paragraph", "list_item") and not b.bold and words <= _MAX_ITEM_WORDS:
            self._add(out, st, kind="activity", text=b.text, page=b.page, bbox=b.bbox, parent=_under_goal(st))
            st.marked = b.kind == "list_item"
        elif mode == "strategies" and (b.kind == "list_item" or id(b) in st.plain):
            self._add(out, st, kind="strategy", text=b.text, page=b.page, bbox=b.bbox, parent=st.strategy_area)
        elif mode == "assignments" and (
            (b.kind == "list_item" and b.marker and _NUMBERED.match(b.marker)) or _ASSIGNMENT_VERB.search(b.text)
            or id(b) in st.plain
        ) and words <= 2 * _MAX_ITEM_WORDS:
            number = b.marker.rstrip(".)") if b.marker and _NUMBERED.match(b.marker) else None
            self._add(out, st, kind="assignment", text=b.text, page=b.page, bbox=b.bbox,
                      cue=b.marker, number=number, parent=_under_goal(st))
        elif mode == "strategies" and b.kind == "paragraph" and not (out.items and out.items[-1].kind == "strategy"):
            pass  # an introductory line between "Strategier för …" and its bullets
        else:
            st.mode = None
        st.last_text = b.text

    def _legend_line(self, b: Block, st: _State) -> bool:
        """A line of a "Symbolförklaringar" legend: its title, a group's intro line or
        "<symbol> = <meaning>" entries (the symbol may be a list marker)."""
        if legends.is_title(b.text):
            st.in_legend, st.mode = True, None
            st.legend.start_group()
            return True
        if not st.in_legend:
            return False
        if b.kind in ("paragraph", "list_item"):
            text = b.text
            if b.marker:  # the layout reads a leading "●"/"■" as a list bullet ("•"): take the printed glyph
                glyph = b.lines[0].words[0].text if b.lines and b.lines[0].words else b.marker
                if all(legends.is_symbol(c) for c in glyph):
                    text = f"{glyph} {text}"
            entries = legends.parse_entries(text)
            if entries:
                st.legend.add(entries)
                return True
            if not b.bold and len(b.text.split()) <= 30 and self.cues.match(b.text) is None:
                st.legend.start_group(b.text)
                return True
        st.in_legend = False
        return False

    def _cue(self, cue: Cue, b: Block, st: _State, out: Classified) -> bool:
        if cue.kind == "goal" and cue.rest:
            item = self._add(out, st, kind="goal", text=cue.rest, page=b.page, bbox=b.bbox, cue=cue.cue,
                             number=cue.number, parent=st.strategy_area or st.perspective)
            st.goal = item.id
            st.mode = None
            return True
        if cue.kind == "assignment" and cue.rest:
            self._add(out, st, kind="assignment", text=cue.rest, page=b.page, bbox=b.bbox, cue=cue.cue,
                      number=cue.number, parent=_under_goal(st))
            st.mode = None
            return True
        if cue.kind == "indicator" and cue.rest:
            self._add(out, st, kind="indicator", text=cue.rest, page=b.page, bbox=b.bbox, parent=st.goal, cue=cue.cue)
            st.mode = "indicators"
            return True
        if cue.kind == "activity" and cue.rest:
            self._add(out, st, kind="activity", text=cue.rest, page=b.page, bbox=b.bbox, cue=cue.cue,
                      parent=_under_goal(st))
            st.mode = "activities"
            return True
        if cue.kind == "comment":
            if st.last_item is not None and st.last_item.kind in ("indicator", "assignment", "goal", "risk"):
                if cue.rest:
                    st.last_item.comment = cue.rest
                st.mode = "comment"
                return True
            return False
        mode = {
            "indicators_heading": "indicators",
            "activities_heading": "activities",
            "assignments_heading": "assignments",
            "strategies_heading": "strategies",
        }.get(cue.kind)
        if mode:
            st.mode = mode
            if mode == "strategies" and st.strategy_area is None:
                # "Strategier för …" with no "Strategi: …" heading above: the line names the area
                rest = re.sub(r"^\S+\s+\S+\s*", "", " ".join(b.text.split())).rstrip(":")
                area = self._add(out, st, kind="strategy_area", text=rest[:1].upper() + rest[1:] or b.text,
                                 cue=" ".join(b.text.split()[:2]), page=b.page, bbox=b.bbox, parent=st.perspective)
                st.strategy_area = area.id
            # items printed without any mark: plain paragraphs laid out as a list
            run = plain_lists.unmarked_list(st.ahead, b, stop=lambda x: self.cues.match(x.text) is not None)
            st.plain = {id(x) for x in run.items}
            st.apart = id(run.apart) if run.apart is not None else None
            return True
        return False

    def _section(self, b: Block, st: _State, out: Classified, section_ids: set[str]) -> None:
        base = f"s{b.number}" if b.number else f"h{sum(1 for s in out.sections if not s.number) + 1}"
        sid, k = base, 2
        while sid in section_ids:
            sid, k = f"{base}-{k}", k + 1
        section_ids.add(sid)
        st.before_section = (st.section, st.section_title)
        out.sections.append(
            Section(id=sid, number=b.number, title=b.text, level=b.level or 1, page=b.page, bbox=b.bbox)
        )
        st.section, st.section_title = sid, b.text
        st.goal = None if (b.number or (b.level or 1) <= 2 or b.text.lower().startswith("strategi")) else st.goal
        st.mode = None
        printed = heading_cue(b.text)
        if printed is not None and printed.kind == "perspective":
            st.perspective = self._add(out, st, kind="perspective", text=printed.rest, cue=printed.cue, page=b.page,
                                       bbox=b.bbox).id
            st.strategy_area = None
        elif printed is not None:
            st.strategy_area = self._add(out, st, kind="strategy_area", text=printed.rest, cue=printed.cue,
                                         page=b.page, bbox=b.bbox, parent=st.perspective).id
        elif b.number or (b.level or 1) <= 2:
            st.perspective = st.strategy_area = None  # a chapter or a section that is no perspective
        st.last_item = None

    # ------------------------------------------------------------ tables

    def _table(self, grid: TableGrid, st: _State, out: Classified, section_ids: set[str]) -> None:
        if _is_text_box(grid):
            # a framed box of running text (goals are often printed in one):
            # its cells are read as paragraphs
            for row in grid.header_rows + grid.rows:
                for cell in row:
                    if cell.text.strip() and cell.bbox is not None:
                        block = Block(kind="paragraph", text=" ".join(cell.text.split()), page=grid.page,
                                      bbox=cell.bbox, bold=cell.bold)
                        self._text_block(block, st, out, section_ids)
            return
        if risk_table.is_action_table(grid) and self._control_risk(grid, st, out, section_ids):
            return
        if risk_table.is_risk_table(grid):
            own_area = "area" in risk_table.column_roles(grid)
            if not own_area:
                self._area_above(grid, st, out, section_ids)
            for r in risk_table.extract_risks(grid):
                area = r.area if own_area else st.area
                self._add(out, st, kind="risk", text=r.risk, area=area or None,
                          actions=[Action(text=a.text, status=a.status, comment=a.comment) for a in r.actions],
                          parent=self._risk_area(area, r.page, (r.area_bbox if own_area else None) or r.bbox, st, out),
                          page=r.page, pages=list(r.pages) if len(r.pages) > 1 else None, bbox=r.bbox)
            st.mode = None
            return
        if indicator_table.is_indicator_table(grid):
            for rec in indicator_table.extract_indicators(grid, st.legend):
                self._add(out, st, kind="indicator", text=rec.text, parent=st.goal, page=rec.page,
                          outcome=rec.outcome, target=rec.target, long_term_target=rec.long_term_target,
                          status=rec.status, trend=rec.trend, comment=rec.comment, number=rec.number,
                          bbox=rec.bbox)
            st.mode = None
            return
        table = table_model.to_table(grid, f"t{len(out.tables) + 1}", st.section_title, st.last_text)
        table.section = st.section
        out.tables.append(table)


    def _control_risk(self, grid: TableGrid, st: _State, out: Classified, section_ids: set[str]) -> bool:
        """A report's ``Status | Åtgärd`` table: one risk (the bold paragraph above it, which
        the layout may have cut into a heading line and the table's caption), or more
        åtgärder of the risk before (no new risk paragraph in between)."""
        actions = risk_table.extract_actions(grid)
        parts: list[Block] = []
        recent = st.recent
        for k in range(len(recent) - 1, -1, -1):
            b = recent[k]
            # OCR may lose the bold of a risk paragraph's last line ("enligt mål i projektplan.")
            lost_bold = not parts and k > 0 and _is_bold_line(recent[k - 1]) and _continues_line(recent[k - 1], b)
            if not (_is_bold_line(b) or lost_bold) or (_is_area_line(b) and (parts or grid.caption)):
                break
            parts.insert(0, b)
        caption = " ".join((grid.caption or "").split())
        if not parts and not caption:
            last = out.items[-1] if out.items else None
            if last is None or last.kind != "risk" or st.recent:
                return False
            self._add_actions(last, actions, st)
            return True
        before = st.recent[: len(st.recent) - len(parts)]
        if before and (_is_area_line(before[-1]) or ((parts or caption) and _is_plain_area_line(before[-1]))):
            st.area = before[-1].text
            parts.insert(0, before[-1])
            area_line = True
        else:
            area_line = False
        for b in reversed(parts):  # area and risk lines are not sections
            _not_a_section(b, st, out, section_ids)
        risk_parts = parts[1:] if area_line else parts
        text = " ".join([b.text for b in risk_parts] + ([caption] if caption else []))
        first = risk_parts[0] if risk_parts else None
        boxes = [b.bbox for b in risk_parts if b.bbox is not None]
        parent = self._risk_area(st.area, first.page if first else grid.page,
                                 parts[0].bbox if area_line else (first.bbox if first else grid.bbox), st, out)
        item = self._add(out, st, kind="risk", text=join_wrapped([text]), area=st.area or None, actions=[],
                         parent=parent, page=first.page if first else grid.page,
                         bbox=BBox.union(boxes) if boxes else None)
        self._add_actions(item, actions, st)
        st.mode = None
        return True

    def _risk_area(self, area: Optional[str], page: int, bbox: Optional[BBox], st: _State,
                   out: Classified) -> Optional[str]:
        """The id of the ``risk_area`` item for ``area`` (made at its first risk), or None."""
        text = " ".join((area or "").split())
        if not text:
            return None
        key = fold(text)
        if key not in st.risk_areas:
            last = st.last_item
            st.risk_areas[key] = self._add(out, st, kind="risk_area", text=text, page=page, bbox=bbox).id
            st.last_item = last
        return st.risk_areas[key]

    def _area_above(self, grid: TableGrid, st: _State, out: Classified, section_ids: set[str]) -> None:
        """A risk table without a Verksamhet column: its area is the short line right
        above it (a heading or bold line, or the table's caption), else the area of
        the table before."""
        caption = " ".join((grid.caption or "").split())
        if caption and len(caption.split()) <= 6 and not caption.endswith("."):
            st.area = caption
            return
        last = st.recent[-1] if st.recent else None
        if last is not None and (_is_area_line(last) or _is_plain_area_line(last)):
            st.area = last.text
            _not_a_section(last, st, out, section_ids)

    def _add_actions(self, item: Item, actions: list, st: _State) -> None:
        pages = set(item.pages or [item.page])
        for a in actions:
            status = a.status
            if status and legends.is_symbol(status[0]):
                status = st.legend.action_status(status)
            item.actions.append(Action(text=a.text, status=status, comment=a.comment))
            pages.update(a.pages)
            if a.bbox is not None and a.page == item.page and item.bbox is not None:
                item.bbox = BBox.union([item.bbox, a.bbox])
        item.pages = sorted(pages) if len(pages) > 1 else None


def _under_goal(st: _State) -> Optional[str]:
    """The parent of an assignment or activity: the goal above it, else the
    strategy area or perspective it is printed under."""
    return st.goal or st.strategy_area or st.perspective


def _not_a_section(b: Block, st: _State, out: Classified, section_ids: set[str]) -> None:
    """``b``, read as a heading, names an area or a risk: the section it opened is dropped."""
    last = out.sections[-1] if out.sections else None
    if b.kind == "heading" and last is not None and last.id == st.section and last.title == b.text:
        out.sections.pop()
        section_ids.discard(last.id)
        prev = out.sections[-1] if out.sections else None
        st.section, st.section_title = (prev.id, prev.title) if prev else (None, None)
        for item in out.items:  # a level item the heading made keeps a section that exists
            if item.section == last.id:
                item.section = st.section


def _is_bold_line(b: Block) -> bool:
    """A bold paragraph or an unnumbered heading: how area and risk lines are printed."""
    return b.kind == "heading" and not b.number or (b.kind == "paragraph" and b.bold)


def _is_area_line(b: Block) -> bool:
    """A short heading line naming the area ("HR", "Ekonomi", "Kvalitet och utveckling")."""
    return (b.kind == "heading" and not b.number or b.bold) and len(b.text.split()) <= 6 and not b.text.endswith(".")


def _is_plain_area_line(b: Block) -> bool:
    """An area line whose bold OCR did not see: a short unnumbered line of words
    right above a risk paragraph ("HR", "Juridik"), not a legend line ("✓ = Avslutad")."""
    return b.kind in ("paragraph", "heading") and not b.number and len(b.text.split()) <= 6 \
        and re.fullmatch(r"[A-ZÅÄÖ][\w\- ]*", b.text) is not None


def _continues_line(bold: Block, b: Block) -> bool:
    """``b``, a plain paragraph, is the rest of the bold paragraph ``bold``: it
    starts in lower case, or ``bold`` stops mid-sentence."""
    return b.kind == "paragraph" and not b.bold and bool(b.text) and bool(bold.text) \
        and (b.text[0].islower() or not re.search(r"[.!?:;]$", bold.text))


def _is_text_box(grid: TableGrid) -> bool:
    """A one-column "table" is a framed text box, not data."""
    rows = grid.header_rows + grid.rows
    return bool(rows) and all(len(r) == 1 for r in rows)


def _past_furniture(blocks: list[Block], i: int, run: list[Block], page_heights: Optional[dict[int, float]],
                    most: int = 3) -> Optional[int]:
    """The index of the table block after at most ``most`` blocks of stray page
    furniture that continues the run's table over the page break, else None."""
    k = i + 1
    while k < len(blocks) and blocks[k].kind != "table" and k - i <= most:
        k += 1
    if k == i + 1 or k >= len(blocks) or blocks[k].kind != "table" or blocks[k].table is None:
        return None
    grids = [x.table for x in run if x.table is not None]
    if not grids:
        return None
    last = tables.merge_continued(grids)[-1]
    return k if tables.joined_over_furniture(last, blocks[i + 1:k], blocks[k].table, page_heights) else None
