"""Reading input files and writing outputs, for the command and for batch runs alike.

Input problems (no such file, a folder, no permission, undecodable or empty text) become an
:class:`InputError` whose message is one sentence for the user. Every file the package writes
goes through :func:`atomic_write`, so an interrupted run never leaves half a file behind.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .nodes import Diagnostic, Document
from .parser import parse
from .source import DecodeError, decode


class InputError(Exception):
    """Input the command cannot use; the message is one sentence for stderr."""


DEFAULT_MAX_BYTES = 1 << 30
"""The most input read by default (1 GiB, far above any sitting): endless input such as
``/dev/zero`` piped in stops with an error instead of filling memory."""

_CHUNK = 1 << 20


def read_bytes(name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str]:
    """The bytes of a file (or ``-``: standard input) and its name (the path as given).

    Reads at most ``max_bytes`` (more is an error, found before memory fills); refuses
    devices such as ``/dev/zero``, which never end, but reads pipes and terminals.
    """
    if name == "-":
        where = "standard input"
        _refuse_device(sys.stdin.buffer, where)
        return _read_limited(sys.stdin.buffer, max_bytes, where), where
    path = Path(name)
    where = printable(str(path))  # for messages; the source path keeps the name as it is
    if not path.exists():
        raise InputError(f"{where}: no such file")
    if path.is_dir():
        raise InputError(f"{where} is a directory, not a file")
    try:
        with open(path, "rb") as handle:
            return _read_file(handle, max_bytes, where), str(path)
    except PermissionError:
        raise InputError(f"{where}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{where}: cannot be read ({exc.strerror or exc})") from None


def _read_file(handle: BinaryIO, max_bytes: int, where: str) -> bytes:
    """A regular file in one read of its size (refused at once when over the limit); any
    other kind of file through :func:`_read_limited`."""
    status = os.fstat(handle.fileno())
    if not stat.S_ISREG(status.st_mode):
        _refuse_device(handle, where)
        return _read_limited(handle, max_bytes, where)
    if status.st_size > max_bytes:
        raise InputError(_too_big(where, max_bytes))
    data = handle.read(status.st_size + 1)
    if len(data) > status.st_size:  # the file grew while we read it
        data += _read_limited(handle, max_bytes, where)
        if len(data) > max_bytes:
            raise InputError(_too_big(where, max_bytes))
    return data


def _refuse_device(handle: BinaryIO, where: str) -> None:
    """Refuse a device (``/dev/zero``, ``/dev/urandom``): it is not text and may never end.
    Pipes and terminals are what standard input usually is, so they are read."""
    try:
        mode = os.fstat(handle.fileno()).st_mode
    except (OSError, ValueError):  # not a real file (a test's BytesIO): nothing to refuse
        return
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or handle.isatty()):
        raise InputError(f"{where} is a device, not a text file")


def _read_limited(handle: BinaryIO, max_bytes: int, where: str) -> bytes:
    """Everything ``handle`` holds, read a chunk at a time so that the limit stops endless
    input before it fills memory."""
    data = bytearray()
    while chunk := handle.read(_CHUNK):
        data += chunk
        if len(data) > max_bytes:
            raise InputError(_too_big(where, max_bytes))
    return bytes(data)


def _too_big(where: str, max_bytes: int) -> str:
    return f"{where} is larger than the input limit of {max_bytes} bytes (--max-bytes raises it)"


def printable(name: str) -> str:
    """``name`` fit for a one-line message: control characters (a newline, ESC) and bytes
    that are not UTF-8 (lone surrogates from ``os.fsdecode``) shown as escapes."""
    return "".join(
        c if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF
        else c.encode("unicode_escape").decode("ascii")
        for c in name
    )


def decode_input(data: bytes, where: str) -> tuple[str, dict[str, str], list[Diagnostic]]:
    """Decode input bytes: the text, the export's ``source`` (path and encoding), and the
    decoding's diagnostics (bytes that were not UTF-8), which the document must carry.

    ``where`` is the path as given; it goes into ``source`` unchanged (a name that is not
    UTF-8 keeps its lone surrogates, which the JSON export writes as escapes)."""
    try:
        text, encoding, diagnostics = decode(data)
    except DecodeError as exc:
        raise InputError(f"{printable(where)}: {exc}") from None
    if not text.strip():
        raise InputError(f"{printable(where)} is empty: there is no text to parse")
    return text, {"path": where, "encoding": encoding}, diagnostics


def parse_input(
    data: bytes, where: str, *, layout: str | None = None
) -> tuple[Document, dict[str, str]]:
    """Decode and parse input bytes as :func:`hansard_parse.parse_file` does: the document
    carries the decoding's diagnostics first, and ``source`` names the layout read."""
    text, source, diagnostics = decode_input(data, where)
    document = parse(text, layout=layout)
    if diagnostics:
        document = document.with_changes(diagnostics=(*diagnostics, *document.diagnostics))
    source["layout"] = document.layout
    return document, source


def warning(where: str, diagnostic: Diagnostic) -> str:
    """One line for a diagnostic: which file, where in it, and what (for stderr or a log)."""
    place = f"line {diagnostic.line}, column {diagnostic.column}"
    return f"{printable(where)}: {place}: {diagnostic.reason}"


def write_output(text: str, output: str | None) -> None:
    """Print ``text`` or write it to ``output`` atomically (temporary file, then rename)."""
    if output is None or output == "-":
        # bytes, not text: JSON is UTF-8 whatever the locale (PYTHONIOENCODING=cp1252 too)
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
        sys.stdout.buffer.flush()
        return

    def write(temp: Path) -> None:
        with open(temp, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.write("\n")

    atomic_write(Path(output), write)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(target: Path, write: Callable[[Path], object]) -> None:
    """Have ``write`` fill a temporary file beside ``target``, then rename it over ``target``.

    The rename is atomic on one file system, so readers (and a re-run after a crash) see the
    old file or the new one, never half of one. Every file the package writes goes through
    here, whatever its format.
    """
    directory = target.parent if str(target.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    os.close(fd)
    try:
        write(Path(temp))
        os.chmod(temp, 0o666 & ~_umask())  # as an ordinary new file would be, not 0600
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
