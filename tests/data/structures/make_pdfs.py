"""Make the tiny PDFs of ``tests/data/structures/`` (issue 9, classes 4 and 7).

Each file shows one structure, printed by a real producer:

* ``bullets-chromium.pdf`` — an HTML list with CSS bullets (disc, square,
  circle), printed by headless Chromium: the bullets are small vector shapes,
  the text layer has no bullet character.
* ``bullets-libreoffice.pdf`` — a .docx with Word's own "List Bullet"
  numbering, converted by LibreOffice: the bullet is a symbol-font glyph.
* ``toc-chromium.pdf`` — a table of contents whose leaders are a dotted CSS
  border (no text dots: only a right-aligned page number), then the body.
* ``toc-libreoffice.pdf`` — a .docx table of contents with right tab stops and
  dot leaders, then the body with Word heading styles.

In both TOCs the top-level entries are bold (as Word's "TOC 1" style), so an
entry looks like a numbered bold heading.

* ``bullets-reportlab.pdf`` / ``toc-reportlab.pdf`` — the same content drawn
  with reportlab through tests/tinypdf.py: bullets as filled discs and squares
  (paths), a TOC with text dot leaders and bold top-level entries.

* ``plainlists-chromium.pdf`` / ``plainlists-libreoffice.pdf`` /
  ``plainlists-reportlab.pdf`` — lists printed without any mark (no glyph,
  shape or number): strategies one per line, assignments with a hanging
  indent, activities one paragraph each, each list followed by prose; then two
  "Strategier för …" headings followed by prose only (no items there).

The tests also draw their own small variants (tests/test_structures.py,
tests/test_toc.py).  The committed PDFs let CI run without Chromium or
LibreOffice; re-make them with

    python3 tests/data/structures/make_pdfs.py [NAME-PREFIX …]   # needs chromium, soffice, python-docx
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository, for tests.tinypdf

STRATEGIES_DIGITAL = [
    "Att skapa en hög grad av förankring i verksamheterna och att bidra i arbetet med den digitala "
    "mognaden i hela regionen, så att nya arbetssätt kommer till nytta för invånarna.",
    "Att arbeta med utbildning och en lärande organisation.",
    "Att utveckla e-tjänster tillsammans med verksamheterna.",
]
STRATEGIES_SUSTAINABLE = [
    "Att minska klimatpåverkan från transporter och måltider.",
    "Att ställa hållbarhetskrav i alla upphandlingar där det är möjligt och rimligt, och att följa upp "
    "att kraven efterlevs under hela avtalstiden.",
]
CLOSING = "Efter listan följer en vanlig mening som avslutar stycket."

# (number, title, printed page) of the TOC; the body has the same headings
TOC = [
    ("1", "Inledning", 2),
    ("2", "Vision och värdegrund", 2),
    ("3", "Mål, strategier och uppdrag", 3),
    ("3.1", "Perspektiv: Process", 3),
    ("3.2", "Perspektiv: Resurs", 4),
]
BODY = {
    "1": "Servicenämnden ansvarar för Regionservice, som levererar tjänster till hela regionen.",
    "2": "Visionen är en region där invånarna får en god och jämlik service.",
    "3": "Målen beskriver vad nämnden vill uppnå under året.",
    "3.1": "Mål: Regionservice är en möjliggörande och värdeskapande partner.",
    "3.2": "Mål: Regionservice har en ekonomi i balans.",
}
PAGE_OF = {"1": 2, "2": 2, "3": 3, "3.1": 3, "3.2": 4}

_CSS = """
@page { size: A4; margin: 2cm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; line-height: 1.3; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; }
ul { margin: 4pt 0 8pt 0; }
.toc div { display: flex; align-items: baseline; margin: 2pt 0; }
.toc .fill { flex: 1; border-bottom: 1.5px dotted #000; margin: 0 4pt; }
.toc .sub { padding-left: 16pt; }
.toc .top { font-weight: bold; }
.page { break-before: page; }
"""


# lists printed without marks (plainlists-*.pdf): what is printed, and the items it holds
PLAIN_STRATEGIES = [
    "Att skapa en hög grad av förankring i verksamheterna och att bidra i arbetet med den digitala "
    "mognaden i hela regionen.",
    "Att arbeta med utbildning och en lärande organisation.",
    "Att utveckla e-tjänster tillsammans med verksamheterna.",
]
PLAIN_ASSIGNMENTS = [
    "Utreda förutsättningarna för en gemensam kundtjänst för hela regionen, med en plan för hur "
    "verksamheterna successivt ansluts och hur tjänsten följs upp under året.",
    "Ta fram en plan för energieffektivisering i regionens fastigheter.",
    "Regionservice får i uppdrag att se över serviceutbudet.",
]
PLAIN_ACTIVITIES = [
    "Testa och utvärdera konceptet servicerond hos kund.",
    "Kartlägga nuvarande förmåga och uthållighet vid störning.",
]
PLAIN_PROSE = [
    "Region Örebro läns verksamheter ska fortsätta att utveckla och öka användningen av digitala lösningar. "
    "Pandemin har inneburit en snabb ökning av den digitala mognaden hos såväl organisationer som invånare. "
    "Digitala möten har för många på kort tid blivit det normala.",
    "Förvaltningen samarbetar med andra regioner och kommuner kring lednings- och sakfrågor inom "
    "Regionservice områden och funktioner. Samverkan sker också med andra organisationer. Det sker också "
    "ett kunskapsutbyte genom deltagande i nationella och internationella konferenser.",
    "Utbyte med andra regioner, kommuner, organisationer och lärosäten tillför kunskap. Det bidrar till att "
    "skapa goda utvecklingsmöjligheter för verksamheten. Invånarnas och samhällets behov ska tillgodoses "
    "på bästa sätt.",
]
PLAIN_SHORT_INTRO = "Strategierna beskrivs närmare i nämndens handlingsplan."
# (heading, items, layout) in print order; layout: "lines" one per line, "hanging", "paragraphs", "prose"
PLAIN_LISTS = [
    ("Strategier för digitalisering", PLAIN_STRATEGIES, "lines"),
    ("Uppdrag", PLAIN_ASSIGNMENTS, "hanging"),
    ("Aktiviteter", PLAIN_ACTIVITIES, "paragraphs"),
    ("Strategier för hållbar utveckling", [], "prose"),
    ("Strategier för kvalitet och utveckling", [], "intro"),
]


def _plain_blocks() -> list[tuple[str, str, str]]:
    """(kind, text, layout) in print order: "lead" headings, "item"s, "prose"."""
    out = []
    for k, (heading, items, layout) in enumerate(PLAIN_LISTS):
        out.append(("lead", heading, layout))
        out += [("item", t, layout) for t in items]
        if layout == "intro":
            out.append(("prose", PLAIN_SHORT_INTRO, layout))
        out.append(("prose", PLAIN_PROSE[k % len(PLAIN_PROSE)], layout))
        if layout == "prose":
            out.append(("prose", PLAIN_PROSE[(k + 1) % len(PLAIN_PROSE)], layout))
    return out


def plainlists_html() -> str:
    css = _CSS + """
    p { margin: 0 0 8pt 0; }
    p.lead { margin: 10pt 0 4pt 0; }
    p.lead.hanging { font-weight: bold; }
    p.item.lines { margin: 0; }
    p.item.lines.last, p.item.hanging.last { margin-bottom: 10pt; }
    p.item.hanging { margin: 0 0 3pt 0; padding-left: 18pt; text-indent: -18pt; }
    p.item.paragraphs { margin: 0 0 4pt 0; }
    p.item.paragraphs.last { margin-bottom: 12pt; }
    """
    body = ""
    blocks = _plain_blocks()
    for k, (kind, text, layout) in enumerate(blocks):
        last = " last" if kind == "item" and (k + 1 == len(blocks) or blocks[k + 1][0] != "item") else ""
        body += f"<p class='{kind} {layout}{last}'>{text}</p>"
    return (f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"
            f"<h2>3.1 Perspektiv: Process</h2>{body}</body></html>")


def _docx_plainlists(path: Path) -> None:
    import docx
    from docx.shared import Cm, Pt

    d = docx.Document()
    d.add_heading("3.1 Perspektiv: Process", level=2)
    blocks = _plain_blocks()
    for k, (kind, text, layout) in enumerate(blocks):
        para = d.add_paragraph()
        run = para.add_run(text)
        fmt = para.paragraph_format
        last = kind == "item" and (k + 1 == len(blocks) or blocks[k + 1][0] != "item")
        fmt.space_before = Pt(0)
        if kind == "lead":
            run.bold = layout == "hanging"
            fmt.space_before, fmt.space_after = Pt(10), Pt(4)
        elif kind == "item" and layout == "lines":
            fmt.space_after = Pt(10 if last else 0)
        elif kind == "item" and layout == "hanging":
            fmt.left_indent, fmt.first_line_indent = Cm(0.7), Cm(-0.7)
            fmt.space_after = Pt(10 if last else 3)
        elif kind == "item":
            fmt.space_after = Pt(12 if last else 4)
        else:
            fmt.space_after = Pt(8)
    d.save(str(path))


def reportlab_plainlists(out: Path) -> None:
    from tests.tinypdf import Text, build_pdf

    size, lead = 11.0, 13.75
    ops = [Text(72, 70, "3.1 Perspektiv: Process", size=13, bold=True)]
    top = 100.0
    blocks = _plain_blocks()
    for k, (kind, text, layout) in enumerate(blocks):
        last = kind == "item" and (k + 1 == len(blocks) or blocks[k + 1][0] != "item")
        hang = kind == "item" and layout == "hanging"
        for n, ln in enumerate(_wrap(text, 82 if hang else 86)):
            ops.append(Text(72 + (18 if hang and n else 0), top, ln, size=size,
                            bold=kind == "lead" and layout == "hanging"))
            top += lead
        if kind == "lead":
            top += 4
        elif kind == "item":
            top += 10 if last else {"lines": 0, "hanging": 3, "paragraphs": 4}[layout]
        else:
            top += 10
        if top > 760:
            ops.append(None)  # a page break
            top = 70.0
    pages, cur = [], []
    for op in ops:
        if op is None:
            pages.append(cur)
            cur = []
        else:
            cur.append(op)
    build_pdf(out, pages + [cur])


def bullets_html() -> str:
    items = "".join(f"<li>{t}</li>" for t in STRATEGIES_DIGITAL)
    squares = "".join(f"<li>{t}</li>" for t in STRATEGIES_SUSTAINABLE)
    return (
        f"<html><head><meta charset='utf-8'><style>{_CSS}</style></head><body>"
        "<h2>3.1 Perspektiv: Process</h2>"
        "<p>Perspektivet process beskriver hur verksamheten arbetar.</p>"
        f"<p>Strategier för digitalisering</p><ul>{items}</ul>"
        f"<p>{CLOSING}</p>"
        f"<p>Strategier för hållbar utveckling</p><ul style='list-style: square'>{squares}</ul>"
        "<p>Strategier för kvalitet och utveckling</p>"
        "<ul style='list-style: circle'><li>Att mäta kvaliteten i leveranserna.</li></ul>"
        "</body></html>"
    )


def toc_html() -> str:
    rows = "".join(
        f"<div class='{'sub' if '.' in n else 'top'}'><span>{n} {t}</span><span class='fill'></span>"
        f"<span>{p}</span></div>"
        for n, t, p in TOC
    )
    body, page = "", 1
    for n, t, _ in TOC:
        brk = " class='page'" if PAGE_OF[n] != page else ""
        page = PAGE_OF[n]
        tag = "h2" if "." in n else "h1"
        body += f"<{tag}{brk}>{n} {t}</{tag}><p>{BODY[n]}</p>"
    return (
        f"<html><head><meta charset='utf-8'><style>{_CSS}</style></head><body>"
        f"<h1>Innehållsförteckning</h1><div class='toc'>{rows}</div>{body}</body></html>"
    )


def chromium_pdf(html: str, out: Path) -> None:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(
            [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer", f"--print-to-pdf={out}", str(src)],
            check=True, capture_output=True, timeout=120,
        )


def _docx_bullets(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("3.1 Perspektiv: Process", level=2)
    d.add_paragraph("Perspektivet process beskriver hur verksamheten arbetar.")
    d.add_paragraph("Strategier för digitalisering")
    for t in STRATEGIES_DIGITAL:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(CLOSING)
    d.add_paragraph("Strategier för hållbar utveckling")
    for t in STRATEGIES_SUSTAINABLE:
        d.add_paragraph(t, style="List Bullet")
    d.save(str(path))


def _docx_toc(path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    d = docx.Document()
    title = d.add_paragraph()
    run = title.add_run("Innehållsförteckning")
    run.bold, run.font.size = True, Pt(16)
    for n, t, p in TOC:
        para = d.add_paragraph()
        para.add_run(f"{n}\t{t}\t{p}").bold = "." not in n  # Word's "TOC 1" style is bold
        fmt = para.paragraph_format
        fmt.left_indent = Cm(1.0 if "." in n else 0.0)
        fmt.tab_stops.add_tab_stop(Cm(1.0 + (1.0 if "." in n else 0.0)))
        fmt.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    page = 1
    for n, t, _ in TOC:
        if PAGE_OF[n] != page:
            d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
            page = PAGE_OF[n]
        d.add_heading(f"{n} {t}", level=2 if "." in n else 1)
        d.add_paragraph(BODY[n])
    d.save(str(path))


def libreoffice_pdf(make_docx, out: Path) -> None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (out.stem + ".docx")
        make_docx(src)
        subprocess.run(
            [exe, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
             "--outdir", tmp, str(src)],
            check=True, capture_output=True, timeout=180,
        )
        shutil.move(str(Path(tmp) / (out.stem + ".pdf")), out)


def _wrap(text: str, width: int) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    return lines + [cur]


def reportlab_bullets(out: Path) -> None:
    from tests.tinypdf import Shape, Text, build_pdf

    ops = [Text(72, 70, "3.1 Perspektiv: Process", size=13, bold=True),
           Text(72, 95, "Perspektivet process beskriver hur verksamheten arbetar.", size=11)]
    top = 120.0
    for heading, items, shape in (("Strategier för digitalisering", STRATEGIES_DIGITAL, "disc"),
                                  ("Strategier för hållbar utveckling", STRATEGIES_SUSTAINABLE, "square")):
        ops.append(Text(72, top, heading, size=11))
        top += 20
        for item in items:
            ops.append(Shape(78, top + 3.7, 4.0, shape))
            for ln in _wrap(item, 82):
                ops.append(Text(90, top, ln, size=11))
                top += 13.75
            top += 3
        if heading.endswith("digitalisering"):
            ops.append(Text(72, top + 6, CLOSING, size=11))
            top += 30
        top += 10
    build_pdf(out, [ops])


def reportlab_toc(out: Path) -> None:
    from tests.tinypdf import Text, build_pdf

    toc = [Text(72, 70, "Innehållsförteckning", size=16, bold=True)]
    for k, (n, t, p) in enumerate(TOC):
        x, top, bold = (90 if "." in n else 72), 100 + 18 * k, "." not in n
        text = f"{n} {t} "
        toc += [Text(x, top, text + "." * int((505 - x - len(text) * 5.8) / 3.06), size=11, bold=bold),
                Text(523, top, str(p), size=11, bold=bold, align="right")]
    pages: dict[int, list] = {}
    for n, t, _ in TOC:
        ops = pages.setdefault(PAGE_OF[n], [])
        top = 70 + 30 * len(ops)
        ops += [Text(72, top, f"{n} {t}", size=13 if "." in n else 16, bold=True),
                Text(72, top + 25, BODY[n], size=11)]
    build_pdf(out, [toc] + [pages[k] for k in sorted(pages)])


MAKERS = {
    "bullets-reportlab.pdf": reportlab_bullets,
    "toc-reportlab.pdf": reportlab_toc,
    "plainlists-reportlab.pdf": reportlab_plainlists,
    "bullets-chromium.pdf": lambda out: chromium_pdf(bullets_html(), out),
    "toc-chromium.pdf": lambda out: chromium_pdf(toc_html(), out),
    "plainlists-chromium.pdf": lambda out: chromium_pdf(plainlists_html(), out),
    "bullets-libreoffice.pdf": lambda out: libreoffice_pdf(_docx_bullets, out),
    "toc-libreoffice.pdf": lambda out: libreoffice_pdf(_docx_toc, out),
    "plainlists-libreoffice.pdf": lambda out: libreoffice_pdf(_docx_plainlists, out),
}


def main(names: list[str]) -> int:
    """Make the PDFs named (prefixes such as "plainlists" allowed), or all."""
    for name, make in MAKERS.items():
        if not names or any(name.startswith(n) for n in names):
            make(HERE / name)
    for p in sorted(HERE.glob("*.pdf")):
        print(f"{p.name}: {p.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
