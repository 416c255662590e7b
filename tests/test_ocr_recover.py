"""The second OCR pass over ink the first pass left unread
(extractors.ocr.recover, extractors.ocr._read_missed_ink)."""

import io
import shutil

import numpy as np
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.ocr import recover as ocr_recover
from extractors.ocr.recognise import _read_missed_ink
from extractors.ocr.recover import Blob, Tile, build_mosaic, dilate_rect, merge_data, place_words, uncovered_blobs
from hypothesis import given, settings, strategies as st
from scipy import ndimage as ndi
from extractors.ocr.preprocess import otsu_threshold

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="tesseract not installed (Debian: tesseract-ocr tesseract-ocr-swe)")

HEIGHT = 30.0  # typical word height in the synthetic pages, pixels


def _page(*rects):
    """A white 600×800 page with black rectangles (top, left, height, width)."""
    dark = np.zeros((600, 800), dtype=bool)
    for top, left, h, w in rects:
        dark[top : top + h, left : left + w] = True
    return dark


@settings(max_examples=200, deadline=None)
@given(rows=st.integers(1, 14), cols=st.integers(1, 40), seed=st.integers(0, 2**32 - 1),
       density=st.sampled_from([0.002, 0.02, 0.2]))
def test_dilate_rect_is_scipys_rectangular_dilation(rows, cols, seed, density):
    """Pixel for pixel, odd and even sizes, ink at the borders included."""
    mask = np.random.default_rng(seed).random((37, 91)) < density
    mask[0, 0] = mask[-1, -1] = True
    expected = ndi.binary_dilation(mask, structure=np.ones((rows, cols), dtype=bool))
    assert np.array_equal(dilate_rect(mask, rows, cols), expected)


@settings(max_examples=120, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), count=st.integers(0, 40), boxes=st.integers(0, 6))
def test_blobs_found_window_by_window_are_those_of_the_whole_page(seed, count, boxes):
    """The second pass labels only windows around the uncovered ink
    (ink_windows); its blobs and their pixels are exactly those of one
    window spanning the whole page: glyphs, specks and rules anywhere,
    word boxes over some of them."""
    rng = np.random.default_rng(seed)
    rects = [(int(rng.integers(0, 590)), int(rng.integers(0, 790)), int(rng.integers(1, 40)), int(rng.integers(1, 120)))
             for _ in range(count)]
    dark = _page(*rects)
    words = [(int(rng.integers(0, 700)), int(rng.integers(0, 550)), int(rng.integers(5, 100)), int(rng.integers(5, 40)))
             for _ in range(boxes)]
    labels, blobs = uncovered_blobs(dark, words, HEIGHT)
    ink = ocr_recover.uncovered_ink(dark, words)
    rows, cols = ocr_recover._reach(HEIGHT)
    whole_labels, whole_blobs = ocr_recover._window_blobs(ink, HEIGHT, rows, cols)
    box = lambda b: (b.top, b.left, b.width, b.height)  # noqa: E731
    assert sorted(map(box, blobs)) == sorted(map(box, whole_blobs))
    by_box = {box(b): b for b in whole_blobs}
    for b in blobs:
        assert np.array_equal(labels == b.label, whole_labels == by_box[box(b)].label)
    assert np.array_equal(labels > 0, np.isin(whole_labels, [b.label for b in whole_blobs]))


def test_ink_windows_split_at_empty_rows_wider_than_the_joining_reach():
    dark = _page((10, 100, 20, 50), (40, 300, 20, 50), (200, 50, 20, 30))
    rows, cols = 5, 12
    # 10 empty rows between the first two (> rows + 1): separate; 140 before the third
    assert ocr_recover.ink_windows(dark, rows, cols) == [
        (5, 35, 88, 162), (35, 65, 288, 362), (195, 225, 38, 92)]
    assert ocr_recover.ink_windows(dark, 12, cols)[0] == (0, 72, 88, 362)  # joined: one window
    assert ocr_recover.ink_windows(np.zeros((50, 50), dtype=bool), rows, cols) == []


