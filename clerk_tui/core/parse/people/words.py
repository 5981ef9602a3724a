"""Word tables and name patterns shared by the people rules."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from ..context import per_parse

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
    "councilor": "Councillor",
    "councilors": "Councillor",
    "cllrs": "Councillor",
    "inspector": "Inspector",
    "sergeant": "Sergeant",
    "superintendent": "Superintendent",
    "ch": None,
    "chief": None,
    "detective": None,
    "pc": "Police Constable",
    "pcso": "PCSO",
    "senator": "Senator",
    "commissioner": "Commissioner",
    "commissioners": "Commissioner",
    "trustee": "Trustee",
    "trustees": "Trustee",
    "connétable": "Connétable",
    "connetable": "Connétable",
}
# A title that is also a role word ("Deputy Chair") is a title only before initials, as
# the Channel Islands' states write their members: "Deputy P. R. Vautier", "Deputy B Falla".
TITLES_BEFORE_INITIALS: dict[str, str] = {"deputy": "Deputy"}
BEFORE_INITIALS = r"(?=[ \t]+[A-Z](?:\.|[A-Z]{0,2}[ \t]+[A-Z]))"
_INITIALS_WORD_RE = re.compile(r"(?:[A-Z]\.?){1,3}")
HON_ALT = (
    r"Councillors|Councilors|Councilor|Cllrs\.?|Councillor|Cllr\.?|Cr\.?|(?:Chief\s+|Detective\s+|Det\.?\s+)?(?:Inspector|Superintendent|Sergeant)|PCSO|PC|Mayor|Alderman|ACC|DCC|Dr\.?|Mrs\.?|Mr\.?|Ms\.?|Miss|Mx|Prof\.?"
    r"|Professor|Sir|Dame|Lord|Lady|Baroness|Revd\.?|Rev\.?|Reverend|Canon|Senator|Commissioners?|Trustees?|Conn[ée]table"
    rf"|Deputy{BEFORE_INITIALS}"
)


def title_before_initials(word: str, after: str) -> str | None:
    """The title ``word`` is when the word ``after`` it is a person's initials ("Deputy" before
    "P.", not before "Chair"), else None."""
    title = TITLES_BEFORE_INITIALS.get(word.lower())
    return title if title and _INITIALS_WORD_RE.fullmatch(after) else None


CAPITAL = "A-ZÀ-ÖØ-Þ\u0100-\u017e"
LOWER = "a-zß-öø-ÿ\u0100-\u017f"  # with Latin Extended-A: "Staś Małolepszy"
# (a hyphen's second part a "Mc" or "Mac" name too: "Anderson-McLeod")
NAME_TOKEN = (
    rf"(?:Mc|Mac|O['’]|D['’])?[{CAPITAL}][{LOWER}]+(?:[-'’](?:M(?:a?c)(?=[{CAPITAL}]))?"
    rf"[{CAPITAL}]?[{LOWER}]+)*"
)
# Words inside a surname: "Jan van der Berg", "Sorcha Ó Ceallaigh", "Luis de Souza".
PARTICLE = r"(?:van|von|de|der|den|du|da|di|del|della|des|la|le|ter|ten|Ó|Ní|Nic|Ua)"
PARTICLES = frozenset(
    "van von de der den du da di del della des dos das e y la le ter ten ó ní nic ua".split()  # noqa: SIM905
)
INITIAL = r"[A-Z]\.?"

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
    non-executive non-voting borough county city district parish street road centre hospital
    university college school
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
    see please note get let thanks thank auditor auditors handyman caretaker warden trustee
    trustees secretariat locum internal external taker bursar convenor convener facilitator
    moderator training vacancy vacancies homes association society foundation institute
    company club agency bank lab labs inc llc
    virtual town civic offices guildhall shape minutes agenda none nil details ltd limited plc
    llp cic
    news gazette herald chronicle advertiser journal cottages cottage villas meadows bakery
    cafe café tavern surgery pharmacy stores motors garage estates holdings apartments flats
    property properties office offices area areas
    everyone everybody anyone anybody someone somebody nobody whoever
    is are was were has have had been does did
    montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi
    vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo maandag
    dinsdag woensdag donderdag vrijdag zaterdag zondag lunedì martedì mercoledì giovedì
    venerdì sabato domenica
    """.split()  # noqa: SIM905
)
# Stop words that are also common surnames: the last word of a name after a given name
# ("Emma Young", "Dan Park").
SURNAME_STOP_WORDS = frozenset(
    "young hall park church north south east west house chambers head march london ward".split()  # noqa: SIM905
)
# Stop words that are also given names, first before a surname: "June Voss", "May Tolland".
GIVEN_STOP_WORDS = frozenset("april may june august grace will".split())  # noqa: SIM905
ROLE_WORDS = frozenset(
    """
    director directors officer officers chair chairman chairwoman chairperson vice-chair co-chair
    executive manager managers lead leader head clerk secretary treasurer superintendent
    representative representatives commissioner consultant coordinator co-ordinator adviser
    advisor nurse inspector engineer surveyor solicitor registrar president governor member
    members mayor councillor councilor partner observer chief deputy assistant analyst administrator
    archivist librarian controller ranger keeper principal cabinet portfolio holder
    taker minute-taker auditor handyman caretaker warden trustee trustees secretariat
    professor lecturer steward bursar convenor convener facilitator moderator
    spokesperson spokesman spokeswoman notetaker note-taker scribe timekeeper rfo captain rep
    reps lengthsman groundsman churchwarden
    """.split()  # noqa: SIM905
)

