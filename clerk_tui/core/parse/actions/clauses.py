"""Where a prose rule's clause starts and ends: markup around names blanked out, a sentence
broken at a second agent's commitment ("Rob to draft the letter, Heather to send it"), and
whether an agent opens its clause (rather than being the object of a verb before it)."""

from __future__ import annotations

import re

from ..items import VERBISH_RE
from ..people.words import is_name_word
from .common import committed_task
from .grammar import LEAD_RE, RESOLUTION_THAT_RE, names_for_purpose
from .lexicon import COMMITTING_MODAL, is_word, verb_base
from .notes import participle_note
from .owners import (
    PLAIN_ROLES,
    PREPOSITIONS,
    body_like,
    discourse_word,
    given_name,
    role_like,
)

# A name in bold: capitalised words ("**Sam**", "**Bill Jones**", "**JC**").
_NAME_WORDS = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"


def unmarked(st: str) -> str:
    """The sentence as read, the markup around names blanked out (so that offsets hold):
    reStructuredText link references ("`Molly`_ will take the lead"), Markdown links
    ("[Sam](https://...) will ...", "[Sam][sam-h] will ..."), bold and italics ("**Sam** will
    ...", "_Sam_ to book", "*Sam* will", a speaker's "**Sam:** I'll ...");
    and HTML tags left in minutes pasted from a page's source ("<li>Sam offered to contact
    the printers.</li>")."""
    if "<" in st:
        st = _HTML_TAG_RE.sub(lambda m: " " * len(m.group(0)), st)
    if "`" not in st and "](" not in st and "][" not in st and "*" not in st and "_" not in st:
        return st
    for rx in _MARKUP_RES:
        st = rx.sub(_blank_markup, st)
    return st


_HTML_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s[^<>\n]{0,300})?/?>")


def _blank_markup(m: re.Match[str]) -> str:
    """The match with all but its words turned to spaces."""
    a, b = m.start("words") - m.start(), m.end("words") - m.start()
    whole = m.group(0)
    return " " * a + whole[a:b] + " " * (len(whole) - b)


_MARKUP_RES = (
    re.compile(r"`(?P<words>[^`<>\n]{1,60}?)(?:\s*<[^<>\n]*>)?`__?"),
    re.compile(r"\[(?P<words>[^\[\]\n]{1,60})\]\([^()\s]*\)"),
    re.compile(r"\[(?P<words>[^\[\]\n]{1,60})\]\[[^\[\]\n]{0,60}\]"),  # "[Sam][sam-h] will"
    re.compile(rf"(?<!\*)\*\*(?P<words>{_NAME_WORDS})\*\*(?!\*)"),
    re.compile(rf"(?<!\w)__(?P<words>{_NAME_WORDS})__(?!\w)"),
    re.compile(rf"(?<![*\w])\*(?P<words>{_NAME_WORDS})\*(?![*\w])"),  # "*Sam* will"
    re.compile(rf"(?<![_\w])_(?P<words>{_NAME_WORDS})_(?![_\w])"),  # "_Sam_ to book"
    re.compile(r"^\s*(?:\*\*|__)(?P<words>[^*_]{3,400})(?:\*\*|__)\s*$"),  # a sentence in bold
    # a speaker's label, its colon inside the marks: "**Tom:** I'll ...", "_jdoe:_ I'll ..."
    re.compile(r"(?<![*\w])(?P<m>\*\*|__|\*|_)(?P<words>@?[A-Za-z][\w’'. -]{0,30}?:)(?P=m)(?=\s)"),
)