def test_ink_under_a_word_box_is_not_a_blob():
    dark = _page((100, 100, 25, 12), (100, 118, 25, 12))
    labels, blobs = uncovered_blobs(dark, [(95, 95, 40, 35)], HEIGHT)
    assert blobs == [] and not labels.any()


def test_glyphs_of_one_word_join_and_distant_words_stay_apart():
    # three glyphs 6 px apart (one word), a fourth 200 px to the right
    dark = _page((100, 100, 25, 12), (100, 118, 25, 12), (100, 136, 25, 12), (100, 400, 25, 12))
    labels, blobs = uncovered_blobs(dark, [], HEIGHT)
    assert len(blobs) == 2
    first, second = blobs
    assert first.left <= 100 and first.left + first.width >= 148 and second.left <= 400 < second.left + second.width
    assert labels[110, 105] == first.label and labels[110, 405] == second.label


def test_a_minus_sign_belongs_to_its_number():
    # a flat dash 3 px before a digit: too small to be a glyph on its own, yet
    # inside the number's blob (the mosaic must not lose the sign)
    dark = _page((112, 80, 3, 14), (100, 97, 25, 12))
    labels, (blob,) = uncovered_blobs(dark, [], HEIGHT)
    assert blob.left <= 80 and (labels[112:115, 80:94] == blob.label).all()


def test_specks_rules_and_pictures_are_not_text():
    dark = _page(
        (50, 50, 2, 2),  # a scanner speck
        (400, 700, 3, 14),  # a lone dash
        (200, 50, 2, 600),  # a rule: too flat
        (300, 50, 250, 250),  # a picture: far taller than text
    )
    _, blobs = uncovered_blobs(dark, [], HEIGHT)
    assert blobs == []


def test_lines_of_a_column_are_separate_blobs_in_reading_order():
    dark = _page((300, 500, 25, 40), (100, 500, 25, 40), (200, 500, 25, 40))
    _, blobs = uncovered_blobs(dark, [], HEIGHT)
    assert [round(b.top / 100) for b in blobs] == [1, 2, 3]


def test_mosaic_holds_only_each_blobs_own_ink():
    gray = np.full((600, 800), 255, dtype=np.uint8)
    gray[100:125, 100:140] = 0  # the blob
    gray[100:125, 20:60] = 0  # a word the first pass read, 40 px to its left
    labels = np.zeros(gray.shape, dtype=np.int32)
    labels[95:130, 95:145] = 1
    blob = Blob(left=95, top=95, width=50, height=35, label=1)
    mosaic, (tile,) = build_mosaic(gray, labels, [blob], HEIGHT)
    assert (mosaic == 0).sum() == 25 * 40  # the neighbour was blanked
    ys, xs = np.nonzero(mosaic == 0)
    assert (ys.min() + tile.dy, xs.min() + tile.dx) == (100, 100)  # tile offset maps back to the page


def test_place_words_maps_mosaic_words_back_to_their_blobs():
    blobs = [Blob(left=400, top=100, width=60, height=30, label=1), Blob(left=150, top=500, width=60, height=30, label=2)]
    tiles = [Tile(blob=blobs[0], y0=24, y1=66, dx=384, dy=70), Tile(blob=blobs[1], y0=90, y1=132, dx=134, dy=404)]
    data = {
        "level": [1, 5, 5, 5, 5],
        "text": ["", "211,4", "...", "0", "lågt"],
        "conf": [-1, 96, 90, 92, 12],
        "left": [0, 20, 20, 22, 22],
        "top": [0, 32, 40, 96, 100],
        "width": [200, 50, 10, 12, 30],
        "height": [150, 28, 4, 26, 20],
        "block_num": [0, 1, 1, 1, 1], "par_num": [0, 1, 1, 1, 1], "line_num": [0, 1, 1, 2, 2],
    }
    placed = place_words(data, tiles)
    # punctuation-only and low-confidence words are dropped
    assert placed["text"] == ["211,4", "0"]
    assert list(zip(placed["left"], placed["top"])) == [(404, 102), (156, 500)]
    assert placed["block_num"] == [ocr_recover.RECOVERED_BLOCK, ocr_recover.RECOVERED_BLOCK + 1]
    merged = merge_data({"level": [5], "text": ["Resultat"], "conf": [95], "left": [10], "top": [10], "width": [80],
                         "height": [30], "block_num": [1], "par_num": [1], "line_num": [1]}, placed)
    assert merged["text"] == ["Resultat", "211,4", "0"] and merged["line_num"] == [1, 1, 1]


