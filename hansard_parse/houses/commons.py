"""The House of Commons: every phrase of its record, as data.

Labels (``1. [904342] Jane Smith (Anytown North) (Lab):``, ``Mr Speaker:``, ``Hon. Members:``),
procedure (``Question put and agreed to.``), headings (``Oral Answers to Questions``), the
formulas the typer reads (``The Secretary of State was asked—``, ``On a point of order``) and
the cue tables of the speaker-less reader (``My hon. Friend is right…``). The other Houses
start from this one and state only what differs. Every pattern is anchored or literal-led and
has no nested unbounded repetition, so it runs in time linear in the line.
"""

from __future__ import annotations

from typing import ClassVar

from .base import (
    ADDRESSEE,
    HON,
    MINISTER,
    MINISTER_INITIALS,
    NEVER,
    ChairCue,
    House,
    OpenerCue,
    SideCue,
)

_ANY = ""
"""An opener that may start with any character (see ``plain.prefilter.ANY``)."""
# Placeholders in the speaker-less reader's tables, filled with each House's own words when
# the tables are compiled (see ``House.expand``): a House that addresses members otherwise
# (``the noble Lord``) restates those words, not the tables.
_HON = HON
_ADDRESSEE = ADDRESSEE
_MINISTER = MINISTER
# fmt: off
_MINISTER_TITLES = (
    "Minister", "Ministers", "Secretary of State", "Prime Minister", "Home Secretary",
    "Foreign Secretary", "Justice Secretary", "Health Secretary", "Lord Chancellor",
    "Chancellor", "Deputy Prime Minister", "Solicitor General", "Attorney General",
    "Leader of the House",
)
# fmt: on

_PLACE_WORD = r"(?:St\.|[A-Z][\w'’-]*)"
_CONSTITUENCY = (
    rf"{_PLACE_WORD}(?:(?:,\s+|\s+)(?:(?:and|upon|on|under|in|with|of|the|le|de|la)\s+){{0,2}}"
    rf"{_PLACE_WORD}){{0,7}}"
)


