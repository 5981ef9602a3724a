"""Turn the bytes of a minutes file or paste into text, or say in one line why not."""

from __future__ import annotations

MAX_BYTES = 5 * 1024 * 1024
"""Minutes run to tens of kilobytes; anything past this is almost surely not minutes."""


class InputError(ValueError):
    """Input that cannot be minutes; the message is one line for the clerk."""


def decode_minutes(data: bytes, name: str = "input") -> str:
    """Decode minutes as `Path.read_text(encoding="utf-8")` would (so parse offsets agree),
    falling back to Windows-1252 for files saved by older Word; refuse empty, binary and
    oversized input."""
    if len(data) > MAX_BYTES:
        size = len(data) / (1024 * 1024)
        raise InputError(f"{name} is {size:.1f} MB; minutes over 5 MB are refused")
    if not data.strip():
        raise InputError(f"{name} is empty")
    if b"\x00" in data[:8192] or data.startswith((b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise InputError(f"{name} is a binary file; save the minutes as plain text first")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    """Universal newlines, as Python's text mode reads files."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
