"""The Houses: each chamber's words in one module, detected from the text or forced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import hansard_parse as hp
from hansard_parse.houses import COMMONS, HOUSES, detect_house, get_house
from hansard_parse.houses.lords import Lords
from hansard_parse.parser import parse_tree

FIXTURES = Path(__file__).parent / "fixtures"
SNAPSHOTS = Path(__file__).parent / "snapshots" / "commons"


_RESEGMENTED = pytest.mark.xfail(
    strict=True,
    reason="the snapshot holds the hand-set segmenter's turns; the learned weights still miss "
    "some of this seed excerpt's boundaries (issue 15: seed 000 keeps 8 of its 10, goal 9)",
)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=_RESEGMENTED) if ".plain." in name else name
        for name in sorted(p.name.removesuffix(".json") for p in SNAPSHOTS.glob("*.json"))
    ],
)
def test_commons_output_is_unchanged(name: str) -> None:
    """The JSON of every Commons fixture equals the snapshot taken before the Houses existed,
    the fields added since aside (the ``house``; the sitting's date, columns, turn ids and
    speaker keys of the identity passes, which also fill in short labels: so the tree is
    taken as the grammar builds it, before those passes)."""
    tree = parse_tree((FIXTURES / name).read_bytes())
    document = json.loads(hp.to_json(tree))["document"]
    assert document.pop("house") == "commons"
    expected = json.loads((SNAPSHOTS / f"{name}.json").read_text(encoding="utf-8"))
    assert _without(document, ADDED_SINCE) == expected


ADDED_SINCE = frozenset({"date", "column", "id", "key", "person_id", "site", "volume", "columns"})
"""Fields the snapshots predate."""


def _without(data: object, keys: frozenset[str]) -> object:
    """``data`` with every object's ``keys`` removed, at any depth (a column marker keeps its
    own ``column``, which the snapshots have)."""
    if isinstance(data, dict):
        drop = keys - {data.get("type")}
        return {k: _without(v, keys) for k, v in data.items() if k not in drop}
    if isinstance(data, list):
        return [_without(v, keys) for v in data]
    return data


def test_registry_knows_commons_and_lords() -> None:
    assert HOUSES["commons"] is COMMONS
    assert isinstance(HOUSES["lords"], Lords)
    assert get_house("Lords") is HOUSES["lords"]
    assert get_house(None) is None


def test_unknown_house_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="commons, lords"):
        get_house("senate")


def test_lords_text_is_detected_by_its_phrases() -> None:
    lines = ["Lord Bach: My Lords, I thank the noble Lord for his question."]
    assert detect_house(lines).name == "lords"


def test_text_without_evidence_is_the_commons() -> None:
    assert detect_house(["A line of text.", ""]) is COMMONS


def test_house_can_be_forced_and_is_on_the_document() -> None:
    text = "Mr Speaker: Order.\n"
    assert hp.parse(text).house == "commons"
    assert hp.parse(text, house="lords").house == "lords"


LORDS_LABELS = [
    ("Baroness Gardner of Parkes", "Baroness Gardner of Parkes", None, "member"),
    ("The Earl of Mar and Kellie", "The Earl of Mar and Kellie", None, "member"),
    ("The Lord Bishop of Ripon and Leeds", "The Lord Bishop of Ripon and Leeds", None, "member"),
    ("The Lord Speaker", "The Lord Speaker", "The Lord Speaker", "chair"),
    ("The Deputy Speaker (Lord Alderby)", "Lord Alderby", "The Deputy Speaker", "chair"),
    ("The Chairman of Committees", "The Chairman of Committees", "The Chairman of Committees", "chair"),
    (
        "The Minister of State, Home Office (Lord West of Spithead)",
        "Lord West of Spithead",
        "The Minister of State, Home Office",
        "member",
    ),
    ("Noble Lords", "Noble Lords", None, "collective"),
]


@pytest.mark.parametrize(("label", "name", "office", "role"), LORDS_LABELS)
def test_lords_labels(label: str, name: str, office: str | None, role: str) -> None:
    speaker = hp.parse_label(label, house="lords")
    assert speaker is not None
    assert (speaker.name, speaker.office, speaker.role) == (name, office, role)


def test_lords_labels_need_a_title() -> None:
    """A bare name is no peer: ``Criminal Justice Group (CJG)`` above text is not a label."""
    assert hp.parse_label("Criminal Justice Group (CJG)", house="lords") is None
    assert hp.parse_label("Criminal Justice Group (CJG)") is not None  # the Commons' shape


def test_lords_written_statement_is_a_statement() -> None:
    text = (FIXTURES / "lords.spec").read_text(encoding="utf-8")
    case = text.split("=== a written ministerial statement")[1].split("--- input\n")[1]
    document = hp.parse(case.split("--- outline")[0])
    assert [c.TYPE for c in document.find_all(hp.Contribution)] == ["statement"]


def test_a_new_house_states_only_what_differs() -> None:
    """A House made from the Lords by overriding one phrase reads that phrase, and the rest
    as the Lords do."""

    class Grand(Lords):
        name = "grand"
        chair_heads = (*Lords.chair_heads, r"The\s+Presiding\s+Officer")

    grand = Grand()
    speaker = hp.parse_label("The Presiding Officer (Alex Fergusson)", house=grand)
    assert speaker is not None
    assert (speaker.name, speaker.office, speaker.role) == (
        "Alex Fergusson",
        "The Presiding Officer",
        "chair",
    )
    assert hp.parse_label("The Presiding Officer (Alex Fergusson)", house="lords") is None
    assert grand.procedural_re.match("Moved by Lord Alderby")


CANADA_LABELS = [
    ("Hon. Gordon Fraser (Minister of State (Small Business), CPC)", "Gordon Fraser", False),
    ("Right Hon. Louise Tremblay (Prime Minister, Lib.)", "Louise Tremblay", False),
    ("The Acting Speaker (Mr. Denis Gagnon)", "Mr. Denis Gagnon", True),
    ("The Assistant Deputy Chair", "The Assistant Deputy Chair", True),
]


@pytest.mark.parametrize(("label", "name", "chair"), CANADA_LABELS)
def test_canada_labels(label: str, name: str, chair: bool) -> None:
    """``Hon.`` and ``Right Hon.`` are titles, an office may hold a bracket of its own, and
    the chair has Canada's titles."""
    speaker = hp.parse_label(label, house="canada")
    assert speaker is not None
    assert speaker.name == name
    assert (speaker.role == "chair") is chair


