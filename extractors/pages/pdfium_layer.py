"""A page's text layer read by pdfium, for pages pdfminer cannot parse.

pdfminer (under pdfplumber, :mod:`extractors.pages.text_layer`) raises on damaged
resources that pdfium reads past: a ToUnicode CMap whose dictionary lost a
value ("Invalid dictionary construct"), a null where a number must be (a page
box: "float() argument must be a string or a real number, not 'NoneType'").
Such a page is read here from pdfium's text page instead: every character with
its box, font name and size, put into pdfplumber's coordinates (PDF points,
origin top-left, its handling of ``/Rotate`` and of the MediaBox origin) and
joined into words by the text layer's own rule
(:func:`extractors.pages.text_layer.words_from_chars`).  Rulings and small marks
(list bullets) come from pdfium's path objects, the image cover from its image
objects.

Differences from the pdfplumber route, all small: a character's box spans
the font's descent to one font size above it as in pdfminer, but pdfium's
descent of the standard fonts is its own (Helvetica -0.224 em, pdfminer's AFM
-0.207 em: ``top``/``bottom`` differ by ~0.2 pt at 12 pt); the size of text
that is rotated on the page is the font size times the matrix's scale (pdfminer
takes the glyph box's height); rulings are the axis-parallel straight segments
of stroked paths and the thin rectangles of filled ones (pdfplumber also keeps
only one-segment lines and rectangles, so a stroked polyline gives rulings here
and none there).
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass
from typing import Iterator, Optional

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.pages.text_layer import RULE_THICKNESS, small_mark, words_from_chars
from models.pagedata import Mark, PageText, Ruling

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# a straight segment at most this far (points) from the axis is axis-parallel
_AXIS_SLACK = 0.5
# pdfium reports a hyphen that ends a line (FPDFText_IsHyphen) as U+0002
_HYPHEN_MARK = 0x02


def mult(m1: Matrix, m0: Matrix) -> Matrix:
    """``m1`` then ``m0`` (pdfminer's ``mult_matrix``)."""
    a1, b1, c1, d1, e1, f1 = m1
    a0, b0, c0, d0, e0, f0 = m0
    return (a0 * a1 + c0 * b1, b0 * a1 + d0 * b1, a0 * c1 + c0 * d1, b0 * c1 + d0 * d1,
            a0 * e1 + c0 * f1 + e0, b0 * e1 + d0 * f1 + f0)


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


@dataclass(frozen=True)
class PageFrame:
    """PDF user space → pdfplumber's page coordinates: pdfminer's page matrix
    for the MediaBox and ``/Rotate``, then pdfplumber's flip to a top-left
    origin (with its shift by the normalised MediaBox's corner)."""

    matrix: Matrix
    width: float
    height: float
    x_shift: float
    top_shift: float

    @classmethod
    def of(cls, box: tuple[float, float, float, float], rotation: int) -> "PageFrame":
        x0, y0, x1, y1 = box
        rotation %= 360
        if rotation == 90:
            m = (0.0, -1.0, 1.0, 0.0, -y0, x1)
        elif rotation == 180:
            m = (-1.0, 0.0, 0.0, -1.0, x1, y1)
        elif rotation == 270:
            m = (0.0, 1.0, -1.0, 0.0, y1, -x0)
        else:
            m = (1.0, 0.0, 0.0, 1.0, -x0, -y0)
        (nx0, nx1), (ny0, ny1) = sorted((x0, x1)), sorted((y0, y1))
        if rotation in (90, 270):
            nx0, ny0, nx1, ny1 = ny0, nx0, ny1, nx1
        return cls(matrix=m, width=nx1 - nx0, height=ny1 - ny0, x_shift=nx0, top_shift=-ny0)

    def point(self, x: float, y: float) -> tuple[float, float]:
        """(x, top) of user-space point (x, y)."""
        dx, dy = apply(self.matrix, x, y)
        return dx + self.x_shift, self.height - dy + self.top_shift

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom) of a user-space rectangle."""
        corners = [self.point(x, y) for x in (left, right) for y in (bottom, top)]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        return min(xs), min(ys), max(xs), max(ys)


def _key(handle) -> Optional[int]:
    return ctypes.cast(handle, ctypes.c_void_p).value


class _Fonts:
    """Name and descent (per unit of font size) of a text object's font, cached per font."""

    def __init__(self) -> None:
        self.cache: dict[Optional[int], tuple[str, float]] = {}
        self.buffer = ctypes.create_string_buffer(512)

    def of(self, textpage_raw, index: int) -> tuple[str, float]:
        obj = pdfium_c.FPDFText_GetTextObject(textpage_raw, index)
        font = pdfium_c.FPDFTextObj_GetFont(obj) if obj else None
        key = _key(font) if font else None
        if key not in self.cache:
            self.cache[key] = self._read(textpage_raw, index, font)
        return self.cache[key]

    def _read(self, textpage_raw, index: int, font) -> tuple[str, float]:
        name = ""
        if font:
            n = pdfium_c.FPDFFont_GetBaseFontName(font, self.buffer, len(self.buffer))
            name = self.buffer.value.decode("utf-8", "replace") if 0 < n <= len(self.buffer) else ""
        if not name:
            flags = ctypes.c_int()
            n = pdfium_c.FPDFText_GetFontInfo(textpage_raw, index, self.buffer, len(self.buffer), flags)
            name = self.buffer.value.decode("utf-8", "replace") if 0 < n <= len(self.buffer) else ""
        descent = ctypes.c_float(0.0)
        if not (font and pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(1.0), descent)):
            descent.value = 0.0
        return name, float(descent.value)


