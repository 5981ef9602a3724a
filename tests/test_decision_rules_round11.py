"""Decision rules, round 11: a heading of decisions in any style ("Key decisions", "**Decided**",
"What we agreed:", "Grants approved") over a list makes each entry a decision; a table of
decisions in a wiki's syntax; the meeting's choice or refusal ("Option B chosen", "We settled
on ...", "the request was turned down"), a vote with its count, "unanimous in favour of", "No
one objected to ...", lazy consensus, the body in small letters ("the council agreed"), taking
an office on ("volunteered to be co-secretaries", "Dyana to take over as treasurer"); on
made-up Riverside passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


def test_a_heading_of_decisions_in_any_style_heads_its_list() -> None:
    for head in ("Key decisions", "**Decided**", "What we agreed:", "### Decisions taken"):
        text = (
            "## Riverside open data group\n\n"
            f"{head}\n"
            "- The map tiles move to the council's server\n"
            "- Meetings stay on Tuesdays\n"
        )
        label = head.strip("#* ")
        assert _decisions(text) == [
            f"{label} The map tiles move to the council's server",
            f"{label} Meetings stay on Tuesdays",
        ], head


def test_things_with_the_outcome_they_met_head_their_list() -> None:
    text = (
        "## Riverside Community Chest\n\n"
        "Grants approved\n"
        "- Scout hut roof: £500\n"
        "- Youth football kit: £250\n\n"
        "## Treasurer\n\n"
        "Balance: £2,100\n"
    )
    assert _decisions(text) == [
        "Grants approved Scout hut roof: £500",
        "Grants approved Youth football kit: £250",
    ]


def test_a_plain_heading_over_no_list_or_other_words_is_no_decision() -> None:
    text = (
        "## Riverside Community Chest\n\n"
        "Key decisions\n"
        "The fund has £3,000 left this year.\n\n"
        "Members present\n"
        "- Ann Lowe\n"
        "- Raj Patel\n"
    )
    assert _decisions(text) == []


def test_a_wiki_table_of_decisions_in_each_syntax() -> None:
    tables = (
        "|| Topic || Notes || Outcome ||\n| Bins | long talk | Empty them weekly |\n"
        "| Logo | short talk | - |\n",
        '{| class="wikitable"\n! Topic !! Decision\n|-\n| Bins || Empty them weekly\n|-\n'
        "| Logo || -\n|}\n",
        "^ Topic ^ Decision ^\n| Bins | Empty them weekly |\n| Logo | - |\n",
        "|_. Topic |_. Decision |\n| Bins | Empty them weekly |\n| Logo | - |\n",
    )
    for table in tables:
        got = _decisions(f"## Riverside allotments\n\n{table}\nThe next meeting is in May.\n")
        assert len(got) == 1 and "Empty them weekly" in got[0], table


def test_the_meetings_choice_refusal_vote_or_assent() -> None:
    notes = (
        "Option B chosen.",
        "The blue logo was selected.",
        "We settled on the cheaper mower.",
        "We went with the second quote.",
        "The bench request was turned down due to cost.",
        "Voted 5-2 in favour of monthly litter picks.",
        "Show of hands: unanimous in favour of monthly litter picks.",
        "No one objected to moving the bins.",
        "Lazy consensus on the new rota.",
        "The council agreed to buy a new noticeboard.",
        "Unanimous: raise the hall fee to £12.",
    )
    for note in notes:
        text = f"## Riverside Parish Council\n\n4. Village green\n\n{note}\n"
        assert _decisions(text) == [note], note


def test_taking_an_office_on() -> None:
    notes = (
        "RH and AY volunteered to be co-secretaries.",
        "Also: Dyana to take over as treasurer this month.",
        "Sam will be the new minute taker.",
    )
    for note in notes:
        text = f"## Riverside Gardeners\n\n2. Officers\n\n{note}\n"
        assert _decisions(text) == [note], note


def test_a_wish_a_choice_elsewhere_or_a_lost_motion_is_no_decision() -> None:
    notes = (
        "Nobody has yet offered to take over as Chair; anyone wishing to take over as Chair "
        "should tell the clerk.",
        "Sam was selected by the county team last year.",
        "The motion was defeated.",
        "We discussed which mower to choose.",
    )
    for note in notes:
        text = f"## Riverside Gardeners\n\n2. Officers\n\n{note}\n"
        assert _decisions(text) == [], note


def test_a_decision_of_an_earlier_named_meeting_or_a_ranked_one_is_none() -> None:
    text = (
        "Minutes of the Riverside Patients Group, 12 March 2025\n\n"
        "3. GP allocation\n\n"
        "It was agreed at the main patients group meeting on 16 January 2025 that this "
        "would be a standing item.\n"
        "The Chair welcomed everyone to the first online meeting to be held in the Group's "
        "history.\n"
        "The summer fair to be held in July.\n"
    )
    assert _decisions(text) == ["The summer fair to be held in July."]
