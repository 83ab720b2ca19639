"""Where speaker turns start in a speaker-less transcript, and what kind each turn is.

The transcript is labelled sentence by sentence with one deterministic Viterbi pass (linear
in the number of sentences, nine states). Debates use their own weights: speeches ask
rhetorically and interventions need not ask, so there the openers decide. The states are the sides of the House:

- ``A``  the answering side: a minister's answer, a statement, a speech;
- ``Q0a``/``Q0b``/``Q0c`` a question or intervention that has not yet asked (no sentence
  ending in ``?``) after one, two, three or more sentences of preamble (a length prior:
  most questions ask after one to three sentences);
- ``Q1`` a question whose latest sentence asked; ``Q2`` one that carries on after asking
  (costly at first: the answer almost always starts right after the ``?``);
- ``F``  an order-paper formula (`What steps his Department is taking…`), one sentence;
- ``C``  the chair (`Order.`, `I call …`);
- ``R``  one sentence that stands alone: the stage direction `rose—` or a cry from the
  benches (`Object.`, `Hear, hear!`).

At every sentence the path either continues the current turn or opens a new one. Opening
costs a threshold and earns the sentence's opening cues (`My hon. Friend…`, `I thank…`) and
the closing cues of the sentence before (it asked, it broke off with a dash, it offered to
meet or write); it pays for leaning on the sentence before (`That…`, `…, however, …`) or
carrying a quotation on (a line opening in lower case after `insert—`). Side cues in
every sentence pull it to the asking or the answering side, and an answer that asks is
penalised. Because an unasked question may not hand over to an answer before it has asked (or only at a
price), and an answer may not ask, every stretch between two sentences ending in ``?``
gets exactly the answer→question split its cues favour: the dynamic programme places one
split per gap, scoring both sides at once. Formulas and chair lines are fixed points.
Kinds (question, supplementary_question, answer, statement, speech, intervention, chair)
are read off the labels afterwards, with the genre of the sitting.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from attrs import frozen

from hansard_parse.houses import COMMONS, House
from hansard_parse.plain.cues import ANSWER, QUESTION, SentenceCues, read_all

__all__ = ["Turn", "Weights", "detect_genre", "segment", "weights_for"]

_NEG = -1.0e9
# Q0a/Q0b/Q0c: a question with one, two, three or more sentences of preamble and no "?" yet.
_LABELS = ("A", "Q0a", "Q0b", "Q0c", "Q1", "Q2", "F", "C", "R")
_UNASKED = ("Q0a", "Q0b", "Q0c")
_QUESTION_LABELS = (*_UNASKED, "Q1", "Q2")
_SIDE = {
    "A": ANSWER,
    "Q0a": QUESTION,
    "Q0b": QUESTION,
    "Q0c": QUESTION,
    "Q1": QUESTION,
    "Q2": QUESTION,
    "F": QUESTION,
    "C": "",
    "R": "",
}
_NEXT_UNASKED = {"Q0a": "Q0b", "Q0b": "Q0c", "Q0c": "Q0c"}


@frozen
class Turn:
    """One speaker turn: sentences ``start``..``end`` (end exclusive) of the input."""

    start: int
    end: int
    kind: str
    cue: str
    confidence: float
    continues: bool = False


@frozen
class Weights:
    """Scores of the segmenter; one set per genre, because debates ask rhetorically."""

    threshold: float = 2.5
    after_question: float = 1.0
    after_break: float = 3.0
    after_give_way: float = 3.0
    anaphoric: float = 2.0
    chair_open: float = 6.0
    answer_asks: float = 8.0
    question_sentence: float = 0.05
    question_after_asking: float = 1.9
    question_still_after_asking: float = 0.7
    chair_to_chair: float = -6.0
    formula_to_question: float = -8.0
    ask_open: float = 0.0
    address_open: float = 0.0
    # Log-prior of asking after 0, 1, 2, 3+ sentences of preamble (most questions have 1-3).
    preamble: tuple[float, float, float, float] = (-1.0, -0.6, 0.0, 0.0)
    long_preamble: float = 0.3
    side: float = 0.8
    answer_to_answer: float = -3.0
    question_to_question: float = -3.0
    unasked_to_answer: float = -3.0
    # A side's opener (`I thank the Minister for his answer`) is no evidence for the other side.
    opposite_opener: float = 0.0
    # A line that carries a quotation or list on (`(a) pay…`, `“works to…`) opens no turn.
    carries_on: float = 3.0
    # An answer closes with an offer (`I am happy to meet him`): the next sentence opens a turn.
    after_close: float = 1.0


_QUESTIONS = Weights()
_DEBATE = Weights(
    threshold=1.5,
    after_question=1.0,
    side=0.0,
    answer_asks=1.0,
    question_sentence=0.0,
    question_after_asking=0.0,
    question_still_after_asking=0.0,
    preamble=(0.0, 0.0, 0.0, 0.0),
    long_preamble=0.0,
    answer_to_answer=0.0,
    question_to_question=-1.5,
    unasked_to_answer=0.0,
    ask_open=2.0,
    address_open=0.5,
)


def weights_for(genre: str) -> Weights:
    """The weight set of a genre (questions and statements share one)."""
    return _DEBATE if genre == "debate" else _QUESTIONS


def detect_genre(sentences: Sequence[str], house: House = COMMONS) -> str:
    """Guess the sitting's genre: "questions", "debate" or "statement".

    A statement asks nothing and has no chair; question time has formulas, chair calls or
    answers that open by addressing the asker; a debate has speech openers, points of order
    or long stretches between questions.
    """
    return _genre_of(read_all(sentences, house))


def _genre_of(cues: Sequence[SentenceCues]) -> str:
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
    calls = sum(1 for c in real if c.chair == '"I call"')
    if formulas >= 2 or calls >= 2 or (formulas and (calls or real[0].formula)):
        return "questions"
    if speech:
        return "debate"
    return "questions" if len(real) <= 12 * max(1, asks) else "debate"


def _boundary(cues: Sequence[SentenceCues], prev: int, i: int, label: str, w: Weights) -> float:
    """Score of opening a turn with ``label`` at sentence ``i`` (``prev``: last real sentence)."""
    c = cues[i]
    if label == "F":
        return 0.0 if c.formula else _NEG
    if label == "R":
        return 0.0 if c.single else _NEG
    if label == "C":
        if not c.chair:
            return _NEG
        # The chair speaks up when a speaker breaks off, like anyone else.
        broke_off = prev >= 0 and cues[prev].interrupted and not c.carries_on
        return w.chair_open - w.threshold + (w.after_break if broke_off else 0.0)
    score = -w.threshold
    if c.opens:
        same = c.open_side in ("", _SIDE[label])
        score += c.opens if same else c.opens * w.opposite_opener
        if c.open_cue in ("asks the Minister/Member", "challenges the speaker"):
            score += w.ask_open
        elif c.open_cue.startswith("addresses"):
            score += w.address_open
    score -= w.anaphoric * c.anaphoric
    if c.carries_on:
        score -= w.carries_on
    if prev >= 0:
        p = cues[prev]
        if p.asks:
            score += w.after_question
        if (p.interrupted and not c.carries_on) or p.concludes:
            score += w.after_break
        if p.closes:
            score += w.after_close
        if p.give_way or p.gives_way:
            score += w.after_give_way
    return score


def _transition(src: str, dst: str, w: Weights) -> float:
    """Score of handing the floor from a turn labelled ``src`` to one labelled ``dst``."""
    unasked = src in _UNASKED
    if src == "A" and dst == "A":
        return w.answer_to_answer
    if src == "C" and dst == "C":
        return w.chair_to_chair
    if src in ("Q1", "Q2") and dst in _QUESTION_LABELS:
        return w.question_to_question
    if unasked and dst == "A":
        return w.unasked_to_answer
    if unasked and dst in _QUESTION_LABELS:
        return w.question_to_question + w.unasked_to_answer
    if src == "F" and dst in _QUESTION_LABELS:
        return w.formula_to_question
    return 0.0


def _emissions(c: SentenceCues, w: Weights) -> list[float]:
    """Score of sentence cues ``c`` belonging to a turn of each label, in `_LABELS` order.

    Formulas, `rose—` and cries belong to their own one-sentence turns; a sentence that asks
    is never in a question that has not asked yet (it moves it to ``Q1``) and costs an answer
    dear; side cues pull a sentence towards the answer (``A``) or the question labels.
    """
    base = -6.0 if (c.formula or c.single) else 0.0
    lean = (c.answer_lean - c.question_lean) * w.side
    answer = base + lean - (w.answer_asks if c.asks else 0.0)
    question = base + (-lean - w.question_sentence)
    unasked = _NEG if c.asks else question
    return [
        answer,
        unasked,
        unasked,
        _NEG if c.asks else question - w.long_preamble,
        question,
        question,
        3.0 if c.formula else _NEG,
        base + (1.0 if c.chair else -0.8) - (1.0 if c.asks else 0.0),
        0.0 if c.single else _NEG,
    ]


def _continue(src: str, c: SentenceCues, w: Weights) -> tuple[str, float]:
    """Label (and score) a turn labelled ``src`` takes on when it carries on into ``c``.

    An empty label means the turn cannot carry on (formulas and `rose—` are one sentence).
    """
    if src in _UNASKED:
        if c.asks:
            return "Q1", w.preamble[_UNASKED.index(src) + 1]
        return _NEXT_UNASKED[src], 0.0
    if src == "Q1":
        return ("Q1", 0.0) if c.asks else ("Q2", -w.question_after_asking)
    if src == "Q2":
        return ("Q1", 0.0) if c.asks else ("Q2", -w.question_still_after_asking)
    if src in ("F", "R") or c.single or (c.formula and src != "C"):
        return "", 0.0
    return src, 0.0


def _opening_label(label: str, c: SentenceCues) -> bool:
    """Whether a turn may open at ``c`` with ``label`` (a new question opens as Q0a or Q1)."""
    if label in _QUESTION_LABELS:
        return label == ("Q1" if c.asks else "Q0a")
    return True


_LIVE = _NEG / 2
"""Scores at or below this are impossible paths."""
_A, _Q0A, _Q1, _F, _C, _R = (_LABELS.index(label) for label in ("A", "Q0a", "Q1", "F", "C", "R"))


def _continuations(c: SentenceCues, w: Weights) -> tuple[tuple[int, int, float], ...]:
    """(source, destination, bonus) of every label that may carry on into ``c``, in order."""
    index = {label: j for j, label in enumerate(_LABELS)}
    out = []
    for s, src in enumerate(_LABELS):
        dst, bonus = _continue(src, c, w)
        if dst:
            out.append((s, index[dst], bonus))
    return tuple(out)


def _viterbi(cues: Sequence[SentenceCues], w: Weights) -> tuple[list[str], list[bool], list[float]]:
    """Best label per sentence, whether each opens a turn, and the opening margins."""
    k = len(_LABELS)
    trans = [[_transition(src, dst, w) for dst in _LABELS] for src in _LABELS]
    # What carries on depends only on whether the sentence asks, stands alone (`rose—`, a
    # cry) or is a formula.
    continuations: dict[tuple[bool, bool, bool], tuple[tuple[int, int, float], ...]] = {}
    note_back = [(j, False) for j in range(k)]
    note_margin = [0.0] * k
    unset = (-1, False)
    score = [_NEG] * k
    back: list[list[tuple[int, bool]]] = []
    margin: list[list[float]] = []
    prev_real = -1
    for i, c in enumerate(cues):
        if c.note and i > 0:
            back.append(note_back)
            margin.append(note_margin)
            continue
        best = [_NEG] * k
        ptr = [unset] * k
        gain = [0.0] * k
        emit = _emissions(c, w)
        live = [(s, sc) for s, sc in enumerate(score) if sc > _LIVE]
        if i > 0:
            key = (c.asks, c.single, c.formula)
            carry = continuations.get(key)
            if carry is None:
                carry = continuations[key] = _continuations(c, w)
            for s, dst, bonus in carry:
                sc = score[s]
                if sc <= _LIVE:
                    continue
                if sc + bonus > best[dst]:
                    best[dst], ptr[dst] = sc + bonus, (s, False)
        # Only these labels may open a turn here (a new question opens as Q0a or Q1).
        for j in (_A, _Q1 if c.asks else _Q0A, _F, _C, _R):
            if emit[j] <= _LIVE:
                continue
            opening = 0.0 if i == 0 else _boundary(cues, prev_real, i, _LABELS[j], w)
            if opening <= _LIVE:
                continue
            if j == _Q1:
                opening += w.preamble[0]
            gain[j] = opening
            if i == 0:
                cand, src_j = opening, -1
            else:
                # The best source; on a tie the later one (as max over (score, index) does).
                cand, src_j = _NEG, -1
                for s, sc in live:
                    value = sc + trans[s][j] + opening
                    if src_j < 0 or value >= cand:
                        cand, src_j = value, s
            if cand > best[j]:
                best[j], ptr[j] = cand, (src_j, True)
        score = [
            b + e if b > _LIVE and e > _LIVE else _NEG for b, e in zip(best, emit, strict=True)
        ]
        back.append(ptr)
        margin.append(gain)
        prev_real = i
    return _trace(score, back, margin, len(cues))


def _trace(
    score: list[float], back: list[list[tuple[int, bool]]], margin: list[list[float]], n: int
) -> tuple[list[str], list[bool], list[float]]:
    """Follow the back pointers from the best final state."""
    labels = [""] * n
    opens = [False] * n
    gains = [0.0] * n
    j = max(range(len(score)), key=lambda s: score[s])
    for i in range(n - 1, -1, -1):
        labels[i] = _LABELS[j]
        src, is_open = back[i][j]
        opens[i] = is_open or i == 0
        gains[i] = margin[i][j]
        if src >= 0:
            j = src
    return labels, opens, gains


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


def _confidence(gain: float, is_first: bool) -> float:
    """Squash an opening margin into [0, 1]."""
    if is_first:
        return 1.0
    return round(1.0 / (1.0 + math.exp(-gain)), 3)


def segment(
    sentences: Sequence[str], genre: str | None = None, house: House = COMMONS
) -> list[Turn]:
    """Split repaired sentences into speaker turns that tile the sequence in order.

    Bracket-only notes (`[Interruption.]`) and blank items never open a turn; they go to
    the turn before them. ``genre`` may be forced; by default it is detected. The cues are
    read in the words of ``house``.
    """
    cues = read_all(sentences, house)
    if not cues:
        return []
    genre = genre or _genre_of(cues)
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
    labels, opens, gains = _viterbi(cues, weights_for(genre))
    starts = [i for i in range(len(cues)) if opens[i]]
    spans = [(s, e, labels[s]) for s, e in zip(starts, [*starts[1:], len(cues)], strict=True)]
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
                confidence=_confidence(gains[start], n == 0),
                continues=continues,
            )
        )
    return turns
