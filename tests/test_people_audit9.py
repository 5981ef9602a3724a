"""People, audit 9: an office and its holder on a line of their own, written in columns
("Chair:           Ann Lowry") or with no colon ("Chairman Cllr J Hale."), give the holder
the office, so the office is not listed again as someone unnamed; on made-up Riverside
passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def people(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in parse_strict(text).people]


def test_an_office_and_its_holder_in_columns() -> None:
    text = (
        "Minutes of the Riverside Almshouse Trustees, 4 March 2026\n\n"
        "Chair:           Ann Lowry\n"
        "Trustees:     Tom Reed, Priya Shah\n\n"
        "Chair advised that the meeting would be recorded.\n"
    )
    assert people(text) == [
        ("Ann Lowry", "Chair"),
        ("Tom Reed", "Trustee"),
        ("Priya Shah", "Trustee"),
    ]


def test_an_office_then_a_titled_name_with_no_colon() -> None:
    text = (
        "RIVERSIDE PARISH COUNCIL\n\n"
        "Chairman Cllr J Hale.\n"
        "Vice Chairman, Mr P Dunn.\n\n"
        "Councillors:\n"
        "Mr R Cole.\n"
        "Mrs A Kerr.\n\n"
        "The Chairman welcomed everyone.\n"
    )
    assert people(text) == [
        ("J Hale", "Chairman"),
        ("P Dunn", "Vice Chairman"),
        ("R Cole", "Councillor"),
        ("A Kerr", "Councillor"),
    ]


def test_an_office_and_a_name_opening_a_sentence_is_no_such_line() -> None:
    """Running text after the name: "Chairman Cllr Hale welcomed ..." (a sentence, read as
    prose, not as an office's line: the office before the name opening it is his)."""
    text = "RIVERSIDE PARISH COUNCIL\n\nChairman Cllr J Hale welcomed everyone to the meeting.\n"
    assert people(text) == [("J Hale", "Chairman")]
