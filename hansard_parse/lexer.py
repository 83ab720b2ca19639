"""The lexer as one visible chain of passes: lines in, grammar tokens out.

Like markdown-it's core rule list, every step that turns a text's lines into tokens is one
entry of :data:`PASSES`, a function over the token stream of a :class:`LexState` that writes
its decision into the tokens themselves (a line's kind, a turn's kind, a heading's level),
never into a side table. Each layout runs the passes named in :data:`CHAINS`, in order;
:func:`~hansard_parse.parse` runs the whole chain and :func:`~hansard_parse.iter_parse` runs
the same chain up to the heading levels to find where it may cut a file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from attrs import define, field

from .classify import ClassifiedLine, Kind, classify_line, classify_lines, resolve_context
from .divisions import mark_divisions
from .headings import heading_levels
from .houses import COMMONS, House
from .patterns import clock_time, unreadable_reason
from .plain_lexer import plain_pieces
from .prose import prose_pieces
from .sites import Site, SiteFacts
from .source import Line
from .speakers import TRAILING_UIN_RE
from .tokens import TURN_TERMINALS, Piece, group_body_runs, merge_blank_runs
from .turns import type_turns

# The kinds as module names: on Python 3.11 every ``Kind.X`` goes through EnumType's
# Python-level ``__getattr__`` hook, ten times a module name's cost, and the passes
# below test kinds several times a line.
_HEADING, _SPEAKER, _TIME, _UNPARSED = Kind.HEADING, Kind.SPEAKER, Kind.TIME, Kind.UNPARSED


@define
class LexState:
    """The text being lexed: its lines, layout, House and site, and the token streams so far."""

    lines: Sequence[Line]
    layout: str
    house: House
    site: Site | None = None
    """The website the text was copied from, if any (see :mod:`hansard_parse.sites`)."""
    known: list[ClassifiedLine | None] | None = None
    """What the site makes of each line (None where it has nothing to say), once read."""
    facts: SiteFacts = field(factory=SiteFacts)
    """What the site's page says about the sitting (House, date, volume, columns, time)."""
    time: str | None = None
    """The time the text's first turns were spoken at, where the page states it."""
    items: list[ClassifiedLine] = field(factory=list)
    """One token per line (speaker-attributed layouts), refined pass by pass."""
    pieces: list[Piece] = field(factory=list)
    """The grammar's tokens."""


Pass = Callable[[LexState], None]


def site(state: LexState) -> None:
    """The lines the website's shapes make certain: its furniture (boilerplate) and its own
    label shapes (speakers). Nothing without a site."""
    if state.site is not None and state.known is None:
        state.known = state.site.read_lines(state.lines, state.house)


def classify(state: LexState) -> None:
    """What each line is by itself: blank, marker, note, procedure, a label, a title, text.

    Lines already classified (to detect the layout) are kept, and lines the site read are
    its; the rest are classified here.
    """
    done = len(state.items)
    known = state.known
    if known is None:
        if done < len(state.lines):
            state.items.extend(classify_lines(state.lines[done:], state.house))
        return
    for i in range(done):
        if (read := known[i]) is not None:
            state.items[i] = read
    if done < len(state.lines):
        state.items.extend(
            known[i] or classify_line(state.lines[i], state.house)
            for i in range(done, len(state.lines))
        )
        _cut_off_end(state.items, known)


def _cut_off_end(items: list[ClassifiedLine], known: Sequence[ClassifiedLine | None]) -> None:
    """A page's last line that could only be a label or a title, with nothing after it, is
    where the copy stopped (``Rt Hon CHRISTOP``): text, never a speaker or a heading."""
    for i in range(len(items) - 1, -1, -1):
        item = items[i]
        if item.kind in (Kind.BLANK, Kind.BOILERPLATE):  # the page's footer comes after
            continue
        if known[i] is None and item.kind in (Kind.WEB_LABEL, Kind.TITLE):
            items[i] = item._replace(kind=Kind.PARA, label=None)
        return


def divisions(state: LexState) -> None:
    """Division records: the opening line and every line of the lists and tellers."""
    state.items = mark_divisions(state.items, state.house)


def context(state: LexState) -> None:
    """Headings, web labels, motions and page chrome, by what surrounds each line."""
    state.items = resolve_context(state.items, web=state.layout == "web", house=state.house)


def turn_kinds(state: LexState) -> None:
    """The kind of turn each speaker line opens (question, answer, speech …), in context."""
    state.items = type_turns(state.items, state.house)


def levels(state: LexState) -> None:
    """The level (1–3) of each heading."""
    state.items = heading_levels(state.items, state.house)


def tokens(state: LexState) -> None:
    """One grammar token per line; a speaker line's token carries its turn's facts."""
    state.pieces = speaker_pieces(state.items, state.house, time=state.time)


def column_rejoin(state: LexState) -> None:
    """A paragraph cut mid-sentence by a column marker is one paragraph again."""
    state.pieces = rejoin_across_columns(state.pieces)


def sentences(state: LexState) -> None:
    """Speaker-less text: repaired sentences and the turns the segmenter infers."""
    state.pieces = plain_pieces(state.lines, state.house, known=site_terminals(state, _PLAIN_KNOWN))


def prose(state: LexState) -> None:
    """Prose: narrative paragraphs and web clutter, never speakers."""
    state.pieces = prose_pieces(state.lines, known=site_terminals(state, _PROSE_KNOWN))


