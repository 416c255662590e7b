"""The resolution a scanned page is OCR'd at: the PDF's own page image at
its own resolution when its text is large enough, enlarged when it is not
(extractors.ocr.page_image, extractors.ocr.resolution), recorded in
page_info; and the Tesseract runner (extractors.ocr.tesseract)."""

import io
import shutil
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from extractors.ocr.page_image import page_image
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.ocr.resolution import MIN_XHEIGHT_PX, glyph_height, glyph_sizes, ocr_scale, x_height_of
from extractors.ocr.tesseract import parse_tsv
from models.options import ConvertOptions
from pipeline.convert import convert_pdf

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="tesseract not installed (Debian: tesseract-ocr tesseract-ocr-swe)")

LINES = ["Nämnden beslutade om budget för verksamheten",
         "Område fastigheter redovisar ett överskott",
         "Resultatet för året uppgår till 2 627,9 mnkr"]


def _text_page() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    for i, line in enumerate(LINES):
        c.drawString(72, A4[1] - 100 - 16 * i, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def _scan(tmp_path, dpi: int, name: str, visible_text: str = "") -> Path:
    """An image-only PDF whose page is one grayscale JPEG of ``dpi``."""
    pdf = pdfium.PdfDocument(_text_page())
    img = pdf[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    pdf.close()
    jpeg = io.BytesIO()
    img.save(jpeg, format="JPEG", quality=90)
    path = tmp_path / name
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 0, 0, width=A4[0], height=A4[1])
    if visible_text:
        c.setFont("Helvetica", 9)
        c.drawString(72, 40, visible_text)
    c.showPage()
    c.save()
    return path


def _converted(tmp_path, dpi: int, options: ConvertOptions = ConvertOptions(jobs=1)):
    """(page_info of page 1, the output JSON) of a converted ``dpi`` scan."""
    doc = convert_pdf(_scan(tmp_path, dpi, f"scan{dpi}.pdf"), options)
    assert doc.page_info[0].text_source == "ocr"
    return doc.page_info[0], doc.to_json()


@needs_tesseract
def test_a_200_dpi_scan_is_ocrd_at_200_dpi_from_its_own_image(tmp_path):
    info, text = _converted(tmp_path, 200)
    assert info.image_dpi == pytest.approx(200, abs=1)
    assert info.ocr_dpi == pytest.approx(200, abs=1)  # not upscaled
    assert "fastigheter" in text and "verksamheten" in text


@needs_tesseract
def test_a_100_dpi_scan_is_upscaled_for_ocr(tmp_path):
    info, text = _converted(tmp_path, 100)
    assert info.image_dpi == pytest.approx(100, abs=1)
    assert info.ocr_dpi >= 200  # x-height ~8 px at 100 dpi: enlarged at least twice
    assert "fastigheter" in text


@needs_tesseract
def test_native_resolution_option_reads_a_100_dpi_scan_as_it_is(tmp_path):
    """``--ocr-native-resolution`` (ConvertOptions.ocr_enlarge=False): no
    enlargement, the scan's own resolution recorded as the OCR resolution."""
    from pipeline.cli import build_parser, subcommands

    args = build_parser(subcommands()).parse_args(["convert", "x.pdf", "-o", str(tmp_path), "--ocr-native-resolution"])
    assert args.ocr_enlarge is False
    info, _ = _converted(tmp_path, 100, ConvertOptions(jobs=1, ocr_enlarge=False))
    assert info.image_dpi == pytest.approx(100, abs=1)
    assert info.ocr_dpi == pytest.approx(100, abs=1)


def test_page_image_is_the_pdfs_own_image_only_for_a_one_image_page(tmp_path):
    own = page_image(_scan(tmp_path, 150, "scan150.pdf"), 1)
    assert own.native
    assert abs(own.image.width - A4[0] / 72 * 150) <= 1 and abs(own.image.height - A4[1] / 72 * 150) <= 1
    assert own.dpi == pytest.approx(150, abs=1)
    # visible text beside the image: the page is rendered (at the dpi asked for)
    mixed = page_image(_scan(tmp_path, 150, "mixed.pdf", visible_text="Sidfot"), 1, dpi=120)
    assert not mixed.native and mixed.dpi == 120
    vector = tmp_path / "vector.pdf"
    vector.write_bytes(_text_page())
    rendered = page_image(vector, 1, dpi=100)
    assert not rendered.native and abs(rendered.image.width - A4[0] / 72 * 100) <= 1


def test_small_text_is_rendered_larger_by_pdfium_and_large_text_read_as_scanned(tmp_path):
    own = page_image(_scan(tmp_path, 200, "scan200.pdf"), 1, enlarge=True)
    assert own.native and own.image_dpi == own.dpi == pytest.approx(200, abs=1)
    # 11-pt text at 100 dpi: an x-height of ~6 px, so the page is rendered again, larger
    small = page_image(_scan(tmp_path, 100, "scan100.pdf"), 1, enlarge=True)
    assert not small.native and small.image_dpi == pytest.approx(100, abs=1)
    assert small.dpi >= 250
    assert abs(small.image.width - A4[0] / 72 * small.dpi) <= 1
    # the enlargement stays within the pixel limit
    capped = page_image(_scan(tmp_path, 100, "capped.pdf"), 1, max_pixels=2_000_000, enlarge=True)
    assert capped.image.width * capped.image.height <= 2_000_000 and capped.dpi > 100


def _glyph_page(x_height: int) -> np.ndarray:
    """Rows of letter-like frames ``x_height`` high (a few taller ones): a
    letter's strokes, not a filled block (which :func:`glyph_heights` takes
    for a dot)."""
    dark = np.zeros((2000, 1500), dtype=bool)
    for row in range(10):
        top = 100 + row * 4 * x_height
        for k in range(30):
            left = 50 + k * (x_height + 6)
            h = x_height if k % 4 else int(x_height * 1.4)
            right = left + max(2, x_height * 2 // 3)
            dark[top + x_height - h : top + x_height, left:right] = True
            dark[top + x_height - h + 2 : top + x_height - 2, left + 2 : right - 2] = False
    return dark


def test_glyph_height_is_the_typical_letter_height():
    assert glyph_height(_glyph_page(17)) == pytest.approx(17, abs=0.5)
    assert glyph_height(_glyph_page(11)) == pytest.approx(11, abs=0.5)
    assert glyph_height(np.zeros((100, 100), dtype=bool)) is None  # no text: no measurement


def test_ocr_scale_enlarges_only_small_text():
    assert ocr_scale(None) == 1.0
    assert ocr_scale(MIN_XHEIGHT_PX) == 1.0 and ocr_scale(20.0) == 1.0
    small = ocr_scale(12.0)
    assert small > 1.0 and 12.0 * small >= MIN_XHEIGHT_PX
    assert ocr_scale(5.0) >= ocr_scale(10.0) > ocr_scale(13.0) > 1.0
    assert ocr_scale(1.0) == 3.0  # capped


def _heights(**share_by_height: float) -> np.ndarray:
    """1000 glyph heights, ``h<N>=share`` of them N px high."""
    out = []
    for key, share in share_by_height.items():
        out += [int(key[1:])] * round(1000 * share)
    return np.array(out, dtype=np.int64)


def test_x_height_is_the_letters_class_on_running_text():
    # 200-dpi body text: x-height letters 17 px, ascenders/capitals 22-23
    heights = _heights(h16=0.06, h17=0.43, h18=0.09, h20=0.04, h22=0.06, h23=0.12, h8=0.1, h19=0.1)
    assert x_height_of(heights) == 17.0 and x_height_of(heights) == float(np.median(heights))


def test_x_height_of_a_table_page_is_the_labels_letters_not_the_digits():
    # a 150-dpi investment table: digits (cap height) 15 px outnumber the
    # row labels' x-height letters (12 px); the median is the digits'
    heights = _heights(h11=0.06, h12=0.19, h14=0.1, h15=0.35, h16=0.09, h17=0.11, h18=0.1)
    assert float(np.median(heights)) == 15.0
    assert x_height_of(heights) == 12.0
    # so the page is enlarged (by the median's factor), where the median alone read it as it is
    assert ocr_scale(float(np.median(heights))) == 1.0
    assert ocr_scale(x_height_of(heights), float(np.median(heights))) > 2.0


def test_x_height_ignores_dots_and_commas_below_the_letters():
    # a 300-dpi scan: i-dots, umlauts and commas (5-6 px) are a frequent class of their own
    heights = _heights(h5=0.16, h6=0.05, h25=0.4, h26=0.1, h33=0.29)
    assert x_height_of(heights) == pytest.approx(25, abs=0.5)


def test_x_height_of_evenly_spread_heights_is_their_median_and_of_few_glyphs_none():
    heights = np.repeat(np.arange(10, 31), 10)  # no class holds 12 %
    assert x_height_of(heights) == float(np.median(heights))
    assert x_height_of(np.array([12] * 49)) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=4, max_value=120), min_size=50, max_size=400))
