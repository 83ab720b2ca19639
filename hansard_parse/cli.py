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
from typing import IO, TYPE_CHECKING, Any

from ._version import __version__
from .batch import ENGINES, FORMATS
from .files import InputError, atomic_write, read_input, write_output
from .layout import LAYOUTS
from .nodes import Document, Node
from .parser import parse
from .rows import ROW_FORMATS, TABLES
from .serialize import to_json

if TYPE_CHECKING:
    from rich.table import Table

    from .batch import BatchReport, FileResult, Plan
    from .members import Members

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
  hansard-parse json --lines big.txt > sections.jsonl
  hansard-parse rows sittings/ > turns.csv

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
    date, members = _sitting_options(args)
    document = parse(text, layout=args.layout, date=date, members=members)
    source["layout"] = document.layout
    return document, source


def cmd_json(args: argparse.Namespace) -> int:
    if args.lines:
        return cmd_json_lines(args)
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

    json_cmd = commands.add_parser(
        "json", help="print the JSON export", epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common(json_cmd)
    json_cmd.add_argument("--indent", type=int, default=None, help="indent by N spaces")
    json_cmd.add_argument("-o", "--output", default=None, help="write to this file instead")
    json_cmd.add_argument("--lines", action="store_true",
                          help="stream one top-level node per line, in bounded memory")
    add_sitting_options(json_cmd)
    json_cmd.set_defaults(handler=cmd_json)

    tree_cmd = commands.add_parser(
        "tree", help="show the tree in the terminal", epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common(tree_cmd)
    tree_cmd.add_argument("--text", action="store_true", help="show full text, not shortened")
    tree_cmd.add_argument("--depth", type=int, default=None, help="show N levels at most")
    add_sitting_options(tree_cmd)
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
    add_rows_command(commands)
    return parser


# --- analysis: the sitting's options, `json --lines` and `rows` -------------------------------

ROWS_EXAMPLES = """examples:
  hansard-parse rows sittings/ > turns.csv
  hansard-parse rows day1.txt day2.txt --format jsonl -o turns.jsonl
  hansard-parse rows sittings/ --table divisions --format parquet -o divisions.parquet
  hansard-parse rows day.txt --members people.json --date 2011-07-19

Tables: turns (one row per turn: date, House, section, exchange and turn ids, speaker key and
person id, name, office, constituency, party, column, time, text), divisions (one row per
division with counts and names), votes (one row per member and lobby). A folder means every
*.txt inside it. Parquet needs -o and `pip install 'hansard-parse[tabular]'`.

exit codes: 0 ok, 2 bad input or missing extra, 3 output not written, 130 interrupted
"""


def add_sitting_options(sub: argparse.ArgumentParser) -> None:
    """``--date`` and ``--members``: what the text may not say about the sitting."""
    sub.add_argument("--date", type=_date, default=None, metavar="YYYY-MM-DD",
                     help="the sitting's date (instead of the one read from the text)")
    sub.add_argument("--members", default=None, metavar="FILE",
                     help="a Popolo people.json or members CSV: adds person_id to speakers")


def _date(text: str) -> str:
    from .sitting import normalise_date

    try:
        return normalise_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _sitting_options(args: argparse.Namespace) -> tuple[str | None, Members | None]:
    """The ``date`` and ``members`` for ``parse`` (the members file is read once)."""
    from .members import Members, MembersFileError

    members = getattr(args, "members", None)
    if isinstance(members, str):
        try:
            args.members = Members.load(members)
        except FileNotFoundError:
            raise InputError(f"{members}: no such members file") from None
        except (MembersFileError, OSError) as exc:
            raise InputError(f"cannot read the members file: {exc}") from None
    loaded = args.members if isinstance(getattr(args, "members", None), Members) else None
    return getattr(args, "date", None), loaded


def cmd_json_lines(args: argparse.Namespace) -> int:
    """``json --lines``: each top-level node of the document as one JSON line, streamed
    through :func:`~hansard_parse.iter_parse` so a large file never sits in memory whole."""
    import orjson

    from .serialize import to_dict
    from .source import DecodeError
    from .streaming import iter_parse

    date, members = _sitting_options(args)
    if args.file == "-":
        document, _ = _parse_input(args)
        nodes: Iterator[Node] = iter(document.children)
    else:
        path = Path(args.file)
        if not path.exists():
            raise InputError(f"{path}: no such file")
        if path.is_dir():
            raise InputError(f"{path} is a directory, not a file")
        if path.stat().st_size == 0:
            raise InputError(f"{path} is empty: there is no text to parse")
        nodes = iter_parse(path, layout=args.layout, date=date, members=members)

    def write(handle: IO[bytes]) -> None:
        try:
            for node in nodes:
                handle.write(orjson.dumps(to_dict(node)))
                handle.write(b"\n")
        except DecodeError as exc:
            raise InputError(str(exc)) from None
        handle.flush()

    if args.output is None or args.output == "-":
        write(sys.stdout.buffer)
    else:
        atomic_write(Path(args.output), lambda temp: _with_open(temp, write))
    return EXIT_OK


def _with_open(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    with open(path, "wb") as handle:
        write(handle)


def add_rows_command(commands: Any) -> None:
    rows_cmd = commands.add_parser(
        "rows", help="write rows for analysis (CSV, JSON Lines, Parquet)", epilog=ROWS_EXAMPLES,
        description="One row per turn (or division, or vote) of files and folders of sittings.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rows_cmd.add_argument("inputs", nargs="+", metavar="FILE", help="files or folders")
    rows_cmd.add_argument("--format", choices=ROW_FORMATS, default="csv",
                          help="output format (default csv)")
    rows_cmd.add_argument("--table", choices=tuple(TABLES), default="turns",
                          help="which rows (default turns)")
    rows_cmd.add_argument("-o", "--output", default=None, metavar="FILE",
                          help="write to this file (default: standard output)")
    rows_cmd.add_argument("--layout", choices=LAYOUTS, default=None,
                          help="force a layout (default: detect per file)")
    add_sitting_options(rows_cmd)
    rows_cmd.set_defaults(handler=cmd_rows)


def cmd_rows(args: argparse.Namespace) -> int:
    from .rows import iter_files, write_rows
    from .tabular import MissingExtraError

    date, members = _sitting_options(args)
    if args.format == "parquet" and args.output in (None, "-"):
        raise InputError("Parquet output needs a file: give -o FILE")
    files = list(iter_files(args.inputs))
    if not files:
        raise InputError("no .txt files in the folders given")

    def documents() -> Iterator[tuple[str, Document]]:
        for path in files:
            text, source = read_input(str(path))
            yield source["path"], parse(text, layout=args.layout, date=date, members=members)

    try:
        if args.format == "parquet":
            atomic_write(Path(args.output),
                         lambda temp: write_rows(documents(), args.table, "parquet", str(temp)))
        elif args.output in (None, "-"):
            write_rows(documents(), args.table, args.format, sys.stdout)
        else:
            atomic_write(Path(args.output), lambda temp: _write_text_rows(temp, documents(), args))
    except MissingExtraError as exc:
        raise InputError(str(exc)) from None
    return EXIT_OK


def _write_text_rows(
    path: Path, documents: Iterator[tuple[str, Document]], args: argparse.Namespace
) -> None:
    from .rows import write_rows

    with open(path, "w", encoding="utf-8", newline="") as handle:
        write_rows(documents, args.table, args.format, handle)


# --- end of the analysis block ----------------------------------------------------------------


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
