"""The learned segmenter: shipped weights, a deterministic trainer, calibrated confidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from attrs import define
from helpers import INTERRUPTED_EXCHANGE

from hansard_parse.houses import HOUSES
from hansard_parse.plain.cues import read_all
from hansard_parse.plain.evaluate import mean_day_f1
from hansard_parse.plain.features import BIAS, sentence_features, sentence_vectors
from hansard_parse.plain.model import (
    LABELS,
    Decoder,
    answers_ask,
    decoder_for,
    summed_weights,
)
from hansard_parse.plain.segment import genre_of, read_sentences, segment
from hansard_parse.plain.train import (
    day_of,
    house_of,
    load_corpus,
    main,
    train,
)

FIXTURES = Path(__file__).parent / "fixtures"
TINY = FIXTURES / "segmenter_corpus"
"""Three made-up question times, written for these tests, with gold turns."""


def test_shipped_weights_load_and_decode() -> None:
    decoder = decoder_for("questions")
    assert decoder.features, "the shipped file holds learned feature weights"
    assert len(decoder.transition) == len(LABELS)
    assert decoder.calibration is not None, "the shipped file holds a calibrator"
    sentences = (FIXTURES / "questions_after_statement.plain.txt").read_text().splitlines()
    turns = segment(sentences)
    assert turns[0].start == 0 and turns[-1].end == len(sentences)
    assert all(0.0 <= t.confidence <= 1.0 for t in turns)


def test_day_of_groups_sittings_of_one_day() -> None:
    assert day_of("commons-2009-10-27.plain03.txt") == "commons-2009-10-27"
    morning = day_of("standing2009-10-20_CHILDPOV_05-0_2009-10-27a.plain01.txt")
    afternoon = day_of("standing2009-10-20_CHILDPOV_06-0_2009-10-27a.plain02.txt")
    assert morning == afternoon


def test_a_transcript_is_read_in_the_house_parse_detects() -> None:
    lords = [
        "My Lords, I beg leave to ask the Question standing in my name on the Order Paper.",
        "My Lords, the noble Lord raises an important point.",
        "Does the noble Baroness agree that the Government must act?",
    ]
    assert house_of(lords).name == "lords"
    commons = ["I call the shadow Minister.", "Will my right hon. Friend meet me?"]
    assert house_of(commons).name == "commons"


def test_training_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert main([str(TINY), "--out", str(first)]) == 0
    assert main([str(TINY), "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    document = json.loads(first.read_text())
    assert document["features"]["general"], "something was learned"
    assert set(document["calibration"]) == {"questions"}


def test_training_separates_questions_from_answers() -> None:
    examples = load_corpus(TINY)
    held_out = next(e for e in examples if e.day == "commons-2001-02-17")
    document = train([e for e in examples if e is not held_out], min_count=1)
    turns = segment(held_out.sentences, weights=document)
    kinds = {held_out.lines[t.start]: t.kind for t in turns}
    gold = {t["line"] for t in held_out.gold["turns"]}  # type: ignore[attr-defined]
    assert len(set(kinds) & gold) >= len(gold) - 2
    # The formula opens the day; after every question asked, the minister answers.
    assert kinds[1] == "question"
    assert kinds.get(2) == kinds.get(7) == kinds.get(11) == "answer"


def test_a_missing_corpus_is_a_usage_error(tmp_path: Path, capsys: object) -> None:
    assert main([str(tmp_path / "nowhere")]) == 2
    assert main([str(tmp_path)]) == 2


def test_the_opening_offset_serves_every_day_alike() -> None:
    """The offset is chosen by the mean of the days' turn F1, so a day with many turns does
    not choose it for a day with few."""

    @define
    class Day:
        day: str

    @define
    class Run:
        example: Day
        by_offset: dict[float, tuple[int, int, int]]

        def counts(self, offset: float) -> tuple[int, int, int]:
            return self.by_offset[offset]

    big = Run(Day("big"), {0.0: (90, 100, 100), 8.0: (88, 110, 100)})
    small = Run(Day("small"), {0.0: (2, 4, 10), 8.0: (8, 10, 10)})
    runs = [big, small]
    assert mean_day_f1(runs, 8.0) > mean_day_f1(runs, 0.0)  # type: ignore[arg-type]


def _decode(sentences: list[str], answers_ask: bool) -> tuple[str, ...]:
    """Labels from weights that want every sentence on the answering side."""
    cues = read_all(sentences)
    favour_answers = {BIAS: [5.0, -5.0, -5.0, -5.0, 0.0, 5.0, -5.0, 0.0, 0.0, 0.0]}
    decoder = Decoder(favour_answers, {}, answers_ask=answers_ask)
    feats = sentence_features(sentences, cues)
    emit, opening = decoder.scores(cues, feats)
    return decoder.viterbi(cues, emit, opening).labels


def test_at_question_time_an_answer_never_asks() -> None:
    sentences = [
        "The new depot will open in the spring.",
        "Will the Minister tell the House when the trains will run on time?",
        "We are investing in new rolling stock this year.",
    ]
    assert _decode(sentences, answers_ask=True)[1] == "A", "weights alone would make it answer"
    labels = _decode(sentences, answers_ask=False)
    assert labels[1] in ("Q1", "Q2") and labels[0] == labels[2] == "A"
    assert not answers_ask("questions") and answers_ask("debate")


def test_at_question_time_an_unasked_question_is_answered_before_the_next() -> None:
    sentences = [
        "Bus services in the valleys have been cut twice this year.",
        "Will the Minister restore them?",
        "We are reviewing every route.",
    ]
    cues = read_all(sentences)
    feats = sentence_features(sentences, cues)
    # Weights that want a new question at every sentence.
    eager = {BIAS: [0.0, 2.0, 2.0, 2.0, 2.0, -5.0, 5.0, 0.0, 0.0, 0.0]}
    # At question time neither the unasked question nor the asked one hands the floor to
    # another question: with no answer to open, the asker carries on.
    for answers, expected in ((True, (True, True, True)), (False, (True, False, False))):
        decoder = Decoder(eager, {}, answers_ask=answers)
        emit, opening = decoder.scores(cues, feats)
        assert decoder.viterbi(cues, emit, opening).opens == expected


def test_at_question_time_an_asked_question_is_answered_before_the_next() -> None:
    """The floor passes from an asker to the answering side (or the chair), never straight
    to another member's question: a question that carries on past its ``?`` stays one turn."""
    sentences = [
        "Will the Minister restore the bus to the valleys?",
        "The route was cut in May without a word to anyone.",
        "Will she meet me and the parish council?",
    ]
    cues = read_all(sentences)
    feats = sentence_features(sentences, cues)
    # Weights that want a new question at every sentence and no answer at all.
    eager = {BIAS: [-5.0, 2.0, 2.0, 2.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0]}
    for answers, expected in ((True, (True, True, True)), (False, (True, False, False))):
        decoder = Decoder(eager, {}, answers_ask=answers)
        emit, opening = decoder.scores(cues, feats)
        assert decoder.viterbi(cues, emit, opening).opens == expected


