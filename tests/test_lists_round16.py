"""Round 16, structured actions: lists, tags and tables (issue 11)."""

from clerk_tui.core.parse import parse_strict
from tests.conftest import owned_actions

TAGGED_WRAPPED = """Ashgrove Allotment Society committee, 4 March 2026

## Present
- [RB] Rosa Bell
- [TK] Tam Kerr

## Actions
- [RB]\tWrite to the water company about the standpipe on the lower plots and the
meter reading for last quarter.
- [TK]\tOrder two new padlocks for the gates.
- [All]\tRead the draft tenancy rules before the next meeting and send comments to
the secretary.
"""


def test_tagged_entries_after_a_tab_run_on_to_the_next_line() -> None:
    """ "- [RB]<tab>Write to ... and the" / "meter reading ...": one entry, wrapped; the list
    goes on after it."""
    assert owned_actions(TAGGED_WRAPPED) == [
        (
            "RB",
            "Write to the water company about the standpipe on the lower plots and the "
            "meter reading for last quarter.",
        ),
        ("TK", "Order two new padlocks for the gates."),
        (
            "All",
            "Read the draft tenancy rules before the next meeting and send comments to the "
            "secretary.",
        ),
    ]


TAB_TABLE = """Ashgrove Allotment Society committee, 4 March 2026

Present: Rosa Bell (RB), Tam Kerr (TK)

Actions
Write to the water company about the standpipe on the lower plots and the\tRB\tMay
Meter reading for last quarter\tTK\tJune
"""


def test_a_row_of_tab_cells_does_not_run_on() -> None:
    """A row whose tabs set cells apart is a table's row: the next row is its own."""
    assert [o for o, _ in owned_actions(TAB_TABLE)] == ["RB", "TK"]


LEAD_LIST = """Ashgrove Allotment Society committee, 4 March 2026

Present: Rosa Bell (Chair), Tam Kerr (Secretary)

3. Water supply
It was agreed that the Secretary should:
- write to the water company about the standpipe,
- ask the county for the meter readings, and
- note the cost in the accounts.

4. Open day
The open day will be in June. It was agreed to:
- book the marquee for June
- approve the budget of £200

5. Reports
The Chair reported:
- apply the new rules from April
"""


def test_a_lead_sentence_gives_its_bullets_to_who_it_names() -> None:
    """ "It was agreed that the Secretary should:" over bullets opening with a verb: each an
    action of the Secretary's; "It was agreed to:" names no one. A bullet that decides
    ("note", "approve") and a report's points are no tasks."""
    assert owned_actions(LEAD_LIST) == [
        ("the Secretary", "Write to the water company about the standpipe"),
        ("the Secretary", "Ask the county for the meter readings"),
        (None, "Book the marquee for June"),
    ]


PAYMENTS = """Millbrook Parish Council, minutes of 3 March 2026

Present: Cllr Ann Hale (Chair), Cllr Ben Osei, Mrs Cara Dale (Clerk)

4. Finance
a) Dale Landscapes – verge cut £120.00
b) Ben Osei – paint for the shelter £35.50
c) Hall hire £60.00
Proposed Cllr Hale, seconded Cllr Osei, that these be paid – all agreed.

5. Bus shelter
a) Ben Osei – paint the bus shelter before May
"""


def test_a_schedule_of_payments_gives_no_jobs() -> None:
    """ "b) Ben Osei – paint for the shelter £35.50" among lines ending in sums: who is paid
    and for what; the same shape with no sum, alone, is a job."""
    assert owned_actions(PAYMENTS) == [("Ben Osei", "Paint the bus shelter before May")]


FLATTENED_MARGIN = """Millbrook Parish Council, minutes of 3 March 2026

Present: Ann Hale (AH) Chair, Ben Osei (BO), Cara Dale (Clerk)

21/104 Matters arising |
Matters Arising 21/101 – The refund from the hall committee is still awaited. BO to chase \
Action BO 21/102 – Hedges by the school to be cut back. ACTION CLERK 21/103 – The new bench \
was installed in January.
The Climate Action Group 2025/26 budget was noted.
"""


def test_an_owner_tag_flattened_before_the_next_rows_number() -> None:
    """A table's margin column pasted into the line: "... BO to chase Action BO 21/102 – ..."
    closes the row before the next row's minute number; an owner in capitals only ("Climate
    Action Group 2025/26" names none)."""
    assert owned_actions(FLATTENED_MARGIN) == [
        ("BO", "Chase (the refund from the hall committee is still awaited)"),
        ("CLERK", "Hedges by the school to be cut back."),
    ]


