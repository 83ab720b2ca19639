"""The variants' detection patterns counted branch by branch count what one scan of the
whole pattern counts (property tests against the plain ``findall`` and ``finditer``)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from hansard_parse.houses import HOUSES
from hansard_parse.houses.evidence import Evidence, count_matches

_BRANCHED = [house for house in HOUSES.values() if house.evidence_branches or house.contrary_branches]

# The marks' pieces and what may stand next to them (a word joined on, a comma, a bracket).
_PIECES = st.sampled_from([
    "the", "this", "House", "of", "Mr", "Mr.", "Madam", "Deputy", "Speaker", "read", "a", "Second",
    "time", "move", "amendment", "12A,", "4", "page", "in", "clause", "Westminster", "Hall",
    "Committee", "Chairman", "Key", "Key.", ",", ", ", "(in the Chair):", "(", ")", ":", "Dame",
    "Sir", "x", "-", "’", " ", "\n", "Mr Deputy Speaker", ", Mr Key.", ", Dame Smith-move.",
    "move amendment 4, in clause", "move amendment 4, page", "the Committee", "the House",
])  # fmt: skip
_TEXT = st.lists(_PIECES, max_size=24).map(" ".join) | st.lists(_PIECES, max_size=24).map("".join)


def _fixture_texts() -> list[str]:
    folder = Path(__file__).parent / "fixtures"
    return [path.read_text(encoding="utf-8", errors="replace") for path in sorted(folder.rglob("*.txt"))]


def test_the_branches_join_into_the_patterns_they_stand_for() -> None:
    assert _BRANCHED, "no House gives its patterns as branches"
    for house in _BRANCHED:
        if house.evidence_branches:
            assert "|".join(house.evidence_branches) == house.evidence_pattern, house.name
        if house.contrary_branches:
            assert "|".join(house.contrary_branches) == house.contrary, house.name


@given(text=_TEXT)
def test_evidence_branches_counted_apart_sum_to_the_whole_pattern_s_matches(text: str) -> None:
    sample = Evidence(text.split("\n"))
    for house in _BRANCHED:
        if house.evidence_branches:
            apart = sum(sample.marks(branch) for branch in house.evidence_branches)
            assert apart == len(house.evidence_pattern_re.findall(sample.text)), house.name


@given(text=_TEXT, limit=st.integers(min_value=0, max_value=6))
def test_contrary_matches_found_branch_by_branch_are_those_of_one_scan(text: str, limit: int) -> None:
    for house in _BRANCHED:
        if house.contrary_branches:
            whole = sum(1 for _ in house.contrary_re.finditer(text))
            assert count_matches(house.contrary_branches, text) == whole, house.name
            assert count_matches(house.contrary_branches, text, limit) == min(limit, whole), house.name


def test_overlapping_branches_count_as_one_match_as_in_one_scan() -> None:
    branches = (r"Mr\s+(?:Deputy\s+)?Speaker", r"Deputy\s+Speaker")
    text = "Mr Deputy Speaker and Deputy Speaker, then Mr Speaker."
    assert count_matches(branches, text) == 3 == len(re.findall("|".join(branches), text))
    assert count_matches(branches, text, 2) == 2
    assert count_matches(branches, "no chair here") == 0


def test_the_fixtures_count_as_one_scan_counts() -> None:
    texts = _fixture_texts()
    assert len(texts) > 50
    found = 0
    for text, house in itertools.product(texts, _BRANCHED):
        sample = Evidence(text.split("\n"))
        if house.evidence_branches:
            apart = sum(sample.marks(branch) for branch in house.evidence_branches)
            assert apart == len(house.evidence_pattern_re.findall(sample.text)), house.name
        if house.contrary_branches:
            whole = sum(1 for _ in house.contrary_re.finditer(text))
            assert count_matches(house.contrary_branches, text) == whole, house.name
            found += whole
    assert found > 20


def test_a_mark_shared_by_two_variants_is_counted_once() -> None:
    committee, hall = HOUSES["committee"], HOUSES["westminster-hall"]
    shared = set(committee.evidence_branches) & set(hall.evidence_branches)
    assert shared
    sample = Evidence(["Thank you, Mr Key.", "I call Dame Angela Eagle, Sir Roger."])
    assert committee.votes(sample) >= 2 and hall.votes(sample) >= 2
    assert [sample.marks(branch) for branch in shared] == [2]
