"""Agenda items whose capitals title runs on into the item's text, as minutes flattened from
a PDF arrive ("2. DOG BINS ON THE GREEN The two bins ..."): the title is the capitals run and
the item's actions sit under it."""

from clerk_tui.core.parse import parse_strict

RUN_ON = """MILLBROOK PARISH COUNCIL – Meeting held on Tuesday 3rd March 2026

PRESENT: Cllr A. Hale (Chair), Cllr B. Osei and Mrs C. Lowe, Clerk.

1. APOLOGIES None.

2. PLAY AREA FENCING A panel by the swings has blown down. Clerk to ask the contractor for a quote.

3. CORRESPONDENCE a) A letter from the school about parking was noted.

4. NHS Trust staff will attend the April meeting to talk about the new surgery.

5. DATE OF NEXT MEETING 7th April 2026.
"""


def test_a_capitals_title_run_on_into_its_text_is_the_items_title() -> None:
    result = parse_strict(RUN_ON)
    assert [(i.number, i.title) for i in result.items] == [
        ("1", "APOLOGIES"),
        ("2", "PLAY AREA FENCING"),
        ("3", "CORRESPONDENCE"),
        ("5", "DATE OF NEXT MEETING"),
    ]
    assert [(a.text, a.owner, a.item) for a in result.actions] == [
        ("Ask the contractor for a quote.", "Clerk", 1)
    ]


def test_an_acronym_opening_a_sentence_is_not_a_title() -> None:
    titles = [i.title for i in parse_strict(RUN_ON).items]
    assert "NHS" not in titles
