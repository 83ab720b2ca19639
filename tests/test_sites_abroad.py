"""The devolved parliaments' sites, Canada's and Australia's, and New Zealand's news sites:
what each makes of a page beyond the table of ``tests/fixtures/sites`` (see test_sites.py).

Pages are written in the project's own words, in the shapes the sites give a reader.
"""

from __future__ import annotations

from pathlib import Path

import hansard_parse as hp
from hansard_parse.nodes import Boilerplate, Contribution

PAGES = Path(__file__).parent / "fixtures" / "sites"


def _turn_at(document: hp.Document, text: str) -> Contribution:
    """The turn whose text opens with ``text``."""
    for turn in document.find_all(Contribution):
        if turn.plain_text.lstrip().startswith(text):
            return turn
    raise AssertionError(f"no turn opens with {text!r}")


def test_a_senedd_page_without_names_is_a_transcript_of_the_senedd() -> None:
    """The Record's names are lost in a copy: the page is a speaker-less transcript in the
    Senedd's words, its tabled question a question, ``Diolch, Llywydd.`` opening the answer,
    and the Llywydd's calls the chair's."""
    document = hp.parse_file(PAGES / "senedd_plenary.txt")
    assert (document.site, document.layout, document.house, document.date) == (
        "senedd", "plain", "wales", "2024-03-12",
    )
    assert [b.text.strip() for b in document.find_all(Boilerplate)] == [
        "Skip to main content", "Cymraeg", "Record of Proceedings", "Plenary 12/03/2024",
        "Y Cyfarfod Llawn",
        "In the bilingual version, the left-hand column includes the language used during the "
        "meeting. The right-hand column includes a translation of those speeches.",
        "Share",
    ]
    assert _turn_at(document, "1. What assessment").TYPE == "question"
    assert _turn_at(document, "Diolch, Llywydd. The port").TYPE == "answer"
    assert _turn_at(document, "Good afternoon and welcome").TYPE == "chair"
    assert _turn_at(document, "Questions now from the party leaders").TYPE == "chair"


def test_a_heading_above_a_turns_furniture_is_still_a_heading() -> None:
    """openparliament.ca runs a heading into its category and puts the turn's time, riding
    and party between it and the name: the furniture says nothing of what the heading is."""
    document = hp.parse_file(PAGES / "openparliament_housing.txt")
    assert [h.text.strip() for h in document.find_all(hp.Heading)] == [
        "Rental HousingOpposition motionBusiness of Supply"
    ] * 4


def test_a_name_line_is_split_at_the_party_the_site_names() -> None:
    """``Paul Okafor LiberalParliamentary Secretary …``: name, party and title run together
    are told apart by the site's parties, the riding above them is the constituency."""
    text = (
        "House of Commons Hansard #12 of the 45th Parliament, 1st Session.\n"
        "2:05 p.m.\nNorth Bay\nConservative\n"
        "Rhoda Green ConservativeShadow Minister for Housing\n"
        "Mr. Speaker, the minister promised a million homes. Where are they?\n"
    )
    turn = hp.parse(text).find(Contribution)
    assert turn is not None and turn.speaker is not None
    speaker = turn.speaker
    assert (speaker.name, speaker.party, speaker.office, speaker.constituency) == (
        "Rhoda Green", "Conservative", "Shadow Minister for Housing", "North Bay",
    )
    assert turn.time == "14:05"


def test_each_sovote_stamp_is_a_time_and_opens_a_turn() -> None:
    """sovote.ca keeps no names: each intervention's stamp opens a turn and is a time node,
    so the turns start where the interventions do, and a collective cry is an interjection."""
    document = hp.parse_file(PAGES / "sovote_emergency.txt")
    times = list(document.find_all(hp.Time))
    assert [t.span.start_line for t in times] == [6, 15, 24]
    assert [t.value for t in times] == ["12:39", "12:41", "12:41"]
    turns = list(document.find_all(Contribution))
    assert [t.span.start_line for t in turns] == [9, 18, 26]
    cries = [i.plain_text.strip() for i in document.find_all(hp.Interjection)]
    assert cries == ["Some hon. members: Hear, hear!"]


def test_a_label_cut_short_at_the_end_of_a_copy_is_unreadable_not_a_heading() -> None:
    """``Rt Hon CHRISTOP`` ends a news site's copy mid-word: kept, with a diagnostic, and
    never read as a heading or a speaker."""
    document = hp.parse_file(PAGES / "nz_news_questions.txt")
    cut = [u.plain_text.strip() for u in document.find_all(hp.Unparsed)]
    assert cut == ["Rt Hon CHRISTOP"]
    assert "Rt Hon CHRISTOP" not in [h.text.strip() for h in document.find_all(hp.Heading)]
    assert [d.line for d in document.diagnostics] == [15]


def test_the_colon_traps_of_a_news_page_are_no_speakers() -> None:
    """The headline and the source line have colons near their start; neither is a label."""
    document = hp.parse_file(PAGES / "nz_news_questions.txt")
    labels = [t.speaker.label for t in document.find_all(Contribution) if t.speaker is not None]
    assert not any(label.startswith(("Parliament", "Source")) for label in labels)


def test_openparliament_oral_questions_are_questions_and_answers() -> None:
    """A question's subject run into ``Oral Questions`` still opens Canada's question period:
    the minister answers, the others ask."""
    document = hp.parse_file(PAGES / "openparliament_oral_questions.txt")
    assert [t.TYPE for t in document.find_all(Contribution)] == [
        "question", "answer", "chair", "question",
    ]


def test_a_news_storys_teaser_above_the_transcript_is_no_turn() -> None:
    """Parliament Today repeats the first question under its byline, above the transcript's
    note: the story's furniture, so the question is asked once."""
    document = hp.parse_file(PAGES / "nz_news_parliament_today.txt")
    numbered = [t for t in document.find_all(Contribution) if t.number == "1"]
    assert len(numbered) == 1 and numbered[0].span.start_line == 10


def test_a_senedd_transcript_keeps_the_records_headings() -> None:
    """A page without names is read as a transcript; the agenda's items and a question's
    subject above it are still headings, not sentences of a turn."""
    document = hp.parse_file(PAGES / "senedd_plenary.txt")
    assert [h.text.strip() for h in document.find_all(hp.Heading)] == [
        "1. Questions to the First Minister", "Ferry Services to Ireland",
    ]


def test_every_page_of_the_senedds_site_is_the_senedds() -> None:
    """A committee's page shows none of the Chamber's words (no Llywydd, no ``Diolch``): the
    site says whose record it is."""
    text = (
        "Record of Proceedings\n"
        "Climate Change Committee\n"
        "Good morning. I welcome members to this meeting of the committee.\n"
        "Thank you, Chair. I will be brief.\n"
    )
    document = hp.parse(text)
    assert (document.site, document.house) == ("senedd", "wales")
