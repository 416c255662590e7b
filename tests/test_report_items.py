"""The QA report's items and table order (issue 21): an item's parent and its
history across years, text tables left-aligned and wrapped, money tables
before text matrices, an item's page link carrying its box for the viewer."""

from __future__ import annotations

import re

from models.contract import BBox, Cell, DocumentInfo, Item, OutputDocument, Row, Source, Table
from pipeline.manifest import Manifest, write_manifest
from pipeline.qa.report import build_report
from pipeline.qa.report_model import is_text_cell, ordered_tables, page_box
from test_report import _record, draw_money_table, money_table_doc

GOAL = "Regionservice är en möjliggörande och värdeskapande partner."
INDICATOR = "HME delindex Ledning ska bibehållas eller öka."
LONG = "Ombyggnation av lokaler för framtidens endoskopi på Karlskoga lasarett med nya behandlingsrum"


def _plan(pdf) -> OutputDocument:
    doc = money_table_doc(pdf)
    text = Table(id="t0", kind="other", title="Övergripande mål", page=1, columns=["Inriktningsmål"],
                 rows=[Row(label="God hälsa", cells=[Cell(column="Inriktningsmål", raw=LONG)])])
    doc.tables = [text, *doc.tables]  # the text matrix printed first
    doc.items = [
        Item(id="i1", kind="perspective", text="Process", cue="Perspektiv:", page=1),
        Item(id="i2", kind="goal", text=GOAL, page=1, parent="i1",
             bbox=BBox(x0=100, top=200, x1=400, bottom=220)),
        Item(id="i3", kind="indicator", text=INDICATOR, page=1, parent="i2",
             bbox=BBox(x0=100, top=230, x1=300, bottom=242)),
    ]
    return doc


def _report() -> OutputDocument:
    return OutputDocument(
        source=Source(file="vb-2021-test.pdf", sha256="0" * 64, pages=30),
        document=DocumentInfo(type="verksamhetsberattelse", year=2021),
        items=[Item(id="i7", kind="goal", text=GOAL, page=3),
               Item(id="i8", kind="indicator", text=INDICATOR, page=3, parent="i7", outcome="79", target=">77",
                    status="helt"),
               Item(id="i9", kind="indicator", text="HME delindex Motivation ska öka.", page=3, parent="i7")])


def _batch(tmp_path):
    indir, outdir = tmp_path / "in", tmp_path / "out"
    indir.mkdir()
    outdir.mkdir()
    pdf = draw_money_table(indir / "vp-2024-test.pdf")
    plan = _plan(pdf)
    (outdir / "vp-2024-test.json").write_text(plan.to_json(), encoding="utf-8")
    (outdir / "vb-2021-test.json").write_text(_report().to_json(), encoding="utf-8")
    write_manifest(outdir / "manifest.json", Manifest(pipeline_version="test", records=[
        _record("vp-2024-test.json", "ok", input="vp-2024-test.pdf", input_root=str(indir), sha256=plan.source.sha256,
                pages=1),
        _record("vb-2021-test.json", "ok", input="vb-2021-test.pdf", input_root=str(indir), pages=30)]))
    build_report(outdir)
    return outdir / "report", plan


def _li(html: str, item_id: str) -> str:
    m = re.search(rf'<li id="{item_id}">(.*?)</li>\s*(?=<li id=|</ol>)', html, re.S)
    assert m, item_id
    return m.group(1)


def test_item_shows_its_parent_and_its_history(tmp_path):
    report, _ = _batch(tmp_path)
    html = (report / "vp-2024-test.html").read_text(encoding="utf-8")
    indicator = _li(html, "i3")
    assert 'under goal: <a href="#i2">' in indicator
    # the 2021 report's occurrence: its year, link, result and target; not the look-alike Motivation
    assert 'href="vb-2021-test.html#i8"' in indicator and "utfall 79" in indicator and "mål &gt;77" in indicator
    assert "Motivation" not in indicator
    assert 'under perspective: <a href="#i1">Process</a>' in _li(html, "i2")
    back = (report / "vb-2021-test.html").read_text(encoding="utf-8")
    assert 'href="vp-2024-test.html#i3"' in _li(back, "i8")


def test_money_tables_come_before_text_matrices_and_text_wraps(tmp_path):
    report, plan = _batch(tmp_path)
    html = (report / "vp-2024-test.html").read_text(encoding="utf-8")
    assert html.index('id="t1"') < html.index('id="t0"')
    assert [t.id for t in ordered_tables(plan)] == ["t1", "t0"]
    assert '<table class="grid text">' in html and '<table class="grid money">' in html
    css = (report / "vp-2024-test.html").read_text(encoding="utf-8")
    assert re.search(r"table\.grid\.text td, table\.grid td\.text \{ text-align: left; white-space: normal;", css)
    assert is_text_cell(LONG) and not is_text_cell("2 380,5") and not is_text_cell("5,1%") and not is_text_cell("")


def test_item_page_link_outlines_the_item_on_the_page_image(tmp_path):
    report, plan = _batch(tmp_path)
    html = (report / "vp-2024-test.html").read_text(encoding="utf-8")
    link = re.search(r'<a href="([^"]+)" class="item-page" data-img="([^"]+)" data-box="([^"]+)">p\. 1</a>',
                     _li(html, "i2"))
    assert link and link.group(1) == link.group(2) and (report / link.group(2)).is_file()
    left, top, width, height = map(float, link.group(3).split())
    expected = page_box(plan, 1, plan.items[1].bbox)
    assert (left, top, width, height) == tuple(round(v, 3) for v in expected)
    assert 0 < left < 100 and 0 < top < 100 and width > 0 and height > 0
    assert 'id="page-viewer"' in html and "a.item-page[data-box]" in html
    # an item without a box keeps a plain page link
    assert 'class="item-page"' not in _li(html, "i1")
