"""Walk the exchanges of a sitting: for each question, who asked and who answered.

    python examples/walk_exchanges.py [FILE]      (default: examples/oral_questions.print.txt)

Uses only the public API of ``hansard_parse``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import hansard_parse

DEFAULT = Path(__file__).resolve().parent / "oral_questions.print.txt"
ASKING = (hansard_parse.Question, hansard_parse.SupplementaryQuestion)


def who(turn: hansard_parse.Contribution) -> str:
    """The speaker's name, or a placeholder for a speaker-less transcript."""
    if turn.speaker is None:
        return "(unnamed)"
    return turn.speaker.name or turn.speaker.office or turn.speaker.label


def describe(exchange: hansard_parse.Exchange) -> str:
    """``2. Bob Blackman + 17. Stephen Metcalfe → Damian Hinds``."""
    turns = list(exchange.find_all(hansard_parse.Contribution))
    asked = [(f"{t.number}. " if t.number else "") + who(t) for t in turns if isinstance(t, ASKING)]
    answered = [who(t) for t in turns if isinstance(t, hansard_parse.Answer)]
    return f"{' + '.join(asked)} → {', '.join(dict.fromkeys(answered)) or '(no answer)'}"


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    document = hansard_parse.parse_file(path)
    section = ""
    for node in document.walk():
        if isinstance(node, hansard_parse.Section):
            section = node.title
        elif isinstance(node, hansard_parse.Exchange):
            line = node.span.start_line
            print(f"line {line:>4}  {section}: {describe(node)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
