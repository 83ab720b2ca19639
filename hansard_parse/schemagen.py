"""The JSON Schema of the export, generated from the node classes.

Every node class gives one definition: its ``type`` constant, its span, then its attrs fields
in the order :mod:`.serialize` writes them (children last), typed from their annotations and
described by the class's docstring and each field's own docstring. Only what annotations
cannot say is written here: the values an enumerated field takes and a few bounds. The
shipped file ``schema/hansard_parse.schema.json`` is this module's output; a test checks it is
current, and ``python -m hansard_parse.schemagen`` rewrites it.
"""

from __future__ import annotations

import ast
import functools
import inspect
import json
import sys
from pathlib import Path
from typing import Any

import attrs

from . import nodes
from .layout import LAYOUTS
from .nodes import NODE_TYPES, Diagnostic, Node, Span, Speaker
from .serialize import SCHEMA_ID, _fields

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "hansard_parse.schema.json"

ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("document", "layout"): LAYOUTS,
    ("speaker", "role"): ("member", "chair", "collective", "unknown"),
    ("interjection", "kind"): (
        "interruption", "hear_hear", "laughter", "rose", "collective", "note", "other",
    ),
}
"""Fields that take one of a fixed set of values (by definition name and field)."""
BOUNDS: dict[tuple[str, str], dict[str, Any]] = {
    ("span", "start"): {"minimum": 0},
    ("span", "end"): {"minimum": 0},
    ("span", "start_line"): {"minimum": 1},
    ("span", "end_line"): {"minimum": 1},
    ("diagnostic", "line"): {"minimum": 1},
    ("diagnostic", "column"): {"minimum": 1},
    ("document", "date"): {"pattern": r"^\d{4}-\d{2}-\d{2}$"},
}
"""Constraints beyond the type, by definition name and field."""

_SCALARS = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}
_REFS = {"Node": "node", "Speaker": "speaker", "Diagnostic": "diagnostic", "Span": "span"}


def _type_schema(annotation: str) -> dict[str, Any]:
    """The schema of a field from its annotation text (``str | None``, ``tuple[Node, ...]``)."""
    parts = [p.strip() for p in annotation.split("|")]
    nullable = "None" in parts
    parts = [p for p in parts if p != "None"]
    if len(parts) != 1:
        raise TypeError(f"no schema for the annotation {annotation!r}")
    (part,) = parts
    if part.startswith("tuple[") and part.endswith(", ...]"):
        item = part[len("tuple[") : -len(", ...]")]
        return {"type": "array", "items": _type_schema(item)}
    if part in _SCALARS:
        kind = _SCALARS[part]
        return {"type": [kind, "null"] if nullable else kind}
    if part in _REFS:
        ref = {"$ref": f"#/$defs/{_REFS[part]}"}
        return {"anyOf": [ref, {"type": "null"}]} if nullable else ref
    raise TypeError(f"no schema for the annotation {annotation!r}")


def _annotation(value: object) -> str:
    """An annotation as text (``from __future__ import annotations`` keeps them as text; a
    named tuple's become ``ForwardRef``)."""
    return str(getattr(value, "__forward_arg__", value))


def _docstring(cls: type) -> str:
    """The first paragraph of a class's own docstring, on one line."""
    doc = cls.__dict__.get("__doc__") or ""
    return " ".join(inspect.cleandoc(doc).split("\n\n")[0].split())


