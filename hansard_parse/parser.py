"""The pipeline: text → lines → House and layout → passes → LALR parse → typed tree.

This module only orchestrates. One direction, no back and forth: the source is cut into
lines; the House (:mod:`hansard_parse.houses`) and the layout are chosen; the layout's chain
of passes (:mod:`hansard_parse.lexer`) turns lines into tokens; the grammar in
``grammars/hansard.lark`` assembles them into sections, exchanges and turns; the builder makes
the nodes.
"""

from __future__ import annotations

import functools
import gc
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from lark import Lark
from lark.exceptions import UnexpectedInput

from .build import TreeBuilder, piece_nodes
from .classify import classify_lines
from .errors import HansardSyntaxError
from .houses import House, detect_house, get_house, reading
from .layout import LAYOUTS, detect_layout
from .lexer import LexState, run_passes
from .nodes import Diagnostic, Document, Node, Span, Unparsed
from .patterns import CONTROL_RE
from .source import Line, decode, split_lines
from .speakers import clear_label_cache
from .tokens import Piece, PieceLexer
from .turns import clear_name_cache

GRAMMAR_NAME = "hansard.lark"


def grammar_path() -> Path:
    """Where the grammar is: inside the installed package, or ``grammars/`` of a source tree."""
    packaged = resources.files("hansard_parse").joinpath("grammars", GRAMMAR_NAME)
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "grammars" / GRAMMAR_NAME


@functools.cache
def grammar_parser() -> Lark:
    """The LALR parser, built once per process."""
    return Lark(
        grammar_path().read_text(encoding="utf-8"),
        parser="lalr",
        lexer=PieceLexer,
        start=["document", "prose"],
        transformer=TreeBuilder(),
        maybe_placeholders=False,
    )


_DETECTION_SAMPLE = 2000
"""Lines classified to detect the layout; the rest only when the layout needs them."""


def lex(lines: Sequence[Line], layout: str | None, house: str | House | None) -> LexState:
    """Choose the House and the layout (unless forced), then run the layout's passes.

    The House is read first, from the text's phrases (``My Lords``, ``hon. Friend``),
    because the lines are classified in its words; the layout is then read from the
    classified lines of a sample.
    """
    chosen_house = get_house(house) or detect_house([line.content for line in lines[:_DETECTION_SAMPLE]])
    state = LexState(lines, layout or "print", chosen_house)
    if layout is None or layout in ("print", "web"):
        state.items = classify_lines(lines[:_DETECTION_SAMPLE], chosen_house)
    if layout is None:
        state.layout = detect_layout(lines, state.items)
    return run_passes(state)


def _unparsed_fallback(pieces: Sequence[Piece], error: UnexpectedInput) -> tuple[list[Node], Diagnostic]:
    """If the grammar ever rejects the tokens, keep every line as an unparsed leaf."""
    nodes: list[Node] = []
    for piece in pieces:
        for line in piece.lines:
            nodes.append(Unparsed(text=line.content, eol=line.eol, span=line.span,
                                  diagnostic="the grammar could not place this line"))
    line_no = getattr(error, "line", 1)
    diag = Diagnostic(line=line_no if isinstance(line_no, int) and line_no > 0 else 1, column=1,
                      reason=f"structure not recognised: {type(error).__name__}")
    return nodes, diag


def _bad_column(text: str) -> int:
    match = CONTROL_RE.search(text)
    return match.start() + 1 if match else 1


def _walk_all(nodes: Sequence[Node]) -> list[Node]:
    return [descendant for node in nodes for descendant in node.walk()]


def parse(
    text: str,
    *,
    layout: str | None = None,
    strict: bool = False,
    house: str | House | None = None,
) -> Document:
    """Parse Hansard text into a :class:`Document`.

    ``layout`` forces ``print``, ``web``, ``plain`` or ``prose`` (default: detected);
    ``house`` forces the House whose words the text is read in (``commons``, ``lords``;
    default: detected). Never raises on any ``str`` unless ``strict`` is true, in which case
    text the grammar cannot place raises :class:`HansardSyntaxError`.
    """
    if layout is not None and layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")
    forced_house = get_house(house)
    collecting = gc.isenabled()
    gc.disable()  # the tree has no cycles; collecting while building it only costs time
    try:
        return _parse(text, layout, strict, forced_house)
    finally:
        if collecting:
            gc.enable()


def _parse(text: str, layout: str | None, strict: bool, house: House | None) -> Document:
    lines = split_lines(text)
    state = lex(lines, layout, house)
    chosen, pieces = state.layout, state.pieces
    has_unparsed = any(
        piece.terminal == "UNPARSED" or any(part.terminal == "UNPARSED" for part in piece.parts)
        for piece in pieces
    )
    start = "prose" if chosen == "prose" else "document"
    diagnostics: list[Diagnostic] = []
    try:
        with reading(state.house):  # the inline pass reads references and notes in its words
            result: Any = grammar_parser().parse(pieces, start=start)
        children: list[Node] = result
    except UnexpectedInput as error:
        if strict:
            raise HansardSyntaxError.from_lark(error, text) from error
        children, diag = _unparsed_fallback(pieces, error)
        diagnostics.append(diag)
    unparsed: list[Node] = []
    if has_unparsed:
        unparsed = [node for node in _walk_all(children) if isinstance(node, Unparsed)]
    if strict and unparsed:
        raise HansardSyntaxError.at(unparsed[0], text)
    diagnostics.extend(
        Diagnostic(line=node.span.start_line, column=_bad_column(node.text), reason=node.diagnostic)
        for node in unparsed
        if isinstance(node, Unparsed)
    )
    span = Span(start=0, end=len(text), start_line=1, end_line=max(1, len(lines)))
    return Document(
        children=children, layout=chosen, house=state.house.name, diagnostics=diagnostics, span=span
    )


def clear_caches() -> None:
    """Forget the speaker labels and names read so far.

    Parsing caches what a label says (a sitting repeats ``Mr Speaker:`` and its ministers
    many times). Benchmarks call this before each timed run, so that parsing one text again
    costs what the first parse did.
    """
    clear_label_cache()
    clear_name_cache()


def parse_file(
    path: str | os.PathLike[str], *, layout: str | None = None, house: str | House | None = None
) -> Document:
    """Read and parse a file: UTF-8 (with or without BOM), UTF-16/32 with BOM, else cp1252."""
    data = Path(path).read_bytes()
    text, _encoding, diagnostics = decode(data)
    document = parse(text, layout=layout, house=house)
    if diagnostics:
        document = document.with_changes(diagnostics=(*diagnostics, *document.diagnostics))
    return document


__all__ = ["clear_caches", "grammar_parser", "parse", "parse_file", "piece_nodes"]
