"""English words from lemminflect's tables (a maintained lexicon of English lemmas and
their inflections, read once without importing the package): which words are verbs, in
which form, and which are everyday words rather than names."""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from ...startup_cache import kept
from .verbs import FIRST_NAME_VERBS, NEVER_TASK_VERBS, TASK_VERBS

# The modal verbs that come before a verb, as alternations for the rules' patterns: those
# of what someone will or must do ("will send", "must pay"), then those of what may be done
# too ("could ask", "may open": a possibility, which an action list's line does not state
# as its owner's commitment).
_COMMITTING = ("will", "would", "shall", "should", "must")
COMMITTING_MODAL = "(?:" + "|".join(_COMMITTING) + ")"
MODAL = "(?:" + "|".join((*_COMMITTING, "can", "could", "may", "might")) + ")"


def _table_path() -> str:
    """lemminflect's inflection table: "lemma,pos,form/form,..." rows, gzipped."""
    spec = find_spec("lemminflect")  # the package's folder, without importing it (faster)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("lemminflect")
    return str(Path(spec.origin).parent / "resources" / "infl_lu.csv.gz")


Tables = tuple[
    dict[str, str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]


@cache
def _tables() -> Tables:
    """The word lists below, built once and kept from one run to the next (reading the
    table costs a first parse about 50 ms; the kept lists take a few)."""
    path = _table_path()
    return kept(__file__, "lexicon", lambda: _build(path), path)


def _build(path: str) -> Tables:
    table = gzip.decompress(Path(path).read_bytes()).decode("utf-8")
    kinds = _kinds(table)
    return (
        _verb_forms(table),
        _words(table),
        frozenset(w for w, k in kinds.items() if "adj" in k),  # "difficult", "hard", "easy"
        _plural_nouns(table),
        frozenset(w for w, k in kinds.items() if "noun" in k),
        # an adverb and no other kind of word ("otherwise", "hopefully"; not "early")
        frozenset(w for w, k in kinds.items() if k == {"adv"}),
    )


def _verb_forms(table: str) -> dict[str, str]:
    """Every form of every verb, mapped to its base form."""
    forms: dict[str, str] = {}
    for base, rest in _VERB_ROW_RE.findall(table):
        forms[base] = base
        for form in _FORM_SEP_RE.split(rest):
            if form:
                forms.setdefault(form, base)
    return forms


def _words(table: str) -> frozenset[str]:
    """Every lower-case word of the table, of any kind (names are capitalised there)."""
    return frozenset(_WORD_RE.findall(table))


def _plural_nouns(table: str) -> frozenset[str]:
    """Every plural form of a noun ("sessions", "minutes"), not the singulars themselves."""
    plurals: set[str] = set()
    for lemma, rest in _NOUN_ROW_RE.findall(table):
        plurals.update(form for form in _FORM_SEP_RE.split(rest) if form and form != lemma)
    return frozenset(plurals)


def _kinds(table: str) -> dict[str, set[str]]:
    """Every lemma of the table with the kinds of word it is ("hard": adj, adv), read in one
    pass for the adjectives, the nouns and the words that are only adverbs."""
    kinds: dict[str, set[str]] = {}
    for lemma, kind in _KIND_ROW_RE.findall(table):
        kinds.setdefault(lemma, set()).add(kind)
    return kinds


_KIND_ROW_RE = re.compile(r"^([a-z][^,\n]*),(\w+),", re.M)
_NOUN_ROW_RE = re.compile(r"^([a-z][^,\n]*),noun,(.*)$", re.M)
_VERB_ROW_RE = re.compile(r"^([a-z][^,\n]*),verb,(.*)$", re.M)
_WORD_RE = re.compile(r"(?<![\w'-])[a-z][a-z'.-]*")
_FORM_SEP_RE = re.compile(r"[,/]")


def verb_base(word: str) -> str | None:
    """The base form of an English verb form ("triaging" -> "triage", "asks" -> "ask",
    "co-work" -> "co-work"), or None for a word that is no verb."""
    forms = _tables()[0]
    w = word.lower()
    got = forms.get(w)
    if got is None and "-" in w:  # "co-work", "re-tendered", "follow-up": the last part decides
        head, last = w.rsplit("-", 1)
        tail = forms.get(last)
        got = f"{head}-{tail}" if tail is not None else None
    elif got is not None and "-" in got and "-" not in w:
        joined = got.replace("-", "")  # "undertaken": "undertake", not the table's "under-take"
        got = joined if forms.get(joined) == joined else got
    return got


def is_base_verb(word: str) -> bool:
    """A verb in its base form ("stay", "schedule", "liaise"): what follows "to" in a task;
    a verb of a job and its particle written as one word ("followup", "setup", "handover")."""
    return (
        word in TASK_VERBS
        or word in ("be", "have", "do")
        or verb_base(word) == word.lower()
        or joined_particle_verb(word)
    )


def joined_particle_verb(word: str) -> bool:
    """A verb of a job and its particle spelt as one word, as notes often write them: "Tom to
    followup the people we met", "Jo will setup the stall", "to handover the keys",
    "checkin", "signup", "tidyup"; of another verb, a word the English tables lack
    ("handover"; not "dragon", "robin")."""
    m = _JOINED_PARTICLE_RE.fullmatch(word)
    return m is not None and (
        m.group(1) in FIRST_NAME_VERBS or verb_base(m.group(1)) == m.group(1) and not is_word(word)
    )


_JOINED_PARTICLE_RE = re.compile(r"([a-z]{3,})(?:up|in|out|over|off|down)")


def is_word(word: str) -> bool:
    """An everyday English word ("budget", "heather", "done", "website"), not only a name
    ("Arushi")."""
    w = word.lower()
    return w in _tables()[1] or _newer_noun(w)


# Everyday nouns of the web and of software the lexicon's tables are older than: what
# notes of projects and working groups name as often as "letter" or "hall" ("Blog post
# from the launch", "Website: fix the links"), and the platforms they are on; no one's
# name.
_NEWER_NOUNS = frozenset(
    """
    website blog blogpost wiki podcast webinar webpage homepage microsite repo codebase
    changelog readme roadmap dataset metadata markdown plugin toolchain hotfix bugfix
    screenshot screencast livestream timeline hashtag emoji url pdf faq app username
    chatroom subforum slideshow meetup hackathon onboarding signup backend frontend devops
    github gitlab facebook youtube instagram linkedin whatsapp mastodon reddit jira trello
    """.split()  # noqa: SIM905
)


def _newer_noun(w: str) -> bool:
    """One of :data:`_NEWER_NOUNS`, or its plural ("blogs", "repos")."""
    return w in _NEWER_NOUNS or w.endswith("s") and w[:-1] in _NEWER_NOUNS


def unlisted_word(word: str) -> bool:
    """A small-letter word the English tables lack ("strim", "chivvy", "recirculate"): where a
    verb is due, a verb of a trade or of local speech, or a misspelt one."""
    return word.isalpha() and word.islower() and not is_word(word)


def is_adjective(word: str) -> bool:
    """An English adjective ("Difficult", "hard"), whatever else the word may also be."""
    return word.lower() in _tables()[2]


def is_plural_noun(word: str) -> bool:
    """The plural of an everyday English noun ("Sessions", "volunteers", "blogs")."""
    w = word.lower()
    return w in _tables()[3] or w.endswith("s") and w[:-1] in _NEWER_NOUNS


def only_adverb(word: str) -> bool:
    """A word English uses only as an adverb ("Otherwise", "alternatively", "meanwhile"): no
    noun, verb or adjective, so never the head of a noun phrase."""
    return word.lower() in _tables()[5]


def is_task_verb(word: str) -> bool:
    """A verb in its base form that can head a task ("liaise", "laminate", "winterise",
    "get"), known by the English lexicon, not by a list of tasks' verbs; not a verb of
    wishes or states, an auxiliary, a verb of talk or of the meeting's own business."""
    w = word.lower()
    return w not in NEVER_TASK_VERBS and is_base_verb(w)


def is_noun(word: str) -> bool:
    """An everyday English noun, singular or plural ("water", "bills", "success")."""
    w = word.lower()
    tables = _tables()
    return w in tables[4] or w in tables[3] or _newer_noun(w)
