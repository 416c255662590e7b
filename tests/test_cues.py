"""Cue matching: every printed form of a cue, its OCR variants, and non-cues."""

import pytest

from extractors.interpret.cues import CueMatcher
from extractors.text.folding import fold_token


@pytest.fixture(scope="module")
def cues():
    return CueMatcher()


@pytest.mark.parametrize(
    "text, kind, cue, rest, number",
    [
        ("Mål: Regionservice är en möjliggörande partner.", "goal", "Mål:", "Regionservice är en möjliggörande partner.", None),
        ("MÅL : Vi digitaliserar.", "goal", "MÅL :", "Vi digitaliserar.", None),
        ("Mal: Vi digitaliserar.", "goal", "Mal:", "Vi digitaliserar.", None),
        ("Effektmål 9. Region Örebro län är en attraktiv arbetsgivare.", "goal", "Effektmål 9.", "Region Örebro län är en attraktiv arbetsgivare.", "9"),
        ("Effektmal 10 Region Örebro län har en stark ekonomi.", "goal", "Effektmal 10", "Region Örebro län har en stark ekonomi.", "10"),
        ("Målsättning nr 10: Hållbar ekonomi", "goal", "Målsättning nr 10:", "Hållbar ekonomi", "10"),
        ("Malsattning nr 7: Invanarna ar nojda", "goal", "Malsattning nr 7:", "Invanarna ar nojda", "7"),
        ("Malsättnlng nr 3: Trygg vård", "goal", "Malsättnlng nr 3:", "Trygg vård", "3"),
        ("Uppdrag: Område IT får i uppdrag att införa e-signering.", "assignment", "Uppdrag:", "Område IT får i uppdrag att införa e-signering.", None),
        ("Uppdrag: Nr 51. Regionservice ska utreda lokalerna.", "assignment", "Uppdrag: Nr 51.", "Regionservice ska utreda lokalerna.", "51"),
        ("Uppdrag: Nämnduppdrag: Ta fram en plan.", "assignment", "Uppdrag: Nämnduppdrag:", "Ta fram en plan.", None),
        ("UPPDRAG: Nr 36. Se över avtalen.", "assignment", "UPPDRAG: Nr 36.", "Se över avtalen.", "36"),
        ("Kommentar Indikatorn mättes i slutet av året.", "comment", "Kommentar", "Indikatorn mättes i slutet av året.", None),
    ],
)
def test_item_cues(cues, text, kind, cue, rest, number):
    m = cues.match(text)
    assert m is not None
    assert (m.kind, m.cue, m.rest, m.number) == (kind, cue, rest, number)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Indikatorer", "indicators_heading"),
        ("INDIKATORER:", "indicators_heading"),
        ("Indlkatorer", "indicators_heading"),
        ("Styrtal", "indicators_heading"),
        ("Aktiviteter", "activities_heading"),
        ("Uppdrag", "assignments_heading"),
        ("Nämndens uppdrag", "assignments_heading"),
        ("Strategier för kvalitet och utveckling", "strategies_heading"),
        ("Strategier for digitalisering", "strategies_heading"),
    ],
)
def test_heading_cues(cues, text, kind):
    m = cues.match(text)
    assert m is not None and m.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Uppdraget slutrapporterades till strategigruppen.",
        "Målet med handlingsplanen är att åtgärderna ska omfatta 75,8 mkr.",
        "Målvärdet är satt utifrån målsättningen.",
        "Indikatorerna visar en positiv trend.",
        "3. Område IT får i uppdrag att tydliggöra sin roll.",
        "Strategier för digitalisering ska följas upp av nämnden varje år.",
        "Malmö är en stad.",
        "",
    ],
)
def test_not_cues(cues, text):
    assert cues.match(text) is None


def test_fold_repairs_ocr_lookalikes():
    assert fold_token("Målsättning") == "malsattning"
    assert fold_token("Uppdr0g") == "uppdrog"
    assert fold_token("2 627,9") == "2 627,9"
