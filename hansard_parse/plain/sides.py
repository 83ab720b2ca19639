"""Which side a sentence leans to, from the body of the sentence.

The asker speaks of `my constituents`, `the Minister` and `his Department`, and names the
places, people and bodies of the constituency; the minister speaks of `we`, `my Department`,
`the hon. Lady` and `the Opposition` and restates his position. Words a member quotes are not
his own, so quotations are cut out before these cues are read.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from hansard_parse.houses import COMMONS, House
from hansard_parse.plain.prefilter import Led, led, lowerable
from hansard_parse.plain.vocabulary import ANSWER, words_of

__all__ = ["NAMES_WEIGHT", "leans", "named_particulars", "unquoted"]

# Body cues: (pattern, weight, side, whole). Every match of a pattern holds one of its key
# words as a whole word (an item of `WORD.findall`), so the pattern runs only on a sentence
# that has one: the keys of all cues are looked up in the sentence's words at once, and only
# the cues of the keys found are read. A cue marked whole is decided on its keys alone
# (`\bwe\b` is exactly "the word we is present") and never runs. The cues are the House's
# (:attr:`~hansard_parse.houses.House.side_cues`).
_Cue = tuple[Led, float, str, bool]


class _SideTable(NamedTuple):
    """A House's body cues, compiled, and the cues each key word leads to."""

    cues: tuple[_Cue, ...]
    keys: frozenset[str]
    """Every cue's keys."""
    by_key: dict[str, frozenset[int]]
    """The cues (by position) each key belongs to."""
    plans: dict[frozenset[str], tuple[_Cue, ...]]
    """The cues to read, in order, for a set of keys found (filled as sets are met; a pure
    function of the House's cues, so it holds across transcripts)."""


_PLANS = 4096
"""Sets of keys whose cues are remembered at most (a sitting meets a few hundred)."""


@functools.cache
def _side_table(house: House) -> _SideTable:
    """Compile a House's body cues once."""
    cues = tuple(
        (led(re.compile(house.expand(cue.pattern))), cue.weight, cue.side, cue.whole)
        for cue in house.side_cues
    )
    by_key: dict[str, set[int]] = {}
    for index, cue in enumerate(house.side_cues):
        for key in cue.keys.split():
            by_key.setdefault(key, set()).add(index)
    return _SideTable(
        cues, frozenset(by_key), {key: frozenset(at) for key, at in by_key.items()}, {}
    )


def _plan(table: _SideTable, found: frozenset[str]) -> tuple[_Cue, ...]:
    """The cues whose keys are among ``found``, in the House's order."""
    plan = table.plans.get(found)
    if plan is None:
        plan = tuple(
            table.cues[index]
            for index in sorted(frozenset().union(*(table.by_key[key] for key in found)))
        )
        if len(table.plans) < _PLANS:
            table.plans[found] = plan
    return plan


_AS_I_SAID = led(
    re.compile(r"\bas I (?:said|have said|mentioned|set out|say)\b", re.IGNORECASE)
)
_AS = frozenset({"as", "As", "aS", "AS"})
_I = frozenset({"I", "i"})
_AS_I_SAID_WEIGHT = 1.5
"""The last body cue (answer side), IGNORECASE. Every match holds the words ``as`` and ``I``
in some case, which the sentence's words are asked for first (unless the sentence holds a
character that matches a letter only under IGNORECASE, see `lowerable`)."""


def leans(
    text: str, words: frozenset[str] | set[str], house: House = COMMONS
) -> tuple[float, float]:
    """Sum the answer-side and question-side body cues of a sentence (``words``: its words)."""
    answer = question = 0.0
    table = _side_table(house)
    found = table.keys.intersection(words)
    if found:
        for pattern, weight, side, whole in _plan(table, found):
            if not whole and not pattern.search(text):
                continue
            if side == ANSWER:
                answer += weight
            else:
                question += weight
    if (
        (not _AS.isdisjoint(words) and not _I.isdisjoint(words)) or not lowerable(text)
    ) and _AS_I_SAID.search(text):
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
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def named_particulars(text: str, words: list[str], house: House = COMMONS) -> int:
    """How many particulars (places, people, bodies) a sentence names after its first word
    (``words``: the sentence's words, in order): capitalised words outside the House's
    vocabulary (:attr:`~hansard_parse.houses.House.house_words`)."""
    house_words = house.house_words
    if "(" in text:
        words = words_of(_MEMBER_REFERENCE.sub(" ", text))
    return len(
        [
            word
            for word in words[1:]
            if word[0] in _CAPITALS and word[1:2].islower() and word not in house_words
        ]
    )


def unquoted(text: str) -> str:
    """The sentence without the words it quotes: a member quoting a minister (`"We will
    continue to protect the green belt."`) does not speak for the Government."""
    if "“" not in text and '"' not in text:
        return text
    return _QUOTED.sub(" ", text)
