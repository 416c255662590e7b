"""Layout variants of the plans' risks, the report's indicators with comments and
two-column item pages, rendered by three engines (reportlab, Chromium HTML/CSS,
pdfLaTeX), with the expected items written from the content (never from the
pipeline's output).

    python tests/data/layouts_items/make.py [--seeds 1 2 3] [--engines reportlab chromium latex]

Classes (issue 24, part 4):

* ``risk``: the internal-control plan ``Verksamhet | Risk | Åtgärd`` without row
  rules (rows apart by vertical space only) or zebra-shaded; åtgärder as
  paragraphs, bullets or numbers; one table row per risk or per åtgärd; the area
  as a column or as a heading over a ``Risk | Åtgärd`` table.
* ``comment``: report indicators in zebra / rule-less ``Indikatorer | Utfall |
  Målvärde`` tables, each followed by a "Kommentar" paragraph and prose; report
  assignments each followed by their comment.
* ``twocol``: a plan's goals, indicators, strategies and assignments set in two
  text columns, a wide table across both columns between two bands.

Each ``<class>-<engine>-<seed>.pdf`` has a ``.expected.json``: the items
(kind, text, parent goal's text, area, actions) and the style drawn.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from samples.generator import doc_vb2021, doc_vp2023, doc_vp2024, spec as S  # noqa: E402

ENGINES = ("reportlab", "chromium", "latex")
CLASSES = ("risk", "comment", "twocol")
SEEDS = (1, 2, 3, 4, 5, 6)


# ------------------------------------------------------------------ content (neutral elements)


@dataclass
class El:
    kind: str  # h1 h2 h3 | goal | sub | p | ul | assign | kommentar | indtable | risktable | wide | cols
    text: str = ""
    items: list = field(default_factory=list)
    style: dict = field(default_factory=dict)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text.strip()) if s]


def _risk_rows(rng: random.Random) -> list[S.RiskRow]:
    specs = [doc_vp2023.spec(), doc_vp2024.spec()]
    tables = [b for sp in specs for b in sp.blocks if isinstance(b, S.RiskTable)]
    rows = rng.choice(tables).rows
    start = rng.randrange(0, max(1, len(rows) - 3))
    picked = list(rows[start:start + 4])
    if not picked[0].area:  # the first row names its area
        area = next(r.area for r in reversed(rows[:start + 1]) if r.area)
        picked[0] = S.RiskRow(area=area, risk=picked[0].risk, actions=picked[0].actions)
    return picked


def _pick(values: tuple, seed: int, step: int = 1):
    """The style value of ``seed``: dimensions cycle at different steps, so a few
    consecutive seeds meet every value of every dimension (on every engine)."""
    return values[(seed // step) % len(values)]


def risk_content(rng: random.Random, seed: int) -> tuple[list[El], list[dict], dict]:
    style = {
        "rules": _pick(("none", "zebra"), seed),
        "actions": _pick(("paragraphs", "bullets", "numbers"), seed),
        "area": _pick(("column", "heading"), seed, 2),
        "rows": _pick(("per_risk", "per_action"), seed, 4),
        "dark_header": rng.random() < 0.5,
        "font": rng.choice(["sans", "serif"]),
    }
    rows = _risk_rows(rng)
    els = [El("h1", "9 Intern styrning och kontroll"), El("h2", "9.1 Internkontrollplan"),
           El("p", "Internkontrollplanen beskriver de risker som nämnden har valt att arbeta med under året "
                   "och vilka åtgärder som ska vidtas för att minska dem.")]
    expected = []
    area = ""
    for r in rows:
        area = r.area or area
        expected.append({"kind": "risk", "text": r.risk, "area": area, "actions": list(r.actions)})
    if style["area"] == "column":
        els.append(El("risktable", items=rows, style=style))
    else:
        groups: list[tuple[str, list[S.RiskRow]]] = []
        for r in rows:
            if r.area or not groups:
                groups.append((r.area, []))
            groups[-1][1].append(r)
        for name, group in groups:
            els.append(El("area", name))
            els.append(El("risktable", items=group, style={**style, "no_area": True}))
    return els, expected, style


def comment_content(rng: random.Random, seed: int) -> tuple[list[El], list[dict], dict]:
    style = {
        "rules": _pick(("none", "zebra"), seed),
        "kommentar": _pick(("inline", "own_line"), seed, 2),
        "dark_header": rng.random() < 0.5,
        "font": rng.choice(["sans", "serif"]),
    }
    sp = doc_vb2021.spec()
    blocks = sp.blocks
    goals = [i for i, b in enumerate(blocks) if isinstance(b, S.Goal)]
    gi = rng.choice(goals[:6])
    els = [El("h2", "4.3 Perspektiv: Process")]
    expected: list[dict] = []
    goal = None
    n_goals = 0
    for b in blocks[gi:]:
        if isinstance(b, S.Heading) and b.number:
            break
        if isinstance(b, S.Goal):
            if n_goals == 2:
                break
            n_goals += 1
            goal = b.text
            els.append(El("goal", f"{b.cue} {b.text}"))
            expected.append({"kind": "goal", "text": b.text})
        elif isinstance(b, S.Para) and len(els) < 4:
            els.append(El("p", b.text))
        elif isinstance(b, S.IndicatorTable):
            for row in b.rows[:3]:
                outcome = row.outcome or (row.status.capitalize() if row.status else "")
                els.append(El("indtable", items=[(row.text, outcome, row.target or "")], style=style))
                expected.append({"kind": "indicator", "text": row.text, "parent": goal})
                if row.comment:
                    els.append(El("kommentar", items=_sentences(row.comment)[:4], style=style))
        elif isinstance(b, S.Assignment):
            els.append(El("assign", f"{b.cue} {b.text}"))
            expected.append({"kind": "assignment", "text": b.text})
            if b.comment:
                els.append(El("kommentar", items=_sentences(b.comment)[:4], style=style))
    return els, expected, style


def _slice_vp2024(rng: random.Random) -> list:
    blocks = doc_vp2024.spec().blocks
    start = next(i for i, b in enumerate(blocks) if isinstance(b, S.Heading) and b.number == "5.2")
    end = next(i for i, b in enumerate(blocks) if isinstance(b, S.Heading) and b.number == "5.3")
    part = blocks[start:end]
    cuts = [i for i, b in enumerate(part) if isinstance(b, S.Heading) and not b.number]
    k = rng.randrange(0, len(cuts) - 2)
    return [part[0]] + part[cuts[k]:cuts[k + 2]]


def _item_els(blocks, style) -> tuple[list[El], list[dict]]:
    els: list[El] = []
    expected: list[dict] = []
    goal = None
    for b in blocks:
        if isinstance(b, S.Heading):
            els.append(El("h2" if b.number else "h3", f"{b.number} {b.title}" if b.number else b.title))
            if b.number or b.title.lower().startswith("strategi"):
                goal = None
        elif isinstance(b, S.Para):
            els.append(El("p", b.text))
        elif isinstance(b, S.Bullets):
            els.append(El("ul", items=b.items, style=style))
        elif isinstance(b, S.Goal):
            goal = b.text
            els.append(El("goal", f"{b.cue} {b.text}"))
            expected.append({"kind": "goal", "text": b.text})
        elif isinstance(b, S.Indicators):
            els.append(El("sub", b.heading))
            els += [El("p", t) for t in b.items]
            expected += [{"kind": "indicator", "text": t, "parent": goal} for t in b.items]
        elif isinstance(b, S.Strategies):
            els.append(El("sub", b.title))
            els.append(El("ul", items=b.items, style=style))
            expected += [{"kind": "strategy", "text": t} for t in b.items]
        elif isinstance(b, S.Assignment):
            els.append(El("goal", f"{b.cue} {b.text}"))
            expected.append({"kind": "assignment", "text": b.text})
        elif isinstance(b, S.Table):
            els.append(El("wide", items=[b]))
    return els, expected


def twocol_content(rng: random.Random, seed: int) -> tuple[list[El], list[dict], dict]:
    style = {"bullet": _pick(("disc", "dash", "square"), seed), "justify": _pick((False, True), seed, 3),
             "font": rng.choice(["sans", "serif"])}
    blocks = _slice_vp2024(rng)
    # two bands of two columns with a wide table between them
    heads = [i for i, b in enumerate(blocks) if isinstance(b, S.Heading) and not b.number]
    cut = heads[1] if len(heads) > 1 else len(blocks) // 2
    first, expected1 = _item_els(blocks[:cut], style)
    second, expected2 = _item_els(blocks[cut:], style)
    first = [e for e in first if e.kind != "wide"]
    second = [e for e in second if e.kind != "wide"]
    table = El("wide", items=[["Nyckeltal", "2022", "2023", "2024"],
                              ["Antal kunder", "1 204", "1 311", "1 350"],
                              ["Antal beställningar", "18 422", "19 010", "19 500"],
                              ["Andel digitala beställningar", "61 %", "68 %", "75 %"]])
    els = [El("h1", "5 Mål, strategier och uppdrag"), El("cols", items=first), table, El("cols", items=second)]
    return els, expected1 + expected2, style


CONTENT = {"risk": risk_content, "comment": comment_content, "twocol": twocol_content}


# ------------------------------------------------------------------ Chromium (HTML/CSS)


def _e(s: str) -> str:
    return escape(s, quote=True)


def _html_list(items: list[str], how: str) -> str:
    if how == "numbers":
        return "<ol>" + "".join(f"<li>{_e(t)}</li>" for t in items) + "</ol>"
    if how in ("bullets", "disc"):
        return "<ul>" + "".join(f"<li>{_e(t)}</li>" for t in items) + "</ul>"
    if how == "square":
        return '<ul style="list-style-type: square">' + "".join(f"<li>{_e(t)}</li>" for t in items) + "</ul>"
    if how == "dash":
        return '<ul style="list-style-type: &quot;– &quot;">' + "".join(f"<li>{_e(t)}</li>" for t in items) + "</ul>"
    return "".join(f'<p class="act">{_e(t)}</p>' for t in items)


def _html_el(el: El) -> str:
    k = el.kind
    if k in ("h1", "h2", "h3"):
        return f"<{k}>{_e(el.text)}</{k}>"
    if k == "goal":
        return f'<p class="b">{_e(el.text)}</p>'
    if k == "area":
        return f'<p class="area">{_e(el.text)}</p>'
    if k == "sub":
        return f'<p class="i">{_e(el.text)}</p>'
    if k == "p":
        return f"<p>{_e(el.text)}</p>"
    if k == "ul":
        return _html_list(el.items, el.style.get("bullet", "disc"))
    if k == "assign":
        return f'<p class="b">{_e(el.text)}</p>'
    if k == "kommentar":
        if el.style["kommentar"] == "inline":
            first = f"<p><b>Kommentar:</b> {_e(el.items[0])}</p>"
        else:
            first = f'<p class="b lead">Kommentar</p><p>{_e(el.items[0])}</p>'
        return first + "".join(f"<p>{_e(t)}</p>" for t in el.items[1:])
    if k == "indtable":
        cls = _table_class(el.style)
        rows = "".join(f"<tr><td>{_e(a)}</td><td>{_e(b)}</td><td>{_e(c)}</td></tr>" for a, b, c in el.items)
        return (f'<table class="{cls}"><colgroup><col style="width:62%"><col style="width:19%"><col style="width:19%">'
                f"</colgroup><thead><tr><th>Indikatorer</th><th>Utfall</th><th>Målvärde</th></tr></thead>"
                f"<tbody>{rows}</tbody></table>")
    if k == "risktable":
        return _html_risks(el)
    if k == "wide":
        head, *body = el.items
        return ('<table class="data"><thead><tr>' + "".join(f"<th>{_e(c)}</th>" for c in head) + "</tr></thead><tbody>"
                + "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in body) + "</tbody></table>")
    if k == "cols":
        return '<div class="cols">' + "".join(_html_el(e) for e in el.items) + "</div>"
    raise ValueError(k)


def _table_class(style: dict) -> str:
    return " ".join(["t", style["rules"]] + (["dark"] if style.get("dark_header") else []))


def _html_risks(el: El) -> str:
    st = el.style
    cols = ["Risk", "Åtgärd"] if st.get("no_area") else ["Verksamhet", "Risk", "Åtgärd"]
    widths = [35, 65] if st.get("no_area") else [20, 32, 48]
    head = "".join(f'<th style="width:{w}%">{c}</th>' for c, w in zip(cols, widths))
    body = []
    for r in el.items:
        lead = [] if st.get("no_area") else [r.area]
        if st["rows"] == "per_risk":
            cells = [f"<td>{_e(t)}</td>" for t in lead + [r.risk]] + [f"<td>{_html_list(r.actions, st['actions'])}</td>"]
            body.append("<tr>" + "".join(cells) + "</tr>")
        else:
            for j, a in enumerate(r.actions):
                first = [f"<td>{_e(t) if j == 0 else ''}</td>" for t in lead + [r.risk]]
                body.append("<tr>" + "".join(first) + f"<td>{_html_list([a], st['actions'])}</td></tr>")
    return f'<table class="{_table_class(st)}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


_HTML_CSS = """
@page { size: A4; margin: 2cm 2.2cm; }
html { -webkit-print-color-adjust: exact; }
body { font-family: "%(family)s"; font-size: 10pt; line-height: 1.3; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 8pt; } h2 { font-size: 13pt; margin: 10pt 0 6pt; }
h3 { font-size: 11pt; margin: 8pt 0 4pt; }
p { margin: 0 0 6pt; text-align: %(align)s; } p.b { font-weight: bold; } p.i { font-style: italic; margin-bottom: 3pt; }
p.lead { margin-bottom: 2pt; } p.area { font-weight: bold; font-size: 11.5pt; margin: 10pt 0 4pt; }
ul, ol { margin: 0 0 6pt; padding-left: 16pt; } li { margin-bottom: 2pt; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt; font-size: 9pt; line-height: 1.25; }
th, td { padding: 4pt 5pt; vertical-align: top; text-align: left; }
td p.act { margin: 0 0 7pt; text-align: left; }
td ul, td ol { margin: 0; } td li { margin-bottom: 5pt; }
table.zebra tbody tr:nth-child(odd) { background: #eef1f5; }
table.zebra th { background: #d9dee6; }
table.dark th { background: #2f4b6e; color: #fff; }
table.data th, table.data td { border-bottom: 0.5pt solid #777; text-align: right; }
table.data th:first-child, table.data td:first-child { text-align: left; }
tr { break-inside: avoid; }
div.cols { column-count: 2; column-gap: 18pt; }
div.cols h2, div.cols h3 { break-after: avoid; }
"""


def chromium_pdf(els: list[El], style: dict, work: Path, out: Path) -> None:
    family = "DejaVu Serif" if style["font"] == "serif" else "DejaVu Sans"
    css = _HTML_CSS % {"family": family, "align": "justify" if style.get("justify") else "left"}
    html = (f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><style>{css}</style></head><body>'
            + "".join(_html_el(e) for e in els) + "</body></html>")
    src = work / "doc.html"
    src.write_text(html, encoding="utf-8")
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={work / 'profile'}", "--no-pdf-header-footer", "--disable-pdf-tagging",
                    f"--print-to-pdf={out}", src.as_uri()], check=True, capture_output=True, timeout=300)


# ------------------------------------------------------------------ LaTeX


_TEX_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
                "–": "--", "—": "---", "\u2212": "$-$", ">": r"\textgreater{}", "<": r"\textless{}"}


def _t(s: str) -> str:
    return "".join(_TEX_SPECIAL.get(c, c) for c in s)


def _tex_list(items: list[str], how: str, in_cell: bool = False) -> str:
    opts = "nosep,leftmargin=*,itemsep=4pt,before=\\vspace{-\\baselineskip}" if in_cell else "nosep,itemsep=2pt"
    if how == "numbers":
        return f"\\begin{{enumerate}}[{opts}]" + "".join(f"\\item {_t(t)}" for t in items) + "\\end{enumerate}"
    if how in ("bullets", "disc"):
        return f"\\begin{{itemize}}[{opts}]" + "".join(f"\\item {_t(t)}" for t in items) + "\\end{itemize}"
    if how == "square":
        return f"\\begin{{itemize}}[{opts},label=\\rule{{0.4em}}{{0.4em}}]" + "".join(f"\\item {_t(t)}" for t in items) + "\\end{itemize}"
    if how == "dash":
        return f"\\begin{{itemize}}[{opts},label=--]" + "".join(f"\\item {_t(t)}" for t in items) + "\\end{itemize}"
    return "\\par\\vspace{6pt}".join(_t(t) for t in items)


def _tex_el(el: El) -> str:
    k = el.kind
    if k == "h1":
        return f"\\section*{{{_t(el.text)}}}\n"
    if k == "h2":
        return f"\\subsection*{{{_t(el.text)}}}\n"
    if k == "h3":
        return f"\\subsubsection*{{{_t(el.text)}}}\n"
    if k in ("goal", "assign"):
        return f"\\noindent\\textbf{{{_t(el.text)}}}\\par\\medskip\n"
    if k == "area":
        return f"\\medskip\\noindent{{\\large\\textbf{{{_t(el.text)}}}}}\\par\\smallskip\n"
    if k == "sub":
        return f"\\noindent\\textit{{{_t(el.text)}}}\\par\\smallskip\n"
    if k == "p":
        return f"\\noindent {_t(el.text)}\\par\\medskip\n"
    if k == "ul":
        return _tex_list(el.items, el.style.get("bullet", "disc")) + "\\medskip\n"
    if k == "kommentar":
        if el.style["kommentar"] == "inline":
            out = f"\\noindent\\textbf{{Kommentar:}} {_t(el.items[0])}\\par\\medskip\n"
        else:
            out = f"\\noindent\\textbf{{Kommentar}}\\par\\noindent {_t(el.items[0])}\\par\\medskip\n"
        return out + "".join(f"\\noindent {_t(t)}\\par\\medskip\n" for t in el.items[1:])
    if k == "indtable":
        rows = [[_t(a), _t(b), _t(c)] for a, b, c in el.items]
        return _tex_table(["Indikatorer", "Utfall", "Målvärde"], ["0.58", "0.17", "0.17"], rows, el.style)
    if k == "risktable":
        st = el.style
        cols = ["Risk", "Åtgärd"] if st.get("no_area") else ["Verksamhet", "Risk", "Åtgärd"]
        widths = ["0.33", "0.6"] if st.get("no_area") else ["0.22", "0.28", "0.43"]
        rows = []
        for r in el.items:
            lead = [] if st.get("no_area") else [r.area]
            if st["rows"] == "per_risk":
                rows.append([_t(x) for x in lead + [r.risk]] + [_tex_list(r.actions, st["actions"], True)])
            else:
                for j, a in enumerate(r.actions):
                    rows.append([_t(x) if j == 0 else "" for x in lead + [r.risk]] + [_tex_list([a], st["actions"], True)])
        return _tex_table(cols, widths, rows, st)
    if k == "wide":
        head, *body = el.items
        spec = "l" + "r" * (len(head) - 1)
        return ("\\begin{center}\\begin{tabular}{" + spec + "}\\toprule " + " & ".join(_t(c) for c in head)
                + "\\\\\\midrule " + "\\\\ ".join(" & ".join(_t(c) for c in r) for r in body)
                + "\\\\\\bottomrule\\end{tabular}\\end{center}\n")
    if k == "cols":
        return "\\begin{multicols}{2}\n" + "".join(_tex_el(e) for e in el.items) + "\\end{multicols}\n"
    raise ValueError(k)


def _tex_table(cols: list[str], widths: list[str], rows: list[list[str]], st: dict) -> str:
    spec = "".join(f">{{\\raggedright\\arraybackslash}}p{{{w}\\linewidth}}" for w in widths)
    if st.get("dark_header"):
        head = "\\rowcolor{hdark}" + " & ".join(f"\\textcolor{{white}}{{\\textbf{{{c}}}}}" for c in cols)
    elif st["rules"] == "zebra":
        head = "\\rowcolor{hlight}" + " & ".join(f"\\textbf{{{c}}}" for c in cols)
    else:
        head = " & ".join(f"\\textbf{{{c}}}" for c in cols)
    zebra = "\\rowcolors{2}{zebra}{white}" if st["rules"] == "zebra" else ""
    body = "".join(" & ".join(r) + "\\\\[5pt]\n" for r in rows)
    return (f"{{{zebra}\\setlength{{\\tabcolsep}}{{5pt}}\\begin{{longtable}}{{{spec}}}\n{head}\\\\[2pt]\n\\endhead\n"
            f"{body}\\end{{longtable}}}}\n")


_TEX_PRE = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}
%(font)s
\usepackage[margin=2.2cm]{geometry}\usepackage{multicol}\usepackage{booktabs}
\usepackage[table]{xcolor}\usepackage{longtable}\usepackage{array}\usepackage{enumitem}
\definecolor{zebra}{gray}{0.92}\definecolor{hlight}{gray}{0.85}\definecolor{hdark}{RGB}{47,75,110}
\setlength{\parindent}{0pt}\setlength{\columnsep}{18pt}\pagestyle{empty}
%(align)s
\begin{document}
"""


def latex_pdf(els: list[El], style: dict, work: Path, out: Path) -> None:
    font = "\\usepackage{helvet}\\renewcommand{\\familydefault}{\\sfdefault}" if style["font"] == "sans" \
        else "\\usepackage{mathptmx}"
    align = "" if style.get("justify", True) else "\\raggedright"
    tex = _TEX_PRE % {"font": font, "align": align} + "".join(_tex_el(e) for e in els) + "\\end{document}\n"
    (work / "doc.tex").write_text(tex, encoding="utf-8")
    for _ in range(2):  # longtable settles its column widths on the second run
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"], cwd=work,
                       check=True, capture_output=True, timeout=300)
    shutil.copy(work / "doc.pdf", out)


# ------------------------------------------------------------------ reportlab


def reportlab_pdf(els: list[El], style: dict, work: Path, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.platypus.flowables import BalancedColumns

    fam = "DejaVuSerif" if style["font"] == "serif" else "DejaVuSans"
    faces = {"": fam, "-Bold": fam + "-Bold", "-Italic": fam + ("-Italic" if fam == "DejaVuSerif" else "-Oblique")}
    for name in faces.values():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/dejavu/{name}.ttf"))
    pdfmetrics.registerFontFamily(fam, normal=fam, bold=faces["-Bold"], italic=faces["-Italic"], boldItalic=faces["-Bold"])
    align = 4 if style.get("justify") else 0
    body = ParagraphStyle("b", fontName=fam, fontSize=10, leading=13, spaceAfter=6, alignment=align)
    cell = ParagraphStyle("c", fontName=fam, fontSize=9, leading=11.5, spaceAfter=6)
    bold = ParagraphStyle("g", parent=body, fontName=faces["-Bold"])
    ital = ParagraphStyle("i", parent=body, fontName=faces["-Italic"], spaceAfter=3)
    hs = {k: ParagraphStyle(k, fontName=faces["-Bold"], fontSize=s, leading=s * 1.25, spaceBefore=8, spaceAfter=6)
          for k, s in (("h1", 16), ("h2", 13), ("h3", 11), ("area", 11.5))}

    def x(s: str) -> str:
        return escape(s, quote=False)

    def flow_list(items: list[str], how: str, st: ParagraphStyle):
        if how == "paragraphs":
            return [Paragraph(x(t), st) for t in items]
        kw = {"bulletType": "1", "bulletFormat": "%s."} if how == "numbers" else \
            {"bulletType": "bullet", "start": {"bullets": "•", "disc": "•", "dash": "–", "square": "▪"}[how]}
        return [ListFlowable([ListItem(Paragraph(x(t), st), spaceAfter=st.spaceAfter) for t in items],
                             leftIndent=14, bulletFontName=fam, bulletFontSize=st.fontSize, **kw)]

    def table(head, rows, widths, st, data=False):
        t = Table([head] + rows, colWidths=widths, repeatRows=1)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("FONTNAME", (0, 0), (-1, 0), faces["-Bold"])]
        if data:
            cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                     ("FONTNAME", (0, 1), (-1, -1), fam), ("FONTSIZE", (0, 0), (-1, -1), 9)]
        if st.get("rules") == "zebra":
            cmds += [("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.Color(0.93, 0.94, 0.96), colors.white]),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.87, 0.9))]
        if st.get("dark_header"):
            cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.18, 0.29, 0.43))]
        t.setStyle(TableStyle(cmds))
        return t

    def head_cells(names, st):
        hst = ParagraphStyle("hh", parent=cell, fontName=faces["-Bold"],
                             textColor=colors.white if st.get("dark_header") else colors.black, spaceAfter=0)
        return [Paragraph(n, hst) for n in names]

    width = A4[0] - 4.4 * cm

    def flow(el: El) -> list:
        k = el.kind
        if k in hs:
            return [Paragraph(x(el.text), hs[k])]
        if k in ("goal", "assign"):
            return [Paragraph(x(el.text), bold)]
        if k == "sub":
            return [Paragraph(x(el.text), ital)]
        if k == "p":
            return [Paragraph(x(el.text), body)]
        if k == "ul":
            return flow_list(el.items, el.style.get("bullet", "disc"), body)
        if k == "kommentar":
            if el.style["kommentar"] == "inline":
                first = [Paragraph(f"<b>Kommentar:</b> {x(el.items[0])}", body)]
            else:
                first = [Paragraph("Kommentar", ParagraphStyle("k", parent=bold, spaceAfter=2)),
                         Paragraph(x(el.items[0]), body)]
            return first + [Paragraph(x(t), body) for t in el.items[1:]]
        if k == "indtable":
            rows = [[Paragraph(x(a), cell), Paragraph(x(b), cell), Paragraph(x(c), cell)] for a, b, c in el.items]
            return [table(head_cells(["Indikatorer", "Utfall", "Målvärde"], el.style), rows,
                          [0.62 * width, 0.19 * width, 0.19 * width], el.style), Spacer(1, 6)]
        if k == "risktable":
            st = el.style
            cols = ["Risk", "Åtgärd"] if st.get("no_area") else ["Verksamhet", "Risk", "Åtgärd"]
            ws = [0.35, 0.65] if st.get("no_area") else [0.2, 0.32, 0.48]
            rows = []
            for r in el.items:
                lead = [] if st.get("no_area") else [r.area]
                if st["rows"] == "per_risk":
                    rows.append([Paragraph(x(t), cell) for t in lead + [r.risk]] + [flow_list(r.actions, st["actions"], cell)])
                else:
                    for j, a in enumerate(r.actions):
                        rows.append([Paragraph(x(t) if j == 0 else "", cell) for t in lead + [r.risk]]
                                    + [flow_list([a], st["actions"], cell)])
            return [table(head_cells(cols, st), rows, [w * width for w in ws], st), Spacer(1, 6)]
        if k == "wide":
            head, *rows = el.items
            return [Spacer(1, 4), table(head, rows, [0.4 * width] + [0.2 * width] * 3, {}, data=True), Spacer(1, 8)]
        if k == "cols":
            inner = [f for e in el.items for f in flow(e)]
            return [BalancedColumns(inner, nCols=2, innerPadding=9)]
        raise ValueError(k)

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title="variant")
    doc.build([f for e in els for f in flow(e)])


RENDER = {"reportlab": reportlab_pdf, "chromium": chromium_pdf, "latex": latex_pdf}


def make(klass: str, engine: str, seed: int, out_dir: Path = HERE) -> Path:
    rng = random.Random(f"{klass}-{seed}")
    els, expected, style = CONTENT[klass](rng, seed)
    if klass == "twocol" and engine == "latex":
        style = {**style, "justify": True}
    stem = f"{klass}-{engine}-{seed}"
    pdf = out_dir / f"{stem}.pdf"
    with tempfile.TemporaryDirectory(prefix="plandigit-layouts-") as tmp:
        RENDER[engine](els, style, Path(tmp), pdf)
    (out_dir / f"{stem}.expected.json").write_text(
        json.dumps({"class": klass, "engine": engine, "seed": seed, "style": style, "items": expected},
                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return pdf


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, nargs="*", default=list(SEEDS))
    ap.add_argument("--engines", nargs="*", default=list(ENGINES))
    ap.add_argument("--classes", nargs="*", default=list(CLASSES))
    ap.add_argument("--out", type=Path, default=HERE)
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    for klass in a.classes:
        for engine in a.engines:
            for seed in a.seeds:
                print(make(klass, engine, seed, a.out).name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
