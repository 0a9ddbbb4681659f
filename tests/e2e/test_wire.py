"""The proxy on the wire: curl over HTTP/1.1 and HTTP/2, compressed bodies, a non-AI host
that must pass through untouched, a forbidden service, a web app's form body, resent
conversation history, and a log that never holds a value.
"""

from __future__ import annotations

import json
import re
import socket
import ssl
import subprocess
from urllib.parse import parse_qs, quote_plus

import httpx2
import openai
import pytest
from mitmproxy.net.encoding import encode

from e2e.conftest import PNR, guard_proxy, start_proxy, stop_proxy, write_config
from guard.audit import read_events

OTHER_PNR = "640823-3234"
CHAT = {"model": "gpt-4o", "messages": [{"role": "user", "content": f"Boka ett möte med Anna Lindqvist ({PNR}) på tisdag."}]}


def curl(proxy, url: str, body: bytes | None, tmp_path, *, http2: bool = False, headers: dict | None = None, cacert=None):
    """curl through the proxy: (status, headers, body, http version)."""
    head, out = tmp_path / "head.txt", tmp_path / "out.bin"
    args = ["curl", "-sS", "--max-time", "20", "--proxy", proxy.url, "--cacert", str(cacert or proxy.ca), "--http2" if http2 else "--http1.1",
            "-D", str(head), "-o", str(out), "-w", "%{http_code} %{http_version}", url]
    for name, value in (headers or {"content-type": "application/json"}).items():
        args += ["-H", f"{name}: {value}"]
    if body is not None:
        (tmp_path / "body.bin").write_bytes(body)
        args += ["--data-binary", f"@{tmp_path / 'body.bin'}"]
    done = subprocess.run(args, capture_output=True, timeout=30, text=True)
    assert done.returncode == 0, done.stderr
    status, version = done.stdout.split()
    response_headers = {}
    for line in head.read_text().splitlines()[1:]:
        if ":" in line:
            name, _, value = line.partition(":")
            response_headers[name.strip().lower()] = value.strip()
    return int(status), response_headers, out.read_bytes(), version


@pytest.mark.parametrize("http2", [False, True], ids=["http1.1", "http2"])
def test_curl_redacts_and_the_json_stays_valid(proxy, world, tmp_path, http2):
    status, headers, reply, version = curl(proxy, f"{world.openai.base}/v1/chat/completions", json.dumps(CHAT).encode(), tmp_path, http2=http2)
    assert (status, version) == (200, "2" if http2 else "1.1")
    received = world.openai.only()
    assert PNR.encode() not in received.raw and b"Lindqvist" not in received.raw
    assert received.json()["messages"][0]["content"] == "Boka ett möte med [NAMN_1] ([PERSONNUMMER_1]) på tisdag."
    assert int(received.headers["content-length"]) == len(received.raw)
    # The stand-in quoted both placeholders; the employee reads the values again, in valid JSON of the right length.
    assert json.loads(reply)["choices"][0]["message"]["content"] == f"Här är svaret. Det gäller Anna Lindqvist och {PNR}."
    assert int(headers["content-length"]) == len(reply)


@pytest.fixture(scope="module")
def no_restore(world, tmp_path_factory):
    yield from guard_proxy(world, tmp_path_factory, "norestore", {"restore_replies": "false"})


def test_replies_keep_their_placeholders_when_restoring_is_off(no_restore, world, tmp_path):
    status, _, reply, _ = curl(no_restore, f"{world.openai.base}/v1/chat/completions", json.dumps(CHAT).encode(), tmp_path)
    assert status == 200 and PNR.encode() not in world.openai.only().raw
    assert json.loads(reply)["choices"][0]["message"]["content"] == "Här är svaret. Det gäller [NAMN_1] och [PERSONNUMMER_1]."


@pytest.mark.parametrize("http2", [False, True], ids=["http1.1", "http2"])
def test_curl_block_is_a_403_json_notice_and_nothing_is_sent(proxy, world, tmp_path, http2):
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "KONFIDENTIELLT\nSEKRETESS enligt 26 kap. 1 § OSL\nAnteckning"}]}).encode()
    status, headers, reply, _ = curl(proxy, f"{world.openai.base}/v1/chat/completions", body, tmp_path, http2=http2)
    assert status == 403
    assert headers["content-type"] == "application/json" and headers["x-should-retry"] == "false"
    notice = json.loads(reply)
    assert notice["error"]["code"] == "dlp_blocked" and notice["error"]["type"] == "permission_error"
    assert notice["error"]["status"] == "PERMISSION_DENIED" and notice["detail"] == notice["error"]["message"]
    assert notice["detail"].startswith("Stoppat av organisationens AI-skydd") and "Stopped by your organisation's AI guard" in notice["detail"]
    assert headers["x-guard-incident"] in notice["detail"]
    assert world.openai.received == []


def test_open_prompt_arrives_byte_identical_from_curl(proxy, world, tmp_path):
    body = b'{"model":"gpt-4o",  "messages":[{"role":"user","content":"Hur skriver jag en bra m\\u00f6tesagenda? SFS 2009:400 g\xc3\xa4ller."}]}\n'
    assert curl(proxy, f"{world.openai.base}/v1/chat/completions", body, tmp_path)[0] == 200
    assert world.openai.only().raw == body


