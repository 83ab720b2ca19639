"""The UK's other records as Houses: the Scottish Parliament, the Northern Ireland Assembly,
Public Bill Committees and historic Hansard, read from fixtures written in their shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

import hansard_parse as hp
from hansard_parse import Contribution, Document, Heading, Interjection
from hansard_parse.classify import Kind
from hansard_parse.houses import COMMONS, detect_house, get_house
from hansard_parse.lexer import LexState, run_passes
from hansard_parse.plain.openers import opener
from hansard_parse.source import split_lines

UK = Path(__file__).parent / "fixtures" / "uk"


def _parse(name: str, **options: str) -> Document:
    document = hp.parse_file(UK / name, **options)  # type: ignore[arg-type]
    assert document.source_text() == (UK / name).read_text(encoding="utf-8")
    return document


def _turns(document: Document) -> dict[int, Contribution]:
    """Every turn that names a speaker, by the line it starts on."""
    return {
        node.span.start_line: node
        for node in document.walk()
        if isinstance(node, Contribution) and node.speaker is not None
    }


def _headings(document: Document) -> set[int]:
    return {node.span.start_line for node in document.walk() if isinstance(node, Heading)}


def _who(document: Document) -> dict[int, tuple[str | None, str | None]]:
    return {line: (t.speaker.name, t.speaker.office) for line, t in _turns(document).items() if t.speaker}


# --- the Scottish Parliament -----------------------------------------------------------------


def test_scottish_text_is_the_scottish_parliament() -> None:
    assert _parse("scotland.print.txt").house == "scotland"


def test_presiding_officer_is_the_chair_and_the_person_in_brackets_is_named() -> None:
    document = _parse("scotland.print.txt")
    opening = _turns(document)[6]
    assert opening.speaker is not None
    assert (opening.speaker.name, opening.speaker.office, opening.speaker.role) == (
        "Morag Lindsay", "The Presiding Officer", "chair",
    )  # fmt: skip
    later = _turns(document)[11]
    assert later.speaker is not None and later.speaker.role == "chair"


def test_scottish_members_and_ministers() -> None:
    who = _who(_parse("scotland.print.txt"))
    assert who[7] == ("Ewan Drummond", "The Minister for Transport")
    assert who[8] == ("Bill Wilson", None)
    assert who[9] == ("Ewan Drummond", "The Minister for Transport")  # one identity a sitting


def test_spaced_interruption_is_an_interjection() -> None:
    """The Scottish record spaces its notes inside the brackets, on a line of their own or
    inside a speech."""
    document = _parse("scotland.print.txt")
    notes = [n for n in document.walk() if isinstance(n, Interjection)]
    assert [(n.span.start_line, n.text) for n in notes] == [(10, "[ Interruption. ]"), (22, "[ Interruption. ]")]


def test_business_programme_rows_are_not_headings() -> None:
    """``2.30 pm Time for Reflection …`` inside a business motion is a row of the motion."""
    headings = _headings(_parse("scotland.print.txt"))
    assert headings == {1, 5, 12, 20}


# --- the Northern Ireland Assembly -----------------------------------------------------------


def test_assembly_text_is_the_northern_ireland_assembly() -> None:
    assert _parse("northern_ireland.print.txt").house == "northern_ireland"


def test_label_whose_first_paragraph_stops_short_is_a_label() -> None:
    """``Name: I beg to move`` with the motion on the next line opens a turn, not a heading."""
    document = _parse("northern_ireland.print.txt")
    assert _who(document)[5] == ("Brónach Ní Mhaoláin", None)
    assert 5 not in _headings(document)


def test_committee_chairperson_is_the_person_in_brackets() -> None:
    who = _who(_parse("northern_ireland.print.txt"))
    assert who[11] == ("Declan Rooney", "The Chairperson of the Committee for Culture, Arts and Leisure")


def test_listed_questions_without_a_colon_are_numbered_questions() -> None:
    turns = _turns(_parse("northern_ireland.print.txt"))
    first, second = turns[15], turns[16]
    assert (first.TYPE, first.number, first.speaker and first.speaker.name) == ("question", "1", "Niall Fearon")
    assert (second.TYPE, second.number, second.speaker and second.speaker.name) == ("question", "3", "Ruth Calvert")
    assert turns[17].TYPE == "answer"
    assert turns[18].TYPE == "supplementary_question"


def test_headings_before_listed_questions() -> None:
    assert {12, 13, 14} <= _headings(_parse("northern_ireland.print.txt"))


def test_web_labels_above_short_speech_and_interruptions() -> None:
    document = _parse("northern_ireland.web.txt", house="northern_ireland")
    who = _who(document)
    assert who[2] == ("Brónach Ní Mhaoláin", None)
    assert who[9] == ("A Member", None)
    assert _headings(document) == {1}


@pytest.mark.parametrize(
    ("line", "house"),
    [
        ("The Deputy Presiding Officer (Alex Brodie): I call Claire Baker.", "scotland"),
        ("Jim Wells: Go raibh maith agat, a Cheann Comhairle. The Assembly met in haste.", "northern_ireland"),
    ],
)
def test_houses_are_detected_by_their_phrases(line: str, house: str) -> None:
    assert detect_house([line]).name == house


def test_reported_questions_are_no_evidence_of_labels() -> None:
    """Speaker-less text keeps its ``1. Name asked …`` lines; they do not make it print."""
    text = (
        "1. Niall Fearon asked the Minister of Education what steps she is taking on school transport.\n"
        "A review of the scheme is under way and will report in the spring.\n"
        "I thank the Minister for her answer. Will she meet parents from my constituency?\n"
        "I will be happy to do so.\n"
        "2. Ruth Calvert asked the Minister of Education for her assessment of rural bus provision.\n"
        "Provision is adequate in most areas, though I accept that some routes need attention.\n"
    )
    assert hp.parse(text, house="northern_ireland").layout != "print"


# --- Public Bill Committees -------------------------------------------------------------------


def test_committee_text_is_a_committee() -> None:
    assert _parse("committee.print.txt").house == "committee"


def test_committee_membership_is_one_member_list() -> None:
    document = _parse("committee.print.txt")
    lists = [node for node in document.walk() if isinstance(node, hp.MemberList)]
    assert [(n.span.start_line, n.span.end_line) for n in lists] == [(2, 9)]
    assert "† Farrant, Kate (Wexley) (LD)" in lists[0].text


def test_committee_headings_and_turns() -> None:
    document = _parse("committee.print.txt")
    assert _headings(document) == {1, 10, 13, 14}
    who = _who(document)
    assert who[16] == ("Mr. Peter Allard", None)
    assert who[18] == ("The Chairman", "The Chairman")
    assert _turns(document)[18].TYPE == "chair"


# --- tables in written answers -----------------------------------------------------------------


def test_table_is_one_node_with_its_caption() -> None:
    document = _parse("scotland_written.print.txt")
    tables = [node for node in document.walk() if isinstance(node, hp.Table)]
    assert [(n.span.start_line, n.span.end_line) for n in tables] == [(7, 10)]
    assert tables[0].text.splitlines()[0] == "Table A: Rural grants paid"
    assert _headings(document) == {1, 2, 3, 12, 16}
    turns = _turns(document)
    assert [turns[line].TYPE for line in (4, 6, 13, 15)] == ["question", "answer", "question", "answer"]


def test_table_and_member_list_survive_the_json_round_trip() -> None:
    for name in ("committee.print.txt", "scotland_written.print.txt"):
        document = _parse(name)
        assert hp.from_json(hp.to_json(document)) == document


# --- historic Hansard ---------------------------------------------------------------------------


def test_historic_text_is_the_historic_record() -> None:
    assert _parse("historic.print.txt").house == "historic"


def test_historic_reported_questions_and_answers() -> None:
    turns = _turns(_parse("historic.print.txt"))
    assert [(turns[n].TYPE, turns[n].number) for n in (9, 10)] == [("question", "3"), ("question", "7")]
    assert turns[9].speaker is not None and turns[9].speaker.name == "Mr. Ashby"
    assert turns[11].TYPE == "answer"
    assert turns[11].speaker is not None and turns[11].speaker.name == "Mr. Harold Pym"
    assert turns[12].TYPE == "supplementary_question"
    assert turns[13].TYPE == "answer"
    written = turns[33]
    assert (written.TYPE, written.speaker and written.speaker.name) == ("question", "Mr. DALTON")
    assert turns[34].TYPE == "answer"


def test_historic_headings_times_and_procedure() -> None:
    document = _parse("historic.print.txt")
    assert _headings(document) == {1, 4, 6, 7, 8, 31, 32}
    times = [node for node in document.walk() if isinstance(node, hp.Time)]
    assert [(t.span.start_line, t.value) for t in times] == [(15, "16:28"), (17, "20:09")]
    assert _who(document)[16] == ("Mr. CARVER", None)


def test_historic_division_list_with_slips_is_one_division() -> None:
    """Every line of the record, slips and all (``Carver. Thomas``, ``AYES.``, ``[8.9 pm``,
    both tellers on one line, a name after them), belongs to the division."""
    text = (UK / "historic.print.txt").read_text(encoding="utf-8")
    state = run_passes(LexState(split_lines(text), "print", get_house("historic")), until="divisions")
    kinds = [item.kind for item in state.items[17:30]]
    assert kinds == [Kind.DIVISION] + [Kind.DIVISION_LINE] * 11 + [Kind.PROCEDURAL]
    assert _headings(_parse("historic.print.txt")).isdisjoint(range(18, 31))


def test_evidence_session_questions_are_numbered_without_a_stop() -> None:
    """A select committee's evidence numbers its questions ``Q12 Mr Gauke:``."""
    text = (
        "Q12 Mr Gauke: What will the scheme cost each year?\n"
        "Professor Ann Hale: About two million pounds, on our reckoning.\n"
        "Q13 Steve Webb: And in the year after that?\n"
    )
    turns = _turns(hp.parse(text, house="committee"))
    assert [(t.TYPE, t.number, t.speaker and t.speaker.name) for t in turns.values()] == [
        ("question", "Q12", "Mr Gauke"),
        ("answer", None, "Professor Ann Hale"),
        ("question", "Q13", "Steve Webb"),
    ]


def test_scottish_division_list_is_a_division_with_its_names() -> None:
    """``For`` / ``Against`` / ``Abstentions`` above surname-first names: one division."""
    document = _parse("scotland_division.print.txt", house="scotland")
    divisions = [node for node in document.walk() if isinstance(node, hp.Division)]
    assert len(divisions) == 1
    division = divisions[0]
    assert division.ayes_names == ("Anderson, Ms Karen (Lothians) (Lab)", "Bain, Colin (Dundee West) (SNP)")
    assert division.noes_names == ("Craig, Mr Ian (Galloway) (Con)",)
    assert not _headings(document)
    assert _who(document)[11] == ("The Presiding Officer", "The Presiding Officer")


def test_source_note_under_a_table_is_not_a_heading() -> None:
    document = _parse("scotland_written.print.txt")
    assert 21 not in _headings(document)
    assert 16 in _headings(document)


def test_a_title_starting_the_is_no_bare_name() -> None:
    """``The Prison Budget: Draft Budget …`` after a web label is the answer's text."""
    text = (
        "Budget Figures\n"
        "Fiona Laird (Highlands and Islands) (Lab)\n"
        "To ask the Scottish Executive what the budget for prisons is.\n"
        "Callum Reid\n"
        "The Prison Budget: Draft Budget 2010-11, published in September, sets out the sums.\n"
    )
    document = hp.parse(text, layout="web", house="scotland")
    assert {line: who[0] for line, who in _who(document).items()} == {2: "Fiona Laird", 4: "Callum Reid"}
    assert hp.parse_label("The Prison Budget") is None


# --- which House: a variant of the Commons by its own marks -----------------------------------


@pytest.mark.parametrize(
    ("name", "house"),
    [
        # speaker-less committee text: ``the Committee`` addressed, the chair called by name,
        # an amendment cited by its clause, for all the ``hon.`` it shares with the chamber
        ("committee.plain.txt", "committee"),
        # a report-stage debate that speaks of the Committee is still the chamber's
        ("report_stage.plain.txt", "commons"),
        # a 1990s division: ``Question put:—``, seats cut short to fit the column
        # (``Division No. 112]`` cut from ``[10.00 pm`` is today's print too)
        ("historic_division.print.txt", "historic"),
        # a select committee's evidence session: witnesses and numbered questions
        ("select_committee_evidence.print.txt", "committee"),
        # Scottish business motions, known by their references (``S5M-01234``)
        ("scotland_business.plain.txt", "scotland"),
        ("westminster_hall.print.txt", "westminster-hall"),
        ("westminster_hall.web.txt", "westminster-hall"),
        ("westminster_hall.plain.txt", "westminster-hall"),
    ],
)
def test_each_record_is_read_as_its_house(name: str, house: str) -> None:
    assert _parse(name).house == house


@pytest.mark.parametrize(
    ("lines", "house"),
    [
        # an era's marks without a speech: an ordinal date, a middle-dot time, a capital surname
        (["Thursday, 6th July, 1961", "4·28 pm", "Mr. LANSBURY: The hon. Member is wrong."], "historic"),
        # a nineteenth-century report and an office in capitals before the member
        (
            [
                "MR. GLADSTONE said, the hon. Member had misread the Bill.",
                "THE CHANCELLOR OF THE EXCHEQUER (Mr. LLOYD GEORGE): The hon. Member is right.",
            ],
            "historic",
        ),
        # the Assembly's question references without their brackets, and its joint office
        (
            ["Mr Speaker: I call the deputy First Minister to answer AQO 412/17-22."],
            "northern_ireland",
        ),
        # one mention of ``the Committee`` in a chamber debate is no committee
        (["Mr Speaker: Order.", "The hon. Member served on the Committee, as the House knows."], "commons"),
    ],
)
def test_houses_are_told_by_marks_of_any_sitting_day(lines: list[str], house: str) -> None:
    assert detect_house(lines).name == house


def test_one_mark_of_a_variant_is_not_enough() -> None:
    """A modern speech quoting ``17·6 per cent.`` once is no historic volume."""
    assert detect_house(["Mr Speaker: Growth was 17·6 per cent. The hon. Member knows it."]).name == "commons"


# --- Westminster Hall -------------------------------------------------------------------------------


def test_westminster_hall_chair_is_the_member_in_the_chair() -> None:
    document = _parse("westminster_hall.print.txt")
    turns = _turns(document)
    chair = turns[13]
    assert chair.TYPE == "chair"
    assert chair.speaker is not None
    assert (chair.speaker.name, chair.speaker.role) == ("Dame Siobhain McDonagh", "chair")
    assert turns[25].speaker is not None and turns[25].speaker.name == "Mr Peter Bone"
    changes = [node.span.start_line for node in document.walk() if isinstance(node, hp.ChairChange)]
    assert changes == [3, 22]


def test_westminster_hall_motions_suspensions_and_times() -> None:
    document = _parse("westminster_hall.print.txt")
    procedure = {node.span.start_line for node in document.walk() if isinstance(node, hp.Procedural)}
    assert {15, 19, 20, 29, 30, 33} <= procedure
    times = [(t.span.start_line, t.value) for t in document.walk() if isinstance(t, hp.Time)]
    assert times == [(5, "09:30"), (14, "09:52"), (16, "10:07"), (24, "11:00"), (32, "11:29")]
    assert _headings(document) == {1, 4, 23}
    kinds = {line: turn.TYPE for line, turn in _turns(document).items()}
    assert kinds == {
        6: "speech", 9: "intervention", 10: "speech", 11: "intervention", 12: "speech",
        13: "chair", 18: "speech", 25: "chair", 26: "speech",
    }  # fmt: skip


def test_westminster_hall_web_labels() -> None:
    who = _who(_parse("westminster_hall.web.txt"))
    assert who == {
        5: ("Paul Okafor", None),
        9: ("Sir Gary Streeter", "in the Chair"),
        11: ("Anna Kerridge", "The Minister for Culture"),
    }


def test_westminster_hall_speaker_less_speeches_open_with_the_greeting() -> None:
    """``It is a pleasure to serve under your chairmanship, Ms Nokes`` opens a speech."""
    document = _parse("westminster_hall.plain.txt", house="westminster-hall")
    starts = [node.span.start_line for node in document.walk() if isinstance(node, Contribution)]
    assert 6 in starts


# --- the historic record's older forms ---------------------------------------------------------


def test_nineteenth_century_commons_labels() -> None:
    """Capital surnames with a capital title (``MR. DILLWYN``), reported speech (``MR.
    GLADSTONE said,``), an office in capitals before the member, the reviser's asterisk."""
    document = _parse("historic_1880.print.txt")
    assert document.house == "historic"
    turns = _turns(document)
    who = {line: (turn.TYPE, turn.speaker.name, turn.speaker.office) for line, turn in turns.items() if turn.speaker}
    assert who[7] == ("question", "MR. DILLWYN", None)
    assert who[8] == ("answer", "COLONEL STANLEY", None)
    assert who[9][1:] == ("Mr. LLOYD GEORGE", "THE CHANCELLOR OF THE EXCHEQUER")
    assert who[10][1] == "MR. LOWE"
    assert who[11][1] == "MR. GLADSTONE"
    assert who[12][1] == "SIR STAFFORD NORTHCOTE"
    assert who[13] == ("chair", "Mr. SPEAKER", "Mr. SPEAKER")
    assert turns[11].text.startswith("he wished to ask")


def test_nineteenth_century_commons_headings_and_procedure() -> None:
    document = _parse("historic_1880.print.txt")
    assert _headings(document) == {1, 4, 5, 6}
    procedure = {node.span.start_line for node in document.walk() if isinstance(node, hp.Procedural)}
    assert procedure == {2, 3}


def test_reported_speech_needs_a_name_in_capitals() -> None:
    """``Mr. Jenkins said, in 1983, …`` opening a paragraph is a speech going on."""
    text = "Mr. Douglas: I will quote the Minister.\nMr. Jenkins said, in 1983, that the pits would stay open.\n"
    turns = _turns(hp.parse(text, house="historic"))
    assert list(turns) == [1]


def test_historic_lords_labels() -> None:
    """Peers in capitals (``EARL GREY``, ``THE EARL OF DERBY said,``), ``rose to ask``."""
    document = _parse("historic_lords.print.txt")
    assert document.house == "lords"
    who = _who(document)
    assert who[6] == ("EARL GREY", None)
    assert who[7] == ("THE MARQUESS OF SALISBURY", None)
    assert who[8] == ("LORD CAIRNS", None)
    assert who[9] == ("THE EARL OF DERBY", None)
    assert who[10] == ("THE LORD CHANCELLOR", "THE LORD CHANCELLOR")
    procedure = {node.span.start_line for node in document.walk() if isinstance(node, hp.Procedural)}
    assert {2, 3} <= procedure
    assert _headings(document) == {1, 4, 5}  # ``HOUSE OF LORDS.``, ``INDIA—THE FAMINE.``, ``QUESTION.``


# --- speaker-less openers of these chambers --------------------------------------------------


@pytest.mark.parametrize(
    ("house", "sentence", "strength", "cue"),
    [
        ("scotland", "Presiding Officer, I am grateful for the chance to speak.", 3.0, '"Presiding Officer,"'),
        ("scotland", "Deputy Presiding Officer, the motion is a modest one.", 3.0, '"Presiding Officer,"'),
        ("northern_ireland", "Go raibh maith agat, a Cheann Comhairle.", 4.0, '"Go raibh maith agat"'),
        ("northern_ireland", "Madam Principal Deputy Speaker, I rise to oppose.", 3.0, '"Mr Speaker,"'),
        ("committee", "Mr Chairman, the clause goes too far.", 3.0, '"Mr Chairman,"'),
        ("committee", "It is a pleasure to serve under your chairmanship, Mr Ashdown.", 4.0, "speech opener"),
        ("westminster-hall", "It is an honour to serve under your chairmanship, Sir Gary.", 3.0, '"serve under your chairmanship"'),
    ],
)  # fmt: skip
def test_each_chamber_opens_a_speech_by_addressing_its_chair(
    house: str, sentence: str, strength: float, cue: str
) -> None:
    found, _side, name = opener(sentence, asks=False, house=get_house(house) or COMMONS)
    assert (found, name) == (strength, cue)


def test_a_question_s_reference_after_it_is_its_uin() -> None:
    """The Assembly's ``(AQO 412/10)`` and the Parliament's ``(S3W-28105)`` name the question."""
    turns = _turns(_parse("northern_ireland.print.txt"))
    assert (turns[15].uin, turns[16].uin) == ("AQO 412/10", "AQO 415/10")
    text = (
        "Rural Grants\n"
        "Fiona Laird (Highlands and Islands) (Lab): To ask the Scottish Government how much was paid"
        " in rural grants last year. (S4W-12345)\n"
        "Callum Reid: The sum paid was £12.4 million.\n"
    )
    written = _turns(hp.parse(text, house="scotland"))
    assert (written[2].TYPE, written[2].uin) == ("question", "S4W-12345")


def test_the_assembly_s_principal_deputy_speaker_is_the_chair() -> None:
    text = "Madam Principal Deputy Speaker (Ms Aine Kerr): Order. I call the Minister.\n"
    speaker = _turns(hp.parse(text, house="northern_ireland"))[1].speaker
    assert speaker is not None
    assert (speaker.name, speaker.office, speaker.role) == ("Ms Aine Kerr", "Madam Principal Deputy Speaker", "chair")


def test_evidence_session_chair_asks_numbered_questions() -> None:
    """``Q12 Chair:`` is the chair's question to the witnesses, answered by the next voice."""
    turns = _turns(_parse("select_committee_evidence.print.txt"))
    assert [(turns[n].TYPE, turns[n].number) for n in (3, 4, 6, 7)] == [
        ("question", "Q12"), ("answer", None), ("question", "Q13"), ("answer", None),
    ]
    assert turns[3].speaker is not None and turns[3].speaker.role == "chair"
