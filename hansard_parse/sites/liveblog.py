"""News sites' live blogs of a sitting (``Politics live: …``, ``Budget 2024 – as it happened``).

A live blog reports a debate in the journalist's words, post by post, each under its time
(``12.34pm GMT``), with the blog's furniture (``Key events``, ``Show key events only``,
``Updated at 12.14pm GMT``). Its lines are paragraphs of narrative, short posts a line each,
which the layout detector's count of sentences a line can take for a speaker-less transcript;
but a blog is never a transcript: the quotes in it are the reporter's, so it reads as prose
and names no speaker.
"""

from __future__ import annotations

from typing import ClassVar

from .base import Site

_POST_TIME = r"\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?(?:\s+(?:GMT|BST|UTC|CET|AEST|AEDT|NZST|NZDT|EST|EDT))?"
"""When a post was published (``12.34pm GMT``, ``14:12``)."""


class LiveBlog(Site):
    """A news site's live blog of a sitting."""

    name: ClassVar[str] = "live-blog"
    title: ClassVar[str] = "a news live blog"

    evidence: ClassVar[tuple[str, ...]] = ("Show key events only",)
    evidence_line: ClassVar[str] = (
        r"Key\s+events|Live\s+(?:updates|reporting|coverage)|LIVE\b.{0,120}"
        r"|.{1,100}\s[–—-]?\s*as\s+it\s+happened|.{1,60}\b[Ll]ive\s*:\s.{1,160}"
        r"|Updated(?:\s+at)?\s+" + _POST_TIME
    )
    """The blog's own furniture and headline (``Politics live: …``, ``… as it happened``),
    whole lines that no record prints."""
    evidence_line_needs: ClassVar[tuple[str, ...]] = (
        "Key", "Live", "LIVE", "happened", r"ive\s*:", "Updated",
    )  # fmt: skip
    """What each branch of :attr:`evidence_line` holds: the line pattern's branches that open
    with ``.{1,100}`` would otherwise be tried at every line of every text."""
    clutter: ClassVar[tuple[str, ...]] = (
        r"Key\s+events",
        r"Show\s+key\s+events\s+only",
        r"Updated(?:\s+at)?\s+" + _POST_TIME,
        _POST_TIME,
        r"\d{1,2}:\d{2}",
        r"Most\s+(?:viewed|read|popular)",
        r"Related\s+(?:topics|stories|articles)",
        r"LIVE",
        r"By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}",
    )
    layout: ClassVar[str | None] = "prose"
