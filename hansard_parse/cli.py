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
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ._version import __version__
from .batch import ENGINES, FORMATS
from .cli_views import (
    add_sitting_options,
    add_view_commands,
    count,
    need_stdout,
    read_document,
    sitting_options,
    stdout_console,
)
from .files import (
    DEFAULT_MAX_BYTES,
    InputError,
    OutputError,
    atomic_write,
    check_output,
    parse_input,
    read_bytes,
    shown,
    too_big,
    write_output,
)
from .houses import HOUSES
from .layout import LAYOUTS
from .nodes import Document, Node
from .rows import ROW_FORMATS, TABLES
from .serialize import to_json
from .sites import SITES
from .stopping import Stopped, stop_on_signals

if TYPE_CHECKING:
    from rich.table import Table

    from .batch import BatchReport, FileResult, Plan

EXIT_OK = 0
EXIT_INPUT = 2
"""Bad input: missing file, a directory, unreadable, undecodable bytes, or empty text."""
EXIT_OUTPUT = 3
"""The output could not be written."""
EXIT_INTERRUPTED = 130
"""Stopped with Ctrl-C (SIGINT); SIGTERM and SIGHUP stop the same way, with 128 + the signal's
number (143, 129)."""
EXIT_HANGUP = 128 + 1
"""Stopped by SIGHUP (the terminal closed), cleaned up as for Ctrl-C."""
EXIT_TERMINATED = 128 + 15
"""Stopped by SIGTERM (``timeout``, ``docker stop``, systemd), cleaned up as for Ctrl-C."""
MAX_INDENT = 16
"""The largest ``--indent``: deeper only wastes space (and 10**8 would exhaust memory)."""

EXAMPLES = """examples:
  hansard-parse tree examples/oral_questions.print.txt
  hansard-parse tree --speaker "Dominic Raab" examples/oral_questions.print.txt
  hansard-parse html examples/oral_questions.print.txt -o sitting.html
  hansard-parse browse examples/oral_questions.print.txt
  hansard-parse json --indent 2 examples/questions_after_statement.plain.txt -o out.json
  hansard-parse batch corpus/ -o out/ --jobs 4

exit codes: 0 ok, 1 (batch) some files failed, 2 bad input or usage, 3 output not written,
129 stopped by SIGHUP, 130 interrupted (Ctrl-C), 143 stopped by SIGTERM
"""

JSON_EXAMPLES = """examples:
  hansard-parse json --indent 2 examples/questions_after_statement.plain.txt -o out.json
  hansard-parse json --layout web examples/oral_questions.web.txt
  cat sitting.txt | hansard-parse json -
  hansard-parse json --lines big.txt > sections.jsonl

Warnings (bytes that were not UTF-8, lines no rule could read) go to stderr, one a line, and
into the JSON's "diagnostics".

exit codes: 0 ok, 2 bad input or usage, 3 output not written, 129 stopped by SIGHUP,
130 interrupted (Ctrl-C), 143 stopped by SIGTERM
"""

BATCH_EXAMPLES = """examples:
  hansard-parse batch corpus/ -o out/ --jobs 4
  hansard-parse batch 'archive/**/*.txt' -o out/ --format parquet
  hansard-parse batch corpus/ -o out/ --engine dask --scheduler tcp://10.0.0.5:8786

Each input file becomes OUTDIR/<its path under the folder or glob>.<format>; json is the
export of `hansard-parse json`, jsonl/csv/parquet hold one row per contribution. Names that
start with _ at the top of OUTDIR are the batch's own (_manifest.json, _summary.json): an
output that would start with _ there gets one more (_notes.txt -> __notes.json). Files whose
bytes are unchanged since the last run and whose outputs are intact (sha256 in
OUTDIR/_manifest.json, kept as the run goes) are skipped, so a stopped run resumes. Per-file
errors and warnings are listed in OUTDIR/_summary.json and do not stop the run. CSV cells
that a spreadsheet would run as formulas get a ' in front unless --csv-raw. The dask engine needs
`pip install -e '.[dask]'` (in the hansard_parse checkout), and its workers must see the same files.

exit codes: 0 ok, 1 some files failed, 2 bad input (an input that names no file, an output
that would overwrite an input) or missing extra, 129 stopped by SIGHUP, 130 interrupted
(Ctrl-C), 143 stopped by SIGTERM
"""
EXIT_FAILED_FILES = 1
"""``batch``: the run finished but some files failed (listed in ``_summary.json``)."""


