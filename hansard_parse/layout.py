"""Which of the four layouts a text is in: print, web, plain (speaker-less) or prose.

Speaker-attributed text shows itself by its labels (``Name: text`` lines for print, a label
alone above running text for web). Without labels, a transcript from a corpus tool has one
sentence a line; prose (news, op-eds) has paragraphs of several sentences.

A file pasted together from two sources (a print excerpt, then a web excerpt; an article,
then the debate it reports) changes layout part way: :func:`layout_regions` finds where,
from the same line classes detection reads, so each part is lexed in its own layout.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .chamber_talk import reads_as_debate
from .classify import QUIET_KINDS, ClassifiedLine, Kind, count_layout_evidence
from .houses import COMMONS, House
from .plain.captions import is_captions
from .plain.openers import opener
from .source import Line

# The kinds as module names: on Python 3.11 every ``Kind.X`` goes through EnumType's
# Python-level ``__getattr__`` hook, ten times a module name's cost, and the passes
# below test kinds several times a line.
_BLANK, _PARA, _SPEAKER, _WEB_LABEL = Kind.BLANK, Kind.PARA, Kind.SPEAKER, Kind.WEB_LABEL

LAYOUTS = ("print", "web", "plain", "prose")

_SENTENCE_BREAK_RE = re.compile(r"[.?!][\"”’']?\s+[A-Z“\"‘]")
"""A sentence ending followed by the start of another, inside one line."""
_ABBREVIATION_BEFORE_RE = re.compile(r"(?:^|\W)(?:Mr|Mrs|Ms|Dr|hon|No|St|[A-Z])$")
"""What before a full stop makes it an abbreviation or an initial, not a sentence end."""


def _has_sentence_break(text: str) -> bool:
    """True when ``text`` holds the end of one sentence and the start of the next.

    The pattern looks for the punctuation first and the abbreviation check runs only on
    the few characters before each hit: a look-behind at the front of the pattern would
    be tried at every character of the line.
    """
    for match in _SENTENCE_BREAK_RE.finditer(text):
        at = match.start()
        if not _ABBREVIATION_BEFORE_RE.search(text, max(0, at - 4), at):
            return True
    return False


def detect_layout(
    lines: Sequence[Line], classified: Sequence[ClassifiedLine], house: House = COMMONS
) -> str:
    """Pick the layout that best explains the lines (read in ``house``'s words).

    Subtitles are speaker-less whatever their lines look like (a stamp glued to a name)."""
    if is_captions([line.content for line in lines[: _SAMPLE * 2]]):
        return "plain"
    n_print, n_web, strong = count_layout_evidence(classified)
    enough = 1 if strong else 2
    if n_print >= enough and n_print >= n_web:
        return "print"
    if n_web >= enough:
        return "web"
    return speakerless_layout(lines, house)


def speakerless_layout(lines: Sequence[Line], house: House = COMMONS) -> str:
    """``plain`` or ``prose`` for text without speaker labels.

    A sentence a line is a corpus tool's transcript. A paragraph a line is either a debate
    copied without its names or an article; the chamber's own words tell which
    (:func:`~hansard_parse.chamber_talk.reads_as_debate`), so an article invents no speaker.
    """
    if is_sentence_per_line(lines):
        return "plain"
    if reads_as_debate([line.content for line in lines[:_SAMPLE * 2]], house):
        return "plain"
    return "prose"


_SAMPLE = 400
"""Lines read to judge the shape of a text: enough to tell, and bounded for huge files."""


def is_sentence_per_line(lines: Sequence[Line]) -> bool:
    """True when few lines hold more than one sentence (the shape of a corpus-tool transcript).

    Judged on the first few hundred non-blank lines (each cut to 2,000 characters)."""
    texts: list[str] = []
    for line in lines:
        if line.content.strip():
            texts.append(line.content[:2000])
            if len(texts) >= _SAMPLE:
                break
    if not texts:
        return True
    several = sum(1 for text in texts if _has_sentence_break(text))
    return several <= 0.15 * len(texts)


class Region(NamedTuple):
    """Lines ``start`` up to ``end`` (0-based, end exclusive) that read in one ``layout``."""

    start: int
    end: int
    layout: str


MIN_LABELS = 4
"""Labels each side of a change between print and web must hold: a label or two of the other
shape inside a long stretch is noise (a heading read as a web label), not a new layout."""
AGREEMENT = 0.8
"""The share of a region's labels that must have its shape."""
MIN_PREFIX = 8
"""Lines, before the first label, that may make a prose or transcript region of their own."""
MIN_PREFIX_CHARS = 1000
"""Characters of running text those lines must hold: a sitting's own preamble (the date,
``The House met at half-past Eleven o’clock``, prayers) is a few short lines."""
PREFIX_TEXT_SHARE = 0.9
"""The share of those lines that must be running text (a preamble holds headings)."""


class Shape(NamedTuple):
    """A line that reads as a speaker label: where, in which layout's shape, and whether it
    could be nothing but a label (a number, brackets, an office)."""

    line: int
    """0-based index of the label's line."""
    layout: str
    strong: bool


def label_shapes(classified: Sequence[ClassifiedLine]) -> list[Shape]:
    """Each line that reads as a speaker label, as
    :func:`~hansard_parse.classify.count_layout_evidence` counts them."""
    shapes: list[Shape] = []
    following = _BLANK
    for i in range(len(classified) - 1, -1, -1):
        item = classified[i]
        strong = bool(item.label and item.label.strong)
        if item.kind is _SPEAKER:
            shapes.append(Shape(i, "print", strong))
        elif item.kind is _WEB_LABEL and following is _PARA:
            shapes.append(Shape(i, "web", strong))
        if item.kind not in QUIET_KINDS:
            following = item.kind
    shapes.reverse()
    return shapes


def layout_regions(
    lines: Sequence[Line],
    classified: Sequence[ClassifiedLine],
    layout: str,
    house: House = COMMONS,
) -> list[Region]:
    """The regions of a text detected as ``layout`` (print or web), in order, covering it.

    Three changes are recognised, each only on clear evidence, so a text in one layout stays
    one region: running text with no label at the top (an article before the debate it
    reports: at least ``MIN_PREFIX`` lines and ``MIN_PREFIX_CHARS`` characters, nearly all
    running text) becomes a prose or plain region; where the labels change shape from print
    to web or back, with at least ``MIN_LABELS`` labels each side and ``AGREEMENT`` of each
    side's labels of its shape, the text is cut at the change; and a transcript without names
    after the last label (:func:`_speakerless_tail`) becomes a plain region. A cut falls before the headings and blank lines that open the
    new part. The cost is one pass over line classes the parser makes anyway.
    """
    shapes = label_shapes(classified)
    regions: list[Region] = []
    start = 0
    if shapes:
        first_label = _opening(classified, shapes[0].line, house)
        prefix = [item for item in classified[:first_label] if not item.line.is_blank]
        text = [item.line.content for item in prefix if item.kind is _PARA]
        if (
            len(prefix) >= MIN_PREFIX
            and len(text) >= PREFIX_TEXT_SHARE * len(prefix)
            and sum(map(len, text)) >= MIN_PREFIX_CHARS
        ):
            regions.append(Region(0, first_label, speakerless_layout(lines[:first_label], house)))
            start = first_label
    cut = _shape_change(shapes)
    if cut is not None:
        index, before, after = cut
        at = max(_opening(classified, shapes[index].line, house), start)
        regions += [Region(start, at, before), Region(at, len(lines), after)]
    else:
        regions.append(Region(start, len(lines), layout))
    tail = _speakerless_tail(classified, shapes, house) if shapes else None
    if tail is not None and tail > regions[-1].start:
        regions[-1] = regions[-1]._replace(end=tail)
        regions.append(Region(tail, len(lines), "plain"))
    regions = [region for region in regions if region.end > region.start]
    return regions if len(regions) > 1 else [Region(0, len(lines), layout)]


MIN_TAIL_OPENINGS = 3
"""Paragraphs after the last label that must open a turn for the rest to be a transcript."""
TAIL_OPENING_SHARE = 0.2
"""The share of them that must: a debate copied without names opens a turn in half its
paragraphs or more, while the later paragraphs of a speech open one in 6% at most."""
OPENING_STRENGTH = 1.5
"""How strongly a paragraph's first words must open a turn (the segmenter's opener scale:
``I thank the Minister…``, ``My hon. Friend is right…``)."""


def _opens_turn(text: str, house: House) -> bool:
    """True when ``text`` opens as a new speaker would: the chair's words, or a strong opener."""
    stripped = text.strip()
    if house.chair_words_re.match(stripped):
        return True
    return opener(stripped, stripped.endswith("?"), house)[0] >= OPENING_STRENGTH


def _speakerless_tail(
    classified: Sequence[ClassifiedLine], shapes: Sequence[Shape], house: House
) -> int | None:
    """Where a speaker-less transcript begins after the last label (a page whose names stop
    part way), or None.

    The last label keeps its first paragraph; the rest must be long running text (as for an
    article on top: ``MIN_PREFIX`` lines, ``MIN_PREFIX_CHARS`` characters), read as a debate
    (:func:`~hansard_parse.chamber_talk.reads_as_debate`), with turns opening in at least
    ``TAIL_OPENING_SHARE`` of its paragraphs: a long last speech does not.
    """
    last = shapes[-1]
    at = last.line + 1
    if last.layout == "web":
        while at < len(classified) and classified[at].kind is not Kind.PARA:
            at += 1
        at += 1
    tail = [item for item in classified[at:] if not item.line.is_blank]
    text = [item.line.content for item in tail if item.kind is Kind.PARA]
    if (
        len(tail) < MIN_PREFIX
        or len(text) < PREFIX_TEXT_SHARE * len(tail)
        or sum(map(len, text)) < MIN_PREFIX_CHARS
    ):
        return None
    openings = sum(1 for paragraph in text if _opens_turn(paragraph, house))
    if openings < MIN_TAIL_OPENINGS or openings < TAIL_OPENING_SHARE * len(text):
        return None
    return at if reads_as_debate(text, house) else None


def _shape_change(shapes: Sequence[Shape]) -> tuple[int, str, str] | None:
    """The label where the shape changes (its index in ``shapes``), with the layouts before
    and after, or None when one shape holds throughout.

    The web side must also hold a strong label: a run of headings over text (``Second
    Reading`` above a speech) has the web shape, but never a name in brackets or a number."""
    total = {"print": 0, "web": 0}
    strong_total = {"print": 0, "web": 0}
    for shape in shapes:
        total[shape.layout] += 1
        strong_total[shape.layout] += shape.strong
    if min(total.values()) < AGREEMENT * MIN_LABELS:
        return None  # a cut needs that many labels of each shape, on its own side of it
    seen = {"print": 0, "web": 0}
    strong_seen = {"print": 0, "web": 0}
    best: tuple[int, int, str, str] | None = None
    for k in range(1, len(shapes)):
        previous = shapes[k - 1]
        seen[previous.layout] += 1
        strong_seen[previous.layout] += previous.strong
        if k < MIN_LABELS or len(shapes) - k < MIN_LABELS:
            continue
        for before, after in (("print", "web"), ("web", "print")):
            agree_before = seen[before]
            agree_after = total[after] - seen[after]
            if agree_before < AGREEMENT * k or agree_after < AGREEMENT * (len(shapes) - k):
                continue
            web_strong = (
                strong_seen["web"] if before == "web" else strong_total["web"] - strong_seen["web"]
            )
            if not web_strong:
                continue
            score = agree_before + agree_after
            if best is None or score > best[0]:
                best = (score, k, before, after)
    return None if best is None else (best[1], best[2], best[3])


def _opening(classified: Sequence[ClassifiedLine], label: int, house: House = COMMONS) -> int:
    """Where the part that ``label`` belongs to opens: before the headings, notes, blank
    lines and procedure right above it (they introduce what follows). A motion's words after
    the procedure line that reports it (`Resolved,` then `That an Humble Address be …`) are
    that procedure's, not the running text of the part before."""
    at = label
    while at > 0:
        kind = classified[at - 1].kind
        if kind is _PARA and not _reported_motion(classified, at - 1, house):
            break
        if kind is _SPEAKER:
            break
        at -= 1
    return at


def _reported_motion(classified: Sequence[ClassifiedLine], index: int, house: House) -> bool:
    """Whether the paragraph at ``index`` is a motion's words after a procedure line."""
    return (
        index > 0
        and classified[index - 1].kind is Kind.PROCEDURAL
        and bool(house.motion_body_re.match(classified[index].line.content.strip()))
    )
