"""Series across documents (issue 21): the same goal, indicator, assignment,
strategy or risk in the 2021 report and the 2023 and 2024 plans shares one
``series_id``; look-alikes do not.

The expected links are ``tests/data/series_links.yaml``, written by hand from
the seed texts and the sample specs (never from the pipeline's output).  Every
pair of items of one kind from two documents counts: a pair in one series of
the list is a link, any other pair (but the list's ``undecided`` ones) is none.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import duckdb
import pytest
import yaml

from extractors.text.labels import wording_key
from pipeline.qa.series import LINK, SURE, assign_series, similarity

LINKS = Path(__file__).parent / "data" / "series_links.yaml"
KINDS = ("goal", "indicator", "assignment", "strategy", "risk")

Ref = tuple[str, str]  # (document alias, item id)


@pytest.fixture(scope="module")
def spec():
    return yaml.safe_load(LINKS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def docs(spec, convert_sample):
    return {alias: convert_sample(stem) for alias, stem in spec["documents"].items()}


@pytest.fixture(scope="module")
def series(docs):
    aliases = list(docs)
    found = assign_series([docs[a] for a in aliases])
    return {(a, item_id): link for a, links in zip(aliases, found) for item_id, link in links.items()}


def locate(docs, alias: str, kind: str, start: str) -> Ref:
    """The one item of ``kind`` in document ``alias`` whose wording starts with ``start``."""
    prefix = wording_key(start)
    hits = [i.id for i in docs[alias].items if i.kind == kind and wording_key(i.text).startswith(prefix)]
    assert len(hits) == 1, f"{alias} {kind} {start!r}: {len(hits)} items start so"
    return alias, hits[0]


def text(docs, ref: Ref) -> str:
    return next(i.text for i in docs[ref[0]].items if i.id == ref[1])


def pair(a: Ref, b: Ref) -> frozenset:
    return frozenset((a, b))


def expected_pairs(spec, docs) -> tuple[set, set, set, list]:
    links, reworded = set(), []
    for s in spec["series"]:
        refs = [locate(docs, alias, s["kind"], start) for alias, start in s["at"].items()]
        for a, b in itertools.combinations(refs, 2):
            links.add(pair(a, b))
            if s.get("reworded") and wording_key(text(docs, a)) != wording_key(text(docs, b)):
                reworded.append(pair(a, b))
    apart = {pair(locate(docs, p["a"][0], p["kind"], p["a"][1]), locate(docs, p["b"][0], p["kind"], p["b"][1]))
             for p in spec["apart"]}
    undecided = {pair(locate(docs, p["a"][0], p["kind"], p["a"][1]), locate(docs, p["b"][0], p["kind"], p["b"][1]))
                 for p in spec["undecided"]}
    return links, apart, undecided, reworded


def predicted_pairs(docs, series) -> set:
    refs = [(a, i.id) for a, d in docs.items() for i in d.items if i.kind in KINDS]
    kind = {(a, i.id): i.kind for a, d in docs.items() for i in d.items}
    out = set()
    for x, y in itertools.combinations(refs, 2):
        if x[0] != y[0] and kind[x] == kind[y] and series[x].series_id == series[y].series_id:
            out.add(pair(x, y))
    return out


def test_series_precision_and_recall_against_the_hand_made_links(spec, docs, series):
    links, apart, undecided, reworded = expected_pairs(spec, docs)
    predicted = predicted_pairs(docs, series)
    scored = predicted - undecided
    true = scored & links
    precision = len(true) / len(scored) if scored else 0.0
    recall = len(true) / len(links)
    print(f"\nseries: {len(links)} expected links, {len(scored)} predicted (undecided {len(predicted & undecided)} "
          f"of {len(undecided)} left out), precision {precision:.3f}, recall {recall:.3f}; "
          f"{len(reworded)} reworded pairs, {len(apart)} look-alike pairs")
    for p in sorted(scored - links, key=sorted):
        print("  false link:", [text(docs, r)[:60] for r in sorted(p)])
    for p in sorted(links - predicted, key=sorted):
        print("  missed:", [text(docs, r)[:60] for r in sorted(p)])
    assert len(reworded) >= 3 and len(apart) >= 3
    assert precision >= 0.95 and recall >= 0.95
    assert not apart & predicted, "look-alikes linked"
    assert set(reworded) <= predicted, "reworded pairs not linked"


def test_series_take_one_item_per_document_and_mark_uncertain_links(docs, series):
    by_series: dict[str, list] = {}
    for (alias, item_id), link in series.items():
        by_series.setdefault(link.series_id, []).append(alias)
        assert 0 < link.confidence <= 1 and link.review == (link.confidence < SURE)
    assert all(len(v) == len(set(v)) for v in by_series.values())
    assert any(link.review for link in series.values())  # the reworded ones a reviewer confirms


@pytest.mark.parametrize("a,b,alike", [
    ("HME delindex Ledning ska bibehållas eller öka.", "HME delindex Ledning ska bibehållas eller öka.", True),
    ("Jämix – Jämställdhetsindex ska öka i jämförelse med föregående år.",
     "Jämställdhetsindex, Jämix, ska öka i jämförelse med föregående år.", True),
    ("HME delindex Ledning ska bibehållas eller öka.", "HME delindex Motivation ska öka.", False),
])
def test_similarity(a, b, alike):
    words = [wording_key(t) for t in (a, b, "HME delindex Motivation ska öka.", "Frisktalet ska öka.",
                                       "Den digitala mognaden ska öka.")]
    from pipeline.qa.series import _weights

    assert (similarity(wording_key(a), wording_key(b), _weights(words)) >= LINK) == alike


def test_item_series_view_gives_each_years_wording_and_result(converted_samples, tmp_path):
    from pipeline.qa.export.command import export_folder

    export_folder(converted_samples, "duckdb", tmp_path / "archive.duckdb")
    con = duckdb.connect(str(tmp_path / "archive.duckdb"), read_only=True)
    rows = con.execute("SELECT document_year, document_type, text, outcome, target FROM item_series "
                       "WHERE series_id = (SELECT series_id FROM items WHERE text LIKE 'HME delindex Ledning%' "
                       "LIMIT 1) ORDER BY document_year").fetchall()
    assert [(r[0], r[1]) for r in rows] == [(2021, "verksamhetsberattelse"), (2023, "verksamhetsplan"),
                                           (2024, "verksamhetsplan")]
    assert {r[2] for r in rows} == {"HME delindex Ledning ska bibehållas eller öka."}
    assert rows[0][3] is not None  # the report's result
    # every goal, indicator, assignment, strategy and risk has a series
    assert con.execute("SELECT count(*) FROM items WHERE kind IN ('goal', 'indicator', 'assignment', 'strategy', "
                       "'risk') AND series_id IS NULL").fetchone()[0] == 0
