"""Print and web layouts: speakers, question numbers, headings, interjections, turn kinds, exchanges."""

from __future__ import annotations

import json

import pytest
from helpers import FIXTURES, read_fixture

from hansard_parse import (
    Answer,
    ChairChange,
    Column,
    Contribution,
    Document,
    Exchange,
    Heading,
    Interjection,
    Paragraph,
    Question,
    SupplementaryQuestion,
    parse,
    parse_file,
)
from hansard_parse.cli import main


def turns(doc: Document) -> list[Contribution]:
    return list(doc.find_all(Contribution))


def who(turn: Contribution) -> str | None:
    return turn.speaker.name if turn.speaker else None


@pytest.fixture(scope="module")
def oral_print() -> Document:
    return parse_file(FIXTURES / "oral_questions.print.txt")


@pytest.fixture(scope="module")
def oral_web() -> Document:
    return parse_file(FIXTURES / "oral_questions.web.txt")


FIRST_TURNS = [
    ("question", "Andrew Western"),
    ("answer", "Dominic Raab"),
    ("supplementary_question", "Andrew Western"),
    ("answer", "Dominic Raab"),
    ("chair", "Lindsay Hoyle"),
    ("supplementary_question", "Ellie Reeves"),
    ("answer", "Dominic Raab"),
    ("chair", "Lindsay Hoyle"),
    ("supplementary_question", "Bob Neill"),
    ("answer", "Dominic Raab"),
    ("question", "Bob Blackman"),
    ("question", "Stephen Metcalfe"),
    ("answer", "Damian Hinds"),
    ("supplementary_question", "Bob Blackman"),
]
"""The first turns of Justice questions, 28 March 2023, as the record gives them."""

NUMBERED = [
    ("1", "904342", "Andrew Western"),
    ("2", "904343", "Bob Blackman"),
    ("17", "904363", "Stephen Metcalfe"),
    ("3", "904344", "Mary Foy"),
    ("4", "904345", "Barry Sheerman"),
    ("5", "904347", "Kate Osamor"),
    ("6", "904350", "Daniel Kawczynski"),
    ("8", "904352", "Caroline Ansell"),
]

HEADINGS = [
    "Business Before Questions",
    "Spoliation Advisory Panel",
    "Justice",
    "Violence against Women and Girls",
    "Prisoners: Skills Development",
    "Prison Education",
    "Joint Enterprise: Under-18s",
    "Legal Aid",
    "Family Courts",
]


@pytest.mark.parametrize("layout", ["print", "web"])
def test_first_speakers_in_order(layout: str, oral_print: Document, oral_web: Document) -> None:
    doc = oral_print if layout == "print" else oral_web
    got = [(t.TYPE, who(t)) for t in turns(doc)[: len(FIRST_TURNS)]]
    assert got == FIRST_TURNS


@pytest.mark.parametrize("layout", ["print", "web"])
def test_question_numbers_and_uins(layout: str, oral_print: Document, oral_web: Document) -> None:
    doc = oral_print if layout == "print" else oral_web
    numbered = [(t.number, t.uin, who(t)) for t in turns(doc) if t.number is not None]
    assert numbered == NUMBERED
    assert all(isinstance(t, Question) for t in turns(doc) if t.number is not None)


def test_every_numbered_question_keeps_its_label_in_its_span(oral_print: Document) -> None:
    text = read_fixture("oral_questions.print.txt")
    first = next(t for t in turns(oral_print) if t.number == "1")
    covered = text[first.span.start : first.span.end]
    assert covered.startswith("1. [904342] Andrew Western: What steps his Department")
    assert first.span.start_line == 8 and first.span.end_line == 8


@pytest.mark.parametrize("layout", ["print", "web"])
def test_headings_text(layout: str, oral_print: Document, oral_web: Document) -> None:
    doc = oral_print if layout == "print" else oral_web
    assert [h.text.strip() for h in doc.find_all(Heading)] == HEADINGS
    assert all(h.level >= 1 for h in doc.find_all(Heading))


def test_the_asked_formula_and_motion_are_not_speakers(oral_print: Document) -> None:
    names = {who(t) for t in turns(oral_print)}
    assert not any(name and ("asked" in name or "Resolved" in name) for name in names)
    assert len(turns(oral_print)) == 50


def test_turn_kinds_present(oral_print: Document) -> None:
    kinds = {t.TYPE for t in turns(oral_print)}
    assert kinds == {"question", "answer", "supplementary_question", "chair"}


