"""The features the learned segmenter scores: the cue readers' verdicts plus plain words.

Each sentence becomes a short list of feature names. Some come from the cue readers
(`SentenceCues`: it asks, it is a formula, which opener it starts with, which side its body
leans to); the rest are plain lexical facts of the sentence and its neighbours that the
hand-written tables do not cover: its first and last words, how far it stands from the
nearest `?`, and who it speaks of (`I`, `we`, `my Department`, `my constituents`, `the
Minister`, `the noble Lord`). The weights of all of them are learned (see `train`), so a
feature here is only a question asked of the text, never a verdict.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from hansard_parse.plain.cues import SentenceCues

__all__ = ["BIAS", "Table", "sentence_features", "sentence_vectors"]

BIAS = "bias"
"""The feature every real sentence has: the label's prior."""

_WORDS = re.compile(r"[A-Za-z’']+|\d+")
# Who a sentence speaks of: (feature, phrase) pairs tested on the lower-cased text.
# fmt: off
_PROFILE = (
    ("my_department", "my department"), ("the_department", "the department"),
    ("my_constituents", "my constituen"), ("my_constituency", "my constituency"),
    ("the_minister", "the minister"), ("the_secretary", "the secretary of state"),
    ("the_government", "the government"), ("my_government", "my government"),
    ("her_majestys", "her majesty’s government"), ("the_opposition", "the opposition"),
    ("hon_friend", "hon. friend"), ("hon_gentleman", "hon. gentleman"), ("hon_lady", "hon. lady"),
    ("hon_member", "hon. member"), ("noble_lord", "noble lord"), ("noble_baroness", "noble baroness"),
    ("noble_friend", "noble friend"), ("noble_lords", "noble lords"),
    ("my_lords", "my lords"), ("presiding_officer", "presiding officer"),
    ("the_chair", "the chair"), ("give_way", "give way"), ("will_she", "will she"),
    ("will_he", "will he"), ("does_she", "does she"), ("does_he", "does he"),
    ("will_the", "will the"), ("does_the", "does the"), ("can_the", "can the"),
    ("i_thank", "i thank"), ("i_am_grateful", "i am grateful"), ("thank_you", "thank you"),
    ("i_agree", "i agree"), ("i_hope", "i hope"), ("happy_to", "happy to"),
    ("we_are", "we are"), ("we_have", "we have"), ("we_will", "we will"),
    ("i_am", "i am "), ("i_have", "i have"), ("i_will", "i will"),
    ("committee", "committee"), ("amendment", "amendment"), ("clause", "clause"),
)
# fmt: on
_PRONOUNS = frozenset(
    {"i", "we", "our", "us", "my", "me", "you", "your", "he", "she", "his", "her", "they"}
)

_PRONOUN_FEATURES = {p: "pron=" + p for p in _PRONOUNS}


_STRENGTHS = tuple((f"{at:g}", at) for at in (1.0, 2.0, 3.0, 4.0, 5.0))
"""Thresholds of an opener's strength (the House's own weight for it), each a feature of its
own when reached (a thermometer): openers that share a name differ in strength (`The hon.
Gentleman makes a good point` against `The hon. Gentleman's constituents`), and the
perceptron learns what each step up is worth."""
_LEANS = tuple((f"{at:g}", at) for at in (0.5, 1.0, 2.0, 3.0, 4.0, 6.0))
"""Thresholds of the side cues' net lean (answering minus asking), likewise a thermometer:
the evidence of the House's side words adds up, so each step is a feature."""


def _bucket(n: int) -> str:
    """A small count or distance in bands that generalise (0, 1, 2, 3, 4-6, 7+)."""
    if n <= 3:
        return str(n)
    return "4-6" if n <= 6 else "7+"


def _length(n: int) -> str:
    """A sentence length in words, in bands."""
    if n <= 3:
        return "1-3"
    if n <= 8:
        return "4-8"
    if n <= 20:
        return "9-20"
    return "21-40" if n <= 40 else "41+"


