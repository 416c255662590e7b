import re
import sys
from pathlib import Path

import pytest

# tests import their helper modules (scoring, tinypdf, hostile) by name
sys.path.insert(0, str(Path(__file__).parent))

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory):
    """Text computed once per test run, shared by all xdist workers
    (``tests/shared_cache.py``)."""
    from shared_cache import SharedCache, shared_root

    return SharedCache(shared_root(tmp_path_factory.getbasetemp()))


@pytest.fixture(scope="session")
def convert_sample(shared_cache):
    """``convert_sample(stem)``: the sample PDF ``samples/<stem>.pdf`` converted
    once per test run (conversions are shared between test files and xdist
    workers; each caller gets its own copy of the document)."""
    from models.contract import OutputDocument
    from pipeline.convert import Converter

    conv = Converter()

    def get(stem: str, folder: Path = SAMPLES):
        pdf = folder / f"{stem}.pdf"
        text = shared_cache.text(f"convert_sample:{pdf}", lambda: conv.convert(pdf).to_json())
        return OutputDocument.model_validate_json(text)

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


_GROUP_UNSAFE = re.compile(r"[\[\]@]")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Groups for ``--dist loadgroup`` (pyproject's addopts): every test file
    runs whole on one xdist worker, in order (as ``--dist loadfile``), except
    files that set ``SPLIT_BY_CASE = True``: their parametrised cases are
    groups of their own (all tests of one case id on one worker), so a file
    of slow conversions spreads over the workers.  Those files get their
    conversions from ``shared_cache``, so a case is converted once per run
    whichever worker asks first."""
    for item in items:
        module = getattr(item, "module", None)
        group = item.nodeid.split("::")[0]
        callspec = getattr(item, "callspec", None)
        if callspec is not None and getattr(module, "SPLIT_BY_CASE", False):
            group += "::" + callspec.id
        item.add_marker(pytest.mark.xdist_group(_GROUP_UNSAFE.sub("_", group)))
