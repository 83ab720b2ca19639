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
    parts: tuple[Line, ...] = ()
    """For a logical line rejoined from a hard-wrapped text (:mod:`hansard_parse.wrap`): the
    source lines it was made from, which tokens and nodes keep; empty for a source line."""

    @property
    def number(self) -> int:
        """1-based line number, as editors and the JSON spans count."""
        return self.offset_line + 1

    @property
    def end(self) -> int:
        """Offset just past the line ending."""
        if self.parts:
            return self.parts[-1].end
        return self.start + len(self.content) + len(self.eol)

    @property
    def sources(self) -> tuple[Line, ...]:
        """The source lines this line stands for: its parts, or itself."""
        return self.parts or (self,)

    @property
    def stripped(self) -> str:
        return self.content.strip()

    @property
    def is_blank(self) -> bool:
        return not self.content.strip()

    @property
    def span(self) -> Span:
        if self.parts:
            return lines_span(self.parts)
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

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"PK\x03\x04", "zip"),
    (b"%PDF-", "PDF"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Word/Office"),
)
"""Signatures of the binary files most often mistaken for text (a compressed or zipped
sitting, a PDF of the Official Report); each starts with bytes that text never does."""

_CONTROL_BYTES = bytes(b for b in range(32) if chr(b) not in "\t\n\v\f\r\x1b") + b"\x7f"
"""C0 controls that text does not use (tab, line breaks, form feed and ESC are left out)."""

BINARY_CONTROL_SHARE = 0.01
"""More than this share of control bytes (NUL and friends) means binary: random bytes hold
about 11%, binary formats more, while real text holds none or a stray few."""

BINARY_MIN_CONTROLS = 8
"""Fewer control bytes than this are never enough to call a file binary, however short it
is: a one-line note with a stray bell or two is still text."""

LEGACY_ENCODING = "cp1252"
"""What a byte that is not UTF-8 is read as: Windows' Western code page, which is what old
Hansard files and word processors wrote (``£`` is ``\\xa3``, ``–`` is ``\\x96``). The five
bytes cp1252 leaves undefined are read as latin-1, so every byte still has a character."""



def legacy_char(byte: int) -> str:
    """The character a byte that is not UTF-8 stands for (see :data:`LEGACY_ENCODING`)."""
    try:
        return bytes((byte,)).decode(LEGACY_ENCODING)
    except UnicodeDecodeError:
        return chr(byte)  # latin-1: the byte's own code point


def _legacy_errors(error: UnicodeError) -> tuple[str, int]:
    """A codec error handler: each byte a decoder refused is read by :func:`legacy_char`, so an
    incremental decoder (``iter_parse``) reads a stray byte as :func:`decode` does."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(legacy_char(byte) for byte in bad), error.end


LEGACY_ERRORS = "hansard_parse.legacy"
"""The name of :func:`_legacy_errors` as a codec error handler (``errors=LEGACY_ERRORS``)."""
codecs.register_error(LEGACY_ERRORS, _legacy_errors)

_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_UTF8_BEYOND_ASCII = re.compile("[\x80-\udc7f\udd00-\U0010ffff]")
_MAX_LINES_NAMED = 10


def decode(data: bytes) -> tuple[str, str, list[Diagnostic]]:
    """Decode ``data`` as UTF-8 (with or without BOM) or UTF-16/32 with BOM; bytes that are
    not UTF-8 are read one by one as cp1252.

    Returns the text, the encoding and diagnostics. The fallback is per byte, not per file:
    one stray ``\\x96`` in a UTF-8 sitting must not turn every ``’`` into ``â€™``; a
    diagnostic names the lines that held such bytes. The encoding is ``cp1252`` when no byte
    was UTF-8 beyond ASCII (a legacy file), else ``utf-8``. Binary data (a known file
    signature, NUL bytes or other control bytes in quantity) raises :class:`DecodeError`.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, []
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"the file starts with a {encoding} mark but is not {encoding}"
                ) from exc
    refuse_binary(data)
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        return _decode_per_byte(data)


def _decode_per_byte(data: bytes) -> tuple[str, str, list[Diagnostic]]:
    """UTF-8 where the bytes are UTF-8, cp1252 for each byte that is not, and a diagnostic.

    ``surrogateescape`` keeps each bad byte as one code point U+DC80..U+DCFF (UTF-8 text
    can never hold those), so the bad bytes are found in the decoded text itself.
    """
    escaped = data.decode("utf-8", errors="surrogateescape")
    text, lines, count = _read_legacy_bytes(escaped)
    where = _name_lines(lines)
    if _UTF8_BEYOND_ASCII.search(escaped) is None:
        encoding, reason = LEGACY_ENCODING, f"not valid UTF-8; decoded as {LEGACY_ENCODING} ({where})"
    else:
        bytes_ = "byte" if count == 1 else "bytes"
        encoding, reason = "utf-8", f"{count} {bytes_} not valid UTF-8 read as {LEGACY_ENCODING} ({where})"
    first = _ESCAPED_BYTE.search(escaped)
    assert first is not None  # the UTF-8 decode failed, so some byte was escaped
    line_start = max(escaped.rfind("\n", 0, first.start()), escaped.rfind("\r", 0, first.start())) + 1
    column = first.start() - line_start + 1
    return text, encoding, [Diagnostic(line=lines[0], column=column, reason=reason, severity="info")]


def refuse_binary(data: bytes) -> None:
    """Raise :class:`DecodeError` when ``data`` is plainly not text (see :data:`_MAGIC` and
    :data:`BINARY_CONTROL_SHARE`); a stray control character or two is still text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"the file is {kind} data, not text")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls >= BINARY_MIN_CONTROLS and controls > len(data) * BINARY_CONTROL_SHARE:
        if data.count(0) * 2 > controls:
            raise DecodeError(
                "the file looks binary, not text (NUL bytes; UTF-16 text needs a byte-order mark)"
            )
        raise DecodeError("the file looks binary, not text (it is full of control bytes)")


def _read_legacy_bytes(escaped: str) -> tuple[str, list[int], int]:
    """Replace the bytes ``surrogateescape`` kept as U+DC80..U+DCFF by their cp1252 (else
    latin-1) characters; also the 1-based lines where they were, and how many there were."""
    lines: list[int] = []
    count = 0
    line = 1
    position = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count, line, position
        count += 1
        line += line_breaks(escaped[position : match.start()])
        position = match.start()
        if not lines or lines[-1] != line:
            lines.append(line)
        return legacy_char(ord(match.group()) - 0xDC00)

    return _ESCAPED_BYTE.sub(replace, escaped), lines, count


def _name_lines(lines: list[int]) -> str:
    """``line 4`` or ``lines 4, 9, 12`` (the first few, then how many more)."""
    if len(lines) == 1:
        return f"line {lines[0]}"
    named = ", ".join(str(n) for n in lines[:_MAX_LINES_NAMED])
    more = len(lines) - _MAX_LINES_NAMED
    return f"lines {named}" + (f" and {more} more" if more > 0 else "")


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
