"""Reading speaker labels: ``1. [904342] Jane Smith (Anytown North) (Lab/Co-op):`` and friends.

A label is a question number and UIN (optional), a head (a name, an office, a chair's title or
a collective voice) and up to three bracketed parts (constituency, party, or the name of an
office holder). The label patterns are anchored and bounded, so matching is linear in the line.
"""

from __future__ import annotations

import functools
import re

from attrs import evolve, frozen

from .houses import COMMONS, House, get_house
from .houses.base import NEVER
from .nodes import Speaker

_PREFIX = r"(?:(?P<number>[TQ]?\d{1,3}(?=\.)|Q\d{1,4}(?=\s))\.?\s*)?(?:\[(?P<uin>\d{1,9})\]\s*)?"
"""A question number (``4.``, topical ``T1.``, Prime Minister's ``Q1.``, a committee's evidence
session ``Q12`` without a stop) and a UIN (``[904342]``)."""
_HEAD = r"(?P<head>[^\s:()\[\]][^:()\[\]\n]{0,119}?)"
HEAD_MAX = 120
"""The longest head a label has (its name or office, before any bracket or colon)."""
_HEAD_TO_BRACKET = r"(?P<head>[^\s:()\[\]]++(?:[^\S\n]+[^\s:()\[\]]++)*+)"
""":data:`_HEAD` for a label whose head is followed only by its brackets, a ``[V]``, a colon
or the line's end: every word up to the spaces before the first of them (or before a line
break, which no head crosses), taken at once, where the lazy head is tried one character at
a time (no bracket or colon can end a head sooner, and the spaces before it are the next
part's). It is not bounded: :func:`_match_label` refuses a head longer than
:data:`HEAD_MAX`, which the lazy head cannot reach."""
_PARENS = r"(?P<parens>(?:\s*\((?:[^()\n]|\([^()\n]{1,60}\)){1,250}\)){0,3})"
"""Up to three bracketed parts, each with at most one level of brackets inside
(``(Richmond (Yorks))``); a character either opens an inner part or is not a bracket, so the
match stays linear."""

_VIRTUAL = r"(?P<virtual>\s*\[V\])?"
"""``[V]`` after a label: the member took part virtually (the hybrid sittings of 2020–21)."""

PRINT_LABEL_RE = re.compile(r"^" + _PREFIX + _HEAD_TO_BRACKET + _PARENS + _VIRTUAL + r"\s*::?[ \t]*")
"""A label followed by a colon at the start of a print-layout line (doubled, ``Name::``, as
some web pages copy a label set in bold before its colon)."""


@functools.cache
def _print_label_re(house: House) -> re.Pattern[str]:
    """A print label in ``house``'s form: ended by a colon, or by an em dash as Australia's
    record did until 2010 (``Mr HOWARD—I thank the member``), perhaps naming whom a question
    is put to before the colon (``… (ACT) to the Minister of Conservation:``)."""
    if house.label_end == ":" and not house.label_addressee:
        return PRINT_LABEL_RE
    addressee = r"(?:" + house.label_addressee + r")?" if house.label_addressee else ""
    return re.compile(
        r"^" + _PREFIX + _HEAD + _PARENS + _VIRTUAL + addressee + r"\s*(?:::|" + house.label_end + r")[ \t]*"
    )
WEB_LABEL_RE = re.compile(r"^" + _PREFIX + _HEAD_TO_BRACKET + _PARENS + _VIRTUAL + r"\s*$")
"""A label alone on its line (web layout)."""
TRAILING_UIN_RE = re.compile(r"\[(?P<uin>\d{3,9})\]\s*$")
"""The older style puts the UIN after the question: ``What assessment… [61234]``."""

_CLOCK_RE = re.compile(
    r"^(?P<hour>\d{1,2})[.:](?P<minute>\d{2})(?:\s*(?P<half>[apAP])\.?[mM]\.?)?$"
)
"""A time inside a label: ``(09:01)``, ``(2.16 pm)``, parlinfo's ``(3:12 PM)`` (the time the
turn began)."""


def _label_time(part: str) -> str | None:
    """The 24-hour time a label's bracketed part gives, or None if it is not a time."""
    match = _CLOCK_RE.match(part)
    if match is None:
        return None
    hour, minute = int(match["hour"]), int(match["minute"])
    half = (match["half"] or "").lower()
    if half == "p" and hour < 12:
        hour += 12
    if half == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


