"""Reading input files and writing outputs, for the command and for batch runs alike.

Input problems (no such file, a folder, no permission, undecodable or empty text) become an
:class:`InputError` whose message is one sentence for the user; output problems an
:class:`OutputError` naming the path. Every file the package writes goes through
:func:`atomic_write`, so an interrupted run never leaves half a file behind and never damages
what the path already was (a device, a FIFO, a symlink, a file's mode). Paths in messages
pass through :func:`shown`, so a file name cannot break a one-line error or drive the terminal.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from .errors import visible
from .members import Members
from .nodes import Diagnostic, Document
from .parser import parse
from .source import DecodeError, decode


class InputError(Exception):
    """Input the command cannot use; the message is one sentence for stderr."""


class OutputError(Exception):
    """An output that cannot be written; the message is one sentence naming the path."""


def shown(name: str | os.PathLike[str]) -> str:
    """A path as it appears in a one-line message: control characters (newline, ESC, C1) and
    bytes that were not text (lone surrogates) become escapes, so no name can split the line
    or send commands to the terminal."""
    return visible(os.fspath(name))


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
    where = str(path)  # the source path keeps the name as it is; messages pass it to shown
    if not path.exists():
        raise InputError(f"{shown(where)}: no such file")
    if path.is_dir():
        raise InputError(f"{shown(where)} is a directory, not a file")
    try:
        with open(path, "rb") as handle:
            return _read_file(handle, max_bytes, where), str(path)
    except PermissionError:
        raise InputError(f"{shown(where)}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{shown(where)}: cannot be read ({exc.strerror or exc})") from None


def _read_file(handle: BinaryIO, max_bytes: int, where: str) -> bytes:
    """A regular file in one read of its size (refused at once when over the limit); any
    other kind of file through :func:`_read_limited`."""
    status = os.fstat(handle.fileno())
    if not stat.S_ISREG(status.st_mode):
        _refuse_device(handle, where)
        return _read_limited(handle, max_bytes, where)
    if status.st_size > max_bytes:
        raise InputError(too_big(where, max_bytes))
    data = handle.read(status.st_size + 1)
    if len(data) > status.st_size:  # the file grew while we read it
        data += _read_limited(handle, max_bytes, where)
        if len(data) > max_bytes:
            raise InputError(too_big(where, max_bytes))
    return data


def _refuse_device(handle: BinaryIO, where: str) -> None:
    """Refuse a device (``/dev/zero``, ``/dev/urandom``): it is not text and may never end.
    Pipes and terminals are what standard input usually is, so they are read."""
    try:
        mode = os.fstat(handle.fileno()).st_mode
    except (OSError, ValueError):  # not a real file (a test's BytesIO): nothing to refuse
        return
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or handle.isatty()):
        raise InputError(f"{shown(where)} is a device, not a text file")


def _read_limited(handle: BinaryIO, max_bytes: int, where: str) -> bytes:
    """Everything ``handle`` holds, read a chunk at a time so that the limit stops endless
    input before it fills memory."""
    data = bytearray()
    while chunk := handle.read(_CHUNK):
        data += chunk
        if len(data) > max_bytes:
            raise InputError(too_big(where, max_bytes))
    return bytes(data)


def too_big(where: str, max_bytes: int) -> str:
    """The one sentence for input over the ``--max-bytes`` limit."""
    return f"{shown(where)} is larger than the input limit of {max_bytes} bytes (--max-bytes raises it)"


def decode_input(data: bytes, where: str) -> tuple[str, dict[str, str], list[Diagnostic]]:
    """Decode input bytes: the text, the export's ``source`` (path and encoding), and the
    decoding's diagnostics (bytes that were not UTF-8), which the document must carry.

    ``where`` is the path as given; it goes into ``source`` unchanged (a name that is not
    UTF-8 keeps its lone surrogates, which the JSON export writes as escapes)."""
    try:
        text, encoding, diagnostics = decode(data)
    except DecodeError as exc:
        raise InputError(f"{shown(where)}: {exc}") from None
    if not text.strip():
        raise InputError(f"{shown(where)} is empty: there is no text to parse")
    return text, {"path": where, "encoding": encoding}, diagnostics


def parse_input(
    data: bytes,
    where: str,
    *,
    layout: str | None = None,
    house: str | None = None,
    date: str | None = None,
    members: Members | None = None,
    site: str | None = None,
) -> tuple[Document, dict[str, str]]:
    """Decode and parse input bytes as :func:`hansard_parse.parse_file` does: the document
    carries the decoding's diagnostics first, and ``source`` names the layout read."""
    text, source, diagnostics = decode_input(data, where)
    document = parse(text, layout=layout, house=house, date=date, members=members, site=site)
    if diagnostics:
        document = document.with_changes(diagnostics=(*diagnostics, *document.diagnostics))
    source["layout"] = document.layout
    return document, source


def warning(where: str, diagnostic: Diagnostic) -> str:
    """One line for a diagnostic: which file, where in it, and what (for stderr or a log)."""
    place = f"line {diagnostic.line}, column {diagnostic.column}"
    return f"{shown(where)}: {place}: {diagnostic.reason}"