def test_chair_turns_are_the_speakers_calls(oral_print: Document) -> None:
    chair_turns = [t for t in turns(oral_print) if t.TYPE == "chair"]
    assert [t.plain_text for t in chair_turns] == [
        "Lindsay Hoyle: I call the shadow Minister.",
        "Lindsay Hoyle: I call the Chair of the Justice Committee.",
        "Lindsay Hoyle: I call the shadow Minister.",
        "Lindsay Hoyle: I call the SNP spokesperson.",
    ]


def test_exchange_groups_a_question_with_its_answer(oral_print: Document) -> None:
    exchanges = list(oral_print.find_all(Exchange))
    first = [(t.TYPE, who(t)) for t in exchanges[0].find_all(Contribution)]
    assert first == [("question", "Andrew Western"), ("answer", "Dominic Raab")]


def test_exchange_groups_questions_answered_together(oral_print: Document) -> None:
    grouped = next(
        e
        for e in oral_print.find_all(Exchange)
        if sum(isinstance(c, Question) for c in e.children) > 1
    )
    got = [(t.TYPE, t.number, who(t)) for t in grouped.find_all(Contribution)]
    assert got == [
        ("question", "2", "Bob Blackman"),
        ("question", "17", "Stephen Metcalfe"),
        ("answer", None, "Damian Hinds"),
    ]


def test_every_exchange_opens_with_a_question(oral_print: Document) -> None:
    exchanges = list(oral_print.find_all(Exchange))
    assert len(exchanges) == 22
    for exchange in exchanges:
        first = next(exchange.find_all(Contribution))
        assert isinstance(first, Question | SupplementaryQuestion)
        assert any(isinstance(c, Answer) for c in exchange.children)


def test_print_and_web_give_the_same_turns(oral_print: Document, oral_web: Document) -> None:
    def sequence(doc: Document) -> list[tuple[str, str | None, str | None, str | None]]:
        return [(t.TYPE, who(t), t.number, t.uin) for t in turns(doc)]

    assert sequence(oral_print) == sequence(oral_web)
    assert len(sequence(oral_print)) == 50


def test_print_and_web_paragraph_text_agree(oral_print: Document, oral_web: Document) -> None:
    def bodies(doc: Document) -> list[str]:
        return [" ".join(p.text for p in t.find_all(Paragraph)) for t in turns(doc)]

    print_bodies, web_bodies = bodies(oral_print), bodies(oral_web)
    assert print_bodies == web_bodies
    assert print_bodies[0].startswith("What steps his Department is taking")


def test_inline_interjection_inside_a_paragraph() -> None:
    doc = parse_file(FIXTURES / "topical_questions.print.txt")
    answer = next(t for t in turns(doc) if "Labour does not have a plan" in t.plain_text)
    assert isinstance(answer, Answer) and who(answer) == "Dominic Raab"
    paragraph = next(answer.find_all(Paragraph))
    notes = [c for c in paragraph.children if isinstance(c, Interjection)]
    assert [(n.text, n.kind) for n in notes] == [("[Interruption.]", "interruption")]
    text = read_fixture("topical_questions.print.txt")
    assert text[notes[0].span.start : notes[0].span.end] == "[Interruption.]"


def test_inline_interjections_in_a_debate() -> None:
    doc = parse_file(FIXTURES / "debate.print.txt")
    notes = list(doc.find_all(Interjection))
    assert [(n.text, n.kind) for n in notes] == [
        ("[Interruption.]", "interruption"),
        ("[Interruption.]", "interruption"),
    ]
    owners = [who(t) for t in turns(doc) for n in t.find_all(Interjection)]
    assert owners == ["Linda Gilroy", "Ann McKechin"]


def test_interjection_on_its_own_line() -> None:
    text = "Mr Speaker: Order.\n[Interruption.]\nJane Smith (Anytown) (Lab): Will he agree?\n"
    doc = parse(text)
    note = doc.find(Interjection)
    assert note is not None
    assert (note.text, note.kind, note.span.start_line, note.span.end_line) == (
        "[Interruption.]",
        "interruption",
        2,
        2,
    )
    assert not any(note in p.children for p in doc.find_all(Paragraph))


def test_interjection_on_its_own_line_in_a_transcript() -> None:
    doc = parse_file(FIXTURES / "questions_after_statement.plain.txt")
    notes = list(doc.find_all(Interjection))
    assert [(n.text, n.kind, n.span.start_line) for n in notes] == [
        ("[Interruption.]", "interruption", 19)
    ]


