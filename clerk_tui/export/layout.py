"""Column widths and row heights for the printed formats, from the text they hold.

Word and Excel lay text out with the font's real widths, so a column given a fixed share
of the page breaks a heading or status inside a word ('Meetin/g', 'Overdu/e') or lets a
long action spill. Here text is measured with Arial's metrics (the same as Helvetica's, and
as Liberation Sans, which LibreOffice uses in its place), so that:
- every column is at least as wide as its longest word, and a short column (a date, a
  status, a reference) as wide as its longest value, so none of them wraps;
- the width left over goes to the columns of running text (action, update) by their share;
- a row is as tall as its most wrapped cell.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

_WIDTHS = {
    False: (
        "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 "
        "556 556 556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 "
        "500 667 556 833 722 778 667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 "
        "556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 "
        "278 556 500 722 500 500 500 334 260 334 584"
    ),
    True: (
        "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 "
        "556 556 556 556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 "
        "556 722 611 833 722 778 667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 "
        "556 333 556 611 556 611 556 333 611 611 278 278 556 278 889 611 611 611 611 389 556 "
        "333 611 556 778 556 556 500 389 280 389 584"
    ),
}
ADVANCE = {bold: [int(w) for w in table.split()] for bold, table in _WIDTHS.items()}
"""Arial's advance widths for ' ' to '~', in thousandths of the font size."""
OTHER = 600
"""Width assumed for a character outside ASCII: wider than most, to err on the safe side."""
SHORT_VALUE = 16
"""A value in a compact column up to this long stays on one line ('12 Mar 2024',
'Not yet due'); a longer one ('in the 2024-25 municipal year') may wrap."""
SLACK = 1.06
"""Room for the differences between renderers (hinting, kerning, font substitutes) when
sizing a column that must not break a word."""
WRAP_SLACK = 1.02
"""The same when counting wrapped lines: more would leave blank lines under short rows."""


def text_width(text: str, size: float, bold: bool = False, slack: float = SLACK) -> float:
    """Width of one line of `text` in points at `size` points, with `slack` to spare."""
    advance = ADVANCE[bold]
    units = sum(advance[ord(c) - 32] if 32 <= ord(c) < 127 else OTHER for c in text)
    return units * size / 1000 * slack


def longest_word(text: str, size: float, bold: bool = False) -> float:
    return max((text_width(word, size, bold) for word in text.split()), default=0.0)


def column_widths(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    shares: Sequence[int],
    compact: Sequence[bool],
    usable: float,
    size: float,
    padding: float,
) -> list[float]:
    """Widths in points that fill `usable`: compact columns fit their short values on one
    line, every column fits its longest word (headers in bold), and the rest of the width
    goes to the other columns by `shares`. `padding` is a cell's left plus right margin."""
    need = []
    for index, header in enumerate(headers):
        values = [row[index] for row in rows]
        widest = max(
            [
                longest_word(header, size, bold=True),
                *(
                    text_width(v, size)
                    if compact[index] and len(v) <= SHORT_VALUE
                    else longest_word(v, size)
                    for v in values
                ),
            ]
        )
        need.append(min(widest, usable / 4) + padding)  # an unbroken URL takes no more
    spare = usable - sum(need)
    flexible = [share if not compact[i] else 0 for i, share in enumerate(shares)]
    if spare <= 0 or not any(flexible):
        scale = usable / sum(need)
        return [width * scale for width in need]
    return [
        width + spare * share / sum(flexible) for width, share in zip(need, flexible, strict=True)
    ]


def line_count(text: str, width: float, size: float) -> int:
    """How many lines `text` takes wrapped at word boundaries in `width` points."""
    total = 0
    for paragraph in text.split("\n") or [""]:
        lines, used = 1, 0.0
        space = text_width(" ", size, slack=WRAP_SLACK)
        for word in paragraph.split():
            word_width = text_width(word, size, slack=WRAP_SLACK)
            if used and used + space + word_width > width:
                lines, used = lines + 1, 0.0
            if word_width > width:  # a word longer than the column breaks where it must
                extra = math.ceil(word_width / width) - 1
                lines, used = lines + extra, word_width - extra * width
            else:
                used += (space if used else 0.0) + word_width
        total += lines
    return total
