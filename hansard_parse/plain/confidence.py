"""How sure the segmenter is of an opening: its probability, calibrated per population.

The model's forward-backward probability that a turn opens at a sentence is read from a
perceptron's scores under one temperature; nothing makes openings of different kinds equally
reliable at the same probability, and on held-out sitting days they are not: an opening the
cue readers back (`My hon. Friend is right…`, `It is a pleasure to follow…`) is right far more
often than one placed only because the side cues change, and a question that opens before it
asks less often than the answer or the chair's line at the same probability. A map of the
probability alone must average those populations, and is off for each of them.

So the stated confidence is a small logistic model, ``σ(slope·logit(p) + intercept + Σ
shift[trait])``, over the probability and the opening's traits (`opening_traits`: the state
it opens in and the strength of the opener cue that fired), fitted by Newton's method on
log-loss with a ridge penalty on the shifts. The penalty pulls a population with few
openings towards the genre's own curve (a trait never seen in training has no shift at all),
and the one slope, kept positive, keeps the confidence rising with the probability inside
every population. Training fits one per genre on held-out openings (`evaluate.tune`) and
stores its numbers in the weights file; parsing adds a few numbers per turn.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from attrs import field, frozen

from hansard_parse.plain.cues import SentenceCues

__all__ = ["RIDGE", "Calibrator", "fit_calibrator", "opening_traits", "stated_confidence"]

RIDGE = 2.0
"""The ridge penalty on each trait's shift: a Gaussian prior of standard deviation 0.7 on
the log-odds a population adds to the genre's curve, so a trait seen on a few dozen openings
moves the confidence less than their share right alone would."""
PRIOR = 1e-2
"""A faint pull of the slope towards 1 and the intercept towards 0 (the identity map): it
settles the fit where the openings cannot (all at one probability, the slope and intercept
are one unknown) and moves a fit on a few hundred openings by nothing that is stored."""
MIN_SLOPE = 1e-3
"""The slope is kept at least this: the confidence never falls as the probability rises."""
_STRENGTHS = (1.0, 2.0, 3.0, 4.0)
"""Opener strengths (`SentenceCues.opens`) read as cumulative traits, so a stronger cue
shares the shifts of every weaker one and adds its own."""
_STEPS = 100
_EPSILON = 1e-4


def opening_traits(label: str, cues: SentenceCues) -> tuple[str, ...]:
    """The populations an opening belongs to: the state it opens in (``A``, ``Q0a``, ``Q1``,
    ``F``, ``C``, ``R``) and each opener strength its sentence reaches."""
    return ("label=" + label, *(f"opener>={s:g}" for s in _STRENGTHS if cues.opens >= s))


def stated_confidence(p: float, traits: Sequence[str], calibrator: Calibrator | None) -> float:
    """The confidence an opening states: ``p`` through the genre's calibrator, if it has one."""
    return p if calibrator is None else calibrator.confidence(p, traits)


def _logit(p: float) -> float:
    q = min(max(p, _EPSILON), 1.0 - _EPSILON)
    return math.log(q / (1.0 - q))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(x, 60.0))))


@frozen
class Calibrator:
    """A fitted confidence map of one genre (see the module's docstring)."""

    slope: float = 1.0
    intercept: float = 0.0
    shifts: Mapping[str, float] = field(factory=dict)
    """The log-odds each trait adds; traits not here add nothing."""

    def confidence(self, p: float, traits: Sequence[str]) -> float:
        """The share of openings with probability ``p`` and ``traits`` that were right."""
        z = self.slope * _logit(p) + self.intercept
        for trait in traits:
            z += self.shifts.get(trait, 0.0)
        return _sigmoid(z)

    def as_data(self) -> dict[str, object]:
        """The calibrator as the weights file stores it."""
        return {"slope": self.slope, "intercept": self.intercept, "shifts": dict(self.shifts)}

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> Calibrator:
        """Read a calibrator from the weights file (see `as_data`)."""
        slope, intercept, shifts = data["slope"], data["intercept"], data["shifts"]
        assert isinstance(slope, int | float) and isinstance(intercept, int | float)
        assert isinstance(shifts, Mapping)
        return cls(
            slope=float(slope),
            intercept=float(intercept),
            shifts={str(k): float(v) for k, v in shifts.items()},
        )


