"""The loop made for pieces builds what lark's own loop builds, and refuses what it refuses."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import TEXT_FIXTURES
from lark.exceptions import UnexpectedToken

from hansard_parse.houses import reading
from hansard_parse.parser import grammar_parser, lex, piece_parser
from hansard_parse.source import split_lines
from hansard_parse.tokens import Piece


@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=lambda p: p.name)
def test_the_piece_loop_builds_the_tree_lark_builds(path: Path) -> None:
    text = path.read_bytes().decode("utf-8", errors="replace")
    for state in lex(split_lines(text), None, None):
        start = "prose" if state.layout == "prose" else "document"
        with reading(state.house):
            expected = grammar_parser().parse(state.pieces, start=start)
            built = piece_parser().parse(state.pieces, start)
        assert built == expected
        assert built or not state.pieces


def _refusal(pieces: list[Piece], start: str) -> tuple[UnexpectedToken, UnexpectedToken]:
    with pytest.raises(UnexpectedToken) as by_lark:
        grammar_parser().parse(pieces, start=start)
    with pytest.raises(UnexpectedToken) as by_pieces:
        piece_parser().parse(pieces, start)
    return by_lark.value, by_pieces.value


def test_a_terminal_out_of_place_is_refused_as_lark_refuses_it() -> None:
    line = split_lines("Jane Smith: Hello.\n")[0]
    turn = Piece("TURN_SPEECH", (line,))
    lark_error, error = _refusal([Piece("PARA", (line,)), turn], "prose")
    assert error.token.type == lark_error.token.type == "TURN_SPEECH"
    assert error.expected == lark_error.expected
    assert error.token.value is turn  # the piece, for the error's line


def test_a_division_line_outside_a_division_is_refused_as_lark_refuses_it() -> None:
    line = split_lines("Ayes 282, Noes 220.\n")[0]
    heading = Piece("HEADING1", (line,))
    lark_error, error = _refusal([heading, Piece("DIVISION_LINE", (line,))], "document")
    assert error.token.type == lark_error.token.type == "DIVISION_LINE"
    assert error.expected == lark_error.expected
