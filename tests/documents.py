"""Upload fixtures made in the test run: PDF, Office, OpenDocument, broken and hostile files,
multipart bodies.

The PDF is written by hand (pypdf reads PDFs but has no text-drawing API): one uncompressed
content stream per page. Word and Excel files are made with python-docx and openpyxl, the
libraries the guard reads them with. The guard's other readers cannot write, so PowerPoint
and OpenDocument files are zipped from minimal XML parts, and Excel 97-2003 files are written
as BIFF8 records in an OLE2 compound file (MS-XLS, MS-CFB), with only the records a reader needs.
"""

from __future__ import annotations

import datetime
import io
import struct
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape

import docx
import openpyxl
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from pypdf import PdfReader, PdfWriter


def make_pdf(pages: list[str]) -> bytes:
    """A PDF whose pages show these texts (lines split at \\n), in Helvetica, WinAnsi encoded."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for text in pages:
        lines = [line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") for line in text.split("\n")]
        content = b"BT /F1 11 Tf 72 780 Td 14 TL " + b" ".join(b"(" + line + b") Tj T*" for line in lines) + b" ET"
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def encrypt_pdf(pdf: bytes, password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx(paragraphs: list[str] = (), table: list[list[str]] = (), header: str = "", footer: str = "", deleted: str = "") -> bytes:
    """A Word file; ``deleted`` is kept as a tracked deletion (still in the file, not on the page)."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if deleted:
        run, text = OxmlElement("w:r"), OxmlElement("w:delText")
        text.text = deleted
        run.append(text)
        deletion = OxmlElement("w:del", {qn("w:id"): "1", qn("w:author"): "Granskare"})
        deletion.append(run)
        document.add_paragraph("Ändrat stycke. ")._p.append(deletion)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_xlsx(sheets: dict[str, list[list[object]]]) -> bytes:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def rezip(data: bytes, replace: dict[str, tuple[bytes, bytes]], add: dict[str, bytes] | None = None) -> bytes:
    """A copy of a zip (DOCX, XLSX) with text replaced inside some members, and members added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            member = source.read(name)
            target.writestr(name, member.replace(*replace[name]) if name in replace else member)
        for name, member in (add or {}).items():
            target.writestr(name, member)
    return out.getvalue()


def with_embedded_workbook(document: bytes, workbook: bytes) -> bytes:
    """A Word file with a workbook embedded as a package part (as Word does for an inserted sheet)."""
    xlsx_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    package = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
    return rezip(document, {
        "[Content_Types].xml": (b"</Types>", f'<Override PartName="/word/embeddings/Blad1.xlsx" ContentType="{xlsx_type}"/></Types>'.encode()),
        "word/_rels/document.xml.rels": (b"</Relationships>", f'<Relationship Id="rIdSheet" Type="{package}" Target="embeddings/Blad1.xlsx"/></Relationships>'.encode()),
    }, {"word/embeddings/Blad1.xlsx": workbook})


def zip_bomb(unpacked: int, member: str = "word/document.xml") -> bytes:
    """A small DOCX-shaped zip whose main part unpacks to ``unpacked`` bytes of spaces."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        with archive.open(member, "w", force_zip64=True) as stream:
            chunk = b" " * 2**20
            for _ in range(unpacked // len(chunk)):
                stream.write(chunk)
    return out.getvalue()


def multipart(parts: list[tuple[dict[str, str], bytes]], boundary: str = "----guardtest7MA4YWxkTrZu0gW") -> tuple[bytes, str]:
    """(body, content type) of a multipart/form-data body with these (headers, content) parts."""
    out = b""
    for headers, content in parts:
        out += f"--{boundary}\r\n".encode() + b"".join(f"{k}: {v}\r\n".encode() for k, v in headers.items()) + b"\r\n" + content + b"\r\n"
    return out + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


# --- PowerPoint -------------------------------------------------------------------------------

_PML = "application/vnd.openxmlformats-officedocument.presentationml"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PPTX_NAMESPACES = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
                    f'xmlns:r="{_RELS}"')


