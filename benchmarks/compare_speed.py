"""Parse speed of this tree against another checkout of the project, in one run (a script, not a test).

On a shared, noisy machine two benchmark runs minutes apart do not compare; a ratio to a raw
reference measured in the same process (``bench_parse.py``'s parse ÷ reference) is steadier,
and interleaving the two trees round by round gives both the same weather. Each round runs
one child process per tree (``PYTHONPATH`` set to that tree, so it imports that tree's
``hansard_parse``); every child times ``parse`` and the reference on each file exactly as
``bench_parse.py`` does. The best time of all rounds is kept, per tree and file.

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
import gc
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


def child(files: list[str], repeats: int, cpu: bool) -> None:
    """Time each file in this process (whichever ``hansard_parse`` it imports); print JSON."""
    # Imported here, not at the top: the parent process never imports hansard_parse, and the
    # child's comes from the PYTHONPATH its parent chose.
    sys.path.insert(0, str(HERE))
    import bench_parse

    import hansard_parse
    from hansard_parse.parser import clear_caches

    # The process's CPU time leaves out what other processes on the machine take.
    clock = time.process_time if cpu else time.perf_counter

    def best_of(run: Callable[[], object], times_run: int = repeats) -> float:
        """``bench_parse.best_of`` on the chosen clock: cold caches, no collector."""
        times = []
        for _ in range(times_run):
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

    timings: Timings = {}
    for name in files:
        text = Path(name).read_bytes().decode("utf-8")
        layout = hansard_parse.parse(text).layout
        timings[name] = {
            "layout": layout,
            "parse": best_of(functools.partial(hansard_parse.parse, text)),
            "ref": best_of(functools.partial(bench_parse.reference, text), REFERENCE_REPEATS),
        }
    print(json.dumps(timings))


def run_tree(tree: Path, files: list[Path], repeats: int, cpu: bool) -> Timings:
    """One child process timing ``files`` with the ``hansard_parse`` of ``tree``."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    clock = ["--cpu"] if cpu else []
    command = [sys.executable, __file__, "--child", *clock, "--repeats", str(repeats), *map(str, files)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"timing {tree} failed:\n{done.stderr}")
    timings: Timings = json.loads(done.stdout)
    return timings


def keep_best(best: Timings, new: Timings) -> None:
    """Fold one round into ``best``: the fastest parse and reference seen per file."""
    for name, row in new.items():
        if name not in best:
            best[name] = dict(row)
            continue
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
        child([str(args.old), *map(str, args.files)], args.repeats, args.cpu)
        return 0
    if args.old is None:
        parser.error("name the other checkout's root")
    files: list[Path] = args.files or default_files()
    if not files:
        parser.error("no shared corpus beside the repository: name the files")
    trees = {"old": args.old.resolve(), "new": ROOT}
    best: dict[str, Timings] = {"old": {}, "new": {}}
    for _ in range(args.rounds):
        for label, tree in trees.items():
            keep_best(best[label], run_tree(tree, files, args.repeats, args.cpu))

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
