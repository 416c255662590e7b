"""TeX engine: the layout as a LaTeX document typeset by pdflatex (Debian's
texlive), as a report made with LaTeX is.

How it expresses the style: every table is a ``longtable`` (breaks across
pages; the header repeated with ``\\endhead`` or printed once with
``\\endfirsthead``); rules as ``\\hline`` with ``|`` columns (grid), ``\\hline``
per row (rows), booktabs' ``\\toprule``/``\\midrule``/``\\bottomrule``;
zebra and the dark header as ``colortbl``'s ``\\rowcolor``; merged group
headers as ``\\multicolumn``, header lines as ``makecell``; list markers with
``enumitem``: ``\\textbullet``/``\\textendash`` glyphs, a TikZ disc and a
``\\rule`` square (drawn shapes, no text), ``enumerate`` numbers, an empty
label; two text columns with ``multicols`` ended around each full-width
table; a landscape page with ``pdflscape`` (the page is rotated).
Fonts: URW Nimbus Sans / Nimbus Roman (psnfss ``helvet`` / ``times``), T1
with ``cmap`` so the text layer is searchable.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from samples.layouts import model as M

NAME = "tex"

_PREAMBLE = r"""\documentclass[10pt,a4paper]{article}
\usepackage{cmap}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{textcomp}
\usepackage{%(font)s}
%(family)s
\usepackage[margin=2.2cm,headheight=14pt]{geometry}
\usepackage[table]{xcolor}
\usepackage{array,longtable,booktabs,multicol,pdflscape,makecell,enumitem,tikz,fancyhdr}
\definecolor{zebra}{HTML}{E6EBF2}
\definecolor{darkhead}{HTML}{1F3A5F}
\definecolor{lighthead}{HTML}{DDE3EC}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small %(header)s}
\fancyhead[R]{\small \thepage}
\renewcommand{\headrulewidth}{0pt}
\setlength{\parindent}{0pt}
\setlength{\parskip}{5pt}
\raggedright
\setlist{nosep,after=\vspace{4pt}}
\setlength{\LTpre}{4pt}
\setlength{\LTpost}{8pt}
\begin{document}
"""

_ESCAPE = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
           "\u2212": r"\textminus{}", "\u2009": r"\,", "\u202f": r"\,", "\u00a0": "~", "\u2013": r"\textendash{}",
           "\u201d": "''", "\u201c": "``", '"': "''", "<": r"\textless{}", ">": r"\textgreater{}", "•": r"\textbullet{}",
           "§": r"\S{}", "-": "-{}"}


def tex(text: str) -> str:
    return "".join(_ESCAPE.get(ch, ch) for ch in text)


def available() -> bool:
    return bool(shutil.which("pdflatex"))


_MARKERS = {"glyph": r"\textbullet", "shape": r"\tikz[baseline=-0.6ex]\fill (0,0) circle (1.6pt);",
            "square": r"\rule[0.2ex]{3.6pt}{3.6pt}", "dash": r"\textendash", "unmarked": "{}"}


def list_tex(b: M.ListBlock) -> str:
    items = "".join(f"\\item {tex(t)}\n" for t in b.items)
    if b.marker == "numbered":
        return f"\\begin{{enumerate}}[label=\\arabic*.,start={b.start}]\n{items}\\end{{enumerate}}\n"
    return f"\\begin{{itemize}}[label={{{_MARKERS[b.marker]}}}]\n{items}\\end{{itemize}}\n"


_BREAK = "\\\\"


def _cell(c: M.Cell, white: bool = False) -> str:
    if c.parts is not None:
        items = "".join(f"\\item {tex(p)}\n" for p in c.parts)
        if c.marker == "bullets":
            return f"\\begin{{itemize}}[label=\\textbullet,leftmargin=*,nosep,after=]\n{items}\\end{{itemize}}"
        if c.marker == "numbers":
            return f"\\begin{{enumerate}}[label=\\arabic*.,leftmargin=*,nosep,after=]\n{items}\\end{{enumerate}}"
        return "\\par\\vspace{4pt}".join(tex(p) for p in c.parts)
    lines = [tex(x) for x in c.lines]
    if len(lines) > 1:
        body = f"\\makecell[{c.align[0]}b]{{{_BREAK.join(lines)}}}"
    else:
        body = lines[0] if lines else ""
    if c.bold and body:
        body = f"\\textbf{{{body}}}"
    if c.indent and body:
        body = f"\\hspace*{{1em}}{body}"
    if white and body:
        body = f"\\textcolor{{white}}{{{body}}}"
    return body


def grid_tex(g: M.Grid) -> str:
    n = g.ncols
    total = sum(g.widths)
    bar = "|" if g.rules == "grid" else ""
    cols = []
    for k, w in enumerate(g.widths):
        align = g.body[0].cells[k].align if g.body and k < len(g.body[0].cells) else "left"
        ragged = {"right": r"\raggedleft", "center": r"\centering"}.get(align, r"\raggedright")
        cols.append(f">{{{ragged}\\arraybackslash}}p{{\\dimexpr {w / total:.3f}\\linewidth-2\\tabcolsep\\relax}}")
    spec = bar + bar.join(cols) + bar
    out = []
    if g.caption:
        out.append(f"\\textbf{{{tex(g.caption)}}}\\par\\nopagebreak\n")
    out.append(f"{{\\fontsize{{{g.font_size}}}{{{g.font_size * 1.2:.1f}}}\\selectfont\n"
               f"\\begin{{longtable}}{{@{{}}{spec}@{{}}}}\n" if not bar else
               f"{{\\fontsize{{{g.font_size}}}{{{g.font_size * 1.2:.1f}}}\\selectfont\n\\begin{{longtable}}{{{spec}}}\n")
    top = {"grid": "\\hline\n", "rows": "\\hline\n", "booktabs": "\\toprule\n"}.get(g.rules, "")
    white = g.header_fill == "dark"
    fill = {"dark": "\\rowcolor{darkhead}", "light": "\\rowcolor{lighthead}"}.get(g.header_fill or "", "")
    head = [top]
    for k, row in enumerate(g.header):
        cells = []
        for c in row.cells:
            body = _cell(c, white)
            if c.span > 1:
                body = f"\\multicolumn{{{c.span}}}{{{bar}c{bar}}}{{{body}}}"
            cells.append(body)
        head.append(fill + " & ".join(cells) + " \\\\\n")
        if g.rules in ("grid", "rows"):
            head.append("\\hline\n")
        elif g.rules == "booktabs" and k == len(g.header) - 1:
            head.append("\\midrule\n")
    head_tex = "".join(head)
    if g.header:
        out.append(head_tex + ("\\endhead\n" if g.repeat_header else "\\endfirsthead\n\\endhead\n"))
    else:
        out.append(top)
    bottom = {"grid": "", "rows": "", "booktabs": "\\bottomrule\n"}.get(g.rules, "")
    if bottom:
        out.append(f"{bottom}\\endlastfoot\n")
    for k, (row, shaded) in enumerate(zip(g.body, g.shaded())):
        if row.kind == "spacer":
            out.append("\\multicolumn{%d}{@{}l@{}}{\\rule{0pt}{7pt}} \\\\\n" % n)
            continue
        if row.rule_above and not g.row_groups and g.rules != "grid":
            out.append(f"\\cmidrule(l){{2-{n}}}\n")
        out.append(("\\rowcolor{zebra}" if shaded else "") + " & ".join(_cell(c) for c in row.cells[:n]) + " \\\\\n")
        if g.rules == "grid" or (g.rules == "rows" and g.ruled_below(k)):
            out.append("\\hline\n")
    out.append("\\end{longtable}\n}\n")
    return "".join(out)


def block_tex(b) -> str:
    if isinstance(b, M.Heading):
        if b.level == 0:
            return f"{{\\LARGE\\bfseries {tex(b.text)}\\par}}\n"
        cmd = {1: "section", 2: "subsection"}.get(b.level, "subsubsection")
        return f"\\{cmd}*{{{tex(b.text)}}}\n"
    if isinstance(b, M.Para):
        t = tex(b.text)
        if b.bold:
            t = f"\\textbf{{{t}}}"
        if b.italic:
            t = f"\\textit{{{t}}}"
        return t + "\\par\n"
    if isinstance(b, M.ListBlock):
        return list_tex(b)
    if isinstance(b, M.Grid):
        return grid_tex(b)
    raise TypeError(type(b).__name__)


def tex_document(doc: M.LayoutDoc) -> str:
    sans = doc.font == "sans"
    out = [_PREAMBLE % {"font": "helvet" if sans else "times",
                        "family": r"\renewcommand{\familydefault}{\sfdefault}" if sans else "",
                        "header": tex(doc.running_header)}]
    for k, s in enumerate(doc.sections):
        if k and s.new_page:
            out.append("\\clearpage\n")
        if s.landscape:
            out.append("\\begin{landscape}\n")
        cols = False
        for b in s.blocks:
            want = s.columns == 2 and not isinstance(b, M.Grid)
            if want and not cols:
                out.append("\\begin{multicols}{2}\n")
            elif cols and not want:
                out.append("\\end{multicols}\n")
            cols = want
            out.append(block_tex(b))
        if cols:
            out.append("\\end{multicols}\n")
        if s.landscape:
            out.append("\\end{landscape}\n")
    out.append("\\end{document}\n")
    return "".join(out)


def render(doc: M.LayoutDoc, work: Path, stem: str) -> Path:
    src = work / f"{stem}.tex"
    src.write_text(tex_document(doc), encoding="utf-8")
    for _ in range(2):  # longtable settles its column widths on the second run
        proc = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", src.name],
                              cwd=work, capture_output=True, timeout=120)
        if proc.returncode != 0:
            log = proc.stdout.decode("utf-8", "replace")
            raise RuntimeError(f"pdflatex failed on {stem}: " + log[log.find("!"):][:600])
    return work / f"{stem}.pdf"