def check_output(output: str | None, inputs: Sequence[str] = ()) -> None:
    """Refuse an ``-o`` path that names a folder or one of the inputs, before any work.

    ``-o out/`` or an existing folder would otherwise become a file named like the folder,
    or fail late; writing over an input (by name, symlink or hard link: the same device and
    inode) would destroy it. Devices and FIFOs are never "the same file" as an input here:
    ``json /dev/stdin -o /dev/stdout`` on a terminal is a fine thing to ask.
    """
    if output is None or output == "-":
        return
    if not output:
        raise InputError("-o needs a file name, not an empty one")
    if output.endswith(("/", os.sep)) or os.path.isdir(output):
        raise InputError(f"{shown(output)} is a folder: -o needs a file name")
    try:
        target = os.stat(output)
    except OSError:
        return
    if not stat.S_ISREG(target.st_mode):
        return
    for name in inputs:
        if name == "-":
            continue
        try:
            source = os.stat(name)
        except OSError:
            continue
        if (source.st_dev, source.st_ino) == (target.st_dev, target.st_ino):
            raise InputError(
                f"{shown(output)} is the input file {shown(name)}: writing it would destroy it"
            )


def write_output(text: str, output: str | None) -> None:
    """Print ``text`` or write it to ``output`` atomically (see :func:`atomic_write`)."""
    if output is None or output == "-":
        if sys.stdout is None:  # started with standard output closed (``>&-``)
            raise OutputError("cannot write to standard output: it is closed")
        try:
            # bytes, not text: JSON is UTF-8 whatever the locale (PYTHONIOENCODING=cp1252 too)
            sys.stdout.flush()
            sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
            sys.stdout.buffer.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(
                f"cannot write to standard output ({exc.strerror or exc})"
            ) from None
        return

    def write(temp: Path) -> None:
        with open(temp, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.write("\n")

    try:
        atomic_write(Path(output), write)
    except OSError as exc:
        raise OutputError(f"cannot write {shown(output)} ({exc.strerror or exc})") from None


TEMP_SUFFIX = ".tmp"


def atomic_write(target: Path, write: Callable[[Path], object]) -> None:
    """Have ``write`` fill a temporary file beside ``target``, then rename it over ``target``.

    The rename is atomic on one file system, so readers (and a re-run after a crash) see the
    old file or the new one, never half of one. Every file the package writes goes through
    here, whatever its format. What ``target`` already is, is respected:

    - not a regular file (a device such as ``/dev/null``, a FIFO, ``/dev/stdout``): written
      straight through, since replacing it would swap the device for a plain file;
    - a symlink: its target is replaced, and the link stays a link;
    - an existing file: the new one gets its mode (and owner, where allowed); a new file gets
      the mode the umask gives, because the kernel applies it when the temporary file is
      created (the umask is never read or changed: that would race with other threads);
    - a file with other hard links: replaced like any other, so its other names keep the old
      content. Writing in place would keep the links but could leave every name half written
      if the disk fills or the run is stopped; whole files matter more here than links.
    """
    try:
        existing: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        existing = None
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        write(target)
        return
    real = Path(os.path.realpath(target))
    temp = _create_temp(real, existing)
    try:
        write(temp)
        os.replace(temp, real)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _create_temp(real: Path, existing: os.stat_result | None) -> Path:
    """An empty, new temporary file beside ``real``: ``.NAME.PID-RANDOM.tmp``.

    A new output is created 0666 so the kernel applies the umask, as for any new file; an
    existing one's mode is copied before anything is written, so a private file's content
    is never readable by others, not even for a moment.
    """
    while True:
        temp = real.with_name(f".{real.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if existing else 0o666)
        except FileExistsError:
            continue
        break
    try:
        if existing is not None:
            # Only root may give a file away; the mode is kept either way.
            with contextlib.suppress(PermissionError):
                os.fchown(fd, existing.st_uid, existing.st_gid)
            os.fchmod(fd, stat.S_IMODE(existing.st_mode))
    except BaseException:
        os.close(fd)
        temp.unlink(missing_ok=True)
        raise
    os.close(fd)
    return temp


def remove_stale_temps(targets: Iterable[Path]) -> list[Path]:
    """Remove temporary files that a stopped writer left beside ``targets``; the removed ones.

    Only names :func:`atomic_write` makes for these targets are touched, and only where the
    process that made them (the PID in the name) is gone, so a run still writing keeps its
    file. Each folder is listed once, however many targets it holds.
    """
    by_folder: dict[Path, set[str]] = {}
    for target in targets:
        by_folder.setdefault(target.parent, set()).add(target.name)
    removed = []
    for folder, wanted in by_folder.items():
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            match = _TEMP_NAME.fullmatch(name)
            if match is None or match["name"] not in wanted or _alive(int(match["pid"])):
                continue
            try:
                (folder / name).unlink()
            except OSError:
                continue
            removed.append(folder / name)
    return removed


_TEMP_NAME = re.compile(
    rf"\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{{8}}{re.escape(TEMP_SUFFIX)}", re.DOTALL
)


def _alive(pid: int) -> bool:
    """Whether a process with this PID runs on this machine."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        return True  # another user's process
    return True
