"""Pure parsing of the export (pipeline.qa.export.measures): what every column
name printed in the samples measures, and indicator values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.qa.export.measures import MEASURES, ColumnMeaning, ParsedValue, parse_column, parse_value

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
BORN_DIGITAL = ("vb-2021-servicenamnden", "vp-2023-servicenamnden", "vp-2024-servicenamnden")

# every distinct column name of the born-digital samples' expected JSON:
# name → (measure, year, sub_measure, period, unit)
EXPECTED_COLUMNS = {
    "2024": (None, 2024, None, None, None),
    "2025": (None, 2025, None, None, None),
    "2026": (None, 2026, None, None, None),
    "Antal (jämförelse med 2020)": ("count", None, "jämförelse med 2020", None, None),
    "Antal å 2024": ("staff_count", 2024, None, None, None),
    "Antal åa": ("staff_count", None, None, None, None),
    "Antal åa 2024": ("staff_count", 2024, None, None, None),
    "Antal årsarbetare 2024": ("staff_count", 2024, None, None, None),
    "Antal årsarbetare per 31 dec 2020 Kvinnor": ("staff_count", 2020, "Kvinnor", "per 31 dec", None),
    "Antal årsarbetare per 31 dec 2020 Män": ("staff_count", 2020, "Män", "per 31 dec", None),
    "Antal årsarbetare per 31 dec 2020 Totalt": ("staff_count", 2020, "Totalt", "per 31 dec", None),
    "Antal årsarbetare per 31 dec 2021 Kvinnor": ("staff_count", 2021, "Kvinnor", "per 31 dec", None),
    "Antal årsarbetare per 31 dec 2021 Män": ("staff_count", 2021, "Män", "per 31 dec", None),
    "Antal årsarbetare per 31 dec 2021 Totalt": ("staff_count", 2021, "Totalt", "per 31 dec", None),
    "Belopp": ("amount", None, None, None, None),
    "Beslutad budget tom 2021": ("budget", 2021, None, "tom", None),
    "Budget 2021": ("budget", 2021, None, None, None),
    "Budget 2022": ("budget", 2022, None, None, None),
    "Budget 2023": ("budget", 2023, None, None, None),
    "Budget 2023 Omsättning": ("budget", 2023, "Omsättning", None, None),
    "Budget 2023 Varav budgetram": ("budget", 2023, "Varav budgetram", None, None),
    "Budget 2024": ("budget", 2024, None, None, None),
    "Budget 2024 Omsättning": ("budget", 2024, "Omsättning", None, None),
    "Budget 2024 Varav budgetram": ("budget", 2024, "Varav budgetram", None, None),
    "Budgetavvikelse": ("budget_deviation", None, None, None, None),
    "Budgetavvikelse 2020": ("budget_deviation", 2020, None, None, None),
    "Budgetavvikelse 2021": ("budget_deviation", 2021, None, None, None),
    "Förändr": ("change", None, None, None, None),
    "Förändr (trend)": ("change", None, "trend", None, None),
    "Förändring %": ("change", None, None, None, "%"),
    "Förändring Kvinnor": ("change", None, "Kvinnor", None, None),
    "Förändring Män": ("change", None, "Män", None, None),
    "Förändring Totalt": ("change", None, "Totalt", None, None),
    "Förändring antal timmar, % Kvinnor": ("change", None, "antal timmar, Kvinnor", None, "%"),
    "Förändring antal timmar, % Män": ("change", None, "antal timmar, Män", None, "%"),
    "Förändring antal timmar, % Totalt": ("change", None, "antal timmar, Totalt", None, "%"),
    "Förändring": ("change", None, None, None, None),
    "God resurseffektivitet": (None, None, None, None, None),
    "Hög och jämlik livskvalitet": (None, None, None, None, None),
    "Inriktningsmål": (None, None, None, None, None),
    "Kategori": (None, None, None, None, None),
    "Mindre, acceptabel avvikelse från målnivån": (None, None, None, None, None),
    "Objektbeskrivning": (None, None, None, None, None),
    "Omsättning *) 2021": ("turnover", 2021, None, None, None),
    "Prognos 2022": ("forecast", 2022, None, None, None),
    "Prognos 2022 Omsättning": ("forecast", 2022, "Omsättning", None, None),
    "Prognos 2022 Varav budgetram": ("forecast", 2022, "Varav budgetram", None, None),
    "Prognos 2023": ("forecast", 2023, None, None, None),
    "Prognos 2023 Omsättning": ("forecast", 2023, "Omsättning", None, None),
    "Prognos 2023 Varav budgetram": ("forecast", 2023, "Varav budgetram", None, None),
    "Relation (%)": ("ratio", None, None, None, "%"),
    "Stark konkurrenskraft": (None, None, None, None, None),
    "Status": (None, None, None, None, None),
    "Större negativ avvikelse från målnivån": (None, None, None, None, None),
    "Total investering-kalkyl": ("investment_estimate", None, None, None, None),
    "Total investeringskalkyl": ("investment_estimate", None, None, None, None),
    "Totalt utfall tom dec 2021": ("outcome", 2021, None, "tom dec", None),
    "Uppnått eller överträffat målnivån": (None, None, None, None, None),
    "Utfall 2020": ("outcome", 2020, None, None, None),
    "Utfall 2020 Kvinnor": ("outcome", 2020, "Kvinnor", None, None),
    "Utfall 2020 Män": ("outcome", 2020, "Män", None, None),
    "Utfall 2020 Totalt": ("outcome", 2020, "Totalt", None, None),
    "Utfall 2021": ("outcome", 2021, None, None, None),
    "Utfall 2021 Kvinnor": ("outcome", 2021, "Kvinnor", None, None),
    "Utfall 2021 Män": ("outcome", 2021, "Män", None, None),
    "Utfall 2021 Totalt": ("outcome", 2021, "Totalt", None, None),
    "Utfall jan-dec 2021": ("outcome", 2021, None, None, None),
    "Utfallsavvikelse": ("outcome_deviation", None, None, None, None),
    "År 2020 Kvinnor": (None, 2020, "Kvinnor", None, None),
    "År 2020 Kvinnor + Män": (None, 2020, "Kvinnor + Män", None, None),
    "År 2020 Män": (None, 2020, "Män", None, None),
    "År 2021 Kvinnor": (None, 2021, "Kvinnor", None, None),
    "År 2021 Kvinnor + Män": (None, 2021, "Kvinnor + Män", None, None),
    "År 2021 Män": (None, 2021, "Män", None, None),
}

# names printed in other documents of this kind (seeds, other years, OCR)
OTHER_COLUMNS = {
    "Bokslut 2022": ("outcome", 2022, None, None, None),
    "Budget 2024 Omsätt- ning": ("budget", 2024, "Omsättning", None, None),
    "Budget 2024 Varav budget- ram": ("budget", 2024, "Varav budgetram", None, None),
    "Prognos 2023 (mnkr)": ("forecast", 2023, None, None, "mnkr"),
    "Budget 2023, tkr": ("budget", 2023, None, None, "tkr"),
    "Utfall jan-aug 2024": ("outcome", 2024, None, "jan-aug", None),
    "Utfall t.o.m. 2021": ("outcome", 2021, None, "tom", None),
    "Budgetavv. 2022": ("budget_deviation", 2022, None, None, None),
    "Avvikelse": ("deviation", None, None, None, None),
    "Årets målvärde": ("target", None, None, None, None),
    "Långsiktigt målvärde": ("long_term_target", None, None, None, None),
    "Utfall, senast kända värde": ("outcome", None, "senast kända värde", None, None),
    "BUDGET 2025": ("budget", 2025, None, None, None),
    "Budget 2023 / Prognos 2024": (None, None, None, None, None),
    "": (None, None, None, None, None),
}


def _sample_columns() -> set[str]:
    names: set[str] = set()
    for stem in BORN_DIGITAL:
        doc = json.loads((SAMPLES / f"{stem}.expected.json").read_text(encoding="utf-8"))
        for table in doc["tables"]:
            names.update(table["columns"])
    return names


def test_the_table_covers_every_column_name_of_the_samples():
    assert set(EXPECTED_COLUMNS) == _sample_columns()


@pytest.mark.parametrize("name", sorted({**EXPECTED_COLUMNS, **OTHER_COLUMNS}))
def test_column_meaning(name):
    measure, year, sub, period, unit = {**EXPECTED_COLUMNS, **OTHER_COLUMNS}[name]
    assert parse_column(name) == ColumnMeaning(measure=measure, year=year, sub_measure=sub, period=period, unit=unit)


def test_every_measure_is_documented():
    from pipeline.qa.export.dictionary import CELLS

    measure = next(c for c in CELLS.columns if c.name == "measure")
    assert all(m in measure.description for m in MEASURES)
    assert {v[0] for v in [*EXPECTED_COLUMNS.values(), *OTHER_COLUMNS.values()]} - {None} <= set(MEASURES)


@pytest.mark.parametrize("text, number, unit, comparator", [
    ("5,1%", 5.1, "%", None),
    ("6,22%", 6.22, "%", None),
    ("54%", 54.0, "%", None),
    (">77", 77.0, None, ">"),
    ("79", 79.0, None, None),
    ("121", 121.0, None, None),
    ("≥ 80 %", 80.0, "%", ">="),
    (">= 80", 80.0, None, ">="),
    ("< 5", 5.0, None, "<"),
    ("minst 75", 75.0, None, ">="),
    ("Högst 4,5 %", 4.5, "%", "<="),
    ("Mer än 10", 10.0, None, ">"),
    ("12 procent", 12.0, "%", None),
    ("2,5 dagar", 2.5, "dagar", None),
    ("1 200 st", 1200.0, "st", None),
    ("−0,5", -0.5, None, None),
    ("Helt", None, None, None),
    ("Inte alls", None, None, None),
    ("värde saknas", None, None, None),
    ("75-80", None, None, None),
    ("under utredning", None, None, None),
    ("", None, None, None),
    (None, None, None, None),
])
def test_indicator_value(text, number, unit, comparator):
    assert parse_value(text) == ParsedValue(number=number, unit=unit, comparator=comparator)


@pytest.mark.parametrize("name,context,measure,year", [
    ("2024", ("Grupperade åtgärder – Område IT", "Område IT", "Handlingsplanens ekonomiska effekter"), "plan", 2024),
    ("2025", ("Summering av samtliga åtgärder", "Handlingsplanens effekter"), "plan", 2025),
    ("2024", ("Driftbudget per område",), "budget", 2024),
    ("2021", ("Tabell", "Utfall per område"), "outcome", 2021),
    ("2024", ("Tabell", "Planering av lokaler"), None, 2024),  # "planering" is no plan
    ("2024", (), None, 2024),
    ("Budget 2024", ("Handlingsplan",), "budget", 2024),  # the name's own measure wins
    ("Objektbeskrivning", ("Budget",), None, None),  # a text column stays one
])
def test_year_only_column_takes_the_measure_of_its_context(name, context, measure, year):
    m = parse_column(name, context)
    assert (m.measure, m.year) == (measure, year)
