"""The sitting: its date from the text or the caller, columns of turns and paragraphs, stable ids."""

from __future__ import annotations

import datetime
import re

import pytest
from helpers import TEXT_FIXTURES, read_fixture
from hypothesis import given
from hypothesis import strategies as st

from hansard_parse import Contribution, Document, Paragraph, parse
from hansard_parse.nodes import Column, Section, Sentence
from hansard_parse.parser import parse_tree
from hansard_parse.sitting import Sitting, _Placer, column_before, fold_accents, read_date, slug
from hansard_parse.visit import Visitor

SITTING = read_fixture("sitting_identity.print.txt")
REPORT = read_fixture("official_report_2011.print.txt")


def house(doc: Document) -> str:
    """The House part of a turn id: the document's House where the parser reads one."""
    found = getattr(doc, "house", None)
    return found if isinstance(found, str) else "house"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("House of Commons\nTuesday 19 July 2011\nMr Speaker: Order.\n", "2011-07-19"),
        ("Prisons\nVolume 730: debated on Tuesday 28 March 2023\nMr Speaker: Order.\n", "2023-03-28"),
        ("HC Deb 16 January 2001 vol 361 cc300-13\nPrisons\nMr Speaker: Order.\n", "2001-01-16"),
        ("12 May 2004 : Column 11\nPrisons\nMr Speaker: Order.\n", "2004-05-12"),
        ("Prisons\nMr Speaker: We meet again on Tuesday 19 July 2011.\n", None),
        ("Prisons\nMonday 31 February 2011\nMr Speaker: Order.\n", None),
    ],
    ids=["weekday-line", "debated-on", "hc-deb", "column-marker", "inside-a-turn", "no-such-day"],
)
def test_the_sitting_date_is_read_from_the_text(text: str, date: str | None) -> None:
    assert parse(text).date == date


def test_a_stated_date_line_wins_over_a_column_marker_date() -> None:
    text = "1 March 2011 : Column 5\nHouse of Commons\nWednesday 2 March 2011\nMr Speaker: Order.\n"
    assert read_date(parse(text)) == "2011-03-02"


def test_the_caller_gives_the_date_where_the_text_has_none() -> None:
    text = "Prisons\nMr Speaker: Order.\n"
    assert parse(text, date="2023-03-28").date == "2023-03-28"
    assert parse(text, date=datetime.date(2009, 10, 27)).date == "2009-10-27"
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse(text, date="28/03/2023")


def test_turns_and_paragraphs_carry_the_column_they_start_in() -> None:
    doc = parse(REPORT)
    turns = list(doc.find_all(Contribution))
    assert doc.date == "2011-07-19"
    hague_over_the_break = turns[5]
    assert hague_over_the_break.column == "771"  # starts in 771, runs on into 772
    assert [t.column for t in turns[6:]] == ["772"] * (len(turns) - 6)
    paragraphs = [p for p in doc.find_all(Paragraph) if p.column is not None]
    assert paragraphs[0].column == "771"


def test_text_before_the_first_marker_is_in_the_column_before_it() -> None:
    doc = parse("Prisons\nMr Speaker: Order.\n9 June 2010 : Column 90WS\nMr Speaker: Order again.\n")
    assert [t.column for t in doc.find_all(Contribution)] == ["89WS", "90WS"]
    assert column_before("1") is None


def test_turn_ids_count_within_their_column() -> None:
    doc = parse(SITTING)
    ids = [t.id for t in doc.find_all(Contribution)]
    assert ids[:4] == [
        f"{house(doc)}/2011-03-03/c401/1",
        f"{house(doc)}/2011-03-03/c401/2",
        f"{house(doc)}/2011-03-03/c401/3",
        f"{house(doc)}/2011-03-03/c402/1",
    ]
    assert len(set(ids)) == len(ids)


