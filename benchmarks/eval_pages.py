"""Score the parser on copied web pages against their gold speakers and layout (a script, not a test).

Issue 14 asks whether debates copied from websites are read right: the layout, every labelled
turn's speaker, and no site clutter read as a heading or a speaker. The corpus scorer measures
Official Report renderings; this script measures page copies, each ``NAME.txt`` with a
``NAME.gold.json`` beside it (the shape is described in ``tests/fixtures/blind_pages/README.md``).

    python benchmarks/eval_pages.py tests/fixtures/blind_pages
    python benchmarks/eval_pages.py DIR --json      # the summary alone, as one JSON line

It parses with the ``hansard_parse`` that the running interpreter imports, so running it with
another checkout's venv measures that checkout. Per page it prints: whether the layout is
right, labelled turns found / expected, speakers right / expected, and the clutter lines read
as a heading or a speaker; per site (the part of the file name after the number) the same
summed; then the totals.

A gold turn is matched to a parsed turn in order (longest common subsequence), so one missed
or invented turn costs one turn, not every turn after it. Names match when they are equal
after dropping case, punctuation and honorifics (``Mr``, ``Hon``, ``Rt Hon`` …), or when one
is the other's surname part (a later ``Mr Hale`` label for ``Martin Hale``). Where the gold
gives an office it must also match the parsed office (or appear in the label); where the gold
gives no name, the office alone decides.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import hansard_parse as hp

TURN_TYPES = {
    "question", "supplementary_question", "answer", "speech", "statement", "intervention",
    "point_of_order", "chair",
}

HONORIFICS = re.compile(
    r"^(?:(?:the|rt|right|hon|honourable|mr|mrs|ms|miss|dr|sir|dame|senator)\.?\s+)+", re.I
)

# Lines that are site furniture on every kind of page the issue lists; a heading or a speaker
# whose text is one of these (or starts with one) is clutter read as structure.
CLUTTER = re.compile(
    r"^(?:skip to main content|menu|home\b|search\b|sign (?:in|up)|share\b|alert me|donate|"
    r"back to top|back to\b|forward to\b|previous (?:section|fragment)|next fragment|download fragment|"
    r"cookie|we use cookies|accept\b|advertisement|related (?:articles|topics)|read full debate|"
    r"read more|continue reading|maybe turn this|find out more|comments?$|link$|twitter$|"
    r"facebook$|most viewed|key events|show key events|language:|cymraeg$|\(limited text|"
    r"- hansard|- view speech|• |\d+ words$|source:|by desk editor|press release|"
    r"parallel parliament|theyworkforyou|openaustralia|openparliament|sovote|politik$|"
    r"\d+\S*\.pdf|updated\b)",
    re.I,
)


def norm_name(text: str | None) -> str:
    """Lower-case letters and spaces of a name, honorifics dropped."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).strip()
    text = HONORIFICS.sub("", text)
    text = re.sub(r"[^a-z ]", "", text.lower())
    return " ".join(text.split())


def norm_office(text: str | None) -> str:
    """An office compared without case, punctuation or a leading ``The``."""
    if not text:
        return ""
    text = re.sub(r"[^a-z ]", " ", unicodedata.normalize("NFKC", text).lower())
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def names_match(gold: str, found: str) -> bool:
    """Equal, or one is the trailing words (the surname part) of the other."""
    g, f = norm_name(gold).split(), norm_name(found).split()
    if not g or not f:
        return False
    short, long = (g, f) if len(g) <= len(f) else (f, g)
    return long[-len(short):] == short


def turn_matches(gold: dict[str, Any], speaker: dict[str, Any]) -> bool:
    """Whether a parsed speaker is the gold turn's speaker."""
    label = speaker.get("label") or ""
    found_name = speaker.get("name") or ""
    if gold.get("name") and not names_match(gold["name"], found_name):
        return False
    office = norm_office(gold.get("office"))
    if not office:
        return True
    candidates = [norm_office(speaker.get("office")), norm_office(found_name), norm_office(label)]
    return any(c and (c == office or office in c or (len(c) > 4 and c in office)) for c in candidates)


def lcs(gold: list[dict[str, Any]], found: list[dict[str, Any]]) -> int:
    """The number of gold turns matched in order."""
    prev = [0] * (len(found) + 1)
    for g in gold:
        cur = [0]
        for j, f in enumerate(found):
            cur.append(prev[j] + 1 if turn_matches(g, f) else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def walk(obj: Any) -> list[dict[str, Any]]:
    """Every node of an exported tree, in document order."""
    out: list[dict[str, Any]] = []
    stack = [obj]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("type"), str):
                out.append(node)
            stack.extend(reversed(node.get("children", [])))
        elif isinstance(node, list):
            stack.extend(reversed(node))
    return out