def test_debate_turn_kinds() -> None:
    doc = parse_file(FIXTURES / "debate.print.txt")
    got = [(t.TYPE, who(t)) for t in turns(doc)]
    assert got[:4] == [
        ("speech", "Linda Gilroy"),
        ("speech", "Ann McKechin"),
        ("intervention", "Linda Gilroy"),
        ("speech", "Ann McKechin"),
    ]
    chair = next(t for t in turns(doc) if t.TYPE == "chair")
    assert chair.speaker is not None and chair.speaker.role == "chair"
    assert chair.speaker.office == "Madam Deputy Speaker"


def test_statement_then_questions_on_it() -> None:
    doc = parse_file(FIXTURES / "statement.print.txt")
    got = [(t.TYPE, who(t)) for t in turns(doc)][:3]
    assert got == [
        ("statement", "Johnny Mercer"),
        ("supplementary_question", "John Healey"),
        ("answer", "Johnny Mercer"),
    ]
    rose = [t for t in turns(doc) if t.speaker and t.speaker.role == "collective"]
    assert [who(t) for t in rose] == ["Several hon. Members", "Several hon. Members"]


def test_point_of_order_and_collective_objections() -> None:
    doc = parse_file(FIXTURES / "objections.print.txt")
    first = turns(doc)[0]
    assert (first.TYPE, who(first)) == ("point_of_order", "Peter Bottomley")
    objections = [t for t in turns(doc) if t.plain_text == "Hon. Members: Object."]
    assert len(objections) == 4
    assert all(t.speaker is not None and t.speaker.role == "collective" for t in objections)


def test_official_report_page_furniture() -> None:
    doc = parse_file(FIXTURES / "official_report_2011.print.txt")
    assert [c.column for c in doc.find_all(Column)] == ["771", "772"]
    change = doc.find(ChairChange)
    assert change is not None and change.chair == "Mr Speaker"
    numbered = [(t.number, t.uin, who(t)) for t in turns(doc) if t.number]
    assert numbered == [("1", "66855", "Mr David Hanson"), ("3", "66858", "Paul Flynn")]
    first_answer = next(t for t in turns(doc) if isinstance(t, Answer))
    assert first_answer.speaker is not None
    assert first_answer.speaker.name == "Mr William Hague"
    assert first_answer.speaker.office == (
        "The Secretary of State for Foreign and Commonwealth Affairs"
    )


@pytest.mark.parametrize(
    ("name", "layout"),
    [
        ("oral_questions.print.txt", "print"),
        ("topical_questions.print.txt", "print"),
        ("statement.print.txt", "print"),
        ("debate.print.txt", "print"),
        ("objections.print.txt", "print"),
        ("official_report_2011.print.txt", "print"),
        ("oral_questions.web.txt", "web"),
        ("questions_after_statement.plain.txt", "plain"),
        ("prose_002.txt", "prose"),
        ("prose_004.txt", "prose"),
    ],
)
def test_layout_is_detected(name: str, layout: str) -> None:
    assert parse_file(FIXTURES / name).layout == layout


@pytest.mark.parametrize("forced", ["print", "web", "plain", "prose"])
def test_layout_can_be_forced(forced: str) -> None:
    text = read_fixture("oral_questions.print.txt")
    doc = parse(text, layout=forced)
    assert doc.layout == forced
    assert doc.source_text() == text
    speakers = {who(t) for t in turns(doc)}
    if forced == "prose":
        assert turns(doc) == [], "prose has no turns"
    elif forced == "plain":
        assert turns(doc) and speakers == {None}, "a transcript's turns have no speakers"
    else:
        assert "Dominic Raab" in speakers


def test_forcing_print_on_web_text_finds_no_print_labels() -> None:
    doc = parse_file(FIXTURES / "oral_questions.web.txt", layout="print")
    assert doc.layout == "print"
    assert turns(doc) == [], "a label alone on its line is not a print label"
    assert doc.source_text() == read_fixture("oral_questions.web.txt")


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown layout"):
        parse("Mr Speaker: Order.\n", layout="hansard")


@pytest.mark.parametrize("forced", ["web", "plain"])
def test_cli_layout_option_forces_the_layout(
    forced: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["json", "--layout", forced, str(FIXTURES / "oral_questions.print.txt")])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["source"]["layout"] == forced
    assert out["document"]["layout"] == forced