def test_prompt_in_the_url_query_is_redacted_or_stopped(proxy, world, tmp_path):
    """chatgpt.com/?q=… and perplexity.ai/search?q=… send a prompt with a plain GET."""
    prompt = quote_plus(f"Skriv ett brev till Anna Lindqvist, {PNR}")
    status, _, _, _ = curl(proxy, f"{world.openai.base}/?model=gpt-4o&q={prompt}&hints=search", None, tmp_path, headers={})
    assert status == 200
    received = world.openai.only()
    assert received.method == "GET"
    assert PNR.encode() not in received.path.encode() and "Lindqvist" not in received.path
    assert received.path == "/?model=gpt-4o&q=" + quote_plus("Skriv ett brev till [NAMN_1], [PERSONNUMMER_1]", safe="") + "&hints=search"
    world.openai.reset()
    secret = quote_plus("SEKRETESS enligt 26 kap. 1 § OSL\nUtredning om familjen")
    status, _, body, _ = curl(proxy, f"{world.openai.base}/search?q={secret}", None, tmp_path, headers={})
    assert status == 403 and b"sekretess" in body.lower()
    assert world.openai.received == []


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "zstd"])
def test_compressed_body_is_decoded_checked_and_reencoded(proxy, world, encoding):
    with httpx2.Client(proxy=proxy.url, verify=proxy.ssl_context(), timeout=30) as client:
        response = client.post(f"{world.openai.base}/v1/chat/completions", content=encode(json.dumps(CHAT).encode(), encoding),
                               headers={"content-type": "application/json", "content-encoding": encoding})
    assert response.status_code == 200
    received = world.openai.only()
    assert received.headers["content-encoding"] == encoding
    assert int(received.headers["content-length"]) == len(received.raw)
    assert PNR.encode() not in received.body
    assert "[PERSONNUMMER_1]" in received.json()["messages"][0]["content"]


def test_unreadable_compressed_body_is_stopped_as_unchecked(proxy, world):
    with httpx2.Client(proxy=proxy.url, verify=proxy.ssl_context(), timeout=30) as client:
        response = client.post(f"{world.openai.base}/v1/chat/completions", content=b"\x1f\x8b\x08\x00garbage" + PNR.encode(),
                               headers={"content-type": "application/json", "content-encoding": "gzip"})
    assert response.status_code == 403
    assert "kunde inte kontrolleras" in response.json()["detail"]
    assert world.openai.received == []


def test_non_ai_host_passes_through_with_its_own_certificate(proxy, world):
    """Not in the catalogue: the TLS is not opened, the site's own certificate reaches the
    client (it verifies against that certificate alone), and the body is not touched."""
    other = world.other
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=10) as raw:
        raw.sendall(f"CONNECT 127.0.0.1:{other.port} HTTP/1.1\r\nHost: 127.0.0.1:{other.port}\r\n\r\n".encode())
        reply = b""
        while b"\r\n\r\n" not in reply:
            reply += raw.recv(1024)
        assert reply.startswith(b"HTTP/1.1 200")
        context = ssl.create_default_context(cadata=ssl.DER_cert_to_PEM_cert(other.der))
        with context.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
            assert tls.getpeercert(binary_form=True) == other.der
            body = json.dumps(CHAT).encode()
            tls.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
            answer = b""
            while chunk := tls.recv(65536):
                answer += chunk
    assert answer.startswith(b"HTTP/1.1 200")
    assert other.only().raw == body


def test_forbidden_service_is_stopped_without_dialling_and_names_approved_services(proxy, tmp_path):
    """chat.deepseek.com is forbidden in the catalogue. With the lazy connection strategy
    nothing is dialled (this test runs offline), and the notice names the approved services."""
    body = json.dumps({"prompt": "Hej", "chat_session_id": "x"}).encode()
    status, headers, reply, _ = curl(proxy, "https://chat.deepseek.com/api/v0/chat/completion", body, tmp_path)
    assert status == 403 and headers["x-should-retry"] == "false"
    message = json.loads(reply)["detail"]
    assert "DeepSeek får inte användas" in message and "Microsoft 365 Copilot" in message


def test_page_navigation_gets_an_html_notice(proxy, tmp_path):
    status, headers, page, _ = curl(proxy, "https://chat.deepseek.com/", None, tmp_path,
                                    headers={"accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"})
    assert status == 403 and headers["content-type"].startswith("text/html")
    html = page.decode()
    assert '<section lang="sv">' in html and '<section lang="en">' in html
    assert html.index("Tjänsten är inte tillåten") < html.index("This service is not allowed")
    assert "Microsoft 365 Copilot" in html and headers["x-guard-incident"] in html


