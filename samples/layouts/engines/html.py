"""Chromium engine: the layout as HTML with print CSS, printed by headless
Chromium (``--print-to-pdf``), as a web-made report is printed.

How it expresses the style: rules as CSS borders (booktabs: thick top and
bottom, thin under the head), zebra as ``:nth-child`` fills, merged group
headers as ``colspan``, a repeated header as ``<thead>`` (a header that is
not repeated sits in ``<tbody>``), list markers as CSS ``list-style-type``
(disc and square are drawn shapes, "•"/"–" are strings in the text layer),
two text columns with CSS ``columns`` and tables ``column-span: all``, a
landscape page as a named ``@page``.
"""

from __future__ import annotations

import shutil
import subprocess
from html import escape
from pathlib import Path

from samples.layouts import model as M

NAME = "chromium"
FAMILIES = {"sans": "DejaVu Sans", "serif": "DejaVu Serif"}

_CSS = """
@page { size: A4; margin: 2cm 2.2cm;
  @top-left { content: "%(header)s"; font-size: 8pt; font-family: "%(family)s"; }
  @top-right { content: "Sida " counter(page) " av " counter(pages); font-size: 8pt; font-family: "%(family)s"; } }
@page wide { size: A4 landscape; margin: 2cm 2.2cm;
  @top-left { content: "%(header)s"; font-size: 8pt; font-family: "%(family)s"; }
  @top-right { content: "Sida " counter(page) " av " counter(pages); font-size: 8pt; font-family: "%(family)s"; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "%(family)s"; font-size: 10pt; line-height: 1.35; margin: 0; color: #111; }
h1, h2, h3 { break-after: avoid; margin: 12pt 0 6pt; line-height: 1.2; }
h1 { font-size: 15pt; } h2 { font-size: 12.5pt; } h3 { font-size: 11pt; }
h1.doctitle { font-size: 22pt; margin-top: 0; }
p { margin: 0 0 6pt; }
.section.newpage { break-before: page; }
.section.wide { page: wide; }
.section.cols { columns: 2; column-gap: 0.9cm; }
.section.cols table, .section.cols p.caption { column-span: all; }
ul, ol { margin: 0 0 6pt; padding-left: 18pt; }
li { margin: 0 0 3pt; }
ul.unmarked { list-style: none; padding-left: 12pt; }
p.caption { font-weight: bold; margin: 4pt 0 2pt; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 10pt; line-height: 1.2; }
th, td { padding: 2pt 4pt; vertical-align: top; text-align: left; font-weight: normal; }
.r { text-align: right; } .c { text-align: center; } .b { font-weight: bold; }
td.ind { padding-left: 16pt; }
tr.spacer td { height: 9pt; }
td p { margin: 0 0 4pt; } td ul, td ol { margin: 0; padding-left: 14pt; }
table.grid th, table.grid td { border: 0.6pt solid #444; }
table.rows { border-top: 0.6pt solid #444; }
table.rows tr > * { border-bottom: 0.6pt solid #444; }
table.booktabs { border-top: 1.2pt solid #000; border-bottom: 1.2pt solid #000; }
table.booktabs tr.last-head > * { border-bottom: 0.6pt solid #000; }
table.rows.grouped tr > * { border-bottom: none; }
table.rows.grouped tr.rb > *, table.rows.grouped tr.last-head > * { border-bottom: 0.6pt solid #444; }
tr.zebra td { background: #e6ebf2; }
tr.ruleabove td { border-top: 0.6pt solid #000; }
.fill-light { background: #dde3ec; }
.fill-dark { background: #1f3a5f; color: #fff; }
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


def _cell(tag: str, c: M.Cell, extra: str = "") -> str:
    cls = [{"right": "r", "center": "c"}.get(c.align, "")] + (["b"] if c.bold else []) + \
        (["ind"] if c.indent else []) + ([extra] if extra else [])
    cls = [x for x in cls if x]
    attrs = (f' colspan="{c.span}"' if c.span > 1 else "") + (f' class="{" ".join(cls)}"' if cls else "")
    if c.parts is not None:
        if c.marker == "bullets":
            inner = "<ul>" + "".join(f"<li>{_e(p)}</li>" for p in c.parts) + "</ul>"
        elif c.marker == "numbers":
            inner = "<ol>" + "".join(f"<li>{_e(p)}</li>" for p in c.parts) + "</ol>"
        else:
            inner = "".join(f"<p>{_e(p)}</p>" for p in c.parts)
    else:
        inner = "<br>".join(_e(x) for x in c.lines)
    return f"<{tag}{attrs}>{inner}</{tag}>"


def grid_html(g: M.Grid) -> str:
    out = []
    if g.caption:
        out.append(f'<p class="caption">{_e(g.caption)}</p>')
    grouped = " grouped" if g.row_groups else ""
    out.append(f'<table class="{g.rules}{grouped}" style="font-size:{g.font_size}pt">')
    out.append("<colgroup>" + "".join(f'<col style="width:{w / sum(g.widths) * 100:.1f}%">' for w in g.widths)
               + "</colgroup>")
    fill = f"fill-{g.header_fill}" if g.header_fill else ""
    head = []
    for k, row in enumerate(g.header):
        cls = ' class="last-head"' if k == len(g.header) - 1 else ""
        head.append(f"<tr{cls}>" + "".join(_cell("th", c, fill) for c in row.cells) + "</tr>")
    body = []
    for k, (row, shaded) in enumerate(zip(g.body, g.shaded())):
        cls = ["spacer"] if row.kind == "spacer" else []
        if shaded:
            cls.append("zebra")
        if row.rule_above and not g.row_groups:
            cls.append("ruleabove")
        if g.row_groups and g.ruled_below(k):
            cls.append("rb")
        attr = f' class="{" ".join(cls)}"' if cls else ""
        body.append(f"<tr{attr}>" + "".join(_cell("td", c) for c in row.cells) + "</tr>")
    if g.repeat_header:
        out.append("<thead>" + "".join(head) + "</thead><tbody>" + "".join(body) + "</tbody>")
    else:
        out.append("<tbody>" + "".join(head) + "".join(body) + "</tbody>")
    out.append("</table>")
    return "".join(out)


def list_html(b: M.ListBlock) -> str:
    items = "".join(f"<li>{_e(t)}</li>" for t in b.items)
    if b.marker == "numbered":
        return f'<ol start="{b.start}">{items}</ol>'
    style = {"glyph": ' style="list-style-type: &quot;•  &quot;"', "shape": ' style="list-style-type: disc"',
             "square": ' style="list-style-type: square"', "dash": ' style="list-style-type: &quot;–  &quot;"',
             "unmarked": ' class="unmarked"'}[b.marker]
    return f"<ul{style}>{items}</ul>"


def block_html(b) -> str:
    if isinstance(b, M.Heading):
        if b.level == 0:
            return f'<h1 class="doctitle">{_e(b.text)}</h1>'
        return f"<h{b.level}>{_e(b.text)}</h{b.level}>"
    if isinstance(b, M.Para):
        style = (" font-weight:bold;" if b.bold else "") + (" font-style:italic;" if b.italic else "")
        return f'<p style="{style.strip()}">{_e(b.text)}</p>' if style else f"<p>{_e(b.text)}</p>"
    if isinstance(b, M.ListBlock):
        return list_html(b)
    if isinstance(b, M.Grid):
        return grid_html(b)
    raise TypeError(type(b).__name__)


def html_document(doc: M.LayoutDoc) -> str:
    family = FAMILIES[doc.font]
    css = _CSS % {"family": family, "header": doc.running_header.replace('"', '\\"')}
    out = [f'<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>{_e(doc.title)}</title>'
           f"<style>{css}</style></head><body>"]
    for k, s in enumerate(doc.sections):
        cls = ["section"] + (["newpage"] if s.new_page and k else []) + (["wide"] if s.landscape else []) + \
            (["cols"] if s.columns == 2 else [])
        out.append(f'<div class="{" ".join(cls)}">' + "\n".join(block_html(b) for b in s.blocks) + "</div>")
    out.append("</body></html>\n")
    return "\n".join(out)


def available() -> bool:
    return bool(_exe())


def _exe():
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def render(doc: M.LayoutDoc, work: Path, stem: str) -> Path:
    src = work / f"{stem}.html"
    src.write_text(html_document(doc), encoding="utf-8")
    out = work / f"{stem}.pdf"
    subprocess.run([_exe(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={work / 'profile'}", "--no-pdf-header-footer", "--disable-pdf-tagging",
                    f"--print-to-pdf={out}", src.as_uri()], check=True, capture_output=True, timeout=120)
    return out
