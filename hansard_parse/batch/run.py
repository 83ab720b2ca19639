"""Running a batch end to end: plan, schedule, gather results, keep the manifest and summary.

The manifest is kept as results come in (see :mod:`.manifest`), and folded at the start and
the end, even when the run is stopped: Ctrl-C, SIGTERM and SIGHUP unwind through here. Temporary
files that an earlier, killed run left beside these outputs are removed before the work starts.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from attrs import asdict, define, field

from ..errors import BatchError
from ..files import remove_stale_temps, shown
from ..houses import get_house
from ..serialize import GENERATOR
from ..sites import get_site
from ..tabular import require
from .engines import ENGINES, schedule
from .manifest import BOOKKEEPING, SUMMARY, record, save_manifest, write_json
from .planning import DEFAULT_PATTERN, Plan, plan_batch
from .work import FileResult, Settings


@define
class BatchReport:
    """The results of a run, in input order, with its wall time."""

    results: list[FileResult]
    seconds: float
    warnings: list[str] = field(factory=list)

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
            "warnings": self.warnings,
            "results": [asdict(r) for r in self.results],
        }


def run_batch(
    inputs: Sequence[str],
    outdir: str | os.PathLike[str],
    *,
    fmt: str = "json",
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    layout: str | None = None,
    house: str | None = None,
    site: str | None = None,
    pattern: str = DEFAULT_PATTERN,
    connect_timeout: float = 10.0,
    csv_raw: bool = False,
    on_start: Callable[[Plan], None] | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> BatchReport:
    """Parse every input into ``outdir`` and write ``_manifest.json`` and ``_summary.json``.

    ``jobs`` worker processes (1: in this process; 0: one per CPU; None: 1 for the local
    engine, one per CPU for a new Dask cluster). ``engine="dask"`` runs on the Dask scheduler
    at ``scheduler`` (given up after ``connect_timeout`` seconds), or on a new local cluster of
    ``jobs`` workers; the workers must see the same files. Folders contribute the files whose
    names match ``pattern`` (any case). ``layout``, ``house`` and ``site`` force what
    is otherwise detected per file, as ``parse`` does. ``csv_raw`` writes CSV cells that look like formulas
    as they are (by default they get a ``'`` in front). ``on_start`` gets the plan and ``on_result`` each
    result as it comes (for progress display). Per-file errors are results, never exceptions;
    inputs that name no file, or outputs that would overwrite an input, raise
    :class:`BatchError` before any work.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise BatchError("a scheduler address needs the dask engine (--engine dask)")
    if jobs is not None and jobs < 0:
        raise ValueError("jobs must be 0 (one per CPU) or more")
    get_house(house), get_site(site)  # an unknown name fails here, not once per file
    if fmt == "parquet":
        require("pyarrow", "tabular")
    if jobs is None:
        jobs = 0 if engine == "dask" and scheduler is None else 1
    jobs = jobs or os.cpu_count() or 1
    started = time.perf_counter()
    out = Path(outdir)
    if out.exists() and not out.is_dir():
        raise BatchError(f"{shown(out)} is a file: the output must be a folder")
    settings = Settings(layout=layout, house=house, site=site, csv_raw=csv_raw)
    plan = plan_batch(inputs, out, fmt=fmt, settings=settings, pattern=pattern)
    if not plan.tasks and not plan.problems:
        raise BatchError("no input files found")
    out.mkdir(parents=True, exist_ok=True)
    targets = [Path(task.output) for task in plan.tasks] + [out / n for n in BOOKKEEPING]
    remove_stale_temps(targets)  # what writers of a killed run left
    save_manifest(out)  # fold what a killed run left in the journal
    if on_start is not None:
        on_start(plan)
    results: dict[str, FileResult] = {}
    for problem in plan.problems:
        results[problem.input] = problem
        if on_result is not None:
            on_result(problem)
    try:
        tasks = schedule(
            plan.tasks, engine=engine, jobs=jobs, scheduler=scheduler,
            connect_timeout=connect_timeout,
        )
        for result in tasks:
            results[result.input] = result
            record(out, [result], settings)
            if on_result is not None:
                on_result(result)
    finally:  # keep what was done, even when interrupted
        save_manifest(out)
        remove_stale_temps(targets)  # what stopped workers were writing
    order = {task.input: i for i, task in enumerate(plan.tasks)}
    report = BatchReport(
        results=sorted(results.values(), key=lambda r: order.get(r.input, -1)),
        seconds=time.perf_counter() - started,
        warnings=plan.warnings,
    )
    summary = report.summary(
        format=fmt, engine=engine, jobs=jobs, layout=layout, house=house, site=site,
        csv_raw=csv_raw,
    )
    write_json(out / SUMMARY, summary)
    return report
