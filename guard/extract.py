"""Stage 2 for uploads: the text inside a file, so it is checked when it is uploaded.

A file is recognised by its first bytes before its content type or name (a PDF named
``notes.csv`` is read as a PDF; a zip by its members, an OLE2 compound file by its streams),
then read with a maintained library: pypdf (page text and filled-in form fields), python-docx
(every story part: body with tables and text boxes, headers, footers, footnotes, endnotes,
comments, tracked deletions; embedded workbooks and documents), its OPC package reader for
PowerPoint (every slide in the order shown, with tables, grouped shapes, speaker notes and
comments; masters, layouts, SmartArt text and embedded documents), openpyxl in read-only mode
and xlrd for Excel 97-2003 (every cell of every sheet). OpenDocument text, spreadsheets and
presentations are read from content.xml (and the documents it embeds) and styles.xml (master
pages: headers, footers) with lxml, as python-docx reads its parts, not with odfpy: odfpy
builds a Python object per element, and its text helper runs paragraphs and table cells
together and expands a space count of any size, while the text is a walk over a handful of
elements. Text files are decoded by their declared charset, a byte-order mark or UTF-8. A
Word or PowerPoint 97-2003 file (.doc, .ppt) has no maintained pure-Python reader: it is an
unknown format; an encrypted Office file is recognised as such.

Reading is bounded by ``Limits``: pages (slides count as pages), cells, extracted characters
and, for the zip containers (Office Open XML, OpenDocument), the unpacked size of their
members, checked from the zip directory before anything is unpacked (a zip bomb is refused,
not inflated; zipfile never returns more than a member's declared size). A file that cannot
be read (damaged, encrypted, over a limit, a format the guard does not read) raises
``UnreadableFile`` with a short reason code that never quotes the content; the caller applies
the configured decision. Document metadata (author, title) is not read: it names the employee
in nearly every file.
"""

from __future__ import annotations

import codecs
import io
import logging
import posixpath
import re
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NoReturn

import openpyxl
import xlrd
from docx import Document as open_docx
from docx.opc.package import OpcPackage
from docx.opc.part import Part
from lxml import etree
from pypdf import PasswordType, PdfReader
from xlrd.compdoc import CompDoc

# pypdf logs details of malformed files and openpyxl warns about unsupported features; neither
# is useful in the proxy's log, and a detail could quote a document.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)
warnings.filterwarnings("ignore", module="openpyxl")

