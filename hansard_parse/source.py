"""The source text: decoding bytes and cutting text into lines that know their offsets.

Everything downstream works on :class:`Line` objects, so every node can say exactly which
characters of the input it covers and the leaves together give the input back unchanged.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from typing import NamedTuple

from .errors import DecodeError as DecodeError  # re-exported: raised by decode()
from .nodes import Diagnostic, Span

_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


class Line(NamedTuple):
    """One line of the source: its content, the line ending after it and where it sits.

    A named tuple, not an attrs class: one is made per input line, and tuples are cheap.
    """

    offset_line: int
    """0-based line number."""
    start: int
    """Offset of the first character of the content."""
    content: str
    eol: str

    @property
    def number(self) -> int:
        """1-based line number, as editors and the JSON spans count."""
        return self.offset_line + 1

    @property
    def end(self) -> int:
        """Offset just past the line ending."""
        return self.start + len(self.content) + len(self.eol)

    @property
    def stripped(self) -> str:
        return self.content.strip()

    @property
    def is_blank(self) -> bool:
        return not self.content.strip()

    @property
    def span(self) -> Span:
        number = self.number
        return Span(self.start, self.end, number, number)


def split_lines(text: str) -> list[Line]:
    """Cut ``text`` into lines, keeping ``\\n``, ``\\r\\n`` and ``\\r`` endings exactly as given."""
    if "\r" not in text:
        return _split_newlines(text)
    lines: list[Line] = []
    offset = 0
    for match in _LINE_RE.finditer(text):
        whole = match.group()
        if not whole:
            break
        if whole.endswith("\r\n"):
            content, eol = whole[:-2], "\r\n"
        elif whole.endswith(("\n", "\r")):
            content, eol = whole[:-1], whole[-1]
        else:
            content, eol = whole, ""
        lines.append(Line(len(lines), offset, content, eol))
        offset += len(whole)
    return lines


def _split_newlines(text: str) -> list[Line]:
    """The common case, text with ``\\n`` endings only: ``str.split`` does the cutting in C."""
    contents = text.split("\n")
    last = contents.pop()
    lines: list[Line] = []
    offset = 0
    for number, content in enumerate(contents):
        lines.append(Line(number, offset, content, "\n"))
        offset += len(content) + 1
    if last:
        lines.append(Line(len(contents), offset, last, ""))
    return lines


def line_breaks(text: str) -> int:
    """How many line breaks ``text`` holds (``\\r\\n``, ``\\r`` and ``\\n`` each count once)."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def lines_span(lines: Sequence[Line]) -> Span:
    """The span from the first to the last of ``lines`` (which must not be empty)."""
    first, last = lines[0], lines[-1]
    return Span(first.start, last.end, first.number, last.number)


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> tuple[str, str, list[Diagnostic]]:
    """Decode ``data`` as UTF-8 (with or without BOM), UTF-16/32 with BOM, or cp1252.

    Returns the text, the encoding used and diagnostics. The legacy fallback adds a
    diagnostic naming the encoding, so users know the text was guessed. Bytes that look
    binary (NUL bytes with no UTF-16/32 BOM, or undecodable in every encoding) raise
    :class:`DecodeError`.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, []
            except UnicodeDecodeError as exc:
                raise DecodeError(f"the file starts with a {encoding} mark but is not {encoding}") from exc
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if data.count(b"\x00") > len(data) // 100:
        raise DecodeError("the file looks binary, not text")
    try:
        text = data.decode("cp1252")
        encoding = "cp1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        encoding = "latin-1"
    line = data.count(b"\n", 0, utf8_error.start) + 1
    diag = Diagnostic(
        line=line,
        column=utf8_error.start - (data.rfind(b"\n", 0, utf8_error.start) + 1) + 1,
        reason=f"not valid UTF-8; decoded as {encoding}",
        severity="info",
    )
    return text, encoding, [diag]


def text_of(value: object) -> tuple[str, str | None, list[Diagnostic]]:
    """What :func:`~hansard_parse.parse` reads: a ``str`` as it is, or bytes decoded as
    :func:`decode` decodes a file (with its encoding and diagnostics).

    Anything else is refused with a ``TypeError`` that says what was given: ``parse(None)``
    would otherwise fail deep inside the line splitter with a message about ``split``.
    """
    if isinstance(value, str):
        return value, None, []
    if isinstance(value, bytes | bytearray | memoryview):
        text, encoding, diagnostics = decode(bytes(value))
        return text, encoding, diagnostics
    raise TypeError(f"parse() reads text (a str) or bytes, not {type(value).__name__}")
