"""The commands that show a sitting: ``tree`` (the terminal tree, streamed), ``browse`` (the
Textual browser) and ``html`` (a self-contained web page).

Kept apart from :mod:`hansard_parse.cli` so that the viewing options live in one place; the
main parser calls :func:`add_view_commands`.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .files import (
    InputError,
    OutputError,
    check_output,
    parse_input,
    read_bytes,
    shown,
    warning,
    write_output,
)
from .houses import get_house
from .layout import LAYOUTS
from .nodes import NODE_TYPES, Document, Node, Unparsed
from .parser import parse, unparsed_diagnostic
from .source import DecodeError, decode
from .streaming import DEFAULT_CHUNK_SIZE
from .view import Selection
from .view import shown as is_shown

if TYPE_CHECKING:
    from rich.console import Console

    from .members import Members

EXIT_OK = 0


def count(text: str) -> int:
    """A whole number, 0 or more (argparse names the option in its message)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is below 0: give 0 or more")
    return value


def stdout_console(**options: Any) -> Console:
    """A Rich console on standard output that stops as every command does when the reader goes
    away (``hansard-parse tree FILE | head -1``).

    Rich's own answer to a closed pipe is ``SystemExit(1)`` with nothing on stderr, which the
    exit-code table does not know; raising ``BrokenPipeError`` instead lets `main` stop
    quietly with exit 0, as ``json`` does."""
    from rich.console import Console

    console = Console(**options)
    console.on_broken_pipe = _reader_went_away  # type: ignore[method-assign]
    return console


def _reader_went_away() -> None:
    raise BrokenPipeError


def need_stdout() -> None:
    """Refuse at once when started with standard output closed (``>&-``): Python then has no
    ``sys.stdout`` at all, and the work would be done for nothing."""
    if sys.stdout is None:
        raise OutputError("cannot write to standard output: it is closed")


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


def sitting_options(args: argparse.Namespace) -> tuple[str | None, Members | None]:
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


def read_document(args: argparse.Namespace) -> tuple[Document, dict[str, str]]:
    """Read, decode and parse ``args.file`` as ``parse_file`` does, and warn on stderr of every
    diagnostic (the JSON carries them too), so no warning stays unseen."""
    data, where = read_bytes(args.file, max_bytes=args.max_bytes)
    date, members = sitting_options(args)
    document, source = parse_input(
        data, where, layout=args.layout, house=args.house, date=date, members=members,
        site=getattr(args, "site", None),
    )
    for diagnostic in document.diagnostics:
        print(f"hansard-parse: warning: {warning(where, diagnostic)}", file=sys.stderr)
    return document, source

TREE_EXAMPLES = """examples:
  hansard-parse tree examples/oral_questions.print.txt
  hansard-parse tree --speaker "Dominic Raab" examples/oral_questions.print.txt
  hansard-parse tree --type question,answer --grep "legal aid" --lines sitting.txt
  hansard-parse tree --section "Legal Aid" --references --no-color sitting.txt | less

Filters keep the turns (and procedure, notes, divisions) that match all of them, with the
sections and exchanges they sit in; `… N more` stands for what a filter or --depth hid.
A file is parsed and shown one top-level section at a time, so a long sitting shows at once.

exit codes: 0 ok, 2 bad input or usage, 3 output not written, 129 stopped by SIGHUP,
130 interrupted (Ctrl-C), 143 stopped by SIGTERM
"""

BROWSE_EXAMPLES = """examples:
  hansard-parse browse examples/oral_questions.print.txt

keys: / search, n next turn by this speaker, k filter by kind, s speaker index, q quit.
Needs the optional extra: pip install 'hansard-parse[browse]'

exit codes: 0 ok, 2 bad input or Textual not installed, 130 interrupted
"""

HTML_EXAMPLES = """examples:
  hansard-parse html examples/oral_questions.print.txt -o sitting.html

One file, no external assets: open it offline, print it, or send it.

exit codes: 0 ok, 2 bad input or usage, 3 output not written, 129 stopped by SIGHUP,
130 interrupted (Ctrl-C), 143 stopped by SIGTERM
"""

