"""One identity per member within a sitting, the chair however written, and a turn's clean words."""

from __future__ import annotations

from helpers import TEXT_FIXTURES, read_fixture

from hansard_parse import Contribution, Node, Speaker, parse
from hansard_parse.identity import chair_office, name_parts, turns_and_chair_notes
from hansard_parse.nodes import ChairChange
from hansard_parse.parser import parse_tree
from hansard_parse.visit import Visitor

SITTING = parse(read_fixture("sitting_identity.print.txt"))
REPORT = parse(read_fixture("official_report_2011.print.txt"))


def speakers(doc: object) -> list[Speaker]:
    return [t.speaker for t in doc.find_all(Contribution) if t.speaker]  # type: ignore[attr-defined]


def by_label(doc: object, label: str) -> list[Speaker]:
    return [s for s in speakers(doc) if s.label == label]


def test_a_short_label_takes_the_key_office_and_party_of_the_full_one_given_earlier() -> None:
    full = by_label(REPORT, "The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague)")[0]
    short = by_label(REPORT, "Mr Hague")
    assert short and {s.key for s in short} == {full.key} == {"william-hague"}
    assert {s.office for s in short} == {"The Secretary of State for Foreign and Commonwealth Affairs"}
    hanson = by_label(REPORT, "Mr Hanson")[0]
    assert (hanson.key, hanson.constituency, hanson.party) == ("david-hanson", "Delyn", "Lab")
    assert hanson.name == "Mr Hanson", "the name stays as written"


def test_a_bare_office_resolves_to_the_one_holder_named_earlier() -> None:
    office = by_label(SITTING, "The Secretary of State")[0]
    assert office.key == "chris-huhne"
    assert office.office == "The Secretary of State for Energy and Climate Change"


def test_the_chair_is_one_speaker_however_written() -> None:
    chairs = [s for s in speakers(SITTING) if s.label in ("Mr Speaker", "Mr. Speaker", "Mr Speaker (John Bercow)")]
    assert len(chairs) == 3
    assert {s.key for s in chairs} == {"john-bercow"}
    assert {s.role for s in chairs} == {"chair"}
    assert chair_office("Mr. Speaker") == chair_office("The Speaker") == "speaker"
    assert chair_office("Madam Deputy Speaker") == "deputy speaker"


def test_unnamed_deputies_of_either_sex_are_two_people() -> None:
    doc = parse(
        "Prisons\nMadam Deputy Speaker: Order.\nMr Deputy Speaker: Order.\nMadam Deputy Speaker: Order.\n"
    )
    keys = [s.key for s in speakers(doc)]
    assert keys[0] == keys[2] != keys[1]


def test_a_member_named_in_a_chair_note_speaks_as_the_chair() -> None:
    doc = parse(
        "Prisons\n[Mr Nigel Evans in the Chair]\nJane Smith (Anytown) (Lab): Will he act?\n"
        "Mr Nigel Evans: Order. I call the Minister.\n"
    )
    member, chair = speakers(doc)
    assert (member.role, chair.role, chair.key) == ("member", "chair", "nigel-evans")


def test_a_short_label_that_fits_two_members_is_a_diagnostic_not_a_guess() -> None:
    (smith,) = by_label(SITTING, "Mr Smith")
    assert smith.key == "mr-smith" and smith.constituency is None
    (note,) = [d for d in SITTING.diagnostics if "Mr Smith" in d.reason]
    assert "Angela Smith" in note.reason and "Mr Andrew Smith" in note.reason
    assert note.line == 23


def test_titles_of_the_other_sex_tell_two_surnames_apart() -> None:
    text = (
        "Prisons\nMrs Jane Smith (Anytown) (Lab): Will he act?\n"
        "Mr John Smith (Othertown) (Con): And will he act soon?\nMrs Smith: Thank you.\n"
    )
    doc = parse(text)
    assert by_label(doc, "Mrs Smith")[0].constituency == "Anytown"
    assert not doc.diagnostics


def test_collective_voices_have_a_key_of_their_own() -> None:
    doc = parse("Prisons\nMr Speaker: Order.\nHon. Members: Hear, hear!\n")
    assert [s.key for s in speakers(doc)] == ["speaker", "hon-members"]


def test_name_parts_split_titles_from_names() -> None:
    assert name_parts("Mr. William Hague") == (frozenset({"mr"}), ("William", "Hague"))
    assert name_parts("Dame Rosie Winterton") == (frozenset({"dame"}), ("Rosie", "Winterton"))


def test_turn_text_is_the_spoken_words_only() -> None:
    turns = list(REPORT.find_all(Contribution))
    assert turns[0].text == "When he next expects to discuss the situation in Syria with his US counterpart."
    over_the_break = turns[5].text
    assert "Iranian leadership on this that it has been prepared" in over_the_break
    assert "Column" not in over_the_break and "Mr Hague" not in over_the_break
    assert "Mr Hague:" in turns[5].plain_text


def test_inline_interjections_are_kept_or_dropped_by_a_flag() -> None:
    turn = next(t for t in SITTING.find_all(Contribution) if "[Interruption.]" in t.text)
    assert turn.words(interjections=False) == (
        "Does my right hon. Friend agree that older homes need a different kind of help? "
        "They are built of stone, not brick."
    )


def test_initials_with_or_without_dots_name_one_person() -> None:
    doc = parse(
        "Prisons\nMr Jeffrey M. Donaldson (Lagan Valley) (DUP): Will he act?\n"
        "Mr Speaker: Order.\nJeffrey M Donaldson: Will he act now?\n"
    )
    first, _, second = speakers(doc)
    assert first.key == second.key == "jeffrey-m-donaldson"
    assert second.party == "DUP"


class _TurnsAndChairNotes(Visitor):
    """What the identity pass read as a visitor: turns and chair notes, never inside a turn
    or a paragraph or sentence."""

    def __init__(self) -> None:
        self.found: list[Node] = []

    def visit_paragraph(self, node: Node) -> bool:
        return False

    def visit_sentence(self, node: Node) -> bool:
        return False

    def visit_chair_change(self, node: Node) -> None:
        self.found.append(node)

    def visit_contribution(self, node: Node) -> bool:
        self.found.append(node)
        return False


def test_the_turns_and_chair_notes_are_those_a_visitor_meets() -> None:
    notes = turns = 0
    for fixture in TEXT_FIXTURES:
        document = parse_tree(fixture.read_bytes())
        visitor = _TurnsAndChairNotes()
        visitor.visit(document)
        found = turns_and_chair_notes(document)
        assert [id(node) for node in found] == [id(node) for node in visitor.found], fixture.name
        notes += sum(isinstance(node, ChairChange) for node in found)
        turns += sum(isinstance(node, Contribution) for node in found)
    assert notes > 0 and turns > 200
