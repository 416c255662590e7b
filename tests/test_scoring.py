"""The scorer itself must be able to fail: perfect, missing, extra and wrong inputs."""

import copy

from scoring import score

EXPECTED = {
    "items": [
        {"id": "i1", "kind": "goal", "text": "Vi digitaliserar."},
        {"id": "i2", "kind": "indicator", "text": "Den digitala mognaden ska öka.", "parent": "i1", "outcome": "79"},
        {"id": "i3", "kind": "risk", "text": "Risk för ohälsa.", "area": "HR",
         "actions": [{"text": "Åtgärd ett.", "status": "Avslutad", "comment": "Klart."},
                     {"text": "Åtgärd två.", "status": None, "comment": None}]},
    ],
    "tables": [
        {"kind": "budget", "title": "Resultatbudget", "page": 3, "columns": ["Budget 2024", "Budget 2023"],
         "rows": [{"label": "Övriga intäkter", "cells": [
             {"column": "Budget 2024", "raw": "2 380", "value_mnkr": 2380.0},
             {"column": "Budget 2023", "raw": "2 381,4", "value_mnkr": 2381.4}]}]}
    ],
}


def test_perfect_score():
    s = score(EXPECTED, copy.deepcopy(EXPECTED))
    assert s.kinds["goal"].recall == 1.0 and s.kinds["indicator"].precision == 1.0
    assert (s.parents_correct, s.parents_total) == (1, 1)
    assert (s.risks_complete, s.risks_total) == (1, 1)
    assert (s.action_statuses_correct, s.action_statuses_total) == (1, 1)
    assert (s.action_comments_correct, s.action_comments_total) == (1, 1)
    assert (s.cells_correct, s.cells_total) == (2, 2)


def test_a_wrong_action_status_and_comment_are_counted():
    found = copy.deepcopy(EXPECTED)
    found["items"][2]["actions"][0].update(status="Ej genomförd", comment=None)
    s = score(EXPECTED, found)
    assert (s.action_statuses_correct, s.action_statuses_total) == (0, 1)
    assert (s.action_comments_correct, s.action_comments_total) == (0, 1)


def test_a_schema_version_1_output_is_scored_as_its_conversion():
    found = copy.deepcopy(EXPECTED)
    found["schema_version"] = "1"
    found["items"][2].update(actions=["Åtgärd ett.", "Åtgärd två."], action_statuses=["Avslutad", None],
                             action_comments=["Klart.", None])
    s = score(EXPECTED, found)
    assert (s.risks_complete, s.action_statuses_correct, s.action_comments_correct) == (1, 1, 1)


def test_missing_extra_and_wrong_values_are_counted():
    found = copy.deepcopy(EXPECTED)
    found["items"][1]["parent"] = None  # wrong link
    found["items"][2]["actions"] = found["items"][2]["actions"][:1]  # lost an action
    found["items"].append({"id": "i9", "kind": "goal", "text": "Ett helt annat mål om något."})
    found["tables"][0]["rows"][0]["cells"][1]["value_mnkr"] = 2381.5
    s = score(EXPECTED, found)
    assert s.kinds["goal"].precision == 0.5 and s.kinds["goal"].recall == 1.0
    assert s.parents_correct == 0
    assert s.risks_complete == 0 and "actions expected 2 found 1" in s.risk_problems[0]
    assert s.cells_correct == 1 and "expected 2381.4 found 2381.5" in s.cell_problems[0]


def test_check_repairs_flags_a_repair_to_the_wrong_value():
    from scoring import check_repairs

    found = copy.deepcopy(EXPECTED)
    found["tables"][0]["id"] = "t1"
    found["warnings"] = [
        {"code": "ocr_repair", "table": "t1", "row": "Övriga intäkter", "column": "Budget 2024", "original": "2380", "expected": 2380.0},
        {"code": "ocr_repair", "table": "t1", "row": "Övriga intäkter", "column": "Budget 2023", "original": "23814", "expected": 23.814},
    ]
    n, wrong = check_repairs(EXPECTED, found)
    assert n == 2 and len(wrong) == 1 and "'23814'" in wrong[0] and "2381.4" in wrong[0]
