"""Leave-one-day-out: how the segmenter does on sitting days it was not trained on.

For every sitting day of a corpus, a model is trained on all the other days and segments that
day's transcripts. On these held-out runs training picks what the perceptron cannot learn
from the days it fits: the offset added to every opening (the one with the best mean turn
F1 over the days), the temperature of the forward-backward probabilities (the lowest
log-loss) and the calibrator that turns a probability and the opening's traits into the share
of such openings that were right (`confidence`).
``benchmarks/eval_segmenter.py`` scores the same runs; figures measured on the training days
themselves would flatter the model.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from attrs import define, field

from hansard_parse.plain.confidence import Calibrator, fit_calibrator, opening_traits
from hansard_parse.plain.features import sentence_features
from hansard_parse.plain.model import Decoder, Path, decoder_from
from hansard_parse.plain.train import Example, train, trainable

__all__ = [
    "OFFSETS",
    "TEMPERATURES",
    "HeldOut",
    "Tuning",
    "held_out",
    "log_loss",
    "mean_day_f1",
    "openings",
    "tune",
]

TEMPERATURES = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0)
"""Temperatures tried for the forward-backward probabilities (perceptron scores have no scale)."""
OFFSETS = (0.0, 2.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0, 32.0)
"""Offsets tried for every opening after the first."""


@define
class HeldOut:
    """One transcript with the weights of a model that never saw its sitting day.

    Scores are computed once; decodings and probabilities per offset are kept as they are
    asked for, because tuning asks for the same ones many times.
    """

    example: Example
    document: dict[str, object]
    house: str
    _decoder: Decoder = field(init=False)
    _cues: list[object] = field(init=False)
    _emit: list[list[float]] = field(init=False)
    _opening: list[list[float]] = field(init=False)
    _paths: dict[float, Path] = field(init=False, factory=dict)
    _starts: dict[float, tuple[int, ...]] = field(init=False, factory=dict)
    _probabilities: dict[tuple[float, float], tuple[float, ...]] = field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        e = self.example
        self._decoder = decoder_from(self.document, e.genre, self.house)
        self._decoder.open_bias = 0.0
        self._cues = [e.cues[i] for i in e.real]
        feats = sentence_features(e.sentences, e.cues, e.genre, self.house)
        self._emit, self._opening = self._decoder.scores(
            self._cues,  # type: ignore[arg-type]
            [feats[i] for i in e.real],
        )

    def _shifted(self, offset: float) -> list[list[float]]:
        return [row if k == 0 else [o + offset for o in row] for k, row in enumerate(self._opening)]

    def path(self, offset: float) -> Path:
        """The Viterbi path with ``offset`` added to openings."""
        if offset not in self._paths:
            self._paths[offset] = self._decoder.viterbi(
                self._cues,  # type: ignore[arg-type]
                self._emit,
                self._shifted(offset),
            )
        return self._paths[offset]

    def starts(self, offset: float) -> tuple[int, ...]:
        """Real-sentence positions where turns open with ``offset`` added to openings."""
        if offset not in self._starts:
            self._starts[offset] = tuple(k for k, o in enumerate(self.path(offset).opens) if o)
        return self._starts[offset]

    def traits(self, offset: float) -> list[tuple[str, ...]]:
        """The traits (`confidence.opening_traits`) of each opening after the first."""
        labels = self.path(offset).labels
        return [opening_traits(labels[k], self._cues[k]) for k in self.starts(offset)[1:]]  # type: ignore[arg-type]

    def right(self, offset: float) -> list[bool]:
        """Whether each opening after the first is a gold turn start."""
        return [self.example.gold_open[k] for k in self.starts(offset)[1:]]

    def counts(self, offset: float) -> tuple[int, int, int]:
        """(right openings, openings, gold openings), the first sentence left out."""
        right = self.right(offset)
        return sum(right), len(right), sum(self.example.gold_open[1:])

    def probabilities(self, offset: float, temperature: float) -> tuple[float, ...]:
        """The model's probability of each opening after the first."""
        key = (offset, temperature)
        if key not in self._probabilities:
            marginals = self._decoder.boundary_marginals(
                self._cues,  # type: ignore[arg-type]
                self._emit,
                self._shifted(offset),
                temperature,
            )
            self._probabilities[key] = tuple(marginals[k] for k in self.starts(offset)[1:])
        return self._probabilities[key]


def held_out(examples: Sequence[Example], house: str | None = None) -> list[HeldOut]:
    """Every trainable example with a model trained without its sitting day (decoded with its
    own House unless ``house`` names one for all)."""
    runs = []
    for day in sorted({e.day for e in examples}):
        rest = [e for e in examples if e.day != day]
        document = train(rest) if trainable(rest) else {"features": {}, "structure": {}}
        for example in trainable(examples):
            if example.day == day:
                runs.append(HeldOut(example, document, house or example.house))
    return runs


def log_loss(points: Sequence[tuple[float, bool]]) -> float:
    """Mean negative log-likelihood of right/wrong under the stated probabilities."""
    if not points:
        return 0.0
    total = 0.0
    for p, right in points:
        q = min(max(p, 1e-6), 1 - 1e-6)
        total -= math.log(q if right else 1 - q)
    return total / len(points)


@define
class Tuning:
    """What training picks on held-out runs of one genre."""

    open_bias: float
    temperature: float
    calibration: Calibrator


def mean_day_f1(runs: Sequence[HeldOut], offset: float) -> float:
    """The mean over sitting days of each day's turn F1 with ``offset``: the offset is to
    serve a day not yet seen, so every day counts alike, not in proportion to its turns (a
    House with many turns would otherwise set it for all the others)."""
    days: dict[str, list[int]] = {}
    for run in runs:
        r, f, g = run.counts(offset)
        tally = days.setdefault(run.example.day, [0, 0, 0])
        tally[0], tally[1], tally[2] = tally[0] + r, tally[1] + f, tally[2] + g
    scores = [2 * r / (f + g) if f + g else 0.0 for r, f, g in days.values()]
    return sum(scores) / len(scores) if scores else 0.0


def points(runs: Sequence[HeldOut], offset: float, t: float) -> list[tuple[float, bool]]:
    """(probability, right) of every held-out opening after the first."""
    return [
        (p, r)
        for run in runs
        for p, r in zip(run.probabilities(offset, t), run.right(offset), strict=True)
    ]


def openings(
    runs: Sequence[HeldOut], offset: float, t: float
) -> list[tuple[float, tuple[str, ...], bool]]:
    """(probability, traits, right) of every held-out opening after the first: what the
    calibrator is fitted to."""
    return [
        (p, traits, r)
        for run in runs
        for p, traits, r in zip(
            run.probabilities(offset, t), run.traits(offset), run.right(offset), strict=True
        )
    ]


def tune(runs: Sequence[HeldOut]) -> Tuning:
    """Offset (best mean turn F1 over days; ties: the smallest), then temperature (lowest
    log-loss) and the calibrator, all on held-out runs."""
    offset = max(OFFSETS, key=lambda b: (round(mean_day_f1(runs, b), 6), -b))
    t = min(TEMPERATURES, key=lambda x: (round(log_loss(points(runs, offset, x)), 6), x))
    return Tuning(offset, t, fit_calibrator(openings(runs, offset, t)))
