"""People named in minutes: attendance lists, honorifics, names with roles, roles alone.

Each person appears once per document, with every mention's span. Shorter forms
("Councillor Lloyd-Harris", "NB") are merged into the full name they refer to.

- :mod:`.lists`: attendance lists ("Present:", "Apologies", "In attendance") in their shapes,
  with :mod:`.list_heads` (which list a line heads), :mod:`.list_names` (the people a list
  names) and :mod:`.loose_lists` (people listed with no heading);
- :mod:`.columns`: a two-column attendance table pasted flat (all names, then all roles), or
  onto one line (names with their initials, then roles);
- :mod:`.prose`: people named in running text (honorifics, names in context, roles alone);
- :mod:`.subjects`: an initial and a surname heading a line as a verb's subject;
- :mod:`.speakers`: who speaks each line of a chat transcript ("ege: ...");
- :mod:`.offices`: offices given in running text (elections, appointments, "As Chair, ...");
- :mod:`.appositions`: an office beside a name in running text ("our chair Nora Quinn");
- :mod:`.merge`: one person per document; a nameless office joins the one person holding it;
- :mod:`.signatures`: who signs the minutes, in what office (the block at their end);
- :mod:`.titles`: a councillor's or constable's title as the minutes write it ("Cllr");
- :mod:`.owners`: first names known only as owners of actions (run after the action rules);
- :mod:`.words`: the word tables and name patterns they share.
"""

from __future__ import annotations

import re

from ...model import Person
from ..keywords import marks_and_their_lines, sub_at
from ..layout import HTML_TAG_RE, Line, split_lines
from .appositions import offices_beside_names
from .columns import flattened_columns, initialled_rows
from .finder import PeopleFinder
from .lists import attendance_lists
from .merge import merge
from .offices import (
    duties_and_reports,
    given_offices,
    officers_in_their_reports,
    offices_before_first_names,
    offices_before_names,
)
from .prose import (
    first_names,
    honorific_names,
    name_runs,
    presenters,
    roles_alone,
    speakers_with_roles,
    task_owners,
)
from .signatures import signatures
from .speakers import transcript_speakers
from .subjects import (
    given_names_in_notes,
    given_names_with_roles,
    initial_surnames,
    name_series,
)
from .titles import titles_as_written
from .words import HONORIFICS, ROLE_WORDS, STOP_WORDS, initials_of

__all__ = ["HONORIFICS", "ROLE_WORDS", "STOP_WORDS", "extract_people", "initials_of"]


def extract_people(text: str, lines: list[Line]) -> list[Person]:
    """Every person the text names (or names by role alone), once each, with mentions."""
    text = without_emphasis(without_link_targets(text))
    if "</" in text:
        text = without_html_tags(text)
        lines = split_lines(text)  # "<ul>" now a blank line, "<h3>Guests</h3>" its words
    finder = PeopleFinder(text, lines)
    attendance_lists(finder)
    flattened_columns(finder)
    initialled_rows(finder)
    honorific_names(finder)
    name_runs(finder)
    given_offices(finder)
    duties_and_reports(finder)
    signatures(finder)
    officers_in_their_reports(finder)
    offices_before_names(finder)
    offices_before_first_names(finder)
    offices_beside_names(finder)
    first_names(finder)
    initial_surnames(finder)
    task_owners(finder)
    given_names_in_notes(finder)
    speakers_with_roles(finder)
    transcript_speakers(finder)
    name_series(finder)
    given_names_with_roles(finder)
    roles_alone(finder)
    presenters(finder)
    return titles_as_written(text, merge(text, finder.found))


def without_link_targets(text: str) -> str:
    """The text with markdown links read as their words: "[Ann Daughtery](/Friends/Ann/)
    (clerk)" as " Ann Daughtery" then no-break spaces (a gap no list rule reads as a column's),
    each character of the brackets and the target one, so that every offset stays the same."""
    if "](" not in text:
        return text
    return _LINK_RE.sub(lambda m: f" {m.group(1)}{_GAP * (m.end() - m.end(1))}", text)


def without_html_tags(text: str) -> str:
    """Minutes pasted as HTML ("<h3>Guests</h3>", "<li>Mara Quill</li>", "<td>Chair</td>")
    read as their words: each tag no-break spaces, a heading's opening tag a markdown
    heading's "#" (so that it ends a list above it); offsets stay the same."""
    return HTML_TAG_RE.sub(_untagged, text)


def _untagged(m: re.Match[str]) -> str:
    tag = m.group(0)
    if _HEADING_TAG_RE.match(tag):
        return "#" + _GAP * (len(tag) - 1)
    return _GAP * len(tag)


_HEADING_TAG_RE = re.compile(r"(?i)<h[1-6]\b")


def without_emphasis(text: str) -> str:
    """The text with markdown's strong emphasis around words inside a line ("- **Elena
    Marsh** - Chair", "Present: __Tom Hale__, Clerk") read as no-break spaces, so a name in
    bold reads as one written plain. Bold that is a line's whole text (a heading) or a label
    ("**Present:**", "**Apologies**:") stays as written: the list and office rules read
    those so. Offsets stay the same."""
    if "**" not in text and "__" not in text:
        return text
    # (_EMPHASIS_RE.sub over every place of the text cost 50 ms on 1 MB: a match starts at
    # its "**" or "__", or at its line's start, group 1.)
    return sub_at(_EMPHASIS_RE, _unemphasised, text, marks_and_their_lines(text, ("**", "__")))


def _unemphasised(m: re.Match[str]) -> str:
    if m.group(1) is not None and m.group(4) is not None:
        return m.group(0)  # the line's whole text: a heading
    return f"{m.group(1) or ''}{_GAP * 2}{m.group(3)}{_GAP * 2}{m.group(4) or ''}"


# "**words**" or "__words__" on one line, whole words, neither ending in nor followed by a
# colon; group 1 (a line's start, bullet and item number) and group 4 (the line's end) only
# when they touch it.
_EMPHASIS_RE = re.compile(
    r"(?m)(^[ \t>*•-]*(?:\w{1,3}[.)][ \t]+)?)?(?<!\w)(\*\*|__)([^*_\n:]{1,80}?)\2(?![\w:]|\s+:)"
    r"([ \t]*$)?"
)
_GAP = "\u00a0"
# "[words](target)": a link's words may wrap over a line, its target holds no space.
_LINK_RE = re.compile(r"\[([^\[\]\n]{1,80}(?:\n[^\[\]\n]{1,80})?)\]\([^()\s]{0,300}\)")
