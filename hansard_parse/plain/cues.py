"""The language of the House, as features of one sentence of a speaker-less transcript.

Each sentence is read once into a `SentenceCues`: whether it asks (ends in `?`), whether it
is an order-paper formula (`What steps his Department is taking…`), a chair line
(`Order.`, `I call …`), how strongly it opens a turn (`My hon. Friend is right…`, `It is a
pleasure to follow…`) and which side it leans to (the asker speaks of `my constituents`,
`the Minister` and `his Department`, and names the places, people and bodies of the
constituency; the minister speaks of `we`, `my Department`, `the hon. Lady` and `the
Opposition`, restates his position and closes by offering to meet or write). Words a member
quotes are not his own, so quotations are left out of the side cues.

The weights are log-odds-like and were set by hand from how often each cue falls on either
side, or at a turn's start, in transcripts with known speakers; a cue is kept only if it
helps across sittings, not on one.

Each kind of cue is read in a module of its own: `openers` (how strongly a sentence opens a
turn), `sides` (which side its body leans to), `continuity` (whether it leans on the sentence
before), `endings` (whether it hands the floor on) and `set_pieces` (notes, formulas, chair
lines, cries), built on the shared `vocabulary` and the `prefilter` tests. This module
combines them into one record per sentence.

Every pattern of these modules is compiled once and is linear-time: literal alternations and
single quantifiers only, never a quantified group that can backtrack into itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from hansard_parse.houses import COMMONS, House
from hansard_parse.plain.continuity import anaphora, carries_on
from hansard_parse.plain.endings import (
    CLOSES_WEIGHT,
    DASHES_AND_QUOTES,
    INTERRUPTED_END,
    INVERTED,
    QUESTION_END,
    RHETORICAL,
    endings,
)
from hansard_parse.plain.openers import opener
from hansard_parse.plain.set_pieces import chair_cue, is_formula, is_note, set_pieces
from hansard_parse.plain.sides import NAMES_WEIGHT, leans, named_particulars, unquoted
from hansard_parse.plain.vocabulary import ANSWER, QUESTION, words_of

__all__ = [
    "ANSWER",
    "QUESTION",
    "SentenceCues",
    "is_formula",
    "is_note",
    "read_all",
    "read_cues",
]


@frozen
class SentenceCues:
    """What one sentence says about turn structure (weights are log-odds-like scores)."""

    note: bool
    asks: bool
    formula: bool
    topical: bool
    chair: str
    rose: bool
    cry: bool
    single: bool
    interrupted: bool
    carries_on: bool
    concludes: bool
    closes: bool
    give_way: bool
    gives_way: bool
    opens: float
    open_side: str
    open_cue: str
    anaphoric: float
    answer_lean: float
    question_lean: float
    commends_statement: bool


_THANK_YOU = "Thank you."
"""A sentence that is only thanks is the chair's (compared whole: the sentence is stripped)."""

_CUE_WINDOW = 1000
"""Cues sit at a sentence's start and end; a longer "sentence" (a run-on line of a bad
export) is read through its first and last thousand characters, so cost stays bounded."""


_NOTE_CUES = SentenceCues(
    note=True,
    asks=False,
    formula=False,
    topical=False,
    chair="",
    rose=False,
    cry=False,
    single=False,
    interrupted=False,
    carries_on=False,
    concludes=False,
    closes=False,
    give_way=False,
    gives_way=False,
    opens=0.0,
    open_side="",
    open_cue="",
    anaphoric=0.0,
    answer_lean=0.0,
    question_lean=0.0,
    commends_statement=False,
)


def read_cues(text: str, house: House = COMMONS) -> SentenceCues:
    """Read every cue of one repaired sentence, in the words of ``house``."""
    return _read(text, house, {})


def _read(text: str, house: House, seen: dict[tuple[object, ...], SentenceCues]) -> SentenceCues:
    """`read_cues`, giving back the record in ``seen`` equal to the one read where there is
    one: a transcript's sentences read as a few hundred distinct records (most sentences
    carry no cue), and building a frozen record costs more than finding an equal one."""
    stripped = text.strip()
    if len(stripped) > 2 * _CUE_WINDOW:
        stripped = stripped[:_CUE_WINDOW] + " … " + stripped[-_CUE_WINDOW:]
    if is_note(stripped):
        return _NOTE_CUES
    last = stripped[-1]
    interrupted = (last in DASHES_AND_QUOTES or last.isspace()) and bool(
        INTERRUPTED_END.search(stripped)
    )
    asks = (
        "?" in stripped and bool(QUESTION_END.search(stripped)) and not RHETORICAL.match(stripped)
    ) or (interrupted and bool(INVERTED.match(stripped)))
    opens, side, cue = opener(stripped, asks, house)
    spoken = unquoted(stripped)
    word_list = words_of(spoken)
    words = set(word_list)
    answer, question = leans(spoken, words, house)
    ends = endings(house)
    closes = not ends.closes_keys.isdisjoint(words) and bool(ends.closes.search(spoken))
    if closes:
        answer += CLOSES_WEIGHT
    if named_particulars(spoken, word_list, house) >= 2:
        question += NAMES_WEIGHT
    chair = chair_cue(stripped, house)
    pieces = set_pieces(house)
    rose = "rose" in stripped and bool(pieces.rose.fullmatch(stripped))
    cry = len(stripped) < 12 and bool(pieces.cry.fullmatch(stripped))
    values = (  # the fields of `SentenceCues`, in order
        False,
        asks,
        is_formula(stripped, house),
        "departmental responsibilities" in stripped and bool(pieces.topical.search(stripped)),
        chair or ('"Thank you."' if stripped == _THANK_YOU else ""),
        rose,
        cry,
        rose or cry,
        interrupted,
        not rose and carries_on(stripped),
        stripped.startswith("I commend ") and bool(ends.commends.match(stripped)),
        closes,
        "give way?" in stripped and bool(ends.give_way.search(stripped)),
        "give way" in stripped and bool(ends.gives_way.search(stripped)),
        opens,
        side,
        cue,
        anaphora(stripped) if opens < 3.0 else 0.0,
        answer,
        question,
        "statement to the House" in stripped and bool(ends.commends_statement.search(stripped)),
    )
    found = seen.get(values)
    if found is None:
        found = seen[values] = SentenceCues(*values)
    return found


def read_all(sentences: Sequence[str], house: House = COMMONS) -> list[SentenceCues]:
    """Read the cues of every sentence (one pass, linear in the text)."""
    seen: dict[tuple[object, ...], SentenceCues] = {}
    return [_read(s, house, seen) for s in sentences]
