"""Cheap tests that decide whether a cue pattern needs to run at all.

A sentence matches few of the many cue patterns, and a substring test or a look-up by first
character rules most of them out for a fraction of the cost of a regex search: this is what
keeps reading the cues of a long transcript fast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple, TypeVar

__all__ = ["ANY", "Choice", "Led", "by_start", "choice", "contains_any", "led", "lowerable"]

# Prefilters. A pattern listed with literals can only match a text that contains at least one
# of them (each literal is implied by every match of its pattern), so the pattern is run only
# when one is present: a substring test costs a fraction of an unanchored regex search.
# Anchored patterns are listed with the characters their match can start with.
ANY = ""
"""Start characters of a pattern that may match anywhere (or at any start character)."""

# Characters that match an ASCII letter only under IGNORECASE (İ, ı, ſ, the Kelvin sign):
# a text holding one cannot be prefiltered by lowering it.
_CASE_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")


def contains_any(text: str, literals: tuple[str, ...]) -> bool:
    """Whether ``text`` contains one of ``literals`` (always, for an empty tuple)."""
    if not literals:
        return True
    for literal in literals:  # noqa: SIM110 - a plain loop is faster than any() here
        if literal in text:
            return True
    return False


def lowerable(text: str) -> bool:
    """Whether lowering ``text`` keeps every IGNORECASE match of an ASCII literal findable."""
    if text.isascii():
        return True
    for odd in _CASE_ODD:  # noqa: SIM110 - a plain loop is faster than all() here
        if odd in text:
            return False
    return True


_T = TypeVar("_T")


def by_start(
    entries: Sequence[_T], starts: Sequence[str]
) -> tuple[dict[str, tuple[_T, ...]], tuple[_T, ...]]:
    """Index ``entries`` (in their order) by the first character of the text they may match.

    Returns the table and the entries for a character not in it (those that match anywhere).
    """
    anywhere = tuple(entry for entry, start in zip(entries, starts, strict=True) if start == ANY)
    chars = sorted({ch for start in starts for ch in start})
    table = {
        ch: tuple(
            entry
            for entry, start in zip(entries, starts, strict=True)
            if start == ANY or ch in start
        )
        for ch in chars
    }
    return table, anywhere


_GLOBAL_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")


def _scoped(pattern: str) -> str:
    """``pattern`` with its leading global flags (``(?i)…``) made scoped (``(?i:…)``), so it
    can stand as one branch of a larger pattern."""
    flags = _GLOBAL_FLAGS.match(pattern)
    if flags is None:
        return pattern
    return f"(?{flags.group(1)}:{pattern[flags.end() :]})"


class Choice(NamedTuple):
    """Patterns tried for the first, in a ranking, that matches a text, in as few calls as
    possible.

    A sentence is tried against a dozen cue patterns that share its first character, and one
    ``re`` call costs more than the matching: the anchored ones (they match at the start of
    the text or not at all) are joined into one alternation in rank order, whose first branch
    that matches is the best of them; the unanchored ones are tried one by one after it, as
    long as one could outrank it.
    """

    anchored: re.Pattern[str] | None
    """The anchored patterns as one alternation, a group per branch, best first (``None``
    when there are none)."""
    anchored_ranks: tuple[int, ...]
    """The rank of each branch of :attr:`anchored`."""
    singles: tuple[tuple[int, re.Pattern[str]], ...]
    """The anchored patterns one by one, best first, where they cannot be joined (one holds
    groups of its own); then :attr:`anchored` is ``None``."""
    loose: tuple[tuple[int, Led, tuple[str, ...]], ...]
    """The unanchored patterns with their rank and literals (see :func:`contains_any`), best
    first."""

    def first(self, text: str) -> int:
        """The best rank among the patterns that match ``text`` (``search``), or -1."""
        best = -1
        if self.anchored is not None:
            found = self.anchored.match(text)
            if found is not None:
                best = self.anchored_ranks[(found.lastindex or 1) - 1]
        else:
            for rank, pattern in self.singles:
                if pattern.match(text):
                    best = rank
                    break
        for rank, loose, literals in self.loose:
            if best != -1 and rank > best:
                break
            if contains_any(text, literals) and loose.search(text):
                return rank
        return best


def choice(entries: Sequence[tuple[str, bool, tuple[str, ...]]]) -> Choice:
    """A :class:`Choice` of ``entries`` (pattern, anchored, literals), best first: an entry's
    rank is its position. An anchored pattern matches only at the start of a text (a cue
    with start characters, never ``ANY``)."""
    anchored = [(rank, p) for rank, (p, at_start, _) in enumerate(entries) if at_start]
    compiled = tuple((rank, re.compile(p)) for rank, p in anchored)
    joined = None
    if compiled and all(pattern.groups == 0 for _, pattern in compiled):
        joined = re.compile("|".join(f"({_scoped(p)})" for _, p in anchored))
    loose = tuple(
        (rank, led(re.compile(p)), literals)
        for rank, (p, at_start, literals) in enumerate(entries)
        if not at_start
    )
    return Choice(
        joined,
        tuple(rank for rank, _ in anchored),
        () if joined is not None else compiled,
        loose,
    )


class Led(NamedTuple):
    """A pattern that opens with zero-width assertions (``\\b``, a lookbehind), searched by
    the rest of it.

    ``re`` skips ahead to where a match can start only when a pattern opens with a literal
    or a set of characters; an assertion in front hides them, and the search then tries the
    whole pattern at every position of the text (`\\bwe are` costs three times `we are`).
    The search runs the rest of the pattern, which skips ahead, and tries the whole pattern
    at each place the rest matches, in order: the first place the whole matches is where
    ``whole.search`` finds its match, and the match is the same.
    """

    whole: re.Pattern[str]
    body: re.Pattern[str] | None
    """The pattern without its opening assertions (``None``: searched as it is)."""

    def search(self, text: str) -> re.Match[str] | None:
        """``whole.search(text)``."""
        body = self.body
        if body is None:
            return self.whole.search(text)
        whole = self.whole
        found = body.search(text)
        while found is not None:
            start = found.start()
            matched = whole.match(text, start)
            if matched is not None:
                return matched
            found = body.search(text, start + 1)
        return None


def led(pattern: re.Pattern[str]) -> Led:
    """``pattern`` to be searched by what follows its opening assertions (see `Led`)."""
    source = pattern.pattern
    split = _opening_assertions(source)
    if not split:
        return Led(pattern, None)
    try:
        body = re.compile(source[split:], pattern.flags)
    except re.error:
        return Led(pattern, None)
    return Led(pattern, body)


def _opening_assertions(source: str) -> int:
    """Where the run of ``\\b`` and lookbehinds that ``source`` opens with ends (0: none, or
    the pattern is an alternation at its top level, where they would not apply to all of it)."""
    at = 0
    while True:
        if source.startswith("\\b", at):
            at += 2
        elif source.startswith(("(?<!", "(?<="), at):
            end = _group_end(source, at)
            if end < 0:
                return 0
            at = end
        else:
            break
    if at == 0 or at == len(source) or _group_end(source, at, top=True) != len(source):
        return 0
    return at


def _group_end(source: str, at: int, *, top: bool = False) -> int:
    """The end of the group that opens at ``at`` (or, with ``top``, of the top level from
    ``at``: the length of ``source`` unless a ``|`` or an unmatched ``)`` cuts it); -1 when
    the group never closes."""
    depth = 0
    i = at
    in_class = False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            if source.startswith("]", i + 1):
                i += 1
            elif source.startswith("^]", i + 1):
                i += 2
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return i if top else -1
            if depth == 0 and not top:
                return i + 1
        elif char == "|" and depth == 0 and top:
            return i
        i += 1
    return i if top else -1
