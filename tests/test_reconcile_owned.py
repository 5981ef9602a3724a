"""Reports by an action's own owners in a review of the last actions, in a verb of their own
(`reconcile.owned`), and a message passed on ("advised that there will be ...") read as no
word on the work. Sentences of our own for the fictional Riverside council."""

from __future__ import annotations

from datetime import date

from clerk_tui.core.reconcile import OpenAction, reconcile
from clerk_tui.core.reconcile.places import antecedent

MAY = date(2024, 5, 1)
ACTIONS = (
    OpenAction(1, "Confirm", "Ann", MAY),
    OpenAction(2, "Prepare a rota for cutting the hedges along the churchyard path", "Bill", MAY),
    OpenAction(3, "Push that through", "Pat and Lee", MAY),
    OpenAction(4, "Get quotes for mending the hall roof", "Ann", MAY),
    OpenAction(5, "Write to the landowner about the footpath", "Clerk", MAY),
)


def _kinds(report: str) -> list[tuple[int, str]]:
    return sorted((p.action_id, p.kind) for p in reconcile(report, ACTIONS, date(2024, 6, 5)))


def test_owners_report_their_actions_done_in_verbs_of_their_own() -> None:
    """The verb the action asked for ("confirmed"), or another verb over the action's words
    ("drew up a rota for cutting the hedges ..."); not "completed" something else for the
    owners' only action (the parse may have missed the one it reports)."""
    report = (
        "Actions from the last meeting:\n"
        "- Ann confirmed that the hall is free on 12 June.\n"
        "- Bill drew up a rota for cutting the hedges along the churchyard path.\n"
        "- Pat and Lee completed the grant form for the play area.\n"
    )
    assert _kinds(report) == [(1, "done"), (2, "done")]


def test_not_finished_saying_and_others_are_no_done() -> None:
    """An owner saying something ("Ann reported ... the hall roof") reports no work of hers;
    "completed" by someone else is not the owners'; "has not yet" is a progress note."""
    report = (
        "Actions from the last meeting:\n"
        "- Ann reported that the hall roof was leaking again.\n"
        "- Chris completed the grant form for the play area.\n"
        "- Bill drew up a rota for cutting the hedges along the churchyard path but has not "
        "yet circulated it.\n"
    )
    kinds = _kinds(report)
    assert (2, "update") in kinds
    assert not [k for k in kinds if k[1] == "done"]


def test_only_under_a_review_of_the_last_actions() -> None:
    report = (
        "## Play area\n"
        "- Pat and Lee completed the grant form for the play area.\n"
        "- Bill drew up a rota for cutting the hedges along the churchyard path.\n"
    )
    assert _kinds(report) == []


def test_an_everyday_owner_only_in_the_verb_asked_for() -> None:
    """ "The Clerk" is named in sentence after sentence: only "wrote to" reports "write to"."""
    drafted = "Matters arising:\n- The Clerk drafted a note on the footpath for the landowner.\n"
    assert _kinds(drafted) == []
    wrote = "Matters arising:\n- The Clerk wrote to the landowner about the footpath.\n"
    assert _kinds(wrote) == [(5, "done")]


def test_a_message_passed_on_is_no_word_on_the_work() -> None:
    """ "have been advised that there will be no plinth": the 'will' is the message's."""
    actions = [OpenAction(7, "Advise the Village Sign group about the plinth", "Clerk", MAY)]
    report = "Village sign – the Village Sign group have been advised that there will be no plinth."
    assert [(p.action_id, p.kind) for p in reconcile(report, actions, date(2024, 6, 5))] == [
        (7, "done")
    ]
    waiting = "Village sign – the Village Sign group will be advised about the plinth."
    assert [p.kind for p in reconcile(waiting, actions, date(2024, 6, 5))] != ["done"]


def test_a_pronoun_task_is_about_the_sentence_before_it() -> None:
    """ "Pat and Lee to push that through" after "Lee has drafted the grant form for the play
    area.": the owners' report on the grant form reports it; a report sharing one word of that
    sentence, or by someone else, does not."""
    minutes = (
        "5. Play area\n"
        "- Lee has drafted the grant form for the play area.\n"
        "ACTION: Pat and Lee to push that through.\n"
    )
    start = minutes.index("ACTION")
    context = antecedent(minutes, start, len(minutes))
    assert context == "Lee has drafted the grant form for the play area."
    assert antecedent(minutes, minutes.index("Lee has"), start) == ""
    actions = [
        OpenAction(3, "Push that through", "Pat and Lee", MAY, context=context),
        OpenAction(4, "Get quotes for mending the hall roof", "Pat and Lee", MAY),
    ]

    def kinds(entry: str) -> list[tuple[int, str]]:
        report = f"Actions from the last meeting:\n- {entry}\n"
        return [(p.action_id, p.kind) for p in reconcile(report, actions, date(2024, 6, 5))]

    assert kinds("Pat and Lee completed the grant form for the play area.") == [(3, "done")]
    assert kinds("Pat and Lee completed the form for the bus shelter.") == []
    assert kinds("Chris completed the grant form for the play area.") == []


def test_another_action_or_a_named_object_takes_no_sentence_before() -> None:
    minutes = "ACTION: Ann to book the hall.\nACTION: Bill to see to it.\n"
    assert antecedent(minutes, minutes.index("ACTION: Bill"), len(minutes)) == ""
    named = "The hedge along the path is overgrown again.\nClerk to check that it is cut.\n"
    assert antecedent(named, named.index("Clerk"), len(named)) == ""


def test_one_word_only_that_action_uses_names_the_owners_only_action_sharing_it() -> None:
    """ "Bill printed the rota" reports his action on the rota (no other action's word); a word
    two actions use ("hedges") names neither, nor does a word of another owner's action."""
    actions = [
        OpenAction(2, "Prepare a rota for the volunteers", "Bill", MAY),
        OpenAction(6, "Ask the school about the hedges", "Bill", MAY),
        OpenAction(7, "Price the cutting of the hedges", "Ann", MAY),
        OpenAction(8, "Collect the litter pickers", "Ann", MAY),
    ]

    def kinds(entry: str) -> list[tuple[int, str]]:
        report = f"Review of actions:\n- {entry}\n"
        return [(p.action_id, p.kind) for p in reconcile(report, actions, date(2024, 6, 5))]

    assert kinds("Bill printed a rota and pinned it in the hall.") == [(2, "done")]
    assert kinds("Bill trimmed the hedges by the gate.") == []
    assert kinds("Bill collected the grit bins.") == []
