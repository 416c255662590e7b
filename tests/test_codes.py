"""Warning codes and error classes are defined once (models/codes.py), used by
every module that emits one, and documented exactly: README's warning table,
README's error class list and pipeline/EXIT_CODES.md's error class table."""

import ast
import re
from pathlib import Path

import pytest
from pydantic import ValidationError

import extractors.ocr.tesseract  # noqa: F401 - registers its PlandigitError subclasses
from models.codes import INPUT_ERROR_CLASSES, ErrorClass, WarningCode
from models.contract import DocWarning, OutputDocument, json_schema
from models.errors import InputError, PlandigitError

REPO = Path(__file__).resolve().parent.parent


def table_first_column(text: str, after: str) -> list[str]:
    """The backticked first cells of the markdown table that follows the line
    starting with ``after``."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(after))
    out: list[str] = []
    in_table = False
    for line in lines[start + 1:]:
        if line.startswith("|"):
            in_table = True
            cell = line.split("|")[1].strip()
            m = re.fullmatch(r"`([a-z_]+)`", cell)
            if m:
                out.append(m.group(1))
        elif in_table:
            break
    return out


def test_table_parser_reads_first_cells_only():
    text = "x\nCodes:\n\n| code | meaning |\n|---|---|\n| `a_b` | `c` |\n| `d` | e |\n\n| `f` | g |\n"
    assert table_first_column(text, "Codes:") == ["a_b", "d"]


def test_readme_warning_table_lists_exactly_the_warning_codes():
    listed = table_first_column((REPO / "README.md").read_text(encoding="utf-8"), "Warning codes (")
    assert len(listed) == len(set(listed))
    assert set(listed) == set(WarningCode)


def test_exit_codes_md_lists_exactly_the_error_classes():
    listed = table_first_column((REPO / "pipeline" / "EXIT_CODES.md").read_text(encoding="utf-8"),
                                "## Error classes in")
    assert len(listed) == len(set(listed))
    assert set(listed) == set(ErrorClass)


def test_readme_error_class_list_names_exactly_the_error_classes():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    paragraph = text[text.index("Error classes in the manifest:"):]
    paragraph = paragraph[:paragraph.index("Details:")]
    assert set(re.findall(r"`([a-z_]+)`", paragraph)) == set(ErrorClass)


def test_warning_codes_and_error_classes_do_not_share_a_name():
    assert not set(WarningCode) & set(ErrorClass)


def test_contract_schema_lists_the_warning_codes():
    schema = json_schema()
    assert schema["$defs"]["WarningCode"]["enum"] == [c.value for c in WarningCode]


def test_a_warning_with_an_unknown_code_is_rejected():
    assert DocWarning(code="sum_mismatch", message="m").code is WarningCode.SUM_MISMATCH
    with pytest.raises(ValidationError):
        DocWarning(code="sum_mismatchh", message="m")


def test_warning_code_is_written_as_its_string():
    doc = OutputDocument(source={"file": "a.pdf", "sha256": "0", "pages": 1},
                         warnings=[DocWarning(code=WarningCode.OCR_PAGE, message="m", page=1)])
    assert '"code": "ocr_page"' in doc.to_json()


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_every_raised_error_names_a_defined_class():
    classes = {sub: sub.error_class for sub in _subclasses(PlandigitError)}
    assert all(isinstance(c, ErrorClass) for c in classes.values())
    assert {c for sub, c in classes.items() if issubclass(sub, InputError) and sub is not InputError} == INPUT_ERROR_CLASSES
    assert ErrorClass.OCR_ERROR in classes.values() and ErrorClass.OCR_UNAVAILABLE in classes.values()


def _code_literals(path: Path) -> list[tuple[int, str]]:
    """``code="…"`` keyword arguments and ``code = "…"`` assignments with a
    string literal, and ``error_class = "…"``: codes written outside models/codes.py."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg in ("code", "error_class"):
            value = node.value
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in ("code", "error_class")
                                                 for t in node.targets):
            value = node.value
        else:
            continue
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            out.append((value.lineno, value.value))
    return out


def test_no_module_writes_a_code_as_a_string_literal():
    literals = {}
    for folder in ("extractors", "pipeline", "models"):
        for path in (REPO / folder).rglob("*.py"):
            if path.name != "codes.py" and (found := _code_literals(path)):
                literals[str(path.relative_to(REPO))] = found
    assert literals == {}


def test_literal_finder_finds_a_literal(tmp_path):
    path = tmp_path / "m.py"
    path.write_text('w = DocWarning(code="x", message="m")\ncode = "y"\nerror_class = ErrorClass.TIMEOUT\n')
    assert sorted(_code_literals(path)) == [(1, "x"), (2, "y")]


def test_a_document_of_another_schema_version_is_rejected_on_load():
    data = {"schema_version": "0", "source": {"file": "a.pdf", "sha256": "0", "pages": 1}}
    with pytest.raises(ValidationError, match="schema_version '0'"):
        OutputDocument.model_validate(data)
