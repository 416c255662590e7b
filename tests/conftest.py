import sys
from pathlib import Path

import pytest

# tests import their helper modules (scoring, tinypdf, hostile) by name
sys.path.insert(0, str(Path(__file__).parent))

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="session")
def convert_sample():
    """``convert_sample(stem)``: the sample PDF ``samples/<stem>.pdf`` converted
    once per test session (conversions are shared between test files)."""
    from pipeline.convert import Converter

    conv = Converter()
    cache = {}

    def get(stem: str, folder: Path = SAMPLES):
        key = (stem, str(folder))
        if key not in cache:
            cache[key] = conv.convert(folder / f"{stem}.pdf")
        return cache[key]

    return get


BORN_DIGITAL_SAMPLES = ("vb-2021-servicenamnden", "vp-2023-servicenamnden", "vp-2024-servicenamnden")


@pytest.fixture(scope="session")
def converted_samples(convert_sample, tmp_path_factory):
    """An output folder with the born-digital samples converted once per
    session, one ``<stem>.json`` each as ``plandigit convert`` writes them
    (read-only for tests: copy it before changing anything)."""
    out = tmp_path_factory.mktemp("converted-samples")
    for stem in BORN_DIGITAL_SAMPLES:
        (out / f"{stem}.json").write_text(convert_sample(stem).to_json(), encoding="utf-8")
    return out
