"""Which side a sentence leans to, from the body of the sentence.

The asker speaks of `my constituents`, `the Minister` and `his Department`, and names the
places, people and bodies of the constituency; the minister speaks of `we`, `my Department`,
`the hon. Lady` and `the Opposition` and restates his position. Words a member quotes are not
his own, so quotations are cut out before these cues are read.
"""

from __future__ import annotations

import functools
import re

from hansard_parse.houses import COMMONS, House
from hansard_parse.plain.prefilter import lowerable
from hansard_parse.plain.vocabulary import ANSWER, WORD

__all__ = ["NAMES_WEIGHT", "leans", "named_particulars", "unquoted"]

# Body cues: (pattern, weight, side, keys, whole). Every match of a pattern holds one of its
# key words as a whole word (an item of `WORD.findall`), so the pattern runs only on a
# sentence that has one: a set test on the words read once costs far less than scanning the
# text for literals. A cue marked whole is decided on its keys alone (`\bwe\b` is exactly
# "the word we is present") and never runs. The cues are the House's
# (:attr:`~hansard_parse.houses.House.side_cues`).
_Cue = tuple[re.Pattern[str], float, str, frozenset[str], bool]


@functools.cache
def _side_cues(house: House) -> tuple[_Cue, ...]:
    """Compile a House's body cues once."""
    return tuple(
        (
            re.compile(house.expand(cue.pattern)),
            cue.weight,
            cue.side,
            frozenset(cue.keys.split()),
            cue.whole,
        )
        for cue in house.side_cues
    )


_AS_I_SAID = re.compile(r"\bas I (?:said|have said|mentioned|set out|say)\b", re.IGNORECASE)
_AS_I_SAID_LOWER = "as i "
_AS_I_SAID_WEIGHT = 1.5
"""The last body cue (answer side), IGNORECASE; prefiltered on the lowered text."""


def leans(
    text: str, words: frozenset[str] | set[str], house: House = COMMONS
) -> tuple[float, float]:
    """Sum the answer-side and question-side body cues of a sentence (``words``: its words)."""
    answer = question = 0.0
    for pattern, weight, side, keys, whole in _side_cues(house):
        if keys.isdisjoint(words) or (not whole and not pattern.search(text)):
            continue
        if side == ANSWER:
            answer += weight
        else:
            question += weight
    if (_AS_I_SAID_LOWER in text.lower() or not lowerable(text)) and _AS_I_SAID.search(text):
        answer += _AS_I_SAID_WEIGHT
    return answer, question


_QUOTED = re.compile(r"“[^“”]*(?:”|$)|\"[^\"]*(?:\"|$)")


# Capitalised words inside a sentence that are not the vocabulary of the House: the places,
# people and bodies a member brings from the constituency (`Warwick district council`,
# `HMP Wormwood Scrubs`). Members name particulars; ministers answer in general terms.
# A member referred to by seat (`the hon. Member for Meriden (Mrs Spelman)`) is named by either
# side: the reference is dropped before counting.
_MEMBER_REFERENCE = re.compile(r"Members? for [^()]{1,80}\([^()]{1,80}\)|\([^()]{1,80}\)")
NAMES_WEIGHT = 0.25
def named_particulars(text: str, words: list[str], house: House = COMMONS) -> int:
    """How many particulars (places, people, bodies) a sentence names after its first word
    (``words``: the sentence's words, in order): capitalised words outside the House's
    vocabulary (:attr:`~hansard_parse.houses.House.house_words`)."""
    house_words = house.house_words
    if "(" in text:
        words = WORD.findall(_MEMBER_REFERENCE.sub(" ", text))
    return sum(
        1
        for word in words[1:]
        if "A" <= word[0] <= "Z" and word[1:2].islower() and word not in house_words
    )


def unquoted(text: str) -> str:
    """The sentence without the words it quotes: a member quoting a minister (`"We will
    continue to protect the green belt."`) does not speak for the Government."""
    if "“" not in text and '"' not in text:
        return text
    return _QUOTED.sub(" ", text)
