"""Stage 2 for uploads: the text inside a file, so it is checked when it is uploaded.

A file is recognised by its first bytes before its content type or name (a PDF named
``notes.csv`` is read as a PDF), then read with a maintained library: pypdf (page text and
filled-in form fields), python-docx (every story part: body with tables and text boxes,
headers, footers, footnotes, endnotes, comments, tracked deletions; embedded workbooks and
documents), openpyxl in read-only mode (every cell of every sheet). Text files are decoded
by their declared charset, a byte-order mark or UTF-8.

Reading is bounded by ``Limits``: pages, cells, extracted characters and, for the zip
containers DOCX and XLSX, the unpacked size of their members, checked from the zip
directory before anything is unpacked (a zip bomb is refused, not inflated; zipfile never
returns more than a member's declared size). A file that cannot be read (damaged,
encrypted, over a limit, a format the guard does not read) raises ``UnreadableFile`` with a
short reason code that never quotes the content; the caller applies the configured decision.
Document metadata (author, title) is not read: it names the employee in nearly every file.
"""

from __future__ import annotations

import codecs
import io
import logging
import posixpath
import warnings
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import openpyxl
from docx import Document as open_docx
from docx.oxml.parser import parse_xml
from pypdf import PasswordType, PdfReader

# pypdf logs details of malformed files and openpyxl warns about unsupported features; neither
# is useful in the proxy's log, and a detail could quote a document.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)
warnings.filterwarnings("ignore", module="openpyxl")