def text_box(*paragraphs: str | list[str]) -> str:
    """A slide shape with these paragraphs; a paragraph given as a list is split into runs,
    and a \\n inside a run is a line break (a:br)."""
    return f"<p:sp><p:txBody><a:bodyPr/>{''.join(_drawing_paragraph(p) for p in paragraphs)}</p:txBody></p:sp>"


def table_frame(rows: list[list[str]]) -> str:
    cells = "".join("<a:tr>" + "".join(f"<a:tc><a:txBody><a:bodyPr/>{_drawing_paragraph(cell)}</a:txBody></a:tc>" for cell in row) + "</a:tr>" for row in rows)
    return ('<p:graphicFrame><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
            f"<a:tbl>{cells}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>")


def group(*shapes: str) -> str:
    return f"<p:grpSp>{''.join(shapes)}</p:grpSp>"


def _drawing_paragraph(runs: str | list[str]) -> str:
    runs = [runs] if isinstance(runs, str) else runs
    return "<a:p>" + "".join("<a:br/>".join(f"<a:r><a:t>{escape(line)}</a:t></a:r>" for line in run.split("\n")) for run in runs) + "</a:p>"


@dataclass
class Slide:
    shapes: str = ""  # text_box, table_frame, group
    notes: str = ""
    comment: str = ""  # an old-style comment (p:cm)
    threaded_comment: str = ""  # a PowerPoint 365 comment
    workbook: bytes = b""  # an embedded XLSX


def make_pptx(slides: list[Slide], master: str = "", shown_order: list[int] | None = None) -> bytes:
    """A presentation with these slides (parts numbered in list order), shown in ``shown_order``
    (indexes into ``slides``; default: list order), and a master whose shape holds ``master``."""
    parts: dict[str, tuple[str, bytes]] = {}  # name -> (content type, bytes)
    rels: dict[str, list[tuple[str, str]]] = {}  # part name -> [(relationship type, target)]

    def add(name: str, content_type: str, blob: str | bytes, source: str = "", kind: str = "") -> None:
        parts[name] = (content_type, blob.encode() if isinstance(blob, str) else blob)
        if source:
            rels.setdefault(source, []).append((kind, "/" + name))

    deck = "ppt/presentation.xml"
    add("ppt/slideMasters/slideMaster1.xml", f"{_PML}.slideMaster+xml", _drawing_root("p:sldMaster", text_box(master) if master else ""), deck, "slideMaster")
    for number, slide in enumerate(slides, 1):
        name = f"ppt/slides/slide{number}.xml"
        add(name, f"{_PML}.slide+xml", _drawing_root("p:sld", slide.shapes), deck, "slide")
        if slide.notes:
            add(f"ppt/notesSlides/notesSlide{number}.xml", f"{_PML}.notesSlide+xml", _drawing_root("p:notes", text_box(slide.notes)), name, "notesSlide")
        if slide.comment:
            xml = f'<p:cmLst {_PPTX_NAMESPACES}><p:cm authorId="0" idx="1"><p:text>{escape(slide.comment)}</p:text></p:cm></p:cmLst>'
            add(f"ppt/comments/comment{number}.xml", f"{_PML}.comments+xml", xml, name, "comments")
        if slide.threaded_comment:
            xml = ('<p188:cmLst xmlns:p188="http://schemas.microsoft.com/office/powerpoint/2018/8/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                   f'<p188:cm id="{{00000000-0000-0000-0000-00000000000{number}}}"><p188:txBody><a:bodyPr/>{_drawing_paragraph(slide.threaded_comment)}'
                   "</p188:txBody></p188:cm></p188:cmLst>")
            add(f"ppt/comments/modernComment_{number}.xml", "application/vnd.ms-powerpoint.comments+xml", xml, name, "http://schemas.microsoft.com/office/2018/10/relationships/comments")
        if slide.workbook:
            add(f"ppt/embeddings/Microsoft_Excel_Worksheet{number}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", slide.workbook, name, "package")
    order = range(len(slides)) if shown_order is None else shown_order
    slide_ids = "".join(f'<p:sldId id="{256 + n}" r:id="rId{index + 2}"/>' for n, index in enumerate(order))  # rId1 is the master
    add(deck, f"{_PML}.presentation.main+xml", f"<p:presentation {_PPTX_NAMESPACES}><p:sldIdLst>{slide_ids}</p:sldIdLst></p:presentation>")
    rels[""] = [("officeDocument", "/" + deck)]
    return _opc_package(parts, rels)


