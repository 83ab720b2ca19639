"""Planning a batch: which files to parse, where each output goes, and which are done.

Inputs are files, folders (every file below whose name matches a pattern, ``*.txt`` by
default, in any case) and globs; each becomes a :class:`Task` that knows the hashes its
output was last made from, so a re-run can skip it. Mistakes in the command itself (an input
that does not exist, a glob that matches nothing, an output that would overwrite an input)
stop the run before any work, with every one named: a :class:`BatchError`.
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from attrs import define, field

from ..errors import BatchError
from ..files import shown
from ..serialize import GENERATOR
from .manifest import BOOKKEEPING, load_manifest
from .work import DEFAULT_SETTINGS, FORMATS, FileResult, Settings, Task

DEFAULT_PATTERN = "*.txt"
"""The files a folder input contributes (matched without regard to case)."""


@define
class Plan:
    """The tasks of a run, and inputs that failed before any work (no such file, a clash)."""

    tasks: list[Task] = field(factory=list)
    problems: list[FileResult] = field(factory=list)
    warnings: list[str] = field(factory=list)
    """Things the user should know that do not stop the run (an unusable manifest)."""


def find_inputs(
    inputs: Sequence[str], pattern: str = DEFAULT_PATTERN
) -> Iterator[tuple[str, str]]:
    """(path, name relative to its root) for each input: a file, every file under a folder
    (recursively) whose name matches ``pattern`` in any case, or what a glob matches (named
    from the glob's fixed leading part). An input that names nothing (no such file, a glob
    that matches nothing, ``-``) comes with an empty name."""
    for given in inputs:
        if _is_glob(given):
            root = _glob_root(given)
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield given, ""
            for match in matches:
                if os.path.isdir(match):
                    yield from _folder(match, root, pattern)
                else:
                    yield match, os.path.relpath(match, root)
        elif os.path.isdir(given):
            yield from _folder(given, given, pattern)
        elif given != "-" and os.path.lexists(given):
            yield given, os.path.basename(given)
        else:
            yield given, ""


def _folder(folder: str, root: str, pattern: str) -> Iterator[tuple[str, str]]:
    wanted = pattern.casefold()
    for path in sorted(Path(folder).rglob("*")):
        if fnmatch.fnmatchcase(path.name.casefold(), wanted) and path.is_file():
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
    settings: Settings = DEFAULT_SETTINGS,
    pattern: str = DEFAULT_PATTERN,
) -> Plan:
    """The tasks for ``inputs``, each told the hashes its output was made from (if any).

    Raises :class:`BatchError` naming every input that names no file and every output that
    would overwrite an input (or an input that is one of the batch's own files).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    out = Path(outdir).absolute()
    done, warnings = load_manifest(out)
    plan = Plan(warnings=warnings)
    missing: list[str] = []
    seen: set[str] = set()
    owners: dict[str, str] = {}
    for path, relative in find_inputs(inputs, pattern):
        if not relative:
            missing.append(_missing(path))
            continue
        key = os.path.realpath(path)
        if key in seen:
            continue
        seen.add(key)
        name = output_name(path, relative, fmt)
        if name in owners:
            problem = f"{shown(path)}: output {shown(name)} is taken by {shown(owners[name])}"
            plan.problems.append(FileResult(input=path, name=name, status="failed", error=problem))
            continue
        owners[name] = path
        entry = done.get(name, {})
        same_settings = entry.get("generator") == GENERATOR and settings.made(entry)
        plan.tasks.append(
            Task(
                input=path,
                path=os.path.abspath(path),
                output=str(out / name),
                name=name,
                format=fmt,
                settings=settings,
                size=_size(path),
                done_sha256=entry.get("sha256") if same_settings else None,
                done_output_sha256=entry.get("output_sha256") if same_settings else None,
                done_output_size=entry.get("output_size") if same_settings else None,
            )
        )
    problems = missing + _overwrites(plan.tasks, out)
    if problems:
        raise BatchError("\n".join(problems))
    return plan


def _missing(given: str) -> str:
    """Why an input names no file."""
    if given == "-":
        return "standard input cannot be batched: give files"
    if _is_glob(given):
        return f"{shown(given)}: no file matches"
    return f"{shown(given)}: no such file"


def _overwrites(tasks: Sequence[Task], out: Path) -> list[str]:
    """Every output (or bookkeeping file) that is one of the inputs: by device and inode, so
    a symlink or hard link to an input counts too."""
    inputs: dict[tuple[int, int], str] = {}
    for task in tasks:
        identity = _identity(task.path)
        if identity is not None:
            inputs.setdefault(identity, task.input)
    clashes = []
    targets = [task.output for task in tasks] + [str(out / name) for name in BOOKKEEPING]
    for target in targets:
        identity = _identity(target)
        if identity is not None and identity in inputs:
            clashes.append(
                f"{shown(target)} would overwrite the input {shown(inputs[identity])}: "
                "choose another output folder"
            )
    return clashes


def _identity(path: str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def output_name(path: str, relative: str, fmt: str) -> str:
    """The output's path under the output folder: the input's own relative path with the
    format's suffix, or its file name where that path would climb out (``../x.txt``).

    Names starting with ``_`` at the top of the output folder belong to the batch itself
    (``_manifest.json``, ``_summary.json``), so an output that would start with ``_`` there
    gets one more (``_notes.txt`` becomes ``__notes.json``): no input can take their place.
    """
    name = relative if not relative.startswith("..") else os.path.basename(path)
    result = Path(name).with_suffix("." + fmt).as_posix()
    return "_" + result if result.startswith("_") else result


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
