"""Table rows as editors and wikis write them: Markdown and org-mode pipes ("| a | b |"),
Confluence and Jira header cells ("|| Item || Outcome ||"), MediaWiki ("! Item !! Outcome",
"| a || b", "|-" between rows) and DokuWiki ("^ Item ^ Outcome ^") headers, Textile's
"|_. Item |" header cells."""

from __future__ import annotations

import re

# A line between rows or around a table: "|---|:--|", "+----+", "|-", "{|", "|}", "|+ caption".
RULE_ROW_RE = re.compile(r"^\s*(?:[|+:=-][\s|:+=-]*|\|[-}+].*|\{\|.*)$")
# Cell marks of a header: Textile's "_.", emphasis.
_HEAD_MARK_RE = re.compile(r"^(?:_\.\s*)?[*_]{0,3}|[*_]{0,3}$")


def is_row(c: str) -> bool:
    """Whether line ``c`` is a row of cells (or a header row) of some table syntax."""
    s = c.strip()
    return s.count("|") >= 2 or (s[:1] == "!" and "!!" in s) or (s[:1] == "^" and s.count("^") >= 2)


def row_cells(c: str) -> list[str]:
    """The cells of table row ``c`` in any of the syntaxes above, stripped of their marks."""
    s = c.strip()
    if s.startswith("||"):
        parts = s.strip("|").split("||")  # Confluence/Jira header
    elif s[:1] == "!" and "!!" in s:
        parts = s[1:].split("!!")  # MediaWiki header
    elif s[:1] == "^" and s.count("^") >= 2:
        parts = re.split(r"[\^|]", s.strip("^|"))  # DokuWiki header
    elif s[:1] == "|" and "||" in s and not s.endswith("|"):
        parts = s[1:].split("||")  # MediaWiki cells on one line
    else:
        parts = s.strip("|").split("|")
    return [_HEAD_MARK_RE.sub("", p.strip()).strip() for p in parts]
