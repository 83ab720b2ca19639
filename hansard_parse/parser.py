"""The pipeline: text → lines → tokens → LALR parse → typed tree.

One direction, no back and forth: the source is cut into lines; a lexer for the layout turns
lines into tokens (speaker-attributed text: line classes and turn kinds; speaker-less text:
repaired sentences and inferred turns; prose: narrative and clutter); the grammar in
``grammars/hansard.lark`` assembles them into sections, exchanges and turns; the builder makes
the nodes.
"""

from __future__ import annotations

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
from .classify import ClassifiedLine, Kind, classify_lines, resolve_context
from .divisions import mark_divisions
from .errors import HansardSyntaxError
from .headings import heading_levels
from .layout import LAYOUTS, Region, detect_layout, layout_regions
from .nodes import Diagnostic, Document, Node, Span, Unparsed
from .patterns import CONTROL_RE, clock_time, unreadable_reason
from .plain_lexer import plain_pieces
from .prose import prose_pieces
from .source import Line, split_lines, text_of
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


def _lex(lines: Sequence[Line], layout: str | None) -> list[tuple[Region, list[Piece]]]:
    """Detect the layout (unless forced) and lex the text: one part per layout region."""
    sample = classify_lines(lines[:_DETECTION_SAMPLE])
    chosen = layout or detect_layout(lines, sample)
    whole = Region(0, len(lines), chosen)
    if chosen in ("print", "web"):
        classified = sample + classify_lines(lines[_DETECTION_SAMPLE:])
        regions = [whole] if layout else layout_regions(lines, classified, chosen)
        return [(region, _region_pieces(lines, classified, region)) for region in regions]
    return [(whole, _region_pieces(lines, (), whole))]


def _region_pieces(
    lines: Sequence[Line], classified: Sequence[ClassifiedLine], region: Region
) -> list[Piece]:
    """The tokens of one region, lexed in its layout (``classified`` needed for print, web)."""
    if region.layout in ("print", "web"):
        part = classified[region.start : region.end]
        items = resolve_context(mark_divisions(part), web=region.layout == "web")
        return speaker_pieces(items)
    part_lines = lines[region.start : region.end]
    if region.layout == "plain":
        return plain_pieces(part_lines)
    return prose_pieces(part_lines)


def _region_notes(lines: Sequence[Line], regions: Sequence[Region]) -> list[Diagnostic]:
    """For a text whose layout changes part way: one note where each new layout begins,
    listing every region, so the change is never silent."""
    listing = ", ".join(f"lines {r.start + 1}–{r.end} {r.layout}" for r in regions)
    return [
        Diagnostic(
            line=lines[region.start].number,
            column=1,
            reason=f"the layout changes here from {before.layout} to {region.layout} ({listing})",
            severity="info",
        )
        for before, region in itertools.pairwise(regions)
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


def parse(text: str | bytes, *, layout: str | None = None, strict: bool = False) -> Document:
    """Parse Hansard text into a :class:`Document`.

    ``text`` is a ``str``, or bytes decoded as :func:`parse_file` decodes a file (the
    document then names the encoding, and any guess is among its diagnostics); anything else
    raises ``TypeError``. ``layout`` forces ``print``, ``web``, ``plain`` or ``prose``
    (default: detected). Never raises on any text unless ``strict`` is true, in which case
    text the grammar cannot place raises :class:`HansardSyntaxError`.
    """
    if layout is not None and layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")
    decoded, encoding, decode_notes = text_of(text)
    collecting = gc.isenabled()
    gc.disable()  # the tree has no cycles; collecting while building it only costs time
    try:
        document = _parse(decoded, layout, strict)
    finally:
        if collecting:
            gc.enable()
    if encoding is None:
        return document
    return document.with_changes(
        encoding=encoding, diagnostics=(*decode_notes, *document.diagnostics)
    )


def _parse(text: str, layout: str | None, strict: bool) -> Document:
    lines = split_lines(text)
    parts = _lex(lines, layout)
    children: list[Node] = []
    diagnostics: list[Diagnostic] = []
    for region, pieces in parts:
        children.extend(_parse_part(pieces, region.layout, text, strict, diagnostics))
    regions = [region for region, _ in parts]
    diagnostics.extend(_region_notes(lines, regions))
    chosen = max(regions, key=lambda r: r.end - r.start).layout
    span = Span(start=0, end=len(text), start_line=1, end_line=max(1, len(lines)))
    return Document(children=children, layout=chosen, diagnostics=diagnostics, span=span)


def _parse_part(
    pieces: list[Piece], layout: str, text: str, strict: bool, diagnostics: list[Diagnostic]
) -> list[Node]:
    """Parse one region's tokens; add its diagnostics to ``diagnostics``."""
    pieces = merge_blank_runs(pieces)
    has_unparsed = any(piece.terminal == "UNPARSED" for piece in pieces)
    start = "prose" if layout == "prose" else "document"
    if start == "document":
        pieces = group_body_runs(pieces)
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


def parse_file(path: str | os.PathLike[str], *, layout: str | None = None) -> Document:
    """Read and parse a file: UTF-8 (with or without BOM), UTF-16/32 with BOM, else cp1252.

    The document keeps the file's ``path`` and ``encoding``, which an export writes as its
    ``"source"``.
    """
    document = parse(Path(path).read_bytes(), layout=layout)
    return document.with_changes(path=os.fspath(path))


__all__ = ["clear_caches", "grammar_parser", "parse", "parse_file", "piece_nodes"]