DOCUMENTS = ("pdf", "docx", "xlsx")
_OFFICE = {  # content type (also of an embedded package) -> kind
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.ms-excel.sheet.macroenabled.12": "xlsx",
    "application/pdf": "pdf",
}
_TEXT_TYPES = ("json", "xml", "csv", "yaml", "markdown", "javascript", "x-ndjson", "sql", "x-sh", "x-python", "rtf")
_TEXT_SUFFIXES = frozenset(
    ".txt .text .csv .tsv .md .markdown .rst .json .jsonl .ndjson .xml .html .htm .yaml .yml .toml .ini .cfg .conf "
    ".log .sql .rtf .tex .py .js .ts .java .kt .c .h .cpp .cs .go .rs .rb .php .sh .ps1 .r .swift .vb .eml .vtt .srt".split()
)
_SUFFIX_KIND = {".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx"}
_BOMS = (  # UTF-32 LE before UTF-16 LE: its mark starts with the same two bytes
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WORD_TEXT = {_W + "t": None, _W + "delText": None, _W + "instrText": None, _W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "p": "\n"}
_WORD_STORIES = {  # content type -> name in ``where``
    f"application/vnd.openxmlformats-officedocument.wordprocessingml.{part}+xml": name
    for part, name in (("document.main", "body"), ("template.main", "body"), ("document.glossary", "glossary"), ("header", "header"),
                       ("footer", "footer"), ("footnotes", "footnotes"), ("endnotes", "endnotes"), ("comments", "comments"))
}
_MAX_DEPTH = 2  # a document embedded in a document embedded in a document is read; deeper is not


@dataclass(frozen=True)
class Limits:
    """How much of one upload the guard reads; past any of these the file is unreadable."""

    max_pages: int = 500
    max_cells: int = 1_000_000
    max_unzipped: int = 64 * 2**20  # bytes, all members of a DOCX/XLSX (and what it embeds) together
    max_text: int = 4_000_000  # characters extracted from one file


class UnreadableFile(Exception):
    """The file cannot be read; ``reason`` is a code safe to log: damaged | encrypted | too_large | unknown_format."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class DecodedText:
    text: str
    codec: str
    bom: bytes

    def encode(self, new_text: str) -> bytes:
        """A rewritten text in the original's encoding (byte-order mark kept)."""
        return self.bom + new_text.encode(self.codec, errors="replace")


def file_kind(data: bytes, content_type: str = "", filename: str = "") -> str | None:
    """pdf | docx | xlsx | text, or None for a format the guard does not read (images, archives)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    media = content_type.split(";", 1)[0].strip().lower()
    suffix = posixpath.splitext(filename.replace("\\", "/").lower())[1]
    if media in _OFFICE or suffix in _SUFFIX_KIND:
        return _OFFICE.get(media) or _SUFFIX_KIND[suffix]
    if media.startswith("text/") or any(t in media for t in _TEXT_TYPES) or suffix in _TEXT_SUFFIXES:
        return "text"
    if b"\x00" not in head and decode_text(data) is not None:
        return "text"
    return None


def charset_of(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"') or None
    return None


def decode_text(data: bytes, charset: str | None = None, legacy: bool = False) -> DecodedText | None:
    """Text by byte-order mark, else the declared charset, else UTF-8 (UTF-16 when every other
    byte is NUL: Windows text without a mark); with ``legacy`` (a text file with no declared
    charset) Windows-1252, the encoding of Swedish Excel CSV exports. None when the bytes are
    not text in any of these: text never holds a NUL, so digits between NULs are not let through."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom):], codec, bom)
    if charset:
        try:
            codec = codecs.lookup(charset).name
        except LookupError:
            return None
        decoded = _decode(data, codec, b"")
    elif b"\x00" in data:
        order = _utf16_order(data[:4096])
        decoded = _decode(data, order, b"") if order else None
    else:
        decoded = _decode(data, "utf-8", b"")
        if decoded is None and legacy:
            decoded = _decode(data, "cp1252", b"")
    return None if decoded is None or "\x00" in decoded.text else decoded


def _utf16_order(sample: bytes) -> str | None:
    """utf-16-le or -be when one byte of most pairs is NUL (Latin text), else None."""
    high_bytes, low_bytes = sample[1::2].count(0), sample[0::2].count(0)
    if max(high_bytes, low_bytes) < len(sample) // 4 or min(high_bytes, low_bytes) > len(sample) // 20:
        return None
    return "utf-16-le" if high_bytes > low_bytes else "utf-16-be"


def _decode(data: bytes, codec: str, bom: bytes) -> DecodedText | None:
    try:
        return DecodedText(data.decode(codec), codec, bom)
    except (UnicodeDecodeError, LookupError):
        return None


def document_text(data: bytes, kind: str, limits: Limits = Limits()) -> list[tuple[str, str]]:
    """(where, text) of every text in a PDF, DOCX or XLSX; ``where`` names a page, sheet or
    part by number, never by a name taken from the file. Raises UnreadableFile."""
    budget = _Budget(limits)
    return list(budget.read(data, kind, "", 0))


class _Budget:
    """What is left of the limits while one upload (and what it embeds) is read."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.unzipped = limits.max_unzipped
        self.cells = limits.max_cells
        self.text = limits.max_text

    def read(self, data: bytes, kind: str, prefix: str, depth: int) -> Iterator[tuple[str, str]]:
        reader = {"pdf": self._pdf, "docx": self._docx, "xlsx": self._xlsx}.get(kind)
        if reader is None:
            raise UnreadableFile("unknown_format")
        try:
            for where, text in reader(data, depth):
                self.text -= len(text)
                if self.text < 0:
                    raise UnreadableFile("too_large")
                yield prefix + where, text
        except UnreadableFile:
            raise
        except Exception as exc:  # noqa: BLE001 - the readers raise anything on a broken file
            raise UnreadableFile("damaged") from exc

    def _pdf(self, data: bytes, depth: int) -> Iterator[tuple[str, str]]:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise UnreadableFile("encrypted")  # an empty user password (restrictions only) opens
        if len(reader.pages) > self.limits.max_pages:
            raise UnreadableFile("too_large")
        for number, page in enumerate(reader.pages, 1):
            yield f"page[{number}]", page.extract_text()
        values = [v for v in (reader.get_form_text_fields() or {}).values() if isinstance(v, str) and v]
        if values:
            yield "form", "\n".join(values)

    def _docx(self, data: bytes, depth: int) -> Iterator[tuple[str, str]]:
        self._unzipped_size(data)
        package = open_docx(io.BytesIO(data)).part.package
        seen: Counter[str] = Counter()
        for part in package.iter_parts():
            content_type = part.content_type.lower()
            kind = _WORD_STORIES.get(content_type) or (_OFFICE.get(content_type) if depth < _MAX_DEPTH else None)
            if kind is None:
                continue
            seen[kind] += 1
            where = f"{kind}[{seen[kind]}]"  # numbered, never the part's name: a file may name it anything
            if content_type in _WORD_STORIES:
                element = getattr(part, "element", None)
                yield where, _word_text(element if element is not None else parse_xml(part.blob))
            else:
                yield from self.read(part.blob, kind, where + ".", depth + 1)

    def _xlsx(self, data: bytes, depth: int) -> Iterator[tuple[str, str]]:
        self._unzipped_size(data)
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            for number, sheet in enumerate(workbook.worksheets, 1):
                sheet.reset_dimensions()  # a stated size of A1:XFD1048576 must not pad every row
                lines = [sheet.title]
                for row in sheet.iter_rows(values_only=True):
                    self.cells -= max(1, len(row))  # a row jump of millions costs as much as it loops
                    if self.cells < 0:
                        raise UnreadableFile("too_large")
                    lines.append("\t".join("" if value is None else str(value) for value in row).rstrip("\t"))
                yield f"sheet[{number}]", "\n".join(lines)
        finally:
            workbook.close()

    def _unzipped_size(self, data: bytes) -> None:
        """Refuse a zip whose members would unpack past the budget, before unpacking any."""
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            self.unzipped -= sum(info.file_size for info in archive.infolist())
        if self.unzipped < 0:
            raise UnreadableFile("too_large")


def _zip_kind(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return None


def _word_text(root) -> str:
    """The text of one WordprocessingML part in document order: a line per paragraph (table
    cells and text boxes are paragraphs too), tracked deletions and field codes included."""
    out: list[str] = []
    for element in root.iter(*_WORD_TEXT):
        fixed = _WORD_TEXT[element.tag]
        out.append(fixed if fixed is not None else element.text or "")
    return "".join(out).lstrip("\n")