def test_canada_is_told_from_westminster_by_its_own_phrases() -> None:
    lines = [
        "[Translation]",
        "Ms. Hana Kowalski (Lakeview North, NDP): Mr. Speaker, the hon. member is right.",
    ]
    assert detect_house(lines).name == "canada"
    assert detect_house(["Mr. Speaker: Order. The hon. Member is right."]) is COMMONS


def test_a_time_in_a_label_is_the_turns_and_not_the_speakers() -> None:
    text = "Mr PEARCE (Aston) (09:01): I move that the bill be read a second time.\n"
    turn = next(n for n in hp.parse(text).walk() if isinstance(n, hp.Contribution))
    assert turn.time == "09:01"
    assert turn.speaker is not None and turn.speaker.label == "Mr PEARCE (Aston)"


def test_canada_honorific_stays_in_the_label_not_the_name() -> None:
    speaker = hp.parse_label("Right Hon. Louise Tremblay (Prime Minister, Lib.)", house="canada")
    assert speaker is not None
    assert speaker.name == "Louise Tremblay"
    assert speaker.label == "Right Hon. Louise Tremblay (Prime Minister, Lib.)"


def test_an_office_longer_than_150_characters_is_read() -> None:
    office = "Parliamentary Secretary to the Minister of Transport, Harbours and Bridges " * 2
    line = f"Mr. Paul Okafor ({office.strip()}, Lib.): Mr. Speaker, the bridge opens in May."
    turn = next(n for n in hp.parse(line + "\n", house="canada").walk() if isinstance(n, hp.Contribution))
    assert turn.speaker is not None and turn.speaker.name == "Mr. Paul Okafor"


