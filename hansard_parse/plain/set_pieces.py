"""Set pieces: sentences whose form alone says what they are.

Bracketed notes (`[Interruption.]`), order-paper formulas (`What steps his Department is
taking…`), the topical-questions formula, chair lines (`Order.`, `I call …`), the stage
direction `rose—` and cries from the benches. The segmenter takes them as fixed points or as
turns of their own, whatever the cues around them say.
"""

from __future__ import annotations

import re

from hansard_parse.plain.prefilter import by_start, contains_any
from hansard_parse.plain.vocabulary import MINISTER, MINISTER_TITLES

__all__ = ["CRY", "ROSE", "THANK_YOU", "TOPICAL", "chair_cue", "is_formula", "is_note"]

_NOTE = re.compile(r"\s*\[[^\[\]]*\]\s*")


def is_note(text: str) -> bool:
    """Blank lines and bracket-only notes (`[Interruption.]`) never start or end a turn."""
    return not text.strip() or ("[" in text and bool(_NOTE.fullmatch(text)))


# Topical questions open with a formula of their own (`If he will make a statement on his
# departmental responsibilities.`).
TOPICAL = re.compile(r"\bstatement on (?:his|her) departmental responsibilities\b")
_FORMULA_HEAD = frozenset({"What", "Which", "How", "When", "Whether", "If"})
_FORMULA_PRONOUNS = frozenset({"he", "she", "his", "her"})
# fmt: off
_NOT_FORMULA_SECOND = frozenset({
    "is", "was", "are", "were", "do", "does", "did", "has", "have", "had", "will", "would", "can",
    "could", "should", "may", "might", "must", "a", "an", "happens", "happened", "matters",
})
# fmt: on
_FIRST_PERSON = frozenset({"I", "we", "We", "my", "our", "me", "us", "you"})


def is_formula(text: str) -> bool:
    """Order-paper formula: a reported question (`What steps his Department is taking…`).

    It opens with a question word but keeps statement word order (`What steps he is
    taking`, not `What steps is he taking?`), speaks in no first person, runs to a few words
    and ends in a full stop, not a question mark. `If`/`When` formulas name the minister
    at once (`If he will make a statement…`, `When she next expects…`).
    """
    stripped = text.strip()
    if not stripped.endswith(".") or "?" in stripped:
        return False
    words = stripped.rstrip(".").split()
    if len(words) < 6 or words[0] not in _FORMULA_HEAD:
        return False
    if any(w.strip(",;:—’'") in _FIRST_PERSON for w in words):
        return False
    if words[0] == "If":
        return words[1] in _FORMULA_PRONOUNS and words[2] == "will"
    if words[0] == "When":
        return words[1] in _FORMULA_PRONOUNS
    second = words[1].strip(",")
    return second not in _NOT_FORMULA_SECOND and not second[:1].isupper()


# Chair lines: (pattern, cue, start characters, literals).
_CHAIR: tuple[tuple[re.Pattern[str], str, str, tuple[str, ...]], ...] = (
    (re.compile(r"^Order[.!,]"), '"Order."', "O", ()),
    (re.compile(r"^I call\b"), '"I call"', "I", ()),
    (
        re.compile(r"^(?:We (?:now )?come (?:now )?to|I now call|Let us now)\b"),
        '"We come now to"',
        "WIL",
        (),
    ),
    (
        re.compile(
            r"^(?:I (?:just )?(?:remind|ask|appeal to) (?:hon\. )?Members|I am sorry to interrupt)\b"
        ),
        "chair admonishes",
        "I",
        (),
    ),
    (
        re.compile(r"^(?:[A-Z][\w’'.-]* ){1,3}is not here\.$"),
        '"… is not here."',
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        ("is not here.",),
    ),
    (
        re.compile(r"^(?:The )?" + MINISTER + r"\.$"),
        "chair calls the minister",
        "T" + "".join(sorted({title[0] for title in MINISTER_TITLES})),
        (),
    ),
)
THANK_YOU = re.compile(r"^Thank you\.$")

_CHAIR_BY_START, _CHAIR_ANYWHERE = by_start(_CHAIR, [entry[2] for entry in _CHAIR])


def chair_cue(text: str) -> str:
    """Return the chair cue the sentence opens with, or ""."""
    for pattern, cue, _start, literals in _CHAIR_BY_START.get(text[:1], _CHAIR_ANYWHERE):
        if contains_any(text, literals) and pattern.search(text):
            return cue
    return ""


# The stage direction for a member rising to speak (`Hon. Members rose—`), a turn of its own.
ROSE = re.compile(r"(?:(?:Several |An )?[Hh]on\. Members? )?rose\s*[—–-]+\s*")
# Collective cries from the benches, each its own turn (`Hon. Members: Object.` in print).
CRY = re.compile(r"(?:Object|Hear, hear|Shame|Withdraw|Resign)[.!]?")
