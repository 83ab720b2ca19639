"""How strongly a sentence opens a turn, and for which side.

A turn announces itself in its first words: `On a point of order`, `It is a pleasure to
follow…`, `My hon. Friend is right…`, `I thank the Minister…`. Thanks are told apart by
their object (`…for his question` is the minister's, `…for her answer` the asker's). The
phrases are the House's (:attr:`~hansard_parse.houses.House.openers`); this module reads them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from hansard_parse.houses import COMMONS, House, OpenerCue
from hansard_parse.plain.prefilter import ANY, Choice, Led, by_start, choice, contains_any, led
from hansard_parse.plain.vocabulary import ANSWER, QUESTION

__all__ = ["opener"]


class _Bucket(NamedTuple):
    """The opener cues a sentence with one first character may match, strongest first."""

    choice: Choice
    found: tuple[tuple[float, str, str], ...]
    """(strength, side, cue) of each, by rank."""


class _Tables(NamedTuple):
    """A House's opener cues, compiled and indexed by first character."""

    by_start: dict[str, _Bucket]
    anywhere: _Bucket
    minister: re.Pattern[str]
    address_anywhere: Led
    asker_thanks: Led
    minister_thanks: Led


def _bucket(cues: Sequence[OpenerCue], house: House) -> _Bucket:
    """The cues ranked as :func:`opener` weighs them: the strongest first and, among equals,
    the first listed. A cue of no strength never opens a turn and is left out."""
    ranked = sorted((cue for cue in cues if cue.strength > 0), key=lambda cue: -cue.strength)
    return _Bucket(
        choice(
            [
                (house.expand(cue.pattern), house.expand(cue.starts) != ANY, cue.literals)
                for cue in ranked
            ]
        ),
        tuple((cue.strength, cue.side, cue.cue) for cue in ranked),
    )


@functools.cache
def _tables(house: House) -> _Tables:
    """Compile a House's opener cues once (see :attr:`House.openers`)."""
    cues = house.openers
    table, anywhere = by_start(cues, [house.expand(cue.starts) for cue in cues])
    return _Tables(
        {start: _bucket(bucket, house) for start, bucket in table.items()},
        _bucket(anywhere, house),
        re.compile(house.minister),
        led(re.compile(house.expand(house.address_anywhere))),
        led(re.compile(house.asker_thanks)),
        led(re.compile(house.minister_thanks)),
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
    bucket = tables.by_start.get(text[:1], tables.anywhere)
    rank = bucket.choice.first(text)
    best = bucket.found[rank] if rank >= 0 else (0.0, "", "")
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
