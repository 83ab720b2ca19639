"""The segmenter's model: the states, the rules no weight may break, and the learned weights.

The transcript is labelled sentence by sentence. The states are the sides of the House:

- ``A``  the answering side: a minister's answer, a statement, a speech;
- ``Q0a``/``Q0b``/``Q0c`` a question or intervention that has not yet asked (no sentence
  ending in ``?``) after one, two, three or more sentences of preamble;
- ``Q1`` a question whose latest sentence asked; ``Q2`` one that carries on after asking;
- ``F``  an order-paper formula (`What steps his Department is taking…`), one sentence;
- ``C``  the chair (`Order.`, `I call …`);
- ``R``  one sentence that stands alone: `rose—` or a cry from the benches (`Object.`).

At every sentence the path either carries the current turn on or opens a new one. The
structure is fixed here, not learned: a question that has not asked cannot hold a sentence
that asks (it becomes ``Q1``); formulas, `rose—` and cries are one-sentence turns of their
own; only a chair line opens a chair turn and never right after one; a new question opens
as ``Q0a`` or, if it asks at once, ``Q1``. Everything else is a learned weight: how much each feature of a sentence
(`features.sentence_features`) counts for each state and for opening each kind of turn, and
what each hand-over and each carrying-on costs. Weights are data (``weights.json`` beside
this module, rebuilt by ``python -m hansard_parse.plain.train``); the genre and the House
are features, and the weights of a (genre, House) pair are gathered once, on first use.

Decoding is the Viterbi path; `boundary_marginals` runs forward-backward over the same
scores, so each opening gets the model's probability that a turn starts there, which the
genre's calibrator in the weights file (`confidence.Calibrator`) turns into the share of such
openings that are right.
"""

from __future__ import annotations

import functools
import json
import math
import operator
from collections.abc import Mapping, Sequence
from importlib import resources

from attrs import frozen

from hansard_parse.plain.confidence import Calibrator
from hansard_parse.plain.cues import SentenceCues

__all__ = [
    "CALLS",
    "DIMENSIONS",
    "LABELS",
    "Decoder",
    "Path",
    "answers_ask",
    "decoder_for",
    "emission_slot",
    "opening_slot",
    "real_indices",
    "summed_weights",
]

NEG = -1.0e9
"""The score of an impossible step."""
_LIVE = NEG / 2
LABELS = ("A", "Q0a", "Q0b", "Q0c", "Q1", "Q2", "F", "C", "R")
_UNASKED = ("Q0a", "Q0b", "Q0c")
QUESTION_LABELS = (*_UNASKED, "Q1", "Q2")
_A, _Q0A, _Q0B, _Q0C, _Q1, _Q2, _F, _C, _R = range(len(LABELS))

# Slots of a feature's weight vector: five for the state a sentence is in, five for the
# kind of turn it opens.
_EMISSION_SLOT = {"A": 0, "Q0a": 1, "Q0b": 1, "Q0c": 1, "Q1": 2, "Q2": 3, "C": 4}
_OPENING_SLOT = {"A": 5, "Q0a": 6, "Q1": 6, "F": 7, "C": 8, "R": 9}
DIMENSIONS = 10
_OPENERS = (_A, _Q0A, _Q1, _F, _C, _R)


def emission_slot(label: str) -> int:
    """The weight slot for a sentence in state ``label`` (-1: the state has no weights)."""
    return _EMISSION_SLOT.get(label, -1)


def opening_slot(label: str) -> int:
    """The weight slot for opening a turn in state ``label``."""
    return _OPENING_SLOT[label]


def real_indices(cues: Sequence[SentenceCues]) -> list[int]:
    """Sentences the decoder labels: all but bracketed notes (a first note opens the first turn)."""
    return [i for i, c in enumerate(cues) if not c.note or i == 0]


def carry_on(src: int, c: SentenceCues) -> int:
    """The state a turn in state ``src`` takes on when it carries on into ``c`` (-1: it cannot).

    Formulas, `rose—` and cries are one sentence, and no turn carries on into one (not even
    the chair's: a chair line that names the asker, `the first question is from Carys Pugh.`,
    hands the floor to the formula after it); an unasked question moves on through its
    preamble states until it asks (``Q1``) and then to ``Q2`` while it does not ask again.
    """
    if src in (_F, _R) or c.single or c.formula:
        return -1
    if src in (_Q0A, _Q0B, _Q0C):
        if c.asks:
            return _Q1
        return _Q0B if src == _Q0A else _Q0C
    if src in (_Q1, _Q2):
        return _Q1 if c.asks else _Q2
    return src


