"""The clean words of a turn: what was said, without the record's furniture.

A turn's source text holds its speaker label, column markers (``19 July 2011 : Column 772``)
that the printed page put mid-sentence, and now and then page clutter; analysis wants only
the words. Member references stay (they are words: ``my hon. Friend the Member for X``), and
inline notes (``[Interruption.]``) stay unless the caller drops them.
"""

from __future__ import annotations

from .nodes import Block, Boilerplate, Column, Contribution, Interjection, Leaf, Paragraph

_FURNITURE: tuple[type[Leaf], ...] = (Column, Boilerplate)
"""Leaves that belong to the page, not to the speech."""


def block_words(block: Block, *, interjections: bool = True) -> str:
    """A paragraph's or sentence's words with line breaks folded to single spaces."""
    skip = _FURNITURE if interjections else (*_FURNITURE, Interjection)
    return " ".join(
        " ".join(leaf.text.split())
        for leaf in block.leaves()
        if leaf.text.strip() and not isinstance(leaf, skip)
    )


def turn_words(turn: Contribution, *, interjections: bool = True) -> str:
    """The turn's words without its label (or a UIN printed after the question): paragraphs
    apart by a blank line, and the sentences of a speaker-less transcript (one per line in the
    source) run together."""
    parts: list[str] = []
    previous: Block | None = None
    uin = f"[{turn.uin}]" if turn.uin else None
    for child in turn.children:
        if not isinstance(child, Block):
            continue
        text = block_words(child, interjections=interjections)
        if uin and text.endswith(uin):  # the older style prints the UIN after the question
            text = text[: -len(uin)].rstrip()
            uin = None
        if not text:
            continue
        if parts and (isinstance(child, Paragraph) or isinstance(previous, Paragraph)):
            parts.append("\n\n")
        elif parts:
            parts.append(" ")
        parts.append(text)
        previous = child
    return "".join(parts)


__all__ = ["block_words", "turn_words"]
