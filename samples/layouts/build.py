"""(content, style) -> the layout every engine prints, and the DocSpec the
expected JSON is derived from.

The two come from the same decisions in one place: a cell's printed text
(thousands separator, minus sign) goes into the layout, its value comes from
the spec's own raw text; the full column names ("Budget 2024 Omsättning")
come from the spec however the header is printed (merged, unmerged,
repeated, wrapped, or absent).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from samples.generator import spec as S
from samples.generator.hyphenate import break_points
from samples.layouts import model as M
from samples.layouts.content import Content, draw_content, sentences, source
from samples.layouts.style import TWO_LEVEL_HEADERS, Style

UNIT_CAPTION = "Belopp i mnkr"
THOUSANDS = {"space": " ", "nbsp": "\u00a0", "thin": "\u2009", "dot": "."}
MINUS = {"hyphen": "-", "minus": "\u2212", "en_dash": "\u2013"}
_RAW = re.compile(r"^([-\u2212\u2013]?)([\d ]+)(?:,(\d+))?$")


def format_number(raw: str, thousands: str, minus: str) -> str:
    """A spec raw amount ("-1 230", "2 394,5") printed with the style's
    thousands separator and minus sign; text that is not a plain number
    is printed as is."""
    m = _RAW.match(raw.strip())
    if not m:
        return raw
    neg, digits, decimals = m.group(1), m.group(2).replace(" ", ""), m.group(3)
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    body = THOUSANDS[thousands].join([digits] + groups) + (f",{decimals}" if decimals is not None else "")
    if not neg or body.strip("0,") == "":
        return body
    return f"({body})" if minus == "parens" else MINUS[minus] + body


def _decimal(raw: str) -> Optional[Decimal]:
    m = _RAW.match(raw.strip())
    if not m:
        return None
    v = Decimal(m.group(2).replace(" ", "") + (f".{m.group(3)}" if m.group(3) else ""))
    return -v if m.group(1) else v


def header_lines(text: str, mode: str, width: int = 9) -> list[str]:
    """A header text broken over lines as a narrow column prints it:
    ``wrapped_hyphen`` breaks long words at a hyphenation point with a
    hyphen ("Omsätt-" / "ning"); ``wrapped_plain`` cuts words longer than the
    column without one ("Budgetav" / "vikelse"), as Word does in a narrow cell."""
    pieces: list[str] = []
    for word in text.split():
        if mode == "wrapped_hyphen" and len(word) >= 7:
            points = break_points(word)
            if points:
                p = min(points, key=lambda x: (abs(x - len(word) / 2), -x))
                pieces += [word[:p] + "-", word[p:]]
                continue
        if mode == "wrapped_plain" and len(word) > width - 1:
            pieces += [word[i:i + width - 1] for i in range(0, len(word), width - 1)]
            continue
        pieces.append(word)
    lines: list[str] = []
    for p in pieces:
        if lines and not lines[-1].endswith("-") and len(lines[-1]) + 1 + len(p) <= width \
                and not (mode == "wrapped_plain" and len(lines[-1]) == width - 1):
            lines[-1] += " " + p
        else:
            lines.append(p)
    return lines


@dataclass
class Built:
    layout: M.LayoutDoc
    spec: S.DocSpec  # what the expected JSON is derived from
    printed: list[list[str]]  # per spec table row, per column: the printed cell text
    table_index: int  # the spec block index of the money table
    content: Content


def _h(text: str) -> list[str]:
    return [text] if text else []


class _Builder:
    def __init__(self, seed: int, style: Style, filler: int):
        self.seed, self.style, self.filler = seed, style, filler
        self.rng = random.Random(f"build:{seed}")
        self.c = draw_content(seed, style.header, style.indicators, long_table=style.page.startswith("break"))
        self.spec_blocks: list = []

    # -- the item block ---------------------------------------------------------
    def items(self) -> list:
        st, c = self.style, self.c
        out: list = [M.Heading("5 Mål, strategier och uppdrag", 1), M.Heading(c.heading, 2)]
        self.spec_blocks += [S.Heading("Mål, strategier och uppdrag", "5", 1), S.Heading(c.heading, None, 2)]
        if c.strategies:
            out += [M.Para(c.strategies.title, italic=True), M.ListBlock(list(c.strategies.items), st.marker)]
            self.spec_blocks.append(S.Strategies(c.strategies.title, list(c.strategies.items)))
        for g in c.groups:
            out.append(M.Para(f"{g.goal.cue} {g.goal.text}", bold=True))
            self.spec_blocks.append(S.Goal(g.goal.text, g.goal.cue))
            if st.indicators == "table":
                rows = [r for r in g.indicators]
                body = [M.Row([M.Cell([r.text]), M.Cell(_h(_utfall(r)), align="right"),
                               M.Cell(_h(r.target or ""), align="right")]) for r in rows]
                out.append(M.Grid([M.Row([M.Cell(["Indikatorer"], bold=True), M.Cell(["Utfall"], bold=True),
                                          M.Cell(["Målvärde"], bold=True)])], body, [64, 18, 18],
                                  rules=st.rules, header_fill="dark" if st.header == "dark" else None))
                self.spec_blocks.append(S.IndicatorTable(rows))
            else:
                out += [M.Para("Indikatorer", italic=True), M.ListBlock(list(g.indicators), st.marker)]
                self.spec_blocks.append(S.Indicators(list(g.indicators)))
            trailer = self.trailer(g)
            if trailer:
                out.append(M.Para(trailer))
                self.spec_blocks.append(S.Para(trailer))
            if g.assignments:
                first = int(g.numbers[0].rstrip(".")) if g.numbers and g.numbers[0].rstrip(".").isdigit() else 1
                out += [M.Para("Uppdrag", bold=True), M.ListBlock(list(g.assignments), "numbered", start=first)]
                self.spec_blocks.append(S.AssignmentList(list(g.assignments),
                                                         [f"{first + k}." for k in range(len(g.assignments))]))
        return out

    def trailer(self, g) -> Optional[str]:
        if self.style.trailer == "kommentar":
            text = g.comment or (self.c.prose[0] if self.c.prose else "Inga kommentarer.")
            return "Kommentar: " + sentences(text, 2)
        if self.style.trailer == "prose" and self.c.prose:
            return sentences(self.c.prose[-1], 3)
        return None

    # -- the money table ----------------------------------------------------------
    def table(self) -> tuple[list, list[list[str]], S.Table]:
        st, t = self.style, self.c.table
        rows = [r for r in t.rows if not r.group or st.body == "section"]
        if st.body == "section" and not any(r.group for r in rows):
            rows.insert(0, S.TableRow(_title(t), [], group=True))
        rows = [S.TableRow(r.label, list(r.cells) + [""] * (len(t.columns) - len(r.cells)), r.bold, r.group)
                for r in rows]
        if st.body == "empty_cells":
            spots = [(i, j) for i, r in enumerate(rows) if not (r.group or r.bold or _is_sum(r.label))
                     for j, v in enumerate(r.cells) if v]
            for i, j in self.rng.sample(spots, min(2, len(spots))):
                rows[i].cells[j] = ""
        columns = list(t.columns)
        extra: Optional[str] = None
        if st.mixed == "percent":
            extra = "Förändring %" if len(columns) >= 2 else "Andel %"
        elif st.mixed == "count":
            extra = "Antal årsarbetare"
        extra_cells = [self.extra_cell(r, extra) for r in rows] if extra else None
        spec_cols = columns + ([extra] if extra else [])
        spec_rows = [S.TableRow(r.label, r.cells + ([extra_cells[i]] if extra else []), r.bold, r.group)
                     for i, r in enumerate(rows)]
        printed = [[format_number(v, st.thousands, st.minus) for v in r.cells[: len(columns)]]
                   + ([extra_cells[i]] if extra else []) for i, r in enumerate(rows)]
        title = t.title or t.caption or "Budget"
        spec_table = S.Table(header_rows=[["", *spec_cols]], rows=spec_rows, columns=spec_cols, kind=t.kind,
                             unit="mnkr", money_columns=list(range(len(columns))), title=title,
                             caption=UNIT_CAPTION if st.unit == "caption" or st.header == "caption_only" else None)
        grid = self.grid(t, rows, printed, extra)
        return [M.Heading(title, 2), grid], printed, spec_table

    def extra_cell(self, r: S.TableRow, extra: str) -> str:
        if r.group:
            return ""
        if extra == "Antal årsarbetare":
            return format_number(str(self.rng.randint(4, 2400)), self.style.thousands, "hyphen")
        a = _decimal(r.cells[0]) if r.cells else None
        if a is None:
            return ""
        if extra == "Förändring %":
            b = _decimal(r.cells[1])
            if b is None or b == 0:
                return ""
            pct = (a - b) / abs(b) * 100
        else:
            others = [abs(_decimal(x.cells[0]) or 0) for x in self.c.table.rows if x.cells]
            pct = a / max(others) * 100 if max(others) else Decimal(0)
        text = f"{pct:.1f}".replace(".", ",")
        return format_number(text, self.style.thousands, self.style.minus) + " %"

    def grid(self, t: S.Table, rows: list[S.TableRow], printed: list[list[str]], extra: Optional[str]) -> M.Grid:
        st = self.style
        nval = len(t.columns)
        unit_col = st.unit == "column"
        topleft = UNIT_CAPTION if st.unit == "header" else ""
        # header rows
        header: list[M.Row] = []
        names = list(t.header_rows[-1][1:]) if len(t.header_rows) == 1 else list(t.header_rows[1][1:])
        names = names[:nval] + [""] * (nval - len(names))

        def hcell(text: str, span: int = 1, align: str = "right") -> M.Cell:
            mode = st.header if st.header.startswith("wrapped") else None
            lines = header_lines(text, mode) if mode and text else _h(text)
            return M.Cell(lines, span=span, align=align, bold=True)

        lead = [hcell(topleft, align="left")] + ([hcell("Enhet", align="left")] if unit_col else [])
        tail = [hcell(extra)] if extra else []
        if st.header in TWO_LEVEL_HEADERS:
            top = list(t.header_rows[0][1:]) + [""] * nval
            upper: list[M.Cell] = []
            k = 0
            while k < nval:
                label = top[k]
                span = 1
                while k + span < nval and not top[k + span]:
                    span += 1
                if st.header == "merged":
                    upper.append(hcell(label, span, "center"))
                elif st.header == "unmerged":
                    upper += [hcell(label, align="left")] + [hcell("") for _ in range(span - 1)]
                else:
                    upper += [hcell(label, align="center") for _ in range(span)]
                k += span
            header.append(M.Row([hcell(topleft, align="left")] + ([hcell("")] if unit_col else []) + upper
                                + ([hcell("")] if extra else [])))
            header.append(M.Row([hcell("")] + ([hcell("Enhet", align="left")] if unit_col else [])
                                + [hcell(n) for n in names] + tail))
        elif st.header != "caption_only":
            header.append(M.Row(lead + [hcell(n) for n in names] + tail))
        # body rows
        body: list[M.Row] = []
        for i, r in enumerate(rows):
            is_sum = r.bold or _is_sum(r.label)
            if st.body == "spacer" and body and (r.group or is_sum) and body[-1].kind != "spacer":
                body.append(M.Row([M.Cell([]) for _ in range(1 + unit_col + len(printed[i]))], kind="spacer"))
            bold = (st.body == "bold_sum" and is_sum) or r.group
            label = M.Cell([r.label], bold=bold, indent=st.body == "indent" and not (r.group or is_sum))
            if r.group:
                body.append(M.Row([label] + [M.Cell([]) for _ in range(unit_col + len(printed[i]))], kind="section"))
                continue
            cells = [label] + ([M.Cell(["mnkr"])] if unit_col else []) + \
                [M.Cell(_h(v), align="right", bold=bold) for v in printed[i]]
            body.append(M.Row(cells, kind="sum" if is_sum else "data", rule_above=st.body == "bold_sum" and is_sum))
        ncols = 1 + unit_col + nval + (1 if extra else 0)
        label_w = 16.0 if st.body == "wrapped_label" else (34.0 if ncols <= 4 else 28.0)
        value_w = (100 - label_w - (8 if unit_col else 0)) / (ncols - 1 - unit_col)
        if st.header.startswith("wrapped"):
            value_w = min(value_w, 11.0)
        widths = [label_w] + ([8.0] if unit_col else []) + [value_w] * (ncols - 1 - unit_col)
        caption = UNIT_CAPTION if st.unit == "caption" or st.header == "caption_only" else None
        return M.Grid(header, body, widths, rules=st.rules, header_fill="dark" if st.header == "dark" else None,
                      repeat_header=st.page != "break_plain", caption=caption,
                      font_size=8.5 if ncols <= 5 else 7.5)

    # -- the risk plan --------------------------------------------------------------
    def risks(self) -> list:
        """The internal-control plan: a header row, then per risk either one row
        per action (``actions == "rows"``: the area and risk cells empty after
        the first, as a merged cell looks) or one row holding every action as
        paragraphs, bullets or numbers."""
        st = self.style
        rules = {"grid": "grid", "rows": "rows", "space": "none", "zebra": "zebra"}[st.risk_rules]
        out: list = [M.Heading("9 Intern styrning och kontroll", 1), M.Heading("9.1 Internkontrollplan", 2)]
        self.spec_blocks += [S.Heading("Intern styrning och kontroll", "9", 1), S.Heading("Internkontrollplan", "9.1", 2)]
        with_area = st.area == "column"

        def rows_of(r: S.RiskRow, area: str) -> list[M.Row]:
            lead = [M.Cell(_h(area))] if with_area else []
            if st.actions != "rows":
                marker = {"paragraphs": None, "bullets": "bullets", "numbers": "numbers"}[st.actions]
                return [M.Row(lead + [M.Cell([r.risk]), M.Cell([], parts=list(r.actions), marker=marker)])]
            out = []
            for k, action in enumerate(r.actions):
                first = k == 0
                cells = ([M.Cell(_h(area if first else ""))] if with_area else []) + \
                    [M.Cell([r.risk] if first else []), M.Cell([action])]
                out.append(M.Row(cells, rule_above=first))
            return out

        def grid(rows: list[M.Row]) -> M.Grid:
            names = (["Verksamhet"] if with_area else []) + ["Risk", "Åtgärd"]
            head = M.Row([M.Cell([c], bold=True) for c in names])
            return M.Grid([head], rows, [18, 32, 50] if with_area else [40, 60], rules=rules,
                          header_fill="light" if rules == "grid" else None, font_size=8.5, row_groups=st.actions == "rows")

        if with_area:
            body, last = [], None
            for r in self.c.risks:
                body += rows_of(r, r.area if r.area != last else "")
                last = r.area
            out.append(grid(body))
        else:
            areas: list[tuple[str, list[S.RiskRow]]] = []
            for r in self.c.risks:
                if not areas or areas[-1][0] != r.area:
                    areas.append((r.area, []))
                areas[-1][1].append(r)
            for area, rs in areas:
                out += [M.Heading(area, 3), grid([row for r in rs for row in rows_of(r, "")])]
        self.spec_blocks.append(S.RiskTable([S.RiskRow(r.area, r.risk, list(r.actions)) for r in self.c.risks]))
        return out

    # -- the document -----------------------------------------------------------------
    def build(self) -> Built:
        st, c = self.style, self.c
        src = source(c.source)
        two = st.page == "two_columns"
        first = self.items()
        money_blocks: list = [M.Heading("6 Budget", 1)]
        self.spec_blocks.append(S.Heading("Budget", "6", 1))
        fill = self.filler if st.page.startswith("break") else (1 if two else 0)
        for text in (c.prose * 4)[:fill]:
            money_blocks.append(M.Para(text))
            self.spec_blocks.append(S.Para(text))
        tblocks, printed, spec_table = self.table()
        self.spec_blocks.append(S.Heading(spec_table.title, None, 2))
        table_index = len(self.spec_blocks)
        self.spec_blocks.append(spec_table)
        money_blocks += tblocks
        risk_blocks = self.risks()
        sections = [M.Section([M.Heading(src.title, 0), M.Para(src.organisation)]),
                    M.Section(first, columns=2 if two else 1, new_page=False),
                    M.Section(money_blocks, columns=2 if two else 1, landscape=st.page == "landscape",
                              new_page=not two),
                    M.Section(risk_blocks, columns=2 if two else 1, new_page=not two)]
        layout = M.LayoutDoc(src.title, src.organisation, src.running_header, st.font, sections)
        spec = S.DocSpec(stem=f"layout-{self.seed}", doc_type=src.doc_type, year=src.year,
                         organisation=src.organisation, title=src.title, running_header=src.running_header,
                         blocks=self.spec_blocks, font=st.font)
        return Built(layout, spec, printed, table_index, c)


def _utfall(r: S.IndicatorRow) -> str:
    return r.outcome or (r.status.capitalize() if r.status else "")


def _is_sum(label: str) -> bool:
    return bool(re.match(r"(?i)(summa|resultat|totalt|verksamhetens netto)", label.strip()))


def _title(t: S.Table) -> str:
    title = t.title or t.caption or "Budget"
    return re.sub(r"^[\d.]+\s+", "", title)


def build(seed: int, style: Style, filler: int = 2) -> Built:
    """The layout and the expected spec of variant ``seed`` in ``style``;
    ``filler``: paragraphs of prose before the money table when the table
    must break across pages (the maker raises it until it does)."""
    return _Builder(seed, style, filler).build()
