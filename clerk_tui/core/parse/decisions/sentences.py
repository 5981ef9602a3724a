"""Sentences of decision (:data:`SENTENCE_RULES`): "It was resolved to", "It was agreed
that", "The Board noted the report", "Councillors agreed that", minutes approved,
elections, "wording agreed with minor changes", a motion with its proposer and seconder."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..actions.speakers import line_speaker
from ..context import Context, Sentence, line_end, sentences_of_line
from ..follow_ups.common import MONTHS
from ..keywords import Alternatives, KeyedRules
from ..layout import HTML_TAG_RE, Line
from .chains import assent, carried, motion_start, record_after
from .elsewhere import another_body, approved_later, decided_before
from .found import MOTION, RESOLUTION, VOTE, Found
from .outcomes import (
    ANAPHORIC_RE,
    ASSENT_RE,
    PARAGRAPH_NUMBER,
    SECONDED_RE,
    SOLE_OUTCOME_RE,
    TALLY_RE,
    agreed_in_passing,
    body_accepts,
    closing_outcome,
    consensus,
    elected,
    for_now,
    from_now_on,
    informal_decision,
    motion_stated,
    no_objection,
    off_the_agenda,
    passive_outcome,
    put_off,
    settled_to_be,
    sum_fixed,
    tallied,
)
from .resolutions import OPEN_END_RE, SPEAKER_RE, WORD_RE, open_head, split_points, sub_points
from .votes import MOTION_RE, PROPOSAL_RE, lost_after, records_vote, seconded_after, vote_kind

_TWO_LETTERS_RE = re.compile(r"[A-Za-z]{2}")
# A paragraph's number before its first sentence: "4.1 ", "12/19 ", "7 " (not a count: "7
# members voted").
_PARAGRAPH_NUMBER_RE = re.compile(r"\d{1,3}(?:[./]\d{1,3}){0,2}[.)]?\s+(?=[A-Z(])")
# A heading run into the sentence after it: "Election of Chairman It was proposed ...".
_GLUED_HEADING_RE = re.compile(
    r"(?:[A-Z][\w’'-]*|of|and|the|for|to|&)(?:\s+(?:[A-Z][\w’'-]*|of|and|the|for|to|&)){1,6}\s+"
    r"(?=It\s+(?:was|is|has)\b|The\s+(?:Council|Committee|Board|meeting|Members)\b)"
)

# Sentences of decision. The meeting (or its members) as the subject of a verb of deciding.
_BODY = (
    r"(?:\b(?:[Tt]he\s+|All\s+|all\s+)?(?:Board|board|Committee|committee|Cabinet|Panel|Sub-Committee"
    r"|Subcommittee|Group|group|Partnership|Council|council|Members|members|Councillors|councillors"
    r"|Cllrs|cllrs"
    r"|Governors|governors|Trustees|trustees|Directors|Forum|(?<!Chief\s)Executive|Assembly|Commission"
    # "The legal team", "Membership agreed"
    r"|Meeting|meeting|SIG|(?:Leadership|Management|Executive|Steering)\s+Team|team|Membership)"
    r"(?:\s+present)?"
    r"|\b[Tt]he\s+[A-Z]{2,5}|\b(?:[Ee]veryone|[Ee]verybody)(?:\s+present)?|\b[Tt]he\s+team"
    r"|\b[Tt]he\s+(?:plenum|assembly|membership|room|WG|SIG)|\b(?:All|all)\s+(?:those\s+)?present"
    # a project's people: "The maintainers agreed", "Attendees agreed", "The core team decided"
    r"|\b(?:(?:All|all|The|the)\s+)?(?:[Ff]olks|[Aa]ttendees|[Pp]articipants|[Mm]aintainers)"
    r"(?:\s+present)?"
    r"|\b[Tt]he\s+(?:core|whole|project|release)\s+team)"
)
# ... or the team opening the note: "Team agreed to ...", "- Core team decided".
_TEAM_FIRST = r"^\W*(?:Core\s+)?[Tt]eam"
_DECIDED_AFTER_BODY = (
    # "The TSC has decided to" (not "has approved": news of what was decided elsewhere)
    r"\s+(?:(?:has|have)\s+(?:now\s+|also\s+)?(?=(?:decided|agreed|resolved)\b))?"
    r"(?:also\s+|then\s+|further\s+|unanimously\s+|formally\s+|duly\s+|generally\s+"
    r"|fully\s+|strongly\s+|warmly\s+|broadly\s+)?"
    # "The Panel amended the timetable and agreed ...", "The Sub-Panel noted and approved ..."
    # "The meeting voted and unanimously agreed on ..."
    r"(?:(?:discussed|considered|reviewed|debated|noted|received|amended|examined|voted)\s+"
    r"(?:[\w’'-]+\s+){0,6}?and\s+(?:unanimously\s+)?)?"
    r"(?:resolved|RESOLVED|agreed|AGREED|approved|APPROVED|endorsed|NOTED|accepted"
    r"|ratified|adopted|signed\s+off|decided|recommended|RECOMMENDED|declined|refused|rejected"
    r"|noted\s+(?:the\s+)?(?:(?!that\b)[\w’'-]+\s+){0,4}?(?i:report|reports|update|updates|minutes"
    r"|contents?|information|position|progress|papers?|presentation|briefing|log|letter"
    r"|accounts|statement|budget|plan|strategy|register|decisions?|recommendations?|outcomes?"
    r"|findings|response|summary|review|proposals?|draft|dashboard|performance|arrangements"
    r"|correspondence|assessment|evaluation)\b"
    r"|(?:(?:noted|recorded|confirmed|stated)\s+(?:that\s+)?they\s+)?(?:were|was|is|are)\s+"
    r"(?:all\s+)?(?:happy|content|pleased|satisfied)\s+"
    # not "pleased to note that the work was delivered": news welcomed; "happy with the draft",
    # "happy for the clerk to order the benches": assent
    r"(?:to\s+(?:take|approve|support|endorse|agree|accept|recommend|sign|note(?!\s+that)|proceed)"
    # (not "pleased with the outcome": news welcomed)
    r"|(?<!pleased\s)with\s+(?:the|this|these|that|its|their)\s"
    r"|(?<!pleased\s)for\s+(?:the\s+)?[\w’'-]+\s+to\s)"
    r"|(?:noted|recorded|confirmed|stated|agreed|indicated)\s+(?:that\s+)?they\s+were"
    r"\s+(?:content|happy|satisfied)"
    # "Members voted unanimously to approve", "The Board supported the recommendations",
    # "The Committee gave its approval to"; with the count: "voted 6 to 1 to", "voted by a
    # majority to", "voted by 5 votes to 2, with one abstention, to"; against what was put:
    # "The council voted against the proposal"
    r"|voted\s+(?:unanimously\s+|(?:by\s+(?:a\s+majority|\d+\s+votes?\s+to\s+\d+)"
    r"|\d+\s*(?:[-–:]|\s+to\s)\s*\d+)(?:\s*,?\s*with\s+\w+\s+abstentions?\s*,?)?\s+)?"
    r"(?:to|in\s+favou?r\s+of|for|against\s+(?:the|this|that|these|a|an)\s)"
    # the present tense of notes: "the group decides to move to the chat"
    r"|(?:decides|resolves|agrees)\s+(?:not\s+)?(?:to|that)|concluded\s+(?:that|to)\b"
    # the sense of the meeting: "Members were in favour of", "The Committee was minded to"
    r"|(?:were|was)\s+(?:all\s+|unanimously\s+)?(?:in\s+favou?r\s+of|minded\s+to)"
    # "The council set the precept at £12,000"
    r"|set\s+(?:the\s+|its\s+)?(?:[\w’'/-]+\s+){1,4}?at\s+[£$€]?\d[\d,.]*"
    # "The group opted to use the cheaper supplier", "The Board selected Acme as contractor"
    r"|opted\s+(?:to|for)|chose\s+(?:to\s+)?|selected\s+(?!by\b)"
    # "Board appointed Greg as chair"
    r"|(?:appointed|co-opted|elected)\s+(?:[\w’'-]+\s+){1,4}?as\b"
    r"|supported\s+[a-z]+ing\b"
    r"|supported\s+(?:the|this|these)\s+(?:[\w-]+\s+){0,3}?(?:proposals?|recommendations?"
    r"|approach|plan|application|bid|motion|request|changes|option)"
    r"|gave\s+(?:its|their)?\s*(?:approval|support|endorsement|agreement))\b"
)
_BODY_DECIDED = Alternatives(_BODY + _DECIDED_AFTER_BODY, _TEAM_FIRST + _DECIDED_AFTER_BODY)
# "The ICB agreed to provide a breakdown": a partner body's task, not the meeting's decision.
_PARTNER_TASK_RE = re.compile(
    r"[Tt]he\s+[A-Z]{2,5}\s+(?:also\s+)?agreed\s+to\s+(?!(?:note|approve|support|endorse|accept"
    r"|recommend|defer|receive|adopt|agree|delegate|ratify|confirm|welcome)\b)[a-z]"
)
# (Each alternative searched on its own: see :class:`.keywords.Alternatives`.)
_IT_WAS_RESOLVED = Alternatives(
    r"\b(?:it\s+was|it\s+is|it\s+has\s+been|was|were)\s+(?:also\s+)?"
    # "It was finally unanimously agreed", "it was then agreed"
    r"(?:(?:finally|then|subsequently|eventually|therefore|thus)\s+)?(?:unanimously\s+|formally\s+|further\s+"
    r"|(?:proposed|suggested|moved|discussed|considered)\s+and\s+)?"
    r"(?:RESOLVED|[Rr]esolved|[Aa]greed|AGREED|[Dd]ecided|DECIDED)"
    # "it was resolved unanimously \"That the Accounts ... be approved\"", "agreed in principle"
    # (in quotes, straight ones typed twice too: "it was resolved unanimously ' 'That ...")
    r"(?:\s+(?:unanimously|UNANIMOUSLY|nem\.?\s*con\.?|in\s+principle))?(?:\s*[,:]\s*|\s+)"
    r"(?:[\"“‘']\s*){0,2}(?:that|to|That|THAT|not\s+to)\b",
    # "Approval was given for the new benches", "permission was granted to"
    r"(?i:\b(?:approval|permission|consent|agreement)\s+(?:was\s+)?(?:given|granted|provided)"
    r"\s+(?:for|to)\b)",
    # a dispensation to councillors with an interest: "Dispensations granted to three
    # councillors for the allotments item"
    r"(?i:\bdispensations?\s+(?:was\s+|were\s+)?(?:given|granted)\s+(?:to|for)\b)",
    r"(?i:\bthere\s+was\s+(?:general\s+|unanimous\s+|broad\s+|full\s+)?(?:agreement|consensus)"
    r"\s+(?:that|to|on)\b)",
    r"(?i:\bagreement\s+was\s+reached\b)",
    # agreement as a noun or in the passive: "reached an agreement on a candidate", "With the
    # agreement of the Panel the Chair added ...", "agreed by the group to produce a survey"
    # (not a practice, "is approved by the Council each year", another time, or a heading in
    # capitals: "ACTION LIST AGREED BY THE MEETING"),
    # "tabled and agreed to be posted"
    r"(?i:\breached\s+(?:an?\s+|general\s+|broad\s+|full\s+|unanimous\s+)?agreement\s+(?:on|to|that)\b)",
    r"(?i:^\W*with\s+the\s+(?:agreement|approval|consent)\s+of\s+(?:the\s+)?(?:meeting|board|committee"
    r"|panel|council|members|group)\b)",
    r"(?i:(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)\b(?-i:[Aa]greed|[Aa]pproved)\s+by\s+(?:the\s+)?(?:whole\s+|full\s+)?(?:group|committee|board"
    r"|meeting|members|council|panel|trustees)\b(?!\s+(?:at|in|on)\b))",
    (r"(?i:\b[a-z]+(?:ed|en)\s+and\s+agreed\s+to\s+be\s+[a-z]+(?:ed|en)\b)", ("agreed",)),
    r"(?i:\b(?:were|was|is|are)\s+in\s+agreement\s+(?:that|to|with)\b)",
    # "The decision was to keep the chat", "a decision was made to"
    (
        r"(?i:\b(?:(?:a|the)\s+)?(?:decision|conclusion|outcome|agreement|resolution)\s+was\s+"
        r"(?:(?:made|taken|reached)\s+)?(?:to|that)\b)",
        ("decision", "conclusion", "outcome", "agreement", "resolution"),
    ),
    # "It was concluded that the old logo stays", "We concluded that"
    r"(?i:\b(?:it\s+was|we)\s+concluded\s+(?:that|to)\b)",
    # "It was decided the kiln will stay" (not "agreed the Chair liaise": a person's task)
    r"(?i:\bit\s+was\s+(?:also\s+)?decided\s+(?=the\s|we\s|all\s|each\s))",
    r"(?i:\bit[’']s\s+(?:been\s+)?(?:decided|agreed)\s*(?::|that\b|to\b))",
    # the outcome after an arrow, opening a note: "-> agreed to move the call to Tuesdays",
    # "=> decided not to", "→ consensus: keep Thursdays"
    r"(?i:^\W*(?:->|=>|→|⇒)\s*(?:(?:agreed|decided|resolved)\s+(?:to|that|on|not)\b"
    r"|(?:consensus|decision|agreed|decided|outcome)\s*:\s*\w))",
    # (after a topic run in: "Annual subs: Agreed a trial of reduced subs")
    r"^\W*" + PARAGRAPH_NUMBER + r"(?:[A-Z][\w’'&/ -]{0,40}:\s+)?"
    r"(?:(?:Unanimously\s+|UNANIMOUSLY\s+)?(?:Agreed|AGREED|Resolved|RESOLVED)"
    r"\s+(?:that|to|unanimously|by\s+all)\b|(?:All|ALL)\s+(?:agreed|AGREED)\b"
    # the verb first, the meeting its subject: "Agreed the budget for 2027", "AGREED a grant of
    # £200" (not "Agreed the Clerk would write": a person's task)
    r"|(?:Agreed|AGREED)\s+(?:the|a|an|this|these|its|their|our|both|[a-z]+\s+(?:of|for))\s+"
    r"(?![^.;]*\b(?:would|will|should|shall|must)\b)\w"
    # a note that the meeting weighed and settled the matter: "discussed and agreed on the
    # next sponsors", "Reviewed and approved the budget"
    r"|(?i:discussed|considered|reviewed|debated)\s+and\s+(?i:agreed|decided|approved)\s+(?:on\s+|to\s+"
    r"|that\s+|the\s+|a\s+)"
    # "Decided o3de-extras as the canonical repository"
    r"|(?:Decided|DECIDED)\s+(?!by\b)[\w\"“])",
    # "For the next meeting we agreed that ...", "all 5 voted to formally object"
    # "We agreed the old logo stays", "we decided not to add a label", "We've agreed with Acme
    # to share a stand", "We discussed the empty plot and agreed that we could not ..." (not
    # "when we decided to use ...": a time past, named in passing)
    r"(?i:(?<!\bwhen\s)(?<!\bif\s)(?<!\bonce\s)(?<!\bas\s)(?<!\bsince\s)(?<!\bwhether\s)"
    r"\bwe(?:\s+have|[’']ve)?\s+(?:all\s+|also\s+|then\s+|further\s+)?"
    # the matter weighed first: "We discussed the empty plot and agreed that ..."
    r"(?:(?:discussed|considered|reviewed|debated|looked\s+at)\s+(?:[\w’'-]+\s+){0,8}?and\s+)?"
    r"(?:agreed|decided)\s+"
    r"(?:that|to|on|not\s+to|with\s+(?:[\w.’'-]+\s+){1,3}?to\b"
    r"|(?=(?:[\w’'-]+\s+){1,6}?(?:was|were|is|are|stays|remains|will|would|should|can)\b)))",
    (
        r"\b(?:all\s+(?:\d+|three|four|five|six|seven|eight|nine|ten)|\d+)\s+(?:members\s+|councillors\s+)?"
        r"voted\s+(?:unanimously\s+)?(?:to|in\s+favou?r\s+of)\b",
        ("voted",),
    ),
    # the formal marker in capitals after whoever decides: "The Leader and Lead Member
    # RESOLVED to:", "The Portfolio Holder DECIDED that"
    (r"\w\s+(?:RESOLVED|DECIDED)\s+(?:to|that)\b", ("resolved", "decided")),
)
_MINUTES_APPROVED_RE = re.compile(
    r"(?i)\bminutes\b(?:(?!\b(?:will|to|shall|would|not|unapproved)\b)[^.;]){0,140}?"
    r"\b(?:were|was|be|been|are|is|–|-)?\s*(?:duly\s+|formally\s+)?"
    r"(?:agreed|approved|confirmed|accepted|adopted|signed)\b(?!\s+(?:at|by)\s+the\s+next)"
    # (not what a meeting past approved: "the minutes left out the grants approved at the June
    # meeting")
    r"(?!\s+(?:at|in)\s+(?:the|its|our)\s+(?:(?:last|previous|" + MONTHS + r")\s+)meeting\b)"
    # the verb first: "The Lead Member approved as a correct record the minutes of ..."
    r"|\b(?:agreed|approved|confirmed|signed)\s+as\s+(?:a\s+)?(?:correct|true|accurate)\s+record\s+"
    r"the\s+minutes\b"
)
_ELECTED_RE = re.compile(
    r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+|all\s+|both\s+)?(?:elected|appointed|re-elected"
    r"|co-opted)\b"
    r"|\btook the role of\b"
)
# Not "had been approved", "have not yet been approved", "was adopted in June 2016".
_PASSIVE_APPROVED_RE = re.compile(
    # (not "update her on what was agreed", "as was agreed": a decision pointed at)
    r"(?<!\b[Ww]hat\s)(?<!\b[Aa]s\s)"
    r"(?<!\bhad\s)(?<!\bnot\s)(?<!\byet\s)(?<!\bnever\s)(?<!\bhaving\s)"
    # "The application has now been approved": news of what was decided elsewhere
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhas\snow\s)(?<!\bhave\snow\s)"
    r"\b(?:were|was|been)\s+(?:unanimously\s+|formally\s+)?"
    # "The nomination was seconded and approved", "were nominated and approved"
    r"(?:(?:seconded|proposed|moved|nominated|discussed|considered|reviewed)\s+and\s+)?"
    # (not "were carried forward", "was carried out": work moved on or done)
    # (in capitals too: "An amendment to list the schemes by cost was CARRIED")
    r"(?i:agreed|approved|endorsed|ratified|adopted|carried(?!\s+(?:forward|over|out|through)\b)"
    r"|confirmed(?!\s+(?:that|by|as|to|in|at|with|the|a|an|there)\b))\b(?!\s+(?:to|by\s+the\s+next|in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d"
    r"|(?:in|on|at)\s+(?:the\s+)?(?:last|previous)|previously|last\s+year))"
    # the present: "The budget is approved.", "The minutes are approved as written."
    r"|\b(?:is|are)\s+(?:hereby\s+|now\s+|unanimously\s+)?(?:approved|adopted|accepted|agreed|ratified"
    r"|endorsed)(?=\W*$|,?\s+(?:as\s+(?:written|presented|circulated|amended|read)|with|subject"
    r"|unanimously|by\s+(?:consensus|all)))"
)
# "Payments totalling £1,234 were authorised", "the request was refused", "The precept was set
# at £24,000": not another body's ("refused by the District Council"), nor news.
_PASSIVE_DECIDED_RE = re.compile(
    r"(?<!\bhad\s)(?<!\bnot\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bnow\s)"
    r"\b(?:were|was)\s+(?:unanimously\s+|formally\s+|duly\s+)?(?:authori[sz]ed|rejected|refused"
    r"|turned\s+down"
    r"|declined(?!\s+to\b)|(?:chosen|selected)(?!\s+by\b))\b(?!\s+(?:by\s+(?:the\s+)?[A-Z]"
    r"|in\s+(?:19|20)\d\d|previously|last\s+year))"
    r"|\b(?:was|were)\s+set\s+at\s+(?:£|\$|€|\d)"
    # an event's date fixed: "The date of the fete was set as 12 July" (not the next meeting's)
    r"|\b(?i:date)\s+(?:of|for)\s+(?!(?:the\s+)?next\s+meeting)(?:the\s+)?(?:[\w’'-]+\s+){1,4}?(?:was|has\s+been)"
    r"\s+(?:set|fixed|agreed|confirmed)\s+(?:as|for)\b"
    # a meeting of its own fixed: "A hedge laying workshop was scheduled for the 3rd May"
    # (a meeting still to come: not "The meeting was scheduled for 7pm", "The last meeting was
    # arranged for 3 February but cancelled")
    r"|\b(?i:an?|another|the\s+next)\s+(?:[\w-]+\s+){0,4}?(?:meeting|session|workshop|away\s*day|AGM"
    r"|EGM)\s+(?:was|were)\s+(?:scheduled|arranged|fixed|set)\s+for\s+(?:the\s+)?(?:\d{1,2}"
    r"(?:st|nd|rd|th)?(?!\s*(?:[.:]\d|am|pm|a\.m|p\.m))\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    + MONTHS
    + r")"
    # the meeting's common mind on a thing named: "the second phase is generally agreed upon"
    # (not "It is generally agreed that parking is short": a view held)
    r"|(?<!\bit\s)\b(?:is|are|was|were)\s+(?:now\s+)?(?:generally|broadly|widely|unanimously)\s+"
    r"agreed(?:\s+(?:upon|on))?(?!\s+(?:that|by|to|with)\b)\s*(?:[.;,]|$)"
    # a sum given by the meeting: "£250 was awarded to the youth club", "A grant of £500 to be
    # given to the food bank": the sum the subject, opening the sentence (not "the club was
    # awarded £250 by the Lottery", news; nor "had raised £180 to be donated to ...")
    r"|^\W*(?i:(?:an?\s+)?(?:grant|donation|sum|contribution)\s+of\s+)?[£$€]\s?\d[\d,.]*[^.;]{0,40}?"
    r"\b(?:was|were|to\s+be)\s+(?:awarded|granted|allocated|donated|given)\s+to\b"
    r"|^\W*(?:the\s+)?(?:[\w’'/-]+\s+){1,5}?set\s+at\s+[£$€]\d"
)
# "wording agreed with minor changes", "the policy was adopted subject to amendments".
_WITH_CHANGES_RE = re.compile(
    r"\b(?:agreed|approved|adopted|accepted|endorsed|signed\s+off)\s+(?:with|subject\s+to)\s+"
    r"(?:(?:minor|some|small|the|agreed|these|those|two|three|one|a\s+few|few|slight|typo)\s+){0,2}"
    r"(?:amendments?|changes?|corrections?|alterations?|modifications?|edits?|tweaks?|revisions?"
    r"|fixes)\b"
)
# "Risk Management signed off.", "Budget approved.": a short subject and the verb alone, after
# the item's title at most ("6. Accounts- accounts for 2024/25 signed off").
_SHORT_PASSIVE_RE = re.compile(
    r"^\W*(?:(?:\d{1,2}\.?\s+)?[A-Z][\w’'&/]*(?:\s+[\w’'&/]+){0,3}?\s*(?:[:–—]|-(?=\s))\s+)?"
    r"(?:(?:The|the|[A-Z][\w’'&/-]*|[a-z][\w’'&/-]*|[#£$€]?\d[\w’'&/\\.,-]*|\([^()]{1,30}\))\s+){0,5}?"
    # (not "Accounts to be signed off": still to come)
    r"(?<!\bto\sbe\s)(?:agreed|(?:re-?)?approved|(?:re-?)?adopted|accepted|ratified|endorsed|signed\s+off"
    # the meeting's choice or refusal: "Option B chosen.", "Bike rack request turned down."
    r"|chosen|selected|picked|rejected|refused|declined|turned\s+down)"
    r"(?:\s+(?:and|&)\s+(?:signed|agreed|approved|adopted|merged))?"
    # "Async work agreed on", "Venue settled upon"
    r"(?:(?<=agreed)\s+(?:on|upon))?"
    # "Grant of £500 approved for the youth club"
    r"(?:\s+for\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2})?"
    r"(?:\s+(?:unanimously|by\s+all|as\s+(?:a\s+)?(?:correct|true|accurate)(?:\s+record)?"
    r"|with\s+(?:thanks|gratitude)|as\s+(?:presented|circulated|read|amended)|without\s+amendment))?"
    # what is to follow it: "Winner chosen, to be announced soon"
    r"(?:\s*[,;–—-]\s*to\s+be\s+(?:announced|published|confirmed|shared|circulated)(?:\s+[\w-]+){0,3})?"
    r"\W*$"
)
_SHORT_PASSIVE_SUBJECT_STOP = re.compile(
    r"(?i)^\W*(?:it|he|she|they|we|i|this|that|all|members|councillors|everyone|cllr|mr|mrs|ms|dr"
    r"|votes?|voting)"
    r"\b|\b(?:was|were|had|has|have|is|are|not|never|nothing|yet|chair|chairman|chairwoman|clerk|officers?"
    r"|director|manager|mayor|leader|secretary|treasurer)\b(?![’']s\b)"  # "Treasurer's report"
)
# "The report was noted.", "The final report on the audit of the 2024/25 accounts, was noted"
# (a long subject closed by a comma): a paper the meeting noted (not "It was noted that ..."),
# or what it noted formally ("It was noted formally that the accounts were correct").
_PAPER_NOTED_RE = re.compile(
    r"(?i)\b(?:report|update|minutes|information|position|contents|paper|letter|accounts"
    # (a clause between: "The report, which was sent round before the meeting, was noted")
    r"|correspondence|presentation|briefing|statement|log)s?(?:\s+|\s*,)(?:[^.;]{1,60}?,\s*)?"
    r"(?:was|were)\s+(?:duly\s+)?noted\b"
    r"(?!\s+that)|\b(?:was|were)\s+(?:formally\s+noted|noted\s+formally)\b"
    # someone's paper or news, whatever it is, noted: "His resignation was noted.", "The
    # Treasurer's cash book was noted" (not an apology for absence)
    r"|^\W*(?:(?:His|Her|Their|Its|Our)\s|(?:The\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\s)"
    r"(?!(?:[\w’'-]+\s+){0,4}?apolog)(?:[\w’'-]+\s+){0,4}?(?:was|were)\s+(?:duly\s+)?noted"
    r"(?:\s+with\s+(?:regret|thanks|sadness))?\W*$"
)
# Minutes signed as a true record, their subject left out: "Signed as true by Chair (GR)".
_SIGNED_AS_RECORD_RE = re.compile(
    # "With these corrections, agreed and signed by the Chairman as a correct record"
    r"(?i)^\W*(?:with\s+(?:the|this|these)\s+(?:amendments?|corrections?|changes?)\s*,?\s+)?"
    r"(?:(?:unanimously\s+|duly\s+)?(?:approved|agreed|accepted)\s+and\s+)?signed\s+(?:by\s+(?:the\s+)?[\w.]+"
    r"(?:\s+\([^)]{1,20}\))?\s+)?as\s+(?:a\s+)?(?:true|correct|accurate)\b"
)


Rule = Callable[[str], "re.Match[str] | None"]


def _match_body_decided(st: str) -> re.Match[str] | None:
    """The meeting deciding ("The Board agreed ..."), in a main clause: not "the minutes of
    the meeting where Members approved the reports" (a time past, named in passing), nor some
    of its members ("Two members voted against the proposal")."""
    for hit in _BODY_DECIDED.finditer(st):
        if _PARTNER_TASK_RE.match(st, hit.start()):
            return None
        before = st[max(0, hit.start() - 12) : hit.start()]
        if not _SUBORDINATE_BEFORE_RE.search(before) and not _SOME_OF_RE.search(before):
            return hit
    return None


# A heading that asks: "## Who was elected", "### What we decided".
_ASKING_HEAD_RE = re.compile(r"(?i)#+\s*(?:who|what|how|why|when|where|which)\b")
# A question reported: "He asked how the themes were chosen", "asked whether it was agreed".
_ASKED_RE = re.compile(
    r"\bask(?:ed|s|ing)\s+(?:\w+\s+){0,3}?(?:how|whether|if|why|what|when|which|who)\b"
)
_SUBORDINATE_BEFORE_RE = re.compile(r"\b(?:where|when|whereby|at\s+which|in\s+which)\s+$")
# Some of the members, counted: "Two members", "3 councillors", "Several Trustees", "Not
# everyone".
_SOME_OF_RE = re.compile(
    r"(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|some|several|few|many|most|not)\s+$"
)


# What a meeting agrees, named alone before "agreed.": "Recommendation agreed.".
_PAPERS = frozenset(
    """
    recommendation proposal motion report minute budget account amendment resolution request
    application plan policy precept quote quotation payment change
    """.split()  # noqa: SIM905
)


def _match_short_passive(st: str) -> re.Match[str] | None:
    if len(st) > 90:
        return None
    hit = _SHORT_PASSIVE_RE.match(st)
    if hit is None or _SHORT_PASSIVE_SUBJECT_STOP.search(st) or assent(st):
        return None  # "Erin and Jordan agreed.": people assenting, with no proposal before
    words = st.split()
    if (
        words[1:2] == ["agreed."]
        and words[0][:1].isupper()
        and words[0].lower().rstrip("s") not in _PAPERS
    ):
        return None  # "John agreed.": a person assenting, not a decision ("Recommendation agreed.")
    return hit


_APPROVAL = "agreed|approved|endorsed|ratified|adopted|carried|signed|confirmed"
# Sentence rules in order: each returns a match when the sentence states a decision, and
# runs only on sentences holding one of its words (as _KEY_RE finds them, lower-cased).
SENTENCE_RULES: tuple[tuple[Rule, str, frozenset[str]], ...] = tuple(
    (rule, kind, frozenset(needs.split("|")))
    for rule, kind, needs in (
        (
            _IT_WAS_RESOLVED.search,
            RESOLUTION,
            "resolved|agreed|decided|agreement|consensus|decision|voted|given|granted|conclusion"
            "|concluded|outcome|resolution|approved|approval|consent",
        ),
        (
            _match_body_decided,
            RESOLUTION,
            f"{_APPROVAL}|resolved|noted|accepted|decided|recommended|happy|content|pleased|decides"
            "|resolves|agrees|concluded|favour|favor|minded|set "
            "|satisfied|voted|supported|gave|opted|chose|selected|appointed|co-opted|declined|refused|rejected",
        ),
        (_MINUTES_APPROVED_RE.search, RESOLUTION, "minutes"),
        (_ELECTED_RE.search, RESOLUTION, "elected|appointed|took the role|co-opted"),
        (
            _PASSIVE_DECIDED_RE.search,
            RESOLUTION,
            "authorised|authorized|rejected|refused|declined|set at|chosen|selected|turned down"
            "|scheduled|arranged|fixed|set for|set as|confirmed as|confirmed for"
            "|awarded|granted|allocated|donated|given|agreed",
        ),
        (_PASSIVE_APPROVED_RE.search, RESOLUTION, f"{_APPROVAL}|accepted"),
        (_PAPER_NOTED_RE.search, RESOLUTION, "noted"),
        (_SIGNED_AS_RECORD_RE.search, RESOLUTION, "signed"),
        (
            _WITH_CHANGES_RE.search,
            RESOLUTION,
            "amend|chang|correct|alter|modif|edit|tweak|revision|fixes",
        ),
        (
            _match_short_passive,
            RESOLUTION,
            f"{_APPROVAL}|accepted|chosen|selected|picked|rejected|refused|declined|turned down",
        ),
        (MOTION_RE.search, MOTION, "propos|moved|moves|nominated"),
        (no_objection, RESOLUTION, "objection|observations|objected|concerns"),
        (
            passive_outcome,
            RESOLUTION,
            "accepted|signed|approved|agreed|adopted|noted|endorsed|passed|carried",
        ),
        (
            elected,
            RESOLUTION,
            "elected|voted|appointed|co-opted|volunteered|offered to|agreed to|take over"
            "|the new|our new|unopposed|selected|will be|continue as|remain",
        ),
        (
            informal_decision,
            RESOLUTION,
            "let’s|let's|lets|we |we’ll|we'll|go ahead|voted|consent|approved|accepted|adopted"
            "|endorsed|ratified|going|go with|chose|selected|picked|settled on|opted|went with"
            "|ok with|okay with|fine with|happy with|content with|live with",
        ),
        (
            put_off,
            RESOLUTION,
            "next|future|later|kiv|keep in|until|till|take|taking|on hold",
        ),
        (body_accepts, RESOLUTION, "accepts|approves|adopts|endorses|ratifies|agrees"),
        (motion_stated, RESOLUTION, "motion|m/s|msc"),
        (
            consensus,
            RESOLUTION,
            "consensus|agreement|approval|in support|in favour|in favor|support for|support to"
            "|unanimous"
            "|+1|👍|lgtm|objected|disagreed|dissented|was against",
        ),
        (settled_to_be, RESOLUTION, "to be"),
        (off_the_agenda, RESOLUTION, "agenda"),
        (
            sum_fixed,
            RESOLUTION,
            "precept|budget|rent|rents|fee|fees|charge|charges|rate|rates"
            "|salary|subscription|subscriptions|grant",
        ),
        (for_now, RESOLUTION, "for now|for the time being"),
        (
            from_now_on,
            RESOLUTION,
            "from now on|going forward|henceforth|in future|onward|meeting",
        ),
        (agreed_in_passing, RESOLUTION, "agreed|agree|decided|resolved|agreement"),
        (tallied, RESOLUTION, "y:|against|yes"),
        (
            closing_outcome,
            RESOLUTION,
            "passed|carried|passes|carries|vote|majority|hands|approved|agreed|adopted|accepted"
            "|consensus|objection|+1|👍|in agreement|in favour|in favor",
        ),
    )
)
# The rules' words, as they occur in a lower-cased sentence ("selected", not "elected").
_KEYED = KeyedRules([needs for _, _, needs in SENTENCE_RULES])
_KEY_RE = _KEYED.key_re


def decision_sentences(
    ctx: Context, nonblank: list[Line], k: int, item_starts: set[int], found: Found
) -> int | None:
    """Each sentence of the line that states a decision (see :data:`SENTENCE_RULES`); one
    ending its line and opening a list ("It was RESOLVED that:") heads the sub-points."""
    ln = nonblank[k]
    nxt = k + 1
    sentences = sentences_of_line(ctx, ln)
    for n, (s_start, s_end, st, low) in enumerate(sentences):
        if (
            len(st) > 3000
            or st.rstrip(' *_)"”’').endswith("?")
            or st.startswith("#")
            and _ASKING_HEAD_RE.match(st)
        ):
            continue  # a run of text with no full stop, a question ("## Who was elected")
        if len(st) < 60 and (n == 0 or n == 1 and _POINT_ONLY_RE.fullmatch(sentences[0][2])):
            put = _question_answered(ctx, nonblank, k, st)
            if put is not None:
                # "JT - ... all agree?" / "RG/KS - Agreed.": what the group assented to
                if put >= 0:
                    found.add(put, s_end, RESOLUTION)
                continue
        keys = _KEY_RE.findall(low)
        if not keys:
            continue
        speaker = SPEAKER_RE.match(st)
        if speaker and SOLE_OUTCOME_RE.match(st[speaker.end() :]):
            continue  # "kaz: agreed": one speaker's reply in a chat log
        # the words without their markdown emphasis: "Weekly call: **agreed** to keep it"
        plain = st.replace("**", "").replace("__", "") if "**" in st or "__" in st else st
        number = _PARAGRAPH_NUMBER_RE.match(plain) if n == 0 and plain[0].isdigit() else None
        skip = number.end() if number else 0
        if n == 0 or n == 1 and _POINT_ONLY_RE.fullmatch(sentences[0][2]):
            remark = _remark_after_speaker(ctx, ln, plain, skip)
            if remark is not None and SOLE_OUTCOME_RE.match(plain[remark:]):
                continue  # "OB - Agreed.": one speaker's reply in a transcript
            skip = remark or skip
        # "4.1 The committee agreed ...", "JT - Ok, agenda approved.": the rules read the
        # sentence after its paragraph's number or its speaker (its text keeps them)
        plain = plain[skip:]
        joined = None
        if found.spans.overlaps(s_start, s_end):
            pass  # the seconding of a proposal found before it
        elif carried(st):  # "Sec MD. All agreed.": the motion from its proposal on
            joined = motion_start(ctx, nonblank, k, n, found)
        elif records_vote(st):  # "... were accepted. Proposed by WT and seconded by RL."
            joined = record_after(ctx, nonblank, k, n, found)
        if joined is not None:
            found.merge(joined, s_end)
            continue
        seconded = None
        if ("propos" in low or "move" in low) and PROPOSAL_RE.search(st):
            seconded = seconded_after(ctx, nonblank, k, n)
        if seconded is not None:
            # "Cllr A proposed that Cllr B be elected Vice Chair." + "This was seconded by
            # Cllr C and agreed unanimously." / "Motion carried.": one decision, the proposal
            # and its carrying.
            found.add(s_start, seconded[1], RESOLUTION)
            continue
        if ("propos" in low or "move" in low) and PROPOSAL_RE.search(st):
            # "It was proposed that ... . Additionally, ... . Proposal seconded by Cllr C, all
            # in favour.": the proposal and its details, up to its seconding
            later = _seconded_later(sentences, n)
            if later is not None:
                found.add(s_start, later, RESOLUTION)
                continue
        for i in _KEYED.rules(keys):
            rule, kind, _ = SENTENCE_RULES[i]
            hit = rule(plain)
            if hit is None or ("ask" in low and _ASKED_RE.search(plain, 0, max(hit.start(), 1))):
                continue  # (or what someone asked about: "asked how the themes were chosen")
            if rule == _MINUTES_APPROVED_RE.search:
                if approved_later(ctx, plain, hit.end()):
                    break  # "Minutes approved 14/08/2017": noted on them after the meeting
            elif _not_this_meetings(ctx, plain, hit):
                break  # "The County Council agreed last month to fund the crossing"
            elif ("agree" in low or "consensus" in low) and _VERDICT_RE.search(plain):
                break  # "Agreed that Sports Day was a very positive day": a view of the past
            if (rule is motion_stated or kind == MOTION) and lost_after(ctx, nonblank, k, n):
                break  # "Motion by Lee to close the kiosk. Motion failed 2-3.", "... seconded by
                # Cllr B." / "The proposal was lost."
            s0 = sentences[n][0]
            cuts = coordinated(st, hit.start() + skip)
            if s_end >= line_end(ctx, ln):
                tail = st[cuts[-1][1] :] if cuts else st
                if open_head(tail) and OPEN_END_RE.search(tail):
                    split = split_points(ctx, nonblank, k + 1, item_starts, found, tail)
                    if split > k + 1:
                        # "The Committee NOTED the report, and AGREED the following:": the
                        # decisions before the head that opens the list
                        _add_coordinated(found, s_start, s0, cuts, kind)
                        return split
                # "It was agreed that the process would consist of:" ending its line heads
                # the sub-points as one decision.
                nxt, s_end = sub_points(ctx, nonblank, k, item_starts, st)
            sole = SOLE_OUTCOME_RE.match(st) is not None
            assent = not sole and _assent_alone(st)
            if n and (sole or ANAPHORIC_RE.match(st) or records_vote(st)) and len(st) < 120:
                # "This was approved.": what was approved is the sentence before it (past
                # those that record its vote: "Chair proposed BB as Vice Chair. Sec MD. All
                # agreed.")
                p = n - 1
                while p and records_vote(sentences[p][2]):
                    p -= 1
                p_start, p_end, prev, _ = sentences[p]
                if _TWO_LETTERS_RE.search(prev) and not found.spans.overlaps(p_start, p_end):
                    s_start = p_start
                elif sole or ASSENT_RE.match(st):
                    # "Motion carried.", "This was approved unanimously.", "No objections.":
                    # the carrying of the decision found before it
                    found.carried_to(p_end - 1, s_end)
                    break
            elif (sole or records_vote(st)) and len(sentences) == 1 or assent:
                # "Carried.", "Unanimously approved." alone, "These were agreed.", "No
                # objections." opening the line: what was carried is the line before it (the
                # heading just above, for an assent: "## Minutes" / "These were agreed.")
                before = _line_before(ctx, nonblank, k, item_starts, found, assent)
                if before is not None:
                    before_end = line_end(ctx, before)
                    if found.spans.overlaps(before.cstart, before_end):
                        # the motion above, found already: "Carried." is its carrying
                        found.carried_to(before_end - 1, s_end)
                        break
                    s_start = before.cstart
            if rule is tallied:
                s_start = _voted_on(sentences, n, found)
                kind = (
                    RESOLUTION
                    if WORD_RE.search(TALLY_RE.sub(" ", ctx.text[s_start:s_end]))
                    else VOTE
                )
            glued = _GLUED_HEADING_RE.match(st)
            if glued and s_start == sentences[0][0]:
                s_start += glued.end()  # "Election of Chairman It was proposed ..."
            run_on = _run_on(st)
            if run_on is not None and s_start < s_end - len(st) + run_on.start():
                # "... agreed we need a rota (BBMS) Board also agreed to buy an LMS": two
                # decisions with no full stop between them
                split = s_end - len(st) + run_on.start()
                if _KEY_RE.search(ctx.text[s_start:split].lower()):
                    found.add(s_start, split, vote_kind(st, kind))
                # else a heading run into it: "5. Visit to the Assembly Members agreed ..."
                s_start = split
            # "The minutes were accepted. Proposed by WT and seconded by RL.": its mover too
            # (not "Carried unanimously.", which records it beside it)
            # and the condition set on it after it: "General support for this. Caveat: if the
            # release slips, it moves to the next one.", or the effect of a short outcome:
            # "Change accepted. These functions will be removed.", and minutes approved then
            # signed: "Minutes were approved. The Chair signed and dated them."
            while n + 1 < len(sentences) and (
                (
                    records_vote(sentences[n + 1][2])
                    and not SOLE_OUTCOME_RE.match(sentences[n + 1][2])
                )
                or _CAVEAT_RE.match(sentences[n + 1][2])
                or (len(st) < 60 and _EFFECT_RE.match(sentences[n + 1][2]))
                or (
                    rule == _MINUTES_APPROVED_RE.search
                    and _MINUTES_SIGNED_RE.match(sentences[n + 1][2])
                )
            ):
                n += 1
                s_end = sentences[n][1]
            s_start = _add_coordinated(found, s_start, s0, cuts, vote_kind(st, kind))
            found.add(s_start, s_end, vote_kind(st, kind))
            break
    return nxt


def _not_this_meetings(ctx: Context, st: str, hit: re.Match[str]) -> bool:
    """Whether the decision a rule found is another body's or one taken before this meeting
    (see :mod:`.elsewhere`)."""
    return another_body(ctx, st, hit.start()) or decided_before(ctx, st, hit.end())


# A condition set on the decision before it: "Caveat: ...", "Condition: ...", "Provided that ...".
_CAVEAT_RE = re.compile(
    r"\W*(?i:caveats?|conditions?|provisos?)\s*[:–—-]|\W*(?i:provided\s+that|on\s+condition\s+that)\b"
)
# What follows from the outcome before it: "These functions will be removed", "It will now be
# published".
# The minutes just approved being signed, the same business: "The Chair signed and dated
# them.", "Revised minutes for 12 May were signed."
_MINUTES_SIGNED_RE = re.compile(
    r"\W*(?:(?:[\w.’'-]+\s+){1,4}?(?:signed|initialled)(?:\s+and\s+dated)?\s+(?:them|it|the\s+minutes)"
    r"|(?i:the\s+)?(?:(?i:revised|amended|corrected)\s+)?(?i:minutes)\b[^.;]{0,40}?\b(?:were|was)"
    r"\s+(?:duly\s+|also\s+)?signed)\b"
)
_EFFECT_RE = re.compile(
    r"\W*(?i:this|these|it|they)(?:\s+[a-z]+)?\s+(?:will|shall)\s+(?:now\s+)?be\s+[a-z]+(?:ed|en)\b"
)
# A view shared, not a decision: of something past ("Agreed that Sports Day was a very positive
# day", "All agreed the quiz night had been a great success"), hedged ("General agreement that
# a second hall is probably worth having") or a rating ("All the ideas were agreed to be
# useful").
_VERDICT_RE = re.compile(
    r"(?i)(?:\bagreed\s+(?:that\s+)?(?:[\w’'-]+\s+){1,5}?(?:was|were|had\s+been)\s+(?:an?\s+)?"
    r"(?:very\s+|really\s+|great\s+|huge\s+|resounding\s+|most\s+)?(?:success(?:ful)?|positive"
    r"|enjoyable|well[\s-]attended|worthwhile|excellent)\b"
    r"|\b(?:agreed|agreement|consensus)\s+(?:that\s+)?(?:[\w’'-]+\s+){1,6}?(?:(?:is|are|was|were"
    r"|would\s+be)\s+(?:probably|likely|possibly|perhaps|maybe)\b|would\s+(?:probably|likely"
    r"|possibly|perhaps|maybe)\s+be\b)"
    r"|\b(?:was|were)\s+(?:all\s+)?agreed\s+to\s+be\s+(?:very\s+|most\s+)?(?:important|useful|valuable"
    r"|helpful|relevant|worthwhile|beneficial)\b"
    # a shared view of what was or is: "All agreed that this was a most generous gift",
    # "Members were in agreement that it was not the case", "agreed that the scheme was a
    # sensible reuse of the old dairy"
    r"|\b(?:agreed|agreement)\s+that\s+(?:this|that|it|these|the\s+[\w’'-]+)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:was|were|is|are)\s+(?:not\s+the\s+case|(?:a\s+|an\s+)?(?:very\s+|most\s+|really\s+)?"
    r"(?:generous|kind|good|great|welcome|sensible|pleasing|disappointing|regrettable|unfortunate"
    r"|sympathetic|excellent|positive)\b))"
    # (not what follows from it: "the trial was successful and should continue")
    r"(?![^.;]*\b(?:should|will|would|shall|must|to\s+be)\b)"
)


def _question_answered(ctx: Context, nonblank: list[Line], k: int, st: str) -> int | None:
    """Where the question starts that ``st`` (opening nonblank[k]) answers for the whole
    group ("ALL - Yes.", "RG/KS/MT - Agreed.", "Everyone: yes, ok") when the line before
    puts one ("..., all agree?", "I propose we meet in June, is that ok?"); -1 when the
    line after declares the outcome itself ("JT - Ok, agenda approved.", the decision); None
    when ``st`` is no such answer."""
    if k == 0 or _GROUP_ASSENT_RE.fullmatch(st) is None:
        return None
    before = nonblank[k - 1]
    if not ctx.text[before.cstart : before.cend].rstrip(" *_").endswith("?"):
        return None
    after = nonblank[k + 1] if k + 1 < len(nonblank) else None
    if after is not None and _DECLARED_RE.search(ctx.text, after.cstart, after.cend):
        return -1
    return before.cstart


# The whole group's assent as a transcript writes it: who ("ALL", "Everyone", initials or
# names joined by "/", "," or "&"), then yes, agreed, ok, no objection.
_GROUP_ASSENT_RE = re.compile(
    r"(?:ALL|All|Everyone|Everybody|[A-Z][A-Za-z]{1,9}(?:\s*[/,&]\s*[A-Z][A-Za-z]{1,9})+)"
    r"\s*(?::|[-–—])\s*(?i:(?:yes|yeah|agreed|ok(?:ay)?|content|fine|no\s+objections?|\+1)"
    r"(?:[ ,.!]+(?:ok(?:ay)?|agreed|fine|yes|sure|all|by\s+all))*)[ .!]*"
)
# An outcome declared at a line's end: "Ok, agenda approved.", "previous minutes accepted".
_DECLARED_RE = re.compile(r"\b(?:approved|accepted|agreed|adopted|carried|passed)\W*$")


def _remark_after_speaker(ctx: Context, ln: Line, plain: str, at: int) -> int | None:
    """Where the remark starts in ``plain`` (line ``ln``'s first sentence) when a speaker's
    label opens it at ``at`` (past a point's number: "4. JT - Ok, agenda approved.",
    "Odile: right, we go with B"), past a word only taking the floor ("Ok,", "Right,");
    None when no speaker's label does."""
    label = _SPEAKER_LABEL_RE.match(plain, at)
    if label is None:
        return None
    first = label.group("who").split(None, 1)[0]
    if not (first in ctx.initials or first.lower() in ctx.name_tokens):
        return None  # (a cheap test first: no one the minutes name)
    if line_speaker(ctx, ln)[0] is None:
        return None
    floor = _FLOOR_WORD_RE.match(plain, label.end())
    return floor.end() if floor else label.end()


# A point's number read as a sentence of its own: "3." before "JT - Ok, agenda approved."
_POINT_ONLY_RE = re.compile(r"\(?\d{1,3}(?:\.\d{1,3})*[.)]?")
# A speaker's label opening a line, "JT - ", "Odile: " (the speaker must be someone:
# :func:`line_speaker`), and a word that only takes the floor after it: "Ok, ", "Right, ".
_SPEAKER_LABEL_RE = re.compile(r"[*_]{0,2}(?P<who>[A-Z][\w’'. -]{0,30}?)[*_]{0,2}(?::|\s[-–—])\s+")
_FLOOR_WORD_RE = re.compile(r"(?i:ok(?:ay)?|right|good|great|so|fine|yes)\b[,.]?\s+")


def _assent_alone(st: str) -> bool:
    """Whether the sentence is only assent to what came before it ("These were agreed.", "No
    objections.", "This was approved as accurate"), not a decision of its own that opens
    the same way ("It was agreed we will invite proposals from the floor")."""
    m = ASSENT_RE.match(st)
    return m is not None and len(st[m.end() :].split()) <= 3


def _line_before(
    ctx: Context,
    nonblank: list[Line],
    k: int,
    item_starts: set[int],
    found: Found,
    heading: bool = False,
) -> Line | None:
    """The line with words before nonblank[k] (past lines of markup only, "<ol>", and lines
    that record the vote, "Proposed by: Cart"), unless it is an item's heading with no such
    line between ("## Adopt the bylaws" / "Proposed by: Cart" / "Approved." decides what the
    heading names), or ``heading`` is set and the heading is just above."""
    recorded = False
    for j in range(k - 1, max(-1, k - 5), -1):
        ln = nonblank[j]
        c = HTML_TAG_RE.sub("", ctx.text[ln.cstart : ln.cend])
        if records_vote(c):
            recorded = True
        elif ln.cstart in item_starts:
            # (a heading found a decision itself: "- Motion to sell the trailer" / "Carried")
            return (
                ln
                if recorded
                or (heading and j == k - 1)
                or found.spans.overlaps(ln.cstart, line_end(ctx, ln))
                else None
            )
        elif _TWO_LETTERS_RE.search(c):
            return ln
    return None


def _seconded_later(sentences: list[Sentence], n: int) -> int | None:
    """Where the seconding or carrying of the proposal in sentence n ends, when it comes two
    to four sentences later on the same line (the proposal's details between)."""
    for _, s_end, st, _low in sentences[n + 2 : n + 5]:
        if SECONDED_RE.match(st):
            return s_end
        if PROPOSAL_RE.search(st):
            return None  # another proposal
    return None


def _voted_on(sentences: list[Sentence], n: int, found: Found) -> int:
    """Where what a vote's count (in sentence n) was cast on starts: the first sentence of the
    line or paragraph not already a decision ("New proposals only there. 10Y:0N:0A")."""
    start = sentences[n][0]
    for s_start, s_end, _, _ in reversed(sentences[:n]):
        if found.spans.overlaps(s_start, s_end):
            break
        start = s_start
    return start


# A second decision run on with no full stop: "... part of the asset system (BBMS) Board also
# agreed to implement ...".
_RUN_ON_DECISION_RE = re.compile(
    r"(?<=[a-z)\]])\s+(?=(?:The\s+(?:board|committee|group|panel)|(?:The\s+)?(?:Board|Committee"
    r"|Council|Members|Group|Trustees|Panel))\s+"
    r"(?:also\s+|then\s+|further\s+)?(?:agreed|resolved|decided|approved)\b)"
)
# Words after which "Board agreed" goes on the same clause ("the Board agreed", "where
# Members agreed").
_CLAUSE_GOES_ON = frozenset(
    """
    the a an and or but where when that which who as if once after before because so while
    whether then following with by
    """.split()  # noqa: SIM905
)


def _run_on(st: str) -> re.Match[str] | None:
    """Where a second decision starts in a sentence with no full stop before it ("... (BBMS)
    Board also agreed to ..."), if it does."""
    for m in _RUN_ON_DECISION_RE.finditer(st, 20):
        before = st[: m.start()].split()
        if before and before[-1].lower() not in _CLAUSE_GOES_ON:
            return m
    return None


# A verb of deciding and a word after it: "agreed to disapply", "approved the accounts".
_DECIDING = r"(?i:agreed|approved|resolved|adopted|endorsed|ratified|accepted|noted|decided)"
_DECIDING_RE = re.compile(rf"\b{_DECIDING}\s+\w")
# A second decision coordinated with the first in one sentence: the same subject's next verb
# and its object ("Members agreed the minutes, agreed to disapply s.83 and approved the
# accounts", "... NOTED the report, and AGREED the following:"; not "..., and agreed that the
# letter be signed by the Chair": the same decision's terms) or another officer elected ("Ann
# was elected Chair (proposed BB); Tom was elected Secretary, and ...").
_COORDINATED_RE = re.compile(
    rf"(?:[;,]\s+(?:and\s+)?|\s+and\s+)(?:also\s+)?(?P<verb>{_DECIDING}\s+(?:to|the|a|an|last"
    r"|its|their|this|these)\b)"
    r"|[;,]\s+(?:and\s+)?(?P<officer>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+(?:was|were)\s+"
    r"(?:duly\s+|unanimously\s+)?(?:elected|appointed|re-elected|co-opted)\b)"
)


def coordinated(st: str, frm: int) -> list[tuple[int, int]]:
    """Where the decisions coordinated in sentence ``st`` part, after the first one found at
    ``frm``: (end of the one before, start of the next) for each, when the part before holds
    a verb of deciding and its object (not "Ann was proposed and agreed to serve", "The
    Board noted and approved the renewal")."""
    cuts: list[tuple[int, int]] = []
    last = frm
    for m in _COORDINATED_RE.finditer(st, frm):
        nxt = m.start("verb") if m.group("verb") else m.start("officer")
        before = st[last : m.start()]
        if _DECIDING_RE.search(before) or (m.group("officer") and _ELECTED_RE.search(before)):
            cuts.append((m.start(), nxt))
            last = nxt
    return cuts


def _add_coordinated(
    found: Found, start: int, s0: int, cuts: list[tuple[int, int]], kind: str
) -> int:
    """Each decision before the cuts (offsets into the sentence at ``s0``) of a sentence
    found from ``start``; where the last one starts."""
    for end, nxt in cuts:
        if s0 + end > start:
            found.add(start, s0 + end, kind)
            start = s0 + nxt
    return start