def test_cross_origin_fetch_can_read_the_block_notice(proxy, world, tmp_path):
    """A web app whose API is on another origin only shows the reason if CORS lets it read the 403."""
    origin = "https://chat.example.test"
    body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": "SEKRETESS enligt 26 kap. 1 § OSL\nAnteckning"}]}).encode()
    status, headers, reply, _ = curl(proxy, world.openai.base + "/v1/chat/completions", body, tmp_path,
                                     headers={"content-type": "application/json", "origin": origin, "sec-fetch-mode": "cors", "accept": "text/html, */*"})
    assert status == 403 and headers["content-type"] == "application/json"
    assert headers["access-control-allow-origin"] == origin and headers["access-control-allow-credentials"] == "true"
    assert "x-guard-incident" in headers["access-control-expose-headers"]
    assert "dlp_blocked" in reply.decode() and world.openai.received == []


def test_web_app_form_with_nested_json_is_redacted_in_place(proxy, world):
    """A Gemini-web-like body: form field f.req holding JSON holding JSON (generic adapter)."""
    inner = json.dumps([[f"Sammanfatta ärendet för {PNR}", 0, None]])
    body = "f.req=" + quote_plus(json.dumps([None, inner])) + "&at=token123"
    with httpx2.Client(proxy=proxy.url, verify=proxy.ssl_context(), timeout=30) as client:
        response = client.post(f"{world.web.base}/_/BardChatUi/data/StreamGenerate", content=body.encode(),
                               headers={"content-type": "application/x-www-form-urlencoded;charset=utf-8"})
    assert response.status_code == 200
    received = world.web.only()
    assert PNR.encode() not in received.raw
    form = parse_qs(received.raw.decode())
    assert form["at"] == ["token123"]
    assert json.loads(json.loads(form["f.req"][0])[1])[0][0] == "Sammanfatta ärendet för [PERSONNUMMER_1]"


def test_resent_history_keeps_placeholders_and_costs_only_the_new_message(proxy, world):
    attempts = []
    client = openai.OpenAI(api_key="sk-history", base_url=f"{world.openai.base}/v1",
                           http_client=httpx2.Client(proxy=proxy.url, verify=proxy.ssl_context(), event_hooks={"request": [attempts.append]}))
    messages = [{"role": "user", "content": f"Mitt personnummer är {PNR}. Hjälp mig skriva en ansökan."}]
    bodies = []
    for follow_up in (f"Lägg till min makes personnummer {OTHER_PNR} och mitt igen: {PNR}.", "Tack, gör texten kortare."):
        client.chat.completions.create(model="gpt-4o", messages=messages)
        bodies.append(world.openai.received[-1].json())
        messages = messages + [{"role": "assistant", "content": "Här är ett utkast."}, {"role": "user", "content": follow_up}]
    client.chat.completions.create(model="gpt-4o", messages=messages)
    bodies.append(world.openai.received[-1].json())

    first = "Mitt personnummer är [PERSONNUMMER_1]. Hjälp mig skriva en ansökan."
    assert [b["messages"][0]["content"] for b in bodies] == [first] * 3
    assert bodies[1]["messages"][2]["content"] == "Lägg till min makes personnummer [PERSONNUMMER_2] och mitt igen: [PERSONNUMMER_1]."
    assert bodies[2]["messages"][2]["content"] == bodies[1]["messages"][2]["content"]
    assert all(PNR not in json.dumps(b) and OTHER_PNR not in json.dumps(b) for b in bodies)
    events = [line for line in proxy.output().splitlines() if "service=test-openai" in line][-3:]
    assert [re.search(r"segments=(\d+) scanned=(\d+)", e).groups() for e in events] == [("1", "1"), ("3", "2"), ("5", "1")]  # turn 3: only the new user message (the assistant line repeats)


def test_the_log_holds_types_and_counts_never_values(proxy, world, tmp_path):
    curl(proxy, f"{world.openai.base}/v1/chat/completions", json.dumps(CHAT).encode(), tmp_path)
    log = proxy.wait_for_log("types=PERSON:1,SE_PERSONNUMMER:1")
    for value in (PNR, PNR.replace("-", ""), OTHER_PNR, "Lindqvist", "SEKRETESS enligt"):
        assert value not in log


@pytest.fixture(scope="module")
def identified(world, tmp_path_factory):
    """The guard behind a front proxy that names the employee in X-Employee, audit allowed to use it."""
    folder = tmp_path_factory.mktemp("identified")
    config = write_config(folder, world.services())
    policy = config / "policy.yaml"
    policy.write_text(policy.read_text().replace("client_identity: none", "client_identity: header:X-Employee"))
    running = start_proxy(folder, config, world.trusted)
    yield running
    stop_proxy(running)


def test_identity_header_reaches_the_audit_trail_but_not_the_ai_service(identified, world, tmp_path):
    body = json.dumps(CHAT).encode()
    status, _, _, _ = curl(identified, f"{world.openai.base}/v1/chat/completions", body, tmp_path,
                           headers={"content-type": "application/json", "x-employee": "anna.l"})
    assert status == 200
    received = world.openai.only()
    assert "x-employee" not in {name.lower() for name in received.headers} and b"anna.l" not in received.raw
    [event] = [e for e in read_events(identified.log.parent / "audit") if e["event"]["action"] == "redact"]
    assert event["user"] == {"name": "anna.l"}
