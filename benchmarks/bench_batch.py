"""Batch throughput with 1 and 2 local processes, and the speed-up (a script, not a test).

Runs ``run_batch`` (what ``hansard-parse batch`` runs) over every ``*.txt`` of
``../shared/corpus`` beside the repository, into a fresh temporary folder each time, so no
file is skipped. Wall time includes starting the worker processes and writing the outputs:
it is what a user waits for. Best of ``--repeats`` runs per setting.

    python benchmarks/bench_batch.py                # the corpus as it is
    python benchmarks/bench_batch.py --copies 10    # ten copies of it: a steadier figure
    python benchmarks/bench_batch.py --dask         # also a 2-worker Dask local cluster

MB here is 10**6 bytes of input.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from hansard_parse.batch import run_batch

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def stage(corpus: Path, copies: int, into: Path) -> tuple[Path, int]:
    """The corpus's text files copied ``copies`` times under ``into``; returns folder, bytes."""
    folder = into / "inputs"
    total = 0
    for copy in range(copies):
        for path in sorted(corpus.rglob("*.txt")):
            target = folder / f"copy{copy}" / path.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            total += path.stat().st_size
    return folder, total


def timed_run(folder: Path, work: Path, *, fmt: str, jobs: int, engine: str) -> float:
    """Seconds for one batch into a fresh output folder (every file parsed)."""
    out = Path(tempfile.mkdtemp(dir=work))
    started = time.perf_counter()
    report = run_batch([str(folder)], out, fmt=fmt, jobs=jobs, engine=engine)
    seconds = time.perf_counter() - started
    if report.failures or report.count("skipped"):
        raise SystemExit(f"unexpected: {len(report.failures)} failed, some skipped")
    shutil.rmtree(out)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1, help="copies of the corpus to parse")
    parser.add_argument("--repeats", type=int, default=3, help="runs per setting (best kept)")
    parser.add_argument("--format", default="json", help="output format (default json)")
    parser.add_argument("--dask", action="store_true", help="also time a 2-worker Dask cluster")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: no corpus at {CORPUS}", file=sys.stderr)
        return 0
    settings = [("--jobs 1", 1, "local"), ("--jobs 2", 2, "local")]
    if args.dask:
        settings.append(("--engine dask --jobs 2", 2, "dask"))
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        folder, size = stage(CORPUS, args.copies, work)
        files = sum(1 for _ in folder.rglob("*.txt"))
        seconds = {
            label: min(
                timed_run(folder, work, fmt=args.format, jobs=jobs, engine=engine)
                for _ in range(args.repeats)
            )
            for label, jobs, engine in settings
        }
    table = Table(
        title=f"hansard-parse batch: {files} files, {size / 1e6:.2f} MB, {os.cpu_count()} CPUs"
    )
    for name in ("setting", "seconds", "MB/s", "speed-up"):
        table.add_column(name, justify="right")
    base = seconds["--jobs 1"]
    for label, value in seconds.items():
        table.add_row(label, f"{value:.2f}", f"{size / 1e6 / value:.2f}", f"{base / value:.2f}×")
    Console().print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
