"""Hostile inputs: time and peak memory of ``parse`` at 1x and 10x size (a script, not a test).

Each input is built at a base size and at ten times that size; linear time means the 10x run
costs about ten times the 1x run. The table shows seconds, peak MB (tracemalloc) and the ratio,
and flags any ratio above 12.

    python benchmarks/bench_adversarial.py            # full sizes (a 20 MB single line …)
    python benchmarks/bench_adversarial.py --scale 0.1
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from collections.abc import Callable

from rich.console import Console
from rich.table import Table

from hansard_parse import parse
from hansard_parse.plain.cues import read_cues
from hansard_parse.plain.repair import should_join

Maker = Callable[[int], str]

INPUTS: dict[str, tuple[Maker, int]] = {
    "one long line": (lambda n: "word " * (n // 5), 2_000_000),
    "only [": (lambda n: "[" * n, 100_000),
    "lines of 'Mr X:'": (lambda n: "Mr X:\n" * n, 10_000),
    "nested ( in a label": (lambda n: "(" * n + "Jane Smith (" * 3 + ": text.\n", 100_000),
    "only blank lines": (lambda n: "\n" * n, 100_000),
    "labels and headings": (
        lambda n: "Legal Aid\n1. [904342] Jane Smith (Anytown) (Lab): What steps?\n" * n,
        2_000,
    ),
    "broken sentences": (lambda n: "My hon.\nFriend is right.\n" * n, 5_000),
    "brackets and hon.": (lambda n: "[Hon. Members: my hon. Friend the Member for " * n, 20_000),
}


CUE_LINES: dict[str, tuple[str, str, str]] = {
    "hon. …": ("", "hon. ", "Friend"),
    "right hon. and learned …": ("My ", "right hon. and learned ", "?"),
    "What steps steps …": ("What ", "steps ", ""),
    "[[[ … Interruption.": ("", "[", "Interruption."),
    "dashes": ("", "\u2014", ""),
    "open quotes": ("", "\u201c", ""),
    "( … Member for": ("", "(", "Member for "),
    "Member for Anytown … (": ("Member for ", "Anytown ", "("),
    "Will the … —": ("", "Will the ", "\u2014"),
    "I am happy to …": ("", "I am happy to ", ""),
    "My hon. Friend makes …": ("", "My hon. Friend makes ", ""),
}
"""Lines on which a careless cue pattern of the speaker-less reader would backtrack without
end: a prefix, a unit repeated, a suffix (the tests pin what is read from them, not the time)."""


def time_cues(line: str) -> float:
    """Seconds to read the cues of ``line`` and ask whether it joins itself."""
    start = time.perf_counter()
    read_cues(line)
    should_join(line, line)
    return time.perf_counter() - start


def cue_table(scale: float) -> Table:
    table = Table(title="cues of pathological lines (1x and 10x repeats)")
    for column in ("line", "repeats 1x", "s 1x", "s 10x", "ratio"):
        table.add_column(column, justify="right" if column != "line" else "left")
    repeats = max(1, int(500 * scale))
    for name, (prefix, unit, suffix) in CUE_LINES.items():
        one = min(time_cues(prefix + unit * repeats + suffix) for _ in range(3))
        ten = min(time_cues(prefix + unit * repeats * 10 + suffix) for _ in range(3))
        ratio = ten / one if one else float("inf")
        flag = "" if ratio <= 12 else " (!)"
        table.add_row(name, str(repeats), f"{one:.4f}", f"{ten:.4f}", f"{ratio:.1f}{flag}")
    return table


def measure(text: str) -> tuple[float, float]:
    """Seconds and peak MB of one parse."""
    gc.collect()
    tracemalloc.start()
    start = time.perf_counter()
    parse(text)
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / 1e6


def time_only(text: str) -> float:
    gc.collect()
    start = time.perf_counter()
    parse(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the base sizes")
    args = parser.parse_args()
    table = Table(title="parse on hostile input (1x and 10x)")
    for column in ("input", "size 1x", "s 1x", "s 10x", "ratio", "peak MB 10x", "peak/input"):
        table.add_column(column, justify="right" if column != "input" else "left")
    for name, (make, base) in INPUTS.items():
        size = max(1, int(base * args.scale))
        small, large = make(size), make(size * 10)
        one = min(time_only(small) for _ in range(3))
        ten = min(time_only(large) for _ in range(3))
        _, peak = measure(large)
        ratio = ten / one if one else float("inf")
        flag = "" if ratio <= 12 else " (!)"
        table.add_row(
            name,
            f"{len(small.encode()) / 1e6:.2f} MB",
            f"{one:.3f}",
            f"{ten:.3f}",
            f"{ratio:.1f}{flag}",
            f"{peak:.0f}",
            f"{peak / (len(large.encode()) / 1e6):.0f}x",
        )
    Console().print(table)
    Console().print(cue_table(args.scale))


if __name__ == "__main__":
    main()
