"""Scans as archives hold them (issue 23): bilevel CCITT pages read at their
own resolution and kept bilevel; pages drawn as vector outlines; the
x-height estimate on a table of contents."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
import pytest
from PIL import Image

from extractors.ocr import recognise, tesseract
from extractors.ocr.page_image import page_image
from extractors.ocr.preprocess import rotate_bilevel
from orientation_pages import HEADING, TABLE, render, upright_pdf
from samples.generator.scan import g4_bytes, write_g4_pdf

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")


def g4_scan(dst: Path, dpi: int = 200, angle: float = 0.8) -> Path:
    """The orientation test page scanned bilevel at ``dpi``, skewed by
    ``angle`` degrees, stored CCITT G4."""
    img = render(upright_pdf(), dpi).rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    w, h = img.width * 72 / dpi, img.height * 72 / dpi
    write_g4_pdf([(g4_bytes(img), w, h)], dst)
    return dst


def test_g4_pdf_keeps_its_ccitt_stream(tmp_path):
    import pikepdf

    path = g4_scan(tmp_path / "g4.pdf")
    with pikepdf.open(path) as pdf:
        (image,) = pdf.pages[0].Resources.XObject.values()
        assert image.Filter == "/CCITTFaxDecode" and image.BitsPerComponent == 1
    source = page_image(path, 1)
    assert source.native and source.bilevel and source.dpi == pytest.approx(200, abs=0.5)
    assert set(np.unique(np.asarray(source.image)).tolist()) == {0, 255}


@pytest.mark.parametrize("angle", [-1.3, 0.4, 2.0])
def test_rotate_bilevel_keeps_a_page_bilevel(angle):
    img = render(upright_pdf(), 100).point(lambda v: 255 if v > 128 else 0)
    out = np.asarray(rotate_bilevel(img, angle))
    assert out.shape == np.asarray(img).shape
    assert set(np.unique(out).tolist()) <= {0, 255}
    # about the same ink: turned, not thickened or thinned
    before, after = (np.asarray(img) == 0).sum(), (out == 0).sum()
    assert abs(after - before) < 0.08 * before


@needs_tesseract
def test_ccitt_page_is_read_at_its_own_resolution_as_a_1_bit_image(tmp_path, monkeypatch):
    path = g4_scan(tmp_path / "g4.pdf", angle=0.8)
    sent = []
    real = tesseract.image_to_data

    def spy(image, lang, config, timeout=0):
        sent.append((image.mode, image.size))
        return real(image, lang, config, timeout)

    monkeypatch.setattr(tesseract, "image_to_data", spy)
    result = recognise.ocr_pdf_page(path, 1)
    page = result.page
    assert page.image_dpi == pytest.approx(200, abs=0.5) and page.ocr_dpi == pytest.approx(200, abs=0.5)
    assert sent[0] == ("1", (round(page.width * 200 / 72), round(page.height * 200 / 72)))
    assert result.skew == pytest.approx(0.8, abs=0.2)
    text = " ".join(w.text for w in page.words)
    assert HEADING in text
    for label, value in TABLE:
        assert f"{label} {value}" in text
    assert page.ocr_confidence > 85


OUTLINE = Path(__file__).resolve().parent / "data" / "outline"


def test_outline_pages_have_no_text_layer_and_no_images():
    import pdfplumber

    for name in ("outline_prose.pdf", "outline_toc.pdf"):
        with pdfplumber.open(OUTLINE / name) as pdf:
            page = pdf.pages[0]
            assert not page.chars and not page.images and len(page.curves) > 100


def test_dot_leaders_are_not_taken_for_the_letters():
    """The TOC's dot leaders outnumber its letters; the x-height is the
    letters' (DejaVu Sans 11 pt: 0.55 em = 6.0 pt, 25 px at 300 dpi)."""
    from extractors.ocr.preprocess import otsu_threshold
    from extractors.ocr.resolution import glyph_heights, glyph_sizes

    source = page_image(OUTLINE / "outline_toc.pdf", 1, dpi=300)
    gray = np.asarray(source.image)
    dark = gray <= otsu_threshold(gray)
    sizes = glyph_sizes(dark)
    assert sizes.x_height == pytest.approx(6.0 / 72 * 300, abs=2)
    assert glyph_heights(dark).min() > 12  # no dot, comma or hyphen among the glyphs


@pytest.mark.parametrize("dpi", [150, 300, 600, 900])
def test_a_toc_page_is_not_enlarged_and_nothing_is_rendered_above_600_dpi(dpi):
    source = page_image(OUTLINE / "outline_toc.pdf", 1, dpi=dpi, enlarge=True)
    assert source.dpi <= 300 and not source.native


