"""The ``hansard-parse`` command: a thin layer over the public API.

Subcommands read a file (or ``-`` for standard input) and either print the JSON export or show
the Rich tree. Bad input gets one clear sentence on stderr and a documented exit code; ``-o``
writes through a temporary file, so an interrupted run never leaves half a file behind.
(argparse, not Typer: the standard library gives full control of messages and exit codes
without pulling click into every install.)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ._version import __version__
from .layout import LAYOUTS
from .nodes import Document
from .parser import parse
from .serialize import to_json
from .source import DecodeError, decode

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


class InputError(Exception):
    """Input the command cannot use; the message is one sentence for stderr."""


def read_input(name: str) -> tuple[str, dict[str, str]]:
    """Read and decode a file or standard input; raise InputError with a clear sentence."""
    if name == "-":
        data = sys.stdin.buffer.read()
        where = "standard input"
    else:
        path = Path(name)
        where = str(path)
        if not path.exists():
            raise InputError(f"{where}: no such file")
        if path.is_dir():
            raise InputError(f"{where} is a directory, not a file")
        try:
            data = path.read_bytes()
        except PermissionError:
            raise InputError(f"{where}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{where}: cannot be read ({exc.strerror or exc})") from None
    try:
        text, encoding, _ = decode(data)
    except DecodeError as exc:
        raise InputError(f"{where}: {exc}") from None
    if not text.strip():
        raise InputError(f"{where} is empty: there is no text to parse")
    return text, {"path": where, "encoding": encoding}


def write_output(text: str, output: str | None) -> None:
    """Print ``text`` or write it to ``output`` atomically (temporary file, then rename)."""
    if output is None or output == "-":
        sys.stdout.write(text)
        sys.stdout.write("\n")
        sys.stdout.flush()
        return
    target = Path(output)
    directory = target.parent if str(target.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.write("\n")
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _parse_input(args: argparse.Namespace) -> tuple[Document, dict[str, str]]:
    text, source = read_input(args.file)
    document = parse(text, layout=args.layout)
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
    json_cmd.set_defaults(handler=cmd_json)

    tree_cmd = commands.add_parser(
        "tree", help="show the tree in the terminal", epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common(tree_cmd)
    tree_cmd.add_argument("--text", action="store_true", help="show full text, not shortened")
    tree_cmd.add_argument("--depth", type=int, default=None, help="show N levels at most")
    tree_cmd.set_defaults(handler=cmd_tree)
    return parser


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
