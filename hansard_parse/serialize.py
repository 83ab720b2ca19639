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
from .errors import JSONFormatError
from .nodes import Diagnostic, Document, Node, Span, Speaker
from .validate import load_document

SCHEMA_ID = "hansard_parse/1"
GENERATOR = f"hansard_parse {__version__}"


_FIELDS: dict[type, tuple[tuple[str, bool], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, bool], ...]:
    """(name, holds nodes) for the fields of a node class, children last (cached per class)."""
    found = _FIELDS.get(cls)
    if found is None:
        names = [
            f.name for f in attrs.fields(cls) if f.name != "span" and not f.metadata.get("envelope")
        ]
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
    """The JSON-ready dict of a node and its subtree (every dict its own, safe to edit)."""
    return _node_dict(node, None)


def _node_dict(node: Node, spans: dict[int, dict[str, int]] | None) -> dict[str, Any]:
    """The dict of a subtree; with ``spans``, nodes that share a span object share its dict.

    A one-line paragraph and its text share one span, so an export that is serialised at
    once (and never handed out) builds one span dict for them, not two: a quarter less
    memory on a file of short lines.
    """
    span = node.span
    if spans is None:
        span_dict = _span_dict(span)
    else:
        span_dict = spans.get(id(span)) or spans.setdefault(id(span), _span_dict(span))
    out: dict[str, Any] = {"type": node.TYPE, "span": span_dict}
    for name, is_children in _fields(type(node)):
        value = getattr(node, name)
        if is_children:
            out[name] = [_node_dict(child, spans) for child in value]
        else:
            out[name] = _value(value)
    return out


def envelope(document: Document, *, source: dict[str, Any] | None = None) -> dict[str, Any]:
    """The export envelope: schema id, generator, what was read, and the document.

    ``source`` defaults to what the document knows of its file (``path`` and ``encoding``
    from :func:`~hansard_parse.parse_file`), an empty object for text given directly.
    """
    return {**_head(document, source), "document": to_dict(document)}


def _head(document: Document, source: dict[str, Any] | None) -> dict[str, Any]:
    """The envelope's keys before the document; refuses what is not a document."""
    if not isinstance(document, Document):
        raise TypeError(
            f"an export holds a whole Document, not a {type(document).__name__}; "
            "use to_dict(node) for the JSON-ready dict of a part of the tree"
        )
    if source is None:
        source = {
            name: value
            for name, value in (("path", document.path), ("encoding", document.encoding))
            if value is not None
        }
    return {"schema": SCHEMA_ID, "generator": GENERATOR, "source": source}


def to_json(
    document: Document, *, indent: int | None = None, source: dict[str, Any] | None = None
) -> str:
    """Export ``document`` as JSON text in the envelope (``indent`` spaces, or compact).

    Only a :class:`Document` is exported (the schema defines the envelope around one);
    another node raises ``TypeError``: :func:`to_dict` gives any subtree as a dict. The
    dicts are built for this call alone, so nodes that share a span share its dict.
    """
    data = _head(document, source)
    data["document"] = _node_dict(document, {})
    return dumps(data, indent=indent)


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


def from_json(text: str | bytes) -> Document:
    """Read an export made by :func:`to_json` (the envelope, or a bare document object).

    Every field is checked against the node classes, so anything else (not JSON, a wrong
    type, a missing or unknown key, an unknown node type, a tree nested absurdly deep)
    raises :class:`JSONFormatError` naming the place inside the JSON, never another error.
    """
    if not isinstance(text, str | bytes | bytearray | memoryview):
        raise TypeError(f"from_json reads JSON text (str or bytes), not {type(text).__name__}")
    try:
        data = loads(text)
    except (orjson.JSONDecodeError, ValueError) as error:
        raise JSONFormatError(f"not valid JSON: {error}") from None
    return load_document(data, schema=SCHEMA_ID)


__all__ = [
    "GENERATOR",
    "SCHEMA_ID",
    "JSONFormatError",
    "dumps",
    "envelope",
    "from_json",
    "loads",
    "to_dict",
    "to_json",
]
