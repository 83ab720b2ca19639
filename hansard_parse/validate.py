"""Reading JSON back into nodes, checking every value against the node classes on the way.

The checks are not written per class: each node class's fields and their type hints (read
once from attrs and ``typing``) say what a value must be: a string, an integer, a number,
true or false, null where the hint allows None, a list for a tuple, an object for a speaker
or a diagnostic. A node object must have exactly the keys its class exports (as the shipped
JSON Schema requires), so a tree that loads is one that :func:`~hansard_parse.to_json`
writes back the same. Every failure is a :class:`JSONFormatError` whose message starts with
the path inside the JSON (``document.children[3].span.start: expected an integer``).

The tree is built with an explicit stack, not by recursion, and refused past
:data:`MAX_DEPTH` levels: the parser never nests a tenth as deep, and a tree that loads must
be safe for the recursive code that reads it (``==``, ``hash``, :func:`to_dict`).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from .errors import JSONFormatError
from .nodes import NODE_TYPES, Container, Document, Node, Span

MAX_DEPTH = 100
"""Nodes nested deeper than this are refused (a parsed sitting nests fewer than ten)."""

Check = Callable[[Any, str], Any]
"""Checks a JSON value found at a path and returns the Python value for the field."""


def _fail(path: str, message: str) -> JSONFormatError:
    return JSONFormatError(f"{path}: {message}")


def _describe(value: Any) -> str:
    """The JSON name of a value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _check_str(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise _fail(path, f"expected a string, got {_describe(value)}")
    return value


def _check_int(value: Any, path: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _fail(path, f"expected an integer, got {_describe(value)}")
    return value


def _check_float(value: Any, path: str) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise _fail(path, f"expected a number, got {_describe(value)}")
    return float(value)


def _check_bool(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise _fail(path, f"expected true or false, got {_describe(value)}")
    return value


_SCALARS: dict[Any, Check] = {str: _check_str, int: _check_int, float: _check_float,
                              bool: _check_bool}


def _check_object(value: Any, path: str, keys: tuple[str, ...]) -> dict[str, Any]:
    """``value`` is an object with exactly ``keys``."""
    if not isinstance(value, dict):
        raise _fail(path, f"expected an object, got {_describe(value)}")
    for key in keys:
        if key not in value:
            raise _fail(path, f"missing key {key!r}")
    if len(value) != len(keys):
        extra = next(key for key in value if key not in keys)
        raise _fail(path, f"unexpected key {extra!r}")
    return value


def _optional(check: Check) -> Check:
    def optional(value: Any, path: str) -> Any:
        return None if value is None else check(value, path)

    return optional


def _sequence(check: Check) -> Check:
    def sequence(value: Any, path: str) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise _fail(path, f"expected an array, got {_describe(value)}")
        return tuple(check(item, f"{path}[{i}]") for i, item in enumerate(value))

    return sequence


def _record(cls: type) -> Check:
    """A check for a small attrs class (speaker, diagnostic): an object of its fields."""
    checks = _field_checks(cls)
    keys = tuple(checks)

    def record(value: Any, path: str) -> Any:
        data = _check_object(value, path, keys)
        return cls(**{key: check(data[key], f"{path}.{key}") for key, check in checks.items()})

    return record


def _check_span(value: Any, path: str) -> Span:
    data = _check_object(value, path, Span._fields)
    numbers = [_check_int(data[key], f"{path}.{key}") for key in Span._fields]
    for key, number, least in zip(Span._fields, numbers, (0, 0, 1, 1), strict=True):
        if number < least:
            raise _fail(f"{path}.{key}", f"expected an integer of at least {least}, got {number}")
    return Span(*numbers)


def _check_for(hint: Any) -> Check:
    """The check for a field's resolved type hint."""
    if hint in _SCALARS:
        return _SCALARS[hint]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union) and type(None) in args:
        rest = [arg for arg in args if arg is not type(None)]
        if len(rest) == 1:
            return _optional(_check_for(rest[0]))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _sequence(_check_for(args[0]))
    if isinstance(hint, type) and attrs.has(hint):
        return _record(hint)
    raise TypeError(f"no JSON check for a field of type {hint!r}")


def _field_checks(cls: type) -> dict[str, Check]:
    """The check of each exported field of an attrs class, in declaration order."""
    hints = typing.get_type_hints(cls)
    return {
        field.name: _check_for(hints[field.name])
        for field in attrs.fields(cls)
        if field.name not in ("span", "children") and not field.metadata.get("envelope")
    }


_NODE_CHECKS: dict[type[Node], tuple[dict[str, Check], tuple[str, ...]]] = {}


def _node_checks(cls: type[Node]) -> tuple[dict[str, Check], tuple[str, ...]]:
    """The field checks of a node class and the keys its object must have (cached)."""
    found = _NODE_CHECKS.get(cls)
    if found is None:
        checks = _field_checks(cls)
        keys = ("type", "span", *checks, *(("children",) if issubclass(cls, Container) else ()))
        found = _NODE_CHECKS[cls] = (checks, keys)
    return found


@attrs.define
class _Pending:
    """A container node whose children are being built."""

    cls: type[Node]
    """A container class (its ``children`` are keyword arguments it takes)."""
    fields: dict[str, Any]
    path: str
    items: list[Any]
    built: list[Node] = attrs.Factory(list)


def _start(data: Any, path: str) -> tuple[type[Node], dict[str, Any], list[Any] | None]:
    """Check one node object, all but its children: its class, its fields and the raw
    children list (None for a leaf)."""
    if not isinstance(data, dict):
        raise _fail(path, f"expected a node object, got {_describe(data)}")
    type_name = data.get("type")
    cls = NODE_TYPES.get(type_name) if isinstance(type_name, str) else None
    if cls is None:
        raise _fail(f"{path}.type", f"unknown node type {type_name!r}")
    checks, keys = _node_checks(cls)
    _check_object(data, path, keys)
    fields = {"span": _check_span(data["span"], f"{path}.span")}
    for name, check in checks.items():
        fields[name] = check(data[name], f"{path}.{name}")
    if "children" not in keys:
        return cls, fields, None
    children = data["children"]
    if not isinstance(children, list):
        raise _fail(f"{path}.children", f"expected an array, got {_describe(children)}")
    return cls, fields, children


def load_node(data: Any, path: str = "document") -> Node:
    """Build the node that ``data`` (parsed JSON) describes, checking every value."""
    cls, fields, items = _start(data, path)
    if items is None:
        return cls(**fields)
    stack = [_Pending(cls, fields, path, items)]
    while True:
        top = stack[-1]
        index = len(top.built)
        if index < len(top.items):
            child_path = f"{top.path}.children[{index}]"
            cls, fields, items = _start(top.items[index], child_path)
            if items is None:
                top.built.append(cls(**fields))
            elif len(stack) >= MAX_DEPTH:
                raise _fail(child_path, f"nodes nested more than {MAX_DEPTH} deep")
            else:
                stack.append(_Pending(cls, fields, child_path, items))
            continue
        stack.pop()
        node = top.cls(**top.fields, children=top.built)  # type: ignore[call-arg]
        if not stack:
            return node
        stack[-1].built.append(node)


_ENVELOPE_KEYS = ("schema", "generator", "source", "document")
_SOURCE_FIELDS = {"path": _check_str, "encoding": _check_str, "layout": _check_str}


def load_document(data: Any, *, schema: str) -> Document:
    """The document of an export envelope (or of a bare document object), checked throughout;
    the envelope's ``source`` path and encoding are kept on the document."""
    source: dict[str, Any] = {}
    if isinstance(data, dict) and "document" in data:
        _check_object(data, "(envelope)", _ENVELOPE_KEYS)
        if data["schema"] != schema:
            raise _fail("schema", f"unsupported schema {data['schema']!r}; expected {schema!r}")
        _check_str(data["generator"], "generator")
        raw_source = data["source"]
        if not isinstance(raw_source, dict):
            raise _fail("source", f"expected an object, got {_describe(raw_source)}")
        for key, check in _SOURCE_FIELDS.items():
            if key in raw_source:
                source[key] = check(raw_source[key], f"source.{key}")
        data = data["document"]
    elif not isinstance(data, dict):
        raise _fail("(top level)", f"expected an export object, got {_describe(data)}")
    kind = data.get("type") if isinstance(data, dict) else None
    if isinstance(kind, str) and kind != "document" and kind in NODE_TYPES:
        raise _fail("document.type", f"expected a document, got {data['type']!r}")
    document = load_node(data)
    assert isinstance(document, Document)
    if source.get("path") is not None or source.get("encoding") is not None:
        document = document.with_changes(path=source.get("path"), encoding=source.get("encoding"))
    return document


__all__ = ["MAX_DEPTH", "load_document", "load_node"]
