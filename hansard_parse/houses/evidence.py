"""The text a House is detected from, read once for every House.

Each House counts its evidence phrases in the same sample (see
:meth:`~hansard_parse.houses.base.House.votes`): a dozen Houses name about a hundred
phrases, several of them in more than one House. Each phrase is counted once, and phrases
that start with the same character are counted together in one scan of the text (see
:func:`counting_plan`), where a scan per phrase would read the sample a hundred times.

The variants' patterns are given as branches that each open with a literal, because ``re``
skips to a literal fast and to any of several characters slowly: the branches of a pattern
whose matches cannot overlap are counted apart (:meth:`Evidence.marks`, once for every
House that shares one), and a pattern counted only up to a bound is scanned branch by
branch for where its next match starts (:func:`count_matches`).
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable, Sequence
from typing import NamedTuple


class CountingPlan(NamedTuple):
    """How to count a set of phrases: some together, one pattern per shared first
    character (with the phrases it stands for), the rest one by one."""

    together: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    alone: tuple[str, ...]


def _may_overlap(first: str, second: str) -> bool:
    """Whether an occurrence of ``second`` can start inside one of ``first`` (past its
    first character), so that the two could overlap in some text."""
    return any(
        first.startswith(second, offset) or second.startswith(first[offset:])
        for offset in range(1, len(first))
    )


def _countable_together(phrases: Sequence[str]) -> bool:
    """Whether one scan for any of ``phrases`` finds each occurrence of each: no phrase
    starts another (two could then match at one place) and no two can overlap (a match
    would then hide the other's start). Then the scan's matches, phrase by phrase, are what
    ``str.count`` gives for each."""
    return not any(
        (first != second and first.startswith(second)) or _may_overlap(first, second)
        for first in phrases
        for second in phrases
    )


@functools.lru_cache(maxsize=16)
def counting_plan(phrases: tuple[str, ...]) -> CountingPlan:
    """Group ``phrases`` by their first character into patterns scanned once each.

    A scan stops at every occurrence of its group's first character, so groups are made
    only where that character is not a space, and, for a lower-case letter (as frequent as
    characters come in English), only of three phrases or more; a phrase that could
    overlap another of its group is counted alone. The counts are exact either way: the
    grouping decides only how fast they come.
    """
    by_first: dict[str, list[str]] = {}
    for phrase in phrases:
        if phrase:
            by_first.setdefault(phrase[0], []).append(phrase)
    together: list[tuple[re.Pattern[str], tuple[str, ...]]] = []
    alone: list[str] = []
    for first, group in by_first.items():
        kept: list[str] = []
        if not first.isspace():
            for phrase in group:
                if _countable_together([*kept, phrase]):
                    kept.append(phrase)
        if len(kept) >= (3 if first.islower() else 2):
            pattern = re.compile("|".join(re.escape(phrase) for phrase in kept))
            together.append((pattern, tuple(kept)))
        else:
            kept = []
        alone.extend(phrase for phrase in group if phrase not in kept)
    return CountingPlan(tuple(together), tuple(alone))


class Evidence:
    """The lines of a sample, with the phrases counted in it."""

    __slots__ = ("_counts", "_lined", "_marks", "lines", "text")

    def __init__(self, lines: Sequence[str], phrases: Iterable[str] = ()) -> None:
        """``phrases`` are those that will be asked for, counted now as :func:`counting_plan`
        says; any other is counted when asked for."""
        self.lines = lines
        self.text = "\n".join(lines)
        self._lined: str | None = None
        self._counts: dict[str, int] = {}
        self._marks: dict[str, int] = {}
        plan = counting_plan(tuple(sorted(set(phrases))))
        for pattern, grouped in plan.together:
            for phrase in grouped:
                self._counts[phrase] = 0
            for found in pattern.findall(self.text):
                self._counts[found] += 1
        for phrase in plan.alone:
            self._counts[phrase] = self.text.count(phrase)

    @property
    def lined(self) -> str:
        """The sample with a newline in front: every line then follows a ``\\n``, which a
        line pattern can open with, so that ``re`` skips to line starts as fast as it finds
        a character (see :attr:`~hansard_parse.houses.base.House.evidence_line_led_re`)."""
        if self._lined is None:
            self._lined = "\n" + self.text
        return self._lined

    def count(self, phrase: str) -> int:
        """How many times ``phrase`` occurs in the sample, without overlaps (``str.count``)."""
        found = self._counts.get(phrase)
        if found is None:
            found = self._counts[phrase] = self.text.count(phrase)
        return found

    def marks(self, pattern: str) -> int:
        """How many times ``pattern`` (a regular expression, multi-line) matches in the
        sample, as ``findall`` counts: scanned once, however many Houses ask."""
        found = self._marks.get(pattern)
        if found is None:
            found = self._marks[pattern] = len(compiled(pattern).findall(self.text))
        return found


@functools.lru_cache(maxsize=256)
def compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled as the Houses' detection patterns are (multi-line), once."""
    return re.compile(pattern, re.MULTILINE)


def count_matches(branches: Sequence[str], text: str, limit: int = sys.maxsize) -> int:
    """How many matches ``"|".join(branches)`` finds in ``text`` (``finditer``), counting
    no further than ``limit``; no branch may match empty text.

    The joined pattern's next match starts where the first of its branches' next matches
    does (each found by a scan led by its own literal); it is then read there by the joined
    pattern itself, so a branch listed first wins and overlapping branches count as one
    match, as in one scan of the joined pattern, which would stop at every character that
    can open any branch.
    """
    whole = compiled("|".join(branches))
    parts = [compiled(branch) for branch in branches]
    nowhere = len(text) + 1
    starts = [_next_start(part, text, 0, nowhere) for part in parts]
    found = 0
    while found < limit:
        at = min(starts, default=nowhere)
        match = whole.match(text, at) if at < nowhere else None
        if match is None:
            break
        found += 1
        cursor = match.end()
        starts = [
            start if start >= cursor else _next_start(part, text, cursor, nowhere)
            for part, start in zip(parts, starts, strict=True)
        ]
    return found


def _next_start(pattern: re.Pattern[str], text: str, cursor: int, nowhere: int) -> int:
    """Where ``pattern``'s first match at or after ``cursor`` starts (``nowhere`` if none)."""
    match = pattern.search(text, cursor)
    return match.start() if match is not None else nowhere


__all__ = ["CountingPlan", "Evidence", "compiled", "count_matches", "counting_plan"]