def cmd_json(args: argparse.Namespace) -> int:
    check_output(args.output, [args.file])
    if args.output in (None, "-"):
        need_stdout()
    if args.lines:
        return cmd_json_lines(args)
    document, source = read_document(args)
    write_output(to_json(document, indent=args.indent, source=source), args.output)
    return EXIT_OK


def cmd_batch(args: argparse.Namespace) -> int:
    from .batch import SUMMARY, BatchError, run_batch
    from .tabular import MissingExtraError

    show = not args.quiet
    with _progress(enabled=show and sys.stderr.isatty()) as (on_start, on_result):
        try:
            report = run_batch(
                args.inputs, args.output, fmt=args.format, jobs=args.jobs, engine=args.engine,
                scheduler=args.scheduler, layout=args.layout, house=args.house, site=args.site,
                pattern=args.pattern,
                connect_timeout=args.connect_timeout, csv_raw=args.csv_raw, on_start=on_start,
                on_result=on_result,
            )
        except (BatchError, MissingExtraError) as exc:
            raise InputError(str(exc)) from None
    for message in report.warnings:
        print(f"hansard-parse: warning: {message}", file=sys.stderr)
    if show:
        console = stdout_console()
        console.print(_summary_table(report))
        if report.failures:
            console.print(
                f"{len(report.failures)} file(s) failed: see {shown(Path(args.output) / SUMMARY)}",
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


def add_forced_origin(sub: argparse.ArgumentParser) -> None:
    """``--house`` and ``--site``: where the text comes from, when detection should not say."""
    sub.add_argument(
        "--house", choices=tuple(HOUSES), default=None,
        help="force the House whose words the text is in (default: detect)",
    )
    sub.add_argument(
        "--site", choices=tuple(SITES), default=None,
        help="force the website the text was copied from (default: detect)",
    )


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
            "--max-bytes", type=_max_bytes, default=DEFAULT_MAX_BYTES, metavar="N",
            help=f"refuse input larger than N bytes (default {DEFAULT_MAX_BYTES}, 1 GiB)",
        )
        add_forced_origin(sub)
        add_sitting_options(sub)

    json_cmd = commands.add_parser(
        "json", help="print the JSON export", epilog=JSON_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common(json_cmd)
    json_cmd.add_argument("--indent", type=_indent, default=None, metavar="N",
                          help=f"indent by N spaces (0 to {MAX_INDENT})")
    json_cmd.add_argument("-o", "--output", default=None, help="write to this file instead")
    json_cmd.add_argument("--lines", action="store_true",
                          help="stream one top-level node per line, in bounded memory")
    json_cmd.set_defaults(handler=cmd_json)

    add_view_commands(commands, add_common)

    batch_cmd = commands.add_parser(
        "batch", help="parse many files into a folder", epilog=BATCH_EXAMPLES,
        description="Parse files, folders (every *.txt inside) and globs into OUTDIR.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    batch_cmd.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or globs")
    batch_cmd.add_argument("-o", "--output", required=True, metavar="OUTDIR",
                           help="the output folder")
    batch_cmd.add_argument("--jobs", type=count, default=None, metavar="N",
                           help="worker processes (0: one per CPU; default 1, in this process, "
                           "or one per CPU for a new Dask cluster)")
    batch_cmd.add_argument("--format", choices=FORMATS, default="json",
                           help="output format (default json)")
    batch_cmd.add_argument("--engine", choices=ENGINES, default="local",
                           help="local processes, or a Dask cluster (default local)")
    batch_cmd.add_argument("--scheduler", metavar="ADDRESS", default=None,
                           help="Dask scheduler address (default: start a local cluster)")
    batch_cmd.add_argument("--connect-timeout", type=_seconds, default=10.0, metavar="SECONDS",
                           help="give up on the Dask scheduler after this long (default 10)")
    batch_cmd.add_argument("--pattern", default="*.txt", metavar="GLOB",
                           help="the files a folder contributes, in any case (default *.txt)")
    batch_cmd.add_argument("--layout", choices=LAYOUTS, default=None,
                           help="force a layout (default: detect per file)")
    add_forced_origin(batch_cmd)
    batch_cmd.add_argument("--csv-raw", action="store_true",
                           help="csv: keep cells starting with = + - @ as they are (by default "
                           "they get a ' in front, so a spreadsheet shows them as text)")
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
*.txt inside it. Parquet needs -o and the tabular extra (pip install -e '.[tabular]' in the checkout).

exit codes: 0 ok, 2 bad input or missing extra, 3 output not written, 129 stopped by SIGHUP,
130 interrupted (Ctrl-C), 143 stopped by SIGTERM
"""


def cmd_json_lines(args: argparse.Namespace) -> int:
    """``json --lines``: each top-level node of the document as one JSON line, streamed
    through :func:`~hansard_parse.iter_parse` so a large file never sits in memory whole."""
    import orjson

    from .serialize import to_dict
    from .source import DecodeError
    from .streaming import iter_parse

    date, members = sitting_options(args)
    if args.file == "-":
        document, _ = read_document(args)
        nodes: Iterator[Node] = iter(document.children)
    else:
        path = Path(args.file)
        if not path.exists():
            raise InputError(f"{shown(path)}: no such file")
        if path.is_dir():
            raise InputError(f"{shown(path)} is a directory, not a file")
        if path.stat().st_size == 0:
            raise InputError(f"{shown(path)} is empty: there is no text to parse")
        if path.is_file() and path.stat().st_size > args.max_bytes:
            raise InputError(too_big(str(path), args.max_bytes))
        nodes = iter_parse(
            path, layout=args.layout, house=args.house, date=date, members=members
        )

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
    add_forced_origin(rows_cmd)
    add_sitting_options(rows_cmd)
    rows_cmd.set_defaults(handler=cmd_rows)


def cmd_rows(args: argparse.Namespace) -> int:
    from .rows import iter_files, write_rows
    from .tabular import MissingExtraError

    date, members = sitting_options(args)
    if args.format == "parquet" and args.output in (None, "-"):
        raise InputError("Parquet output needs a file: give -o FILE")
    files = list(iter_files(args.inputs))
    if not files:
        raise InputError("no .txt files in the folders given")

    def documents() -> Iterator[tuple[str, Document]]:
        for path in files:
            data, where = read_bytes(str(path))
            document, source = parse_input(
                data, where, layout=args.layout, house=args.house, date=date, members=members,
                site=args.site,
            )
            yield source["path"], document

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


def _max_bytes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text} is not a positive number of seconds")
    return value


def _indent(text: str) -> int:
    value = count(text)
    if value > MAX_INDENT:
        raise argparse.ArgumentTypeError(f"{value} is too deep: give 0 to {MAX_INDENT}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (also used as the console entry point)."""
    args = build_parser().parse_args(argv)
    try:
        with stop_on_signals():
            code: int = args.handler(args)
        return code
    except InputError as exc:
        for line in str(exc).splitlines():
            print(f"hansard-parse: error: {line}", file=sys.stderr)
        return EXIT_INPUT
    except OutputError as exc:
        print(f"hansard-parse: error: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    except BrokenPipeError:
        # The reader went away (``hansard-parse json big.txt | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Stopped as stop:
        print(f"hansard-parse: stopped by {signal.Signals(stop.signum).name}", file=sys.stderr)
        return stop.exit_code
    except KeyboardInterrupt:
        print("hansard-parse: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        where = f" {shown(exc.filename)}" if isinstance(exc.filename, str) else ""
        print(f"hansard-parse: error: cannot write{where} ({exc.strerror or exc})", file=sys.stderr)
        return EXIT_OUTPUT


if __name__ == "__main__":
    sys.exit(main())
