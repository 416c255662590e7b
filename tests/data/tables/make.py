"""Tiny focused table PDFs from real producers, one per failure class.

Each case is one HTML page (a caption, the table, a paragraph before and
after) rendered by two independent producers:

* Chromium's headless print-to-PDF (``<name>.chromium.pdf``);
* LibreOffice Writer (``<name>.libreoffice.pdf``): the same case built as a
  .docx with python-docx (merged header cells, cell borders as a word
  processor writes them) and exported with ``soffice --headless --convert-to pdf``.

python-docx is a tool of this generator only (``pip install python-docx``),
not a dependency of plandigit or its tests.

The PDFs are committed so the tests need neither program; rerun this script
(``python3 tests/data/tables/make.py``) after changing a case.  The expected
columns/rows/values live in the tests (tests/test_table_classes.py), not here.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

# a header cell: text, colspan, rowspan; "\u00ad" is a soft hyphen, "\n" a hard break
Cell = tuple[str, int, int]


@dataclass
class Case:
    name: str
    caption: str
    header: list[list[Cell]]
    body: list[list[str]]
    rules: str = "grid"  # grid | horizontal | none
    widths: list[str] = field(default_factory=list)  # CSS widths per leaf column
    bold_rows: tuple[str, ...] = ()
    header_css: str = ""


def _cell(text: str, span: int = 1, rows: int = 1) -> Cell:
    return (text, span, rows)


CASES = [
    Case(
        "two_level",
        "Driftbudget per område, mnkr",
        header=[
            [_cell("Område", 1, 2), _cell("Budget 2024", 2), _cell("Prognos 2023", 2)],
            [_cell("Omsättning"), _cell("Varav budgetram"), _cell("Omsättning"), _cell("Varav budgetram")],
        ],
        body=[
            ["Fastigheter", "1 014,5", "312,0", "998,2", "305,1"],
            ["Måltider", "402,3", "120,7", "395,0", "118,2"],
            ["IT", "250,0", "80,5", "241,3", "77,9"],
            ["Summa", "1 666,8", "513,2", "1 634,5", "501,2"],
        ],
        widths=["34%", "16%", "17%", "16%", "17%"],
        bold_rows=("Summa",),
    ),
    Case(
        "wrapped_header",
        "Investeringar",
        header=[[_cell("Objekt"), _cell("Total investerings\u00adkalkyl"), _cell("Beslutad budget tom 2021"),
                 _cell("Utfall 2021, mnkr")]],
        body=[
            ["Ombyggnad kök USÖ", "45,0", "30,2", "12,1"],
            ["Ny tvättanläggning", "120,0", "80,0", "35,5"],
            ["Summa", "165,0", "110,2", "47,6"],
        ],
        widths=["46%", "15%", "15%", "24%"],
        header_css="hyphens: manual;",
        bold_rows=("Summa",),
    ),
    Case(
        "narrow_break",
        "Budget per verksamhet, tkr",
        header=[[_cell("Verksamhet"), _cell("Omsättning"), _cell("Kostnad"), _cell("Resultat")]],
        body=[
            ["Städ", "412", "-410", "2"],
            ["Transport", "348", "-349", "-1"],
            ["Summa", "760", "-759", "1"],
        ],
        widths=["90pt", "63pt", "63pt", "63pt"],  # "Omsättning" is 58,6 pt wide: it breaks
        header_css="word-break: break-all; overflow-wrap: anywhere;",
        bold_rows=("Summa",),
    ),
    Case(
        "spacer_rows",
        "Resultatbudget, mnkr",
        header=[[_cell("Belopp i mnkr"), _cell("Budget 2024"), _cell("Prognos 2023"), _cell("Budget 2023")]],
        body=[
            ["Övriga intäkter", "2 380,0", "2 394,5", "2 381,4"],
            ["Summa intäkter", "2 380,0", "2 394,5", "2 381,4"],
            ["", "", "", ""],
            ["Verksamhetens kostnader", "", "", ""],
            ["Personalkostnader", "-665,0", "-688,2", "-692,8"],
            ["Övriga kostnader", "-1 534,0", "-1 588,0", "-1 585,6"],
            ["Summa kostnader", "-2 199,0", "-2 276,2", "-2 278,4"],
            ["", "", "", ""],
            ["Verksamhetens nettokostnader", "181,0", "118,3", "103,0"],
            ["Finansnetto", "-181,0", "-118,3", "-103,0"],
            ["Resultat", "0,0", "0,0", "0,0"],
        ],
        rules="none",
        widths=["46%", "18%", "18%", "18%"],
        bold_rows=("Summa intäkter", "Summa kostnader", "Resultat"),
    ),
    Case(
        "hrules_two_level",
        "Driftbudget, mnkr",
        header=[
            [_cell("Område", 1, 2), _cell("Budget 2024", 2), _cell("Prognos 2023", 2)],
            [_cell("Omsättning"), _cell("Varav budget\u00adram"), _cell("Omsättning"), _cell("Varav budget\u00adram")],
        ],
        body=[
            ["Kost och service", "402,3", "120,7", "395,0", "118,2"],
            ["Regionfastigheter", "1 014,5", "312,0", "998,2", "305,1"],
            ["Summa", "1 416,8", "432,7", "1 393,2", "423,3"],
        ],
        rules="horizontal",
        widths=["36%", "14%", "18%", "14%", "18%"],
        header_css="hyphens: manual;",
        bold_rows=("Summa",),
    ),
]

CASES += [
    Case(
        "unruled_two_level",
        "Driftbudget, mnkr",
        header=[
            [_cell("Område", 1, 2), _cell("Budget 2024", 2), _cell("Prognos 2023", 2)],
            [_cell("Omsättning"), _cell("Varav budgetram"), _cell("Omsättning"), _cell("Varav budgetram")],
        ],
        body=[
            ["Kost och service", "402,3", "120,7", "395,0", "118,2"],
            ["Regionfastigheter", "1 014,5", "312,0", "998,2", "305,1"],
            ["Summa", "1 416,8", "432,7", "1 393,2", "423,3"],
        ],
        rules="none",
        widths=["36%", "14%", "18%", "14%", "18%"],
        bold_rows=("Summa",),
    ),
    Case(
        "continued",
        "Investeringar per objekt, mnkr",
        header=[[_cell("Objekt"), _cell("Budget 2024"), _cell("Prognos 2023"), _cell("Budget 2023")]],
        body=[[f"Objekt {n:02d}", f"{n},5", f"{n + 1},0", f"{n + 2},5"] for n in range(1, 51)],
        rules="horizontal",
        widths=["46%", "18%", "18%", "18%"],
    ),
]

_RULE_CSS = {
    "grid": "table{border-collapse:collapse} td,th{border:0.6pt solid #000}",
    "horizontal": "table{border-collapse:collapse} thead tr:first-child th{border-top:0.8pt solid #000}"
                  " thead tr:last-child th{border-bottom:0.6pt solid #000} tbody tr td{border-bottom:0.4pt solid #000}",
    "none": "table{border-collapse:collapse} td,th{border:none}",
}


def html_of(case: Case) -> str:
    """The case as one HTML page (CSS for Chromium, HTML attributes LibreOffice reads too)."""
    border = {"grid": ' border="1" cellspacing="0"', "horizontal": ' frame="hsides" rules="rows" cellspacing="0"',
              "none": ' border="0" cellspacing="0"'}[case.rules]
    full = ' width="100%"' if all(w.endswith("%") for w in case.widths) else ""
    out = ["<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><style>",
           "@page{size:A4;margin:2cm} body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}",
           "td,th{padding:2pt 4pt;vertical-align:top;font-weight:normal} th{text-align:center}",
           "td.num{text-align:right;white-space:nowrap} tr.bold td{font-weight:bold} caption{text-align:left;font-weight:bold}",
           f"th{{{case.header_css}}}", _RULE_CSS[case.rules], "</style></head><body>",
           "<p>Nämnden redovisar nedan sin budget för året. Beloppen avser hela verksamheten.</p>",
           f"<p><b>{html.escape(case.caption)}</b></p>",
           f"<table{border}{full}>"]
    if case.widths:
        out.append("<colgroup>" + "".join(f'<col style="width:{w}" width="{w}">' for w in case.widths) + "</colgroup>")
    out.append("<thead>")
    for row in case.header:
        cells = []
        for text, span, rows in row:
            attrs = (f' colspan="{span}"' if span > 1 else "") + (f' rowspan="{rows}"' if rows > 1 else "")
            cells.append(f"<th{attrs}>{html.escape(text).replace(chr(10), '<br>')}</th>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</thead><tbody>")
    for row in case.body:
        cls = ' class="bold"' if row[0] in case.bold_rows else ""
        cells = [f"<td>{html.escape(row[0]) or '&nbsp;'}</td>"]
        cells += [f'<td class="num" align="right">{html.escape(v)}</td>' for v in row[1:]]
        out.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    out.append("<p>Budgeten bygger på de antaganden som beskrivs i avsnittet om ekonomiska förutsättningar.</p>")
    out.append("</body></html>")
    return "\n".join(out)


def chromium_pdf(src: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={out}", src.as_uri()],
            check=True, capture_output=True, timeout=120,
        )


def _borders(tc, rules: str, edges: dict[str, bool]) -> None:
    """Set a docx cell's borders: every edge for a grid, the given ones for
    horizontal rules, none for an unruled table."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        on = rules == "grid" or (rules == "horizontal" and edges.get(edge, False))
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single" if on else "nil")
        if on:
            el.set(qn("w:sz"), "4")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tc_pr.append(borders)