def test_a_bilevel_toc_scan_is_read_at_its_own_resolution(tmp_path):
    """As in issue 23: a 300-dpi bilevel scan of a TOC page was enlarged to 900 dpi."""
    img = render((OUTLINE / "outline_toc.pdf").read_bytes(), 300)
    path = tmp_path / "toc_g4.pdf"
    write_g4_pdf([(g4_bytes(img), img.width * 72 / 300, img.height * 72 / 300)], path)
    source = page_image(path, 1, enlarge=True)
    assert source.native and source.bilevel and source.dpi == pytest.approx(300, abs=1)


@needs_tesseract
@pytest.mark.parametrize("name", ["outline_prose.pdf", "outline_toc.pdf"])
def test_outline_page_is_read_at_a_resolution_from_its_glyphs(name):
    from models.options import ConvertOptions
    from pipeline.convert import convert_pdf

    doc = convert_pdf(OUTLINE / name, ConvertOptions(jobs=1))
    (info,) = doc.page_info
    assert info.text_source == "ocr" and info.image_dpi is None
    assert 150 <= info.ocr_dpi <= 400
    assert info.ocr_confidence > 80
    if name == "outline_toc.pdf":
        titles = [e.title for e in doc.toc]
        assert "Mål, strategier och uppdrag" in titles and "Internkontrollplan" in titles
        assert {e.printed_page for e in doc.toc} >= {3, 8, 12, 17}
    else:
        (table,) = doc.tables
        assert [[c.raw for c in r.cells] for r in table.rows] == [[v] for _, v in TABLE]


@settings(max_examples=40, deadline=None)
@given(size=st.integers(3, 8), count=st.integers(2, 30), dense=st.booleans(), frac=st.floats(0, 1), rows=st.integers(1, 4))
def test_dot_runs_are_leaders_only_when_long_and_dense(size, count, dense, frac, rows):
    from extractors.ocr.leaders import MAX_PITCH, MIN_LEADER_PT, MIN_RUN, leader_runs

    # centre-to-centre pitch in dot heights: dense 1.8-5.5 (leaders), sparse 6.5-12 (apart)
    pitch = 1.8 + frac * 3.7 if dense else 6.5 + frac * 5.5
    assert (pitch <= MAX_PITCH) == dense
    step = max(size + 2, int(round(pitch * size)))
    dark = np.zeros((60 * rows + 20, 40 + count * step + 40), dtype=bool)
    for r in range(rows):
        top = 20 + 60 * r
        for k in range(count):
            dark[top : top + size, 20 + k * step : 20 + k * step + size] = True
    runs = leader_runs(dark, 300)
    long_enough = (count - 1) * step >= MIN_LEADER_PT * 300 / 72
    leaders = dense and step <= MAX_PITCH * size and count >= MIN_RUN and long_enough
    assert len(runs) == (rows if leaders else 0)
    assert all(len(run) == count for run in runs)


def test_letters_and_table_commas_are_no_leaders():
    from extractors.ocr.leaders import leader_runs

    img = np.asarray(render((OUTLINE / "outline_prose.pdf").read_bytes(), 300))
    assert leader_runs(img < 128, 300) == []
    toc = np.asarray(render((OUTLINE / "outline_toc.pdf").read_bytes(), 300))
    assert len(leader_runs(toc < 128, 300)) == 10


def _small_text_scan(dst: Path, dpi: int = 200, size: float = 7.5) -> Path:
    """A crisp image-only page of ``size``-pt prose scanned at ``dpi``: an
    x-height under 14 px, yet readable as it is."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from orientation_pages import image_pdf, prose_lines

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", size)
    y = 80.0
    for _ in range(3):
        for line in prose_lines(110):
            c.drawString(60, A4[1] - y, line)
            y += size * 1.4
    c.showPage()
    c.save()
    return image_pdf(render(buf.getvalue(), dpi), dst, dpi)


@needs_tesseract
def test_a_page_read_confidently_as_it_is_is_not_enlarged(tmp_path, monkeypatch):
    from extractors.ocr.page_image import wanted_dpi

    path = _small_text_scan(tmp_path / "small.pdf")
    source = page_image(path, 1)
    assert source.native and wanted_dpi(source, 200_000_000) > 200  # its glyphs ask for more
    source.close()
    rendered = []
    real = recognise.rendered_at
    monkeypatch.setattr(recognise, "rendered_at", lambda *a, **k: rendered.append(a) or real(*a, **k))
    result = recognise.ocr_pdf_page(path, 1)
    assert result.page.ocr_confidence >= recognise.CONFIDENT
    assert result.page.ocr_dpi == pytest.approx(200, abs=0.5) and not rendered
