"""Minutes converted to Markdown by pandoc keep its escapes as plain text ("2\\. Welcome", a
hard line break's closing backslash): the parse reads them as the numbers and lines they are."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict
from clerk_tui.core.parse.layout import without_markdown_escapes

MINUTES = (
    "Riverside Open Data Group\nMinutes of the meeting held on 4 March 2026\n\n"
    "1\\. Welcome\\\nThe chair welcomed members.\n\n"
    "2\\. Actions of the previous meeting\\\nAll done.\n\n"
    "3\\. Website\\\n\\- Omar to update the contact page by 1 April.\n"
)


def test_escaped_item_numbers_are_items_and_their_titles_have_no_backslash() -> None:
    got = parse_strict(MINUTES)
    assert [i.title for i in got.items] == ["Welcome", "Actions of the previous meeting", "Website"]
    assert [(a.owner, a.text) for a in got.actions] == [
        ("Omar", "Update the contact page by 1 April.")
    ]
    action = got.actions[0]
    assert "contact page" in MINUTES[action.start : action.end]


def test_the_unescaped_text_keeps_every_offset() -> None:
    text = "  7\\. Item\\\n\\* point\nkeep a\\_b and 3\\.5 as written\n"
    out = without_markdown_escapes(text)
    assert out == "  7.  Item \n * point\nkeep a\\_b and 3\\.5 as written\n"
    assert len(out) == len(text)
