"""Cheap tests that decide whether a cue pattern needs to run at all.

A sentence matches few of the many cue patterns, and a substring test or a look-up by first
character rules most of them out for a fraction of the cost of a regex search: this is what
keeps reading the cues of a long transcript fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

__all__ = ["ANY", "by_start", "contains_any", "lowerable"]

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