# ---------------------------------------------------------------- with Tesseract

VALUES = [("Ny datahall", 72), ("268,3", 250), ("211,4", 320), ("0", 400), ("-129,2", 450)]


def _row_image():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    for text, x in VALUES:
        c.drawString(x, A4[1] - 100, text)
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    gray = np.asarray(pdf[0].render(scale=300 / 72, grayscale=True).to_pil().convert("L"))
    pdf.close()
    return gray


@needs_tesseract
def test_words_the_first_pass_skipped_are_read_with_their_place():
    gray = _row_image()
    scale = 300 / 72
    # the first pass read only the row label (its box in pixels)
    first = {"level": [5, 5], "text": ["Ny", "datahall"], "conf": [95, 95],
             "left": [int(72 * scale), int(88 * scale)], "top": [int(91 * scale)] * 2,
             "width": [int(14 * scale), int(40 * scale)], "height": [int(11 * scale)] * 2,
             "block_num": [1, 1], "par_num": [1, 1], "line_num": [1, 1]}
    extra = _read_missed_ink(gray, otsu_threshold(gray), first, 300, "swe", 0)
    got = sorted(zip(extra["left"], extra["text"]))
    assert [t for _, t in got] == ["268,3", "211,4", "0", "-129,2"]
    for (left, _), (_, x) in zip(got, VALUES[1:]):
        assert abs(left / scale - x) < 2.0  # back in page coordinates
    # nothing left unread: no second pass at all
    everything = merge_data(first, extra)
    assert _read_missed_ink(gray, otsu_threshold(gray), everything, 300, "swe", 0) == {}


def _words(*rows: tuple[str, float, int, int, int, int]) -> dict:
    """An image_to_data dict of level-5 words (text, conf, left, top, width, height)."""
    keys = ("level", "text", "conf", "left", "top", "width", "height", "block_num", "par_num", "line_num")
    out: dict = {k: [] for k in keys}
    for text, conf, left, top, width, height in rows:
        for k, v in zip(keys, (5, text, conf, left, top, width, height, 1, 1, 1)):
            out[k].append(v)
    return out


def test_doubted_words_do_not_cover_their_ink():
    data = _words(("A-huset", 96, 10, 10, 60, 12), ("CL", 13, 200, 10, 30, 12), ("0", 84, 400, 10, 8, 12))
    assert len(ocr_recover.word_boxes(data)) == 3
    trusted = ocr_recover.word_boxes(data, min_conf=ocr_recover.DOUBT_CONF)
    assert (200, 10, 30, 12) not in trusted and len(trusted) == 2


def test_a_doubted_word_read_again_is_replaced_and_one_read_again_as_nothing_stays():
    first = _words(("A-huset", 96, 10, 10, 60, 12), ("CL", 13, 200, 10, 30, 12), ("på", 14, 300, 10, 28, 12),
                   ("0", 84, 400, 10, 8, 12))
    # the mosaic read "23,1" over "CL" (its centre inside CL's box) and nothing over "på"
    extra = _words(("23,1", 91, 198, 9, 34, 13))
    kept = ocr_recover.replace_doubted(first, extra)
    assert kept["text"] == ["A-huset", "på", "0"]
    assert merge_data(kept, extra)["text"] == ["A-huset", "på", "0", "23,1"]
    # a trusted word under a recovered one is never dropped; nothing recovered changes nothing
    assert ocr_recover.replace_doubted(first, _words(("x", 90, 12, 10, 10, 12)))["text"] == first["text"]
    assert ocr_recover.replace_doubted(first, _words()) is first
