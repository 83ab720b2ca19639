"""The text a House is detected from, read once for every House.

Each House counts its evidence phrases in the same sample (see
:meth:`~hansard_parse.houses.base.House.votes`): a dozen Houses name about a hundred
phrases, several of them in more than one House. Each phrase is counted once, and phrases
that start with the same character are counted together in one scan of the text (see
:func:`counting_plan`), where a scan per phrase would read the sample a hundred times.
"""

from __future__ import annotations

import functools
import re
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

    __slots__ = ("_counts", "lines", "text")

    def __init__(self, lines: Sequence[str], phrases: Iterable[str] = ()) -> None:
        """``phrases`` are those that will be asked for, counted now as :func:`counting_plan`
        says; any other is counted when asked for."""
        self.lines = lines
        self.text = "\n".join(lines)
        self._counts: dict[str, int] = {}
        plan = counting_plan(tuple(sorted(set(phrases))))
        for pattern, grouped in plan.together:
            for phrase in grouped:
                self._counts[phrase] = 0
            for found in pattern.findall(self.text):
                self._counts[found] += 1
        for phrase in plan.alone:
            self._counts[phrase] = self.text.count(phrase)

    def count(self, phrase: str) -> int:
        """How many times ``phrase`` occurs in the sample, without overlaps (``str.count``)."""
        found = self._counts.get(phrase)
        if found is None:
            found = self._counts[phrase] = self.text.count(phrase)
        return found


__all__ = ["CountingPlan", "Evidence", "counting_plan"]
