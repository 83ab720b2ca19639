"""The tokens the lexers hand to the grammar: one per line (or sentence), or one per turn.

A token's terminal name is one the grammar declares (``PARA``, ``TURN_ANSWER`` …); its value
is a :class:`Piece` that remembers the source lines it covers and what the lexer learnt
about them, so the builder can make nodes with exact spans. Before a sitting is parsed, each
run of body lines (paragraphs, notes, times, blank lines…) becomes one ``BODY`` token whose
piece keeps the line pieces it groups (:func:`group_body_runs`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from lark import Token
from lark.lexer import Lexer

from .nodes import CONTRIBUTION_TYPES, Speaker
from .source import Line
from .speakers import LabelMatch

TURN_TERMINALS: dict[str, str] = {kind: "TURN_" + kind.upper() for kind in CONTRIBUTION_TYPES}
"""The grammar's terminal for each kind of turn."""


class Piece(NamedTuple):
    """What one token stands for: its source lines and the lexer's findings about them."""

    terminal: str
    lines: tuple[Line, ...]
    label: LabelMatch | None = None
    """The speaker label on the first line (speaker-attributed layouts)."""
    speaker: Speaker | None = None
    number: str | None = None
    uin: str | None = None
    cue: str | None = None
    """Why an inferred turn starts here (speaker-less layout)."""
    confidence: float | None = None
    continues: bool = False
    repaired: bool = False
    """A sentence rejoined across lines that a splitter broke apart."""
    time: str | None = None
    """The sitting's latest time stamp before this turn (speaker-attributed layouts)."""
    detail: str | None = None
    """Extra information for the builder (an interjection kind, a diagnostic)."""
    parts: tuple[Piece, ...] = ()
    """For a ``BODY`` token: the line pieces it groups, in order."""


class PieceLexer(Lexer):
    """A Lark lexer that passes on pieces the line lexer already made."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: Any) -> Iterator[Token]:  # type: ignore[override]
        for piece in data:
            token = Token(piece.terminal, "")
            token.value = piece
            yield token


BODY_TERMINALS = frozenset(
    ["PARA", "SENTENCE", "INTERJECTION", "NOTE", "CHAIR_CHANGE", "TIME", "LANGUAGE", "COLUMN",
     "BLANK", "UNPARSED", "BOILERPLATE", "TABLE", "MEMBER_LIST"]
)
"""The lines that sit inside a turn (or loose before one), grouped into one ``BODY`` token."""


def group_body_runs(pieces: Sequence[Piece]) -> list[Piece]:
    """One ``BODY`` token for each run of body lines between structural tokens.

    The grammar makes no choice among paragraphs, notes, times and blank lines: they all
    belong to whatever turn (or section) they follow. Handing it one token per run instead
    of one per line halves the parser's shifts and reductions on a typical sitting.
    """
    grouped: list[Piece] = []
    run: list[Piece] = []
    for piece in pieces:
        if piece.terminal in BODY_TERMINALS:
            run.append(piece)
            continue
        if run:
            grouped.append(_body(run))
            run = []
        grouped.append(piece)
    if run:
        grouped.append(_body(run))
    return grouped


def _body(run: Sequence[Piece]) -> Piece:
    lines = run[0].lines if len(run) == 1 else tuple(line for piece in run for line in piece.lines)
    return Piece("BODY", lines, parts=tuple(run))


RUN_TERMINALS = frozenset(["BLANK", "TABLE", "MEMBER_LIST"])
"""Lines that make one token (and one node) per unbroken run of them."""


def merge_blank_runs(pieces: Sequence[Piece]) -> list[Piece]:
    """One token for a run of blank lines, of table rows or of a member list: a file of
    blank lines stays a handful of nodes, and a table or a list is one node."""
    merged: list[Piece] = []
    run: list[Line] = []
    terminal = ""
    for piece in pieces:
        if piece.terminal in RUN_TERMINALS and piece.terminal == terminal:
            run.extend(piece.lines)
            continue
        if run:
            merged.append(Piece(terminal, tuple(run)))
            run = []
        if piece.terminal in RUN_TERMINALS:
            terminal = piece.terminal
            run.extend(piece.lines)
            continue
        terminal = ""
        merged.append(piece)
    if run:
        merged.append(Piece(terminal, tuple(run)))
    return merged