# An emoji before a heading's or a label's words, as shared notes decorate them: the
# shortcode ("### :bust_in_silhouette: Participants", ":writing_hand: **Scribe:** Ann Lowe")
# or the picture itself ("## \U0001f465 Attendees").
EMOJI = r"(?::[a-z0-9_+-]{1,40}:|[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)[ \t]*"

# Offices written by their letters, in a bracket after a name: "(PM)", "(CEO)", "(RFO)".
OFFICE_LETTERS = frozenset("pm ceo cfo coo cto cio rfo dph sro hr".split())  # noqa: SIM905

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

SP = r"[ \t\u00a0]+"
NAME_SP = r"[ \u00a0]+"  # between the words of one name (a tab parts table cells)
# NAME_TOKEN at a word start, written to begin with a plain character set (a fast scan):
# the capital, then "c"/"ac" after an M or an apostrophe after an O or D ("McDonald",
# "O'Brien") before the next capital.
FIRST_NAME_TOKEN = (
    rf"[{CAPITAL}](?<!\w[{CAPITAL}])(?:(?<=M)(?:c|ac)[A-Z]|(?<=[OD])['’][A-Z])?"
    rf"[{LOWER}]++(?:[-'’](?:M(?:a?c)(?=[{CAPITAL}]))?[{CAPITAL}]?[{LOWER}]++)*"
)
# A name's next word, after any particles.
NEXT_NAME_TOKEN = rf"(?:{PARTICLE}{NAME_SP})" + "{0,2}" + NAME_TOKEN
INITIALS_RE = re.compile(r"^[A-Z]{2,4}\.?$")
# A user name on GitHub and the like, as open projects' notes name people: "@tonyb".
HANDLE_RE = re.compile(r"@[A-Za-z0-9](?:[\w.-]*[A-Za-z0-9])?")


NAME_TOKEN_FULL_RE = re.compile(NAME_TOKEN)
_INITIALS_SPLIT_RE = re.compile(r"[\s-]+")
LEADING_THE_RE = re.compile(r"^(?:the|The)\s+")
_FOR_RE = re.compile(r"\bfor\b")
_LEADING_DET_RE = re.compile(r"^(?:the|our|your)\s+")
_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")