_PARTICLES = frozenset(
    ["de", "du", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "ap", "bin", "ben", "al", "el", "y", "of"]
)
"""Lower-case words inside a name (``Ann de Vere``, ``Iain Duncan Smith``)."""
_NAME_PUNCTUATION = frozenset("'’-.")
OFFICE_RE = re.compile(
    r"^(?:The|THE)\s+(?:[A-Z][\w'’-]*|of|for|and|the|to|in|on|at|with|State|,)"
    r"(?:[\s,]+(?:[A-Z][\w'’-]*|of|for|and|the|to|in|on|at|with|without|a|,|—|-|&))*$"
)
"""The shape of an office: ``The Secretary of State for Justice`` (``THE CHANCELLOR OF THE
EXCHEQUER`` in older volumes); the House's office words say whether such a head is an office."""


def _is_name_word(word: str) -> bool:
    """A word of a name, by its shape in any script: a capital then letters (``Hague``,
    ``O'Brien``, ``Rees-Mogg``, ``McDonagh``, ``Órfhlaith``, ``Tāmati``), or an initial."""
    if not word[0].isupper():
        return False
    if len(word) == 1 or (len(word) == 2 and word[1] == "."):
        return True
    second = word[1]
    if second.islower():
        has_lower = True
    elif second in _NAME_PUNCTUATION:  # ``O'Brien``; never two capitals (``REgional``)
        has_lower = any(c.islower() for c in word)
    else:
        return False
    # letters and name punctuation only: the word without its punctuation is all letters
    # (never empty, as it starts with a capital); most words have none to take out
    return has_lower and word[-1] not in "-." and (word.isalpha() or _letters(word).isalpha())


def _letters(word: str) -> str:
    return word.translate(_WITHOUT_NAME_PUNCTUATION)


_WITHOUT_NAME_PUNCTUATION = str.maketrans("", "", "".join(_NAME_PUNCTUATION))


def _is_upper_word(word: str) -> bool:
    """A word in capitals, as some records print a surname (``Mr. HAGUE``), the prefix of a
    Scottish or Irish name kept in mixed case (``McCALLUM``, ``MacDONALD``)."""
    if word.startswith(("Mc", "Mac")) and len(word) > 4:
        word = word[2:] if word[2].isupper() else word[3:]
    return len(word) > 1 and word.isupper() and (word.isalpha() or _letters(word).isalpha())


@functools.cache
def _title_prefix(house: House) -> re.Pattern[str]:
    """A House's titles at the start of a label (``Mr``, ``Dame``, ``Rt Hon``)."""
    return re.compile(r"^" + house.title_re + r"\s+")


def _is_titled(text: str, house: House) -> bool:
    """A title and a name: ``Sir Edward Leigh``, ``Dame Rosie Winterton``, ``Mr. HAGUE``."""
    match = _title_prefix(house).match(text)
    if match is None:
        return False
    words = text[match.end() :].split()
    return 0 < len(words) <= 6 and all(
        _is_name_word(w) or _is_upper_word(w) or w in _PARTICLES for w in words
    )


@frozen
class LabelMatch:
    """A recognised label: the parsed speaker, question number and UIN, and where it ends."""

    speaker: Speaker
    number: str | None
    uin: str | None
    end: int
    """Offset in the line where the label (with its colon and spaces) ends."""
    strong: bool
    """True when the label could not be anything else (number, brackets, office, title)."""
    reported: bool = False
    """True for a question reported without a colon (``1. Paul Maskey asked …``): a
    speaker's turn, but no evidence of a labelled layout, since speaker-less text has them."""
    time: str | None = None
    """The time the label gives for the turn (``(09:01)``), as 24-hour ``HH:MM``."""


