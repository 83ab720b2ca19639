"""The units of a speaker-less transcript, and turns placed on them from their sentences.

A corpus tool's transcript has one sentence a line, and the segmenter reads it sentence by
sentence. A debate copied without names has one paragraph a line, and subtitles a few
words a line joined into units that may hold several sentences. In both, a turn can only
start where a unit starts (a speaker changes at a paragraph break; a caption line is the
finest cut the tokens can make), yet the segmenter's cues are a sentence's: a paragraph's
opening words and its closing question are in different sentences. So the segmenter reads
the sentences of every unit, each flagged ``starts_unit`` (a paragraph boundary, the likely
turn boundary), and each turn it starts inside a unit is moved to the start of that unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from attrs import evolve, frozen

from hansard_parse.houses import COMMONS, House
from hansard_parse.plain.segment import Turn, segment

__all__ = [
    "SentenceOfUnit", "segment_units", "sentences_of_units", "split_sentences", "split_sentences_at",
]

_SENTENCE_BREAK_RE = re.compile(r"[.?!][\"”’')\]]*\s+[A-Z“\"‘(]")
"""A sentence ending followed by the start of another, inside one line."""
_ABBREVIATION_BEFORE_RE = re.compile(r"(?:^|\W)(?:Mr|Mrs|Ms|Dr|hon|No|St|[A-Z])$|^\s*\d{1,3}$")
"""What before a full stop makes it an abbreviation, an initial or the number a listed
question opens with (``1. What assessment…``), not a sentence end."""
_REFERENCE_AFTER_RE = re.compile(r"[A-Z]{1,5}[\d/ -]*\d\s*$")
"""A question's reference closing its paragraph (``… Holyhead? OQ60112``): part of the
question, not a sentence of its own."""


def _breaks(text: str) -> Iterator[int]:
    """Offsets where a new sentence starts inside ``text``.

    The pattern looks for the punctuation first and the abbreviation check runs only on
    the few characters before each hit: a look-behind at the front of the pattern would
    be tried at every character of the line.
    """
    for match in _SENTENCE_BREAK_RE.finditer(text):
        at = match.start()
        if text[at] == "." and _ABBREVIATION_BEFORE_RE.search(text, max(0, at - 4), at):
            continue
        if _REFERENCE_AFTER_RE.fullmatch(text, match.end() - 1):
            continue
        yield match.end() - 1


def split_sentences_at(text: str) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` starts and ends (offsets; blank stretches left out)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for at in (*_breaks(text), len(text)):
        if text[start:at].strip():
            bounds.append((start, at))
        start = at
    return bounds


def split_sentences(text: str) -> list[str]:
    """``text`` cut into its sentences (stripped; one item when it holds one)."""
    return [text[start:end].strip() for start, end in split_sentences_at(text)]


@frozen
class SentenceOfUnit:
    """One sentence the segmenter reads, and the unit it belongs to."""

    text: str
    unit: int
    starts_unit: bool
    """The sentence opens its unit (a paragraph or caption line's first sentence): the
    only place a turn can start, and a likely one."""


def sentences_of_units(units: Sequence[str]) -> list[SentenceOfUnit]:
    """Every unit's sentences in order."""
    return [
        SentenceOfUnit(text=sentence, unit=index, starts_unit=number == 0)
        for index, unit in enumerate(units)
        for number, sentence in enumerate(split_sentences(unit) or [unit])
    ]


def segment_units(units: Sequence[str], house: House = COMMONS) -> list[Turn]:
    """Turns over ``units`` (their ``start``/``end`` count units): the segmenter reads the
    units' sentences, and a unit opens a turn when any of its sentences does. Where several
    turns open in one unit (the chair's ``Thank you.`` before a question), the one that holds
    most of the unit's sentences gives its kind and cue (the later one on a tie)."""
    sentences = sentences_of_units(units)
    if not sentences:
        return []
    starts: dict[int, tuple[int, Turn]] = {}
    for turn in segment([s.text for s in sentences], house=house):
        unit = sentences[turn.start].unit
        held = sum(1 for s in sentences[turn.start : turn.end] if s.unit == unit)
        if unit not in starts or held >= starts[unit][0]:
            starts[unit] = (held, turn)
    opening = sorted(starts)
    turns: list[Turn] = []
    for unit, end in zip(opening, [*opening[1:], len(units)], strict=True):
        turns.append(evolve(starts[unit][1], start=unit, end=end))
    return turns
