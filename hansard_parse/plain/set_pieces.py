"""Set pieces: sentences whose form alone says what they are.

Bracketed notes (`[Interruption.]`), order-paper formulas (`What steps his Department is
taking…`), the topical-questions formula, chair lines (`Order.`, `I call …`), the stage
direction `rose—` and cries from the benches. The segmenter takes them as fixed points or as
turns of their own, whatever the cues around them say.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from hansard_parse.houses import COMMONS, ChairCue, House
from hansard_parse.plain.prefilter import ANY, Choice, Led, by_start, choice, led

__all__ = ["SetPieces", "chair_cue", "is_formula", "is_note", "set_pieces"]

_NOTE = re.compile(r"\s*\[[^\[\]]*\]\s*")


def is_note(text: str) -> bool:
    """Blank lines and bracket-only notes (`[Interruption.]`) never start or end a turn."""
    return not text.strip() or ("[" in text and bool(_NOTE.fullmatch(text)))


_FORMULA_HEAD = frozenset({"What", "Which", "How", "When", "Whether", "If"})
_FORMULA_PRONOUNS = frozenset({"he", "she", "his", "her"})
# fmt: off
_NOT_FORMULA_SECOND = frozenset({
    "is", "was", "are", "were", "do", "does", "did", "has", "have", "had", "will", "would", "can",
    "could", "should", "may", "might", "must", "a", "an", "happens", "happened", "matters",
    # a pseudo-cleft in a speech (`What it actually does is to abolish …`, `What this
    # involves is …`), not a reported question
    "it", "this", "that", "these", "those", "they", "there",
    # a speech's concession (`Whether or not that is true, …`)
    "or",
})
_CLEFT_VERBS = frozenset({
    "said", "says", "told", "tells", "did", "does", "meant", "means", "wants", "wanted",
    "suggested", "suggests", "described", "describes",
})
"""The verb of a pseudo-cleft that quotes or sums up someone (`What the minister says might
be right.`, `What the Minister said specifically is that …`): a reported question asks what
someone is doing or plans (`What the Government's policy is on …`), not what was said."""
_WHEN_NEXT = frozenset({
    "next", "last", "expects", "plans", "intends", "proposes", "anticipates", "estimates",
    "will", "hopes",
})
"""What follows `When he`/`When she` in a formula (`When he next expects to meet …`); a
speech's `When he was convicted, …` tells a story."""
# fmt: on
_FIRST_PERSON = frozenset({"I", "we", "We", "my", "our", "me", "us", "you"})


def is_formula(text: str, house: House = COMMONS) -> bool:
    """Order-paper formula: a reported question (`What steps his Department is taking…`).

    It opens with a question word but keeps statement word order (`What steps he is
    taking`, not `What steps is he taking?`), speaks in no first person, runs to a few words
    and ends in a full stop, not a question mark. `If`/`When` formulas name the minister
    at once (`If he will make a statement…`, `When she next expects…`).
    """
    stripped = text.strip()
    if house.formulas and house.formula_re.match(stripped):
        return True  # a form of the House's own (`To ask Her Majesty's Government…`)
    if not stripped.endswith(".") or "?" in stripped:
        return False
    # The first word decides most sentences before the whole one is cut into words (it is
    # the first word below too, unless the full stops stripped leave that word alone).
    if stripped.split(None, 1)[0] not in _FORMULA_HEAD:
        return False
    words = stripped.rstrip(".").split()
    if len(words) < 6 or words[0] not in _FORMULA_HEAD:
        return False
    if any(w.strip(",;:—’'") in _FIRST_PERSON for w in words):
        return False
    if words[0] == "If":
        return words[1] in _FORMULA_PRONOUNS and words[2] == "will"
    if words[0] == "When":
        return words[1] in _FORMULA_PRONOUNS and words[2] in _WHEN_NEXT
    second = words[1].strip(",")
    if second == "the" and words[3] in _CLEFT_VERBS:
        return False
    return second not in _NOT_FORMULA_SECOND and not second[:1].isupper()


class _Chairs(NamedTuple):
    """The chair lines a sentence with one first character may be, in the House's order."""

    choice: Choice
    cues: tuple[str, ...]
    """The cue of each, by rank."""


def _chairs(cues: Sequence[ChairCue], house: House) -> _Chairs:
    return _Chairs(
        choice(
            [
                (house.expand(cue.pattern), house.expand(cue.starts) != ANY, cue.literals)
                for cue in cues
            ]
        ),
        tuple(cue.cue for cue in cues),
    )


class SetPieces(NamedTuple):
    """A House's set pieces, compiled."""

    chair_by_start: dict[str, _Chairs]
    chair_anywhere: _Chairs
    rose: re.Pattern[str]
    """The stage direction for a member rising to speak (`Hon. Members rose—`)."""
    cry: re.Pattern[str]
    """Collective cries from the benches, each its own turn (`Hear, hear!`)."""
    topical: Led
    """Topical questions open with a formula of their own (`If he will make a statement on
    his departmental responsibilities.`)."""


@functools.cache
def set_pieces(house: House) -> SetPieces:
    """Compile a House's set pieces once (chair lines, rising, cries, the topical formula)."""
    cues = house.chair_cues
    table, anywhere = by_start(cues, [house.expand(cue.starts) for cue in cues])
    return SetPieces(
        {start: _chairs(bucket, house) for start, bucket in table.items()},
        _chairs(anywhere, house),
        re.compile(house.rose_line),
        re.compile(house.cries),
        led(re.compile(house.topical)),
    )


def chair_cue(text: str, house: House = COMMONS) -> str:
    """Return the chair cue the sentence opens with, or ""."""
    pieces = set_pieces(house)
    chairs = pieces.chair_by_start.get(text[:1], pieces.chair_anywhere)
    rank = chairs.choice.first(text)
    return chairs.cues[rank] if rank >= 0 else ""
