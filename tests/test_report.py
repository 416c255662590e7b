"""QA report (pipeline.qa.report): index worst first with counts, escaping, failed
records, warning cells, crops, source lookup, determinism.

:func:`make_batch` (also used by ``test_report_browser.py``) builds a small
output folder by hand: a one-page PDF drawn with reportlab holding a known
money table, its OutputDocument with exact cell boxes and a known
``sum_mismatch`` warning, two more documents and a failed manifest record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4

from models.contract import BBox, Cell, DocumentInfo, Item, OutputDocument, PageInfo, Row, Source, Table, DocWarning
from pipeline.ingest import sha256_file
from pipeline.manifest import Manifest, ManifestRecord, write_manifest
from pipeline.qa.report import TABLE_DPI, build_report
from pipeline.qa.report_model import MARGIN_PT, index_warnings, resolve_source, table_crops
from pipeline.qa.corrections import load_outputs
from tinypdf import Text, build_pdf, table_ops

TABLE_X, TABLE_TOP = 72.0, 160.0
COL_WIDTHS = (200.0, 110.0, 110.0)
ROW_HEIGHT = 10.0 * 1.2 + 2 * 4.0  # table_ops: one line of 10 pt + padding
ROWS = [
    ["Belopp i mnkr", "Budget 2024", "Budget 2023"],
    ["Övriga intäkter", "2 380", "2 381,4"],
    ["Avgifter <ej fördelade>", "120,5", "118,0"],
    ["Summa intäkter", "2 510,5", "2 499,4"],  # Budget 2024: 2 380 + 120,5 = 2 500,5, printed 2 510,5
]
WARNED = ("Summa intäkter", "Budget 2024")


@dataclass
class Batch:
    outdir: Path
    pdf: Path
    doc: OutputDocument  # the document with the table


def _number(raw: str) -> float:
    return float(raw.replace(" ", "").replace(",", "."))


def money_table_doc(pdf: Path, name: str = "vp-2024-test.pdf") -> OutputDocument:
    """The contract document of :func:`draw_money_table`'s PDF, boxes exact."""
    xs = [TABLE_X]
    for w in COL_WIDTHS:
        xs.append(xs[-1] + w)
    rows = []
    for r, printed in enumerate(ROWS[1:], start=1):
        top = TABLE_TOP + r * ROW_HEIGHT
        cells = [Cell(column=ROWS[0][c], raw=printed[c], value_mnkr=_number(printed[c]), page=1,
                      bbox=BBox(x0=xs[c], top=top, x1=xs[c + 1], bottom=top + ROW_HEIGHT)) for c in (1, 2)]
        rows.append(Row(label=printed[0], cells=cells, bold=r == 3, page=1,
                        bbox=BBox(x0=xs[0], top=top, x1=xs[-1], bottom=top + ROW_HEIGHT)))
    table = Table(id="t1", kind="budget", title="6.3 Resultatbudget", page=1, unit="mnkr",
                  columns=ROWS[0][1:], rows=rows,
                  bbox=BBox(x0=xs[0], top=TABLE_TOP, x1=xs[-1], bottom=TABLE_TOP + len(ROWS) * ROW_HEIGHT))
    width, height = A4
    return OutputDocument(
        source=Source(file=name, sha256=sha256_file(pdf), pages=1),
        document=DocumentInfo(type="verksamhetsplan", year=2024, organisation="Servicenämnden",
                              title="Verksamhetsplan med budget 2024"),
        page_info=[PageInfo(page=1, width=width, height=height)],
        items=[Item(id="i1", kind="goal", text="Regionservice är en värdeskapande partner.", page=1),
               Item(id="i2", kind="assignment", text="Område IT får i uppdrag att <utreda> & föreslå.", page=1)],
        tables=[table],
        warnings=[DocWarning(code="sum_mismatch", page=1, table="t1", row=WARNED[0], column=WARNED[1],
                          message="Summa intäkter (Budget 2024) is 2 510,5 but its rows sum to 2 500,5",
                          expected=2500.5, found=2510.5)],
    )