def _role_and_name(head: str, parens: list[str], house: House) -> Speaker | None:
    """Work out who the head and bracketed parts name, or None if it is not a speaker."""
    head = " ".join(head.split())
    label = head + "".join(f" ({p})" for p in parens)
    parens = [p for p in parens if not house.turn_note_re.match(p)]
    if house.collective_re.match(head):
        return Speaker(name=head, label=label, role="collective")
    if len(parens) == 1 and house.chair_in_brackets_re.match(parens[0]) and _is_person(head, house):
        # ``Sir Edward Leigh (in the Chair):``, as Westminster Hall labels the member presiding.
        return Speaker(name=head, label=label, office=parens[0], role="chair")
    if house.chair_re.match(head):
        name = parens[0] if parens else head
        return Speaker(name=name, label=label, office=head, role="chair")
    if not parens and house.peerage_re.match(head):
        # ``The Earl of Mar and Kellie:``: the peerage is the member's name.
        return Speaker(name=head, label=label)
    if OFFICE_RE.match(head) and house.office_words_re.search(head):
        if not parens or not _is_person(parens[0], house):
            # ``The Prime Minister:`` names no person: the office is who speaks, as the
            # chair's title is for ``Mr Speaker:``.
            return None if parens else Speaker(name=head, label=label, office=head, role="member")
        party = parens[1] if len(parens) > 1 and house.party_re.match(parens[1]) else None
        return Speaker(name=parens[0], label=label, office=head, party=party)
    if head.startswith("The ") or not _is_person(head, house) or (
        not house.bare_names and not _is_titled(head, house)
    ):
        return None  # ``The Scottish Budget:`` names no one: no name starts with ``The``
    constituency = party = None
    rest = list(parens)
    if rest and house.party_re.match(rest[-1]):
        party = rest.pop()
    if rest:
        constituency = rest.pop(0)
    if rest:
        return None
    office = None
    if constituency is not None and (parts := house.bracket_parts_re.fullmatch(constituency)):
        # one bracket, several facts: ``(Aston—Parliamentary Secretary to the Treasurer)``,
        # ``(Burnaby—New Westminster, NDP)``, ``(National—Southland)``
        found = parts.groupdict()
        constituency, office = found.get("seat"), found.get("office")
        party = found.get("party") or party
        if office is None and constituency and house.office_words_re.search(constituency):
            constituency, office = None, constituency  # ``(Minister of Finance, Lib.)``
    elif constituency is not None and OFFICE_RE.match(constituency) and house.office_words_re.search(constituency):
        # ``Mr Swann (The Minister of Health):``, as the Northern Ireland Assembly writes a
        # minister: the bracket is the office (a seat named ``The Wrekin`` has no office word)
        constituency, office = None, constituency
    elif constituency is not None and house.body_words_re.search(constituency):
        # ``Ms Fiona Quinn (Department for Infrastructure):``, a committee's witness: the
        # bracket is whom they speak for, which the record keeps as their office
        constituency, office = None, constituency
    return Speaker(name=head, label=label, office=office, constituency=constituency, party=party)


def _is_person(text: str, house: House) -> bool:
    """True when ``text`` reads as a person's name (``Mr. Hague``, ``Ann McKechin``,
    ``Simon Court``, ``Tāmati Coffey``).

    Read from the shape of the words alone, never from a list of words that cannot be names
    (``Bill`` and ``Court`` are names too): a title and a name, or two to six words of a name
    that end in a capitalised one. Whether such a line is a speaker at all is the layout's and
    the context's question (see ``layout`` and ``classify``).
    """
    words = text.split()
    if not words or len(words) > 7:
        return False
    if _is_titled(text, house):
        return True
    if house.capital_names and 2 <= len(words) <= 6 and all(_is_upper_word(w) for w in words):
        return True  # ``KIRITAPU ALLAN``, as New Zealand prints a minister's name
    return (
        2 <= len(words) <= 6
        and all(
            _is_name_word(w) or w in _PARTICLES or (0 < i < len(words) - 1 and _is_initials(w))
            for i, w in enumerate(words)
        )
        and _is_name_word(words[-1])
    )


def _is_initials(word: str) -> bool:
    """Two or three initials run together inside a name (``Andrew RT Davies``)."""
    return 2 <= len(word) <= 3 and word.isalpha() and word.isupper()


def _match_label(pattern: re.Pattern[str], line: str, house: House) -> LabelMatch | None:
    match = pattern.match(line)
    if not match:
        return None
    number, uin, head, parens, virtual = match.group("number", "uin", "head", "parens", "virtual")
    if len(head) > HEAD_MAX:
        return None  # a head taken whole (``_HEAD_TO_BRACKET``) that the bound refuses
    return _read_label(house, number, uin, head, parens, bool(virtual), match.end())


@functools.lru_cache(maxsize=4096)
def _read_label(
    house: House,
    number: str | None,
    uin: str | None,
    head: str,
    parens_text: str,
    virtual: bool,
    end: int,
) -> LabelMatch | None:
    """Who a matched label names. Cached: a sitting repeats its labels (``Mr Speaker:``, the
    answering minister) many times, and the reading depends on the label's text alone."""
    honorific = house.honorific_re.match(head)
    if honorific is not None:
        # ``Right Hon. Stephen Harper``: the honorific is the label's, not the name's
        head = head[honorific.end() :]
    parens = [" ".join(p.split()) for p in _PAREN_RE.findall(parens_text)]
    time = None
    if parens and (time := _label_time(parens[-1])) is not None:
        parens.pop()  # ``Mr PEARCE (Aston) (9.01 am)``: the time is the turn's, not the speaker's
    if number is None and (prefix := house.label_prefix_re.match(head)) is not None:
        number, head = prefix["number"], head[prefix.end() :]
    speaker = _role_and_name(head, parens, house)
    if speaker is None:
        return None
    if virtual:
        speaker = evolve(speaker, label=speaker.label + " [V]")
    if honorific is not None:
        speaker = evolve(speaker, label=honorific.group() + speaker.label)
    strong = bool(
        number or uin or parens or speaker.role == "chair" or speaker.office
        or _is_titled(head.strip(), house)
    )
    return LabelMatch(speaker, number, uin, end, strong, time=time)


