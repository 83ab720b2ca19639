"""Speaker-less text as people copy it: a paragraph a line, hard-wrapped, subtitles.

The fixtures under ``fixtures/shapes/`` are written for the tests in the shapes of real
copies (a hansard.parliament.uk page without names, a Lords copy, an old committee page
wrapped a few words a line, broadcast captions), not copied from any of them.
"""

from __future__ import annotations

import pytest
from helpers import check_lossless, check_spans, read_fixture

from hansard_parse import Contribution, parse
from hansard_parse.chamber_talk import reads_as_debate
from hansard_parse.houses import COMMONS


def _turns(text: str) -> list[tuple[str, int]]:
    return [(turn.TYPE, turn.span.start_line) for turn in parse(text).find_all(Contribution)]


@pytest.mark.parametrize(
    ("name", "house"),
    [("shapes/commons_paragraphs.txt", "commons"), ("shapes/lords_paragraphs.txt", "lords")],
)
def test_a_debate_a_paragraph_a_line_is_a_speakerless_transcript(name: str, house: str) -> None:
    text = read_fixture(name)
    doc = parse(text)
    check_lossless(doc, text)
    check_spans(doc, text)
    assert doc.layout == "plain"
    assert doc.house == house
    assert len(list(doc.find_all(Contribution))) >= 6, "the paragraphs hold several turns"


def test_paragraph_turns_start_where_the_speaker_changes() -> None:
    turns = _turns(read_fixture("shapes/commons_paragraphs.txt"))
    starts = {line: kind for kind, line in turns}
    # the answer, the supplementary that thanks the Minister, the answer to it, the chair
    assert starts[4] == "answer"
    assert starts[5] == "supplementary_question"
    assert starts[6] == "answer"
    assert starts[7] == "chair"
    assert starts[11] == "supplementary_question"
    assert starts[12] == "answer"


def test_a_lords_copy_without_names_alternates_question_and_answer() -> None:
    kinds = [kind for kind, line in _turns(read_fixture("shapes/lords_paragraphs.txt")) if line >= 6]
    assert kinds == ["answer", "supplementary_question", "answer", "supplementary_question", "answer"]


@pytest.mark.parametrize("name", ["prose_002.txt", "prose_004.txt"])
def test_an_article_a_paragraph_a_line_stays_prose(name: str) -> None:
    text = read_fixture(name)
    doc = parse(text)
    assert doc.layout == "prose"
    assert doc.find(Contribution) is None


def test_a_few_quoted_forms_of_address_do_not_make_an_article_a_debate() -> None:
    article = [
        "The minister said the plan would be published in the spring.",
        "Speaking in the Commons, she told MPs: “I am grateful to my hon. Friend for raising this.”",
        "Critics said the money was far too little and came far too late for most councils.",
        "The council leader said services had already been cut twice since last year.",
        "A spokesperson for the department said the figures were under review.",
        "Campaigners plan to march on the town hall next month.",
    ] * 3
    assert not reads_as_debate(article, COMMONS)


def test_the_chambers_words_in_most_paragraphs_make_a_debate() -> None:
    text = read_fixture("shapes/commons_paragraphs.txt")
    assert reads_as_debate(text.splitlines(), COMMONS)
