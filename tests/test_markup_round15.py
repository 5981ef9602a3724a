"""What is found reads as words, not Markdown: bold marks, code quotes and backslash escapes
pasted with the minutes are not kept in the texts of actions, decisions and follow-ups."""

from clerk_tui.core.parse import parse_strict
from clerk_tui.core.parse.layout import without_markup

NOTES = """# Riverside Allotment Society committee, 4 March 2026

Present: Ann Lee, Raj Patel

## Notes

- **Water troughs:** Raj to order two new troughs for the top field.
- **Rents:** it was agreed to keep the rents at `£40` a plot.
- \\*Ann to put the shed repairs on the April agenda.
"""


def test_found_texts_have_no_markdown_marks() -> None:
    result = parse_strict(NOTES)
    assert [(a.text, a.owner) for a in result.actions] == [
        ("Order two new troughs for the top field.", "Raj"),
        ("Put the shed repairs on the April agenda.", "Ann"),
    ]
    assert [d.text for d in result.decisions] == [
        "Rents: it was agreed to keep the rents at £40 a plot."
    ]
    assert [f.text for f in result.follow_ups] == [
        "Ann to put the shed repairs on the April agenda."
    ]


def test_without_markup_keeps_the_words_and_an_escaped_star_within_them() -> None:
    assert without_markup("**Bins:** order a \\*new\\* bin") == "Bins: order a *new* bin"
    assert without_markup("\\*Clerk to write") == "Clerk to write"
    assert without_markup("a plain sentence") == "a plain sentence"
