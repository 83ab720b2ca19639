"""What a website is: the furniture of its pages, its label shapes and what it says about the
sitting, as data.

A site is a subclass of :class:`Site` (see ``__init__.py`` for the registry), as a House is a
subclass of :class:`~hansard_parse.houses.House`: it states phrases and patterns as class
attributes, and this base class compiles them once and reads a page's lines with them. What
a site recognises is certain (``Alert me about debates like this`` is never a heading,
``Photo of Mark Spencer Mark Spencer …`` is always a speaker), so its readings come before
the line classifier's guesses; every other line is classified as the Official Report's are.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import ClassVar, NamedTuple

from attrs import frozen

from ..classify import ClassifiedLine, Kind
from ..houses import House
from ..houses.base import alternation
from ..nodes import Speaker
from ..patterns import MONTHS, clock_time
from ..source import Line
from ..speakers import LabelMatch, match_web_label

EVERYWHERE: tuple[str, ...] = (
    r"Skip\s+to\s+(?:main\s+)?content",
    r"Skip\s+to\s+navigation",
    r"Share(?:\s+this(?:\s+(?:page|debate|speech))?)?",
    r"(?:Share\s+on\s+)?(?:Facebook|Twitter|X|LinkedIn|WhatsApp|Email)",
    r"(?:Accept|Reject)\s+(?:all\s+)?(?:additional\s+)?cookies",
    r"(?:Cookie\s+(?:settings|preferences|policy)|Manage\s+cookies|Cookies)",
    r"We\s+use\s+(?:[\w-]+\s+){0,3}cookies\b.{0,300}",
    r"We(?:'d|\s+would)\s+(?:also\s+)?like\s+to\s+(?:set|use)\s+(?:[\w-]+\s+){0,3}cookies\b.{0,300}",
    r"This\s+(?:site|website)\s+uses\s+cookies\b.{0,300}",
    r"(?:Back\s+to\s+top|Print(?:\s+this\s+page)?|Menu|Search|Home|Sign\s+in|Log\s+in)",
    r"(?:Home\s*[>›|/]\s*).{0,200}",
    r"(?:[^>›»|\n]{1,40}\s*[>›»]\s*){2,}[^>›»|\n]{1,80}",
    r"(?:[\w'’ ]{1,25}\s*\|\s*){2,}[\w'’ ]{0,25}\|?",
    r"(?:Tweet|Email(?:\s+this)?|Copy\s+link|Close|Open\s+menu|Sign\s+up|Subscribe)",
    r"Sign\s+up\s+(?:to|for)\s+(?:get\s+|receive\s+)?(?:email\s+)?(?:alerts|updates|newsletters?)",
    r"(?:Advertisement|Read\s+more|Listen|Watch(?:\s+live)?|Play(?:\s+video)?|Loading…?)",
)
"""Page furniture of every website, as whole lines: skip links, share buttons, cookie
notices, navigation (``Home | About | Contact``) and breadcrumbs (``Home > Debates > …``). Every site reads these as
boilerplate besides its own :attr:`Site.clutter`."""

EVERYWHERE_NOTES: tuple[str, ...] = (
    r"\[\s*(?:hear,?\s+hear|interruption|laughter|applause|cheers|shouts|noise)\s*[.!]?\s*\]",
)
"""Notes of the House as websites write them, spaced or in lower case (``[ Applause .]``,
``[hear, hear]``), which the Official Report writes tight and capitalised: interjections."""

_UK_PARTIES: tuple[str, ...] = (
    "Conservative", "Labour", "Labour/Co-operative", "Labour (Co-op)", "Liberal Democrat",
    "Liberal Democrats", "Scottish National Party", "SNP", "Plaid Cymru", "Democratic Unionist Party",
    "DUP", "Social Democratic and Labour Party", "SDLP", "Alliance", "Green Party",
    "Scottish Green Party", "Independent", "Reform UK", "Alba Party", "Sinn Féin", "Speaker",
    "Crossbench", "Bishops", "Non-affiliated", "Ulster Unionist Party", "UUP",
    "Independent Conservative", "Independent Labour", "Independent Ulster Unionist",
    "Traditional Unionist Voice", "UK Independence Party", "Respect",
)  # fmt: skip
"""The parties as UK websites spell them out (``Conservative, Sherwood``)."""


_SPACES = str.maketrans({space: " " for space in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003"})
"""No-break and typographic spaces, which a browser's copy keeps where the page had them
(``Photo of Jane\u00a0Doe Jane Doe``): one character each, like the space they stand for."""


_SPACE_CHARS = tuple(chr(code) for code in _SPACES)
"""Those spaces, each looked for by itself: a few searches in C tell that a line holds
none, where ``translate`` with a table looks every character up in it (most lines have no
such space). A search for a character wider than any in the line ends at once, so a line
of Latin-1 is scanned for the no-break space alone (faster than ``re`` testing each
character against a set of them)."""


def plain_spaces(text: str) -> str:
    """``text`` with every no-break or typographic space as a plain one, so that a site's
    literal phrases and a label's repeated name match whichever space the copy kept. The
    length is unchanged, so offsets into the line still hold."""
    if text.isascii() or not any(map(text.__contains__, _SPACE_CHARS)):
        return text
    return text.translate(_SPACES)


class LabelShape(NamedTuple):
    """One way a site writes a turn's speaker: a whole line, read into a speaker.

    ``pattern`` must match the whole (stripped) line. Its named groups say what each part
    is: ``label`` (a label as the Official Report writes it, read in the House's words:
    ``Mr Deputy Speaker``, ``The Minister for Roads (Mr Richard Holden)``), or ``name`` with
    any of ``office``, ``constituency``, ``party`` and ``details`` (a party and seat, or an
    office, told apart by :meth:`Site.read_details`); ``time`` (the turn's clock time) and
    ``text`` (where speech begins on the same line) and ``number`` (a question's, ``Q1``) in
    either case. ``then``, where set, is
    a pattern the next non-blank line must match for the shape to apply (a party line under
    a name line); that line's groups are read too, and the line is the label's furniture.
    """

    pattern: str
    then: str = ""


@frozen(kw_only=True)
class SiteFacts:
    """What a page says about its sitting (``HC Deb 06 March 2000 vol 345 cc835-7``)."""

    house: str | None = None
    """The House the page names, as a House's registry name (``commons``, ``lords``)."""
    date: str | None = None
    """The sitting's date as ``YYYY-MM-DD``."""
    volume: str | None = None
    columns: str | None = None
    """The columns of the printed record the page covers (``835-7``)."""
    time: str | None = None
    """When the debate began, as 24-hour ``HH:MM`` (the time of its first turns)."""


_DATE_GROUPS = ("day", "month", "year")
_FACT_GROUPS = ("house", "volume", "columns", "time")


def fact_date(found: Mapping[str, str | None]) -> str | None:
    """``day``, ``month`` (a name, its first three letters, or a number) and ``year`` →
    ``YYYY-MM-DD``; None unless all three make a real day."""
    day, month, year = (found.get(group) for group in _DATE_GROUPS)
    if not (day and month and year):
        return None
    if month.isdigit():
        number = int(month)
    else:
        names = [name[:3].lower() for name in MONTHS]
        key = month[:3].lower()
        number = names.index(key) + 1 if key in names else 0
    try:
        return datetime.date(int(year), number, int(re.sub(r"\D", "", day))).isoformat()
    except ValueError:
        return None


class Site:
    """A website's pages. Subclasses state the data; the patterns are compiled here."""

    name: ClassVar[str]
    """The registry key, the value of ``Document.site`` and of ``--site``."""
    title: ClassVar[str]
    """How the site is called (``TheyWorkForYou``)."""

    evidence: ClassVar[tuple[str, ...]] = ()
    """Literal phrases only this site's pages hold (``Alert me about debates like this``);
    each line holding one is a vote for the site."""
    evidence_line: ClassVar[str] = ""
    """A pattern a whole line of the site's pages may match, each such line a vote, where no
    literal phrase tells (``HC Deb 06 March 2000 vol 345 cc835-7``)."""
    evidence_line_needs: ClassVar[tuple[str, ...]] = ()
    """Patterns, each opening with a literal (which ``re`` scans for fast), one of which
    every match of :attr:`evidence_line` contains; or empty. A sample that holds none of
    them holds no evidence line, and the line pattern, which opens at every line, is not
    run (most texts are no page of the site)."""
    generic: ClassVar[bool] = False
    """A site known only by furniture every website has: chosen only when no other site has
    a vote."""

    clutter: ClassVar[tuple[str, ...]] = ()
    """Whole lines that are the site's page furniture (patterns), besides :data:`EVERYWHERE`:
    boilerplate, never a heading or a speaker."""
    notes: ClassVar[tuple[str, ...]] = ()
    """Whole lines that are notes of the House in the site's own spelling, besides
    :data:`EVERYWHERE_NOTES`: interjections."""
    labels: ClassVar[tuple[LabelShape, ...]] = ()
    """The site's own ways of writing a turn's speaker."""
    facts: ClassVar[tuple[str, ...]] = ()
    """Patterns of what a page says about its sitting, searched in each line near the top,
    with groups ``house``, ``day``, ``month``, ``year``, ``volume``, ``columns``, ``time``;
    the line is furniture."""
    house_names: ClassVar[Mapping[str, str]] = {}
    """What a ``house`` group may say (``HC``, ``House of Lords``) → the House's name."""
    parties: ClassVar[tuple[str, ...]] = _UK_PARTIES
    """Party names as the site spells them out, to tell a party and seat from an office."""
    chair_offices: ClassVar[tuple[str, ...]] = (
        r"(?:Mr\.?\s+|Madam\s+)?(?:Deputy\s+)?Speaker\b.*",
        r"(?:Lord\s+)?Speaker\b.*",
        r"(?:First|Second|Third)?\s*Deputy\s+Chair(?:man)?\s+of\s+Ways\s+and\s+Means.*",
        r"Chair(?:man)?\s+of\s+Ways\s+and\s+Means.*",
        r"(?:Deputy\s+)?Presiding\s+Officer\b.*",
        r"(?:Dirprwy\s+)?Llywydd\b.*",
        r"(?:Deputy\s+)?Chair(?:man|person)?(?:\s+of\s+Committees)?",
    )
    """Offices a site names that make the speaker the chair."""

    layout: ClassVar[str | None] = None
    """The layout every page of the site is in, or None to detect it from the text."""
    unlabelled_layout: ClassVar[str | None] = "plain"
    """What a page of the site with no speaker labels is: a debate's transcript (``plain``),
    never an article; None to keep what detection finds."""

    # --- compiled patterns ----------------------------------------------------------------
    @cached_property
    def clutter_re(self) -> re.Pattern[str]:
        return re.compile(alternation((*EVERYWHERE, *self.clutter)), re.IGNORECASE)

    @cached_property
    def notes_re(self) -> re.Pattern[str]:
        return re.compile(alternation((*EVERYWHERE_NOTES, *self.notes)), re.IGNORECASE)

    @cached_property
    def evidence_re(self) -> re.Pattern[str] | None:
        """The literal evidence as one pattern: one search a line, not one per phrase."""
        return re.compile("|".join(map(re.escape, self.evidence))) if self.evidence else None

    @cached_property
    def evidence_line_re(self) -> re.Pattern[str] | None:
        return re.compile(self.evidence_line) if self.evidence_line else None

    @cached_property
    def facts_res(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(pattern) for pattern in self.facts)

    @cached_property
    def label_res(self) -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
        return tuple(
            (re.compile(shape.pattern), re.compile(shape.then) if shape.then else None)
            for shape in self.labels
        )

    @cached_property
    def party_re(self) -> re.Pattern[str]:
        parties = alternation(
            tuple(re.escape(party) for party in sorted(self.parties, key=len, reverse=True))
        )
        return re.compile(
            r"(?P<party>" + parties + r")(?:\s*,\s*(?P<seat>.+))?"
            r"|(?P<seat_first>[^,]{2,80}),\s*(?P<party_last>" + parties + r")",
            re.IGNORECASE,
        )

    @cached_property
    def chair_office_re(self) -> re.Pattern[str]:
        # an office as a page writes it may keep the article (``The Presiding Officer``)
        return re.compile(r"(?:The\s+)?" + alternation(self.chair_offices), re.IGNORECASE)

    # --- detection --------------------------------------------------------------------------
    @cached_property
    def evidence_line_anywhere_re(self) -> re.Pattern[str] | None:
        """:attr:`evidence_line` as a line of newline-joined lines (``\\n`` first, so the
        search skips to line starts as fast as it finds a character)."""
        return re.compile(r"\n(?:" + self.evidence_line + r")(?=\n)") if self.evidence_line else None

    def has_evidence(self, joined: str) -> bool:
        """Whether lines joined by newlines, with a newline before and after them, hold any
        of this site's evidence: one scan of the whole text to tell that it holds none, as
        the record's own text never does (:meth:`votes` then counts the lines that do)."""
        line_re = self.evidence_line_anywhere_re
        return any(phrase in joined for phrase in self.evidence) or (
            line_re is not None
            and self.may_hold_evidence_line(joined)
            and line_re.search(joined) is not None
        )

    def may_hold_evidence_line(self, joined: str) -> bool:
        """Whether ``joined`` may hold a line :attr:`evidence_line` matches: False only where
        it holds none of :attr:`evidence_line_needs`."""
        needs = self.evidence_line_needs_res
        return not needs or any(pattern.search(joined) is not None for pattern in needs)

    @cached_property
    def evidence_line_needs_res(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(pattern) for pattern in self.evidence_line_needs)

    def votes(self, texts: Sequence[str]) -> int:
        """How many of ``texts`` (lines, stripped) carry this site's evidence."""
        count = 0
        phrases, line_re = self.evidence_re, self.evidence_line_re
        for text in texts:
            if (phrases is not None and phrases.search(text)) or (
                line_re is not None and line_re.fullmatch(text)
            ):
                count += 1
        return count

    def page_layout(self, detected: str, known: Sequence[ClassifiedLine | None] = ()) -> str:
        """The layout of a page whose text was detected as ``detected``, given what the site
        read of its lines (``known``): labels alone on their lines (``§ Mr. Hanson``) are the
        web layout's, though detection counts every certain label as print's."""
        if self.layout is not None:
            return self.layout
        if detected in ("plain", "prose") and self.unlabelled_layout is not None:
            return self.unlabelled_layout
        if detected == "print":
            alone = inline = 0
            for read in known:
                if read is not None and read.kind is Kind.SPEAKER and read.label is not None:
                    if read.label.end >= len(read.line.content.rstrip()):
                        alone += 1
                    else:
                        inline += 1
            if alone > inline:
                return "web"
        return detected

    # --- facts ------------------------------------------------------------------------------
    def read_facts(self, texts: Sequence[str]) -> SiteFacts:
        """What the lines ``texts`` (the top of a page) say about the sitting; the first
        statement of each fact wins."""
        found: dict[str, str] = {}
        for text in texts:
            for pattern in self.facts_res:
                match = pattern.search(text)
                if match is None:
                    continue
                groups = {key: value for key, value in match.groupdict().items() if value}
                date = fact_date(groups)
                if date is not None:
                    found.setdefault("date", date)
                for key in _FACT_GROUPS:
                    if key in groups:
                        found.setdefault(key, groups[key])
        house = found.get("house")
        time = found.get("time")
        return SiteFacts(
            house=self.house_names.get(" ".join(house.split())) if house else None,
            date=found.get("date"),
            volume=found.get("volume"),
            columns=found.get("columns"),
            time=clock_time(time) if time else None,
        )

    def is_fact_line(self, text: str) -> bool:
        return any(pattern.search(text) for pattern in self.facts_res)

    # --- lines ------------------------------------------------------------------------------
    def read_lines(self, lines: Sequence[Line], house: House) -> list[ClassifiedLine | None]:
        """What the site makes of each line: furniture, a speaker's label, or None where the
        site has nothing to say (the line classifier decides)."""
        known: list[ClassifiedLine | None] = [None] * len(lines)
        for i, line in enumerate(lines):
            text = plain_spaces(line.content.strip())
            if not text or known[i] is not None:
                continue
            # the House's own front matter and procedure (``Chairman: Mr. X``) are no label
            own = house.member_list_re.match(text) or house.procedural_re.match(text)
            read = None if own else self._read_label(lines, i, house)
            if read is not None:
                label, then = read
                known[i] = ClassifiedLine(line, Kind.SPEAKER, label)
                if then is not None:
                    known[then] = ClassifiedLine(lines[then], Kind.BOILERPLATE)
            elif self.clutter_re.fullmatch(text) or self.is_fact_line(text):
                known[i] = ClassifiedLine(line, Kind.BOILERPLATE)
            elif text[0] == "[" and self.notes_re.fullmatch(text):
                known[i] = ClassifiedLine(line, Kind.INTERJECTION)
        for i in self._titles(lines, known):
            known[i] = ClassifiedLine(lines[i], Kind.HEADING)
        return known

    def _titles(self, lines: Sequence[Line], known: Sequence[ClassifiedLine | None]) -> set[int]:
        """The page's title: the first line above a statement of the sitting's facts
        (``Volume 467: debated on …``), over the site's furniture, that reads as a title."""
        titles: set[int] = set()
        for i, line in enumerate(lines[:_TITLE_LINES]):
            if known[i] is None or not self.is_fact_line(plain_spaces(line.content.strip())):
                continue
            for j in range(i - 1, max(-1, i - 8), -1):
                if not lines[j].content.strip() or (known[j] is not None and j not in titles):
                    continue
                if j not in titles and reads_as_title(lines[j].content.strip()):
                    titles.add(j)
                break
        return titles

    def _read_label(
        self, lines: Sequence[Line], i: int, house: House
    ) -> tuple[LabelMatch, int | None] | None:
        """The label line ``i`` opens, and the line of it that follows (a ``then`` line)."""
        content = plain_spaces(lines[i].content)
        text = content.strip()
        offset = len(content) - len(content.lstrip())
        for pattern, then in self.label_res:
            match = pattern.fullmatch(text)
            if match is None:
                continue
            groups = {key: value for key, value in match.groupdict().items() if value}
            then_at: int | None = None
            if then is not None:
                then_at = next_text(lines, i)
                second = then.fullmatch(plain_spaces(lines[then_at].content.strip())) if then_at is not None else None
                if second is None:
                    continue
                groups.update({key: value for key, value in second.groupdict().items() if value})
            end = offset + match.start("text") if "text" in groups else len(content)
            label = self.read_label(groups, text[: end - offset].strip(), house, end)
            if label is not None:
                return label, then_at
        return None

    def read_label(
        self, groups: Mapping[str, str], written: str, house: House, end: int
    ) -> LabelMatch | None:
        """The speaker a label shape's groups name, as the Official Report's labels are read:
        the same fields (name, office, constituency, party, role)."""
        time = clock_time(groups["time"]) if "time" in groups else None
        if "label" in groups:
            found = match_web_label(groups["label"].strip(), house)
            if found is None:
                return None
            number = groups.get("number") or found.number
            return LabelMatch(found.speaker, number, found.uin, end, True, time=time or found.time)
        name = groups.get("name")
        if not name:
            return None
        office = groups.get("office")
        constituency = groups.get("constituency")
        party = groups.get("party")
        if "details" in groups:
            office, constituency, party = self.read_details(groups["details"], office, constituency, party)
        role = "chair" if office and self.chair_office_re.fullmatch(office) else "member"
        speaker = Speaker(
            name=" ".join(name.split()), label=written, office=office, constituency=constituency,
            party=party, role=role,
        )
        return LabelMatch(speaker, None, None, end, True, time=time)

    def read_details(
        self, details: str, office: str | None, constituency: str | None, party: str | None
    ) -> tuple[str | None, str | None, str | None]:
        """A label's details: a party and seat (``Conservative, Sherwood``), a seat and
        party (``Highlands and Islands, Scottish Conservative and Unionist Party``), a party
        alone, or an office (``Lord President of the Council``) → (office, constituency,
        party)."""
        details = " ".join(details.split())
        match = self.party_re.fullmatch(details)
        if match is None:
            return details, constituency, party
        if match["party_last"]:
            return office, match["seat_first"], match["party_last"]
        return office, match["seat"] or constituency, match["party"]


_TITLE_LINES = 200
"""Lines of a page's top searched for its title."""


def reads_as_title(text: str) -> bool:
    """Short, capitalised, with no sentence punctuation at its end: a debate's title, or a
    line of a caption (an office, a party and seat), never a sentence of speech."""
    return (
        len(text.split()) <= 20
        and text[0].isupper()
        and text[-1] not in ".?!:;,—–-"
    )


def next_text(lines: Sequence[Line], i: int) -> int | None:
    """The index of the first non-blank line after line ``i`` (within a few lines)."""
    for j in range(i + 1, min(len(lines), i + 4)):
        if lines[j].content.strip():
            return j
    return None


__all__ = [
    "EVERYWHERE", "EVERYWHERE_NOTES", "LabelShape", "Site", "SiteFacts", "fact_date", "next_text",
    "plain_spaces", "reads_as_title",
]  # fmt: skip
