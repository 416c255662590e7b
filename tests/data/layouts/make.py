"""Money tables of the sample specs rendered under seeded style draws by three
independent engines — the test bed of issue 24's table classes.

Content: the resultatbudget, driftbudget (two-level header) and
investeringsbudget of the 2024 plan (``samples/generator/doc_vp2024.py``) and
the resultatrapport and driftredovisning of the 2021 report
(``samples/generator/doc_vb2021.py``), each under a heading, on a page or two.

Engines:

* ``reportlab`` — platypus tables (TableStyle rules, row backgrounds, spans);
* ``chromium`` — HTML/CSS printed by headless Chromium;
* ``latex`` — pdflatex with booktabs / colortbl (``\\rowcolors``).

Style dimensions (a :class:`Style` per variant): rules (grid, row rules only,
three booktabs rules, zebra shading without rules, nothing), two-level header
(group cell merged, group label unmerged over an empty neighbour, group label
repeated over each sub-column), blank spacer rows, the thousands separator
(space, no-break space, thin space U+2009, narrow no-break space U+202F), the
minus (hyphen, U+2212, en dash, parentheses), bold totals, indented sub-rows,
a dark header with white text, the unit in the corner cell or in a caption
line above the table, sans or serif type.  The rules, header, thousands and
minus values cycle over the variants so every value meets every engine; the
rest is drawn from the seed.

Each ``<engine>-<n>.pdf`` has an ``<engine>-<n>.expected.json`` written here
from the content (never from plandigit's output): per table its column names
and every row's label and money cells (value in mnkr).  Regenerate with
``python3 tests/data/layouts/make.py [--seed S] [--n N]`` (needs reportlab,
``chromium`` and ``pdflatex``); the PDFs are committed so the tests need none
of them.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from samples.generator import doc_vb2021, doc_vp2024  # noqa: E402
from samples.generator.spec import Table as SpecTable  # noqa: E402

ENGINES = ["reportlab", "chromium", "latex"]
RULES = ["grid", "rows", "booktabs", "zebra", "none"]
HEADERS = ["merged", "unmerged", "repeated"]
THOUSANDS = {"space": " ", "nbsp": "\u00a0", "thin": "\u2009", "narrow": "\u202f"}
MINUS = {"hyphen": "-", "u2212": "\u2212", "endash": "\u2013", "parens": "()"}
SEED = 24
N_PER_ENGINE = 8


@dataclass(frozen=True)
class Style:
    rules: str
    header: str
    thousands: str
    minus: str
    spacer: bool
    bold_sum: bool
    indent: bool
    dark_header: bool
    unit_in: str  # corner | caption
    serif: bool
    padding: str  # tight | loose (row padding)
    header_bold: bool
    narrow: bool  # the table narrower than the text (header words wrap)


def style_of(engine: str, n: int, seed: int = SEED) -> Style:
    rng = random.Random(f"{seed}-{engine}-{n}")
    e = ENGINES.index(engine)
    return Style(
        rules=RULES[n % len(RULES)],
        header=HEADERS[(n + e) % len(HEADERS)],
        thousands=list(THOUSANDS)[(n + e) % len(THOUSANDS)],
        minus=list(MINUS)[(n + 2 * e) % len(MINUS)],
        spacer=(n + e) % 3 != 1,
        bold_sum=rng.random() < 0.7,
        indent=rng.random() < 0.5,
        dark_header=rng.random() < 0.5,
        unit_in="caption" if rng.random() < 0.3 else "corner",
        serif=rng.random() < 0.4,
        padding=["tight", "loose"][(n + e) % 2],
        header_bold=rng.random() < 0.7,
        narrow=rng.random() < 0.35,
    )


# --------------------------------------------------------------------- content


@dataclass
class Row:
    label: str
    cells: list[str]  # printed as in the spec ("-1 230", "" empty)
    bold: bool = False
    section: bool = False  # a label row without values ("Verksamhetens intäkter")


@dataclass
class Money:
    title: str
    corner: str  # the printed top-left header cell ("Belopp i mnkr", "Sammanställning …, mnkr")
    groups: list[tuple[str, int]]  # two-level header: (group label, sub-columns); [] for one level
    leaves: list[str]  # the header's lowest row, one per value column
    rows: list[Row]
    columns: list[str]  # the full column names expected
    money: list[int]  # indexes of money columns


def _from_spec(t: SpecTable, title: str) -> Money:
    head = t.header_rows
    if len(head) == 2:
        groups: list[tuple[str, int]] = []
        for text in head[0][1:]:
            if text:
                groups.append((text, 1))
            else:
                groups[-1] = (groups[-1][0], groups[-1][1] + 1)
        leaves = head[1][1:]
    else:
        groups, leaves = [], head[0][1:]
    rows = [Row(r.label, list(r.cells), r.bold, r.group) for r in t.rows]
    money = t.money_columns if t.money_columns is not None else list(range(len(t.columns)))
    return Money(title, head[0][0], groups, leaves, rows, list(t.columns), money)


def contents() -> list[Money]:
    vp = {b.title: b for b in doc_vp2024._chapter_6() if isinstance(b, SpecTable)}
    vb = {b.title: b for b in doc_vb2021._chapter5() if isinstance(b, SpecTable)}
    return [
        _from_spec(vp["6.3 Resultatbudget servicenämnd"], "6.3 Resultatbudget servicenämnd"),
        _from_spec(vp["6.4 Driftbudget servicenämnd"], "6.4 Driftbudget servicenämnd"),
        _from_spec(vp["6.5 Investeringsbudget"], "6.5 Investeringsbudget"),
        _from_spec(vb["Resultatrapport"], "5.1 Resultatrapport servicenämnden"),
        _from_spec(vb["Driftredovisning servicenämnden"], "5.2 Driftredovisning servicenämnden"),
        _from_spec(vb["Sammanställning av bruttoinvesteringar"], "5.4 Investeringar"),
    ]


def printed(text: str, style: Style) -> str:
    """A spec value as this style prints it (thousands separator, minus)."""
    if not re.fullmatch(r"-?\d[\d ]*(?:,\d+)?", text):
        return text
    body = text.lstrip("-").replace(" ", THOUSANDS[style.thousands])
    if not text.startswith("-"):
        return body
    minus = MINUS[style.minus]
    return f"({body})" if minus == "()" else minus + body


def value_mnkr(text: str) -> Optional[float]:
    """The spec's printed value ("-1 230", "118,4") in mnkr (the tables are in mnkr)."""
    if not re.fullmatch(r"-?\d[\d ]*(?:,\d+)?", text):
        return None
    return float(text.replace(" ", "").replace(",", "."))


