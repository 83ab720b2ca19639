"""The sides a cue can point to, and how a sentence is cut into words.

The words of a House (its forms of address, `my right hon. Friend`, `the noble Lord`, and the
ministers' titles) live in :mod:`hansard_parse.houses`; every cue table of the speaker-less
reader is built from the House it is given.
"""

from __future__ import annotations

import re

__all__ = ["ANSWER", "QUESTION", "WORD"]

# Sides a cue can point to.
ANSWER = "A"
QUESTION = "Q"

WORD = re.compile(r"\w+")
"""A word of a sentence, as the side cues' keys and the count of named particulars see it."""
