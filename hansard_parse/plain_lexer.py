"""The lexer for speaker-less transcripts: repaired sentences and inferred turn openings.

Sentence repair and turn segmentation live in :mod:`hansard_parse.plain`; this module turns
their decisions into grammar tokens: a zero-width ``TURN_<KIND>`` token (carrying the cue and
confidence) where a turn starts, then one ``SENTENCE`` token per repaired sentence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .houses import COMMONS, House
from .patterns import unreadable_reason
from .plain.repair import repair_sentences
from .plain.segment import segment
from .source import Line
from .speakers import match_print_label
from .tokens import TURN_TERMINALS, Piece


def _sentence_piece(lines: Sequence[Line], repaired: bool, house: House) -> Piece:
    text = lines[0].content.strip()
    if len(lines) == 1:
        if not text:
            return Piece("BLANK", tuple(lines))
        reason = unreadable_reason(text)
        if reason:
            return Piece("UNPARSED", tuple(lines), detail=reason)
        if house.inline_note_re.fullmatch(text) or _voices_interject(text, house):
            return Piece("INTERJECTION", tuple(lines))
    return Piece("SENTENCE", tuple(lines), repaired=repaired)


def _voices_interject(text: str, house: House) -> bool:
    """A collective voice's line (``Some hon. members: Hear, hear!``) where the House's record
    makes it an interjection (Canada's), as the labelled layouts read it."""
    if not house.voices_interject or ":" not in text[:60]:
        return False
    label = match_print_label(text, house)
    return label is not None and label.speaker.role == "collective"


def plain_pieces(
    lines: Sequence[Line], house: House = COMMONS, *, known: Mapping[int, str] | None = None
) -> list[Piece]:
    """Tokens for a speaker-less transcript, its turns inferred from ``house``'s cues.

    ``known`` gives the token of lines (by index) a website's shapes read: its furniture
    (``BOILERPLATE``), notes and title. They are no sentence of the transcript: the segmenter
    never sees them. A site's time stamps (``TIME``, one above each turn) are time nodes and
    each the start of a new turn: the text between two stamps is segmented on its own.
    """
    if known and "TIME" in known.values():
        return _between_stamps(lines, house, known)
    if known:
        return _around_known(lines, house, known)
    groups = repair_sentences([line.content for line in lines], house)
    # Blank lines say nothing about who speaks: the segmenter sees only the sentences.
    spoken = [index for index, group in enumerate(groups) if group.text.strip()]
    turns = segment([groups[index].text for index in spoken], house=house) if spoken else []
    starts = {spoken[turn.start]: turn for turn in turns}
    pieces: list[Piece] = []
    blank_from: int | None = None
    """The first line of the run of blank lines being collected (one token per run)."""
    for index, group in enumerate(groups):
        if group.first == group.last and not group.text.strip():  # blank: never a turn start
            if blank_from is None:
                blank_from = group.first
            continue
        if blank_from is not None:
            pieces.append(Piece("BLANK", tuple(lines[blank_from : group.first])))
            blank_from = None
        turn = starts.get(index)
        if turn is not None:
            pieces.append(
                Piece(
                    TURN_TERMINALS[turn.kind],
                    (),
                    cue=turn.cue,
                    confidence=round(turn.confidence, 3),
                    continues=turn.continues,
                )
            )
        pieces.append(_sentence_piece(lines[group.first : group.last + 1], group.repaired, house))
    if blank_from is not None:
        pieces.append(Piece("BLANK", tuple(lines[blank_from:])))
    return pieces


def _around_known(lines: Sequence[Line], house: House, known: Mapping[int, str]) -> list[Piece]:
    """The transcript read with the site's lines blanked out (blank lines say nothing about
    who speaks), then each of those lines given back as its own token."""
    blanked = [line._replace(content="") if index in known else line for index, line in enumerate(lines)]
    first = lines[0].offset_line
    pieces: list[Piece] = []
    for piece in plain_pieces(blanked, house):
        originals = tuple(lines[line.offset_line - first] for line in piece.lines)
        if piece.terminal != "BLANK":
            pieces.append(piece._replace(lines=originals))
            continue
        run: list[Line] = []
        for line in originals:
            terminal = known.get(line.offset_line - first)
            if terminal is None:
                run.append(line)
                continue
            if run:
                pieces.append(Piece("BLANK", tuple(run)))
                run = []
            pieces.append(Piece(terminal, (line,)))
        if run:
            pieces.append(Piece("BLANK", tuple(run)))
    return pieces


def _between_stamps(lines: Sequence[Line], house: House, known: Mapping[int, str]) -> list[Piece]:
    """The transcript cut at each time stamp: the text from one stamp to the next is read as
    a transcript of its own (so a turn starts after each stamp), the stamps are time nodes."""
    pieces: list[Piece] = []
    start = 0
    for cut in [*sorted(i for i, terminal in known.items() if terminal == "TIME"), len(lines)]:
        if cut > start:
            chunk = {i - start: known[i] for i in range(start, cut) if i in known}
            pieces.extend(plain_pieces(lines[start:cut], house, known=chunk))
        if cut < len(lines):
            pieces.append(Piece("TIME", (lines[cut],)))
        start = cut + 1
    return pieces
