"""Pages pdfminer cannot parse are read by pdfium (issue 22).

Both failure classes met in a damaged archive are built here by hand
(:mod:`hostile`): a Type0 font whose ToUnicode CMap has a broken
CIDSystemInfo dictionary ("Invalid dictionary construct"), and a page box
holding null ("float() argument must be … not 'NoneType'").  Each test first
shows that pdfplumber raises and pdfium reads the file, then that the file
converts with a ``text_layer_fallback`` warning and the same words, in the
same order and at the same places, as the undamaged twin read by pdfplumber.
"""

from __future__ import annotations

from dataclasses import replace

import pdfplumber
import pikepdf
import pypdfium2 as pdfium
import pytest

import hostile
from extractors.pages import page_source, pdfium_layer
from extractors.pages.pdfium_layer import PageFrame, page_chars, read_page
from extractors.pages.text_layer import page_text
from models.options import ConvertOptions
from pipeline.convert import Converter
from tinypdf import Rule, Shape, Text, build_pdf, table_ops

PAGES = [
    [(72, 72, "Verksamhetsplan 2024"), (72, 100, "Nämnden ska minska kostnaderna med 76 mnkr."),
     (300, 130, "Året började väl.")],
    [(72, 72, "Mål och åtgärder"), (72, 100, "Resultat 1 250 tkr, budget −3,5 mnkr")],
    [(72, 72, "Sida tre: uppföljning"), (90, 100, "Ökad kvalitet i måltiderna")],
]
CMAP_ERROR = "Invalid dictionary construct: [/'Registry', b'Adobe', /'Ordering', b'UCS', /'SupplementemI0']"
NULL_ERROR = "float() argument must be a string or a real number, not 'NoneType'"


def _plumber_error(path) -> list[str]:
    """pdfplumber's error on each page ('' where it reads the page); one entry when it cannot list the pages."""
    out = []
    try:
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                try:
                    page.extract_words()
                    out.append("")
                except Exception as exc:  # noqa: BLE001 - what pdfminer says is the point
                    out.append(str(exc))
    except Exception as exc:  # noqa: BLE001
        out.append(str(exc))
    return out


def _pdfium_text(path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in pdf]
    finally:
        pdf.close()


def _words(pages):
    return [[w.text for w in p.words] for p in pages]


def _assert_same_places(damaged, twin, vertical: float) -> None:
    """Same words in the same order; left and right edges to 0.05 pt, top and
    bottom within ``vertical`` points (the fonts' descent as pdfium and pdfminer know it)."""
    assert _words(damaged) == _words(twin)
    for a, b in zip(damaged, twin):
        assert (round(a.width, 2), round(a.height, 2)) == (round(b.width, 2), round(b.height, 2))
        for x, y in zip(a.words, b.words):
            assert abs(x.x0 - y.x0) <= 0.05 and abs(x.x1 - y.x1) <= 0.05, (x, y)
            assert abs(x.top - y.top) <= vertical and abs(x.bottom - y.bottom) <= vertical, (x, y)
            assert (x.size, x.bold) == (y.size, y.bold)


def test_damaged_cmap_shared_by_every_page_converts_from_pdfiums_text_page(tmp_path):
    twin = hostile.type0_pdf(tmp_path / "twin.pdf", PAGES)
    damaged = hostile.type0_pdf(tmp_path / "damaged.pdf", PAGES, damaged_pages=(1, 2, 3))
    assert _plumber_error(twin) == ["", "", ""]
    assert _plumber_error(damaged) == [CMAP_ERROR] * 3
    assert _pdfium_text(damaged) == [" ".join(t for _, _, t in page) for page in PAGES]

    doc = Converter().convert(damaged, ConvertOptions(ocr="auto"))
    fallback = [w for w in doc.warnings if w.code == "text_layer_fallback"]
    assert [w.page for w in fallback] == [1, 2, 3]
    assert all(CMAP_ERROR in w.message and "pdfium's text page" in w.message for w in fallback)
    assert [p.text_source for p in doc.page_info] == ["pdf"] * 3
    assert doc.document.title == Converter().convert(twin, ConvertOptions(ocr="auto")).document.title

    read, _ = page_source.load_pages(damaged, ConvertOptions(ocr="never"))
    expected, _ = page_source.load_pages(twin, ConvertOptions(ocr="never"))
    assert _words(read)[0] == ["Verksamhetsplan", "2024", "Nämnden", "ska", "minska", "kostnaderna", "med", "76",
                               "mnkr.", "Året", "började", "väl."]
    _assert_same_places(read, expected, vertical=0.05)


