"""Roles of the people named, in the layouts and mentions real minutes give them (issue 11,
round 20). Invented minutes of fictional bodies; each test names the kind it reads, and its
near misses say what must not become a role."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict

HEAD = "Minutes of the Brackwell Hall Committee, 4 June 2025\n"
LISTED = HEAD + "Present: Kim Bray (KB)\n\nLena Marsh (LM)\n\nOwen Pike (OP)\n\nRuth Tobin (RT)\n\n"


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in parse_strict(text).people}


# An office as a label, then who was elected or appointed to it: the office is before the
# name, not after the cue (where the next line's words stand).


def test_an_office_labelling_initials_that_were_appointed() -> None:
    text = LISTED + (
        "Officers: Treasurer: KB was appointed\n\nSecretary: LM was appointed\n\n"
        "- Chair - OP was elected\n\n  • Clerk: RT was co-opted\n\nThe hall was booked.\n"
    )
    assert roles(text) == {
        "Kim Bray": "Treasurer",
        "Lena Marsh": "Secretary",
        "Owen Pike": "Chair",
        "Ruth Tobin": "Clerk",
    }


def test_an_office_labelling_a_name_on_single_spaced_lines() -> None:
    text = HEAD + (
        "Present: Kim Bray, Lena Marsh, Owen Pike\n"
        "Election of officers\nTreasurer: Kim Bray was re-elected\n"
        "Vice Chair: Lena Marsh was elected\nGrants\nOwen Pike reported.\n"
    )
    assert roles(text) == {"Kim Bray": "Treasurer", "Lena Marsh": "Vice Chair", "Owen Pike": None}


def test_near_miss_no_office_is_read_from_the_line_after_the_cue() -> None:
    text = LISTED + (
        "RT was co-opted\n\nList of grants: LM gave a list.\n\n"
        "Owen Pike was appointed\n\nVice Chair: nobody stood.\n"
    )
    assert roles(text) == {
        "Kim Bray": None,
        "Lena Marsh": None,
        "Owen Pike": None,
        "Ruth Tobin": None,
    }


def test_near_miss_a_label_that_is_no_office() -> None:
    text = LISTED + "Notes: OP was elected to the panel\n\nGrants: KB was appointed\n"
    assert roles(text)["Owen Pike"] is None
    assert roles(text)["Kim Bray"] is None


def test_re_elected_and_reappointed_names_before_the_prefix() -> None:
    text = HEAD + (
        "Present: Kim Bray, Lena Marsh, Owen Pike\n\n"
        "Kim Bray was re-elected as Treasurer. Lena Marsh was reappointed as Secretary.\n"
    )
    assert roles(text) == {"Kim Bray": "Treasurer", "Lena Marsh": "Secretary", "Owen Pike": None}


def test_near_miss_officers_under_a_heading_of_several_offices() -> None:
    text = HEAD + (
        "Present: Kim Bray (Chair), Lena Marsh (Treasurer), Owen Pike\n\n"
        "4. Election of officers\nKim Bray and Lena Marsh were re-elected unopposed.\n"
    )
    assert roles(text) == {"Kim Bray": "Chair", "Lena Marsh": "Treasurer", "Owen Pike": None}


# An office taken, kept or left, told in a sentence of the body: a resolution's words, a
# choice of this meeting's chair, "will be our ...", "agreed to be ...", "step down as ...",
# a declaration of acceptance of office; two offices for two people, one each in order.

BODY = HEAD + "Present: Kim Bray, Lena Marsh, Owen Pike, Ruth Tobin, Sam Hale, Tess Vine\n\n"


def test_a_resolution_appointing_with_its_formal_words() -> None:
    text = BODY + (
        'It was resolved "That Kim Bray be, and he is hereby, appointed Treasurer."\n'
        "RESOLVED that Lena Marsh and Owen Pike be, and they are hereby, re-elected as "
        "Chair and Secretary respectively.\n"
    )
    got = roles(text)
    assert (got["Kim Bray"], got["Lena Marsh"], got["Owen Pike"]) == (
        "Treasurer",
        "Chair",
        "Secretary",
    )


def test_near_miss_two_offices_for_three_people_are_no_one_s() -> None:
    text = BODY + "Kim Bray, Lena Marsh and Owen Pike were elected as Chair and Treasurer.\n"
    got = roles(text)
    assert (got["Kim Bray"], got["Lena Marsh"], got["Owen Pike"]) == (None, None, None)


def test_chosen_to_chair_this_meeting() -> None:
    text = BODY + (
        "1. Lena was selected to chair the meeting.\n"
        "2. In her absence Cllr Pike agreed to chair.\n"
        "3. Ruth Tobin was asked to chair today's session on grants.\n"
    )
    got = roles(text)
    assert (got["Lena Marsh"], got["Owen Pike"], got["Ruth Tobin"]) == ("Chair", "Chair", "Chair")


def test_near_miss_no_chair_of_another_meeting_nor_a_refusal() -> None:
    text = BODY + (
        "Ruth Tobin will be asked to chair the next meeting. Kim Bray declined to chair the "
        "meeting. Nobody was willing to chair the working group.\n"
    )
    got = roles(text)
    assert (got["Ruth Tobin"], got["Kim Bray"]) == (None, None)


def test_an_office_the_holder_will_take_on_or_leave() -> None:
    text = BODY + (
        "Owen Pike volunteered to be Bookings Secretary.\n"
        "Ruth Tobin will be our clerk from July.\n"
        "Sam Hale agreed to be the Footpath Warden.\n"
        "Tess Vine will step down as Secretary at the AGM.\n"
        "Kim Bray resigned as Treasurer in March.\n"
    )
    got = roles(text)
    assert [got[n] for n in ("Owen Pike", "Ruth Tobin", "Sam Hale", "Tess Vine", "Kim Bray")] == [
        "Bookings Secretary",
        "clerk",
        "Footpath Warden",
        "Secretary",
        "Treasurer",
    ]


def test_near_miss_a_wish_a_guess_or_no_office_after_be() -> None:
    text = BODY + (
        "Owen Pike would be a good Treasurer. Ruth Tobin should be the Chair's guest.\n"
        "Sam Hale will be responsible for the keys. Tess Vine will be away in July.\n"
        "Kim Bray agreed to be contacted by the Clerk.\n"
    )
    got = roles(text)
    assert [got[n] for n in ("Owen Pike", "Ruth Tobin", "Sam Hale", "Tess Vine", "Kim Bray")] == [
        None
    ] * 5


def test_a_declaration_of_acceptance_of_office_in_capitals() -> None:
    text = BODY + (
        "Cllr Sam Hale signed the Declaration of Acceptance of Office for the office of "
        "Vice Chairman.\n"
    )
    assert roles(text)["Sam Hale"] == "Vice Chairman"


# "as" and an office between commas, after its holder or a speaker's "that".


def test_an_office_between_commas_after_its_holder() -> None:
    text = BODY + (
        "3. Chair\nCllr Pike, as Vice-Chair, took the chair for this item.\n"
        "4. Audit\nLena Marsh, as Chair of the Audit Panel, presented the report.\n"
        "5. Paths\nSam Hale, in his capacity as Footpath Warden, walked the paths.\n"
        "6. Accounts\nTess said that, as Treasurer, she would pay the invoice.\n"
        "7. Minutes\nRT explained that, as Clerk to the Council, she takes the minutes.\n"
        "8. Visits\nKB, as safeguarding lead, reported on her visit.\n"
    )
    text = text.replace("Ruth Tobin,", "Ruth Tobin (RT),").replace("Kim Bray,", "Kim Bray (KB),")
    got = roles(text)
    assert [
        got[n]
        for n in ("Owen Pike", "Lena Marsh", "Sam Hale", "Tess Vine", "Ruth Tobin", "Kim Bray")
    ] == [
        "Vice-Chair",
        "Chair of the Audit Panel",
        "Footpath Warden",
        "Treasurer",
        "Clerk to the Council",
        "safeguarding lead",
    ]


def test_near_miss_as_before_no_office_of_the_person() -> None:
    text = BODY + (
        "Kim Bray, as the Chair had asked, read the letter. Lena Marsh, as a member of the "
        "Bowls Club, declared an interest. Owen Pike said that, as Highways Authority, the "
        "County would mend it. Sam Hale, as Members of the Trust, abstained.\n"
    )
    got = roles(text)
    assert [got[n] for n in ("Kim Bray", "Lena Marsh", "Owen Pike", "Sam Hale")] == [None] * 4


# A bracket naming a group after a run of names in a list ("(all committee members)",
# "(villagers/electors)", "(both governors)"): the role of each name of the run that has none
# of its own, back to the list's start or the group before.


def test_a_group_bracket_closing_a_run_of_names() -> None:
    text = HEAD + (
        "Present: Ann Lee, Bob Tate (chairman), Carl Moss & Dee Hart (all committee members), "
        "Eve Cole, Finn Ray and Gus Orr (residents/parents).\n\n1. Minutes\nSigned.\n"
    )
    assert roles(text) == {
        "Ann Lee": "committee member",
        "Bob Tate": "chairman",
        "Carl Moss": "committee member",
        "Dee Hart": "committee member",
        "Eve Cole": "resident/parent",
        "Finn Ray": "resident/parent",
        "Gus Orr": "resident/parent",
    }


def test_a_group_bracket_of_offices_in_capitals() -> None:
    text = HEAD + (
        "Attendees: Hal Dunn, Ivy Pike (Trustees); Jo Bell, Kay Roe (both Governors)\n\n"
        "1. Minutes\nSigned.\n"
    )
    assert roles(text) == {
        "Hal Dunn": "Trustee",
        "Ivy Pike": "Trustee",
        "Jo Bell": "Governor",
        "Kay Roe": "Governor",
    }


def test_near_miss_a_bracket_of_one_person_s_own() -> None:
    text = HEAD + (
        "Present: Ann Lee, Bob Tate (minutes), Carl Moss, Dee Hart (Parks Services), "
        "Eve Cole (Highways), Finn Ray, Gus Orr (Clerk to Trustees), Hal Dunn, Ivy Pike "
        "(Brackwell Rangers)\n\n1. Minutes\nSigned.\n"
    )
    got = roles(text)
    assert [got[n] for n in ("Ann Lee", "Carl Moss", "Bob Tate", "Dee Hart", "Finn Ray")] == [
        None,
        None,
        "minutes",
        "Parks Services",
        None,
    ]
    assert (got["Gus Orr"], got["Hal Dunn"]) == ("Clerk to Trustees", None)


# An office written before its holder in running text: the holder in a bracket after "the"
# and the office, or the office's words at a line's start before a full name.


def test_the_office_then_its_holder_in_a_bracket() -> None:
    text = BODY + (
        "1. Welcome\nThe Chairman (Kim Bray) welcomed everyone.\n"
        "2. Minutes\nOur Hon. Secretary (Lena Marsh) read the minutes.\n"
        "3. Hall\nThe Vice-Chair (Cllr Pike) reported on the roof.\n"
    )
    got = roles(text)
    assert (got["Kim Bray"], got["Lena Marsh"], got["Owen Pike"]) == (
        "Chairman",
        "Hon. Secretary",
        "Vice-Chair",
    )


def test_an_office_heading_a_line_before_a_full_name() -> None:
    text = BODY + (
        "4. Fire\nAssistant Fire Chief Ruth Tobin said that training is suspended.\n"
        "- Deputy Chief Sam Hale will check the hydrants.\n"
    )
    got = roles(text)
    assert (got["Ruth Tobin"], got["Sam Hale"]) == ("Assistant Fire Chief", "Deputy Chief")


def test_near_miss_a_bracket_after_an_office_that_is_no_name() -> None:
    text = BODY + (
        "The Chairman (see item 4) welcomed everyone. The Treasurer (absent) sent figures.\n"
        "CHAIR KIM BRAY\nSafety Officer Training Lena Marsh booked the course.\n"
    )
    got = roles(text)
    assert (got["Kim Bray"], got["Lena Marsh"]) == (None, None)


# A signature block of short lines at the minutes' end: the one person it names, with the
# one office it gives.


def test_a_signature_block_names_the_signer_s_office() -> None:
    close = "9. Close\nThe meeting closed at 9.10pm.\n\n"
    blocks = {
        "Signed: Kim Bray\nChairman\nDate: 2 July 2025\n": ("Kim Bray", "Chairman"),
        "Signed ............................ (Chair)\nL Marsh\n": ("Lena Marsh", "Chair"),
        "Respectfully submitted,\n\nOwen Pike\n\nClerk to the Committee\n": (
            "Owen Pike",
            "Clerk to the Committee",
        ),
        "Chairman ……………………… Ruth Tobin      Date ………\n": ("Ruth Tobin", "Chairman"),
        "Minutes taken by Sam Hale, Secretary\n": ("Sam Hale", "Secretary"),
    }
    for block, (name, office) in blocks.items():
        assert roles(BODY + close + block)[name] == office, block


def test_near_miss_signing_told_in_the_minutes_or_by_two() -> None:
    text = BODY + (
        "1. Minutes\nSigned by the Chairman as a true record.\n"
        "2. Hall\nKim Bray reported that the roof of the hall needs repairs before the winter.\n"
        "9. Close\nSigned: Lena Marsh, Owen Pike\nTrustees\n"
    )
    got = roles(text)
    assert (got["Kim Bray"], got["Lena Marsh"], got["Owen Pike"]) == (None, None, None)


# An office, a dash and a whole name opening a line (the results of an election, a list of
# officers), and offices of clubs and parishes: captains, reps, lengthsmen, groundsmen.


def test_an_office_a_dash_and_its_holder_opening_a_line() -> None:
    text = BODY + (
        "6. Election of officers\n"
        "Fixture Secretary - Kim Bray - Proposed LM and carried unanimously\n"
        "1st Team Captain – Lena Marsh – proposed Owen Pike, carried\n"
        "Youth Rep — Ruth Tobin (re-elected)\n"
        "Club Captain - Sam Hale\n"
    )
    got = roles(text)
    assert [got[n] for n in ("Kim Bray", "Lena Marsh", "Ruth Tobin", "Sam Hale")] == [
        "Fixture Secretary",
        "1st Team Captain",
        "Youth Rep",
        "Club Captain",
    ]


def test_offices_of_clubs_and_parishes_beside_a_name() -> None:
    text = BODY + (
        "3. Verges\nA short report was given by Kim Bray, Lengthsman\n"
        "4. Pitch\nLena Marsh, Groundsman, said the square was ready.\n"
        "5. Church\nOwen Pike agreed to become the Churchwarden.\n"
    )
    got = roles(text)
    assert (got["Kim Bray"], got["Lena Marsh"], got["Owen Pike"]) == (
        "Lengthsman",
        "Groundsman",
        "Churchwarden",
    )


def test_near_miss_a_dash_line_of_a_task_or_an_item() -> None:
    text = BODY + (
        "Chair - Kim to write to the council\nTreasurer – report received\n"
        "Playground – Lena Marsh – reported the swings were fixed\n"
    )
    got = roles(text)
    assert (got["Kim Bray"], got["Lena Marsh"]) == (None, None)


# An office's report under a numbered heading: the first sentence's subject gives it.


def test_a_numbered_heading_of_an_office_s_report() -> None:
    text = BODY + (
        "5. Treasurer's Report\nKim Bray reported a balance of £1,200.\n\n"
        "6) Ward Councillor’s report\nCllr Lena Marsh had sent a written report.\n\n"
        "Item 7 Footpath Warden report\nOwen Pike said the stiles were mended.\n\n"
        "8. Grants\nRuth Tobin reported on the grants.\n"
    )
    got = roles(text)
    assert [got[n] for n in ("Kim Bray", "Lena Marsh", "Owen Pike", "Ruth Tobin")] == [
        "Treasurer",
        "Ward Councillor",
        "Footpath Warden",
        None,
    ]


# One person written twice in the lists: the chair by surname alone, the member in full.


def test_the_chair_by_surname_is_the_member_listed_in_full() -> None:
    text = HEAD + (
        "Present: Cllr Kim Bray, Cllr Lena Marsh\nIn the Chair: Cllr Bray\n\n1. Minutes\nSigned.\n"
    )
    assert roles(text) == {"Kim Bray": "Chair", "Lena Marsh": "Cllr"}


def test_near_miss_a_surname_two_members_share_is_neither() -> None:
    text = HEAD + (
        "Present: Cllr Kim Bray, Cllr Tom Bray, Cllr Lena Marsh\nIn the Chair: Cllr Bray\n\n"
        "1. Minutes\nSigned.\n"
    )
    got = roles(text)
    assert (got["Kim Bray"], got["Tom Bray"], got["Bray"]) == ("Cllr", "Cllr", "Chair")


# Each office on a line of its own above its holder's name: the office is the name's below
# it, not the name's above it.


def test_an_office_line_above_each_name() -> None:
    text = (
        HEAD + "Present\nChair\nKim Bray\nTreasurer\nLena Marsh\nOwen Pike\n\n1. Minutes\nSigned.\n"
    )
    assert roles(text) == {"Kim Bray": "Chair", "Lena Marsh": "Treasurer", "Owen Pike": None}


def test_an_office_line_under_each_name_still_reads_so() -> None:
    text = HEAD + (
        "Present:\nCllr Kim Bray\nChairperson\nCllr Lena Marsh\nVice Chair\nOwen Pike\n\n"
        "Officers\nRuth Tobin\nClerk\nSam Hale\nFinance Officer\n\n1. Minutes\nSigned.\n"
    )
    got = roles(text)
    assert [got[n] for n in ("Kim Bray", "Lena Marsh", "Owen Pike", "Ruth Tobin", "Sam Hale")] == [
        "Chairperson",
        "Vice Chair",
        None,
        "Clerk",
        "Finance Officer",
    ]


# An office before initials in a list, as a club's minutes write their officers: "Chairman
# PAB, Treasurer BT"; the initials are the person's, the office theirs.


def test_an_office_before_initials_in_a_list() -> None:
    text = HEAD + (
        "1. Members present – Chairman KB, Vice-chairman LM, Club Treasurer OPR, Ruth Tobin RT\n"
        "2. Minutes\nSigned.\n"
    )
    assert roles(text) == {
        "KB": "Chairman",
        "LM": "Vice-chairman",
        "OPR": "Club Treasurer",
        "Ruth Tobin": None,
    }


def test_near_miss_an_office_before_a_body_s_letters() -> None:
    text = HEAD + "Present: Ann Lee, Director NHS, Bob Tate\n\n1. Minutes\nSigned.\n"
    assert "NHS" not in roles(text)
