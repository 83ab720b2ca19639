"""The inline level: what is inside a paragraph or sentence.

Block structure is decided line by line; this pass cuts one block's text into ``text``,
``interjection`` (``[Interruption.]``) and ``reference`` (``my hon. Friend the Member for
Anytown North (Jane Smith)``) leaves, keeping every character and the line ending after the
block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .nodes import Interjection, Leaf, Node, Reference, Span, Text
from .patterns import INLINE_NOTE_RE, REFERENCE_RE, interjection_kind


def _span(text: str, start: int, line: int) -> Span:
    return Span(
        start=start, end=start + len(text), start_line=line, end_line=line + text.count("\n")
    )


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Inline matches in order, earlier and longer first, never overlapping."""
    found: list[re.Match[str]] = []
    if "[" in text:
        found.extend(INLINE_NOTE_RE.finditer(text))
    if "hon" in text or "Hon" in text:
        found.extend(REFERENCE_RE.finditer(text))
    found.sort(key=lambda m: (m.start(), -m.end()))
    end = 0
    for match in found:
        if match.start() >= end:
            yield match
            end = match.end()


def _inline_leaf(match: re.Match[str], span: Span) -> Leaf:
    if match.re is INLINE_NOTE_RE:
        return Interjection(text=match.group(), kind=interjection_kind(match["body"]), span=span)
    name = match["name"]
    constituency = match["constituency"]
    return Reference(
        text=match.group(),
        name=" ".join(name.split()) if name else None,
        constituency=" ".join(constituency.split()) if constituency else None,
        span=span,
    )


def inline_nodes(text: str, eol: str, *, start: int, line: int) -> list[Node]:
    """Cut ``text`` (which starts at offset ``start`` on 1-based ``line``) into inline leaves.

    The last leaf carries ``eol``, so the leaves' text in order is ``text + eol``.
    """
    pieces: list[Leaf] = []
    position = 0
    for match in _matches(text):
        if match.start() > position:
            chunk = text[position : match.start()]
            pieces.append(Text(text=chunk, span=_span(chunk, start + position, line)))
            line += chunk.count("\n")
        pieces.append(_inline_leaf(match, _span(match.group(), start + match.start(), line)))
        line += match.group().count("\n")
        position = match.end()
    if position < len(text) or not pieces:
        chunk = text[position:]
        pieces.append(Text(text=chunk, span=_span(chunk, start + position, line)))
    if eol:
        last = pieces[-1]
        span = last.span
        pieces[-1] = last.with_changes(
            eol=eol,
            span=Span(
                start=span.start,
                end=span.end + len(eol),
                start_line=span.start_line,
                end_line=span.end_line,
            ),
        )
    return list(pieces)
