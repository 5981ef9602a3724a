"""Prose actions, round 12: a speaker's own commitment in the first person with any cue of
one, and a chat log's speakers named by handle."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions


def _notes(lines: str) -> str:
    return PARISH_HEAD + "1. Open floor\n\n" + lines


def test_a_speakers_own_commitment_with_any_cue() -> None:
    """ "I should try to", "I need to", "I plan to", "I'm going to", "I will be happy to",
    "Let me", a cue with its "I" dropped: the line's speaker's task."""
    body = _notes(
        "Ann: The footpath sign has gone again. I should try to ring the ranger this week.\n"
        "Tom: I need to check the insurance before the fete.\n"
        "Priya: I plan to visit the allotments on Saturday.\n"
        "Jane: I'm going to write to the county about the verges.\n"
        "Ann: I will be happy to become the second key holder for the hall.\n"
        "Tom: That sounds fine. Let me find out who owns the hedge.\n"
        "Priya: Nothing heard yet, got to chase the printer after the weekend.\n"
    )
    assert owned_actions(body) == [
        ("Ann", "Ring the ranger this week."),
        ("Tom", "Check the insurance before the fete."),
        ("Priya", "Visit the allotments on Saturday."),
        ("Jane", "Write to the county about the verges."),
        ("Ann", "Become the second key holder for the hall."),
        ("Tom", "Find out who owns the hedge."),
        ("Priya", "Chase the printer after the weekend."),
    ]


def test_a_view_a_wish_or_an_act_in_the_meeting_is_no_task() -> None:
    """ "I think", "I would like to see", "I can see", "Let me share my screen", "Let me
    explain", "I should say": said there and then, no task."""
    body = _notes(
        "Ann: I think we should wait for the survey.\n"
        "Tom: I would like to see more trees on the green.\n"
        "Priya: I can see the problem with the drain.\n"
        "Jane: Let me share my screen. Let me explain the figures.\n"
        "Ann: I should say that I disagree with the plan.\n"
    )
    assert owned_actions(body) == []


def test_a_chat_logs_speaker_by_handle() -> None:
    """A chat or IRC log names its speakers by handle, in small letters too: "<jdoe> ...",
    "[19:02] <kmoss> ...", a time and a nick and a tab, a scribe's "lachlan: ..." (and its
    "..." going on with lachlan)."""
    body = PARISH_HEAD + (
        "1. Website\n\n"
        "[19:01] <jdoe> I'll open an issue for the broken booking form\n"
        "[19:02] <kmoss> I can write the release notes this time\n"
        "19:03:10\tscribe\tlachlan: I will draft the accessibility statement\n"
        "19:03:40\tscribe\t... I'll look at the logs too\n"
        "pbarnes: let me ask the host about the certificate\n"
    )
    assert owned_actions(body) == [
        ("jdoe", "Open an issue for the broken booking form"),
        ("kmoss", "Write the release notes this time"),
        ("lachlan", "Draft the accessibility statement"),
        ("lachlan", "Look at the logs too"),
        ("pbarnes", "Ask the host about the certificate"),
    ]


def test_a_topic_label_in_small_letters_is_no_speaker() -> None:
    """ "note:", "summary:", "action:": a label of what follows, not who speaks."""
    body = PARISH_HEAD + (
        "1. Website\n\n"
        "note: I need to check the domain renewal date\n"
        "summary: we will meet again in May\n"
    )
    assert owned_actions(body) == []


def test_handles_in_small_letters_commit() -> None:
    """Notes of an open-source group or a chat name people by handle: "jdoe will check",
    "bodhi and kmoss will have a look", "(akm to review)"; an everyday word, a pronoun or a
    label in small letters is no agent."""
    body = PARISH_HEAD + (
        "1. Website\n\n"
        "jdoe will check the booking form before Friday.\n\n"
        "bodhi and kmoss will have a look at the shed roof.\n\n"
        "Grant form (tbarlow in flight, akm to review)\n\n"
        "thanks will be passed to the volunteers.\n\n"
        "everyone will benefit from the new path.\n"
    )
    assert owned_actions(body) == [
        ("jdoe", "Check the booking form before Friday."),
        ("bodhi and kmoss", "Have a look at the shed roof."),
        ("akm", "Review (Grant form)"),
    ]


