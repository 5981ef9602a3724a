"""The minutes parser: items, decisions, actions, follow-ups and people, each with its span.

Entry point: :func:`parse`. Pure Python; offsets are into the exact input string (nothing
is normalised before offsets are taken). One module per stage, each rule a named function
whose docstring says the kind of sentence it reads:

- :mod:`.layout`: lines, sentences, hard-wrapped paragraphs and page furniture;
- :mod:`.items` and :mod:`.header`: agenda items, exempt items, the meeting's committee
  and date;
- :mod:`.people`: attendance lists, names, roles and initials;
- :mod:`.decisions` and :mod:`.follow_ups`;
- :mod:`.actions`: by source (tables, markers, lists, prose), owners and due dates.

The rules are general ones for English committee minutes (see shared/notes/minutes.md).
"""

from ..startup_cache import cached_compiles

with cached_compiles(__file__):  # the rules' patterns, compiled in an earlier run
    from .pipeline import parse, parse_strict

__all__ = ["parse", "parse_strict"]
