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
