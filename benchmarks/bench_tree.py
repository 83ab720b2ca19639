"""How soon ``hansard-parse tree`` shows a large file (a script, not a test).

Builds a file of about 50 MB by repeating a sitting day, then runs the command on it as a
user would (a fresh process, output through a pipe) and prints the time from start to its
first line (the header), to its first section line, and for comparison the time a fresh
process takes to have ``iter_parse`` yield the file's first top-level section, and the time to
start Python and import the package. The goal: the first section's lines within a second of
the parse of that section.

    python benchmarks/bench_tree.py                  # repeats ../shared/corpus/dev print day
    python benchmarks/bench_tree.py --mb 50 FILE     # repeats FILE instead
    python benchmarks/bench_tree.py --full           # also wait for the whole tree

Without FILE it repeats ``../shared/corpus/dev/commons-2009-10-27.print.txt`` beside the
repository, or ``examples/oral_questions.print.txt`` where that is absent.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DAY = ROOT.parent / "shared" / "corpus" / "dev" / "commons-2009-10-27.print.txt"


def build(source: Path, megabytes: float, folder: Path) -> Path:
    """``source`` repeated (a blank line between copies) until the file holds ``megabytes``."""
    text = source.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    copies = max(1, int(megabytes * 1e6 / len(text.encode("utf-8"))) + 1)
    target = folder / f"repeated.{source.name}"
    target.write_text(text * copies, encoding="utf-8")
    return target


def time_command(path: Path, *, full: bool) -> dict[str, float]:
    """Seconds from start to the first line, to the first section line and (``full``) to the end."""
    command = [sys.executable, "-m", "hansard_parse.cli", "tree", "--no-color", str(path)]
    figures: dict[str, float] = {}
    start = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, env={**os.environ, "COLUMNS": "100"}
    ) as process:
        assert process.stdout is not None
        for count, _ in enumerate(process.stdout, 1):
            now = time.perf_counter() - start
            if count == 1:
                figures["first line (header)"] = now
            elif count == 2:
                figures["first section line"] = now
                if not full:
                    process.kill()
                    break
        else:
            figures["whole tree"] = time.perf_counter() - start
    return figures


def time_first_section(path: Path) -> float:
    """Seconds for a fresh process (the command's imports) to have ``iter_parse`` yield the
    first top-level node: what any streamed view must wait for, startup included."""
    script = (
        "import sys, hansard_parse.cli; from hansard_parse import iter_parse; "
        "next(iter(iter_parse(sys.argv[1])))"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    return time.perf_counter() - start


def time_startup() -> float:
    """Seconds to start Python and import the package (paid before any parsing)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import hansard_parse.cli"], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=None, help="the text to repeat")
    parser.add_argument("--mb", type=float, default=50.0, help="size of the built file (MB)")
    parser.add_argument("--full", action="store_true", help="also time the whole tree")
    args = parser.parse_args()
    source = args.file or (DAY if DAY.is_file() else ROOT / "examples" / "oral_questions.print.txt")
    with tempfile.TemporaryDirectory() as folder:
        path = build(source, args.mb, Path(folder))
        size = path.stat().st_size / 1e6
        print(f"input: {source.name} repeated to {size:.1f} MB")
        startup = time_startup()
        first_section = time_first_section(path)
        figures = time_command(path, full=args.full)
    print(f"{'python start + import':<34}{startup:8.2f} s")
    print(f"{'iter_parse: first section parsed':<34}{first_section:8.2f} s  (fresh process)")
    for name, seconds in figures.items():
        print(f"{'tree: ' + name:<34}{seconds:8.2f} s")
    lag = figures["first section line"] - first_section
    print(f"{'first section shown after its parse':<34}{lag:8.2f} s  (goal: under 1 s)")


if __name__ == "__main__":
    main()
