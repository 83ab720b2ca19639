"""Parse many files into an output folder: one output per input, re-runs skip what is done.

The work is one top-level function, :func:`run_file`, that reads, hashes, parses and writes a
single file and reports what happened as a :class:`FileResult` (it never raises for a bad
file). Engines only decide where it runs: in this process, in local worker processes, or on
a Dask cluster; so every engine writes the same bytes. The main process plans the tasks,
gathers results and keeps two files in the output folder: ``_manifest.json`` (the content
hash each output was made from, so a re-run skips unchanged inputs) and ``_summary.json``
(counts, timings and every per-file error).
"""

from __future__ import annotations

import glob
import hashlib
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

import orjson
from attrs import asdict, define, field, frozen

from .cli import (
    ENGINES,
    FORMATS,
    InputError,
    atomic_write,
    decode_input,
    read_bytes,
    write_output,
)
from .nodes import Document
from .parser import parse
from .serialize import GENERATOR, to_json
from .tabular import contribution_rows, require, write_csv, write_parquet

MANIFEST = "_manifest.json"
SUMMARY = "_summary.json"
MANIFEST_SCHEMA = "hansard_parse/batch-manifest/1"


class BatchError(Exception):
    """The batch cannot run at all (no inputs, no scheduler); one sentence for the user."""


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


def run_file(task: Task) -> FileResult:
    """Parse one file and write its output; every failure becomes a ``failed`` result.

    The single code path of every engine. A file is skipped when its bytes hash to what the
    manifest recorded for this output and the output is still there.
    """
    started = time.perf_counter()
    size = task.size

    def result(status: str, **details: str | None) -> FileResult:
        seconds = time.perf_counter() - started
        return FileResult(
            input=task.input, name=task.name, status=status, size=size, seconds=seconds, **details
        )

    try:
        data, _ = read_bytes(task.path)
        size = len(data)
        digest = hashlib.sha256(data).hexdigest()
        if digest == task.done_sha256 and os.path.exists(task.output):
            return result("skipped", sha256=digest)
        text, source = decode_input(data, task.input)
        document = parse(text, layout=task.layout)
        source["layout"] = document.layout
        target = Path(task.output)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_document(document, source, task.format, target)
    except InputError as exc:
        return result("failed", error=str(exc))
    except Exception as exc:  # a bug or a full disk must not stop a corpus run
        return result("failed", error=f"{type(exc).__name__}: {exc}")
    return result("parsed", sha256=digest, layout=document.layout)


def write_document(document: Document, source: dict[str, str], fmt: str, target: Path) -> None:
    """Write ``document`` to ``target`` in ``fmt``: ``json`` is the envelope exactly as
    ``hansard-parse json`` prints it; ``jsonl``, ``csv`` and ``parquet`` hold one row per
    contribution (see :mod:`hansard_parse.tabular`)."""
    if fmt == "json":
        write_output(to_json(document, source=source), str(target))
        return
    rows = contribution_rows(document, source=source["path"])
    if fmt == "jsonl":
        lines = b"".join(orjson.dumps(row) + b"\n" for row in rows)
        atomic_write(target, lambda temp: temp.write_bytes(lines))
    elif fmt == "csv":
        atomic_write(target, lambda temp: write_csv(rows, temp))
    elif fmt == "parquet":
        atomic_write(target, lambda temp: write_parquet(rows, temp))
    else:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


# --- planning -----------------------------------------------------------------------------------


@define
class Plan:
    """The tasks of a run, and inputs that failed before any work (no such file, a clash)."""

    tasks: list[Task] = field(factory=list)
    problems: list[FileResult] = field(factory=list)


def find_inputs(inputs: Sequence[str]) -> Iterator[tuple[str, str]]:
    """(path, name relative to its root) for each input: a file, every ``*.txt`` under a
    folder (recursively), or what a glob matches (named from the glob's fixed leading part)."""
    for given in inputs:
        if _is_glob(given):
            root = _glob_root(given)
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield given, ""  # an empty name: nothing matched
            for match in matches:
                if os.path.isdir(match):
                    yield from _folder(match, root)
                else:
                    yield match, os.path.relpath(match, root)
        elif os.path.isdir(given):
            yield from _folder(given, given)
        else:
            yield given, os.path.basename(given)


def _folder(folder: str, root: str) -> Iterator[tuple[str, str]]:
    for path in sorted(Path(folder).rglob("*.txt")):
        if path.is_file():
            yield str(path), os.path.relpath(path, root)


def _is_glob(text: str) -> bool:
    return any(char in text for char in "*?[")


