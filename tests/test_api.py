"""The public API: node identity and structural comparison, errors, what ``parse`` accepts,
what nodes accept, and what an export may hold."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES, read_fixture

import hansard_parse as hp
from hansard_parse import (
    Contribution,
    DecodeError,
    HansardError,
    JSONFormatError,
    Paragraph,
    Section,
    Text,
    from_json,
    parse,
    parse_file,
    same_structure,
    to_dict,
    to_json,
)

OBJECTIONS = FIXTURES / "objections.print.txt"
"""A run of motions, each met by ``Hon. Members: Object.``: the same turn at several places."""


# --- equality: where a node sits is part of what it is ----------------------------------------


def test_identical_turns_at_different_places_are_different_nodes() -> None:
    turns = list(parse_file(OBJECTIONS).find_all(Contribution))
    objections = [t for t in turns if t.source_text() == "Hon. Members: Object.\n"]
    assert len(objections) >= 3
    assert len(set(turns)) == len(turns)
    assert [turns.index(turn) for turn in turns] == list(range(len(turns)))
    assert len({turn: i for i, turn in enumerate(turns)}) == len(turns)


def test_same_structure_compares_content_and_ignores_spans() -> None:
    turns = list(parse_file(OBJECTIONS).find_all(Contribution))
    first, second = [t for t in turns if t.source_text() == "Hon. Members: Object.\n"][:2]
    assert first != second
    assert first.span != second.span
    assert same_structure(first, second)
    assert first.structurally_equal(second)


def test_same_structure_sees_a_change_of_words_of_type_or_of_children() -> None:
    turn = parse_file(OBJECTIONS).find(Contribution)
    assert turn is not None
    paragraph = turn.find(Paragraph)
    assert paragraph is not None
    reworded = paragraph.with_changes(children=(Text(text="Something else."),))
    assert not same_structure(paragraph, reworded)
    assert not same_structure(paragraph, Section(children=paragraph.children))
    assert not same_structure(paragraph, paragraph.with_changes(children=paragraph.children[:0]))
    assert not same_structure(turn, turn.with_changes(number="7"))


def test_equal_nodes_hash_alike_and_a_moved_node_is_not_equal() -> None:
    doc = parse(read_fixture("debate.print.txt"))
    again = parse(read_fixture("debate.print.txt"))
    assert doc == again and hash(doc) == hash(again)
    moved = parse("\n" + read_fixture("debate.print.txt"))
    first, shifted = doc.find(Contribution), moved.find(Contribution)
    assert first != shifted
    assert same_structure(first, shifted)


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("error", [DecodeError, JSONFormatError])
def test_every_deliberate_error_is_a_hansard_error(error: type[Exception]) -> None:
    assert issubclass(error, HansardError)
    assert issubclass(error, ValueError), "still caught by code that caught ValueError"
    assert error.__name__ in hp.__all__


def test_decode_error_is_one_class_wherever_it_is_imported() -> None:
    from hansard_parse.source import DecodeError as from_source

    assert from_source is DecodeError
    with pytest.raises(HansardError):
        parse(b"\xff\xfe" + b"\x00\xd8")  # a UTF-16 mark over a lone surrogate


# --- what parse accepts ----------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, 42, ["Mr Speaker: Order."], Path("x.txt")])
def test_parse_refuses_what_is_not_text_or_bytes(value: Any) -> None:
    with pytest.raises(TypeError, match=f"text \\(a str\\) or bytes, not {type(value).__name__}"):
        parse(value)


def test_parse_reads_bytes_as_parse_file_reads_a_file() -> None:
    data = (FIXTURES / "debate.print.txt").read_bytes()
    from_bytes = parse(data)
    assert from_bytes == parse(data.decode("utf-8"))
    assert from_bytes.encoding == "utf-8"
    assert from_bytes == parse_file(FIXTURES / "debate.print.txt")


def test_parse_of_legacy_bytes_says_how_they_were_decoded() -> None:
    doc = parse("Mr Speaker: Order. \u00a3100 \u2013 fine.\n".encode("cp1252"))
    assert doc.encoding == "cp1252"
    assert "\u00a3100 \u2013 fine." in doc.source_text()
    assert any("cp1252" in d.reason for d in doc.diagnostics)


# --- what nodes accept -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("children", "message"),
    [
        ("ab", "not str"),
        (b"ab", "not bytes"),
        (5, "not int"),
        (["a"], "nodes, not str"),
        ((Text(text="a"), None), "nodes, not NoneType"),
    ],
)
def test_children_must_be_nodes(children: Any, message: str) -> None:
    paragraph = Paragraph(children=(Text(text="Order."),))
    with pytest.raises(TypeError, match=message):
        paragraph.with_changes(children=children)
    with pytest.raises(TypeError, match=message):
        Paragraph(children=children)


def test_children_given_as_a_list_become_a_tuple() -> None:
    text = Text(text="Order.")
    assert Paragraph(children=[text]).children == (text,)


# --- exports ---------------------------------------------------------------------------------


def test_to_dataframe_names_its_return_type() -> None:
    assert hp.to_dataframe.__annotations__["return"] == "pd.DataFrame"


def _schema_validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    path = resources.files("hansard_parse").joinpath("schema", "hansard_parse.schema.json")
    return jsonschema.Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))


def test_to_json_refuses_a_part_of_the_tree() -> None:
    section = parse_file(FIXTURES / "official_report_2011.print.txt").find(Section)
    assert section is not None
    with pytest.raises(TypeError, match=r"whole Document, not a Section.*to_dict"):
        to_json(section)  # type: ignore[arg-type]
    assert to_dict(section)["type"] == "section", "to_dict gives any subtree"


def test_what_to_json_writes_the_schema_accepts_and_from_json_reads_back() -> None:
    doc = parse_file(FIXTURES / "official_report_2011.print.txt")
    text = to_json(doc)
    assert list(_schema_validator().iter_errors(json.loads(text))) == []
    assert from_json(text) == doc
