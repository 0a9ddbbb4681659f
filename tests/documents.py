"""Upload fixtures made in the test run: PDF, DOCX, XLSX, broken and hostile files, multipart bodies.

The PDF is written by hand (pypdf reads PDFs but has no text-drawing API): one uncompressed
content stream per page. Word and Excel files are made with python-docx and openpyxl, the
libraries the guard reads them with.
"""

from __future__ import annotations

import io
import zipfile

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
