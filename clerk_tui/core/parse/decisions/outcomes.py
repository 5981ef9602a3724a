"""Decisions stated as outcomes rather than resolutions (read by :mod:`.sentences`, whose
sentence rules run these beside its own):

- :func:`no_objection`: a response with no verb of deciding: "No objections.", "No
  objections raised", "Councillors agreed no objections", "No observations", "No objections
  but one comment", "No objection, moving ahead";
- :func:`passive_outcome`: "The accounts were presented and accepted for payment", "the
  accounts were accepted as presented", "The governance statement was duly completed and
  signed", "This was accepted";
- :func:`elected`: "Jo Bloggs elected unopposed", "Sam and Kim are elected", "elected by
  acclamation", "the Chair declared Cllr Patel duly elected", "voted by the committee to be
  full member", "was voted in as Chair";
- :func:`informal_decision`: the group deciding in its own voice: "Let's get an updated
  quote", "We shall start stocking coffee pods", "We accept the new membership list", "Go
  ahead and install the shelves", "Voted unanimously to confirm", "unanimous consent for";
- :func:`put_off`: business parked until a condition or taken elsewhere: "Defer until we
  have met James", "Take back to GitHub for now" (put off to a later meeting, "Moved to next
  meeting", "KIV until Feb", is business coming back: a follow-up only);
- :func:`body_accepts`: the meeting deciding in the present tense: "Meeting accepts the
  report", "The Board approves the revised terms of reference";
- :func:`motion_stated`: a US-style motion and what it moves: "Motion by Smith, second by
  Jones, to approve the budget", "Motion: to adopt the policy", "MOTION: Okafor/Lind to
  approve the agenda", "M/S/C (Reyes/Kay) to approve the budget", "A motion was made by Lee
  and seconded by Kay that the hall fees stay the same" (not one that failed);
- :func:`consensus`: "The consensus was that ...", "Consensus reached to ...", "All in
  support of closing the car park";
- :func:`settled_to_be`: a thing settled in the passive: "The newsletter to be renamed
  Riverside News", "The user meeting to be held between January and April", "Ross and Ellen
  to be appointed as directors";
- :func:`agreed_in_passing`: "agreed" with no subject, after a topic's run-in heading or a
  clause: "Bank mandate: Agreed to amend the mandate", "Trello - agreed to keep using it",
  "Good idea if opt-in, agreed that the first issue would link to the sign-up", "Agreement
  on changes to the lathe training";
- :func:`closing_outcome`: "Proposal: buy a new mower. Passed.", "Barbecues every two weeks:
  passed", "approved by a vote of 4-0";
- :func:`tallied`: a vote's count closing what was voted on: "Make the exception wordset
  mandatory 12Y:0:0", "Adopt the new fees. For 7, against 2" (alone on its line, "10Y:0N:0A"
  closes the sentences before it).

and passes over the whole text:

- :func:`motion_rows`: each carried row of a motions table ("| Motion Text | Moved by |
  Seconded by | Status |");
- :func:`decision_rows`: each row of a table with a column of decisions ("| Item | Decision
  |") that records one;
- :func:`officers_elected`: "Chair: Priya Shah" lines under an item of elections.

And :data:`ANAPHORIC_RE`: an outcome whose subject points back ("This was approved.", "The
report was noted by Members.", "No objections."): its decision text takes in the sentence
before it, which says what was decided; :data:`SOLE_OUTCOME_RE`, one alone on its line
("Carried."), takes in the line before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..actions.lexicon import is_base_verb
from ..conditions import CONDITION_RE
from ..context import Context, line_end, line_of, lines_holding, lines_with
from ..keywords import Alternatives
from ..layout import MEETING_COURSE_RE, lines_after
from ..table_rows import RULE_ROW_RE, block_tables, row_cells, split_cells

# "No objections.", "No objections raised.", "Councillor's agreed No Objections", "No
# observations", "no objections, moving ahead with this", "No objections but one comment",
# "No objections to renaming the repo".
_NO_OBJECTION_RE = re.compile(
    r"(?:^\W*(?i:(?:the\s+)?(?:parish\s+|town\s+)?(?:council|councillors?|members|committee)[’']?s?\s+"
    r"(?:agreed|resolved|raised|had|have|has|made)\s+|there\s+(?:were|was)\s+(?=no\s+(?:[\w-]+\s+){1,3}?(?:to|on|for)\s))?"
    r"|(?<=\s)(?=No\s+O)|(?<=\s)(?=No\s+o\w+\s+raised)"
    # after the application named, a comma, then the council: "Planning application received
    # for Mill Cottage, Council have no observations or objections."
    r"|(?<=,\s)(?i:(?:the\s+)?(?:parish\s+|town\s+)?(?:council|councillors|members|committee)\s+"
    r"(?:raised|had|have|has|made)\s+))"
    # "No comments or objections were recorded on this application"
    r"(?i:no\s+(?:other\s+|further\s+)?(?:comments?\s+or\s+)?(?:objections?|observations)"
    r"(?:\s+or\s+(?:comments?|objections?|observations))?)"
    r"(?:\s+(?:were\s+|was\s+)?(?:raised|made|recorded|received|voiced|noted))?"
    r"(?:\W*$|\s*[,;.]|\s+but\b|\s*[–—-]\s|\s+to\s+\w"
    r"|\s+(?i:for|on|about|regarding)\s+(?:the|this)\s+(?i:consultation|application|proposals?|plans?)\b)"
)
# "were presented and accepted", "was duly completed and signed", "were accepted as presented".
_PASSIVE_OUTCOME_RE = re.compile(
    r"\b(?:were|was)\s+(?:all\s+|duly\s+|formally\s+|unanimously\s+)?"
    r"(?:(?:presented|received|read|reviewed|scrutini[sz]ed|checked|considered|discussed|completed"
    r"|inspected|examined|put\s+to\s+(?:a|the)\s+vote)\s+"
    # where or when: "The proposal was discussed at the spring meeting and accepted" (not at
    # a meeting before, nor accepted by another body)
    r"(?:(?:at|in|by|during|with|on)\s+(?:(?!(?:last|previous|earlier)\b)[\w’'-]+\s+){1,5}?)?"
    r"and\s+(?:all\s+|duly\s+|unanimously\s+)?(?:accepted|approved"
    r"|agreed|adopted|signed|noted|endorsed|passed|carried)|accepted)\b"
    r"(?!\s+(?:by\s+the\s+next|at\s+the\s+next|in\s+(?:19|20)\d\d|by\s+(?:the\s+)?[A-Z]))"
)
# "had been", "not": what comes before "was" when the outcome is past or denied.
_PERFECT_BEFORE_RE = re.compile(r"\b(?:had|not|have|has)\s$")
# What is accepted without a decision: apologies, thanks, an invitation, an offer to a person.
_NOT_OUTCOME_RE = re.compile(r"(?i)\b(?:apolog\w*|thanks|invitations?|absence)\b")
# An office a member holds: "Treasurer", "Vice-Chair", "minute taker", "representative".
_OFFICE = (
    r"(?:co-?)?(?:vice[\s-]|deputy\s+|assistant\s+)?(?:chair\w*|president|treasurer"
    r"|secretar(?:y|ies)|clerk|trustees?|directors?|governors?|convenor|convener|leader"
    r"|co-?ordinator|minute[\s-]taker|webmaster|editor|signator(?:y|ies)|members?\s+of"
    r"|representatives?|delegates?|wardens?)"
)
_ELECTED = Alternatives(
    r"\b(?:is|are)\s+(?:duly\s+|unanimously\s+)?(?:re-)?elected\b",
    r"\b(?:re-)?elected\s+(?:unopposed|by\s+acclamation|unanimously|nem\.?\s*con)\b",
    # the one candidate for an office: "Ann Lee ran unopposed", "was returned unopposed"
    r"\b(?:ran|stood|(?:was|were)\s+returned|returned)\s+unopposed\b",
    r"\b(?<!not\s)duly\s+(?:re-)?elected\b",
    # a note: "Ann elected treasurer", "Raj appointed as Vice Chair", "Co-opted Ann Lee"
    # (several named: "TM, CG and SM all selected as committee members")
    r"^\W*(?:(?:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?,\s+){0,6}[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?"
    r"\s+(?:and|&)\s+)?(?:[A-Z][\w’'.-]+\s+){1,3}(?:(?:all|both)\s+)?"
    r"(?:nominated\s+and\s+)?(?:re-)?(?:elected|appointed|co-opted|selected)\s+"
    r"(?:as\s+)?(?:the\s+)?(?:new\s+)?(?i:(?:committee\s+|board\s+)?(?:vice[\s-]|deputy\s+|assistant\s+)?(?:chair\w*|president"
    r"|treasurer|secretary|clerk|trustee|director|governor|member|officer|representative|convenor"
    r"|convener|leader|coordinator|co-ordinator)s?)\b",
    r"^\W*(?i:co-opted)\s+[A-Z]",
    r"\b(?:was|were)\s+(?:re-)?nominated\s+and\s+(?:duly\s+|unanimously\s+)?(?:re-)?elected\b",
    r"\bdeclared\s+(?:[\w.’'-]+\s+){1,5}?(?:duly\s+)?(?:re-)?elected\b",
    # "voted by the committee to be full member", "was voted in as Chair", "Members voted in
    # Ann Lee as a director"
    r"\bvoted\s+(?:in\s+)?(?:by\s+(?:the\s+)?[\w-]+\s+)?(?:to\s+be|as)\s+(?:a\s+|the\s+)?\w",
    r"\bvoted\s+in\s+(?!(?i:favou?r|support)\b)[A-Z][\w’'-]+\s+[A-Z][\w-]*(?![\w’'])",
    # taking an office on: "RH and AY volunteered to be co-secretaries", "Dyana to take over as
    # treasurer", "Sam will be the new minute taker"
    # "MW has agreed to take the role of Fundraising Rep", "EM and JR agreed to carry on their
    # roles as Treasurer and Secretary"
    r"\b(?i:volunteered|agreed|offered)\s+to\s+(?:take\s+(?:on\s+)?the\s+(?:role|post|position)\s+of"
    r"\s+(?:the\s+)?[A-Z]|(?:carry\s+on|continue)\s+(?:in\s+)?(?:their|his|her)\s+(?:respective\s+)?"
    r"(?:roles?|posts?|positions?)\s+as\s+[A-Z])",
    # (or to stay in it: "Sam kindly agreed to continue as Chair")
    r"\b(?:(?i:volunteered|agreed|offered)\s+to\s+(?i:be|become|act\s+as|serve\s+as|stand\s+as"
    r"|continue\s+as|remain\s+as|stay\s+on\s+as)"
    r"|[A-Z][\w’'-]+\s+(?:to|will|would)\s+take\s+over\s+as|(?i:will\s+be\s+(?:the|our)\s+new))"
    # "agreed to be the second signatory", "agreed to be a member of the grants panel"
    r"(?i:\s+(?:the\s+|a\s+|an\s+)?(?:new\s+|joint\s+|second\s+|third\s+|other\s+)?"
    + _OFFICE
    + r")\b",
    # a holder named to an office, in the future: "DD will be the Parish Council representative",
    # "BT will be our treasurer", "Dee Hart will continue as Treasurer" (not another body's
    # office: "will be the Chair of the County Council")
    r"\b(?!(?:It|This|That|There|What|Which)\b)[A-Z][\w’'.-]*\s+(?:will|is\s+to)\s+(?:be"
    r"|continue\s+as|remain(?:\s+as)?)\s+(?:the\s+|our\s+)?(?:new\s+)?"
    r"(?:(?!(?i:to|for|of|the|an?|at|with|and|in|on)\b)[\w’'-]+\s+){0,3}?"
    r"(?i:" + _OFFICE + r")\b(?!\s+of\s+the\s+[A-Z])",
    # a seat on a body: "agreed to serve on the footpaths working group", "offered to join the
    # grants panel" (not "join the group walk")
    r"\b(?i:volunteered|agreed|offered)\s+to\s+(?i:serve\s+on|sit\s+on|join)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?i:panel|committee|sub-committee|group|board|working\s+party|council)"
    r"(?=\s*(?:[.,;)]|$)|\s+(?:as|for|until|and)\b)",
)
# The group deciding in its own voice, at the start of a sentence.
_INFORMAL_RE = re.compile(
    r"^\W*(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*:\s*)?(?:(?:so|ok|okay|then|and)\W+)?(?:"
    r"let[’']?s\s+(?!see\b|talk\b|discuss\b|think\b|chat\b|hear\b|check\b|look\b|have\s+a\s+look\b"
    r"|take\s+a\s+look\b|review\b|go\s+through\b|start\s+with\b|move\s+on\b"
    # the meeting's own course: "Let's get started again!", "Let's begin"
    r"|get\s+(?:started|going)\b|begin\b|start\W*$|start\s+(?:again|now)\b"
    # an exhortation, not a decision: "Let's all promote the trip", "Let's not just fund
    # things", "Let's try to focus on ...", "Let's be careful"
    r"|all\b|not\b|try\s+to\b|be\b|focus\b|remember\b|keep\s+in\s+mind\b)[a-z]+"
    r"|we(?:\s+shall|\s+will|[’']ll|\s+are\s+going\s+to)\s+(?:now\s+)?(?:start|stop|begin|go\s+ahead"
    r"|adopt|accept|keep|switch|proceed|use|buy|purchase|stock|hold|change|replace|archive"
    r"|drop|retire|continue|move|try(?!\s+(?:to|and)\b))\b"
    # the group's own recommendation: "We recommend that the Meeting approve this expense"
    r"|(?:[^,.;]{1,40},\s+)?we\s+(?:would\s+)?recommend\s+(?:that\b|[a-z]+ing\b)"
    r"|we\s+(?:(?:(?:have\s+)?(?:agreed|decided)|agree|decide)\s+(?:to|that|on)|accept|approve|adopt"
    r"|endorse)\b"
    r"|go\s+ahead\s+(?:and|with)\b"
    # "We are going ahead with the mural", "Going with option B", "Will go with the second quote"
    r"|(?:we(?:[’']re|\s+are)\s+)?going\s+(?:ahead\s+)?with\b"
    r"|(?:we\s*)?(?:will|[’']ll|are\s+going\s+to)\s+go\s+with\b"
    # a note with the meeting as its subject: "Approved the 2026 budget", "Accepted the RFC"
    r"|(?:unanimously\s+)?(?:approved|accepted|adopted|endorsed|ratified)\s+(?:the|this|these|its|all)\s+\w"
    r"|(?:unanimously\s+)?voted\s+(?:unanimously\s+|\d+\s*[-–:/]\s*\d+(?:\s*[-–:/]\s*\d+)?\s+)?"
    r"(?:to|in\s+favou?r\s+of)\b"
    # the group's choice: "We chose option B", "Settled on the blue logo", "We went with Acme"
    r"|(?:we\s+)?(?:chose|selected|picked|settled\s+on|opted\s+(?:to|for)|went\s+with)\s+\w"
    r")",
    re.IGNORECASE,
)
_CONSENT_RE = re.compile(r"(?i)\bunanimous\s+consent\s+(?:for|to|on|that)\b")
# The group's assent to a choice, in a note with no one person as its subject: "Okay with the
# current rota", "Fine with the proposed wording", "Several members could go with option 2"
# (not "Tom is okay with the plan", "Sam would go with blue", "we could go with B": one
# person's view, a possibility).
_ASSENT_RE = re.compile(
    r"(?i)^\W*(?:ok|okay|fine|happy|content)\s+with\s+(?:the\s+)?(?:current|present|existing"
    r"|proposed|suggested|new)\s+\w"
    r"|^\W*(?:(?:multiple|several|most|many)\s+(?:people|members|folks)|all\s+of\s+us|everyone"
    r"|everybody)\b[^.;:]{0,30}?\b(?:could|can|would)\s+(?:all\s+)?(?:go|live)\s+with\b"
)
# Business put off to a later meeting: "Moved to next meeting", "KIV until Feb", "defer until
# next meeting", "roll over to next time", "carried over to the next meeting".
_PUT_OFF_RE = re.compile(
    # a note putting it off until a condition: "Defer until we have met James", "Taking off
    # agenda until there is a question", "Take back to GitHub for now". Put off to a later
    # meeting or time ("Moved to next meeting", "KIV until Feb") is business coming back, a
    # follow-up only.
    r"(?i)^\W*(?:defer|postpone|park|hold\s+off)\w*\s+(?:(?:this|it|that)\s+)?(?:until|till)"
    r"\s+(?!(?:the\s+|a\s+)?(?:next|future|later)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]*\b)\w"
    r"|^\W*tak(?:e|ing)\s+(?:[\w’'-]+\s+){0,3}?(?:off\s+(?:the\s+)?agenda|back\s+to)\b"
    # work stopped for now, with no time to come back: "Project put on hold.", "The refit has
    # been placed on hold", "Refurbishing computers. Officially on hold." (not "Sam put the order
    # on hold": a person's doing)
    r"|^\W*(?:[\w’'-]+\s+){1,5}?(?:(?:was|were|has\s+been|have\s+been|is|are|to\s+be)\s+)?(?:now\s+)?"
    r"(?:put|placed)\s+on\s+hold\b|^\W*(?:officially|formally)\s+(?:put\s+|placed\s+)?on\s+hold\b"
)
# Only the seconding or carrying of the proposal before it: "This was seconded by Cllr Lee and
# agreed unanimously", "Seconded by Sam, all in favour", "Motion carried unanimously".
SECONDED_RE = re.compile(
    r"(?i)^\W*(?:(?:this|it|the\s+(?:motion|proposal))\s+was\s+(?:duly\s+)?seconded\b"
    r"|(?:motion|proposal)\s+seconded\b"
    r"|seconded\s*(?:by\b|:)|(?:the\s+)?motion\s+(?:was\s+)?(?:duly\s+)?(?:carried|passed|agreed)\b"
    r"|(?:carried|agreed|passed)\s+(?:unanimously|by\s+all|nem)|all\s+(?:in\s+favou?r|agreed)\b)"
)
# Procedure, not business: excluding the public, closing, opening or adjourning the meeting,
# its own course ("let's wait for him to join the call").
PROCEDURAL_RE = re.compile(
    r"(?i)\bexclu(?:de|ded|sion\s+of)\s+(?:the\s+)?(?:press\s+and\s+)?public\b"
    r"|\b(?:public\s+and\s+press|press\s+and\s+public|public)\s+(?:be|were|was)\s+excluded\b"
    r"|\b(?:close|closed|closing|suspend|suspended|re-?open|re-?opened|re-?opening|adjourn|adjourned"
    r"|resume|resumed)\s+(?:the\s+)?(?:meeting|standing\s+orders)\b"
    r"|\bmeeting\s+(?:be|was|is)\s+(?:now\s+)?(?:closed|adjourned|suspended|re-?opened)\b"
    r"|\bmotion\s+to\s+(?:adjourn|close\s+the\s+meeting)\b"
    r"|\bfor\s+(?:a\s+)?public\s+(?:participation|questions|session|forum)\b"
    # the meeting able to decide: "A quorum was confirmed.", "The meeting was declared quorate."
    r"|\bquorum\s+(?:was|is|were)\s+(?:\w+\s+)?(?:confirmed|declared|present|established|reached)\b"
    r"|\b(?:confirmed|declared)\s+(?:as\s+|to\s+be\s+)?quorate\b"
    r"|" + MEETING_COURSE_RE.pattern
)
# An outcome whose subject points back to the sentence before it.
ANAPHORIC_RE = re.compile(
    r"^\W*(?:(?:this|these|that|it)(?:\s+[a-z]+)?\s+(?:was|were|is|has\s+been)\s+(?:\w+\s+){0,2}?(?:approved"
    r"|accepted|agreed|noted|carried|adopted|seconded|endorsed|supported|passed|ratified)\b"
    r"(?!\s+(?:that|to|on)\b)|the\s+(?:report|proposal|application|request|item"
    r"|recommendation|motion|quote|update|matter)s?\s+(?:was|were)\s|(?:councillors?[’']?s?\s+"
    r"agreed\s+)?no\s+(?:other\s+|further\s+)?(?:objections?|observations)\b"
    r"|(?:the\s+)?(?:council|board|committee|members|group|all|councillors)\s+agreed\W*$"
    r"|(?:agreed|approved|accepted|carried|passed)(?:\s+unanimously|\s+by\s+all)?\W*$"
    # what the sentence before names is stopped: "Refurbishing laptops. Officially on hold."
    r"|(?:(?:officially|formally|now)\s+)?(?:put\s+|placed\s+)?on\s+hold\W*$)",
    re.IGNORECASE,
)

# Of those, assent alone to what the sentence before put, the same decision: "This was approved
# unanimously.", "(No objections.)", "The committee agreed." (not "The report was noted.", a
# decision of its own).
ASSENT_RE = re.compile(
    r"(?i)^\W*(?:(?:this|these|that|it)\s+(?:was|were|is|has\s+been)\s+(?:\w+\s+){0,2}?(?:approved"
    r"|accepted|agreed|carried|adopted|seconded|endorsed|supported|passed|ratified)\b(?!\s+(?:that"
    r"|to|on)\b)|no\s+(?:other\s+|further\s+)?objections?"
    r"(?:\s+(?:were\s+|was\s+)?(?:raised|made|voiced))?\W*$"
    r"|(?:the\s+)?(?:council|board|committee|members|group|all|councillors)\s+agreed\W*$)"
)

# The meeting deciding in the present tense: "Meeting accepts the report", "The Board approves
# the terms of reference", "Members agree to the changes".
_BODY_ACCEPTS_RE = re.compile(
    r"(?i)^\W*(?:the\s+)?(?:meeting|board|committee|council|group|members|forum|trustees|agm"
    r"|assembly|panel|steering\s+group|plenum|plenary|membership)\s+(?:unanimously\s+|formally\s+"
    r"|hereby\s+)?"
    r"(?:accepts|approves|adopts|endorses|ratifies|agrees\s+(?:to|that|with)"
    r"|(?:receives|notes)\s+and\s+(?:accepts|approves|adopts|endorses))\s+\w"
)
# A US-style motion: "Motion by Smith, second by Jones, to approve the budget", "Motion: to
# adopt the policy", "A motion was made by Lee and seconded by Kay that ...", "Motion to
# approve the minutes by Ann, seconded by Raj".
_MOTION_STATED_RE = re.compile(
    r"(?i)^\W*(?:(?:a\s+|the\s+)?motion\s*(?::\s*(?:\(?[A-Z][\w’'-]*\s*/\s*[A-Z][\w’'-]*\)?,?\s+)?"
    r"|\s+(?:was\s+)?(?:made\s+|moved\s+|put\s+)?"
    r"(?:by|from)\s+[^.;:]{1,60}?,?\s+(?:(?:and\s+)?(?:(?:was\s+)?second(?:ed)?|2nd)\s+(?:by\s+)?"
    r"[^.;:]{1,60}?,?\s+)?|\s+)"
    # "M/S/C (Reyes/Kay) to approve the budget", "MSC Reyes/Kay to ..."
    r"|M\s*/\s*S(?:\s*/\s*C)?\b|MSC\b)[^.;:]{0,40}?(?:to|that)\s+(?!be\b)[a-z]"
)
# A motion that was not carried, or one about the meeting's own course.
# (or with no one to second it: "fell for want of a seconder", "was not seconded")
_LOST = (
    r"failed|fails|fell|falls|defeated|lost|withdrawn|did\s+not\s+(?:pass|carry)|not\s+carried"
    r"|(?:was\s+)?not\s+seconded"
)
_MOTION_LOST_RE = re.compile(
    rf"(?i)\b(?:{_LOST}|adjourn\w*|no\s+second(?:er)?|(?:want|lack)\s+of\s+a\s+second(?:er)?)\b"
)
_MOTION_LOST_AFTER_RE = re.compile(
    rf"(?i)^\W*(?:the\s+|this\s+|it\s+)?(?:(?:motion|proposal|nomination|amendment)\s+)?(?:was\s+)?(?:{_LOST})\b"
    r"|^\W*no\s+second(?:er)?\b"
)
# "The consensus was that ...", "Consensus reached to ...", "All in support of ...", "+1
# from all".
_CONSENSUS_RE = re.compile(
    # "It is consensus among the attendees that ...", "There is consensus to ..."
    r"(?i)\b(?:it|there)\s+(?:is|was)\s+(?:a\s+|the\s+)?(?:general\s+|broad\s+|clear\s+|full\s+)?"
    r"consensus\s+(?:(?:among|amongst|of)\s+(?:the\s+)?\w+\s+)?(?:that|to|on|for)\b"
    # "There was unanimous support for keeping the old logo" (not "There was support for": some)
    r"|\bthere\s+was\s+(?:unanimous|general|full|broad)\s+support\s+(?:for|to)\b"
    r"|\b(?:the\s+)?(?:general\s+|broad\s+|overall\s+|clear\s+|rough\s+|strong\s+)?consensus\s+(?:of\s+"
    r"(?:the\s+)?(?:meeting|group|board|committee|members)\s+)?(?:was|is|reached|emerged)"
    r"(?:\s+(?:that|to|for|on)\b|\s*:)"
    # "We reached consensus on ...", "The members came to a full consensus that ..."
    r"|\b(?:reached|came\s+to|arrived\s+at|we\s+have)\s+(?:a\s+)?(?:full\s+|general\s+|broad\s+"
    r"|unanimous\s+|clear\s+)?consensus\s+(?:that|to|on)\b"
    r"|^\W*(?:all|everyone|all\s+members|(?:show\s+of\s+hands\W+)?unanimous(?:ly)?)\s+(?:were\s+|was\s+"
    r"|is\s+|are\s+)?in\s+(?:support|favou?r)\s+of\s+"
    r"(?!(?:the\s+|this\s+|that\s+)?(?:motion|proposal|amendment|resolution|it|this|that)\b)\w"
    # a note: "Consensus to switch to Matrix", "General agreement to trial a quiet hour",
    # "Unanimous approval for the new banner"
    r"|^(?!\s*#)\W*(?:unanimous|general|full|broad)\s+(?:approval|support)\s+(?:for|of|to)\s+\w"
    # the note of a discussion's end, the thing discussed its object: "Support for this, let's
    # move forward" (not "Support for the bid was mixed")
    r"|^(?!\s*#)\W*support\s+for\s+(?:this|it|that)\s*(?:[,;.!]|$)"
    r"|^(?!\s*#)\W*(?:general\s+|broad\s+|unanimous\s+|full\s+|lazy\s+|rough\s+|clear\s+|strong\s+"
    # (the meeting's consensus, though its last word is to come: "Tentative consensus for
    # acceptance, pending word from the vendor")
    r"|tentative\s+|informal\s+|overall\s+)?(?:consensus|agreement)\s+(?:to|that|on|for)"
    r"\s+\w"
    # the members as one: "Members were unanimous in supporting the new bins", "Councillors
    # were unanimous that the bins be replaced"
    r"|\b(?:members|councillors|trustees|the\s+(?:council|committee|board|meeting))\s+(?:were|was)\s+"
    r"unanimous\s+(?:that|in\s+(?:their\s+)?(?:support|favou?r|supporting|agreeing|approving"
    r"|backing|agreement))\b"
    # the clause agreed with no "that": "General agreement this was the way to book the hall"
    r"|^(?!\s*#)\W*(?:general|broad|unanimous|full)\s+(?:consensus|agreement)\s+(?:this|it|we|the)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:was|is|were|are|should|would|will)\b"
    # everyone's assent in a chat's signs: "+1 from all to drop Python 3.8", "Proposal: weekly
    # triage (+1 from everyone)", "LGTM from all on the RFC"
    r"|(?:\+1|👍|lgtm)\s+(?:from|by)\s+(?:all|everyone|everybody|all\s+present|the\s+(?:group|room"
    r"|team))\b"
    # "+1s all round to merge"
    r"|(?:\+1|👍)s?\s+all\s+(?:a)?round\b"
    # no one against: "No one objected to option B", "Nobody disagreed"
    r"|^\W*(?:no(?:\s+|-)?one|nobody|none)\s+(?:objected|disagreed|dissented|was\s+against)\b"
)
# "X to be renamed Y", "The user meeting to be held between January and April": a thing
# settled in the passive, with no verb of deciding (not the date of the next meeting).
_SETTLED_RE = re.compile(
    r"\bto\s+be\s+(?:renamed|re-named|retitled|known\s+as)\b"
    r"|\bto\s+be\s+(?:appointed|co-opted|elected)\s+(?:[\w’'-]+\s+){0,4}?as\b"
    r"|\b(?!next\b|the\b|a\b)[a-z][\w-]*\s+(?i:meeting|conference|workshop|event|summit|fair"
    r"|festival|day|AGM)\s+(?:is\s+)?to\s+be\s+held\s+(?:between|during|in\s+(?:the\s+)?"
    r"(?:spring|summer|autumn|fall|winter|new\s+year|[A-Z][a-z]+))\b"
)


# "agreed" with no subject: after a run-in heading or speaker ("Bank mandate: Agreed to ...",
# "Trello - agreed to ...", "Village sign – unanimously agreed we will not ...", "All: Agree a
# demo would be good"), after a clause ("..., agreed that the first issue ..."), opening a
# note with the clause it settles ("Agreed a hedge cutting service should be obtained"), or
# "Agreement on".
_ADVERB = r"(?:(?i:unanimously|all|generally|also)\s+)?"
# A paragraph's own number before a note with no subject: "6.1 Agreed we should ...", "3.2.1
# Agreed to ...".
PARAGRAPH_NUMBER = r"(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+)?"
# The clause agreed, with no "that": "we will ...", "a demo would be good", "a new padlock
# should be bought" (not "the Clerk would write": a task).
_AGREED_CLAUSE = (
    r"\s+(?:we|(?i:a|an|the|this|these|our)\s+(?:[\w’'-]+\s+){0,5}?(?:(?:should|would|will|must)\s+be"
    r"|is|are|to\s+be))\b"
)
# "agreed" (or a run-in speaker's "Agree that ...", not "Agree to adopt ...": a task).
_AGREED = (
    _ADVERB
    + r"(?:(?i:agreed|decided|resolved)(?:\s+(?:that|to|it|on|unanimously)\b|"
    + _AGREED_CLAUSE
    + r")|(?i:agree)(?:\s+that\b|"
    + _AGREED_CLAUSE
    + r"))"
)
_AGREED_IN_PASSING_RE = re.compile(
    r"^[^.;:,]{2,80}?(?::|\s[–—-])\s+(?:it\s+was\s+)?"
    + _AGREED
    + r"|,\s+(?:and\s+)?(?:it\s+was\s+)?(?i:agreed|decided)\s+(?:that|it|we)\b"
    # everyone's assent closing a discussion: "..., all agreed the courtyard was the best
    # place", "Sam suggested a rota and all agreed that it should start in May", "after
    # discussion everyone agreed to keep them" (not "not all agreed")
    r"|(?:,\s*|\s(?:and|so)\s+|\b(?:after|following)\s+(?:some\s+|much\s+|further\s+|a\s+|"
    r"brief\s+)*(?:discussion|debate)\s*,?\s+)(?:all|everyone|everybody)(?:\s+present)?\s+agreed"
    r"(?:\s+(?:that|to|on)\b|\s+(?:the|this|that|it|a|an|we|they)\b[^.;]{0,60}?\b(?:was|were|is"
    r"|are|should|would|will|must|could)\b)"
    r"|^(?!\s*#)\W*Agreement\s+(?:on|to|that)\s+\w"
    r"|^\W*" + PARAGRAPH_NUMBER + _ADVERB + r"(?i:agreed|decided)" + _AGREED_CLAUSE
)
# A vote's count: "10Y:0N:1A", "12Y:0:0", "For: 7, Against: 2", "7 for, 2 against".
TALLY_RE = re.compile(
    r"\b\d+\s*Y\s*:\s*\d+\s*N?\s*:\s*\d+\s*A?\b"
    r"|(?i:\b(?:for|yes|in\s+favou?r)\s*[:=–-]?\s*\d+\s*[,;/]?\s*(?:against|no)\s*[:=–-]?\s*\d+\b)"
    r"|(?i:\b\d+\s+(?:for|yes|in\s+favou?r)\s*[,;/]\s*\d+\s+(?:against|no)\b)"
)


# A vote's count after its outcome: "5-0", "(7/0/1)", "4-2-1".
COUNT = r"\(?\d+\s*[-–:/]\s*\d+(?:\s*[-–:/]\s*\d+)?\)?"
# Carried with no one against: "without dissent", "without any objection".
WITHOUT_DISSENT = r"without\s+(?:any\s+)?(?:dissent|objections?|opposition)"
# How it was voted: "by voice vote", "by a unanimous show of hands", "by roll-call vote".
BY_VOTE = (
    r"by\s+(?:a\s+)?(?:unanimous\s+)?(?:(?:voice|hand|roll[\s-]call|secret|email|online)\s+"
    r"(?:vote|ballot)|show\s+of\s+hands)"
)
# Minutes carried and signed, after the outcome: "and signed", "and signed by the Chair".
SIGNED = r"\s+and\s+signed(?:\s+by\s+the\s+(?:chair(?:man|person)?|mayor|president))?"
# How it was carried, after the outcome: "unanimously", "by all", "_nem. con._", "5-0" (in
# markdown emphasis or not).
_HOW = rf"[_*]{{0,2}}(?:unanimously|by\s+all|nem\.?\s*con\.?|{COUNT})[_*]{{0,2}}"
# An outcome closing a proposal: "Proposal: buy a new mower. Passed.", "Barbecues every two
# weeks: passed", "Vote: 7 yes, 0 no – accepted", "Carried 5-2.", "approved by a vote of 4-0",
# "agreed by consensus", "is approved with 6 votes in favour".
_CLOSING_OUTCOME_RE = re.compile(
    # (who assented before it: "Flyers for the fete - ALL AGREED")
    r"(?i)(?:^(?:<[^>]*>|[^\w<])*|[:–—(→]\s*|\s-\s*|[-=]>\s*)(?:motion\s+|proposal\s+"
    r"|(?:all|everyone|everybody)\s+)?(?:passed|carried|passes|carries|accepted|approved|agreed|adopted)"
    rf"(?:\s+{_HOW})?"
    # "Agree the aims - Agreed and constitution updated"
    r"(?:\s+and\s+[^.;:<]{1,40}?)?(?:<[^>]*>|[^\w<])*$"
    # "The vote was 5-1 in favour", "Keep the weekly call: consensus.", "+1 from all"
    rf"|\bthe\s+vote\s+was\s+(?:{COUNT}|unanimous)"
    r"|[:–—(]\s*(?:consensus|agreed\s+by\s+all|no\s+objections?)\W*$"
    r"|(?:^|\s)(?:\+1|👍)\s+(?:from\s+)?(?:all|everyone|everybody)\b"
    r"|(?<!\bbe\s)\b(?:approved|passed|carried|agreed|adopted|accepted)\s+(?:unanimously\s+)?"
    r"(?:(?:by|with)\s+(?:a\s+)?(?:(?:lazy|general|broad|full)\s+)?(?:vote|majority|show\s+of\s+hands"
    r"|consensus|acclamation|\d+\s+votes?)\b"
    rf"|{COUNT}(?!\s*[-–:/]))"
    # the outcome, then a qualification: "Unanimously approved, with discussion of this as a
    # temporary position", "Agreed (subject to funding)"
    r"|^\W*(?:unanimously\s+)?(?:approved|agreed|carried|passed|accepted|adopted)(?:\s+unanimously)?"
    r"\s*[,;(–—]\s*\w"
    # the meeting passing what was put to it: "The Council passed the motion", "SAC passed this
    # appeal"
    r"|\b(?:passed|carried)\s+(?:the|this|that)\s+(?:motion|proposal|resolution|appeal|amendment)\b"
    # the outcome after who moved and seconded it: "Moved Ann, 2nd Raj, Approved."
    rf"|,\s*(?:passed|carried|approved|accepted|adopted)(?:\s+{_HOW})?[^\w<]*$"
    # the outcome as a label: "Proposal accepted: weekly triage rota", "Motion carried - fees"
    r"|^\W*(?:proposal|motion|rfc|recommendation)s?\s+(?:passed|carried|accepted|approved|agreed"
    r"|adopted)\s*[:–—-]\s*\w"
)


# The form in which minutes or a paper were approved: "as circulated", "without changes",
# "with minor corrections".
_AS_FORMED = (
    r"(?:as\s+(?:circulated|presented|written|read|amended|distributed|tabled|drafted"
    r"|(?:a\s+)?(?:true|correct|accurate|fair)(?:\s+and\s+accurate)?(?:\s+record)?)"
    r"|without\s+(?:any\s+)?(?:changes?|amendments?|corrections?|alterations?|comments?)"
    r"|with\s+(?:(?:minor|some|small|slight|two|three|one|a\s+few|the\s+following)\s+){0,2}"
    r"(?:changes?|amendments?|corrections?|alterations?|edits?))"
)
# An outcome alone ("Carried.", "Motion carried 4-0.", "=> Accepted.", "-> approved (7/0/1)",
# "Resolution: Vote passed"): what it decides is the sentence or line before it.
SOLE_OUTCOME_RE = re.compile(
    r"(?i)^(?:<[^>]*>|[^\w<])*(?:(?:resolution|result|outcome|decision|status)\s*:\s*)?"
    r"(?:(?:the\s+)?(?:motion|proposal|vote)\s+(?:was\s+)?"
    # "Both passed", "All were approved": the proposals put before it
    r"|(?:both|all)\s+(?=(?:were\s+)?(?:passed|carried|approved)))?(?:were\s+)?"
    r"(?:unanimously\s+)?(?:agreed|approved|accepted|carried|carries|passed|passes"
    # all assenting: "All in agreement.", "All present in favour", "Everyone agreed."
    # (or a chat's sign for it: "Everyone +1.", "All 👍")
    r"|(?:all|everyone|everybody)(?:\s+(?:present|members))?\s+(?:agreed|in\s+(?:favou?r|agreement)"
    r"|\+1|👍))"
    rf"(?:{SIGNED})?"
    # "Passed without dissent", "Both passed by voice vote without objections"
    rf"(?:\s+(?:unanimously|by\s+all|nem\.?\s*con\.?|{COUNT}|{WITHOUT_DISSENT}|{BY_VOTE}))?"
    rf"(?:\s+{WITHOUT_DISSENT})?"
    # in what form: "Approved as circulated.", "Accepted without changes.", "Approved with
    # minor corrections."
    rf"(?:,?\s+{_AS_FORMED})?"
    # "Accepted by Sandra": by the one who moved it; "Motion approved – DW and ME": by those who
    # moved and seconded it
    r"(?:\s+by\s+(?-i:(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    r"|\s*[–—-]\s*(?-i:[A-Z]{2,4}(?:\s*(?:,|/|&|and)\s*[A-Z]{2,4}){1,2}))?"
    r"(?:<[^>]*>|[^\w<])*$"
)


def closing_outcome(st: str) -> re.Match[str] | None:
    """An outcome word closing what was proposed ("Proposal: buy a new mower. Passed.",
    "Barbecues every two weeks: passed", "two candidates approved by a vote of 4-0", "Motion
    carries.", "Approved unanimously.", "Proposal accepted: weekly triage")."""
    return SOLE_OUTCOME_RE.match(st) or _CLOSING_OUTCOME_RE.search(st)


def tallied(st: str) -> re.Match[str] | None:
    """A vote's count, closing what was voted on ("Make the wordset mandatory 12Y:0:0")."""
    return TALLY_RE.search(st)


def agreed_in_passing(st: str) -> re.Match[str] | None:
    """A decision stated with no subject, after a topic's heading or a clause ("Trello -
    agreed to keep using it", "..., agreed that the first issue would link to the form")."""
    return _AGREED_IN_PASSING_RE.search(st)


def body_accepts(st: str) -> re.Match[str] | None:
    """The meeting deciding in the present tense ("Meeting accepts the report")."""
    return _BODY_ACCEPTS_RE.match(st)


def motion_stated(st: str) -> re.Match[str] | None:
    """A US-style motion and what it moves ("Motion by Smith, second by Jones, to approve
    the budget", "Motion: to adopt the policy"); not one lost, withdrawn or to adjourn."""
    if st.lstrip().startswith("#"):
        return None  # "### Motion to adopt the voting system": a heading
    m = _MOTION_STATED_RE.match(st)
    return None if m is None or _MOTION_LOST_RE.search(st) else m


def motion_lost(st: str) -> bool:
    """Whether a sentence says the motion before it was not carried ("Motion failed 2-3",
    "The motion was withdrawn")."""
    return bool(_MOTION_LOST_AFTER_RE.match(st))


def consensus(st: str) -> re.Match[str] | None:
    """A consensus stated ("The consensus was that ...", "All in support of closing ...",
    "+1 from all to drop the old API")."""
    return _CONSENSUS_RE.search(st)


def settled_to_be(st: str) -> re.Match[str] | None:
    """A thing settled in the passive ("The newsletter to be renamed Riverside News", "Next
    user meeting to be held between January and April"); not one ranked among others ("the
    first remote meeting to be held in the Council's history")."""
    m = _SETTLED_RE.search(st)
    if m is not None and _RANKED_RE.search(st, max(0, m.start() - 30), m.start()):
        return None
    return m


_RANKED_RE = re.compile(r"(?i)\b(?:first|last|only|second|third|largest|biggest)\s+(?:[\w-]+\s+)?$")


def no_objection(st: str) -> re.Match[str] | None:
    """A response with no verb of deciding ("No objections raised", "No observations", "there
    were no concerns raised about this arrangement")."""
    return _NO_OBJECTION_RE.search(st) or (_NO_CONCERNS_RE.search(st) if "concerns" in st else None)


# Assent to what was just put: "There were no concerns raised about this arrangement", "no
# concerns were expressed over the new rota" (not "No concerns to report": news of a place).
_NO_CONCERNS_RE = re.compile(
    r"(?i)\bno\s+(?:other\s+|further\s+)?concerns\s+(?:were\s+)?(?:raised|expressed|voiced)\s+"
    r"(?:about|regarding|over|with|on)\s+(?:this|that|these|the|his|her|their)\b"
)


def passive_outcome(st: str) -> re.Match[str] | None:
    """A paper or proposal recorded as accepted or signed ("The accounts were presented and
    accepted for payment"); not apologies or thanks accepted."""
    if " and " not in st and "accepted" not in st:
        return None
    m = _PASSIVE_OUTCOME_RE.search(st)
    if m is None or _NOT_OUTCOME_RE.search(st) or _PERFECT_BEFORE_RE.search(st, 0, m.start()):
        return None
    return m


def elected(st: str) -> re.Match[str] | None:
    """An election's result without "was" ("Jo Bloggs elected unopposed", "are elected")."""
    return _ELECTED.search(st)


def informal_decision(st: str) -> re.Match[str] | None:
    """The group deciding in its own voice ("Let's archive it", "We shall start stocking"), or
    assenting to a choice ("Okay with the current rota", "Several members could go with
    option 2")."""
    if st.rstrip().endswith("?"):
        return None
    return (
        _INFORMAL_RE.match(st)
        or (_CONSENT_RE.search(st) if "consent" in st else None)
        or _ASSENT_RE.match(st)
    )


def put_off(st: str) -> re.Match[str] | None:
    """Business parked until a condition or taken elsewhere ("Defer until we have met James",
    "Take back to GitHub for now") or put on hold ("Project put on hold."); not put off to a
    later meeting or month, a follow-up."""
    return _PUT_OFF_RE.search(st)


# A motions table's header: a motion column and a status (or result) column.
_MOTION_HEAD_RE = re.compile(r"(?i)^\W*(?:motions?(?:\s+text)?|proposal|resolution)\W*$")
_STATUS_HEAD_RE = re.compile(r"(?i)^\W*(?:status|result|outcome|decision|vote)\W*$")
_CARRIED_RE = re.compile(
    r"(?i)^\W*(?:carried|passed|approved|agreed|adopted|accepted|ratified)\b"
    r"(?!\s+(?:not|in\s+part))"
)


def _kept_rows(
    ctx: Context, pick: Callable[[list[str]], tuple[int, re.Pattern[str], bool] | None]
) -> list[tuple[int, int]]:
    """Each body row of each table whose header `pick` accepts, in any syntax
    :mod:`..table_rows` reads with pipes ("| a |", "|| a ||", "^ a ^") or as a block
    (MediaWiki's "{| ... |}"): `pick(heads)` gives (column, pattern, keep_on_match), and a row
    is kept when its cell in that column matches the pattern (or, with keep_on_match False,
    does not); rule rows ("|---|") never."""
    text = ctx.text
    out: list[tuple[int, int]] = []
    rows_to = -1
    for i in sorted({*lines_with(ctx, "|"), *lines_with(ctx, "^")}):
        ln = ctx.lines[i]
        c = text[ln.cstart : ln.cend]
        split = split_cells(c) if i > rows_to else None
        if split is None or split[1] not in _PIPE_SEPS:
            continue
        picked = pick(split[0])
        if picked is None:
            continue
        column, pattern, keep_on_match = picked
        j = i + 1
        while j < len(ctx.lines):
            row = ctx.lines[j]
            rc = text[row.cstart : row.cend]
            if RULE_ROW_RE.fullmatch(rc):
                j += 1
                continue
            cells = row_cells(rc, split[1], c)
            if cells is None:
                break
            if len(cells) > column and bool(pattern.match(cells[column])) == keep_on_match:
                out.append((row.cstart, line_end(ctx, row)))
            j += 1
        rows_to = j
    for rows in block_tables(text):
        picked = pick(rows[0].cells) if rows else None
        if picked is not None:
            column, pattern, keep_on_match = picked
            out.extend(
                (r.start, r.end)
                for r in rows[1:]
                if len(r.cells) > column and bool(pattern.match(r.cells[column])) == keep_on_match
            )
    return sorted(out)


_PIPE_SEPS = ("|", "||", "^")


def motion_rows(ctx: Context) -> list[tuple[int, int]]:
    """Each row of a motions table ("| Motion Text | Moved by | Seconded by | Status |") whose
    status says it was carried; not the header, nor a row lost or withdrawn."""

    def pick(heads: list[str]) -> tuple[int, re.Pattern[str], bool] | None:
        motion = next((k for k, h in enumerate(heads) if _MOTION_HEAD_RE.match(h)), None)
        status = next((k for k, h in enumerate(heads) if _STATUS_HEAD_RE.match(h)), None)
        return None if motion is None or status is None else (status, _CARRIED_RE, True)

    return _kept_rows(ctx, pick)


# A table's column of what was decided: "| Item | Decision |", "| Topic | Outcome | Owner |".
_DECISION_HEAD_RE = re.compile(
    r"(?i)^\W*(?:decisions?(?:\s+(?:made|taken|reached))?|resolutions?|resolved|outcomes?"
    r"|agreed|agreements?|decided)\W*$"
)
# A cell that records no decision: "-", "None", "n/a", "TBC", "No decision", "Deferred".
_NO_DECISION_CELL_RE = re.compile(
    r"(?i)^\W*(?:none|nil|n/?a|tb[cda]|no\s+decisions?(?:\s+\w+)?|not\s+yet|pending|ongoing"
    r"|discussed|noted|for\s+information(?:\s+only)?)?\W*$"
)


# An action log's columns: "| Action | Owner | Status | Outcome |" reports on actions.
_LOG_HEAD_RE = re.compile(r"(?i)^\W*(?:actions?|status|progress|update|done|complete[d]?)\W*$")


def decision_rows(ctx: Context) -> list[tuple[int, int]]:
    """Each row of a table with a column of decisions ("| Item | Decision |", "| Topic |
    Outcome | Owner |") whose cell there records one; not the header, nor "-", "None",
    "TBC". A motions table is :func:`motion_rows`'s."""

    def pick(heads: list[str]) -> tuple[int, re.Pattern[str], bool] | None:
        column = next((k for k, h in enumerate(heads) if _DECISION_HEAD_RE.match(h)), None)
        if column is None or any(_MOTION_HEAD_RE.match(h) or _LOG_HEAD_RE.match(h) for h in heads):
            return None  # a motions table, or an action log's "Outcome" of each action
        return column, _NO_DECISION_CELL_RE, False

    return _kept_rows(ctx, pick)


# An item of elections: "Election of Officers", "Elections", "Appointment of officers".
_ELECTIONS_ITEM_RE = re.compile(r"(?i)\b(?:elections?|appointments?\s+of\s+officers|officers?)\b")
# "Chair: Priya Shah", "Treasurer – Lee Wong": an office and the name elected to it.
_OFFICE_LINE_RE = re.compile(
    r"\W*(?:(?:Vice|Deputy|Assistant)[\s-])?(?:President|Chair(?:man|woman|person)?|Treasurer"
    r"|Secretary|Clerk|Vice[\s-]?(?:President|Chair)|Convenor|Convener|Leader)\W*\s*[:–—-]\s*"
    r"(?:(?:Cllr|Mr|Mrs|Ms|Dr|Councillor)\.?\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}\W*$"
)


def officers_elected(ctx: Context) -> list[tuple[int, int]]:
    """Under an item of elections, or a heading line of its own ("Election of Officers",
    "Officers elected for 2026:"), each line naming an office and its holder ("President:
    Ann Lee", "Treasurer – Bob Rai")."""
    text = ctx.text
    out: list[tuple[int, int]] = []
    for item in ctx.items:
        if not _ELECTIONS_ITEM_RE.search(item.title):
            continue
        for ln in ctx.lines[line_of(ctx, item.start) + 1 : line_of(ctx, item.end) + 1]:
            if not ln.blank and _OFFICE_LINE_RE.match(text, ln.cstart, ln.cend):
                out.append((ln.cstart, ln.cend))
    taken = {start for start, _ in out}
    lines = ctx.lines
    for k in lines_holding(ctx, ("election", "offic")):  # (in every elections heading)
        c = text[lines[k].cstart : lines[k].cend]
        if lines[k].blank or len(c.split()) > 6 or not _ELECTIONS_HEAD_RE.match(c):
            continue
        # the office lines right under the heading (past blank lines)
        for ln in lines_after(lines, k):
            if ln.blank:
                continue
            if not _OFFICE_LINE_RE.match(text, ln.cstart, ln.cend):
                break
            if ln.cstart not in taken:
                out.append((ln.cstart, ln.cend))
    return sorted(out)


# A heading line of elections: "Election of Officers", "Officers elected for 2026:",
# "Officers for the coming year", "Elections".
_ELECTIONS_HEAD_RE = re.compile(
    r"(?i)^\W*(?:\d+[.)]?\s+)?(?:(?:annual\s+)?elections?(?:\s+of\s+(?:the\s+)?(?:officers|officials"
    r"|office[\s-]bearers|committee|board|trustees))?|(?:officers|office[\s-]bearers|officials)"
    r"(?:\s+(?:elected|appointed))?(?:\s+for\s+[\w\s/-]{1,20})?)\W*$"
)


# A sum fixed for a year or from a date, opening the sentence: "The precept will be £11,000
# for 2026/27", "Precept: £11,000 for 2026/27", "The precept for 2026/27 is set at £11,000",
# "Allotment rents to be £30 a plot from October" (not what it was, may be or would be, nor
# another body's: "The County Council's precept will be ...").
_YEAR = (
    r"(?:the\s+year\s+)?(?:(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|next\s+year"
    r"|the\s+(?:coming|next)\s+(?:financial\s+)?year)"
)
_SUM_FIXED_RE = re.compile(
    r"(?i)^\W*(?:the\s+)?(?:(?:council|parish|town)[’']?s?\s+)?(?:annual\s+|new\s+)?"
    r"(?:precept|budget|(?:[a-z]+\s+)?(?:rents?|fees?|charges?|hire\s+rates?)|clerk[’']?s\s+salary"
    r"|subscriptions?|grant)"
    rf"(?:\s+(?:for|in)\s+{_YEAR})?\s*"
    r"(?:(?:will\s+be|is\s+to\s+be|shall\s+be|(?:is|are)\s+set\s+at|to\s+be(?:\s+set\s+at)?"
    # raised or kept: "Hire charges to rise to £15 an hour", "Rents will stay at £30"
    r"|(?:will|to|shall|are\s+to|is\s+to)\s+(?:(?:rise|increase|go\s+up|fall|decrease|be\s+(?:raised"
    r"|increased|reduced|cut))\s+to|(?:remain|stay)\s+at))"
    r"\s*[£$€]\s?\d"
    # kept as they are: "Hall charges to remain unchanged for next year"
    r"|(?:will|to|shall|are\s+to|is\s+to)\s+(?:remain|stay)\s+(?:unchanged|the\s+same|as\s+they\s+are)\b"
    # a label and the sum for a year: "Precept: £11,000 for 2026/27" (not "Budget - £2,000
    # spent", nor a line of receipts: "Precept: £5,500")
    rf"|(?::|\s[–—-])\s*[£$€]\s?\d[\d,.]*\s+(?:for|in)\s+{_YEAR}\W*$)"
)


def sum_fixed(st: str) -> re.Match[str] | None:
    """A sum fixed for a year or from a date ("The precept will be £11,000 for 2026/27",
    "Precept: £11,000"); not one under a condition ("... if the grant is refused")."""
    m = _SUM_FIXED_RE.match(st)
    if m is None or CONDITION_RE.search(st, m.end()):
        return None
    return m


# An item taken off the agenda: "will be removed from future agendas", "To be taken off the
# agenda", "Hall floor: remove from agenda", "The item was dropped from the agenda".
_OFF_THE_AGENDA_RE = re.compile(
    r"(?i)(?:\b(?:(?:will|would|shall|to|should)\s+be|was|were|is|are|be)\s+(?:now\s+)?"
    r"|^\W*(?:[\w’' ]{1,40}[:–—-]\s*)?(?=(?:remove|take|drop)\b))"
    r"(?:removed|taken\s+off|dropped|deleted|struck\s+off|remove|take\s+(?:it\s+|this\s+)?off"
    r"|drop)\s+(?:it\s+|this\s+)?(?:from\s+|off\s+)?(?:the\s+|all\s+)?(?:future\s+|further\s+"
    r"|subsequent\s+)?agendas?\b"
)
# A request or a condition, not the outcome: "asked for it to be removed from the agenda".
_NOT_YET_RE = re.compile(r"(?i)\b(?:asked|requested|suggested|proposed|if|whether|unless|until)\b")


def off_the_agenda(st: str) -> re.Match[str] | None:
    """An item taken off the agenda ("No further comment required and will be removed from
    future agendas", "To be taken off the agenda"); not one asked for ("asked for it to be
    removed from the agenda") or put as a condition."""
    m = _OFF_THE_AGENDA_RE.search(st)
    if m is None or _NOT_YET_RE.search(st, 0, m.start()):
        return None
    return m


def for_now(st: str) -> re.Match[str] | None:
    """A choice made to stand for the present, its clause closing on "for now" or "for the time
    being": in the imperative after an optional speaker ("Nicolas: Require a path for now.",
    "Keep the old logo for now"), or what the group or the thing should or will do ("We should
    stay where we are for now", "Raising funds should remain optional for now"). Not business
    put off ("Park it for now": a follow-up), a suggestion ("John suggests we meet in person
    for now"), nor a state ("The host is for now Dave", "Results are on the wiki for now")."""
    m = _FOR_NOW_RE.search(st)
    if m is None or _FOR_NOW_NOT_RE.search(st, 0, m.end()):
        return None
    clause = st[: m.start()]
    head = _FOR_NOW_SPEAKER_RE.match(clause)
    body = clause[head.end() if head else 0 :]
    first = body.split(maxsplit=1)[0].lower() if body.split() else ""
    if is_base_verb(first):
        return m
    return m if _FOR_NOW_MODAL_RE.search(body) else None


_FOR_NOW_RE = re.compile(r"(?i)\bfor\s+(?:now|the\s+time\s+being)\s*[.!)]*\s*$")
# Put off or paused (a follow-up), suggested or asked.
_FOR_NOW_NOT_RE = re.compile(
    r"(?i)\b(?:park|parked|parking|punt|table|tabled|defer|deferred|postpon\w*|hold|held|on\s+hold"
    r"|leave|left|wait|waiting|pause|paused|skip|skipped|suggest\w*|propos\w*|ask\w*)\b|\?"
)
_FOR_NOW_SPEAKER_RE = re.compile(
    r"^\W*(?:[A-Z][\w.’'-]*(?:\s*(?:,|and|&|/)\s*[A-Z][\w.’'-]*)*\s*:\s*)?"
)
# What the group or the thing will or should do: "We should stay", "Raising funds should remain".
_FOR_NOW_MODAL_RE = re.compile(
    r"(?i)^(?:[\w’'-]+\s+){1,6}?"
    r"(?:should|will|shall|must|would|can)\s+(?:(?:just|still|continue\s+to)\s+)?"
    r"(?:stay|remain|keep|stick|use|go|continue|be|leave)\b"
    r"|^let[’']?s\s"
)


# A practice changed from this meeting on: "From now on, minutes will be circulated within a
# week", "Going forward we will use the shared drive", "Any declaration of interests will be
# recorded at the start of each meeting", "Public questions will be at the start of future
# meetings", "this will happen from the next meeting onwards".
_FROM_NOW_ON_RE = re.compile(
    r"(?i)\b(?:from\s+now\s+on|going\s+forward|henceforth|in\s+future"
    r"|from\s+(?:the\s+)?(?:next|this|today[’']?s)\s+(?:[\w-]+\s+)?(?:meeting|month|year|term|season)"
    r"\s+on(?:wards)?)\b"
    r"|\b(?:at|before|after|during)\s+(?:the\s+(?:start|end|beginning|close)\s+of\s+)?(?:each|every"
    r"|all|future)\s+(?:[\w-]+\s+){0,2}?meetings?\b"
)
_FROM_NOW_ON_MODAL_RE = re.compile(r"(?i)\b(?:will|shall|are\s+to|is\s+to|to\s+be)\s")
# A report, a hedge or a proposal, not the meeting's choice: "The area has been cleared and
# will be maintained in future", "it might be better in future", "suggested that in future";
# nor business to be taken up at meetings to come, a follow-up: "The insurance is to be
# considered at future meetings", "to be discussed again in future".
_FROM_NOW_ON_NOT_RE = re.compile(
    r"(?i)\b(?:has|have|had)\s+been\b|\b(?:might|may|could|perhaps|possibly|hopefully|expected"
    r"|suggest\w*|propos\w*|ask\w*|whether|if|would\s+like|hope\w*|should)\b|\?"
    r"|\b(?:consider(?:ed|ing)?|discuss(?:ed|ing)?|look(?:ed|ing)?\s+(?:at|into)|review(?:ed|ing)?"
    r"|revisit(?:ed|ing)?|rais(?:e|ed|ing)|address(?:ed|ing)?|debat(?:e|ed|ing)|decid(?:e|ed|ing)"
    r"|(?:take|taken|taking)\s+up|(?:bring|brought)\s+(?:up|back)|return(?:ed|ing)?\s+to"
    r"|come\s+back|explor(?:e|ed|ing)|examin(?:e|ed|ing)|report(?:ed|ing)?\s+back)\b"
)


def from_now_on(st: str) -> re.Match[str] | None:
    """A practice the meeting changes from now on (see :data:`_FROM_NOW_ON_RE`): the time
    marker and a "will", "shall" or "to be" before it, with no report, hedge or proposal."""
    m = _FROM_NOW_ON_RE.search(st)
    if m is None or not _FROM_NOW_ON_MODAL_RE.search(st) or _FROM_NOW_ON_NOT_RE.search(st):
        return None
    return m
