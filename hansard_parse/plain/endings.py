"""How a sentence hands the floor on.

It asks (and not of itself), breaks off at a dash, asks a member to give way or gives way,
closes an answer by offering to meet or write, or commends a motion or a statement to the
House: cues, read at a sentence's end or in a set phrase, that the next sentence is likely to
open a turn.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from hansard_parse.houses import House
from hansard_parse.plain.prefilter import Led, led

__all__ = [
    "CLOSES_WEIGHT",
    "DASHES_AND_QUOTES",
    "INTERRUPTED_END",
    "INVERTED",
    "QUESTION_END",
    "RHETORICAL",
    "Endings",
    "endings",
]

QUESTION_END = re.compile(r"\?[\s”’\"')\]]*$")
# Questions a speaker asks of himself are rhetorical, not questions to the minister.
RHETORICAL = re.compile(
    r"^(?:(?:Am|Do|Did|Have|Was) I|(?:Are|Do|Did|Have|Were|Should) we|(?:Why|How|What|Where|When) (?:do|did|should|would|can|could|have|are|am|were) (?:I|we))\b"
)
# A question the chair cut short keeps its inverted word order (`Will the hon. Gentleman—`).
INVERTED = re.compile(
    r"(?:Will|Would|Does|Do|Can|Could|Is|Has|Have|May|Should|Did|Are|Was|Were|Shall|Might) (?:the|my|he|she|they|you|not|Ministers?|his|her)\b"
)
INTERRUPTED_END = re.compile(r"[—–-]\s*[”’\"]?\s*$")
DASHES_AND_QUOTES = '—–-”’"'
"""What a sentence that `INTERRUPTED_END` matches can end with (besides whitespace)."""
CLOSES_WEIGHT = 1.5
"""Answer-side weight of a closing offer (`Endings.closes`), added in `read_cues`."""


class Endings(NamedTuple):
    """A House's ways of handing the floor on, compiled."""

    give_way: Led
    gives_way: re.Pattern[str]
    closes: Led
    """How a minister closes an answer: an offer to meet or write, a look ahead."""
    closes_keys: frozenset[str]
    """Every match of `closes` holds one of these words."""
    commends: re.Pattern[str]
    commends_statement: Led


@functools.cache
def endings(house: House) -> Endings:
    """Compile a House's give-way, closing and commending phrases once."""
    return Endings(
        led(re.compile(house.plain_give_way)),
        re.compile(house.plain_gives_way),
        led(re.compile(house.closes)),
        house.closes_keys,
        re.compile(house.commends),
        led(re.compile(house.commends_statement)),
    )
