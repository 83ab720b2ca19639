"""Subtitle transcripts: broadcast captions with a time stamp glued to every line.

Captions of Question Time come a few words a line, each line behind the time it was shown
(``0:00:49 > 0:00:55I call…``, ``00:18More than…``), with no speaker names. The stamps are
kept as time nodes; the words are a speaker-less transcript, but a caption line is a fragment
(``Will the Prime Minister list his engagements for`` / ``today?``), so lines are joined into
sentences before the segmenter reads them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hansard_parse.plain.repair import SentenceGroup

__all__ = [
    "CAPTION",
    "MAX_CAPTION_LINES",
    "caption_units",
    "is_captions",
    "stamp_length",
]

CAPTION = "caption"
"""The ``detail`` of a sentence token made of caption lines: the builder splits each line's
stamp off as a time node."""

_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_STAMP_RE = re.compile(rf"\s*{_TIME}(?:\s*(?:-->|>|–|-)\s*{_TIME})?(?![\d:])")
"""A caption's time, or its range (``0:00:49 > 0:00:55``, ``00:01:02,500 --> 00:01:04,000``),
at the start of a line and not followed by another digit."""
_CLOCK_AFTER_RE = re.compile(r"\s*(?:[ap]\.?m\b|o'clock)", re.IGNORECASE)
"""What makes a leading time a time of day (``10:31 am``), not a caption's stamp."""
_SENTENCE_END_RE = re.compile(r"[.?!…][\"”’')\]]*$")

MIN_CAPTION_LINES = 3
CAPTION_SHARE = 0.6
"""The share of non-blank lines that must open with a stamp: a sitting's time lines are a
few in a hundred."""
MAX_CAPTION_LINES = 8
"""Lines one caption sentence may join at most: captions without punctuation still make
units the segmenter can place turns between."""
_SAMPLE = 400


def stamp_length(text: str) -> int:
    """How many characters at the start of ``text`` are a caption's time stamp (0 if none)."""
    match = _STAMP_RE.match(text)
    if match is None or _CLOCK_AFTER_RE.match(text, match.end()):
        return 0
    return match.end()


def is_captions(lines: Sequence[str]) -> bool:
    """True when most non-blank lines of ``lines`` (the first few hundred) open with a stamp."""
    sample = [line for line in lines[: _SAMPLE * 2] if line.strip()][:_SAMPLE]
    stamped = sum(1 for line in sample if stamp_length(line))
    return stamped >= MIN_CAPTION_LINES and stamped >= CAPTION_SHARE * len(sample)


def caption_units(lines: Sequence[str]) -> list[SentenceGroup]:
    """Group caption lines into sentences: a line whose words do not end a sentence carries
    on into the next (at most :data:`MAX_CAPTION_LINES`); blank lines stand alone. The text of
    a group is its lines' words without their stamps, joined by single spaces."""
    groups: list[SentenceGroup] = []
    words: list[str] = []
    first = 0

    def close(last: int) -> None:
        text = " ".join(words) or " ".join(line.strip() for line in lines[first : last + 1])
        groups.append(SentenceGroup(first=first, last=last, repaired=last > first, text=text))
        words.clear()

    for index, line in enumerate(lines):
        if not line.strip():
            if index > first:
                close(index - 1)
            groups.append(SentenceGroup(first=index, last=index, repaired=False, text=line))
            first = index + 1
            continue
        said = line[stamp_length(line) :].strip()
        if said:
            words.append(said)
        if (
            (said and _SENTENCE_END_RE.search(said))
            or index - first + 1 >= MAX_CAPTION_LINES
            or index == len(lines) - 1
        ):
            close(index)
            first = index + 1
    return groups
