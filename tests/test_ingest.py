"""Ingest rejects hostile inputs cheaply with the right error class and a clear message."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pdfplumber
import pytest

import hostile
from models.errors import (
    CorruptError,
    EmptyFileError,
    EncryptedError,
    NotPdfError,
    PageTooLargeError,
    PlandigitError,
    TooManyPagesError,
    TruncatedError,
    ZeroPagesError,
    classify_exception,
)
from pipeline.ingest import ingest, page_pixels, sha256_file
from models.options import ConvertOptions


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    return hostile.good_pdf(tmp_path_factory.mktemp("ingest") / "vp-2024.pdf", pages=3)


def test_good_pdf_identity(good: Path):
    info = ingest(good, ConvertOptions())
    assert info.pages == 3
    assert info.size_bytes == good.stat().st_size
    assert info.sha256 == hashlib.sha256(good.read_bytes()).hexdigest() == sha256_file(good)
    assert info.encrypted is False


@pytest.mark.parametrize(
    "build, error, words",
    [
        (lambda d, g: hostile.empty_file(d / "e.pdf"), EmptyFileError, ["empty", "0 bytes"]),
        (lambda d, g: hostile.text_as_pdf(d / "t.pdf"), NotPdfError, ["not a PDF", "%PDF-", "Detta"]),
        (lambda d, g: hostile.truncated_pdf(d / "half.pdf", g), TruncatedError, ["truncated", "%%EOF"]),
        (lambda d, g: hostile.corrupt_pdf(d / "c.pdf", g), CorruptError, ["cannot be read"]),
        (lambda d, g: hostile.encrypted_pdf(d / "x.pdf", g, "hemligt"), EncryptedError, ["encrypted", "--password"]),
        (lambda d, g: hostile.zero_page_pdf(d / "z.pdf"), ZeroPagesError, ["no pages"]),
        (lambda d, g: hostile.huge_page_pdf(d / "h.pdf"), PageTooLargeError, ["page 1", "14400", "megapixels"]),
        (lambda d, g: hostile.good_pdf(d / "m.pdf", pages=12), TooManyPagesError, ["12 pages", "10", "--max-pages"]),
    ],
    ids=["empty_file", "not_pdf", "truncated", "corrupt", "encrypted", "zero_pages", "page_too_large",
         "too_many_pages"],
)
def test_hostile_inputs_raise_their_class(tmp_path, good, build, error, words):
    path = build(tmp_path, good)
    with pytest.raises(error) as info:
        ingest(path, ConvertOptions(max_pages=10))
    message = str(info.value)
    assert message.startswith(path.name + ":")
    for word in words:
        assert word in message
    assert info.value.error_class == error.error_class
    assert isinstance(info.value, PlandigitError)


def test_error_class_strings_are_the_documented_ones():
    assert [c.error_class for c in (EmptyFileError, NotPdfError, TruncatedError, CorruptError, EncryptedError,
                                    ZeroPagesError, TooManyPagesError, PageTooLargeError)] == [
        "empty_file", "not_pdf", "truncated", "corrupt", "encrypted", "zero_pages", "too_many_pages",
        "page_too_large"]


def test_password_opens_encrypted_pdf_and_wrong_one_is_named(tmp_path, good):
    path = hostile.encrypted_pdf(tmp_path / "x.pdf", good, "hemligt")
    info = ingest(path, ConvertOptions(password="hemligt"))
    assert (info.pages, info.encrypted) == (3, True)
    with pytest.raises(EncryptedError, match="password given is wrong"):
        ingest(path, ConvertOptions(password="fel"))


def test_password_is_harmless_for_unencrypted_pdf(good):
    assert ingest(good, ConvertOptions(password="hemligt")).pages == 3


def test_pdf_header_after_junk_is_accepted(tmp_path, good):
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"\x00" * 100 + good.read_bytes())
    assert ingest(path, ConvertOptions()).pages == 3


def test_page_limit_is_measured_at_the_ocr_dpi(tmp_path):
    path = hostile.huge_page_pdf(tmp_path / "poster.pdf", side_pt=14400)
    # 14 400 pt at 50 dpi = 10 000 × 10 000 px = 100 megapixels: under the 200 MP default
    assert ingest(path, ConvertOptions(dpi=50)).pages == 1
    with pytest.raises(PageTooLargeError):
        ingest(path, ConvertOptions(dpi=50, max_page_pixels=50_000_000))
    assert page_pixels(595.0, 842.0, 300) == 2479 * 3508


def test_classify_library_errors_from_pdfplumber(tmp_path, good):
    truncated = hostile.half_pdf(tmp_path / "half.pdf", good)  # pdfminer meets its end of file
    encrypted = hostile.encrypted_pdf(tmp_path / "x.pdf", good, "hemligt")
    classes = []
    for path in (truncated, encrypted):
        with pytest.raises(Exception) as info:
            with pdfplumber.open(str(path)) as pdf:
                len(pdf.pages)
        classes.append(classify_exception(info.value)[0])
    assert classes == ["truncated", "encrypted"]


def test_classify_unexpected_and_memory_errors():
    try:
        {}["saknas"]
    except KeyError as exc:
        assert classify_exception(exc) == ("internal_error", "KeyError: 'saknas'")
    assert classify_exception(MemoryError())[0] == "out_of_memory"
    assert classify_exception(ZeroPagesError("x.pdf: the PDF has no pages")) == (
        "zero_pages", "x.pdf: the PDF has no pages")


def test_truncated_file_qpdf_can_rebuild_is_repaired_into_a_copy(tmp_path, good):
    half = hostile.half_pdf(tmp_path / "half.pdf", good)
    before = half.read_bytes()
    info = ingest(half, ConvertOptions(), tmp_path / "work")
    assert info.pages == 3
    assert info.readable is not None and info.readable.parent == tmp_path / "work"
    assert "repaired by qpdf" in info.repaired and "can't find startxref" in info.repaired
    assert str(tmp_path) not in info.repaired  # qpdf's messages name the file, not its folder
    assert half.read_bytes() == before  # the input is never written
    assert info.sha256 == hashlib.sha256(before).hexdigest()


def test_sound_file_is_read_as_it_is(good):
    info = ingest(good, ConvertOptions())
    assert (info.readable, info.repaired, info.unreadable_pages) == (None, None, {})
    assert info.source == good
