"""Web pages (a ModernGov minutes page saved from the browser) and Markdown.

BeautifulSoup (with Python's own HTML parser) reads the page however broken its markup;
navigation, banners, menus, scripts and forms are dropped, and the rest is written out as
lines: a paragraph, heading or list item a line (list items led by their number or a
bullet), a data table's row a line with its cells separated by tabs. A layout table (cells
holding several paragraphs, as ModernGov lays out its items) is read as the paragraphs it
holds. Markdown is turned into HTML by markdown-it-py (already installed with Rich) and
read the same way.
"""

from __future__ import annotations

import email
import re
from typing import Any

from clerk_tui.core.source import InputError
from clerk_tui.ingest.word import format_number

DROPPED_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "aside",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "iframe",
    "object",
    "head",
)
NAVIGATION = re.compile(
    r"(^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|skip(link)?s?|cookies?|sidebar|"
    r"social|share|search|mgActionList|mgFileSize)($|[\s_-])",
    re.IGNORECASE,
)
"""Class or id words that mark page furniture rather than content (ModernGov's links to an
item's decision page and the sizes it adds to document links too)."""
PAGE_FRAME = re.compile(r"(^|[\s_-])(header|footer|banner|masthead)($|[\s_-])", re.IGNORECASE)
"""Words that mark the site's header and footer: dropped when no main content is marked."""
NAVIGATION_ROLES = {"navigation", "search", "menu", "menubar"}
FRAME_ROLES = {"banner", "contentinfo"}
MAIN = ("main", "[role=main]", "#modgov", ".mgContent", "article", "#content", "#main")
"""Where the content is, most specific first: ModernGov puts its pages in div#modgov."""
BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "address",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "hr",
    "center",
    "fieldset",
}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
LIST_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman"}


def read_html(data: bytes, name: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    text = html_text(soup)
    if not text.strip():
        raise InputError(f"{name} has no minutes text (an empty or script-only page)")
    return text


def read_mhtml(data: bytes, name: str) -> str:
    """A page saved as one file (.mht/.mhtml): the HTML part of the MIME archive."""
    message = email.message_from_bytes(data)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return read_html(payload, name)
    raise InputError(f"{name} is a saved web page with no HTML in it")


def read_markdown(text: str, name: str) -> str:
    from bs4 import BeautifulSoup
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark", {"html": False}).enable("table").render(text)
    return html_text(BeautifulSoup(html, "html.parser"))


def html_text(soup: Any) -> str:
    for element in soup.find_all(DROPPED_TAGS):
        element.decompose()
    root = next((found for selector in MAIN if (found := soup.select_one(selector))), None)
    framed = root is None
    if root is None:
        root = soup.body or soup
    for element in root.find_all(True):
        if not element.decomposed and _furniture(element, framed):
            element.decompose()
    writer = _Writer()
    writer.block(root)
    return writer.text()


def _furniture(element: Any, framed: bool) -> bool:
    """Navigation, hidden text and, on a page with no marked main content, the site's
    header and footer."""
    if element.name in ("table", "tr", "td", "th", "tbody", "thead"):
        return False
    attrs = element.attrs or {}
    role = attrs.get("role")
    if role in NAVIGATION_ROLES or attrs.get("aria-hidden") == "true":
        return True
    if "hidden" in attrs or "display:none" in attrs.get("style", "").replace(" ", ""):
        return True
    names = " ".join([attrs.get("id", ""), *attrs.get("class", [])])
    if NAVIGATION.search(names):
        return True
    return framed and (
        element.name in ("header", "footer")
        or role in FRAME_ROLES
        or bool(PAGE_FRAME.search(names))
    )


class _Writer:
    """Collects lines; inline text runs join into the current line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.lead = ""
        """An item number waiting to lead the next line written."""

    def text(self) -> str:
        self.flush()
        return "\n".join(self.lines)

    def flush(self) -> None:
        line = " ".join("".join(self.current).split())
        if line:
            self.lines.append(f"{self.lead} {line}" if self.lead else line)
            self.lead = ""
        self.current = []

    def blank(self) -> None:
        self.flush()
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def block(self, element: Any) -> None:
        for child in element.children:
            self.node(child)

    def node(self, node: Any) -> None:
        name = getattr(node, "name", None)
        if name is None:
            if type(node).__name__ in (
                "Comment",
                "Doctype",
                "Declaration",
                "ProcessingInstruction",
            ):
                return
            self.current.append(str(node))
            return
        if name == "br":
            self.flush()
        elif name == "table":
            self.table(node)
        elif name in ("ul", "ol"):
            self.list(node)
        elif name in HEADINGS:
            self.blank()
            self.block(node)
            self.flush()
        elif name in BLOCKS:
            self.flush()
            self.block(node)
            self.flush()
        else:
            self.block(node)

    def list(self, node: Any) -> None:
        self.flush()
        ordered = node.name == "ol"
        fmt = LIST_TYPES.get(node.get("type", "1"), "decimal")
        counter = _int(node.get("start"), 1) - 1
        for item in node.find_all("li", recursive=False):
            counter = _int(item.get("value"), counter + 1)
            label = f"{format_number(counter, fmt)}." if ordered else "•"
            self.current.append(label + " ")
            self.block(item)
            self.flush()

    def table(self, node: Any) -> None:
        self.flush()
        rows = [row for row in node.find_all("tr") if row.find_parent("table") is node]
        if _layout_table(rows):
            for row in rows:
                self.layout_row(row)
            return
        for row in rows:
            cells = [_inline(cell) for cell in row.find_all(("td", "th"), recursive=False)]
            while cells and not cells[-1]:
                cells.pop()
            if any(cells):
                self.lines.append("\t".join(cells))

    def layout_row(self, row: Any) -> None:
        """A row of a layout table: its cells' blocks in order; a short first cell (the
        item's number) leads the first line of the next."""
        cells = row.find_all(("td", "th"), recursive=False)
        for index, cell in enumerate(cells):
            number = _inline(cell)
            if index + 1 < len(cells) and 0 < len(number) <= 8:
                self.flush()
                self.lead = number
                continue
            self.block(cell)
            self.flush()
        if self.lead:  # a number with nothing after it
            self.lines.append(self.lead)
            self.lead = ""


def _inline(cell: Any) -> str:
    """A table cell's text on one line."""
    return " ".join(cell.get_text(" ").split())


def _layout_table(rows: list[Any]) -> bool:
    """A table used to lay out paragraphs rather than to hold data."""
    for row in rows:
        for cell in row.find_all(("td", "th"), recursive=False):
            if cell.find("table") or len(cell.find_all(("p", "div", "li", *HEADINGS))) >= 2:
                return True
    return False


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
