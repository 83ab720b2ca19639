"""``from_json`` on what is not a sound export: always :class:`JSONFormatError`, naming the
place inside the JSON, never a KeyError, TypeError, AttributeError or RecursionError."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import orjson
import pytest
from helpers import FIXTURES
from hypothesis import given
from hypothesis import strategies as st

from hansard_parse import JSONFormatError, from_json, parse, parse_file, to_dict, to_json
from hansard_parse.validate import MAX_DEPTH

EXPORT: dict[str, Any] = orjson.loads(to_json(parse_file(FIXTURES / "debate.print.txt")))
"""A sound export to break: a debate with sections, turns, speakers and a division."""

Edit = Callable[[dict[str, Any]], None]


def _first(data: dict[str, Any], type_name: str) -> tuple[str, dict[str, Any]]:
    """The path and object of the first node of a type, in document order."""
    stack: list[tuple[str, dict[str, Any]]] = [("document", data["document"])]
    while stack:
        path, node = stack.pop(0)
        if node["type"] == type_name:
            return path, node
        stack[:0] = [(f"{path}.children[{i}]", c) for i, c in enumerate(node.get("children", []))]
    raise AssertionError(f"no {type_name} in the fixture")


def _set(type_name: str, key: str, value: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        _first(data, type_name)[1][key] = value

    return edit


def _set_in(type_name: str, key: str, inner: str, value: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        _first(data, type_name)[1][key][inner] = value

    return edit


def _drop(type_name: str, key: str) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        del _first(data, type_name)[1][key]

    return edit


CASES: list[tuple[str, str, Edit, str]] = [
    ("span start as a string", "text", _set_in("text", "span", "start", "12"),
     r"\.span\.start: expected an integer, got a string$"),
    ("text as a number", "text", _set("text", "text", 5), r"\.text: expected a string, got a number$"),
    ("span as a string", "paragraph", _set("paragraph", "span", "0-12"),
     r"\.span: expected an object, got a string$"),
    ("negative offset", "speech", _set_in("speech", "span", "end", -1),
     r"\.span\.end: expected an integer of at least 0, got -1$"),
    ("line zero", "speech", _set_in("speech", "span", "start_line", 0),
     r"\.span\.start_line: expected an integer of at least 1, got 0$"),
    ("boolean offset", "speech", _set_in("speech", "span", "start", True),
     r"\.span\.start: expected an integer, got a boolean$"),
    ("missing text", "text", _drop("text", "text"), r": missing key 'text'$"),
    ("missing span", "paragraph", _drop("paragraph", "span"), r": missing key 'span'$"),
    ("unknown key", "speech", _set("speech", "mood", "cheerful"), r": unexpected key 'mood'$"),
    ("children as an object", "paragraph", _set("paragraph", "children", {}),
     r"\.children: expected an array, got an object$"),
    ("a child that is a string", "paragraph", _set("paragraph", "children", ["Order."]),
     r"\.children\[0\]: expected a node object, got a string$"),
    ("speaker as a string", "speech", _set("speech", "speaker", "Mr Speaker"),
     r"\.speaker: expected an object, got a string$"),
    ("speaker name as a list", "speech", _set_in("speech", "speaker", "name", ["Jo"]),
     r"\.speaker\.name: expected a string, got an array$"),
    ("flag as a string", "speech", _set("speech", "continues", "no"),
     r"\.continues: expected true or false, got a string$"),
    ("count as a float", "division", _set("division", "ayes", 282.5),
     r"\.ayes: expected an integer, got a number$"),
    ("names with a number", "division", _set("division", "ayes_names", ["Abbott, Ms Diane", 7]),
     r"\.ayes_names\[1\]: expected a string, got a number$"),
    ("unknown node type", "paragraph", _set("paragraph", "type", "haiku"),
     r"\.type: unknown node type 'haiku'$"),
    ("kind as a number", "interjection", _set("interjection", "kind", 3),
     r"\.kind: expected a string, got a number$"),
]


@pytest.mark.parametrize(("name", "type_name", "edit", "message"), CASES, ids=[c[0] for c in CASES])
def test_a_wrong_value_is_named_by_its_path(
    name: str, type_name: str, edit: Edit, message: str
) -> None:
    data = copy.deepcopy(EXPORT)
    path, _node = _first(data, type_name)
    edit(data)
    with pytest.raises(JSONFormatError, match=message) as caught:
        from_json(orjson.dumps(data))
    assert str(caught.value).startswith(path), (path, str(caught.value))


def test_a_wrong_diagnostic_is_named_by_its_path() -> None:
    data = copy.deepcopy(EXPORT)
    data["document"]["diagnostics"] = [{"line": "1", "column": 1, "reason": "x", "severity": "info"}]
    with pytest.raises(JSONFormatError, match=r"^document\.diagnostics\[0\]\.line: expected an integer"):
        from_json(orjson.dumps(data))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", r"^not valid JSON"),
        ("{", r"^not valid JSON"),
        ("null", r"^\(top level\): expected an export object, got null"),
        ('"document"', r"^\(top level\): expected an export object, got a string"),
        ('{"schema": "hansard_parse/1", "generator": "x", "source": [], "document": {}}',
         r"^source: expected an object, got an array"),
        ('{"schema": "hansard_parse/1", "generator": 1, "source": {}, "document": {}}',
         r"^generator: expected a string, got a number"),
        ('{"schema": "hansard_parse/1", "generator": "x", "source": {"path": 1}, "document": {}}',
         r"^source\.path: expected a string, got a number"),
        ('{"schema": "hansard_parse/1", "generator": "x", "source": {}, "document": 5}',
         r"^document: expected a node object, got a number"),
        ('{"schema": "hansard_parse/1", "document": {}}', r"^\(envelope\): missing key 'generator'"),
        ('{"type": "paragraph", "span": {"start": 0, "end": 0, "start_line": 1, "end_line": 1},'
         ' "children": []}', r"^document\.type: expected a document, got 'paragraph'"),
    ],
)
def test_what_is_not_an_export_is_refused_with_one_error(text: str, message: str) -> None:
    with pytest.raises(JSONFormatError, match=message):
        from_json(text)


def _nested(depth: int) -> str:
    """A document holding ``depth`` sections, each inside the last (its fields as exported)."""
    span = '"span": {"start": 0, "end": 0, "start_line": 1, "end_line": 1}'
    opening = f'{{"type": "section", {span}, "title": "", "level": 1, "children": ['
    document = json.loads(to_json(parse("Mr Speaker: Order.\n")))["document"]
    document["children"] = ["HOLE"]
    outer = json.dumps(document)
    return outer.replace('"HOLE"', opening * depth + "]}" * depth)


@pytest.mark.parametrize("depth", [MAX_DEPTH + 5, 5_000, 200_000])
def test_a_tree_nested_absurdly_deep_is_refused_not_a_recursion_error(depth: int) -> None:
    with pytest.raises(JSONFormatError, match=r"nested more than|not valid JSON"):
        from_json(_nested(depth))


def test_a_tree_nested_as_deep_as_allowed_loads() -> None:
    doc = from_json(_nested(MAX_DEPTH - 2))
    assert sum(1 for _ in doc.walk()) == MAX_DEPTH - 1


# --- properties: load what the JSON says exactly, or refuse -------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False,
    allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
"""Arbitrary JSON values, small."""


def _objects(data: Any, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every JSON object inside ``data`` (nodes, spans, speakers…), in document order."""
    if isinstance(data, dict):
        found.append(data)
        for value in data.values():
            _objects(value, found)
    elif isinstance(data, list):
        for value in data:
            _objects(value, found)
    return found


def _loads_exactly_or_refuses(data: Any) -> None:
    try:
        doc = from_json(orjson.dumps(data))
    except JSONFormatError:
        return
    document = data["document"] if isinstance(data, dict) and "document" in data else data
    assert to_dict(doc) == document, "what loads is what the JSON says, nothing more or less"


@given(value=json_values)
def test_any_json_value_loads_or_raises_json_format_error(value: Any) -> None:
    _loads_exactly_or_refuses(value)
    _loads_exactly_or_refuses({**EXPORT, "document": value})


@given(data=st.data(), replacement=json_values, action=st.sampled_from(["set", "drop", "add"]))
def test_a_mutated_export_loads_exactly_or_raises_json_format_error(
    data: st.DataObject, replacement: Any, action: str
) -> None:
    export = copy.deepcopy(EXPORT)
    objects = _objects(export, [])
    target = data.draw(st.sampled_from(objects))
    keys = sorted(target)
    if action == "add" or not keys:
        target[data.draw(st.text(max_size=6))] = replacement
    else:
        key = data.draw(st.sampled_from(keys))
        if action == "drop":
            del target[key]
        else:
            target[key] = replacement
    _loads_exactly_or_refuses(export)
