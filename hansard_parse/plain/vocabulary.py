"""Words of the House that several cue tables share.

The two sides a cue can point to, the forms of address (`my right hon. Friend`, `the hon.
Lady`) and the ministers' titles are built into the opener, side and chair patterns alike;
they live here so that every table spells them the same way.
"""

from __future__ import annotations

import re

__all__ = ["ADDRESSEE", "ANSWER", "HON", "MINISTER", "MINISTER_TITLES", "QUESTION", "WORD"]

# Sides a cue can point to.
ANSWER = "A"
QUESTION = "Q"

HON = r"(?:right )?hon\. (?:and (?:learned|gallant) )?"
ADDRESSEE = r"(?:Friend|Gentleman|Lady|Member)"
# fmt: off
MINISTER_TITLES = (
    "Minister", "Ministers", "Secretary of State", "Prime Minister", "Home Secretary",
    "Foreign Secretary", "Justice Secretary", "Health Secretary", "Lord Chancellor",
    "Chancellor", "Deputy Prime Minister", "Solicitor General", "Attorney General",
    "Leader of the House",
)
# fmt: on
MINISTER = "(?:" + "|".join(MINISTER_TITLES) + ")"
WORD = re.compile(r"\w+")
"""A word of a sentence, as the side cues' keys and the count of named particulars see it."""