# Where one sentence holds several commitments, each its own clause: before an inline
# enumerator ("... we can use.2) AO to check ..., 3) AO and RO still to make ...") and
# before a comma's "<initials or name> (also|still) to <verb>" ("SV to appeal on Facebook,
# RO also to ask David"); at an asterisk marking a task in a run-on paragraph ("... not
# signposted. *Clerk to report both to highways"), and at a lettered sub-item running on
# ("... on noticeboards d. Email regarding ...").
# Each break as its own regex, opening with the one character it needs (the engine then
# skips to it), tried only when the sentence holds that character (words with no space
# after them: a sentence of hard-wrapped text runs on after "and" at a line's end).
# A second agent and its cue ("to" or any committing modal): "..., Heather to send it", "... and
# the Clerk would make notes", "..., and Tom should return the keys".
_TITLE = r"(?:the\s+|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)"
# (a surname may be its initial: "Kathy T"; a plain office in small letters after "the":
# "... and the clerk would monitor the effect")
_ONE_AGENT = (
    rf"(?:[A-Z]{{2,4}}|{_TITLE}?[A-Z][a-z]+(?:\s+[A-Z][a-z]+|\s+[A-Z]\.?(?=\s))?"
    rf"|the\s+(?:{'|'.join(sorted(PLAIN_ROLES))}))"
)
_NEXT_AGENTS = rf"{_ONE_AGENT}(?:\s*(?:and|&|/)\s*{_ONE_AGENT})?\s+(?:also\s+|still\s+)?"
_NEXT_AGENT = rf"{_NEXT_AGENTS}(?:to|{COMMITTING_MODAL}|(?:agreed|offered|undertook)\s+to)\s+[a-z]"
# After "and" with no comma, "to" is too often a purpose ("write to the Council and the
# Trust to ask ..."): only a modal, "is to" or "agreed to" opens a second commitment there.
_NEXT_AGENT_AND = (
    rf"{_NEXT_AGENTS}(?:{COMMITTING_MODAL}|(?:is|are)\s+to|(?:agreed|offered|undertook)\s+to)"
    r"\s+[a-z]"
)
# ... or a pronoun and a modal: "... to Mike and he'll post them", "... and she will put
# them out", "... reported to the Clerk and she would write to the owner".
_NEXT_PRONOUN = (
    rf"(?:he|she|they)(?:\s+(?:also\s+)?(?:{COMMITTING_MODAL}|(?:is|are)\s+to)\s|['’]ll\s)"
)
# ... or a person by initials or title, or the Clerk, and "to": "Rob to draft the letter and
# Cllr Brown to sign it".
_NEXT_PERSON_TO = (
    r"(?:[A-Z]{2,4}|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+(?:[A-Z]\.?\s+)?[A-Z][a-z]+"
    r"|the\s+(?:Clerk|Chair|Chairman|Treasurer|Secretary)|[A-Z][a-z]+)\s+(?:also\s+)?to\s+[a-z]"
)
# A given name after "and" ("... and Heather to send it"), checked to be one.
_AND_NAME_TO_RE = re.compile(r"([A-Z][a-z]+)\s+(?:also\s+)?to\s")
# What is to be got or sent, opening a passive note: "Copies of the plan to be sent".
_GOT_THINGS = r"(?i:costs?|details|quotes|quotations|prices|copies)"
# Someone named last, before a relative clause: "to Aled", "to the Treasurer" (not "to the
# water board").
_AGENT_END_RE = re.compile(rf"\b{_ONE_AGENT}$")
# A relative clause's cue: "who will", "who would then", "who is to", "who agreed to".
_WHO_CUE = r"(?:would|will|is\s+to|agreed\s+to|undertook\s+to)\s+(?:then\s+|also\s+)?[a-z]"
# A that-clause in the subjunctive, a thing to be done: "that the old chairs (should) be sold",
# "that further bark would be ordered".
_MANDATE_THAT = (
    r"that\s+(?:(?!(?:would|will|shall|is|are|was|were|has|have|had)\s)[\w’'£,-]+\s+){1,10}?"
    r"(?:(?:should\s+)?be\s+[a-z]+|(?:would|will)\s+be\s+[a-z]+(?:ed|en|wn|ld|nt|ut|id|ne|de|ht))\b"
)
_MANDATE_THAT_RE = re.compile(_MANDATE_THAT)
# A note in the passive: a plain noun phrase (no preposition, pronoun or question word) and
# "(is/are) to be <done>": "a letter to be sent", "the list is to be reviewed"; after a
# semicolon, a preposition in it too ("a rota for the tea tent to be drawn up").
_NOTE_TO_BE = r"(?:(?:is|are)\s+)?to\s+be\s+[a-z]+(?:ed|en|wn|ld|nt|ut|id|ne)\b"
_NOT_IN_NOTE = r"how|what|why|whether|which|that|if|when|where|it|them|this|these|such"
_PASSIVE_NOTE = rf"(?:(?!(?:{_NOT_IN_NOTE}|for|to|of|with|from)\b)[\w’'-]+\s+){{1,6}}?{_NOTE_TO_BE}"
_PASSIVE_NOTE_AFTER_STOP = rf"(?:(?!(?:{_NOT_IN_NOTE})\b)[\w’'-]+\s+){{1,6}}?{_NOTE_TO_BE}"
_PASSIVE_NOTE_AFTER_STOP_RE = re.compile(_PASSIVE_NOTE_AFTER_STOP)
_NOTE_TO_BE_RE = re.compile(rf"\s{_NOTE_TO_BE}")
_CLAUSE_BREAKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (")", re.compile(r"(?:(?<=[.,;:])|\s)\s*(?=\(?(?:\d{1,2}|[a-h])\)\s+[A-Z])")),
    ("*", re.compile(r"(?:^|(?<=[\s.,;:]))(?=\\?\*+\s*[A-Za-z])")),
    (". ", re.compile(r"\s+[a-h]\.\s+(?=[A-Z])")),
    ("\n", re.compile(r"\n\s*(?=[A-Z@][\w’'&/ ,+-]{0,39}:\s+[a-z])")),  # a note's next line
    (",", re.compile(rf",\s+(?:and\s+)?(?={_NEXT_AGENT})")),
    # the writer's or speaker's next commitment: "I'll post a synopsis ..., I'll be putting
    # together a group ..."
    (",", re.compile(r",\s+(?:and\s+)?(?=I(?:['’]ll|\s+will|\s+can)\s+[a-z])")),
    # the same subject's second commitment: "..., and agreed to request a submission"
    (", and ", re.compile(r",\s+and\s+(?=(?:also\s+)?(?:agreed|undertook|offered)\s+to\s)")),
    (";", re.compile(rf";\s+(?:and\s+)?(?={_NEXT_AGENT})")),
    ("(", re.compile(rf"\s\((?={_NEXT_AGENT})")),  # "... workshops (Sam to book the room)"
    # a dash between two commitments: "Cllr Ross would go to the fair – the Clerk to thank them"
    ("–", re.compile(rf"\s+–\s+(?={_NEXT_AGENT})")),
    ("—", re.compile(rf"\s+—\s+(?={_NEXT_AGENT})")),
    (" - ", re.compile(rf"\s+-\s+(?={_NEXT_AGENT})")),
    (" and", re.compile(rf"\s+and\s+(?={_NEXT_AGENT_AND}|{_NEXT_PERSON_TO}|{_NEXT_PRONOUN})")),
    # a resolution's second that-clause naming its own agent: "It was agreed that the
    # Council should mend the wall and that the Clerk should ask for quotes"
    (" and", re.compile(rf"\s+and\s+that\s+(?={_NEXT_AGENT_AND})")),
    # ... or in the passive, its own thing to be done: "... would tidy the store and that the
    # old chairs (should) be sold" (:mod:`.passives` reads it, or finds nothing to do: "and
    # that the report be noted")
    (" and", re.compile(rf"\s+and\s+(?={_MANDATE_THAT})")),
    # a thing to be done after a commitment, in notes' passive: "Mrs Shah would draft a
    # leaflet and copies of the leaflet to be handed out at the library"
    (
        " and",
        re.compile(
            rf"\s+and\s+(?={_GOT_THINGS}\s+(?:of|for)(?:\s+[\w’'-]+){{1,3}}\s+to\s+be\s+[a-z]+\b)"
        ),
    ),
    # a second clause in the passive after a commitment: "Bob will check the gate and the
    # owner will be told", "... and Mary Ford at the County Council would be notified"; not
    # one bringing it to a meeting ("... and this should be discussed at the next meeting":
    # the task's due)
    (
        " and",
        re.compile(
            r"\s+and\s+(?![^.;]*\bmeeting\b)(?=(?:the\s+|a\s+|an\s+)?[A-Za-z][\w’'-]*(?:\s+(?!(?:how|what|why|whether"
            r"|which|that|if|when|where)\b)[\w’'-]+){0,6}?"
            r"\s+(?:will|would|shall|should)\s+be\s+[a-z]+(?:ed|en|wn|ld|nt|ut|id|ne)\b)"
        ),
    ),
    # ... or in notes' passive, a plain noun phrase and "to be": "Quotes to be obtained for the
    # ditch and a letter to be sent to the landowner", "New signatories to be added; forms to
    # be signed" (not what a request is for: "... and ask for it to be added", "... and
    # forward it to Rob to be sent out")
    (" and", re.compile(rf"\s+and\s+(?![^.;]*\bmeeting\b)(?={_PASSIVE_NOTE})")),
    (";", re.compile(rf";\s+(?:and\s+)?(?={_PASSIVE_NOTE_AFTER_STOP})")),
    # a relative clause handing the task on: "... send the comments to the Secretary, who
    # will collate them" (a break only after a commitment: :func:`split_clauses`)
    (" who", re.compile(rf",?\s+(?=who\s+{_WHO_CUE})")),
    # the same subject's second task ("also": not the first one's next step), "and" kept
    # as its clause's opening: "Tom will send the letter and will also follow up on the refund"
    (" and", re.compile(r"\s+(?=and\s+(?:also\s+(?:will|shall)|(?:will|shall)\s+also)\s+[a-z])")),
)