TAG_SUBJECTS = """Ashgrove Residents Association committee, 4 March 2026

Present: Rosa Bell (RB), Tam Kerr (TK), Yusuf Jama (YJ)

1. Constitution
- [RB] to circulate the draft constitution
- (TK/YJ) will ask the printers for a quote

2. Summer fete
The date of the fete was discussed. [YJ] to book the bouncy castle. Tam Kerr (TK) agreed the date.
(NB) to be noted that the field is wet in June.
[TK] to be away in May.
"""


def test_initials_in_brackets_as_the_subject_of_a_task() -> None:
    """ "[RB] to circulate ...", "(TK/YJ) will ask ...", at a line's or a sentence's start;
    not a note's label ("(NB) to be noted") nor "to be" (no task)."""
    assert owned_actions(TAG_SUBJECTS) == [
        ("RB", "Circulate the draft constitution"),
        ("TK/YJ", "Ask the printers for a quote"),
        ("YJ", "Book the bouncy castle."),
    ]


HEADERLESS_ROWS = """Ashgrove Residents Association committee, 4 March 2026

Present: Rosa Bell (RB), Tam Kerr (TK), Yusuf Jama (YJ)

1. Hall
The hall roof was discussed.
Order new chairs\t\tYJ
Apologies for absence\t\tRB

Actions
RB\tBook the hall for the fete\tMay 2026
TK\tWrite to the council
YJ\tThe bins\tSee minute 4
"""


def test_rows_of_cells_with_no_header() -> None:
    """Under "Actions", "RB<tab>Book the hall ...<tab>May 2026": the owner's cell first, the
    task, a date or none; elsewhere a three-word task before its owner's cell after tabs.
    Not a heading beside a name ("Apologies for absence<tabs>RB") nor a row whose second
    cell is no task."""
    parsed = parse_strict(HEADERLESS_ROWS)
    assert [(a.owner, a.text, a.due_text) for a in parsed.actions] == [
        ("YJ", "Order new chairs", None),
        ("RB", "Book the hall for the fete", "May 2026"),
        ("TK", "Write to the council", None),
    ]


BULLET_RUNS = """Ashgrove Residents Association committee, 4 March 2026

Present: Rosa Bell (RB), Tam Kerr (TK), Yusuf Jama (YJ)

3. Summer fete
The fete will be on 14 June on the green.
- Book the bouncy castle for the afternoon
- Ask the scouts to run the car park

4. Newsletter
The spring issue was discussed.
- Print the spring issue in colour
- Raffle prizes were discussed at length

5. Garden
Ideas for the garden:
- Plant a hedge along the fence
- Build a bug hotel with the school

6. Accounts
The year end was discussed.
- Audit of the accounts by the examiner
- Bank mandate changes for the treasurer
"""


def test_a_run_of_bare_verb_bullets_under_an_item() -> None:
    """Two bullets or more in a row, each a task in the imperative: the item's to-do list,
    owner null. In a run mixing in a report ("Raffle prizes were discussed"), the bullets
    led by a job's verb alone ("Print the spring issue in colour", round 19); none under a
    line offering ideas, nor topics whose first word is a verb's noun too ("Audit of the
    accounts", "Bank mandate changes")."""
    assert owned_actions(BULLET_RUNS) == [
        (None, "Book the bouncy castle for the afternoon"),
        (None, "Ask the scouts to run the car park"),
        (None, "Print the spring issue in colour"),
    ]


TAG_AFTER_REPORT = """Millbrook Parish Council, minutes of 3 March 2026

Present: Cllr Ann Hale (Chair), Cllr Ben Osei, Mrs Cara Dale (Clerk)

6. Bus shelter
The shelter roof still leaks. The clerk was tasked with asking the county about a new roof \
before the winter. The paint was bought at the last meeting. Action - Clerk
"""


def test_an_owner_tag_after_a_paragraph_takes_the_sentence_naming_the_role() -> None:
    """ "... The clerk was tasked with asking ... The paint was bought ... Action - Clerk": the
    sentence naming the Clerk, though "clerk" is a stop word of names, not the last one."""
    assert owned_actions(TAG_AFTER_REPORT) == [
        (
            "Clerk",
            "The clerk was tasked with asking the county about a new roof before the winter.",
        ),
    ]


ONE_LINE_HEADS = """Ashgrove Residents Association committee, 4 March 2026

Present: Rosa Bell (RB), Tam Kerr (TK)

Ref No: Action/Decision Owner Deadline
1.1
Send the letter to the school
RB
May 2026
1.2
Order the new sign for the hall
TK
June 2026

Action owner update
The hall is booked.
"""


