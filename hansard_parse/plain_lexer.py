"""The lexer for speaker-less transcripts: repaired sentences and inferred turn openings.

Sentence repair and turn segmentation live in :mod:`hansard_parse.plain`; this module turns
their decisions into grammar tokens: a zero-width ``TURN_<KIND>`` token (carrying the cue and
confidence) where a turn starts, then one ``SENTENCE`` token per repaired sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .houses import COMMONS, House
from .layout import is_sentence_per_line
from .patterns import unreadable_reason
from .plain.captions import CAPTION, caption_turns, is_captions
from .plain.repair import SentenceGroup, repair_sentences
from .plain.segment import Turn, segment
from .plain.units import segment_units
from .source import Line
from .tokens import TURN_TERMINALS, Piece


def _sources(lines: Sequence[Line]) -> tuple[Line, ...]:
    """The source lines of ``lines`` (logical lines of hard-wrapped text stand for several)."""
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
        if house.inline_note_re.fullmatch(text):
            return Piece("INTERJECTION", sources)
    return Piece("SENTENCE", sources, repaired=repaired or len(sources) > len(lines))


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


def plain_pieces(lines: Sequence[Line], house: House = COMMONS) -> list[Piece]:
    """Tokens for a speaker-less transcript, its turns inferred from ``house``'s cues.

    The units are the lines, rejoined where a splitter broke a sentence; in subtitles
    (:mod:`~hansard_parse.plain.captions`) caption lines joined into sentences."""
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