class Commons(House):
    """The House of Commons (and Westminster Hall, its second chamber)."""

    name: ClassVar[str] = "commons"
    title: ClassVar[str] = "House of Commons"

    evidence: ClassVar[tuple[str, ...]] = ("hon.", "Mr Speaker", "Mr. Speaker", "Madam Deputy Speaker")
    evidence_line_starts: ClassVar[tuple[str, ...]] = ()

    titles: ClassVar[tuple[str, ...]] = (
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron",
        "Viscount", "Earl", "Rev", "Reverend", "Professor", "Prof", r"Rt\.? Hon\.?", "Madam",
        "Captain", "Major", "Colonel", "General", "Lieutenant", "Canon",
    )  # fmt: skip
    bare_names: ClassVar[bool] = True
    peerages: ClassVar[tuple[str, ...]] = ()
    chair_heads: ClassVar[tuple[str, ...]] = (
        r"(?:Mr|Madam|Madame)\.?\s+(?:Deputy\s+)?Speaker",
        r"The\s+(?:Deputy\s+)?Speaker",
        r"(?:The\s+)?(?:First\s+|Second\s+)?(?:Deputy\s+)?Chair(?:man|woman)?(?:\s+of\s+Ways\s+and\s+Means)?",
        r"(?:Mr|Madam)\.?\s+(?:Deputy\s+)?Chair(?:man)?",
        r"Madam\s+Chairman",
    )
    chair_in_brackets: ClassVar[str] = r"in\s+the\s+Chair"
    collective_heads: ClassVar[tuple[str, ...]] = (
        r"(?:(?:Several|Some|Many|Two|Three|A\s+few|Opposition|Government|Labour|Conservative)\s+)?"
        r"(?:right\s+)?[Hh]on\.?\s+Members?",
        r"An\s+[Hh]on\.?\s+Member",
        r"Members",
    )
    rose_heads: ClassVar[tuple[str, ...]] = (
        r"(?:(?:Several|Some|Many|Two|Three)\s+)?[Hh]on\.?\s+Members",
        r"An\s+[Hh]on\.?\s+Member",
        r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}",
    )
    office_words: ClassVar[tuple[str, ...]] = (
        "Secretary", "Minister", "Solicitor", "Attorney", "Advocate", "Chancellor", "Leader",
        "Paymaster", "Lord", "Chief", "President", "Comptroller", "Treasurer", "Whip",
        "Commissioner", "Chairman", "Chair", "Speaker", "Member", "Deputy",
    )  # fmt: skip
    body_words: ClassVar[tuple[str, ...]] = (
        "Department", "Ministry", "Agency", "Authority", "Council", "Commission", "Association",
        "Federation", "Confederation", "Institute", "Society", "Trust", "Foundation",
        "Corporation", "Company", "Ltd", "Limited", "plc", "PLC", "Board", "Executive", "Office",
        "Services", "Union", "Police", "NHS", "Group", "Partnership", "Network", "Charity",
    )  # fmt: skip
    parties: ClassVar[tuple[str, ...]] = (
        "Lab", "Con", "LD", r"Lib\s?Dem", "SNP", "DUP", "UUP", "SDLP", "PC", "Plaid", "Green",
        "Ind", "Alliance", "Alba", "Reform", "Respect", "UKIP", "SF", "Speaker", "Lab/Co-op",
        "Co-op", r"Ind\s?Lab", r"Ind\s?Con", "TUV", r"[A-Z][A-Za-z]{0,5}(?:/[A-Z][A-Za-z-]{0,6})?",
    )  # fmt: skip
    turn_notes: ClassVar[tuple[str, ...]] = (r"Urgent\s+Question",)
    capital_names: ClassVar[bool] = False
    label_end: ClassVar[str] = ":"
    label_prefix: ClassVar[str] = NEVER
    label_addressee: ClassVar[str] = ""
    honorific: ClassVar[str] = NEVER
    bracket_parts: ClassVar[str] = NEVER
    voices_interject: ClassVar[bool] = False
    interjecting: ClassVar[str] = NEVER
    floor_languages: ClassVar[tuple[str, ...]] = ()
    clock_stamp: ClassVar[str] = NEVER

    procedure: ClassVar[tuple[str, ...]] = (
        r"The\s+(?:[\w'’,-]+\s+){0,12}?was\s+asked\s*[—–-]",
        r"Questions?\s+(?:put|proposed|agreed|accordingly|again|deferred|necessary|That|,)",
        r"Question,\s+That",
        r"Main\s+Question",
        r"Motion\s+(?:made|for\s+leave|by\s+leave|,\s+by\s+leave|withdrawn|accordingly|agreed)",
        r"(?:Resolved|Ordered)(?:\s*,|\s*\.|\s+That\b|\s*$)",
        r"(?:Government\s+|Lords\s+)?Amendments?\s+(?:\(\w+\)\s+)?(?:made|proposed|agreed|negatived"
        r"|withdrawn|disagreed|not\s+moved)",
        r"Amendment,\s+by\s+leave,\s+withdrawn",
        r"(?:The\s+)?Bill\s+(?:read|accordingly|to\s+be|ordered|as\s+amended|presented|reported)",
        r"(?:Further\s+)?[Cc]onsideration\s+of\s+(?:Bill|Lords|the\s+Bill)",
        r"The\s+House\s+(?:divided|proceeded|met|adjourned|being\s+met|having|resumed|went)",
        r"The\s+Committee\s+divided",
        r"Division\s+No\.?\s*\d+",
        r"Ayes\s+\d+\s*,\s*Noes\s+\d+",
        r"(?:Debate|Proceedings|Sitting)\s+(?:interrupted|suspended|adjourned|resumed)",
        r"Adjourned\s+at\b",
        r"(?:The\s+)?(?:Deputy\s+)?Speaker\s+(?:put|declared|forthwith)",
        r"(?:Queen|King)['’]s\s+(?:and\s+[\w'’\s]+\s+)?consent\s+signified",
        r"Clauses?\s+[\dA-Z]+(?:\s+to\s+\d+)?\s+(?:ordered|accordingly|agreed|read)",
        r"Schedules?\s+[\dA-Z]+\s+(?:agreed|ordered)",
        r"Motion\s+for\s+leave\s+to\s+(?:bring\s+in|introduce)",
        r"(?:Mr\.?|Mrs|Ms|Dr|Sir)\s+[\w'’.\s-]{1,60}\s+accordingly\s+presented",
        r"Petition\s+presented",
        r"Bill\s+presented",
        r"Presentation\s+and\s+First\s+Reading",
        r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?"
        r"\s+\d{4}\.?$",
        r"Read\s+(?:the\s+)?(?:a\s+)?(?:First|Second|Third)\s+time\b",
        r"As\s+amended,\s+considered\b",
        r"Considered\s+in\s+Committee\b",
        r"Order\s+for\s+(?:Second|Third)\s+Reading\s+read\b",
    )
    motion_body: ClassVar[str] = r"That\s+(?:this\s+House|leave|the\s|an?\s|[A-Z])"
    asked: ClassVar[str] = r"The\s+.{1,120}?\s+was\s+asked\s*[—–-]"
    # The Commons printed its questions as reported speech for two centuries
    # (``1. Mr. Douglas asked the Secretary of State for Energy if he will …``).
    asked_line: ClassVar[str] = r"asked\s+(?:the|my|Her|His)\s"
    unlabelled_question: ClassVar[str] = NEVER
    division_opening: ClassVar[str] = NEVER
    division_lines: ClassVar[tuple[str, ...]] = ()
    note_words: ClassVar[tuple[str, ...]] = (
        "Interruption", "Laughter", "Applause", r"Hon\.?\s+Members", r"An\s+hon\.?\s+Member",
        "Several\\s+hon", "Members", "Noise", "Shouts", "Cheers", r"Hear,?\s+hear",
        r"Mr\.?\s+Speaker", r"Madam\s+Deputy", r"The\s+Speaker",
    )  # fmt: skip
    division_sides: ClassVar[tuple[str, ...]] = ("Ayes", "Noes")
    member_list: ClassVar[tuple[str, ...]] = ()
    note_padding: ClassVar[str] = ""
    collective_note_word: ClassVar[str] = "member"
    reference: ClassVar[str] = (
        r"\b(?:[Mm]y|[Tt]he|[Hh]er|[Hh]is|[Oo]ur|[Yy]our)\s+(?:right\s+)?[Hh]on\.?\s+"
        r"(?:and\s+(?:learned|gallant|noble)\s+)?(?:Friends?|Members?|Gentleman|Gentlemen|Lady"
        r"|Ladies|Baronet)\b"
        rf"(?:\s+(?:the\s+Member\s+)?for\s+(?P<constituency>{_CONSTITUENCY}))?"
        r"(?:\s*\((?P<name>[^()\n]{2,60})\))?"
    )

    reference_anchors: ClassVar[tuple[str, ...]] = ("hon", "Hon")

    fixed_headings: ClassVar[tuple[str, ...]] = ()
    titles_end_with_stop: ClassVar[bool] = False

    business_headings: ClassVar[tuple[str, ...]] = (
        r"Oral\s+Answers(?:\s+to\s+Questions)?",
        r"Business\s+(?:Before|Before\s+Questions|without\s+Debate|of\s+the\s+House)",
        r"Written\s+(?:Ministerial\s+)?Statements?",
        r"Westminster\s+Hall",
        r"House\s+of\s+Commons",
        r"Points?\s+of\s+Order",
        r"Backbench\s+Business",
        r"Opposition\s+Day",
        r"Private\s+Members['’]?\s+Bills?",
        r"Ways\s+and\s+Means",
        r"Delegated\s+Legislation",
        r"Petitions?",
        r"Speaker['’]s\s+Statement",
        r"Urgent\s+Questions?",
        r"Ministerial\s+Corrections",
        r"Adjournment",
        r"Prayers",
        r"Preamble",
        r"Deferred\s+Divisions?",
        r"Estimates\s+Day",
    )
    question_time_heading: ClassVar[str] = r"Oral\s+Answers"
    question_period_heading: ClassVar[str] = NEVER
    answering_offices: ClassVar[str] = NEVER
    supplementary_opening: ClassVar[str] = NEVER
    question_opening: ClassVar[str] = NEVER
    part_headings: ClassVar[tuple[str, ...]] = (
        r"(?:New\s+)?(?:Clause|Schedule|Part)\s+[\dA-Z]+\b",
        r"(?:First|Second|Third)\s+R\s?eading",
        r"(?:Lords\s+)?Amendments?\b",
        r"Topical\s+Questions\b",
        r"Report\s+Stage",
        r"Committee\s+Stage",
    )

    statement_opening: ClassVar[str] = (
        r"(?:(?:Mr|Madam)\s+(?:Deputy\s+)?Speaker,\s+)?"
        r"(?:With\s+(?:your\s+)?permission|I\s+(?:would\s+like\s+to|wish\s+to|will\s+now|will|shall)"
        r"\s+(?:make\s+(?:a|an\s+oral)\s+statement|update\s+the\s+House))"
    )
    tabled_question: ClassVar[str] = r"(?:To\s+ask|asked)\s+(?:the|my)\s+"
    chair_words: ClassVar[str] = r"(?:Order[.!,]|I\s+call\b|We\s+come\s+(?:now\s+)?to\b)"
    point_of_order: ClassVar[str] = r"(?:On|Further\s+to\s+that)\s+(?:a\s+)?point\s+of\s+order"
    give_way: ClassVar[str] = r"\b(?:give\s+way|for\s+giving\s+way|in\s+giving\s+way)\b"
    gives_way: ClassVar[str] = r"(?:I\s+(?:will\s+|shall\s+|am\s+happy\s+to\s+)?give\s+way|Of\s+course)"

    # --- the speaker-less reader ------------------------------------------------------------
    after_hon: ClassVar[str] = (
        r"(?:Friends?|Gentleman|Gentlemen|Lady|Ladies|Members?|Baronet|and\b|Friend[’']s|Member[’']s)"
    )
    hon: ClassVar[str] = r"(?:right )?hon\. (?:and (?:learned|gallant) )?"
    addressees: ClassVar[tuple[str, ...]] = ("Friend", "Gentleman", "Lady", "Member")
    minister_titles: ClassVar[tuple[str, ...]] = _MINISTER_TITLES
    formulas: ClassVar[tuple[str, ...]] = ()
    openers: ClassVar[tuple[OpenerCue, ...]] = (
        OpenerCue(
            r"^(?:On a |Further to (?:that|the|my|his|her) (?:earlier |previous )?)point of order\b",
            5.0, "", '"point of order"', "OF",
        ),
        OpenerCue(
            r"(?i)^(?:Very briefly, )?further to (?:that|the) point of order\b",
            4.0, "", '"further to that point of order"', _ANY,
        ),
        OpenerCue(
            r"^(?:It is a (?:great )?(?:pleasure|privilege) to (?:follow|serve|speak)|I beg to move\b|With the leave of the House\b|I (?:too, )?rise to|I, too, rise|I (?:wish|want|intend) to speak|I shall (?:address|confine) my remarks|I am (?:pleased|glad|delighted) to (?:follow|speak|take part|have the opportunity))",
            4.0, "A", "speech opener", "IW",
        ),
        # Judging the point just made (present tense: `makes a good point`, `is right`) answers
        # the speaker before; recalling it (`raised`, `will know`) may come later in a turn too.
        OpenerCue(
            r"^(?:My|The) " + _HON + _ADDRESSEE
            + r" (?:is (?:absolutely |quite |entirely |of course )?(?:right|correct)|raises (?:a|an|the|some|many|several|two|three|important|very|this)|makes (?:a|an|the|some|many|several|two|three|important|very|this)|is making (?:a|an|the|some|many|several|two|three|important|very|this))\b",
            4.0, "A", 'opens with "My hon. Friend"/"The hon. Gentleman"', "MT",
        ),
        OpenerCue(
            r"^(?:My|The) " + _HON + _ADDRESSEE
            + r"(?:[’']s)? (?:is (?:absolutely |quite |entirely )?right|raises|raised|makes|made|has (?:raised|made|asked)|asks|asked|mentioned|refers|referred|is (?:correct|making)|will (?:know|be aware)|knows|and I)\b",
            3.0, "A", 'opens with "My hon. Friend"/"The hon. Gentleman"', "MT",
        ),
        OpenerCue(
            r"^(?:My|The) " + _HON + _ADDRESSEE + r"(?![’']?s? (?:the Member|for)\b)",
            1.5, "", 'opens with "My hon. Friend"/"The hon. Gentleman"', "MT",
        ),
        # Thanking the member whose debate it is (``I congratulate Shirley-Anne Somerville on
        # securing the debate``, ``I am grateful to the hon. Member for Bath for securing …``,
        # ``I join in the congratulations to …``): a speech's first words.
        OpenerCue(
            r"^I(?:,? too,| also)? (?:congratulate|thank|am (?:very )?grateful to|join (?:in |with )?(?:the |others in |other members in )?(?:congratulations|congratulating|thanking))\b.{0,90}? (?:on|for) (?:securing|lodging|bringing|obtaining|initiating|opening)\b",
            4.0, "A", "thanks the mover", "I",
        ),
        OpenerCue(
            r"^I (?:thank|am (?:very |most |extremely |really |always )?grateful to|pay tribute to|join|echo|congratulate|appreciate|agree with|do not know whether to thank)(?: both)? (?:the|my|him|her) (?:"
            + _HON + r"|" + _MINISTER + r"\b|Chair\b|Members?\b)",
            2.5, "", 'opens with "I thank"/"I am grateful"', "I",
        ),
        OpenerCue(
            r"^I (?:thank (?:him|her|you)|am (?:very |most )?grateful for (?:that|his|her|the) (?:reply|answer|response|intervention|statement|clarification))\b",
            2.5, "", 'opens with "I thank"/"I am grateful"', "I",
        ),
        OpenerCue(
            r"^(?:(?:Let me|I) (?:begin|start) by|I, too, (?:congratulate|welcome|thank)|I am (?:happy|pleased|delighted) to intervene|I (?:welcome|am grateful for) the opportunity to (?:participate|speak|take part|contribute))\b",
            3.0, "", "speech opener", "LI",
        ),
        OpenerCue(
            r"^(?:Thank you|I apologise|I am grateful),? (?:Mr\.? |Madam )(?:Deputy )?Speaker\b",
            3.0, "", "thanks the chair", "TI",
        ),
        OpenerCue(r"^(?:Mr\.? |Madam )(?:Deputy )?Speaker,", 2.0, "Q", "addresses the chair", "M"),
        OpenerCue(
            r"^(?:Does|Will|Would|Can|Could|Is|Has|May|Should|Did|Do|Have|Are|Was) (?:the|my|not the) (?:"
            + _HON + r"|" + _MINISTER + r"\b)",
            0.5, "Q", "asks the Minister/Member", "DWCIHMSA",
        ),
        OpenerCue(
            r"^(?:Surely|Is it not the case|Does (?:he|she) not) ",
            1.5, "Q", "challenges the speaker", "SID",
        ),
        OpenerCue(
            r"\bgive way\?", 4.0, "Q", 'asks "will the hon. Member give way?"', _ANY,
            ("give way?",),
        ),
        OpenerCue(
            r"^(?:Yes|No|Not yet|Indeed|Absolutely|Certainly|Of course)\b[,.;!—]",
            1.5, "A", "short reply", "YNIACO",
        ),
        OpenerCue(
            r"^(?:I am (?:more than |very |always |of course )?(?:happy|pleased|delighted|glad) to|I am (?:very )?(?:aware|sorry))\b",
            1.0, "A", 'opens with "I am happy to"', "I",
        ),
        # Taking up the questions just put (`I will address some of those points in turn.`).
        OpenerCue(
            r"^I (?:will |shall |have |can )?(?:address|take|deal with|respond to|turn to|answer|covered|addressed|dealt with) (?:some of |each of |all of |both of |one or two of |a few of )?(?:those|these|the|his|her|that|this) (?:points?|questions?|issues?|matters?|concerns?)\b",
            3.0, "A", "takes up the questions put", "I",
        ),
        OpenerCue(
            r"^(?:What I (?:can|would|must) say|I (?:can|will) (?:tell|reassure|assure|confirm)|I respectfully say|I say to|I (?:will|shall) (?:address|take|deal with|respond to|come to|turn to|answer))\b",
            1.5, "A", "speaks to the asker", "WI",
        ),
        OpenerCue(
            r"^(?:I was tempted|To clarify|I hear what|I understand what|I am following|I follow the)\b",
            1.5, "", "takes up the speaker's point", "IT",
        ),
    )  # fmt: skip
    address_anywhere: ClassVar[str] = (
        r"\b(?:the|my) " + _HON
        + r"(?:Gentleman|Lady|Friend|Member)\b(?![’']?s? (?:the Member|for|the Minister|the Secretary|the Under-Secretary)\b)"
    )  # fmt: skip
    address_literal: ClassVar[str] = "hon. "
    asker_thanks: ClassVar[str] = (
        r"\b(?:for (?:his|her|their|that|the|this) (?:answer|reply|response|statement|replies)|for advance sight|for giving way|(?:his|her) (?:answer|reply|response|statement))\b"
    )
    asker_thanks_literals: ClassVar[tuple[str, ...]] = (
        "answer", "repl", "response", "statement", "for advance sight", "for giving way",
    )  # fmt: skip
    minister_thanks: ClassVar[str] = (
        r"\b(?:for (?:his|her|that|the) question|for raising|for (?:his|her|that|the) (?:\w+ )?(?:point|intervention|interruption|comments)|for (?:his|her) (?:\w+ )?(?:work|campaigning|campaigns?|contributions?|efforts))\b"
    )
    minister_thanks_literals: ClassVar[tuple[str, ...]] = (
        "for his ", "for her ", "for that question", "for the question", "for raising",
    )  # fmt: skip
    minister_literals: ClassVar[tuple[str, ...]] = (
        "Minister", "Secretary", "Chancellor", "General", "Leader of the House",
    )  # fmt: skip
    side_cues: ClassVar[tuple[SideCue, ...]] = (
        # The asker speaks for a constituency and of the Minister (not `my right hon. Friend
        # the Minister for …`: a colleague, named by either side).
        SideCue(
            r"\b(?:[Mm]y (?:constituents?|constituency|area|local)|[Oo]ur constituents)\b",
            2.5, "Q", "constituent constituents constituency area local",
        ),
        SideCue(
            r"(?<!Friend )\b[Tt]he " + _MINISTER + r"\b",
            2.0, "Q", "Minister Ministers Secretary Chancellor General Leader",
        ),
        SideCue(
            r"^(?:Will|Would|Does|Do|Can|Could|Is|Has|Have|May|Should|Did|Are) (?:he|she|the|my|Ministers|his|her)\b",
            1.5, "Q", "Will Would Does Do Can Could Is Has Have May Should Did Are",
        ),
        SideCue(
            r"\b(?:his|her) (?:answer|reply|response|statement)\b",
            2.0, "Q", "answer reply response statement",
        ),
        SideCue(
            r"\b(?:I|[Ww]e all) (?:(?:fully |strongly |wholeheartedly |very much |warmly )?(?:welcome|support|applaud)|urge|ask|hope that the Minister|wonder|(?:want|wish|would like) to ask)\b",
            0.7, "Q", "welcome support applaud urge ask hope wonder",
        ),
        # The answer speaks of the asker (`the hon. Lady`, `my hon. Friend`), not of a member
        # named by seat (`the hon. Member for …`).
        SideCue(
            r"\b(?:the|my) " + _HON + r"(?:Gentleman|Lady|Member)\b(?![’']?s? (?:the Member|for)\b)",
            2.5, "A", "Gentleman Lady Member",
        ),
        SideCue(r"\bmy " + _HON + r"Friend\b(?![’']?s? (?:the Member|for)\b)", 0.5, "A", "Friend"),
        SideCue(
            r"\b(?:we|We) (?:are|have|will|continue|announced|published|introduced|launched|expect|remain|recently|already|also|intend)\b",
            0.5, "A", "we We",
        ),
        SideCue(r"\b(?:my|our) (?:Department|departmental)\b", 1.5, "A", "Department departmental"),
        SideCue(r"\b[Ww]e\b", 1.0, "A", "we We", whole=True),
        SideCue(r"\bI\b", 0.4, "A", "I", whole=True),
        SideCue(r"\b(?:he|she)\b", 1.0, "Q", "he she", whole=True),
        SideCue(r"\bthe Government\b", 2.0, "Q", "Government"),
        SideCue(
            r"\bI (?:can|will|would|shall) (?:tell|reassure|assure|confirm|write|meet|look|certainly|happily|ensure)\b",
            2.0, "A", "tell reassure assure confirm write meet look certainly happily ensure",
        ),
        SideCue(
            r"\bI am (?:more than |very |always |of course |certainly )?(?:happy|pleased|delighted|glad) to\b",
            2.0, "A", "happy pleased delighted glad",
        ),
        SideCue(
            r"\b(?:[Hh]e|[Ss]he) (?:is (?:right|absolutely right|quite right)|raises|raised|makes|mentioned|will know|will be aware|knows|has raised|referred|refers|asked)\b",
            2.0, "A", "right raises raised makes mentioned know aware knows referred refers asked",
        ),
        # The asker speaks of the minister's Department.
        SideCue(r"\b(?:his|her) (?:Department|departmental)\b", 2.0, "Q", "Department departmental"),
        # Only the asker asks another to agree (`Does he agree that…`, `…not agree that…`).
        SideCue(
            r"\b(?:he|she|Minister|Secretary|Friend|Member|Gentleman|Lady|General|Chancellor|not) (?:agree|accept)(?: with me)? that\b",
            1.5, "Q", "agree accept",
        ),
        # Restating one's own position (`I have made it clear…`, `I have said…`).
        SideCue(
            r"\bI have (?:already )?(?:made (?:it |that |this )?clear|said|set out|explained|outlined)\b",
            1.5, "A", "clear said set explained outlined",
        ),
        # Government speaks of `the Opposition`.
        SideCue(r"\b[Tt]he Opposition\b", 1.5, "A", "Opposition"),
        # The minister tells the asker what he will be glad to hear.
        SideCue(
            r"\b(?:will|might|may|would) (?:be )?(?:interested|pleased|glad|delighted|reassured) to (?:know|hear|learn)\b",
            1.5, "A", "know hear learn",
        ),
    )  # fmt: skip
    house_words: ClassVar[frozenset[str]] = frozenset({
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
    })  # fmt: skip
    chair_cues: ClassVar[tuple[ChairCue, ...]] = (
        ChairCue(r"^Order[.!,]", '"Order."', "O"),
        # Calling the answering side (``I call the Minister.``) is told from calling a member:
        # at question time the one answers, the other asks.
        ChairCue(
            r"^I call the " + _MINISTER + r"\.$", "chair calls the minister", "I", ("I call the ",),
        ),
        # ``I call on the Minister to …`` and ``I call for …`` are a member's demands.
        ChairCue(r"^I call\b(?! (?:on|upon|for)\b)", '"I call"', "I"),
        ChairCue(r"^(?:We (?:now )?come (?:now )?to|I now call|Let us now)\b", '"We come now to"', "WIL"),
        ChairCue(
            r"^(?:I (?:just )?(?:remind|ask|appeal to) (?:hon\. )?Members|I am sorry to interrupt)\b",
            "chair admonishes", "I",
        ),
        ChairCue(
            r"^(?:[A-Z][\w’'.-]* ){1,3}is not here\.$", '"… is not here."',
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ", ("is not here.",),
        ),
        ChairCue(
            r"^(?:The )?" + _MINISTER + r"\.$", "chair calls the minister", "T" + MINISTER_INITIALS,
        ),
        # Grouping the amendments for debate is the chair's (``With this it will be convenient
        # to discuss the following: …``), in the Chamber and in committee alike.
        ChairCue(
            r"^With this it (?:will|may) be convenient to (?:discuss|take)\b",
            '"With this it will be convenient"', "W", ("convenient",),
        ),
    )  # fmt: skip
    rose_line: ClassVar[str] = r"(?:(?:Several |An )?[Hh]on\. Members? )?rose\s*[—–-]+\s*"
    cries: ClassVar[str] = r"(?:Object|Hear, hear|Shame|Withdraw|Resign)[.!]?"
    topical: ClassVar[str] = r"\bstatement on (?:his|her) departmental responsibilities\b"
    commends: ClassVar[str] = (
        r"^I commend (?:the|this) (?:motion|statement|Bill|amendments?|new clause|report) to the House\b"
    )
    commends_statement: ClassVar[str] = r"\bcommend (?:this|the) statement to the House\b"
    closes: ClassVar[str] = (
        r"\b(?:(?:happy|pleased|delighted|glad) to (?:meet|discuss|write|visit|talk|look|get back|come back)|(?:he|she|him|her|Member|Friend|Gentleman|Lady) (?:wants to |would like to |will |would |could |can |to )?writes? to me|I (?:will|shall|would|can) (?:happily |gladly |certainly |of course )?(?:write to|meet|look into)|I look forward to)\b"
    )
    closes_keys: ClassVar[frozenset[str]] = frozenset(
        {"meet", "discuss", "write", "writes", "visit", "talk", "look", "back"}
    )
    plain_give_way: ClassVar[str] = r"\bgive way\?"
    plain_gives_way: ClassVar[str] = (
        r"^(?:Of course,? |Yes,? |Certainly,? )?I (?:will |shall |am happy to |gladly )?give way\b(?! (?:shortly|in a moment|in a minute|later|to)\b)"
    )
    # (Not `I will give way shortly`: a promise for later, the speaker carries on.)