@dataclass
class Line:
    """One printed body row: a spacer (no label), a section row, a data row."""
    label: str
    cells: list[str]
    bold: bool = False
    section: bool = False
    indent: bool = False

    @property
    def spacer(self) -> bool:
        return not self.label


def body_lines(t: Money, style: Style) -> list[Line]:
    has_sections = any(r.section for r in t.rows)
    out: list[Line] = []
    for i, r in enumerate(t.rows):
        if style.spacer and i and (r.section or (r.bold and not t.rows[i - 1].bold and has_sections)):
            out.append(Line("", [""] * len(t.leaves)))
        bold = r.bold and style.bold_sum or r.section
        sub = style.indent and has_sections and not r.bold and not r.section
        out.append(Line(r.label, [printed(c, style) for c in r.cells], bold, r.section, sub))
    return out


def header_rows(t: Money, style: Style) -> list[list[tuple[str, int]]]:
    """The printed header: rows of (text, colspan) after the corner cell."""
    corner = t.corner if style.unit_in == "corner" or t.corner != "Belopp i mnkr" else ""
    if not t.groups:
        return [[(corner, 1)] + [(x, 1) for x in t.leaves]]
    top: list[tuple[str, int]] = [("", 1)]
    for label, span in t.groups:
        if style.header == "merged":
            top.append((label, span))
        elif style.header == "unmerged":
            top += [(label, 1)] + [("", 1)] * (span - 1)
        else:
            top += [(label, 1)] * span
    return [top, [(corner, 1)] + [(x, 1) for x in t.leaves]]


def expected(t: Money) -> dict:
    rows = []
    for r in t.rows:
        cells = {}
        for k, raw in enumerate(r.cells):
            if raw and k in t.money and value_mnkr(raw) is not None:  # "ingår i ovan" is no amount
                cells[t.columns[k]] = value_mnkr(raw)
        rows.append({"label": r.label, "cells": cells})
    return {"title": t.title, "columns": t.columns, "rows": rows}


INTRO = "Tabellen nedan visar beloppen för året jämfört med föregående år."
AFTER = "Avvikelserna kommenteras i texten som följer efter tabellen."


# ------------------------------------------------------------------- reportlab


