"""Where speaker turns start in a speaker-less transcript, and what kind each turn is.

The sitting's genre is guessed first (question time, a debate, or one statement); then the
learned model of `model` labels every sentence with a side of the House in one Viterbi pass
(linear in the number of sentences) and says where turns open: between two sentences that
end in ``?`` it places the answer→question split its weights favour, formulas and chair
lines are fixed points. Kinds (question, supplementary_question, answer, statement, speech,
intervention, chair) are read off the labels afterwards, with the genre's conventions. The
confidence of each turn is the calibrated probability that a turn really opens there.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from attrs import evolve, frozen

from hansard_parse.houses import COMMONS, House
from hansard_parse.plain.confidence import opening_traits, stated_confidence
from hansard_parse.plain.cues import SentenceCues, read_all
from hansard_parse.plain.features import sentence_vectors
from hansard_parse.plain.model import (
    CALLS,
    DIMENSIONS,
    decoder_for,
    decoder_from,
    real_indices,
)

__all__ = ["Turn", "detect_genre", "genre_of", "read_sentences", "segment"]


@frozen
class Turn:
    """One speaker turn: sentences ``start``..``end`` (end exclusive) of the input.

    ``probability`` is the model's own probability that a turn opens at ``start``;
    ``confidence`` is that probability calibrated on sitting days the model had not seen
    (the share of openings of its kind given that probability that were right; see
    `confidence`).
    """

    start: int
    end: int
    kind: str
    cue: str
    confidence: float
    continues: bool = False
    probability: float = 1.0


@functools.cache
def _reference_line(house: House) -> re.Pattern[str] | None:
    """A sentence that is only a tabled question's reference, in ``house``'s form."""
    if not house.question_reference:
        return None
    return re.compile(r"\s*" + house.question_reference + r"\s*")


def read_sentences(sentences: Sequence[str], house: House = COMMONS) -> list[SentenceCues]:
    """The cues of every sentence as the segmenter reads them.

    A tabled question's reference that a splitter put on a line of its own (``(AQO 187/10)``
    after ``Paul Maskey asked the Minister …``) is read as a note: it belongs to the
    question before it and says nothing of who speaks next.
    """
    cues = read_all(sentences, house)
    reference = _reference_line(house)
    if reference is None:
        return cues
    return [
        evolve(c, note=True) if not c.note and reference.fullmatch(s) else c
        for s, c in zip(sentences, cues, strict=True)
    ]


def detect_genre(sentences: Sequence[str], house: House = COMMONS) -> str:
    """Guess the sitting's genre: "questions", "debate" or "statement".

    A statement asks nothing and has no chair; question time has formulas, chair calls or
    answers that open by addressing the asker; a debate has speech openers, points of order
    or long stretches between questions.
    """
    return genre_of(read_sentences(sentences, house))


def genre_of(cues: Sequence[SentenceCues]) -> str:
    """Genre from already-read cues (see `detect_genre`)."""
    real = [c for c in cues if not c.note]
    if not real:
        return "statement"
    asks = sum(c.asks for c in real)
    if asks == 0 and not any(c.chair or c.formula or c.opens >= 2.5 for c in real[1:]):
        return "statement"
    formulas = sum(c.formula for c in real)
    speech = sum(
        1
        for c in real
        if c.open_cue in ("speech opener", '"point of order"', '"further to that point of order"')
    )
    calls = sum(1 for c in real if c.chair in CALLS)
    if formulas >= 2 or calls >= 2 or (formulas and (calls or real[0].formula)):
        return "questions"
    if speech:
        return "debate"
    return "questions" if len(real) <= 12 * max(1, asks) else "debate"


def _cue_text(cues: Sequence[SentenceCues], prev: int, i: int, label: str) -> str:
    """Human-readable evidence for a turn opening at ``i``."""
    c = cues[i]
    if label == "F":
        return "order-paper formula"
    if label == "R":
        return '"rose—"' if c.rose else "cry from the benches"
    if label == "C":
        return f"chair: {c.chair}"
    parts = []
    if c.open_cue:
        parts.append(c.open_cue)
    if prev >= 0 and cues[prev].asks:
        parts.append('previous sentence ends in "?"')
    if prev >= 0 and cues[prev].interrupted and not c.carries_on:
        parts.append("previous sentence breaks off")
    if prev >= 0 and (cues[prev].give_way or cues[prev].gives_way):
        parts.append("previous sentence is about giving way")
    if prev >= 0 and cues[prev].closes:
        parts.append("previous sentence offers to meet or write")
    if not parts:
        parts.append("side cues change")
    return "; ".join(parts)


def _kinds(
    cues: Sequence[SentenceCues], spans: list[tuple[int, int, str]], genre: str
) -> list[str]:
    """Name each turn's kind from its label, its place and the genre's conventions.

    Question time: a formula is a `question`; questions after a formula or a statement are
    `supplementary_question` (topical questions: a `question` unless the chair just called
    the asker or it follows the topical formula's answer); with no anchor at all (questions
    after a statement whose text we do not have) each question is a `question`.
    """
    kinds: list[str] = []
    anchored = topical = False
    last_label = ""
    for n, (start, end, label) in enumerate(spans):
        c = cues[start]
        if label == "F":
            kind = "question"
            anchored, topical = True, c.topical
        elif label == "C":
            kind = "chair"
        elif label == "R" or c.open_cue in ('"point of order"', '"further to that point of order"'):
            kind = "speech"
        elif genre == "debate":
            kind = "speech" if label == "A" else "intervention"
        elif label == "A":
            first = n == 0
            is_statement = first and (
                genre == "statement" or any(cues[k].commends_statement for k in range(start, end))
            )
            kind = "statement" if is_statement else "answer"
            anchored = anchored or is_statement
        elif not anchored or (
            topical and last_label not in ("C", "F") and not _after_formula_answer(spans, n)
        ):
            kind = "question"
        else:
            kind = "supplementary_question"
        kinds.append(kind)
        last_label = label
    return kinds


def _after_formula_answer(spans: list[tuple[int, int, str]], n: int) -> bool:
    """True when turn ``n`` comes right after the answer to a formula question."""
    return n >= 2 and spans[n - 1][2] == "A" and spans[n - 2][2] == "F"


def segment(
    sentences: Sequence[str],
    genre: str | None = None,
    house: House = COMMONS,
    weights: Mapping[str, object] | None = None,
) -> list[Turn]:
    """Split repaired sentences into speaker turns that tile the sequence in order.

    Bracket-only notes (`[Interruption.]`) and blank items never open a turn; they go to
    the turn before them. ``genre`` may be forced; by default it is detected. The cues are
    read in the words of ``house``, and its name is a feature of every sentence; ``weights``
    replaces the shipped weights document (training and evaluation decode with the model
    being tested).
    """
    cues = read_sentences(sentences, house)
    if not cues:
        return []
    genre = genre or genre_of(cues)
    if genre == "statement":
        return [
            Turn(
                start=0,
                end=len(cues),
                kind="statement",
                cue="one statement, no question",
                confidence=0.9,
            )
        ]
    decoder = (
        decoder_for(genre, house.name)
        if weights is None
        else decoder_from(weights, genre, house.name)
    )
    real = real_indices(cues)
    real_cues = [cues[i] for i in real]
    vectors = sentence_vectors(
        sentences, cues, genre, house.name, decoder.tables, DIMENSIONS
    )
    emit, opening = decoder.vector_scores(real_cues, [vectors[i] for i in real])
    path = decoder.viterbi(real_cues, emit, opening)
    starts = [i for k, i in enumerate(real) if path.opens[k]]
    label_at = dict(zip(real, path.labels, strict=True))
    opened = [k for k in range(len(real)) if path.opens[k]]
    marginals = decoder.boundary_marginals(real_cues, emit, opening) if len(opened) > 1 else []
    spans = [
        (s, e, label_at[s]) for s, e in zip(starts, [*starts[1:], len(cues)], strict=True)
    ]
    kinds = _kinds(cues, spans, genre)
    turns: list[Turn] = []
    prev_real = -1
    real_before = {}
    for i, c in enumerate(cues):
        real_before[i] = prev_real
        if not c.note:
            prev_real = i
    for n, ((start, end, label), kind) in enumerate(zip(spans, kinds, strict=True)):
        continues = n == 0 and label == "A" and kind == "answer"
        if n == 0:  # the first sentence opens a turn by rule
            p = confidence = 1.0
        else:
            p = round(marginals[opened[n]], 4)
            traits = opening_traits(label, cues[start])
            confidence = round(stated_confidence(p, traits, decoder.calibration), 3)
        turns.append(
            Turn(
                start=start,
                end=end,
                kind=kind,
                cue="first turn; no question before it"
                if continues
                else (
                    "start of transcript"
                    if n == 0 and label not in ("F", "C", "R") and not cues[start].open_cue
                    else _cue_text(cues, real_before[start], start, label)
                ),
                confidence=confidence,
                continues=continues,
                probability=p,
            )
        )
    return turns
