"""Is every corpus file read as its own House? (a script, not a test)

For every ``*.txt`` under the corpus that has a ``*.gold.json``, prints the House the file
should be read in, the House :func:`~hansard_parse.houses.detect_house` picks, and how it
was picked, in its two stages: the votes of the family's winner and runner-up (Commons,
Lords, Scotland …), then each variant's margin (its own marks less the contrary ones, or
``<floor`` under its :attr:`~hansard_parse.houses.House.evidence_floor`); with ``--evidence``
the marks that fired, so the reader sees how far each pick is from flipping. The gold files carry no House; most name their
``chamber`` (``lords``, ``lordswrans``, ``ni``, ``sp``, ``spwa``, ``standing``) and the
others are told by their folder (``dialects/historic`` …), so the expected House is derived
from those (see :data:`CHAMBERS` and :data:`FOLDERS`); a Commons file is anything else.

    python benchmarks/check_house.py                      # ../shared/corpus
    python benchmarks/check_house.py path/to/corpus --evidence
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from hansard_parse.houses import HOUSES, House, detect_house
from hansard_parse.source import split_lines

ROOT = Path(__file__).resolve().parent.parent
CORPUS = next(
    (p / "shared" / "corpus" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
    ROOT.parent / "shared" / "corpus",
)
"""The corpus in ``../shared`` beside the checkout (or beside its worktree folder)."""

CHAMBERS: dict[str, tuple[str, ...]] = {
    "lords": ("lords",),
    "lordswms": ("lords",),
    "lordswrans": ("lords",),
    "ni": ("northern_ireland",),
    "sp": ("scotland",),
    "spwa": ("scotland",),
    "standing": ("committee",),
}
"""The gold's ``chamber`` field, and the Houses that read it right."""
FOLDERS: dict[str, tuple[str, ...]] = {
    "historic": ("historic",),
    "canada": ("canada",),
    # the House of Representatives in the dash style of 2007 or the label style since 2011
    "australia": ("australia", "australia-dash"),
}
"""A folder whose gold names no chamber, and the Houses that read it right."""
_SAMPLE_LINES = 2000
"""Lines the parser hands :func:`detect_house` (``parser._DETECTION_SAMPLE``)."""


def expected(path: Path, gold: dict[str, object]) -> tuple[str, ...]:
    """The Houses that read ``path`` right, from its gold's chamber or else its folder."""
    chamber = gold.get("chamber")
    if isinstance(chamber, str) and chamber in CHAMBERS:
        return CHAMBERS[chamber]
    for part in path.parts:
        if part in FOLDERS:
            return FOLDERS[part]
    return ("commons",)


def evidence_counts(house: House, lines: list[str]) -> Counter[str]:
    """Which of ``house``'s own evidence fired in ``lines``, and how often."""
    text = "\n".join(lines)
    counts: Counter[str] = Counter()
    for phrase in house.evidence:
        if n := text.count(phrase):
            counts[repr(phrase)] += n
    for line in lines:
        for start in house.evidence_line_starts:
            if line.startswith(start):
                counts[f"line starts {start!r}"] += 1
    if house.evidence_line:
        for match in house.evidence_line_re.finditer(text):
            counts[f"line {match.group()[:24]!r}"] += 1
    if house.evidence_pattern:
        for match in house.evidence_pattern_re.finditer(text):
            counts[repr(match.group()[:24])] += 1
    if house.variant_of and house.contrary:
        for match in house.contrary_re.finditer(text):
            counts[f"AGAINST {match.group()!r}"] += 1
    return counts


def stages(lines: list[str]) -> tuple[str, float, str, float, list[tuple[str, float]]]:
    """The family vote (winner, its votes, runner-up, its votes) and each variant's margin
    over the contrary marks, as :func:`detect_house` decides."""
    family = sorted(
        ((house.votes(lines), name) for name, house in HOUSES.items() if not house.variant_of),
        key=lambda vote: -vote[0],
    )
    # a stable sort keeps the registry's order on a tie: the Commons first, as detect_house
    (top, winner), (second, runner) = family[0], family[1]
    variants = [(name, house.margin(lines)) for name, house in HOUSES.items() if house.variant_of == winner]
    return winner, top, runner, second, variants


def main(argv: list[str]) -> int:
    show_evidence = "--evidence" in argv
    args = [a for a in argv if not a.startswith("--")]
    corpus = Path(args[0]) if args else CORPUS
    wrong = 0
    rows = 0
    for path in sorted(corpus.rglob("*.txt")):
        gold_path = path.with_name(path.name[: -len(".txt")] + ".gold.json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        want = expected(path.relative_to(corpus), gold)
        lines = [line.content for line in split_lines(path.read_text(encoding="utf-8"))][:_SAMPLE_LINES]
        got = detect_house(lines).name
        winner, top, runner, second, variants = stages(lines)
        ok = got in want
        wrong += not ok
        rows += 1
        shown = " ".join(f"{name}:{margin:+.0f}" if margin > float("-inf") else f"{name}:<floor" for name, margin in variants)
        print(
            f"{'ok ' if ok else 'BAD'} {str(path.relative_to(corpus))[-62:]:62} want={'|'.join(want):16}"
            f" got={got:16} family={winner}:{top:.0f} vs {runner}:{second:.0f} variants[{shown}]"
        )
        if show_evidence:
            for name in dict.fromkeys((*want, *(name for name, _ in variants))):
                fired = evidence_counts(HOUSES[name], lines)
                print(f"      {name}: " + ", ".join(f"{k}×{n}" for k, n in fired.most_common(8)))
    print(f"{rows - wrong}/{rows} files read as their House")
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