def test_assembly_questions_are_formulas_and_their_references_belong_to_them() -> None:
    """Northern Ireland's reported questions (``X asked the Minister …``) are its order-paper
    formulas, and a reference a splitter put on its own line (``(AQO 412/11)``) is read as a
    note, so it stays with its question and the sitting reads as question time."""
    house = HOUSES["northern_ireland"]
    sentences = (FIXTURES / "uk" / "ni_questions.plain.txt").read_text().splitlines()
    cues = read_sentences(sentences, house)
    assert [c.formula for c in cues[:4]] == [True, False, True, False]
    assert cues[1].note and cues[3].note
    assert genre_of(cues) == "questions"
    assert not read_sentences(["I have asked the Minister to look at it."], house)[0].formula
    turns = segment(sentences, house=house)
    assert [(t.start, t.kind) for t in turns[:3]] == [(0, "question"), (2, "question"), (4, "answer")]
    assert turns[0].end == 2, "the reference stays with the question it follows"


def test_bagged_weights_are_the_mean_of_perceptrons_over_different_orders() -> None:
    """The shipped weights average perceptrons trained over their own shuffle orders, so
    that they do not hang on the one order a single run met the transcripts in."""
    examples = load_corpus(TINY)
    singles = [train(examples, seed=seed, bags=1, min_count=1) for seed in (15, 16, 17)]
    bagged = train(examples, seed=15, bags=3, min_count=1)
    layers = [doc["features"]["general"] for doc in singles]  # type: ignore[index]
    assert any(layers[0] != other for other in layers[1:]), "orders change one perceptron"
    for name, vector in bagged["features"]["general"].items():  # type: ignore[index]
        mean = [sum(layer.get(name, [0.0] * 10)[slot] for layer in layers) / 3 for slot in range(10)]
        assert vector == pytest.approx(mean, abs=1e-3)


def test_parsing_sums_the_same_weights_training_names() -> None:
    """Parsing sums each sentence's weights from its parts without naming its features; the
    sums are those of the named features training sees, neighbours and all."""
    decoder = decoder_for("questions")
    for example in load_corpus(TINY):
        names = sentence_features(example.sentences, example.cues, example.genre, example.house)
        sums = sentence_vectors(
            example.sentences, example.cues, example.genre, example.house, decoder.tables, 10
        )
        for i in example.real:
            named = summed_weights(names[i], decoder.features)
            assert sums[i] == pytest.approx(named)
            assert any(named), "the sentence's features carry weight"


def test_at_question_time_the_chair_does_not_ask_a_members_question() -> None:
    sentences = [
        "Order. I remind Members that topical questions are meant to be brief.",
        "Does my right hon. Friend agree that the minibus pilot should carry on?",
    ]
    cues = read_all(sentences)
    assert cues[0].chair and not cues[1].chair
    feats = sentence_features(sentences, cues)
    # Weights that want every sentence to stay with the chair.
    chairish = {BIAS: [-5.0, -5.0, -5.0, -5.0, 5.0, -5.0, -5.0, 0.0, 5.0, 0.0]}
    for answers, expected in ((True, "C"), (False, "Q1")):
        decoder = Decoder(chairish, {}, answers_ask=answers)
        emit, opening = decoder.scores(cues, feats)
        assert decoder.viterbi(cues, emit, opening).labels[1] == expected


