"""Table arithmetic checks on the real tables of the plans, seed 002 (VP 2024) and
004 (VP 2023), and the row rules they rely on: the printed tables pass; one altered
cell fails with the right warning.  Report tables: test_checks_reports.py; the OCR
repair questions: test_checks_repair.py."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checks_helpers import RB_COLUMNS, altered, make_table, resultatbudget  # noqa: F401 - resultatbudget is a fixture
from extractors.validate.checks import RowKind, check_table, classify_label, run_checks
from models.contract import Table


def test_resultatbudget_passes_and_every_relation_is_identified(resultatbudget):
    checks = run_checks(resultatbudget)
    assert check_table(resultatbudget) == []
    kinds = sorted({(c.kind, c.column) for c in checks})
    assert len(checks) == 12  # 4 relations x 3 columns
    assert {k for k, _ in kinds} == {"intäkter", "kostnader", "nettokostnad", "resultat"}
    res = next(c for c in checks if c.kind == "resultat" and c.column == "Budget 2024")
    labels = [resultatbudget.rows[i].label for i in res.members]
    assert labels == ["Verksamhetens nettokostnader", "Finansnetto", "Fastighetsfinansiering"]
    assert res.expected == Decimal("23.2")


def test_resultatbudget_cost_row_altered_fails_summa_kostnader(resultatbudget):
    bad = altered(resultatbudget, "Personalkostnader", "Budget 2023", "-692,9")
    assert check_table(bad) == []  # 0,1 off is rounding under the default tolerance
    warnings = check_table(bad, tolerance=Decimal("0.05"))
    assert len(warnings) == 1
    w = warnings[0]
    assert (w.code, w.table, w.row, w.column) == ("sum_mismatch", "t3", "Summa kostnader", "Budget 2023")
    assert w.found == pytest.approx(-2278.4) and w.expected == pytest.approx(-2278.5)
    assert w.message.startswith("Summa kostnader (Budget 2023) is -2 278,4 but its rows sum to -2 278,5")
    worse = altered(resultatbudget, "Avskrivningar, fastigheter", "Budget 2024", "-244")
    [w] = check_table(worse)
    assert (w.row, w.column, w.expected, w.found) == ("Summa kostnader", "Budget 2024", -2201.0, -2199.0)


def test_resultatbudget_income_row_altered_fails_summa_intakter(resultatbudget):
    bad = altered(resultatbudget, "Övriga intäkter", "Prognos 2023", "2 349,5")
    w = check_table(bad)
    assert [(x.row, x.column, x.expected, x.found) for x in w] == [
        ("Summa intäkter", "Prognos 2023", pytest.approx(2349.5), pytest.approx(2394.5))
    ]


def test_resultatbudget_netto_altered_fails_netto_and_resultat(resultatbudget):
    bad = altered(resultatbudget, "Verksamhetens nettokostnader", "Budget 2024", "191")
    w = {x.row: x for x in check_table(bad)}
    assert set(w) == {"Verksamhetens nettokostnader", "Resultat *)"}
    netto = w["Verksamhetens nettokostnader"]
    assert (netto.column, netto.expected, netto.found) == ("Budget 2024", pytest.approx(181.0), pytest.approx(191.0))
    assert "Summa intäkter and Summa kostnader give 181,0" in netto.message
    assert w["Resultat *)"].expected == pytest.approx(33.2) and w["Resultat *)"].found == pytest.approx(23.2)


def test_resultatbudget_finansnetto_altered_fails_resultat_only(resultatbudget):
    bad = altered(resultatbudget, "Finansnetto", "Prognos 2023", "-58,5")
    w = check_table(bad)
    assert [(x.row, x.column) for x in w] == [("Resultat *)", "Prognos 2023")]
    assert w[0].expected == pytest.approx(-28.4) and w[0].found == pytest.approx(-38.4)


def test_ocr_damaged_labels_are_still_recognised():
    assert classify_label("Surnma intakter") is RowKind.INCOME_SUM
    assert classify_label("Summa k0stnader") is RowKind.COST_SUM
    assert classify_label("Verksamhetens netto-\nkostnad") is RowKind.NETTO
    assert classify_label("Resultat *)") is RowKind.RESULT
    assert classify_label("Servicenämnden totalt:") is RowKind.SUM
    assert classify_label("Finansnetto") is RowKind.DATA
    assert classify_label("Personalkostnader") is RowKind.DATA


# --- seed 002, 6.4 Driftbudget ------------------------------------------------

DRIFTBUDGET = """\
Område fastigheter\t1 135\t0\t1 136,5\t
Område försörjning\t370\t0\t386,6\t0
Område inköp och upphandling\t100\t0\t15,5\t0
Område IT\t475\t0\t487,0\t0
Område medicinsk teknik\t90\t0\t88,2\t0
Område shared service center\t100\t0\t150,0\t0
Förvaltningsgemensamt\t110\t-23,2\t130,7\t51,7
<b>Summa</b>\t<b>2 380</b>\t<b>-23,2</b>\t<b>2 394,5</b>\t<b>51,7</b>
"""
DB_COLUMNS = ["Budget 2024 Omsättning", "Budget 2024 Varav budgetram",
              "Prognos 2023 Omsättning", "Prognos 2023 Varav budgetram"]


@pytest.fixture
def driftbudget() -> Table:
    return make_table("t4", "budget", "Belopp i mnkr", DB_COLUMNS, DRIFTBUDGET)


def test_driftbudget_passes(driftbudget):
    checks = run_checks(driftbudget)
    assert check_table(driftbudget) == []
    assert [c.kind for c in checks] == ["area summa"] * 4
    assert checks[0].expected == Decimal("2380")


def test_driftbudget_area_altered_fails_area_summa(driftbudget):
    bad = altered(driftbudget, "Område IT", "Prognos 2023 Omsättning", "478,0")
    w = check_table(bad)
    assert [(x.row, x.column, x.expected, x.found) for x in w] == [
        ("Summa", "Prognos 2023 Omsättning", pytest.approx(2385.5), pytest.approx(2394.5))
    ]
    assert "Område IT" in w[0].message


# --- seed 002, 6.5 Investeringsbudget and the appendix ------------------------

INVESTERINGSBUDGET = """\
Immateriella anläggningstillgångar\t\t\t
Byggnadsinvesteringar\t203,8\t361,0\t347,5
Medicinteknisk utrustning\t0\t0\t0
It-utrustning\t141,5\t74,0\t96,9
Övrig utrustning\t27,2\t32,0\t15,0
<b>Summa</b>\t<b>372,5</b>\t<b>467,0</b>\t<b>459,4</b>
"""

FASTIGHETSINVESTERINGAR = """\
<b>Servicenämnden övriga områden</b>\t
RSERV ÖVR Verksamhetsförändringar\t1,8
<b>Servicenämnden, fastigheter</b>\t
RS ftg Energieffektiviseringar, pott\t5,0
RS ftg Reinvesteringar, pott\t70,0
RS ftg Brandskyddsåtgärder länet\t16,0
RS ftg Säkerhetsanpassning teknikutrymmen\t2,5
RS ftg Lagkrav, åtgärder på system för medicinska gaser, länet\t10,0
RS ftg Lagkrav laddstolpar parkering\t1,0
RS ftg Radonåtgärder, länet\t5,0
RS ftg USÖ Nätstationer\t23,5
RS ftg USÖ M-huset, Utbyte rumsstyrning värme och ventilation\t2,0
RS ftg USÖ M-huset, renovering bassäng\t20,0
RS ftg Karlskoga lasarett Nätstation\t6,0
RS ftg Lindesbergs lasarett Nätstation\t6,0
RS ftg Karlskoga lasarett Åtgärder fasader och fönster\t10,0
RS ftg Omdisponering verksamhetslokaler Museet\t10,0
<b>Servicenämnden totalt:</b>\t<b>188,8</b>
<b>Övrigt:</b>\t
Rs ftg Förstudie, planering och projektering, pott\t15,0
<b>Summa fastighetsinvesteringar 2024</b>\t
\t<b>203,8</b>
"""

IT_INVESTERINGAR = """\
<b>Vårdsystem:</b>\t
Serverar, hårdvara\t4,8
Lagring, utbyggnad och ny lösning\t13,1
Certifikat, licenser\t8,6
<b>Drifttjänster:</b>\t
Datacenter-switchar, linjemoduler, licenser, optik, management\t13,5
<b>Bastjänst-system:</b>\t
Stamnät, accessnät\t23,3
WiFi nät\t15,3
Teknik, säkerhet, övervakning\t10,0
<b>Övriga system:</b>\t
Datorer, skärmar, dockningsstationer, tangentbord, möss\t39,9
Interaktiva skärmar, vanliga skärmar och videosystem för konferensrum\t13,0
<b>Summa IT investeringar 2024</b>\t<b>141,5</b>
"""

OVRIGA_INVESTERINGAR = """\
<b>Övrig utrustning:</b>\t\t
Försörjning Digitalt städsystem, tvättmaskiner, truckar, avfallskomprimator övrigt\t4,2
Regionhuset Inredning och skyltar\t15,0
<b>Byggansluten utrustning:</b>\t
Kundtjänst\t0,3
Regionhuset Utrustning kontor, Receptionsdisk, godsmott. Kortläsar- och Porttelefonssystem\t7,7
<b>Summa övriga investeringar 2024</b>\t<b>27,2</b>
"""

# seed 004: group totals printed above a partial list of their projects
FASTIGHETSINVESTERINGAR_2023 = """\
Hälso- och sjukvårdsnämnden totalt:\t86,6
HS Bygginvestering i samband med MT-investering\t45,3
HS USÖ M-huset, ombyggnation patologen\t12,4
HS USÖ B-huset Uppgradering fastighetsnät\t2,1
HS Nytt produktionsapotek, USÖ\t3,0
Folktandvårdsnämnden totalt:\t5,2
Regional tillväxtnämnd, samhällsbyggnads-nämnden och kultur- och fritidsnämnden, totalt:\t1,8
Servicenämnden övriga områden totalt:\t1,8
Servicenämnden, fastigheter totalt:\t222,5
RSE Energieffektiviseringar, pott\t10,0
RSE Reinvesteringar och brandåtgärder länet, pott\t70,0
RSE Karlskoga lasarett nätstation\t10,0
RSE Lindesbergs lasarett nätstation\t5,0
RSE Länet, Renovering skyddsrum, lagkrav\t10,0
RSE Radonåtgärder, länet\t5,0
RSE USÖ Nätstationer\t33,5
RSE M-huset USÖ, renovering bassäng\t7,0
RSE M-huset USÖ, Utbyte rumsstyrning värme och ventilation\t3,0
RSE Nytt system insamling mediaförbrukning, länsövergripande\t2,0
RSE Förstudier och planering, pott\t15,0
RSE Projektering, pott\t50,0
Regionstyrelsen totalt:\t4,6
Regionstyrelsen, externa hyresgäster totalt:\t25,0
Campus Etapp 3\t25,0
Summa fastighetsinvesteringar 2023\t347,5
"""

BELOPP = ["Belopp, mnkr"]


@pytest.mark.parametrize(
    "text,columns,n_checks",
    [
        (INVESTERINGSBUDGET, RB_COLUMNS, 3),
        (FASTIGHETSINVESTERINGAR, BELOPP, 2),
        (IT_INVESTERINGAR, BELOPP, 1),
        (OVRIGA_INVESTERINGAR, BELOPP, 1),
        (FASTIGHETSINVESTERINGAR_2023, BELOPP, 1),
    ],
)
def test_investment_tables_pass(text, columns, n_checks):
    table = make_table("t5", "investment", "Belopp i mnkr", columns, text)
    checks = run_checks(table)
    assert check_table(table) == []
    assert len(checks) == n_checks
    assert all(c.kind == "investment summa" for c in checks)


def test_fastighetsinvesteringar_subtotal_then_grand_total():
    table = make_table("t6", "investment", "Belopp, mnkr", BELOPP, FASTIGHETSINVESTERINGAR)
    sub, grand = run_checks(table)
    assert table.rows[sub.row_index].label == "Servicenämnden totalt:" and len(sub.members) == 15
    assert sub.expected == Decimal("188.8")
    # grand total: the subtotal plus the row after it; its figure sits on the next line
    assert [table.rows[i].label for i in grand.members] == [
        "Servicenämnden totalt:", "Rs ftg Förstudie, planering och projektering, pott"]
    assert grand.found == Decimal("203.8")


def test_investment_object_altered_fails_its_subtotal_only():
    table = make_table("t6", "investment", "Belopp, mnkr", BELOPP, FASTIGHETSINVESTERINGAR)
    bad = altered(table, "RS ftg USÖ Nätstationer", "Belopp, mnkr", "25,5")
    w = check_table(bad)
    assert [(x.row, x.column, x.expected, x.found) for x in w] == [
        ("Servicenämnden totalt:", "Belopp, mnkr", pytest.approx(190.8), pytest.approx(188.8))
    ]


def test_investment_summa_altered_fails():
    table = make_table("t5", "investment", "Belopp i mnkr", RB_COLUMNS, INVESTERINGSBUDGET)
    bad = altered(table, "Summa", "Budget 2023", "495,4")
    w = check_table(bad)
    assert [(x.row, x.column, x.expected, x.found) for x in w] == [
        ("Summa", "Budget 2023", pytest.approx(459.4), pytest.approx(495.4))
    ]
    assert w[0].message.startswith("Summa (Budget 2023) is 495,4 but its rows sum to 459,4")


def test_group_totals_first_layout_checks_grand_total_against_group_totals():
    table = make_table("t7", "investment", "Belopp, mnkr", BELOPP, FASTIGHETSINVESTERINGAR_2023)
    bad = altered(table, "Folktandvårdsnämnden totalt:", "Belopp, mnkr", "6,2")
    w = check_table(bad)
    assert [(x.row, x.expected, x.found) for x in w] == [
        ("Summa fastighetsinvesteringar 2023", pytest.approx(348.5), pytest.approx(347.5))
    ]


# --- seed 002, Handlingsplan: Tkr action-plan tables ----------------------------

SUMMERING = """\
Intäkter\t3 914\t3 914\t3 914\t
Personalkostnadsreduceringar\t27 039\t28 489\t28 489\t49
Övriga kostnadsreduceringar\t53 801\t64 914\t77 984\t
<b>Totalsumma</b>\t<b>84 754</b>\t<b>97 317</b>\t<b>110 387</b>\t<b>49</b>
"""
FASTIGHETER_ATGARDER = """\
Intäkter\t1 500\t1500\t1500\t
Personalreduceringar\t4 380\t3 840\t3 840\t5
Övriga kostnadsreduceringar\t23 429\t26 987\t40 057\t
<b>Totalsumma</b>\t<b>29 309</b>\t<b>32 327</b>\t<b>45 397</b>\t<b>5</b>
"""
AP_COLUMNS = ["2024", "2025", "2026", "Antal årsarbetare 2024"]


@pytest.fixture
def summering() -> Table:
    return make_table("t9", "action_plan", "(Tkr)", AP_COLUMNS, SUMMERING)


def test_action_plan_in_tkr_passes_and_is_normalised(summering):
    total = summering.rows[-1]
    assert total.cells[0].value_mnkr == pytest.approx(84.754)
    assert total.cells[-1].value_mnkr is None  # Antal årsarbetare is not money
    checks = run_checks(summering)
    assert check_table(summering) == []
    assert [(c.kind, c.column) for c in checks] == [("totalsumma", "2024"), ("totalsumma", "2025"), ("totalsumma", "2026")]
    table = make_table("t10", "action_plan", "(Tkr)", AP_COLUMNS, FASTIGHETER_ATGARDER)
    assert check_table(table) == [] and len(run_checks(table)) == 3


def test_action_plan_totalsumma_mismatch_of_10_tkr_is_caught(summering):
    bad = altered(summering, "Övriga kostnadsreduceringar", "2025", "64 904")
    w = check_table(bad)
    assert [(x.row, x.column, x.expected, x.found) for x in w] == [
        ("Totalsumma", "2025", pytest.approx(97.307), pytest.approx(97.317))
    ]
    assert "Totalsumma (2025) is 97,317 but its rows sum to 97,307" in w[0].message


def test_varav_rows_resultat_without_netto_and_a_second_resultat():
    text = """\