def _glob_root(pattern: str) -> str:
    """The folder a glob starts from: its parts before the first one with a wildcard."""
    parts: list[str] = []
    for part in Path(pattern).parts:
        if _is_glob(part):
            break
        parts.append(part)
    return str(Path(*parts)) if parts else "."


def plan_batch(
    inputs: Sequence[str],
    outdir: str | os.PathLike[str],
    *,
    fmt: str = "json",
    layout: str | None = None,
) -> Plan:
    """The tasks for ``inputs``, each told the hash its output was made from (if any)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    out = Path(outdir).absolute()
    done = _load_manifest(out).get("files", {})
    plan = Plan()
    seen: set[str] = set()
    owners: dict[str, str] = {}
    for path, relative in find_inputs(inputs):
        key = os.path.realpath(path)
        if key in seen:
            continue
        seen.add(key)
        problem = _unusable(path, relative)
        name = _output_name(path, relative, fmt)
        if problem is None and name in owners:
            problem = f"{path}: output {name} is taken by {owners[name]}"
        if problem is not None:
            plan.problems.append(FileResult(input=path, name=name, status="failed", error=problem))
            continue
        owners[name] = path
        entry = done.get(name, {})
        same_settings = entry.get("generator") == GENERATOR and entry.get("layout_option") == layout
        plan.tasks.append(
            Task(
                input=path,
                path=os.path.abspath(path),
                output=str(out / name),
                name=name,
                format=fmt,
                layout=layout,
                size=_size(path),
                done_sha256=entry.get("sha256") if same_settings else None,
            )
        )
    return plan


def _unusable(path: str, relative: str) -> str | None:
    """Why an input cannot be planned at all, or None."""
    if path == "-":
        return "standard input cannot be batched: give files"
    if not relative:
        return f"{path}: no file matches"
    return None


def _output_name(path: str, relative: str, fmt: str) -> str:
    """The output's path under the output folder: the input's own relative path with the
    format's suffix, or its file name where that path would climb out (``../x.txt``)."""
    name = relative if relative and not relative.startswith("..") else os.path.basename(path)
    return Path(name or "input").with_suffix("." + fmt).as_posix()


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


# --- running ------------------------------------------------------------------------------------