def test_x_height_lies_between_the_dot_bound_and_the_largest_glyph(heights):
    h = np.array(heights, dtype=np.int64)
    x = x_height_of(h)
    median = float(np.median(h))
    assert x is not None
    assert 0.6 * median - 1 <= x <= h.max()
    assert x <= median  # the letters' class is never above the median


def test_glyph_sizes_of_a_page_give_both_measures():
    sizes = glyph_sizes(_glyph_page(17))
    assert sizes.x_height == pytest.approx(17, abs=0.5) and sizes.median == pytest.approx(17, abs=0.5)
    assert glyph_sizes(np.zeros((100, 100), dtype=bool)) is None


def _table_scan(tmp_path, dpi: int) -> Path:
    """An image-only page of an investment table: short row labels and many
    10-pt figures (digits outnumber letters), scanned at ``dpi``."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    for i in range(34):
        y = A4[1] - 80 - 20 * i
        c.drawString(60, y, f"rum nr {i + 1}")
        for k, value in enumerate((f"{12 + i},4", f"{103 + 7 * i},8", f"{5 + i % 9},1", f"{2210 + 31 * i},6")):
            c.drawRightString(300 + 70 * k, y, value)
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    img = pdf[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    pdf.close()
    jpeg = io.BytesIO()
    img.save(jpeg, format="JPEG", quality=90)
    path = tmp_path / f"table{dpi}.pdf"
    out = canvas.Canvas(str(path), pagesize=A4)
    out.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 0, 0, width=A4[0], height=A4[1])
    out.showPage()
    out.save()
    return path


def test_a_150_dpi_table_page_of_figures_is_enlarged_for_its_letters(tmp_path):
    path = _table_scan(tmp_path, 150)
    own = page_image(path, 1, enlarge=False)
    gray = np.asarray(own.image.convert("L"))
    from extractors.ocr.preprocess import otsu_threshold

    sizes = glyph_sizes(gray <= otsu_threshold(gray))
    own.close()
    assert sizes.median >= MIN_XHEIGHT_PX > sizes.x_height  # digits' height vs letters'
    enlarged = page_image(path, 1, enlarge=True)
    assert not enlarged.native and enlarged.dpi > 300
    # the same table scanned at 300 dpi is read as it is
    sharp = page_image(_table_scan(tmp_path, 300), 1, enlarge=True)
    assert sharp.native and sharp.dpi == pytest.approx(300, abs=1)


def test_parse_tsv_gives_image_to_data_columns():
    tsv = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
           "1\t1\t0\t0\t0\t0\t0\t0\t100\t50\t-1\t\n"
           "5\t1\t1\t1\t1\t1\t10\t12\t30\t9\t95.612\tNämnden\n"
           "5\t1\t1\t1\t1\t2\t45\t12\t20\t9\t88\t2 627,9\n")
    data = parse_tsv(tsv)
    assert data["level"] == [1, 5, 5] and data["conf"] == [-1, 95, 88]
    assert data["text"] == ["", "Nämnden", "2 627,9"] and data["left"] == [0, 10, 45]
    assert parse_tsv("level\ttext\n") == {}
