"""How strongly a sentence opens a turn, and for which side.

A turn announces itself in its first words: `On a point of order`, `It is a pleasure to
follow…`, `My hon. Friend is right…`, `I thank the Minister…`. Thanks are told apart by
their object (`…for his question` is the minister's, `…for her answer` the asker's). The
phrases are the House's (:attr:`~hansard_parse.houses.House.openers`); this module reads them.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from hansard_parse.houses import COMMONS, House
from hansard_parse.plain.prefilter import by_start, contains_any
from hansard_parse.plain.vocabulary import ANSWER, QUESTION

__all__ = ["opener"]

# (pattern, strength, side or "", cue, start characters, literals)
_Opener = tuple[re.Pattern[str], float, str, str, str, tuple[str, ...]]


class _Tables(NamedTuple):
    """A House's opener cues, compiled and indexed by first character."""

    by_start: dict[str, tuple[_Opener, ...]]
    anywhere: tuple[_Opener, ...]
    minister: re.Pattern[str]
    address_anywhere: re.Pattern[str]
    asker_thanks: re.Pattern[str]
    minister_thanks: re.Pattern[str]


@functools.cache
def _tables(house: House) -> _Tables:
    """Compile a House's opener cues once (see :attr:`House.openers`)."""
    entries = tuple(
        (
            re.compile(house.expand(cue.pattern)),
            cue.strength,
            cue.side,
            cue.cue,
            house.expand(cue.starts),
            cue.literals,
        )
        for cue in house.openers
    )
    by_start_table, anywhere = by_start(entries, [entry[4] for entry in entries])
    return _Tables(
        by_start_table,
        anywhere,
        re.compile(house.minister),
        re.compile(house.expand(house.address_anywhere)),
        re.compile(house.asker_thanks),
        re.compile(house.minister_thanks),
    )


def _asker_thanks(text: str, house: House, tables: _Tables) -> bool:
    return contains_any(text, house.asker_thanks_literals) and bool(tables.asker_thanks.search(text))


def _address_anywhere(text: str, house: House, tables: _Tables) -> bool:
    return house.address_literal in text and bool(tables.address_anywhere.search(text))


_THANKS_WITH_SIDE = 3.5
"""Thanks whose object says who speaks (`…for his question`, `…for that answer`) open a turn
almost surely: stronger than thanks that could come from either side."""


def opener(text: str, asks: bool, house: House = COMMONS) -> tuple[float, str, str]:
    """Strongest turn-opening cue of a sentence: (strength, side, cue).

    A sentence that names `the hon. Member` anywhere answers him, unless it asks: then the
    member named is the one asked (`…, so will my right hon. Friend …?`).
    """
    tables = _tables(house)
    best: tuple[float, str, str] = (0.0, "", "")
    for pattern, strength, side, cue, _start, literals in tables.by_start.get(
        text[:1], tables.anywhere
    ):
        if strength > best[0] and contains_any(text, literals) and pattern.search(text):
            best = (strength, side, cue)
    if best[2].startswith('opens with "I thank'):
        if (
            contains_any(text, house.minister_thanks_literals)
            and tables.minister_thanks.search(text)
        ) or (_address_anywhere(text, house, tables) and not _asker_thanks(text, house, tables)):
            best = (_THANKS_WITH_SIDE, ANSWER, best[2])
        elif _asker_thanks(text, house, tables) or (
            contains_any(text, house.minister_literals) and tables.minister.search(text)
        ):
            best = (_THANKS_WITH_SIDE, QUESTION, best[2])
    if best[0] == 0.0 and not asks and _address_anywhere(text, house, tables):
        best = (1.0, ANSWER, 'addresses "the hon. Member"')
    return best
