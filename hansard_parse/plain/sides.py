"""Which side a sentence leans to, from the body of the sentence.

The asker speaks of `my constituents`, `the Minister` and `his Department`, and names the
places, people and bodies of the constituency; the minister speaks of `we`, `my Department`,
`the hon. Lady` and `the Opposition` and restates his position. Words a member quotes are not
his own, so quotations are cut out before these cues are read.
"""

from __future__ import annotations

import re

from hansard_parse.plain.prefilter import lowerable
from hansard_parse.plain.vocabulary import ANSWER, HON, MINISTER, QUESTION, WORD

__all__ = ["NAMES_WEIGHT", "leans", "named_particulars", "unquoted"]

# Body cues: (pattern, weight, side, keys, whole). Every match of a pattern holds one of its
# key words as a whole word (an item of `WORD.findall`), so the pattern runs only on a
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
        r"(?<!Friend )\b[Tt]he " + MINISTER + r"\b",
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
        r"\b(?:the|my) " + HON + r"(?:Gentleman|Lady|Member)\b(?![’']?s? (?:the Member|for)\b)",
        2.5,
        ANSWER,
        "Gentleman Lady Member",
    ),
    _cue(r"\bmy " + HON + r"Friend\b(?![’']?s? (?:the Member|for)\b)", 0.5, ANSWER, "Friend"),
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
_AS_I_SAID = re.compile(r"\bas I (?:said|have said|mentioned|set out|say)\b", re.IGNORECASE)
_AS_I_SAID_LOWER = "as i "
_AS_I_SAID_WEIGHT = 1.5
"""The last body cue (answer side), IGNORECASE; prefiltered on the lowered text."""


def leans(text: str, words: frozenset[str] | set[str]) -> tuple[float, float]:
    """Sum the answer-side and question-side body cues of a sentence (``words``: its words)."""
    answer = question = 0.0
    for pattern, weight, side, keys, whole in _SIDE_CUES:
        if keys.isdisjoint(words) or (not whole and not pattern.search(text)):
            continue
        if side == ANSWER:
            answer += weight
        else:
            question += weight
    if (_AS_I_SAID_LOWER in text.lower() or not lowerable(text)) and _AS_I_SAID.search(text):
        answer += _AS_I_SAID_WEIGHT
    return answer, question


_QUOTED = re.compile(r"“[^“”]*(?:”|$)|\"[^\"]*(?:\"|$)")


# Capitalised words inside a sentence that are not the vocabulary of the House: the places,
# people and bodies a member brings from the constituency (`Warwick district council`,
# `HMP Wormwood Scrubs`). Members name particulars; ministers answer in general terms.
# A member referred to by seat (`the hon. Member for Meriden (Mrs Spelman)`) is named by either
# side: the reference is dropped before counting.
_MEMBER_REFERENCE = re.compile(r"Members? for [^()]{1,80}\([^()]{1,80}\)|\([^()]{1,80}\)")
NAMES_WEIGHT = 0.25
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


def named_particulars(text: str, words: list[str]) -> int:
    """How many particulars (places, people, bodies) a sentence names after its first word
    (``words``: the sentence's words, in order): capitalised words outside the House's
    vocabulary."""
    if "(" in text:
        words = WORD.findall(_MEMBER_REFERENCE.sub(" ", text))
    return sum(
        1
        for word in words[1:]
        if "A" <= word[0] <= "Z" and word[1:2].islower() and word not in _HOUSE_WORDS
    )


def unquoted(text: str) -> str:
    """The sentence without the words it quotes: a member quoting a minister (`"We will
    continue to protect the green belt."`) does not speak for the Government."""
    if "“" not in text and '"' not in text:
        return text
    return _QUOTED.sub(" ", text)
