"""What a House is: the words a chamber speaks, as data, and the patterns built from them.

A House subclass states phrases (regular-expression fragments, word lists, cue tables) as
class attributes; this base class compiles them, once per House, into the patterns the
lexer, the labelled-text typer and the speaker-less segmenter read. Nothing here names a
chamber: :class:`~hansard_parse.houses.commons.Commons` states every attribute, and a new
House subclasses the one it is closest to and states only what differs, as sqlglot's
dialects and pySBD's languages do.
"""

from __future__ import annotations

import itertools
import math
import operator
import re
import sys
from collections.abc import Sequence
from functools import cached_property
from typing import ClassVar, NamedTuple

from .evidence import Evidence, count_matches


class OpenerCue(NamedTuple):
    """How strongly a speaker-less sentence that matches ``pattern`` opens a turn.

    ``side`` is ``"A"`` (the answering side), ``"Q"`` (the asking side) or ``""`` (either);
    ``starts`` holds the characters a match can start with (``ANY`` when unanchored) and
    ``literals`` strings one of which every match contains: cheap tests that decide whether
    the pattern needs to run (see :mod:`hansard_parse.plain.prefilter`).
    """

    pattern: str
    strength: float
    side: str
    cue: str
    starts: str
    literals: tuple[str, ...] = ()


class SideCue(NamedTuple):
    """A word pattern in a sentence's body that leans to one side (see ``plain.sides``).

    Every match holds one of ``keys`` (space-separated words) as a whole word; a cue marked
    ``whole`` is decided on its keys alone and its pattern never runs.
    """

    pattern: str
    weight: float
    side: str
    keys: str
    whole: bool = False


class ChairCue(NamedTuple):
    """A sentence only the chair says (``Order.``, ``I call…``), for the speaker-less reader."""

    pattern: str
    cue: str
    starts: str
    literals: tuple[str, ...] = ()


HON = "<HON>"
"""Stands for :attr:`House.hon` in a cue table's pattern."""
ADDRESSEE = "<ADDRESSEE>"
"""Stands for :attr:`House.addressees` (one group) in a cue table's pattern."""
MINISTER = "<MINISTER>"
"""Stands for :attr:`House.minister_titles` (one group) in a cue table's pattern."""
MINISTER_INITIALS = "<MINISTER_INITIALS>"
"""Stands for the first letters of :attr:`House.minister_titles` in a cue's start characters."""
NEVER = "(?!)"
"""The pattern of a form a House does not have: it matches nothing, and readers that see it
skip the form without running it."""


def alternation(phrases: tuple[str, ...]) -> str:
    """One non-capturing group that matches any of ``phrases`` (regex fragments); with no
    phrases, a group that never matches."""
    return "(?:" + "|".join(phrases) + ")" if phrases else NEVER


_LABEL_ALONE = 80
"""Characters within which a label line shows its colon, or ends (a web label alone)."""


