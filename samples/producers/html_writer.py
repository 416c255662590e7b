"""Write a :class:`DocSpec` as one HTML page with print CSS, for Chromium's
headless print-to-PDF.

What a web-made plan looks like when printed from the browser:

* headings ``<h1>``–``<h4>`` with the spec's number typed before the title;
* lists are ``<ul>``/``<ol>``: Chromium draws a disc bullet as a small filled
  vector shape, not a "•" glyph (other markers, e.g. "–", are text via
  ``list-style-type: "– "``); an AssignmentList is ``<ol start=N>``;
* data tables: group headers with ``colspan``; ruled tables with thin
  borders, unruled ones without any line and with a blank spacer row before
  every group row but the first (as web templates separate blocks of rows);
  ``<thead>`` repeats on every page a table runs over;
* page furniture with CSS ``@page`` margin boxes — Chromium ≥ 131 prints them
  (``@top-left`` running header, ``@top-right`` "Sida N av M" from
  ``counter(page)``/``counter(pages)``, ``@bottom-left`` organisation and
  date), none on the title page (``@page :first``).  Print with
  ``--no-pdf-header-footer`` so Chromium adds no URL/date of its own.

Fonts: DejaVu Sans / DejaVu Serif (Unicode: ● ◆ ■ ○ ✓ ⚠ → ↗ print as typed).
Pure function of the spec: same spec → same HTML.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from samples.generator import spec as S
from samples.producers.common import (
    FONT_FAMILIES,
    column_shares,
    header_cells,
    first_number,
    furniture_texts,
    legend_line,
    malvarde_text,
    numbered,
    utfall_text,
)

_CSS = """
@page { size: A4; margin: 2.2cm 2.4cm 2.2cm 2.4cm;
  @top-left { content: "%(header)s"; font-family: "%(family)s"; font-size: 8pt; }
  @top-right { content: "Sida " counter(page) " av " counter(pages); font-family: "%(family)s"; font-size: 8pt; }
  @bottom-left { content: "%(footer)s"; font-family: "%(family)s"; font-size: 7.5pt; }
}
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-left { content: none; } }
html { -webkit-print-color-adjust: exact; }
body { font-family: "%(family)s"; font-size: 10pt; line-height: 1.35; margin: 0; color: #111; }
h1, h2, h3, h4 { font-weight: bold; break-after: avoid; margin: 14pt 0 6pt; line-height: 1.2; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; } h3 { font-size: 11.5pt; } h4 { font-size: 10.5pt; font-style: italic; }
p { margin: 0 0 6pt; }
p.sub { font-style: italic; break-after: avoid; margin-bottom: 3pt; }
p.lead { break-after: avoid; margin-bottom: 3pt; }
p.strong, .goal { font-weight: bold; }
p.area { font-weight: bold; font-size: 12pt; margin-top: 10pt; break-after: avoid; }
p.legend { margin-bottom: 2pt; }
ul, ol { margin: 0 0 6pt; padding-left: 18pt; }
li { margin: 0 0 3pt; padding-left: 2pt; }
.title-page { break-after: page; padding-top: 7cm; }
.title-page h1 { font-size: 26pt; margin-bottom: 14pt; }
.title-page .org { font-size: 16pt; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 10pt; font-size: 8.5pt; line-height: 1.2; }
table.wide { font-size: 7.5pt; }
table.xwide { font-size: 6.8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { padding: 1.5pt 4pt; vertical-align: bottom; }
th { font-weight: bold; text-align: right; }
th.label, td.label { text-align: left; }
th.span { text-align: center; }
td.num { text-align: right; white-space: nowrap; }
td.text { text-align: left; }
tr.bold td { font-weight: bold; }
tr.spacer td { height: 9pt; }
table.ruled th, table.ruled td { border: 0.5pt solid #555; }
table.box th, table.box td { border: 0.5pt solid #555; vertical-align: top; }
table.box th { background: #dde3ec; text-align: left; }
table.box td.sym { text-align: center; font-size: 11pt; }
table.box td.val { text-align: right; }
table.box p { margin: 0 0 3pt; }
table.box p.k { font-style: italic; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 10pt; padding-bottom: 3pt; }
"""


_WORDS = re.compile(r"[^\W\d_]{3,}")  # a cell with words wraps; a number never does


def _css_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _e(text: str) -> str:
    return escape(text, quote=True)


class HtmlWriter:
    def __init__(self, spec: S.DocSpec):
        self.spec = spec
        self.out: list[str] = []

    def w(self, s: str) -> None:
        self.out.append(s)

    def p(self, text: str, cls: str = "") -> None:
        self.w(f'<p class="{cls}">{_e(text)}</p>' if cls else f"<p>{_e(text)}</p>")

    def ul(self, items: list[str], marker: str = "•") -> None:
        style = "" if marker == "•" else f' style="list-style-type: &quot;{_e(marker)}  &quot;"'
        self.w(f"<ul{style}>" + "".join(f"<li>{_e(t)}</li>" for t in items) + "</ul>")

    # -- blocks ----------------------------------------------------------------
    def block(self, b) -> None:
        if isinstance(b, S.Heading):
            level = min(max(b.level, 1), 4)
            text = f"{b.number} {b.title}" if b.number else b.title
            self.w(f"<h{level}>{_e(text)}</h{level}>")
        elif isinstance(b, S.Para):
            self.p(b.text, {"normal": "", "bold": "strong", "italic": "sub"}[b.style])
        elif isinstance(b, S.Bullets):
            self.ul(b.items, b.marker)
        elif isinstance(b, S.Goal):
            self.p(f"{b.cue} {b.text}", "strong")
        elif isinstance(b, S.Assignment):
            self.p(f"{b.cue} {b.text}", "strong")
            if b.comment:
                self.p("Kommentar", "strong lead")
                self.p(b.comment)
        elif isinstance(b, S.Indicators):
            self.p(b.heading, "sub")
            for t in b.items:
                self.p(t)
        elif isinstance(b, S.Activities):
            self.p(b.heading, "sub")
            self.ul(b.items)
        elif isinstance(b, S.Strategies):
            self.p(b.title, "sub" if self.spec.font == "serif" else "lead")
            self.ul(b.items)
        elif isinstance(b, S.AssignmentList):
            self.p(b.heading, "strong lead")
            start = first_number(b)
            if start is not None:
                self.w(f'<ol start="{start}">' + "".join(f"<li>{_e(t)}</li>" for t in b.items) + "</ol>")
            else:
                for n, t in zip(numbered(b), b.items):
                    self.p(f"{n} {t}")
        elif isinstance(b, S.IndicatorTable):
            self.indicator_table(b)
        elif isinstance(b, S.SymbolLegend):
            self.p(b.title, "strong lead")
            for intro, pairs in b.groups:
                self.p(intro, "lead")
                for symbol, meaning in pairs:
                    self.p(f"{symbol} = {meaning}", "legend")
        elif isinstance(b, S.ControlPlan):
            self.control_plan(b)
        elif isinstance(b, S.RiskTable):
            self.risk_table(b)
        elif isinstance(b, S.Table):
            self.data_table(b)
        elif isinstance(b, S.PageBreak):
            self.w('<div style="break-after: page"></div>')
        else:
            raise TypeError(f"unknown block {type(b).__name__}")

    def indicator_table(self, b: S.IndicatorTable) -> None:
        head = (f'<thead><tr><th style="width:64%">{_e(b.columns[0])}</th>'
                f'<th style="width:18%">{_e(b.columns[1])}</th><th style="width:18%">{_e(b.columns[2])}</th></tr></thead>')
        pending: list[str] = []

        def flush() -> None:
            if pending:
                self.w(f'<table class="box">{head}<tbody>{"".join(pending)}</tbody></table>')
                pending.clear()

        for row in b.rows:
            first = f"<p>{_e(row.text)}</p>"
            if b.comment_in_cell and row.comment:
                first += f'<p class="k">Kommentar</p><p>{_e(row.comment)}</p>'
            pending.append(f'<tr><td>{first}</td><td class="val">{_e(utfall_text(row))}</td>'
                           f'<td class="val">{_e(malvarde_text(row))}</td></tr>')
            if row.comment and not b.comment_in_cell:
                flush()
                self.w(f"<p><b>Kommentar</b> {_e(row.comment)}</p>")
        flush()

    def control_plan(self, b: S.ControlPlan) -> None:
        self.p("Symbolförklaringar", "strong lead")
        self.p(legend_line(b.legend))
        head = (f'<thead><tr><th style="width:12%">{_e(b.columns[0])}</th>'
                f'<th>{_e(b.columns[1])}</th></tr></thead>')
        for area in b.areas:
            self.p(area.area, "area")
            for risk in area.risks:
                self.p(risk.risk, "strong lead")
                rows = []
                for a in risk.actions:
                    cell = f"<p>{_e(a.text)}</p>"
                    if a.comment:
                        cell += '<p class="k">Kommentar</p>' + "".join(f"<p>{_e(c)}</p>" for c in a.comment)
                    rows.append(f'<tr style="break-inside: auto"><td class="sym">{_e(a.status or "")}</td>'
                                f"<td>{cell}</td></tr>")
                self.w(f'<table class="box">{head}<tbody>{"".join(rows)}</tbody></table>')

    def risk_table(self, b: S.RiskTable) -> None:
        ncol = len(b.columns)
        rel = {3: [20, 30, 50], 4: [17, 27, 44, 12]}.get(ncol, [100 // ncol] * ncol)
        head = "<thead><tr>" + "".join(f'<th style="width:{w}%">{_e(c)}</th>' for c, w in zip(b.columns, rel)) \
            + "</tr></thead>"
        rows = []
        for row in b.rows:
            n = max(1, len(row.actions))
            for j, action in enumerate(row.actions or [""]):
                cells = []
                if j == 0:
                    cells.append(f'<td rowspan="{n}">{_e(row.area)}</td><td rowspan="{n}">{_e(row.risk)}</td>')
                cell = f"<p>{_e(action)}</p>"
                comment = row.comments[j] if row.comments and j < len(row.comments) else None
                if comment:
                    cell += f'<p class="k">Kommentar</p><p>{_e(comment)}</p>'
                cells.append(f"<td>{cell}</td>")
                if ncol > 3:
                    status = row.statuses[j] if row.statuses and j < len(row.statuses) else ""
                    cells.append(f"<td>{_e(status or '')}</td>")
                rows.append(f'<tr style="break-inside: auto">{"".join(cells)}</tr>')
        self.w(f'<table class="box">{head}<tbody>{"".join(rows)}</tbody></table>')

    def data_table(self, b: S.Table) -> None:
        ncols = 1 + len(b.columns)
        cls = ["ruled" if b.ruled else "unruled"]
        if ncols > 8:
            cls.append("xwide")
        elif ncols > 6:
            cls.append("wide")
        out = [f'<table class="{" ".join(cls)}">']
        if b.caption:
            out.append(f"<caption>{_e(b.caption)}</caption>")
        out.append("<colgroup>" + "".join(f'<col style="width:{100 * w:.1f}%">' for w in column_shares(b))
                   + "</colgroup>")
        out.append("<thead>")
        for row_cells in header_cells(b):
            cells = []
            for c, end, text in row_cells:
                span = end - c + 1
                klass = "label" if c == 0 else ("span" if span > 1 else "")
                attrs = (f' colspan="{span}"' if span > 1 else "") + (f' class="{klass}"' if klass else "")
                cells.append(f"<th{attrs}>{_e(text)}</th>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</thead><tbody>")
        for r, row in enumerate(b.rows):
            if row.group and r > 0 and not b.ruled:  # a blank spacer row separates the blocks of rows
                out.append(f'<tr class="spacer"><td colspan="{ncols}"></td></tr>')
            klass = ' class="bold"' if row.bold or row.group else ""
            values = [] if row.group else list(row.cells)
            values += [""] * (ncols - 1 - len(values))
            cells = [f'<td class="label">{_e(row.label)}</td>'] + [
                f'<td class="{"text" if _WORDS.search(v) else "num"}">{_e(v)}</td>' for v in values[: ncols - 1]]
            out.append(f"<tr{klass}>{''.join(cells)}</tr>")
        out.append("</tbody></table>")
        self.w("".join(out))

    # -- whole document ----------------------------------------------------------
    def build(self) -> str:
        s = self.spec
        header, left, date = furniture_texts(s)
        css = _CSS % {"family": FONT_FAMILIES[s.font], "header": _css_string(header),
                      "footer": _css_string(f"{left}    {date}")}
        self.w('<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">')
        self.w(f"<title>{_e(s.title)}</title><style>{css}</style></head><body>")
        self.w(f'<div class="title-page"><h1>{_e(s.title)}</h1><p class="org">{_e(s.organisation)}</p>')
        for line in s.title_page_lines:
            self.p(line)
        self.w("</div>")
        for b in s.blocks:
            self.block(b)
        self.w("</body></html>\n")
        return "\n".join(self.out)


def html_document(spec: S.DocSpec) -> str:
    """``spec`` as one HTML document (deterministic)."""
    return HtmlWriter(spec).build()


def write_html(spec: S.DocSpec, path: Path) -> Path:
    path.write_text(html_document(spec), encoding="utf-8")
    return path