def _lean(value: float) -> str:
    """A cue reader's side lean (a log-odds-like score) in bands."""
    if value <= 0.0:
        return "0"
    if value < 1.0:
        return "<1"
    if value < 2.0:
        return "<2"
    return "<4" if value < 4.0 else "4+"


_Parts = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
"""A sentence's features, and the parts of them that bear on the sentence after it and the
sentence before it (which see them as ``prev_…`` and ``next_…``)."""


_FIRST_FLAGS = ("asks", "formula", "topical")
_LATER_FLAGS = (
    "single", "interrupted", "carries_on", "concludes", "closes", "give_way", "gives_way",
    "commends_statement",
)
"""The cue readers' yes/no verdicts that are features under their own names, in the order
the features were trained in (the chair's verdict, which has a value, comes between)."""


@functools.lru_cache(maxsize=4096)
def _verdicts(cues: SentenceCues) -> _Parts:
    """The cue readers' verdicts on a sentence as features (see `_Parts`).

    They depend on the cues alone, and many sentences share their cues, so they are made
    once per distinct cues (parsing reads every sentence's)."""
    out = [BIAS]
    out.extend(name for name in _FIRST_FLAGS if getattr(cues, name))
    if cues.chair:
        out.append("chair=" + cues.chair)
    out.extend(name for name in _LATER_FLAGS if getattr(cues, name))
    out.extend(_kinds_of_cue(cues))
    if cues.open_cue:
        out.append("opener=" + cues.open_cue)
        out.append("opener_side=" + (cues.open_side or "-"))
        side = cues.open_side or "-"
        out.extend("opens_t=" + side + mark for mark, at in _STRENGTHS if cues.opens >= at)
    if cues.anaphoric:
        out.append("anaphoric=" + str(cues.anaphoric))
    out.append("lean_a=" + _lean(cues.answer_lean))
    out.append("lean_q=" + _lean(cues.question_lean))
    lean = cues.answer_lean - cues.question_lean
    out.append("lean=" + _lean(lean) + "/" + _lean(-lean))
    out.extend("lean_t=A" + mark for mark, at in _LEANS if lean >= at)
    out.extend("lean_t=Q" + mark for mark, at in _LEANS if -lean >= at)
    after = tuple(f for f in out if f.partition("=")[0] in _AFTER)
    before = tuple(f for f in out if f.partition("=")[0] in _BEFORE)
    return tuple(out), after, before


def _kinds_of_cue(cues: SentenceCues) -> tuple[str, ...]:
    """The kind of a House's named cue, apart from its name: a chair line or an opener that
    only one House's data holds (`The next item of business`, `Convener,`) has a name no other
    House's transcripts teach a weight for, so a House held out whole would learn nothing of
    it; the kind carries what every House's chair lines and openers share."""
    kinds = []
    if cues.chair:
        kinds.append("chair=*")
    if cues.open_cue and cues.opens >= 3.0:
        kinds.append("opener=*" + (cues.open_side or "-"))
    return tuple(kinds)


def _words(text: str) -> _Parts:
    """Plain lexical features of a sentence (see `_Parts`): its first and last words, its
    end, its length and who it speaks of. The first word bears on the sentence before; the
    last word, the end and the length on the sentence after."""
    lower = text.lower()
    words = first_words(lower)
    out = []
    before = []
    if words:
        first = "w1=" + words[0]
        out.append(first)
        before.append(first)
        if len(words) > 1:
            out.append("w12=" + words[0] + "_" + words[1])
    last = last_word(lower)
    after = ["wlast=" + last] if last else []
    after.append("end=" + (text.rstrip()[-1:] or "-"))
    after.append("len=" + _length(text.count(" ") + 1))
    out.extend(after)
    asked = _question_length(text)
    out.extend(asked)
    before.extend(asked)
    out.extend(
        [
            name
            for key, phrases in _PROFILE_GROUPS
            if key in lower
            for name, phrase in phrases
            if phrase in lower
        ]
    )
    pronouns = _PRONOUNS.intersection(words)
    if pronouns:
        out.extend([_PRONOUN_FEATURES[p] for p in sorted(pronouns)])
    return tuple(out), tuple(after), tuple(before)


