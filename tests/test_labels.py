"""Speaker labels: the cases in fixtures/labels.json, read alone and at the start of a print line."""

from __future__ import annotations

import json
from typing import Any

import pytest
from helpers import FIXTURES

from hansard_parse import Contribution, Heading, Speaker, parse, parse_label
from hansard_parse.speakers import match_print_label

CASES: dict[str, list[dict[str, Any]]] = json.loads(
    (FIXTURES / "labels.json").read_text(encoding="utf-8")
)
SPEECH = "What steps is he taking to reduce waiting times?"


def _params(kind: str) -> list[Any]:
    params = []
    for case in CASES[kind]:
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _expected(case: dict[str, Any]) -> Speaker:
    return Speaker(
        name=case["name"],
        label=case.get("speaker_label", case["label"]),
        office=case["office"],
        constituency=case["constituency"],
        party=case["party"],
        role=case["role"],
    )


def test_label_cases_cover_every_role() -> None:
    roles = {case["role"] for case in CASES["read"]}
    assert roles == {"member", "chair", "collective"}
    assert len(CASES["reject"]) >= 5


@pytest.mark.parametrize("case", _params("read"))
def test_parse_label_reads_the_speaker(case: dict[str, Any]) -> None:
    assert parse_label(case["label"]) == _expected(case)


@pytest.mark.parametrize("case", _params("read"))
def test_parse_label_ignores_a_trailing_colon(case: dict[str, Any]) -> None:
    assert parse_label(case["label"] + ":") == _expected(case)


@pytest.mark.parametrize("case", _params("read"))
def test_print_label_reads_speaker_number_and_uin(case: dict[str, Any]) -> None:
    line = f"{case['label']}: {SPEECH}"
    found = match_print_label(line)
    assert found is not None
    assert found.speaker == _expected(case)
    assert found.number == case.get("number")
    assert found.uin == case.get("uin")
    assert line[found.end :] == SPEECH, "the label ends after the colon and the space"


@pytest.mark.parametrize("case", _params("reject"))
def test_parse_label_rejects_what_is_not_a_speaker(case: dict[str, Any]) -> None:
    assert parse_label(case["label"]) is None


@pytest.mark.parametrize("case", _params("reject"))
def test_print_label_rejects_a_colon_that_is_not_a_speakers(case: dict[str, Any]) -> None:
    assert match_print_label(case["line"]) is None


def test_print_label_needs_a_colon() -> None:
    assert match_print_label("Mr Speaker Order.") is None
    found = match_print_label("Mr Speaker: Order.")
    assert found is not None and found.speaker.role == "chair"


def test_print_label_without_space_after_colon() -> None:
    found = match_print_label("Mr Hague:I think so.")
    assert found is not None
    assert found.speaker.name == "Mr Hague"
    assert "Mr Hague:I think so."[found.end :] == "I think so."


def test_names_that_are_words_and_headings_in_context() -> None:
    """``Simon Court:`` before speech is a member; ``Topical Questions: Justice`` before a
    label is a heading, though both have a name's shape."""
    text = (
        "Topical Questions: Justice\n"
        "Simon Court: Will the Minister meet me to talk about the courts in my area?\n"
        "Tāmati Coffey: I would be glad to meet the hon. Member.\n"
    )
    document = parse(text, layout="print")
    assert [h.text for h in document.find_all(Heading)] == ["Topical Questions: Justice"]
    speakers = [c.speaker.name for c in document.find_all(Contribution) if c.speaker]
    assert speakers == ["Simon Court", "Tāmati Coffey"]


def test_brackets_inside_a_constituency_keep_the_turns_apart() -> None:
    text = (
        "Rishi Sunak (Richmond (Yorks)) (Con): Will the Minister set out his plans?\n"
        "Bill Wilson (West of Scotland) (SNP): I will set them out next week.\n"
    )
    turns = list(parse(text, layout="print").find_all(Contribution))
    assert [(t.speaker.name, t.speaker.constituency) for t in turns if t.speaker] == [
        ("Rishi Sunak", "Richmond (Yorks)"),
        ("Bill Wilson", "West of Scotland"),
    ]
