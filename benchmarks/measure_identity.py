"""Do short labels resolve to the full label given earlier that day? (a script, not a test)

For each sitting file, reads the turns in order and, for every member's short label (a title
and a surname: ``Mr Hague``, ``Mr. Hanson``), looks back for full labels of the same surname
(``Mr William Hague``, ``The Secretary of State … (Mr William Hague)``) given earlier that
day. Where exactly one earlier person fits, the short label must carry that person's key;
where several fit, the parser must leave it unresolved with a diagnostic. Prints the counts
per file and lists any short label that went wrong.

    python benchmarks/measure_identity.py                       # the Commons dev days
    python benchmarks/measure_identity.py path/to/day.txt ...
"""

from __future__ import annotations

import sys
from pathlib import Path

from hansard_parse import Contribution, parse_file
from hansard_parse.identity import name_parts

ROOT = Path(__file__).resolve().parent.parent
DEV = next(
    (p / "shared" / "corpus" / "dev" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
    ROOT.parent / "shared" / "corpus" / "dev",
)
"""The corpus's dev folder in ``../shared`` beside the checkout (or beside its worktree folder)."""
DEFAULT = [
    *sorted(DEV.glob("commons-*.print.txt")),
    *sorted(DEV.glob("commons-*.web.txt")),
    *sorted((DEV / "official-report-2011").glob("*.txt")),
]
_MALE = {"mr", "sir", "lord"}
_FEMALE = {"mrs", "ms", "miss", "dame", "lady", "baroness"}


def _agree(a: frozenset[str], b: frozenset[str]) -> bool:
    return not ((a & _MALE and b & _FEMALE) or (a & _FEMALE and b & _MALE))


def measure(path: Path) -> tuple[int, int, int, int, list[str]]:
    """(short labels, with one earlier full label, resolved to it, ambiguous, problems)."""
    document = parse_file(path)
    earlier: dict[str, dict[str, tuple[frozenset[str], str | None]]] = {}
    shorts = fits = resolved = ambiguous = 0
    problems: list[str] = []
    for turn in document.find_all(Contribution):
        speaker = turn.speaker
        if speaker is None or speaker.role != "member" or not speaker.name:
            continue
        if speaker.office == speaker.name:
            continue
        titles, words = name_parts(speaker.name)
        if len(words) >= 2:
            full = " ".join(words).lower()
            earlier.setdefault(words[-1].lower(), {})[full] = (titles, speaker.key)
            continue
        if len(words) != 1 or not titles:
            continue
        shorts += 1
        found = {
            full: key
            for full, (full_titles, key) in earlier.get(words[0].lower(), {}).items()
            if _agree(titles, full_titles)
        }
        if len(found) == 1:
            fits += 1
            (key,) = found.values()
            if speaker.key == key:
                resolved += 1
            else:
                problems.append(f"line {turn.span.start_line}: {speaker.label!r} → {speaker.key}, not {key}")
        elif len(found) > 1:
            ambiguous += 1
            noted = any(d.line == turn.span.start_line for d in document.diagnostics)
            if not noted:
                problems.append(f"line {turn.span.start_line}: {speaker.label!r} ambiguous, no diagnostic")
    return shorts, fits, resolved, ambiguous, problems


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or DEFAULT
    failed = False
    print(f"{'file':52} {'short':>6} {'fits':>6} {'same key':>9} {'ambiguous':>10}")
    for path in paths:
        shorts, fits, resolved, ambiguous, problems = measure(path)
        print(f"{path.name:52} {shorts:6} {fits:6} {resolved:9} {ambiguous:10}")
        for problem in problems:
            print(f"    {problem}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
