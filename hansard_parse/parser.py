"""The pipeline: text → lines → House and layout → passes → LALR parse → typed tree.

This module only orchestrates. One direction, no back and forth: the source is cut into
lines; the House (:mod:`hansard_parse.houses`) and the layout are chosen; the layout's chain
of passes (:mod:`hansard_parse.lexer`) turns lines into tokens; the grammar in
``grammars/hansard.lark`` assembles them into sections, exchanges and turns; the builder makes
the nodes.
"""

from __future__ import annotations

import datetime
import functools
import gc
import itertools
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from lark import Lark
from lark.exceptions import UnexpectedInput

from .build import TreeBuilder, piece_nodes
from .classify import classify_lines
from .enrich import MembersSource, enrich, make_context
from .errors import HansardSyntaxError
from .houses import COMMONS, House, detect_house, get_house, reading
from .layout import LAYOUTS, Region, detect_layout, layout_regions
from .lexer import LexState, run_passes
from .nodes import Diagnostic, Document, Node, Span, Unparsed
from .patterns import CONTROL_RE
from .source import Line, split_lines, text_of
from .speakers import clear_label_cache
from .tokens import Piece, PieceLexer
from .turns import clear_name_cache
from .wrap import unwrap

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


def lex(lines: Sequence[Line], layout: str | None, house: str | House | None) -> list[LexState]:
    """Choose the House and the layout (unless forced), then run the layout's passes: one
    state per layout region of the text (one, unless its layout changes part way).

    Hard-wrapped lines are first rejoined into logical lines
    (:func:`~hansard_parse.wrap.unwrap`), so a phrase or a label wrapped over two lines reads
    whole. The House is read next, from the text's phrases (``My Lords``, ``hon. Friend``),
    because the lines are classified in its words; the layout is then read from the
    classified lines of a sample. A print or web text whose labels change shape, or that
    opens with an article, is cut into regions (:func:`~hansard_parse.layout.layout_regions`),
    each lexed in its own layout.
    """
    forced = get_house(house)
    lines = unwrap(lines, forced or COMMONS)
    chosen_house = forced or detect_house([line.content for line in lines[:_DETECTION_SAMPLE]])
    state = LexState(lines, layout or "print", chosen_house)
    if layout is None or layout in ("print", "web"):
        state.items = classify_lines(lines[:_DETECTION_SAMPLE], chosen_house)
    if layout is None:
        state.layout = detect_layout(lines, state.items, chosen_house)
    if layout is None and state.layout in ("print", "web"):
        run_passes(state, until="classify")
        regions = layout_regions(lines, state.items, state.layout, chosen_house)
        if len(regions) > 1:
            return [run_passes(_region_state(state, region)) for region in regions]
    return [run_passes(state)]


def _region_state(whole: LexState, region: Region) -> LexState:
    """The lexing state of one region: its lines (with their offsets in the whole text), and
    their line classes when the region is print or web."""
    items = whole.items[region.start : region.end] if region.layout in ("print", "web") else []
    return LexState(whole.lines[region.start : region.end], region.layout, whole.house, items=items)