@define
class BatchReport:
    """The results of a run, in input order, with its wall time."""

    results: list[FileResult]
    seconds: float

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def parsed_bytes(self) -> int:
        return sum(r.size for r in self.results if r.status == "parsed")

    @property
    def failures(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    def summary(self, **settings: Any) -> dict[str, Any]:
        """The content of ``_summary.json``."""
        return {
            "generator": GENERATOR,
            "settings": settings,
            "files": len(self.results),
            "parsed": self.count("parsed"),
            "skipped": self.count("skipped"),
            "failed": self.count("failed"),
            "parsed_bytes": self.parsed_bytes,
            "seconds": round(self.seconds, 3),
            "mb_per_s": round(self.parsed_bytes / 1e6 / self.seconds, 3) if self.seconds else None,
            "failures": [{"input": r.input, "error": r.error} for r in self.failures],
            "results": [asdict(r) for r in self.results],
        }


def run_batch(
    inputs: Sequence[str],
    outdir: str | os.PathLike[str],
    *,
    fmt: str = "json",
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    layout: str | None = None,
    on_start: Callable[[Plan], None] | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> BatchReport:
    """Parse every input into ``outdir`` and write ``_manifest.json`` and ``_summary.json``.

    ``jobs`` worker processes (1: in this process; 0: one per CPU). ``engine="dask"`` runs on
    the Dask scheduler at ``scheduler``, or on a new local cluster of ``jobs`` workers; the
    workers must see the same files. ``on_start`` gets the plan and ``on_result`` each result
    as it comes (for progress display). Per-file errors are results, never exceptions.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise BatchError("a scheduler address needs the dask engine (--engine dask)")
    if jobs < 0:
        raise ValueError("jobs must be 0 (one per CPU) or more")
    if fmt == "parquet":
        require("pyarrow", "tabular")
    jobs = jobs or os.cpu_count() or 1
    started = time.perf_counter()
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    plan = plan_batch(inputs, out, fmt=fmt, layout=layout)
    if not plan.tasks and not plan.problems:
        raise BatchError("no input files found")
    if on_start is not None:
        on_start(plan)
    results: dict[str, FileResult] = {}
    for problem in plan.problems:
        results[problem.input] = problem
        if on_result is not None:
            on_result(problem)
    try:
        for result in _schedule(plan.tasks, engine=engine, jobs=jobs, scheduler=scheduler):
            results[result.input] = result
            if on_result is not None:
                on_result(result)
    finally:  # keep what was done, even when interrupted
        _save_manifest(out, list(results.values()), layout)
    order = {task.input: i for i, task in enumerate(plan.tasks)}
    report = BatchReport(
        results=sorted(results.values(), key=lambda r: order.get(r.input, -1)),
        seconds=time.perf_counter() - started,
    )
    summary = report.summary(format=fmt, engine=engine, jobs=jobs, layout=layout)
    _write_json(out / SUMMARY, summary)
    return report


def _schedule(
    tasks: Sequence[Task], *, engine: str, jobs: int, scheduler: str | None
) -> Iterator[FileResult]:
    """Run :func:`run_file` over ``tasks`` on an engine; results in completion order.

    Largest files go first, so workers finish together rather than one of them last.
    """
    ordered = sorted(tasks, key=lambda t: -t.size)
    if engine == "dask":
        yield from _on_dask(ordered, jobs, scheduler)
    elif jobs == 1 or len(ordered) <= 1:
        yield from map(run_file, ordered)
    else:
        yield from _on_processes(ordered, jobs)


def _on_processes(tasks: Sequence[Task], jobs: int) -> Iterator[FileResult]:
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(tasks)))
    try:
        futures = {pool.submit(run_file, task): task for task in tasks}
        for future in as_completed(futures):
            yield _result_of(future.result, futures[future])
        pool.shutdown(wait=True)
    except BaseException:  # Ctrl-C, or the caller stopped early
        _stop_now(pool)
        raise


def _stop_now(pool: ProcessPoolExecutor) -> None:
    """Cancel the files not started and end the workers at once.

    A Ctrl-C that lands inside the executor's own bookkeeping can leave idle workers that
    Python then waits for at exit, for ever; ending them makes an interrupt always stop the
    run. (Python 3.14 has ``terminate_workers()``; before it the processes are only reachable
    through a private attribute.) A file cut off mid-write leaves only a hidden ``.tmp`` file,
    and is parsed again by the next run, since the manifest records finished files only.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()


def _on_dask(tasks: Sequence[Task], jobs: int, scheduler: str | None) -> Iterator[FileResult]:
    """Run on Dask's distributed scheduler: the one at ``scheduler``, or a local cluster."""
    distributed = require("distributed", "dask")
    cluster: Any = None
    try:
        if scheduler is None:
            cluster = distributed.LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0"
            )
        client = distributed.Client(scheduler if cluster is None else cluster, timeout="30s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise BatchError(f"cannot connect to the Dask scheduler at {scheduler}: {exc}") from exc
    try:
        futures = client.map(run_file, list(tasks), pure=False)
        by_key = dict(zip((f.key for f in futures), tasks, strict=True))
        for future in distributed.as_completed(futures):
            yield _result_of(future.result, by_key[future.key])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _result_of(get: Callable[[], FileResult], task: Task) -> FileResult:
    """A finished task's result; a lost worker (killed, out of memory) fails only its file."""
    try:
        return get()
    except Exception as exc:
        return FileResult(
            input=task.input,
            name=task.name,
            status="failed",
            size=task.size,
            error=f"worker failed: {type(exc).__name__}: {exc}",
        )


# --- the manifest and the summary ---------------------------------------------------------------


def _load_manifest(out: Path) -> dict[str, Any]:
    """The manifest of earlier runs; a missing or unreadable one means nothing is done."""
    try:
        data = orjson.loads((out / MANIFEST).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    if not isinstance(data, dict) or data.get("schema") != MANIFEST_SCHEMA:
        return {}
    return data


def _save_manifest(out: Path, done: Sequence[FileResult], layout: str | None) -> None:
    files: dict[str, Any] = _load_manifest(out).get("files", {})
    for result in done:
        if result.status == "failed":
            files.pop(result.name, None)  # its old output may be stale: try again next time
        elif result.status == "parsed":
            files[result.name] = {
                "input": result.input,
                "sha256": result.sha256,
                "generator": GENERATOR,
                "layout_option": layout,
            }
    _write_json(out / MANIFEST, {"schema": MANIFEST_SCHEMA, "files": dict(sorted(files.items()))})


def _write_json(target: Path, data: Any) -> None:
    text = orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"
    atomic_write(target, lambda temp: temp.write_bytes(text))


__all__ = [
    "ENGINES",
    "FORMATS",
    "BatchError",
    "BatchReport",
    "FileResult",
    "Plan",
    "Task",
    "find_inputs",
    "plan_batch",
    "run_batch",
    "run_file",
    "write_document",
]
