"""Hard-wrapped text is rejoined into logical lines before it is classified, losslessly.

``fixtures/shapes/committee_wrapped.txt`` (an old committee page a few words a line, its
membership list over four lines a member) and ``news_wrapped.txt`` (a news site's copy of
question time, wrapped at forty-odd characters) are written for the tests in those shapes.
"""

from __future__ import annotations

import textwrap

import pytest
from helpers import check_lossless, check_spans, read_fixture
from hypothesis import given
from hypothesis import strategies as st

from hansard_parse import Contribution, Label, MemberList, parse
from hansard_parse.source import split_lines
from hansard_parse.wrap import is_hard_wrapped, joins, unwrap


def _speakers(text: str) -> list[tuple[str, str | None, int]]:
    return [
        (turn.TYPE, turn.speaker.name if turn.speaker else None, turn.span.start_line)
        for turn in parse(text).find_all(Contribution)
    ]


def test_a_label_wrapped_before_its_name_is_read_whole() -> None:
    text = read_fixture("shapes/committee_wrapped.txt")
    doc = parse(text)
    check_lossless(doc, text)
    check_spans(doc, text)
    assert doc.house == "committee", "the front matter's phrase is read across its wrap"
    assert _speakers(text) == [
        ("chair", "The Chairman", 18),
        ("point_of_order", "Mr. Blunt", 23),
        ("chair", "The Chairman", 28),
        ("speech", "Ms Hardcastle", 32),
    ]
    label = doc.find(Label)
    assert label is not None
    assert label.text == "The\nChairman: "
    assert (label.span.start_line, label.span.end_line) == (18, 19)


def test_a_wrapped_membership_list_stays_one_list_of_members() -> None:
    doc = parse(read_fixture("shapes/committee_wrapped.txt"))
    (members,) = doc.find_all(MemberList)
    assert "Blunt,\nMr. Crispin\n(Reigate)\n(Con)" in members.text
    assert (members.span.start_line, members.span.end_line) == (2, 16)


def test_a_wrapped_news_copy_gives_every_turn_its_speaker() -> None:
    text = read_fixture("shapes/news_wrapped.txt")
    doc = parse(text)
    check_lossless(doc, text)
    check_spans(doc, text)
    assert [(name, line) for _, name, line in _speakers(text)] == [
        ("Andrew Morton", 6),
        ("Hon SARAH LEWIS", 11),
        ("Andrew Morton", 17),
        ("Hon SARAH LEWIS", 21),
        ("Mr SPEAKER", 25),
    ]
    minister = list(doc.find_all(Contribution))[1]
    assert minister.speaker is not None and minister.speaker.office == "Minister of Housing"
    assert minister.text.startswith("The member will know that we have doubled the")
    assert (minister.span.start_line, minister.span.end_line) == (11, 16)


@pytest.mark.parametrize(
    "name",
    ["oral_questions.print.txt", "oral_questions.web.txt", "questions_after_statement.plain.txt",
     "prose_002.txt", "debate.print.txt", "uk/committee.print.txt"],
)
def test_text_that_is_not_hard_wrapped_is_left_alone(name: str) -> None:
    lines = split_lines(read_fixture(name))
    assert not is_hard_wrapped(lines)
    assert unwrap(lines) is lines


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("The", "Chairman: I should like to remind Members that", True),
        ("Blunt,", "Mr. Crispin", True),
        ("Mr. Crispin", "(Reigate)", True),
        ("(Reigate)", "(Con)", True),
        ("(Con)", "Hardcastle,", False),
        ("the Committee will sit again on Thursday at", "half-past Ten o'clock", True),
        ("amendments are available from the Clerk.", "Mr. Blunt: On a point of order", False),
        ("Chair, but the Minister has heard the hon.", "Gentleman.", True),
        ("The Minister for Local Transport (Ms Hardcastle):", "I am happy to say", True),
        ("Members:", "Chairman: Mr. Roger Tilbury", False),
        ("Rural Bus Services", "Volume 702: debated on Tuesday", False),
        ("can consider it with care?", "[Interruption.]", False),
    ],
)
def test_where_a_wrapped_line_carries_on(before: str, after: str, joined: bool) -> None:
    assert joins(before, after, width=48) is joined


_WORDS = st.sampled_from(
    ["the", "Minister", "said", "hon.", "Friend", "(Con)", "Mr.", "Speaker:", "order,", "and",
     "rents", "rose.", "Will", "she", "agree?", "[Interruption.]", "1.", "—"]
)


@given(
    st.lists(st.lists(_WORDS, min_size=1, max_size=7).map(" ".join), min_size=1, max_size=30),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_unwrapped_lines_cover_every_source_line_once(rows: list[str], eol: str) -> None:
    text = eol.join(rows) + eol
    lines = split_lines(text)
    logical = unwrap(lines)
    assert [source for line in logical for source in line.sources] == list(lines)
    for line in logical:
        assert line.content == " ".join(source.content for source in line.sources)
    doc = parse(text)
    assert doc.source_text() == text
    check_spans(doc, text)


def test_a_column_of_single_words_is_not_a_wrapped_page() -> None:
    lines = split_lines("a\n" * 50 + "and so on\n" * 10)
    assert not is_hard_wrapped(lines)


def _wrapped(text: str, width: int) -> str:
    """``text`` hard-wrapped at ``width``, a line a paragraph as a page's copy would be."""
    return "".join("\n".join(textwrap.wrap(line, width) or [""]) + "\n" for line in text.splitlines())


def _turns(text: str) -> list[tuple[str, str | None]]:
    return [
        (turn.TYPE, turn.speaker.name if turn.speaker else None)
        for turn in parse(text).find_all(Contribution)
    ]


@pytest.mark.parametrize("width", [45, 72])
@pytest.mark.parametrize(
    "name",
    ["oral_questions.print.txt", "statement.print.txt", "topical_questions.print.txt",
     "debate.print.txt", "shapes/commons_paragraphs.txt"],
)
def test_a_text_wrapped_at_any_width_gives_the_turns_it_gave_unwrapped(name: str, width: int) -> None:
    text = read_fixture(name)
    wrapped = _wrapped(text, width)
    assert is_hard_wrapped(split_lines(wrapped))
    doc = parse(wrapped)
    check_lossless(doc, wrapped)
    check_spans(doc, wrapped)
    assert doc.layout == parse(text).layout
    assert _turns(wrapped) == _turns(text)