def _char_text(raw, index: int, count: int) -> tuple[str, int]:
    """The character at ``index`` (a surrogate pair joined) and how many indices it took."""
    code = pdfium_c.FPDFText_GetUnicode(raw, index)
    if 0xD800 <= code < 0xDC00 and index + 1 < count:
        low = pdfium_c.FPDFText_GetUnicode(raw, index + 1)
        if 0xDC00 <= low < 0xE000:
            return chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)), 2
    if code == _HYPHEN_MARK:
        return "-", 1
    if code < 0x20 or 0xD800 <= code < 0xE000:
        return "", 1
    return chr(code), 1


def page_chars(textpage: "pdfium.PdfTextPage", frame: PageFrame) -> list[dict]:
    """The characters pdfium found on the page (its generated spaces and line
    breaks left out), as pdfplumber's char dicts, in drawing order."""
    raw = textpage.raw
    fonts = _Fonts()
    out: list[dict] = []
    count = textpage.count_chars()
    index = 0
    while index < count:
        text, used = _char_text(raw, index, count)
        i, index = index, index + used
        if not text or pdfium_c.FPDFText_IsGenerated(raw, i) == 1:
            continue
        m = pdfium_c.FS_MATRIX()
        cm: Matrix = (m.a, m.b, m.c, m.d, m.e, m.f) if pdfium_c.FPDFText_GetMatrix(raw, i, m) else IDENTITY
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        fontname, descent = fonts.of(raw, i)
        em = pdfium_c.FPDFText_GetFontSize(raw, i)
        flat_in_user_space = cm[0] * cm[3] > 0 and cm[1] == 0 and cm[2] == 0
        if flat_in_user_space:
            size = em * abs(cm[3])
            ox, oy = ctypes.c_double(), ctypes.c_double()
            if pdfium_c.FPDFText_GetCharOrigin(raw, i, ox, oy):
                bottom = oy.value + descent * size  # pdfminer's box: the descent to one em above it
                top = bottom + size
        else:
            size = em * math.sqrt(abs(cm[0] * cm[3] - cm[1] * cm[2]))
        a, b, c, d, _, _ = mult(cm, frame.matrix)
        x0, t, x1, btm = frame.box(left, bottom, right, top)
        out.append(dict(text=text, x0=x0, x1=x1, top=t, bottom=btm, doctop=t, upright=a * d > 0 and b * c <= 0,
                        fontname=fontname, size=size))
    return out


def _objects(page: "pdfium.PdfPage", container=None, matrix: Matrix = IDENTITY,
             depth: int = 0) -> Iterator[tuple["pdfium.PdfObject", Matrix]]:
    """Every path and image object with the matrix from its container's space
    (a form's) to the page's."""
    for obj in page.get_objects(max_depth=1, form=container, level=depth):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 8:
            fm = obj.get_matrix()
            yield from _objects(page, obj, mult((fm.a, fm.b, fm.c, fm.d, fm.e, fm.f), matrix), depth + 1)
        elif obj.type in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE):
            yield obj, matrix


Point = tuple[float, float]


