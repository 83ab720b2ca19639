"""The library's exceptions."""

from __future__ import annotations

import re
from typing import Any

from lark.exceptions import UnexpectedInput


def visible(text: str, keep: str = "") -> str:
    """``text`` for a one-line message: characters that are not printable (controls such as a
    newline or ESC, C1 controls, lone surrogates) shown as escapes, but those in ``keep``."""
    return "".join(
        c if c.isprintable() or c in keep else c.encode("unicode_escape").decode("ascii")
        for c in text
    )


class HansardError(Exception):
    """Base class of every error hansard_parse raises on purpose."""


class HansardSyntaxError(HansardError):
    """Raised by ``parse(text, strict=True)`` for text the grammar cannot place.

    Carries the 1-based ``line`` and ``column`` and a ``context`` line with a caret under
    the place where parsing stopped.
    """

    def __init__(self, message: str, *, line: int, column: int, context: str) -> None:
        super().__init__(f"{message} (line {line}, column {column})\n{context}")
        self.line = line
        self.column = column
        self.context = context

    @classmethod
    def at(cls, node: Any, text: str) -> HansardSyntaxError:
        """The error for an ``unparsed`` node: its line, and a caret under the bad character."""
        line_no = node.span.start_line
        source = node.text
        reason = node.diagnostic or "text fits no rule"
        column = 1
        marker = re.search(r"column (\d+)", reason)
        if marker:
            column = int(marker.group(1))
        shown = visible(source, keep="\t")  # a tab stays a tab, so the caret lines up
        caret = " " * len(visible(source[: column - 1], keep="\t"))
        context = f"{shown}\n{caret}^"
        return cls(reason, line=line_no, column=column, context=context)

    @classmethod
    def from_lark(cls, error: UnexpectedInput, text: str) -> HansardSyntaxError:
        """Translate Lark's error into ours, pointing at the line of the offending token."""
        token = getattr(error, "token", None)
        piece = getattr(token, "value", None)
        lines = getattr(piece, "lines", ())
        line_no = lines[0].number if lines else 1
        source_lines = text.splitlines() or [""]
        source = source_lines[min(line_no, len(source_lines)) - 1]
        context = f"{source}\n^"
        expected = sorted(getattr(error, "expected", ()) or ())
        message = "unexpected " + (getattr(token, "type", None) or "input")
        if expected:
            message += f"; expected one of {', '.join(expected[:8])}"
        return cls(message, line=line_no, column=1, context=context)


class DecodeError(HansardError, ValueError):
    """The bytes are not text in any encoding we accept.

    A ``ValueError`` too, as it was before the library had a base error: callers that catch
    ``ValueError`` keep working."""


class JSONFormatError(HansardError, ValueError):
    """The JSON is not a hansard_parse export; the message names the place inside it
    (``document.children[3].span.start: expected an integer``)."""


class BatchError(HansardError):
    """A batch cannot run at all (no inputs, no scheduler); the message is one sentence."""
