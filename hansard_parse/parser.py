"""The pipeline: text → lines → tokens → LALR parse → typed tree.

One direction, no back and forth: the source is cut into lines; a lexer for the layout turns
lines into tokens (speaker-attributed text: line classes and turn kinds; speaker-less text:
repaired sentences and inferred turns; prose: narrative and clutter); the grammar in
``grammars/hansard.lark`` assembles them into sections, exchanges and turns; the builder makes
the nodes.
"""

from __future__ import annotations

import datetime
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
from .classify import ClassifiedLine, Kind, classify_lines, resolve_context
from .divisions import mark_divisions
from .enrich import MembersSource, enrich, make_context
from .errors import HansardSyntaxError
from .headings import heading_levels
from .layout import LAYOUTS, detect_layout
from .nodes import Diagnostic, Document, Node, Span, Unparsed
from .patterns import CONTROL_RE, clock_time, unreadable_reason
from .plain_lexer import plain_pieces
from .prose import prose_pieces
from .source import Line, decode, split_lines
from .speakers import TRAILING_UIN_RE, clear_label_cache
from .tokens import TURN_TERMINALS, Piece, PieceLexer, group_body_runs, merge_blank_runs
from .turns import clear_name_cache, type_turns

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
    levels = heading_levels(items)
    pieces: list[Piece] = []
    time: str | None = None
    for i, item in enumerate(items):
        if item.kind is Kind.TIME:
            time = clock_time(item.line.content) or time
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
                    time=time,
                )
            )
        elif item.kind is Kind.HEADING:
            pieces.append(Piece(f"HEADING{levels.get(i, 2)}", (item.line,)))
        elif item.kind is Kind.UNPARSED:
            pieces.append(unparsed_piece(item.line))
        else:
            pieces.append(Piece(item.kind.value, (item.line,)))
    return rejoin_across_columns(pieces)


def unparsed_piece(line: Line) -> Piece:
    """A token for a line no rule can read, with the reason as its diagnostic."""
    return Piece("UNPARSED", (line,), detail=unreadable_reason(line.content) or "unreadable line")


def rejoin_across_columns(pieces: Sequence[Piece]) -> list[Piece]:
    """Rejoin a paragraph that a column marker cut mid-sentence, keeping the marker inside.

    ``…the hypocrisy of the Iranian leadership`` / ``19 July 2011 : Column 772`` /
    ``on this that…``: the text before the marker stops without sentence punctuation and the
    text after it starts in lower case, so both halves are one paragraph.
    """
    joined: list[Piece] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        if (
            piece.terminal == "COLUMN"
            and joined
            and i + 1 < len(pieces)
            and pieces[i + 1].terminal == "PARA"
            and (joined[-1].terminal == "PARA" or joined[-1].terminal.startswith("TURN_"))
            and joined[-1].lines
            and _breaks_off(joined[-1].lines[-1].content)
            and pieces[i + 1].lines[0].content[:1].islower()
        ):
            previous = joined[-1]
            joined[-1] = previous._replace(lines=(*previous.lines, *piece.lines, *pieces[i + 1].lines))
            i += 2
            continue
        joined.append(piece)
        i += 1
    return joined


def _breaks_off(text: str) -> bool:
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] not in ".?!:;\"”’)]—"


_DETECTION_SAMPLE = 2000
"""Lines classified to detect the layout; the rest only when the layout needs them."""


def _lex(lines: Sequence[Line], layout: str | None) -> tuple[str, list[Piece]]:
    sample = classify_lines(lines[:_DETECTION_SAMPLE])
    chosen = layout or detect_layout(lines, sample)
    if chosen in ("print", "web"):
        classified = sample + classify_lines(lines[_DETECTION_SAMPLE:])
        items = resolve_context(mark_divisions(classified), web=chosen == "web")
        return chosen, speaker_pieces(items)
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
    date: str | datetime.date | None = None,
    members: MembersSource | None = None,
) -> Document:
    """Parse Hansard text into a :class:`Document`.

    ``layout`` forces ``print``, ``web``, ``plain`` or ``prose`` (default: detected).
    ``date`` (``YYYY-MM-DD``) is the sitting's date (it wins over a date read from the text);
    ``members`` (a :class:`~hansard_parse.members.Members` or the path of a Popolo JSON or
    CSV file) puts a ``person_id`` on each speaker it matches (see :mod:`.enrich`).
    Never raises on any ``str`` unless ``strict`` is true, in which case text the grammar
    cannot place raises :class:`HansardSyntaxError`; a bad ``date`` raises ValueError.
    """
    if layout is not None and layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")
    context = make_context(date=date, members=members)
    return enrich(parse_tree(text, layout=layout, strict=strict), context)


def parse_tree(text: str, *, layout: str | None = None, strict: bool = False) -> Document:
    """The tree as the grammar builds it, before the passes of :mod:`.enrich` (for callers
    that run those passes themselves, with a context carried across pieces)."""
    collecting = gc.isenabled()
    gc.disable()  # the tree has no cycles; collecting while building it only costs time
    try:
        return _parse(text, layout, strict)
    finally:
        if collecting:
            gc.enable()


def _parse(text: str, layout: str | None, strict: bool) -> Document:
    lines = split_lines(text)
    chosen, pieces = _lex(lines, layout)
    pieces = merge_blank_runs(pieces)
    has_unparsed = any(piece.terminal == "UNPARSED" for piece in pieces)
    start = "prose" if chosen == "prose" else "document"
    if start == "document":
        pieces = group_body_runs(pieces)
    diagnostics: list[Diagnostic] = []
    try:
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
    return Document(children=children, layout=chosen, diagnostics=diagnostics, span=span)


def clear_caches() -> None:
    """Forget the speaker labels and names read so far.

    Parsing caches what a label says (a sitting repeats ``Mr Speaker:`` and its ministers
    many times). Benchmarks call this before each timed run, so that parsing one text again
    costs what the first parse did.
    """
    clear_label_cache()
    clear_name_cache()


def parse_file(
    path: str | os.PathLike[str],
    *,
    layout: str | None = None,
    date: str | datetime.date | None = None,
    members: MembersSource | None = None,
) -> Document:
    """Read and parse a file: UTF-8 (with or without BOM), UTF-16/32 with BOM, else cp1252."""
    data = Path(path).read_bytes()
    text, _encoding, diagnostics = decode(data)
    document = parse(text, layout=layout, date=date, members=members)
    if diagnostics:
        document = document.with_changes(diagnostics=(*diagnostics, *document.diagnostics))
    return document


__all__ = ["clear_caches", "grammar_parser", "parse", "parse_file", "parse_tree", "piece_nodes"]
