"""Pure parsing for the export: what a table column measures, and the number
inside an indicator's printed value.

:func:`parse_column` reads a column name as printed (after the pipeline joined
a two-row header into one name) into a :class:`ColumnMeaning`::

    "Budget 2024"              → budget, 2024
    "Prognos 2023 Omsättning"  → forecast, 2023, sub_measure "Omsättning"
    "Bokslut 2022"             → outcome, 2022 (bokslut and utfall mean the same)
    "Budgetavvikelse"          → budget_deviation, no year
    "Beslutad budget tom 2021" → budget, 2021, period "tom" (cumulative up to 2021)
    "Utfall 2021, mnkr"        → outcome, 2021, unit "mnkr"
    "Objektbeskrivning"        → no measure, no year

A column named by a year alone ("2024") takes its measure from the table's
context (``context``: its title, then the headings it stands under, nearest
first): "2024" in "Grupperade åtgärder" under "Handlingsplanens ekonomiska
effekter" → plan, 2024; under "Budget 2024" → budget, 2024.

:func:`parse_value` reads an indicator's outcome/target text::

    "5,1%" → 5.1, unit "%";  ">77" → 77, comparator ">";  "Helt" → no number
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from extractors.money.amounts import normalise_chars
from extractors.money.quantities import ParsedValue, parse_value  # noqa: F401 - the export's value parser
from extractors.text.folding import fold

MEASURES = (
    "budget", "forecast", "outcome", "budget_deviation", "outcome_deviation", "deviation", "change",
    "turnover", "ratio", "staff_count", "count", "investment_estimate", "amount", "target",
    "long_term_target", "plan",
)
# a measure word anywhere in a table's caption or heading (for year-only columns): the
# earliest in the nearest text wins, also inside a compound ("Driftbudget", "Handlingsplanens")
_CONTEXT_MEASURE = re.compile(
    r"(?P<budget>budget)|(?P<forecast>prognos)|(?P<outcome>utfall|bokslut)"
    r"|(?P<plan>plan(?:en|ens|er|erna|ernas)?)\b")

# (words at the start of a name, folded: lower case, no diacritics) → measure; longest first wins
_MEASURE_WORDS: tuple[tuple[str, str], ...] = (
    ("beslutad budget", "budget"),
    ("budgetavvikelse", "budget_deviation"),
    ("budgetavv", "budget_deviation"),
    ("budget", "budget"),
    ("prognos", "forecast"),
    ("totalt utfall", "outcome"),
    ("utfallsavvikelse", "outcome_deviation"),
    ("utfall", "outcome"),
    ("bokslut", "outcome"),
    ("avvikelse", "deviation"),
    ("forandring", "change"),
    ("forandr", "change"),
    ("omsattning", "turnover"),
    ("relation", "ratio"),
    ("antal arsarbetare", "staff_count"),
    ("antal aa", "staff_count"),
    ("antal a", "staff_count"),
    ("antal", "count"),
    ("total investeringskalkyl", "investment_estimate"),
    ("total investering-kalkyl", "investment_estimate"),
    ("total investering kalkyl", "investment_estimate"),
    ("investeringskalkyl", "investment_estimate"),
    ("belopp", "amount"),
    ("langsiktigt malvarde", "long_term_target"),
    ("arets malvarde", "target"),
    ("malvarde", "target"),
)
_MEASURE_WORDS = tuple(sorted(_MEASURE_WORDS, key=lambda mw: -len(mw[0])))

_YEAR = re.compile(r"(?<![\d])(?:19|20)\d\d(?![\d])")
_PARENTHESES = re.compile(r"\(([^()]*)\)")
_FOOTNOTE = re.compile(r"\*+\)?|¹|²|³")
_UNITS = {"mnkr": "mnkr", "mkr": "mnkr", "mnrk": "mnkr", "tkr": "tkr", "kr": "kr", "%": "%", "procent": "%"}
_UNIT = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=,))\s*(mnkr|mkr|mnrk|tkr|kr|procent)\b|%", re.IGNORECASE)
# "tom", "t.o.m." (up to and including: cumulative), "per 31 dec" (a point in time), "jan-aug" (part of a year)
_MONTH = r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*"
_PERIOD = re.compile(
    rf"\b(?P<tom>t\.?\s?o\.?\s?m\.?|tom)(?:\s+(?P<tom_month>{_MONTH}))?(?=\s|$)"
    rf"|\b(?P<per>per\s+\d{{1,2}}\s+{_MONTH})"
    rf"|\b(?P<range>{_MONTH}\s*[-–]\s*{_MONTH})",
    re.IGNORECASE,
)
_SECOND_MEASURE = re.compile(r"\b(budget|prognos|utfall|bokslut)\b")
_WHOLE_YEAR = {"jan-dec", "januari-december", "helår", "helar"}


@dataclass(frozen=True)
class ColumnMeaning:
    """What a column measures: ``measure`` (one of :data:`MEASURES`, or None),
    ``year``, ``sub_measure`` (the rest of a two-level name: "Omsättning",
    "Varav budgetram", "Kvinnor"), ``period`` (None = the whole year; "tom" =
    cumulative up to the year, "per 31 dec" = at a date, "jan-aug" = part of
    the year) and ``unit`` printed in the name ("mnkr", "%")."""

    measure: Optional[str] = None
    year: Optional[int] = None
    sub_measure: Optional[str] = None
    period: Optional[str] = None
    unit: Optional[str] = None


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,;:])", r"\1", text)
    text = re.sub(r"[,;:]\s*(?=[,;:]|$)", "", text)
    return text.strip(" ,;:-–")


def parse_column(name: str, context: tuple[str, ...] = ()) -> ColumnMeaning:
    """The meaning of a printed column name; a year-only name's measure from
    ``context`` (see the module docstring)."""
    meaning = _parse_name(name)
    if meaning.measure is None and meaning.year is not None and meaning.sub_measure is None and context:
        measure = context_measure(context)
        if measure is not None:
            return ColumnMeaning(measure=measure, year=meaning.year, period=meaning.period, unit=meaning.unit)
    return meaning


@lru_cache(maxsize=4096)
def context_measure(context: tuple[str, ...]) -> Optional[str]:
    """The measure the first text of ``context`` that names one names (budget,
    forecast, outcome or plan), or None."""
    for text in context:
        m = _CONTEXT_MEASURE.search(fold(text or ""))
        if m is not None:
            return m.lastgroup
    return None


@lru_cache(maxsize=65536)
def _parse_name(name: str) -> ColumnMeaning:
    text = unicodedata.normalize("NFC", normalise_chars(name or "")).replace("\u00ad", "")
    text = _FOOTNOTE.sub(" ", text)
    text = re.sub(r"(?<=[^\W\d_])-\s+(?=[^\W\d_])", "", text)  # "budget- ram" → "budgetram"
    text = " ".join(text.split())
    qualifiers = [q.strip() for q in _PARENTHESES.findall(text) if q.strip()]
    text = _PARENTHESES.sub(" ", text)
    unit = None
    for q in list(qualifiers):
        if q.casefold() in _UNITS:
            unit = _UNITS[q.casefold()]
            qualifiers.remove(q)
    m = _UNIT.search(text)
    if m:
        unit = unit or _UNITS[(m.group(1) or "%").casefold()]
        text = text[: m.start()] + " " + text[m.end():]
    years = _YEAR.findall(text)
    year = int(years[0]) if len(set(years)) == 1 else None
    text = _YEAR.sub(" ", text) if year is not None else text
    period = None
    p = _PERIOD.search(text)
    if p:
        if p.group("tom"):
            period = "tom" + (f" {p.group('tom_month').lower()}" if p.group("tom_month") else "")
        elif p.group("per"):
            period = " ".join(p.group("per").lower().split())
        else:
            period = re.sub(r"\s*[-–]\s*", "-", p.group("range").lower())
        text = text[: p.start()] + " " + text[p.end():]
        if period in _WHOLE_YEAR:
            period = None
    text = _tidy(text)
    measure = None
    folded = fold(text)
    for words, meaning in _MEASURE_WORDS:
        if folded.startswith(words) and not folded[len(words):][:1].isalnum():
            measure = meaning
            text = _tidy(text[len(words):].lstrip("."))
            break
    if measure is not None and _SECOND_MEASURE.search(fold(text)):
        return ColumnMeaning(unit=unit)  # two columns' names run together ("Budget 2023 / Prognos 2024")
    if measure is None and text.casefold() in ("år", "ar"):
        text = ""
    elif measure is None and text[:3].casefold() in ("år ", "ar "):
        text = text[3:]
    rest = " ".join([_tidy(text), *qualifiers]).strip()
    if measure is None and year is None:
        rest = ""  # a text column ("Objektbeskrivning", "Status"): nothing to measure
    return ColumnMeaning(measure=measure, year=year, sub_measure=rest or None, period=period, unit=unit)
