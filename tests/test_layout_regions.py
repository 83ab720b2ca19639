"""A text whose layout changes part way is read part by part, each in its own layout.

The inputs are two fixtures put one after the other, as a user pastes a print excerpt above a
web one, or an article above the debate it reports.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import orjson
import pytest
from helpers import TEXT_FIXTURES, check_lossless, read_fixture

from hansard_parse import Contribution, Narrative, from_json, parse, to_json
from hansard_parse.classify import classify_lines
from hansard_parse.layout import Region, layout_regions
from hansard_parse.source import split_lines


def _joined(first: str, second: str) -> tuple[str, int]:
    """The two fixtures one after the other, and the 1-based line where the second begins."""
    head = read_fixture(first)
    if not head.endswith("\n"):
        head += "\n"
    return head + read_fixture(second), head.count("\n") + 1


def _turns(text: str, layout: str | None = None) -> list[tuple[str, str | None]]:
    return [
        (turn.TYPE, turn.speaker.name if turn.speaker else None)
        for turn in parse(text, layout=layout).find_all(Contribution)
    ]


def _changes(text: str) -> list[tuple[int, str]]:
    return [(d.line, d.reason) for d in parse(text).diagnostics if "layout changes" in d.reason]


@pytest.mark.parametrize(
    ("first", "second", "layouts"),
    [
        ("oral_questions.print.txt", "oral_questions.web.txt", ("print", "web")),
        ("oral_questions.web.txt", "statement.print.txt", ("web", "print")),
        ("prose_004.txt", "debate.print.txt", ("prose", "print")),
        ("questions_after_statement.plain.txt", "oral_questions.print.txt", ("plain", "print")),
    ],
)
def test_each_part_is_read_in_its_own_layout(
    first: str, second: str, layouts: tuple[str, str]
) -> None:
    text, second_starts = _joined(first, second)
    doc = parse(text)
    check_lossless(doc, text)
    assert _turns(text) == _turns(read_fixture(first), layouts[0]) + _turns(
        read_fixture(second), layouts[1]
    ), "every turn of both parts, as each part alone gives them"
    (change,) = _changes(text)
    assert second_starts - 4 <= change[0] <= second_starts + 6, "the note names where it changes"
    assert f"from {layouts[0]} to {layouts[1]}" in change[1]
    assert doc.layout in layouts


def test_an_article_above_a_debate_stays_narrative_with_no_speakers() -> None:
    text, second_starts = _joined("prose_004.txt", "debate.print.txt")
    doc = parse(text)
    assert isinstance(doc.children[0], Narrative)
    assert doc.children[0].find(Contribution) is None
    assert all(t.span.start_line >= second_starts for t in doc.find_all(Contribution))


def test_a_web_part_is_not_one_block_of_print_paragraphs() -> None:
    text, second_starts = _joined("oral_questions.print.txt", "oral_questions.web.txt")
    web_turns = [t for t in parse(text).find_all(Contribution) if t.span.start_line > second_starts]
    assert len(web_turns) == len(_turns(read_fixture("oral_questions.web.txt")))


@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=lambda p: p.name)
def test_a_text_in_one_layout_is_one_region(path: Path) -> None:
    text = read_fixture(path.name)
    assert _changes(text) == []
    lines = split_lines(text)
    layout = parse(text).layout
    assert layout_regions(lines, classify_lines(lines), layout) == [Region(0, len(lines), layout)]


def test_a_forced_layout_reads_the_whole_text_in_it() -> None:
    text, _ = _joined("oral_questions.print.txt", "oral_questions.web.txt")
    doc = parse(text, layout="print")
    assert doc.layout == "print"
    assert not any("layout changes" in d.reason for d in doc.diagnostics)


def test_regions_cover_the_text_in_order() -> None:
    text, _ = _joined("questions_after_statement.plain.txt", "oral_questions.print.txt")
    lines = split_lines(text)
    regions = layout_regions(lines, classify_lines(lines), "print")
    assert [r.layout for r in regions] == ["plain", "print"]
    assert regions[0].start == 0 and regions[-1].end == len(lines)
    assert all(a.end == b.start for a, b in itertools.pairwise(regions))


def test_a_mixed_document_round_trips_through_json() -> None:
    text, _ = _joined("oral_questions.web.txt", "statement.print.txt")
    doc = parse(text)
    again = from_json(to_json(doc))
    assert again == doc
    assert orjson.loads(to_json(again))["document"]["layout"] == doc.layout


def test_a_page_whose_names_stop_is_read_as_a_transcript_after_its_last_label() -> None:
    text = read_fixture("shapes/names_then_none.txt")
    doc = parse(text)
    check_lossless(doc, text)
    (change,) = _changes(text)
    assert change[0] == 5
    assert "from print to plain (lines 1–4 print, lines 5–13 plain)" in change[1]
    turns = [(t.TYPE, t.span.start_line, t.speaker) for t in doc.find_all(Contribution)]
    named = [(kind, line, speaker.name) for kind, line, speaker in turns if speaker]
    assert named == [
        ("question", 2, "Mrs Joanna Price"),
        ("answer", 3, "Mr Tom Ellis"),
        ("supplementary_question", 4, "Mrs Price"),
    ]
    inferred = {line: kind for kind, line, speaker in turns if speaker is None}
    assert inferred[5] == "answer"  # My hon. Friend has been a doughty champion…
    assert inferred[6] == "chair"  # I call the shadow Minister.
    assert inferred[11] == "chair"  # Order.
    assert len(inferred) >= 7


def test_a_long_last_speech_is_not_a_transcript() -> None:
    speech = (
        "Mr Speaker: I call the Minister.\n"
        "The Minister for Water (Mr Tom Ellis): I beg to move, That the Bill be now read a"
        " Second time.\n"
        + "".join(
            f"The Bill does {n} things for the rivers of this country, and each of them matters"
            " to the communities that live beside them, as many hon. Members know from their"
            " own constituencies.\n"
            for n in range(20)
        )
    )
    doc = parse(speech)
    assert not _changes(speech)
    assert [t.TYPE for t in doc.find_all(Contribution)] == ["chair", "speech"]


def test_a_motion_reported_above_the_next_part_opens_that_part() -> None:
    """`Resolved,` and the motion after it (`That an Humble Address be …`) are the House's
    business, heading the part they stand above: the cut falls before them, so the plain
    transcript above does not take them in as a turn of its own."""
    text, second_starts = _joined("questions_after_statement.plain.txt", "oral_questions.print.txt")
    (change,) = _changes(text)
    assert change[0] == second_starts, "the print part opens at its first heading"
    lines = split_lines(text)
    assert lines[second_starts + 1].content == "Resolved,"