def _question_length(text: str) -> tuple[str, ...]:
    """How long a sentence that ends in ``?`` is, for itself and the sentence before it.

    A long question carries its own preamble (`The applications … have been mentioned, but
    will the Home Secretary …?`): at question time over half of those of more than forty
    words open their turn themselves, against a fifth of shorter ones, so the sentence
    before a long one is seldom its preamble."""
    end = text.rstrip().rstrip("”’\"')]").rstrip()
    if not end.endswith("?"):
        return ()
    return ("qlen=" + _length(text.count(" ") + 1),)


_HEAD = 200
"""A sentence's first words are read from its first 200 characters."""
_FIRST = 12
"""How many first words count (the pronoun profile reads them)."""
_GLANCE = 80
"""Characters that usually hold the first words: read first, and the whole head only when
they hold too few words to be sure of them."""
_TAIL = 60
"""A sentence's last word is read from its last 60 characters."""


def first_words(lower: str) -> list[str]:
    """The first twelve words (``_WORDS``) of the first 200 characters of ``lower``.

    The first 80 characters are read first: when they hold a thirteenth word, the twelfth
    ended before it, inside them, so the twelve are the words the whole head gives."""
    words = words_in(lower[:_GLANCE])
    if len(words) <= _FIRST and len(lower) > _GLANCE:
        words = words_in(lower[:_HEAD])
    return words[:_FIRST]


_APOSTROPHE = "’"
_MARK = "\x01"
"""Stands for the typographic apostrophe while a text is read as ASCII bytes."""
_LETTER_BYTES = bytes(
    byte if chr(byte).isascii() and (chr(byte).isalpha() or chr(byte) in "'\x01") else ord(" ")
    for byte in range(128)
) + bytes(range(128, 256))
"""Each ASCII byte that is no letter, apostrophe or mark made a space."""
_DIGIT_BYTES = b"0123456789"


def words_in(text: str) -> list[str]:
    """``_WORDS.findall(text)``: its runs of letters and apostrophes, and of digits.

    A text of ASCII and typographic apostrophes without digits (most heads of sentences) is
    cut by blanking every other byte and splitting at the blanks, a few times faster than the
    regex; a text with digits, other characters or the mark itself is left to the regex (a
    digit next to a letter ends a word there, which blanking would not see)."""
    if _MARK in text:
        return _WORDS.findall(text)
    marked = text.replace(_APOSTROPHE, _MARK) if _APOSTROPHE in text else text
    if not marked.isascii():
        return _WORDS.findall(text)
    data = marked.encode()
    if len(data.translate(None, _DIGIT_BYTES)) != len(data):
        return _WORDS.findall(text)
    words = data.translate(_LETTER_BYTES).decode().split()
    if marked is text:
        return words
    return [word.replace(_MARK, _APOSTROPHE) for word in words]


def last_word(lower: str) -> str:
    """The last word (``_WORDS``) of the last 60 characters of ``lower`` ("" if none).

    A word is a longest run of letters or of digits, so the last word is the first word of
    the reversed text, reversed: the search stops at the end instead of cutting every word."""
    found = _WORDS.search(lower[-_TAIL:][::-1])
    return found.group()[::-1] if found else ""


def _shared_start(texts: Sequence[str]) -> str:
    """The longest text that every one of ``texts`` begins with."""
    low, high = min(texts), max(texts)
    n = 0
    while n < len(low) and low[n] == high[n]:
        n += 1
    return low[:n]


