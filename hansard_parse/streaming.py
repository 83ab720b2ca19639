"""Parse a very large file in bounded memory, one top-level section at a time.

:func:`iter_parse` reads the file in chunks, cuts the text just before a level-1 heading
(``Oral Answers to Questions``, ``Westminster Hall``, a heading in capitals: the business of
the House), parses each piece with :func:`~hansard_parse.parse` and moves the spans of the
piece's nodes so they count from the start of the file. A sitting's turns are typed from the
context of their own section, so a piece that starts at a level-1 heading parses as it would
inside the whole file. Only print and web text is cut; see :func:`iter_parse` for the limits.
"""

from __future__ import annotations

import codecs
import datetime
import os
from collections.abc import Iterator
from typing import TypeVar

import attrs

from .classify import QUIET_KINDS, Kind, page_chrome_end
from .enrich import Context, MembersSource, enrich, make_context
from .errors import DecodeError
from .houses import House, get_house
from .layout import LAYOUTS
from .lexer import LexState, run_passes
from .nodes import Contribution, Node, Span, Time
from .parser import house_for, layout_for, page_of, parse_tree
from .sites import Site, get_site
from .source import _BOMS, LEGACY_ERRORS, line_breaks, refuse_binary, split_lines
from .wrap import unwrap

N = TypeVar("N", bound=Node)

DEFAULT_CHUNK_SIZE = 1024 * 1024
"""Bytes read at a time; a piece is cut once about this much text is waiting. A piece of
text and its tree take about 20 times its size, so the default holds peak memory near
20 MB above the interpreter's, whatever the file's size (a whole sitting day is 0.3–1 MB)."""
LAYOUT_SAMPLE = 256 * 1024
"""Text read before the layout is chosen (when not forced), whatever the chunk size."""
_MARGIN = 12
"""Significant lines that must follow a cut inside the text read so far: the heading logic
looks a few lines ahead, so a heading this far from the end is judged as in the whole file."""


def iter_parse(
    path: str | os.PathLike[str],
    *,
    layout: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    house: str | House | None = None,
    date: str | datetime.date | None = None,
    members: MembersSource | None = None,
    site: str | Site | None = None,
) -> Iterator[Node]:
    """Yield the top-level nodes of a file (its level-1 sections, and any text before the first
    one) in order, holding only about ``chunk_size`` of text and its tree at a time.

    The yielded nodes are those of ``parse_file(path).children`` with spans and line numbers
    counted from the start of the file, and their source text, concatenated, is the file's
    text. The trade-offs that buy bounded memory:

    - The layout, the House and the website the text was copied from are detected on the
      first chunk (at least ``LAYOUT_SAMPLE`` of text) and then fixed for the whole file; pass
      ``layout``, ``house`` or ``site`` to force them. A
      file whose layout changes part way is read in the first layout throughout
      (``parse_file`` reads it region by region).
    - Only print and web text is cut, just before a level-1 heading that does not follow
      another heading. Speaker-less transcripts and prose have no such headings and their
      turns are placed by reading the whole text, so they are parsed whole; so is a print or
      web file with no level-1 heading.
    - Context that spans the whole sitting is read per piece: who is in the chair is learnt
      from what they say in that piece, and a turn's ``time`` carries over from the previous
      piece's last time stamp. With pieces of megabytes (whole sittings), this rarely matters.
      The passes of :mod:`.enrich` carry their state over: the date read in the first piece,
      the column in force and the count of turns per column (so turn ids are those of
      ``parse``), and the roster of members named so far.
    - Document-level diagnostics (the encoding guessed, a grammar fallback) are not yielded;
      unreadable text is still kept as ``unparsed`` nodes that carry their own diagnostic.
    - Encodings: UTF-8, or UTF-16/32 with a byte-order mark, or cp1252 when the first chunk is
      not UTF-8; bytes that later prove undecodable raise :class:`DecodeError`.
    """
    if layout is not None and layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")
    if chunk_size < 1:
        raise ValueError("chunk_size must be positive")
    chosen_house = get_house(house)
    chosen_site = get_site(site)
    site_read = chosen_site is not None
    where = _Where(context=make_context(date=date, members=members))
    buffer = ""
    next_look = max(chunk_size, 1 if layout else LAYOUT_SAMPLE)
    for text in _read_text(path, chunk_size):
        buffer += text
        if len(buffer) < next_look:
            continue
        if not site_read:
            chosen_site, site_read = site_of(buffer[:LAYOUT_SAMPLE]), True
        chosen_house = chosen_house or house_of(buffer[:LAYOUT_SAMPLE])
        layout = layout or layout_of(buffer[:LAYOUT_SAMPLE], chosen_house, chosen_site)
        cut = (
            _cut_point(buffer, layout, chosen_house, chosen_site) if layout in ("print", "web") else None
        )
        if cut is None:
            next_look = 2 * len(buffer)  # look again when the text has doubled: linear overall
            continue
        yield from _parse_piece(buffer[:cut], layout, chosen_house, chosen_site, where)
        buffer = buffer[cut:]
        next_look = len(buffer) + chunk_size // 2
    if buffer:
        if not site_read:
            chosen_site = site_of(buffer[:LAYOUT_SAMPLE])
        chosen_house = chosen_house or house_of(buffer[:LAYOUT_SAMPLE])
        layout = layout or layout_of(buffer[:LAYOUT_SAMPLE], chosen_house, chosen_site)
        yield from _parse_piece(buffer, layout, chosen_house, chosen_site, where)


