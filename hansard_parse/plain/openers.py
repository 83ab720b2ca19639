"""How strongly a sentence opens a turn, and for which side.

A turn announces itself in its first words: `On a point of order`, `It is a pleasure to
follow…`, `My hon. Friend is right…`, `I thank the Minister…`. Thanks are told apart by
their object (`…for his question` is the minister's, `…for her answer` the asker's).
"""

from __future__ import annotations

import re

from hansard_parse.plain.prefilter import ANY, by_start, contains_any
from hansard_parse.plain.vocabulary import ADDRESSEE, ANSWER, HON, MINISTER, QUESTION

__all__ = ["opener"]

_MINISTER_RE = re.compile(MINISTER)

# Side-agnostic turn openers (pattern, strength, side or "", cue, start characters, literals).
_OPENERS: tuple[tuple[re.Pattern[str], float, str, str, str, tuple[str, ...]], ...] = (
    (
        re.compile(
            r"^(?:On a |Further to (?:that|the|my|his|her) (?:earlier |previous )?)point of order\b"
        ),
        5.0,
        "",
        '"point of order"',
        "OF",
        (),
    ),
    (
        re.compile(r"^(?:Very briefly, )?further to (?:that|the) point of order\b", re.IGNORECASE),
        4.0,
        "",
        '"further to that point of order"',
        ANY,
        (),
    ),
    (
        re.compile(
            r"^(?:It is a (?:great )?(?:pleasure|privilege) to (?:follow|serve|speak)|I beg to move\b|With the leave of the House\b|I (?:too, )?rise to|I, too, rise|I (?:wish|want|intend) to speak|I shall (?:address|confine) my remarks|I am (?:pleased|glad|delighted) to (?:follow|speak|take part|have the opportunity))"
        ),
        4.0,
        ANSWER,
        "speech opener",
        "IW",
        (),
    ),
    # Judging the point just made (present tense: `makes a good point`, `is right`) answers
    # the speaker before; recalling it (`raised`, `will know`) may come later in a turn too.
    (
        re.compile(
            r"^(?:My|The) "
            + HON
            + ADDRESSEE
            + r" (?:is (?:absolutely |quite |entirely |of course )?(?:right|correct)|raises (?:a|an|the|some|many|several|two|three|important|very|this)|makes (?:a|an|the|some|many|several|two|three|important|very|this)|is making (?:a|an|the|some|many|several|two|three|important|very|this))\b"
        ),
        4.0,
        ANSWER,
        'opens with "My hon. Friend"/"The hon. Gentleman"',
        "MT",
        (),
    ),
    (
        re.compile(
            r"^(?:My|The) "
            + HON
            + ADDRESSEE
            + r"(?:[’']s)? (?:is (?:absolutely |quite |entirely )?right|raises|raised|makes|made|has (?:raised|made|asked)|asks|asked|mentioned|refers|referred|is (?:correct|making)|will (?:know|be aware)|knows|and I)\b"
        ),
        3.0,
        ANSWER,
        'opens with "My hon. Friend"/"The hon. Gentleman"',
        "MT",
        (),
    ),
    (
        re.compile(r"^(?:My|The) " + HON + ADDRESSEE + r"(?![’']?s? (?:the Member|for)\b)"),
        1.5,
        "",
        'opens with "My hon. Friend"/"The hon. Gentleman"',
        "MT",
        (),
    ),
    (
        re.compile(
            r"^I (?:thank|am (?:very |most |extremely |really |always )?grateful to|pay tribute to|join|echo|congratulate|appreciate|agree with|do not know whether to thank)(?: both)? (?:the|my|him|her) (?:"
            + HON
            + r"|"
            + MINISTER
            + r"\b|Chair\b|Members?\b)"
        ),
        2.5,
        "",
        'opens with "I thank"/"I am grateful"',
        "I",
        (),
    ),
    (
        re.compile(
            r"^I (?:thank (?:him|her|you)|am (?:very |most )?grateful for (?:that|his|her|the) (?:reply|answer|response|intervention|statement|clarification))\b"
        ),
        2.5,
        "",
        'opens with "I thank"/"I am grateful"',
        "I",
        (),
    ),
    (
        re.compile(
            r"^(?:(?:Let me|I) (?:begin|start) by|I, too, (?:congratulate|welcome|thank)|I am (?:happy|pleased|delighted) to intervene|I (?:welcome|am grateful for) the opportunity to (?:participate|speak|take part|contribute))\b"
        ),
        3.0,
        "",
        "speech opener",
        "LI",
        (),
    ),
    (
        re.compile(
            r"^(?:Thank you|I apologise|I am grateful),? (?:Mr\.? |Madam )(?:Deputy )?Speaker\b"
        ),
        3.0,
        "",
        "thanks the chair",
        "TI",
        (),
    ),
    (
        re.compile(r"^(?:Mr\.? |Madam )(?:Deputy )?Speaker,"),
        2.0,
        QUESTION,
        "addresses the chair",
        "M",
        (),
    ),
    (
        re.compile(
            r"^(?:Does|Will|Would|Can|Could|Is|Has|May|Should|Did|Do|Have|Are|Was) (?:the|my|not the) (?:"
            + HON
            + r"|"
            + MINISTER
            + r"\b)"
        ),
        0.5,
        QUESTION,
        "asks the Minister/Member",
        "DWCIHMSA",
        (),
    ),
    (
        re.compile(r"^(?:Surely|Is it not the case|Does (?:he|she) not) "),
        1.5,
        QUESTION,
        "challenges the speaker",
        "SID",
        (),
    ),
    (
        re.compile(r"\bgive way\?"),
        4.0,
        QUESTION,
        'asks "will the hon. Member give way?"',
        ANY,
        ("give way?",),
    ),
    (
        re.compile(r"^(?:Yes|No|Not yet|Indeed|Absolutely|Certainly|Of course)\b[,.;!—]"),
        1.5,
        ANSWER,
        "short reply",
        "YNIACO",
        (),
    ),
    (
        re.compile(
            r"^(?:I am (?:more than |very |always |of course )?(?:happy|pleased|delighted|glad) to|I am (?:very )?(?:aware|sorry))\b"
        ),
        1.0,
        ANSWER,
        'opens with "I am happy to"',
        "I",
        (),
    ),
    # Taking up the questions just put (`I will address some of those points in turn.`).
    (
        re.compile(
            r"^I (?:will |shall |have |can )?(?:address|take|deal with|respond to|turn to|answer|covered|addressed|dealt with) (?:some of |each of |all of |both of |one or two of |a few of )?(?:those|these|the|his|her|that|this) (?:points?|questions?|issues?|matters?|concerns?)\b"
        ),
        3.0,
        ANSWER,
        "takes up the questions put",
        "I",
        (),
    ),
    (
        re.compile(
            r"^(?:What I (?:can|would|must) say|I (?:can|will) (?:tell|reassure|assure|confirm)|I respectfully say|I say to|I (?:will|shall) (?:address|take|deal with|respond to|come to|turn to|answer))\b"
        ),
        1.5,
        ANSWER,
        "speaks to the asker",
        "WI",
        (),
    ),
    (
        re.compile(
            r"^(?:I was tempted|To clarify|I hear what|I understand what|I am following|I follow the)\b"
        ),
        1.5,
        "",
        "takes up the speaker's point",
        "IT",
        (),
    ),
)

