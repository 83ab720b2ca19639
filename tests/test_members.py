"""Members files: a ``person_id`` on each speaker, matched by name, House and sitting date."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import FIXTURES, read_fixture

from hansard_parse import Contribution, Document, Speaker, parse
from hansard_parse.members import Members, MembersFileError

CSV = FIXTURES / "members.csv"
POPOLO = FIXTURES / "people.json"
HAGUE = "uk.org.publicwhip/person/10240"
ANGELA_C = "uk.org.publicwhip/person/11861"
COOPER = "uk.org.publicwhip/person/10136"
MENSCH = "uk.org.publicwhip/person/24802"


def speaker(doc: Document, label: str) -> Speaker:
    return next(t.speaker for t in doc.find_all(Contribution) if t.speaker and t.speaker.label == label)


def day(date: str, *labels: str) -> str:
    """A short sitting in print layout: the chair, then a question from each label."""
    lines = "".join(f"{label}: Will the Minister say more about that?\n" for label in labels)
    return f"House of Commons\n{date}\nHousing\nMr Speaker: Order.\n{lines}"


def test_a_short_label_gets_the_person_id_and_party_of_its_full_name() -> None:
    doc = parse(read_fixture("official_report_2011.print.txt"), members=POPOLO, layout="print")
    full = speaker(doc, "The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague)")
    short = speaker(doc, "Mr Hague")
    assert full.person_id == short.person_id == HAGUE
    assert (short.party, short.constituency) == ("Conservative", "Richmond (Yorks)")
    assert speaker(doc, "Mr Hanson").person_id == "uk.org.publicwhip/person/10255"
    assert speaker(doc, "Mr Hanson").party == "Lab", "the label's own party is kept"


def test_a_member_who_changed_seat_is_matched_on_either_side_of_the_boundary() -> None:
    members = Members.load(CSV)
    before = parse(day("Tuesday 27 October 2009", "Yvette Cooper"), members=members, layout="print")
    after = parse(day("Tuesday 19 July 2011", "Yvette Cooper"), members=members, layout="print")
    assert speaker(before, "Yvette Cooper").person_id == speaker(after, "Yvette Cooper").person_id == COOPER
    assert speaker(before, "Yvette Cooper").constituency == "Pontefract and Castleford"
    assert speaker(after, "Yvette Cooper").constituency == "Normanton, Pontefract and Castleford"


def test_a_member_who_changed_name_is_matched_under_the_name_borne_that_day() -> None:
    before = parse(day("Tuesday 1 March 2011", "Louise Bagshawe (Corby) (Con)"), members=POPOLO, layout="print")
    after = parse(day("Tuesday 10 January 2012", "Louise Mensch (Corby) (Con)"), members=POPOLO, layout="print")
    stale = parse(day("Tuesday 10 January 2012", "Louise Bagshawe (Corby) (Con)"), members=POPOLO, layout="print")
    assert speaker(before, "Louise Bagshawe (Corby) (Con)").person_id == MENSCH
    assert speaker(after, "Louise Mensch (Corby) (Con)").person_id == MENSCH
    assert speaker(stale, "Louise Bagshawe (Corby) (Con)").person_id is None


def test_two_members_of_one_name_are_reported_not_guessed() -> None:
    doc = parse(day("Tuesday 27 October 2009", "Angela Smith"), members=CSV, layout="print")
    assert speaker(doc, "Angela Smith").person_id is None
    (note,) = [d for d in doc.diagnostics if "matches several members" in d.reason]
    assert "10549" in note.reason and ANGELA_C in note.reason


def test_a_constituency_in_the_label_tells_two_members_of_one_name_apart() -> None:
    label = "Angela Smith (Sheffield, Hillsborough) (Lab)"
    doc = parse(day("Tuesday 27 October 2009", label), members=CSV, layout="print")
    assert speaker(doc, label).person_id == ANGELA_C
    later = parse(day("Tuesday 19 July 2011", "Angela Smith"), members=CSV, layout="print")
    assert speaker(later, "Angela Smith").person_id == ANGELA_C, "only one of them sat in 2011"


def test_a_member_of_another_house_is_not_matched() -> None:
    members = Members.load(CSV)
    assert members.find("Lady Smith of Basildon", house="commons", date="2011-07-19") == []
    assert [pid for pid, _ in members.find("Baroness Smith of Basildon", house="lords", date="2011-07-19")] == [
        "uk.org.publicwhip/person/13566"
    ]


def test_a_broken_members_file_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "people.json"
    bad.write_text('{"people": []}', encoding="utf-8")
    with pytest.raises(MembersFileError, match="persons"):
        Members.load(bad)
    csv_file = tmp_path / "members.csv"
    csv_file.write_text("who,when\nx,y\n", encoding="utf-8")
    with pytest.raises(MembersFileError, match="id and name"):
        Members.load(csv_file)


def test_streamed_pieces_match_members_as_the_whole_parse_does(tmp_path: Path) -> None:
    from hansard_parse import iter_parse, parse_file

    # The sitting twice, the second time with short labels only: their full names were
    # given in an earlier piece.
    report = read_fixture("official_report_2011.print.txt")
    short = report.replace(
        "The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague)", "Mr Hague"
    ).replace("Mr David Hanson (Delyn) (Lab)", "Mr Hanson")
    path = tmp_path / "day.txt"
    path.write_text(report + short, encoding="utf-8")
    streamed = list(iter_parse(path, layout="print", chunk_size=7, members=POPOLO))
    assert tuple(streamed) == parse_file(path, layout="print", members=POPOLO).children
    last = [t.speaker for t in streamed[-1].find_all(Contribution) if t.speaker]
    assert "Mr William Hague" not in {s.name for s in last}
    assert {s.person_id for s in last if s.label == "Mr Hague"} == {HAGUE}


def test_a_name_written_without_its_accents_still_matches_the_members_file() -> None:
    """Sites and people drop accents (``Stephane Dion`` for ``Stéphane Dion``), and a members
    file may keep or drop them too: names are compared with accents folded."""
    members = Members.from_csv([
        "id,name,aliases,house,start,end,constituency,party",
        "ca/1,Stéphane Dion,,commons,1996-03-25,2017-02-06,Saint-Laurent,Liberal",
        "ca/2,Carol Hughes,,commons,2008-10-14,,Algoma,NDP",
    ])  # fmt: skip
    doc = parse(day("Tuesday 27 October 2009", "Stephane Dion", "Carol Hughès"), members=members, layout="print")
    assert speaker(doc, "Stephane Dion").person_id == "ca/1"
    assert speaker(doc, "Carol Hughès").person_id == "ca/2"
