"""Prose that is not a debate: no speakers, questions or answers; web clutter is boilerplate."""

from __future__ import annotations

import pytest
from helpers import FIXTURES, read_fixture

from hansard_parse import (
    Boilerplate,
    Contribution,
    Document,
    Exchange,
    Label,
    Narrative,
    Paragraph,
    parse,
    parse_file,
)

PROSE = ["prose_002.txt", "prose_004.txt"]


@pytest.fixture(scope="module", params=PROSE)
def prose(request: pytest.FixtureRequest) -> Document:
    return parse_file(FIXTURES / request.param)


def test_prose_layout_is_detected(prose: Document) -> None:
    assert prose.layout == "prose"


def test_prose_has_no_turns_labels_or_exchanges(prose: Document) -> None:
    assert list(prose.find_all(Contribution)) == []
    assert list(prose.find_all(Exchange)) == []
    assert list(prose.find_all(Label)) == []


def test_prose_is_one_narrative_of_paragraphs(prose: Document) -> None:
    assert [type(child) for child in prose.children] == [Narrative]
    paragraphs = list(prose.find_all(Paragraph))
    assert len(paragraphs) >= 10


def test_read_more_links_are_boilerplate() -> None:
    doc = parse_file(FIXTURES / "prose_002.txt")
    clutter = [b.text for b in doc.find_all(Boilerplate)]
    assert (
        "READ MORE: Major change to football ticket laws to tackle dangerous pattern of behaviour"
        in clutter
    )
    assert clutter[0].startswith("READ MORE:")
    assert sum(text.startswith("READ MORE") for text in clutter) == 2


def test_you_may_also_like_list_is_boilerplate() -> None:
    doc = parse_file(FIXTURES / "prose_002.txt")
    text = read_fixture("prose_002.txt")
    clutter_lines = sorted(b.span.start_line for b in doc.find_all(Boilerplate))
    assert clutter_lines == [5, 12, 13, 14, 15, 16, 17, 18], "as in the corpus gold"
    headlines = [b.text for b in doc.find_all(Boilerplate) if b.span.start_line > 13]
    assert (
        headlines[0]
        == "'I saw Gregg Wallace up close - he was battling demons and I feared the worst'"
    )
    assert headlines[1].startswith("UP Teacher Protest: Transfer Delay"), "a colon in a headline"
    assert text.splitlines()[12] == "You may also like"


def test_the_article_text_is_not_boilerplate() -> None:
    doc = parse_file(FIXTURES / "prose_002.txt")
    first = next(doc.find_all(Paragraph))
    assert first.text.startswith("Over the last six years under the last government")
    assert not any("Replacing chaos with control" in b.text for b in doc.find_all(Boilerplate))


def test_mp_writes_is_narrative_not_a_speaker() -> None:
    doc = parse_file(FIXTURES / "prose_004.txt")
    paragraphs = [p.text for p in doc.find_all(Paragraph)]
    assert any(p.startswith("Yvette Cooper MP writes: The whole immigration") for p in paragraphs)
    assert list(doc.find_all(Boilerplate)) == []


def test_prose_forced_on_a_debate_invents_no_speakers() -> None:
    text = read_fixture("oral_questions.print.txt")
    doc = parse(text, layout="prose")
    assert list(doc.find_all(Contribution)) == []
    assert doc.source_text() == text