def draw_money_table(path: Path) -> Path:
    ops, _ = table_ops(TABLE_X, TABLE_TOP, COL_WIDTHS, ROWS, ruled=True, bold_rows=[0, 3])
    return build_pdf(path, [[Text(TABLE_X, TABLE_TOP - 30, "6.3 Resultatbudget", size=13, bold=True), *ops]])


def _record(output: str, status: str, **kw) -> ManifestRecord:
    return ManifestRecord(output=output, status=status, pipeline_version="test", options_digest="x", **kw)


def make_batch(tmp_path: Path) -> Batch:
    """An output folder: plan with the money table (1 warning), a report with
    3 warnings, a clean document, and a failed input; manifest.json."""
    indir = tmp_path / "in"
    indir.mkdir()
    outdir = tmp_path / "out"
    outdir.mkdir()
    pdf = draw_money_table(indir / "vp-2024-test.pdf")
    doc = money_table_doc(pdf)
    (outdir / "vp-2024-test.json").write_text(doc.to_json(), encoding="utf-8")
    noisy = OutputDocument(
        source=Source(file="vb-2021-test.pdf", sha256="0" * 64, pages=30),
        document=DocumentInfo(type="verksamhetsberattelse", year=2021),
        items=[Item(id=f"i{n}", kind=kind, text=f"{kind} {n}", page=3)
               for n, kind in enumerate(["goal", "goal", "indicator", "indicator", "indicator", "risk"], start=1)],
        warnings=[DocWarning(code="ocr_page", page=p, message=f"page {p} was OCR'd") for p in (2, 3, 4)],
    )
    (outdir / "vb-2021-test.json").write_text(noisy.to_json(), encoding="utf-8")
    clean = OutputDocument(source=Source(file="vp-2026-test.pdf", sha256="1" * 64, pages=12),
                           document=DocumentInfo(type="verksamhetsplan", year=2026))
    (outdir / "vp-2026-test.json").write_text(clean.to_json(), encoding="utf-8")
    records = [
        _record("vp-2024-test.json", "ok", input="vp-2024-test.pdf", input_root=str(indir), sha256=doc.source.sha256,
                pages=1, warnings=1),
        _record("vb-2021-test.json", "ok", input="vb-2021-test.pdf", input_root=str(indir), pages=30, warnings=3),
        _record("vp-2026-test.json", "skipped", input="vp-2026-test.pdf", input_root=str(indir), pages=12),
        _record("broken.json", "failed", input="broken.pdf", input_root=str(indir), error_class="encrypted",
                error="the PDF is encrypted and no password was given"),
    ]
    write_manifest(outdir / "manifest.json", Manifest(pipeline_version="test", records=records))
    return Batch(outdir=outdir, pdf=pdf, doc=doc)


class _Rows(HTMLParser):
    """Rows of ``<table id=documents>``: (data-output, data-status, cell texts)."""

    def __init__(self):
        super().__init__()
        self.rows: list[tuple[str, str, list[str]]] = []
        self._in_td = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr" and "data-output" in a:
            self.rows.append((a["data-output"], a["data-status"], []))
        elif tag == "td" and self.rows:
            self._in_td = True
            self.rows[-1][2].append("")

    def handle_endtag(self, tag):
        if tag == "td":
            self._in_td = False

    def handle_data(self, data):
        if self._in_td and self.rows:
            self.rows[-1][2][-1] += data


def _index_rows(index: Path) -> list[tuple[str, str, list[str]]]:
    parser = _Rows()
    parser.feed(index.read_text(encoding="utf-8"))
    return parser.rows


