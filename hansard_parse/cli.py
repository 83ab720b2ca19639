"""The ``hansard-parse`` command: a thin layer over the public API.

Subcommands read a file (or ``-`` for standard input) and either print the JSON export or show
the Rich tree; ``batch`` parses many files into a folder (see :mod:`hansard_parse.batch`). Bad input gets one clear sentence on stderr and a documented exit code; ``-o``
writes through a temporary file, so an interrupted run never leaves half a file behind.
(argparse, not Typer: the standard library gives full control of messages and exit codes
without pulling click into every install.)
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ._version import __version__
from .batch import ENGINES, FORMATS
from .files import InputError, read_input, write_output
from .houses import HOUSES
from .layout import LAYOUTS
from .nodes import Document
from .parser import parse
from .serialize import to_json

if TYPE_CHECKING:
    from rich.table import Table

    from .batch import BatchReport, FileResult, Plan

EXIT_OK = 0
EXIT_INPUT = 2
"""Bad input: missing file, a directory, unreadable, undecodable bytes, or empty text."""
EXIT_OUTPUT = 3
"""The output could not be written."""
EXIT_INTERRUPTED = 130
"""Stopped with Ctrl-C."""

EXAMPLES = """examples:
  hansard-parse tree examples/oral_questions.print.txt
  hansard-parse tree --depth 2 examples/oral_questions.web.txt
  hansard-parse json --indent 2 examples/questions_after_statement.plain.txt -o out.json
  cat sitting.txt | hansard-parse json -

exit codes: 0 ok, 2 bad input, 3 output not written, 130 interrupted
"""

BATCH_EXAMPLES = """examples:
  hansard-parse batch corpus/ -o out/ --jobs 4
  hansard-parse batch 'archive/**/*.txt' -o out/ --format parquet
  hansard-parse batch corpus/ -o out/ --engine dask --scheduler tcp://10.0.0.5:8786

Each input file becomes OUTDIR/<its path under the folder or glob>.<format>; json is the
export of `hansard-parse json`, jsonl/csv/parquet hold one row per contribution. Files whose
bytes are unchanged since the last run (sha256 in OUTDIR/_manifest.json) are skipped. Per-file
errors are listed in OUTDIR/_summary.json and do not stop the run. The dask engine needs
`pip install 'hansard-parse[dask]'`, and its workers must see the same files.

exit codes: 0 ok, 1 some files failed, 2 bad input or missing extra, 130 interrupted
"""
EXIT_FAILED_FILES = 1
"""``batch``: the run finished but some files failed (listed in ``_summary.json``)."""


def _parse_input(args: argparse.Namespace) -> tuple[Document, dict[str, str]]:
    text, source = read_input(args.file)
    document = parse(text, layout=args.layout, house=args.house)
    source["layout"] = document.layout
    return document, source


def cmd_json(args: argparse.Namespace) -> int:
    document, source = _parse_input(args)
    write_output(to_json(document, indent=args.indent, source=source), args.output)
    return EXIT_OK


def cmd_tree(args: argparse.Namespace) -> int:
    from rich.console import Console

    from .viewer import to_rich_tree

    document, _ = _parse_input(args)
    console = Console(soft_wrap=False)
    width = None if args.text else max(20, console.width - 12)
    console.print(to_rich_tree(document, width=width, depth=args.depth))
    return EXIT_OK


def cmd_batch(args: argparse.Namespace) -> int:
    from rich.console import Console

    from .batch import SUMMARY, BatchError, run_batch
    from .tabular import MissingExtraError

    show = not args.quiet
    with _progress(enabled=show and sys.stderr.isatty()) as (on_start, on_result):
        try:
            report = run_batch(
                args.inputs, args.output, fmt=args.format, jobs=args.jobs, engine=args.engine,
                scheduler=args.scheduler, layout=args.layout, on_start=on_start,
                on_result=on_result,
            )
        except (BatchError, MissingExtraError) as exc:
            raise InputError(str(exc)) from None
    if show:
        console = Console()
        console.print(_summary_table(report))
        if report.failures:
            console.print(
                f"{len(report.failures)} file(s) failed: see {Path(args.output) / SUMMARY}",
                markup=False,
            )
    return EXIT_FAILED_FILES if report.failures else EXIT_OK


@contextlib.contextmanager
def _progress(*, enabled: bool) -> Iterator[tuple[Callable[[Plan], None], Callable[[FileResult], None]]]:
    """Callbacks that drive a Rich progress bar on stderr (files, MB, rate, ETA)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    progress = Progress(
        TextColumn("parsing"),
        BarColumn(),
        TextColumn("{task.fields[completed_files]}/{task.fields[files]} files"),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        disable=not enabled,
    )
    task_id = progress.add_task("batch", total=None, files=0, completed_files=0)
    done = 0

    def on_start(plan: Plan) -> None:
        total = sum(task.size for task in plan.tasks)
        progress.update(task_id, total=total, files=len(plan.tasks) + len(plan.problems))

    def on_result(result: FileResult) -> None:
        nonlocal done
        done += 1
        progress.update(task_id, advance=result.size, completed_files=done)

    with progress:
        yield on_start, on_result


