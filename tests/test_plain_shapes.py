"""Speaker-less text as people copy it: a paragraph a line, hard-wrapped, subtitles.

The fixtures under ``fixtures/shapes/`` are written for the tests in the shapes of real
copies (a hansard.parliament.uk page without names, a Lords copy, an old committee page
wrapped a few words a line, broadcast captions), not copied from any of them.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from helpers import check_lossless, check_spans, read_fixture
from hypothesis import given
from hypothesis import strategies as st

from hansard_parse import Contribution, Sentence, Time, from_json, parse, to_json
from hansard_parse.chamber_talk import reads_as_debate
from hansard_parse.houses import COMMONS
from hansard_parse.plain.captions import is_captions, stamp_length
from hansard_parse.plain.units import segment_units, sentences_of_units, split_sentences

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "hansard_parse" / "schema" / "hansard_parse.schema.json"


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
    assert min(starts) == 3, "the page's title lines are loose text, not a turn"
    assert starts[3] == "question"  # What assessment he has made…
    # the answer, the supplementary that thanks the Minister, the answer to it, the chair
    assert starts[4] == "answer"
    assert starts[5] == "supplementary_question"
    assert starts[6] == "answer"
    assert starts[7] == "chair"
    assert starts[11] == "supplementary_question"
    assert starts[12] == "answer"


def test_a_lords_copy_without_names_alternates_question_and_answer() -> None:
    turns = _turns(read_fixture("shapes/lords_paragraphs.txt"))
    assert turns[0] == ("question", 5), "Skip to main content, the title, Asked by: loose text"
    kinds = [kind for kind, line in turns if line >= 6]
    assert kinds == ["answer", "supplementary_question", "answer", "supplementary_question", "answer"]


def test_a_devolved_chamber_without_names_is_read_by_its_own_forms_of_address() -> None:
    turns = _turns(read_fixture("shapes/senedd_paragraphs.txt"))
    starts = {line: kind for kind, line in turns}
    # the tabled question (OQ…), its answer, then Thank you, Cabinet Secretary. / I will
    # certainly raise… / Cabinet Secretary, the bill… follow it up
    assert [starts.get(line) for line in (5, 6, 7, 8, 9, 10, 11)] == [
        "question", "answer", "supplementary_question", "answer", "supplementary_question",
        "answer", "chair",
    ]


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


@pytest.mark.parametrize(
    ("name", "stamps"),
    [("shapes/captions_ranges.txt", "0:00:12 > 0:00:17"), ("shapes/captions_offsets.txt", "00:18")],
)
def test_subtitle_stamps_are_time_nodes_and_the_words_a_transcript(name: str, stamps: str) -> None:
    text = read_fixture(name)
    doc = parse(text)
    check_lossless(doc, text)
    check_spans(doc, text)
    assert doc.layout == "plain"
    times = [time.text for time in doc.find_all(Time)]
    assert len(times) == len([line for line in text.splitlines() if line.strip()])
    assert stamps in times
    assert all(time.value is None for time in doc.find_all(Time)), "an offset, not a clock time"
    for sentence in doc.find_all(Sentence):
        assert not sentence.text[:1].isdigit(), "the words said, without their stamps"
    assert len(list(doc.find_all(Contribution))) >= 4
    assert from_json(to_json(doc)) == doc
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(json.loads(to_json(doc)))) == []


def test_caption_lines_are_joined_into_sentences() -> None:
    doc = parse(read_fixture("shapes/captions_ranges.txt"))
    texts = [sentence.text for sentence in doc.find_all(Sentence)]
    assert "Will the Prime Minister list his engagements for today?" in texts[1]
    joined = next(s for s in doc.find_all(Sentence) if "standing charge this winter" in s.text)
    assert (joined.span.start_line, joined.span.end_line) == (8, 10)
    assert joined.repaired


def test_caption_turns_start_at_the_answer_and_the_chair() -> None:
    starts = dict((line, kind) for kind, line in _turns(read_fixture("shapes/captions_ranges.txt")))
    assert starts[11] == "answer"  # I thank my hon. Friend for her question.
    assert starts[14] == "chair"  # I call the Leader of the Opposition.
    assert starts[17] == "answer"


def test_a_time_of_day_at_a_line_start_is_not_a_caption() -> None:
    assert stamp_length("10:31 am Prayers") == 0
    assert stamp_length("0:00:49 > 0:00:55I call") == len("0:00:49 > 0:00:55")
    assert stamp_length("00:18More than") == len("00:18")
    assert not is_captions(["The House met at 10:30.", "Prayers", "12:45 is late."])


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["0:00:01 > 0:00:04", "00:12", "1:02:03", ""]),
            st.text(alphabet="abc .?!ABC\t", max_size=30),
        ),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from(["\n", "\r\n"]),
)
def test_captions_round_trip(lines: list[tuple[str, str]], eol: str) -> None:
    text = eol.join(stamp + words for stamp, words in lines) + eol
    doc = parse(text, layout="plain")
    assert doc.source_text() == text
    check_spans(doc, text)


def test_a_paragraph_is_read_by_its_sentences_and_keeps_its_boundary() -> None:
    units = [
        "I thank the Minister for that answer. Will he meet me and the county council?",
        "I would be delighted to meet my hon. Friend. She is a tireless campaigner.",
    ]
    sentences = sentences_of_units(units)
    assert [(s.unit, s.starts_unit) for s in sentences] == [(0, True), (0, False), (1, True), (1, False)]
    assert sentences[2].text == "I would be delighted to meet my hon. Friend."
    assert split_sentences("Mr. Speaker, the No. 42 bus runs twice a day. It used to run hourly.") == [
        "Mr. Speaker, the No. 42 bus runs twice a day.",
        "It used to run hourly.",
    ]


def test_turns_found_inside_a_paragraph_start_at_the_paragraph() -> None:
    units = [
        "What assessment he has made of rural bus services.",
        "The Government recognise how much rural communities depend on their buses.",
        "Thank you. I thank the Minister for that answer. Will he meet me to discuss the route?",
        "I would be delighted to meet my hon. Friend.",
    ]
    turns = segment_units(units, COMMONS)
    assert [turn.start for turn in turns] == list(range(len(units)))
    assert [turn.kind for turn in turns][1:] == ["answer", "supplementary_question", "answer"]
    assert all(a.end == b.start for a, b in itertools.pairwise(turns))
    assert turns[-1].end == len(units)


def test_a_turn_that_opens_mid_caption_opens_at_that_captions_line() -> None:
    text = read_fixture("shapes/captions_midline.txt")
    doc = parse(text)
    check_lossless(doc, text)
    turns = _turns(text)
    # ``00:11Lowfield will open? I thank my hon. Friend…``: the answer starts on line 4,
    # with the last words of the question before it on the same line
    assert ("answer", 4) in turns
    assert ("chair", 6) in turns
    answer = next(t for t in doc.find_all(Contribution) if t.span.start_line == 4)
    first = answer.find(Sentence)
    assert first is not None
    assert first.text.startswith("Lowfield will open? I thank my hon. Friend")
    # ``Order. Questions to the Prime Minister.`` is the chair's; the question it calls ends
    # on line 3, where the answer's caption line begins
    kinds = {t.span.start_line: t for t in doc.find_all(Contribution)}
    assert kinds[1].TYPE == "chair"
    question = max((t for t in kinds.values() if t.span.start_line < 4), key=lambda t: t.span.start_line)
    assert question.TYPE == "question" and question.span.end_line == 3


def test_a_caption_line_ending_in_an_abbreviation_carries_on() -> None:
    doc = parse(read_fixture("shapes/captions_midline.txt"))
    last = list(doc.find_all(Sentence))[-1]
    assert (last.span.start_line, last.span.end_line) == (8, 9)
    assert "The right hon. Gentleman can visit Lowfield" in last.text


SHAPES = sorted((Path(__file__).resolve().parent / "fixtures" / "shapes").glob("*.txt"))


@pytest.mark.parametrize("path", SHAPES, ids=lambda p: p.name)
def test_every_shape_is_lossless_and_its_export_valid(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    doc = parse(text)
    check_lossless(doc, text)
    check_spans(doc, text)
    assert from_json(to_json(doc)) == doc
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(json.loads(to_json(doc)))) == []
