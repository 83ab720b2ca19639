"""The grammar is the spec: it must build as LALR with no conflicts at all."""

from __future__ import annotations

from lark import Lark

from hansard_parse.parser import grammar_path
from hansard_parse.source import split_lines
from hansard_parse.tokens import BODY_TERMINALS, TURN_TERMINALS, Piece, PieceLexer, group_body_runs


def test_grammar_has_no_lalr_conflicts() -> None:
    # strict=True turns every shift/reduce conflict into an error instead of a silent choice
    grammar = grammar_path().read_text(encoding="utf-8")
    Lark(
        grammar,
        parser="lalr",
        lexer=PieceLexer,
        start=["document", "prose"],
        strict=True,
    )
    declared = {
        name for line in grammar.splitlines() if line.startswith("%declare") for name in line.split()[1:]
    }
    assert set(TURN_TERMINALS.values()) <= declared
    assert {"HEADING1", "HEADING2", "HEADING3", "PARA", "SENTENCE", "DIVISION", "BODY"} <= declared
    # every kind of line a BODY run may group is a terminal the grammar documents
    assert declared >= BODY_TERMINALS


def test_body_runs_group_the_lines_between_structural_tokens() -> None:
    lines = split_lines("Jane Smith: Hello.\nMore.\n\n[Interruption.]\nTopic\nLoose.\n")
    terminals = ["TURN_SPEECH", "PARA", "BLANK", "INTERJECTION", "HEADING2", "PARA"]
    pieces = [Piece(terminal, (line,)) for terminal, line in zip(terminals, lines, strict=True)]
    grouped = group_body_runs(pieces)
    assert [piece.terminal for piece in grouped] == ["TURN_SPEECH", "BODY", "HEADING2", "BODY"]
    assert [part.terminal for part in grouped[1].parts] == ["PARA", "BLANK", "INTERJECTION"]
    assert [line.content for line in grouped[1].lines] == ["More.", "", "[Interruption.]"]
    assert grouped[3].parts == (pieces[5],)
