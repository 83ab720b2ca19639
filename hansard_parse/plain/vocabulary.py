"""The sides a cue can point to, and how a sentence is cut into words.

The words of a House (its forms of address, `my right hon. Friend`, `the noble Lord`, and the
ministers' titles) live in :mod:`hansard_parse.houses`; every cue table of the speaker-less
reader is built from the House it is given.
"""

from __future__ import annotations

import re

__all__ = ["ANSWER", "QUESTION", "WORD", "words_of"]

# Sides a cue can point to.
ANSWER = "A"
QUESTION = "Q"

WORD = re.compile(r"\w+")
"""A word of a sentence, as the side cues' keys and the count of named particulars see it."""

_WORD_BYTES = bytes(
    byte if chr(byte).isalnum() or chr(byte) == "_" else ord(" ") for byte in range(128)
) + bytes(range(128, 256))
"""Each ASCII byte that is no word character (``\\w``) made a space."""


_PUNCTUATION = "’‘“”—–…£€•·"
"""Characters beyond ASCII that Hansard's sentences hold and that are no word characters
(a blank in their place cuts the words the same way)."""


def words_of(text: str) -> list[str]:
    """The words of ``text``, as ``WORD.findall`` finds them.

    Most sentences are ASCII, or ASCII but for typographic quotes and dashes, which are no
    word characters and are blanked first: there the word characters are letters, digits
    and ``_``, and blanking every other byte and splitting at the blanks costs a third of the
    regex (which asks the Unicode tables about each character and builds each match)."""
    if not text.isascii():
        plain = text
        for mark in _PUNCTUATION:
            if mark in plain:
                plain = plain.replace(mark, " ")
        if not plain.isascii():
            return WORD.findall(text)
        text = plain
    return text.encode().translate(_WORD_BYTES).decode().split()
