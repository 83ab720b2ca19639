"""Peak memory of ``hansard-parse json --lines`` on a 50 MB input (a script, not a test).

Builds the input by repeating the sitting in ``examples/official_report_2011.print.txt``
(and the other print examples) until it reaches ``--megabytes``, then runs the installed
command in a child process and reads the child's peak resident set size from
``getrusage(RUSAGE_CHILDREN)``. ``--whole`` also runs plain ``json`` (the whole tree in
memory) for comparison. MB here is 10**6 bytes of input, and 2**20 bytes of memory.

    python benchmarks/bench_stream.py                 # 50 MB, json --lines
    python benchmarks/bench_stream.py --whole         # and json without --lines
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SOURCES = ("official_report_2011.print.txt", "oral_questions.print.txt")


def build_input(target: Path, megabytes: float) -> int:
    """Write the examples over and over into ``target`` until it holds ``megabytes``."""
    pieces = [(EXAMPLES / name).read_bytes() for name in SOURCES]
    goal = int(megabytes * 1_000_000)
    written = 0
    with open(target, "wb") as handle:
        while written < goal:
            for piece in pieces:
                handle.write(piece)
                if not piece.endswith(b"\n"):
                    handle.write(b"\n")
                written += len(piece) + (not piece.endswith(b"\n"))
    return written


def command() -> list[str]:
    """The installed ``hansard-parse`` beside this interpreter, else ``python -m``."""
    installed = shutil.which("hansard-parse", path=str(Path(sys.executable).parent))
    return [installed] if installed else [sys.executable, "-m", "hansard_parse.cli"]


def peak_of(args: list[str]) -> tuple[float, float, int]:
    """Run ``args`` (output discarded, counted) in a fresh child; its peak RSS in MB, its
    wall time and the bytes it wrote. Each run is measured in its own helper process, since
    RUSAGE_CHILDREN keeps the largest child seen so far."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "p = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE)\n"
        "size = 0\n"
        "while chunk := p.stdout.read(1 << 20):\n"
        "    size += len(chunk)\n"
        "code = p.wait()\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "
        "time.perf_counter() - start, size, code)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True,
                          check=True)
    kilobytes, seconds, size, code = done.stdout.split()
    if code != "0":
        raise SystemExit(f"{' '.join(args)} exited with {code}")
    return int(kilobytes) / 1024, float(seconds), int(size)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=50.0, help="input size (default 50)")
    parser.add_argument("--whole", action="store_true", help="also run json without --lines")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "big.print.txt"
        size = build_input(source, options.megabytes)
        print(f"input: {size / 1e6:.1f} MB ({source.name})")
        runs = [("json --lines", ["json", "--lines"])]
        if options.whole:
            runs.append(("json", ["json"]))
        for name, args in runs:
            peak, seconds, written = peak_of([*command(), *args, os.fspath(source)])
            print(f"{name:13} peak RSS {peak:7.1f} MB  {seconds:6.1f} s  "
                  f"output {written / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