def reportlab_pdf(tables: list[Money], style: Style, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    family = "DejaVuSerif" if style.serif else "DejaVuSans"
    for suffix in ("", "-Bold"):
        if family + suffix not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(family + suffix, f"/usr/share/fonts/truetype/dejavu/{family}{suffix}.ttf"))
    body = ParagraphStyle("b", fontName=family, fontSize=10, leading=13, spaceAfter=6)
    head = ParagraphStyle("h", fontName=family + "-Bold", fontSize=13, leading=16, spaceBefore=10, spaceAfter=6)
    cap = ParagraphStyle("c", fontName=family + "-Bold", fontSize=9, leading=11, spaceAfter=3)
    hcell = ParagraphStyle("hc", fontName=family + ("-Bold" if style.header_bold else ""), fontSize=8.5, leading=10, alignment=1,
                           textColor=colors.white if style.dark_header else colors.black)
    story = []
    for t in tables:
        ncol = len(t.leaves) + 1
        hrows = header_rows(t, style)
        data, spans, cmd = [], [], []
        for r, hr in enumerate(hrows):
            row, k = [], 0
            for text, span in hr:
                row.append(Paragraph(html.escape(text), hcell) if text else "")
                row += [""] * (span - 1)
                if span > 1:
                    spans.append(("SPAN", (k, r), (k + span - 1, r)))
                    if style.rules in ("booktabs", "rows", "none", "zebra"):
                        cmd.append(("LINEBELOW", (k, r), (k + span - 1, r), 0.5, colors.black))
                k += span
            data.append(row)
        nh = len(hrows)
        lines = body_lines(t, style)
        for i, ln in enumerate(lines):
            label = ParagraphStyle("l", fontName=family + ("-Bold" if ln.bold else ""), fontSize=8.5, leading=10,
                                   leftIndent=10 if ln.indent else 0)
            data.append([Paragraph(html.escape(ln.label), label) if ln.label else ""] + ln.cells)
            r = nh + i
            if ln.bold:
                cmd.append(("FONTNAME", (0, r), (-1, r), family + "-Bold"))
        last = len(data) - 1
        pad = 1 if style.padding == "tight" else 5
        cmd += [("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1)]
        cmd += [("FONTNAME", (0, 0), (-1, -1), family), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("ALIGN", (1, nh), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
        for i, ln in enumerate(lines):
            if ln.bold:
                cmd.append(("FONTNAME", (0, nh + i), (-1, nh + i), family + "-Bold"))
        if style.dark_header:
            cmd += [("BACKGROUND", (0, 0), (-1, nh - 1), colors.HexColor("#1f3864")),
                    ("TEXTCOLOR", (0, 0), (-1, nh - 1), colors.white)]
        if style.rules == "grid":
            cmd.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        elif style.rules == "rows":
            cmd += [("LINEBELOW", (0, r), (-1, r), 0.5, colors.black) for r in range(nh - 1, last + 1)]
            cmd.append(("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black))
        elif style.rules == "booktabs":
            cmd += [("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
                    ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.5, colors.black),
                    ("LINEBELOW", (0, last), (-1, last), 1.0, colors.black)]
        elif style.rules == "zebra":
            cmd.append(("ROWBACKGROUNDS", (0, nh), (-1, -1), [colors.white, colors.HexColor("#dde4ee")]))
        label_w = 6.4 * cm if ncol <= 4 else 5.0 * cm
        widths = [label_w] + [(17.2 * cm - label_w) / (ncol - 1) if ncol > 4 else 2.6 * cm] * (ncol - 1)
        if style.narrow:  # value columns only: reportlab breaks a word too long for its cell anywhere, unhyphenated
            widths = [widths[0]] + [w * 0.85 for w in widths[1:]]
        table = Table(data, colWidths=widths, style=TableStyle(cmd + spans), hAlign="LEFT")
        parts = [Paragraph(html.escape(t.title), head), Paragraph(INTRO, body)]
        if style.unit_in == "caption":
            parts.append(Paragraph("Belopp i mnkr", cap))
        parts += [table, Spacer(1, 6), Paragraph(AFTER, body)]
        story.append(KeepTogether(parts))
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=1.9 * cm, rightMargin=1.9 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story)


# -------------------------------------------------------------------- chromium


def html_of(tables: list[Money], style: Style) -> str:
    font = "'DejaVu Serif', serif" if style.serif else "'DejaVu Sans', sans-serif"
    css = [
        "@page{size:A4;margin:2cm}",
        f"body{{font-family:{font};font-size:10pt}}",
        "table{border-collapse:collapse;width:%s;break-inside:avoid;margin:4pt 0 8pt 0}" % ("70%" if style.narrow else "100%"),
        "td,th{padding:%s 5pt;vertical-align:bottom;font-size:9pt}" % ("1pt" if style.padding == "tight" else "5pt"),
        "th{font-weight:%s;text-align:center} td.num{text-align:right;white-space:nowrap}",
        "tr.bold td{font-weight:bold} td.indent{padding-left:16pt} p.cap{font-weight:bold;margin:0;font-size:9pt}",
    ]
    css[4] = css[4] % ("bold" if style.header_bold else "normal")
    css += [
        "h2{font-size:13pt;margin:14pt 0 6pt 0}",
    ]
    if style.dark_header:
        css.append("thead th{background:#1f3864;color:#fff}")
    if style.rules == "grid":
        css.append("td,th{border:0.6pt solid #000}")
    elif style.rules == "rows":
        css.append("table{border-top:0.6pt solid #000} tr{border-bottom:0.6pt solid #000}"
                   " thead tr:first-child:not(:last-child){border-bottom:none} th.group{border-bottom:0.6pt solid #000}")
    elif style.rules == "booktabs":
        css.append("table{border-top:1.2pt solid #000;border-bottom:1.2pt solid #000}"
                   " thead{border-bottom:0.6pt solid #000} th.group{border-bottom:0.5pt solid #000}")
    elif style.rules == "zebra":
        css.append("tbody tr:nth-child(even) td{background:#dde4ee}")
    out = ["<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><style>", "\n".join(css),
           "</style></head><body>"]
    for t in tables:
        out.append(f"<h2>{html.escape(t.title)}</h2><p>{INTRO}</p>")
        if style.unit_in == "caption":
            out.append("<p class=\"cap\">Belopp i mnkr</p>")
        out.append("<table><colgroup><col style=\"width:34%\"></colgroup><thead>")
        for hr in header_rows(t, style):
            cells = []
            for text, span in hr:
                cls = ' class="group"' if span > 1 else ""
                attr = f' colspan="{span}"' if span > 1 else ""
                cells.append(f"<th{attr}{cls}>{html.escape(text) if text else '&nbsp;'}</th>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</thead><tbody>")
        for ln in body_lines(t, style):
            cls = ' class="bold"' if ln.bold else ""
            lab = ' class="indent"' if ln.indent else ""
            cells = [f"<td{lab}>{html.escape(ln.label) or '&nbsp;'}</td>"]
            cells += [f"<td class=\"num\">{html.escape(v) or '&nbsp;'}</td>" for v in ln.cells]
            out.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
        out.append(f"</tbody></table><p>{AFTER}</p>")
    out.append("</body></html>")
    return "\n".join(out)


def chromium_pdf(tables: list[Money], style: Style, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(html_of(tables, style), encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer", f"--print-to-pdf={out}", src.as_uri()],
            check=True, capture_output=True, timeout=120,
        )


# ----------------------------------------------------------------------- LaTeX

_TEX_CHARS = {"\u00a0": "~", "\u2009": "\\,", "\u202f": "\\,", "\u2212": "\\textminus{}", "\u2013": "--",
              "&": "\\&", "%": "\\%", "#": "\\#", "_": "\\_", "$": "\\$"}


def tex(text: str) -> str:
    return "".join(_TEX_CHARS.get(ch, ch) for ch in text)


def latex_source(tables: list[Money], style: Style) -> str:
    font = "\\usepackage{mathptmx}" if style.serif else "\\usepackage{helvet}\\renewcommand{\\familydefault}{\\sfdefault}"
    out = [
        "\\documentclass[10pt,a4paper]{article}",
        "\\input{glyphtounicode}\\pdfgentounicode=1",
        "\\usepackage[T1]{fontenc}\\usepackage[utf8]{inputenc}\\usepackage{textcomp}", font,
        "\\usepackage[margin=2cm]{geometry}\\usepackage{booktabs}\\usepackage[table]{xcolor}",
        "\\definecolor{zebra}{HTML}{DDE4EE}\\definecolor{dark}{HTML}{1F3864}",
        "\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{4pt}\\pagestyle{empty}",
        "\\begin{document}",
    ]
    for t in tables:
        ncol = len(t.leaves) + 1
        cols = "|l|" + "r|" * (ncol - 1) if style.rules == "grid" else "l" + "r" * (ncol - 1)
        out.append(f"\\begin{{minipage}}{{\\linewidth}}\\section*{{\\normalsize {tex(t.title)}}}{INTRO}\\par")
        if style.unit_in == "caption":
            out.append("\\textbf{\\small Belopp i mnkr}\\par\\nopagebreak")
        out.append("{\\small\\renewcommand{\\arraystretch}{%s}" % ("1.0" if style.padding == "tight" else "1.6"))
        if style.rules == "zebra":
            out.append("\\rowcolors{1}{white}{zebra}")
        out.append(f"\\begin{{tabular}}{{{cols}}}")
        hline = {"grid": "\\hline", "rows": "\\hline", "booktabs": "\\toprule"}.get(style.rules, "")
        if hline:
            out.append(hline)
        hrows = header_rows(t, style)
        for r, hr in enumerate(hrows):
            cells, k, cmids = [], 1, []
            for text, span in hr:
                body = (f"\\textbf{{{tex(text)}}}" if style.header_bold else tex(text)) if text else ""
                if style.dark_header:
                    body = f"\\color{{white}}{body}"
                align = ("|l|" if k == 1 else "c|") if style.rules == "grid" else ("l" if k == 1 else "c")
                if span > 1:
                    body = f"\\multicolumn{{{span}}}{{{align}}}{{{body}}}"
                    cmids.append((k, k + span - 1))
                elif text:
                    body = f"\\multicolumn{{1}}{{{align}}}{{{body}}}"
                cells.append(body)
                k += span
            prefix = "\\rowcolor{dark}" if style.dark_header else ("\\rowcolor{white}" if style.rules == "zebra" else "")
            out.append(prefix + " & ".join(cells) + " \\\\")
            if r < len(hrows) - 1:
                if style.rules == "grid" or (style.rules == "rows" and not cmids):
                    out.append("\\hline")
                elif style.rules in ("rows", "booktabs", "zebra", "none") and cmids:
                    rule = "\\cline{%d-%d}" if style.rules == "rows" else "\\cmidrule(lr){%d-%d}"
                    out.append("".join(rule % (a, b) for a, b in cmids))
        out.append({"grid": "\\hline", "rows": "\\hline", "booktabs": "\\midrule"}.get(style.rules, ""))
        lines = body_lines(t, style)
        for i, ln in enumerate(lines):
            def fmt(x: str) -> str:
                return f"\\textbf{{{tex(x)}}}" if ln.bold and x else tex(x)
            label = ("\\hspace{1.2em}" if ln.indent else "") + fmt(ln.label)
            out.append(" & ".join([label] + [fmt(c) for c in ln.cells]) + " \\\\")
            last = i == len(lines) - 1
            if style.rules in ("grid", "rows"):
                out.append("\\hline")
            elif style.rules == "booktabs" and last:
                out.append("\\bottomrule")
        out.append("\\end{tabular}}\\par")
        out.append(f"{AFTER}\\end{{minipage}}\\par\\bigskip")
    out.append("\\end{document}")
    return "\n".join(out)


def latex_pdf(tables: list[Money], style: Style, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.tex"
        src.write_text(latex_source(tables, style), encoding="utf-8")
        run = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", src.name],
                             cwd=tmp, capture_output=True, text=True, timeout=120)
        if run.returncode:
            raise RuntimeError(run.stdout[-3000:])
        shutil.copy(Path(tmp) / "doc.pdf", out)


RENDER = {"reportlab": reportlab_pdf, "chromium": chromium_pdf, "latex": latex_pdf}


def variants(n: int = N_PER_ENGINE, seed: int = SEED) -> list[tuple[str, int, Style]]:
    return [(engine, i, style_of(engine, i, seed)) for engine in ENGINES for i in range(n)]


def main(argv: Optional[list[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--n", type=int, default=N_PER_ENGINE, help="variants per engine")
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--engine", action="append", choices=ENGINES)
    args = ap.parse_args(argv)
    tables = contents()
    args.out.mkdir(parents=True, exist_ok=True)
    for engine, i, style in variants(args.n, args.seed):
        if args.engine and engine not in args.engine:
            continue
        name = f"{engine}-{i}"
        RENDER[engine](tables, style, args.out / f"{name}.pdf")
        spec = {"engine": engine, "seed": args.seed, "style": asdict(style), "tables": [expected(t) for t in tables]}
        (args.out / f"{name}.expected.json").write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n",
                                                         encoding="utf-8")
        print(name, style)


if __name__ == "__main__":
    main()