def _drawing_root(tag: str, shapes: str) -> str:
    return f"<{tag} {_PPTX_NAMESPACES}><p:cSld><p:spTree>{shapes}</p:spTree></p:cSld></{tag}>"


def _opc_package(parts: dict[str, tuple[str, bytes]], rels: dict[str, list[tuple[str, str]]]) -> bytes:
    """A zip in the Open Packaging Conventions: content types, relationship parts, the parts."""
    overrides = "".join(f'<Override PartName="/{name}" ContentType="{content_type}"/>' for name, (content_type, _) in parts.items())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         f"{overrides}</Types>")
        for source, targets in rels.items():
            folder, _, name = source.rpartition("/")
            entries = "".join(f'<Relationship Id="rId{n}" Type="{kind if "/" in kind else f"{_RELS}/{kind}"}" Target="{target}"/>'
                              for n, (kind, target) in enumerate(targets, 1))
            archive.writestr(f"{folder}/_rels/{name}.rels".lstrip("/"),
                             f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{entries}</Relationships>')
        for name, (_, blob) in parts.items():
            archive.writestr(name, blob)
    return out.getvalue()


# --- OpenDocument -----------------------------------------------------------------------------

_ODF_NAMESPACES = " ".join(f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}:1.0"' for prefix, name in (
    ("office", "office"), ("text", "text"), ("table", "table"), ("draw", "drawing"), ("presentation", "presentation"), ("style", "style")))
ODF_KINDS = {"odt": "text", "ods": "spreadsheet", "odp": "presentation"}


def make_odf(kind: str, body: str, master: str = "", objects: dict[str, tuple[str, str]] | None = None, encrypted: bool = False) -> bytes:
    """An OpenDocument file (odt, ods, odp) whose body element holds the ODF markup ``body``,
    its master page ``master``; ``objects`` embeds documents: folder -> (kind, body). Encrypted:
    content.xml is sealed and the manifest says how, as LibreOffice does with a password."""
    mimetype = f"application/vnd.oasis.opendocument.{ODF_KINDS[kind]}"
    members = {"content.xml": _odf_content(kind, body),
               "styles.xml": f'<office:document-styles {_ODF_NAMESPACES}><office:master-styles><style:master-page style:name="Standard">{master}</style:master-page></office:master-styles></office:document-styles>'.encode()}
    entries = [("/", mimetype, ""), ("styles.xml", "text/xml", "")]
    for folder, (object_kind, object_body) in (objects or {}).items():
        members[f"{folder}/content.xml"] = _odf_content(object_kind, object_body)
        entries.append((f"{folder}/", f"application/vnd.oasis.opendocument.{ODF_KINDS[object_kind]}", ""))
    if encrypted:
        members["content.xml"] = bytes(range(256)) * 4
    entries.append(("content.xml", "text/xml", '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"/>' if encrypted else ""))
    manifest = "".join(f'<manifest:file-entry manifest:full-path="{path}" manifest:media-type="{media}">{extra}</manifest:file-entry>' for path, media, extra in entries)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # first and stored, as the format asks
        archive.writestr("META-INF/manifest.xml", f'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">{manifest}</manifest:manifest>')
        for name, member in members.items():
            archive.writestr(name, member)
    return out.getvalue()


def _odf_content(kind: str, body: str) -> bytes:
    element = ODF_KINDS[kind]
    return f'<office:document-content {_ODF_NAMESPACES} office:version="1.3"><office:body><office:{element}>{body}</office:{element}></office:body></office:document-content>'.encode()


# --- Excel 97-2003 (BIFF8) and other OLE2 compound files --------------------------------------

_DATE_XF = 1  # the second cell format written: built-in number format 14, a date


