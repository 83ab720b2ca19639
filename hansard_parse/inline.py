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
from .source import line_breaks


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Inline matches in order, earlier and longer first, never overlapping."""
    found: list[re.Match[str]] = []
    if "[" in text:
        found.extend(INLINE_NOTE_RE.finditer(text))
    found.extend(_references(text))
    found.sort(key=lambda m: (m.start(), -m.end()))
    end = 0
    for match in found:
        if match.start() >= end:
            yield match
            end = match.end()


def _references(text: str) -> Iterator[re.Match[str]]:
    """Member references, looked for only around each ``hon``: the pattern starts with a
    determiner that the regex engine would otherwise try at every word of the text."""
    lowered_at = text.find("on", 1)
    end = 0
    while lowered_at != -1:
        if text[lowered_at - 1] in "hH":
            match = REFERENCE_RE.search(text, max(end, lowered_at - 16), lowered_at + 400)
            if match is not None and match.start() < lowered_at:
                yield match
                end = match.end()
                lowered_at = text.find("on", max(end, lowered_at + 2))
                continue
        lowered_at = text.find("on", lowered_at + 2)


def _inline_leaf(match: re.Match[str], span: Span, eol: str) -> Leaf:
    if match.re is INLINE_NOTE_RE:
        kind = interjection_kind(match["body"])
        return Interjection(text=match.group(), eol=eol, kind=kind, span=span)
    name = match["name"]
    constituency = match["constituency"]
    return Reference(
        text=match.group(),
        eol=eol,
        name=" ".join(name.split()) if name else None,
        constituency=" ".join(constituency.split()) if constituency else None,
        span=span,
    )


def _text_leaf(text: str, eol: str, start: int, line: int) -> Text:
    end = start + len(text) + len(eol)
    span = Span(start=start, end=end, start_line=line, end_line=line + line_breaks(text))
    return Text(text=text, eol=eol, span=span)


def inline_nodes(text: str, eol: str, *, start: int, line: int) -> list[Node]:
    """Cut ``text`` (which starts at offset ``start`` on 1-based ``line``) into inline leaves.

    The last leaf carries ``eol``, so the leaves' text in order is ``text + eol``.
    """
    matches = list(_matches(text))
    if not matches:
        return [_text_leaf(text, eol, start, line)]
    pieces: list[Node] = []
    position = 0
    for number, match in enumerate(matches):
        if match.start() > position:
            chunk = text[position : match.start()]
            pieces.append(_text_leaf(chunk, "", start + position, line))
            line += line_breaks(chunk)
        last = number == len(matches) - 1 and match.end() == len(text)
        leaf_eol = eol if last else ""
        matched = match.group()
        span = Span(
            start=start + match.start(),
            end=start + match.end() + len(leaf_eol),
            start_line=line,
            end_line=line + line_breaks(matched),
        )
        pieces.append(_inline_leaf(match, span, leaf_eol))
        line += line_breaks(matched)
        position = match.end()
    if position < len(text):
        pieces.append(_text_leaf(text[position:], eol, start + position, line))
    return pieces
