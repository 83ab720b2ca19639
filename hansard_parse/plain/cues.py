"""The language of the House, as features of one sentence of a speaker-less transcript.

Each sentence is read once into a `SentenceCues`: whether it asks (ends in `?`), whether it
is an order-paper formula (`What steps his Department is taking…`), a chair line
(`Order.`, `I call …`), how strongly it opens a turn (`My hon. Friend is right…`, `It is a
pleasure to follow…`) and which side it leans to (the asker speaks of `my constituents`
and `the Minister`; the minister of `we`, `my Department` and `the hon. Lady`).

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
_QUESTION_END = re.compile(r"\?[\s”’\"')\]]*$")
# Questions a speaker asks of himself are rhetorical, not questions to the minister.
_RHETORICAL = re.compile(
    r"^(?:(?:Am|Do|Did|Have|Was) I|(?:Are|Do|Did|Have|Were|Should) we|(?:Why|How|What|Where|When) (?:do|did|should|would|can|could|have|are|am|were) (?:I|we))\b"
)
_INTERRUPTED_END = re.compile(r"[—–-]\s*[”’\"]?\s*$")
_GIVE_WAY = re.compile(r"\bgive way\?")
_COMMENDS = re.compile(
    r"^I commend (?:the|this) (?:motion|statement|Bill|amendments?|new clause|report) to the House\b"
)
_GIVES_WAY = re.compile(
    r"^(?:Of course,? |Yes,? |Certainly,? )?I (?:will |shall |am happy to |gladly )?give way\b"
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
            r"^(?:It is a (?:great )?(?:pleasure|privilege) to (?:follow|serve|speak)|I beg to move\b|I (?:too, )?rise to|I, too, rise|I (?:wish|want|intend) to speak|I shall (?:address|confine) my remarks|I am (?:pleased|glad|delighted) to (?:follow|speak|take part|have the opportunity))"
        ),
        4.0,
        ANSWER,
        "speech opener",
        "I",
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
            r"^(?:Let me (?:begin|start) by|I, too, (?:congratulate|welcome|thank)|I am (?:happy|pleased|delighted) to intervene|I (?:welcome|am grateful for) the opportunity to (?:participate|speak|take part|contribute))\b"
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
    r"\b(?:for (?:his|her|that|the) question|for raising|for (?:his|her) (?:point|intervention|comments)|for (?:his|her) (?:work|campaigning|contributions?))\b"
)

# Body cues: (pattern, weight, side, literals, sure literals). The pattern runs only when the
# text holds one of the literals (all of them, for an empty tuple), and is known to match
# without running when it holds one of the sure literals. The `as I said` cue is IGNORECASE:
# its literals are tested against the lowered text (see `_leans`).
_SIDE_CUES: tuple[tuple[re.Pattern[str], float, str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        re.compile(r"\b[Mm]y (?:constituents?|constituency|area|local)\b"),
        2.5,
        QUESTION,
        ("y constituen", "y area", "y local"),
        (),
    ),
    (
        re.compile(r"\b[Tt]he " + _MINISTER + r"\b"),
        2.0,
        QUESTION,
        tuple("he " + title for title in _MINISTER_TITLES),
        (),
    ),
    (
        re.compile(
            r"^(?:Will|Would|Does|Do|Can|Could|Is|Has|Have|May|Should|Did|Are) (?:he|she|the|my|Ministers|his|her)\b"
        ),
        1.5,
        QUESTION,
        (),
        (),
    ),
    (
        re.compile(r"\b(?:his|her) (?:answer|reply|response|statement)\b"),
        2.0,
        QUESTION,
        (
            "s answer",
            "s reply",
            "s response",
            "s statement",
            "r answer",
            "r reply",
            "r response",
            "r statement",
        ),
        (),
    ),
    (
        re.compile(
            r"\b(?:I|[Ww]e all) (?:welcome|urge|ask|hope that the Minister|wonder|(?:want|wish|would like) to ask)\b"
        ),
        0.7,
        QUESTION,
        (" welcome", " urge", " ask", " hope that the Minister", " wonder"),
        (),
    ),
    (
        re.compile(
            r"\b(?:the|my) " + _HON + r"(?:Gentleman|Lady|Member)\b(?![’']?s? (?:the Member|for)\b)"
        ),
        2.5,
        ANSWER,
        ("hon. ",),
        (),
    ),
    (
        re.compile(r"\bmy " + _HON + r"Friend\b(?![’']?s? (?:the Member|for)\b)"),
        0.5,
        ANSWER,
        ("hon. ",),
        (),
    ),
    (
        re.compile(
            r"\b(?:we|We) (?:are|have|will|continue|announced|published|introduced|launched|expect|remain|recently|already|also|intend)\b"
        ),
        1.0,
        ANSWER,
        ("we ", "We "),
        (),
    ),
    (
        re.compile(r"\b(?:my|our) (?:Department|departmental)\b"),
        1.5,
        ANSWER,
        ("y Department", "r Department", "y departmental", "r departmental"),
        (),
    ),
    # Whole-word cues: decided on the sentence's words (see `_WORD_CUES`), never run.
    (re.compile(r"\b[Ww]e\b"), 1.0, ANSWER, ("we", "We"), (" we ", " We ")),
    (re.compile(r"\bI\b"), 0.6, ANSWER, ("I",), (" I ",)),
    (re.compile(r"\b(?:he|she)\b"), 1.0, QUESTION, ("he",), (" he ", " she ")),
    (re.compile(r"\bthe Government\b"), 2.0, QUESTION, ("the Government",), ()),
    (
        re.compile(
            r"\bI (?:can|will|would|shall) (?:tell|reassure|assure|confirm|write|meet|look|certainly|happily|ensure)\b"
        ),
        2.0,
        ANSWER,
        ("I can ", "I will ", "I would ", "I shall "),
        (),
    ),
    (
        re.compile(
            r"\bI am (?:more than |very |always |of course |certainly )?(?:happy|pleased|delighted|glad) to\b"
        ),
        2.0,
        ANSWER,
        ("I am ",),
        (),
    ),
    (
        re.compile(
            r"\b(?:[Hh]e|[Ss]he) (?:is (?:right|absolutely right|quite right)|raises|raised|makes|mentioned|will know|will be aware|knows|has raised|referred|refers|asked)\b"
        ),
        2.0,
        ANSWER,
        (
            "e is ",
            "e raise",
            "e makes",
            "e mentioned",
            "e will ",
            "e knows",
            "e has raised",
            "e refer",
            "e asked",
        ),
        (),
    ),
)
# A `\b(?:w1|w2)\b` pattern over word characters matches exactly when one of its words is a
# whole run of word characters (an item of `_WORD.findall`): the body cues above that are such
# patterns, by pattern, with their words.
_WORD = re.compile(r"\w+")
_WORD_CUES: dict[re.Pattern[str], frozenset[str]] = {
    _SIDE_CUES[9][0]: frozenset({"we", "We"}),
    _SIDE_CUES[10][0]: frozenset({"I"}),
    _SIDE_CUES[11][0]: frozenset({"he", "she"}),
}
_SIDE_CUES_WORDS = tuple((*cue, _WORD_CUES.get(cue[0])) for cue in _SIDE_CUES)
_AS_I_SAID = re.compile(r"\bas I (?:said|have said|mentioned|set out|say)\b", re.IGNORECASE)
_AS_I_SAID_LOWER = "as i "
_AS_I_SAID_WEIGHT = 1.5
"""The last body cue (answer side), IGNORECASE; prefiltered on the lowered text."""

# Openings that lean on the sentence before: unlikely to open a turn.
_ANAPHORIC = re.compile(
    r"^(?!(?:This|That|These|Those) (?:week|year|month|morning|afternoon|evening|summer|winter|spring|autumn|Government|House|Bill)\b)(?:That|This|These|Those|It|Its|They|Their|Them|He|His|She|Her|However|But|And|Also|So|Therefore|"
    r"Moreover|Furthermore|Then|Such|Both|Again|Equally|Secondly|Thirdly|Finally|Likewise|Yet|Nor|"
    r"Otherwise|Instead|Meanwhile|Similarly|In addition|As a result|For example|Even so|In a similar vein)\b"
)
# fmt: off
_BACK_PRONOUNS = frozenset({
    "they", "them", "their", "he", "him", "his", "she", "it", "its", "this", "these", "those",
    "therefore", "however", "also", "thus", "too", "though",
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
    interrupted: bool
    concludes: bool
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


def _opener(text: str) -> tuple[float, str, str]:
    """Strongest turn-opening cue of a sentence: (strength, side, cue)."""
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
            best = (best[0], ANSWER, best[2])
        elif _asker_thanks(text) or (
            _contains_any(text, _MINISTER_LITERALS) and _MINISTER_RE.search(text)
        ):
            best = (best[0], QUESTION, best[2])
    if best[0] == 0.0 and _address_anywhere(text):
        best = (1.0, ANSWER, 'addresses "the hon. Member"')
    return best


def _anaphora(text: str) -> float:
    """How much a sentence leans on the one before: 1 for a connective or pronoun first word,
    0.5 for a pronoun among its first words (`The anger they are showing…`), else 0."""
    if _ANAPHORIC.match(text):
        return 1.0
    head = text.split(maxsplit=6)[1:6]
    return 0.5 if any(w.strip(",;:—") in _BACK_PRONOUNS for w in head) else 0.0


def _leans(text: str) -> tuple[float, float]:
    """Sum the answer-side and question-side body cues of a sentence."""
    answer = question = 0.0
    words: set[str] | None = None
    for pattern, weight, side, literals, sure, whole in _SIDE_CUES_WORDS:
        if whole is not None:
            if words is None:
                words = set(_WORD.findall(text))
            if whole.isdisjoint(words):
                continue
        else:
            if literals:
                for literal in literals:
                    if literal in text:
                        break
                else:
                    continue
            for literal in sure:
                if literal in text:
                    break
            else:
                if not pattern.search(text):
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
    interrupted=False,
    concludes=False,
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


def read_cues(text: str) -> SentenceCues:
    """Read every cue of one repaired sentence."""
    stripped = text.strip()
    if len(stripped) > 2 * _CUE_WINDOW:
        stripped = stripped[:_CUE_WINDOW] + " … " + stripped[-_CUE_WINDOW:]
    if is_note(stripped):
        return _NOTE_CUES
    opens, side, cue = _opener(stripped)
    answer, question = _leans(stripped)
    last = stripped[-1]
    chair = _chair_cue(stripped)
    return SentenceCues(
        note=False,
        asks="?" in stripped
        and bool(_QUESTION_END.search(stripped))
        and not _RHETORICAL.match(stripped),
        formula=is_formula(stripped),
        topical="departmental responsibilities" in stripped and bool(_TOPICAL.search(stripped)),
        chair=chair or ('"Thank you."' if _THANK_YOU.match(stripped) else ""),
        rose="rose" in stripped and bool(_ROSE.fullmatch(stripped)),
        interrupted=(last in _DASHES_AND_QUOTES or last.isspace())
        and bool(_INTERRUPTED_END.search(stripped)),
        concludes=stripped.startswith("I commend ") and bool(_COMMENDS.match(stripped)),
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
