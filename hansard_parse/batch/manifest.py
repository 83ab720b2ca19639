"""The files a batch keeps in its output folder, and how runs share them.

``_manifest.json`` records, per output, the hash of the input it was made from and the hash
and size of the output itself, so a re-run skips unchanged inputs but parses again when the
output was deleted, emptied or corrupted. ``_summary.json`` holds counts, timings and every
per-file error.

The manifest is kept as the run goes: each finished file appends one line to
``_manifest.journal`` (cheap, whatever the corpus size), and the journal is folded into
``_manifest.json`` at the start and end of a run. A run killed outright (SIGKILL, power loss)
therefore loses no finished file; a torn last line is ignored. Every read-modify-write of
these files holds an exclusive lock on ``_manifest.lock`` (``fcntl.flock``; none on systems
without it), so two runs into one folder do not lose each other's updates.

Every bookkeeping name starts with one ``_`` and no output at the top of the folder does
(see :func:`~hansard_parse.batch.planning.output_name`), so no input can collide with them.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from ..files import atomic_write, shown
from ..serialize import GENERATOR, dumps, loads
from .work import FileResult, Settings

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: runs into one folder are not locked
    fcntl = None  # type: ignore[assignment]

MANIFEST = "_manifest.json"
SUMMARY = "_summary.json"
JOURNAL = "_manifest.journal"
LOCK = "_manifest.lock"
BOOKKEEPING = (MANIFEST, SUMMARY, JOURNAL, LOCK)
"""Every file a batch writes in the output folder besides the outputs."""
MANIFEST_SCHEMA = "hansard_parse/batch-manifest/1"

Entries = dict[str, dict[str, Any]]
"""Manifest entries by output name (its path relative to the output folder)."""

_FIELDS: dict[str, tuple[type, ...]] = {
    "input": (str,),
    "sha256": (str,),
    "output_sha256": (str,),
    "output_size": (int,),
    "generator": (str,),
    "layout_option": (str, type(None)),
    "house_option": (str, type(None)),
    "site_option": (str, type(None)),
    "csv_raw": (bool,),
}


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold the output folder's lock for a read-modify-write of the manifest."""
    if fcntl is None:
        yield
        return
    fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def load_manifest(out: Path) -> tuple[Entries, list[str]]:
    """The entries of earlier runs (manifest, then journal), and warnings about what was
    unusable. A missing manifest means nothing is done; one with the wrong shape or types is
    treated as missing, with a warning, never an exception."""
    warnings: list[str] = []
    entries = _read_manifest(out / MANIFEST, warnings)
    _replay_journal(out / JOURNAL, entries, warnings)
    return entries, warnings


def _read_manifest(path: Path, warnings: list[str]) -> Entries:
    try:
        data = loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, orjson.JSONDecodeError) as exc:
        warnings.append(
            f"{shown(path)} cannot be read ({_reason(exc)}): every file is parsed again"
        )
        return {}
    if not isinstance(data, dict) or data.get("schema") != MANIFEST_SCHEMA:
        warnings.append(f"{shown(path)} is not a batch manifest: every file is parsed again")
        return {}
    files = data.get("files")
    if not isinstance(files, dict):
        warnings.append(
            f"{shown(path)}: \"files\" is not an object: every file is parsed again"
        )
        return {}
    entries = {name: entry for name, entry in files.items() if _valid(entry)}
    if len(entries) < len(files):
        warnings.append(
            f"{shown(path)}: {len(files) - len(entries)} entries of the wrong shape are "
            "ignored: those files are parsed again"
        )
    return entries


def _replay_journal(path: Path, entries: Entries, warnings: list[str]) -> None:
    """Apply the journal's lines in order; a torn or malformed line is skipped."""
    try:
        lines = path.read_bytes().splitlines()
    except FileNotFoundError:
        return
    except OSError as exc:
        warnings.append(f"{shown(path)} cannot be read ({_reason(exc)})")
        return
    for line in lines:
        try:
            record = loads(line)
        except orjson.JSONDecodeError:
            continue  # the last line of a run killed mid-write
        if not isinstance(record, dict) or not isinstance(record.get("name"), str):
            continue
        entry = record.get("entry")
        if entry is None:
            entries.pop(record["name"], None)
        elif _valid(entry):
            entries[record["name"]] = entry


def _valid(entry: object) -> bool:
    """Whether a manifest entry has every field, each of the right type."""
    if not isinstance(entry, dict):
        return False
    return all(
        isinstance(entry.get(key), kinds)
        and (bool in kinds or not isinstance(entry.get(key), bool))
        for key, kinds in _FIELDS.items()
    )


def _reason(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc)


def entry_for(result: FileResult, settings: Settings) -> dict[str, Any] | None:
    """The manifest entry a result leaves: its hashes when parsed; None (forget the file,
    its old output may be stale) when failed."""
    if result.status != "parsed":
        return None
    return {
        "input": result.input,
        "sha256": result.sha256,
        "output_sha256": result.output_sha256,
        "output_size": result.output_size,
        "generator": GENERATOR,
        **settings.entry(),
    }


def record(out: Path, results: Iterable[FileResult], settings: Settings) -> None:
    """Append finished files to the journal at once, so a killed run keeps them."""
    lines = b"".join(
        dumps({"name": r.name, "entry": entry_for(r, settings)}).encode() + b"\n"
        for r in results
        if r.status in ("parsed", "failed")
    )
    if not lines:
        return
    with locked(out), open(out / JOURNAL, "ab") as journal:
        journal.write(lines)


def save_manifest(out: Path) -> None:
    """Fold the journal into ``_manifest.json`` (written atomically), then empty it. Under
    the lock, so another run's lines are never lost."""
    with locked(out):
        entries, _ = load_manifest(out)  # its warnings were given when the run was planned
        files = dict(sorted(entries.items()))
        write_json(out / MANIFEST, {"schema": MANIFEST_SCHEMA, "files": files})
        (out / JOURNAL).unlink(missing_ok=True)


def write_json(target: Path, data: Any) -> None:
    text = (dumps(data, indent=2) + "\n").encode()  # dumps: input names may not be UTF-8
    atomic_write(target, lambda temp: temp.write_bytes(text))