def test_damaged_cmap_on_one_page_sends_only_that_page_to_pdfium(tmp_path):
    twin = hostile.type0_pdf(tmp_path / "twin.pdf", PAGES)
    damaged = hostile.type0_pdf(tmp_path / "damaged.pdf", PAGES, damaged_pages=(2,))
    assert _plumber_error(damaged) == ["", CMAP_ERROR, ""]

    read, warnings = page_source.load_pages(damaged, ConvertOptions(ocr="auto"))
    assert [(w.code, w.page) for w in warnings] == [("text_layer_fallback", 2)]
    expected, _ = page_source.load_pages(twin, ConvertOptions(ocr="auto"))
    _assert_same_places(read, expected, vertical=0.05)
    assert _words(read)[1] == ["Mål", "och", "åtgärder", "Resultat", "1", "250", "tkr,", "budget", "−3,5", "mnkr"]


def test_null_in_a_page_box_every_page_inherits_converts_from_pdfiums_text_page(tmp_path):
    twin = hostile.good_pdf(tmp_path / "twin.pdf", pages=3)
    damaged = hostile.null_box_pdf(tmp_path / "damaged.pdf", twin, box="CropBox")
    assert _plumber_error(damaged) == [NULL_ERROR]  # pdfminer fails listing the pages: no page can be had
    assert _pdfium_text(damaged)[1].startswith("Servicenämnden 2(3) Verksamhetsplan med budget 2024")

    doc = Converter().convert(damaged, ConvertOptions(ocr="auto"))
    fallback = [w for w in doc.warnings if w.code == "text_layer_fallback"]
    assert [w.page for w in fallback] == [1, 2, 3]
    assert all(NULL_ERROR in w.message for w in fallback)
    assert doc.document.title == Converter().convert(twin, ConvertOptions(ocr="auto")).document.title

    read, _ = page_source.load_pages(damaged, ConvertOptions(ocr="never"))
    expected, _ = page_source.load_pages(twin, ConvertOptions(ocr="never"))
    assert _words(read)[2][:6] == ["Servicenämnden", "3(3)", "Verksamhetsplan", "med", "budget", "2024"]
    # Helvetica's descent: pdfium's -0.224 em against pdfminer's -0.207 em, 0.19 pt at 11 pt
    _assert_same_places(read, expected, vertical=0.3)


def test_without_the_whole_file_route_pdfminers_error_is_raised_for_qpdfs_rewrite(tmp_path):
    damaged = hostile.null_box_pdf(tmp_path / "damaged.pdf", hostile.good_pdf(tmp_path / "twin.pdf"))
    with pytest.raises(Exception, match="NoneType"):
        page_source.load_pages(damaged, ConvertOptions(ocr="never"), whole_file_fallback=False)


def test_when_pdfium_fails_too_the_page_is_ocrd_from_pdfiums_rendering(tmp_path, monkeypatch):
    twin = hostile.good_pdf(tmp_path / "twin.pdf", pages=1, lines=["Verksamhetsplan med budget 2024"])
    damaged = hostile.null_box_pdf(tmp_path / "damaged.pdf", twin)

    def fails(pdf, number):
        raise pdfium.PdfiumError("Failed to load text page.")

    monkeypatch.setattr(pdfium_layer, "read_page", fails)
    read, warnings = page_source.load_pages(damaged, ConvertOptions(ocr="auto"))
    codes = [w.code for w in warnings]
    assert codes[:2] == ["text_layer_fallback", "ocr_page"]
    assert NULL_ERROR in warnings[0].message and "Failed to load text page" in warnings[0].message
    assert "OCR'd from pdfium's rendering" in warnings[0].message
    assert read[0].source == "ocr" and "Verksamhetsplan" in [w.text for w in read[0].words]


