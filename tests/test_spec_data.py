"""The sample documents as data: samples/generator/specs/*.yaml <-> DocSpec.

Round trips (spec -> data -> spec equal, for every sample and for generated
specs of every block type), and the loader naming the bad value in a file a
person edited.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Literal, Union

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samples.generator import datafile
from samples.generator import doc_vp2026_badlayer as badlayer
from samples.generator import spec as S
from samples.generator.spec import SPECS_DIR, DocSpec, dump_spec, load_spec

STEMS = sorted(p.stem for p in SPECS_DIR.glob("*.yaml") if p.stem != badlayer.STEM)


def test_every_doc_module_loads_its_data_file():
    from samples.generator import doc_vb2021, doc_vp2023, doc_vp2024
    from samples.producers import doc_blocks

    loaded = {m.spec().stem for m in (doc_vb2021, doc_vp2023, doc_vp2024, doc_blocks)}
    assert loaded == set(STEMS)


@pytest.mark.parametrize("stem", STEMS)
def test_sample_spec_round_trips_through_yaml(stem):
    doc = load_spec(stem)
    text = dump_spec(doc)
    back = datafile.loads(DocSpec, text)
    assert back == doc
    assert repr(back) == repr(doc)  # tuples stay tuples, ints stay ints
    assert dump_spec(back) == text


def test_badlayer_pages_round_trip_through_yaml():
    pages = badlayer.pages()
    text = datafile.dumps(badlayer.Pages, [badlayer.Page(blocks) for blocks in pages])
    assert [page.blocks for page in datafile.loads(badlayer.Pages, text)] == pages
    assert len(pages) == 4
    assert all(isinstance(b, (badlayer.Text, badlayer.Grid)) for page in pages for b in page)


# -- generated specs: every block type, every field, awkward strings -----------------

# text that YAML must quote or escape: numbers, booleans, null, comment and flow marks,
# leading/trailing spaces, line breaks, Swedish letters and the report's symbols
_TEXT = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
    st.sampled_from(["79", "-1 230", "4.1", "1e3", "yes", "Nej", "null", "~", "- a", "a: b", "# x", "[x]",
                     " lead", "trail ", "två\nrader", "● →", "Målvärde", "'", '"', "", "0x1F", "1_000"]),
)


def _strategy(tp: Any) -> st.SearchStrategy:
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        return st.builds(tp, **{f.name: _strategy(hints[f.name]) for f in dataclasses.fields(tp)})
    if origin in (Union, types.UnionType):
        return st.one_of([st.none() if a is type(None) else _strategy(a) for a in args])
    if origin is Literal:
        return st.sampled_from(args)
    if origin is list:
        return st.lists(_strategy(args[0]), max_size=3)
    if origin is tuple:
        return st.tuples(*map(_strategy, args))
    return {str: _TEXT, int: st.integers(-5, 2000), bool: st.booleans(),
            float: st.one_of(st.integers(0, 9), st.floats(0, 10, allow_nan=False))}[tp]


@settings(max_examples=60, deadline=None)
@given(_strategy(DocSpec))
def test_generated_specs_round_trip(doc):
    assert datafile.loads(DocSpec, dump_spec(doc)) == doc


@settings(max_examples=40, deadline=None)
@given(_strategy(badlayer.Pages))
def test_generated_badlayer_pages_round_trip(pages):
    assert datafile.loads(badlayer.Pages, datafile.dumps(badlayer.Pages, pages)) == pages


def test_defaults_are_left_out_and_blocks_are_tagged():
    doc = DocSpec(stem="s", doc_type="other", year=2024, organisation="O", title="T", running_header="H",
                  blocks=[S.Heading("Inledning", "1"), S.Para("Text.", style="italic"), S.PageBreak(),
                          S.Bullets(["a", "b"], marker="–"),
                          S.Table([["", "2024"]], [S.TableRow("Summa", ["2 380"], bold=True)], ["2024"])])
    data = datafile.to_data(doc)
    assert data["blocks"] == [
        {"heading": "Inledning", "number": "1"},
        {"para": "Text.", "style": "italic"},
        "page_break",
        {"bullets": ["a", "b"], "marker": "–"},
        {"table": {"header_rows": [["", "2024"]], "rows": [{"label": "Summa", "cells": ["2 380"], "bold": True}],
                   "columns": ["2024"]}},
    ]
    assert "font" not in data and "title_page_lines" not in data
    assert "- {heading: Inledning, number: '1'}" in dump_spec(doc)


# -- the loader names what is wrong in an edited file ---------------------------------

_HEAD = "stem: s\ndoc_type: other\nyear: 2024\norganisation: O\ntitle: T\nrunning_header: H\n"


@pytest.mark.parametrize("blocks, message", [
    ("- table:\n    header_rows: [[a, b]]\n    rows: [{label: x, cells: [79]}]\n    columns: [b]\n",
     "$.blocks[0].table.rows[0].cells[0]: 79 is not a str (quote it)"),
    ("- para: x\n  style: fett\n", "$.blocks[0].para.style: 'fett' is not one of 'normal', 'bold', 'italic'"),
    ("- paragraph: x\n", "$.blocks[0]: unknown block 'paragraph'"),
    ("- heading: x\n  nummer: '1'\n", "$.blocks[0].heading: Heading has no field 'nummer'"),
    ("- goal: x\n  text: y\n", "$.blocks[0]: text given twice"),
    ("- page_break: x\n", "$.blocks[0]: page_break takes no values"),
    ("- {heading: x, level: '2'}\n", "$.blocks[0].heading.level: '2' is not a int"),
    ("- strategies: t\n", "$.blocks[0].strategies: Strategies: "),
])
def test_loader_names_the_bad_value(blocks, message):
    with pytest.raises(datafile.DataFileError) as err:
        datafile.loads(DocSpec, _HEAD + "blocks:\n" + blocks)
    assert str(err.value).startswith(message)


def test_a_missing_field_is_named():
    with pytest.raises(datafile.DataFileError, match=r"\$: DocSpec: .*running_header"):
        datafile.loads(DocSpec, "stem: s\ndoc_type: other\nyear: 2024\norganisation: O\ntitle: T\nblocks: []\n")
