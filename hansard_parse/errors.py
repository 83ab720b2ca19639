"""The library's exceptions."""

from __future__ import annotations

from lark.exceptions import UnexpectedInput


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
