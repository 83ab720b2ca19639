"""Leave-one-day-out: how the segmenter does on sitting days it was not trained on.

For every sitting day of a corpus, a model is trained on all the other days and segments that
day's transcripts. Training uses these held-out openings to pick the temperature of the
forward-backward probabilities and to calibrate confidences; ``benchmarks/eval_segmenter.py``
scores them. Figures measured on the training days themselves would flatter the model.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence

from attrs import frozen

from hansard_parse.plain.features import sentence_features
from hansard_parse.plain.model import decoder_from, real_indices
from hansard_parse.plain.segment import Turn, segment
from hansard_parse.plain.train import Example, fit_isotonic, train, trainable

__all__ = [
    "TEMPERATURES",
    "HeldOut",
    "calibration_for",
    "held_out",
    "log_loss",
    "pick_temperature",
]

TEMPERATURES = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0)
"""Temperatures tried for the forward-backward probabilities (perceptron scores have no scale)."""


@frozen
class HeldOut:
    """One transcript segmented by a model that never saw its sitting day."""

    example: Example
    turns: tuple[Turn, ...]
    right: tuple[bool, ...]
    """Whether each opening after the first is a gold turn start."""
    probabilities: Mapping[float, tuple[float, ...]]
    """Per temperature, the model's probability of each opening after the first."""


def _days(examples: Sequence[Example]) -> Iterator[tuple[str, dict[str, object]]]:
    """Each sitting day with the weights learned from all the other days."""
    for day in sorted({e.day for e in examples}):
        rest = [e for e in examples if e.day != day]
        yield day, train(rest) if trainable(rest) else {"features": {}, "structure": {}}


def held_out(examples: Sequence[Example], house: str | None = None) -> list[HeldOut]:
    """Segment every example with a model trained without its day (its own House unless
    ``house`` names one for all), with opening probabilities at every temperature."""
    out = []
    for day, document in _days(examples):
        for example in examples:
            if example.day != day:
                continue
            where = house or example.house
            turns = tuple(segment(example.sentences, house=where, weights=document))
            starts = {int(t["line"]) for t in example.gold.get("turns", [])}  # type: ignore[attr-defined]
            right = tuple(example.lines[t.start] in starts for t in turns[1:])
            probabilities: dict[float, tuple[float, ...]] = {}
            if len(turns) > 1:
                decoder = decoder_from(document, example.genre, where)
                real = real_indices(example.cues)
                position = {i: k for k, i in enumerate(real)}
                cues = [example.cues[i] for i in real]
                feats = sentence_features(example.sentences, example.cues, example.genre, where)
                emit, opening = decoder.scores(cues, [feats[i] for i in real])
                for t in TEMPERATURES:
                    marginals = decoder.boundary_marginals(cues, emit, opening, t)
                    probabilities[t] = tuple(marginals[position[turn.start]] for turn in turns[1:])
            out.append(HeldOut(example, turns, right, probabilities))
    return out


def log_loss(points: Sequence[tuple[float, bool]]) -> float:
    """Mean negative log-likelihood of right/wrong under the stated probabilities."""
    if not points:
        return 0.0
    total = 0.0
    for p, right in points:
        q = min(max(p, 1e-6), 1 - 1e-6)
        total -= math.log(q if right else 1 - q)
    return total / len(points)


def _points(runs: Sequence[HeldOut], t: float) -> list[tuple[float, bool]]:
    return [
        (p, r) for run in runs if t in run.probabilities
        for p, r in zip(run.probabilities[t], run.right, strict=True)
    ]


def pick_temperature(runs: Sequence[HeldOut]) -> float:
    """The temperature whose held-out probabilities have the lowest log-loss (ties: lowest)."""
    return min(TEMPERATURES, key=lambda t: (log_loss(_points(runs, t)), t))


def calibration_for(runs: Sequence[HeldOut]) -> tuple[float, list[list[float]]]:
    """Temperature and isotonic calibration table fitted on held-out runs."""
    t = pick_temperature(runs)
    return t, fit_isotonic(_points(runs, t))