def test_index_lists_documents_worst_first_with_counts(tmp_path):
    batch = make_batch(tmp_path)
    index = build_report(batch.outdir)
    assert index == batch.outdir / "report" / "index.html"
    rows = _index_rows(index)
    assert [r[0] for r in rows] == ["broken.json", "vb-2021-test.json", "vp-2024-test.json", "vp-2026-test.json"]
    assert [r[1] for r in rows] == ["failed", "ok", "ok", "skipped"]
    # columns: status, document, type, year, pages, goal, indicator, assignment, activity, strategy, risk,
    #          tables, warnings, reviewed, error class, message
    by_name = {r[0]: r[2] for r in rows}
    report = by_name["vb-2021-test.json"]
    assert report[2:5] == ["verksamhetsberattelse", "2021", "30"]
    assert report[5:11] == ["2", "3", "0", "0", "0", "1"]
    assert report[11:14] == ["0", "3", "0"]
    plan = by_name["vp-2024-test.json"]
    assert plan[5:14] == ["1", "0", "1", "0", "0", "0", "1", "1", "0"]
    assert "Verksamhetsplan med budget 2024" in plan[1]


def test_failed_record_is_listed_with_its_error_class(tmp_path):
    batch = make_batch(tmp_path)
    rows = _index_rows(build_report(batch.outdir))
    failed = [r for r in rows if r[1] == "failed"]
    assert len(failed) == 1
    output, _, cells = failed[0]
    assert output == "broken.json"
    assert cells[14] == "encrypted"
    assert cells[15] == "the PDF is encrypted and no password was given"
    assert not (batch.outdir / "report" / "broken.html").exists()


def test_labels_and_texts_are_escaped(tmp_path):
    batch = make_batch(tmp_path)
    build_report(batch.outdir)
    page = (batch.outdir / "report" / "vp-2024-test.html").read_text(encoding="utf-8")
    assert "Avgifter &lt;ej fördelade&gt;" in page
    assert "<ej fördelade>" not in page
    assert "att &lt;utreda&gt; &amp; föreslå" in page
    assert "<utreda>" not in page


def test_warning_cell_is_highlighted_with_reason(tmp_path):
    batch = make_batch(tmp_path)
    build_report(batch.outdir)
    page = (batch.outdir / "report" / "vp-2024-test.html").read_text(encoding="utf-8")
    warned = re.findall(r'<td data-column="Budget 2024"[^>]*class="warn warn-sum_mismatch"[^>]*>', page)
    assert len(warned) == 1
    assert 'title="sum_mismatch: Summa intäkter (Budget 2024) is 2 510,5' in warned[0]
    assert len(re.findall(r'class="[^"]*warn-sum_mismatch', page)) == 1  # only that cell
    index = index_warnings(batch.doc)
    assert list(index.cells) == [("t1", 2, 0)]


def test_table_crop_image_covers_the_table(tmp_path):
    batch = make_batch(tmp_path)
    build_report(batch.outdir)
    crops = table_crops(batch.doc, batch.doc.tables[0])
    assert [(c.id, c.page) for c in crops] == [("t1-p1", 1)]
    png = batch.outdir / "report" / "img" / "vp-2024-test" / "t1-p1.png"
    with Image.open(png) as im:
        width, height = im.size
        dark = im.convert("L").point(lambda v: 255 if v < 128 else 0).histogram()[255]
    scale = TABLE_DPI / 72
    assert abs(width - (sum(COL_WIDTHS) + 2 * MARGIN_PT) * scale) <= 2
    assert abs(height - (len(ROWS) * ROW_HEIGHT + 2 * MARGIN_PT) * scale) <= 2
    assert dark > 500  # rulings and digits were rendered
    page = (batch.outdir / "report" / "vp-2024-test.html").read_text(encoding="utf-8")
    assert 'src="img/vp-2024-test/t1-p1.png"' in page
    assert len(re.findall(r'data-box="[\d. ]+"', page)) == 6  # every cell has its box


