"""The LALR loop over line pieces: lark's parse table and rule callbacks, run by a loop made
for tokens that are already a list of pieces.

Lark's own loop serves a text lexer. Every piece must become a lark ``Token`` (a ``str``
subclass made in Python), every shift asks whether the terminal has a callback of its own,
and every reduction compares its rule with the end state (a Python ``__eq__``) and looks up
the rule's name, a ``Token``, in a table keyed by plain strings (another Python ``__eq__``
per lookup). Over a sitting's few hundred pieces that is most of the time the grammar itself
takes. This loop reads the same table, built by lark from ``grammars/hansard.lark``, and
calls the builder's callbacks, without lark's wrappers where the grammar lets them do the
same (:func:`_direct_callbacks`), so the tree is the one lark's loop builds (a test holds
them equal on every fixture); a callback is handed each terminal's piece itself. Input
lark's loop would reject raises lark's ``UnexpectedToken``, as it would. The table and the
callbacks are lark's insides (``Lark.parser.parser.parser``): should a lark release keep
them elsewhere, :class:`PieceParser` hands the pieces to lark's own loop instead.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable
from typing import Any

from lark import Lark, Token
from lark.exceptions import UnexpectedToken
from lark.parsers.lalr_analysis import Shift

from .tokens import Piece

_END = "$END"
"""The terminal lark's tables use for the end of the input."""


class PieceParser:
    """One grammar's LALR tables, read once from a lark parser (see the module docstring)."""

    __slots__ = ("_actions", "_ends", "_lark", "_starts")

    def __init__(self, lark: Lark) -> None:
        self._lark = lark
        self._actions: dict[Any, dict[str, tuple[bool, Any]]] | None = None
        try:
            inner = lark.parser.parser.parser  # the frontend's LALR parser's own _Parser
            table = inner.parse_table
            callbacks = inner.callbacks
        except AttributeError:
            return  # another lark's insides: its own loop (see the module docstring)
        if any(not hasattr(key, "expansion") for key in callbacks):
            return  # a terminal with a callback of its own: lark's loop knows what to do
        callbacks = _direct_callbacks(lark, callbacks) or callbacks
        self._starts: dict[str, Any] = dict(table.start_states)
        self._ends: dict[str, Any] = dict(table.end_states)
        # per state, by plain terminal or rule name: (True, next state) to shift, or
        # (False, reduction); names as plain strings, so each look-up compares in C
        self._actions = {
            state: {
                str(name): (True, arg) if action is Shift
                else (False, (len(arg.expansion), callbacks[arg], str(arg.origin.name)))
                for name, (action, arg) in row.items()
            }
            for state, row in table.states.items()
        }

    def parse(self, pieces: Iterable[Piece], start: str) -> Any:
        """The value the start rule's callback gives for ``pieces`` (what ``Lark.parse``
        gives for the same pieces); raises ``UnexpectedToken`` where lark would."""
        actions = self._actions
        if actions is None:
            return self._lark.parse(pieces, start=start)  # pieces, which PieceLexer takes
        states: list[Any] = [self._starts[start]]
        values: list[Any] = []
        end = self._ends[start]
        # one loop for the pieces and then the end of the input (None): a reduction is
        # written out here once, not called, as it runs for nearly every piece
        for piece in itertools.chain(pieces, (None,)):
            terminal = _END if piece is None else piece.terminal
            while True:
                found = actions[states[-1]].get(terminal)
                if found is None or (piece is None and found[0]):
                    raise _unexpected(Token(terminal, ""), piece, actions[states[-1]])
                shift, arg = found
                if shift:
                    states.append(arg)
                    values.append(piece)
                    break
                size, callback, origin = arg
                if size:
                    children = values[-size:]
                    del states[-size:]
                    del values[-size:]
                else:
                    children = []
                values.append(callback(children))
                states.append(actions[states[-1]][origin][1])
                if piece is None and states[-1] == end:
                    return values[-1]
        raise AssertionError("unreachable: the end of the input either reduces to the start or raises")

def _direct_callbacks(lark: Lark, callbacks: dict[Any, Any]) -> dict[Any, Any] | None:
    """The rules' callbacks without lark's wrappers, where the grammar lets them do what the
    wrappers do: a rule named ``_…`` gives the list of its children for its parent to take
    in (lark makes a tree that the parent's child filter takes apart), and the parent's
    children from such rules are spliced in before its transformer method is called. Any
    grammar feature this does not mirror (``?rule``, filtered tokens, placeholders, a
    transformer method for a ``_rule`` or none for a named one) leaves lark's callbacks
    (None)."""
    transformer = lark.options.transformer
    options = lark.options
    if transformer is None or options.maybe_placeholders or options.propagate_positions:
        return None
    direct: dict[Any, Any] = {}
    for rule in callbacks:
        name = rule.alias or rule.options.template_source or rule.origin.name
        method = getattr(transformer, name, None)
        inlined = name.startswith("_")
        if (
            rule.options.expand1 or rule.options.keep_all_tokens
            or any(symbol.is_term and symbol.filter_out for symbol in rule.expansion)
            or inlined == (method is not None)
            or getattr(method, "visit_wrapper", None) is not None
        ):
            return None
        spliced = tuple(not symbol.is_term and symbol.name.startswith("_") for symbol in rule.expansion)
        if any(spliced):
            direct[rule] = functools.partial(_splice, spliced, method)
        else:
            direct[rule] = method if method is not None else _children
    return direct


def _children(children: list[Any]) -> list[Any]:
    """A ``_rule`` with nothing to splice: its children, for its parent to take in."""
    return children


def _splice(spliced: tuple[bool, ...], method: Callable[[list[Any]], Any] | None, children: list[Any]) -> Any:
    """The children with those of ``_rule`` children taken in (where ``spliced``), given to
    the rule's transformer method, or (a ``_rule`` itself) given back.

    A first child that is spliced is extended in place, as lark's child filter does: it is
    a list this loop made for the reduction before, held by nothing else, and a repetition
    (``turn*``, which lark makes left-recursive) then grows one list instead of copying it
    at every step."""
    taken: list[Any] | None = None
    for child, splice in zip(children, spliced, strict=True):
        if taken is None:
            taken = child if splice else [child]
        elif splice:
            taken.extend(child)
        else:
            taken.append(child)
    if taken is None:
        taken = []
    return taken if method is None else method(taken)


def _unexpected(token: Token, piece: Piece | None, row: dict[str, tuple[bool, Any]]) -> UnexpectedToken:
    """Lark's error for a terminal the state has no action for (its value the piece, as the
    builder's tokens carry theirs)."""
    token.value = piece
    expected = {name for name in row if name.isupper()}
    return UnexpectedToken(token, expected)  # type: ignore[no-untyped-call]  # lark's is untyped


__all__ = ["PieceParser"]
