"""How a sentence hands the floor on.

It asks (and not of itself), breaks off at a dash, asks a member to give way or gives way,
closes an answer by offering to meet or write, or commends a motion or a statement to the
House: cues, read at a sentence's end or in a set phrase, that the next sentence is likely to
open a turn.
"""

from __future__ import annotations

import re

__all__ = [
    "CLOSES",
    "CLOSES_KEYS",
    "CLOSES_WEIGHT",
    "COMMENDS",
    "COMMEND_STATEMENT",
    "DASHES_AND_QUOTES",
    "GIVES_WAY",
    "GIVE_WAY",
    "INTERRUPTED_END",
    "INVERTED",
    "QUESTION_END",
    "RHETORICAL",
]

QUESTION_END = re.compile(r"\?[\s”’\"')\]]*$")
# Questions a speaker asks of himself are rhetorical, not questions to the minister.
RHETORICAL = re.compile(
    r"^(?:(?:Am|Do|Did|Have|Was) I|(?:Are|Do|Did|Have|Were|Should) we|(?:Why|How|What|Where|When) (?:do|did|should|would|can|could|have|are|am|were) (?:I|we))\b"
)
# A question the chair cut short keeps its inverted word order (`Will the hon. Gentleman—`).
INVERTED = re.compile(
    r"(?:Will|Would|Does|Do|Can|Could|Is|Has|Have|May|Should|Did|Are|Was|Were|Shall|Might) (?:the|my|he|she|they|you|not|Ministers?|his|her)\b"
)
INTERRUPTED_END = re.compile(r"[—–-]\s*[”’\"]?\s*$")
DASHES_AND_QUOTES = '—–-”’"'
"""What a sentence that `INTERRUPTED_END` matches can end with (besides whitespace)."""
GIVE_WAY = re.compile(r"\bgive way\?")
# (Not `I will give way shortly`: a promise for later, the speaker carries on.)
GIVES_WAY = re.compile(
    r"^(?:Of course,? |Yes,? |Certainly,? )?I (?:will |shall |am happy to |gladly )?give way\b(?! (?:shortly|in a moment|in a minute|later|to)\b)"
)
# How a minister closes an answer: an offer to meet or write, a look ahead.
CLOSES = re.compile(
    r"\b(?:(?:happy|pleased|delighted|glad) to (?:meet|discuss|write|visit|talk|look|get back|come back)|(?:he|she|him|her|Member|Friend|Gentleman|Lady) (?:wants to |would like to |will |would |could |can |to )?writes? to me|I (?:will|shall|would|can) (?:happily |gladly |certainly |of course )?(?:write to|meet|look into)|I look forward to)\b"
)
CLOSES_KEYS = frozenset({"meet", "discuss", "write", "writes", "visit", "talk", "look", "back"})
"""Every match of `CLOSES` holds one of these words."""
CLOSES_WEIGHT = 1.5
"""Answer-side weight of a closing offer (`CLOSES`), added in `read_cues`."""
COMMENDS = re.compile(
    r"^I commend (?:the|this) (?:motion|statement|Bill|amendments?|new clause|report) to the House\b"
)
COMMEND_STATEMENT = re.compile(r"\bcommend (?:this|the) statement to the House\b")