def test_a_name_in_emphasis_or_a_body_by_its_initials() -> None:
    """ "_Priya_ will ...", "*Tom* to ...", "**Ann** will ...": the name without its markup;
    "The PCC undertook to", "The HWB agreed to": a body by its initials, with an article."""
    body = PARISH_HEAD + (
        "1. Churchyard\n\n"
        "_Priya_ will send the figures to the treasurer.\n\n"
        "*Tom* to book the hall for the fete.\n\n"
        "The PCC undertook to repair the churchyard wall.\n\n"
        "The HWB agreed to publish the strategy.\n\n"
        "The PCC agreed to support the bid.\n"
    )
    assert owned_actions(body) == [
        ("Priya", "Send the figures to the treasurer."),
        ("Tom", "Book the hall for the fete."),
        ("The PCC", "Repair the churchyard wall."),
        ("The HWB", "Publish the strategy."),
    ]


def test_get_with_a_bare_noun_phrase_and_a_sentence_in_bold() -> None:
    """ "will get cake and squash", "will get current signatories", "will get Riverside's
    results": a thing to fetch; not "get involved", "get better", "get rid of". A sentence
    in bold is read (a bold line with no full stop stays a title)."""
    body = PARISH_HEAD + (
        "1. Open day\n\n"
        "Tom will get cake and squash for the open day.\n\n"
        "Priya will get current signatories from the bank.\n\n"
        "Ann will get Riverside's results for the newsletter.\n\n"
        "Tom will get involved in the fete. Priya will get better at this.\n\n"
        "- Could we add Karl as a key holder?\n"
        "  - **Ann will discuss this with Karl.**\n\n"
        "**Clerk to report on the allotments**\n"
    )
    assert owned_actions(body) == [
        ("Tom", "Get cake and squash for the open day."),
        ("Priya", "Get current signatories from the bank."),
        ("Ann", "Get Riverside's results for the newsletter."),
        ("Ann", "Discuss this with Karl."),
    ]


def test_names_after_for_are_what_a_thing_is_for() -> None:
    """ "forms for the Clerk and Cllr Shah to sign": what they are to sign, one task (Tom's);
    "It was agreed for Tom to write" is Tom's."""
    body = PARISH_HEAD + (
        "1. Bank\n\n"
        "Tom will get the forms from the bank for the Clerk and Cllr Shah to sign.\n\n"
        "It was agreed for Priya to write to the bank.\n"
    )
    assert owned_actions(body) == [
        ("Tom", "Get the forms from the bank for the Clerk and Cllr Shah to sign."),
        ("Priya", "Write to the bank."),
    ]


def test_commitments_in_the_present_tense_and_after_a_label() -> None:
    """ "volunteers to", "offers to", "is volunteering to", "agrees to"; "Chair – Undertook
    to" (the owner a label before a dash); "was assigned the task of booking"."""
    body = PARISH_HEAD + (
        "1. Fete\n\n"
        "Cllr Hale volunteers to organise the litter pick.\n\n"
        "Cllr Shah offers to draft the newsletter.\n\n"
        "Cllr Barlow is volunteering to run the tombola.\n\n"
        "Chair – Undertook to talk to the vicar about the field.\n\n"
        "The Clerk was assigned the task of booking the marquee.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Hale", "Organise the litter pick."),
        ("Cllr Shah", "Draft the newsletter."),
        ("Cllr Barlow", "Run the tombola."),
        ("Chair", "Talk to the vicar about the field."),
        ("The Clerk", "Book the marquee."),
    ]


def test_volunteered_in_answer_to_a_question() -> None:
    """ "Who can put together a list? - Tom volunteered.", "Priya, Ann volunteered.": they take
    on what was asked; "volunteered" with no question before it, or a thanks to those who
    volunteered, is no task."""
    body = PARISH_HEAD + (
        "1. Fete\n\n"
        "- Who can put together a list of the benches?\n"
        "  - Tom volunteered.\n"
        "- Anyone able to run the tombola?\n"
        "  - Priya, Ann volunteering - it worked well last year.\n\n"
        "The hall was busy last year. Tom volunteered.\n\n"
        "The Chair thanked those who volunteered.\n"
    )
    assert owned_actions(body) == [
        ("Tom", "Take this on (put together a list of the benches)"),
        ("Priya, Ann", "Take this on (run the tombola)"),
    ]


