"""The JSON contract: the envelope, ``type`` first in every node, a lossless round trip, the schema."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
from helpers import FIXTURES, TEXT_FIXTURES, read_fixture

import hansard_parse
from hansard_parse import (
    Document,
    JSONFormatError,
    Node,
    from_json,
    parse,
    parse_file,
    to_dict,
    to_json,
)
from hansard_parse.nodes import NODE_TYPES

SCHEMA_PATH = Path(
    str(resources.files("hansard_parse").joinpath("schema", "hansard_parse.schema.json"))
)

PUBLIC_NODE_CLASSES: dict[str, type[Node]] = {
    cls.TYPE: cls
    for name in hansard_parse.__all__
    for cls in [getattr(hansard_parse, name)]
    if isinstance(cls, type) and issubclass(cls, Node) and cls.TYPE in NODE_TYPES
}
"""The node classes the parser builds, by JSON type name (from the public API)."""


def node_dicts(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every node object of an exported tree, in document order."""
    found = [data]
    for child in data.get("children", []):
        found.extend(node_dicts(child))
    return found


@pytest.fixture(scope="module")
def oral() -> Document:
    return parse_file(FIXTURES / "oral_questions.print.txt")


def test_envelope_keys_in_order(oral: Document) -> None:
    data = json.loads(to_json(oral, source={"path": "x.txt", "encoding": "utf-8"}))
    assert list(data) == ["schema", "generator", "source", "document"]
    assert data["schema"] == "hansard_parse/1"
    assert data["generator"] == f"hansard_parse {hansard_parse.__version__}"
    assert data["source"] == {"path": "x.txt", "encoding": "utf-8"}
    assert data["document"]["type"] == "document"
    assert data["document"]["layout"] == "print"


def test_source_defaults_to_an_empty_object_for_text() -> None:
    assert json.loads(to_json(parse(read_fixture("debate.print.txt"))))["source"] == {}


def test_source_names_the_file_parse_file_read() -> None:
    path = FIXTURES / "debate.print.txt"
    doc = parse_file(path)
    assert (doc.path, doc.encoding) == (str(path), "utf-8")
    assert json.loads(to_json(doc))["source"] == {"path": str(path), "encoding": "utf-8"}
    again = from_json(to_json(doc))
    assert (again.path, again.encoding) == (str(path), "utf-8")


def test_where_a_text_came_from_is_not_part_of_equality() -> None:
    path = FIXTURES / "debate.print.txt"
    assert parse_file(path) == parse(read_fixture("debate.print.txt"))


@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=lambda p: p.name)
def test_every_node_object_starts_with_type_then_span(path: Path) -> None:
    doc = parse_file(path)
    nodes = node_dicts(orjson.loads(to_json(doc))["document"])
    assert len(nodes) == len(list(doc.walk()))
    for data in nodes:
        assert list(data)[:2] == ["type", "span"], data
        assert list(data["span"]) == ["start", "end", "start_line", "end_line"]
        if "children" in data:
            assert list(data)[-1] == "children"
    assert [d["type"] for d in nodes] == [n.TYPE for n in doc.walk()]


def test_contribution_fields_follow_the_contract(oral: Document) -> None:
    nodes = node_dicts(orjson.loads(to_json(oral))["document"])
    first = next(d for d in nodes if d["type"] == "question")
    assert first["number"] == "1" and first["uin"] == "904342"
    assert first["speaker"] == {
        "name": "Andrew Western",
        "label": "Andrew Western",
        "office": None,
        "constituency": None,
        "party": None,
        "role": "member",
        "key": "andrew-western",
        "person_id": None,
    }
    assert first["span"]["start_line"] == 8
    text = read_fixture("oral_questions.print.txt")
    assert text[first["span"]["start"] : first["span"]["end"]].startswith(
        "1. [904342] Andrew Western:"
    )


@pytest.mark.parametrize("indent", [None, 0, 2, 4])
def test_indent_changes_layout_not_content(oral: Document, indent: int | None) -> None:
    text = to_json(oral, indent=indent)
    assert json.loads(text) == json.loads(to_json(oral))
    if indent:
        assert text.splitlines()[1].startswith(" " * indent + '"schema"')
    else:
        assert "\n" not in text


def test_export_keeps_non_ascii_text(oral: Document) -> None:
    text = to_json(oral, indent=4)
    assert "Zara Aleena’s family" in text
    assert "\\u2019" not in text