def _second_agent(st: str, at: int) -> bool:
    """Whether a one-word agent after "and" at st[at] is a given name ("and Heather to send
    it") or a role ("and Clerk to research"), not a body or a thing ("and Highways to
    repair", "and Velcro to put")."""
    m = _AND_NAME_TO_RE.match(st, at)
    name = m.group(1) if m else ""
    if m is not None and role_like(name) and not body_like(name):
        return True  # "... to be obtained and Clerk to research the rules"
    return m is None or given_name(name) and (is_name_word(name) or not is_word(name))


def _commits(clause: str) -> bool:
    """A clause that commits someone already: "A agreed to facilitate the workshop" (and the
    Clerk would make notes)."""
    return committed_task(clause, len(clause)) is not None


_NAMES_ONLY_RE = re.compile(r"\W*(?:[A-Z][\w’'-]*,?\s*){1,3}")


_BREAK_CHARS = tuple(char for char, _rx in _CLAUSE_BREAKS)


def split_clauses(st: str) -> list[tuple[int, int]]:
    """The clauses of a sentence, as (start, end) offsets into it (one when unbroken)."""
    if not any(map(st.__contains__, _BREAK_CHARS)):  # (map: no generator to step)
        return [(0, len(st))]
    breaks = [
        (m.start(), m.end()) for char, rx in _CLAUSE_BREAKS if char in st for m in rx.finditer(st)
    ]
    # a commitment opening a bracket ends with it: "... (Adam will get some) and ..."
    breaks += [(c, c + 1) for _s, e in breaks if st[e - 1] == "(" and (c := st.find(")", e)) > 0]
    breaks.sort()
    out: list[tuple[int, int]] = []
    start = 0
    for b_start, b_end in breaks:
        if b_start < start or _NAMES_ONLY_RE.fullmatch(st, start, b_start):
            continue  # inside a break already taken; "Tim, Priya and Omar will": one list
        joined = st[b_start:b_end].strip() == "and" or st.startswith("and ", b_end)
        mandate = _MANDATE_THAT_RE.match(st, b_end) and RESOLUTION_THAT_RE.search(
            st, start, b_start
        )
        if (
            joined
            and not mandate
            and not (_commits(st[start:b_start]) and _second_agent(st, b_end))
        ):
            continue  # "... said that Rob and the Clerk would meet": one agent, two names (but
            # "agreed that ... and that the chairs be sold": a resolution's second clause)
        if st.startswith("who", b_end) and not (
            _commits(st[start:b_start]) and _AGENT_END_RE.search(st, start, b_start)
        ):
            continue  # "Give the flyer to Ryan, who will copy it": one task, Ryan's
        if names_for_purpose(st[start:b_start] + " "):
            continue  # "forms for the Clerk and Cllr Shah to sign": one purpose
        if (
            st.startswith(";", b_start)
            and _PASSIVE_NOTE_AFTER_STOP_RE.match(st, b_end)
            and not _NOTE_TO_BE_RE.search(st, start, b_start)
        ):
            continue  # "The quote was accepted; the glazier is to be told": one note, not two
        if b_start > start:
            out.append((start, b_start))
        start = b_end
    out.append((start, len(st)))
    return [(a, b) for a, b in out if st[a:b].strip(" .,;")] or [(0, len(st))]


