"""Planning a batch: which files to parse, where each output goes, and which are done.

Inputs are files, folders (every ``*.txt`` below) and globs; each becomes a :class:`Task`
that knows the hash its output was last made from, so a re-run can skip it.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from attrs import define, field

from ..serialize import GENERATOR
from .manifest import load_manifest
from .work import FORMATS, FileResult, Task


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
    csv_raw: bool = False,
) -> Plan:
    """The tasks for ``inputs``, each told the hash its output was made from (if any)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    out = Path(outdir).absolute()
    done = load_manifest(out).get("files", {})
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
        same_settings = (
            entry.get("generator") == GENERATOR
            and entry.get("layout_option") == layout
            and entry.get("csv_raw", False) == csv_raw
        )
        plan.tasks.append(
            Task(
                input=path,
                path=os.path.abspath(path),
                output=str(out / name),
                name=name,
                format=fmt,
                layout=layout,
                csv_raw=csv_raw,
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
