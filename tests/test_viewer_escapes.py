"""The tree viewer never hands a control character from the text to the terminal: C0, DEL
and C1 controls (U+009B CSI, U+009D OSC start escape sequences) are shown as escapes."""

from __future__ import annotations

import io
import re

from helpers import FIXTURES, run_command
from rich.console import Console

from hansard_parse import parse_file, to_rich_tree
from hansard_parse.viewer import escape_controls

CONTROLS = FIXTURES / "encoding" / "terminal_controls.txt"
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # newline ends the tree's lines


def test_c1_controls_in_text_and_headings_are_shown_escaped() -> None:
    console = Console(record=True, width=200, color_system=None, file=io.StringIO())
    console.print(to_rich_tree(parse_file(CONTROLS), width=None))
    shown = console.export_text()
    assert RAW_CONTROL.search(shown) is None
    assert "section Harbour Dues\\x9d0;pwned" in shown
    assert "The port charges \\x9b2J every vessel twice, and the notice \\x9d0;title\\x9c said so." in shown


def test_the_command_writes_no_control_character() -> None:
    result = run_command("tree", "--text", str(CONTROLS))
    assert result.returncode == 0, result.stderr
    assert RAW_CONTROL.search(result.stdout) is None
    assert "\\x9b2J" in result.stdout


def test_c0_del_and_c1_share_one_escape() -> None:
    assert escape_controls("a\x1b[2Jb\x7fc\x9bd\x9d\x85e\u00a0f") == "a\\x1b[2Jb\\x7fc\\x9bd\\x9d\\x85e\u00a0f"