_PAREN_RE = re.compile(r"\(((?:[^()\n]|\([^()\n]*\))*)\)")


def clear_label_cache() -> None:
    """Forget the labels read so far, so that parsing a text again costs what the first
    parse did (benchmarks time repeated parses of one file)."""
    _read_label.cache_clear()


def match_print_label(line: str, house: House = COMMONS) -> LabelMatch | None:
    """Read a ``Label: text`` line; None unless the part before the colon is a speaker label."""
    if house.label_end == ":" and line.find(":", 0, 400) == -1:
        return None
    return _match_label(_print_label_re(house), line[:400], house)


def match_web_label(line: str, house: House = COMMONS) -> LabelMatch | None:
    """Read a line that is nothing but a speaker label (web layout)."""
    stripped = line.rstrip()
    if len(stripped) > 300:
        return None
    return _match_label(WEB_LABEL_RE, stripped, house)


def parse_label(label: str, house: str | House | None = None) -> Speaker | None:
    """Parse a label written on its own (``Mr Speaker``, ``Jane Smith (Anytown) (Lab)``).

    ``house`` names the House whose titles and chair forms to read it with (default: the
    Commons)."""
    found = match_web_label(label.strip().rstrip(":"), get_house(house) or COMMONS)
    return found.speaker if found else None


def match_rose_line(line: str, house: House = COMMONS) -> LabelMatch | None:
    """Read ``Several hon. Members rose—`` (a collective, or a member, rising, written
    without a colon) as a turn of that voice."""
    if len(line) > 120 or "rose" not in line:
        return None
    match = house.rose_re.match(line)
    if not match:
        return None
    speaker = _role_and_name(match.group("head"), [], house)
    if speaker is None:
        return None
    return LabelMatch(speaker, None, None, match.end(), True)


@functools.cache
def _asked_line_re(house: House) -> re.Pattern[str]:
    """A House's reported question: a number, a member's name, then its ``asked`` verb."""
    return re.compile(
        r"^(?:(?P<number>[TQ]?\d{1,3}(?:\s+and\s+\d{1,3})?)\.\s*)?(?P<head>[^\s:()\[\]\d][^:()\[\]\n]{0,79}?)"
        r"(?P<parens>(?:\s*\([^()\n]{1,80}\)){0,2})\s+(?=" + house.asked_line + r")"
    )


def match_asked_line(line: str, house: House = COMMONS) -> LabelMatch | None:
    """Read a question the record reports rather than labels, ``1. Paul Maskey asked the
    Minister of Health …`` or ``Mr. Holt asked the First Lord …``: the member is the
    speaker, the number the question's, and the line from ``asked`` on is the turn's text.

    Only Houses that print their questions so state :attr:`House.asked_line`; the head must
    read as a person, so ``The Minister asked the Committee…`` is running text.
    """
    if line.find("ask", 0, 200) == -1:  # ``asked``, or the Lords' ``rose to ask``
        return None
    match = _asked_line_re(house).match(line[:200])
    if match is None:
        return None
    head = match["head"]
    parens = [" ".join(p.split()) for p in _PAREN_RE.findall(match["parens"])]
    if not _is_person(head, house):
        return None
    speaker = _role_and_name(head, parens, house)
    if speaker is None or speaker.role != "member":
        return None
    return LabelMatch(speaker, match["number"], None, match.end(), True, reported=True)


def match_unlabelled_question(line: str, house: House = COMMONS) -> LabelMatch | None:
    """Read a question the record prints numbered but without its asker (the Senedd's
    ``1. What assessment …? OQ61074``): a question turn whose speaker is unknown, the whole
    line its text. Reported, like ``1. X asked …``: speaker-less text has them too."""
    if len(line) > 1000 or house.unlabelled_question == NEVER:
        return None  # most Houses print every question with its asker
    match = house.unlabelled_question_re.match(line)
    if match is None:
        return None
    speaker = Speaker(name=None, label="", role="unknown")
    return LabelMatch(speaker, match["number"], None, 0, True, reported=True)