# An item's title (and its number), then a dash typed with no space before it: "Park area-".
_TITLE_HYPHEN_RE = re.compile(r"\s*(?:\d{1,3}[.)]?\s+)?[A-Z][^.:;]{0,40}?[A-Za-z]{2}-$")


def opens_clause(st: str, start: int) -> bool:
    """Whether st[start:] opens a clause: nothing but bullets, numbers, a reference or
    discourse words ("Meanwhile") before it, or a comma, semicolon, colon, bracket or dash."""
    before = raw = st[:start].rstrip()
    while True:
        m = _LAST_WORD_RE.search(before)
        if m is None or not discourse_word(m.group(1).lower()):
            break
        before = before[: m.start()].rstrip()
    if LEAD_RE.fullmatch(before) or before.endswith((",", ";", ":", ")", "–", "—", " -", "--")):
        return True
    if _TITLE_HYPHEN_RE.match(before) and st[len(before) : len(before) + 1].isspace():
        return True  # "12. Park inspection- clerk to get quotes": a dash typed with no space
    if _SLASH_BEFORE_RE.search(st, max(0, start - 4), start):
        return True  # "... to the website. / Lesley to contact ...", "... as cc-agenda/ Bryan will"
    if before.endswith("(") and st[start : start + 1].isupper():
        return True  # "We are out of milk (Adam will get some)"
    if _LETTER_STOP_END_RE.search(before):
        return True  # "Decision: go with option B. Molly to write it up"
    if _item_heading_before(raw) and st[start : start + 1].isupper() or _LEFT_TO_RE.search(raw):
        return True  # "7. Village fair Sam to book ...", "It was left to the Clerk to ..."
    if _new_subject_after_and(raw) and (
        _AGENT_THEN_MODAL_RE.match(st, start) or _INITIALS_TO_RE.match(st, start)
    ):
        return True
    return _missing_full_stop(st, start, raw)


