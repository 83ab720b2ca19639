"""Prose that is not a debate: paragraphs of narrative and the web clutter around them.

Nothing in prose is a speaker, a question or an answer, whatever colons it holds
(``Yvette Cooper MP writes: …``). Clutter is recognised by the phrases sites use for it:
``READ MORE: …`` links, and a ``You may also like`` heading with the list of headlines after it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .patterns import unreadable_reason
from .source import Line
from .tokens import Piece

BOILERPLATE_RE = re.compile(
    r"^(?:READ\s+MORE\b|MORE\s*:|RELATED\s*:|Read\s+more\s*:|Sign\s+up\b|Subscribe\b"
    r"|Follow\s+us\b|Share\s+this\b|Click\s+here\b|Advertisement$|Most\s+(?:read|popular)$)",
)
LIST_INTRO_RE = re.compile(
    r"^(?:You\s+may\s+also\s+like|More\s+(?:from|stories|on\s+this)|Related\s+(?:articles|stories)"
    r"|Most\s+(?:read|popular)|Recommended(?:\s+for\s+you)?|Top\s+stories)\s*:?$",
    re.IGNORECASE,
)
"""A heading that opens a list of links: it and every line after it are clutter."""


def prose_pieces(lines: Sequence[Line], *, known: Mapping[int, str] | None = None) -> list[Piece]:
    """One token a line: paragraphs of narrative, blank lines, and boilerplate; ``known``
    gives the token of lines (by index) a website's shapes read (its furniture, its notes)."""
    known = known or {}
    pieces: list[Piece] = []
    in_list = False
    for index, line in enumerate(lines):
        text = line.content.strip()
        if not text:
            pieces.append(Piece("BLANK", line.sources))
            continue
        if index in known:
            pieces.append(Piece(known[index], (line,)))
            continue
        reason = unreadable_reason(text)
        if reason:
            pieces.append(Piece("UNPARSED", line.sources, detail=reason))
            continue
        in_list = in_list or bool(LIST_INTRO_RE.match(text))
        terminal = "BOILERPLATE" if in_list or BOILERPLATE_RE.match(text) else "PARA"
        pieces.append(Piece(terminal, line.sources))
    return pieces
