"""Narrative amounts in the sample PDFs: every amount that the seeds 002 and 004
print in running text is found in the converted PDF with its value in mnkr, the
page it is printed on and its sentence; the non-money traps are not."""

import re
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest

from test_text_amounts import SEED_002, SEED_004

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CASES = {"vp-2024-servicenamnden": SEED_002, "vp-2023-servicenamnden": SEED_004}


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


@pytest.fixture(scope="module")
def converted(convert_sample):
    return {stem: convert_sample(stem) for stem in CASES}


@pytest.mark.parametrize("stem", sorted(CASES))
def test_every_narrative_amount_is_found_with_page_and_context(stem, converted):
    doc = converted[stem]
    found = Counter((_squash(a.raw), round(a.value_mnkr, 6)) for a in doc.amounts)
    expected = Counter((_squash(raw), round(float(v), 6)) for _, pairs in CASES[stem] for raw, v in pairs)
    missing = expected - found
    assert not missing, f"not found: {sorted(missing)}"
    with pdfplumber.open(SAMPLES / f"{stem}.pdf") as pdf:
        page_text = {i + 1: _squash(p.extract_text() or "") for i, p in enumerate(pdf.pages)}
    for a in doc.amounts:
        number = _squash(a.raw).split(" ")[0]
        assert number in page_text[a.page], (a.raw, a.page)  # printed on the page it names
        assert _squash(a.raw) in _squash(a.context)  # the context is the amount's sentence
        assert len(a.context) < 600 and a.bbox is not None
    print(f"\n{stem}: {len(doc.amounts)} amounts in running text, {sum(expected.values())} listed in the seed")


@pytest.mark.parametrize("stem", sorted(CASES))
def test_non_money_in_running_text_is_not_an_amount(stem, converted):
    raws = " | ".join(a.raw for a in converted[stem].amounts)
    for trap in ["2018:1174", "2021-2025", "2024-2026", "6 kap", "procent", "%", "§"]:
        assert trap not in raws
    # every amount is money: nothing parsed from a year alone
    assert all(not re.fullmatch(r"(19|20)\d\d", a.raw.strip()) for a in converted[stem].amounts)