def may_open(label: int, c: SentenceCues) -> bool:
    """Whether a turn may open at ``c`` in state ``label`` (the rules no weight may break).

    Formulas, chair lines and cries are fixed points: a turn that opens at one is a formula,
    the chair's or a cry, never an answer or a question.
    """
    if c.formula:
        return label == _F
    if c.single:
        return label == _R
    if c.chair:
        return label == _C
    if label in (_F, _R, _C):
        return False
    if label == _Q1:
        return c.asks
    if label == _Q0A:
        return not c.asks
    return True


def may_hold(label: int, c: SentenceCues, answers_ask: bool = True) -> bool:
    """Whether a sentence ``c`` may belong to a turn in state ``label``.

    A formula belongs to a formula turn and a cry to its own (in the dev transcripts every
    formula opens a turn of its own).
    Unless ``answers_ask`` (debates, where speeches ask rhetorically), an answer never holds a
    sentence that asks: at question time every ``?`` is a question's, so between two of them
    lies the end of one question and the start of the next, the one split each gap holds.
    Nor does the chair, unless the sentence is a chair line itself (`Order. Will the hon.
    Member resume his seat?`): a question after `Order. I remind Members …` is a member's.
    """
    if c.formula:
        return label == _F
    if c.single:
        return label == _R
    if label in (_Q0A, _Q0B, _Q0C):
        return not c.asks
    if c.asks and not answers_ask and (label == _A or (label == _C and not c.chair)):
        return False
    return label not in (_F, _R)


@frozen
class Path:
    """A labelling of the real sentences: one state each and whether a turn opens there."""

    labels: tuple[str, ...]
    opens: tuple[bool, ...]


def summed_weights(features: Sequence[str], table: Mapping[str, Sequence[float]]) -> list[float]:
    """The summed weight vector of ``features`` (features the table lacks weigh nothing)."""
    vectors = [v for v in map(table.get, features) if v is not None]
    if not vectors:
        return [0.0] * DIMENSIONS
    return [sum(column) for column in zip(*vectors, strict=True)]