def plain(word: str) -> str:
    """The word without accents: "ciarán" and "ciaran" are one name written two ways."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def is_stop_word(word: str) -> bool:
    """A stop word, or a compound of stop words ("Vice-Chair", "Co-Chair")."""
    low = word.lower()
    return low in STOP_WORDS or ("-" in low and all(p in STOP_WORDS for p in low.split("-")))


@per_parse  # (asked again of each person found, by every office that names initials)
def initials_of(name: str) -> str:
    return "".join(t[0] for t in _INITIALS_SPLIT_RE.split(name) if t and t[0].isupper())


_MIXED_INITIALS_RE = re.compile(r"[A-Z][A-Za-z]{1,3}")


def is_initials_for(inner: str, name: str) -> bool:
    """ "(JS)" or "(DSc)" after "David Schroeder": the initials a list defines for a name
    (two capitals at least, the first the name's own)."""
    if not initials_shaped(inner):
        return False
    inner = inner.rstrip(".")
    return inner == initials_of(name) or (not inner.isupper() and inner[0] == name[:1])


def initials_shaped(word: str) -> bool:
    """Written as initials may be ("JS", "DSc", "AP."), whatever name they stand for."""
    word = word.rstrip(".")
    return bool(_MIXED_INITIALS_RE.fullmatch(word)) and sum(c.isupper() for c in word) >= 2


def role_key(role: str) -> str:
    r = _FOR_RE.sub("of", role.lower().replace("&", " and "))
    r = _LEADING_DET_RE.sub("", r)
    return " ".join(_NON_ALNUM_RE.sub(" ", r).split())


# Pronouns bracketed after a name ("Ann Wu (she/her)"): not a role.
PRONOUNS_RE = re.compile(
    r"(?i)(?:she|he|they|ze|xe)(?:[ \t]*/[ \t]*(?:her|hers|him|his|them|theirs|they|she|he"
    r"|zir|xem))+"
)


# Why someone sent apologies, bracketed after the name: not a role.
ABSENCE_REASON_RE = re.compile(
    r"(?i)(?:on\s+)?(?:annual\s+|a\s+)?(?:holiday|illness|ill(?:\s+health)?|unwell|sickness|sick"
    r"|(?:work|other|prior|business|family|personal|caring)\s+(?:commitments?|reasons|engagement)"
    r"|work|leave|bereavement|personal|family\s+\w+|medical\s+\w+|childcare|travell?ing|away)"
)


# When someone came or left, bracketed after the name: not a role. "(from item4)", "(Item
# 262 only)", "(part meeting)", "(left at 8.15pm)", "(arrived after item 5)".
_WHEN_PRESENT = (
    r"(?:(?:agenda\s+)?(?:items?|min(?:ute)?s?\.?|points?)\s*\d[\w.,\s&/–-]*"
    r"|part(?:\s+of)?(?:\s+the)?(?:\s+meeting)?|\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"|late|early|the\s+start)"
)
ATTENDANCE_NOTE_RE = re.compile(
    r"(?i)(?:(?:from|until|till|up\s+to|to|after|before|for|during|left|leaving|arrived|arriving"
    r"|joined|joining|departed|present|attended|attending|absent)\s+(?:at\s+|for\s+|from\s+"
    rf"|after\s+|during\s+|before\s+)?)?{_WHEN_PRESENT}(?:\s+(?:only|onwards))?"
)
# How someone took part, or a remark on it, bracketed after the name: not a role. "(via
# Zoom)", "(by phone)", "(online)", "(unable to attend - report read by Ann Lee)".
REMARK_RE = re.compile(
    r"(?i)(?:via|unable|dialled|dialed|joined|joining|report\s+(?:read|given|sent)"
    r"|by\s+(?:tele)?(?:phone|video|zoom|teams|email)|on\s+(?:zoom|teams|the\s+phone)"
    r"|online|remotely?|virtually)\b"
)
# A role's scope in the meeting, not part of the role: "chair Items 1-3", "Chair for item 5".
ROLE_SCOPE_RE = re.compile(
    r"(?i)\s+(?:for\s+|from\s+|at\s+|during\s+)?(?:agenda\s+)?(?:items?|min(?:ute)?s?\.?)\s*\d.*$"
)