HEAD_CHARS = 16 * 1024
"""Text parsed up front for the header line (House, date) of a streamed tree."""
STREAM_CHUNK = DEFAULT_CHUNK_SIZE
"""Bytes ``iter_parse`` reads at a time for ``tree`` (a test sets it small to cut many pieces)."""


def add_view_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add_common: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Register ``tree``, ``browse`` and ``html`` on the main parser's subcommands."""
    raw = argparse.RawDescriptionHelpFormatter
    tree_cmd = commands.add_parser(
        "tree", help="show the tree in the terminal", epilog=TREE_EXAMPLES, formatter_class=raw
    )
    add_common(tree_cmd)
    tree_cmd.add_argument("--text", action="store_true", help="show full text, not shortened")
    tree_cmd.add_argument("--depth", type=count, default=None, metavar="N",
                          help="show N levels at most (0 or more)")
    tree_cmd.add_argument("--speaker", metavar="NAME", help="only turns by this speaker")
    tree_cmd.add_argument(
        "--type", dest="kinds", type=_kinds, default=frozenset(), metavar="TYPES",
        help="only these node types, comma-separated (question,answer)",
    )
    tree_cmd.add_argument("--grep", metavar="TEXT", help="only turns whose text holds TEXT")
    tree_cmd.add_argument("--section", metavar="TITLE", help="only sections whose title holds TITLE")
    tree_cmd.add_argument("--lines", action="store_true", help="show each node's first line number")
    tree_cmd.add_argument(
        "--references", action="store_true", help="show member references inside paragraphs"
    )
    tree_cmd.add_argument("--no-color", action="store_true", help="plain text, no colours or styles")
    tree_cmd.set_defaults(handler=cmd_tree)

    browse_cmd = commands.add_parser(
        "browse", help="browse a sitting interactively (Textual)", epilog=BROWSE_EXAMPLES,
        formatter_class=raw,
    )
    add_common(browse_cmd)
    browse_cmd.set_defaults(handler=cmd_browse)

    html_cmd = commands.add_parser(
        "html", help="write a self-contained web page", epilog=HTML_EXAMPLES, formatter_class=raw
    )
    add_common(html_cmd)
    html_cmd.add_argument("-o", "--output", default=None, help="write to this file instead")
    html_cmd.set_defaults(handler=cmd_html)


def _kinds(text: str) -> frozenset[str]:
    kinds = frozenset(part.strip() for part in text.split(",") if part.strip())
    unknown = sorted(kinds - set(NODE_TYPES))
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown type {unknown[0]!r} (types: {', '.join(sorted(NODE_TYPES))})"
        )
    return kinds


def cmd_tree(args: argparse.Namespace) -> int:
    """Print the header, then each top-level section as soon as it is parsed.

    A section's guide (``├──`` or ``└──``) depends on whether another shown section follows,
    so each is printed when the next one arrives: one section of look-ahead.
    """
    from rich.text import Text

    from .viewer import label, more_label, tree_lines

    need_stdout()
    if isinstance(sys.stdout, io.TextIOWrapper):
        # a locale that cannot show every character (cp1252 and ``ŵ``) shows ``?``, not a traceback
        sys.stdout.reconfigure(errors="replace")
    console = stdout_console(
        soft_wrap=True, highlight=False, color_system=None if args.no_color else "auto"
    )
    selection = Selection(
        speaker=args.speaker, kinds=args.kinds, grep=args.grep, section=args.section,
        references=args.references,
    )
    header, top = _top_nodes(args)
    width = console.width
    numbers = 5 if args.lines else 0
    console.print(Text(" " * (numbers + 1) if numbers else "") + label(header))

    def show(node: Node, *, last: bool) -> None:
        digits = max(numbers, len(str(node.span.end_line))) if numbers else 0
        lines = tree_lines(
            node, width=width, wrap=args.text, selection=selection, numbers=digits, level=1,
            last=last, depth=None if args.depth is None else args.depth - 1,
        )
        console.print(Text("\n").join(lines))

    hidden = 0
    pending: Node | None = None
    for node in top:
        if not is_shown(node, references=selection.references):
            continue
        if (args.depth is not None and args.depth < 1) or not selection.selects(node):
            hidden += 1
            continue
        if pending is not None:
            show(pending, last=False)
        pending = node
    if pending is not None:
        show(pending, last=not hidden)
    if hidden:
        console.print(Text(" " * (numbers + 1) if numbers else "") + Text("└── ", style="dim")
                      + more_label(hidden))
    return EXIT_OK