def test_a_request_put_as_a_question() -> None:
    """ "asked if the Clerk could provide", "asked whether Tom would write": the one named
    does it; the meeting asking in the passive, "The Committee asked if a site visit could be
    arranged": a task with no owner. A question of fact, a plan asked about, one resident's
    wish and an explanation given there and then are none."""
    body = PARISH_HEAD + (
        "1. Highways\n\n"
        "Cllr Barlow asked if the Clerk could provide an update on the bins.\n\n"
        "Cllr Shah asked whether Cllr Hale would write to the highways authority.\n\n"
        "The Committee asked if a site visit to the depot could be arranged before December.\n\n"
        "Cllr Shah asked if the bins had been emptied.\n\n"
        "Cllr Hale asked if the precept would be increased.\n\n"
        "Mr Dunn asked if a bench could be installed by the pond.\n\n"
        "Cllr Shah asked whether the Clerk could explain the delay.\n"
    )
    assert owned_actions(body) == [
        ("the Clerk", "Provide an update on the bins."),
        ("Cllr Hale", "Write to the highways authority."),
        (None, "Arrange a site visit to the depot before December."),
    ]


def test_a_body_in_the_future_progressive() -> None:
    """ "Officers would be meeting the contractor", "The housing team will be contacting the
    tenants": the body's task, as "would meet", "will contact"; a meeting of its own ("will
    be meeting again in May") is none."""
    body = PARISH_HEAD + (
        "1. Housing\n\n"
        "Officers would be meeting the contractor next week.\n\n"
        "The housing team will be contacting the tenants of Mill Row.\n\n"
        "The Council will be meeting again in May.\n"
    )
    assert owned_actions(body) == [
        ("Officers", "Meet the contractor next week."),
        ("The housing team", "Contact the tenants of Mill Row."),
    ]


def test_the_owner_written_last_on_a_list_line() -> None:
    """A name or initials of someone present alone at the end of a list's line, after the
    task ("Bench repairs - complete in April.  Tom"), or initials closing a task that opens
    with its verb ("Check the moorings before the season TH"); not a question asked, a matter
    for a meeting, or a line of prose."""
    body = PARISH_HEAD + (
        "1. Progress since March\n\n"
        "- Bench repairs – complete in April.  Tom\n"
        "- Noticeboard glass not yet replaced. Priya\n"
        "- Check the moorings before the season TH\n"
        "- Cllr Barlow asked if the grit bins had been filled. Tom\n"
        "- Budget forecast to be reviewed at the March meeting. Priya\n\n"
        "The meeting closed at 9pm. Priya\n"
    )
    assert owned_actions(body) == [
        ("Tom", "Bench repairs – complete in April."),
        ("Priya", "Noticeboard glass not yet replaced."),
        ("TH", "Check the moorings before the season"),
    ]


def test_he_or_she_after_a_given_name_the_attendance_does_not_list() -> None:
    """ "Caleb is checking the list. He will make a channel": he is the given name opening the
    sentence before; after a sentence about a thing, "he" is no one."""
    body = PARISH_HEAD + (
        "1. Tenants\n\n"
        "Caleb is updating the county database of addresses. He will set up a group chat.\n\n"
        "The weather was poor. She will book the hall.\n"
    )
    assert owned_actions(body) == [("Caleb", "Set up a group chat.")]


def test_owners_joined_by_a_plus_sign_share_the_task() -> None:
    """Notes written quickly join owners with "+" as with "and" or "&": names and initials."""
    body = PARISH_HEAD + (
        "1. Summer fete\n\n"
        "Tom + Priya to draft the fete poster.\n"
        "TR + PP will book the bouncy castle.\n"
        "The float budget + 10% was agreed.\n"
    )
    assert owned_actions(body) == [
        ("Tom + Priya", "Draft the fete poster."),
        ("TR + PP", "Book the bouncy castle."),
    ]


def test_owners_written_last_on_a_list_line_joined_by_a_slash_or_plus() -> None:
    """Several people present, joined by "/", "+" or "&", at the end of a list's line own its
    task together; a name nobody present bears keeps the line out."""
    body = PARISH_HEAD + (
        "1. Website\n\n"
        "- Check the contact form works on phones. Tom/Priya\n"
        "- Photographs of the fete for the gallery. Tom + Priya\n"
        "- Renew the domain before it lapses. Priya/Zebedee\n"
    )
    assert owned_actions(body) == [
        ("Tom/Priya", "Check the contact form works on phones."),
        ("Tom + Priya", "Photographs of the fete for the gallery."),
    ]
