"""The text a House is detected from, read once for every House.

Each House counts its evidence phrases in the same sample (see
:meth:`~hansard_parse.houses.base.House.votes`): a dozen Houses name about a hundred
phrases, several of them in more than one House. Each phrase is counted once: most of them
together in one scan that stops only at characters rare in running text (see
:func:`anchored_scan`), the rest by their first character (see :func:`counting_plan`),
where a scan per phrase would read the sample a hundred times.

The variants' patterns are given as branches that each open with a literal, because ``re``
skips to a literal fast and to any of several characters slowly: the branches of a pattern
whose matches cannot overlap are counted apart (:meth:`Evidence.marks`, once for every
House that shares one), and a pattern counted only up to a bound is scanned branch by
branch for where its next match starts (:func:`count_matches`).
"""

from __future__ import annotations

import functools
import operator
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple


class AnchoredScan(NamedTuple):
    """One scan that counts many phrases: a match of ``pattern`` is one occurrence of the
    phrase whose group it sets (group ``i + 1`` for ``phrases[i]``, read as ``lastindex``)."""

    pattern: re.Pattern[str]
    phrases: tuple[str, ...]


class CountingPlan(NamedTuple):
    """How to count a set of phrases: most in one scan led by their rare characters, some
    together, one pattern per shared first character (with the phrases it stands for),
    the rest one by one."""

    anchored: AnchoredScan | None
    together: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    alone: tuple[str, ...]


_ANCHORED_AT_LEAST = 12
"""The fewest phrases for which one scan led by several characters pays: ``re`` skips to
one literal character fast and to any of several about ten times slower."""


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


_FREQUENT = frozenset(",.")
"""Punctuation as frequent in speech as capitals together: no anchor."""


def _anchors(phrase: str) -> list[int]:
    """Where a scan may stop for ``phrase``: at each character of it that is rare in
    running text (neither a lower-case letter, nor a space, nor a comma or a full stop),
    first to last."""
    return [
        at for at, char in enumerate(phrase)
        if not (char.islower() or char.isspace() or char in _FREQUENT)
    ]


def _may_meet(first: str, first_at: int, second: str, second_at: int) -> bool:
    """Whether ``first`` and ``second`` can occur with the character at ``first_at`` of one
    and ``second_at`` of the other at the same place: where they lie over each other so,
    they agree."""
    shift = first_at - second_at  # where ``second`` starts, counted from the start of ``first``
    low, high = max(0, shift), min(len(first), shift + len(second))
    return first[low:high] == second[low - shift : high - shift]


def anchored_scan(phrases: Sequence[str]) -> tuple[AnchoredScan, list[str]]:
    """One pattern that counts as many of ``phrases`` as it can in one scan, and the
    phrases it leaves out.

    Each phrase is matched at one of its anchors (:func:`_anchors`): the pattern consumes
    that one character and looks ahead for the rest of the phrase, then behind for the
    whole of it, so ``the Committee`` is found at its ``C`` and the scan never stops at
    ``t``. As each match consumes one character, one phrase's match can hide another's only where
    both are anchored at the same place; a phrase takes the first of its anchors at which
    no phrase kept can meet it (:func:`_may_meet`), else it is left out, as are a phrase
    with no anchor and one that can overlap itself (``str.count`` counts such a phrase's
    occurrences without overlaps, the scan would count each). The alternatives anchored at
    one character are written after it once (``C(?=ommittee…|ounsel…)``), so a stop tries
    only those, each opening with a literal that ``re`` compares before trying the rest.
    """
    kept: list[tuple[str, int]] = []
    left: list[str] = []
    for phrase in phrases:
        anchors = [] if _may_overlap(phrase, phrase) else _anchors(phrase)
        at = next(
            (at for at in anchors if not any(_may_meet(phrase, at, old, old_at) for old, old_at in kept)),
            None,
        )
        if at is None:
            left.append(phrase)
        else:
            kept.append((phrase, at))
    by_anchor: dict[str, list[tuple[str, int]]] = {}
    for phrase, at in kept:
        by_anchor.setdefault(phrase[at], []).append((phrase, at))
    branches: list[str] = []
    order: list[str] = []
    for char, group in by_anchor.items():
        alternatives: list[str] = []
        for phrase, at in group:
            behind = f"(?<={re.escape(phrase)})" if at else ""
            alternatives.append(re.escape(phrase[at + 1 :]) + behind + "()")
            order.append(phrase)
        branches.append(re.escape(char) + "(?=" + "|".join(alternatives) + ")")
    return AnchoredScan(re.compile("|".join(branches)), tuple(order)), left


@functools.lru_cache(maxsize=16)
def counting_plan(phrases: tuple[str, ...]) -> CountingPlan:
    """Count most of ``phrases`` in one scan led by their rare characters
    (:func:`anchored_scan`, where it takes enough of them to pay), and group the rest by
    their first character into patterns scanned once each.

    A scan stops at every occurrence of its group's first character, so groups are made
    only where that character is not a space, and, for a lower-case letter (as frequent as
    characters come in English), only of three phrases or more; a phrase that could
    overlap another of its group is counted alone. The counts are exact either way: the
    plan decides only how fast they come.
    """
    anchored: AnchoredScan | None
    anchored, rest = anchored_scan([phrase for phrase in phrases if phrase])
    if len(anchored.phrases) < _ANCHORED_AT_LEAST:
        anchored, rest = None, list(phrases)
    by_first: dict[str, list[str]] = {}
    for phrase in rest:
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
    return CountingPlan(anchored, tuple(together), tuple(alone))


_LAST_GROUP = operator.attrgetter("lastindex")


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
        if plan.anchored is not None:
            found = Counter(map(_LAST_GROUP, plan.anchored.pattern.finditer(self.text)))
            for group, phrase in enumerate(plan.anchored.phrases, start=1):
                self._counts[phrase] = found[group]
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


__all__ = ["AnchoredScan", "CountingPlan", "Evidence", "anchored_scan", "compiled", "count_matches", "counting_plan"]
