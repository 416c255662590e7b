"""Resource limits, qpdf repair, library errors and library logs, one piece at a time
(the whole corpus through the CLI is tests/test_hostile_corpus.py)."""

from __future__ import annotations

import logging
import warnings
import zlib
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest

import hostile
import hostile_corpus
from models.errors import ResourceLimitError, classify_exception
from models.options import ConvertOptions
from pipeline import convert as convert_module
from pipeline.ingest import ingest
from pipeline.limits import bounded_decode, bounded_inflate, check_resources, count_operators
from pipeline.logcapture import capture_library_logs

SAMPLE = hostile_corpus.SAMPLE


def _one_page(path: Path, content: bytes, filters: bytes = b"") -> Path:
    return hostile_corpus._one_page(path, hostile_corpus.stream(filters, content))


def test_bounded_inflate_stops_at_the_limit_and_keeps_damaged_data():
    bomb = hostile_corpus._deflate_repeated(b" ", 32 << 20, prefix=b"BT ET ")
    assert len(bomb) < 64 << 10  # 32 MiB of spaces compress a thousandfold
    assert len(bounded_inflate(bomb, 1 << 20)) == 1 << 20
    assert len(bounded_inflate(bomb, 64 << 20)) == len(b"BT ET ") + (32 << 20)
    text = bytes(range(256)) * 400
    whole = zlib.compress(text)
    partial = bounded_inflate(whole[: len(whole) // 2], 1 << 20)  # cut short: as far as it goes
    assert 0 < len(partial) < len(text) and text.startswith(partial)
    assert bounded_inflate(b"not zlib at all", 100) == b""


def test_bounded_decode_matches_qpdf_on_the_sample_chains():
    with pikepdf.open(SAMPLE) as pdf:
        contents = [page.obj.Contents for page in pdf.pages]
        assert {str(f) for c in contents for f in c.Filter} == {"/ASCII85Decode", "/FlateDecode"}
        assert all(bounded_decode(c, 1 << 26) == bytes(c.read_bytes()) for c in contents)
        assert all(len(bounded_decode(c, 100)) == 100 for c in contents)


def test_count_operators_skips_strings_names_and_comments():
    content = b"BT /F1 12 Tf 72 770 Td (q Q re f) Tj <48656c6c6f> Tj ET % q Q q\n[1 2] 0 d true null"
    assert count_operators(content) == 7  # BT Tf Td Tj Tj ET d
    assert count_operators(b"q Q " * 1000, stop=10) == 10


def test_content_bomb_fails_naming_the_page(tmp_path):
    data = hostile_corpus._deflate_repeated(b" ", 8 << 20, prefix=hostile_corpus._TEXT)
    path = _one_page(tmp_path / "bomb.pdf", data, b"/Filter /FlateDecode")
    options = ConvertOptions(max_content_bytes=4 << 20)
    with pikepdf.open(path) as pdf, pytest.raises(ResourceLimitError, match=r"bomb.pdf: page 1: .*inflates beyond"):
        check_resources(pdf, options, path.name)
    with pikepdf.open(path) as pdf:
        check_resources(pdf, ConvertOptions(max_content_bytes=16 << 20, max_page_operators=10 << 20), path.name)


def test_operator_and_image_limits(tmp_path):
    busy = _one_page(tmp_path / "busy.pdf", b"0 0 m 1 1 l S\n" * 2000)  # 6 000 operators
    with pikepdf.open(busy) as pdf:
        with pytest.raises(ResourceLimitError, match="more than 1,000 content operators"):
            check_resources(pdf, ConvertOptions(max_page_operators=1000), "busy.pdf")
        check_resources(pdf, ConvertOptions(max_page_operators=10_000), "busy.pdf")
    bomb = hostile_corpus.image_bomb(tmp_path / "image.pdf")
    with pikepdf.open(bomb) as pdf, pytest.raises(ResourceLimitError, match=r"page 1: image /Im1 is 100,000 × 100,000"):
        check_resources(pdf, ConvertOptions(), "image.pdf")


def test_the_sample_passes_the_default_limits():
    with pikepdf.open(SAMPLE) as pdf:
        check_resources(pdf, ConvertOptions(), SAMPLE.name)


def test_ingest_stops_both_bombs_and_a_nesting_beyond_qpdfs_limit(tmp_path):
    for build, words in ((hostile_corpus.flate_bomb, "64 MiB"), (hostile_corpus.image_bomb, "megapixels"),
                         (hostile_corpus.deep_nesting, "parser-max-nesting")):
        path = build(tmp_path / f"{build.__name__}.pdf")
        with pytest.raises(ResourceLimitError, match=words):
            ingest(path, ConvertOptions(), tmp_path / "work")


def test_damaged_copies_are_repaired_and_the_loop_is_corrupt(tmp_path):
    data = SAMPLE.read_bytes()
    import random

    rng = random.Random(1)
    xref = tmp_path / "xref.pdf"
    xref.write_bytes(hostile_corpus.xref_garbage(data, rng))
    info = ingest(xref, ConvertOptions(), tmp_path / "work")
    assert info.pages == 27 and "xref not found" in info.repaired
    with pytest.raises(Exception) as caught:
        ingest(hostile_corpus.page_tree_loop(tmp_path / "loop.pdf"), ConvertOptions(), tmp_path / "work")
    assert classify_exception(caught.value)[0] == "corrupt" and "Loop detected" in str(caught.value)


def test_library_exceptions_are_input_classes_and_our_bugs_are_not(tmp_path):
    classes = {}
    try:
        pdfium.PdfDocument(b"%PDF-1.4 garbage")
    except Exception as exc:  # noqa: BLE001
        classes["pdfium"] = classify_exception(exc)
    try:
        pikepdf.open(hostile.text_as_pdf(tmp_path / "text.pdf"))
    except Exception as exc:  # noqa: BLE001
        classes["pikepdf"] = classify_exception(exc)[0]
    try:
        raise RecursionError("maximum recursion depth exceeded")
    except RecursionError as exc:
        classes["recursion"] = classify_exception(exc)[0]
    try:
        {}["saknas"]
    except KeyError as exc:
        classes["ours"] = classify_exception(exc)[0]
    assert classes["pdfium"][0] == "corrupt" and "pypdfium2" in classes["pdfium"][1]
    assert classes["pikepdf"] == "corrupt"
    assert classes["recursion"] == "resource_limit"
    assert classes["ours"] == "internal_error"


def test_text_layer_failure_on_a_sound_file_converts_the_repaired_copy(tmp_path, monkeypatch):
    from pdfminer.pdfparser import PDFSyntaxError

    good = hostile.good_pdf(tmp_path / "vp.pdf", pages=2)
    real = convert_module.load_pages
    read = []

    def load_pages(path, options, unreadable=None, whole_file_fallback=True, **kwargs):
        read.append((Path(path), whole_file_fallback))
        if Path(path) == good:
            raise PDFSyntaxError("pdfminer cannot parse it")
        return real(path, options, unreadable, whole_file_fallback=whole_file_fallback, **kwargs)

    monkeypatch.setattr(convert_module, "load_pages", load_pages)
    doc = convert_module.Converter().convert(good, ConvertOptions(ocr="never"))
    # the sound file first without pdfium's route for a whole file pdfminer cannot read, then qpdf's rewrite with it
    assert read[0] == (good, False) and read[1][0] != good and read[1][1] and not read[1][0].exists()
    assert [w.code for w in doc.warnings][:1] == ["repaired"]
    assert doc.source.sha256 == ingest(good, ConvertOptions()).sha256


def test_a_page_pdfminer_fails_on_is_read_by_pdfium_and_skipped_only_when_pdfium_fails_too(tmp_path, monkeypatch):
    from extractors.pages import page_source, pdfium_layer

    good = hostile.good_pdf(tmp_path / "vp.pdf", pages=3)
    real = page_source.page_text

    def page_text(page, number):
        if number == 2:
            raise ValueError("Invalid octal b'665'")
        return real(page, number)

    monkeypatch.setattr(page_source, "page_text", page_text)
    pages, found = page_source.load_pages(good, ConvertOptions(ocr="auto"))
    assert [" ".join(w.text for w in p.words[:2]) for p in pages] == \
        ["Servicenämnden 1(3)", "Servicenämnden 2(3)", "Servicenämnden 3(3)"]
    assert [(w.code, w.page) for w in found] == [("text_layer_fallback", 2)]
    assert "Invalid octal" in found[0].message and "pdfium's text page" in found[0].message

    def pdfium_fails(pdf, number):
        raise pdfium_layer.pdfium.PdfiumError("Failed to load page.")

    monkeypatch.setattr(pdfium_layer, "read_page", pdfium_fails)
    pages, found = page_source.load_pages(good, ConvertOptions(ocr="never"))
    assert [len(p.words) > 0 for p in pages] == [True, False, True]
    assert [(w.code, w.page) for w in found] == [("page_unreadable", 2)]
    assert "Invalid octal" in found[0].message and "Failed to load page" in found[0].message
    monkeypatch.setattr(page_source, "page_text", lambda page, number: page_text(page, 2))
    with pytest.raises(Exception, match="no page can be read by any route"):
        page_source.load_pages(good, ConvertOptions(ocr="never"))


def test_library_logs_are_captured_not_printed(capfd, caplog):
    handlers = list(logging.getLogger("pdfminer").handlers)
    with capture_library_logs() as log:
        for _ in range(3):
            logging.getLogger("pdfminer.pdffont").warning("Could not get FontBBox from font descriptor")
        logging.getLogger("pikepdf._core").error("qpdf said something")
        warnings.warn("a library warning", UserWarning)
    assert capfd.readouterr().err == ""
    assert log.total == 5
    summary = log.summary()
    assert "pdfminer: Could not get FontBBox from font descriptor (×3)" in summary
    assert "pikepdf: qpdf said something" in summary and "a library warning" in summary
    assert "FontBBox" not in caplog.text  # nothing reached the root logger either
    assert logging.getLogger("pdfminer").handlers == handlers and logging.getLogger("pdfminer").propagate

    with capture_library_logs(verbose=True) as log:
        logging.getLogger("pdfminer.pdffont").warning("shown when verbose")
    assert "pdfminer.pdffont: WARNING: shown when verbose" in capfd.readouterr().err and log.total == 1


def test_library_log_lines_go_to_the_record_and_only_with_verbose_to_stderr(tmp_path, capfd):
    import json

    from pipeline.cli import main

    src = hostile_corpus.font_without_bbox(tmp_path / "in" / "font.pdf")
    assert main(["convert", str(src), "-o", str(tmp_path / "out"), "--jobs", "1", "--ocr", "never"]) == 0
    quiet = capfd.readouterr()
    assert "FontBBox" not in quiet.err + quiet.out
    doc = json.loads((tmp_path / "out" / "font.json").read_text())
    logged = [w["message"] for w in doc["warnings"] if w["code"] == "pdf_library_messages"]
    assert len(logged) == 1 and "pdfminer: Could not get FontBBox" in logged[0]
    assert main(["convert", str(src), "-o", str(tmp_path / "out2"), "--jobs", "1", "--ocr", "never",
                 "--verbose"]) == 0
    assert "Could not get FontBBox" in capfd.readouterr().err


def test_worker_memory_limit_is_on_by_default_and_zero_lifts_it():
    from pipeline.cli import build_parser, subcommands

    parser = build_parser(subcommands())
    assert parser.parse_args(["convert", "x.pdf", "-o", "out"]).max_memory_mb == 2048
    assert parser.parse_args(["convert", "x.pdf", "-o", "out", "--max-memory-mb", "0"]).max_memory_mb == 0
    with pytest.raises(SystemExit):
        parser.parse_args(["convert", "x.pdf", "-o", "out", "--max-memory-mb", "-1"])