@cache
def _all_given_names() -> frozenset[str]:
    """Lower-cased English given names and their short forms, from the nicknames package's
    table (already a dependency)."""
    spec = find_spec("nicknames")  # the package's folder, without importing it (faster)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("nicknames")
    table = (Path(spec.origin).parent / "names.csv").read_text(encoding="utf-8")
    english = (w for row in table.splitlines()[1:] for w in row.split(",")[::2] if len(w) > 2)
    return frozenset(english) | _MORE_GIVEN_NAMES


# Given names common in British minutes that the English table lacks: Irish, Welsh, Scottish,
# South Asian, Polish, Spanish and Italian names, newer English ones, and common English and
# American ones with no short form in the table (a committee's Colin, Karen, Graham, Ruth,
# Tamara and Dwayne; those that are everyday words too, "Robin", "Guy", are _COMMON_WORDS).
_MORE_GIVEN_NAMES = frozenset(
    """sean shaun shane liam connor conor niamh siobhan ciaran declan aidan aiden aoife ciara
    sinead oisin padraig eamon eamonn cormac dermot fergal ronan niall orla roisin grainne
    rhys dafydd sian huw emrys owain iwan bethan carys cerys rhian eleri gwyn aled llinos
    ffion eilidh hamish iain alasdair fergus callum ruairi morag mhairi kirsty ailsa catriona
    mohammed muhammad ahmed priya sanjay anil arjun ravi deepak fatima aisha yusuf omar
    hassan hussain imran asif nadia zainab amir tariq kiran sunil rakesh anjali pooja neha
    rahul amit jakub tomasz piotr marek katarzyna agnieszka matias mateo diego javier jorge
    sofia giulia marco luca matteo francesca olly nia zara keira kayleigh jayden kyle
    dylan ruth michaela denise marlena karen lynne gillian hazel doreen nicola gemma tracey
    beverley glenys lorna moira norma philippa sonia sylvia vera vivienne yvette zoe marlene
    barry colin craig darren gordon graham graeme jason keith nigel owen trevor wayne denis
    wilf dana bruce heike shannon tyler cody dustin brandon todd kurt dwayne darrell
    lara noreen neville phyllis rhonda rosalind selina sonya tamara tanya thelma tonya wanda
    yolanda wade warren winston alistair angus ava bethany bianca brooke bryony camilla
    candice carmen charlene chelsea colette darcy deanna desiree dolores dominique elise enid
    esme ethel faye georgina gladys glenda hilda ida imogen ingrid isobel jasmine jocelyn
    jodie jolene juliet keeley kirsten lana leigh lilian madeleine margot marianne marina
    mavis meryl mia nina paige petra rebekah renee robyn rosalie rowena sasha selena simone
    sybil tara thea yasmin alfie alvin barnaby boris brendan brett carlos cecil claude clive
    cyril damian damon desmond dwight elliot elliott errol ethan euan ewan fraser gavin
    gerard giles glyn godfrey hugo humphrey ivor jared jerome jesse joel jonah karl kelvin
    kieran kirk logan mario milo murray oscar otto quentin rory rufus spencer stanley
    stewart tristan robin violet iris jade pearl opal coral fern guy earl dale miles lance
    chad troy jordan hector""".split()  # noqa: SIM905
)


@cache
def _given_names() -> frozenset[str]:
    """Given names that are not everyday words: evidence that a capitalised word is a
    person's name."""
    return _all_given_names() - _COMMON_WORDS