_PLAIN_KNOWN = {
    Kind.BOILERPLATE: "BOILERPLATE", Kind.INTERJECTION: "INTERJECTION", Kind.HEADING: "HEADING1",
    Kind.TIME: "TIME",
}  # fmt: skip
"""What a site's readings are in a speaker-less transcript; a time stamp (sovote.ca's
``• Feb/20/22 12:39:24 p.m.``) also opens a turn (see :func:`~hansard_parse.plain_lexer.plain_pieces`)."""
_PROSE_KNOWN = {Kind.BOILERPLATE: "BOILERPLATE", Kind.INTERJECTION: "INTERJECTION"}


def site_terminals(state: LexState, terminals: Mapping[Kind, str]) -> dict[int, str]:
    """The token of each line (by index) the site read as one of the kinds in ``terminals``
    (its furniture, notes and title), for layouts that keep no line classes."""
    if state.known is None:
        return {}
    return {
        i: terminals[read.kind]
        for i, read in enumerate(state.known)
        if read is not None and read.kind in terminals
    }


def blank_runs(state: LexState) -> None:
    """One token for each run of blank lines."""
    state.pieces = merge_blank_runs(state.pieces)


def body_runs(state: LexState) -> None:
    """One ``BODY`` token for each run of body lines between structural tokens."""
    state.pieces = group_body_runs(state.pieces)


PASSES: dict[str, Pass] = {
    "site": site,
    "classify": classify,
    "divisions": divisions,
    "context": context,
    "turn_kinds": turn_kinds,
    "levels": levels,
    "tokens": tokens,
    "column_rejoin": column_rejoin,
    "sentences": sentences,
    "prose": prose,
    "blank_runs": blank_runs,
    "body_runs": body_runs,
}
"""Every pass by name."""

_SPEAKER_CHAIN = (
    "site", "classify", "divisions", "context", "turn_kinds", "levels", "tokens", "column_rejoin",
    "blank_runs", "body_runs",
)  # fmt: skip
CHAINS: dict[str, tuple[str, ...]] = {
    "print": _SPEAKER_CHAIN,
    "web": _SPEAKER_CHAIN,
    "plain": ("site", "sentences", "blank_runs", "body_runs"),
    "prose": ("site", "prose", "blank_runs"),
}
"""The passes each layout runs, in order."""


def run_passes(state: LexState, *, until: str | None = None) -> LexState:
    """Run the layout's chain on ``state``, stopping after the pass named ``until``."""
    for name in CHAINS[state.layout]:
        PASSES[name](state)
        if name == until:
            break
    return state


def speaker_pieces(
    items: Sequence[ClassifiedLine], house: House = COMMONS, *, time: str | None = None
) -> list[Piece]:
    """Tokens for speaker-attributed text: one per line, turn openings typed in context; a
    question's reference at the end of its line (``[61234]``, ``(S3W-28168)``) is its UIN;
    ``time`` is the clock time before the first time stamp (a page's stated start)."""
    pieces: list[Piece] = []
    for item in items:
        if item.kind is _TIME:
            time = clock_time(item.line.content) or time
        if item.kind is _SPEAKER and item.label is not None:
            label = item.label
            time = label.time or time  # ``Mr PEARCE (Aston) (09:01):`` gives its own time
            uin = label.uin
            if uin is None and label.number is not None:
                trailing = TRAILING_UIN_RE.search(item.line.content)
                uin = trailing["uin"] if trailing else None
            if uin is None and house.question_reference and item.turn == "question":
                reference = house.question_reference_re.search(item.line.content)
                uin = reference["uin"] if reference else None
            pieces.append(
                Piece(
                    TURN_TERMINALS[item.turn or "speech"],
                    item.line.sources,
                    label=label,
                    speaker=label.speaker,
                    number=label.number,
                    uin=uin,
                    time=time,
                )
            )
        elif item.kind is _HEADING:
            pieces.append(Piece(f"HEADING{item.level or 2}", item.line.sources))
        elif item.kind is _UNPARSED:
            pieces.append(unparsed_piece(item.line))
        else:
            pieces.append(Piece(item.kind.value, item.line.sources))
    return pieces


def unparsed_piece(line: Line) -> Piece:
    """A token for a line no rule can read, with the reason as its diagnostic."""
    return Piece("UNPARSED", line.sources, detail=unreadable_reason(line.content) or "unreadable line")


def rejoin_across_columns(pieces: Sequence[Piece]) -> list[Piece]:
    """Rejoin a paragraph that a column marker cut mid-sentence, keeping the marker inside.

    ``…the hypocrisy of the Iranian leadership`` / ``19 July 2011 : Column 772`` /
    ``on this that…``: the text before the marker stops without sentence punctuation and the
    text after it starts in lower case, so both halves are one paragraph.
    """
    joined: list[Piece] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        if (
            piece.terminal == "COLUMN"
            and joined
            and i + 1 < len(pieces)
            and pieces[i + 1].terminal == "PARA"
            and (joined[-1].terminal == "PARA" or joined[-1].terminal.startswith("TURN_"))
            and joined[-1].lines
            and _breaks_off(joined[-1].lines[-1].content)
            and pieces[i + 1].lines[0].content[:1].islower()
        ):
            previous = joined[-1]
            joined[-1] = previous._replace(lines=(*previous.lines, *piece.lines, *pieces[i + 1].lines))
            i += 2
            continue
        joined.append(piece)
        i += 1
    return joined


def _breaks_off(text: str) -> bool:
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] not in ".?!:;\"”’)]—"


__all__ = ["CHAINS", "PASSES", "LexState", "run_passes", "speaker_pieces"]