def _summary_table(report: BatchReport) -> Table:
    from rich.table import Table

    table = Table(title="hansard-parse batch")
    for name in ("parsed", "skipped", "failed", "MB", "seconds", "MB/s"):
        table.add_column(name, justify="right")
    megabytes = report.parsed_bytes / 1e6
    rate = megabytes / report.seconds if report.seconds else 0.0
    table.add_row(
        str(report.count("parsed")), str(report.count("skipped")), str(report.count("failed")),
        f"{megabytes:.2f}", f"{report.seconds:.2f}", f"{rate:.2f}",
    )
    return table


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hansard-parse",
        description="Parse Hansard text into a typed tree: export JSON or browse it as a tree.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"hansard-parse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add_common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("file", metavar="FILE", help="a text file, or - for standard input")
        sub.add_argument(
            "--layout", choices=LAYOUTS, default=None, help="force a layout (default: detect)"
        )
        sub.add_argument(
            "--house", choices=tuple(HOUSES), default=None,
            help="force the House whose words the text is in (default: detect)",
        )

    json_cmd = commands.add_parser(
        "json", help="print the JSON export", epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common(json_cmd)
    json_cmd.add_argument("--indent", type=int, default=None, help="indent by N spaces")
    json_cmd.add_argument("-o", "--output", default=None, help="write to this file instead")
    json_cmd.set_defaults(handler=cmd_json)

    tree_cmd = commands.add_parser(
        "tree", help="show the tree in the terminal", epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common(tree_cmd)
    tree_cmd.add_argument("--text", action="store_true", help="show full text, not shortened")
    tree_cmd.add_argument("--depth", type=int, default=None, help="show N levels at most")
    tree_cmd.set_defaults(handler=cmd_tree)

    batch_cmd = commands.add_parser(
        "batch", help="parse many files into a folder", epilog=BATCH_EXAMPLES,
        description="Parse files, folders (every *.txt inside) and globs into OUTDIR.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    batch_cmd.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or globs")
    batch_cmd.add_argument("-o", "--output", required=True, metavar="OUTDIR",
                           help="the output folder")
    batch_cmd.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                           help="worker processes (default 1: in this process; 0: one per CPU)")
    batch_cmd.add_argument("--format", choices=FORMATS, default="json",
                           help="output format (default json)")
    batch_cmd.add_argument("--engine", choices=ENGINES, default="local",
                           help="local processes, or a Dask cluster (default local)")
    batch_cmd.add_argument("--scheduler", metavar="ADDRESS", default=None,
                           help="Dask scheduler address (default: start a local cluster)")
    batch_cmd.add_argument("--layout", choices=LAYOUTS, default=None,
                           help="force a layout (default: detect per file)")
    batch_cmd.add_argument("-q", "--quiet", action="store_true",
                           help="no progress bar and no summary table")
    batch_cmd.set_defaults(handler=cmd_batch)
    return parser


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (also used as the console entry point)."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
        return code
    except InputError as exc:
        print(f"hansard-parse: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        # The reader went away (``hansard-parse json big.txt | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("hansard-parse: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        print(f"hansard-parse: error: cannot write output ({exc.strerror or exc})", file=sys.stderr)
        return EXIT_OUTPUT


if __name__ == "__main__":
    sys.exit(main())