def _subpaths(obj: "pdfium.PdfObject", to_page: Matrix) -> list[list[tuple[Point, bool]]]:
    """The path's points in page user space, one list per subpath, each with
    whether a straight segment leads to it (False for a subpath's start and
    the points of a curve); a closed subpath ends with a straight segment back
    to its start."""
    om = obj.get_matrix()
    m = mult((om.a, om.b, om.c, om.d, om.e, om.f), to_page)
    out: list[list[tuple[Point, bool]]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(pdfium_c.FPDFPath_CountSegments(obj.raw)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)
        if not seg or not pdfium_c.FPDFPathSegment_GetPoint(seg, x, y):
            continue
        point = apply(m, x.value, y.value)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not out:
            out.append([(point, False)])
        else:
            out[-1].append((point, kind == pdfium_c.FPDF_SEGMENT_LINETO))
        if pdfium_c.FPDFPathSegment_GetClose(seg) and out[-1][0][0] != point:
            out[-1].append((out[-1][0][0], True))
    return out


def _axis_box(subpath: list[tuple[Point, bool]]) -> Optional[tuple[float, float, float, float]]:
    """(left, bottom, right, top) when the subpath is four straight
    axis-parallel sides (a rectangle, closed or not)."""
    points = [p for p, _ in subpath]
    if len(points) not in (4, 5) or (len(points) == 5 and points[0] != points[-1]):
        return None
    if not all(straight for _, straight in subpath[1:]):
        return None
    ring = points[:4] + [points[0]]
    for (ax, ay), (bx, by) in zip(ring, ring[1:]):
        if abs(ax - bx) > _AXIS_SLACK and abs(ay - by) > _AXIS_SLACK:
            return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _ruling(frame: PageFrame, left: float, bottom: float, right: float, top: float) -> Ruling:
    return Ruling(*(round(v, 3) for v in frame.box(left, bottom, right, top)))


def _path_rulings(subpaths: list[list[tuple[Point, bool]]], stroked: bool, frame: PageFrame) -> list[Ruling]:
    """A thin rectangle, filled or stroked, is one ruling; a stroked path's
    straight axis-parallel segments are rulings each."""
    out: list[Ruling] = []
    for subpath in subpaths:
        rect = _axis_box(subpath)
        if rect is not None and min(rect[2] - rect[0], rect[3] - rect[1]) <= RULE_THICKNESS:
            out.append(_ruling(frame, *rect))
            continue
        if not stroked:
            continue
        for ((ax, ay), _), ((bx, by), straight) in zip(subpath, subpath[1:]):
            if straight and (ax, ay) != (bx, by) and (abs(ax - bx) <= _AXIS_SLACK or abs(ay - by) <= _AXIS_SLACK):
                out.append(_ruling(frame, min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
    return out


def _drawing(page: "pdfium.PdfPage", frame: PageFrame) -> tuple[list[Ruling], list[Mark], float]:
    """Rulings, small marks and the share of the page covered by images."""
    rulings: list[Ruling] = []
    marks: list[Mark] = []
    covered = 0.0
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    for obj, to_page in _objects(page):
        try:
            left, bottom, right, top = obj.get_bounds()
        except pdfium.PdfiumError:
            continue
        corners = [apply(to_page, x, y) for x in (left, right) for y in (bottom, top)]
        box = frame.box(min(c[0] for c in corners), min(c[1] for c in corners),
                        max(c[0] for c in corners), max(c[1] for c in corners))
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            x0, t, x1, b = max(box[0], 0.0), max(box[1], 0.0), min(box[2], frame.width), min(box[3], frame.height)
            covered += max(x1 - x0, 0.0) * max(b - t, 0.0)
            mark = small_mark(*box, True)
        else:
            if not pdfium_c.FPDFPath_GetDrawMode(obj.raw, fill, stroke):
                continue
            filled, stroked = fill.value != pdfium_c.FPDF_FILLMODE_NONE, bool(stroke.value)
            if not (filled or stroked):
                continue
            rulings += _path_rulings(_subpaths(obj, to_page), stroked, frame)
            mark = small_mark(*box, filled)
        if mark is not None:
            marks.append(mark)
    area = frame.width * frame.height
    return rulings, sorted(marks, key=lambda m: (m.top, m.x0)), (min(covered / area, 1.0) if area > 0 else 0.0)


@dataclass(frozen=True)
class PdfiumLayer:
    page: PageText
    image_cover: float


def read_page(pdf: "pdfium.PdfDocument", number: int) -> PdfiumLayer:
    """Page ``number`` (1-based) of ``pdf`` as :class:`PageText` (``source``
    "pdf": it is the PDF's own text layer) and its image cover."""
    page = pdf[number - 1]
    try:
        # pdfium's boxes are float32: rounded to where pdfplumber's (PDF numbers) agree
        frame = PageFrame.of(tuple(round(v, 4) for v in page.get_bbox()), page.get_rotation())
        textpage = page.get_textpage()
        try:
            words = words_from_chars(page_chars(textpage, frame))
        finally:
            textpage.close()
        rulings, marks, cover = _drawing(page, frame)
    finally:
        page.close()
    text = PageText(number=number, width=frame.width, height=frame.height, words=words, rulings=rulings,
                    source="pdf", marks=marks)
    return PdfiumLayer(text, cover)
