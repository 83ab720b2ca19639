"""Rejoin sentences that a naive splitter broke after an abbreviation.

The corpus tools split after every ``. `` followed by a capital (or digit), so `My hon.` /
`Friend is right…`, `Mr.` / `Speaker.` and `the No.` / `1 issue.` arrive on separate
lines. Whether to rejoin is decided by the abbreviation that ends a line *and* by what
opens the next one: a sentence that really ends in `hon.` is rare, but one that ends in
`No.` (the answer "No.") is not, so each abbreviation says what may follow it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from attrs import frozen

from hansard_parse.houses import COMMONS, House
from hansard_parse.plain.cues import is_note

__all__ = ["SentenceGroup", "repair_sentences", "should_join"]


@frozen
class SentenceGroup:
    """One repaired sentence: lines ``first``..``last`` (0-based, inclusive) of the input."""

    first: int
    last: int
    repaired: bool
    text: str


# Titles before a name: a capitalised word must follow (`Mr.` / `Speaker.`, `Dr.` / `Turner)`).
_TITLE = re.compile(
    r"(?:^|[\s(\[“\"—-])(?:Mr|Mrs|Ms|Dr|St|Sir|Prof|Rev|Revd|Lt|Col|Gen|Capt|Sgt|Cllr)\.$"
)
# Abbreviations that are always followed by more of the same sentence.
_ALWAYS = re.compile(r"(?:^|[\s(\[“\"—-])(?:e\.g|i\.e|cf|viz|approx|incl|vs|v)\.$", re.IGNORECASE)
# Abbreviations followed by a number (`No.` / `1 issue`, `Vol.` / `499, c.` / `5MC.]`).
_NUMBERED = re.compile(r"(?:^|[\s(\[“\"—-])(?:No|Nos|Vol|vol|c|cc|col|cols|Col|Cols|p|pp|para)\.$")
_HON_END = re.compile(r"(?:^|[\s(\[“\"—-])[Hh]on\.$")
_ETC_END = re.compile(r"(?:^|[\s(\[“\"—-])(?:etc|al|Co|Ltd|Inc|Bros|cent)\.$")
_STARTS_LOWER = re.compile(r"[a-z]")
_STARTS_UPPER_WORD = re.compile(r"[A-Z(‘'“\"]")
_STARTS_DIGIT = re.compile(r"\d")
_ROSE = re.compile(r"rose\s*[—-]*\s*$")

# Every abbreviation the five end patterns above can match (lower-cased, with its full stop):
# a line whose (ASCII) tail ends in none of them can match none of the patterns, so the
# patterns only run on the few lines that end in an abbreviation. Keep beside the patterns.
# fmt: off
_ABBREV_ENDS = tuple(
    abbrev.lower() + "."
    for abbrev in (
        "hon", "Hon",
        "Mr", "Mrs", "Ms", "Dr", "St", "Sir", "Prof", "Rev", "Revd", "Lt", "Col", "Gen",
        "Capt", "Sgt", "Cllr",
        "e.g", "i.e", "cf", "viz", "approx", "incl", "vs", "v",
        "No", "Nos", "Vol", "vol", "c", "cc", "col", "cols", "Col", "Cols", "p", "pp", "para",
        "etc", "al", "Co", "Ltd", "Inc", "Bros", "cent",
    )
)
# fmt: on
_TAIL = max(len(end) for end in _ABBREV_ENDS)
_WINDOW = _TAIL + 1
"""Characters at a line's end that hold any match of the five end patterns: the
abbreviation, its full stop and the character before it. (Within them ``^`` can match
only where the line starts: no match is as long as the window.)"""


def _may_end_in_abbreviation(left: str) -> bool:
    """Cheap necessary condition for any of the end patterns to match ``left``.

    All of them end in a full stop; a tail that is ASCII is lowered and tested against every
    abbreviation (a non-ASCII tail may hold a character that matches a letter only under
    IGNORECASE, so it always goes on to the patterns).
    """
    if not left.endswith("."):
        return False
    tail = left[-_TAIL:]
    return not tail.isascii() or tail.lower().endswith(_ABBREV_ENDS)


@functools.cache
def _after_hon(house: House) -> re.Pattern[str]:
    """The words that continue ``hon.`` in a House's forms of address (see
    :attr:`~hansard_parse.houses.House.after_hon`)."""
    return re.compile(house.after_hon)


def should_join(line: str, following: str, house: House = COMMONS) -> bool:
    """Say whether ``following`` continues the sentence that ``line`` broke off.

    Decided by the abbreviation ending ``line`` and the first word of ``following``;
    blank lines, bracketed notes and the stage direction ``rose—`` are never joined.
    """
    left = line.rstrip()
    if not _may_end_in_abbreviation(left):
        return False
    right = following.lstrip()
    if not left or not right or is_note(left) or is_note(right) or _ROSE.match(right):
        return False
    # Many lines end in what might be an abbreviation (`result.`, `most.`, `public.`): the
    # end patterns read only the window at the end, not the whole sentence.
    end = left[-_WINDOW:]
    if _HON_END.search(end):
        return bool(_after_hon(house).match(right) or _STARTS_LOWER.match(right))
    if _TITLE.search(end):
        return bool(_STARTS_UPPER_WORD.match(right))
    if _ALWAYS.search(end):
        return True
    if _NUMBERED.search(end):
        return bool(_STARTS_DIGIT.match(right))
    if _ETC_END.search(end):
        return bool(_STARTS_LOWER.match(right))
    return False


def repair_sentences(lines: Sequence[str], house: House = COMMONS) -> list[SentenceGroup]:
    """Group the file's lines (no terminators) into repaired sentences, in order.

    Every line belongs to exactly one group; groups tile the input, so line numbers
    can always be recovered from a sentence index.
    """
    groups: list[SentenceGroup] = []
    i, n = 0, len(lines)
    while i < n:
        first = i
        while i + 1 < n and should_join(lines[i], lines[i + 1], house):
            i += 1
        text = (
            " ".join(line.strip() for line in lines[first : i + 1]) if i > first else lines[first]
        )
        groups.append(SentenceGroup(first=first, last=i, repaired=i > first, text=text))
        i += 1
    return groups