class Decoder:
    """The weights of one (genre, House) pair, and the Viterbi and forward-backward over them."""

    def __init__(
        self,
        features: Mapping[str, Sequence[float]],
        structure: Mapping[str, float],
        calibration: Calibrator | None = None,
        temperature: float = 1.0,
        open_bias: float = 0.0,
        answers_ask: bool = True,
    ) -> None:
        self.features = features
        self.answers_ask = answers_ask
        """Whether an answer may hold a sentence that asks (see `may_hold`); where it may not
        (question time), neither may a question that has not asked hand over to another."""
        self.calibration = calibration
        """The genre's confidence map (None: openings state the model's own probability)."""
        self.temperature = temperature
        self.open_bias = open_bias
        """Added to every opening after the first: the perceptron learns from runs of a few
        turns, and on days it has not seen it opens too few; training picks this offset on
        held-out days (the one that gives the best mean turn F1 over those days)."""
        self.transition = [
            [structure.get(f"t:{s}>{d}", 0.0) for d in LABELS] for s in LABELS
        ]
        self.carry = [[structure.get(f"c:{s}>{d}", 0.0) for d in LABELS] for s in LABELS]
        # The chair never hands the floor to the chair: consecutive chair lines are one turn.
        self.transition[_C][_C] = NEG
        if not answers_ask:
            _answered_first(self.transition)

    @functools.cached_property
    def tables(
        self,
    ) -> tuple[
        Mapping[str, Sequence[float]], Mapping[str, Sequence[float]], Mapping[str, Sequence[float]]
    ]:
        """The feature weights, and those of ``prev_`` and ``next_`` features keyed without
        the prefix (see `features.sentence_vectors`); made on first use, by parsing only."""
        after = {k[5:]: v for k, v in self.features.items() if k.startswith("prev_")}
        before = {k[5:]: v for k, v in self.features.items() if k.startswith("next_")}
        return (self.features, after, before)

    def scores(
        self, cues: Sequence[SentenceCues], feats: Sequence[Sequence[str]]
    ) -> tuple[list[list[float]], list[list[float]]]:
        """Per real sentence: the score of holding each state and of opening in each state."""
        return self.vector_scores(cues, [summed_weights(names, self.features) for names in feats])

    def vector_scores(
        self, cues: Sequence[SentenceCues], vectors: Sequence[Sequence[float]]
    ) -> tuple[list[list[float]], list[list[float]]]:
        """`scores` from each sentence's summed feature weights."""
        emit: list[list[float]] = []
        opening: list[list[float]] = []
        bias = 0.0  # the first sentence always opens a turn
        shapes: dict[int, _Shape] = {}  # by the cues' identity: equal cues are often one record
        for c, v in zip(cues, vectors, strict=True):
            shape = shapes.get(id(c))
            if shape is None:
                shape = shapes[id(c)] = _shape(c, self.answers_ask)
            hold, opens, _ = shape
            emit.append([v[slot] if slot >= 0 else (0.0 if slot == -1 else NEG) for slot in hold])
            opening.append([v[slot] + bias if slot >= 0 else NEG for slot in opens])
            bias = self.open_bias
        _after_calls(cues, emit, self.answers_ask)
        return emit, opening

    def viterbi(
        self,
        cues: Sequence[SentenceCues],
        emit: Sequence[Sequence[float]],
        opening: Sequence[Sequence[float]],
    ) -> Path:
        """The best path: one state per sentence and whether a turn opens there."""
        k = len(LABELS)
        n = len(cues)
        back: list[list[tuple[int, bool]]] = []
        score = [NEG] * k
        transition = self.transition
        carry = self.carry
        for i in range(n):
            best = [NEG] * k
            ptr = [(-1, False)] * k
            live = [s for s in range(k) if score[s] > _LIVE]
            if i > 0:
                for s, d in _shape(cues[i])[2]:
                    if score[s] > _LIVE:
                        value = score[s] + carry[s][d]
                        if value > best[d]:
                            best[d], ptr[d] = value, (s, False)
            row = opening[i]
            for j in _OPENERS:
                o = row[j]
                if o <= _LIVE:
                    continue
                if i == 0:
                    cand, src = o, -1
                else:
                    cand, src = NEG, -1
                    for s in live:
                        value = score[s] + transition[s][j] + o
                        if src < 0 or value >= cand:
                            cand, src = value, s
                if cand > best[j]:
                    best[j], ptr[j] = cand, (src, True)
            score = [
                b + x if b > _LIVE and x > _LIVE else NEG
                for b, x in zip(best, emit[i], strict=True)
            ]
            back.append(ptr)
        labels = [""] * n
        opens = [False] * n
        if n:
            j = max(range(k), key=lambda s: score[s])
            for i in range(n - 1, -1, -1):
                labels[i] = LABELS[j]
                src, is_open = back[i][j]
                opens[i] = is_open or i == 0
                if src >= 0:
                    j = src
        return Path(labels=tuple(labels), opens=tuple(opens))

    def boundary_marginals(
        self,
        cues: Sequence[SentenceCues],
        emit: Sequence[Sequence[float]],
        opening: Sequence[Sequence[float]],
        temperature: float | None = None,
    ) -> list[float]:
        """The model's probability that a turn opens at each real sentence (forward-backward).

        Scores divided by the temperature are read as log-potentials (a perceptron's scores
        have no scale of their own; training picks the temperature on held-out days). Every
        step is rescaled to sum to one, so long transcripts neither overflow nor underflow.
        """
        n = len(cues)
        k = len(LABELS)
        t = temperature or self.temperature
        exp = math.exp
        texp = [[_exp(x / t) if x > _LIVE else 0.0 for x in row] for row in self.transition]
        tcol = [[row[j] for row in texp] for j in range(k)]
        cexp = [[_exp(x / t) for x in row] for row in self.carry]
        # Per sentence, made in the forward pass and read again in the backward: the emission
        # potentials (zero where the rules forbid the state), the openings the rules allow
        # with their potentials, and the carries with theirs (once per distinct cues).
        e_exp: list[list[float]] = []
        o_exp: list[list[tuple[int, float]]] = []
        steps: list[list[tuple[int, int, float]]] = []
        carried: dict[int, list[tuple[int, int, float]]] = {}
        # Forward: ``prev`` is the normalised mass of each state, ``open_part`` each opening's
        # share (state, share; the other states' are zero), ``scale`` each step's normaliser.
        open_part: list[list[tuple[int, float]]] = []
        scale: list[float] = []
        prev: list[float] = []
        for i, (c, e, row) in enumerate(zip(cues, emit, opening, strict=True)):
            top = max(e)
            ei = [exp((x - top) / t) if x > _LIVE else 0.0 for x in e]
            oi = [(j, _exp(row[j] / t)) for j in _OPENERS if row[j] > _LIVE]
            step = carried.get(id(c))
            if step is None:
                step = carried[id(c)] = [(s, d, cexp[s][d]) for s, d in _shape(c)[2]]
            e_exp.append(ei)
            o_exp.append(oi)
            steps.append(step)
            raw = [0.0] * k
            opened = [0.0] * k
            if i > 0:
                for s, d, w in step:
                    if prev[s]:
                        raw[d] += prev[s] * w
                for j, oj in oi:
                    opened[j] = oj * sum(map(operator.mul, prev, tcol[j]))
            else:
                for j, oj in oi:
                    opened[j] = oj
            raw = [(r + o) * x for r, o, x in zip(raw, opened, ei, strict=True)]
            total = sum(raw) or 1.0
            prev = [x / total for x in raw]
            open_part.append([(j, opened[j] * ei[j] / total) for j, _ in oi])
            scale.append(total)
        # Backward: the sums over the openings into a step start from their first term.
        beta = [1.0] * k
        out = [0.0] * n
        for i in range(n - 1, -1, -1):
            out[i] = min(1.0, sum([part * beta[j] for j, part in open_part[i]]))
            if i == 0:
                break
            si = scale[i]
            nxt = [b * x / si for b, x in zip(beta, e_exp[i], strict=True)]
            into = o_exp[i]
            if not into:
                new = [0.0] * k
            else:
                j, oj = into[0]
                v = oj * nxt[j]
                new = [b * v for b in tcol[j]]
                for j, oj in into[1:]:
                    v = oj * nxt[j]
                    new = [a + b * v for a, b in zip(new, tcol[j], strict=True)]
            for s, d, w in steps[i]:
                new[s] += w * nxt[d]
            beta = new
        return out


