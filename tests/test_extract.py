"""Uploads without a proxy: recognising and reading files (text, PDF, DOCX, XLSX, PPTX,
OpenDocument, XLS), their limits (zip bombs, page and cell counts), broken and encrypted
files, and multipart bodies checked part by part with every byte outside a rewritten part
kept. tests/e2e/test_uploads.py proves the same on the wire. Every fixture is made here
(tests/documents.py)."""

from __future__ import annotations

import base64
import datetime
import io
import json
import struct
import time
import tracemalloc

import pytest

from documents import (Slide, encrypt_pdf, group, make_docx, make_odf, make_pdf, make_pptx, make_xls, make_xlsx, multipart, ole2, rezip,
                       table_frame, text_box, with_embedded_workbook, zip_bomb)
from guard.adapters import Unreadable
from guard.catalogue import load_catalogue
from guard.engine import Engine
from guard.extract import Limits, UnreadableFile, decode_text, document_text, file_kind
from guard.inspection import Inspector
from guard.notices import load_notices

PNR = "811218-9876"
OTHER_PNR = "640823-3234"
PLACEHOLDER = "[PERSONNUMMER_1]"
OPEN_TEXT = "Kommunens riktlinje för AI-tjänster gäller från 1 januari. Se SFS 2009:400."
PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ENCRYPTED_OOXML = ole2({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": bytes(64)})  # what Office saves with a password
WORD_97 = ole2({"WordDocument": b"\xec\xa5", "1Table": b""})  # a .doc: an OLE2 file with no workbook in it
FILE_PART = {"Content-Disposition": 'form-data; name="file"; filename="underlag.csv"', "Content-Type": "text/csv"}
PURPOSE_PART = ({"Content-Disposition": 'form-data; name="purpose"'}, b"assistants")


@pytest.fixture(scope="module")
def inspector(engine):
    return Inspector(engine)


def upload(inspector, name: str, content_type: str, content: bytes, adapter: str = "openai"):
    """inspect() of a multipart upload of one file (plus a purpose field, like OpenAI's /v1/files)."""
    headers = {"Content-Disposition": f'form-data; name="file"; filename="{name}"', "Content-Type": content_type}
    body, multipart_type = multipart([PURPOSE_PART, (headers, content)])
    return body, inspector.inspect(adapter, "/v1/files", multipart_type, body, "scope")


# --- recognising a file -----------------------------------------------------------------------

@pytest.mark.parametrize("data, content_type, name, kind", [
    (make_pdf(["x"]), "text/csv", "data.csv", "pdf"),  # the first bytes decide, not the name or type
    (make_docx(["x"]), "application/octet-stream", "blob", "docx"),
    (make_xlsx({"A": [[1]]}), "", "", "xlsx"),
    (b"PK\x03\x04" + b"\x00" * 30, "application/zip", "a.docx", None),  # a zip that is no Office file
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png", "bild.png", None),
    (b"namn;pnr\n", "text/csv", "", "text"),
    (b"namn;pnr\n", "application/octet-stream", "KUNDER.CSV", "text"),
    (b"# Rubrik\n", "", "", "text"),  # no type, no name: it decodes as text
    (make_pptx([Slide(text_box("x"))]), "application/octet-stream", "blob", "pptx"),
    (make_odf("odt", "<text:p>x</text:p>"), "application/zip", "", "odt"),  # the mimetype member decides
    (make_odf("ods", ""), "", "a.odt", "ods"),
    (make_odf("odp", ""), "", "", "odp"),
    (b"garbled", PPTX_TYPE, "", "pptx"),  # no magic bytes: the content type, then the name
    (b"garbled", "", "bilder.PPSX", "pptx"),
    (b"garbled", "application/vnd.oasis.opendocument.spreadsheet", "", "ods"),
    (make_xls({"A": [[1]]}), "application/octet-stream", "", "xls"),
    (make_xls({"A": [[1]]}), "", "lista.xlsx", "xls"),
    (WORD_97, "application/msword", "brev.doc", None),  # an OLE2 file, but no workbook
    (ENCRYPTED_OOXML, DOCX_TYPE, "hemlig.docx", "ooxml"),
    (b"<html><table><tr><td>811218-9876</td></tr></table></html>", "application/vnd.ms-excel", "export.xls", "text"),  # a web export named .xls
    (rezip(make_odf("odt", ""), {"mimetype": (b"opendocument.text", b"opendocument.graphics")}), "", "", None),  # a kind not read
])
def test_file_kind_by_magic_bytes_then_type_then_name(data, content_type, name, kind):
    assert file_kind(data, content_type, name) == kind


@pytest.mark.parametrize("data, charset, legacy, text, codec", [
    ("Umeå;811218-9876".encode("utf-8"), None, False, "Umeå;811218-9876", "utf-8"),
    ("Umeå".encode("iso-8859-1"), "ISO-8859-1", False, "Umeå", "iso8859-1"),
    (b"\xef\xbb\xbf" + "Umeå".encode(), None, False, "Umeå", "utf-8"),
    (b"\xff\xfe" + "Umeå".encode("utf-16-le"), "utf-8", False, "Umeå", "utf-16-le"),  # the byte-order mark wins
    ("Umeå;Göteborg".encode("cp1252"), None, True, "Umeå;Göteborg", "cp1252"),  # a Swedish Excel CSV export
    ("Umeå;811218-9876\r\n".encode("utf-16-le"), None, False, "Umeå;811218-9876\r\n", "utf-16-le"),  # UTF-16 without a mark
    ("Umeå;811218-9876".encode("utf-16-be"), None, False, "Umeå;811218-9876", "utf-16-be"),
])
def test_decode_text(data, charset, legacy, text, codec):
    decoded = decode_text(data, charset, legacy)
    assert (decoded.text, decoded.codec) == (text, codec)
    assert decoded.encode(decoded.text) == data  # an unchanged text encodes back to the same bytes


@pytest.mark.parametrize("data, charset, legacy", [
    ("Umeå".encode("cp1252"), None, False),  # not UTF-8, and no legacy fallback asked for
    ("Umeå".encode("cp1252"), "utf-8", True),  # the declared charset is kept to
    (b"PK\x00\x00\x07\x00\x00\x00\x01", None, True),  # NUL bytes: not text, in no charset
    (b"abc", "no-such-charset", False),
])
def test_undecodable_text_is_none(data, charset, legacy):
    assert decode_text(data, charset, legacy) is None


# --- reading documents ------------------------------------------------------------------------

def test_pdf_pages():
    texts = dict(document_text(make_pdf([f"Personnummer {PNR} (Umeå)", "Sida två"]), "pdf"))
    assert PNR in texts["page[1]"] and "Umeå" in texts["page[1]"] and "Sida två" in texts["page[2]"]


def test_docx_body_tables_headers_footers_and_tracked_deletions():
    data = make_docx(["Inledning"], table=[["Namn", "Personnummer"], ["Anna", PNR]], header="Sidhuvud HEMLIG", footer="Sidfot 7", deleted=OTHER_PNR)
    texts = dict(document_text(data, "docx"))
    assert PNR in texts["body[1]"] and OTHER_PNR in texts["body[1]"] and "Inledning" in texts["body[1]"]
    assert texts["header[1]"] == "Sidhuvud HEMLIG" and texts["footer[1]"] == "Sidfot 7"
    assert f"Anna\n{PNR}" in texts["body[1]"]  # each table cell is a line of its own


def test_docx_reads_an_embedded_workbook():
    texts = dict(document_text(with_embedded_workbook(make_docx(["Se bifogad tabell."]), make_xlsx({"Blad1": [["Anna", PNR]]})), "docx"))
    assert PNR in texts["xlsx[1].sheet[1]"]


def test_docx_reads_an_embedded_excel_97_sheet():
    document = rezip(make_docx(["Se bifogad tabell."]), {
        "[Content_Types].xml": (b"</Types>", b'<Override PartName="/word/embeddings/Blad1.xls" ContentType="application/vnd.ms-excel"/></Types>'),
        "word/_rels/document.xml.rels": (b"</Relationships>", b'<Relationship Id="rIdSheet" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject" Target="embeddings/Blad1.xls"/></Relationships>'),
    }, {"word/embeddings/Blad1.xls": make_xls({"Blad1": [["Anna", PNR]]})})
    assert PNR in dict(document_text(document, "docx"))["xls[1].sheet[1]"]


def test_xlsx_every_sheet_every_cell():
    data = make_xlsx({"Kunder": [["Namn", "Personnummer"], ["Anna", PNR]], "Siffror": [[1, 8112189876, None, "x"]], "Tom": []})
    texts = dict(document_text(data, "xlsx"))
    assert texts == {"sheet[1]": f"Kunder\nNamn\tPersonnummer\nAnna\t{PNR}", "sheet[2]": "Siffror\n1\t8112189876\t\tx", "sheet[3]": "Tom"}


def test_pptx_slides_in_the_order_shown_with_tables_groups_notes_and_comments():
    slides = [
        Slide(text_box("Bild som visas sist")),
        Slide(text_box("Deltagare") + group(text_box("I en grupp"), group(text_box("Djupare"))) + table_frame([["Namn", "Personnummer"], ["Anna", PNR]]),
              notes=f"Talarnotis om {OTHER_PNR}", comment="Gammal kommentar", threaded_comment="Tråd i PowerPoint 365"),
    ]
    texts = document_text(make_pptx(slides, shown_order=[1, 0]), "pptx")
    by_place = dict(texts)
    assert by_place["slide[1]"] == f"Deltagare\nI en grupp\nDjupare\nNamn\nPersonnummer\nAnna\n{PNR}"  # each table cell a line
    assert by_place["slide[2]"] == "Bild som visas sist"
    assert by_place["notes[1]"] == f"Talarnotis om {OTHER_PNR}"
    assert [text for where, text in texts if where == "comments[1]"] == ["Gammal kommentar", "Tråd i PowerPoint 365"]
    assert "notes[2]" not in by_place and "comments[2]" not in by_place


@pytest.mark.parametrize("main_part", ["application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",  # .pptm
                                       "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml"])  # .ppsx
def test_pptx_variants_are_read(main_part):
    deck = rezip(make_pptx([Slide(text_box(PNR))]), {"[Content_Types].xml": (f"{PPTX_TYPE}.main+xml".encode(), main_part.encode())})
    assert dict(document_text(deck, "pptx"))["slide[1]"] == PNR


def test_pptx_runs_join_and_line_breaks_split():
    """A number typed in two goes (two runs) still reads as one number."""
    texts = dict(document_text(make_pptx([Slide(text_box(["811218-", "9876 är", " ett nummer"], "rad ett\nrad två"))]), "pptx"))
    assert texts["slide[1]"] == f"{PNR} är ett nummer\nrad ett\nrad två"


def test_pptx_reads_the_master_and_an_embedded_workbook():
    deck = make_pptx([Slide(text_box("Budget"), workbook=make_xlsx({"Blad1": [["Anna", PNR]]}))], master="KONFIDENTIELLT")
    texts = dict(document_text(deck, "pptx"))
    assert texts["master[1]"] == "KONFIDENTIELLT" and texts["xlsx[1].sheet[1]"] == f"Blad1\nAnna\t{PNR}"


def test_odt_reads_spans_as_one_run_and_honours_spaces_tabs_and_breaks():
    body = (f"<text:h>Rubrik</text:h><text:p>Pnr 811218-<text:span>98</text:span>76<text:s/>och<text:s text:c=\"3\"/>mer"
            "<text:tab/>kolumn<text:line-break/>ny rad\n  med   radbrytning i källan</text:p>")
    assert dict(document_text(make_odf("odt", body), "odt"))["body[1]"] == f"Rubrik\nPnr {PNR} och mer\tkolumn\nny rad med radbrytning i källan"


def test_odt_reads_notes_comments_frames_tables_tracked_deletions_and_headers():
    body = ("<text:p>Se not<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Fotnot</text:p></text:note-body></text:note> här"
            f"<office:annotation><dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">Anna Författare</dc:creator><text:p>Kommentar {PNR}</text:p></office:annotation></text:p>"
            "<text:p><draw:frame><draw:text-box><text:p>I en ram</text:p></draw:text-box></draw:frame></text:p>"
            "<table:table><table:table-row><table:table-cell><text:p>Namn</text:p></table:table-cell><table:table-cell/>"
            f"<table:table-cell><text:p>{OTHER_PNR}</text:p></table:table-cell></table:table-row></table:table>"
            "<text:tracked-changes><text:changed-region><text:deletion><text:p>Strukits 640823</text:p></text:deletion></text:changed-region></text:tracked-changes>")
    texts = dict(document_text(make_odf("odt", body, master="<style:header><text:p>Sidhuvud HEMLIG</text:p></style:header>"), "odt"))
    assert texts["body[1]"] == f"Se not här\nFotnot\nKommentar {PNR}\n\nI en ram\nNamn\t\t{OTHER_PNR}\nStrukits 640823"  # no author name, no note number
    assert texts["master[1]"] == "Sidhuvud HEMLIG"


def test_ods_every_sheet_cells_tab_separated_and_the_stored_number():
    def row(*cells: str) -> str:
        return "<table:table-row>" + "".join(cells) + "</table:table-row>"

    number = '<table:table-cell office:value-type="float" office:value="8112189876"><text:p>8,11E+09</text:p></table:table-cell>'  # shown in a format that hides it
    body = (f'<table:table table:name="Kunder">{row("<table:table-cell><text:p>Anna</text:p></table:table-cell>", number)}'
            f'{row("<table:table-cell table:number-columns-repeated=\"1024\"/>")}</table:table>'
            '<table:table table:name="Tom"><table:table-row table:number-rows-repeated="1048576"><table:table-cell/></table:table-row></table:table>')
    texts = dict(document_text(make_odf("ods", body), "ods"))
    assert texts == {"sheet[1]": "Kunder\nAnna\t8,11E+09\n8112189876\n", "sheet[2]": "Tom\n", "master[1]": ""}  # repeats are not expanded


def test_odp_slides_notes_and_embedded_objects():
    def frame(text: str) -> str:
        return f"<draw:frame><draw:text-box><text:p>{text}</text:p></draw:text-box></draw:frame>"

    body = (f"<draw:page>{frame('Bild ett')}<presentation:notes>{frame(f'Notis {PNR}')}</presentation:notes></draw:page>"
            f"<draw:page>{frame('Bild två')}</draw:page><presentation:footer-decl presentation:name=\"f1\">Internt</presentation:footer-decl>")
    chart = ("ods", '<table:table table:name="data"><table:table-row><table:table-cell><text:p>Anna</text:p></table:table-cell>'
                    f"<table:table-cell><text:p>{OTHER_PNR}</text:p></table:table-cell></table:table-row></table:table>")
    texts = dict(document_text(make_odf("odp", body, objects={"Object 1": chart}), "odp"))
    assert texts == {"slide[1]": "Bild ett", "notes[1]": f"Notis {PNR}", "slide[2]": "Bild två", "body[1]": "Internt",
                     "object[1].sheet[1]": f"data\nAnna\t{OTHER_PNR}", "master[1]": ""}


def test_xls_every_sheet_every_cell_numbers_without_a_decimal_point():
    data = make_xls({"Kunder": [["Namn", "Personnummer"], ["Anna", 8112189876.0]],
                     "Siffror": [[1, 2.5, None, "x"], [datetime.date(2026, 1, 2)]], "Tom": []})
    assert dict(document_text(data, "xls")) == {"sheet[1]": "Kunder\nNamn\tPersonnummer\nAnna\t8112189876",
                                                "sheet[2]": "Siffror\n1\t2.5\t\tx\n2026-01-02 00:00:00", "sheet[3]": "Tom"}


# --- bounded, broken, encrypted -----------------------------------------------------------------

@pytest.mark.parametrize("kind, member", [("docx", "word/document.xml"), ("pptx", "ppt/slides/slide1.xml"), ("odt", "content.xml")])
def test_a_zip_bomb_is_refused_without_being_inflated(kind, member):
    bomb = zip_bomb(200 * 2**20, member)  # 200 MB of spaces in about 200 KB
    assert len(bomb) < 2**20
    tracemalloc.start()
    try:
        with pytest.raises(UnreadableFile) as caught:
            document_text(bomb, kind)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.reason == "too_large"
    assert peak < 4 * 2**20, f"{peak} bytes allocated reading a zip bomb"


def test_a_zip_that_understates_a_member_size_is_damaged_not_inflated():
    data = bytearray(make_xlsx({"A": [["x" * 1000] for _ in range(2000)]}))
    name = b"xl/worksheets/sheet1.xml"
    local = data.index(name) - 30  # the local header's fixed part is 30 bytes, the central one's 46
    central = data.index(name, data.index(b"PK\x01\x02")) - 46
    struct.pack_into("<I", data, local + 22, 100)  # uncompressed size: 100 bytes, says the zip
    struct.pack_into("<I", data, central + 24, 100)
    with pytest.raises(UnreadableFile) as caught:
        document_text(bytes(data), "xlsx")
    assert caught.value.reason == "damaged"


@pytest.mark.parametrize("limits, data, kind", [
    (Limits(max_pages=1), make_pdf(["ett", "två"]), "pdf"),
    (Limits(max_cells=10), make_xlsx({"A": [[i, i] for i in range(10)]}), "xlsx"),
    (Limits(max_text=100), make_docx(["ord " * 50]), "docx"),
    (Limits(max_unzipped=10_000), make_docx(["ord"]), "docx"),
    (Limits(max_pages=1), make_pptx([Slide(text_box("ett")), Slide(text_box("två"))]), "pptx"),  # slides count as pages
    (Limits(max_text=100), make_pptx([Slide(text_box("ord " * 50))]), "pptx"),
    (Limits(max_unzipped=1_000), make_pptx([Slide(text_box("ord"))]), "pptx"),
    (Limits(max_unzipped=100_000), make_pptx([Slide(text_box("ord"), workbook=make_xlsx({"A": [["x" * 1000] for _ in range(100)]}))]), "pptx"),  # what it embeds counts too
    (Limits(max_pages=1), make_odf("odp", "<draw:page/><draw:page/>"), "odp"),
    (Limits(max_cells=10), make_odf("ods", "<table:table><table:table-row>" + "<table:table-cell/>" * 11 + "</table:table-row></table:table>"), "ods"),
    (Limits(max_cells=10), make_odf("odt", "<table:table><table:table-row>" + "<table:table-cell/>" * 11 + "</table:table-row></table:table>"), "odt"),
    (Limits(max_text=100), make_odf("odt", "<text:p>" + "ord " * 50 + "</text:p>"), "odt"),
    (Limits(max_unzipped=500), make_odf("odt", "<text:p>ord</text:p>"), "odt"),
    (Limits(max_cells=10), make_xls({"A": [[i, i] for i in range(10)]}), "xls"),
    (Limits(max_text=100), make_xls({"A": [["ord " * 50]]}), "xls"),
])
def test_limits(limits, data, kind):
    with pytest.raises(UnreadableFile) as caught:
        document_text(data, kind, limits)
    assert caught.value.reason == "too_large"


def test_a_row_number_in_the_millions_costs_cells_not_time():
    data = rezip(make_xlsx({"A": [["x"]]}), {"xl/worksheets/sheet1.xml": (b'<row r="1"', b'<row r="999999999"')})
    with pytest.raises(UnreadableFile) as caught:
        document_text(data, "xlsx", Limits(max_cells=1000))
    assert caught.value.reason == "too_large"


@pytest.mark.parametrize("data, kind, reason", [
    (encrypt_pdf(make_pdf([PNR]), "hemligt"), "pdf", "encrypted"),
    (b"%PDF-1.7\n" + bytes(range(256)) * 4, "pdf", "damaged"),
    (make_pdf(["x"])[:60], "pdf", "damaged"),
    (make_docx(["x"])[:2000], "docx", "damaged"),
    (make_xlsx({"A": [[1]]})[:-200], "xlsx", "damaged"),
    (make_xlsx({"A": [[1]]}), "docx", "damaged"),  # a workbook is not a Word file
    (b"GIF89a", "gif", "unknown_format"),
    (make_pptx([Slide(text_box("x"))])[:-300], "pptx", "damaged"),
    (make_xlsx({"A": [[1]]}), "pptx", "damaged"),  # a workbook is not a presentation
    (rezip(make_pptx([Slide(text_box("x"))]), {"ppt/presentation.xml": (b'r:id="rId2"', b'r:id="rId9"')}), "pptx", "damaged"),  # a slide that is not there
    (make_odf("odt", "<text:p>x</text:p>", encrypted=True), "odt", "encrypted"),
    (rezip(make_odf("ods", ""), {"content.xml": (b"<office:body>", b"<office:body")}), "ods", "damaged"),
    (make_odf("odt", "")[:-100], "odt", "damaged"),
    (make_xls({"A": [[PNR]]}, encrypted=True), "xls", "encrypted"),
    (make_xls({"A": [[PNR]]})[:1000], "xls", "damaged"),
    (WORD_97, "xls", "damaged"),  # file_kind never calls it a workbook
    (ENCRYPTED_OOXML, "ooxml", "encrypted"),
])
def test_unreadable_files_say_why_without_quoting_them(data, kind, reason):
    with pytest.raises(UnreadableFile) as caught:
        document_text(data, kind)
    assert caught.value.reason == reason and str(caught.value) == reason


def test_a_billion_laughs_part_is_refused_without_being_expanded():
    """Ten levels of ten references: 10^9 copies of "lol" if they were expanded."""
    laughs = '<!DOCTYPE p:sld [<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10)) + "]>"
    deck = rezip(make_pptx([Slide(text_box("LAUGHS"))]), {"ppt/slides/slide1.xml": (b"<p:sld ", laughs.encode() + b"<p:sld ")})
    deck = rezip(deck, {"ppt/slides/slide1.xml": (b"LAUGHS", b"&l9;")})
    started = time.perf_counter()
    with pytest.raises(UnreadableFile) as caught:
        document_text(deck, "pptx")
    assert caught.value.reason == "damaged" and time.perf_counter() - started < 1


def test_a_space_run_of_any_length_reads_as_one_space():
    texts = dict(document_text(make_odf("odt", '<text:p>a<text:s text:c="2000000000"/>b</text:p>'), "odt"))
    assert texts["body[1]"] == "a b"


def test_a_pdf_with_only_an_owner_password_is_read():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([f"pnr {PNR}"]))))
    writer.encrypt(user_password="", owner_password="ägare", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    assert PNR in dict(document_text(out.getvalue(), "pdf"))["page[1]"]


# --- multipart uploads through the inspector ---------------------------------------------------

def test_csv_part_is_redacted_and_keeps_its_line_breaks(inspector):
    """The mitmproxy pitfall: a line ending in a personnummer, followed by another line."""
    csv = f"kundnr;personnummer\r\n1001;{PNR}\r\n1002;saknas\r\n".encode()
    body, outcome = upload(inspector, "underlag.csv", "text/csv", csv)
    assert outcome.action == "redact" and not outcome.in_file
    assert outcome.body == body.replace(PNR.encode(), PLACEHOLDER.encode())  # every other byte as it was
    assert f"1001;{PLACEHOLDER}\r\n1002;saknas\r\n".encode() in outcome.body


def test_a_text_part_in_its_own_charset_is_rewritten_in_that_charset(inspector):
    csv = f"ort;personnummer\nUmeå;{PNR}\n".encode("iso-8859-1")
    body, outcome = upload(inspector, "orter.csv", "text/csv; charset=iso-8859-1", csv)
    assert outcome.action == "redact"
    assert outcome.body == body.replace(PNR.encode(), PLACEHOLDER.encode()) and "Umeå".encode("iso-8859-1") in outcome.body


def test_a_windows_1252_csv_without_charset_is_read(inspector):
    csv = f"ort;personnummer\r\nUmeå;{PNR}\r\n".encode("cp1252")
    body, outcome = upload(inspector, "export.csv", "text/csv", csv)
    assert outcome.action == "redact" and outcome.body == body.replace(PNR.encode(), PLACEHOLDER.encode())


@pytest.mark.parametrize("make", [
    lambda: ("journal.pdf", "application/pdf", make_pdf([f"Patient {PNR}"])),
    lambda: ("lista.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx(table=[["Namn", "Pnr"], ["Anna", PNR]])),
    lambda: ("lista.xlsx", "application/octet-stream", make_xlsx({"Blad1": [["Pnr"], [PNR]]})),
    lambda: ("bilder.pptx", PPTX_TYPE, make_pptx([Slide(text_box(OPEN_TEXT), notes=f"Gäller {PNR}")])),
    lambda: ("brev.odt", "application/vnd.oasis.opendocument.text", make_odf("odt", f"<text:p>Gäller 811218-<text:span>9876</text:span></text:p>")),
    lambda: ("lista.ods", "application/octet-stream", make_odf("ods", f"<table:table><table:table-row><table:table-cell><text:p>{PNR}</text:p></table:table-cell></table:table-row></table:table>")),
    lambda: ("bilder.odp", "", make_odf("odp", f"<draw:page><presentation:notes><draw:frame><draw:text-box><text:p>{PNR}</text:p></draw:text-box></draw:frame></presentation:notes></draw:page>")),
    lambda: ("lista.xls", "application/vnd.ms-excel", make_xls({"Blad1": [["Pnr"], [8112189876.0]]})),  # typed into a number cell
], ids=["pdf", "docx-table", "xlsx", "pptx-notes", "odt-spans", "ods", "odp-notes", "xls-number"])
def test_a_value_to_redact_inside_a_document_blocks_the_upload(inspector, make):
    _, outcome = upload(inspector, *make())
    assert (outcome.action, outcome.intended, outcome.in_file, outcome.body) == ("block", "block", True, None)
    assert "SE_PERSONNUMMER" in outcome.blocking and "in_file:entity:SE_PERSONNUMMER" in outcome.rules
    assert all(rule.startswith("in_file:") for rule in outcome.rules)


@pytest.mark.parametrize("make", [
    lambda: ("riktlinje.pdf", "application/pdf", make_pdf([OPEN_TEXT])),
    lambda: ("riktlinje.docx", "application/octet-stream", make_docx([OPEN_TEXT], table=[["Datum", "2026-01-01"]])),
    lambda: ("budget.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx({"Budget": [["Post", "Belopp"], ["Lokaler", 120000]]})),
    lambda: ("riktlinje.pptx", PPTX_TYPE, make_pptx([Slide(text_box("Riktlinje") + table_frame([["Version", "2"]]), notes=OPEN_TEXT)], master="Kommunen")),
    lambda: ("riktlinje.odt", "application/vnd.oasis.opendocument.text", make_odf("odt", f"<text:h>Riktlinje</text:h><text:p>{OPEN_TEXT}</text:p>")),
    lambda: ("budget.xls", "application/vnd.ms-excel", make_xls({"Budget": [["Post", "Belopp"], ["Lokaler", 120000], ["Från", datetime.date(2026, 1, 1)]]})),
], ids=["pdf", "docx", "xlsx", "pptx", "odt", "xls"])
def test_an_open_document_is_allowed_unchanged(inspector, make):
    _, outcome = upload(inspector, *make())
    assert (outcome.action, outcome.body, outcome.unreadable) == ("allow", None, [])


def test_a_personnummer_in_a_file_name_blocks(inspector):
    _, outcome = upload(inspector, f"{PNR} journal.txt", "text/plain", OPEN_TEXT.encode())
    assert (outcome.action, outcome.in_file) == ("block", True)


def test_text_after_the_closing_delimiter_is_checked(inspector):
    """Servers ignore an epilogue, but it is sent: it is checked, and cannot be rewritten."""
    body, content_type = multipart([PURPOSE_PART])
    assert inspector.inspect("openai", "/v1/files", content_type, body, "s").action == "allow"
    assert inspector.inspect("openai", "/v1/files", content_type, body + f"pnr {PNR}\r\n".encode(), "s").action == "block"


def test_a_redacted_field_leaves_a_document_part_byte_identical(inspector):
    pdf = make_pdf([OPEN_TEXT])
    parts = [({"Content-Disposition": 'form-data; name="note"'}, f"Gäller {PNR}".encode()),
             ({"Content-Disposition": 'form-data; name="file"; filename="a.pdf"', "Content-Type": "application/pdf"}, pdf)]
    body, content_type = multipart(parts)
    outcome = inspector.inspect("generic", "/upload", content_type, body, "s")
    assert outcome.action == "redact" and outcome.body == body.replace(PNR.encode(), PLACEHOLDER.encode())


@pytest.mark.parametrize("body, content_type", [
    (b"--b\r\nContent-Disposition: form-data; name=a\r\n\r\nvalue", "multipart/form-data; boundary=b"),  # no closing delimiter
    (b"--b\r\n\r\nx\r\n--b--\r\n", "multipart/form-data"),  # no boundary parameter
    (b"not multipart at all", "multipart/form-data; boundary=b"),
    (multipart([({"Content-Disposition": 'form-data; name="f"; filename="a.csv"', "Content-Type": "text/csv; charset=utf-8"}, b"\xff\xfe\xfd")])[0],
     multipart([])[1]),  # declared UTF-8, is not
])
def test_malformed_multipart_and_undecodable_text_parts_are_unreadable(inspector, body, content_type):
    with pytest.raises(Unreadable):
        inspector.inspect("openai", "/v1/files", content_type, body, "s")


# --- files sent as the body, unreadable files, base64 documents -----------------------------------

def test_raw_upload_of_a_document(inspector):
    outcome = inspector.inspect("chatgpt_web", "/file-123", "application/octet-stream", make_xlsx({"A": [["Anna Lindqvist", PNR]]}), "s")
    assert (outcome.action, outcome.in_file) == ("block", True)
    assert inspector.inspect("gemini", "/upload/v1beta/files", "", make_pdf([OPEN_TEXT]), "s").action == "allow"


def test_raw_upload_of_a_text_file_is_redacted_in_place(inspector):
    outcome = inspector.inspect("chatgpt_web", "/file-123", "text/csv", f"a;{PNR}\nb;c\n".encode(), "s")
    assert (outcome.action, outcome.body) == ("redact", f"a;{PLACEHOLDER}\nb;c\n".encode())


@pytest.mark.parametrize("binary_action", ["log", "block"])
def test_an_unreadable_file_gets_the_configured_decision(engine, binary_action):
    inspector = Inspector(engine, binary_action=binary_action)
    for data in (encrypt_pdf(make_pdf([PNR]), "x"), b"\x89PNG\r\n\x1a\n" + bytes(100), zip_bomb(100 * 2**20)):
        outcome = inspector.inspect("chatgpt_web", "/file-1", "application/octet-stream", data, "s")
        assert (outcome.action, outcome.binary) == (binary_action, True) and len(outcome.unreadable) == 1


@pytest.mark.parametrize("name, content_type, data, unreadable", [
    ("brev.doc", "application/msword", WORD_97, "part[1]:binary:unknown_format"),  # no reader, not "damaged"
    ("hemlig.docx", DOCX_TYPE, ENCRYPTED_OOXML, "part[1]:ooxml:encrypted"),
    ("hemlig.odt", "application/vnd.oasis.opendocument.text", make_odf("odt", f"<text:p>{PNR}</text:p>", encrypted=True), "part[1]:odt:encrypted"),
    ("hemlig.xls", "application/vnd.ms-excel", make_xls({"A": [[PNR]]}, encrypted=True), "part[1]:xls:encrypted"),
], ids=["doc", "encrypted-docx", "encrypted-odt", "encrypted-xls"])
def test_office_files_the_guard_cannot_read_say_why(engine, name, content_type, data, unreadable):
    _, outcome = upload(Inspector(engine, binary_action="block"), name, content_type, data)
    assert (outcome.action, outcome.binary, outcome.unreadable) == ("block", True, [unreadable])


def test_a_finding_outranks_an_unreadable_file_in_the_notice(engine):
    inspector = Inspector(engine, binary_action="block")
    parts = [({"Content-Disposition": 'form-data; name="a"; filename="a.pdf"'}, encrypt_pdf(make_pdf(["x"]), "x")),
             ({"Content-Disposition": 'form-data; name="b"; filename="b.pdf"'}, make_pdf([PNR]))]
    body, content_type = multipart(parts)
    outcome = inspector.inspect("generic", "/upload", content_type, body, "s")
    assert (outcome.action, outcome.binary, outcome.in_file) == ("block", False, True)
    assert outcome.unreadable == ["part[0]:pdf:encrypted"]


def test_monitor_mode_records_the_block_and_changes_nothing(engine):
    config = engine.config.model_copy(update={"policy": engine.config.policy.model_copy(update={"mode": "monitor"})})
    monitor = Engine(config)
    _, outcome = upload(Inspector(monitor, binary_action="block"), "a.pdf", "application/pdf", make_pdf([PNR]))
    assert (outcome.action, outcome.intended, outcome.in_file, outcome.body) == ("log", "block", True, None)
    outcome = Inspector(monitor, binary_action="block").inspect("generic", "/u", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(10), "s")
    assert (outcome.action, outcome.intended) == ("log", "block")


@pytest.mark.parametrize("wrap", [lambda b64: b64, lambda b64: "data:application/pdf;base64," + b64], ids=["base64", "data-url"])
@pytest.mark.parametrize("document", [lambda: make_pdf([f"Patient {PNR}"]), lambda: make_xls({"Blad1": [["Patient", float(PNR.replace("-", ""))]]})],
                         ids=["pdf", "xls"])
def test_a_base64_document_inside_json_is_read(inspector, wrap, document):
    encoded = base64.b64encode(document()).decode()
    body = {"model": "claude", "messages": [{"role": "user", "content": [
        {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": wrap(encoded)}},
        {"type": "text", "text": "Sammanfatta."}]}]}
    outcome = inspector.inspect("anthropic", "/v1/messages", "application/json", json.dumps(body).encode(), "s")
    assert (outcome.action, outcome.in_file) == ("block", True)


def test_the_notice_says_a_file_cannot_be_masked():
    catalogue = load_catalogue()[0]
    notices = load_notices(catalogue)[0]
    notice = notices.blocked(["SE_PERSONNUMMER"], "G1", in_file=True)
    assert "i en fil kan de inte maskeras" in notice.text_sv and "cannot be masked" in notice.text_en
    assert "maskeras" not in notices.blocked(["SE_PERSONNUMMER"], "G1").text_sv


def test_an_uploaded_json_file_is_read_even_when_broken(inspector):
    _, outcome = upload(inspector, "export.json", "application/json", f'{{"pnr": "{PNR}", "rest": [1, 2'.encode())
    assert outcome.action == "redact" and PNR.encode() not in outcome.body
    _, outcome = upload(inspector, "export.json", "application/json", json.dumps({"pnr": PNR}).encode())
    assert outcome.action == "redact" and json.loads(outcome.body.split(b"\r\n\r\n")[2].split(b"\r\n")[0]) == {"pnr": PLACEHOLDER}


def test_text_after_a_second_closing_delimiter_is_checked_too(inspector):
    body, content_type = multipart([({"Content-Disposition": 'form-data; name="a"'}, b"x--guardtest7MA4YWxkTrZu0gW-- inside")])
    boundary = content_type.rsplit("=", 1)[1].encode()
    hidden = body + f"pnr {PNR}\r\n--".encode() + boundary + b"--\r\n"
    outcome = inspector.inspect("openai", "/v1/files", content_type, hidden, "s")
    assert outcome.action == "block" and inspector.inspect("openai", "/v1/files", content_type, body, "s").action == "allow"


def test_an_unreadable_file_is_placed_without_naming_a_json_key(engine):
    """The place goes into the log line: a JSON key can be a value someone typed."""
    encoded = base64.b64encode(encrypt_pdf(make_pdf(["x"]), "x")).decode()
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "Se bilagan."}], "attachments": {PNR: encoded}}).encode()
    outcome = Inspector(engine).inspect("openai", "/v1/chat/completions", "application/json", body, "s")
    assert outcome.unreadable == ["json:pdf:encrypted"]
    inner, inner_type = multipart([({"Content-Disposition": 'form-data; name="a"; filename="a.pdf"'}, encrypt_pdf(make_pdf(["x"]), "x"))], boundary="inner7")
    body, content_type = multipart([PURPOSE_PART, ({"Content-Disposition": 'form-data; name="set"', "Content-Type": inner_type}, inner)])
    assert Inspector(engine).inspect("generic", "/upload", content_type, body, "s").unreadable == ["part[1].part[0]:pdf:encrypted"]