def _profile_groups() -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """The profile phrases grouped by their first word, each group behind the text its
    phrases all begin with: a sentence is tested for a group's phrases only when it holds
    that text (most hold few of them)."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for name, phrase in _PROFILE:
        groups.setdefault(phrase.split(" ", 1)[0], []).append(("says=" + name, phrase))
    return tuple(
        (_shared_start([phrase for _, phrase in phrases]), tuple(phrases))
        for phrases in groups.values()
    )


_PROFILE_GROUPS = _profile_groups()
_AFTER = frozenset(
    {"asks", "formula", "single", "interrupted", "concludes", "closes", "give_way", "gives_way"}
    | {"chair", "wlast", "end", "len", "lean", "opener", "lean_t"}
)
"""Verdicts on a sentence, and kinds of feature (the name before `=`), that bear on whether a
turn opens after it."""
_BEFORE = frozenset(
    {"asks", "formula", "chair", "opener", "w1", "lean", "opens_t", "lean_t", "qlen"}
)
"""Verdicts and kinds that bear on the sentence before (a question is often asked next)."""


def sentence_features(
    texts: Sequence[str],
    cues: Sequence[SentenceCues],
    genre: str = "questions",
    house: str = "commons",
) -> list[list[str]]:
    """Feature names of every sentence: its own, its neighbours', its distance to a `?`, the
    sitting's genre and its House (each gets its own prior for every state and opening).

    Notes (`[Interruption.]`) get no features: they never open a turn and the decoder passes
    over them. "Previous" and "next" mean the nearest real sentence on either side.
    """
    n = len(cues)
    real, where = _read(cues, texts)
    parts = [(_verdicts(cues[i]), _words(texts[i].strip())) for i in real]
    out: list[list[str]] = [[] for _ in range(n)]
    setting = ("genre=" + genre, "house=" + house)
    for k, i in enumerate(real):
        verdicts, words = parts[k]
        feats = [*verdicts[0], *words[0], *setting, *where[k]]
        if k > 0:
            feats.extend("prev_" + f for part in parts[k - 1] for f in part[1])
        else:
            feats.append("first")
        if k + 1 < len(real):
            feats.extend("next_" + f for part in parts[k + 1] for f in part[2])
        else:
            feats.append("last")
        out[i] = feats
    return out


def _read(
    cues: Sequence[SentenceCues], texts: Sequence[str]
) -> tuple[list[int], list[tuple[str, ...]]]:
    """The real sentences, and each one's distance back to the last sentence that asks, on
    to the next one, and on to the next that opens as only an answer does (in real
    sentences): a question that carries on after it asked ends where such an opener comes,
    not at its ``?``."""
    real = [i for i in range(len(cues)) if not cues[i].note]
    since: list[int] = []
    last = -1
    for k, i in enumerate(real):
        since.append(k - last if last >= 0 else 99)
        if cues[i].asks:
            last = k
    until = _until([cues[i].asks for i in real])
    answer = [_answers(cues[i]) for i in real]
    where = [
        (_SINCE[min(a, _FAR)], _UNTIL_Q[min(b, _FAR)], _UNTIL_A[min(c, _FAR)], *d)
        for a, b, c, d in zip(since, until, _until(answer), _beside_notes(real, texts), strict=True)
    ]
    return real, where


_FAR = 7
"""Distances from here on share one band (``_bucket``)."""
_SINCE = tuple("since_q=" + _bucket(n) for n in range(_FAR + 1))
_UNTIL_Q = tuple("until_q=" + _bucket(n) for n in range(_FAR + 1))
_UNTIL_A = tuple("until_a=" + _bucket(n) for n in range(_FAR + 1))
"""The place features by distance, named once."""


def _beside_notes(real: Sequence[int], texts: Sequence[str]) -> list[tuple[str, ...]]:
    """Which note, if any, stands just before and just after each real sentence.

    Notes are left out of the sentences the model reads, so without this the sentences on
    either side of one would look adjacent; but a note marks a place, and its bracket says
    which: a listed question's reference in round brackets (`(AQO 187/10)`) ends the
    question, while the benches' `[Interruption.]` in square ones breaks into a turn that
    mostly carries on after it."""
    out: list[tuple[str, ...]] = []
    for k, i in enumerate(real):
        parts = []
        if i > (real[k - 1] + 1 if k else 0):
            parts.append("note_before=" + texts[i - 1].strip()[:1])
        if (real[k + 1] if k + 1 < len(real) else len(texts)) > i + 1:
            parts.append("note_after=" + texts[i + 1].strip()[:1])
        out.append(tuple(parts))
    return out


def _answers(cues: SentenceCues) -> bool:
    """The sentence opens the way only an answer or a reply does (`My hon. Friend is right`)."""
    return cues.open_side == "A" and cues.opens >= 3.0


def _until(flags: Sequence[bool]) -> list[int]:
    """For each position, how far on the next flagged one is (99: none)."""
    out = [99] * len(flags)
    nxt = -1
    for k in range(len(flags) - 1, -1, -1):
        out[k] = nxt - k if nxt >= 0 else 99
        if flags[k]:
            nxt = k
    return out


Table = Mapping[str, Sequence[float]]


def _plus(base: Sequence[float], vectors: Sequence[Sequence[float]]) -> Sequence[float]:
    """``base`` plus ``vectors``, slot by slot, left to right; a term or two added directly.

    ``sum`` adds the same terms in the same order after its starting ``0``, which changes a
    first term only if it is ``-0.0`` (to ``0.0``): a sign no score can carry, since every
    sentence's sum starts from that ``0`` too (see `sentence_vectors`)."""
    if not vectors:
        return base
    if len(vectors) == 1:
        return [a + b for a, b in zip(base, vectors[0], strict=True)]
    if len(vectors) == 2:
        return [a + b + c for a, b, c in zip(base, vectors[0], vectors[1], strict=True)]
    return [sum(column) for column in zip(base, *vectors, strict=True)]