Intäkter\t500,0
Summa intäkter\t500,0
Personalkostnader\t-300,0
varav löner\t-220,0
Övriga kostnader\t-150,0
Summa kostnader\t-450,0
Finansnetto\t-20,0
Resultat\t30,0
Återbetalningar\t-25,0
Resultat efter återbetalningar\t5,0
"""
    table = make_table("t20", "budget", "Belopp i mnkr", ["Utfall 2021"], text)
    checks = {(c.kind, table.rows[c.row_index].label): c for c in run_checks(table)}
    assert check_table(table) == []
    assert classify_label("varav löner") is RowKind.PART
    assert checks[("kostnader", "Summa kostnader")].expected == Decimal("-450.0")  # varav not counted
    assert [table.rows[i].label for i in checks[("resultat", "Resultat")].members] == [
        "Summa intäkter", "Summa kostnader", "Finansnetto"]
    assert [table.rows[i].label for i in checks[("resultat", "Resultat efter återbetalningar")].members] == [
        "Resultat", "Återbetalningar"]
    bad = altered(table, "Återbetalningar", "Utfall 2021", "-24,0")
    [w] = check_table(bad)
    assert (w.row, w.expected, w.found) == ("Resultat efter återbetalningar", 6.0, 5.0)
    assert "its terms add up to 6,0" in w.message and "rows: Resultat, Återbetalningar" in w.message


def test_check_table_warns_on_the_altered_table_only(resultatbudget, driftbudget):
    bad = altered(driftbudget, "Område IT", "Budget 2024 Omsättning", "485")
    warnings = [w for table in (resultatbudget, bad) for w in check_table(table)]
    assert [(w.table, w.row, w.column) for w in warnings] == [("t4", "Summa", "Budget 2024 Omsättning")]


GROUP_SUMS_ON_BOLD_ROWS = """\
<b>Vårdsystem</b>\t<b>26,5</b>
Serverar, hårdvara\t4,8
Lagring, utbyggnad och ny lösning\t13,1
Certifikat, licenser\t8,6
<b>Drifttjänster</b>\t<b>13,5</b>
Datacenter-switchar\t13,5
<b>Summa IT investeringar</b>\t<b>40,0</b>
"""


def test_bold_group_rows_carrying_their_sums_are_checked_both_ways():
    table = make_table("t30", "investment", "Belopp, mnkr", BELOPP, GROUP_SUMS_ON_BOLD_ROWS)
    checks = run_checks(table)
    assert check_table(table) == []
    assert sorted(table.rows[c.row_index].label for c in checks) == [
        "Drifttjänster", "Summa IT investeringar", "Vårdsystem"]
    bad = altered(table, "Lagring, utbyggnad och ny lösning", "Belopp, mnkr", "14,1")
    [w] = check_table(bad)
    assert (w.row, w.expected, w.found) == ("Vårdsystem", 27.5, 26.5)


def test_costs_printed_positive_give_netto_as_difference():
    text = """\
Intäkter\t500,0
Summa intäkter\t500,0
Personalkostnader\t300,0
Övriga kostnader\t150,0
Summa kostnader\t450,0
Verksamhetens nettokostnad\t50,0
"""
    table = make_table("t21", "budget", "Belopp i mnkr", ["Budget 2025"], text)
    assert check_table(table) == []
    netto = next(c for c in run_checks(table) if c.kind == "nettokostnad")
    assert [sign for _, _, sign in netto.terms] == [1, -1]
    bad = altered(table, "Verksamhetens nettokostnad", "Budget 2025", "950,0")
    [w] = check_table(bad)
    assert (w.row, w.expected, w.found) == ("Verksamhetens nettokostnad", 50.0, 950.0)


def test_summa_kostnader_counts_cost_rows_only_without_group_headings():
    text = """\
Övriga intäkter\t100,0
Personalkostnader\t-60,0
Övriga kostnader\t-30,0
Summa kostnader\t-90,0
"""
    table = make_table("t22", "budget", "Belopp i mnkr", ["Budget 2025"], text)
    [check] = run_checks(table)
    assert [table.rows[i].label for i in check.members] == ["Personalkostnader", "Övriga kostnader"]
    assert check.passed
