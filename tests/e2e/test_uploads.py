"""Uploads through a real mitmdump with the guard: curl multipart forms and raw file uploads,
the openai SDK's files.create, and Gemini's upload endpoint. Each asserts what reached the
fake upstream: a CSV's personnummer replaced in place with every other byte kept (line breaks
too), a document with a personnummer (PDF, Office, OpenDocument, Excel 97-2003) never
arriving at all, an open document arriving byte for byte, and a file the guard cannot read
handled as configured (default: logged, forwarded).
"""

from __future__ import annotations

import json
import subprocess

import httpx2
import openai
import pytest

from documents import Slide, encrypt_pdf, make_docx, make_odf, make_pdf, make_pptx, make_xls, make_xlsx, multipart, table_frame, text_box
from e2e.conftest import PNR

PLACEHOLDER = b"[PERSONNUMMER_1]"
NOTICE_SV = "Stoppat av organisationens AI-skydd"
IN_FILE_SV = "i en fil kan de inte maskeras"
OPEN_TEXT = "Kommunens riktlinje för generativ AI gäller från den 1 januari. Se SFS 2009:400."
CSV = f"kundnr;personnummer;ort\r\n1001;{PNR}\r\n1002;saknas;Umeå\r\n".encode()
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT_TYPE = "application/vnd.oasis.opendocument.text"
XLS_TYPE = "application/vnd.ms-excel"


def curl(proxy, url: str, tmp_path, *args: str) -> tuple[int, bytes]:
    """curl through the proxy with these arguments (forms, uploads): (status, response body)."""
    out = tmp_path / "reply.bin"
    done = subprocess.run(["curl", "-sS", "--max-time", "20", "--proxy", proxy.url, "--cacert", str(proxy.ca), "-o", str(out), "-w", "%{http_code}", *args, url],
                          capture_output=True, timeout=30, text=True)
    assert done.returncode == 0, done.stderr
    return int(done.stdout), out.read_bytes()


