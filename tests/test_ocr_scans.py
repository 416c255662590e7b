"""Scans as archives hold them (issue 23): bilevel CCITT pages read at their
own resolution and kept bilevel; pages drawn as vector outlines; the
x-height estimate on a table of contents."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
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
