"""The scripts in examples/ run as a user would run them, and print what they promise."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import EXAMPLES, ROOT

SCRIPTS = sorted(EXAMPLES.glob("*.py"))


def run_example(script: str, *args: str) -> str:
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1", "TERM": "dumb"}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


def row(out: str, name: str) -> list[str]:
    """The cells of the table row that starts with ``name``."""
    line = next(line for line in out.splitlines() if re.match(rf"\W*{re.escape(name)}\b", line))
    return [cell.strip() for cell in re.split(r"[│┃|]", line) if cell.strip()]


def test_every_example_is_tested() -> None:
    assert [s.name for s in SCRIPTS] == ["speakers.py", "walk_exchanges.py", "who_said_what.py"]


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_examples_use_only_the_public_api(script: Path) -> None:
    tree = ast.parse(script.read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "hansard_parse" in imported
    assert not any(name.startswith("hansard_parse.") for name in imported)


def test_speakers_counts_turns_and_questions() -> None:
    out = run_example("speakers.py")
    assert "Speakers (print layout)" in out
    assert row(out, "Mike Freer") == ["Mike Freer", "11"]
    assert row(out, "Damian Hinds") == ["Damian Hinds", "7"]
    assert row(out, "Andrew Western") == ["Andrew Western", "2", "1 [904342]"]
    assert row(out, "Stephen Metcalfe") == ["Stephen Metcalfe", "2", "17 [904363]"]


def test_speakers_reads_another_file() -> None:
    out = run_example("speakers.py", "examples/official_report_2011.print.txt")
    assert row(out, "Mr David Hanson") == ["Mr David Hanson", "1", "1 [66855]"]
    assert row(out, "Mr Hague") == ["Mr Hague", "3"]


def test_walk_exchanges_names_who_asked_and_who_answered() -> None:
    lines = run_example("walk_exchanges.py").splitlines()
    assert (
        lines[0] == "line    8  Violence against Women and Girls: 1. Andrew Western → Dominic Raab"
    )
    assert (
        "line   19  Prisoners: Skills Development: 2. Bob Blackman + 17. Stephen Metcalfe → Damian Hinds"
        in lines
    )
    assert len(lines) == 22


def test_walk_exchanges_on_a_speakerless_transcript() -> None:
    lines = run_example("walk_exchanges.py", "examples/questions_after_statement.plain.txt")
    assert lines
    assert all("(unnamed)" in line for line in lines.splitlines())


def test_who_said_what_counts_short_and_full_labels_as_one_person() -> None:
    out = run_example("who_said_what.py")
    assert out.startswith("Sitting of 2011-07-19: 6 speakers\n")
    assert (
        "william-hague, The Secretary of State for Foreign and Commonwealth Affairs: 4 turn(s), "
        "first HC Deb 19 July 2011, c771"
    ) in out
    assert "as Mr David Hanson (Delyn) (Lab) / Mr Hanson" in out
