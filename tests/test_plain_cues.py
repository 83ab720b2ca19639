"""Pin each cue of a speaker-less sentence with small hand-written cases (none from the corpus)."""

from __future__ import annotations

import pytest

from hansard_parse.houses import HOUSES
from hansard_parse.plain.cues import read_cues


def _lean(text: str) -> float:
    """Answer-side minus question-side weight of one sentence."""
    cues = read_cues(text)
    return cues.answer_lean - cues.question_lean


# --- which side a sentence leans to ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bus routes in his Department's plan leave out every village I represent.",
        "Does the Minister not agree that the scheme has failed?",
        "Our constituents cannot wait another winter for the repairs.",
        "Although I fully support the new checks, the queues at Dover are growing.",
    ],
)
def test_asker_cues_lean_to_the_question(text: str) -> None:
    assert _lean(text) < 0


@pytest.mark.parametrize(
    "text",
    [
        "The Opposition have never explained how they would pay for it.",
        "He will be pleased to know that the bypass opens in June.",
        "I have made it clear that the fund is open to every council.",
        "If the hon. Lady writes to me, I will look into the case.",
        "I would be delighted to meet her and the parish council.",
    ],
)
def test_minister_cues_lean_to_the_answer(text: str) -> None:
    assert _lean(text) > 0


def test_a_colleague_named_with_his_office_is_not_the_askers_minister() -> None:
    colleague = read_cues("My right hon. Friend the Secretary of State set out the figures.")
    addressed = read_cues("The Secretary of State set out the figures.")
    assert colleague.question_lean < addressed.question_lean


def test_words_a_member_quotes_do_not_speak_for_the_member() -> None:
    quoted = read_cues('The Minister told us: "We will protect every acre of the green belt."')
    assert quoted.answer_lean == 0.0
    assert read_cues('"We will protect every acre of the green belt.').answer_lean == 0.0


def test_naming_particulars_leans_to_the_asker() -> None:
    named = read_cues("The surgery in Little Snoring closed after Dr Patel retired in March.")
    plain = read_cues("The surgery closed after the doctor retired last spring.")
    assert named.question_lean > plain.question_lean


def test_a_member_named_by_seat_is_not_a_particular() -> None:
    by_seat = read_cues("As the hon. Member for Anytown (Jane Roe) said, the plan is sound.")
    assert by_seat.question_lean == 0.0


# --- how a turn opens ----------------------------------------------------------------------


def test_judging_the_point_just_made_opens_more_surely_than_recalling_it() -> None:
    judging = read_cues("My hon. Friend makes an important point about rural schools.")
    recalling = read_cues("My hon. Friend raised rural schools earlier this year.")
    assert judging.opens > recalling.opens > 0
    assert judging.open_side == recalling.open_side == "A"


def test_taking_up_the_questions_put_opens_an_answer() -> None:
    cues = read_cues("I will address some of those points in turn.")
    assert cues.opens >= 3.0
    assert cues.open_side == "A"
    assert cues.open_cue == "takes up the questions put"


def test_thanks_that_say_who_speaks_open_strongly() -> None:
    answer = read_cues("I thank the hon. Gentleman for his question.")
    asker = read_cues("I thank the Minister for his answer.")
    either = read_cues("I thank the Chair for her patience.")
    assert answer.open_side == "A"
    assert asker.open_side == "Q"
    assert either.opens > 0 and either.open_side == ""
    assert answer.opens == asker.opens > either.opens


def test_thanks_for_an_interruption_come_from_the_speaker_interrupted() -> None:
    cues = read_cues("I thank the Minister for his brief interruption.")
    assert cues.open_side == "A"


@pytest.mark.parametrize(
    "text",
    [
        "I begin by welcoming the new Minister to her place.",
        "With the leave of the House, I shall reply to the debate.",
    ],
)
def test_speech_openers(text: str) -> None:
    assert read_cues(text).opens >= 3.0


def test_naming_the_member_asked_in_a_question_does_not_open_an_answer() -> None:
    asking = read_cues("So will my hon. Friend meet the families next week?")
    telling = read_cues("So my hon. Friend will meet the families next week.")
    assert asking.opens == 0.0
    assert telling.opens > 0 and telling.open_side == "A"


# --- what leans on the sentence before -----------------------------------------------------


def test_connectives_lean_back_harder_than_pronouns() -> None:
    first_word = read_cues("Moreover, the scheme is oversubscribed.")
    among_first_words = read_cues("There are, therefore, many families still waiting.")
    pronoun = read_cues("That is a fair question.")
    assert first_word.anaphoric == among_first_words.anaphoric > pronoun.anaphoric > 0


def test_a_line_opening_in_lower_case_or_a_quotation_carries_on() -> None:
    assert read_cues("the new marine body—").carries_on
    assert read_cues("“works to meet the aims set for it.").carries_on
    assert read_cues("(a) pay such allowances as it may determine;").carries_on
    assert not read_cues("The new marine body will pay them.").carries_on
    assert not read_cues("rose—").carries_on


# --- questions, closings, breaks -------------------------------------------------------------


def test_a_question_cut_short_still_asks() -> None:
    assert read_cues("Will the hon. Gentleman tell us how it is possible to—").asks
    assert not read_cues("What we need is—").asks


