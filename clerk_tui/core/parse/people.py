"""People named in minutes: attendance lists, honorifics, names with roles, roles alone.

Each person appears once per document, with every mention's span. Shorter forms
("Councillor Lloyd-Harris", "NB") are merged into the full name they refer to.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Person
from .layout import Line, split_sentences

HONORIFICS: dict[str, str | None] = {
    "councillor": "Councillor",
    "cllr": "Councillor",
    "cr": "Councillor",
    "mayor": "Mayor",
    "alderman": "Alderman",
    "acc": "ACC",
    "dcc": "DCC",
    "dr": None,
    "mr": None,
    "mrs": None,
    "ms": None,
    "miss": None,
    "mx": None,
    "prof": None,
    "professor": None,
    "sir": None,
    "dame": None,
    "lord": None,
    "lady": None,
    "baroness": None,
    "rev": None,
    "revd": None,
    "reverend": None,
    "canon": None,
    "councillors": "Councillor",
    "cllrs": "Councillor",
    "inspector": "Inspector",
    "sergeant": "Sergeant",
    "superintendent": "Superintendent",
    "ch": None,
    "chief": None,
    "detective": None,
    "pc": "PC",
    "pcso": "PCSO",
}
_HON_ALT = (
    r"Councillors|Cllrs\.?|Councillor|Cllr\.?|Cr\.?|(?:Chief\s+|Detective\s+|Det\.?\s+)?(?:Inspector|Superintendent|Sergeant)|PCSO|PC|Mayor|Alderman|ACC|DCC|Dr\.?|Mrs\.?|Mr\.?|Ms\.?|Miss|Mx|Prof\.?"
    r"|Professor|Sir|Dame|Lord|Lady|Baroness|Revd\.?|Rev\.?|Reverend|Canon"
)
NAME_TOKEN = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-zà-öø-ÿ]+(?:[-'’][A-Z]?[a-zà-öø-ÿ]+)*"
_INITIAL = r"[A-Z]\.?"

# Capitalised words that are not parts of a person's name.
STOP_WORDS = frozenset(
    """
    the this that these those it its he she they we our their his her in on at for and of by
    with from to as an a if but or so all any some each every no not there here when where
    what which who how why also however further following during after before under over
    between into onto about board boards council councils committee committees health care
    wellbeing well being partnership partnerships strategy strategies director directors
    officer officers chair chairman chairwoman chairperson vice executive london fund funds
    service services team teams group groups trust trusts network networks plan plans report
    reports minutes minute apologies apology members member cabinet public social adult
    adults children childrens community communities voluntary sector integrated joint
    strategic assessment needs place primary secondary local authority authorities national
    borough county city district street road centre hospital university college school
    schools police fire department government england scotland wales together programme
    project policy update item items agenda meeting meetings annual general monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december christmas easter development management
    transformation commissioning equality equalities healthwatch forum neighbourhood
    planning framework open spaces independent medical centre practice patient patients
    participation north south east west central greater new old royal st saint mental
    education learning finance financial budget audit risk quality safety safeguarding
    housing environment transport highways economy economic regeneration resources corporate
    governance legal democratic services scrutiny overview panel sub task force working
    commission commissioner consultant manager managers lead leader leaders head heads clerk
    secretary treasurer superintendent representative representatives deputy assistant chief
    interim acting senior principal coordinator co-ordinator adviser advisor nurse nursing
    doctor gp gps clinical clinician consultant inspector engineer surveyor solicitor
    registrar president governor governors ward wards portfolio holder holders system
    systems ics icb icp ccg nhs outbreak covid action actions decision decisions resolved
    resolution recommendations recommendation noted agreed matters arising declarations
    declaration interest interests present attendance attendees apologies substitute
    substitutes observer observers absence welcome welcomed introduction introductions
    questions question any other business date next previous last approval approved item
    part exempt confidential private supporting documents additional venue contact media
    home jobs key data older younger young people disabled pub inn hotel hall house room
    rooms chamber chambers library church park building suite online zoom microsoft teams
    virtual town civic offices guildhall shape minutes agenda none nil details ltd limited plc
    llp cic
    """.split()  # noqa: SIM905
)
_HON_WORDS = frozenset(HONORIFICS)
ROLE_WORDS = frozenset(
    """
    director directors officer officers chair chairman chairwoman chairperson vice-chair
    executive manager managers lead leader head clerk secretary treasurer superintendent
    representative representatives commissioner consultant coordinator co-ordinator adviser
    advisor nurse inspector engineer surveyor solicitor registrar president governor member
    members mayor councillor partner observer chief deputy assistant analyst administrator
    archivist librarian controller ranger keeper principal cabinet portfolio holder
    """.split()  # noqa: SIM905
)
_GENERIC_ROLES = frozenset(
    {"chair", "chairman", "chairwoman", "chairperson", "vice-chair", "vice chair"}
)

SPEECH_VERBS = (
    r"said|says|asked|asks|noted|explained|echoed|considered|introduced|presented|highlighted"
    r"|reported|stressed|welcomed|agreed|raised|took|takes|had|has|was|were|is|will|would|could"
    r"|attended|undertook|offered|suggested|confirmed|thanked|endorsed|encouraged|added|queried"
    r"|responded|replied|informed|advised|commented|emphasised|emphasized|referred|briefed"
    r"|questioned|proposed|seconded|moved|updated|gave|provided|led|chaired|joined|left|declared"
    r"|summarised|summarized|outlined|acknowledged|expressed|felt|believed|wondered|challenged"
    r"|sought|requested|wished|indicated|stated|observed|remarked|recommended|circulated|spoke"
    r"|tabled|invited|volunteered|apologised|apologized|arrived|congratulated|sent|shared|undertakes"
)
_SPEECH_RE = re.compile(rf"\s*(?:,\s*)?(?:then\s+|also\s+|further\s+)?(?:{SPEECH_VERBS})\b")
_COORD_RE = re.compile(
    rf"[ \t]+(?:and|&)[ \t]+(?:(?:{_HON_ALT})[ \t]+)?{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,2}}\s*(?:,\s*)?(?:{SPEECH_VERBS}|to)\b"  # noqa: E501
)
_BEFORE_CONTEXT_RE = re.compile(
    r"(?:\b(?:by|from|with|thanked|welcomed|congratulated|including|and|to|for|invited)|\()\s*$"
)

_SP = r"[ \t\u00a0]+"
# The (?=...) look-aheads only let the regex engine skip quickly to where a match can start.
_HON_NAME_RE = re.compile(
    rf"(?=[A-Z])\b(?P<hon>{_HON_ALT}){_SP}(?P<name>(?:{_INITIAL}{_SP}){{0,2}}{NAME_TOKEN}(?:{_SP}{NAME_TOKEN}){{0,2}})"
)
# NAME_TOKEN at a word start, written to begin with a plain character set (a fast scan):
# the capital, then "c"/"ac" after an M or an apostrophe after an O or D ("McDonald",
# "O'Brien") before the next capital.
_FIRST_NAME_TOKEN = (
    r"[A-Z](?<!\w[A-Z])(?:(?<=M)(?:c|ac)[A-Z]|(?<=[OD])['’][A-Z])?"
    r"[a-zà-öø-ÿ]+(?:[-'’][A-Z]?[a-zà-öø-ÿ]+)*"
)
_NAME_RUN_RE = re.compile(rf"{_FIRST_NAME_TOKEN}(?:{_SP}{NAME_TOKEN}){{1,4}}")
# Whole-text scans start with a plain character set and check the word boundary with a
# look-behind ("[A-Z](?<!\w[A-Z])" is "\b[A-Z]"), so the regex engine skips ahead to
# the candidate letters instead of trying every position.
_ROLE_ONLY_RE = re.compile(
    r"[TtOoYy](?<!\w[TtOoYy])(?:(?<=[Tt])he|(?<=[Oo])ur|(?<=[Yy])our)\s+(?P<role>(?:[A-Z][\w’'-]*\s+){0,4}?"
    r"(?:Director|Officer|Manager|Superintendent|Clerk|Secretary|Treasurer|Chief Executive"
    r"|Executive|Leader|Head|Chair|Chairman|Vice-Chair|Member|Commissioner|Consultant|Lead"
    r"|Co-?ordinator|Advis[eo]r|Controller|Solicitor|Inspector|Engineer|Surveyor|Registrar"
    r"|President|Governor|Nurse|Mayor|Portfolio Holder)s?"
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w’'&-]*"
    r"(?:(?:\s+(?:and|&|of|for|at)\s+(?:the\s+)?|,\s+|\s+)[A-Z][\w’'&-]*)*)?"
    r"(?:,\s+(?![A-Z][\w’'-]*\s+(?:and|said|was|were|noted)\b)[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})?)"
)
_LIST_MARKER_RE = re.compile(
    r"^(?:\d{1,3}[.)]\s*)?(?P<kind>Present|Members present|Councillors present|Attendees|Attendance"
    r"|In attendance|Also present|Also in attendance|Officers(?: present| in attendance)?"
    r"|Apologies(?: for absence)?(?: received)?|Apologies|Substitutes?|Observers?"
    r"|Board members|Committee members|Members)\b\s*(?:[:\-–—]\s*|(?=\s+[A-Z])|$)(?P<rest>.*)$",
    re.IGNORECASE,
)
# Case-insensitive after the first letter, which is a plain character set (a fast scan;
# "İ" and "ı" match "i" case-insensitively) that each alternative checks by look-behind.
_LIST_PROSE_RE = re.compile(
    r"[aArRwWiIİıpP](?<!\w[aArRwWiIİıpP])(?i:(?<=a)pologies(?:\s+for\s+absence)?\s+"
    r"(?:were|was|had been)\s+received\s+from|(?<=r)eceived\s+apologies\s+from"
    r"|(?<=a)pologies\s+from|(?:(?<=w)elcomed|(?<=i)ntroduced)\s+(?:new\s+)?"
    r"(?:[Mm]embers\s+)?including|(?<=p)resent\s+were|(?<=a)ttending\s+were)\s+"
)
_MARKER_FIRST = frozenset("0123456789pmcaiobs")
_LIST_SEP_RE = re.compile(r"[(),;]| and | & ")
_INITIALS_WORD_RE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{1,3}\b")  # "\b[A-Z]{2,4}\b", fast
_INITIALS_RE = re.compile(r"^[A-Z]{2,4}\.?$")
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z&]{1,7}s?$")


_HON_BEFORE_RE = re.compile(rf"\b(?:{_HON_ALT})\s*$")
_INITIAL_FULL_RE = re.compile(_INITIAL)
_NAME_TOKEN_FULL_RE = re.compile(NAME_TOKEN)
_INITIALS_SPLIT_RE = re.compile(r"[\s-]+")
_BRACKET_RE = re.compile(r"\(([^()]*)\)")
_REPRESENTING_RE = re.compile(r"^(.*?)\s+(?:representing|from|of)\s+(.+)$")
_LEADING_THE_RE = re.compile(r"^(?:the|The)\s+")
_FOR_RE = re.compile(r"\bfor\b")
_LEADING_DET_RE = re.compile(r"^(?:the|our|your)\s+")
_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")
_ROLE_BRACKET_RE = re.compile(r"\s*\(([^()]{2,150})\)")
_ROLE_COMMA_RE = re.compile(r",\s+(?:the\s+)?([A-Z][^,.;:()\n]{2,120})")
# "Ms Claire Denton, the agent, ...": a lower-case role in apposition.
_ROLE_APPOSITION_RE = re.compile(r",\s+the\s+((?:[a-z]+\s+){0,2}[a-z]+)\s*[,.;]")
_APPOSITION_ROLES = frozenset(
    {"agent", "applicant", "objector", "petitioner", "landowner", "developer", "supporter"}
)
# The tier before "Councillor": "County Councillor Peter Hale".
_TIER_BEFORE_RE = re.compile(r"\b(County|District|Borough|Town|Parish|City|Ward)\s+$", re.I)
_AFTER_BRACKET_RE = re.compile(r"\s*\(([^()]{1,120})\)")


# Compiled once: used for every name and list entry of every parse.
# "(JB)" closing a list chunk.
_TRAILING_INITIALS_RE = re.compile(r"\s*\(([A-Z]{2,4})\)\s*$")
_DIGIT_RE = re.compile(r"\d")
_REPRESENTING_WORD_RE = re.compile(r"(?i)represent|substitut")
_POSSESSIVE_RE = re.compile(r"[’']s?\s+[a-z]")
_NAME_END_RE = re.compile(r"\s*(?:[.,;:)]|$|\s+(?:and|was|who|to|for|as)\b)")
_AND_THE_RE = re.compile(r",?\s+and\s+the\s+")
_TRAILING_COMMA_RE = re.compile(r",\s*$")
_MEMBERS_RE = re.compile(r"(?i)members?\b")
_NAME_NEXT_RE = re.compile(rf"\s*,?\s*(?:{_HON_ALT})?\s*{NAME_TOKEN}\s+{NAME_TOKEN}\b")
_SPEECH_NEXT_RE = re.compile(rf"\s*,?\s*(?:{SPEECH_VERBS})\b")
_REPRESENTATIVE_RE = re.compile(r"(?i)representative|representing|observer")
_SUBSTITUTE_RE = re.compile(
    r"(?i)(?:represented|substituted|deputised|deputising)\s+(?:by|for)\s+(.+)$"
)
_AND_NEXT_NAME_RE = re.compile(rf"\s+and\s+(?={NAME_TOKEN}\s+{NAME_TOKEN}(?:\s|$))")


def is_name_token(word: str) -> bool:
    return bool(_NAME_TOKEN_FULL_RE.fullmatch(word)) and word.lower() not in STOP_WORDS


def initials_of(name: str) -> str:
    return "".join(t[0] for t in _INITIALS_SPLIT_RE.split(name) if t and t[0].isupper())


@dataclass
class _P:
    name: str | None
    role: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    initials: str | None = None
    required_context: bool = True

    def tokens(self) -> list[str]:
        return (self.name or "").split()


def _clean_role(role: str | None) -> str | None:
    if role is None:
        return None
    r = " ".join(role.replace("\u00a0", " ").split()).strip(" ,;:.-–")
    r = _LEADING_THE_RE.sub("", r)
    return r or None


def _role_key(role: str) -> str:
    r = _FOR_RE.sub("of", role.lower())
    r = _LEADING_DET_RE.sub("", r)
    return " ".join(_NON_ALNUM_RE.sub(" ", r).split())


def _strip_hon(name: str) -> tuple[str | None, str]:
    parts = name.split()
    hon: str | None = None
    while parts and parts[0].rstrip(".").lower() in HONORIFICS:
        h = HONORIFICS[parts[0].rstrip(".").lower()]
        hon = h or hon
        parts = parts[1:]
    return hon, " ".join(parts)


class PeopleFinder:
    """Collects people from a document; call :meth:`people` for the merged result."""

    def __init__(self, text: str, lines: list[Line]) -> None:
        self.text = text
        self.lines = lines
        self.found: list[_P] = []

    # -- collection -------------------------------------------------------------------------
    def add(
        self, name: str | None, role: str | None, start: int, end: int, initials: str | None = None
    ) -> None:
        if name is not None:
            name = " ".join(name.split()).strip(" ,.;:")
            if not name:
                return
        self.found.append(_P(name, _clean_role(role), [(start, end)], initials))

    def run(self) -> None:
        self._lists()
        self._honorifics()
        self._name_runs()
        self._roles_only()

    def _lists(self) -> None:
        text = self.text
        lines = self.lines
        i = 0
        n = len(lines)
        while i < n:
            ln = lines[i]
            if ln.blank:
                i += 1
                continue
            if text[ln.cstart].lower() not in _MARKER_FIRST:
                i += 1
                continue
            content = text[ln.cstart : ln.cend]
            m = _LIST_MARKER_RE.match(content)
            if m and len(content) < 2000:
                rest_start = ln.cstart + m.start("rest")
                if m.group("rest").strip():
                    self._parse_list(rest_start, ln.cend, strict=False)
                    i += 1
                    continue
                # Following lines, until a blank line after some names or a new marker.
                j = i + 1
                got = False
                while j < n and j <= i + 40:
                    nl = lines[j]
                    if nl.blank:
                        if got:
                            break
                        j += 1
                        continue
                    c = text[nl.cstart : nl.cend]
                    if _LIST_MARKER_RE.match(c) or len(c) > 400:
                        break
                    if not self._parse_list(nl.cstart, nl.cend, strict=True):
                        break
                    got = True
                    j += 1
                i = j if got else i + 1
                continue
            i += 1
        # Lists in prose ("Apologies were received from ..."): one scan of the whole text,
        # each match kept to its own line.
        line_starts = [ln.start for ln in lines]
        for m in _LIST_PROSE_RE.finditer(text):
            ln = lines[bisect.bisect_right(line_starts, m.start()) - 1]
            if m.end() > ln.cend or ln.cend - ln.cstart > 5000:
                continue
            end = ln.cend
            for s in split_sentences(text, m.end(), ln.cend):
                end = s.end
                break
            self._parse_list(m.end(), end, strict=False)

    def _parse_list(self, start: int, end: int, *, strict: bool) -> bool:
        """Parse "A Smith (Chair), Cllr B Jones, C Brown" style lists; returns True if the
        span looked like a list of names."""
        text = self.text
        seg = text[start:end]
        # Split on commas/semicolons/" and " outside brackets.
        chunks: list[tuple[int, int]] = []
        group_ends: set[int] = set()  # chunk indexes a semicolon closes
        depth = 0
        cs = 0
        for m in _LIST_SEP_RE.finditer(seg):
            sep = m.group(0)
            if sep == "(":
                depth += 1
            elif sep == ")":
                depth = max(0, depth - 1)
            elif depth == 0:
                if sep == ";":
                    group_ends.add(len(chunks))
                chunks.append((cs, m.start()))
                cs = m.end()
        chunks.append((cs, len(seg)))
        # "Councillors Priya Desai, Kevin Doyle and Sam Whitfield": each is a Councillor.
        group_role: str | None = None
        parsed: list[tuple[str, str | None, str | None, int, int, str | None]] = []
        ok = 0
        bad = 0
        last_person: int | None = None
        for k, (a, b) in enumerate(chunks):
            a0, b0 = a, b
            while a0 < b0 and seg[a0] in " \t\u00a0.":
                a0 += 1
            while b0 > a0 and seg[b0 - 1] in " \t\u00a0.":
                b0 -= 1
            chunk = seg[a0:b0]
            if not chunk:
                continue
            res = _parse_list_chunk(chunk)
            if res is None:
                if last_person is not None and (
                    _is_role_phrase(chunk) or not strict or len(chunk) < 60
                ):
                    p = parsed[last_person]
                    ini = _TRAILING_INITIALS_RE.search(chunk)
                    role_txt = _TRAILING_INITIALS_RE.sub("", chunk)
                    parsed[last_person] = (
                        p[0],
                        p[1] if p[1] and p[1] not in ("Councillor",) else role_txt,
                        p[2] or (ini.group(1) if ini else None),
                        p[3],
                        p[4],
                        p[5],
                    )
                    continue
                bad += 1
                continue
            name, role, initials, extra = res
            hon_word = _PLURAL_HON_RE.match(chunk)
            if hon_word:
                group_role = HONORIFICS[hon_word.group(1).lower().rstrip(".")]
            elif _strip_hon(name_span(chunk))[0]:
                group_role = None  # "Mr Alan Shaw" starts a new kind of entry
            elif role is None:
                role = group_role
            if k in group_ends:
                group_role = None
            ok += 1
            npos = max(chunk.find(name), 0)
            parsed.append(
                (name, role, initials, start + a0 + npos, start + a0 + npos + len(name), None)
            )
            last_person = len(parsed) - 1
            if extra:
                pos = chunk.find(extra)
                parsed.append(
                    (extra, None, None, start + a0 + pos, start + a0 + pos + len(extra), None)
                )
        if ok == 0 or (strict and bad > 0):
            return False
        if bad > ok:
            return False
        for name, role, initials, s, e, _ in parsed:
            self.add(name, role, s, e, initials)
        return True

    def _honorifics(self) -> None:
        text = self.text
        for m in _HON_NAME_RE.finditer(text):
            raw = m.group("name")
            toks = raw.split()
            # Cut at the first stop word ("Councillor Greene Took" never happens, but
            # "Mayor Glanville Highlighted" in headings might).
            keep: list[str] = []
            for t in toks:
                if len(t.rstrip(".")) > 1 and t.lower() in STOP_WORDS:
                    break
                keep.append(t)
            if not keep or all(len(t.rstrip(".")) == 1 for t in keep):
                continue
            name = " ".join(keep)
            hon = HONORIFICS.get(m.group("hon").split()[-1].rstrip(".").lower())
            end = m.start("name") + len(name)
            role = hon
            if hon == "Councillor":
                tier = _TIER_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
                if tier:  # "County Councillor Peter Hale"
                    role = f"{tier.group(1).title()} Councillor"
            after = text[end : end + 300]
            r = _role_after(after)
            if r:
                role = r
            self.add(name, role, m.start(), end)

    def _name_runs(self) -> None:
        text = self.text
        for m in _NAME_RUN_RE.finditer(text):
            toks = m.group(0).split()
            if toks[0].rstrip(".").lower() in _HON_WORDS:
                continue
            cut = len(toks)
            role_tail = False
            for i, t in enumerate(toks):
                if t.lower() in STOP_WORDS:
                    cut = i
                    role_tail = t.lower() in ROLE_WORDS or t.lower() in ("independent", "interim")
                    break
            if cut < 2 or cut > 3:
                continue
            # Skip runs that an honorific introduces (handled above).
            before = text[max(0, m.start() - 14) : m.start()]
            if _HON_BEFORE_RE.search(before):
                continue
            name = " ".join(toks[:cut])
            if toks[0].lower() in STOP_WORDS:
                continue
            end = m.start() + len(name)
            after = text[end : end + 300]
            before_ctx = text[max(0, m.start() - 20) : m.start()]
            role: str | None = None
            ok = False
            if role_tail:
                role = _role_tail(text[end : end + 300])
                ok = role is not None and bool(_BEFORE_CONTEXT_RE.search(before_ctx) or True)
            if not ok:
                br = _AFTER_BRACKET_RE.match(after)
                if br:
                    inner = br.group(1).strip()
                    if _ACRONYM_RE.match(inner) and inner.rstrip("s") == initials_of(name):
                        continue  # "Tower Hamlets Together (THT)": an organisation
                    if _DIGIT_RE.match(inner):
                        ok = False
                    else:
                        ok = True
                        if not _INITIALS_RE.match(inner) or inner.rstrip(".") != initials_of(name):
                            role = (
                                None
                                if _REPRESENTING_WORD_RE.match(inner)
                                or _ABSENCE_REASON_RE.fullmatch(inner)
                                else inner
                            )
            if not ok:
                r = _role_after(after)
                if r:
                    ok, role = True, r
            if not ok and (
                _SPEECH_RE.match(after) or _POSSESSIVE_RE.match(after) or _COORD_RE.match(after)
            ):
                ok = True
            if (
                not ok
                and _BEFORE_CONTEXT_RE.search(before_ctx)
                and toks[cut - 1] not in _PLACE_SUFFIXES  # "Brookside and Nether Lane"
                and _NAME_END_RE.match(after)
            ):
                ok = True
            if not ok:
                continue
            if any(t.lower() in STOP_WORDS for t in toks[:cut]):
                continue
            self.add(name, role, m.start(), end)

    def _roles_only(self) -> None:
        text = self.text
        for m in _ROLE_ONLY_RE.finditer(text):
            role = m.group("role")
            # "the Directors of X and the Chief Operating Officer of Y": two roles.
            parts = _AND_THE_RE.split(role)
            pos = m.start("role")
            for part in parts:
                off = text.find(part, pos, m.end())
                if off < 0:
                    off = pos
                r = part.strip(" ,")
                r = _TRAILING_COMMA_RE.sub("", r)
                named = _ROLE_COMMA_NAME_RE.fullmatch(r)
                if (
                    named
                    and not _ORG_TAIL_RE.search(named.group("name"))
                    and any(p.name == named.group("name") for p in self.found)
                ):
                    # "The Flood Risk Manager, Tom Hadley, introduced": a named officer
                    # ("the Director, East London" names a place, not a person found).
                    ns = off + named.start("name")
                    self.add(named.group("name"), named.group("role"), ns, off + len(r))
                    pos = off + len(part)
                    continue
                if _role_key(r) in _GENERIC_ROLES or _MEMBERS_RE.match(r):
                    pos = off + len(part)
                    continue
                # A role followed by a name is the honorific/name route's business.
                nxt = text[off + len(part) : off + len(part) + 40]
                if _NAME_NEXT_RE.match(nxt) and not _SPEECH_NEXT_RE.match(nxt):
                    pos = off + len(part)
                    continue
                self.found.append(_P(None, r, [(off, off + len(r))]))
                pos = off + len(part)

    # -- merging ----------------------------------------------------------------------------
    def people(self) -> list[Person]:
        named = [p for p in self.found if p.name]
        roles = [p for p in self.found if not p.name]
        merged: list[_P] = []
        # Longest names first so short forms attach to them.
        order = sorted(range(len(named)), key=lambda i: (-len(named[i].tokens()), i))
        first_seen: dict[int, int] = {}
        index = _NameIndex()
        for i in order:
            p = named[i]
            target = index.find(merged, p)
            if target is None:
                merged.append(_P(p.name, p.role, list(p.mentions), p.initials))
                index.add(merged[-1], len(merged) - 1)
                first_seen[len(merged) - 1] = min(s for s, _ in p.mentions)
            else:
                t = merged[target]
                t.mentions.extend(p.mentions)
                # An honorific or a bare "(Chair)" gives way to an office named elsewhere
                # ("The Mayor, Cllr Janet Holloway (Chair)").
                if not t.role or (
                    t.role in ("Councillor", "Mayor", "Chair", "Chairman")
                    and p.role
                    and p.role not in (t.role, "Councillor")
                ):
                    t.role = p.role or t.role
                t.initials = t.initials or p.initials
                first_seen[target] = min(first_seen[target], min(s for s, _ in p.mentions))
        # Initials used later ("NB to update") are mentions of the person they abbreviate.
        by_initials: dict[str, list[int]] = {}
        for idx, p in enumerate(merged):
            toks = p.tokens()
            if len(toks) >= 2 and all(t[0].isupper() for t in toks):
                by_initials.setdefault(p.initials or initials_of(p.name or ""), []).append(idx)
            elif p.initials:
                by_initials.setdefault(p.initials, []).append(idx)
        drop: set[int] = set()
        for idx, p in enumerate(merged):
            if p.name and _INITIALS_RE.match(p.name + "") and len(p.tokens()) == 1:
                key = p.name.rstrip(".")
                owners = [o for o in by_initials.get(key, []) if o != idx]
                if len(owners) == 1:
                    merged[owners[0]].mentions.extend(p.mentions)
                    drop.add(idx)
        if by_initials:
            for m in _INITIALS_WORD_RE.finditer(self.text):
                owners = by_initials.get(m.group(0), [])
                if len(owners) == 1:
                    merged[owners[0]].mentions.append((m.start(), m.end()))
        out_named = [p for i, p in enumerate(merged) if i not in drop]
        _short_mentions(self.text, out_named)
        # Roles alone: merge equal roles, and roles that a named person holds.
        role_people: list[_P] = []
        role_keys: list[str] = []
        named_keys = [(_role_key(p.role), p) for p in out_named if p.role]
        seen_key: dict[str, _P] = {}
        for r in roles:
            assert r.role is not None
            key = _role_key(r.role)
            if key in seen_key:
                seen_key[key].mentions.extend(r.mentions)
                continue
            holder = next((p for k, p in named_keys if key and key in k), None)
            if holder is not None:
                holder.mentions.extend(r.mentions)
                seen_key[key] = holder
                continue
            same = next(
                (
                    q
                    for qk, q in zip(role_keys, role_people, strict=True)
                    if qk == key or qk.startswith(key + " ") or key.startswith(qk + " ")
                ),
                None,
            )
            if same is not None:
                same.mentions.extend(r.mentions)
                seen_key[key] = same
                continue
            role_people.append(_P(None, r.role, list(r.mentions)))
            role_keys.append(key)
            seen_key[key] = role_people[-1]
        result: list[tuple[int, Person]] = []
        for p in out_named + role_people:
            ments = sorted(set(p.mentions), key=lambda m: (m[0], -m[1]))
            kept: list[tuple[int, int]] = []
            for mm in ments:
                if kept and kept[-1][0] <= mm[0] and mm[1] <= kept[-1][1]:
                    continue
                kept.append(mm)
            ments = kept
            result.append((ments[0][0] if ments else 0, Person(p.name, p.role, ments, p.initials)))
        result.sort(key=lambda x: x[0])
        return [p for _, p in result]


# A capitalised word, not inside another (the look-behind after the capital: a fast scan).
_CAP_WORD_RE = re.compile(r"[A-Z](?<![\w’'-][A-Z])[\w’'-]*(?![\w’'-])")


def _short_mentions(text: str, people: list[_P]) -> None:
    """First names and surnames used alone ("Dolores reported") are mentions of the one
    person in the document with that name."""
    owners: dict[str, list[int]] = {}
    for idx, p in enumerate(people):
        toks = p.tokens()
        if len(toks) < 2:
            continue
        for t in {toks[0], toks[-1]}:
            if len(t) > 2 and t.lower() not in STOP_WORDS:
                owners.setdefault(t, []).append(idx)
    unique = {k: v[0] for k, v in owners.items() if len(v) == 1}
    if not unique:
        return
    last: tuple[int, int] | None = None  # (person, index of their last mention)
    for m in _CAP_WORD_RE.finditer(text):
        who = unique.get(m.group(0))
        if who is None:
            continue
        ments = people[who].mentions
        if last is not None and last[0] == who:
            s, e = ments[last[1]]
            if text[e : m.start()] == " ":
                ments[last[1]] = (s, m.end())  # "Lucy Hart": one mention, not two
                continue
        ments.append((m.start(), m.end()))
        last = (who, len(ments) - 1)


# Why someone sent apologies, bracketed after the name: not a role.
_ABSENCE_REASON_RE = re.compile(
    r"(?i)(?:on\s+)?(?:annual\s+|a\s+)?(?:holiday|illness|ill(?:\s+health)?|unwell|sickness|sick"
    r"|(?:work|other|prior|business|family|personal|caring)\s+(?:commitments?|reasons|engagement)"
    r"|work|leave|bereavement|personal|family\s+\w+|medical\s+\w+|childcare|travell?ing|away)"
)
# "the Flood Risk Manager, Tom Hadley", "The Mayor, Cllr Janet Holloway"
_ROLE_COMMA_NAME_RE = re.compile(
    r"(?P<role>[^,]+),\s+(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?\s+)?"
    rf"(?P<name>{NAME_TOKEN}\s+{NAME_TOKEN})"
)
_ORG_TAIL_RE = re.compile(
    r"\b(?:Council|Board|Trust|NHS|Authority|Partnership|Group|Service|Agency|Police|University"
    r"|College|Ltd|Limited|Foundation|Association|Healthwatch|Hospital|Borough|County|City)\b"
)
# Last words of street and place names, which only weak context would take for a surname.
_PLACE_SUFFIXES = frozenset(
    [
        "Road",
        "Street",
        "Lane",
        "Avenue",
        "Close",
        "Drive",
        "Crescent",
        "Way",
        "Terrace",
        "Grove",
        "Gardens",
        "Square",
        "Park",
    ]
)
_PLURAL_HON_RE = re.compile(r"(?i)(Councillors|Cllrs\.?)\s")


def name_span(chunk: str) -> str:
    """The name part of a list chunk (before any bracket)."""
    return chunk.split("(")[0].rstrip()


def _is_role_phrase(chunk: str) -> bool:
    words = [w.lower().strip("()") for w in chunk.split()]
    return any(w in ROLE_WORDS for w in words) or bool(_REPRESENTATIVE_RE.search(chunk))


def _parse_list_chunk(chunk: str) -> tuple[str, str | None, str | None, str | None] | None:
    """(name, role, initials, substitute name) for one list chunk, or None if not a name."""
    role: str | None = None
    initials: str | None = None
    extra: str | None = None
    main = chunk
    br = _BRACKET_RE.search(chunk)
    if br:
        inner = br.group(1).strip()
        main = (chunk[: br.start()] + chunk[br.end() :]).strip()
        sub = _SUBSTITUTE_RE.match(inner)
        if sub:
            _h, nm = _strip_hon(sub.group(1).strip())
            if nm and all(is_name_token(t) or _INITIAL_FULL_RE.fullmatch(t) for t in nm.split()):
                extra = sub.group(1).strip()
        elif _INITIALS_RE.match(inner):
            initials = inner.rstrip(".")
            after = chunk[br.end() :].strip(" ,–—-")
            if after:  # "Jane Burrows (JB) Chair": the role follows the initials
                main, role = chunk[: br.start()].strip(), after
        elif not _ABSENCE_REASON_RE.fullmatch(inner):  # "Cllr Sue Oldham (holiday)"
            role = inner
    # "Simon Watkins representing the CCG" / "A Smith, Chair"
    rep = _REPRESENTING_RE.match(main) if " " in main else None
    if rep and rep.group(1):
        main, role = rep.group(1), role or rep.group(2)
    hon, rest = _strip_hon(main)
    toks = rest.split()
    if not toks:
        return None
    if len(toks) == 1 and _INITIALS_RE.match(toks[0]):
        return toks[0].rstrip("."), role, toks[0].rstrip("."), extra
    if len(toks) > 4:
        return None
    for i, t in enumerate(toks):
        if _INITIAL_FULL_RE.fullmatch(t) and i < len(toks) - 1:
            continue
        if not is_name_token(t):
            return None
    if hon and not role:
        role = hon
    return rest, role, initials, extra


def _role_after(after: str) -> str | None:
    """A role written after a name: "(Managing Director of X)" or ", Policy Manager"."""
    m = _ROLE_BRACKET_RE.match(after)
    if m:
        inner = m.group(1).strip()
        if (
            _REPRESENTING_WORD_RE.match(inner)
            or _DIGIT_RE.match(inner)
            or _INITIALS_RE.match(inner)
            or _ABSENCE_REASON_RE.fullmatch(inner)
        ):
            return None
        return inner
    m = _ROLE_COMMA_RE.match(after)
    if m:
        phrase = m.group(1)
        words = phrase.split()
        out: list[str] = []
        for w in words:
            if w[0].isupper() or w.lower() in (
                "of",
                "for",
                "and",
                "&",
                "at",
                "the",
                "-",
                "–",
                "in",
            ):
                out.append(w)
            else:
                break
        while out and out[-1].lower() in ("of", "for", "and", "&", "at", "the", "-", "–", "in"):
            out.pop()
        cand = " ".join(out)
        # "Sian Thomas, Education Representative and Richard Jenkinson": stop at a new name.
        cand = _AND_NEXT_NAME_RE.split(cand)[0]
        words = cand.split()
        if len(words) > 1 and words[0].rstrip(".").lower() in HONORIFICS:
            return None  # "Cllr Peter Hale, Cllr Ruth Adeyemi": the next person, not a role
        if any(w.lower() in ROLE_WORDS for w in words):
            return cand
    m = _ROLE_APPOSITION_RE.match(after)
    if m and m.group(1).split()[-1] in _APPOSITION_ROLES | ROLE_WORDS:
        return m.group(1)
    return None


_ROLE_TAIL_RE = re.compile(
    r"\s+([A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|and|at|the|\([A-Z]{2,8}\)))*)"
)


def _role_tail(after: str) -> str | None:
    """ "Independent Chair of Tower Hamlets Together (THT)" right after a name."""
    m = _ROLE_TAIL_RE.match(after)
    if not m:
        return None
    r = m.group(1)
    if not any(w.lower() in ROLE_WORDS for w in r.split()):
        return None
    return r


def _low_tokens(p: _P) -> list[str]:
    return [t.rstrip(".").lower() for t in p.tokens()]


class _NameIndex:
    """Look-ups for :func:`_find_same` without scanning every person found so far."""

    def __init__(self) -> None:
        self.exact: dict[tuple[str, ...], int] = {}
        self.by_token: dict[str, list[int]] = {}

    def add(self, p: _P, idx: int) -> None:
        low = _low_tokens(p)
        self.exact.setdefault(tuple(low), idx)
        if low:
            self.by_token.setdefault(low[0], []).append(idx)
            if low[-1] != low[0]:
                self.by_token.setdefault(low[-1], []).append(idx)

    def find(self, merged: list[_P], p: _P) -> int | None:
        low = _low_tokens(p)
        hit = self.exact.get(tuple(low))
        if hit is not None:
            return hit
        if not low:
            return None
        cands = sorted(set(self.by_token.get(low[0], []) + self.by_token.get(low[-1], [])))
        if not cands:
            return None
        sub = [merged[i] for i in cands]
        found = _find_same(sub, p)
        return None if found is None else cands[found]


def _find_same(merged: list[_P], p: _P) -> int | None:
    toks = [t.rstrip(".") for t in p.tokens()]
    low = [t.lower() for t in toks]
    for i, q in enumerate(merged):
        qt = [t.rstrip(".") for t in q.tokens()]
        ql = [t.lower() for t in qt]
        if low == ql:
            return i
    for i, q in enumerate(merged):
        qt = [t.rstrip(".") for t in q.tokens()]
        ql = [t.lower() for t in qt]
        if not ql:
            continue
        if len(low) == 1:
            # Surname ("Councillor Greene") or first name ("Brenda").
            if low[0] == ql[-1] or (low[0] == ql[0] and len(ql) > 1 and _is_first_only(p)):
                return i
            continue
        # "A Lloyd-Harris" / "Amanda Lloyd-Harris"
        if (
            low[-1] == ql[-1]
            and len(low) <= len(ql)
            and (low[0] == ql[0] or (len(low[0]) == 1 and ql[0].startswith(low[0])))
        ):
            return i
    return None


def _is_first_only(p: _P) -> bool:
    return p.role not in ("Councillor", "Mayor", "ACC", "DCC", "Alderman")


def extract_people(text: str, lines: list[Line]) -> list[Person]:
    """Every person the text names (or names by role alone), once each, with mentions."""
    finder = PeopleFinder(text, lines)
    finder.run()
    return finder.people()


def known_name_tokens(people: Iterable[Person]) -> set[str]:
    """Lower-cased name tokens of the people found (for owner detection)."""
    out: set[str] = set()
    for p in people:
        if p.name:
            for t in p.name.split():
                if len(t) > 1:
                    out.add(t.lower().rstrip("."))
        if p.initials:
            out.add(p.initials.lower())
    return out
