"""Parse speed of this tree against another checkout of the project, in one run (a script, not a test).

On a shared, noisy machine two benchmark runs minutes apart do not compare; a ratio to a raw
reference measured in the same process (``bench_parse.py``'s parse ÷ reference) is steadier,
and interleaving the two trees file by file gives both the same weather. One child process
per tree (``PYTHONPATH`` set to that tree, so it imports that tree's ``hansard_parse``) times
``parse`` and the reference as ``bench_parse.py`` does, one file at a time as the parent
asks, the two trees in turn. The best time of all rounds is kept, per tree and file.

    git worktree add --detach /tmp/old ebd0b91
    python benchmarks/compare_speed.py /tmp/old                 # the Commons dev files
    python benchmarks/compare_speed.py /tmp/old FILE [FILE ...] --rounds 7 --cpu

The table gives, per file and per layout, reference ÷ parse for the old tree and this one
(higher is faster), and their quotient (above 1: this tree is faster than the old one). The
reference, the same code in both trees, is timed best of 25 and the faster of the two trees'
times is used for both.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ("print", "web", "plain", "prose")
REFERENCE_REPEATS = 25
"""The reference takes a millisecond: its best of many runs is steady where three are not."""

Timings = dict[str, dict[str, float | str]]
"""Per file path: ``parse`` and ``ref`` seconds, ``layout``."""


def default_files() -> list[Path]:
    """The Commons dev files of the shared corpus (print, web and speaker-less), found in
    ``shared/corpus/dev`` beside the repository or beside a folder above it (a worktree)."""
    for folder in ROOT.parents:
        dev = folder / "shared" / "corpus" / "dev"
        if dev.is_dir():
            return sorted(dev.glob("commons-*.txt"))
    return []


def child(repeats: int, cpu: bool) -> None:
    """Serve timings: read a file path a line from stdin, answer a JSON line with the best
    ``parse`` and reference times of that file in this process (whichever ``hansard_parse``
    it imports, from the ``PYTHONPATH`` the parent chose)."""
    # Imported here, not at the top: the parent process never imports hansard_parse.
    sys.path.insert(0, str(HERE))
    import bench_parse

    import hansard_parse

    # The process's CPU time leaves out what other processes on the machine take.
    clock = time.process_time if cpu else time.perf_counter

    def best_of(run: Callable[[], object], times_run: int = repeats) -> float:
        """``bench_parse.best_of`` on the chosen clock: cold caches, no collector."""
        return bench_parse.best_of(run, times_run, clock)

    texts: dict[str, str] = {}
    for request in sys.stdin:
        name = request.rstrip("\n")
        if name not in texts:
            texts[name] = Path(name).read_bytes().decode("utf-8")
            hansard_parse.parse(texts[name])  # warm: the grammar is built on the first parse
        text = texts[name]
        answer = {
            "layout": hansard_parse.parse(text).layout,
            "parse": best_of(functools.partial(hansard_parse.parse, text)),
            "ref": best_of(functools.partial(bench_parse.reference, text), REFERENCE_REPEATS),
        }
        print(json.dumps(answer), flush=True)


class Timer:
    """A child process serving timings with the ``hansard_parse`` of one tree."""

    def __init__(self, tree: Path, repeats: int, cpu: bool) -> None:
        env = {**os.environ, "PYTHONPATH": str(tree)}
        clock = ["--cpu"] if cpu else []
        command = [sys.executable, __file__, "--child", *clock, "--repeats", str(repeats)]
        self.tree = tree
        self.process = subprocess.Popen(
            command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def time(self, path: Path) -> dict[str, float | str]:
        """The child's timings of ``path`` (its best of ``repeats`` parses)."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"{path}\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        if not answer:
            raise SystemExit(f"timing {path} with {self.tree} failed (see the error above)")
        row: dict[str, float | str] = json.loads(answer)
        return row

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait()


def keep_best(best: Timings, name: str, row: dict[str, float | str]) -> None:
    """Fold one timing of file ``name`` into ``best``: the fastest parse and reference."""
    if name not in best:
        best[name] = dict(row)
        return
    for key in ("parse", "ref"):
        best[name][key] = min(float(best[name][key]), float(row[key]))


def ratio(rows: list[dict[str, float | str]]) -> float:
    """Reference ÷ parse over ``rows`` (summed, as ``bench_parse.py`` sums a layout)."""
    return sum(float(r["ref"]) for r in rows) / sum(float(r["parse"]) for r in rows)


def pool_reference(best: dict[str, Timings]) -> None:
    """Give both trees the faster of their two reference times for each file: the
    reference is the same code in both, so any difference between them is the machine's."""
    for name in best["new"]:
        fastest = min(float(best[label][name]["ref"]) for label in best)
        for label in best:
            best[label][name]["ref"] = fastest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path, nargs="?", help="the other checkout's root")
    parser.add_argument("files", nargs="*", type=Path, help="text files (default: Commons dev)")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    parser.add_argument("--repeats", type=int, default=3, help="timed parses per round")
    parser.add_argument(
        "--cpu", action="store_true",
        help="time with the process's CPU clock, not the wall clock (steadier on a busy machine)",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.repeats, args.cpu)
        return 0
    if args.old is None:
        parser.error("name the other checkout's root")
    files: list[Path] = args.files or default_files()
    if not files:
        parser.error("no shared corpus beside the repository: name the files")
    trees = {"old": args.old.resolve(), "new": ROOT}
    timers = {label: Timer(tree, args.repeats, args.cpu) for label, tree in trees.items()}
    best: dict[str, Timings] = {"old": {}, "new": {}}
    try:
        for round_number in range(args.rounds):
            for path in files:  # file by file, the trees in turn (first one, then the other)
                order = ["old", "new"] if (round_number + files.index(path)) % 2 else ["new", "old"]
                for label in order:
                    keep_best(best[label], str(path), timers[label].time(path))
    finally:
        for timer in timers.values():
            timer.close()

    pool_reference(best)
    console = Console(width=150)
    console.print(
        f"old = {trees['old']}, new = {trees['new']}: best of {args.rounds} rounds × "
        f"{args.repeats} parses, {'CPU' if args.cpu else 'wall'} clock; reference ÷ parse "
        "(higher is faster)"
    )
    table = Table()
    for column in ("file", "layout", "old ms", "new ms", "old ratio", "new ratio", "new ÷ old"):
        table.add_column(column, justify="left" if column in ("file", "layout") else "right")
    for path in files:
        old, new = best["old"][str(path)], best["new"][str(path)]
        table.add_row(
            path.name,
            str(new["layout"]),
            f"{float(old['parse']) * 1000:.1f}",
            f"{float(new['parse']) * 1000:.1f}",
            f"{ratio([old]):.4f}",
            f"{ratio([new]):.4f}",
            f"{ratio([new]) / ratio([old]):.2f}",
        )
    for layout in LAYOUTS:
        names = [str(p) for p in files if best["new"][str(p)]["layout"] == layout]
        if not names:
            continue
        old_ratio = ratio([best["old"][n] for n in names])
        new_ratio = ratio([best["new"][n] for n in names])
        table.add_row(
            f"[bold]all {layout}[/bold]", layout, "", "", f"{old_ratio:.4f}", f"{new_ratio:.4f}",
            f"{new_ratio / old_ratio:.2f}",
        )
    console.print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
