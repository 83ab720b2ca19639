"""The grammar is the spec: it must build as LALR with no conflicts at all."""

from __future__ import annotations

from lark import Lark

from hansard_parse.parser import grammar_path
from hansard_parse.tokens import TURN_TERMINALS, PieceLexer


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
    assert {"HEADING1", "HEADING2", "HEADING3", "PARA", "SENTENCE", "DIVISION"} <= declared
