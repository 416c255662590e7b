"""Structural-doubt warnings on contract tables (extractors.validate.table_doubts)."""

from extractors.validate.table_doubts import table_doubts
from models.contract import BBox, Cell, Row, Table


def table(tid, page, columns, top=100.0, unit="mnkr", pages=None):
    rows = [Row(label="Summa", cells=[Cell(column=c, raw="1,0", value_mnkr=1.0 if unit else None) for c in columns])]
    return Table(id=tid, page=page, pages=pages, unit=unit, columns=columns, rows=rows,
                 bbox=BBox(x0=72, top=top, x1=500, bottom=top + 50))


def codes(tables):
    return sorted((w.code, w.table, w.page, w.column) for w in table_doubts(tables))


def test_named_tables_have_no_doubt():
    assert codes([table("t1", 3, ["Budget 2024", "Budget 2023"]), table("t2", 4, ["Utfall", "Budget"])]) == []


def test_money_table_with_one_generic_column():
    assert codes([table("t1", 3, ["Budget 2024", "col2"])]) == [("generic_column_name", "t1", 3, "col2")]


def test_money_columns_told_apart_only_by_a_number_lost_their_group_label():
    """A two-level header read without its group row: the sub-headers repeat,
    the table model numbers the second one, and both are doubted."""
    from extractors.tables.table_model import to_table
    from models.pagedata import GridCell, TableGrid

    def cells(*texts):
        return [GridCell(t, None, False) for t in texts]

    grid = TableGrid(page=2, bbox=BBox(x0=72, top=100, x1=500, bottom=200),
                     header_rows=[cells("Belopp i mnkr", "Omsättning", "Varav budgetram", "Omsättning", "Varav budgetram")],
                     rows=[cells("Summa", "2 380", "-23,2", "2 394,5", "51,7")], caption=None, ruled=True)
    t = to_table(grid, "t1")
    assert t.columns == ["Omsättning", "Varav budgetram", "Omsättning (2)", "Varav budgetram (2)"]
    assert codes([t]) == sorted(("generic_column_name", "t1", 2, c) for c in t.columns)
    # a printed "(2)" beside no namesake is a name like any other
    assert codes([table("t2", 3, ["Budget (1)", "Budget (2)"])]) == []


def test_generic_columns_of_a_table_that_is_not_money_only_lack_a_header():
    assert codes([table("t1", 3, ["col1", "col2"], unit=None)]) == [("unresolved_header", "t1", 3, None)]


def test_headerless_table_atop_the_next_page_is_an_unjoined_continuation():
    tables = [table("t1", 2, ["Budget 2024", "Budget 2023"], pages=[1, 2]), table("t2", 3, ["col1", "col2"], top=70)]
    got = codes(tables)
    assert ("table_not_joined", "t2", 3, None) in got
    # not when a page lies between, or the column counts differ
    assert "table_not_joined" not in {c for c, *_ in codes([tables[0], table("t2", 4, ["col1", "col2"])])}
    assert "table_not_joined" not in {c for c, *_ in codes([tables[0], table("t2", 3, ["col1", "col2", "col3"])])}


def test_doubts_are_listed_under_their_table_in_the_qa_report():
    from models.contract import OutputDocument, Source
    from pipeline.qa.report_model import index_warnings

    tables = [table("t1", 2, ["Budget 2024", "col2"], pages=[2]), table("t2", 3, ["col1", "col2"], top=70)]
    doc = OutputDocument(source=Source(file="x.pdf", sha256="0" * 64, pages=3), tables=tables,
                         warnings=table_doubts(tables))
    index = index_warnings(doc)
    assert [w.code for w in index.tables["t1"]] == ["generic_column_name"]
    assert sorted(w.code for w in index.tables["t2"]) == ["generic_column_name", "generic_column_name",
                                                          "table_not_joined", "unresolved_header"]