class House:
    """A chamber's language. Subclasses set the phrases; the patterns are derived here."""

    name: ClassVar[str]
    """The registry key and the value of ``Document.house`` (``commons``, ``lords``)."""
    title: ClassVar[str]
    """How the chamber is called (``House of Commons``)."""

    # --- detection: what tells this House's text from another's ---------------------------
    evidence: ClassVar[tuple[str, ...]]
    """Literal phrases found in this House's text and rarely in another's; each occurrence
    is one vote (literals, not patterns: counting them costs little on a whole sitting)."""
    evidence_line: ClassVar[str] = ""
    """A pattern a whole line of this House's text may match, each such line one vote
    (``4·28 pm``), where no literal phrase tells; empty where the phrases suffice."""
    evidence_line_needs: ClassVar[str] = ""
    """A pattern that opens with a literal (so ``re`` scans for it fast) and that every match
    of :attr:`evidence_line` contains (``Q\\d`` in ``Q12 Mr Gauke: …``), or empty: a sample
    without it holds no evidence line, and the line pattern, which opens at every line and
    costs a scan of its own, is not run (most samples are of other Houses)."""
    evidence_weight: ClassVar[float] = 1.0
    """What one piece of evidence counts in the vote between Houses, for a House whose marks
    are rare by nature against another's in every speech. A variant of a House (a committee,
    an era) needs none: it is weighed against its parent's own marks (see :meth:`margin`)."""
    evidence_line_starts: ClassVar[tuple[str, ...]]
    """Openings of this House's labels (``Baroness ``); each line that opens so and reads as
    a label (a colon near its start, or a short line alone) is one vote."""
    evidence_pattern: ClassVar[str] = ""
    """A pattern matched anywhere in the text, each match one vote, for marks no literal
    states (the chair called by name, ``…, Mr Key.``); empty where none."""
    evidence_branches: ClassVar[tuple[str, ...]] = ()
    """:attr:`evidence_pattern` as the branches it joins, where each opens with a literal and
    no match of one can overlap a match of another: each is then counted by a scan of its
    own, which ``re`` makes fast, and once for every House that shares it (see
    :meth:`Evidence.marks`); empty to count the pattern whole."""
    variant_of: ClassVar[str] = ""
    """The House this one is a sitting or an era of (``commons`` for its committees,
    Westminster Hall and its historic record), or empty. A variant speaks all of its
    parent's words, so counting them cannot tell the two apart: it is chosen only once the
    text reads as the parent's, by its own marks against the parent's (see :meth:`margin`)."""
    contrary: ClassVar[str] = ""
    """For a variant, a pattern of what shows the parent's own sitting instead (the chamber
    addressed as ``the House``, ``Mr Speaker``); each match one vote against it."""
    contrary_branches: ClassVar[tuple[str, ...]] = ()
    """:attr:`contrary` as the branches it joins, each opening with a literal, where it is
    so written: its matches are then found branch by branch (see
    :func:`~hansard_parse.houses.evidence.count_matches`); empty to scan it whole."""
    evidence_floor: ClassVar[int] = 2
    """For a variant, the fewest of its own marks that choose it: one stray phrase (a
    speech that mentions ``the Committee``) is no sitting of it."""

    # --- labels -----------------------------------------------------------------------------
    titles: ClassVar[tuple[str, ...]]
    """Words that may stand before a person's name in a label (``Mr``, ``Baroness``)."""
    bare_names: ClassVar[bool]
    """Whether a label may name a member without a title (``Andrew Western:``); where not
    (the Lords), ``Criminal Justice Group (CJG)`` is never read as a member."""
    peerages: ClassVar[tuple[str, ...]]
    """Whole-label forms of a member that are not a title and a name (``Lord X of Y``)."""
    chair_heads: ClassVar[tuple[str, ...]]
    """The chair's titles, as a label's head (``Mr Speaker``, ``The Deputy Speaker``)."""
    chair_in_brackets: ClassVar[str]
    """A bracketed part that makes the member named before it the chair (``in the Chair``)."""
    collective_heads: ClassVar[tuple[str, ...]]
    """Labels of a collective voice (``Hon. Members``, ``Several hon. Members``)."""
    rose_heads: ClassVar[tuple[str, ...]]
    """Who rises in a ``… rose—`` line written without a colon."""
    office_words: ClassVar[tuple[str, ...]]
    """Words that make ``The …`` an office (``The Secretary of State for Justice``)."""
    body_words: ClassVar[tuple[str, ...]]
    """Words that make a member's bracket a body rather than a seat: a committee witness
    labelled with whom they speak for (``Ms Quinn (Department for Infrastructure)``,
    ``Alan Finch (Ferries Scotland Ltd)``). No seat of the House may hold one."""
    parties: ClassVar[tuple[str, ...]]
    """Party abbreviations as a label's last bracket (``Lab``, ``Con``)."""
    bracket_parts: ClassVar[str]
    """How one bracket after a member's name holds several facts, with optional groups
    ``seat``, ``office`` and ``party`` (Canada's ``(Riding, Party)``, Australia's
    ``(Electorate—Office)``)."""
    turn_notes: ClassVar[tuple[str, ...]]
    """Bracketed parts of a label that say what the turn is, not who speaks."""
    capital_names: ClassVar[bool]
    """Whether a label may name a member without a title in capitals (``KIRITAPU ALLAN:``),
    as New Zealand's record prints ministers and debate speakers."""
    label_end: ClassVar[str]
    """What ends a label before its speech: a colon, or (Australia until 2010) an em dash
    (``Mr HOWARD—I thank the member``)."""
    honorific: ClassVar[str]
    """An honorific before a member's title or name that is no part of the name
    (Canada's ``Right Hon.``, ``Hon.``): kept in the label, left out of the name."""
    label_addressee: ClassVar[str]
    """What may follow a label's brackets before its colon: whom a primary question is put to
    (New Zealand's ``1. MARK CAMERON (ACT) to the Minister of Conservation:``)."""
    label_prefix: ClassVar[str]
    """What may stand before a label's name besides a question number, with a group
    ``number``: a written question's (``Question No. 406—``), the turn's number."""
    voices_interject: ClassVar[bool]
    """Whether a collective voice's line (``Some hon. members: Agreed.``) is an interjection
    in the record rather than a turn of its own."""
    interjecting: ClassVar[str]
    """A line recording members calling out (``Mr Crean interjecting—``), an interjection."""
    floor_languages: ClassVar[tuple[str, ...]]
    """Languages whose own-line markers (``[English]``, ``[Translation]``) say in which
    language the floor speaks from there on."""
    clock_stamp: ClassVar[str]
    """A time stamp line besides ``4.15 pm`` (Canada's ``(1415)``), with groups ``hour`` and
    ``minute``."""

    # --- lines of the record ---------------------------------------------------------------
    procedure: ClassVar[tuple[str, ...]]
    """Line openings that record procedure rather than speech."""
    motion_body: ClassVar[str]
    """The body of a motion (``That this House…``), procedure when no one is speaking."""
    asked: ClassVar[str]
    """The line that opens a department's questions (``The Secretary of State was asked—``)."""
    asked_line: ClassVar[str]
    """What follows a member's name in a question the record reports without a colon
    (``1. Paul Maskey asked the Minister …``), as a lookahead fragment; ``(?!)`` where the
    House labels every question."""
    question_reference: ClassVar[str] = ""
    """A tabled question's reference where the record prints it after the question, with a
    group ``uin`` (the Scottish Parliament's ``(S3W-28168)``); empty where none."""
    unlabelled_question: ClassVar[str]
    """A question the record prints numbered but without its asker (the Senedd's ``1. What
    assessment …? OQ61074``), with a group ``number``: a question whose speaker is unknown;
    ``(?!)`` where every question has its asker."""
    division_opening: ClassVar[str]
    """How a division opens besides ``The House divided`` (a procedure line of the House)."""
    division_lines: ClassVar[tuple[str, ...]]
    """Lines of a division record besides Westminster's (``YEAS``, a name with its riding)."""
    note_words: ClassVar[tuple[str, ...]]
    """First words of a bracketed interruption (``[Interruption.]``, ``[Hon. Members: …]``)."""
    note_padding: ClassVar[str]
    """What may stand inside the brackets around a note (``" ?"`` for ``[ Interruption. ]``)."""
    collective_note_word: ClassVar[str]
    """A lowercase word that makes a note a collective one (``member`` in ``[Hon. Members…]``)."""
    reference: ClassVar[str]
    """A member referred to in a speech (``my hon. Friend the Member for X (Name)``); groups
    ``name`` and ``constituency`` where the form gives them."""
    reference_anchors: ClassVar[tuple[str, ...]]
    """Words every reference holds (``hon``), found by plain search before the pattern runs."""

    division_sides: ClassVar[tuple[str, ...]]
    """The words that head each side's list of names in a division (``Ayes``, ``Noes``; the
    Scottish Parliament's ``For``, ``Against``, ``Abstentions``), each alone on its line."""
    member_list: ClassVar[tuple[str, ...]]
    """Line openings of a list of members, one a line (a committee's membership)."""

    # --- headings ----------------------------------------------------------------------------
    titles_end_with_stop: ClassVar[bool]
    """Whether a heading may end with a full stop (``Rosyth Dockyard.``), as older volumes
    print subjects."""
    fixed_headings: ClassVar[tuple[str, ...]]
    """Lines that are headings by their form alone, whatever follows them
    (``Economy — Question``)."""
    business_headings: ClassVar[tuple[str, ...]]
    """Headings of the House's business, level 1 (``Oral Answers to Questions``)."""
    question_time_heading: ClassVar[str]
    """The level-1 heading that holds the departments' questions."""
    question_period_heading: ClassVar[str]
    """A heading that opens questions without numbers to the government (Canada's Oral
    Questions, Australia's Questions without Notice): until the next business heading, turns
    are questions and answers, told apart by the office in the label and by alternation."""
    answering_offices: ClassVar[str]
    """An office in a label that answers in question period (``Minister``, ``Parliamentary
    Secretary``)."""
    supplementary_opening: ClassVar[str]
    """How a supplementary question opens in question period (``Mr President, I ask a
    supplementary question``)."""
    question_opening: ClassVar[str]
    """How a question opens in question period (``My question is to the Prime Minister``);
    the next member to speak answers it."""
    part_headings: ClassVar[tuple[str, ...]]
    """Headings of a part of a debate, level 3 (``Clause 2``, ``Amendment 4``)."""

    # --- turns ---------------------------------------------------------------------------------
    statement_opening: ClassVar[str]
    """How a minister opens an oral statement (``With permission, I will make a statement``)."""
    tabled_question: ClassVar[str]
    """A question as tabled (``To ask the Secretary of State…``)."""
    chair_words: ClassVar[str]
    """What only the chair says at the start of a turn (``Order.``, ``I call``)."""
    point_of_order: ClassVar[str]
    """How a point of order opens."""
    give_way: ClassVar[str]
    """Asking a member to give way, anywhere in a turn."""
    gives_way: ClassVar[str]
    """Giving way, at the start of a turn."""
    plain_give_way: ClassVar[str]
    """Asking a member to give way, at a sentence's end (the speaker-less reader)."""
    plain_gives_way: ClassVar[str]
    """Giving way as a sentence of its own (the speaker-less reader)."""

    # --- the speaker-less reader ----------------------------------------------------------------
    after_hon: ClassVar[str]
    """What continues ``hon.`` on the next line when a splitter broke a form of address there
    (``my hon.`` / ``Friend is right…``)."""
    hon: ClassVar[str]
    """The honorific before a form of address (``right hon. and learned``), with its space."""
    addressees: ClassVar[tuple[str, ...]]
    """What a member is called when addressed (``Friend``, ``Gentleman``, ``Lady``)."""
    minister_titles: ClassVar[tuple[str, ...]]
    """How speakers name the answering front bench (``the Minister``)."""
    formulas: ClassVar[tuple[str, ...]]
    """Sentences that are order-paper formulas by their opening, besides the reported
    question's shape (``What steps his Department is taking…``)."""
    openers: ClassVar[tuple[OpenerCue, ...]]
    """Turn openings, strongest first where they overlap (``On a point of order``)."""
    address_anywhere: ClassVar[str]
    """An address to the person spoken to anywhere in a sentence (``the hon. Lady's point``)."""
    address_literal: ClassVar[str]
    """A string every match of :attr:`address_anywhere` contains (``hon. ``)."""
    asker_thanks: ClassVar[str]
    """Thanks that come from the asker (``…for her answer``)."""
    asker_thanks_literals: ClassVar[tuple[str, ...]]
    minister_thanks: ClassVar[str]
    """Thanks that come from the minister (``…for his question``)."""
    minister_thanks_literals: ClassVar[tuple[str, ...]]
    minister_literals: ClassVar[tuple[str, ...]]
    """Strings one of which every match of :attr:`minister_titles` contains."""
    side_cues: ClassVar[tuple[SideCue, ...]]
    """Words in a sentence's body that lean to the asking or the answering side."""
    house_words: ClassVar[frozenset[str]]
    """Capitalised words of the House's own vocabulary: not particulars a member names."""
    chair_cues: ClassVar[tuple[ChairCue, ...]]
    """Sentences only the chair says, for the speaker-less reader."""
    rose_line: ClassVar[str]
    """The stage direction for a member rising, a turn of its own (``Hon. Members rose—``)."""
    cries: ClassVar[str]
    """Cries from the benches, each a turn of its own (``Hear, hear!``)."""
    topical: ClassVar[str]
    """The topical questions' formula."""
    commends: ClassVar[str]
    """How a speech or statement ends (``I commend the motion to the House``)."""
    commends_statement: ClassVar[str]
    closes: ClassVar[str]
    """How an answer closes (an offer to meet or write)."""
    closes_keys: ClassVar[frozenset[str]]
    """Words one of which every match of :attr:`closes` contains."""

    def __repr__(self) -> str:
        return f"<House {self.name}>"

    # --- patterns derived from the phrases (compiled once per House) ------------------------
    def votes(self, lines: Sequence[str] | Evidence) -> float:
        """How strongly ``lines`` read as this House's: its evidence phrases and label
        openings, counted, times :attr:`evidence_weight`. Given an :class:`Evidence`, the
        phrases every House shares with another are counted once for all of them."""
        sample = lines if isinstance(lines, Evidence) else Evidence(lines)
        phrases = sum(sample.count(phrase) for phrase in self.evidence)
        starts = self.evidence_line_starts
        if starts:
            # ``filter`` runs the opening test in C over every line; only openers are read on
            opening = filter(operator.methodcaller("startswith", starts), sample.lines)
            phrases += sum(
                1 for line in opening if len(line) < _LABEL_ALONE or ":" in line[:_LABEL_ALONE]
            )
        if self.evidence_line and self.may_hold_evidence_line(sample.text):
            phrases += len(self.evidence_line_led_re.findall(sample.lined))
        if self.evidence_branches:
            phrases += sum(sample.marks(branch) for branch in self.evidence_branches)
        elif self.evidence_pattern:
            phrases += self.pattern_marks(sample.text)
        return phrases * self.evidence_weight

    def pattern_marks(self, text: str) -> int:
        """How many times :attr:`evidence_pattern` matches in ``text`` (a House may count
        them faster where it knows a branch cannot match)."""
        return len(self.evidence_pattern_re.findall(text))

    def margin(self, lines: Sequence[str] | Evidence, *, above: float | None = None) -> float:
        """For a variant: by how much its own marks outnumber the :attr:`contrary` ones in
        ``lines``, or minus infinity where they fall short of :attr:`evidence_floor`.

        With ``above``, the contrary marks are counted only until the margin can no longer
        exceed ``above`` (a figure no greater than ``above`` is then returned, not the exact
        one): detection asks only whether a variant leads, and the chamber's own marks
        (``the House``, ``Mr Speaker``) fill every Commons text, so the count stops early
        instead of scanning the whole sample."""
        sample = lines if isinstance(lines, Evidence) else Evidence(lines)
        marks = self.votes(sample) / self.evidence_weight
        if marks < self.evidence_floor:
            return float("-inf")
        if not self.contrary:
            return marks
        # the margin exceeds ``above`` only while fewer than this many are found
        limit = sys.maxsize if above is None else max(0, math.ceil(marks - above))
        if self.contrary_branches:
            return marks - count_matches(self.contrary_branches, sample.text, limit)
        found = itertools.islice(self.contrary_re.finditer(sample.text), limit)
        return marks - sum(1 for _ in found)

    @cached_property
    def question_reference_re(self) -> re.Pattern[str]:
        return re.compile(self.question_reference + r"\s*$")

    @cached_property
    def evidence_pattern_re(self) -> re.Pattern[str]:
        return re.compile(self.evidence_pattern, re.MULTILINE)

    @cached_property
    def contrary_re(self) -> re.Pattern[str]:
        return re.compile(self.contrary, re.MULTILINE)

    @cached_property
    def evidence_line_re(self) -> re.Pattern[str]:
        return re.compile(r"^(?:" + self.evidence_line + r")$", re.MULTILINE)

    @cached_property
    def evidence_line_led_re(self) -> re.Pattern[str]:
        """:attr:`evidence_line_re` led by the newline before each line, for text with a
        newline in front (:attr:`Evidence.lined`): it finds as many lines, where the ``^``
        form is tried at every character of the text."""
        return re.compile(r"\n(?:" + self.evidence_line + r")(?=\n|\Z)")

    @cached_property
    def evidence_line_needs_re(self) -> re.Pattern[str] | None:
        return re.compile(self.evidence_line_needs, re.MULTILINE) if self.evidence_line_needs else None

    def may_hold_evidence_line(self, text: str) -> bool:
        """Whether ``text`` may hold a line :attr:`evidence_line` matches: False only where
        what every such line contains (:attr:`evidence_line_needs`) is absent."""
        needs = self.evidence_line_needs_re
        return needs is None or needs.search(text) is not None

    @cached_property
    def title_re(self) -> str:
        """A title word with its optional full stop, as a fragment."""
        return alternation(self.titles) + r"\.?"

    @cached_property
    def leading_titles_re(self) -> re.Pattern[str]:
        """Titles at the start of a name, to compare names without them."""
        return re.compile(r"^(?:" + self.title_re + r"\s+)+")

    @cached_property
    def peerage_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + alternation(self.peerages) + r"$")

    @cached_property
    def chair_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + alternation(self.chair_heads) + r"$", re.IGNORECASE)

    @cached_property
    def chair_in_brackets_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.chair_in_brackets + r"$", re.IGNORECASE)

    @cached_property
    def collective_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + alternation(self.collective_heads) + r"$")

    @cached_property
    def rose_re(self) -> re.Pattern[str]:
        return re.compile(
            r"^(?P<head>" + "|".join(self.rose_heads) + r")\s+(?=rose\s*[—–-]*\s*$)"
        )

    @cached_property
    def office_words_re(self) -> re.Pattern[str]:
        return re.compile(r"\b" + alternation(self.office_words) + r"\b")

    @cached_property
    def body_words_re(self) -> re.Pattern[str]:
        return re.compile(r"\b" + alternation(self.body_words) + r"\b")

    @cached_property
    def party_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + alternation(self.parties) + r"$")

    @cached_property
    def turn_note_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + alternation(self.turn_notes) + r"$", re.IGNORECASE)

    @cached_property
    def procedural_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + alternation(self.procedure))

    @cached_property
    def member_list_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + alternation(self.member_list))

    @cached_property
    def motion_body_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.motion_body)

    @cached_property
    def unlabelled_question_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.unlabelled_question + r"\s*$")

    @cached_property
    def division_opening_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.division_opening)

    @cached_property
    def division_line_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + alternation(self.division_lines) + r"$")

    @cached_property
    def honorific_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.honorific)

    @cached_property
    def bracket_parts_re(self) -> re.Pattern[str]:
        return re.compile(self.bracket_parts)

    @cached_property
    def label_prefix_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.label_prefix)

    @cached_property
    def interjecting_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.interjecting + r"\s*$")

    @cached_property
    def line_opening_re(self) -> re.Pattern[str]:
        """What a line alone may open with, one named group each, tried in the order the
        line lexer asks: ``interjecting`` (the whole line), ``procedure``, ``member_list``,
        ``fixed_heading``. One pattern run once a line, rather than four: most lines are
        none of them, and forms a House does not have (``(?!)``, no phrases) are left out."""
        forms = [
            ("interjecting", self.interjecting + r"\s*$", self.interjecting != NEVER),
            ("procedure", alternation(self.procedure), bool(self.procedure)),
            ("member_list", alternation(self.member_list), bool(self.member_list)),
            ("fixed_heading", alternation(self.fixed_headings), bool(self.fixed_headings)),
        ]
        branches = [f"(?P<{name}>{pattern})" for name, pattern, used in forms if used]
        return re.compile(r"^(?:" + "|".join(branches or [NEVER]) + ")")

    @cached_property
    def floor_language_re(self) -> re.Pattern[str]:
        return re.compile(r"^\[(?P<language>" + alternation(self.floor_languages) + r")\]$")

    @cached_property
    def clock_stamp_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.clock_stamp + r"$")

    @cached_property
    def question_period_heading_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.question_period_heading + r"\s*$", re.IGNORECASE)

    @cached_property
    def answering_office_re(self) -> re.Pattern[str]:
        return re.compile(self.answering_offices)

    @cached_property
    def question_opening_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.question_opening, re.IGNORECASE)

    @cached_property
    def supplementary_opening_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.supplementary_opening, re.IGNORECASE)

    @cached_property
    def asked_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.asked)

    @cached_property
    def inline_note_re(self) -> re.Pattern[str]:
        """Bracketed interruptions inside or as a line, written as the House writes them:
        tight against the brackets in the Official Report (where a spaced
        ``[ Interruption. ]`` stays text), with :attr:`note_padding` inside where the
        House's record spaces them."""
        pad = self.note_padding
        return re.compile(
            r"\[" + pad + r"(?P<body>" + alternation(self.note_words) + r"[^\[\]\n]{0,300}?)"
            + pad + r"\]"
        )

    @cached_property
    def note_words_re(self) -> re.Pattern[str]:
        return re.compile(r"\s*" + alternation(self.note_words), re.IGNORECASE)

    @cached_property
    def reference_re(self) -> re.Pattern[str]:
        return re.compile(self.reference)

    @cached_property
    def fixed_heading_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + alternation(self.fixed_headings))

    @cached_property
    def business_heading_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + alternation(self.business_headings) + r"\b", re.IGNORECASE)

    @cached_property
    def question_time_heading_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.question_time_heading, re.IGNORECASE)

    @cached_property
    def part_heading_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + alternation(self.part_headings), re.IGNORECASE)

    @cached_property
    def statement_opening_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.statement_opening, re.IGNORECASE)

    @cached_property
    def tabled_question_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.tabled_question, re.IGNORECASE)

    @cached_property
    def chair_words_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.chair_words)

    @cached_property
    def point_of_order_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.point_of_order, re.IGNORECASE)

    @cached_property
    def give_way_re(self) -> re.Pattern[str]:
        return re.compile(self.give_way, re.IGNORECASE)

    @cached_property
    def gives_way_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + self.gives_way, re.IGNORECASE)

    @cached_property
    def formula_re(self) -> re.Pattern[str]:
        return re.compile(r"^" + alternation(self.formulas))

    @cached_property
    def addressee(self) -> str:
        return alternation(self.addressees)

    @cached_property
    def minister(self) -> str:
        return alternation(self.minister_titles)

    def expand(self, template: str) -> str:
        """A cue table's pattern (or start characters) with the placeholders (:data:`HON`,
        :data:`ADDRESSEE`, :data:`MINISTER`, :data:`MINISTER_INITIALS`) filled with this
        House's words."""
        if "<" not in template:
            return template
        initials = "".join(sorted({title[0] for title in self.minister_titles}))
        return (
            template.replace(HON, self.hon)
            .replace(ADDRESSEE, self.addressee)
            .replace(MINISTER_INITIALS, initials)
            .replace(MINISTER, self.minister)
        )
