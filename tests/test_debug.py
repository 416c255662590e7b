"""``plandigit debug FILE --page N``: the PNG of what the stages up to layout
found on one page, and the ``strategy`` each table grid carries."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from extractors.tables.continuation import merged_grid
from models.contract import BBox
from models.options import ConvertOptions
from models.pagedata import GridCell, TableGrid
from pipeline.cli import main, subcommands
from pipeline.convert import Converter
from pipeline.debug import BLOCK, TABLE, header_band

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "vp-2024-servicenamnden.pdf"
# the page with 6.3 Resultatbudget (row-ruled), 6.4 Driftbudget (a lattice) and 6.5 Investeringsbudget
RESULTATBUDGET_PAGE = 14
DPI = 60


@pytest.fixture(scope="module")
def layout():
    return Converter().layout_of(SAMPLE)


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    """Exit code, PNG and stdout of ``plandigit debug`` on the sample page."""
    out = tmp_path_factory.mktemp("debug") / "page.png"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = main(["debug", str(SAMPLE), "--page", str(RESULTATBUDGET_PAGE), "--dpi", str(DPI), "-o", str(out)])
    return code, out, printed.getvalue()


def test_every_grid_names_the_finder_that_found_it(layout):
    strategies = {g.strategy for grids in layout.grids.values() for g in grids}
    assert None not in strategies
    assert strategies <= {"lattice", "hruled", "headed_text", "aligned"}
    page = [g.strategy for g in layout.grids[RESULTATBUDGET_PAGE]]
    assert page == ["hruled", "lattice", "aligned"]  # 6.3 row-ruled, 6.4 a full grid, 6.5 unruled


def test_a_continued_table_keeps_its_first_parts_strategy():
    def grid(page: int, strategy: str) -> TableGrid:
        cell = GridCell(text="Summa", bbox=BBox(x0=0, top=0, x1=10, bottom=10))
        return TableGrid(page=page, bbox=BBox(x0=0, top=0, x1=100, bottom=50), header_rows=[],
                         rows=[[cell, GridCell(text="1", bbox=None)]], strategy=strategy)

    assert merged_grid(grid(3, "lattice"), grid(4, "aligned")).strategy == "lattice"


def test_debug_png_has_the_page_size_and_the_tables_drawn_in_their_boxes(drawn, layout):
    code, out, _ = drawn
    assert code == 0 and out.is_file()
    image = Image.open(out).convert("RGB")
    pdf = pdfium.PdfDocument(str(SAMPLE))
    width_pt, height_pt = pdf[RESULTATBUDGET_PAGE - 1].get_size()
    pdf.close()
    assert abs(image.width - width_pt * DPI / 72) <= 1 and abs(image.height - height_pt * DPI / 72) <= 1
    scale = image.width / width_pt
    pixels = image.load()

    def colour_inside(colour: tuple, box: BBox) -> int:
        xs = range(int(box.x0 * scale), min(image.width, int(box.x1 * scale) + 1))
        ys = range(int(box.top * scale), min(image.height, int(box.bottom * scale) + 1))
        return sum(pixels[x, y] == colour for x in xs for y in ys)

    grids = layout.grids[RESULTATBUDGET_PAGE]
    for grid in grids:
        inside = colour_inside(TABLE, grid.bbox)
        # the box's outline at least: three pixels wide along most of its four sides
        assert inside >= 2 * (grid.bbox.x1 - grid.bbox.x0) * scale, grid.bbox
    # nothing in the table colour far away from any table: the band between 6.3's table and 6.4's
    gap = BBox(x0=grids[0].bbox.x0 + 40, top=grids[0].bbox.bottom + 8, x1=grids[0].bbox.x1 - 40,
               bottom=grids[1].bbox.top - 30)
    assert colour_inside(TABLE, gap) == 0
    blocks = [b for b in layout.blocks if b.page == RESULTATBUDGET_PAGE and b.kind == "paragraph"]
    assert blocks and colour_inside(BLOCK, blocks[0].bbox.model_copy(update={
        "x0": blocks[0].bbox.x0 - 5, "top": blocks[0].bbox.top - 5,
        "x1": blocks[0].bbox.x1 + 5, "bottom": blocks[0].bbox.bottom + 5})) > 0


def test_debug_lists_the_tables_with_their_strategies(drawn):
    _, out, text = drawn
    assert "t1 hruled" in text and "t2 lattice" in text and "t3 aligned" in text
    assert f"wrote {out}" in text


def test_header_band_covers_the_header_rows_only(layout):
    lattice = layout.grids[RESULTATBUDGET_PAGE][1]
    band = header_band(lattice)
    assert band is not None and band.top >= lattice.bbox.top - 1
    first_body = min(c.bbox.top for c in lattice.rows[0] if c.bbox is not None)
    assert band.bottom <= first_body + 1


def test_debug_is_a_subcommand_and_bad_input_is_usage(tmp_path, capsys):
    assert "debug" in [c.name for c in subcommands()]
    assert main(["debug", str(tmp_path / "saknas.pdf"), "--page", "1", "-o", str(tmp_path / "x.png")]) == 2
    assert main(["debug", str(SAMPLE), "--page", "999", "-o", str(tmp_path / "x.png")]) == 2
    assert main(["debug", str(SAMPLE), "--page", "0", "-o", str(tmp_path / "x.png")]) == 2
    not_pdf = tmp_path / "text.pdf"
    not_pdf.write_text("inte en pdf")
    assert main(["debug", str(not_pdf), "--page", "1", "-o", str(tmp_path / "x.png")]) == 4
    err = capsys.readouterr().err
    assert "no page 999" in err and "not_pdf" in err
    assert not (tmp_path / "x.png").exists()


def test_ocr_page_only_queues_that_page_alone():
    from pipeline.debug import OnePageOcr

    runner = OnePageOcr(SAMPLE, ConvertOptions(), page=3)
    for number in (1, 2, 3, 4):
        runner.submit(number, 4)
    assert runner.numbers == [3]
