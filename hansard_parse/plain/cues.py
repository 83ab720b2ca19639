"""The language of the House, as features of one sentence of a speaker-less transcript.

Each sentence is read once into a `SentenceCues`: whether it asks (ends in `?`), whether it
is an order-paper formula (`What steps his Department is taking…`), a chair line
(`Order.`, `I call …`), how strongly it opens a turn (`My hon. Friend is right…`, `It is a
pleasure to follow…`) and which side it leans to (the asker speaks of `my constituents`,
`the Minister` and `his Department`, and names the places, people and bodies of the
constituency; the minister speaks of `we`, `my Department`, `the hon. Lady` and `the
Opposition`, restates his position and closes by offering to meet or write). Words a member
quotes are not his own, so quotations are left out of the side cues.

The weights are log-odds-like and were set by hand from how often each cue falls on either
side, or at a turn's start, in transcripts with known speakers; a cue is kept only if it
helps across sittings, not on one.

Every pattern is compiled once and is linear-time: literal alternations and single
quantifiers only, never a quantified group that can backtrack into itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from attrs import frozen

__all__ = [
    "SentenceCues",
    "is_note",
    "read_cues",
]

# Sides a cue can point to.
ANSWER = "A"
QUESTION = "Q"

_HON = r"(?:right )?hon\. (?:and (?:learned|gallant) )?"
_ADDRESSEE = r"(?:Friend|Gentleman|Lady|Member)"
# fmt: off
_MINISTER_TITLES = (
    "Minister", "Ministers", "Secretary of State", "Prime Minister", "Home Secretary",
    "Foreign Secretary", "Justice Secretary", "Health Secretary", "Lord Chancellor",
    "Chancellor", "Deputy Prime Minister", "Solicitor General", "Attorney General",
    "Leader of the House",
)
# fmt: on
_MINISTER = "(?:" + "|".join(_MINISTER_TITLES) + ")"
_MINISTER_RE = re.compile(_MINISTER)

# Prefilters. A pattern listed with literals can only match a text that contains at least one
# of them (each literal is implied by every match of its pattern), so the pattern is run only
# when one is present: a substring test costs a fraction of an unanchored regex search.
# Anchored patterns are listed with the characters their match can start with.
_ANY = ""
"""Start characters of a pattern that may match anywhere (or at any start character)."""

# Characters that match an ASCII letter only under IGNORECASE (İ, ı, ſ, the Kelvin sign):
# a text holding one cannot be prefiltered by lowering it.
_CASE_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")


def _contains_any(text: str, literals: tuple[str, ...]) -> bool:
    """Whether ``text`` contains one of ``literals`` (always, for an empty tuple)."""
    if not literals:
        return True
    for literal in literals:  # noqa: SIM110 - a plain loop is faster than any() here
        if literal in text:
            return True
    return False


def _lowerable(text: str) -> bool:
    """Whether lowering ``text`` keeps every IGNORECASE match of an ASCII literal findable."""
    if text.isascii():
        return True
    for odd in _CASE_ODD:  # noqa: SIM110 - a plain loop is faster than all() here
        if odd in text:
            return False
    return True


_NOTE = re.compile(r"\s*\[[^\[\]]*\]\s*")
_ROSE = re.compile(r"(?:(?:Several |An )?[Hh]on\. Members? )?rose\s*[—–-]+\s*")
# Collective cries from the benches, each its own turn (`Hon. Members: Object.` in print).
_CRY = re.compile(r"(?:Object|Hear, hear|Shame|Withdraw|Resign)[.!]?")
_QUESTION_END = re.compile(r"\?[\s”’\"')\]]*$")
# Questions a speaker asks of himself are rhetorical, not questions to the minister.
_RHETORICAL = re.compile(
    r"^(?:(?:Am|Do|Did|Have|Was) I|(?:Are|Do|Did|Have|Were|Should) we|(?:Why|How|What|Where|When) (?:do|did|should|would|can|could|have|are|am|were) (?:I|we))\b"
)
# A question the chair cut short keeps its inverted word order (`Will the hon. Gentleman—`).
_INVERTED = re.compile(
    r"(?:Will|Would|Does|Do|Can|Could|Is|Has|Have|May|Should|Did|Are|Was|Were|Shall|Might) (?:the|my|he|she|they|you|not|Ministers?|his|her)\b"
)
_INTERRUPTED_END = re.compile(r"[—–-]\s*[”’\"]?\s*$")
_GIVE_WAY = re.compile(r"\bgive way\?")
# How a minister closes an answer: an offer to meet or write, a look ahead.
_CLOSES = re.compile(
    r"\b(?:(?:happy|pleased|delighted|glad) to (?:meet|discuss|write|visit|talk|look|get back|come back)|(?:he|she|him|her|Member|Friend|Gentleman|Lady) (?:wants to |would like to |will |would |could |can |to )?writes? to me|I (?:will|shall|would|can) (?:happily |gladly |certainly |of course )?(?:write to|meet|look into)|I look forward to)\b"
)
_CLOSES_KEYS = frozenset({"meet", "discuss", "write", "writes", "visit", "talk", "look", "back"})
"""Every match of `_CLOSES` holds one of these words."""
_COMMENDS = re.compile(
    r"^I commend (?:the|this) (?:motion|statement|Bill|amendments?|new clause|report) to the House\b"
)
# (Not `I will give way shortly`: a promise for later, the speaker carries on.)
_GIVES_WAY = re.compile(
    r"^(?:Of course,? |Yes,? |Certainly,? )?I (?:will |shall |am happy to |gladly )?give way\b(?! (?:shortly|in a moment|in a minute|later|to)\b)"
)

# Chair lines: (pattern, cue, start characters, literals).
_CHAIR: tuple[tuple[re.Pattern[str], str, str, tuple[str, ...]], ...] = (
    (re.compile(r"^Order[.!,]"), '"Order."', "O", ()),
    (re.compile(r"^I call\b"), '"I call"', "I", ()),
    (
        re.compile(r"^(?:We (?:now )?come (?:now )?to|I now call|Let us now)\b"),
        '"We come now to"',
        "WIL",
        (),
    ),
    (
        re.compile(
            r"^(?:I (?:just )?(?:remind|ask|appeal to) (?:hon\. )?Members|I am sorry to interrupt)\b"
        ),
        "chair admonishes",
        "I",
        (),
    ),
    (
        re.compile(r"^(?:[A-Z][\w’'.-]* ){1,3}is not here\.$"),
        '"… is not here."',
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        ("is not here.",),
    ),
    (
        re.compile(r"^(?:The )?" + _MINISTER + r"\.$"),
        "chair calls the minister",
        "T" + "".join(sorted({title[0] for title in _MINISTER_TITLES})),
        (),
    ),
)
_THANK_YOU = re.compile(r"^Thank you\.$")

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
        _ANY,
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
            + _HON
            + _ADDRESSEE
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
            + _HON
            + _ADDRESSEE
            + r"(?:[’']s)? (?:is (?:absolutely |quite |entirely )?right|raises|raised|makes|made|has (?:raised|made|asked)|asks|asked|mentioned|refers|referred|is (?:correct|making)|will (?:know|be aware)|knows|and I)\b"
        ),
        3.0,
        ANSWER,
        'opens with "My hon. Friend"/"The hon. Gentleman"',
        "MT",
        (),
    ),
    (
        re.compile(r"^(?:My|The) " + _HON + _ADDRESSEE + r"(?![’']?s? (?:the Member|for)\b)"),
        1.5,
        "",
        'opens with "My hon. Friend"/"The hon. Gentleman"',
        "MT",
        (),
    ),
    (
        re.compile(
            r"^I (?:thank|am (?:very |most |extremely |really |always )?grateful to|pay tribute to|join|echo|congratulate|appreciate|agree with|do not know whether to thank)(?: both)? (?:the|my|him|her) (?:"
            + _HON
            + r"|"
            + _MINISTER
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
            + _HON
            + r"|"
            + _MINISTER
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
        _ANY,
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
    + _HON
    + r"(?:Gentleman|Lady|Friend|Member)\b(?![’']?s? (?:the Member|for|the Minister|the Secretary|the Under-Secretary)\b)"
)

# Thanks that come from the asker (for an answer or a statement) rather than the minister.
_ASKER_THANKS = re.compile(
    r"\b(?:for (?:his|her|their|that|the|this) (?:answer|reply|response|statement|replies)|for advance sight|for giving way|(?:his|her) (?:answer|reply|response|statement))\b"
)
_MINISTER_THANKS = re.compile(
    r"\b(?:for (?:his|her|that|the) question|for raising|for (?:his|her|that|the) (?:\w+ )?(?:point|intervention|interruption|comments)|for (?:his|her) (?:\w+ )?(?:work|campaigning|campaigns?|contributions?|efforts))\b"
)

# Body cues: (pattern, weight, side, keys, whole). Every match of a pattern holds one of its
# key words as a whole word (an item of `_WORD.findall`), so the pattern runs only on a
# sentence that has one: a set test on the words read once costs far less than scanning the
# text for literals. A cue marked whole is decided on its keys alone (`\bwe\b` is exactly
# "the word we is present") and never runs.
_Cue = tuple[re.Pattern[str], float, str, frozenset[str], bool]


def _cue(pattern: str, weight: float, side: str, keys: str, whole: bool = False) -> _Cue:
    """One body cue; ``keys`` are space-separated words, one of which every match holds."""
    return (re.compile(pattern), weight, side, frozenset(keys.split()), whole)


_SIDE_CUES: tuple[_Cue, ...] = (
    # The asker speaks for a constituency and of the Minister (not `my right hon. Friend the
    # Minister for …`: a colleague, named by either side).
    _cue(
        r"\b(?:[Mm]y (?:constituents?|constituency|area|local)|[Oo]ur constituents)\b",
        2.5,
        QUESTION,
        "constituent constituents constituency area local",
    ),
    _cue(
        r"(?<!Friend )\b[Tt]he " + _MINISTER + r"\b",
        2.0,
        QUESTION,
        "Minister Ministers Secretary Chancellor General Leader",
    ),
    _cue(
        r"^(?:Will|Would|Does|Do|Can|Could|Is|Has|Have|May|Should|Did|Are) (?:he|she|the|my|Ministers|his|her)\b",
        1.5,
        QUESTION,
        "Will Would Does Do Can Could Is Has Have May Should Did Are",
    ),
    _cue(
        r"\b(?:his|her) (?:answer|reply|response|statement)\b",
        2.0,
        QUESTION,
        "answer reply response statement",
    ),
    _cue(
        r"\b(?:I|[Ww]e all) (?:(?:fully |strongly |wholeheartedly |very much |warmly )?(?:welcome|support|applaud)|urge|ask|hope that the Minister|wonder|(?:want|wish|would like) to ask)\b",
        0.7,
        QUESTION,
        "welcome support applaud urge ask hope wonder",
    ),
    # The answer speaks of the asker (`the hon. Lady`, `my hon. Friend`), not of a member named
    # by seat (`the hon. Member for …`).
    _cue(
        r"\b(?:the|my) " + _HON + r"(?:Gentleman|Lady|Member)\b(?![’']?s? (?:the Member|for)\b)",
        2.5,
        ANSWER,
        "Gentleman Lady Member",
    ),
    _cue(r"\bmy " + _HON + r"Friend\b(?![’']?s? (?:the Member|for)\b)", 0.5, ANSWER, "Friend"),
    _cue(
        r"\b(?:we|We) (?:are|have|will|continue|announced|published|introduced|launched|expect|remain|recently|already|also|intend)\b",
        0.5,
        ANSWER,
        "we We",
    ),
    _cue(r"\b(?:my|our) (?:Department|departmental)\b", 1.5, ANSWER, "Department departmental"),
    _cue(r"\b[Ww]e\b", 1.0, ANSWER, "we We", whole=True),
    _cue(r"\bI\b", 0.4, ANSWER, "I", whole=True),
    _cue(r"\b(?:he|she)\b", 1.0, QUESTION, "he she", whole=True),
    _cue(r"\bthe Government\b", 2.0, QUESTION, "Government"),
    _cue(
        r"\bI (?:can|will|would|shall) (?:tell|reassure|assure|confirm|write|meet|look|certainly|happily|ensure)\b",
        2.0,
        ANSWER,
        "tell reassure assure confirm write meet look certainly happily ensure",
    ),
    _cue(
        r"\bI am (?:more than |very |always |of course |certainly )?(?:happy|pleased|delighted|glad) to\b",
        2.0,
        ANSWER,
        "happy pleased delighted glad",
    ),
    _cue(
        r"\b(?:[Hh]e|[Ss]he) (?:is (?:right|absolutely right|quite right)|raises|raised|makes|mentioned|will know|will be aware|knows|has raised|referred|refers|asked)\b",
        2.0,
        ANSWER,
        "right raises raised makes mentioned know aware knows referred refers asked",
    ),
    # The asker speaks of the minister's Department.
    _cue(r"\b(?:his|her) (?:Department|departmental)\b", 2.0, QUESTION, "Department departmental"),
    # Only the asker asks another to agree (`Does he agree that…`, `…not agree that…`).
    _cue(
        r"\b(?:he|she|Minister|Secretary|Friend|Member|Gentleman|Lady|General|Chancellor|not) (?:agree|accept)(?: with me)? that\b",
        1.5,
        QUESTION,
        "agree accept",
    ),
    # Restating one's own position (`I have made it clear…`, `I have said…`).
    _cue(
        r"\bI have (?:already )?(?:made (?:it |that |this )?clear|said|set out|explained|outlined)\b",
        1.5,
        ANSWER,
        "clear said set explained outlined",
    ),
    # Government speaks of `the Opposition`.
    _cue(r"\b[Tt]he Opposition\b", 1.5, ANSWER, "Opposition"),
    # The minister tells the asker what he will be glad to hear.
    _cue(
        r"\b(?:will|might|may|would) (?:be )?(?:interested|pleased|glad|delighted|reassured) to (?:know|hear|learn)\b",
        1.5,
        ANSWER,
        "know hear learn",
    ),
)
_WORD = re.compile(r"\w+")
_CLOSES_WEIGHT = 1.5
"""Answer-side weight of a closing offer (`_CLOSES`), added in `read_cues`."""
_AS_I_SAID = re.compile(r"\bas I (?:said|have said|mentioned|set out|say)\b", re.IGNORECASE)
_AS_I_SAID_LOWER = "as i "
_AS_I_SAID_WEIGHT = 1.5
"""The last body cue (answer side), IGNORECASE; prefiltered on the lowered text."""

# Openings that lean on the sentence before: unlikely to open a turn.
_ANAPHORIC = re.compile(
    r"^(?!(?:This|That|These|Those) (?:week|year|month|morning|afternoon|evening|summer|winter|spring|autumn|Government|House|Bill)\b)(?:That|This|These|Those|It|Its|They|Their|Them|He|His|She|Her|Such|Both)\b"
)
# Connectives carry the speaker's own argument on: no turn opens with one.
_CONNECTIVE = re.compile(
    r"^(?:However|But|And|Also|So|Therefore|Moreover|Furthermore|Then|Again|Equally|Secondly|Thirdly|Finally|Likewise|Yet|Nor|"
    r"Otherwise|Instead|Meanwhile|Similarly|In addition|As a result|For example|Even so|In a similar vein)\b"
)
# fmt: off
_BACK_PRONOUNS = frozenset({
    "they", "them", "their", "he", "him", "his", "she", "it", "its", "this", "these", "those",
    "also", "too", "though",
})
# Connectives that carry the speaker's own argument on: they open no turn wherever they stand
# among the first words (`There are, therefore, …`, `Will he therefore…`).
_CONNECTIVES = frozenset({
    "therefore", "however", "thus", "moreover", "furthermore", "nevertheless", "nonetheless",
    "consequently",
})
# fmt: on
_COMMEND_STATEMENT = re.compile(r"\bcommend (?:this|the) statement to the House\b")
_TOPICAL = re.compile(r"\bstatement on (?:his|her) departmental responsibilities\b")

_FORMULA_HEAD = frozenset({"What", "Which", "How", "When", "Whether", "If"})
_FORMULA_PRONOUNS = frozenset({"he", "she", "his", "her"})
# fmt: off
_NOT_FORMULA_SECOND = frozenset({
    "is", "was", "are", "were", "do", "does", "did", "has", "have", "had", "will", "would", "can",
    "could", "should", "may", "might", "must", "a", "an", "happens", "happened", "matters",
})
# fmt: on
_FIRST_PERSON = frozenset({"I", "we", "We", "my", "our", "me", "us", "you"})


@frozen
class SentenceCues:
    """What one sentence says about turn structure (weights are log-odds-like scores)."""

    note: bool
    asks: bool
    formula: bool
    topical: bool
    chair: str
    rose: bool
    cry: bool
    single: bool
    interrupted: bool
    carries_on: bool
    concludes: bool
    closes: bool
    give_way: bool
    gives_way: bool
    opens: float
    open_side: str
    open_cue: str
    anaphoric: float
    answer_lean: float
    question_lean: float
    commends_statement: bool


def is_note(text: str) -> bool:
    """Blank lines and bracket-only notes (`[Interruption.]`) never start or end a turn."""
    return not text.strip() or ("[" in text and bool(_NOTE.fullmatch(text)))


def is_formula(text: str) -> bool:
    """Order-paper formula: a reported question (`What steps his Department is taking…`).

    It opens with a question word but keeps statement word order (`What steps he is
    taking`, not `What steps is he taking?`), speaks in no first person, runs to a few words
    and ends in a full stop, not a question mark. `If`/`When` formulas name the minister
    at once (`If he will make a statement…`, `When she next expects…`).
    """
    stripped = text.strip()
    if not stripped.endswith(".") or "?" in stripped:
        return False
    words = stripped.rstrip(".").split()
    if len(words) < 6 or words[0] not in _FORMULA_HEAD:
        return False
    if any(w.strip(",;:—’'") in _FIRST_PERSON for w in words):
        return False
    if words[0] == "If":
        return words[1] in _FORMULA_PRONOUNS and words[2] == "will"
    if words[0] == "When":
        return words[1] in _FORMULA_PRONOUNS
    second = words[1].strip(",")
    return second not in _NOT_FORMULA_SECOND and not second[:1].isupper()


_T = TypeVar("_T")


def _by_start(
    entries: Sequence[_T], starts: Sequence[str]
) -> tuple[dict[str, tuple[_T, ...]], tuple[_T, ...]]:
    """Index ``entries`` (in their order) by the first character of the text they may match.

    Returns the table and the entries for a character not in it (those that match anywhere).
    """
    anywhere = tuple(entry for entry, start in zip(entries, starts, strict=True) if start == _ANY)
    chars = sorted({ch for start in starts for ch in start})
    table = {
        ch: tuple(
            entry
            for entry, start in zip(entries, starts, strict=True)
            if start == _ANY or ch in start
        )
        for ch in chars
    }
    return table, anywhere


_CHAIR_BY_START, _CHAIR_ANYWHERE = _by_start(_CHAIR, [entry[2] for entry in _CHAIR])
_OPENERS_BY_START, _OPENERS_ANYWHERE = _by_start(_OPENERS, [entry[4] for entry in _OPENERS])

# Literals implied by the thanks and address patterns (see the prefilters above).
_ADDRESS_LITERAL = "hon. "
_ASKER_THANKS_LITERALS = (
    "answer", "repl", "response", "statement", "for advance sight", "for giving way",
)  # fmt: skip
_MINISTER_THANKS_LITERALS = (
    "for his ", "for her ", "for that question", "for the question", "for raising",
)  # fmt: skip
_MINISTER_LITERALS = ("Minister", "Secretary", "Chancellor", "General", "Leader of the House")


def _chair_cue(text: str) -> str:
    """Return the chair cue the sentence opens with, or ""."""
    for pattern, cue, _start, literals in _CHAIR_BY_START.get(text[:1], _CHAIR_ANYWHERE):
        if _contains_any(text, literals) and pattern.search(text):
            return cue
    return ""


def _asker_thanks(text: str) -> bool:
    return _contains_any(text, _ASKER_THANKS_LITERALS) and bool(_ASKER_THANKS.search(text))


def _address_anywhere(text: str) -> bool:
    return _ADDRESS_LITERAL in text and bool(_ADDRESS_ANYWHERE.search(text))


_THANKS_WITH_SIDE = 3.5
"""Thanks whose object says who speaks (`…for his question`, `…for that answer`) open a turn
almost surely: stronger than thanks that could come from either side."""


def _opener(text: str, asks: bool) -> tuple[float, str, str]:
    """Strongest turn-opening cue of a sentence: (strength, side, cue).

    A sentence that names `the hon. Member` anywhere answers him, unless it asks: then the
    member named is the one asked (`…, so will my right hon. Friend …?`).
    """
    best: tuple[float, str, str] = (0.0, "", "")
    for pattern, strength, side, cue, _start, literals in _OPENERS_BY_START.get(
        text[:1], _OPENERS_ANYWHERE
    ):
        if strength > best[0] and _contains_any(text, literals) and pattern.search(text):
            best = (strength, side, cue)
    if best[2].startswith('opens with "I thank'):
        if (_contains_any(text, _MINISTER_THANKS_LITERALS) and _MINISTER_THANKS.search(text)) or (
            _address_anywhere(text) and not _asker_thanks(text)
        ):
            best = (_THANKS_WITH_SIDE, ANSWER, best[2])
        elif _asker_thanks(text) or (
            _contains_any(text, _MINISTER_LITERALS) and _MINISTER_RE.search(text)
        ):
            best = (_THANKS_WITH_SIDE, QUESTION, best[2])
    if best[0] == 0.0 and not asks and _address_anywhere(text):
        best = (1.0, ANSWER, 'addresses "the hon. Member"')
    return best


_CONNECTIVE_ANAPHORA = 1.5
"""A connective (`However,`, `…, therefore, …`) leans on the sentence before more surely than a
pronoun does: an answer may open `That is nonsense.`, but none opens `Moreover, …`."""


def _anaphora(text: str) -> float:
    """How much a sentence leans on the one before: 1 for a connective or pronoun first word
    or a connective among its first words (`There are, therefore, …`), 0.5 for a pronoun
    among its first words (`The anger they are showing…`), else 0."""
    head = [w.strip(",;:—") for w in text.split(maxsplit=8)[1:8]]
    if _CONNECTIVE.match(text) or not _CONNECTIVES.isdisjoint(head):
        return _CONNECTIVE_ANAPHORA
    if _ANAPHORIC.match(text):
        return 1.0
    return 0.5 if any(w in _BACK_PRONOUNS for w in head[:5]) else 0.0


def _leans(text: str, words: frozenset[str] | set[str]) -> tuple[float, float]:
    """Sum the answer-side and question-side body cues of a sentence (``words``: its words)."""
    answer = question = 0.0
    for pattern, weight, side, keys, whole in _SIDE_CUES:
        if keys.isdisjoint(words) or (not whole and not pattern.search(text)):
            continue
        if side == ANSWER:
            answer += weight
        else:
            question += weight
    if (_AS_I_SAID_LOWER in text.lower() or not _lowerable(text)) and _AS_I_SAID.search(text):
        answer += _AS_I_SAID_WEIGHT
    return answer, question


_CUE_WINDOW = 1000
"""Cues sit at a sentence's start and end; a longer "sentence" (a run-on line of a bad
export) is read through its first and last thousand characters, so cost stays bounded."""


_NOTE_CUES = SentenceCues(
    note=True,
    asks=False,
    formula=False,
    topical=False,
    chair="",
    rose=False,
    cry=False,
    single=False,
    interrupted=False,
    carries_on=False,
    concludes=False,
    closes=False,
    give_way=False,
    gives_way=False,
    opens=0.0,
    open_side="",
    open_cue="",
    anaphoric=0.0,
    answer_lean=0.0,
    question_lean=0.0,
    commends_statement=False,
)
_DASHES_AND_QUOTES = '—–-”’"'
"""What a sentence that `_INTERRUPTED_END` matches can end with (besides whitespace)."""


_CARRIES_ON = re.compile(r"[a-z]|[‘'“\"]|\([a-z0-9]{1,4}\) ")


def _carries_on(text: str) -> bool:
    """Whether a sentence carries on the one before rather than opening anew.

    A line that opens in lower case, with a quotation mark or with a list item (`(a) pay…`)
    continues what the line before broke off (`…leave out line 5 and insert—`, `the MMO—`,
    a quotation): a dash before it is a quotation's or a list's, not an interruption.
    """
    return bool(_CARRIES_ON.match(text))


_QUOTED = re.compile(r"“[^“”]*(?:”|$)|\"[^\"]*(?:\"|$)")


# Capitalised words inside a sentence that are not the vocabulary of the House: the places,
# people and bodies a member brings from the constituency (`Warwick district council`,
# `HMP Wormwood Scrubs`). Members name particulars; ministers answer in general terms.
# A member referred to by seat (`the hon. Member for Meriden (Mrs Spelman)`) is named by either
# side: the reference is dropped before counting.
_MEMBER_REFERENCE = re.compile(r"Members? for [^()]{1,80}\([^()]{1,80}\)|\([^()]{1,80}\)")
_NAMES_WEIGHT = 0.25
# fmt: off
_HOUSE_WORDS = frozenset({
    "I", "The", "We", "My", "Our", "He", "She", "It", "This", "That", "In", "On", "As", "If",
    "Minister", "Ministers", "Secretary", "State", "Government", "Governments", "House",
    "Friend", "Friends", "Member", "Members", "Gentleman", "Lady", "Department", "Prime",
    "Home", "Foreign", "Chancellor", "Exchequer", "Attorney", "Solicitor", "General", "Leader",
    "Speaker", "Deputy", "Chair", "Chairman", "Committee", "Select", "Bill", "Act", "Order",
    "Opposition", "Front", "Bench", "Benches", "Back", "Backbench", "Question", "Questions",
    "Time", "Parliament", "Parliamentary", "Chamber", "Commons", "Lords", "Westminster",
    "Whitehall", "Treasury", "Cabinet", "Office", "Labour", "Conservative", "Conservatives",
    "Liberal", "Democrat", "Democrats", "Tory", "Tories", "Mr", "Mrs", "Ms", "Miss", "Dr",
    "Sir", "Dame", "Lord", "Baroness", "Right", "Hon", "Majesty", "Majesty’s", "Majesty's",
})
# fmt: on


def _names(text: str, words: list[str]) -> int:
    """How many particulars (places, people, bodies) a sentence names after its first word
    (``words``: the sentence's words, in order): capitalised words outside the House's
    vocabulary."""
    if "(" in text:
        words = _WORD.findall(_MEMBER_REFERENCE.sub(" ", text))
    return sum(
        1
        for word in words[1:]
        if "A" <= word[0] <= "Z" and word[1:2].islower() and word not in _HOUSE_WORDS
    )


def _unquoted(text: str) -> str:
    """The sentence without the words it quotes: a member quoting a minister (`"We will
    continue to protect the green belt."`) does not speak for the Government."""
    if "“" not in text and '"' not in text:
        return text
    return _QUOTED.sub(" ", text)


def read_cues(text: str) -> SentenceCues:
    """Read every cue of one repaired sentence."""
    stripped = text.strip()
    if len(stripped) > 2 * _CUE_WINDOW:
        stripped = stripped[:_CUE_WINDOW] + " … " + stripped[-_CUE_WINDOW:]
    if is_note(stripped):
        return _NOTE_CUES
    last = stripped[-1]
    interrupted = (last in _DASHES_AND_QUOTES or last.isspace()) and bool(
        _INTERRUPTED_END.search(stripped)
    )
    asks = (
        "?" in stripped and bool(_QUESTION_END.search(stripped)) and not _RHETORICAL.match(stripped)
    ) or (interrupted and bool(_INVERTED.match(stripped)))
    opens, side, cue = _opener(stripped, asks)
    spoken = _unquoted(stripped)
    word_list = _WORD.findall(spoken)
    words = set(word_list)
    answer, question = _leans(spoken, words)
    closes = not _CLOSES_KEYS.isdisjoint(words) and bool(_CLOSES.search(spoken))
    if closes:
        answer += _CLOSES_WEIGHT
    if _names(spoken, word_list) >= 2:
        question += _NAMES_WEIGHT
    chair = _chair_cue(stripped)
    rose = "rose" in stripped and bool(_ROSE.fullmatch(stripped))
    cry = len(stripped) < 12 and bool(_CRY.fullmatch(stripped))
    return SentenceCues(
        note=False,
        asks=asks,
        formula=is_formula(stripped),
        topical="departmental responsibilities" in stripped and bool(_TOPICAL.search(stripped)),
        chair=chair or ('"Thank you."' if _THANK_YOU.match(stripped) else ""),
        rose=rose,
        cry=cry,
        single=rose or cry,
        interrupted=interrupted,
        carries_on=not rose and _carries_on(stripped),
        concludes=stripped.startswith("I commend ") and bool(_COMMENDS.match(stripped)),
        closes=closes,
        give_way="give way?" in stripped and bool(_GIVE_WAY.search(stripped)),
        gives_way="give way" in stripped and bool(_GIVES_WAY.search(stripped)),
        opens=opens,
        open_side=side,
        open_cue=cue,
        anaphoric=_anaphora(stripped) if opens < 3.0 else 0.0,
        answer_lean=answer,
        question_lean=question,
        commends_statement="statement to the House" in stripped
        and bool(_COMMEND_STATEMENT.search(stripped)),
    )


def read_all(sentences: Sequence[str]) -> list[SentenceCues]:
    """Read the cues of every sentence (one pass, linear in the text)."""
    return [read_cues(s) for s in sentences]
