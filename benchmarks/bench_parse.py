"""Parse and JSON-export throughput, peak memory and scaling on real sittings (a script, not a test).

For each input file: parse throughput in MB/s (best of 3), ``to_json`` throughput in MB/s of
input, the peak memory of one parse (tracemalloc, in MB and as a multiple of the input size),
and a raw reference: Python reading the lines and matching one compiled regex per line, the
floor any line-based parser pays. A second table sums the figures per layout, and a last check
parses the print file repeated ten times: linear time means a time ratio near 10.

    python benchmarks/bench_parse.py                 # every *.txt under ../shared/corpus/dev
    python benchmarks/bench_parse.py FILE [FILE ...]

Without arguments it reads ``../shared/corpus/dev`` beside the repository; where that is
absent it falls back to ``examples/``. MB here is 10**6 bytes of UTF-8 input.
"""

from __future__ import annotations

import argparse
import gc
import re
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

import hansard_parse
from hansard_parse.parser import clear_caches

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
REFERENCE_RE = re.compile(r"^([^:]{1,80}):")
REPEATS = 3
LAYOUTS = ("print", "web", "plain", "prose")


@dataclass
class Row:
    """The figures for one file."""

    name: str
    layout: str
    lines: int
    mb: float
    parse_s: float
    json_s: float
    ref_s: float
    peak_mb: float


def default_files() -> list[Path]:
    """Every ``*.txt`` of the shared dev corpus, or the examples where the corpus is absent."""
    found = sorted(CORPUS.rglob("*.txt")) if CORPUS.is_dir() else []
    return found or sorted((ROOT / "examples").glob("*.txt"))


def best_of(
    run: Callable[[], object], repeats: int = REPEATS, clock: Callable[[], float] = time.perf_counter
) -> float:
    """The fastest of ``repeats`` runs, in seconds of ``clock`` (the collector is paused while
    timing; ``compare_speed.py --cpu`` passes the process's CPU clock).

    Every run starts cold: the parser's caches of speaker labels and names are emptied first, so a
    repeated parse of one file is not flattered by labels the previous run already read.
    """
    times = []
    for _ in range(repeats):
        clear_caches()
        gc.collect()
        gc.disable()
        try:
            start = clock()
            run()
            times.append(clock() - start)
        finally:
            gc.enable()
    return min(times)


def reference(text: str) -> int:
    """Read the lines and match one compiled regex on each: the floor of a line parser."""
    hits = 0
    for line in text.splitlines():
        if REFERENCE_RE.match(line):
            hits += 1
    return hits


def peak_parse_memory(text: str) -> float:
    """Peak bytes allocated while parsing ``text`` (tracemalloc), in MB."""
    clear_caches()
    gc.collect()
    tracemalloc.start()
    try:
        hansard_parse.parse(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1e6


def measure(path: Path) -> Row:
    text = path.read_bytes().decode("utf-8")
    document = hansard_parse.parse(text)
    return Row(
        name=path.name,
        layout=document.layout,
        lines=len(text.splitlines()),
        mb=len(text.encode("utf-8")) / 1e6,
        parse_s=best_of(lambda: hansard_parse.parse(text)),
        json_s=best_of(lambda: hansard_parse.to_json(document)),
        ref_s=best_of(lambda: reference(text)),
        peak_mb=peak_parse_memory(text),
    )


def scaling(path: Path) -> tuple[float, float]:
    """Seconds to parse ``path`` once and repeated ten times (best of 3 each)."""
    text = path.read_bytes().decode("utf-8")
    if not text.endswith("\n"):
        text += "\n"
    one = best_of(lambda: hansard_parse.parse(text))
    ten = best_of(lambda: hansard_parse.parse(text * 10))
    return one, ten


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="text files (default: the dev corpus)")
    args = parser.parse_args()
    files: list[Path] = args.files or default_files()
    console = Console(width=150)
    console.print(
        f"hansard_parse {hansard_parse.__version__}: {len(files)} files, best of {REPEATS}"
    )

    rows = [measure(path) for path in files]
    table = Table(title="Per file")
    for column in (
        "file",
        "layout",
        "lines",
        "MB",
        "parse MB/s",
        "to_json MB/s",
        "peak MB",
        "peak ×input",
        "reference MB/s",
        "parse/reference",
    ):
        table.add_column(column, justify="left" if column in ("file", "layout") else "right")
    for r in rows:
        table.add_row(
            r.name,
            r.layout,
            str(r.lines),
            f"{r.mb:.3f}",
            f"{r.mb / r.parse_s:.2f}",
            f"{r.mb / r.json_s:.1f}",
            f"{r.peak_mb:.1f}",
            f"{r.peak_mb / r.mb:.0f}×",
            f"{r.mb / r.ref_s:.0f}",
            f"{r.ref_s / r.parse_s:.3f}",
        )
    console.print(table)

    per_layout = Table(title="Per layout (totals)")
    for column in (
        "layout",
        "files",
        "MB",
        "parse MB/s",
        "to_json MB/s",
        "max peak ×input",
        "parse/reference",
    ):
        per_layout.add_column(column, justify="left" if column == "layout" else "right")
    for layout in LAYOUTS:
        group = [r for r in rows if r.layout == layout]
        if not group:
            continue
        mb = sum(r.mb for r in group)
        parse_s = sum(r.parse_s for r in group)
        per_layout.add_row(
            layout,
            str(len(group)),
            f"{mb:.3f}",
            f"{mb / parse_s:.2f}",
            f"{mb / sum(r.json_s for r in group):.1f}",
            f"{max(r.peak_mb / r.mb for r in group):.0f}×",
            f"{sum(r.ref_s for r in group) / parse_s:.3f}",
        )
    console.print(per_layout)

    print_files = [p for p, r in zip(files, rows, strict=True) if r.layout == "print"]
    if print_files:
        biggest = max(print_files, key=lambda p: p.stat().st_size)
        one, ten = scaling(biggest)
        verdict = "linear" if ten / one < 12 else "SUPERLINEAR"
        console.print(
            f"Scaling on {biggest.name}: 1× {one * 1000:.1f} ms, 10× {ten * 1000:.1f} ms, "
            f"ratio {ten / one:.1f} ({verdict})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
