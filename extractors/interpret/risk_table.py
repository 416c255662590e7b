"""The internal-control plan table (Internkontrollplan): Verksamhet | Risk | Åtgärd (| Status).

One :class:`RiskRecord` per risk: a row with an empty Verksamhet cell keeps
the area above; a row with an empty Risk cell adds its åtgärd to the risk
above; a "Kommentar …" cell (reports) is the comment of the åtgärd above; a
risk cut by a page break (run through :func:`extractors.tables.merge_continued`
first) stays one risk.

Reports print the plan another way (seed 001, 8.1): the area as a heading, the
risk as a bold paragraph, then a small table ``Status | Åtgärd`` per risk, one
row per åtgärd, the Åtgärd cell holding the action text, "Kommentar" and the
comment.  :func:`is_action_table` recognises that table and
:func:`extract_actions` reads its rows (the classifier takes the area and the
risk from the blocks above it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from extractors.text.continuation import cell_continues, text_goes_on
from extractors.interpret.legend import split_symbols
from extractors.text.dehyphenate import join_wrapped
from extractors.text.dehyphenate import is_mid_word_break
from models.contract import BBox
from models.pagedata import GridCell, TableGrid
from extractors.text.folding import fold

_ACTION_START = re.compile(r"(?=\bRegion[öo]vergripande\s+[åa]tg[äa]rd\s*:)", re.I)
_COMMENT = re.compile(r"^kommentar\b[:\s]*", re.I)
_INLINE_COMMENT = re.compile(r"(?<=[.!?:;)\]])\s+Kommentar\b[:\s]*")
# list marks inside a cell of åtgärder: bullet glyphs, a leading dash, "1." / "2)"
_BULLET_MARK = re.compile(r"(?:^|(?<=\s))[\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\u00b7\uf0b7](?=\s)")
_LEAD_DASH = re.compile(r"^[\u2013\u2014-]\s+")
_NUMBER_MARK = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)]\s+(?=\S)")




def _role(text: str) -> Optional[str]:
    t = fold(text).strip(" :*")
    if re.match(r"^(verksamhet|verksamhetsomrade|omrade|process)\b", t):
        return "area"
    if re.match(r"^risk(er)?\b", t):
        return "risk"
    if re.match(r"^(atgard|atgarder|kontrollmoment|kontrollmetod)\b", t):
        return "action"
    if t.startswith("status"):
        return "status"
    if t.startswith("kommentar"):
        return "comment"
    return None


def column_roles(grid: TableGrid) -> dict[str, int]:
    """Column index per role ('area', 'risk', 'action', 'status', 'comment')."""
    if not grid.header_rows:
        return {}
    header = grid.header_rows[-1]
    roles: dict[str, int] = {}
    for k, cell in enumerate(header):
        role = _role(cell.text)
        if role and role not in roles:
            roles[role] = k
    return roles


def is_risk_table(grid: TableGrid) -> bool:
    """Header names a Risk and an Åtgärd column (OCR-tolerant)."""
    roles = column_roles(grid)
    return "risk" in roles and "action" in roles


def is_action_table(grid: TableGrid) -> bool:
    """A report's per-risk table: Status and Åtgärd columns, no Risk column."""
    roles = column_roles(grid)
    return "action" in roles and "status" in roles and "risk" not in roles


@dataclass
class ActionRecord:
    text: str
    status: Optional[str] = None  # the printed status: a symbol ("✓") or a word
    comment: Optional[str] = None
    page: int = 0
    pages: list[int] = field(default_factory=list)
    bbox: Optional[BBox] = None


@dataclass
class RiskRecord:
    area: str
    risk: str
    actions: list[ActionRecord] = field(default_factory=list)
    page: int = 0
    pages: list[int] = field(default_factory=list)
    bbox: Optional[BBox] = None
    area_bbox: Optional[BBox] = None  # the Verksamhet cell that names the area


def _split_comment(text: str) -> tuple[str, Optional[str]]:
    """"action … Kommentar comment" → (action, comment); the comment is "" when the
    "Kommentar" line ends the cell (its text follows on the next page)."""
    m = _COMMENT.match(text)
    if m:
        return "", text[m.end():].strip()
    m = re.search(r"\s\bKommentar\b[:\s]*", text)
    if m:
        return text[: m.start()].strip(), text[m.end():].strip()
    return text, None


def extract_actions(grid: TableGrid) -> list[ActionRecord]:
    """The åtgärder of one ``Status | Åtgärd`` table, in order; a cell that goes on
    over a page break (the row under the repeated header, its Status empty) is joined."""
    roles = column_roles(grid)
    if not is_action_table(grid):
        return []
    ic, ist = roles["action"], roles["status"]
    row_pages: Sequence[int] = getattr(grid, "row_pages", None) or [grid.page] * len(grid.rows)
    out: list[ActionRecord] = []
    for r, row in enumerate(grid.rows):
        page = row_pages[r] if r < len(row_pages) else grid.page
        text = _clean(row[ic].text) if ic < len(row) else ""
        status = _clean(row[ist].text) if ist < len(row) else ""
        if not text:
            continue
        boxes = [c.bbox for c in row if c.bbox is not None]
        first_on_page = 0 < r < len(row_pages) and row_pages[r - 1] != page
        if out and cell_continues(out[-1].comment or out[-1].text, text, not status, first_on_page):
            rec = out[-1]
            action, comment = _split_comment(text)
            if rec.comment is not None:
                rec.comment = join_wrapped([rec.comment, comment if comment is not None and not action else text])
            else:
                rec.text = join_wrapped([rec.text, action]) if action else rec.text
                rec.comment = comment
            if page not in rec.pages:
                rec.pages.append(page)
            continue
        action, comment = _split_comment(text)
        symbols, word = split_symbols(status)
        out.append(ActionRecord(text=action, status="".join(symbols[:1]) or word or None, comment=comment,
                                page=page, pages=[page], bbox=BBox.union(boxes) if boxes else None))
    for rec in out:
        rec.comment = rec.comment or None
    return out