DOCUMENTS = ("pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "xls", "ooxml")
_ODF_TYPES = {  # an OpenDocument file's mimetype member (and content type) -> kind
    f"application/vnd.oasis.opendocument.{name}{template}": kind
    for name, kind in (("text", "odt"), ("spreadsheet", "ods"), ("presentation", "odp")) for template in ("", "-template")
}
_OFFICE = {  # content type (also of an embedded package) -> kind
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.ms-excel.sheet.macroenabled.12": "xlsx",
    **{f"application/vnd.openxmlformats-officedocument.presentationml.{name}": "pptx" for name in ("presentation", "slideshow", "template")},
    **{f"application/vnd.ms-powerpoint.{name}.macroenabled.12": "pptx" for name in ("presentation", "slideshow", "template")},
    **_ODF_TYPES,
    "application/pdf": "pdf",
}
# A part of an Office file may be an Excel 97-2003 sheet (Word and PowerPoint store an inserted
# one so). An upload is one only by its first bytes: a file merely named .xls or sent as
# application/vnd.ms-excel is mostly an HTML or CSV export, and is read as the text it is.
_EMBEDDED = {**_OFFICE, "application/vnd.ms-excel": "xls"}
_TEXT_TYPES = ("json", "xml", "csv", "yaml", "markdown", "javascript", "x-ndjson", "sql", "x-sh", "x-python", "rtf")
_TEXT_SUFFIXES = frozenset(
    ".txt .text .csv .tsv .md .markdown .rst .json .jsonl .ndjson .xml .html .htm .yaml .yml .toml .ini .cfg .conf "
    ".log .sql .rtf .tex .py .js .ts .java .kt .c .h .cpp .cs .go .rs .rb .php .sh .ps1 .r .swift .vb .eml .vtt .srt".split()
)
_SUFFIX_KIND = {
    ".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx",
    **dict.fromkeys((".pptx", ".pptm", ".potx", ".potm", ".ppsx", ".ppsm"), "pptx"),
    ".odt": "odt", ".ott": "odt", ".ods": "ods", ".ots": "ods", ".odp": "odp", ".otp": "odp",
}
_BOMS = (  # UTF-32 LE before UTF-16 LE: its mark starts with the same two bytes
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE2 compound file: Office 97-2003, or an encrypted Office Open XML file
_MIMETYPE_SIZE = 100  # bytes: an OpenDocument mimetype member is one short line
_MAX_DEPTH = 2  # a document embedded in a document embedded in a document is read; deeper is not
_XML = etree.XMLParser(resolve_entities=False)  # entities are not expanded into the text (a "billion laughs" part is refused)

# Office Open XML: the elements that hold text, and the marks the others stand for.
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_WORD_TEXT = {_W + "t": None, _W + "delText": None, _W + "instrText": None, _W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "p": "\n"}
_DRAWING_TEXT = {_A + "t": None, _A + "br": "\n", _A + "p": "\n", _P + "text": None, _P + "cm": "\n"}  # p:cm holds an old-style comment's p:text
_WORD_STORIES = {  # content type -> name in ``where``
    f"application/vnd.openxmlformats-officedocument.wordprocessingml.{part}+xml": name
    for part, name in (("document.main", "body"), ("template.main", "body"), ("document.glossary", "glossary"), ("header", "header"),
                       ("footer", "footer"), ("footnotes", "footnotes"), ("endnotes", "endnotes"), ("comments", "comments"))
}
_DECKS = frozenset(  # content types of a presentation's main part (lower case)
    [f"application/vnd.openxmlformats-officedocument.presentationml.{name}.main+xml" for name in ("presentation", "slideshow", "template")]
    + [f"application/vnd.ms-powerpoint.{name}.macroenabled.main+xml" for name in ("presentation", "slideshow", "template")]
)
_SLIDE_COMPANIONS = {  # content type of a part related to a slide -> name in ``where`` (numbered as the slide)
    "application/vnd.openxmlformats-officedocument.presentationml.notesslide+xml": "notes",
    "application/vnd.openxmlformats-officedocument.presentationml.comments+xml": "comments",
    "application/vnd.ms-powerpoint.comments+xml": "comments",  # PowerPoint 365's threaded comments
}
_DECK_STORIES = {  # content type -> name in ``where``: text shown on every slide that uses it, SmartArt text
    "application/vnd.openxmlformats-officedocument.presentationml.slidemaster+xml": "master",
    "application/vnd.openxmlformats-officedocument.presentationml.slidelayout+xml": "layout",
    "application/vnd.openxmlformats-officedocument.drawingml.diagramdata+xml": "diagram",
}

# OpenDocument: paragraphs hold the text; inside one, these stand for white space.
_ODF_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODF_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_ODF_PRESENTATION = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
_ODF_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_ODF_MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
_ODF_PARAGRAPHS = frozenset((_ODF_TEXT + "p", _ODF_TEXT + "h", _ODF_PRESENTATION + "header-decl", _ODF_PRESENTATION + "footer-decl"))
# text:s stands for one space or a counted run; one is read whatever the count (a count of
# millions would cost memory, and the recognisers need the gap, not its width).
_ODF_SPACES = {_ODF_TEXT + "s": " ", _ODF_TEXT + "tab": "\t", _ODF_TEXT + "line-break": "\n"}
_ODF_NOTES = _ODF_PRESENTATION + "notes"  # a slide's speaker notes, inside its page
_ODF_CELLS = (_ODF_TABLE + "table-cell", _ODF_TABLE + "covered-table-cell")
_ODF_WHITE_SPACE = re.compile(r"[ \t\r\n]+")  # collapsed to one space inside a paragraph, as ODF renders it


@dataclass(frozen=True)
class Limits:
    """How much of one upload the guard reads; past any of these the file is unreadable."""

    max_pages: int = 500  # pages of a PDF, slides of a presentation
    max_cells: int = 1_000_000
    max_unzipped: int = 64 * 2**20  # bytes, all members of a zip container (and what it embeds) together
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
    """pdf | docx | xlsx | pptx | odt | ods | odp | xls | ooxml (an encrypted Office Open XML
    file) | text, or None for a format the guard does not read (images, archives, .doc, .ppt)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(OLE2):
        return _ole_kind(data)
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
    """(where, text) of every text in a document of one of the ``DOCUMENTS`` kinds; ``where``
    names a page, slide, sheet or part by number, never by a name taken from the file.
    Raises UnreadableFile."""
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
        readers = {"pdf": self._pdf, "docx": self._docx, "xlsx": self._xlsx, "pptx": self._pptx,
                   "odt": self._odf, "ods": self._odf, "odp": self._odf, "xls": self._xls, "ooxml": _encrypted_package}
        reader = readers.get(kind)
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
        self._pages(len(reader.pages))
        for number, page in enumerate(reader.pages, 1):
            yield f"page[{number}]", page.extract_text()
        values = [v for v in (reader.get_form_text_fields() or {}).values() if isinstance(v, str) and v]
        if values:
            yield "form", "\n".join(values)

    def _docx(self, data: bytes, depth: int) -> Iterator[tuple[str, str]]:
        self._unzipped_size(data)
        package = open_docx(io.BytesIO(data)).part.package
        yield from self._package_parts(package, _WORD_STORIES, _word_part_text, depth)

    def _pptx(self, data: bytes, depth: int) -> Iterator[tuple[str, str]]:
        self._unzipped_size(data)
        package = OpcPackage.open(io.BytesIO(data))
        deck = package.main_document_part
        if deck.content_type.lower() not in _DECKS:
            raise UnreadableFile("damaged")  # another Office file dressed as a presentation
        # Slides in the order they are shown (sldIdLst), not the order of their parts.
        slides = [deck.related_parts[slide.get(_R + "id")] for slide in _xml(deck.blob).iterfind(f"{_P}sldIdLst/{_P}sldId")]
        self._pages(len(slides))
        for number, slide in enumerate(slides, 1):
            yield f"slide[{number}]", _drawing_part_text(slide)
            for part in slide.related_parts.values():
                if name := _SLIDE_COMPANIONS.get(part.content_type.lower()):
                    yield f"{name}[{number}]", _drawing_part_text(part)
        yield from self._package_parts(package, _DECK_STORIES, _drawing_part_text, depth)

    def _package_parts(self, package: OpcPackage, stories: dict[str, str], text_of: Callable[[Part], str], depth: int) -> Iterator[tuple[str, str]]:
        """The parts of an Office Open XML package whose content type names a story (read
        with ``text_of``), and the documents it embeds; each numbered per kind."""
        seen: Counter[str] = Counter()
        for part in package.iter_parts():
            content_type = part.content_type.lower()
            kind = stories.get(content_type) or (_EMBEDDED.get(content_type) if depth < _MAX_DEPTH else None)
            if kind is None:
                continue
            seen[kind] += 1
            where = f"{kind}[{seen[kind]}]"  # numbered, never the part's name: a file may name it anything
            if content_type in stories:
                yield where, text_of(part)
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
                    self._cells(max(1, len(row)))  # a row jump of millions costs as much as it loops
                    lines.append("\t".join("" if value is None else str(value) for value in row).rstrip("\t"))
                yield f"sheet[{number}]", "\n".join(lines)
        finally:
            workbook.close()

    def _xls(self, data: bytes, depth: int) -> Iterator[tuple[str, str]]:
        # Sheets are loaded one at a time, and rows only as long as their last cell (not padded
        # to the widest row: one far cell would otherwise cost 65,536 x 256 empty ones).
        try:
            book = xlrd.open_workbook(file_contents=data, logfile=_Discard(), on_demand=True, ragged_rows=True)
        except xlrd.XLRDError as exc:
            if str(exc) == "Workbook is encrypted":  # xlrd's only sign of a FILEPASS record
                raise UnreadableFile("encrypted") from exc
            raise
        try:
            for index in range(book.nsheets):
                sheet = book.sheet_by_index(index)
                lines = [sheet.name]
                for row in range(sheet.nrows):
                    types, values = sheet.row_types(row), sheet.row_values(row)
                    self._cells(max(1, len(values)))
                    lines.append("\t".join(_xls_cell(cell_type, value, book.datemode) for cell_type, value in zip(types, values)).rstrip("\t"))
                book.unload_sheet(index)
                yield f"sheet[{index + 1}]", "\n".join(lines)
        finally:
            book.release_resources()

    def _odf(self, data: bytes, depth: int) -> Iterator[tuple[str, str]]:
        """Text, spreadsheet or presentation alike: the body's elements say which."""
        self._unzipped_size(data)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            manifest = _xml(archive.read("META-INF/manifest.xml"))
            if manifest.find(f".//{_ODF_MANIFEST}encryption-data") is not None:
                raise UnreadableFile("encrypted")
            content = _xml(archive.read("content.xml"))
            objects = [_xml(archive.read(folder + "content.xml")) for folder in _odf_objects(manifest) if folder + "content.xml" in names]
            styles = _xml(archive.read("styles.xml")) if "styles.xml" in names else None
        self._pages(sum(1 for _ in content.iter(_ODF_DRAW + "page")))
        yield from self._odf_content(content, "")
        for number, embedded in enumerate(objects, 1):
            yield from self._odf_content(embedded, f"object[{number}].")
        master_pages = [] if styles is None else styles.iterfind(f"{_ODF_OFFICE}master-styles/{_ODF_STYLE}master-page")
        for number, page in enumerate(master_pages, 1):
            yield f"master[{number}]", _odf_text([page])

    def _odf_content(self, content: etree._Element, prefix: str) -> Iterator[tuple[str, str]]:
        self._cells(sum(1 for _ in content.iter(*_ODF_CELLS)))
        for where, text in _odf_sections(content):
            yield prefix + where, text

    def _unzipped_size(self, data: bytes) -> None:
        """Refuse a zip whose members would unpack past the budget, before unpacking any."""
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            self.unzipped -= sum(info.file_size for info in archive.infolist())
        if self.unzipped < 0:
            raise UnreadableFile("too_large")

    def _cells(self, count: int) -> None:
        self.cells -= count
        if self.cells < 0:
            raise UnreadableFile("too_large")

    def _pages(self, count: int) -> None:
        if count > self.limits.max_pages:
            raise UnreadableFile("too_large")


def _encrypted_package(data: bytes, depth: int) -> NoReturn:
    """An Office Open XML file in an OLE2 container is encrypted with a password
    (MS-OFFCRYPTO): its kind and text are inside the encryption."""
    raise UnreadableFile("encrypted")


class _Discard(io.TextIOBase):
    """xlrd's log file: it writes warnings about a file (which can quote a cell) to one, not to logging."""

    def write(self, text: str) -> int:
        return len(text)


def _zip_kind(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.getinfo("mimetype").file_size <= _MIMETYPE_SIZE:
                return _ODF_TYPES.get(archive.read("mimetype").decode("ascii", "replace").strip())
    except Exception:  # noqa: BLE001 - a broken zip raises anything (BadZipFile, zlib.error, ...)
        return None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    return None


def _ole_kind(data: bytes) -> str | None:
    """xls for an Excel 97-2003 workbook, ooxml for an encrypted Office Open XML file, None for
    the other OLE2 files (.doc, .ppt, .msg); the streams at the root of the container say which."""
    try:
        container = CompDoc(data, logfile=_Discard())
        streams = {container.dirlist[child].name.lower() for child in container.dirlist[0].children}
    except Exception:  # noqa: BLE001 - a broken container raises anything
        return None
    if streams & {"workbook", "book"}:
        return "xls"
    if "encryptedpackage" in streams:
        return "ooxml"
    return None


def _xml(blob: bytes) -> etree._Element:
    return etree.fromstring(blob, _XML)


def _ooxml_text(root: etree._Element, marks: dict[str, str | None]) -> str:
    """The text of one Office Open XML part in document order: the elements marked None hold
    text, the others stand for their mark (a paragraph starts a line; table cells and text
    boxes are paragraphs too, so each is a line)."""
    out: list[str] = []
    for element in root.iter(*marks):
        mark = marks[element.tag]
        out.append(mark if mark is not None else element.text or "")
    return "".join(out).lstrip("\n")


def _word_part_text(part: Part) -> str:
    """Tracked deletions and field codes included: they leave with the file."""
    element = getattr(part, "element", None)  # parsed already when python-docx knows the part
    return _ooxml_text(element if element is not None else _xml(part.blob), _WORD_TEXT)


def _drawing_part_text(part: Part) -> str:
    return _ooxml_text(_xml(part.blob), _DRAWING_TEXT)


def _xls_cell(cell_type: int, value: object, datemode: int) -> str:
    """A cell as text. A number that is whole reads without ".0": a personnummer typed into a
    number cell is the float 8112189876.0. A number in a date format that is no date reads as
    the number."""
    if cell_type == xlrd.XL_CELL_DATE:
        try:
            return str(xlrd.xldate_as_datetime(value, datemode))
        except (OverflowError, ValueError):
            pass
    if cell_type == xlrd.XL_CELL_BOOLEAN:
        return str(bool(value))
    if cell_type == xlrd.XL_CELL_ERROR:
        return ""
    if isinstance(value, float):  # also a number in a format xlrd does not know (typed as text)
        return str(int(value)) if value.is_integer() else str(value)
    return str(value)


def _odf_objects(manifest: etree._Element) -> Iterator[str]:
    """The folders of the documents embedded in an OpenDocument file (charts, sheets, formulas)."""
    for entry in manifest.iter(_ODF_MANIFEST + "file-entry"):
        folder = entry.get(_ODF_MANIFEST + "full-path", "")
        if folder.endswith("/") and folder != "/":
            yield folder


def _odf_sections(content: etree._Element) -> Iterator[tuple[str, str]]:
    """(where, text) of an OpenDocument content.xml: a sheet per table of a spreadsheet (its
    name first, as for XLSX), a slide and its speaker notes per page of a presentation, and
    all else (a text document's whole body) as the body."""
    seen: Counter[str] = Counter()
    rest: list[etree._Element] = []
    for document in content.iterfind(f"{_ODF_OFFICE}body/*"):
        spreadsheet = document.tag == _ODF_OFFICE + "spreadsheet"
        for element in document:
            if element.tag == _ODF_DRAW + "page":
                seen["slide"] += 1
                notes = element.findall(_ODF_NOTES)
                yield f"slide[{seen['slide']}]", _odf_text([child for child in element if child.tag != _ODF_NOTES])
                if notes:
                    yield f"notes[{seen['slide']}]", _odf_text(notes)
            elif spreadsheet and element.tag == _ODF_TABLE + "table":
                seen["sheet"] += 1
                yield f"sheet[{seen['sheet']}]", "\n".join([element.get(_ODF_TABLE + "name", ""), *_odf_lines(element, [])])
            else:
                rest.append(element)
    if text := _odf_text(rest):
        yield "body[1]", text


def _odf_text(elements: list[etree._Element]) -> str:
    lines: list[str] = []
    for element in elements:
        _odf_lines(element, lines)
    return "\n".join(lines)


def _odf_lines(element: etree._Element, out: list[str]) -> list[str]:
    """Append the lines of an OpenDocument element to ``out``: a line per paragraph, followed by
    the paragraphs held inside it (notes, frames, comments); a line per table row, its cells
    tab-separated. Text outside paragraphs (an author's name on a comment) is not read."""
    if element.tag in _ODF_PARAGRAPHS:
        held: list[etree._Element] = []
        out.append(_odf_inline(element, held))
        for holder in held:
            _odf_lines(holder, out)
    elif element.tag == _ODF_TABLE + "table-row":
        out.append("\t".join(_odf_cell(cell) for cell in element).rstrip("\t"))
    else:
        for child in element:
            _odf_lines(child, out)
    return out


def _odf_cell(cell: etree._Element) -> str:
    """A cell's paragraphs, and its number as stored when it is not what is shown (a format
    can show 8112189876 as 8,11E+09)."""
    text = "\n".join(_odf_lines(cell, []))
    value = cell.get(_ODF_OFFICE + "value")
    return text if value is None or value in text else f"{text}\n{value}".lstrip("\n")


def _odf_inline(element: etree._Element, held: list[etree._Element]) -> str:
    """The text of a paragraph or a span in it, read as one run so that a number or a name split
    over spans stays whole; what holds paragraphs of its own goes to ``held``."""
    parts = [_ODF_WHITE_SPACE.sub(" ", element.text or "")]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""  # comments and processing instructions have no name
        if tag in _ODF_SPACES:
            parts.append(_ODF_SPACES[tag])
        elif tag.startswith(_ODF_TEXT) and tag != _ODF_TEXT + "note":  # spans, links, fields
            parts.append(_odf_inline(child, held))
        else:  # notes, frames, shapes, comments
            held.append(child)
        parts.append(_ODF_WHITE_SPACE.sub(" ", child.tail or ""))
    return "".join(parts)
