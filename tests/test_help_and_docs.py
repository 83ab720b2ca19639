"""The help texts and the README say what the command does: every exit code, an example
per subcommand, every option in the synopsis, install commands that work from a checkout."""

from __future__ import annotations

import argparse
import re

import pytest
from helpers import ROOT

from hansard_parse import cli

README = (ROOT / "README.md").read_text(encoding="utf-8")
EXIT_CODES = sorted(value for name, value in vars(cli).items() if name.startswith("EXIT_"))


def _help(*argv: str, capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit):
        cli.main([*argv, "--help"])
    return capsys.readouterr().out


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_top_level_help_lists_every_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    shown = " ".join(_help(capsys=capsys).split())
    listed = re.search(r"exit codes: (.*)", shown)
    assert listed is not None
    assert [int(code) for code in re.findall(r"(?:^|, )(\d+) ", listed.group(1))] == EXIT_CODES
    assert EXIT_CODES == [0, 1, 2, 3, 129, 130, 143]


@pytest.mark.parametrize("command", ["json", "tree", "batch"])
def test_each_subcommand_shows_its_own_examples(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    shown = _help(command, capsys=capsys)
    examples = [line.split()[1] for line in shown.splitlines() if line.startswith("  hansard-parse ")]
    assert examples and set(examples) == {command}


@pytest.mark.parametrize("command", ["json", "tree", "batch"])
def test_readme_synopsis_names_every_option(command: str) -> None:
    synopsis = next(line for line in README.splitlines() if line.startswith(f"hansard-parse {command} "))
    named = set(re.findall(r"(?<![\w-])(-{1,2}[a-z][\w-]*)", synopsis))
    for action in _subcommands()[command]._actions:
        if action.option_strings and "--help" not in action.option_strings:
            assert named & set(action.option_strings), (command, action.option_strings)


def test_install_commands_work_from_a_checkout() -> None:
    assert "pip install 'hansard-parse[" not in README, "the package is not on an index"
    assert "pip install -e '.[tabular]'" in README
    assert "pip install -e '.[dask]'" in README
