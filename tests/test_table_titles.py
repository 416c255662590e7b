"""Table titles that identify (issue 21): no two tables of one document share a
title; a repeated caption takes the heading that tells the repeats apart."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from extractors.interpret.table_titles import distinct_titles, section_chain
from models.contract import Section, Table

SAMPLES = ("vp-2024-servicenamnden", "vp-2023-servicenamnden", "vb-2021-servicenamnden")


def sec(sid, title, level, number=None):
    return Section(id=sid, number=number, title=title, level=level, page=1)


APPENDIX = [
    sec("h1", "Handlingsplan", 1),
    sec("s2", "Handlingsplanens effekter", 1, "2."),
    sec("s2.1", "Effekter per område", 2, "2.1."),
    sec("h2", "Område IT", 3),
    sec("h3", "Konsekvensanalys", 3),
    sec("h4", "Område Fastigheter", 3),
]


def test_section_chain_walks_up_by_level():
    assert [s.id for s in section_chain(APPENDIX, "h4")] == ["h4", "s2.1", "s2"]
    assert [s.id for s in section_chain(APPENDIX, "s2")] == ["s2"]
    assert section_chain(APPENDIX, "nope") == []


def test_repeated_caption_takes_the_area_heading():
    tables = [Table(id="t1", title="Grupperade åtgärder", page=1, section="h2"),
              Table(id="t2", title="Grupperade åtgärder", page=2, section="h4"),
              Table(id="t3", title="Summering", page=1, section="s2")]
    distinct_titles(tables, APPENDIX)
    assert [t.title for t in tables] == ["Grupperade åtgärder – Område IT", "Grupperade åtgärder – Område Fastigheter",
                                         "Summering"]


def test_repeats_under_one_heading_take_the_page_then_a_number():
    tables = [Table(id=f"t{k}", title="Tabell", page=p, section="h2") for k, p in ((1, 3), (2, 4), (3, 4))]
    distinct_titles(tables, APPENDIX)
    assert [t.title for t in tables] == ["Tabell – sida 3", "Tabell – sida 4 (1)", "Tabell – sida 4 (2)"]


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["A", "B", "a", "Grupperade åtgärder"]),
                          st.sampled_from(["h1", "s2", "s2.1", "h2", "h3", "h4", None]),
                          st.integers(1, 3)), max_size=12))
def test_titles_are_always_distinct(specs):
    tables = [Table(id=f"t{k}", title=title, page=page, section=section)
              for k, (title, section, page) in enumerate(specs)]
    distinct_titles(tables, APPENDIX)
    keys = [" ".join(t.title.casefold().split()) for t in tables]
    assert len(keys) == len(set(keys))
    for t, (title, _, _) in zip(tables, specs):
        assert t.title.startswith(title)


@pytest.mark.parametrize("stem", SAMPLES)
def test_no_two_tables_of_a_sample_share_a_title(stem, convert_sample):
    doc = convert_sample(stem)
    titles = [t.title for t in doc.tables]
    assert len(titles) == len(set(titles)), titles
    if stem == "vp-2024-servicenamnden":
        grouped = sorted(t for t in titles if t.startswith("Grupperade åtgärder"))
        assert grouped == sorted(f"Grupperade åtgärder – Område {a}" for a in (
            "stab och kansli", "Fastigheter", "Försörjning", "inköp och upphandling", "IT", "Medicinsk Teknik",
            "Shared Service Center"))
