"""Peak memory and throughput of ``parse_file``, each file in a fresh process (a script, not a test).

Peak memory is the process's maximum resident set (``ru_maxrss``), measured in a child
process per file so one file's garbage never counts against the next; the interpreter and
the built grammar alone are shown first, and ``+ parse`` (with ``× input`` and ``B/line``)
is what parsing added to that. Inputs:

- a file of many one-letter lines (two million by default: the shape that once cost 950 times
  its size), written to a temporary folder;
- every ``*.txt`` file under ``CORPUS/dev`` when a corpus folder is given and exists (skipped
  with a note otherwise), one row each, then their total.

    python benchmarks/bench_memory.py                          # the line file only
    python benchmarks/bench_memory.py /work/shared/corpus      # and the dev corpus
    python benchmarks/bench_memory.py --lines 200000           # a smaller line file
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = """
import json, resource, sys, time
import hansard_parse
hansard_parse.parse("Mr Speaker: Order.\\n")  # build the grammar before measuring
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
path = sys.argv[1]
if path == "-":
    print(json.dumps({"base_kb": base}))
    raise SystemExit
started = time.perf_counter()
document = hansard_parse.parse_file(path)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
nodes = sum(1 for _ in document.walk())
print(json.dumps({"base_kb": base, "peak_kb": peak, "seconds": seconds, "nodes": nodes,
                  "layout": document.layout}))
"""
"""What each child runs: ``ru_maxrss`` is in kilobytes on Linux."""


def measure(path: str) -> dict[str, object]:
    """Parse ``path`` in a fresh interpreter and return its figures."""
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, path], check=True, capture_output=True, text=True
    ).stdout
    figures: dict[str, object] = json.loads(out)
    return figures


def row(name: str, path: Path) -> tuple[float, float, float]:
    """Print one file's line of figures; return (MB of input, seconds, peak MB)."""
    size_mb = path.stat().st_size / 1e6
    lines = path.read_bytes().count(b"\n")
    got = measure(str(path))
    peak_mb = float(got["peak_kb"]) / 1024  # type: ignore[arg-type]
    above = peak_mb - float(got["base_kb"]) / 1024  # type: ignore[arg-type]
    seconds = float(got["seconds"])  # type: ignore[arg-type]
    print(
        f"{name:52.52s} {got['layout']:>6} {size_mb:8.2f} {lines:9d} {seconds:8.2f}"
        f" {size_mb / seconds:7.2f} {peak_mb:9.1f} {above:9.1f}"
        f" {above / max(size_mb, 1e-9):8.0f} {above * 1024 * 1024 / max(lines, 1):8.0f}"
    )
    return size_mb, seconds, peak_mb


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", help="a corpus folder holding dev/ (optional)")
    ap.add_argument("--lines", type=int, default=2_000_000, help="lines of the line file")
    args = ap.parse_args()

    base_mb = float(measure("-")["base_kb"]) / 1024  # type: ignore[arg-type]
    print(f"interpreter with hansard_parse and its grammar: {base_mb:.1f} MB resident\n")
    print(
        f"{'input':52} {'layout':>6} {'MB':>8} {'lines':>9} {'seconds':>8} {'MB/s':>7}"
        f" {'peak MB':>9} {'+ parse':>9} {'× input':>8} {'B/line':>8}"
    )
    with tempfile.TemporaryDirectory() as folder:
        lines_file = Path(folder) / "one-letter-lines.txt"
        lines_file.write_text("a\n" * args.lines, encoding="utf-8")
        row(f"{args.lines:,} lines of 'a'", lines_file)

    if not args.corpus:
        return
    dev = Path(args.corpus) / "dev"
    if not dev.is_dir():
        print(f"\nno corpus at {dev}: skipped")
        return
    total_mb = total_s = 0.0
    peak = 0.0
    for path in sorted(dev.rglob("*.txt")):
        size_mb, seconds, peak_mb = row(str(path.relative_to(dev)), path)
        total_mb += size_mb
        total_s += seconds
        peak = max(peak, peak_mb)
    print(
        f"\ndev corpus: {total_mb:.2f} MB in {total_s:.1f} s ({total_mb / total_s:.2f} MB/s);"
        f" highest peak {peak:.1f} MB ({peak - base_mb:.1f} MB above the interpreter)"
    )


if __name__ == "__main__":
    main()