def file_on_disk(tmp_path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def assert_no_personnummer(upstream) -> None:
    for received in upstream.received:
        for form in (PNR.encode(), PNR.replace("-", "").encode(), b"811218"):
            assert form not in received.raw, f"personnummer reached the upstream at {received.path}"


def assert_blocked_notice(status: int, reply: bytes) -> str:
    assert status == 403
    message = json.loads(reply)["error"]["message"]
    assert message.startswith(NOTICE_SV) and IN_FILE_SV in message and "cannot be masked" in message
    return message


def test_curl_multipart_csv_is_redacted_in_place_with_its_line_breaks(proxy, world, tmp_path):
    csv = file_on_disk(tmp_path, "kunder.csv", CSV)
    status, _ = curl(proxy, f"{world.openai.base}/v1/files", tmp_path, "-F", "purpose=assistants", "-F", f"file=@{csv};type=text/csv")
    assert status == 200
    received = world.openai.only()
    assert_no_personnummer(world.openai)
    assert b"\r\n\r\n" + CSV.replace(PNR.encode(), PLACEHOLDER) + b"\r\n--" in received.raw  # the line after it is still a line
    assert b'filename="kunder.csv"\r\nContent-Type: text/csv\r\n' in received.raw
    assert int(received.headers["content-length"]) == len(received.raw)


def test_multipart_upload_changes_only_the_redacted_bytes(proxy, world, tmp_path):
    """Byte for byte: boundaries, headers, the other parts and the PDF as sent."""
    body, content_type = multipart([
        ({"Content-Disposition": 'form-data; name="purpose"'}, b"assistants"),
        ({"Content-Disposition": 'form-data; name="file"; filename="kunder.csv"', "Content-Type": "text/csv"}, CSV),
        ({"Content-Disposition": 'form-data; name="bilaga"; filename="riktlinje.pdf"', "Content-Type": "application/pdf"}, make_pdf([OPEN_TEXT])),
    ])
    status, _ = curl(proxy, f"{world.openai.base}/v1/files", tmp_path, "-H", f"content-type: {content_type}", "--data-binary", f"@{file_on_disk(tmp_path, 'body', body)}")
    assert status == 200
    assert world.openai.only().raw == body.replace(PNR.encode(), PLACEHOLDER)


def test_curl_multipart_csv_with_a_secrecy_marking_is_blocked(proxy, world, tmp_path):
    csv = file_on_disk(tmp_path, "akt.csv", "SEKRETESS enligt 26 kap. 1 § OSL\r\n".encode() + CSV)
    status, reply = curl(proxy, f"{world.openai.base}/v1/files", tmp_path, "-F", "purpose=assistants", "-F", f"file=@{csv};type=text/csv")
    assert status == 403 and json.loads(reply)["error"]["code"] == "dlp_blocked"
    assert world.openai.received == []


@pytest.mark.parametrize("name, content_type, data", [
    ("riktlinje.pdf", "application/pdf", make_pdf([OPEN_TEXT, "Bilaga: ordlista"])),
    ("riktlinje.docx", DOCX_TYPE, make_docx([OPEN_TEXT], table=[["Version", "Datum"], ["2", "2026-01-01"]], header="Riktlinje")),
    ("budget.xlsx", XLSX_TYPE, make_xlsx({"Budget": [["Post", "Belopp"], ["Lokaler", 120000]], "Noter": [[OPEN_TEXT]]})),
    ("riktlinje.pptx", PPTX_TYPE, make_pptx([Slide(text_box("Riktlinje") + table_frame([["Version", "2"]]), notes=OPEN_TEXT)])),
    ("riktlinje.odt", ODT_TYPE, make_odf("odt", f"<text:h>Riktlinje</text:h><text:p>{OPEN_TEXT}</text:p>")),
    ("budget.xls", XLS_TYPE, make_xls({"Budget": [["Post", "Belopp"], ["Lokaler", 120000]]})),
], ids=["pdf", "docx", "xlsx", "pptx", "odt", "xls"])
def test_an_open_document_arrives_byte_identical(proxy, world, tmp_path, name, content_type, data):
    path = file_on_disk(tmp_path, name, data)
    status, _ = curl(proxy, f"{world.openai.base}/v1/files", tmp_path, "-F", "purpose=assistants", "-F", f"file=@{path};type={content_type}")
    assert status == 200
    form = world.openai.only().raw
    assert b"\r\n\r\n" + data + b"\r\n--" in form
    world.reset()
    status, _ = curl(proxy, f"{world.web.base}/file-upload/{name}", tmp_path, "-T", path, "-H", "content-type: application/octet-stream")
    assert status == 200
    assert world.web.only().raw == data and world.web.only().method == "PUT"


def test_a_docx_with_a_personnummer_in_a_table_is_blocked(proxy, world, tmp_path):
    path = file_on_disk(tmp_path, "lista.docx", make_docx(["Deltagare i projektet:"], table=[["Namn", "Personnummer"], ["Deltagare 1", PNR]]))
    status, reply = curl(proxy, f"{world.openai.base}/v1/files", tmp_path, "-F", "purpose=assistants", "-F", f"file=@{path};type={DOCX_TYPE}")
    message = assert_blocked_notice(status, reply)
    assert "personnummer" in message and PNR not in message
    assert world.openai.received == []


@pytest.mark.parametrize("name, content_type, data", [
    ("bilder.pptx", PPTX_TYPE, make_pptx([Slide(text_box(OPEN_TEXT), notes=f"Säg inget om {PNR}")])),  # on the speaker notes only
    ("brev.odt", ODT_TYPE, make_odf("odt", "<text:p>Gäller 811218-<text:span>9876</text:span></text:p>")),  # split over two spans
    ("lista.xls", XLS_TYPE, make_xls({"Blad1": [["Personnummer"], [float(PNR.replace("-", ""))]]})),  # typed into a number cell
], ids=["pptx-notes", "odt", "xls-number"])
def test_presentations_opendocument_and_excel_97_files_with_a_personnummer_are_blocked(proxy, world, tmp_path, name, content_type, data):
    path = file_on_disk(tmp_path, name, data)
    status, reply = curl(proxy, f"{world.openai.base}/v1/files", tmp_path, "-F", "purpose=assistants", "-F", f"file=@{path};type={content_type}")
    assert_blocked_notice(status, reply)
    assert world.openai.received == []


def test_raw_uploads_of_documents_with_a_personnummer_never_arrive(proxy, world, tmp_path):
    """ChatGPT PUTs files to its blob host; Gemini's API takes the bytes at /upload/v1beta/files."""
    sheet = file_on_disk(tmp_path, "lista.xlsx", make_xlsx({"Blad1": [["Personnummer"], [PNR]]}))
    status, reply = curl(proxy, f"{world.web.base}/file-abc?se=2026&sig=x", tmp_path, "-T", sheet, "-H", "content-type: application/octet-stream")
    assert_blocked_notice(status, reply)
    pdf = file_on_disk(tmp_path, "journal.pdf", make_pdf([f"Ärende {PNR}, se bilaga."]))
    status, reply = curl(proxy, f"{world.gemini.base}/upload/v1beta/files?upload_id=1", tmp_path, "--data-binary", f"@{pdf}",
                         "-H", "x-goog-upload-command: upload, finalize", "-H", "x-goog-upload-offset: 0", "-H", "content-type: application/pdf")
    assert_blocked_notice(status, reply)
    assert world.web.received == [] and world.gemini.received == []


def test_openai_sdk_files_create_shows_the_notice_and_nothing_arrives(proxy, world):
    attempts = []
    http_client = httpx2.Client(proxy=proxy.url, verify=proxy.ssl_context(), event_hooks={"request": [attempts.append]}, timeout=30)
    client = openai.OpenAI(api_key="sk-test", base_url=f"{world.openai.base}/v1", http_client=http_client)
    pdf = make_pdf([f"Utredning rörande {PNR}", "Sida två"])
    with pytest.raises(openai.PermissionDeniedError) as caught:
        client.files.create(file=("utredning.pdf", pdf, "application/pdf"), purpose="assistants")
    assert NOTICE_SV in str(caught.value) and IN_FILE_SV in str(caught.value)
    assert caught.value.response.headers["x-should-retry"] == "false"
    assert len(attempts) == 1
    assert world.openai.received == []


def test_an_encrypted_pdf_is_logged_and_forwarded_by_default(proxy, world, tmp_path):
    data = encrypt_pdf(make_pdf([f"pnr {PNR}"]), "hemligt")
    path = file_on_disk(tmp_path, "krypterad.pdf", data)
    status, _ = curl(proxy, f"{world.openai.base}/v1/files", tmp_path, "-F", "purpose=assistants", "-F", f"file=@{path};type=application/pdf")
    assert status == 200
    assert b"\r\n\r\n" + data + b"\r\n--" in world.openai.only().raw
    line = next(line for line in proxy.wait_for_log("binary=yes").splitlines() if "binary=yes" in line)
    assert "action=log" in line and "unreadable=part[1]:pdf:encrypted" in line and PNR not in line and "krypterad" not in line