def _top_nodes(args: argparse.Namespace) -> tuple[Document, Iterator[Node]]:
    """The header document (no children) and the top-level nodes of the input.

    A file is streamed with :func:`~hansard_parse.iter_parse`; the layout is chosen on the same
    first chunk ``iter_parse`` would look at and passed to it, and the House and date are read
    from a parse of the first few kilobytes. Standard input is parsed whole.
    """
    from .streaming import LAYOUT_SAMPLE, _read_text, house_of, iter_parse, layout_of

    name, layout = args.file, args.layout
    if name != "-" and getattr(args, "site", None) is None:  # a forced site: parsed whole
        path = Path(name)
        if path.is_file() and os.access(path, os.R_OK) and path.stat().st_size <= args.max_bytes:
            try:
                head = next(_read_text(path, LAYOUT_SAMPLE), "")
            except DecodeError as exc:
                raise InputError(f"{shown(name)}: {exc}") from None
            if head.strip():
                # the House and layout iter_parse would choose on this same first chunk
                house = get_house(args.house) or house_of(head)
                layout = layout or layout_of(head, house)
                date, members = sitting_options(args)
                header = parse(head[:HEAD_CHARS], layout=layout, house=house, date=date)
                header = header.with_changes(children=())
                _warn_undecodable(path, name)
                nodes = iter_parse(
                    path, layout=layout, house=house, date=date, members=members,
                    chunk_size=STREAM_CHUNK,
                )
                return header, _guarded(nodes, name)
    document, _ = read_document(args)  # standard input, or a file with a problem to report
    return document.with_changes(children=()), iter(document.children)


def _warn_undecodable(path: Path, name: str) -> None:
    """Warn of bytes that are not UTF-8 before streaming (``iter_parse`` reads them as
    ``parse_file`` does, but yields no document to carry the diagnostic)."""
    data = path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            _, _, diagnostics = decode(data)
        except DecodeError as exc:
            raise InputError(f"{shown(name)}: {exc}") from None
        for diagnostic in diagnostics:
            print(f"hansard-parse: warning: {warning(name, diagnostic)}", file=sys.stderr)


def _guarded(nodes: Iterator[Node], name: str) -> Iterator[Node]:
    """``nodes``, each followed by a warning for text in it no rule could read, with bytes
    found undecodable later in the file reported as bad input."""
    try:
        for node in nodes:
            for unparsed in node.find_all(Unparsed):
                diagnostic = unparsed_diagnostic(unparsed)
                print(f"hansard-parse: warning: {warning(name, diagnostic)}", file=sys.stderr)
            yield node
    except DecodeError as exc:
        raise InputError(f"{shown(name)}: {exc}") from None


def cmd_browse(args: argparse.Namespace) -> int:
    """Open the Textual browser on the parsed file."""
    try:
        from .browse import SittingBrowser
    except ImportError:
        raise InputError(
            "the browser needs Textual, which is not installed: "
            "pip install 'hansard-parse[browse]'"
        ) from None
    document, source = read_document(args)
    SittingBrowser(document, title=source["path"]).run()
    return EXIT_OK


def cmd_html(args: argparse.Namespace) -> int:
    """Write the sitting as one self-contained HTML page."""
    from .html import to_html

    check_output(args.output, [args.file])
    if args.output in (None, "-"):
        need_stdout()
    document, source = read_document(args)
    write_output(to_html(document, title=source["path"]), args.output)
    return EXIT_OK


__all__ = [
    "LAYOUTS",
    "add_sitting_options",
    "add_view_commands",
    "cmd_browse",
    "cmd_html",
    "cmd_tree",
    "count",
    "need_stdout",
    "read_document",
    "sitting_options",
]
