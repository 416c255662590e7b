"""Pages fed the wrong way (issue 23): detected, turned, read, and their
boxes given on the page as the PDF displays it; born-digital pages with
/Rotate in the same convention."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import numpy as np
import pdfplumber
import pikepdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from extractors.ocr.orientation import lines_vertical, parse_osd, turn_image, turned_size, unturn_box
from models.options import ConvertOptions
from orientation_pages import HEADING, TABLE, render, turned_scan, upright_pdf
from pipeline.convert import convert_pdf

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")


def displayed_box(box, turn, width, height):
    """Where a box of the upright page (``width`` × ``height``) lies on the
    page turned counter-clockwise by ``turn`` (PIL's ``rotate(turn,
    expand=True)``): the corners mapped one by one."""
    x0, t, x1, b = box
    corners = [(x0, t), (x1, t), (x0, b), (x1, b)]
    if turn == 90:
        pts = [(y, width - x) for x, y in corners]
    elif turn == 180:
        pts = [(width - x, height - y) for x, y in corners]
    elif turn == 270:
        pts = [(height - y, x) for x, y in corners]
    else:
        pts = corners
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


@settings(max_examples=60, deadline=None)
@given(w=st.integers(8, 40), h=st.integers(8, 40), turn=st.sampled_from([0, 90, 180, 270]), data=st.data())
def test_unturn_box_maps_the_pixels_of_a_turned_image_back(w, h, turn, data):
    x0 = data.draw(st.integers(0, w - 1))
    x1 = data.draw(st.integers(x0 + 1, w))
    t = data.draw(st.integers(0, h - 1))
    b = data.draw(st.integers(t + 1, h))
    arr = np.full((h, w), 255, np.uint8)
    arr[t:b, x0:x1] = 0
    turned = np.asarray(turn_image(Image.fromarray(arr), turn))
    assert turned.shape[::-1] == turned_size(w, h, turn)
    ys, xs = np.nonzero(turned == 0)
    box = (xs.min(), ys.min(), xs.max() + 1, ys.max() + 1)
    assert unturn_box(box, turn, w, h) == (x0, t, x1, b)


def test_parse_osd():
    out = "Page number: 0\nOrientation in degrees: 270\nRotate: 90\nOrientation confidence: 12.98\nScript: Latin\n"
    assert parse_osd(out) == (90, 12.98)
    assert parse_osd("Too few characters. Skipping this page") is None


def test_lines_vertical_only_on_a_page_turned_sideways():
    img = render(upright_pdf(), 150)
    for turn in (0, 90, 180, 270):
        assert lines_vertical(np.asarray(img.rotate(turn, expand=True, fillcolor=255))) == (turn % 180 == 90)
    assert not lines_vertical(np.full((400, 300), 255, np.uint8))


@pytest.fixture(scope="module")
def upright_words():
    with pdfplumber.open(io.BytesIO(upright_pdf())) as pdf:
        page = pdf.pages[0]
        return {w["text"]: w for w in page.extract_words()}, (float(page.width), float(page.height))


@needs_tesseract
@pytest.mark.parametrize("turn", [90, 180, 270])
def test_turned_scan_is_read_upright_with_boxes_on_the_displayed_page(tmp_path, turn, upright_words):
    pdf = turned_scan(tmp_path / f"turned{turn}.pdf", turn)
    doc = convert_pdf(pdf, ConvertOptions(jobs=1))
    (info,) = doc.page_info
    words, (uw, uh) = upright_words
    assert info.ocr_rotation == turn
    assert (info.width, info.height) == pytest.approx(turned_size(uw, uh, turn), abs=1)
    assert info.ocr_confidence > 85
    assert "page_turned" in [w.code for w in doc.warnings]
    assert "low_ocr_confidence" not in [w.code for w in doc.warnings]
    # the heading and the table read as on the upright page
    assert [s.title for s in doc.sections] == [HEADING]
    (table,) = doc.tables
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [(label, [v]) for label, v in TABLE]
    # boxes: where the upright page's words lie once the page is turned as displayed
    first = words[HEADING.split()[0]]
    expected = displayed_box((first["x0"], first["top"], first["x1"], first["bottom"]), turn, uw, uh)
    heading = doc.sections[0].bbox
    got = (heading.x0, heading.top, heading.x1, heading.bottom)
    # the section's box holds the heading's first word (and is the line's own box)
    assert got[0] <= expected[0] + 2 and got[1] <= expected[1] + 2
    assert got[2] >= expected[2] - 2 and got[3] >= expected[3] - 2
    assert (got[2] - got[0] > got[3] - got[1]) == (turn == 180)
    value = words[TABLE[0][1].split()[0]]
    cell = table.rows[0].cells[0].bbox
    want = displayed_box((value["x0"], value["top"], value["x1"], value["bottom"]), turn, uw, uh)
    # the cell's box covers the printed value's first group on the displayed page
    assert cell.x0 <= want[0] + 2 and cell.top <= want[1] + 2 and cell.x1 >= want[2] - 2 and cell.bottom >= want[3] - 2
    assert cell.x1 - cell.x0 < 80 and cell.bottom - cell.top < 80


@needs_tesseract
def test_upright_scan_is_not_turned(tmp_path):
    doc = convert_pdf(turned_scan(tmp_path / "upright.pdf", 0), ConvertOptions(jobs=1))
    assert doc.page_info[0].ocr_rotation == 0
    assert "page_turned" not in [w.code for w in doc.warnings]


def _landscape_table(c) -> None:
    W = A4[0]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, W - 72, "Driftbudget per område, mnkr")
    c.setFont("Helvetica", 10)
    c.drawString(72, W - 100, "Område")
    c.drawRightString(560, W - 100, "Budget 2024")
    c.drawRightString(700, W - 100, "Utfall 2023")
    y = W - 118
    for label, a, b in [("Fastigheter", "1 204,5", "1 180,2"), ("Måltider", "-86,2", "-80,9"), ("Summa", "1 118,3", "1 099,3")]:
        c.drawString(72, y, label)
        c.drawRightString(560, y, a)
        c.drawRightString(700, y, b)
        y -= 16


def test_born_digital_page_with_rotate_90_reads_as_its_landscape_twin(tmp_path):
    """A landscape table stored as a portrait page turned by /Rotate 90: the
    words and boxes are those of the same table on a landscape page."""
    twin = tmp_path / "landscape.pdf"
    c = canvas.Canvas(str(twin), pagesize=landscape(A4))
    _landscape_table(c)
    c.showPage()
    c.save()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.translate(A4[0], 0)
    c.rotate(90)  # drawn turned counter-clockwise, displayed upright by /Rotate 90
    _landscape_table(c)
    c.showPage()
    c.save()
    rotated = tmp_path / "rotate90.pdf"
    with pikepdf.open(io.BytesIO(buf.getvalue())) as pdf:
        pdf.pages[0].Rotate = 90
        pdf.save(rotated)
    a, b = convert_pdf(twin, ConvertOptions(jobs=1)), convert_pdf(rotated, ConvertOptions(jobs=1))
    assert b.page_info[0].width == pytest.approx(landscape(A4)[0], abs=0.5)
    assert b.page_info[0].ocr_rotation is None and b.page_info[0].text_source == "pdf"
    assert len(a.tables) == len(b.tables) == 1
    rows = lambda d: [(r.label, [(c.raw, c.bbox) for c in r.cells], r.bbox) for r in d.tables[0].rows]  # noqa: E731
    assert rows(a) == rows(b) and rows(a)
    assert [c.raw for c in b.tables[0].rows[0].cells] == ["1 204,5", "1 180,2"]
    # and the boxes are of the landscape page: the value columns lie past the portrait width
    assert b.tables[0].rows[0].cells[1].bbox.x1 == pytest.approx(700, abs=1)
