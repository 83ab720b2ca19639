"""The loop made for pieces builds what lark's own loop builds, and refuses what it refuses."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import TEXT_FIXTURES
from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedToken

from hansard_parse.houses import reading
from hansard_parse.lalr import PieceParser, _direct_callbacks
from hansard_parse.parser import grammar_parser, lex, piece_parser
from hansard_parse.source import split_lines
from hansard_parse.tokens import Piece, PieceLexer


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


class _Words(Transformer[Token, object]):
    def start(self, children: list[object]) -> list[object]:
        return children

    def pair(self, children: list[object]) -> tuple[object, ...]:
        return tuple(children)


_TINY = """
%declare A B
start: _items
_items: pair*
?pair: A B?
"""


def test_a_grammar_the_loop_cannot_mirror_keeps_larks_callbacks() -> None:
    """``?pair`` (a rule that gives its one child in its place) is a wrapper the loop does not
    mirror: lark's callbacks are kept, and the tree is still lark's."""
    tiny = Lark(_TINY, parser="lalr", lexer=PieceLexer, transformer=_Words())
    assert _direct_callbacks(tiny, tiny.parser.parser.parser.callbacks) is None
    line = split_lines("x\n")[0]
    pieces = [Piece("A", (line,)), Piece("B", (line,)), Piece("A", (line,))]
    built = PieceParser(tiny).parse(pieces, "start")
    assert built == [(pieces[0], pieces[1]), pieces[2]]
    # lark's loop hands the same callbacks tokens whose values are the pieces
    by_lark = [
        tuple(token.value for token in child) if isinstance(child, tuple) else child.value
        for child in tiny.parse(pieces)  # type: ignore[attr-defined]  # the transformer gives a list
    ]
    assert built == by_lark


class _OtherLark:
    """A lark whose insides are not where this one keeps them (its ``parse`` is lark's)."""

    parser = object()

    def __init__(self, real: Lark) -> None:
        self.real = real

    def parse(self, pieces: list[Piece], start: str) -> object:
        return self.real.parse(pieces, start=start)


def test_a_lark_that_keeps_its_tables_elsewhere_parses_with_its_own_loop() -> None:
    text = (TEXT_FIXTURES[0]).read_bytes().decode("utf-8", errors="replace")
    state = lex(split_lines(text), None, None)[0]
    with reading(state.house):
        fallback = PieceParser(_OtherLark(grammar_parser())).parse(state.pieces, "document")  # type: ignore[arg-type]
        assert fallback == piece_parser().parse(state.pieces, "document")
