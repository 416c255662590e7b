"""Render a :class:`DocSpec` into a PDF that looks like a Word export.

reportlab platypus, A4. The look (fonts, sizes, alignment, page furniture,
bullets, table styles) comes from a :class:`~samples.generator.looks.Look`;
the default look: base-14 fonts (Helvetica or Times; no embedding),
justified body text with Swedish hyphenation, a title page, a running header
with "N(M)" page numbers and a footer on every other page, ruled and unruled
tables that break across pages with their header repeated.

While the story is drawn every block (and every item row inside a block)
records the PDF page it starts on into a :class:`PageMap`; the expected JSON
(:mod:`samples.generator.expected`) takes its ``page`` numbers from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak as RLPageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from samples.generator import spec as S
from samples.generator.charset import markup, printable
from samples.generator.flowables import Builder
from samples.generator.looks import DEFAULT_LOOK, Fonts, Look
from samples.generator.pagemap import PageMap
from samples.generator.styles import PAGE_H, PAGE_W, Styles, frame_width, register_fonts

# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Furniture:
    """Running header and footer text for the pages after the title page."""

    header: str
    footer_left: str
    footer_right: str
    font: Fonts
    look: Look = DEFAULT_LOOK


def furniture_for(spec: S.DocSpec, look: Look = DEFAULT_LOOK) -> Furniture:
    date = f"{spec.year - 1}-11-28" if spec.doc_type == "verksamhetsplan" else f"{spec.year + 1}-02-24"
    if look.footer_file_name:
        date = f"{date}   {spec.stem}.docx"
    cs = look.charset
    return Furniture(printable(spec.running_header, cs), printable(spec.organisation, cs), date,
                     look.fonts_for(spec.font), look)


class _NumberedCanvas(rl_canvas.Canvas):
    """Defers page output until the total page count is known, then draws the
    page number, header and footer on every page but a title page."""

    def __init__(self, *args, furniture: Furniture, **kwargs):
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._saved_pages: list[dict] = []

    def showPage(self):
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        first = 2 if self._furniture.look.title_page else 1
        for state in self._saved_pages:
            self.__dict__.update(state)
            if self._pageNumber >= first:
                self._draw_furniture(self._pageNumber, total)
            super().showPage()
        super().save()

    def _draw_furniture(self, number: int, total: int) -> None:
        f = self._furniture
        look = f.look
        left, right = look.margin_x, PAGE_W - look.margin_x
        page_text = look.page_number.format(n=number, m=total)
        self.saveState()
        if look.furniture == "header_rule":
            y = PAGE_H - 1.4 * cm
            self.setFont(f.font.regular, look.header_size)
            self.drawString(left, y, f.header)
            self.drawRightString(right, y, page_text)
            if look.header_rule:
                self.setLineWidth(0.5)
                self.line(left, y - 4, right, y - 4)
            self.setFont(f.font.regular, look.footer_size)
            self.drawString(left, 1.3 * cm, f.footer_left)
            self.drawRightString(right, 1.3 * cm, f.footer_right)
        else:  # everything at the foot: running header text, date, page number; no rules
            y = min(1.3 * cm, look.margin_bottom * 0.5)
            self.setFont(f.font.regular, look.footer_size)
            if look.page_number_align == "centre":
                self.drawCentredString(PAGE_W / 2, y, page_text)
                self.drawString(left, y - look.footer_size * 1.4, f.header)
                self.drawRightString(right, y - look.footer_size * 1.4, f.footer_right)
            else:
                draw = self.drawRightString if look.page_number_align == "right" else self.drawString
                draw(right if look.page_number_align == "right" else left, y, page_text)
                self.drawString(left, y, f.header)
                self.drawString(left, y - look.footer_size * 1.3, f.footer_right)
        self.restoreState()


class _Doc(BaseDocTemplate):
    def __init__(self, filename: str, spec: S.DocSpec, page_map: PageMap, look: Look = DEFAULT_LOOK):
        frame_w = frame_width(look)
        super().__init__(filename, pagesize=A4, leftMargin=look.margin_x, rightMargin=look.margin_x,
                         topMargin=look.margin_top, bottomMargin=look.margin_bottom, invariant=1,
                         title=printable(spec.title), author=printable(spec.organisation),
                         subject=f"{spec.doc_type} {spec.year}", creator="plandigit sample generator")
        frame = Frame(look.margin_x, look.margin_bottom, frame_w, PAGE_H - look.margin_top - look.margin_bottom,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="title", frames=[frame]), PageTemplate(id="body", frames=[frame])])
        self.page_map = page_map


def _title_page(spec: S.DocSpec, st: Styles) -> list[Flowable]:
    cs = st.look.charset
    out: list[Flowable] = [Spacer(1, 6 * cm), Paragraph(markup(spec.title, cs), st.title),
                           Paragraph(markup(spec.organisation, cs), st.title_org), Spacer(1, 1 * cm)]
    out += [Paragraph(markup(line, cs), st.title_line) for line in spec.title_page_lines]
    return out + [NextPageTemplate("body"), RLPageBreak()]


def _title_block(spec: S.DocSpec, st: Styles) -> list[Flowable]:
    """Without a title page: the organisation, the title and the title-page
    lines at the top of page 1, smaller, followed directly by the text."""
    size = st.look.heading_sizes[0] + 4
    title = ParagraphStyle("title_top", parent=st.title, fontSize=size, leading=size * 1.2, spaceAfter=6)
    org = ParagraphStyle("org_top", parent=st.title_line, fontSize=st.look.body_size + 1, spaceAfter=2)
    cs = st.look.charset
    out: list[Flowable] = [Paragraph(markup(spec.organisation, cs), org), Paragraph(markup(spec.title, cs), title)]
    out += [Paragraph(markup(line, cs), st.title_line) for line in spec.title_page_lines]
    return out + [Spacer(1, 12), NextPageTemplate("body")]


def render(spec: S.DocSpec, path: Path, look: Look = DEFAULT_LOOK) -> PageMap:
    """Write ``spec`` as a PDF to ``path`` in ``look``; return where every
    block landed. Same spec and look → byte-identical file."""
    fonts = look.fonts_for(spec.font)
    register_fonts(fonts)
    page_map = PageMap()
    builder = Builder(spec, page_map, look)
    front = _title_page(spec, builder.st) if look.title_page else _title_block(spec, builder.st)
    story = front + builder.flowables()
    doc = _Doc(str(path), spec, page_map, look)
    doc.build(story, canvasmaker=partial(_NumberedCanvas, furniture=furniture_for(spec, look)))
    page_map.total_pages = doc.page
    return page_map
