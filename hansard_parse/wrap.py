"""Hard-wrapped text rejoined into logical lines before the lines are classified.

Old Official Report committee pages and news copies wrap a few words a line: a label over two
lines (``The`` / ``Chairman: I should like to remind…``), a member of a list over four
(``Blunt,`` / ``Mr. Crispin`` / ``(Reigate)`` / ``(Con)``), a sentence over several. Every
reader after this point takes a line for a unit (a label, a paragraph, a sentence), so the
wrapped lines are joined first: a logical :class:`~hansard_parse.source.Line` whose content
is its source lines' joined by single spaces, and whose ``parts`` are those source lines,
which the tokens and nodes keep, so spans stay exact and nothing is lost.

Text that is not hard-wrapped is left alone, after one cheap pass over the line ends:
Official Report paragraphs are a line each, and a corpus tool's sentences a line each, so
few lines there break off mid-sentence to carry on in lower case on the next.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .houses import COMMONS, House
from .plain.repair import should_join
from .source import Line

__all__ = ["CARRIED_SHARE", "MIN_CARRIED", "MIN_WIDTH", "is_hard_wrapped", "joins", "unwrap"]

MIN_CARRIED = 5
"""Lines carried on in lower case a hard-wrapped text must hold at least."""
CARRIED_SHARE = 0.2
"""The share of the junctions between two non-blank lines that must carry on in lower case:
the Official Report, its web copies and the corpus tools' transcripts hold at most 7%;
English wrapped at any width breaks before a lower-case word most of the time."""
MIN_WIDTH = 20
"""The narrowest width text is wrapped at: a column of single words is a list, not a page."""
FULL = 0.75
"""A line at least this share of the text's width was filled: the wrap was forced, whatever
the next line opens with."""
_SAMPLE = 2000

_STOPS = ".?!:;"
_LABEL_REACH = 60
"""Characters within which a line that opens with a label shows its colon."""
_CLOSERS = "\"”’')]"
_NEW_ITEM_RE = re.compile(r"(?:\[|T?\d{1,3}\.\s|Q\d+\s|[•*·]\s)")
"""What opens a new item whatever the line before: a note, a numbered question, a bullet."""
_OPEN_ENDED = frozenset((
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the",
    "to", "with", "that", "than", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir",
    "Dame", "Lord", "Lady", "Baroness", "Hon", "Hon.", "hon", "hon.", "Rt", "Rt.", "The", "A",
    "An", "And", "Of", "To",
))  # fmt: skip
"""Words that cannot end a line of their own (articles, prepositions, titles)."""


def _carries_on(after: str) -> bool:
    """The next line opens as the rest of a sentence (a lower-case word, a bracket, a number)."""
    first = after[:1]
    return first.islower() or first == "("


def is_hard_wrapped(lines: Sequence[Line]) -> bool:
    """True when many lines break off without a stop and carry on in lower case on the next,
    and the lines come close to a width a page could be wrapped at (judged on the first two
    thousand lines)."""
    junctions = carried = 0
    previous = ""
    for line in lines[:_SAMPLE]:
        text = line.content.strip()
        if previous and text:
            junctions += 1
            if previous[-1] not in _STOPS and _carries_on(text):
                carried += 1
        previous = text
    if carried < MIN_CARRIED or carried < CARRIED_SHARE * junctions:
        return False
    return _width(lines) >= MIN_WIDTH


def _width(lines: Sequence[Line]) -> int:
    """The width the text was wrapped at: the length most lines come close to (the 90th
    percentile, so a few overlong lines do not set it)."""
    lengths = sorted(len(line.content.rstrip()) for line in lines[:_SAMPLE] if not line.is_blank)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def joins(before: str, after: str, width: int, house: House = COMMONS) -> bool:
    """Whether the line ``after`` carries on the logical line that ``before`` wrapped.

    A line ending in a colon is a label (or a list's introduction) carried on by the next,
    unless the next opens with a label of its own. A sentence stop or a semicolon ends a
    logical line unless the next carries on in lower case (or the stop is an abbreviation's); a closing bracket ends one unless another
    bracket follows (``(Reigate)`` / ``(Con)``). A line that ends mid-phrase carries on when
    the next opens in lower case, when it ends in a comma or a word that cannot end a line
    (``The`` / ``Chairman: …``), or when it was filled to the width and ends in a word (``…I
    call James`` / ``Sunderland.``); a short line, or one that ends in a number (``…14 March
    2023``), above a capitalised line is a heading, a date or a label alone.
    """
    left = before.rstrip()
    right = after.lstrip()
    if not left or not right or _NEW_ITEM_RE.match(right):
        return False
    last = left.rstrip(_CLOSERS)[-1:] or left[-1]
    if last == ":" and left[-1] == ":":
        # a label wrapped just after its colon (``The Minister for … (Ms Hardcastle):`` /
        # ``I am happy…``), unless the next line opens with a label of its own
        return right[:1].islower() or ":" not in right[:_LABEL_REACH]
    if last in _STOPS:
        return right[:1].islower() or should_join(left, right, house)
    if left[-1] in ")]":
        return right[:1] == "(" or right[:1].islower()
    if left[-1] in "-–—":  # a word split at its hyphen carries on; a broken-off turn does not
        return _carries_on(right)
    if _carries_on(right) or right[:1].isdigit() or left[-1] in ",&":
        return True
    word = left.split()[-1]
    return word in _OPEN_ENDED or (word[-1].isalpha() and len(left) >= FULL * width)


def unwrap(lines: Sequence[Line], house: House = COMMONS) -> Sequence[Line]:
    """``lines`` with each run of hard-wrapped lines joined into one logical line (the same
    sequence, untouched, when the text is not hard-wrapped)."""
    if not is_hard_wrapped(lines):
        return lines
    width = _width(lines)
    logical: list[Line] = []
    run: list[Line] = []
    for line in lines:
        if run and joins(run[-1].content, line.content, width, house):
            run.append(line)
            continue
        if run:
            logical.append(_joined(run))
        run = [line]
    if run:
        logical.append(_joined(run))
    return logical


def _joined(run: Sequence[Line]) -> Line:
    """One logical line for ``run``: the contents joined by single spaces (a line ending's
    place in the text taken by one space, so offsets within a part are easy to map back)."""
    if len(run) == 1:
        return run[0]
    first = run[0]
    content = " ".join(line.content for line in run)
    return Line(first.offset_line, first.start, content, run[-1].eol, tuple(run))