@attrs.define
class _Where:
    """Where the next piece starts in the file, and the time stamp in force there."""

    context: Context
    offset: int = 0
    line: int = 0
    time: str | None = None


def _parse_piece(
    text: str, layout: str, house: House, site: Site | None, where: _Where
) -> Iterator[Node]:
    document = enrich(parse_tree(text, layout=layout, house=house, site=site), where.context)
    last_time = where.time
    for stamp in document.find_all(Time):
        last_time = stamp.value or last_time
    for node in document.children:
        yield shift(node, where.offset, where.line, time=where.time)
    where.offset += len(text)
    where.line += line_breaks(text)
    where.time = last_time


def shift(node: N, chars: int, lines: int, *, time: str | None = None) -> N:
    """A copy of ``node`` whose subtree's spans are moved ``chars`` offsets and ``lines`` lines
    on; contributions with no ``time`` get ``time`` (the stamp in force where the piece began).

    Nodes are immutable, so this rebuilds the subtree with :meth:`~Node.transform`.
    """
    if not chars and not lines and time is None:
        return node

    def move(current: Node) -> Node:
        span = current.span
        changes: dict[str, object] = {
            "span": Span(
                start=span.start + chars,
                end=span.end + chars,
                start_line=span.start_line + lines,
                end_line=span.end_line + lines,
            )
        }
        if isinstance(current, Contribution) and current.time is None and time is not None:
            changes["time"] = time
        return current.with_changes(**changes)

    return node.transform(move)


def house_of(text: str) -> House:
    """The House ``iter_parse`` reads a file in, judged on its first chunk ``text`` (its
    hard-wrapped lines rejoined, as :func:`~hansard_parse.parse` reads them; the House its
    page names, if it was copied from a website; see :mod:`.sites`)."""
    head = [line.content for line in unwrap(split_lines(text))]
    return house_for(head, page_of(head)[1])


def layout_of(text: str, house: House, site: str | Site | None = None) -> str:
    """The layout ``iter_parse`` reads a file in, judged on its first chunk ``text``."""
    lines = unwrap(split_lines(text), house)
    return layout_for(lines, house, site_of(text, site))


def site_of(text: str, site: str | Site | None = None) -> Site | None:
    """The website ``iter_parse`` reads a file as copied from (``site`` when forced), judged
    on its first chunk ``text``."""
    return get_site(site) or page_of([line.content for line in split_lines(text)])[0]


def _cut_point(text: str, layout: str, house: House, site: Site | None = None) -> int | None:
    """The offset of the last line of ``text`` where a piece may start, or None.

    That line is a level-1 heading by the parser's own heading logic, the last significant
    line before it is not a heading (a heading over another is read as its parent, so the
    two stay together), it does not open what would read as page chrome, and at least
    ``_MARGIN`` significant lines follow it.
    """
    lines = unwrap(split_lines(text), house)
    # the parser's own chain of passes, up to the heading levels
    items = run_passes(LexState(lines, layout, house, site=site), until="levels").items
    after = 0
    for i in range(len(items) - 2, 0, -1):  # never the last line: it may be incomplete
        item = items[i]
        if after >= _MARGIN and item.kind is Kind.HEADING and item.level == 1:
            before = next(
                (items[j] for j in range(i - 1, -1, -1) if items[j].kind not in QUIET_KINDS), None
            )
            after_heading = before is None or before.kind is Kind.HEADING
            # The parser drops page chrome only at the top of a text: never start a piece there.
            if not after_heading and page_chrome_end(items[i : i + 12]) is None:
                return lines[i].start
        if item.kind not in QUIET_KINDS:
            after += 1
    return None


def _read_text(path: str | os.PathLike[str], size: int) -> Iterator[str]:
    """The file's text in decoded chunks, line endings untouched (as ``parse_file`` reads it)."""
    with open(path, "rb") as handle:
        data = handle.read(max(size, _HEAD))
        decoder = _decoder_for(data)
        while data:
            try:
                yield decoder.decode(data)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"{os.fspath(path)}: not valid {exc.encoding} text") from exc
            data = handle.read(size)
        tail = decoder.decode(b"", final=True)
        if tail:
            yield tail


_HEAD = 4
"""Bytes read before the encoding is chosen, whatever the chunk size: the longest byte-order
mark (UTF-32's) is four bytes, and UTF-16's little-endian mark is the start of UTF-32's."""


def _decoder_for(head: bytes) -> codecs.IncrementalDecoder:
    """The decoder ``decode`` would choose, judged on the first chunk."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return codecs.getincrementaldecoder(encoding)()
    refuse_binary(head)
    # UTF-8, and each byte that is not UTF-8 read as cp1252, wherever in the file it comes
    return codecs.getincrementaldecoder("utf-8")(errors=LEGACY_ERRORS)


__all__ = ["DEFAULT_CHUNK_SIZE", "iter_parse", "shift"]