def _region_notes(states: Sequence[LexState]) -> list[Diagnostic]:
    """For a text whose layout changes part way: one note where each new layout begins,
    listing every region, so the change is never silent."""
    listing = ", ".join(
        f"lines {s.lines[0].number}–{s.lines[-1].sources[-1].number} {s.layout}"
        for s in states
        if s.lines
    )
    return [
        Diagnostic(
            line=region.lines[0].number,
            column=1,
            reason=f"the layout changes here from {before.layout} to {region.layout} ({listing})",
            severity="info",
        )
        for before, region in itertools.pairwise(states)
        if region.lines
    ]


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
    text: str | bytes,
    *,
    layout: str | None = None,
    strict: bool = False,
    house: str | House | None = None,
    date: str | datetime.date | None = None,
    members: MembersSource | None = None,
) -> Document:
    """Parse Hansard text into a :class:`Document`.

    ``text`` is a ``str``, or bytes decoded as :func:`parse_file` decodes a file (the
    document then names the encoding, and any guess is among its diagnostics); anything else
    raises ``TypeError``. ``layout`` forces ``print``, ``web``, ``plain`` or ``prose``
    (default: detected); ``house`` forces the House whose words the text is read in
    (``commons``, ``lords``; default: detected). ``date`` (``YYYY-MM-DD``) is the sitting's
    date (it wins over a date read from the text); ``members`` (a
    :class:`~hansard_parse.members.Members` or the path of a Popolo JSON or CSV file) puts a
    ``person_id`` on each speaker it matches (see :mod:`.enrich`). Never raises on any text
    unless ``strict`` is true, in which case text the grammar cannot place raises
    :class:`HansardSyntaxError`; a bad ``date`` raises ValueError.
    """
    if layout is not None and layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")
    context = make_context(date=date, members=members)
    return enrich(parse_tree(text, layout=layout, strict=strict, house=house), context)


def parse_tree(
    text: str | bytes,
    *,
    layout: str | None = None,
    strict: bool = False,
    house: str | House | None = None,
) -> Document:
    """The tree as the grammar builds it, before the passes of :mod:`.enrich` (for callers
    that run those passes themselves, with a context carried across pieces)."""
    if layout is not None and layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")
    decoded, encoding, decode_notes = text_of(text)
    forced_house = get_house(house)
    collecting = gc.isenabled()
    gc.disable()  # the tree has no cycles; collecting while building it only costs time
    try:
        document = _parse(decoded, layout, strict, forced_house)
    finally:
        if collecting:
            gc.enable()
    if encoding is None:
        return document
    return document.with_changes(
        encoding=encoding, diagnostics=(*decode_notes, *document.diagnostics)
    )


def _parse(text: str, layout: str | None, strict: bool, house: House | None) -> Document:
    lines = split_lines(text)
    states = lex(lines, layout, house)
    children: list[Node] = []
    diagnostics: list[Diagnostic] = []
    for state in states:
        children.extend(_parse_part(state, text, strict, diagnostics))
    diagnostics.extend(_region_notes(states))
    chosen = max(states, key=lambda s: len(s.lines)).layout
    span = Span(start=0, end=len(text), start_line=1, end_line=max(1, len(lines)))
    return Document(
        children=children, layout=chosen, house=states[0].house.name, diagnostics=diagnostics,
        span=span,
    )


def _parse_part(
    state: LexState, text: str, strict: bool, diagnostics: list[Diagnostic]
) -> list[Node]:
    """Parse one region's tokens; add its diagnostics to ``diagnostics``."""
    pieces = state.pieces
    has_unparsed = any(
        piece.terminal == "UNPARSED" or any(part.terminal == "UNPARSED" for part in piece.parts)
        for piece in pieces
    )
    start = "prose" if state.layout == "prose" else "document"
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
    diagnostics.extend(unparsed_diagnostic(node) for node in unparsed if isinstance(node, Unparsed))
    return children


def unparsed_diagnostic(node: Unparsed) -> Diagnostic:
    """The document diagnostic for text no rule could read (also for streamed pieces, whose
    diagnostics no document collects)."""
    return Diagnostic(line=node.span.start_line, column=_bad_column(node.text), reason=node.diagnostic)


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
    house: str | House | None = None,
    date: str | datetime.date | None = None,
    members: MembersSource | None = None,
) -> Document:
    """Read and parse a file: UTF-8 (with or without BOM), UTF-16/32 with BOM; bytes that are
    not UTF-8 are read as cp1252, with a diagnostic.

    The document keeps the file's ``path`` and ``encoding``, which an export writes as its
    ``"source"``.
    """
    data = Path(path).read_bytes()
    document = parse(data, layout=layout, house=house, date=date, members=members)
    return document.with_changes(path=os.fspath(path))


__all__ = ["clear_caches", "grammar_parser", "parse", "parse_file", "parse_tree", "piece_nodes"]
