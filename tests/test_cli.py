"""The ``hansard-parse`` command: output, options, and one clear error line for bad input."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from helpers import FIXTURES, ROOT, run_command, words

import hansard_parse
from hansard_parse.cli import EXIT_INPUT, EXIT_OK, main

ORAL = str(FIXTURES / "oral_questions.print.txt")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_prints_the_envelope(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "json", ORAL)
    data = json.loads(out)
    assert (code, err) == (EXIT_OK, "")
    assert data["schema"] == "hansard_parse/1"
    assert data["source"] == {"path": ORAL, "encoding": "utf-8", "layout": "print"}
    assert data["document"]["type"] == "document"
    assert out.count("\n") == 1, "compact by default: one line"


def test_json_indent(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "json", "--indent", "2", ORAL)
    assert code == EXIT_OK
    assert out.splitlines()[:2] == ["{", '  "schema": "hansard_parse/1",']
    assert json.loads(out)["document"]["layout"] == "print"


def test_json_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    code, out, err = run(capsys, "json", ORAL, "-o", str(target))
    assert (code, out, err) == (EXIT_OK, "", "")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["source"]["path"] == ORAL
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"], "no temporary file left"


def test_json_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    stdin = io.TextIOWrapper(
        io.BytesIO(b"Mr Speaker: Order.\nJane Smith (Anytown) (Lab): Will he agree?\n")
    )
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "json", "-")
    data = json.loads(out)
    assert code == EXIT_OK
    assert data["source"]["path"] == "standard input"
    assert [c["speaker"]["name"] for c in data["document"]["children"]] == [
        "Mr Speaker",
        "Jane Smith",
    ]


def test_tree_shows_speakers(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "tree", ORAL)
    assert code == EXIT_OK
    assert out.startswith("document (print layout, commons)")
    for name in ("Andrew Western", "Dominic Raab", "Damian Hinds", "Mike Freer"):
        assert name in out
    assert "question 1. Andrew Western" in out


def test_tree_depth_limits_the_levels_shown(capsys: pytest.CaptureFixture[str]) -> None:
    _, full, _ = run(capsys, "tree", ORAL)
    code, one, _ = run(capsys, "tree", "--depth", "1", ORAL)
    assert code == EXIT_OK
    assert one.splitlines() == [
        "document (print layout, commons)",
        "├── section Business Before Questions",
        "│   └── … 1 more",
        "└── section Justice",
        "    └── … 7 more",  # "was asked—" and six question topics
    ]
    _, three, _ = run(capsys, "tree", "--depth", "3", ORAL)
    assert "section Justice" in three and "section Family Courts" in three
    assert "Andrew Western" not in three and "Andrew Western" in full
    assert len(one.splitlines()) < len(three.splitlines()) < len(full.splitlines())


def test_tree_text_shows_full_paragraphs(capsys: pytest.CaptureFixture[str]) -> None:
    tail = "we ensure that prisoners get the best possible education"

    _, short, _ = run(capsys, "tree", ORAL)
    code, full, _ = run(capsys, "tree", "--text", ORAL)
    assert code == EXIT_OK
    assert tail in words(full)
    assert tail not in words(short)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"hansard-parse {hansard_parse.__version__}"


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\xff\xfe\x00" * 100)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\t\r\n   \n")
    return {
        "missing": tmp_path / "no-such-file.txt",
        "directory": tmp_path,
        "binary": binary,
        "empty": empty,
        "whitespace": blank,
    }


@pytest.mark.parametrize("command", ["json", "tree"])
@pytest.mark.parametrize("case", ["missing", "directory", "binary", "empty", "whitespace"])
def test_bad_input_is_one_error_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, command: str
) -> None:
    path = _bad_inputs(tmp_path)[case]
    code, out, err = run(capsys, command, str(path))
    assert code == EXIT_INPUT == 2
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("hansard-parse: error: ")
    assert str(path) in lines[0]


def test_output_into_a_missing_directory_fails_without_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "out.json"
    code, out, err = run(capsys, "json", ORAL, "-o", str(target))
    assert code != 0
    assert out == ""
    assert err.startswith("hansard-parse: error:") and len(err.splitlines()) == 1
    assert not target.parent.exists()
    assert list(tmp_path.iterdir()) == []


def test_unknown_layout_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["json", "--layout", "hieroglyphs", ORAL])
    assert stop.value.code == 2
    assert "invalid choice: 'hieroglyphs'" in capsys.readouterr().err


def test_installed_entry_point_runs(tmp_path: Path) -> None:
    done = run_command("json", "--indent", "2", ORAL, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["document"]["layout"] == "print"
    stack, names = [data["document"]], []
    while stack:
        node = stack.pop()
        names += [node["speaker"]["name"]] if node.get("speaker") else []
        stack.extend(node.get("children", []))
    assert {"Andrew Western", "Dominic Raab", "Mike Freer"} <= set(names)

    bad = run_command("json", str(tmp_path / "nope.txt"), cwd=ROOT)
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert bad.stderr.splitlines() == [
        f"hansard-parse: error: {tmp_path / 'nope.txt'}: no such file"
    ]


def test_house_option_forces_westminster_hall(capsys: pytest.CaptureFixture[str]) -> None:
    """``--house westminster-hall`` reads a text that shows no House's marks as the Hall's."""
    code, out, err = run(capsys, "json", "--house", "westminster-hall", ORAL)
    assert (code, err) == (EXIT_OK, "")
    assert json.loads(out)["document"]["house"] == "westminster-hall"
