"""Subtitle transcripts: broadcast captions with a time stamp glued to every line.

Captions of Question Time come a few words a line, each line behind the time it was shown
(``0:00:49 > 0:00:55I call…``, ``00:18More than…``), with no speaker names. The stamps are
kept as time nodes; the words are a speaker-less transcript, but a caption line is a fragment
(``Will the Prime Minister list his engagements for`` / ``today?``), so lines are joined into
sentences before the segmenter reads them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from hansard_parse.houses import COMMONS, House
from hansard_parse.plain.repair import SentenceGroup, should_join
from hansard_parse.plain.segment import Turn, segment
from hansard_parse.plain.units import split_sentences_at

__all__ = [
    "CAPTION",
    "MAX_CAPTION_LINES",
    "caption_turns",
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


def caption_turns(
    lines: Sequence[str], house: House = COMMONS
) -> tuple[list[SentenceGroup], dict[int, Turn]]:
    """The caption sentences of ``lines`` and the turns that open at them (by group index).

    The segmenter reads true sentences, joined across lines however the captions cut them;
    a turn opening in the middle of a line (speakers change mid-line) opens at the start of
    that line, the finest cut the tokens can make, and the sentence groups are cut there."""
    words: list[str] = []
    offsets: list[int] = []
    """Where each line's words start in the joined words."""
    numbers: list[int] = []
    """The index of that line."""
    size = 0
    for index, line in enumerate(lines):
        said = line[stamp_length(line) :].strip()
        if said:
            offsets.append(size)
            numbers.append(index)
            words.append(said)
            size += len(said) + 1
    joined = " ".join(words)
    sentences = split_sentences_at(joined)
    opening: dict[int, Turn] = {}
    if sentences:
        for turn in segment([joined[a:b].strip() for a, b in sentences], house=house):
            start = sentences[turn.start][0]
            start += len(joined[start:]) - len(joined[start:].lstrip())
            at = bisect.bisect_right(offsets, start) - 1
            if numbers[at] in opening and at + 1 < len(numbers):
                at += 1  # a second turn opening on one line opens on the next, where it goes on
            opening.setdefault(numbers[at], turn)
    groups = caption_units(lines, cuts=frozenset(opening))
    return groups, {
        index: opening[group.first] for index, group in enumerate(groups) if group.first in opening
    }


def _abbreviated(said: str, lines: Sequence[str], index: int) -> bool:
    """The words of line ``index`` end in an abbreviation the next line carries on
    (``…The right hon.`` / ``Gentleman can visit…``)."""
    if index + 1 >= len(lines):
        return False
    following = lines[index + 1]
    return should_join(said, following[stamp_length(following) :])


def caption_units(lines: Sequence[str], cuts: frozenset[int] = frozenset()) -> list[SentenceGroup]:
    """Group caption lines into sentences: a line whose words do not end a sentence carries
    on into the next (at most :data:`MAX_CAPTION_LINES`), unless the next is in ``cuts`` (a
    turn opens there); blank lines stand alone. The text of a group is its lines' words
    without their stamps, joined by single spaces."""
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
        if index > first and index in cuts:
            close(index - 1)
            first = index
        said = line[stamp_length(line) :].strip()
        if said:
            words.append(said)
        if (
            (said and _SENTENCE_END_RE.search(said) and not _abbreviated(said, lines, index))
            or index - first + 1 >= MAX_CAPTION_LINES
            or index == len(lines) - 1
            or index + 1 in cuts
        ):
            close(index)
            first = index + 1
    return groups
