"""Whether speaker-less paragraphs were spoken in a chamber or written for a newspaper.

A debate copied from a website without its speaker names (hansard.parliament.uk pages, Lords
copies, the Senedd's) and a minister's opinion piece have the same shape: a paragraph a line,
several sentences each, first person throughout. What tells them apart is the chamber's own
language, which an article does not use: members address each other through the chair
(``my hon. Friend``, ``the noble Lord``, ``Mr Speaker``, ``Presiding Officer``), the chair
keeps order (``Order.``, ``I call …``), members move (``I beg to move``), give way and ask the
front bench questions (``Will the Minister …?``). The words come from the Houses
(:mod:`hansard_parse.houses`), so a new House's forms of address count without a change here.

A line counts once however many cues it holds, and words in quotation marks do not count: an
article that reports a debate quotes the chamber, a debate speaks in it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .houses import HOUSES, House
from .houses.base import alternation
from .plain.sides import unquoted

__all__ = ["MIN_CUE_LINES", "MIN_CUE_SHARE", "chamber_cue_lines", "reads_as_debate", "speaks_in_chamber"]

MIN_CUE_LINES = 3
"""Lines with a chamber's words a debate must hold at least: an article may quote one or two."""
MIN_CUE_SHARE = 0.05
"""The share of its non-blank lines that must hold them. Commons and Lords debates use them
in a quarter to a half of their paragraphs, the devolved chambers' in one in twenty (a long
statement, standing orders read out); articles in none."""
_SAMPLE = 400
"""Lines read: enough to judge, and bounded for huge files."""

_CHAIR_ADDRESS = (
    r"(?:Mr|Madam|Madame)\.? (?:Deputy )?(?:Speaker|Chair(?:man)?|President|Presiding Officer)",
    r"(?:Deputy )?Presiding Officer", r"(?:Dirprwy )?Lywydd", r"Llywydd", r"My Lords",
    r"Mr\.? Chairman", r"Madam Chairman",
)  # fmt: skip
"""How a member addresses the chair in the middle of a speech, in every House."""
_MOVING = r"I beg to (?:move|ask leave)|I commend (?:the|this) (?:Bill|motion|amendment|Order|statement)"
_FRONT_BENCH = ("Cabinet Secretary", "cabinet secretary", "First Minister")
"""The devolved chambers' front bench, besides each House's own titles."""
_VOCATIVE = (
    r"^\s*(?:Thank you(?: very much)?,?\s+)?(?:Cabinet Secretary|(?:First |Deputy )?Minister|"
    r"(?:Deputy )?Presiding Officer|Llywydd|Dirprwy Lywydd|Convener|Chair|Madam Speaker|"
    r"Mr\.? Speaker)[,.!]"
)
"""A speech that opens by addressing the chair or the front bench (``Cabinet Secretary, …``,
``Thank you, Llywydd.``)."""
_CALLS = (
    r"^\s*(?:Thank you\.\s+)?Question \d+[,.]",
    r"\b[Tt]he Member(?:['’]s)?\b(?! of Parliament)",
)
"""The chair calling a numbered question; a colleague called ``the Member`` (the record's
capital, which newspapers do not use)."""


@functools.cache
def _cues(house: House) -> re.Pattern[str]:
    """One pattern for the chamber's words, read in ``house``'s and every other House's forms
    of address (a text's House is a guess made from these same phrases)."""
    addresses = sorted(
        {rf"\b(?:[Tt]he|[Mm]y) {h.hon}(?:{alternation(h.addressees)})s?\b" for h in HOUSES.values()}
    )
    parts = [
        *addresses,
        rf"\b(?:{'|'.join(_CHAIR_ADDRESS)})\b",
        _MOVING,
        rf"^\s*(?:{house.chair_words})",
        house.point_of_order,
        house.give_way,
        house.asked,
        house.asker_thanks,
        house.minister_thanks,
        r"\b[Tt]he (?:hon\. |right hon\. )?[Mm]ember for [A-Z]",
        _VOCATIVE,
        *_CALLS,
    ]
    return re.compile("|".join(f"(?:{part})" for part in parts if part), re.MULTILINE)


@functools.cache
def _front_bench(house: House) -> re.Pattern[str]:
    titles = alternation((*house.minister_titles, *_FRONT_BENCH))
    return re.compile(rf"\b(?:the|my) (?:right hon\. (?:and learned )?(?:Friend )?)?(?:{titles})\b")


def speaks_in_chamber(text: str, house: House) -> bool:
    """True when ``text`` (one line) uses words only a chamber uses, or asks the front bench
    a question; quotations are left out."""
    own = unquoted(text)
    if _cues(house).search(own):
        return True
    stripped = own.rstrip()
    return stripped.endswith("?") and bool(_front_bench(house).search(stripped))


def chamber_cue_lines(texts: Sequence[str], house: House) -> int:
    """How many of ``texts`` use the chamber's words."""
    return sum(1 for text in texts if speaks_in_chamber(text, house))


def reads_as_debate(texts: Sequence[str], house: House) -> bool:
    """True when the non-blank lines of ``texts`` (the first few hundred) read as a debate:
    at least :data:`MIN_CUE_LINES` of them, and :data:`MIN_CUE_SHARE` of all, use a chamber's
    words."""
    sample = [text[:2000] for text in texts if text.strip()][:_SAMPLE]
    found = chamber_cue_lines(sample, house)
    return found >= MIN_CUE_LINES and found >= MIN_CUE_SHARE * len(sample)
