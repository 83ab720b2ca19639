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
_MINISTER = (
    r"(?:Minister|Ministers|Secretary of State|Prime Minister|Home Secretary|Foreign Secretary|"
    r"Justice Secretary|Health Secretary|Lord Chancellor|Chancellor|Deputy Prime Minister|"
    r"Solicitor General|Attorney General|Leader of the House)"
)

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

# Chair lines: (pattern, cue).
_CHAIR: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Order[.!,]"), '"Order."'),
    (re.compile(r"^I call\b"), '"I call"'),
    (re.compile(r"^(?:We (?:now )?come (?:now )?to|I now call|Let us now)\b"), '"We come now to"'),
    (
        re.compile(
            r"^(?:I (?:just )?(?:remind|ask|appeal to) (?:hon\. )?Members|I am sorry to interrupt)\b"
        ),
        "chair admonishes",
    ),
    (re.compile(r"^(?:[A-Z][\w’'.-]* ){1,3}is not here\.$"), '"… is not here."'),
    (re.compile(r"^(?:The )?" + _MINISTER + r"\.$"), "chair calls the minister"),
)
_THANK_YOU = re.compile(r"^Thank you\.$")

# Side-agnostic turn openers (pattern, strength, side or "", cue).
_OPENERS: tuple[tuple[re.Pattern[str], float, str, str], ...] = (
    (
        re.compile(
            r"^(?:On a |Further to (?:that|the|my|his|her) (?:earlier |previous )?)point of order\b"
        ),
        5.0,
        "",
        '"point of order"',
    ),
    (
        re.compile(r"^(?:Very briefly, )?further to (?:that|the) point of order\b", re.IGNORECASE),
        4.0,
        "",
        '"further to that point of order"',
    ),
    (
        re.compile(
            r"^(?:It is a (?:great )?(?:pleasure|privilege) to (?:follow|serve|speak)|I beg to move\b|I (?:too, )?rise to|I, too, rise|I (?:wish|want|intend) to speak|I shall (?:address|confine) my remarks|I am (?:pleased|glad|delighted) to (?:follow|speak|take part|have the opportunity))"
        ),
        4.0,
        ANSWER,
        "speech opener",
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
    ),
    (
        re.compile(r"^(?:My|The) " + _HON + _ADDRESSEE + r"(?![’']?s? (?:the Member|for)\b)"),
        1.5,
        "",
        'opens with "My hon. Friend"/"The hon. Gentleman"',
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
    ),
    (
        re.compile(
            r"^I (?:thank (?:him|her|you)|am (?:very |most )?grateful for (?:that|his|her|the) (?:reply|answer|response|intervention|statement|clarification))\b"
        ),
        2.5,
        "",
        'opens with "I thank"/"I am grateful"',
    ),
    (
        re.compile(
            r"^(?:Let me (?:begin|start) by|I, too, (?:congratulate|welcome|thank)|I am (?:happy|pleased|delighted) to intervene|I (?:welcome|am grateful for) the opportunity to (?:participate|speak|take part|contribute))\b"
        ),
        3.0,
        "",
        "speech opener",
    ),
    (
        re.compile(
            r"^(?:Thank you|I apologise|I am grateful),? (?:Mr\.? |Madam )(?:Deputy )?Speaker\b"
        ),
        3.0,
        "",
        "thanks the chair",
    ),
    (re.compile(r"^(?:Mr\.? |Madam )(?:Deputy )?Speaker,"), 2.0, QUESTION, "addresses the chair"),
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
    ),
    (
        re.compile(r"^(?:Surely|Is it not the case|Does (?:he|she) not) "),
        1.5,
        QUESTION,
        "challenges the speaker",
    ),
    (re.compile(r"\bgive way\?"), 4.0, QUESTION, 'asks "will the hon. Member give way?"'),
    (
        re.compile(r"^(?:Yes|No|Not yet|Indeed|Absolutely|Certainly|Of course)\b[,.;!—]"),
        1.5,
        ANSWER,
        "short reply",
    ),
    (
        re.compile(
            r"^(?:I am (?:more than |very |always |of course )?(?:happy|pleased|delighted|glad) to|I am (?:very )?(?:aware|sorry))\b"
        ),
        1.0,
        ANSWER,
        'opens with "I am happy to"',
    ),
    (
        re.compile(
            r"^(?:What I (?:can|would|must) say|I (?:can|will) (?:tell|reassure|assure|confirm)|I respectfully say|I say to|I (?:will|shall) (?:address|take|deal with|respond to|come to|turn to|answer))\b"
        ),
        1.5,
        ANSWER,
        "speaks to the asker",
    ),
    (
        re.compile(
            r"^(?:I was tempted|To clarify|I hear what|I understand what|I am following|I follow the)\b"
        ),
        1.5,
        "",
        "takes up the speaker's point",
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

# Body cues: (pattern, weight, side).
_SIDE_CUES: tuple[tuple[re.Pattern[str], float, str], ...] = (
    (re.compile(r"\b[Mm]y (?:constituents?|constituency|area|local)\b"), 2.5, QUESTION),
    (re.compile(r"\b[Tt]he " + _MINISTER + r"\b"), 2.0, QUESTION),
    (
        re.compile(
            r"^(?:Will|Would|Does|Do|Can|Could|Is|Has|Have|May|Should|Did|Are) (?:he|she|the|my|Ministers|his|her)\b"
        ),
        1.5,
        QUESTION,
    ),
    (re.compile(r"\b(?:his|her) (?:answer|reply|response|statement)\b"), 2.0, QUESTION),
    (
        re.compile(
            r"\b(?:I|[Ww]e all) (?:welcome|urge|ask|hope that the Minister|wonder|(?:want|wish|would like) to ask)\b"
        ),
        0.7,
        QUESTION,
    ),
    (
        re.compile(
            r"\b(?:the|my) " + _HON + r"(?:Gentleman|Lady|Member)\b(?![’']?s? (?:the Member|for)\b)"
        ),
        2.5,
        ANSWER,
    ),
    (re.compile(r"\bmy " + _HON + r"Friend\b(?![’']?s? (?:the Member|for)\b)"), 0.5, ANSWER),
    (
        re.compile(
            r"\b(?:we|We) (?:are|have|will|continue|announced|published|introduced|launched|expect|remain|recently|already|also|intend)\b"
        ),
        1.0,
        ANSWER,
    ),
    (re.compile(r"\b(?:my|our) (?:Department|departmental)\b"), 1.5, ANSWER),
    (re.compile(r"\b[Ww]e\b"), 1.0, ANSWER),
    (re.compile(r"\bI\b"), 0.6, ANSWER),
    (re.compile(r"\b(?:he|she)\b"), 1.0, QUESTION),
    (re.compile(r"\bthe Government\b"), 2.0, QUESTION),
    (
        re.compile(
            r"\bI (?:can|will|would|shall) (?:tell|reassure|assure|confirm|write|meet|look|certainly|happily|ensure)\b"
        ),
        2.0,
        ANSWER,
    ),
    (
        re.compile(
            r"\bI am (?:more than |very |always |of course |certainly )?(?:happy|pleased|delighted|glad) to\b"
        ),
        2.0,
        ANSWER,
    ),
    (
        re.compile(
            r"\b(?:[Hh]e|[Ss]he) (?:is (?:right|absolutely right|quite right)|raises|raised|makes|mentioned|will know|will be aware|knows|has raised|referred|refers|asked)\b"
        ),
        2.0,
        ANSWER,
    ),
    (re.compile(r"\bas I (?:said|have said|mentioned|set out|say)\b", re.IGNORECASE), 1.5, ANSWER),
)

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
    return not text.strip() or bool(_NOTE.fullmatch(text))


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


def _chair_cue(text: str) -> str:
    """Return the chair cue the sentence opens with, or ""."""
    for pattern, cue in _CHAIR:
        if pattern.search(text):
            return cue
    return ""


def _opener(text: str) -> tuple[float, str, str]:
    """Strongest turn-opening cue of a sentence: (strength, side, cue)."""
    best: tuple[float, str, str] = (0.0, "", "")
    for pattern, strength, side, cue in _OPENERS:
        if strength > best[0] and pattern.search(text):
            best = (strength, side, cue)
    if best[2].startswith('opens with "I thank'):
        if _MINISTER_THANKS.search(text) or (
            _ADDRESS_ANYWHERE.search(text) and not _ASKER_THANKS.search(text)
        ):
            best = (best[0], ANSWER, best[2])
        elif _ASKER_THANKS.search(text) or re.search(_MINISTER, text):
            best = (best[0], QUESTION, best[2])
    if best[0] == 0.0 and _ADDRESS_ANYWHERE.search(text):
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
    for pattern, weight, side in _SIDE_CUES:
        if pattern.search(text):
            if side == ANSWER:
                answer += weight
            else:
                question += weight
    return answer, question


_CUE_WINDOW = 1000
"""Cues sit at a sentence's start and end; a longer "sentence" (a run-on line of a bad
export) is read through its first and last thousand characters, so cost stays bounded."""


def read_cues(text: str) -> SentenceCues:
    """Read every cue of one repaired sentence."""
    stripped = text.strip()
    if len(stripped) > 2 * _CUE_WINDOW:
        stripped = stripped[:_CUE_WINDOW] + " … " + stripped[-_CUE_WINDOW:]
    if is_note(stripped):
        return SentenceCues(
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
    opens, side, cue = _opener(stripped)
    answer, question = _leans(stripped)
    return SentenceCues(
        note=False,
        asks=bool(_QUESTION_END.search(stripped)) and not _RHETORICAL.match(stripped),
        formula=is_formula(stripped),
        topical=bool(_TOPICAL.search(stripped)),
        chair=_chair_cue(stripped) or ('"Thank you."' if _THANK_YOU.match(stripped) else ""),
        rose=bool(_ROSE.fullmatch(stripped)),
        interrupted=bool(_INTERRUPTED_END.search(stripped)),
        concludes=bool(_COMMENDS.match(stripped)),
        give_way=bool(_GIVE_WAY.search(stripped)),
        gives_way=bool(_GIVES_WAY.search(stripped)),
        opens=opens,
        open_side=side,
        open_cue=cue,
        anaphoric=_anaphora(stripped) if opens < 3.0 else 0.0,
        answer_lean=answer,
        question_lean=question,
        commends_statement=bool(_COMMEND_STATEMENT.search(stripped)),
    )


def read_all(sentences: Sequence[str]) -> list[SentenceCues]:
    """Read the cues of every sentence (one pass, linear in the text)."""
    return [read_cues(s) for s in sentences]