def sentence_vectors(
    texts: Sequence[str],
    cues: Sequence[SentenceCues],
    genre: str,
    house: str,
    tables: tuple[Table, Table, Table],
    dimensions: int,
) -> list[list[float]]:
    """The summed weight vector of every sentence's `sentence_features`, without building them.

    ``tables`` holds the weights of the features, of ``prev_`` features and of ``next_``
    features, the last two keyed without their prefix. Parsing needs only these sums: each
    sentence's own parts are looked up once and reused by both neighbours, and the sums of
    the cue verdicts once per distinct cues.
    """
    features, after_table, before_table = tables
    real, where = _read(cues, texts)
    zero = (0.0,) * dimensions

    def total(names: Sequence[str], table: Table) -> Sequence[float]:
        vectors = [v for v in map(table.get, names) if v is not None]
        if not vectors:
            return zero
        if len(vectors) == 1:
            return vectors[0]
        return [sum(column) for column in zip(*vectors, strict=True)]

    # Each sentence's sum is one left-to-right sum per slot: the cue verdicts' weights (summed
    # once per distinct cues: a sum carried on from a partial sum adds in the same order),
    # its words', the setting's, its place's, the sentence before's and the sentence after's.
    # The parts the neighbours read are summed first; then each sentence's in one pass.
    get, get_after, get_before = features.get, after_table.get, before_table.get
    by_cues: dict[int, tuple[Sequence[float], ...]] = {}
    own: list[tuple[Sequence[float], list[Sequence[float]]]] = []
    after: list[Sequence[float]] = []
    before: list[Sequence[float]] = []
    for i in real:
        c = cues[i]
        verdict = by_cues.get(id(c))
        if verdict is None:
            names, later, earlier = _verdicts(c)
            verdict = by_cues[id(c)] = (
                total(names, features), total(later, after_table), total(earlier, before_table)
            )
        names, later, earlier = _words(texts[i].strip())
        own.append((verdict[0], [v for v in map(get, names) if v is not None]))
        after.append(_plus(verdict[1], [v for v in map(get_after, later) if v is not None]))
        before.append(_plus(verdict[2], [v for v in map(get_before, earlier) if v is not None]))
    setting = total(("genre=" + genre, "house=" + house), features)
    first, last = total(("first",), features), total(("last",), features)
    places: dict[tuple[str, ...], Sequence[float]] = {}
    out: list[list[float]] = [list(zero)] * len(cues)
    m = len(real)
    for k, i in enumerate(real):
        place = places.get(where[k])
        if place is None:
            place = places[where[k]] = total(where[k], features)
        verdicts, vectors = own[k]
        out[i] = [
            sum(column)
            for column in zip(
                verdicts,
                *vectors,
                setting,
                place,
                after[k - 1] if k > 0 else first,
                before[k + 1] if k + 1 < m else last,
                strict=True,
            )
        ]
    return out