def test_a_stacked_table_whose_heads_run_together_on_one_line() -> None:
    """ "Ref No: Action/Decision Owner Deadline", then the cells a line each: each row an
    action with its owner and due date. A line of two heads is no header."""
    parsed = parse_strict(ONE_LINE_HEADS)
    assert [(a.owner, a.text, a.due_text) for a in parsed.actions] == [
        ("RB", "Send the letter to the school", "May 2026"),
        ("TK", "Order the new sign for the hall", "June 2026"),
    ]


ROLE_MARKS = """Millbrook Parish Council, minutes of 3 March 2026

Present: Cllr Ann Hale (Chair), Cllr Ben Osei, Mrs Cara Dale (Clerk)

7. Verges
Action – Clerk: write to the county about the verge by the school
ACTION: Treasurer - pay the grass cutting invoice
ACTION: Budget - circulate the draft figures
"""


def test_a_role_before_a_colon_or_dash_in_a_marked_task_owns_it() -> None:
    """ "Action – Clerk: write to ..." and "ACTION: Treasurer - pay ...": the role owns the
    task; a topic before the dash ("Budget - circulate ...") owns nothing."""
    assert owned_actions(ROLE_MARKS) == [
        ("Clerk", "Write to the county about the verge by the school"),
        ("Treasurer", "Pay the grass cutting invoice"),
        (None, "Budget - circulate the draft figures"),
    ]


TAG_CLOSES_PARAGRAPH = """Millbrook Parish Council, minutes of 3 March 2026
Present: Cllr Ann Hale (Chair), Cllr Ben Osei, Mrs Cara Dale (Clerk)
4. Parking
Residents complained about vans on the pavement. Cllr Hale agreed to raise it at the panel. \
Action - Chair
Actions
- Cllr Osei to count the vans for a week
"""


def test_an_owner_tag_closing_a_line_ends_its_paragraph() -> None:
    """With no blank lines (a Word document's text), "... Action - Chair" then "Actions": the
    tag closes its paragraph, which does not run on into the heading ("Chair Actions")."""
    assert owned_actions(TAG_CLOSES_PARAGRAPH) == [
        ("Chair", "Raise it at the panel."),
        ("Cllr Osei", "Count the vans for a week"),
    ]


LONE_BULLETS = """Millbrook Village Hall Committee
Minutes of the meeting held on 3 March 2026

Present: Ann Hale (Chair), Ben Osei (Treasurer), Cara Dale (Secretary)

3. Volunteers
The summer rota was talked through at some length.
- Phone the stewards once the new rota is settled

4. Garden
* Invite the cubs to plant bulbs along the path in spring

5. Website
- Website
- Photos of the open day
  - Put the photos on the website

6. Boiler
The boiler needs a new pump before the winter.
Action : Fete sub-committee
"""


def test_a_lone_bare_verb_bullet_under_an_item_and_a_tag_naming_a_sub_committee() -> None:
    """A bullet alone under its item's words, a job's verb and four words or more: a task,
    owner null; not one among bullets of other depths (a point of notes). "Action :
    Fete sub-committee" on the line after a minute names a body as its owner."""
    assert owned_actions(LONE_BULLETS) == [
        (None, "Phone the stewards once the new rota is settled"),
        (None, "Invite the cubs to plant bulbs along the path in spring"),
        ("Fete sub-committee", "The boiler needs a new pump before the winter."),
    ]


ROLE_TAGS = """Millbrook Village Hall Committee
Minutes of the meeting held on 3 March 2026

Present: Ann Hale (Chair), Ben Osei (Treasurer), Cara Dale (Secretary)

1. Drains
The ditch by the school is blocked again.
Action : Parish lengthsman

2. Gate
The gate latch is loose.
Action : Ongoing matter

3. Bins
The bins by the hall need emptying more often.
Action : - Treasurer
"""


def test_a_tag_naming_a_role_in_small_letters() -> None:
    """ "Action : Parish lengthsman" on the line after a minute: a role written with a small
    letter (a word for one who does); "Ongoing matter" is a status, no owner; a dash before
    the owner ("Action : - Treasurer") is no part of it."""
    found = owned_actions(ROLE_TAGS)
    assert found[0] == ("Parish lengthsman", "The ditch by the school is blocked again.")
    assert "Ongoing matter" not in [o for o, _ in found]
    assert found[-1] == ("Treasurer", "The bins by the hall need emptying more often.")
