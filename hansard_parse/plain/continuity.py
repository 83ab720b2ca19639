"""Cues that a sentence carries on the one before rather than opening a turn.

A pronoun or a connective leans back (`That…`, `However, …`, `…, therefore, …`), and a line
that opens in lower case, with a quotation mark or with a list item continues a line that
broke off.
"""

from __future__ import annotations

import re

__all__ = ["anaphora", "carries_on"]

# Openings that lean on the sentence before: unlikely to open a turn.
_BACK_WORDS = (
    "That", "This", "These", "Those", "It", "Its", "They", "Their", "Them", "He", "His", "She",
    "Her", "Such", "Both",
)
_ANAPHORIC = re.compile(
    r"^(?!(?:This|That|These|Those) (?:week|year|month|morning|afternoon|evening|summer|winter|spring|autumn|Government|House|Bill)\b)(?:"
    + "|".join(_BACK_WORDS)
    + r")\b"
)
# Connectives carry the speaker's own argument on: no turn opens with one.
_CONNECTIVE_WORDS = (
    "However", "But", "And", "Also", "So", "Therefore", "Moreover", "Furthermore", "Then",
    "Again", "Equally", "Secondly", "Thirdly", "Finally", "Likewise", "Yet", "Nor", "Otherwise",
    "Instead", "Meanwhile", "Similarly", "In addition", "As a result", "For example", "Even so",
    "In a similar vein",
)
_CONNECTIVE = re.compile(r"^(?:" + "|".join(_CONNECTIVE_WORDS) + r")\b")
"""Both patterns match only a sentence that starts with one of their words, which
`str.startswith` tests first for a fraction of the cost."""
# fmt: off
_BACK_PRONOUNS = frozenset({
    "they", "them", "their", "he", "him", "his", "she", "it", "its", "this", "these", "those",
    "also", "too", "though",
})
# Connectives that carry the speaker's own argument on: they open no turn wherever they stand
# among the first words (`There are, therefore, …`, `Will he therefore…`).
_CONNECTIVES = frozenset({
    "therefore", "however", "thus", "moreover", "furthermore", "nevertheless", "nonetheless",
    "consequently",
})
# fmt: on
_CONNECTIVE_ANAPHORA = 1.5
"""A connective (`However,`, `…, therefore, …`) leans on the sentence before more surely than a
pronoun does: an answer may open `That is nonsense.`, but none opens `Moreover, …`."""


def anaphora(text: str) -> float:
    """How much a sentence leans on the one before: 1 for a connective or pronoun first word
    or a connective among its first words (`There are, therefore, …`), 0.5 for a pronoun
    among its first words (`The anger they are showing…`), else 0."""
    head = [w.strip(",;:—") for w in text.split(None, 8)[1:8]]
    if (
        text.startswith(_CONNECTIVE_WORDS) and _CONNECTIVE.match(text)
    ) or not _CONNECTIVES.isdisjoint(head):
        return _CONNECTIVE_ANAPHORA
    if text.startswith(_BACK_WORDS) and _ANAPHORIC.match(text):
        return 1.0
    return 0.0 if _BACK_PRONOUNS.isdisjoint(head[:5]) else 0.5


_CARRIES_ON = re.compile(r"[a-z]|[‘'“\"]|\([a-z0-9]{1,4}\) ")
_CARRIES_ON_FIRST = frozenset("abcdefghijklmnopqrstuvwxyz‘'“\"(")
"""The characters a match of `_CARRIES_ON` can start with: any other first character rules
it out without running it."""


def carries_on(text: str) -> bool:
    """Whether a sentence carries on the one before rather than opening anew.

    A line that opens in lower case, with a quotation mark or with a list item (`(a) pay…`)
    continues what the line before broke off (`…leave out line 5 and insert—`, `the MMO—`,
    a quotation): a dash before it is a quotation's or a list's, not an interruption.
    """
    return text[:1] in _CARRIES_ON_FIRST and bool(_CARRIES_ON.match(text))
