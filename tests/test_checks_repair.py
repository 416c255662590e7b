"""The checks as the OCR repair asks them: would this reading make the table add up
(``would_be_consistent``), which one reading fits (``confirmed_reading``), on seed
002's Resultatbudget and seed 003's OCR-damaged one; the tolerance."""

from __future__ import annotations

from decimal import Decimal

from checks_helpers import altered, make_table, resultatbudget, row_index  # noqa: F401 - resultatbudget is a fixture
from extractors.validate.checks import check_table, confirmed_reading, run_checks, would_be_consistent


# --- would_be_consistent (the OCR repair question) ------------------------------


def test_would_be_consistent_confirms_the_repaired_number(resultatbudget):
    i = row_index(resultatbudget, "Övriga kostnader")
    # OCR read "-1 284,2" as "-12842": only the real value makes the table add up
    assert would_be_consistent(resultatbudget, i, "Prognos 2023", Decimal("-1284.2"))
    assert not would_be_consistent(resultatbudget, i, "Prognos 2023", Decimal("-12842"))
    total = row_index(resultatbudget, "Summa kostnader")
    assert would_be_consistent(resultatbudget, total, "Budget 2023", Decimal("-2278.4"))
    assert not would_be_consistent(resultatbudget, total, "Budget 2023", Decimal("-22784"))


def test_would_be_consistent_is_false_for_a_cell_no_check_touches():
    table = make_table("t8", "other", "Belopp i mnkr", ["Budget"], "Område IT\t10,0\nOmråde X\t5,0\n")
    assert run_checks(table) == []
    assert not would_be_consistent(table, 0, "Budget", Decimal("10.0"))


def test_tolerance_is_configurable(resultatbudget):
    bad = altered(resultatbudget, "Personalkostnader", "Budget 2023", "-692,9")
    assert len(check_table(bad, tolerance=Decimal("0.05"))) == 1
    assert check_table(bad, tolerance=Decimal("0.2")) == []
    # integer-printed figures: the limit itself applies
    far = altered(resultatbudget, "Personalkostnader", "Budget 2024", "-666")
    assert check_table(far, tolerance=Decimal("1")) == []
    assert len(check_table(far, tolerance=Decimal("0.5"))) == 1


# --- seed 003: an OCR'd Resultatbudget with damaged numbers ---------------------

RESULTATBUDGET_OCR = """\
Verksamhetens intékter\t\t\t
Ovriga intakter\t2627,9\t2578,3\t2 554,8
Summa intakter\t26279\t2578,3\t25548
Verksamhetens kostnader\t\t\t
Personalkostnader\t-665,0\t-634,2\t-648,6
Ovriga kostnader\t-1 360,2\t-1293,1\t-1274,0
Avskrivningar, inventarier\t-73,9\t-71,2\t-73,6
Avskrivningar, fastigheter\t-286,3\t-287,2\t-286,3
Summa kostnader\t-2 385,4\t-2 285,7\t-2282,5
Verksamhetens nettokostnader\t242 5\t292.6\t272,3
Finansnetto\t-155,6\t-155,5\t-155,5
Fastighetsfinansiering\t-84,7\t-119,4\t-114,4
Resultat *)\t2,2\t17,7\t2,4
"""


def test_ocr_damaged_table_is_flagged_and_repairs_are_confirmed():
    table = make_table("t3", "budget", "Belopp i mnkr", ["Budget 2026", "Prognos 2025", "Budget 2025"],
                       RESULTATBUDGET_OCR)
    netto = row_index(table, "Verksamhetens nettokostnader")
    assert table.rows[netto].cells[0].value_mnkr is None  # "242 5" is not a number
    flagged = {(w.row, w.column) for w in check_table(table)}
    assert ("Summa intakter", "Budget 2026") in flagged and ("Summa intakter", "Budget 2025") in flagged
    summa = row_index(table, "Summa intakter")
    assert would_be_consistent(table, summa, "Budget 2026", Decimal("2627.9"))
    assert not would_be_consistent(table, summa, "Budget 2026", Decimal("26279"))
    assert would_be_consistent(table, summa, "Budget 2025", Decimal("2554.8"))
    # with "242 5" read as 242,5 the nettokostnad and Resultat relations hold once
    # Summa intäkter is repaired: repairs are confirmed one at a time
    repaired = altered(table, "Summa intakter", "Budget 2026", "2 627,9")
    assert would_be_consistent(repaired, netto, "Budget 2026", Decimal("242.5"))
    assert not would_be_consistent(repaired, netto, "Budget 2026", Decimal("2425"))


def test_confirmed_reading_picks_the_single_fitting_candidate():
    table = make_table("t3", "budget", "Belopp i mnkr", ["Budget 2026", "Prognos 2025", "Budget 2025"],
                       RESULTATBUDGET_OCR)
    summa = row_index(table, "Summa intakter")
    readings = [Decimal("26279"), Decimal("2627.9"), Decimal("262.79")]
    assert confirmed_reading(table, summa, "Budget 2026", readings) == Decimal("2627.9")
    assert confirmed_reading(table, summa, "Budget 2026", [Decimal("26279")]) is None
    # two readings within tolerance of each other both fit: not confirmed
    assert confirmed_reading(table, summa, "Budget 2026", [Decimal("2627.9"), Decimal("2628.0")]) is None
