"""The Houses: each chamber's words in one module, detected from the text or forced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import hansard_parse as hp
from hansard_parse.houses import COMMONS, HOUSES, detect_house, get_house
from hansard_parse.houses.lords import Lords

FIXTURES = Path(__file__).parent / "fixtures"
SNAPSHOTS = Path(__file__).parent / "snapshots" / "commons"


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_commons_output_is_unchanged(name: str) -> None:
    """The JSON of every Commons fixture equals the snapshot taken before the Houses existed
    (the new ``house`` field aside)."""
    document = json.loads(hp.to_json(hp.parse_file(FIXTURES / name)))["document"]
    assert document.pop("house") == "commons"
    expected = json.loads((SNAPSHOTS / f"{name}.json").read_text(encoding="utf-8"))
    assert document == expected


def test_registry_knows_commons_and_lords() -> None:
    assert HOUSES["commons"] is COMMONS
    assert isinstance(HOUSES["lords"], Lords)
    assert get_house("Lords") is HOUSES["lords"]
    assert get_house(None) is None


def test_unknown_house_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="commons, lords"):
        get_house("senate")


def test_lords_text_is_detected_by_its_phrases() -> None:
    lines = ["Lord Bach: My Lords, I thank the noble Lord for his question."]
    assert detect_house(lines).name == "lords"


def test_text_without_evidence_is_the_commons() -> None:
    assert detect_house(["A line of text.", ""]) is COMMONS


def test_house_can_be_forced_and_is_on_the_document() -> None:
    text = "Mr Speaker: Order.\n"
    assert hp.parse(text).house == "commons"
    assert hp.parse(text, house="lords").house == "lords"
