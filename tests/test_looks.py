"""Generalisation: the pipeline on the same three documents typeset in other
looks (other fonts incl. embedded TrueType subsets, sizes, spacing, page
furniture, bullets, table styles), scored with the bar of test_samples.py."""

import json

import pytest

from samples.generator import doc_vb2021, doc_vp2023, doc_vp2024
from samples.generator.looks import LOOKS
from samples.make_samples import write_sample
from scoring import ITEM_KINDS, score

ALTERNATIVE_LOOKS = [name for name in LOOKS if name != "default"]
SPECS = {"doc_vp2024": doc_vp2024.spec, "doc_vp2023": doc_vp2023.spec, "doc_vb2021": doc_vb2021.spec}
# each parametrised case is an xdist group of its own (tests/conftest.py): slow conversions spread
# over the workers, shared through the shared_cache fixture
SPLIT_BY_CASE = True
CASES = [(look, doc) for look in ALTERNATIVE_LOOKS for doc in SPECS]


def _skip_if_fonts_missing(look_name: str) -> None:
    fonts = LOOKS[look_name].fonts
    missing = fonts.missing_files() if fonts else []
    if missing:
        pytest.skip(f"look {look_name!r} needs {missing[0]} (Debian package fonts-dejavu-core)")


@pytest.fixture(scope="module")
def converter():
    from pipeline.convert import Converter

    return Converter()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, converter, shared_cache):
    """``rendered(look, doc)`` → (expected dict, found dict), each rendering
    and conversion done once per test run (shared by the xdist workers)."""
    cache: dict[tuple[str, str], tuple[dict, dict]] = {}

    def make(look: str, doc: str) -> str:
        out = tmp_path_factory.mktemp(f"{look}-{doc}")
        pdf, js = write_sample(SPECS[doc](), out, LOOKS[look])
        return json.dumps({"expected": json.loads(js.read_text(encoding="utf-8")),
                           "found": json.loads(converter.convert(pdf).to_json())})

    def get(look: str, doc: str) -> tuple[dict, dict]:
        if (look, doc) not in cache:
            both = json.loads(shared_cache.text(f"look:{look}:{doc}", lambda: make(look, doc)))
            cache[(look, doc)] = (both["expected"], both["found"])
        return cache[(look, doc)]

    return get


def test_alternative_looks_exist_and_differ_from_the_default():
    assert set(ALTERNATIVE_LOOKS) >= {"calibri-like", "times-dense", "serif-open"}
    cal, dense, default = LOOKS["calibri-like"], LOOKS["times-dense"], LOOKS["default"]
    assert cal.fonts is not None and cal.fonts.embedded and not cal.justified and cal.heading_dot
    assert dense.fonts is not None and dense.fonts.regular == "Times-Roman" and not dense.title_page
    assert (cal.body_size, dense.body_size, default.body_size) == (10, 12, 11)
    assert LOOKS["serif-open"].table_rules == "none" and not LOOKS["serif-open"].header_rule


@pytest.mark.parametrize("look,doc", CASES, ids=[f"{l}-{d}" for l, d in CASES])
def test_look_against_expected(look, doc, rendered):
    _skip_if_fonts_missing(look)
    expected, found = rendered(look, doc)
    s = score(expected, found)
    print("\n" + s.report(f"{look} {doc}"))
    assert found["document"]["type"] == expected["document"]["type"]
    assert found["document"]["year"] == expected["document"]["year"]
    assert found["document"]["organisation"] == expected["document"]["organisation"]
    problems = []
    for kind in ITEM_KINDS:
        k = s.kinds[kind]
        if k.expected and k.recall < 0.95:
            problems.append(f"{kind} recall {k.recall:.3f}: missing {k.missing[:3]}")
        if not (k.precision >= 0.95 or (k.expected == 0 and k.found == 0)):
            problems.append(f"{kind} precision {k.precision:.3f}: extra {k.extra[:3]}")
    if s.parents_correct != s.parents_total:
        problems.append(f"indicator parents {s.parents_correct}/{s.parents_total}")
    if s.indicator_fields_correct != s.indicator_fields_total:
        problems.append(f"indicator fields {s.indicator_fields_correct}/{s.indicator_fields_total}")
    if s.risks_complete != s.risks_total:
        problems.append(f"risks complete {s.risks_complete}/{s.risks_total}: {s.risk_problems[:3]}")
    if not (s.cells_total > 0 and s.cells_correct == s.cells_total):
        problems.append(f"money cells {s.cells_correct}/{s.cells_total}: {s.cell_problems[:5]}")
    assert not problems, "\n".join(problems)
