"""The inline level: what is inside a paragraph or sentence (bracketed interruptions, text).

Block structure is decided line by line; this pass cuts one block's text into ``text`` and
``interjection`` leaves, keeping every character and the line ending after the block.
"""

from __future__ import annotations

from .nodes import Interjection, Leaf, Node, Span, Text
from .patterns import INLINE_NOTE_RE, interjection_kind


def _span(text: str, start: int, line: int) -> Span:
    return Span(start=start, end=start + len(text), start_line=line, end_line=line + text.count("\n"))


def inline_nodes(text: str, eol: str, *, start: int, line: int) -> list[Node]:
    """Cut ``text`` (which starts at offset ``start`` on 1-based ``line``) into inline leaves.

    The last leaf carries ``eol``, so the leaves' text in order is ``text + eol``.
    """
    pieces: list[Leaf] = []
    position = 0
    if "[" in text:
        for match in INLINE_NOTE_RE.finditer(text):
            if match.start() > position:
                chunk = text[position : match.start()]
                pieces.append(Text(text=chunk, span=_span(chunk, start + position, line)))
                line += chunk.count("\n")
            note = match.group()
            pieces.append(
                Interjection(
                    text=note,
                    kind=interjection_kind(match.group("body")),
                    span=_span(note, start + match.start(), line),
                )
            )
            line += note.count("\n")
            position = match.end()
    if position < len(text) or not pieces:
        chunk = text[position:]
        pieces.append(Text(text=chunk, span=_span(chunk, start + position, line)))
    last = pieces[-1]
    if eol:
        span = last.span
        pieces[-1] = last.with_changes(eol=eol, span=Span(
            start=span.start, end=span.end + len(eol), start_line=span.start_line,
            end_line=span.end_line,
        ))
    return list(pieces)
