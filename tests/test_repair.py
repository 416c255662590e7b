"""OCR number repair: applied only when the table's arithmetic confirms exactly
one reading; every repair is a warning that keeps the printed text."""

from decimal import Decimal

from extractors.money import amounts
from extractors.validate.arithmetic_repair import repair_tables
from models.contract import Cell, Row, Table

TOL = Decimal("0.2")
COLS = ["Budget 2026", "Prognos 2025"]


def table(rows, page=7):
    out = []
    for label, raws in rows:
        cells = [Cell(column=c, raw=r, value_mnkr=_value(r), page=page) for c, r in zip(COLS, raws) if r]
        out.append(Row(label=label, cells=cells))
    return Table(id="t1", kind="budget", title="Resultatbudget", page=page, unit="mnkr", columns=COLS, rows=out)


def _value(raw):
    v = amounts.parse_amount(raw, "mnkr")
    return None if v is None else float(v)


def budget(personal="-700,0", ovriga="-1 500,0", avskr="-73,9", summa="-2 273,9", intakter="2 627,9"):
    return table([
        ("Verksamhetens intäkter", ("", "")),
        ("Övriga intäkter", (intakter, "2 500,0")),
        ("Summa intäkter", ("2 627,9", "2 500,0")),
        ("Personalkostnader", (personal, "-690,0")),
        ("Övriga kostnader", (ovriga, "-1 450,0")),
        ("Avskrivningar, inventarier", (avskr, "-71,2")),
        ("Summa kostnader", (summa, "-2 211,2")),
    ])


def cell(t, label, column="Budget 2026"):
    row = next(r for r in t.rows if r.label == label)
    return next(c for c in row.cells if c.column == column)


def test_consistent_table_is_left_alone():
    t = budget()
    assert repair_tables([t], {7}, TOL) == []
    assert cell(t, "Avskrivningar, inventarier").value_mnkr == -73.9


def test_dropped_separators_and_minus_read_as_equals_are_repaired():
    t = budget(intakter="26279", avskr="=73,9")
    warnings = repair_tables([t], {7}, TOL)
    assert {(w.row, w.original, w.expected) for w in warnings} == {
        ("Övriga intäkter", "26279", 2627.9), ("Avskrivningar, inventarier", "=73,9", -73.9)}
    assert all(w.code == "ocr_repair" and w.table == "t1" and w.page == 7 for w in warnings)
    assert cell(t, "Övriga intäkter").value_mnkr == 2627.9
    assert cell(t, "Övriga intäkter").raw == "26279"  # the printed text is kept


def test_lost_comma_and_lost_minus_together():
    t = budget(avskr="739")
    [w] = repair_tables([t], {7}, TOL)
    assert (w.original, w.found, w.expected) == ("739", 739.0, -73.9)


def test_nothing_changes_on_pages_that_were_not_ocrd():
    t = budget(intakter="26279")
    assert repair_tables([t], {3}, TOL) == []
    assert cell(t, "Övriga intäkter").value_mnkr == 26279.0


def test_two_damaged_cells_in_one_sum_are_not_guessed():
    """With two unknowns in one sum no single reading is confirmed: both stay."""
    t = budget(personal="7000", ovriga="15000")
    assert repair_tables([t], {7}, TOL) == []
    assert cell(t, "Personalkostnader").value_mnkr == 7000.0


AREA_COLS = ["Utfall 2021", "Budget 2021", "Budgetavvikelse 2021"]


def area_table(forsorjning_utfall="-6,0", forsorjning_avvikelse="-1,0"):
    """Areas with Utfall − Budget = Budgetavvikelse per row, and a Summa row
    of Utfall and Budget (its avvikelse left empty): each avvikelse cell is
    in its row's relation only."""
    rows = [("Område fastigheter", ["-10,0", "-12,0", "2,0"]),
            ("Område försörjning", [forsorjning_utfall, "-5,0", forsorjning_avvikelse]),
            ("Område IT", ["-20,0", "-23,0", "3,0"]),
            ("Summa", ["-36,0", "-40,0", ""])]
    out = [Row(label=label, cells=[Cell(column=c, raw=r, value_mnkr=_value(r), page=3)
                                   for c, r in zip(AREA_COLS, raws) if r]) for label, raws in rows]
    return Table(id="t5", kind="budget", title="Driftredovisning", page=3, unit="mnkr", columns=AREA_COLS, rows=out)


def test_lost_minus_repaired_when_it_is_the_unique_explanation():
    t = area_table(forsorjning_avvikelse="1,0")  # printed -1,0, the minus lost
    warnings = repair_tables([t], {3}, TOL)
    assert [(w.code, w.row, w.original, w.expected) for w in warnings] == [
        ("ocr_repair", "Område försörjning", "1,0", -1.0)]
    assert cell(t, "Område försörjning", "Budgetavvikelse 2021").value_mnkr == -1.0


def test_no_repair_when_another_cell_of_the_same_sum_is_itself_doubtful():
    """Utfall read "-4,0" for -6,0: the row's avvikelse fails and flipping the
    correct "-1,0" would make it pass — but the misread Utfall cell also breaks
    its own column sum, so it may be the culprit: warn, keep the printed value."""
    t = area_table(forsorjning_utfall="-4,0")
    warnings = repair_tables([t], {3}, TOL)
    doubtful = [w for w in warnings if w.code == "ocr_repair_doubtful"]
    assert [(w.row, w.column, w.original, w.found, w.expected) for w in doubtful] == [
        ("Område försörjning", "Budgetavvikelse 2021", "-1,0", -1.0, 1.0)]
    assert not [w for w in warnings if w.code == "ocr_repair" and w.column == "Budgetavvikelse 2021"]
    assert cell(t, "Område försörjning", "Budgetavvikelse 2021").value_mnkr == -1.0


def test_no_repair_when_a_cell_of_the_same_sum_is_unreadable():
    """Deviations per area and their Resultat, Område IT read as "Ra": the
    column sum lacks it, and a flipped "-1,0" would happen to close the gap —
    but the unreadable cell explains it as well, so nothing is changed."""
    cols = ["Budgetavvikelse 2021", "Budgetavvikelse 2020"]
    rows = [("Område fastigheter", ["3,4", "7,5"]), ("Område försörjning", ["-1,0", "-6,5"]),
            ("Område IT", ["Ra", "3,6"]), ("Förvaltningsgemensamt", ["16,6", "15,3"]), ("Resultat", ["21,2", "19,9"])]
    t = Table(id="t5", kind="budget", title="Driftredovisning", page=3, unit="mnkr", columns=cols, rows=[
        Row(label=label, cells=[Cell(column=c, raw=r, value_mnkr=_value(r), page=3) for c, r in zip(cols, raws)])
        for label, raws in rows])
    warnings = repair_tables([t], {3}, TOL)
    assert not [w for w in warnings if w.code == "ocr_repair"]
    assert [(w.code, w.row, w.original, w.expected) for w in warnings] == [
        ("ocr_repair_doubtful", "Område försörjning", "-1,0", 1.0)]
    assert cell(t, "Område försörjning", "Budgetavvikelse 2021").value_mnkr == -1.0
