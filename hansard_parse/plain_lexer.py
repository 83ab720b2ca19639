"""The lexer for speaker-less transcripts: repaired sentences and inferred turn openings.

Sentence repair and turn segmentation live in :mod:`hansard_parse.plain`; this module turns
their decisions into grammar tokens: a zero-width ``TURN_<KIND>`` token (carrying the cue and
confidence) where a turn starts, then one ``SENTENCE`` token per repaired sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from .houses import COMMONS, House
from .layout import is_sentence_per_line
from .patterns import unreadable_reason
from .plain.captions import CAPTION, caption_turns, is_captions
from .plain.repair import SentenceGroup, repair_sentences
from .plain.segment import Turn, segment
from .plain.units import segment_units
from .source import Line
from .speakers import match_print_label
from .tokens import TURN_TERMINALS, Piece


def _sources(lines: Sequence[Line]) -> tuple[Line, ...]:
    """The source lines of ``lines`` (logical lines of hard-wrapped text stand for several)."""
    if len(lines) == 1:
        return lines[0].sources
    return tuple(source for line in lines for source in line.sources)


def _sentence_piece(
    lines: Sequence[Line], repaired: bool, house: House, captions: bool = False
) -> Piece:
    sources = _sources(lines)
    if captions:
        return Piece("SENTENCE", sources, repaired=repaired, detail=CAPTION)
    text = lines[0].content.strip()
    if len(lines) == 1:
        if not text:
            return Piece("BLANK", sources)
        reason = unreadable_reason(text)
        if reason:
            return Piece("UNPARSED", sources, detail=reason)
        if (text.startswith("[") and house.inline_note_re.fullmatch(text)) or _voices_interject(
            text, house
        ):
            return Piece("INTERJECTION", sources)
    return Piece("SENTENCE", sources, repaired=repaired or len(sources) > len(lines))


def _voices_interject(text: str, house: House) -> bool:
    """A collective voice's line (``Some hon. members: Hear, hear!``) where the House's record
    makes it an interjection (Canada's), as the labelled layouts read it."""
    if not house.voices_interject or ":" not in text[:60]:
        return False
    label = match_print_label(text, house)
    return label is not None and label.speaker.role == "collective"


MAX_TITLE_WORDS = 12
"""Words a title line (``Rural Bus Services``, ``Volume 702: debated on Tuesday 14 March
2023``) holds at most."""
MAX_TITLE_LINES = 12
"""Title lines a transcript may open with; more is a transcript of fragments, not a page."""
_SPOKEN_END = ".?!,;:—–-\"”’')]…"


def _title_lines(texts: Iterable[str]) -> int:
    """How many of the first units are a copied page's title lines, not speech: short, and
    ending in no punctuation at all (a speaker's first words end a sentence, a clause or
    break off with a dash)."""
    for count, text in enumerate(texts):
        stripped = text.strip()
        if stripped[-1:] in _SPOKEN_END or len(stripped.split()) > MAX_TITLE_WORDS:
            return count
        if count >= MAX_TITLE_LINES:
            break
    return 0


def _turn_starts(groups: Sequence[SentenceGroup], lines: Sequence[Line], house: House) -> dict[int, Turn]:
    """The turns that open at ``groups`` (by group index): sentence by sentence for a
    transcript a sentence a line, by the sentences of each paragraph otherwise."""
    # Blank lines say nothing about who speaks: the segmenter sees only the sentences, and
    # not the title lines a copied page opens with (they stay loose text before any turn).
    spoken = [index for index, group in enumerate(groups) if group.text.strip()]
    spoken = spoken[_title_lines(groups[index].text for index in spoken) :]
    texts = [groups[index].text for index in spoken]
    if not texts:
        return {}
    if is_sentence_per_line(lines):
        turns = segment(texts, house=house)
    else:
        turns = segment_units(texts, house)
    return {spoken[turn.start]: turn for turn in turns}


def plain_pieces(
    lines: Sequence[Line], house: House = COMMONS, *, known: Mapping[int, str] | None = None
) -> list[Piece]:
    """Tokens for a speaker-less transcript, its turns inferred from ``house``'s cues.

    The units are the lines, rejoined where a splitter broke a sentence; in subtitles
    (:mod:`~hansard_parse.plain.captions`) caption lines joined into sentences.

    ``known`` gives the token of lines (by index) a website's shapes read: its furniture
    (``BOILERPLATE``), notes and title. They are no sentence of the transcript: the segmenter
    never sees them. A site's time stamps (``TIME``, one above each turn) are time nodes and
    each the start of a new turn: the text between two stamps is segmented on its own.
    """
    if known and "TIME" in known.values():
        return _between_stamps(lines, house, known)
    if known:
        return _around_known(lines, house, known)
    contents = [line.content for line in lines]
    captions = is_captions(contents)
    if captions:
        groups, starts = caption_turns(contents, house)
    else:
        groups = repair_sentences(contents, house)
        starts = _turn_starts(groups, lines, house)
    pieces: list[Piece] = []
    blank_from: int | None = None
    """The first line of the run of blank lines being collected (one token per run)."""
    for index, group in enumerate(groups):
        if group.first == group.last and not group.text.strip():  # blank: never a turn start
            if blank_from is None:
                blank_from = group.first
            continue
        if blank_from is not None:
            pieces.append(Piece("BLANK", _sources(lines[blank_from : group.first])))
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
        pieces.append(
            _sentence_piece(lines[group.first : group.last + 1], group.repaired, house, captions)
        )
    if blank_from is not None:
        pieces.append(Piece("BLANK", _sources(lines[blank_from:])))
    return pieces


def _around_known(lines: Sequence[Line], house: House, known: Mapping[int, str]) -> list[Piece]:
    """The transcript read with the site's lines blanked out (blank lines say nothing about
    who speaks), then each of those lines given back as its own token."""
    blanked = [
        line._replace(content="", parts=()) if index in known else line for index, line in enumerate(lines)
    ]
    by_number = {source.offset_line: source for line in lines for source in line.sources}
    index_of = {source.offset_line: index for index, line in enumerate(lines) for source in line.sources}
    pieces: list[Piece] = []
    for piece in plain_pieces(blanked, house):
        originals = tuple(by_number[line.offset_line] for line in piece.lines)
        if piece.terminal != "BLANK":
            pieces.append(piece._replace(lines=originals))
            continue
        run: list[Line] = []
        for line in originals:
            terminal = known.get(index_of[line.offset_line])
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
            pieces.append(Piece("TIME", _sources(lines[cut : cut + 1])))
        start = cut + 1
    return pieces
