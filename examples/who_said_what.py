"""Who said what, citable: one line per person of a sitting, with where they first spoke.

Short labels (``Mr Hague``) count with the full label given earlier (``The Secretary of State
for Foreign and Commonwealth Affairs (Mr William Hague)``): every turn's speaker carries a
``key`` shared by all the labels of one person that day. A turn's column gives the citation
(``HC Deb 19 July 2011, c771``). Uses a ``Visitor`` to collect the turns.

    python examples/who_said_what.py [FILE]
"""

from __future__ import annotations

import sys
from pathlib import Path

import hansard_parse as hp

DEFAULT = Path(__file__).resolve().parent / "official_report_2011.print.txt"


class People(hp.Visitor):
    """Per speaker key: the labels used, the turns, and the first turn."""

    def __init__(self) -> None:
        self.turns: dict[str, list[hp.Contribution]] = {}

    def visit_contribution(self, node: hp.Contribution) -> bool:
        if node.speaker is not None and node.speaker.key is not None:
            self.turns.setdefault(node.speaker.key, []).append(node)
        return False  # a turn's paragraphs hold no further turns


def citation(document: hp.Document, turn: hp.Contribution) -> str:
    """``HC Deb 19 July 2011, c771`` where the date and column are known."""
    if document.date is None or turn.column is None:
        return f"line {turn.span.start_line}"
    year, month, day = document.date.split("-")
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    house = "HL" if getattr(document, "house", None) == "lords" else "HC"
    return f"{house} Deb {int(day)} {months[int(month) - 1]} {year}, c{turn.column}"


def main(path: Path) -> None:
    document = hp.parse_file(path)
    people = People()
    people.visit(document)
    print(f"Sitting of {document.date or 'an unknown date'}: {len(people.turns)} speakers")
    for key, turns in people.turns.items():
        speaker = turns[-1].speaker
        assert speaker is not None
        labels = sorted({t.speaker.label for t in turns if t.speaker})
        party = f" ({speaker.party})" if speaker.party else ""
        office = f", {speaker.office}" if speaker.office else ""
        print(f"{key}{party}{office}: {len(turns)} turn(s), first {citation(document, turns[0])}")
        print(f"    as {' / '.join(labels)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
