"""Who spoke in a sitting: each speaker, how many turns they took, and which questions they asked.

    python examples/speakers.py [FILE]      (default: examples/oral_questions.print.txt)

Uses only the public API of ``hansard_parse``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

import hansard_parse

DEFAULT = Path(__file__).resolve().parent / "oral_questions.print.txt"


def speaker_table(document: hansard_parse.Document) -> Table:
    """One row per speaker, in order of first appearance."""
    turns: dict[str, int] = {}
    numbers: dict[str, list[str]] = {}
    for turn in document.find_all(hansard_parse.Contribution):
        if turn.speaker is None:
            continue
        who = turn.speaker.name or turn.speaker.office or turn.speaker.label
        turns[who] = turns.get(who, 0) + 1
        numbers.setdefault(who, [])
        if turn.number:
            numbers[who].append(f"{turn.number} [{turn.uin}]" if turn.uin else turn.number)

    table = Table(title=f"Speakers ({document.layout} layout)")
    table.add_column("speaker")
    table.add_column("contributions", justify="right")
    table.add_column("questions")
    for who, count in turns.items():
        table.add_row(who, str(count), ", ".join(numbers[who]))
    return table


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    document = hansard_parse.parse_file(path)
    Console(width=100).print(speaker_table(document))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
