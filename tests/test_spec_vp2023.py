"""Hand-checked facts of the vp-2023-servicenamnden sample spec (seed 004).

Every count and value below was checked by hand against
``shared/seeds/004_2d3acfac002a568e.txt``.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from samples.generator import spec as S
from samples.generator.doc_vp2023 import spec
from spec_helpers import SUM_TOLERANCE, all_texts, blocks_of, money_cells, number, row, table, tables


@pytest.fixture(scope="module")
def doc() -> S.DocSpec:
    return spec()


def column_sum(rows: list[S.TableRow], col: int) -> Decimal:
    return sum((number(r.cells[col]) for r in rows if r.cells[col]), Decimal(0))


# -- document -------------------------------------------------------------


def test_document_identity(doc):
    assert doc.stem == "vp-2023-servicenamnden"
    assert doc.doc_type == "verksamhetsplan"
    assert doc.year == 2023
    assert doc.organisation == "Servicenämnden"
    assert doc.title == "Verksamhetsplan med budget 2023"
    assert doc.running_header == "Servicenämnden, Verksamhetsplan med budget 2023"
    assert doc.font == "serif"


def test_headings(doc):
    headings = blocks_of(doc, S.Heading)
    assert [h.number for h in headings if h.number] == [
        "1", "2", "3", "4", "5", "5.1", "5.2", "5.3", "6", "6.1", "6.2", "6.3", "6.4", "6.5",
        "7", "8", "9", "9.1",
    ]
    assert all(h.level == h.number.count(".") + 1 for h in headings if h.number)
    strategi = [h.title for h in headings if h.title.startswith("Strategi:")]
    assert strategi == [
        "Strategi: Kvalitet och utveckling",
        "Strategi: Digitalisering",
        "Strategi: Hållbar utveckling",
        "Strategi: Hållbar regional utveckling",
        "Strategi: Storregionalt och internationellt samarbete",
    ]
    assert all(h.number is None and h.level == 3 for h in headings if h.title.startswith("Strategi:"))
    assert len([h for h in headings if h.number is None]) == 24
    assert headings[-4].title == "Bilaga: Investeringar, Servicenämndens verksamhetsplan med budget 2023"


# -- items ----------------------------------------------------------------


def test_goals(doc):
    goals = blocks_of(doc, S.Goal)
    assert [g.cue for g in goals] == [
        "Mål:", "Mål:", "Mål:", "Mål:", "Effektmål 9.", "Mål:", "Effektmål 10.", "Mål:"]
    assert goals[0].text == "Regionservice är en möjliggörande och värdeskapande partner."
    assert goals[1].text.endswith("I vår verksamhet är tillit och delaktighet ledord!")
    assert goals[3].text == ("Vi uppmuntrar och säkerställer hållbarhet i vår dagliga verksamhet - i "
                             "processer, arbetssätt och beslut.")
    assert goals[4].text.startswith("Region Örebro län är en attraktiv arbetsgivare med hälsofrämjande, "
                                    "jämställda och jämlika arbetsplatser")
    assert goals[7].text == "Regionservice har ett årligt resultat på 2 %."


def test_indicators_per_goal(doc):
    per_goal: list[int] = []
    for b in doc.blocks:
        if isinstance(b, S.Goal):
            per_goal.append(0)
        elif isinstance(b, S.Indicators):
            per_goal[-1] += len(b.items)
    assert per_goal == [2, 4, 1, 0, 5, 0, 1, 1]
    assert sum(per_goal) == 14
    all_items = [t for b in blocks_of(doc, S.Indicators) for t in b.items]
    assert all_items[1] == ("Verksamheten involverar kunder i förbättringsarbeten. Kundernas krav och "
                            "behov och vår strategiska roll ska vara utgångspunkt i verksamhetens "
                            "utveckling.")
    assert "HME delindex Ledning ska bibehållas eller öka." in all_items
    assert all_items[-1] == "Resultat %."
    assert blocks_of(doc, S.IndicatorTable) == []


def test_assignments(doc):
    lists = blocks_of(doc, S.AssignmentList)
    assert [b.numbers for b in lists] == [["1.", "2."], ["3.", "4.", "5.", "6.", "7."], ["8.", "9."]]
    assert all(b.heading == "Uppdrag" for b in lists)
    items = [t for b in lists for t in b.items]
    assert len(items) == 9
    assert items[2].startswith("Område IT får i uppdrag att tydliggöra den strategiska rollen")
    assert items[1].endswith("Utgångspunkt ska tas i Livsmedelsverkets nya riktlinjer.")
    assert "(legacy-system)" in items[5] and items[5].endswith("enligt pm3-modellen.")
    assert items[8].startswith("Område fastigheter får i uppdrag att öka antalet laddpunkter")
    assert blocks_of(doc, S.Assignment) == []


def test_activities(doc):
    (activities,) = blocks_of(doc, S.Activities)
    assert activities.items == [
        "Testa och utvärdera konceptet servicerond hos kund för att arbeta förebyggande, spara tid "
        "och effektivisera."
    ]


def test_strategies(doc):
    strategies = blocks_of(doc, S.Strategies)
    assert [(s.title, len(s.items)) for s in strategies] == [
        ("Strategier för kvalitet och utveckling", 5),
        ("Strategier för digitalisering", 2),
        ("Strategier för hållbar utveckling", 4),
        ("Strategier för regional utvecklingsstrategi", 3),
        ("Strategier för storregionalt och internationellt samarbete", 2),
    ]
    assert sum(len(s.items) for s in strategies) == 16
    assert strategies[2].items[0] == ("Att samverka och kommunicera tvärfunktionellt inom ordinarie "
                                      "lednings-, huvud-, och stödprocesser.")


def test_risks_and_actions(doc):
    (plan,) = blocks_of(doc, S.RiskTable)
    assert plan.columns == ["Verksamhet", "Risk", "Åtgärd"]
    assert [r.area for r in plan.rows] == [
        "HR", "", "Ekonomi", "Informationssäkerhet", "Kontinuitetshantering", "", "Fastighetsunderhåll"]
    assert [len(r.actions) for r in plan.rows] == [1, 1, 1, 3, 2, 1, 2]
    assert sum(len(r.actions) for r in plan.rows) == 11
    assert all(r.risk for r in plan.rows)  # seven distinct risks, none continued
    # the first five actions (HR, lön, ekonomi, informationssäkerhet) are regionövergripande
    regional = [a.startswith("Regionövergripande åtgärd:") for r in plan.rows for a in r.actions]
    assert regional == [True] * 6 + [False] * 5
    info = plan.rows[3]
    assert "NIS-direktivet och lag (2018:1174)" in info.risk
    # the third åtgärd was printed after the page break: still the same risk
    assert info.actions[2] == ("Regionövergripande åtgärd: Informationsägare/objektägare ska "
                               "säkerställa att identifierade informationssäkerhetsbrister åtgärdas.")
    assert plan.rows[5].risk.startswith("Risken att leveranser av material och utrustning")
    assert plan.rows[6].actions[1] == "Redovisa inrapporterade nyckeltal med tillhörande analys."
    assert all(r.statuses is None and r.comments is None for r in plan.rows)


# -- tables ---------------------------------------------------------------


def test_table_kinds_and_units(doc):
    assert [(t.title, t.kind, t.unit) for t in tables(doc)] == [
        ("6.2 Ekonomiska nyckeltal", "key_figures", None),
        ("6.3 Resultatbudget servicenämnd", "budget", "mnkr"),
        ("6.4 Driftbudget servicenämnd", "budget", "mnkr"),
        ("6.5 Investeringsbudget", "investment", "mnkr"),
        ("Fastighetsinvesteringar 2023", "investment", "mnkr"),
        ("IT investeringar 2023", "investment", "mnkr"),
        ("Övriga investeringar 2023", "investment", "mnkr"),
    ]
    for t in tables(doc):
        width = 1 + len(t.columns)
        assert all(len(h) == width for h in t.header_rows), t.title
        assert all(len(r.cells) == len(t.columns) for r in t.rows), t.title
    assert {t.ruled for t in tables(doc)} == {True, False}


def test_money_cell_counts(doc):
    counts = [(t.title, len(money_cells(t))) for t in tables(doc) if t.unit]
    assert counts == [
        ("6.3 Resultatbudget servicenämnd", 33),
        ("6.4 Driftbudget servicenämnd", 32),
        ("6.5 Investeringsbudget", 18),
        ("Fastighetsinvesteringar 2023", 25),
        ("IT investeringar 2023", 10),
        ("Övriga investeringar 2023", 7),
    ]
    assert sum(n for _, n in counts) == 125
    assert all(re.fullmatch(r"-?\d{1,3}( \d{3})*(,\d)?", c)
               for t in tables(doc) if t.unit for c in money_cells(t))


def test_non_money_cells(doc):
    nyckeltal = table(doc, "6.2 Ekonomiska nyckeltal")
    assert nyckeltal.header_rows == [["Procent", "Budget 2023", "Prognos 2022", "Budget 2022"]]
    assert nyckeltal.rows == [S.TableRow("Lönekostnadsökningstakt", ["3,0 %", "5,2 %", "7,20 %"])]
    ovriga = table(doc, "Övriga investeringar 2023")
    assert ovriga.money_columns == [1]
    assert row(ovriga, "Fastighetsdrift").cells == ["Teknikhuset USÖ", "4,0"]
    assert [r.label for r in ovriga.rows if r.group] == [
        "Övrig utrustning:", "Byggansluten utrustning:", "Teknisk övrig utrustning:"]


def test_specific_values(doc):
    resultat = table(doc, "6.3 Resultatbudget servicenämnd")
    assert resultat.header_rows == [["Belopp i mnkr", "Budget 2023", "Prognos 2022", "Budget 2022"]]
    assert row(resultat, "Övriga intäkter").cells == ["2 260,1", "2 186,0", "2 142,4"]
    assert row(resultat, "Summa kostnader").cells == ["-2 152,0", "-2 048,7", "-2 041,6"]
    assert row(resultat, "Resultat *)").cells == ["-51,9", "-16,5", "-49,8"]
    assert [r.label for r in resultat.rows if r.group] == ["Verksamhetens intäkter", "Verksamhetens kostnader"]
    assert [r.label for r in resultat.rows if r.bold] == [
        "Summa intäkter", "Summa kostnader", "Verksamhetens nettokostnader", "Resultat *)"]
    assert resultat.col_widths[0] <= resultat.col_widths[1] * 1.2  # narrow label column

    drift = table(doc, "6.4 Driftbudget servicenämnd")
    assert drift.header_rows == [
        ["Belopp i mnkr", "Budget 2023", "", "Prognos 2022", ""],
        ["", "Omsättning", "Varav budgetram", "Omsättning", "Varav budgetram"],
    ]
    assert drift.columns == ["Budget 2023 Omsättning", "Budget 2023 Varav budgetram",
                             "Prognos 2022 Omsättning", "Prognos 2022 Varav budgetram"]
    assert row(drift, "Summa").cells == ["2 260,1", "-51,9", "2 186,0", "49,8"]
    assert row(drift, "Område fastigheter").cells == ["1 053,8", "0", "1 026,0", "0"]

    invest = table(doc, "6.5 Investeringsbudget")
    assert row(invest, "Summa").cells == ["459,4", "624,0", "1 597,8"]
    assert row(invest, "Immateriella anläggningstillgångar").cells == ["0", "0", "0,0"]

    fastighet = table(doc, "Fastighetsinvesteringar 2023")
    assert row(fastighet, "Servicenämnden, fastigheter totalt:").cells == ["222,5"]
    assert row(fastighet, "RSE USÖ Nätstationer").cells == ["33,5"]
    assert table(doc, "IT investeringar 2023").rows[-1].cells == ["96,9"]


def test_resultatbudget_arithmetic(doc):
    t = table(doc, "6.3 Resultatbudget servicenämnd")
    income = [row(t, "Övriga intäkter")]
    costs = [row(t, label) for label in ("Personalkostnader", "Övriga kostnader",
                                         "Avskrivningar, inventarier", "Avskrivningar, fastigheter")]
    for c in range(3):
        summa_in = number(row(t, "Summa intäkter").cells[c])
        summa_cost = number(row(t, "Summa kostnader").cells[c])
        netto = number(row(t, "Verksamhetens nettokostnader").cells[c])
        assert abs(column_sum(income, c) - summa_in) <= SUM_TOLERANCE
        assert abs(column_sum(costs, c) - summa_cost) <= SUM_TOLERANCE
        assert abs(summa_in + summa_cost - netto) <= SUM_TOLERANCE
        resultat = netto + number(row(t, "Finansnetto").cells[c]) + number(
            row(t, "Fastighetsfinansiering").cells[c])
        assert abs(resultat - number(row(t, "Resultat *)").cells[c])) <= SUM_TOLERANCE


def _summa_terms(t: S.Table) -> list[S.TableRow]:
    """The rows the final Summa adds up: the bold "… totalt:" subtotals where
    the table has them (Fastighetsinvesteringar), else every plain row."""
    subtotals = [r for r in t.rows if r.bold and r.label.endswith("totalt:")]
    return subtotals or [r for r in t.rows if not r.bold and not r.group]


def test_summa_rows_add_up(doc):
    """In every money table but the Resultatbudget (checked above) the last
    row is a bold Summa that adds up, in every column, exactly."""
    checked = 0
    for t in tables(doc):
        if not t.unit or t.title == "6.3 Resultatbudget servicenämnd":
            continue
        total = t.rows[-1]
        assert total.bold and total.label.startswith("Summa"), t.title
        terms = _summa_terms(t)
        for c in (t.money_columns if t.money_columns is not None else range(len(t.columns))):
            if total.cells[c]:
                assert abs(column_sum(terms, c) - number(total.cells[c])) <= SUM_TOLERANCE, (t.title, c)
                assert column_sum(terms, c) == number(total.cells[c]), (t.title, c)
                checked += 1
    assert checked == 4 + 3 + 1 + 1 + 1


def test_fastighet_subtotals(doc):
    t = table(doc, "Fastighetsinvesteringar 2023")
    subtotals = [r for r in t.rows if r.bold and r.label.endswith("totalt:")]
    assert [r.cells[0] for r in subtotals] == ["86,6", "5,2", "1,8", "1,8", "222,5", "4,6", "25,0"]
    # only projects over 10 mnkr are listed under a subtotal: they need not add up
    i = t.rows.index(row(t, "Servicenämnden, fastigheter totalt:"))
    rse = t.rows[i + 1: i + 13]
    assert all(r.label.startswith("RSE ") for r in rse)
    assert column_sum(rse, 0) == Decimal("220.5")
    assert column_sum(t.rows[1:5], 0) == Decimal("62.8")


def test_investeringsbudget_matches_appendix(doc):
    budget = table(doc, "6.5 Investeringsbudget")
    assert row(budget, "Byggnadsinvesteringar").cells[0] == table(doc, "Fastighetsinvesteringar 2023").rows[-1].cells[0]
    assert row(budget, "It-utrustning").cells[0] == table(doc, "IT investeringar 2023").rows[-1].cells[0]
    assert row(budget, "Övrig utrustning").cells[0] == table(doc, "Övriga investeringar 2023").rows[-1].cells[1]
    drift = table(doc, "6.4 Driftbudget servicenämnd")
    resultat = table(doc, "6.3 Resultatbudget servicenämnd")
    assert row(drift, "Summa").cells[0] == row(resultat, "Summa intäkter").cells[0]
    assert row(drift, "Summa").cells[1] == row(resultat, "Resultat *)").cells[0]


def test_running_text_amounts_kept(doc):
    paras = " ".join(p.text for p in blocks_of(doc, S.Para))
    for amount in ["347,5 miljoner kronor", "96,9 miljoner kronor", "15,0 miljoner kronor",
                   "10 miljoner kronor"]:
        assert amount in paras, amount
    bullets = " ".join(t for b in blocks_of(doc, S.Bullets) for t in b.items)
    assert "Resultatmål 2 % av omsättningen" in bullets


def test_texts_are_clean(doc):
    for text in all_texts(doc.blocks):
        if text == "•":  # a Bullets marker
            continue
        assert text == text.strip()
        assert not re.search(r"<[a-z/]|\*\*|\s{2,}|[\t\n]|•", text), text
        # no line-break hyphenation left (compound hyphens before och/eller/samt are real)
        for m in re.finditer(r"[a-zåäö]- (?!och\b|eller\b|samt\b)[a-zåäö]", text):
            pytest.fail(f"hyphenation remnant {m.group()!r} in {text[:60]!r}")
    words = " ".join(all_texts(doc.blocks))
    for joined in ["Regionservice", "Livsmedelsverkets", "röntgengenomlysning", "NIS-direktivet",
                   "Kontinuitetshantering", "Fastighetsunderhåll", "informationssäkerhetsbrister"]:
        assert joined in words, joined


def test_expected_json_derived_from_spec(doc):
    """What samples.generator.expected makes of this spec (pages stubbed)."""
    from samples.generator.expected import expected
    from samples.generator.pagemap import PageMap

    pages = PageMap(pages={(i,): 1 for i in range(len(doc.blocks))}, total_pages=1)
    out = expected(doc, pages)
    kinds = [item["kind"] for item in out["items"]]
    assert {k: kinds.count(k) for k in set(kinds)} == {
        "goal": 8, "indicator": 14, "assignment": 9, "activity": 1, "strategy": 16, "risk": 7}
    assignments = [item for item in out["items"] if item["kind"] == "assignment"]
    assert [a["number"] for a in assignments] == [f"{n}." for n in range(1, 10)]
    assert {a["section"] for a in assignments} == {"u12", "u13", "u14"}
    risks = [item for item in out["items"] if item["kind"] == "risk"]
    assert [r["area"] for r in risks] == [
        "HR", "HR", "Ekonomi", "Informationssäkerhet", "Kontinuitetshantering",
        "Kontinuitetshantering", "Fastighetsunderhåll"]
    assert [len(r["actions"]) for r in risks] == [1, 1, 1, 3, 2, 1, 2]
    assert all(r["section"] == "s9.1" for r in risks)
    indicators = [item for item in out["items"] if item["kind"] == "indicator"]
    goals = {item["id"]: item for item in out["items"] if item["kind"] == "goal"}
    assert [goals[i["parent"]]["cue"] for i in indicators] == (
        ["Mål:"] * 7 + ["Effektmål 9."] * 5 + ["Effektmål 10.", "Mål:"])
    assert len(out["tables"]) == 7
    money = [cell for t in out["tables"] if t["unit"] for r in t["rows"] for cell in r["cells"]
             if cell["value_mnkr"] is not None]
    assert len(money) == 125
    fastighet = next(t for t in out["tables"] if t["title"] == "Fastighetsinvesteringar 2023")
    assert fastighet["rows"][-1]["cells"] == [
        {"column": "Belopp", "raw": "347,5", "value_mnkr": 347.5}]
    nyckeltal = out["tables"][0]
    assert [c["value_mnkr"] for c in nyckeltal["rows"][0]["cells"]] == [None, None, None]