MEMBER_CALL = '"I call"'
"""The chair cue of a call of a member (`I call Ann Hart.`), not of the answering side."""
CALLS = frozenset({MEMBER_CALL, "chair calls the minister"})
"""Chair cues that give the floor to a member by name or office (`I call Adam Lowe.`,
`The Minister.`)."""


def _after_calls(
    cues: Sequence[SentenceCues], emit: list[list[float]], answers_ask: bool = True
) -> None:
    """The member the chair calls speaks next: the chair's turn does not hold the sentence
    after a call unless that sentence is the chair's too (`I call Ann Hart. I call Ben
    Ito.`). Without the rule a called member's first sentence, which rarely has a cue of its
    own (`The report published yesterday found …`), stays with the chair. At question time
    (``answers_ask`` false) a member called by name or as a spokesman asks: the answering
    side is called as such (`I call the Minister.`), so the member's sentence is no answer."""
    for i in range(1, len(cues)):
        called = cues[i - 1].chair
        if called in CALLS and not cues[i].chair:
            emit[i][_C] = NEG
            if called == MEMBER_CALL and not answers_ask:
                emit[i][_A] = NEG


def _answered_first(transition: list[list[float]]) -> None:
    """At question time a question, asked or not yet, is answered before a member asks the
    next: the floor passes from the asker to the answering side, the chair or a formula,
    never straight to another member's question. Without it an opening statement read as a
    question's preamble would run on into the first question, and a question that carries
    on past its ``?`` would swallow the answer's first sentences and hand over to a question
    of its own."""
    for asker in (_Q0A, _Q0B, _Q0C, _Q1, _Q2):
        for question in (_Q0A, _Q1):
            transition[asker][question] = NEG