def split_actions(text: str) -> list[str]:
    """One cell holding several åtgärder: a list (each after a bullet glyph, or
    numbered 1., 2., … from the cell's start), or each starting "Regionövergripande
    åtgärd:".  The list marks are not part of the åtgärd."""
    out: list[str] = []
    for item in _list_items(text):
        out += [p.strip() for p in _ACTION_START.split(item) if p.strip()]
    return out or ([text.strip()] if text.strip() else [])


def _list_items(text: str) -> list[str]:
    """``text`` cut at its list marks, the marks dropped: bullet glyphs anywhere
    (after white space), a dash only first, numbers only when they count on (n, n + 1,
    …) from one at the start (a list cut into rows goes on at "2.")."""
    text = _LEAD_DASH.sub("", text.strip())
    parts = [p.strip() for p in _BULLET_MARK.split(text)]
    out: list[str] = []
    for part in parts:
        numbers = [m for m in _NUMBER_MARK.finditer(part)]
        counted = []
        for m in numbers:
            after = part[m.end():m.end() + 1]
            n = int(m.group(1))
            if (n == int(counted[-1].group(1)) + 1 if counted else m.start() == 0) and (after.isupper() or not after.isalpha()):
                counted.append(m)  # "2. Nästa åtgärd", never "enligt 2. kap."
        if counted:
            bounds = [m.start() for m in counted] + [len(part)]
            out += [part[m.end():b].strip() for m, b in zip(counted, bounds[1:])]
        else:
            out.append(part)
    return [p for p in out if p]


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", join_wrapped([text])).strip()


def extract_risks(grid: TableGrid) -> list[RiskRecord]:
    """The risks of an internal-control table, in order."""
    roles = column_roles(grid)
    if "risk" not in roles or "action" not in roles:
        return []
    ia, ir, ic = roles.get("area"), roles["risk"], roles["action"]
    ist, icm = roles.get("status"), roles.get("comment")
    row_pages: Sequence[int] = getattr(grid, "row_pages", None) or [grid.page] * len(grid.rows)
    out: list[RiskRecord] = []
    area = ""
    area_box: Optional[BBox] = None
    prev_page = None
    for r, row in enumerate(grid.rows):
        page = row_pages[r] if r < len(row_pages) else grid.page

        def cell(k: Optional[int]) -> str:
            return _clean(row[k].text) if k is not None and k < len(row) else ""

        a, risk, action, status, comment = cell(ia), cell(ir), cell(ic), cell(ist), cell(icm)
        boxes = [c.bbox for c in row if c.bbox is not None]
        new_page = prev_page is not None and page != prev_page
        prev_page = page
        if a:
            area = _area_name(a)
            area_box = row[ia].bbox if ia is not None and ia < len(row) else None
        if risk and out and not a and new_page and text_goes_on(out[-1].risk, risk):
            out[-1].risk = join_wrapped([out[-1].risk, risk])  # the risk text went on over the page break
            risk = ""
        if risk:
            out.append(RiskRecord(area=area, risk=risk, page=page, pages=[page], area_bbox=area_box))
        elif a and not out:
            continue
        if not out:
            continue
        rec = out[-1]
        if page not in rec.pages:
            rec.pages.append(page)
        if boxes:
            rec.bbox = BBox.union(boxes + ([rec.bbox] if rec.bbox else []))
        if not action:
            if comment and rec.actions:
                rec.actions[-1].comment = comment
            continue
        m = _COMMENT.match(action)
        if m:
            if rec.actions:
                last = rec.actions[-1]
                last.comment = join_wrapped([last.comment or "", action[m.end():]]) or None
            continue
        inline = _INLINE_COMMENT.search(action)
        if inline:  # "… beslutad. Kommentar Har åtgärden …" in the same cell
            comment = join_wrapped([comment, action[inline.end():]])
            action = action[: inline.start()].strip()
        if new_page and not risk and rec.actions and text_goes_on(rec.actions[-1].text, action) and not status:
            rec.actions[-1].text = join_wrapped([rec.actions[-1].text, action])
            continue
        for part in _action_parts(row[ic] if ic < len(row) else None, action):
            rec.actions.append(ActionRecord(text=part, status=status or None, comment=comment or None,
                                            page=page, pages=[page]))
    return out


def _action_parts(cell: Optional[GridCell], action: str) -> list[str]:
    """The åtgärder of an Åtgärd cell whose text (up to a "Kommentar") is ``action``:
    one per paragraph where white space parts them in the cell, each split further
    at list marks or "Regionövergripande åtgärd:"."""
    kept: list[str] = []
    for para in cell.paragraphs if cell is not None else ():
        para = _clean(para)
        if _COMMENT.match(para):
            break
        kept.append(para)
    if len(kept) > 1 and _clean(" ".join(kept)) == action:
        return [part for para in kept for part in split_actions(para)]
    return split_actions(action)


def _area_name(text: str) -> str:
    """An area cell's name with a word broken without a hyphen in the narrow
    column joined again ("Informationssäker het" → "Informationssäkerhet")."""
    out: list[str] = []
    for word in text.split():
        if out and is_mid_word_break(out[-1], word):
            out[-1] += word
        else:
            out.append(word)
    return " ".join(out)
