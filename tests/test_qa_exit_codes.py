"""The QA commands on a missing folder, an empty one and one whose inputs all
failed: exit 2 with one clear line, as ``export`` does, and nothing written."""

from __future__ import annotations

import pytest

import hostile
from pipeline.batch import BatchConfig, discover_inputs, run_batch
from pipeline.cli import main


def _corrections(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_text("document,table,row,column,value,status,reviewer,note\n", encoding="utf-8")
    return path


def _args(command, outdir, tmp_path):
    if command == "apply-corrections":
        return [command, str(outdir), str(_corrections(tmp_path)), "--reviewer", "Anna"]
    return [command, str(outdir)]


COMMANDS = ("report", "reconcile", "export", "apply-corrections")


@pytest.mark.parametrize("command", COMMANDS)
def test_missing_folder_exits_2(command, tmp_path, capsys):
    missing = tmp_path / "missing"
    assert main(_args(command, missing, tmp_path)) == 2
    err = capsys.readouterr().err
    assert f"{missing} is not a folder" in err and len(err.strip().splitlines()) == 1
    assert not missing.exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_empty_folder_exits_2_and_writes_nothing(command, tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(_args(command, empty, tmp_path)) == 2
    err = capsys.readouterr().err
    assert f"no converted documents in {empty} (run plandigit convert INPUT -o {empty} first)" in err
    assert len(err.strip().splitlines()) == 1
    assert list(empty.iterdir()) == []


@pytest.fixture(scope="module")
def all_failed(tmp_path_factory):
    root = tmp_path_factory.mktemp("all_failed")
    hostile.empty_file(root / "in" / "empty.pdf")
    hostile.text_as_pdf(root / "in" / "text.pdf")
    out = root / "out"
    result = run_batch(discover_inputs([root / "in"]), BatchConfig(outdir=out))
    assert result.totals.failed == 2
    return out


@pytest.mark.parametrize("command", ("reconcile", "export", "apply-corrections"))
def test_folder_of_failures_only_exits_2_for_commands_that_need_documents(command, all_failed, tmp_path, capsys):
    before = sorted(p.name for p in all_failed.iterdir())
    assert main(_args(command, all_failed, tmp_path)) == 2
    assert f"no converted documents in {all_failed}" in capsys.readouterr().err
    assert sorted(p.name for p in all_failed.iterdir()) == before


def test_report_of_failures_only_lists_them(all_failed, capsys):
    assert main(["report", str(all_failed)]) == 0
    index = (all_failed / "report" / "index.html").read_text(encoding="utf-8")
    assert "empty.pdf" in index and "text.pdf" in index and "not_pdf" in index