def test_node_types_cover_the_design() -> None:
    contract = {
        "document",
        "section",
        "heading",
        "exchange",
        "paragraph",
        "sentence",
        "interjection",
        "procedural",
        "division",
        "time",
        "reference",
        "column",
        "chair_change",
        "boilerplate",
        "narrative",
        "unparsed",
        "question",
        "supplementary_question",
        "answer",
        "statement",
        "speech",
        "intervention",
        "point_of_order",
        "chair",
    }
    assert contract <= set(NODE_TYPES)


def test_node_types_are_the_classes_the_parser_builds() -> None:
    """Every entry of NODE_TYPES is the class the parser instantiates for that type."""
    assert {t: NODE_TYPES[t] for t in PUBLIC_NODE_CLASSES} == PUBLIC_NODE_CLASSES


@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=lambda p: p.name)
def test_from_json_inverts_to_json(path: Path) -> None:
    doc = parse_file(path)
    again = from_json(to_json(doc))
    assert again == doc, "spans included: they are part of equality"
    assert to_dict(again) == to_dict(doc)


def test_from_json_reads_a_bare_document_and_bytes(oral: Document) -> None:
    bare = orjson.dumps(to_dict(oral))
    assert from_json(bare) == oral
    assert from_json(to_json(oral, indent=2).encode()) == oral


def test_from_json_rejects_another_schema(oral: Document) -> None:
    data = json.loads(to_json(oral))
    data["schema"] = "hansard_parse/99"
    with pytest.raises(JSONFormatError, match="unsupported schema"):
        from_json(json.dumps(data))


def test_from_json_rejects_an_unknown_node_type() -> None:
    with pytest.raises(JSONFormatError, match="unknown node type 'speechifying'"):
        from_json('{"type": "speechifying", "span": {}}')


def test_from_json_rejects_what_is_not_an_object() -> None:
    with pytest.raises(JSONFormatError, match=r"^\(top level\): expected an export object"):
        from_json("[1, 2, 3]")


# --- the JSON Schema shipped with the package -------------------------------------------------


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return data


def test_schema_ships_inside_the_package(schema: dict[str, Any]) -> None:
    assert SCHEMA_PATH.is_file()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema"] == {"const": "hansard_parse/1"}
    assert schema["required"] == ["schema", "generator", "source", "document"]


def test_schema_describes_every_node_type(schema: dict[str, Any]) -> None:
    described = set(schema["$defs"]["node"]["properties"]["type"]["enum"])
    assert described == set(NODE_TYPES)
    assert all(t in schema["$defs"] for t in NODE_TYPES)


@pytest.mark.parametrize("type_name", sorted(PUBLIC_NODE_CLASSES))
def test_schema_lists_every_field_of_each_node(schema: dict[str, Any], type_name: str) -> None:
    cls = PUBLIC_NODE_CLASSES[type_name]
    fields = {f.name for f in attrs.fields(cls) if not f.metadata.get("envelope")} | {"type"}
    definition = schema["$defs"][type_name]
    assert set(definition["properties"]) == fields
    assert set(definition["required"]) == fields
    assert definition["additionalProperties"] is False


def _validator(schema: dict[str, Any]) -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=lambda p: p.name)
@pytest.mark.parametrize("layout", [None, "print", "web", "plain", "prose"])
def test_exports_validate_against_the_schema(
    schema: dict[str, Any], path: Path, layout: str | None
) -> None:
    validator = _validator(schema)
    doc = parse_file(path, layout=layout)
    data = json.loads(to_json(doc, source={"path": path.name, "encoding": "utf-8"}))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


def test_schema_rejects_a_broken_export(schema: dict[str, Any], oral: Document) -> None:
    validator = _validator(schema)
    data = json.loads(to_json(oral))
    del data["document"]["children"][0]["span"]
    data["document"]["layout"] = "hieroglyphs"
    messages = " ".join(e.message for e in validator.iter_errors(data))
    assert "'span' is a required property" in messages
    assert "'hieroglyphs' is not one of" in messages


def test_document_level_parse_is_json_ready() -> None:
    doc = parse("Mr Speaker: Order.\n")
    assert to_dict(doc)["children"][0]["speaker"]["role"] == "chair"


def test_shipped_schema_is_the_one_generated_from_the_node_classes() -> None:
    from hansard_parse.schemagen import schema_text

    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "the schema is out of date: run python -m hansard_parse.schemagen"
    )


def test_generated_schema_describes_every_field_the_export_writes(oral: Document) -> None:
    from hansard_parse.schemagen import build_schema

    defs = build_schema()["$defs"]
    for data in node_dicts(orjson.loads(to_json(oral))["document"]):
        assert list(data) == defs[data["type"]]["required"]
    assert defs["speaker"]["properties"]["key"]["type"] == ["string", "null"]
    assert defs["document"]["properties"]["date"]["pattern"] == r"^\d{4}-\d{2}-\d{2}$"
