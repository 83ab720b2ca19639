"""Which of the four layouts a text is in: print, web, plain (speaker-less) or prose.

Speaker-attributed text shows itself by its labels (``Name: text`` lines for print, a label
alone above running text for web). Without labels, a transcript from a corpus tool has one
sentence a line; prose (news, op-eds) has paragraphs of several sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .classify import ClassifiedLine, count_layout_evidence
from .source import Line

LAYOUTS = ("print", "web", "plain", "prose")

_SENTENCE_BREAK_RE = re.compile(r"[.?!][\"”’']?\s+[A-Z“\"‘]")
"""A sentence ending followed by the start of another, inside one line."""
_ABBREVIATION_BEFORE_RE = re.compile(r"(?:^|\W)(?:Mr|Mrs|Ms|Dr|hon|No|St|[A-Z])$")
"""What before a full stop makes it an abbreviation or an initial, not a sentence end."""


def _has_sentence_break(text: str) -> bool:
    """True when ``text`` holds the end of one sentence and the start of the next.

    The pattern looks for the punctuation first and the abbreviation check runs only on
    the few characters before each hit: a look-behind at the front of the pattern would
    be tried at every character of the line.
    """
    for match in _SENTENCE_BREAK_RE.finditer(text):
        at = match.start()
        if not _ABBREVIATION_BEFORE_RE.search(text, max(0, at - 4), at):
            return True
    return False


def detect_layout(lines: Sequence[Line], classified: Sequence[ClassifiedLine]) -> str:
    """Pick the layout that best explains the lines."""
    n_print, n_web, strong = count_layout_evidence(classified)
    enough = 1 if strong else 2
    if n_print >= enough and n_print >= n_web:
        return "print"
    if n_web >= enough:
        return "web"
    if is_sentence_per_line(lines):
        return "plain"
    return "prose"


_SAMPLE = 400
"""Lines read to judge the shape of a text: enough to tell, and bounded for huge files."""


def is_sentence_per_line(lines: Sequence[Line]) -> bool:
    """True when few lines hold more than one sentence (the shape of a corpus-tool transcript).

    Judged on the first few hundred non-blank lines (each cut to 2,000 characters)."""
    texts: list[str] = []
    for line in lines:
        if line.content.strip():
            texts.append(line.content[:2000])
            if len(texts) >= _SAMPLE:
                break
    if not texts:
        return True
    several = sum(1 for text in texts if _has_sentence_break(text))
    return several <= 0.15 * len(texts)
