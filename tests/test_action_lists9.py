"""Round 9 of the structured action sources, on short Riverside passages: dotted initials
as owners ("T.H.", "P.-S."), and a bulleted heading reviewing the last meeting's actions
that heads only the bullets nested under it."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions, parse_strict


def test_dotted_initials_own_a_marked_action() -> None:
    text = (
        PARISH_HEAD + "4. Roads\nThe potholes on Mill Lane are worse.\n"
        "Action: T.H. to chase the county about the potholes.\n"
        "ACTION: J.C.-B. to send the newsletter to the printer.\n"
    )
    assert owned_actions(text) == [
        ("T.H.", "Chase the county about the potholes"),
        ("J.C.-B.", "Send the newsletter to the printer"),
    ]


def test_dotted_initials_own_a_list_entry() -> None:
    text = (
        PARISH_HEAD + "4. Hall\n\nActions:\n"
        "- Order new chairs for the hall (P.S.)\n"
        "- T.H.: ring the garage about the van\n"
    )
    assert owned_actions(text) == [
        ("P.S.", "Order new chairs for the hall"),
        ("T.H.", "Ring the garage about the van"),
    ]


def test_a_bulleted_review_heading_heads_only_its_nested_bullets() -> None:
    text = (
        PARISH_HEAD + "Notes:\n\n"
        "- Review actions from the last meeting:\n"
        "  - Tom to fix the gate - done\n"
        "  - ACTION: Priya to book the hall for the fete\n"
        "- Fete:\n"
        "  - ACTION: Jane to order the bunting.\n"
    )
    assert owned_actions(text) == [("Jane", "Order the bunting")]


def test_handles_and_names_owning_task_boxes() -> None:
    text = (
        PARISH_HEAD + "## Action items\n"
        "- [ ] @Priya S Will draft the grant bid\n"
        "- [ ] @tom ****@ann **will check the hall's fire doors**\n"
        "- [ ] Tom, Ann to Prepare the fete budget\n"
        "- [ ] Move the minutes to the new folder. (@priyas, @tomh)\n"
        "- [ ] Renew the domain name - @janec\n"
        "- [ ] Łukasz Nowak: Send the bank mandate to the treasurer\n"
    )
    assert owned_actions(text) == [
        ("@Priya S", "Draft the grant bid"),
        ("@tom @ann", "Check the hall's fire doors"),
        ("Tom, Ann", "Prepare the fete budget"),
        ("@priyas, @tomh", "Move the minutes to the new folder."),
        ("@janec", "Renew the domain name"),
        ("Łukasz Nowak", "Send the bank mandate to the treasurer"),
    ]


def test_a_capitalised_word_after_to_is_no_task_without_a_verb() -> None:
    text = PARISH_HEAD + "## Action items\n- [ ] Hall to Let signs for the fete\n"
    assert owned_actions(text) == [(None, "Hall to Let signs for the fete")]


def test_a_follow_up_heading_heads_tasks_with_no_owner() -> None:
    text = (
        PARISH_HEAD + "4. Hall\nThe hall roof leaks again.\n\n"
        "Follow-ups:\n"
        "- Check the insurance renewal\n"
        "- Chase the county about the potholes\n"
        "- Hall gutters and drains (next month)\n"
        "\n5. Follow-up\n- Ask the police to attend the next meeting\n"
    )
    assert owned_actions(text) == [
        (None, "Check the insurance renewal"),
        (None, "Chase the county about the potholes"),
        (None, "Ask the police to attend the next meeting"),
    ]


def test_a_heading_of_actions_owns_none_of_them() -> None:
    text = (
        PARISH_HEAD + "4. Hall\nThe hall roof leaks again.\n\n"
        "Follow-ups:\nAsk the police to attend\nSend the accounts to the auditor\n"
    )
    assert [owner for owner, _ in owned_actions(text)] == [None, None]


def test_a_flattened_table_row_ends_with_its_owner_and_due_date_cells() -> None:
    text = (
        PARISH_HEAD + "4. Footpaths\nThe footpath by the mill is blocked.\n"
        "Write to the landowner about the blocked path\t\tClerk\t\tMarch 2026\n"
        "Repair the stile by the church gate\t\tCllr Hale\t\t30 April\n"
        "The path was walked in February by members.\t\tNoted\n"
        "\n5. Actions\n"
        "Send the grant form to the county    Clerk    31/03/26\n"
        "Order new chairs for the hall    P.S.\n"
    )
    found = parse_strict(text).actions
    assert [(a.owner, a.text, a.due_text) for a in found] == [
        ("Clerk", "Write to the landowner about the blocked path", "March 2026"),
        ("Cllr Hale", "Repair the stile by the church gate", "30 April"),
        ("Clerk", "Send the grant form to the county", "31/03/26"),
        ("P.S", "Order new chairs for the hall", None),
    ]


def test_a_bracketed_action_tag_opens_the_task_after_it() -> None:
    text = (
        PARISH_HEAD + "Notes:\n"
        "- The fete budget is short. **[ACTION - Tom]** ask the bank about a loan.\n"
        "- The gutters are blocked. [Action: Priya]\n"
        "- The hedge is overgrown (Action: Jane) and the bins are full.\n"
    )
    assert owned_actions(text) == [
        ("Tom", "Ask the bank about a loan."),
        ("Priya", "The gutters are blocked."),
        ("Jane", "The hedge is overgrown"),
    ]


def test_an_owner_in_square_brackets_heads_an_entry() -> None:
    text = (
        PARISH_HEAD + "## Action items\n"
        "- [Tom] ring the garage about the van\n"
        "- [ ] [Priya] book the hall for the fete\n"
        "- **[Jane]** send the agenda to members\n"
        "\nAction items:\n[Ann] order the bunting\n"
    )
    assert owned_actions(text) == [
        ("Tom", "Ring the garage about the van"),
        ("Priya", "Book the hall for the fete"),
        ("Jane", "Send the agenda to members"),
        ("Ann", "Order the bunting"),
    ]


def test_no_action_is_bare_markup_or_a_column_head() -> None:
    text = (
        PARISH_HEAD + "## Action items\n"
        "- Tom: **\n"
        "- <th>Responsible</th>\n"
        "- Tom to fix the <b>hall</b> lights\n"
        "- What: the fete checklist\n"
    )
    assert owned_actions(text) == [("Tom", "Fix the hall lights")]


CHAT_HEAD = "#riverside-council log, 3 March 2026\n\n19:00:02 <kaz> Let's start.\n"


def test_a_chat_bots_action_mark_names_its_owner() -> None:
    text = (
        CHAT_HEAD + "19:01:00 <raj> hi all\n"
        "19:05:00 <kaz> #action raj to book the hall for the fete\n"
        "19:05:30 <kaz> #ACTION raj ring the garage about the van\n"
        "19:06:00 <raj> #action the bunting is in the shed\n"
    )
    assert owned_actions(text) == [
        ("raj", "Book the hall for the fete"),
        ("raj", "Ring the garage about the van"),
        (None, "The bunting is in the shed"),
    ]


def test_a_task_read_from_a_chat_message_starts_after_its_clock_and_speaker() -> None:
    text = CHAT_HEAD + "19:02:10 <raj> I can fix the gate before Friday. ACTION: raj\n"
    assert owned_actions(text) == [("raj", "I can fix the gate before Friday.")]


def test_an_owner_in_brackets_or_after_a_dash_closes_a_line_with_its_due_date() -> None:
    text = (
        PARISH_HEAD + "4. Hall\nThe roof leaks again.\n"
        "Get three quotes for the roof repair (Clerk, by 1 April)\n"
        "Arrange the litter pick (Cllr Hale)\n"
        "Write to the school about parking [Clerk]\n"
        "Contact the insurers – Jane Cole – 30 March\n"
        "Order the bunting (PS) – April\n"
        "See the report on the roof (appendix 2)\n"
        "Review the budget (2026)\n"
    )
    found = parse_strict(text).actions
    assert [(a.owner, a.text, a.due_text) for a in found] == [
        ("Clerk", "Get three quotes for the roof repair", "1 April"),
        ("Cllr Hale", "Arrange the litter pick", None),
        ("Clerk", "Write to the school about parking", None),
        ("Jane Cole", "Contact the insurers", "30 March"),
        ("PS", "Order the bunting", "April"),
    ]


def test_points_a_list_entry_introduces_are_part_of_it() -> None:
    text = (
        PARISH_HEAD + "## Action items\n"
        "- Priya: find out the costs of the following for the fete,\n"
        "  - the marquee and its pegs\n"
        "  - the portable toilets for the field\n"
        "- Tom:\n"
        "  - Chase the Gas Board about the meter\n"
    )
    assert owned_actions(text) == [
        ("Priya", "Find out the costs of the following for the fete,"),
        ("Tom", "Chase the Gas Board about the meter"),
    ]