# A slash then a space, closing a clause in notes (not "MW/YO", "and/or").
_SLASH_BEFORE_RE = re.compile(r"/\s+$")
# A full stop after a letter the sentence splitter took for an initial ("option B.").
_LETTER_STOP_END_RE = re.compile(r"\b[a-z]+\s+[A-Z]\.$")
# "It was left to the Clerk to contact the school", "delegated authority to the Director of
# Public Health to approve the final version", "that delegated authority be given to the
# Clerk to agree the wording": the task handed to the agent after it.
_LEFT_TO_RE = re.compile(
    r"\b(?:(?:left|leave|delegated)\s+(?:it\s+|this\s+|the\s+matter\s+"
    r"|(?:delegated\s+)?(?:authority|responsibility|powers)\s+)?"
    r"|(?:authority|powers)\s+(?:be|is|was|were)\s+(?:given|granted)\s+)(?:to|with)$"
)


def _item_heading_before(before: str) -> bool:
    """An item's number and short title run on before the agent in flattened text: "7.
    Village fair Sam to book the bouncy castle"."""
    m = _ITEM_HEADING_LEAD_RE.fullmatch(before)
    if m is None or VERBISH_RE.search(before):
        return False
    if _WORDS_RE.findall(before)[-1].lower() in _JOINING_WORDS:
        return False
    words = _WORDS_RE.findall(before)
    return words[0] not in PRONOUNS and not any(_verb_form(w.lower()) for w in words)