BRACKET_FACTS = [
    ("Mr PEARCE (Aston—Parliamentary Secretary to the Treasurer)", "australia",
     "Aston", "Parliamentary Secretary to the Treasurer", None),
    ("Mr. Ronald Tasker (Harbourside—Cove Point, CPC)", "canada", "Harbourside—Cove Point", None, "CPC"),
    ("Hon. Gordon Fraser (Minister of State (Small Business), CPC)", "canada",
     None, "Minister of State (Small Business)", "CPC"),
    ("JOSEPH HARTE (National—Southland)", "new-zealand", "Southland", None, "National"),
    ("Hon MERE PARATA (Minister of Conservation)", "new-zealand", None, "Minister of Conservation", None),
]  # fmt: skip


@pytest.mark.parametrize(("label", "house", "seat", "office", "party"), BRACKET_FACTS)
def test_one_bracket_holds_seat_office_and_party(
    label: str, house: str, seat: str | None, office: str | None, party: str | None
) -> None:
    speaker = hp.parse_label(label, house=house)
    assert speaker is not None
    assert (speaker.constituency, speaker.office, speaker.party) == (seat, office, party)


def test_a_division_list_of_right_honourables_stays_westminster() -> None:
    """``Rt Hon`` is a Westminster title too (``Smith, Rt Hon Jane`` in a division list):
    it is no evidence of New Zealand."""
    lines = ["AYES", "Brown, Rt Hon Peter", "Smith, Rt Hon Jane (Anytown)", "Mr Speaker: Order."]
    assert detect_house(lines) is COMMONS


WALES_LABELS = [
    ("The First Minister (Mair Roberts)", "Mair Roberts", "The First Minister", "member"),
    ("The Trefnydd (Nia Harries)", "Nia Harries", "The Trefnydd", "member"),
    ("The Counsel General (Iestyn Rees)", "Iestyn Rees", "The Counsel General", "member"),
    ("The Llywydd", "The Llywydd", "The Llywydd", "chair"),
    ("Y Llywydd", "Y Llywydd", "Y Llywydd", "chair"),
    ("Y Dirprwy Lywydd", "Y Dirprwy Lywydd", "Y Dirprwy Lywydd", "chair"),
    ("The Deputy Presiding Officer (Sian Lloyd)", "Sian Lloyd", "The Deputy Presiding Officer", "chair"),
    ("Gareth LT Morgan", "Gareth LT Morgan", None, "member"),
]


@pytest.mark.parametrize(("label", "name", "office", "role"), WALES_LABELS)
def test_senedd_labels(label: str, name: str, office: str | None, role: str) -> None:
    """The Senedd's chair (the Llywydd, in English and Welsh), its offices (the Trefnydd, the
    Counsel General) and members whose names carry initials in capitals."""
    speaker = hp.parse_label(label, house="wales")
    assert speaker is not None
    assert (speaker.name, speaker.office, speaker.role) == (name, office, role)


def test_initials_in_capitals_stand_only_inside_a_name() -> None:
    """``Andrew RT Davies`` is a name; capitals at either end (``RT Davies``, ``Davies RT``)
    are no evidence of one."""
    assert hp.parse_label("Andrew RT Davies") is not None
    assert hp.parse_label("RT Davies") is None
    assert hp.parse_label("Andrew Davies RT") is None


def test_the_senedd_is_told_from_the_scottish_parliament() -> None:
    """Both have a Deputy Presiding Officer; the Llywydd, the Trefnydd, ``Diolch`` and the
    questions' references are the Senedd's own."""
    lines = [
        "The Deputy Presiding Officer (Sian Lloyd): Question 2, Huw Ellis.",
        "2. Will the Cabinet Secretary make a statement on rural bus routes in Powys? OQ60118",
        "The Cabinet Secretary for Transport (Owain Price): Diolch, Dirprwy Lywydd.",
    ]
    assert detect_house(lines).name == "wales"
    assert detect_house(["The Presiding Officer (Ann Reid): Order. The Scottish Government …"]).name == "scotland"