def test_rulings_and_marks_from_pdfiums_paths_match_pdfplumbers(tmp_path):
    ops, bottom = table_ops(72, 200, [160, 80, 80], [["Post", "2023", "2024"], ["Intäkter", "1 200", "1 350"],
                                                     ["Kostnader", "−900", "−1 010"]], ruled=True)
    ops += [Rule(72, bottom + 20, 400, bottom + 20, width=1.5), Shape(72, 120, kind="disc"),
            Shape(72, 140, kind="ring"), Shape(72, 160, kind="square"), Text(82, 119, "En punkt")]
    path = build_pdf(tmp_path / "t.pdf", [ops])
    with pdfplumber.open(str(path)) as pdf:
        expected = page_text(pdf.pages[0], 1)
    got = read_page(pdfium.PdfDocument(str(path)), 1).page
    assert len(got.rulings) == len(expected.rulings) > 10

    def near(a, b, slack=1.0):  # pdfium's path bounds include the pen's half width
        return all(abs(p - q) <= slack for p, q in zip((a.x0, a.top, a.x1, a.bottom), (b.x0, b.top, b.x1, b.bottom)))

    for r in expected.rulings:
        assert any(near(r, g) and r.horizontal == g.horizontal for g in got.rulings), r
    assert [(m.filled, round(m.x0)) for m in got.marks] == [(m.filled, round(m.x0)) for m in expected.marks]
    assert len(got.marks) == 3
    assert all(near(a, b) for a, b in zip(got.marks, expected.marks))


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
@pytest.mark.parametrize("origin", [(0, 0), (30, -50)])
def test_page_frame_puts_characters_where_pdfplumber_does(tmp_path, rotation, origin):
    """/Rotate and a MediaBox away from the origin: every character pdfplumber
    reports has a pdfium character with the same text and box (to 0.3 pt)."""
    good = hostile.good_pdf(tmp_path / "good.pdf", pages=1)
    path = tmp_path / "turned.pdf"
    with pikepdf.open(good) as pdf:
        page = pdf.pages[0].obj
        x0, y0, x1, y1 = (float(v) for v in page.MediaBox)
        page.MediaBox = pikepdf.Array([x0 + origin[0], y0 + origin[1], x1 + origin[0], y1 + origin[1]])
        page.Rotate = rotation
        pdf.save(path)
    with pdfplumber.open(str(path)) as plumber:
        expected = [c for c in plumber.pages[0].chars if c["text"].strip()]
        width, height = float(plumber.pages[0].width), float(plumber.pages[0].height)
    pdf = pdfium.PdfDocument(str(path))
    page = pdf[0]
    frame = PageFrame.of(tuple(round(v, 4) for v in page.get_bbox()), page.get_rotation())
    got = [c for c in page_chars(page.get_textpage(), frame) if c["text"].strip()]
    assert (round(frame.width, 2), round(frame.height, 2)) == (round(width, 2), round(height, 2))
    assert len(got) == len(expected) > 100
    for c in expected:
        assert any(g["text"] == c["text"] and all(abs(g[k] - c[k]) <= 0.3 for k in ("x0", "x1", "top", "bottom"))
                   for g in got), c


def test_a_page_whose_pdfium_text_is_empty_is_ocrd_under_auto_and_kept_under_never(tmp_path, monkeypatch):
    twin = hostile.good_pdf(tmp_path / "twin.pdf", pages=1, lines=["Verksamhetsplan med budget 2024"])
    damaged = hostile.null_box_pdf(tmp_path / "damaged.pdf", twin)
    real = pdfium_layer.read_page

    def no_text(pdf, number):  # pdfium reads the page but finds no characters, as on a damaged font program
        read = real(pdf, number)
        return pdfium_layer.PdfiumLayer(replace(read.page, words=[]), read.image_cover)

    monkeypatch.setattr(pdfium_layer, "read_page", no_text)
    read, warnings = page_source.load_pages(damaged, ConvertOptions(ocr="auto"))
    assert [w.code for w in warnings][:2] == ["text_layer_fallback", "ocr_page"]
    assert "then OCR'd from pdfium's rendering" in warnings[0].message
    assert read[0].source == "ocr" and "Verksamhetsplan" in [w.text for w in read[0].words]
    read, warnings = page_source.load_pages(damaged, ConvertOptions(ocr="never"))
    assert [w.code for w in warnings] == ["text_layer_fallback", "no_text_layer"]
    assert read[0].words == []