def heading_text(node: dict[str, Any]) -> str:
    """The text a heading node shows."""
    if isinstance(node.get("text"), str):
        return str(node["text"])
    parts = [n["text"] for n in walk(node.get("children", [])) if isinstance(n.get("text"), str)]
    return "".join(parts).strip()


@dataclass
class Score:
    """Counts for one page or one group of pages."""

    pages: int = 0
    layout_right: int = 0
    expected: int = 0
    found: int = 0
    right: int = 0
    unlabelled_expected: int = 0
    unlabelled_found: int = 0
    clutter: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.pages += other.pages
        self.layout_right += other.layout_right
        self.expected += other.expected
        self.found += other.found
        self.right += other.right
        self.unlabelled_expected += other.unlabelled_expected
        self.unlabelled_found += other.unlabelled_found
        self.clutter.extend(other.clutter)

    def row(self) -> str:
        speakers = f"{self.right}/{self.expected}" if self.expected else "-"
        unl = f" unlabelled {self.unlabelled_found}/{self.unlabelled_expected}" if self.unlabelled_expected else ""
        return (
            f"layout {self.layout_right}/{self.pages}  turns {self.found}/{self.expected}"
            f"  speaker {speakers}{unl}  clutter {len(self.clutter)}"
        )


def score_page(path: Path) -> tuple[Score, str, str]:
    """Parse one page and compare it with its gold; also return the layouts."""
    gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text(encoding="utf-8"))
    doc = hp.parse_file(str(path))
    tree = json.loads(hp.to_json(doc))["document"]
    nodes = walk(tree)
    turns = [n for n in nodes if n["type"] in TURN_TYPES]
    labelled = [
        n["speaker"] for n in turns
        if isinstance(n.get("speaker"), dict) and n["speaker"].get("role") != "collective"
        and (n["speaker"].get("name") or n["speaker"].get("label"))
    ]
    score = Score(pages=1, layout_right=int(tree.get("layout") == gold["layout"]))
    score.expected = len(gold["turns"])
    score.found = len(labelled)
    score.right = lcs(gold["turns"], labelled)
    if "unlabelled_turns" in gold:
        score.unlabelled_expected = int(gold["unlabelled_turns"])
        score.unlabelled_found = len(turns)
    for node in nodes:
        if node["type"] == "heading" and CLUTTER.match(heading_text(node)):
            score.clutter.append(f"heading {heading_text(node)!r}")
    for speaker in labelled:
        label = str(speaker.get("label") or speaker.get("name") or "")
        if CLUTTER.match(label):
            score.clutter.append(f"speaker {label!r}")
    if gold["layout"] == "prose":
        score.clutter.extend(f"speaker on prose {s.get('label')!r}" for s in labelled)
    return score, str(tree.get("layout")), str(gold["layout"])


def site_of(path: Path) -> str:
    """The site part of a page's name: ``07_pp_commons`` → ``pp``."""
    parts = path.stem.split("_")
    return parts[1] if len(parts) > 1 else path.stem


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--json", action="store_true", help="print only the summary as JSON")
    args = parser.parse_args(argv)
    pages = sorted(p for p in args.dir.glob("*.txt") if p.with_suffix(".gold.json").exists())
    if not pages:
        print(f"eval_pages: no NAME.txt with a NAME.gold.json in {args.dir}.", file=sys.stderr)
        return 2
    total = Score()
    sites: dict[str, Score] = defaultdict(Score)
    for page in pages:
        score, got, want = score_page(page)
        total.add(score)
        sites[site_of(page)].add(score)
        if not args.json:
            mark = "ok " if got == want else f"{got}≠{want}"
            print(f"{page.stem:40} {mark:13} {score.row()}")
            for item in score.clutter:
                print(f"{'':40}   clutter: {item}")
    summary = {
        "pages": total.pages,
        "layout_acc": round(total.layout_right / total.pages, 3),
        "speaker_acc": round(total.right / total.expected, 3) if total.expected else None,
        "turns_found": total.found,
        "turns_expected": total.expected,
        "clutter": len(total.clutter),
    }
    if args.json:
        print(json.dumps(summary))
        return 0
    print()
    for site, score in sorted(sites.items()):
        print(f"{site:14} {score.row()}")
    print()
    print(f"{'total':14} {total.row()}")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