def docx_of(case: Case, out: Path) -> None:
    """The case as a .docx: a caption paragraph, the table (header cells merged
    over their span), paragraphs around it."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "DejaVu Sans", Pt(10)
    doc.add_paragraph("Nämnden redovisar nedan sin budget för året. Beloppen avser hela verksamheten.")
    doc.add_paragraph().add_run(case.caption).bold = True
    ncol = len(case.body[0])
    table = doc.add_table(rows=len(case.header) + len(case.body), cols=ncol)
    table.autofit = False
    total = 16.0
    # a width in pt is the CSS box (4 pt padding a side); Writer's cell margins are 5,4 pt
    widths = [float(w.rstrip("%")) / 100 * total if w.endswith("%") else (float(w.rstrip("pt")) + 2.8) / 72 * 2.54
              for w in case.widths] or [total / ncol] * ncol
    taken: set[tuple[int, int]] = set()
    for r, row in enumerate(case.header):
        c = 0
        for text, span, rows in row:
            while (r, c) in taken:
                c += 1
            cell = table.cell(r, c)
            if span > 1 or rows > 1:
                cell = cell.merge(table.cell(r + rows - 1, c + span - 1))
            for rr in range(r, r + rows):
                for cc in range(c, c + span):
                    taken.add((rr, cc))
            cell.text = text
            for par in cell.paragraphs:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            c += span
    nh = len(case.header)
    for tr in table._tbl.tr_lst[:nh]:  # header rows repeat on every page the table runs over
        from docx.oxml import OxmlElement

        tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for r, values in enumerate(case.body, start=nh):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.text = value
            par = cell.paragraphs[0]
            if c > 0:
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if values[0] in case.bold_rows:
                for run in par.runs:
                    run.bold = True
    for c, col in enumerate(table.columns):
        col.width = Cm(widths[c])
    for r, tr in enumerate(table._tbl.tr_lst):
        c = 0
        for tc in tr.tc_lst:  # a merged cell is one <w:tc> spanning grid columns
            span = tc.grid_span
            tc.width = Cm(sum(widths[c:c + span]))
            _borders(tc, case.rules, {"top": r == 0, "bottom": r >= nh - 1})
            c += span
    doc.add_paragraph("Budgeten bygger på de antaganden som beskrivs i avsnittet om ekonomiska förutsättningar.")
    doc.save(str(out))


def libreoffice_pdf(src: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as work:
        profile = Path(work) / "profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
             "--convert-to", "pdf:writer_pdf_Export", "--outdir", work, str(src)],
            check=True, capture_output=True, timeout=180,
        )
        shutil.move(str(Path(work) / (src.stem + ".pdf")), out)


def main(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            if names and case.name not in names:
                continue
            src = Path(tmp) / f"{case.name}.html"
            src.write_text(html_of(case), encoding="utf-8")
            chromium_pdf(src, HERE / f"{case.name}.chromium.pdf")
            docx = Path(tmp) / f"{case.name}.docx"
            docx_of(case, docx)
            libreoffice_pdf(docx, HERE / f"{case.name}.libreoffice.pdf")
            print(case.name, "done")


if __name__ == "__main__":
    main(sys.argv[1:])
