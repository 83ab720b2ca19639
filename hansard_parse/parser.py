"""The pipeline: text → lines → tokens → LALR parse → typed tree.

One direction, no back and forth: the source is cut into lines; a lexer for the layout turns
lines into tokens (speaker-attributed text: line classes and turn kinds; speaker-less text:
repaired sentences and inferred turns; prose: narrative and clutter); the grammar in
``grammars/hansard.lark`` assembles them into sections, exchanges and turns; the builder makes
the nodes.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from lark import Lark
from lark.exceptions import UnexpectedInput

from .build import TreeBuilder, piece_nodes
from .classify import ClassifiedLine, Kind, classify_lines, resolve_context
from .errors import HansardSyntaxError
from .layout import LAYOUTS, detect_layout
from .nodes import Diagnostic, Document, Node, Span, Unparsed
from .plain_lexer import plain_pieces
from .prose import prose_pieces
from .source import Line, decode, split_lines
from .speakers import TRAILING_UIN_RE
from .tokens import TURN_TERMINALS, Piece, PieceLexer
from .turns import type_turns

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


def speaker_pieces(items: Sequence[ClassifiedLine]) -> list[Piece]:
    """Tokens for speaker-attributed text: one per line, turn openings typed in context."""
    kinds = type_turns(items)
    pieces: list[Piece] = []
    for i, item in enumerate(items):
        if item.kind is Kind.SPEAKER and item.label is not None:
            label = item.label
            uin = label.uin
            if uin is None and label.number is not None:
                trailing = TRAILING_UIN_RE.search(item.line.content)
                uin = trailing["uin"] if trailing else None
            pieces.append(
                Piece(
                    TURN_TERMINALS[kinds.get(i, "speech")],
                    (item.line,),
                    label=label,
                    speaker=label.speaker,
                    number=label.number,
                    uin=uin,
                )
            )
        else:
            pieces.append(Piece(item.kind.value, (item.line,)))
    return pieces


def _lex(lines: Sequence[Line], layout: str | None) -> tuple[str, list[Piece]]:
    classified = classify_lines(lines)
    chosen = layout or detect_layout(lines, classified)
    if chosen in ("print", "web"):
        return chosen, speaker_pieces(resolve_context(classified, web=chosen == "web"))
    if chosen == "plain":
        return chosen, plain_pieces(lines)
    return chosen, prose_pieces(lines)


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


def parse(text: str, *, layout: str | None = None, strict: bool = False) -> Document:
    """Parse Hansard text into a :class:`Document`.

    ``layout`` forces ``print``, ``web``, ``plain`` or ``prose`` (default: detected).
    Never raises on any ``str`` unless ``strict`` is true, in which case text the grammar
    cannot place raises :class:`HansardSyntaxError`.
    """
    if layout is not None and layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")
    lines = split_lines(text)
    chosen, pieces = _lex(lines, layout)
    diagnostics: list[Diagnostic] = []
    try:
        start = "prose" if chosen == "prose" else "document"
        children: list[Node] = grammar_parser().parse(pieces, start=start)  # type: ignore[arg-type]
    except UnexpectedInput as error:
        if strict:
            raise HansardSyntaxError.from_lark(error, text) from error
        children, diag = _unparsed_fallback(pieces, error)
        diagnostics.append(diag)
    diagnostics.extend(
        Diagnostic(line=node.span.start_line, column=1, reason=node.diagnostic)
        for node in children if isinstance(node, Unparsed) and node.diagnostic
    )
    span = Span(start=0, end=len(text), start_line=1, end_line=max(1, len(lines)))
    return Document(children=children, layout=chosen, diagnostics=diagnostics, span=span)


def parse_file(path: str | os.PathLike[str], *, layout: str | None = None) -> Document:
    """Read and parse a file: UTF-8 (with or without BOM), UTF-16/32 with BOM, else cp1252."""
    data = Path(path).read_bytes()
    text, _encoding, diagnostics = decode(data)
    document = parse(text, layout=layout)
    if diagnostics:
        document = document.with_changes(diagnostics=(*diagnostics, *document.diagnostics))
    return document


__all__ = ["grammar_parser", "parse", "parse_file", "piece_nodes"]