# Names in that table that are also everyday English words, and so no evidence of a person.
_COMMON_WORDS = frozenset(
    """art bat bell cage chat con day dot duty fall fate field gay gum ham hop hub kill king
    left life link may mock nap one pink rod see sly than tick vest vet wash west wood court
    crate honey glory mercy honor charm green will grace hope joy june august april rose
    frank bill pat rob mark dawn summer amber ruby ivy holly heather daisy lily sandy chase
    grant dean ray van win wes mac max sis squat pip ash ant ford jack robin violet iris jade
    pearl opal coral fern guy earl dale miles lance chad troy jordan hector""".split()  # noqa: SIM905
)


def is_given_name(word: str) -> bool:
    return word.lower() in _given_names()


def may_be_given_name(word: str) -> bool:
    """A given name, maybe also an everyday word ("Rob", "Heather", "Will"): a name where
    the grammar already wants a person."""
    return word.lower() in _all_given_names()


def is_name_word(word: str) -> bool:
    """A given name, even one that is also an everyday word ("Rob", "Heather", "Will")."""
    w = word.lower()
    return w in _given_names() or w in _COMMON_WORDS


# "TBC", "??", "N/A", "-": a cell or a list entry that holds the place of a name not known yet.
_PLACEHOLDER_RE = re.compile(
    r"(?i)[\W_]*|(?:tbc|tba|tbd|t\.b\.[ca]\.?|n/a|none|nil|unknown|unassigned|vacant"
    r"|to be (?:confirmed|agreed|decided|arranged|advised))[\W_]*"
)


def is_placeholder(name: str) -> bool:
    """Whether an entry where a name belongs only holds its place: "TBC", "??", "N/A", "–"."""
    return bool(_PLACEHOLDER_RE.fullmatch(name.strip()))


# Public bodies minutes name by their letters alone, never a person's initials.
BODY_ACRONYMS = frozenset(
    """
    nhs pcn pcns icb icbs ics icp ccg ccgs cqc gp gps hmrc dwp ons dfe dhsc ukhsa phe nice
    hse nhse vcs vcse cvs lmc loc ltd plc cic llp bbc eu un who
    """.split()  # noqa: SIM905
)
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}s?")
# What follows a body's letters, never a person's: "the ICAT team", "a PCN representative".
_BODY_NOUN_AFTER = (
    r"team|teams|group|board|staff|rep|reps|representatives?|members|project|network|meeting"
    r"|committee|council|website|service|services|steering|partners?|colleagues|office|funding"
    r"|programme|system|contract|practices?|area|region|leads?"
)


_ARTICLE_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ee]ach|[Ee]very|[Ll]ocal)\s+$"
)
_NOUN_AFTER_RE = re.compile(rf"\s+(?:{_BODY_NOUN_AFTER})\b")


def names_an_organisation(name: str) -> bool:
    """A name of two words or more closed by a word that heads the name of an organisation, a
    place or an event, never a person's surname: "Christian Aid", "Glen Allotments",
    "Cramlington Caravans", "Byford Maker Space", "Korea Meteorological Administration",
    "Charity Casino Night", "Jed Valley", "Valley Friends"."""
    words = name.split()
    return len(words) > 1 and words[-1].lower().strip(".,;:()") in _ORGANISATION_HEADS


_ORGANISATION_HEADS = frozenset(
    """
    aid allotment allotments caravans space night municipal administration international
    meteorological valley festival gala carnival friends
    """.split()  # noqa: SIM905
)


def is_body_acronym(word: str, text: str) -> bool:
    """Capitals that name a body, not a person's initials: a public body minutes abbreviate
    ("NHS", "PCN", "ICB"), four letters or more ("ICAT": initials have two or three), or
    letters the text uses as a body's ("the PCN", "the ICAT team", "PCN representatives")."""
    if not _ACRONYM_RE.fullmatch(word):
        return False
    if word.lower() in BODY_ACRONYMS or len(word.rstrip("s")) >= 4:
        return True
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        whole = (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum()
        if whole and (
            _ARTICLE_BEFORE_RE.search(text, max(0, at - 8), at) or _NOUN_AFTER_RE.match(text, end)
        ):
            return True
        at = text.find(word, end)
    return False
