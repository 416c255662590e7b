"""The contract checks itself: unique ids and references that resolve."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from models.contract import DocWarning, Item, OutputDocument, Section, Table, reference_problems

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SOURCE = {"file": "a.pdf", "sha256": "0", "pages": 3}


def sound() -> dict:
    """A small document whose ids and references all hold."""
    return {
        "source": SOURCE,
        "sections": [{"id": "s1", "title": "Mål", "level": 1, "page": 1}],
        "items": [{"id": "i1", "kind": "goal", "text": "Mål A", "section": "s1", "page": 1},
                  {"id": "i2", "kind": "indicator", "text": "Styrtal", "section": "s1", "page": 1, "parent": "i1"}],
        "tables": [{"id": "t1", "page": 2, "section": "s1"}],
        "warnings": [{"code": "sum_mismatch", "message": "m", "table": "t1"},
                     {"code": "ocr_page", "message": "m", "item": "i2"}],
    }


def test_a_sound_document_validates():
    doc = OutputDocument.model_validate(sound())
    assert reference_problems(doc) == []


@pytest.mark.parametrize("path, value, problem", [
    (("items", 1, "parent"), "i9", "item 'i2': parent 'i9' is no other item"),
    (("items", 1, "parent"), "i2", "item 'i2': parent 'i2' is no other item"),
    (("items", 0, "section"), "s9", "item 'i1': section 's9' is no section"),
    (("tables", 0, "section"), "s9", "table 't1': section 's9' is no section"),
    (("warnings", 0, "table"), "t9", "warning 0 (sum_mismatch): table 't9' is no table"),
    (("warnings", 1, "item"), "i9", "warning 1 (ocr_page): item 'i9' is no item"),
])
def test_a_dangling_reference_is_rejected(path, value, problem):
    data = sound()
    data[path[0]][path[1]][path[2]] = value
    with pytest.raises(ValidationError) as err:
        OutputDocument.model_validate(data)
    assert problem in str(err.value)


@pytest.mark.parametrize("part, duplicate", [
    ("sections", {"id": "s1", "title": "Igen", "level": 1, "page": 2}),
    ("items", {"id": "i1", "kind": "goal", "text": "Mål B", "page": 2}),
    ("tables", {"id": "t1", "page": 3}),
])
def test_a_duplicate_id_is_rejected(part, duplicate):
    data = sound()
    data[part].append(duplicate)
    with pytest.raises(ValidationError, match=f"{part[:-1]} id '{duplicate['id']}' is used twice"):
        OutputDocument.model_validate(data)


def test_parts_assigned_after_construction_are_checked_by_validated():
    doc = OutputDocument.model_validate(sound())
    doc.items.append(Item(id="i3", kind="goal", text="x", page=1, section="s7"))  # not validated by pydantic
    with pytest.raises(ValidationError, match="section 's7' is no section"):
        doc.validated()
    doc.sections.append(Section(id="s7", title="Sju", level=1, page=1))
    assert doc.validated().to_json() == doc.to_json()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=6),
       st.lists(st.sampled_from(["a", "b", "c", "d", "x"]), max_size=4))
def test_problems_are_exactly_the_duplicates_and_the_dangling(ids, referenced):
    doc = OutputDocument.model_construct(
        source=SOURCE, sections=[], items=[], amounts=[], toc=[], page_info=[],
        tables=[Table(id=i, page=1) for i in ids],
        warnings=[DocWarning(code="sum_mismatch", message="m", table=r) for r in referenced])
    problems = reference_problems(doc)
    assert sum("is used twice" in p for p in problems) == len({i for i in ids if ids.count(i) > 1})
    assert sum("is no table" in p for p in problems) == sum(r not in ids for r in referenced)


@pytest.mark.parametrize("path", sorted(SAMPLES.rglob("*.expected.json")), ids=lambda p: str(p.relative_to(SAMPLES)))
def test_the_samples_expected_outputs_hold(path):
    doc = OutputDocument.model_validate(json.loads(path.read_text(encoding="utf-8")))
    assert doc.items and reference_problems(doc) == []