# The first sentence's address to an interlocutor anywhere in it (`… the hon. Lady's question`).
_ADDRESS_ANYWHERE = re.compile(
    r"\b(?:the|my) "
    + HON
    + r"(?:Gentleman|Lady|Friend|Member)\b(?![’']?s? (?:the Member|for|the Minister|the Secretary|the Under-Secretary)\b)"
)

# Thanks that come from the asker (for an answer or a statement) rather than the minister.
_ASKER_THANKS = re.compile(
    r"\b(?:for (?:his|her|their|that|the|this) (?:answer|reply|response|statement|replies)|for advance sight|for giving way|(?:his|her) (?:answer|reply|response|statement))\b"
)
_MINISTER_THANKS = re.compile(
    r"\b(?:for (?:his|her|that|the) question|for raising|for (?:his|her|that|the) (?:\w+ )?(?:point|intervention|interruption|comments)|for (?:his|her) (?:\w+ )?(?:work|campaigning|campaigns?|contributions?|efforts))\b"
)

_OPENERS_BY_START, _OPENERS_ANYWHERE = by_start(_OPENERS, [entry[4] for entry in _OPENERS])

# Literals implied by the thanks and address patterns (see `prefilter`).
_ADDRESS_LITERAL = "hon. "
_ASKER_THANKS_LITERALS = (
    "answer", "repl", "response", "statement", "for advance sight", "for giving way",
)  # fmt: skip
_MINISTER_THANKS_LITERALS = (
    "for his ", "for her ", "for that question", "for the question", "for raising",
)  # fmt: skip
_MINISTER_LITERALS = ("Minister", "Secretary", "Chancellor", "General", "Leader of the House")


def _asker_thanks(text: str) -> bool:
    return contains_any(text, _ASKER_THANKS_LITERALS) and bool(_ASKER_THANKS.search(text))


def _address_anywhere(text: str) -> bool:
    return _ADDRESS_LITERAL in text and bool(_ADDRESS_ANYWHERE.search(text))


_THANKS_WITH_SIDE = 3.5
"""Thanks whose object says who speaks (`…for his question`, `…for that answer`) open a turn
almost surely: stronger than thanks that could come from either side."""


def opener(text: str, asks: bool) -> tuple[float, str, str]:
    """Strongest turn-opening cue of a sentence: (strength, side, cue).

    A sentence that names `the hon. Member` anywhere answers him, unless it asks: then the
    member named is the one asked (`…, so will my right hon. Friend …?`).
    """
    best: tuple[float, str, str] = (0.0, "", "")
    for pattern, strength, side, cue, _start, literals in _OPENERS_BY_START.get(
        text[:1], _OPENERS_ANYWHERE
    ):
        if strength > best[0] and contains_any(text, literals) and pattern.search(text):
            best = (strength, side, cue)
    if best[2].startswith('opens with "I thank'):
        if (contains_any(text, _MINISTER_THANKS_LITERALS) and _MINISTER_THANKS.search(text)) or (
            _address_anywhere(text) and not _asker_thanks(text)
        ):
            best = (_THANKS_WITH_SIDE, ANSWER, best[2])
        elif _asker_thanks(text) or (
            contains_any(text, _MINISTER_LITERALS) and _MINISTER_RE.search(text)
        ):
            best = (_THANKS_WITH_SIDE, QUESTION, best[2])
    if best[0] == 0.0 and not asks and _address_anywhere(text):
        best = (1.0, ANSWER, 'addresses "the hon. Member"')
    return best