def test_source_found_through_manifest_and_refused_when_changed(tmp_path):
    batch = make_batch(tmp_path)
    loaded = {d.output: d for d in load_outputs(batch.outdir)}
    found = resolve_source(loaded["vp-2024-test.json"])
    assert found.path == batch.pdf
    batch.pdf.write_bytes(batch.pdf.read_bytes() + b"\n% changed\n")
    refused = resolve_source(loaded["vp-2024-test.json"])
    assert refused.path is None and "sha256 differs" in refused.note
    build_report(batch.outdir)
    page = (batch.outdir / "report" / "vp-2024-test.html").read_text(encoding="utf-8")
    assert "sha256 differs" in page and "<img" not in page


def test_source_root_when_manifest_paths_do_not_resolve(tmp_path):
    batch = make_batch(tmp_path)
    (batch.outdir / "manifest.json").unlink()
    moved = tmp_path / "archive"
    moved.mkdir()
    batch.pdf.rename(moved / batch.pdf.name)
    loaded = {d.output: d for d in load_outputs(batch.outdir)}
    assert resolve_source(loaded["vp-2024-test.json"]).path is None
    assert resolve_source(loaded["vp-2024-test.json"], source_root=moved).path == moved / batch.pdf.name


def test_report_is_deterministic_and_replaced_whole(tmp_path):
    batch = make_batch(tmp_path)
    build_report(batch.outdir)
    first = {p.relative_to(batch.outdir): p.read_bytes() for p in (batch.outdir / "report").rglob("*") if p.is_file()}
    stale = batch.outdir / "report" / "img" / "stale.png"
    stale.write_bytes(b"x")
    build_report(batch.outdir)
    second = {p.relative_to(batch.outdir): p.read_bytes() for p in (batch.outdir / "report").rglob("*") if p.is_file()}
    assert first == second
    assert not stale.exists()
    assert not [p for p in batch.outdir.iterdir() if p.name.startswith(".report")]


def test_warning_without_row_label_found_by_printed_text(tmp_path):
    batch = make_batch(tmp_path)
    doc = batch.doc.model_copy(deep=True)
    doc.tables[0].rows[1].label = ""
    doc.warnings = [DocWarning(code="unparsed_number", page=1, table="t1", row="", column="Budget 2023", original="118,0",
                            message="'118,0' looks like a number but was not parsed"),
                    DocWarning(code="low_ocr_confidence", page=1, message="page 1: mean word confidence 61")]
    index = index_warnings(doc)
    assert list(index.cells) == [("t1", 1, 1)] and not index.tables
    assert [w.code for w in index.other] == ["low_ocr_confidence"]


def test_table_over_two_pages_gets_a_crop_per_page(tmp_path):
    batch = make_batch(tmp_path)
    doc = batch.doc.model_copy(deep=True)
    table = doc.tables[0]
    doc.page_info.append(doc.page_info[0].model_copy(update={"page": 2}))
    last = table.rows[-1]
    last.page = 2
    for cell in last.cells:
        cell.page = 2
        cell.bbox = BBox(x0=cell.bbox.x0, top=80.0, x1=cell.bbox.x1, bottom=100.0)
    last.bbox = BBox(x0=last.bbox.x0, top=80.0, x1=last.bbox.x1, bottom=100.0)
    table.pages = [1, 2]
    crops = table_crops(doc, table)
    assert [(c.id, c.page) for c in crops] == [("t1-p1", 1), ("t1-p2", 2)]
    assert crops[1].box.top == 80.0 - MARGIN_PT and crops[1].box.bottom == 100.0 + MARGIN_PT


def test_unreadable_json_is_listed_not_fatal(tmp_path):
    batch = make_batch(tmp_path)
    (batch.outdir / "half-written.json").write_text('{"schema_version": "1", "source": ', encoding="utf-8")
    rows = _index_rows(build_report(batch.outdir))
    assert [r[0] for r in rows][:2] == ["broken.json", "half-written.json"]
    status, cells = rows[1][1], rows[1][2]
    assert status == "unreadable" and cells[14] == "unreadable_json" and cells[15].startswith("JSONDecodeError")