_Shape = tuple[tuple[int, ...], tuple[int, ...], tuple[tuple[int, int], ...]]
_SHAPES: dict[tuple[bool, bool, bool, bool, bool], _Shape] = {}


def _shape(c: SentenceCues, answers_ask: bool = True) -> _Shape:
    """What the rules allow at a sentence, cached by the facts they read.

    Per state: the emission weight slot (-1: no weights, score 0; -2: not allowed); per state
    the opening slot (-2: may not open there); and the (source, destination) pairs of every
    turn that may carry on into it.
    """
    key = (c.asks, c.single, c.formula, bool(c.chair), answers_ask)
    shape = _SHAPES.get(key)
    if shape is None:
        hold = tuple(
            _EMISSION_SLOT.get(label, -1) if may_hold(j, c, answers_ask) else -2
            for j, label in enumerate(LABELS)
        )
        opens = tuple(
            _OPENING_SLOT[LABELS[j]] if j in _OPENERS and may_open(j, c) and hold[j] > -2 else -2
            for j in range(len(LABELS))
        )
        carries = tuple((s, d) for s in range(len(LABELS)) if (d := carry_on(s, c)) >= 0)
        shape = _SHAPES[key] = (hold, opens, carries)
    return shape


def _exp(x: float) -> float:
    """``exp`` kept inside the floats' range (a potential beyond e**60 is as good as certain)."""
    return math.exp(max(-60.0, min(x, 60.0)))


def merge(
    layers: Mapping[str, Mapping[str, Sequence[float]]], names: Sequence[str]
) -> dict[str, tuple[float, ...]]:
    """Sum the named layers of feature weights into one table."""
    merged: dict[str, list[float]] = {}
    for name in names:
        for feature, vector in layers.get(name, {}).items():
            row = merged.setdefault(feature, [0.0] * DIMENSIONS)
            for slot, value in enumerate(vector):
                row[slot] += value
    return {feature: tuple(row) for feature, row in merged.items()}


def layer_names(genre: str) -> tuple[str, ...]:
    """The weight layers that apply to a genre.

    One general layer for now: the genre and the House are features of every sentence, so
    each gets its own prior for every state and opening while all words share one weight
    (a layer per genre was tried and generalised worse to unseen days: too few debates).
    """
    del genre
    return ("general",)


def answers_ask(genre: str) -> bool:
    """Whether the answering side may ask in a genre: in debates speeches ask rhetorically;
    at question time (and questions on a statement) an answer does not ask."""
    return genre != "questions"


WEIGHTS_FILE = "weights.json"


@functools.cache
def _shipped() -> dict[str, object]:
    """The weights file shipped beside this module."""
    text = resources.files("hansard_parse.plain").joinpath(WEIGHTS_FILE).read_text("utf-8")
    data: dict[str, object] = json.loads(text)
    return data


def decoder_from(data: Mapping[str, object], genre: str, house: str) -> Decoder:
    """A decoder for (genre, House) from a weights document (see `train.write_weights`)."""
    names = layer_names(genre)
    features = data["features"]
    structure = data["structure"]
    calibration = data.get("calibration", {})
    assert isinstance(features, dict) and isinstance(structure, dict)
    assert isinstance(calibration, dict)
    merged_structure: dict[str, float] = {}
    for name in names:
        for key, value in structure.get(name, {}).items():
            merged_structure[key] = merged_structure.get(key, 0.0) + float(value)
    fitted = calibration.get(genre)
    temperatures = data.get("temperature", {})
    biases = data.get("open_bias", {})
    assert isinstance(temperatures, dict) and isinstance(biases, dict)
    temperature = float(temperatures.get(genre, 1.0))
    bias = float(biases.get(genre, 0.0))
    return Decoder(
        merge(features, names),
        merged_structure,
        Calibrator.from_data(fitted) if fitted else None,
        temperature,
        bias,
        answers_ask=answers_ask(genre),
    )


@functools.cache
def decoder_for(genre: str, house: str = "commons") -> Decoder:
    """The shipped decoder for a genre ("questions" or "debate") in a House."""
    return decoder_from(_shipped(), genre, house)
