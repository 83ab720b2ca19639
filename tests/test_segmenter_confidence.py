"""The confidence of an inferred turn: its probability calibrated per population of openings."""

from __future__ import annotations

import itertools
import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hansard_parse.plain.confidence import Calibrator, fit_calibrator, opening_traits
from hansard_parse.plain.cues import read_cues
from hansard_parse.plain.model import decoder_for, decoder_from
from hansard_parse.plain.segment import segment
from hansard_parse.plain.train import main

FIXTURES = Path(__file__).parent / "fixtures"
TINY = FIXTURES / "segmenter_corpus"
AFTER_STATEMENT = FIXTURES / "questions_after_statement.plain.txt"

_TRAIT_SETS = (("label=A",), ("label=A", "opener>=1"), ("label=Q0a",), ("label=C", "opener>=1"))
_OPENINGS = st.lists(
    st.tuples(
        st.floats(min_value=0.0, max_value=1.0),
        st.sampled_from(_TRAIT_SETS),
        st.booleans(),
    ),
    min_size=1,
    max_size=120,
)


@given(_OPENINGS, st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=2, max_size=20))
def test_the_confidence_rises_with_the_probability_in_every_population(
    openings: list[tuple[float, tuple[str, ...], bool]], probes: list[float]
) -> None:
    calibrator = fit_calibrator(openings)
    for traits in _TRAIT_SETS:
        stated = [calibrator.confidence(p, traits) for p in sorted(probes)]
        assert all(a <= b + 1e-12 for a, b in itertools.pairwise(stated))
        assert all(0.0 <= s <= 1.0 for s in stated)


def _mixed(n: int = 200) -> list[tuple[float, tuple[str, ...], bool]]:
    """Openings near one probability from two populations: those an opener cue backs are
    right 17 times in 20, the others 2 times in 5."""
    cued = [(0.55 + k % 11 / 100, ("label=A", "opener>=1"), k % 20 < 17) for k in range(n)]
    bare = [(0.55 + k % 11 / 100, ("label=A",), k % 5 < 2) for k in range(n)]
    return cued + bare


def test_openings_a_cue_backs_state_their_own_share_right() -> None:
    """At the same probability each population states its own share right, where a curve of
    the probability alone would state their mean (0.625) for both."""
    calibrator = fit_calibrator(_mixed())
    assert calibrator.confidence(0.6, ("label=A", "opener>=1")) == pytest.approx(0.85, abs=0.03)
    assert calibrator.confidence(0.6, ("label=A",)) == pytest.approx(0.40, abs=0.03)


def test_a_thin_population_is_drawn_towards_the_genre_curve() -> None:
    """Four right openings of a rare kind do not make it certain: the ridge penalty holds its
    shift well below what four out of four alone would give."""
    openings = [*_mixed(), *((0.6, ("label=C",), True) for _ in range(4))]
    calibrator = fit_calibrator(openings)
    assert 0.5 < calibrator.confidence(0.6, ("label=C",)) < 0.8


def test_the_calibrator_is_fitted_only_from_its_openings() -> None:
    """The same openings give the same numbers whatever their order, and a trait no opening
    had gets no shift: it states the genre's curve."""
    openings = _mixed()
    calibrator = fit_calibrator(openings)
    assert fit_calibrator(list(reversed(openings))) == calibrator
    assert set(calibrator.shifts) <= {"label=A", "opener>=1"}
    assert calibrator.confidence(0.3, ("label=A", "label=R")) == calibrator.confidence(
        0.3, ("label=A",)
    )
    assert fit_calibrator([]) == Calibrator()


def test_opening_traits_name_the_state_and_each_opener_strength_reached() -> None:
    cued = read_cues("My hon. Friend is right that the fares are too high.")
    assert cued.opens >= 3
    traits = opening_traits("A", cued)
    assert traits[0] == "label=A"
    assert {"opener>=1", "opener>=2", "opener>=3"} <= set(traits)
    assert opening_traits("Q0a", read_cues("The depot closed in May.")) == ("label=Q0a",)


def test_the_calibrator_round_trips_through_the_weights_file(tmp_path: Path) -> None:
    out = tmp_path / "weights.json"
    assert main([str(TINY), "--out", str(out)]) == 0
    document = json.loads(out.read_text())
    stored = document["calibration"]["questions"]
    assert set(stored) == {"slope", "intercept", "shifts"}
    calibrator = Calibrator.from_data(stored)
    assert calibrator.slope > 0
    assert json.loads(json.dumps(calibrator.as_data())) == stored
    assert decoder_from(document, "questions", "commons").calibration == calibrator


def test_each_turn_states_its_population_s_confidence() -> None:
    """A shift for answers in the weights file moves the confidence of answers only: the
    segmenter reads each turn's traits, and its turns stay where they were."""
    sentences = AFTER_STATEMENT.read_text(encoding="utf-8").splitlines()
    shipped = decoder_for("questions")
    assert isinstance(shipped.calibration, Calibrator)
    base = shipped.calibration
    shipped_file = resources.files("hansard_parse.plain").joinpath("weights.json")
    document = json.loads(shipped_file.read_text(encoding="utf-8"))
    calibration = document["calibration"]
    shifts = dict(base.shifts)
    shifts["label=A"] = shifts.get("label=A", 0.0) + 2.0
    calibration["questions"] = Calibrator(base.slope, base.intercept, shifts).as_data()
    before = segment(sentences, genre="questions")
    after = segment(sentences, genre="questions", weights=document)
    assert [(t.start, t.kind, t.probability) for t in before] == [
        (t.start, t.kind, t.probability) for t in after
    ]
    pairs = list(zip(before[1:], after[1:], strict=True))
    assert {t.kind for t, u in pairs if u.confidence != t.confidence} == {"answer"}
    assert all(u.confidence >= t.confidence for t, u in pairs)
    assert any(t.kind != "answer" for t, _ in pairs), "questions are there, and kept theirs"
