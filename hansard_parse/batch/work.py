"""One file's work in a batch: read, hash, parse and write it, and say what happened.

:func:`run_file` is the single code path of every engine (this process, local worker
processes, a Dask cluster), so every engine writes the same bytes. It never raises for a bad
file: a failure is a :class:`FileResult` with the reason.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import orjson
from attrs import frozen

from ..files import InputError, atomic_write, parse_input, read_bytes, write_output
from ..nodes import Diagnostic, Document
from ..serialize import to_json
from ..tabular import contribution_rows, write_csv, write_parquet

FORMATS = ("json", "jsonl", "parquet", "csv")
"""Output formats: the JSON export, or one row per contribution."""


@frozen(kw_only=True)
class Settings:
    """What an output depends on besides its input's bytes: the forced layout, House and
    site, and whether CSV cells stay raw. An earlier run's output is reused only when it was
    made with the same settings, so the manifest records them with each output."""

    layout: str | None = None
    house: str | None = None
    site: str | None = None
    csv_raw: bool = False
    """``csv``: write cells as they are, without neutralising formulas (``--csv-raw``)."""

    def entry(self) -> dict[str, Any]:
        """The manifest fields that record these settings."""
        return {
            "layout_option": self.layout,
            "house_option": self.house,
            "site_option": self.site,
            "csv_raw": self.csv_raw,
        }

    def made(self, entry: Mapping[str, Any]) -> bool:
        """Whether a manifest entry's output was made with these settings. A field missing
        from the entry was written before that setting existed, when it was always unset."""
        unset = _UNSET_ENTRY
        return all(entry.get(key, unset[key]) == value for key, value in self.entry().items())


DEFAULT_SETTINGS = Settings()
"""Nothing forced: each file's layout, House and site are detected; CSV cells that look like
formulas are neutralised."""
_UNSET_ENTRY = DEFAULT_SETTINGS.entry()


@frozen(kw_only=True)
class Task:
    """One file to parse: picklable, so any engine can ship it to a worker."""

    input: str
    """The path as found; also the ``source`` path of the export, as ``hansard-parse json``
    names it."""
    path: str
    """The absolute path to read, so a worker with another working folder finds it."""
    output: str
    """The absolute path of the output."""
    name: str
    """The output path relative to the output folder (the manifest's key)."""
    format: str
    settings: Settings = DEFAULT_SETTINGS
    size: int = 0
    done_sha256: str | None = None
    """The input's hash when an earlier run made this output with the same settings."""
    done_output_sha256: str | None = None
    """The hash of the output that run wrote: a changed or emptied output is made again."""
    done_output_size: int | None = None


@frozen(kw_only=True)
class FileResult:
    """What became of one file: ``parsed``, ``skipped`` (unchanged since the last run) or
    ``failed`` (with the reason in ``error``)."""

    input: str
    name: str
    status: str
    size: int = 0
    seconds: float = 0.0
    sha256: str | None = None
    layout: str | None = None
    error: str | None = None
    output_sha256: str | None = None
    output_size: int | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    """The document's diagnostics (bytes not UTF-8, unparsed lines), for ``_summary.json``."""


def run_file(task: Task) -> FileResult:
    """Parse one file and write its output; every failure becomes a ``failed`` result.

    The single code path of every engine. A file is skipped when its bytes hash to what the
    manifest recorded for this output and the output is still the one written then (same
    size and hash), so a deleted, emptied or damaged output is made again.
    """
    started = time.perf_counter()
    size = task.size

    def result(status: str, **details: Any) -> FileResult:
        seconds = time.perf_counter() - started
        return FileResult(
            input=task.input, name=task.name, status=status, size=size, seconds=seconds, **details
        )

    try:
        data, _ = read_bytes(task.path)
        size = len(data)
        digest = hashlib.sha256(data).hexdigest()
        if digest == task.done_sha256 and _unchanged(task):
            return result("skipped", sha256=digest)
        settings = task.settings
        document, source = parse_input(
            data, task.input, layout=settings.layout, house=settings.house, site=settings.site
        )
        target = Path(task.output)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_document(document, source, task.format, target, csv_raw=settings.csv_raw)
        written_size, written_sha256 = _file_digest(target)
    except InputError as exc:
        return result("failed", error=str(exc))
    except Exception as exc:  # a bug or a full disk must not stop a corpus run
        return result("failed", error=f"{type(exc).__name__}: {exc}")
    return result(
        "parsed", sha256=digest, layout=document.layout, output_sha256=written_sha256,
        output_size=written_size, diagnostics=document.diagnostics,
    )


def _file_digest(path: Path | str) -> tuple[int, str]:
    """The size and sha256 of a file, read in blocks."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def _unchanged(task: Task) -> bool:
    """Whether the output is still exactly what the manifest says was written."""
    if task.done_output_sha256 is None:
        return False
    try:
        if os.path.getsize(task.output) != task.done_output_size:
            return False
        return _file_digest(task.output)[1] == task.done_output_sha256
    except OSError:
        return False


def write_document(
    document: Document, source: dict[str, str], fmt: str, target: Path, *, csv_raw: bool = False
) -> None:
    """Write ``document`` to ``target`` in ``fmt``: ``json`` is the envelope exactly as
    ``hansard-parse json`` prints it; ``jsonl``, ``csv`` and ``parquet`` hold one row per
    contribution (see :mod:`hansard_parse.tabular`); ``csv_raw`` keeps CSV cells that look
    like formulas as they are."""
    if fmt == "json":
        write_output(to_json(document, source=source), str(target))
        return
    rows = contribution_rows(document, source=source["path"])
    if fmt == "jsonl":
        lines = b"".join(orjson.dumps(row) + b"\n" for row in rows)
        atomic_write(target, lambda temp: temp.write_bytes(lines))
    elif fmt == "csv":
        atomic_write(target, lambda temp: write_csv(rows, temp, escape_formulas=not csv_raw))
    elif fmt == "parquet":
        atomic_write(target, lambda temp: write_parquet(rows, temp))
    else:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
