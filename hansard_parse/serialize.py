"""JSON export and import of the tree, in the envelope of the JSON contract.

Each node becomes an object whose first key is ``"type"``, then ``"span"``, then its own
fields in declaration order, children last. The field lists are read once per class from
attrs, so a new node class needs no code here. (cattrs can do this too, but a tagged-union
converter puts the tag last and costs more per node; this walker is a few lines and fast.)
"""

from __future__ import annotations

import re
from typing import Any

import attrs
import orjson

from ._version import __version__
from .nodes import NODE_TYPES, Diagnostic, Document, Node, Span, Speaker

SCHEMA_ID = "hansard_parse/1"
GENERATOR = f"hansard_parse {__version__}"


class JSONFormatError(ValueError):
    """The JSON is not a hansard_parse export (wrong envelope, unknown node type)."""


_FIELDS: dict[type, tuple[tuple[str, bool], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, bool], ...]:
    """(name, holds nodes) for the fields of a node class, children last (cached per class)."""
    found = _FIELDS.get(cls)
    if found is None:
        names = [f.name for f in attrs.fields(cls) if f.name != "span"]
        if "children" in names:
            names.remove("children")
            names.append("children")
        found = _FIELDS[cls] = tuple((name, name == "children") for name in names)
    return found


def _span_dict(span: Span) -> dict[str, int]:
    return {
        "start": span.start,
        "end": span.end,
        "start_line": span.start_line,
        "end_line": span.end_line,
    }


def _value(value: Any) -> Any:
    if isinstance(value, Speaker | Diagnostic):
        return attrs.asdict(value)
    if isinstance(value, tuple):
        return [_value(v) for v in value]
    return value


def to_dict(node: Node) -> dict[str, Any]:
    """The JSON-ready dict of a node and its subtree."""
    out: dict[str, Any] = {"type": node.TYPE, "span": _span_dict(node.span)}
    for name, is_children in _fields(type(node)):
        value = getattr(node, name)
        out[name] = [to_dict(child) for child in value] if is_children else _value(value)
    return out


def envelope(document: Document, *, source: dict[str, Any] | None = None) -> dict[str, Any]:
    """The export envelope: schema id, generator, what was read, and the document."""
    return {
        "schema": SCHEMA_ID,
        "generator": GENERATOR,
        "source": source or {},
        "document": to_dict(document),
    }


def to_json(
    document: Document, *, indent: int | None = None, source: dict[str, Any] | None = None
) -> str:
    """Export ``document`` as JSON text in the envelope (``indent`` spaces, or compact)."""
    return dumps(envelope(document, source=source), indent=indent)


def dumps(data: Any, *, indent: int | None = None) -> str:
    """Serialise to JSON: orjson for compact and 2-space output, the standard library else.

    Text holding lone surrogates (``"caf\\udce9"``: a file name that is not UTF-8, read
    with ``os.fsdecode``) is not UTF-8, so orjson refuses it; such strings are written with
    ``\\udce9`` escapes, which JSON allows and :func:`loads` reads back unchanged.
    """
    try:
        if indent is None or indent == 0:
            return orjson.dumps(data).decode()
        if indent == 2:
            return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode()
    except TypeError:
        if not _has_lone_surrogate(data):
            raise
    import json

    separators = (",", ":") if not indent else None
    text = json.dumps(data, indent=indent or None, ensure_ascii=False, separators=separators)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_lone_surrogate(data: Any) -> bool:
    """Whether any string in ``data`` (keys too) holds a surrogate code point."""
    if isinstance(data, str):
        return _LONE_SURROGATE.search(data) is not None
    if isinstance(data, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in data.items())
    if isinstance(data, list | tuple):
        return any(_has_lone_surrogate(v) for v in data)
    return False


def loads(text: str | bytes) -> Any:
    """Parse JSON: orjson, or the standard library for the ``\\udce9`` escapes of lone
    surrogates that :func:`dumps` writes and orjson refuses."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        if "surrogate" not in str(exc):
            raise
    import json

    return json.loads(text)


def _span_from(data: Any) -> Span:
    if not isinstance(data, dict):
        raise JSONFormatError("a node's span must be an object")
    return Span(
        start=data["start"],
        end=data["end"],
        start_line=data["start_line"],
        end_line=data["end_line"],
    )


def from_dict(data: dict[str, Any]) -> Node:
    """Rebuild a node (and its subtree) from :func:`to_dict` output."""
    type_name = data.get("type")
    cls = NODE_TYPES.get(type_name) if isinstance(type_name, str) else None
    if cls is None:
        raise JSONFormatError(f"unknown node type {type_name!r}")
    kwargs: dict[str, Any] = {"span": _span_from(data.get("span"))}
    for name, is_children in _fields(cls):
        if name not in data:
            continue
        value = data[name]
        if is_children:
            value = tuple(from_dict(child) for child in value)
        elif name == "speaker" and value is not None:
            value = Speaker(**value)
        elif name == "diagnostics":
            value = tuple(Diagnostic(**d) for d in value)
        kwargs[name] = value
    return cls(**kwargs)


def from_json(text: str | bytes) -> Document:
    """Read an export made by :func:`to_json` (the envelope, or a bare document object)."""
    data = loads(text)
    if isinstance(data, dict) and "document" in data:
        if data.get("schema") != SCHEMA_ID:
            raise JSONFormatError(f"unsupported schema {data.get('schema')!r}")
        data = data["document"]
    if not isinstance(data, dict):
        raise JSONFormatError("expected a JSON object")
    node = from_dict(data)
    if not isinstance(node, Document):
        raise JSONFormatError("the JSON holds a node, not a document")
    return node