def test_a_news_sites_copy_of_new_zealands_record_is_new_zealands() -> None:
    """News sites print the chair in capitals with a space before the colon and name their
    source: evidence of New Zealand, though no question heading is copied."""
    lines = [
        "Source: New Zealand Parliament – Hansard",
        "Aroha Bell : Does she stand by her claim that families are better off?",
        "Mr SPEAKER : Order! The member will be heard.",
    ]
    assert detect_house(lines).name == "new-zealand"


def test_a_doubled_colon_still_ends_the_label() -> None:
    """``Peter Lang::`` (a typing slip in a web copy): the label is read and both colons stay
    in it, so the speech starts at its first word."""
    document = hp.parse("Peter Lang:: Why are food prices still rising?\n", layout="print")
    turn = next(n for n in document.walk() if isinstance(n, hp.Contribution))
    assert turn.speaker is not None and turn.speaker.name == "Peter Lang"
    paragraph = turn.find(hp.Paragraph)
    assert paragraph is not None and paragraph.plain_text.startswith("Why are food prices")


def test_a_label_time_in_capitals_is_read() -> None:
    """parlinfo prints the dash era's times in capitals: ``Mr CALLAN (2:14 PM) —…``."""
    text = "Mr CALLAN (2:14 PM) —My question is to the Prime Minister. The SPEAKER —Order!\n"
    turn = next(n for n in hp.parse(text, house="australia-dash").walk() if isinstance(n, hp.Contribution))
    assert turn.time == "14:14"
    assert turn.speaker is not None and turn.speaker.name == "Mr CALLAN"


def test_a_capitals_name_keeps_its_mc_in_mixed_case() -> None:
    """New Zealand prints ``GRANT McCALLUM``: the ``Mc`` of a name in capitals stays mixed."""
    text = (
        "1. HEMI McCLURE (National—Northland) to the Minister of Finance: What reports has she seen?\n"
        "Hon ROSE MARTIN (Minister of Finance): Several, all of them good.\n"
    )
    turns = [n for n in hp.parse(text, house="new-zealand").walk() if isinstance(n, hp.Contribution)]
    assert [(t.TYPE, t.number) for t in turns] == [("question", "1"), ("answer", None)]
    asker = turns[0].speaker
    assert asker is not None
    assert (asker.name, asker.party, asker.constituency) == ("HEMI McCLURE", "National", "Northland")


NZ_EARLIER_BRACKETS = [
    ("TAMA FALEOLO (NZ Labour--Mangere)", "NZ Labour", "Mangere"),
    ("RUTH WALKER (NZ National—Epsom)", "NZ National", "Epsom"),
    ("GRAHAM KEEN (NZ Labour)", "NZ Labour", None),
]


@pytest.mark.parametrize(("label", "party", "seat"), NZ_EARLIER_BRACKETS)
def test_new_zealands_earlier_party_names_and_double_hyphens(label: str, party: str, seat: str | None) -> None:
    """The record of the early 2000s prefixes the party (``NZ Labour``), and copies write the
    dash before the electorate as two hyphens."""
    speaker = hp.parse_label(label, house="new-zealand")
    assert speaker is not None
    assert (speaker.party, speaker.constituency) == (party, seat)


def test_a_tabled_question_under_its_askers_label_is_the_askers() -> None:
    """A web copy names the asker the Record leaves out: the label alone above ``1. What …?
    OQ60112`` is the question's speaker, with its number, and the line is the turn's text."""
    text = (
        "Carys Pugh\n"
        "1. What assessment has the Welsh Government made of ferry services from Holyhead? OQ60112\n"
        "The First Minister (Mair Roberts)\n"
        "Diolch, Llywydd. The port reopened last month, and sailings are back to normal.\n"
    )
    document = hp.parse(text, layout="web")
    assert document.house == "wales"
    turns = [(t.TYPE, t.number, t.speaker.name if t.speaker else None) for t in document.find_all(hp.Contribution)]
    assert turns == [("question", "1", "Carys Pugh"), ("answer", None, "Mair Roberts")]
