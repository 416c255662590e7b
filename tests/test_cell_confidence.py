"""Low OCR confidence of money cells becomes a warning (extractors.validate.cell_confidence)."""

from extractors.validate.cell_confidence import cell_confidence, low_confidence_cells
from models.contract import BBox, Cell, Row, Table
from models.pagedata import PageText, Word


def _word(text, x0, top, conf):
    return Word(text=text, x0=x0, top=top, x1=x0 + 20, bottom=top + 9, fontname="ocr", size=9.5, conf=conf)


def _table(page=1):
    def cell(column, raw, value, x0, top):
        return Cell(column=column, raw=raw, value_mnkr=value, page=page,
                    bbox=BBox(x0=x0, top=top, x1=x0 + 20, bottom=top + 9))

    return Table(id="t4", kind="budget", title="Driftredovisning", page=page, unit="mnkr",
                 columns=["Utfall 2021", "Avvikelse %"],
                 rows=[Row(label="Område fastigheter", page=page,
                           cells=[cell("Utfall 2021", "6,5", 6.5, 300, 100), cell("Avvikelse %", "12", None, 400, 100)]),
                       Row(label="Område IT", page=page,
                           cells=[cell("Utfall 2021", "-3,9", -3.9, 300, 115), cell("Avvikelse %", "5", None, 400, 115)])])


def _page(source="ocr"):
    words = [_word("Område", 72, 100, 96), _word("6,5", 300, 100, 43), _word("12", 400, 100, 20),
             _word("-3,9", 300, 115, 91), _word("5", 400, 115, 95)]
    return PageText(number=1, width=595, height=842, words=words, source=source)


def test_low_confidence_money_cell_is_a_warning_with_its_place():
    (w,) = low_confidence_cells([_table()], {1: _page()})
    assert (w.code, w.page, w.table, w.row, w.column) == ("low_ocr_confidence", 1, "t4", "Område fastigheter", "Utfall 2021")
    assert w.found == 43 and w.original == "6,5"
    assert "confidence 43" in w.message and "check it against the page" in w.message


def test_threshold_is_configurable_and_non_money_cells_are_left_alone():
    # the percentage read at 20 has no value_mnkr: no warning; a stricter threshold flags -3,9 too
    found = low_confidence_cells([_table()], {1: _page()}, threshold=92)
    assert [(w.row, w.original) for w in found] == [("Område fastigheter", "6,5"), ("Område IT", "-3,9")]


def test_text_layer_pages_and_cells_without_words_have_no_confidence():
    assert low_confidence_cells([_table()], {1: _page(source="pdf")}) == []
    assert low_confidence_cells([_table(page=2)], {1: _page()}) == []
    lone = Cell(column="x", raw="1", value_mnkr=1.0, bbox=BBox(x0=0, top=0, x1=5, bottom=5))
    assert cell_confidence(lone, _page().words) is None
    assert cell_confidence(Cell(column="x", raw="1"), _page().words) is None
