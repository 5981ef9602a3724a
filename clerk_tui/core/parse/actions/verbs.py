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
    explore meet discuss develop set seek obtain chase email distribute agree progress
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