def test_turn_ids_without_columns_count_within_their_section() -> None:
    text = "Prisons\nMr Speaker: Order.\nJane Smith: Will he act?\nCourts\nMr Speaker: Order.\n"
    doc = parse(text, date="2023-03-28")
    ids = [t.id for t in doc.find_all(Contribution)]
    assert ids == [
        f"{house(doc)}/2023-03-28/prisons/1",
        f"{house(doc)}/2023-03-28/prisons/2",
        f"{house(doc)}/2023-03-28/courts/1",
    ]


def test_turn_ids_stay_put_when_other_columns_change() -> None:
    before = {t.speaker.label: t.id for t in parse(SITTING).find_all(Contribution) if t.speaker}
    edited = SITTING.replace(
        "Mr Huhne: I will place the figures in the Library this week.\n",
        "Mr Huhne: I will place the figures in the Library this week.\n"
        "Mr Andrew Smith (Oxford East) (Lab): Will they be published by region?\n",
    ).replace("More lofts were insulated", "Many more lofts were insulated")
    edited_doc = parse(edited)
    after = list(edited_doc.find_all(Contribution))
    column_401 = [t.id for t in after if t.column == "401"]
    assert column_401 == [f"{house(edited_doc)}/2011-03-03/c401/{n}" for n in (1, 2, 3)]
    assert before["Angela Smith (Penistone and Stocksbridge) (Lab)"] == after[0].id
    assert len({t.id for t in after}) == len(after)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Louise Gagné", "louise-gagne"),
        ("Brónach Ní Mhaoláin", "bronach-ni-mhaolain"),
        ("Mr Brendan O’Connor", "mr-brendan-o-connor"),
        ("Ms. Ève Péclet", "ms-eve-peclet"),
        ("Łukasz Ørsted-Næss", "lukasz-orsted-naess"),
        ("Mr William Hague", "mr-william-hague"),
    ],
)
def test_slugs_fold_accents_rather_than_cut_the_letters_out(name: str, key: str) -> None:
    assert slug(name) == key


@given(st.text(max_size=40))
def test_a_slug_is_lower_case_ascii_words_joined_by_single_hyphens(text: str) -> None:
    made = slug(text)
    assert made == "" or re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", made)
    assert slug(fold_accents(text)) == made


class _PlacerRecord(_Placer):
    """The placer, recording what its walk meets: each marker, paragraph and turn (with
    the section it is in)."""

    def __init__(self) -> None:
        super().__init__(Sitting())
        self.met: list[tuple[str, int, str]] = []

    def visit_column(self, node: Column) -> None:
        self.met.append(("column", id(node), ""))

    def visit_paragraph(self, node: Paragraph) -> None:
        self.met.append(("paragraph", id(node), ""))

    def visit_contribution(self, node: Contribution) -> None:
        self.met.append(("turn", id(node), self._sections[-1] if self._sections else ""))


class _VisitorRecord(Visitor):
    """What a visitor meets: the same, entering a paragraph or sentence only where it holds
    a column marker."""

    def __init__(self) -> None:
        self.met: list[tuple[str, int, str]] = []
        self.sections: list[str] = []

    def visit_section(self, node: Section) -> None:
        self.sections.append(node.title)

    def leave_section(self, node: Section) -> None:
        self.sections.pop()

    def visit_column(self, node: Column) -> None:
        self.met.append(("column", id(node), ""))

    def visit_paragraph(self, node: Paragraph) -> bool:
        self.met.append(("paragraph", id(node), ""))
        return any(isinstance(child, Column) for child in node.children)

    def visit_sentence(self, node: Sentence) -> bool:
        return any(isinstance(child, Column) for child in node.children)

    def visit_contribution(self, node: Contribution) -> None:
        self.met.append(("turn", id(node), self.sections[-1] if self.sections else ""))


def test_the_placer_meets_what_a_visitor_meets_in_every_fixture() -> None:
    columns = 0
    for fixture in TEXT_FIXTURES:
        document = parse_tree(fixture.read_bytes())
        placer, visitor = _PlacerRecord(), _VisitorRecord()
        placer.walk(document)
        visitor.visit(document)
        assert placer.met == visitor.met, fixture.name
        columns += sum(kind == "column" for kind, _, _ in placer.met)
    assert columns > 0
