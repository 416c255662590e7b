"""Table arithmetic checks on the report tables of seed 001 (VB 2021): Resultatrapport
and Driftredovisning with their deviation columns, Kostnadsanalys with account
numbers as labels."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checks_helpers import altered, make_table
from extractors.validate.checks import check_table, run_checks
from models.contract import Table


# --- seed 001: report tables ---------------------------------------------------

RESULTATRAPPORT = """\
Övriga intäkter\t2 059,1\t2 058,3\t1 990,0\t0,8\t69,1
Summa intäkter\t2 059,1\t2 058,3\t1 990,0\t0,8\t69,1
Personalkostnader\t-576,3\t-582,9\t-542,8\t6,6\t-33,5
Övriga kostnader\t-1 051,2\t-1 072,5\t-984,9\t21,3\t-66,3
Avskrivningar, inventarier\t-47,8\t-48,6\t-41,1\t0,8\t-6,7
Avskrivningar, fastigheter\t-232,4\t-237,2\t-189,1\t4,8\t-43,3
Summa kostnader\t-1 907,7\t-1 941,2\t-1 757,9\t33,5\t-149,8
Verksamhetens netto- kostnad\t151,4\t117,1\t232,1\t34,3\t-80,7
Finansnetto\t-165,0\t-164,2\t-265,3\t-0,8\t100,3
Resultat\t-13,6\t-47,1\t-33,2\t33,5\t19,6
"""
DRIFTREDOVISNING = """\
Område fastigheter\t3,4\t939,4\t0,4\t7,5
Område försörjning\t-1,0\t378,8\t-0,3\t-6,5
Område IT\t2,2\t367,2\t0,6\t3,6
Område administrativ utveckling och service\t8,3\t88,7\t9,4\t9,3
Område kundtjänst\t2,4\t119,1\t2,0\t0,3
Område medicinsk teknik\t1,6\t73,0\t2,2\t0,3
Förvaltningsgemensamt\t16,6\t92,9\t17,9\t15,3
Resultat\t33,5\t2 059,1\t1,6\t29,8
"""


RR_COLUMNS = ["Utfall 2021", "Budget 2021", "Utfall 2020", "Budget- avvikelse", "Utfalls- avvikelse"]


def resultatrapport() -> Table:
    return make_table("t1", "budget", "Belopp i mnkr", RR_COLUMNS, RESULTATRAPPORT)


def test_report_tables_pass_and_relation_column_is_not_checked():
    rr = resultatrapport()
    checks = run_checks(rr)
    assert check_table(rr) == []
    assert sum(c.kind != "avvikelse" for c in checks) == 20  # 4 relations x 5 columns
    assert sum(c.kind == "avvikelse" for c in checks) == 20  # 10 rows x 2 deviation columns
    dr = make_table("t2", "budget", "Belopp i mnkr",
                    ["Budgetavvikelse 2021", "Omsättning *) 2021", "Relation (%)", "Budgetavvikelse 2020"],
                    DRIFTREDOVISNING)
    checks = run_checks(dr)
    assert check_table(dr) == []
    assert sorted(c.column for c in checks) == ["Budgetavvikelse 2020", "Budgetavvikelse 2021", "Omsättning *) 2021"]
    assert all(c.kind == "area summa" for c in checks)


def test_budgetavvikelse_is_utfall_minus_budget_per_row():
    bad = altered(resultatrapport(), "Övriga kostnader", "Budget- avvikelse", "12,3")
    w = check_table(bad)
    assert [(x.code, x.row, x.column, x.expected, x.found) for x in w] == [
        ("sum_mismatch", "Summa kostnader", "Budget- avvikelse", pytest.approx(24.5), pytest.approx(33.5)),
        ("deviation_mismatch", "Övriga kostnader", "Budget- avvikelse", pytest.approx(21.3), pytest.approx(12.3)),
    ]
    assert "Utfall 2021 − Budget 2021 is 21,3" in w[1].message


# seed 001, Kostnadsanalys: account numbers as labels, the total named in a text cell
KOSTNADSANALYS = """\
4011+ 4081\tMånadslöner\t298,2\t290,5\t7,7\t2,7
4012\tTimanställda\t10,2\t9,3\t0,9\t9,7
4031\tObekväm arbetstid\t7,1\t6,5\t0,6\t9,2
4032\tÖvertid/mertid\t8,2\t6,4\t1,8\t28,1
4033\tJour och beredskap\t0,0\t4,5\t-4,5\t-100
4040\tFörändring skuld jour, beredskap och övertid\t0,1\t0\t0,1\t#DIVISION/0!
4110+ 4150\tSemesterkostnad inkl. skuldförändring\t50,6\t36,0\t14,6\t40,6
4120\tSjuklön\t6,4\t8,1\t-1,7\t-21,0
\tÖvrigt konto 40xx-41xx\t7,7\t5,2\t2,5\t48,1
\t<b>Totalt kontoklass 40-41</b>\t<b>388,5</b>\t<b>366,5</b>\t<b>22,0</b>\t<b>6,0</b>
"""
KA_COLUMNS = ["Kategori", "Utfall 2021, mnkr", "Utfall 2020, mnkr", "Förändring, mnkr", "Förändring %"]


def test_total_named_in_a_text_cell_and_forandring_column():
    table = make_table("t15", "staff", "Kostnadsanalys", KA_COLUMNS, KOSTNADSANALYS)
    checks = run_checks(table)
    assert check_table(table) == []
    sums = [c for c in checks if c.kind != "avvikelse"]
    assert [(c.column, c.expected) for c in sums] == [
        ("Utfall 2021, mnkr", Decimal("388.5")), ("Utfall 2020, mnkr", Decimal("366.5")),
        ("Förändring, mnkr", Decimal("22.0"))]
    assert sum(c.kind == "avvikelse" for c in checks) == 10
    bad = altered(table, "4012", "Utfall 2021, mnkr", "11,2")
    w = check_table(bad)
    assert [(x.code, x.row, x.column) for x in w] == [
        ("sum_mismatch", "Totalt kontoklass 40-41", "Utfall 2021, mnkr"),
        ("deviation_mismatch", "4012 Timanställda", "Förändring, mnkr"),
    ]