@functools.cache
def _field_docs_by_class() -> dict[str, dict[str, str]]:
    """The docstrings written under the fields of each class of :mod:`.nodes` (``name: str``
    then a string), read once from the module's source."""
    tree = ast.parse(inspect.getsource(nodes))
    found: dict[str, dict[str, str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        docs = found[node.name] = {}
        for first, second in zip(node.body, node.body[1:], strict=False):
            if (
                isinstance(first, ast.AnnAssign)
                and isinstance(first.target, ast.Name)
                and isinstance(second, ast.Expr)
                and isinstance(second.value, ast.Constant)
                and isinstance(second.value.value, str)
            ):
                docs[first.target.id] = " ".join(inspect.cleandoc(second.value.value).split())
    return found


def _field_docs_all(cls: type) -> dict[str, str]:
    """Field docstrings of a class and its bases (the nearest class's wins)."""
    docs: dict[str, str] = {}
    for base in reversed(cls.__mro__):
        docs.update(_field_docs_by_class().get(base.__name__, {}))
    return docs


def _object(name: str, cls: type, fields: list[tuple[str, str]], lead: dict[str, Any]) -> dict[str, Any]:
    docs = _field_docs_all(cls)
    properties: dict[str, Any] = dict(lead)
    for field_name, annotation in fields:
        schema = dict(_type_schema(annotation))
        enum = ENUMS.get((name, field_name))
        if enum is not None:
            schema = {"enum": list(enum)}
            if "null" in str(_type_schema(annotation).get("type")):
                schema["enum"].append(None)
        schema.update(BOUNDS.get((name, field_name), {}))
        if field_name in docs:
            schema["description"] = docs[field_name]
        properties[field_name] = schema
    return {
        "description": _docstring(cls),
        "type": "object",
        "required": list(properties),
        "additionalProperties": False,
        "properties": properties,
    }


def _record(name: str, cls: type) -> dict[str, Any]:
    """The definition of a value that is not a node (speaker, diagnostic)."""
    fields = [(f.name, _annotation(f.type)) for f in attrs.fields(cls)]
    return _object(name, cls, fields, {})


def _node(cls: type[Node]) -> dict[str, Any]:
    types = {f.name: _annotation(f.type) for f in attrs.fields(cls)}
    fields = [(name, types[name]) for name, _ in _fields(cls)]
    lead = {"type": {"const": cls.TYPE}, "span": {"$ref": "#/$defs/span"}}
    return _object(cls.TYPE, cls, fields, lead)


def _span() -> dict[str, Any]:
    fields = [(name, _annotation(Span.__annotations__[name])) for name in Span._fields]
    return _object("span", Span, fields, {})


def _any_node(names: list[str]) -> dict[str, Any]:
    return {
        "description": 'Any node: an object whose first key is "type", dispatched on that type.',
        "type": "object",
        "required": ["type", "span"],
        "properties": {"type": {"enum": names}},
        "allOf": [
            {"if": {"properties": {"type": {"const": n}}}, "then": {"$ref": f"#/$defs/{n}"}}
            for n in names
        ],
    }


def build_schema() -> dict[str, Any]:
    """The JSON Schema of :func:`hansard_parse.to_json`'s output."""
    names = sorted(NODE_TYPES)
    defs: dict[str, Any] = {
        "span": _span(),
        "speaker": _record("speaker", Speaker),
        "diagnostic": _record("diagnostic", Diagnostic),
        "node": _any_node(names),
    }
    defs.update((name, _node(NODE_TYPES[name])) for name in names)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:hansard_parse:schema:1",
        "title": "hansard_parse export",
        "description": (
            "The JSON written by hansard_parse.to_json and `hansard-parse json`: an envelope "
            'around the document tree. Every node is an object whose first key is "type", then '
            '"span", then its fields, children last.'
        ),
        "type": "object",
        "required": ["schema", "generator", "source", "document"],
        "additionalProperties": False,
        "properties": {
            "schema": {"const": SCHEMA_ID},
            "generator": {
                "type": "string",
                "description": "The library and version that wrote the file.",
            },
            "source": {
                "type": "object",
                "description": (
                    "What was read: path, encoding and layout when known (empty when the API "
                    "is given text)."
                ),
                "properties": {
                    "path": {"type": "string"},
                    "encoding": {"type": "string"},
                    "layout": {"enum": list(LAYOUTS)},
                },
            },
            "document": {"$ref": "#/$defs/document"},
        },
        "$defs": defs,
    }


def schema_text() -> str:
    """The schema as the shipped file holds it (2-space indent, a final newline)."""
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    """Rewrite the shipped schema file (``python -m hansard_parse.schemagen``)."""
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
