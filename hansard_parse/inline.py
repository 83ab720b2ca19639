"""The inline level: what is inside a paragraph or sentence.

Block structure is decided line by line; this pass cuts one block's text into ``text``,
``interjection`` (``[Interruption.]``) and ``reference`` (``my hon. Friend the Member for
Anytown North (Jane Smith)``) leaves, keeping every character and the line ending after the
block.
"""

from __future__ import annotations

import re

from .houses import House, current_house
from .nodes import Interjection, Leaf, Node, Reference, Span, Text
from .patterns import interjection_kind
from .source import line_breaks


def _matches(text: str, house: House) -> list[re.Match[str]]:
    """Inline matches in order, earlier and longer first, never overlapping.

    Most paragraphs hold neither a bracket nor ``hon``; two substring tests (in C) settle
    those without running a pattern.
    """
    bracket = "[" in text
    if not bracket and not any(anchor in text for anchor in house.reference_anchors):
        return []  # most paragraphs: neither a note nor a word a reference holds
    notes = house.inline_note_re.finditer(text) if bracket else ()
    references = _references(text, house)
    found = [*notes, *references]
    if len(found) < 2:
        return found
    found.sort(key=lambda m: (m.start(), -m.end()))
    kept: list[re.Match[str]] = []
    end = 0
    for match in found:
        if match.start() >= end:
            kept.append(match)
            end = match.end()
    return kept


def _hon_positions(text: str, house: House) -> list[int]:
    """Offsets just after the first letter of each of the House's reference anchors (``hon``,
    ``Hon``; ``noble``) followed by a dot or a space, in order.

    ``str.find`` scans in C several times faster than a regular expression could here.
    """
    found: list[int] = []
    for needle in house.reference_anchors:
        size = len(needle)
        at = text.find(needle)
        while at != -1:
            after = text[at + size : at + size + 1]
            if after == "." or after.isspace():
                found.append(at + 1)
            at = text.find(needle, at + size)
    found.sort()
    return found


def _references(text: str, house: House) -> list[re.Match[str]]:
    """Member references, looked for only around each ``hon``: the pattern starts with a
    determiner that the regex engine would otherwise try at every word of the text."""
    found: list[re.Match[str]] = []
    end = 0
    reference_re = house.reference_re
    for at in _hon_positions(text, house):
        if at < end:
            continue
        match = reference_re.search(text, max(end, at - 16), at + 400)
        if match is not None and match.start() < at:
            found.append(match)
            end = match.end()
    return found


def _inline_leaf(match: re.Match[str], span: Span, eol: str, house: House) -> Leaf:
    if match.re is house.inline_note_re:
        kind = interjection_kind(match["body"], house)
        return Interjection(text=match.group(), eol=eol, kind=kind, span=span)
    groups = match.groupdict()
    name = groups.get("name")
    constituency = groups.get("constituency")
    return Reference(
        text=match.group(),
        eol=eol,
        name=" ".join(name.split()) if name else None,
        constituency=" ".join(constituency.split()) if constituency else None,
        span=span,
    )


def _no_breaks(_text: str) -> int:
    return 0


def _text_leaf(text: str, eol: str, start: int, line: int, breaks: int = 0) -> Text:
    span = Span(start, start + len(text) + len(eol), line, line + breaks if breaks else line)
    return Text(text=text, eol=eol, span=span)


def inline_nodes(text: str, eol: str, *, start: int, line: int) -> list[Node]:
    """Cut ``text`` (which starts at offset ``start`` on 1-based ``line``) into inline leaves.

    The last leaf carries ``eol``, so the leaves' text in order is ``text + eol``. Most blocks
    are one line, so line breaks are counted only when the text holds any.
    """
    breaks = line_breaks if "\n" in text or "\r" in text else _no_breaks
    house = current_house()
    matches = _matches(text, house)
    if not matches:
        return [_text_leaf(text, eol, start, line, breaks(text))]
    pieces: list[Node] = []
    position = 0
    for number, match in enumerate(matches):
        if match.start() > position:
            chunk = text[position : match.start()]
            chunk_breaks = breaks(chunk)
            pieces.append(_text_leaf(chunk, "", start + position, line, chunk_breaks))
            line += chunk_breaks
        last = number == len(matches) - 1 and match.end() == len(text)
        leaf_eol = eol if last else ""
        matched_breaks = breaks(match.group())
        span = Span(
            start=start + match.start(),
            end=start + match.end() + len(leaf_eol),
            start_line=line,
            end_line=line + matched_breaks,
        )
        pieces.append(_inline_leaf(match, span, leaf_eol, house))
        line += matched_breaks
        position = match.end()
    if position < len(text):
        tail = text[position:]
        pieces.append(_text_leaf(tail, eol, start + position, line, breaks(tail)))
    return pieces
