"""Verbs of commitments: the tasks owners take on, and verbs that never make a task."""

from __future__ import annotations

DECISION_VERBS = {
    "note",
    "approve",
    "support",
    "endorse",
    "accept",
    "recommend",
    "defer",
    "receive",
    "adopt",
    "agree",
    "delegate",
    "ratify",
    "confirm",
    "welcome",
}
TASK_VERBS = set(
    """
    circulate provide send share arrange write report bring update contact investigate look
    follow liaise confirm check clarify respond present produce prepare review raise feed
    pick ensure take place add organise organize draft submit publish invite consider
    explore meet discuss develop set seek obtain chase email e-mail distribute agree progress
    deliver complete attend speak engage establish identify monitor amend revise circulate
    forward request collate compile book hold visit work lead write co-ordinate coordinate
    convene escalate inform notify advise brief include incorporate reflect revisit return
    compile scope test trial pilot map audit assess evaluate examine analyse analyze
    look-into put post display upload remind approach source procure commission fund recruit
    appoint nominate offer demonstrate facilitate support
    """.split()  # noqa: SIM905
)
WILL_BAD = {
    "be",
    "have",
    "need",
    "help",
    "include",
    "form",
    "remain",
    "become",
    "mean",
    "allow",
    "enable",
    "cover",
    "not",
    "never",  # "will never", "will no longer", "will neither ... nor": a negation
    "no",
    "neither",
    "also",
    "still",
    "continue",
    "require",
    "depend",
    "vary",
    "receive",
    "benefit",
    "likely",
    "then",
    "now",
    "take-place",
    "happen",
    "follow",
}


# Verbs of the small jobs a first-named owner takes on ("Geoff to get a quote").
FIRST_NAME_VERBS = TASK_VERBS | frozenset(
    """
    ask get buy order repair fix replace renew pay sign inspect survey cut clear tidy collect
    paint mend call phone ring find tell give make do go print design sort cancel move clean
    install purchase resolve chair host run apply register record file let hire prune mow
    plant empty store lock open close label count measure quote advertise promote thank
    remind insure bank invoice reply pull gather
    """.split()  # noqa: SIM905
)

# Verbs of wishes, views and states ("would like", "will welcome", "would hope"), of
# standing roles ("MW would manage the website") and of leaving one ("will step down").
NOT_TASK_VERBS = frozenset(
    """
    like love long enjoy want wish hope expect welcome appreciate prefer think feel know see seem
    appear say argue suggest imagine mean cost result last stay keep lose win happen apply affect
    impact increase decrease reduce improve rise fall grow remain allow make go get come
    manage oversee act serve represent maintain chair own move propose second step retire
    resign struggle qualify deserve suffer
    """.split()  # noqa: SIM905
)
# "asked that the Cabinet Member attend the February meeting" is a follow-up.
NOT_ASKED = DECISION_VERBS - {"confirm", "delegate"} | {"attend", "be"}
# The modal verbs, which the verb of a task follows ("Ann will in turn ring ...").
MODALS = frozenset("will would shall should may might can could must".split())  # noqa: SIM905
AUXILIARIES = frozenset(
    """
    is are was were be been being has have had will would should shall may might can could
    must did does do not also then now
    """.split()  # noqa: SIM905
)

# Verbs opening what a speaker said rather than a task for them.
TALK_VERBS = frozenset(
    """
    think agree disagree like love want wish hope feel know see guess suppose wonder thank
    believe mean remember say note suggest prefer understand worry let need seem sound
    have can could may might must should would be query question comment welcome propose
    recommend object second vote oppose abstain
    """.split()  # noqa: SIM905
)
# Verbs named above for their sense after "will" or "would" ("would like to get", "will
# move on", "do not") or in talk ("agree with"), which head a job after "to" ("Geoff to get a
# quote", "Ann to chair the AGM", "Bob to agree the rota with the caretaker").
_JOB_SENSES = frozenset(
    "get make go do move apply chair confirm agree support thank let".split()  # noqa: SIM905
)
# Verbs that head no task, whatever the sentence: wishes, views and states, auxiliaries,
# talk, and the meeting's own business ("note", "approve", "welcome").
NEVER_TASK_VERBS = (NOT_TASK_VERBS | AUXILIARIES | DECISION_VERBS | TALK_VERBS) - _JOB_SENSES


def base_form(verb: str) -> str | None:
    """ "writes" -> "write", "confirms" -> "confirm", "contact" -> "contact"; None for an
    auxiliary or a past form ("was", "agreed")."""
    if verb in AUXILIARIES or verb in NOT_A_VERB or verb.endswith("ed") or len(verb) < 3:
        return None
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zes")):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb[:-1]
    return verb


def ok_verb(v: str) -> bool:
    """Whether ``v`` may head a task: a word (not a function word: "invite Sam to the
    meeting" puts no task on Sam) that is no state or wish ("be", "need", "remain")."""
    return v not in WILL_BAD and v not in NOT_A_VERB and v.isalpha() or "-" in v


NOT_A_VERB = frozenset(
    """
    the a an date this that these those all any some each every his her their its our my
    your which what whom it them him me us you and or but
    for of in on at with from by as into onto about over under
    """.split()  # noqa: SIM905
)