def _verb_form(word: str) -> bool:
    """ "updated", "reminded", "repairing": a verb's past or -ing form (not in a title)."""
    return word.endswith(("ed", "ing")) and verb_base(word) not in (None, word)


_WORDS_RE = re.compile(r"[A-Za-z][\w’'-]*")
PRONOUNS = frozenset("I We He She They It This That There You".split())  # noqa: SIM905


_ITEM_HEADING_LEAD_RE = re.compile(r"\W*(?:\d{1,2}[.)]?\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}")


def agent_after_object(st: str, ob: tuple[str, int]) -> tuple[str, int] | None:
    """The agent of a new clause inside an owner read as "X and Y" or "X, Y" after a
    preposition: X is its object ("raised the flooding on Mill Lane and officers would
    write", "asked for a briefing on the HRA and the Director agreed to ...", "Responding to
    a question from Cllr Ali, the Director said ..."), Y opens a clause of its own (after
    "and", committing with a modal or "agreed"). (Y, where it starts), or None."""
    owner, start = ob
    comma, cut = owner.rfind(", "), owner.rfind(" and ")
    if max(comma, cut) < 0 or _PREPOSITION_END_RE.search(st, 0, start) is None:
        return None  # ("It was noted that the Chair and the Clerk would ...": both)
    if comma > cut:
        return owner[comma + 2 :], start + comma + 2
    at, agent = start + cut + 5, owner[cut + 5 :]
    if _AGENT_THEN_MODAL_RE.match(st, at) is None or _adverb(agent):
        return None  # ("Seconded by Cllr Bates and unanimously agreed to ...")
    return agent, at


# A preposition just before a noun phrase: what follows is its object.
_PREPOSITION_END_RE = re.compile(rf"\b(?:{'|'.join(sorted(PREPOSITIONS))})\s+$")


def _adverb(word: str) -> bool:
    """An adverb of manner, not a name: "Unanimously" (not "Kelly")."""
    low = word.lower()
    return low.endswith("ly") and is_word(low) and not is_name_word(low)


def _new_subject_after_and(before: str) -> bool:
    """ "The stile is broken and the Clerk will write to the landowner": "and" after a word
    that closes a clause (not a name of a list, nor a word that joins), then a new agent."""
    m = _AND_AFTER_WORD_RE.search(before)
    return m is not None and m.group(1) not in _JOINING_WORDS


# After "and", a new subject commits with a modal or "agreed to" ("... and the Clerk will
# write"); "and <name> to <verb>" more often joins two objects, then a purpose ("purchase
# netting and Velcro to put around the windows").
_AGENT_THEN_MODAL_RE = re.compile(
    r"(?:the\s+)?[\w.’'-]+(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w.’'-]*){0,4}\s+"
    r"(?:also\s+)?(?:will|would|shall|should|agreed|offered|undertook)\b"
)
_AND_AFTER_WORD_RE = re.compile(r"(?:^|\s)([a-z]+),?\s+(?:and|so|but)$")
# ... or initials and "to": "The council welcomed the talk and CP to send a poster" (a
# thing's name after "and" is more often a second object: "netting and Velcro to put ...").
_INITIALS_TO_RE = re.compile(r"[A-Z]{2,4}\s+(?:also\s+)?to\s+[a-z]")