def fit_calibrator(
    openings: Sequence[tuple[float, Sequence[str], bool]], ridge: float = RIDGE
) -> Calibrator:
    """Fit a `Calibrator` to (probability, traits, right) of held-out openings.

    Newton's method on the penalised log-loss, halving a step that would not lower it; the
    slope is held at `MIN_SLOPE` or above; the shifts are penalised by ``ridge``, the slope
    and intercept only by the faint `PRIOR`. Traits are numbered in sorted order and sums run
    in the order given, so the same openings give the same numbers; they are returned rounded
    to four places (zero shifts left out). With no openings the map is the identity: slope 1,
    intercept 0, no shifts.
    """
    if not openings:
        return Calibrator()
    names = sorted({t for _, traits, _ in openings for t in traits})
    index = {name: 2 + k for k, name in enumerate(names)}
    rows = [
        (_logit(p), sorted({index[t] for t in traits}), 1.0 if right else 0.0)
        for p, traits, right in openings
    ]
    theta = [1.0, 0.0] + [0.0] * len(names)
    loss = _penalised_loss(rows, theta, ridge)
    for _ in range(_STEPS):
        step = _newton_step(rows, theta, ridge)
        if step is None:
            break
        scale = 1.0
        while True:
            trial = [w - scale * d for w, d in zip(theta, step, strict=True)]
            trial[0] = max(trial[0], MIN_SLOPE)
            trial_loss = _penalised_loss(rows, trial, ridge)
            if trial_loss <= loss or scale < 1e-6:
                break
            scale /= 2
        if trial_loss > loss:  # no step lowers the loss: it is as low as it goes
            break
        theta, gain, loss = trial, loss - trial_loss, trial_loss
        if gain < 1e-10:
            break
    shifts = {n: round(theta[index[n]], 4) + 0.0 for n in names if round(theta[index[n]], 4)}
    return Calibrator(slope=round(theta[0], 4), intercept=round(theta[1], 4) + 0.0, shifts=shifts)


_Row = tuple[float, list[int], float]


def _score(row: _Row, theta: Sequence[float]) -> float:
    x, active, _ = row
    z = theta[0] * x + theta[1]
    for j in active:
        z += theta[j]
    return z


def _penalised_loss(rows: Sequence[_Row], theta: Sequence[float], ridge: float) -> float:
    """Summed log-loss of the openings plus the ridge penalty on the shifts."""
    total = 0.0
    for row in rows:
        z = max(-60.0, min(_score(row, theta), 60.0))
        # log(1 + e^z) - y·z, computed without overflow
        total += max(z, 0.0) + math.log1p(math.exp(-abs(z))) - row[2] * z
    prior = PRIOR * ((theta[0] - 1.0) ** 2 + theta[1] ** 2)
    return total + 0.5 * (prior + ridge * sum(w * w for w in theta[2:]))


def _newton_step(rows: Sequence[_Row], theta: Sequence[float], ridge: float) -> list[float] | None:
    """The Newton direction (Hessian⁻¹ · gradient) of the penalised loss at ``theta``."""
    size = len(theta)
    grad = [0.0] * size
    hess = [[0.0] * size for _ in range(size)]
    for row in rows:
        x, active, y = row
        q = _sigmoid(_score(row, theta))
        w = max(q * (1.0 - q), 1e-9)
        columns = [(0, x), (1, 1.0), *((j, 1.0) for j in active)]
        for a, xa in columns:
            grad[a] += (q - y) * xa
            ha = hess[a]
            for b, xb in columns:
                ha[b] += w * xa * xb
    grad[0] += PRIOR * (theta[0] - 1.0)
    grad[1] += PRIOR * theta[1]
    for j in range(size):
        grad[j] += ridge * theta[j] if j >= 2 else 0.0
        hess[j][j] += ridge if j >= 2 else PRIOR
    return _solve(hess, grad)


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float] | None:
    """Solve ``matrix · x = vector`` by Gaussian elimination with partial pivoting (None when
    the matrix is singular). Small systems only: one row per trait."""
    n = len(vector)
    a = [[*row, v] for row, v in zip(matrix, vector, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) < 1e-12:
            return None
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            if factor:
                for c in range(col, n + 1):
                    a[r][c] -= factor * a[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x
