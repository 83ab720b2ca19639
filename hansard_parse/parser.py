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
from .houses import COMMONS, HOUSES, House, detect_house, get_house, reading
from .layout import LAYOUTS, Region, detect_layout, layout_regions
from .lexer import LexState, run_passes
from .nodes import Diagnostic, Document, Node, Span, Unparsed
from .patterns import CONTROL_RE
from .sites import DETECTION_LINES, Site, SiteFacts, detect_site, get_site
from .sites.base import plain_spaces
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


def lex(
    lines: Sequence[Line],
    layout: str | None,
    house: str | House | None,
    site: str | Site | None = None,
) -> list[LexState]:
    """Choose the site, the House and the layout (unless forced), then run the layout's
    passes: one state per layout region of the text (one, unless its layout changes part way).

    Hard-wrapped lines are first rejoined into logical lines
    (:func:`~hansard_parse.wrap.unwrap`), so a phrase or a label wrapped over two lines reads
    whole. The site is read next, from the furniture at the top of the text (None for the
    Official Report's own text, which is then read exactly as before): a page may name its
    House (``HL Deb``) and states what its lines are. The House is read next, from the text's
    phrases (``My Lords``, ``hon. Friend``), because the lines are classified in its words;
    the layout is then read from the classified lines of a sample. A print or web text whose
    labels change shape, or that opens with an article, is cut into regions
    (:func:`~hansard_parse.layout.layout_regions`), each lexed in its own layout.
    """
    forced = get_house(house)
    lines = unwrap(lines, forced or COMMONS)
    head = [line.content for line in lines[:_DETECTION_SAMPLE]]
    chosen_site, facts = page_of(head, site)
    chosen_house = forced or house_for(head, facts)
    state = LexState(lines, layout or "print", chosen_house, site=chosen_site, facts=facts, time=facts.time)
    if layout is None or layout in ("print", "web"):
        if chosen_site is not None:
            run_passes(state, until="classify")  # the site's readings count in detection
        else:
            state.items = classify_lines(lines[:_DETECTION_SAMPLE], chosen_house)
    if layout is None:
        state.layout = detect_layout(lines, state.items, chosen_house)
        if chosen_site is not None:
            state.layout = chosen_site.page_layout(state.layout, state.known or ())
    if layout is None and state.layout in ("print", "web"):
        run_passes(state, until="classify")
        regions = layout_regions(lines, state.items, state.layout, chosen_house)
        if len(regions) > 1:
            return [run_passes(_region_state(state, region)) for region in regions]
    return [run_passes(state)]


def page_of(head: Sequence[str], site: str | Site | None = None) -> tuple[Site | None, SiteFacts]:
    """The website the lines ``head`` (the top of a text) were copied from (``site`` when
    forced), and what its page says about the sitting."""
    head = [plain_spaces(text) for text in head[:DETECTION_LINES]]
    chosen = get_site(site) if site is not None else detect_site(head)
    return chosen, chosen.read_facts(head) if chosen else SiteFacts()


def house_for(head: Sequence[str], facts: SiteFacts) -> House:
    """The House the text's phrases show; the House its page names where the phrases show
    one that is not it (nor a variant of it: the historic Commons is the Commons)."""
    detected = detect_house(head)
    named = get_house(facts.house) if facts.house in HOUSES else None
    if named is None or isinstance(detected, type(named)):
        return detected
    return named


def layout_for(lines: Sequence[Line], house: House, site: Site | None) -> str:
    """The layout :func:`lex` detects for ``lines`` read in ``house``'s words from ``site``
    (for readers that detect it once on a file's first chunk)."""
    if site is None:
        return detect_layout(lines, classify_lines(lines, house), house)
    state = run_passes(LexState(lines, "print", house, site=site), until="classify")
    return site.page_layout(detect_layout(lines, state.items, house), state.known or ())


def _region_state(whole: LexState, region: Region) -> LexState:
    """The lexing state of one region: its lines (with their offsets in the whole text), and
    their line classes when the region is print or web."""
    items = whole.items[region.start : region.end] if region.layout in ("print", "web") else []
    known = whole.known[region.start : region.end] if whole.known is not None else None
    return LexState(
        whole.lines[region.start : region.end], region.layout, whole.house, items=items,
        site=whole.site, known=known, facts=whole.facts, time=whole.time if region.start == 0 else None,
    )


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
    site: str | Site | None = None,
) -> Document:
    """Parse Hansard text into a :class:`Document`.

    ``text`` is a ``str``, or bytes decoded as :func:`parse_file` decodes a file (the
    document then names the encoding, and any guess is among its diagnostics); anything else
    raises ``TypeError``. ``layout`` forces ``print``, ``web``, ``plain`` or ``prose``
    (default: detected); ``house`` forces the House whose words the text is read in
    (``commons``, ``lords``; default: detected); ``site`` forces the website the text was
    copied from (``theyworkforyou``; default: detected, None for the record's own text; see
    :mod:`.sites`). ``date`` (``YYYY-MM-DD``) is the sitting's
    date (it wins over a date read from the text); ``members`` (a
    :class:`~hansard_parse.members.Members` or the path of a Popolo JSON or CSV file) puts a
    ``person_id`` on each speaker it matches (see :mod:`.enrich`). Never raises on any text
    unless ``strict`` is true, in which case text the grammar cannot place raises
    :class:`HansardSyntaxError`; a bad ``date`` raises ValueError.
    """
    if layout is not None and layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")
    context = make_context(date=date, members=members)
    return enrich(parse_tree(text, layout=layout, strict=strict, house=house, site=site), context)


def parse_tree(
    text: str | bytes,
    *,
    layout: str | None = None,
    strict: bool = False,
    house: str | House | None = None,
    site: str | Site | None = None,
) -> Document:
    """The tree as the grammar builds it, before the passes of :mod:`.enrich` (for callers
    that run those passes themselves, with a context carried across pieces)."""
    if layout is not None and layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")
    decoded, encoding, decode_notes = text_of(text)
    forced_house = get_house(house)
    forced_site = get_site(site)
    collecting = gc.isenabled()
    gc.disable()  # the tree has no cycles; collecting while building it only costs time
    try:
        document = _parse(decoded, layout, strict, forced_house, forced_site)
    finally:
        if collecting:
            gc.enable()
    if encoding is None:
        return document
    return document.with_changes(
        encoding=encoding, diagnostics=(*decode_notes, *document.diagnostics)
    )


def _parse(
    text: str, layout: str | None, strict: bool, house: House | None, site: Site | None = None
) -> Document:
    lines = split_lines(text)
    states = lex(lines, layout, house, site)
    children: list[Node] = []
    diagnostics: list[Diagnostic] = []
    for state in states:
        children.extend(_parse_part(state, text, strict, diagnostics))
    diagnostics.extend(_region_notes(states))
    chosen = max(states, key=lambda s: len(s.lines)).layout
    span = Span(start=0, end=len(text), start_line=1, end_line=max(1, len(lines)))
    first = states[0]
    facts = first.facts
    return Document(
        children=children, layout=chosen, house=first.house.name, diagnostics=diagnostics,
        span=span, site=first.site.name if first.site else None, date=facts.date,
        volume=facts.volume, columns=facts.columns,
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
