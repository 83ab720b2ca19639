"""The inline level: what is inside a paragraph or sentence.

Block structure is decided line by line; this pass cuts one block's text into ``text``,
``interjection`` (``[Interruption.]``) and ``reference`` (``my hon. Friend the Member for
Anytown North (Jane Smith)``) leaves, keeping every character and the line ending after the
block.
"""

from __future__ import annotations

import re

from .houses import House, current_house
from .nodes import Interjection, Leaf, Node, Reference, Span, Text, make_span, maker
from .patterns import interjection_kind
from .source import line_breaks


def _has_anchor(text: str, anchors: tuple[str, ...]) -> bool:
    """Whether ``text`` holds any of the House's reference anchors: substring tests mapped in
    C (a generator for ``any`` would cost more than the tests on most paragraphs)."""
    return any(map(text.__contains__, anchors))


_TEXT = maker(Text)
_INTERJECTION = maker(Interjection)
_REFERENCE = maker(Reference)
"""A sitting's words are most of its nodes: made by makers that store the fields straight
into the slots (:func:`~hansard_parse.nodes.maker`)."""


def _matches(text: str, house: House) -> list[re.Match[str]]:
    """Inline matches in order, earlier and longer first, never overlapping.

    Notes are looked for only in text with a bracket, references only around the House's
    anchors (:func:`_references`); :func:`inline_nodes` cuts text with neither without
    asking.
    """
    references = _references(text, house)
    if "[" not in text:
        return references  # already in order, none overlapping the one before
    found = [*house.inline_note_re.finditer(text), *references]
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


def _inline_leaf(match: re.Match[str], matched: str, span: Span, eol: str, house: House) -> Leaf:
    """The leaf of one match, whose text is ``matched``."""
    if match.re is house.inline_note_re:
        kind = interjection_kind(match["body"], house)
        return _INTERJECTION(text=matched, eol=eol, kind=kind, span=span)
    groups = match.groupdict()
    name = groups.get("name")
    constituency = groups.get("constituency")
    return _REFERENCE(
        text=matched,
        eol=eol,
        name=" ".join(name.split()) if name else None,
        constituency=" ".join(constituency.split()) if constituency else None,
        span=span,
    )


def _text_leaf(text: str, eol: str, start: int, line: int, breaks: int = 0) -> Text:
    span = make_span((start, start + len(text) + len(eol), line, line + breaks if breaks else line))
    return _TEXT(text=text, eol=eol, span=span)


def inline_nodes(text: str, eol: str, *, start: int, line: int) -> list[Node]:
    """Cut ``text`` (which starts at offset ``start`` on 1-based ``line``) into inline leaves.

    The last leaf carries ``eol``, so the leaves' text in order is ``text + eol``. Most blocks
    are one line, so line breaks are counted only when the text holds any.
    """
    house = current_house()
    if "[" not in text and not _has_anchor(text, house.reference_anchors):
        # most paragraphs: neither a note nor a word a reference holds, so one text leaf
        end_line = line + line_breaks(text) if "\n" in text or "\r" in text else line
        span = make_span((start, start + len(text) + len(eol), line, end_line))
        return [_TEXT(text=text, eol=eol, span=span)]
    return cut_inline(text, eol, start, line, house)


def cut_inline(text: str, eol: str, start: int, line: int, house: House) -> list[Node]:
    """:func:`inline_nodes` without its shortcut for text that holds no trigger (the whole
    cut, whatever the text holds)."""
    matches = _matches(text, house)
    multi = "\n" in text or "\r" in text  # only then can a piece of it hold a line break
    if not matches:
        return [_text_leaf(text, eol, start, line, line_breaks(text) if multi else 0)]
    pieces: list[Node] = []
    position = 0
    final = matches[-1]
    for match in matches:
        begin, finish = match.span()
        if begin > position:
            chunk = text[position:begin]
            chunk_breaks = line_breaks(chunk) if multi else 0
            pieces.append(_text_leaf(chunk, "", start + position, line, chunk_breaks))
            line += chunk_breaks
        leaf_eol = eol if match is final and finish == len(text) else ""
        matched = match.group()
        matched_breaks = line_breaks(matched) if multi else 0
        span = make_span((start + begin, start + finish + len(leaf_eol), line, line + matched_breaks))
        pieces.append(_inline_leaf(match, matched, span, leaf_eol, house))
        line += matched_breaks
        position = finish
    if position < len(text):
        tail = text[position:]
        pieces.append(_text_leaf(tail, eol, start + position, line, line_breaks(tail) if multi else 0))
    return pieces