def test_offers_to_meet_or_write_close_an_answer() -> None:
    assert read_cues("I am happy to meet him to discuss the matter.").closes
    assert read_cues("If she writes to me, I shall look into it.").closes
    assert read_cues("I look forward to the report in the spring.").closes
    assert not read_cues("My constituents write to me every week about it.").closes


def test_cries_from_the_benches_stand_alone() -> None:
    assert read_cues("Object.").single
    assert read_cues("Hear, hear!").single
    assert read_cues("rose—").single
    assert not read_cues("Objection taken.").single


def test_a_promise_to_give_way_later_is_not_giving_way() -> None:
    assert read_cues("I give way.").gives_way
    assert read_cues("Of course I will give way.").gives_way
    assert not read_cues("I will give way shortly, Madam Deputy Speaker.").gives_way


# Shapes that make a careless regular expression backtrack without end (their timing is in
# benchmarks/bench_adversarial.py; a test never asserts a time).
NEW_PATHOLOGICAL = [
    ("", "\u201c", ""),
    ("", "(", "Member for "),
    ("Member for ", "Anytown ", "("),
    ("", "Will the ", "\u2014"),
    ("", "I am happy to ", ""),
    ("", "My hon. Friend makes ", ""),
]


def test_new_cue_patterns_read_pathological_lines_as_their_short_forms() -> None:
    for prefix, unit, suffix in NEW_PATHOLOGICAL:
        long = prefix + unit * 3000 + suffix
        assert read_cues(long) == read_cues(prefix + unit * 20 + suffix), unit


@pytest.mark.parametrize(
    "text",
    [
        "I congratulate Morag Fyfe on securing this debate on the ferries to the islands.",
        "I am grateful to the hon. Member for Exmoor for securing tonight's debate.",
        "I join in the congratulations to Callum Reid on lodging the motion.",
        "I, too, thank my hon. Friend for bringing this matter to the Chamber.",
    ],
)
def test_thanking_the_mover_opens_a_speech(text: str) -> None:
    cues = read_cues(text)
    assert cues.opens >= 4.0 and cues.open_side == "A"


def test_thanking_a_member_for_a_point_is_not_thanking_the_mover() -> None:
    assert read_cues("I thank the Minister for his answer on the ferries.").open_cue != (
        "thanks the mover"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The next item of business is a members' business debate on motion S5M-00321, on rural"
        " bus routes.",
        "The final item of business is consideration of business motion S5M-00412.",
        "The debate will be concluded without any question being put.",
    ],
)
def test_the_presiding_officer_moves_the_chamber_on(text: str) -> None:
    assert read_cues(text, HOUSES["scotland"]).chair
    assert not read_cues("The next item on my list is the ferry timetable.", HOUSES["scotland"]).chair


@pytest.mark.parametrize("house", ["commons", "committee"])
def test_grouping_amendments_for_debate_is_the_chairs(house: str) -> None:
    text = "With this it will be convenient to discuss new clause 4, on the cost of school meals."
    assert read_cues(text, HOUSES[house]).chair
    assert not read_cues("With this amendment we would cut the cost of meals.", HOUSES[house]).chair


@pytest.mark.parametrize(
    "text", ["Good morning, Mr. Pryce.", "Good afternoon, Mrs Oduya; it is a pleasure to be here."]
)
def test_greeting_the_committee_chair_opens_a_speech(text: str) -> None:
    cues = read_cues(text, HOUSES["committee"])
    assert cues.opens >= 4.0
    assert not read_cues("Good mornings are rare in this Committee.", HOUSES["committee"]).opens


def test_calling_on_the_minister_is_a_members_demand_not_a_call() -> None:
    assert read_cues("I call Ann Hart.").chair
    for text in ("I call on the Minister to publish the report.", "I call for a public inquiry."):
        assert not read_cues(text).chair, text


def test_the_presiding_officer_keeps_the_time_of_a_speech() -> None:
    text = "You may have no more than six minutes, Ms Reid."
    assert read_cues(text, HOUSES["scotland"]).chair
    assert not read_cues("You may have seen the report on ferries.", HOUSES["scotland"]).chair


@pytest.mark.parametrize(
    "text",
    [
        "You must close now, Mr Dunlop.",
        "The member must finish now.",
        "Ms Reid should be winding up now.",
        "I must ask you to conclude, minister.",
        "I am sorry, Mr Dunlop, but we must move to the closing speeches.",
        "The minister will now take questions on the issues raised in his statement.",
        "You can have absolutely no more than five minutes, Mr Dunlop.",
    ],
)
def test_the_presiding_officer_ends_a_speech_and_moves_on(text: str) -> None:
    assert read_cues(text, HOUSES["scotland"]).chair


@pytest.mark.parametrize(
    "text",
    [
        "You must close the loophole before the harvest.",
        "Mr Dunlop should know that the ferry is late again.",
        "We must move quickly on the harbour dues.",
    ],
)
def test_a_member_telling_others_what_they_must_do_is_no_chair_line(text: str) -> None:
    assert not read_cues(text, HOUSES["scotland"]).chair


def test_calling_the_minister_is_told_from_calling_a_member() -> None:
    """At question time the Minister called answers and a member called asks, so the two
    calls are cues of their own; a shadow minister is a member."""
    assert read_cues("I call the Minister.").chair == read_cues("The Minister.").chair
    assert read_cues("I call the shadow Minister.").chair == read_cues("I call Ann Hart.").chair
    assert read_cues("I call the Minister.").chair != read_cues("I call Ann Hart.").chair