def _missing_full_stop(st: str, start: int, before: str) -> bool:
    """A run-on sentence whose full stop is missing before a capitalised agent ("The shelter
    was discussed Clerk to contact the operator"): the word before is not one that takes the
    agent as its object ("asked the Clerk to", "for the Clerk to") or joins it."""
    agent = st[start:].split(None, 1)
    word = _LAST_WORD_RE.search(before)
    if not agent or word is None:
        return False
    head = agent[0] if agent[0] != "the" or len(agent) < 2 else agent[1].split(None, 1)[0]
    if not head[:1].isupper():
        return False
    w = word.group(1)
    if len(w) >= 3 and w.isupper():
        return True  # "BUS STOP MILL ROAD The Clerk to ...": an item's heading in capitals
    if not w.islower():
        return False
    if w in _JOINING_WORDS:
        return False
    if verb_base(w) is None:
        return True  # "... the shelter Clerk to ...": a noun or adjective ends the clause
    if _PERSON_HEAD_RE.match(st, start) and (
        _NOUN_BEFORE_RE.search(before) or _noun_use(before, w)
    ):
        # "... for this purpose J Smith will ...", "... discussed in detail Cllr Smith to
        # ...", "... the state of the pavilion roof the Chairman will ...": a noun, then a
        # person or role
        return True
    # "... was discussed Clerk to ...", "Hedge survey required Clerk to ...": a passive or a
    # note's participle closes its clause; other verbs take the agent as their object
    # ("contact AON to determine ...").
    return _PASSIVE_END_RE.search(before) is not None or participle_note(before)


_PASSIVE_END_RE = re.compile(r"\b(?:was|were|been|being|is|are)\s+[a-z]+(?:ed|en|wn)$")
# A determiner or a preposition (not "to") before the last word: that word is a noun ("this
# purpose", "the issue", "in detail", "about speeding").
_NOUN_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|this|these|those|his|her|their|our|its|my|your|each|every|no"
    r"|in|on|at|for|of|with|from|about|regarding|re)\s+[a-z]+$"
)
# A person's name or a role, not a noun the word before may qualify ("the last Meeting"): an
# initial and a surname, initials, a title, or "the Clerk".
_PERSON_HEAD_RE = re.compile(
    r"(?:[A-Z]\.?\s+[A-Z][a-z]+|[A-Z]{2,4}\b|(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s"
    r"|the\s+(?:Clerk|Chair|Chairman|Chairperson|Treasurer|Secretary|Mayor)\b)"
)


def _noun_use(before: str, word: str) -> bool:
    """Whether ``word`` (in its base form, ending ``before``) is a noun here: not after "to",
    a modal, a pronoun or an adverb that would make it a verb taking the agent as its object
    ("... the pavilion roof the Chairman" is a noun; "to contact AON", "will ask the Clerk"
    are verbs)."""
    if verb_base(word) != word:
        return False  # "asked", "thanks": a verb's form
    prior = _LAST_WORD_RE.search(before[: len(before) - len(word)].rstrip())
    return prior is not None and (
        prior.group(1).lower() not in _VERB_USE_WORDS and not prior.group(1).endswith("ly")
    )


_VERB_USE_WORDS = frozenset(
    """
    to will would shall should could can may might must did do does please and or not also
    then i we he she they you
    """.split()  # noqa: SIM905
)


_LAST_WORD_RE = re.compile(r"(?:^|(?<=\s))([A-Za-z]+)$")
# Words that join what follows to what goes before, and verbs whose object does the task.
_JOINING_WORDS = frozenset(
    """
    the a an and or but nor of to for with by from in on at as than that which who whom whose
    whether if when while because so about into onto upon via per between among including
    like unlike some many several more most few all both each every any no other another
    these those this its his her their our your my one two three four five six seven eight
    nine ten new further additional
    """.split()  # noqa: SIM905
)
