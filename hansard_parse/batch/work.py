"""One file's work in a batch: read, hash, parse and write it, and say what happened.

:func:`run_file` is the single code path of every engine (this process, local worker
processes, a Dask cluster), so every engine writes the same bytes. It never raises for a bad
file: a failure is a :class:`FileResult` with the reason.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import orjson
from attrs import frozen

from ..files import InputError, atomic_write, parse_input, read_bytes, write_output
from ..nodes import Diagnostic, Document
from ..serialize import to_json
from ..tabular import contribution_rows, write_csv, write_parquet

FORMATS = ("json", "jsonl", "parquet", "csv")
"""Output formats: the JSON export, or one row per contribution."""


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
    layout: str | None = None
    csv_raw: bool = False
    """``csv``: write cells as they are, without neutralising formulas (``--csv-raw``)."""
    size: int = 0
    done_sha256: str | None = None
    """The input's hash when an earlier run made this output with the same settings."""


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
    diagnostics: tuple[Diagnostic, ...] = ()
    """The document's diagnostics (bytes not UTF-8, unparsed lines), for ``_summary.json``."""


def run_file(task: Task) -> FileResult:
    """Parse one file and write its output; every failure becomes a ``failed`` result.

    The single code path of every engine. A file is skipped when its bytes hash to what the
    manifest recorded for this output and the output is still there.
    """
    started = time.perf_counter()
    size = task.size

    def result(
        status: str, diagnostics: tuple[Diagnostic, ...] = (), **details: str | None
    ) -> FileResult:
        seconds = time.perf_counter() - started
        return FileResult(
            input=task.input, name=task.name, status=status, size=size, seconds=seconds,
            diagnostics=diagnostics, **details,
        )

    try:
        data, _ = read_bytes(task.path)
        size = len(data)
        digest = hashlib.sha256(data).hexdigest()
        if digest == task.done_sha256 and os.path.exists(task.output):
            return result("skipped", sha256=digest)
        document, source = parse_input(data, task.input, layout=task.layout)
        target = Path(task.output)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_document(document, source, task.format, target, csv_raw=task.csv_raw)
    except InputError as exc:
        return result("failed", error=str(exc))
    except Exception as exc:  # a bug or a full disk must not stop a corpus run
        return result("failed", error=f"{type(exc).__name__}: {exc}")
    return result("parsed", document.diagnostics, sha256=digest, layout=document.layout)


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
