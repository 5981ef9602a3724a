"""Minutes files in, plain text out: Word, PDF, web pages, Markdown and text.

    document = read_file("minutes.docx")     # or read_bytes(data, "minutes.docx")
    parse(document.text)                      # what is parsed is what the meeting stores

The format is told by the file's first bytes (a PDF or Word file misnamed .txt still
reads) and, for text formats, by its name. Anything that cannot be minutes (damaged,
password-protected, empty, a scan, an old .doc) raises `InputError` with one line for the
clerk, and nothing is read further. No SQLite and no Textual here.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from clerk_tui.core.source import MAX_BYTES, InputError, decode_minutes, normalise_newlines

MAX_FILE_BYTES = 50 * 1024 * 1024
"""A Word or PDF file of minutes with pictures can run to megabytes; its text to far less."""
SUFFIXES = (".docx", ".pdf", ".html", ".htm", ".mht", ".mhtml", ".md", ".markdown", ".txt")
"""The files `read_file` opens, for file pickers and messages."""
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""Microsoft's old compound file: .doc, .xls, and password-protected .docx/.xlsx."""
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile("[\u00a0\u2007\u202f]")
_BLANK_RUN = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class Document:
    text: str
    """The minutes' text: what is parsed and stored, and what spans point into."""
    name: str
    """The file's name, without its folder."""
    sha256: str
    """Hash of the file's bytes as read, to tell later which file a meeting came from."""
    kind: str
    """docx, pdf, html, md or txt."""


def read_file(path: str | Path) -> Document:
    """Read a minutes file, or raise InputError saying in one line why it cannot be."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path.name} is {size / 2**20:.0f} MB; files over 50 MB are refused")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not a minutes file") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied (is it open elsewhere?)") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    return read_bytes(data, path.name)


def read_bytes(data: bytes, name: str) -> Document:
    """The Document in `data`, the bytes of a file called `name`."""
    if not data.strip():
        raise InputError(f"{name} is empty")
    kind = sniff(data, name)
    text = _readers()[kind](data, name)
    if kind != "txt":  # a text file is stored as read, so offsets agree with the file's text
        text = tidy(text)
    if not text.strip():
        raise InputError(f"{name} has no text")
    if len(text.encode("utf-8", errors="surrogatepass")) > MAX_BYTES:
        raise InputError(f"{name} holds over 5 MB of text; minutes that long are refused")
    return Document(text, name, hashlib.sha256(data).hexdigest(), kind)


def sniff(data: bytes, name: str) -> str:
    """The reader for these bytes; raises InputError for formats that are not minutes."""
    suffix = Path(name).suffix.lower()
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data, name)
    if data.startswith(OLE):
        if ENCRYPTED_PACKAGE in data:
            raise InputError(
                f"{name} is password-protected; save a copy without the password first"
            )
        raise InputError(
            f"{name} is an old Word or Excel file (.doc/.xls); open it and save it as .docx"
        )
    if data.startswith(b"{\\rtf"):
        raise InputError(f"{name} is a Rich Text file; open it in Word and save it as .docx")
    if suffix in (".mht", ".mhtml") or head.lstrip().lower().startswith(b"mime-version:"):
        return "mhtml"
    if suffix in (".html", ".htm", ".xhtml") or re.match(
        rb"\s*(<!--.*?-->\s*)*<(!doctype html|html)", head, re.IGNORECASE | re.DOTALL
    ):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    return "txt"


def _zip_kind(data: bytes, name: str) -> str:
    import io

    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(f"{name} is damaged (a broken Word or zip file)") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise InputError(f"{name} is an Excel workbook; import the minutes (Word, PDF or text)")
    if "content.xml" in names:
        raise InputError(f"{name} is an OpenDocument file; save it as .docx or PDF first")
    raise InputError(f"{name} is a zip archive, not minutes")


def _readers():  # type: ignore[no-untyped-def]
    """Format -> reader(bytes, name) -> text; each imports its library when used."""
    from clerk_tui.ingest.html import read_html, read_markdown, read_mhtml
    from clerk_tui.ingest.pdf import read_pdf
    from clerk_tui.ingest.word import read_docx

    return {
        "docx": read_docx,
        "pdf": read_pdf,
        "html": read_html,
        "mhtml": read_mhtml,
        "md": lambda data, name: read_markdown(decode_minutes(data, name), name),
        "txt": decode_minutes,
    }


def tidy(text: str) -> str:
    """One newline style, no invisible or control characters, no trailing spaces, at most
    one blank line in a row."""
    text = normalise_newlines(text)
    text = _CONTROL.sub("", _SPACES.sub(" ", _INVISIBLE.sub("", text)))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUN.sub("\n\n", text).strip("\n") + "\n"