def make_xls(sheets: dict[str, list[list[object]]], encrypted: bool = False) -> bytes:
    """An Excel 97-2003 workbook: strings as LABEL records, numbers as NUMBER records, dates
    as numbers in a date format. ``encrypted`` adds the FILEPASS record a password leaves."""
    def record(kind: int, data: bytes) -> bytes:
        return struct.pack("<HH", kind, len(data)) + data

    def bof(stream_type: int) -> bytes:
        return record(0x0809, struct.pack("<HHHHII", 0x0600, stream_type, 0, 1997, 0, 6))

    def xf(number_format: int) -> bytes:
        return record(0x00E0, struct.pack("<HHHBBBBIIH", 0, number_format, 0, 0, 0, 0, 0, 0, 0, 0))

    def cell(row: int, column: int, value: object) -> bytes:
        if isinstance(value, str):
            return record(0x0204, struct.pack("<HHHHB", row, column, 0, len(value), 1) + value.encode("utf-16-le"))
        if isinstance(value, datetime.date):
            return record(0x0203, struct.pack("<HHHd", row, column, _DATE_XF, (value - datetime.date(1899, 12, 30)).days))
        return record(0x0203, struct.pack("<HHHd", row, column, 0, value))

    streams = [bof(0x0010) + b"".join(cell(r, c, v) for r, row in enumerate(rows) for c, v in enumerate(row) if v is not None) + record(0x000A, b"")
               for rows in sheets.values()]
    head = bof(0x0005) + (record(0x002F, struct.pack("<HHH", 1, 1, 1)) if encrypted else b"") + xf(0) + xf(14)
    names = [struct.pack("<BB", len(title), 1) + title.encode("utf-16-le") for title in sheets]
    position = len(head) + sum(4 + 6 + len(name) for name in names) + 4  # where the first sheet starts: after globals' EOF
    bound = b""
    for name, stream in zip(names, streams):
        bound += record(0x0085, struct.pack("<IBB", position, 0, 0) + name)
        position += len(stream)
    return ole2({"Workbook": head + bound + record(0x000A, b"") + b"".join(streams)})


def ole2(streams: dict[str, bytes]) -> bytes:
    """An OLE2 compound file (version 3, 512-byte sectors, up to about 7 MB) holding these
    streams at its root, each padded to the 4096 bytes below which it would belong in the
    mini stream."""
    sector, end, free = 512, 0xFFFFFFFE, 0xFFFFFFFF
    names = sorted(streams, key=lambda n: (len(n), n.upper()))  # the directory's order; each entry's right sibling is the next
    data, fat = b"", []  # fat: the next sector of each sector's chain
    entries = [_directory_entry("Root Entry", 5, child=1, start=end, size=0)]
    for index, name in enumerate(names):
        blob = streams[name].ljust(4096, b"\0")
        entries.append(_directory_entry(name, 2, right=index + 2 if index + 1 < len(names) else free, start=len(fat), size=len(blob)))
        blob += b"\0" * (-len(blob) % sector)
        fat += [len(fat) + i + 1 for i in range(len(blob) // sector - 1)] + [end]
        data += blob
    entries += [_directory_entry("", 0)] * (-len(entries) % 4)  # four entries to a sector
    directory_start = len(fat)
    fat += [directory_start + i + 1 for i in range(len(entries) // 4 - 1)] + [end]
    fat_sectors = 1
    while len(fat) + fat_sectors > fat_sectors * 128:  # the FAT's own sectors are in it too
        fat_sectors += 1
    fat_start = len(fat)
    fat += [0xFFFFFFFD] * fat_sectors
    fat += [free] * (fat_sectors * 128 - len(fat))
    difat = list(range(fat_start, fat_start + fat_sectors)) + [free] * (109 - fat_sectors)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIIII", 0, fat_sectors, directory_start, 0, 4096, end, 0, end, 0) + struct.pack("<109I", *difat))
    return header + data + b"".join(entries) + struct.pack(f"<{len(fat)}I", *fat)


def _directory_entry(name: str, kind: int, child: int = 0xFFFFFFFF, right: int = 0xFFFFFFFF, start: int = 0, size: int = 0) -> bytes:
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return (encoded.ljust(64, b"\0") + struct.pack("<HBBIII", len(encoded), kind, 1, 0xFFFFFFFF, right, child)
            + bytes(16 + 4 + 16) + struct.pack("<IQ", start, size))