def test_a_houses_own_chair_lines_and_openers_share_a_kind_feature() -> None:
    """A chair line or an opener that only one House's data names still carries the weight
    every House's chair lines and openers teach, so a House held out whole is not blind to
    its own chair."""
    scottish = "The next item of business is a debate on motion S5M-00321, on rural bus routes."
    commons = "Order."
    names = [
        sentence_features([text], read_all([text], HOUSES[house]), "debate", house)[0]
        for text, house in ((scottish, "scotland"), (commons, "commons"))
    ]
    assert names[0] != names[1]
    assert "chair=*" in names[0] and "chair=*" in names[1]
    opener = "I beg to move amendment 4, in clause 2, page 1, line 9, leave out “2020”."
    assert "opener=*A" in sentence_features([opener], read_all([opener]), "debate")[0]


def test_a_note_marks_the_sentences_on_either_side_of_it() -> None:
    """Notes are not read as sentences, but the sentences beside one know it is there and
    which bracket it wears (the benches' call or a question's reference), and parsing sums
    the same weights for them as training names."""
    sentences = list(INTERRUPTED_EXCHANGE)
    cues = read_all(sentences)
    names = sentence_features(sentences, cues)
    assert "note_after=[" in names[1] and not any(n.startswith("note_before") for n in names[1])
    assert "note_before=[" in names[3] and not any(n.startswith("note_after") for n in names[3])
    assert not any(n.startswith("note_") for n in names[0] + names[4])
    assert names[2] == []
    table = {"note_before=[": [1.0] * 10, "prev_asks": [2.0] * 10, "note_after=[": [4.0] * 10}
    sums = sentence_vectors(sentences, cues, "questions", "commons", (table, {"asks": [2.0] * 10}, {}), 10)
    for i in (0, 1, 3, 4):
        assert sums[i] == pytest.approx(summed_weights(names[i], table))


def test_the_member_the_chair_calls_speaks_next() -> None:
    """A call hands the floor on: the sentence after it opens the called member's turn even
    where the weights would keep it with the chair, unless it is the chair's own line."""
    sentences = [
        "I call Ann Hart.",
        "The report published yesterday found that victims wait two years for a trial.",
        "I call Ben Ito.",
        "Order.",
    ]
    cues = read_all(sentences)
    feats = sentence_features(sentences, cues)
    # Weights that want every sentence to stay with the chair.
    chairish = {BIAS: [-5.0, -5.0, -5.0, -5.0, 5.0, -5.0, -5.0, 0.0, 5.0, 0.0]}
    for answers in (True, False):
        decoder = Decoder(chairish, {}, answers_ask=answers)
        emit, opening = decoder.scores(cues, feats)
        path = decoder.viterbi(cues, emit, opening)
        assert path.labels[1] != "C" and path.opens[1]
        assert path.labels[3] == "C" and not path.opens[3], "a chair line after a call is the chair's"


def test_at_question_time_a_member_called_asks() -> None:
    """At question time the answering side is called as such (`I call the Minister.`), so a
    member called by name does not answer, whatever the weights say; in a debate he may."""
    sentences = ["I call Ann Hart.", "The report published yesterday found long waits."]
    cues = read_all(sentences)
    feats = sentence_features(sentences, cues)
    favour_answers = {BIAS: [5.0, -5.0, -5.0, -5.0, 0.0, 5.0, -5.0, 0.0, 0.0, 0.0]}
    for answers, side in ((True, "A"), (False, "Q0a")):
        decoder = Decoder(favour_answers, {}, answers_ask=answers)
        emit, opening = decoder.scores(cues, feats)
        assert decoder.viterbi(cues, emit, opening).labels[1] == side


def test_a_formula_after_a_chair_line_opens_its_own_turn() -> None:
    """A formula is a fixed point: the chair who names the asker (`the first question is from
    Carys Pugh.`) hands the floor to it, whatever the weights say of staying with the chair."""
    sentences = [
        "Order. The first question this afternoon is from Tomos Rhys.",
        "What steps his Department is taking to reopen the ferry route to Rosslare.",
        "We are working with the port on a new timetable.",
    ]
    cues = read_all(sentences)
    assert cues[1].formula
    feats = sentence_features(sentences, cues)
    # Weights that want every sentence to stay with the chair.
    chairish = {BIAS: [-5.0, -5.0, -5.0, -5.0, 9.0, -5.0, -5.0, -5.0, 5.0, 0.0]}
    for answers in (True, False):
        decoder = Decoder(chairish, {}, answers_ask=answers)
        emit, opening = decoder.scores(cues, feats)
        path = decoder.viterbi(cues, emit, opening)
        assert path.labels[1] == "F" and path.opens[1]
