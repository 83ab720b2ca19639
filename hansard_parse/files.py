"""Reading input files and writing outputs, for the command and for batch runs alike.

Input problems (no such file, a folder, no permission, undecodable or empty text) become an
:class:`InputError` whose message is one sentence for the user. Every file the package writes
goes through :func:`atomic_write`, so an interrupted run never leaves half a file behind.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from .source import DecodeError, decode


class InputError(Exception):
    """Input the command cannot use; the message is one sentence for stderr."""


def read_input(name: str) -> tuple[str, dict[str, str]]:
    """Read and decode a file or standard input; raise InputError with a clear sentence."""
    data, where = read_bytes(name)
    return decode_input(data, where)


def read_bytes(name: str) -> tuple[bytes, str]:
    """The bytes of a file (or ``-``: standard input) and how to name it in messages."""
    if name == "-":
        return sys.stdin.buffer.read(), "standard input"
    path = Path(name)
    where = str(path)
    if not path.exists():
        raise InputError(f"{where}: no such file")
    if path.is_dir():
        raise InputError(f"{where} is a directory, not a file")
    try:
        return path.read_bytes(), where
    except PermissionError:
        raise InputError(f"{where}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{where}: cannot be read ({exc.strerror or exc})") from None


def decode_input(data: bytes, where: str) -> tuple[str, dict[str, str]]:
    """Decode input bytes; the text and the export's ``source`` (path and encoding)."""
    try:
        text, encoding, _ = decode(data)
    except DecodeError as exc:
        raise InputError(f"{where}: {exc}") from None
    if not text.strip():
        raise InputError(f"{where} is empty: there is no text to parse")
    return text, {"path": where, "encoding": encoding}


def write_output(text: str, output: str | None) -> None:
    """Print ``text`` or write it to ``output`` atomically (temporary file, then rename)."""
    if output is None or output == "-":
        sys.stdout.write(text)
        sys.stdout.write("\n")
        sys.stdout.flush()
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
