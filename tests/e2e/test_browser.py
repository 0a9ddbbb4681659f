"""Headless Chromium through a real mitmdump with the guard, as an employee meets it.

A fake ChatGPT-like web app (HTTPS on 127.0.0.1, declared in the test catalogue with the
chatgpt_web adapter) serves a chat page whose own JavaScript POSTs the prompt with fetch
(Accept: text/event-stream) and shows an error it receives inline in the chat, like the real
UIs do; and a plain HTML form. The browser is Debian's ``chromium``, driven over the DevTools
protocol (one websocket on 127.0.0.1; no extra packages). Assertions: what the fake web app
received (never the personnummer), what the page shows (the guard's notice in the chat area;
the HTML notice page after a form submit: Swedish headline, category, incident id, no value),
and that the run never left 127.0.0.1. Screenshots go to tests/e2e/artifacts/. The browser itself
(DevTools protocol, trust of the proxy's CA) is in tests/e2e/chromium.py.
"""

from __future__ import annotations

import json
import re
import ssl
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from e2e.chromium import Browser, chromium_path, spki_pin
from e2e.conftest import PNR, REPO, Received, Upstream, service_entry, start_proxy, start_upstream, stop_proxy, write_config

ARTIFACTS = REPO / "tests" / "e2e" / "artifacts"
BLOCKED_PROMPT = f"Patienten {PNR} har diagnosen diabetes typ 2. Skriv ett remissvar till vårdcentralen."
REDACTED_PROMPT = f"Boka ett möte med Anna Lindqvist ({PNR}) på tisdag."
ASSISTANT_REPLY = "Här är svaret."
NOTICE_SV = "Stoppat av organisationens AI-skydd"
NOTICE_EN = "Stopped by your organisation's AI guard"
INCIDENT = re.compile(r"G\d{8}-[0-9a-f]{8}")
FORBIDDEN_URL = "https://chat.deepseek.com/api/v0/chat/completion"  # forbidden in the embedded catalogue; never dialled


# --- the fake web app --------------------------------------------------------------------------

CHAT_PAGE = """<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Testchatt</title>
<style>
  body { font-family: sans-serif; margin: 2rem; }
  #chat div { margin: .5rem 0; padding: .5rem .8rem; border-radius: .5rem; white-space: pre-wrap; }
  .user { background: #e8f0fe; } .assistant { background: #f1f1f1; } .error { background: #fdecea; color: #8a1c12; }
</style></head>
<body>
<div id="chat" role="log"></div>
<form id="composer"><textarea id="prompt" rows="3" cols="80"></textarea><button type="submit">Skicka</button></form>
<script>
const chat = document.getElementById("chat");
function bubble(kind, text) {
  const div = document.createElement("div");
  div.className = kind;
  div.textContent = text;
  chat.append(div);
}
async function send(prompt) {
  bubble("user", prompt);
  const body = {action: "next", model: "auto", parent_message_id: "client-created-root",
                messages: [{id: "m1", author: {role: "user"}, content: {content_type: "text", parts: [prompt]}}]};
  try {
    const response = await fetch("/backend-api/f/conversation", {
      method: "POST", headers: {"content-type": "application/json", "accept": "text/event-stream"}, body: JSON.stringify(body)});
    if (!response.ok) {
      // As the real chat UIs do: the error's own text is shown inline.
      let message = "Något gick fel (" + response.status + ")";
      try { const error = await response.json(); message = error.detail || (error.error && error.error.message) || message; } catch (e) {}
      bubble("error", message);
    } else {
      let reply = "";
      for (const line of (await response.text()).split("\\n")) {
        if (!line.startsWith("data: ") || line === "data: [DONE]") continue;
        const event = JSON.parse(line.slice(6));
        if (event.message) reply = event.message.content.parts.join("");
      }
      bubble("assistant", reply);
    }
  } catch (e) {
    bubble("error", "Nätverksfel: " + e);
  }
  document.body.dataset.state = "done";
}
document.getElementById("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  send(document.getElementById("prompt").value);
});
</script>
</body></html>
"""

FORM_PAGE = """<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Formulär</title></head>
<body>
<form method="post" action="{action}">
  <textarea name="prompt" rows="3" cols="80"></textarea>
  <button type="submit">Skicka</button>
</form>
</body></html>
"""


class _WebApp(BaseHTTPRequestHandler):
    """GET /chat and /form?action=URL serve pages; POST /backend-api/f/conversation answers
    like ChatGPT (SSE); POST /submit answers with a page. Every request is recorded."""

    protocol_version = "HTTP/1.1"
    upstream: Upstream

    def log_message(self, *args) -> None:
        pass

    def _reply(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(body)))
        self.send_header("cache-control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.upstream.received.append(Received("GET", self.path, {k.lower(): v for k, v in self.headers.items()}, b""))
        url = urlsplit(self.path)
        if url.path == "/chat":
            return self._reply(200, "text/html; charset=utf-8", CHAT_PAGE.encode())
        if url.path == "/form":
            action = parse_qs(url.query).get("action", ["/submit"])[0]
            return self._reply(200, "text/html; charset=utf-8", FORM_PAGE.replace("{action}", action).encode())
        self._reply(404, "text/plain", b"not found")

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("content-length") or 0))
        self.upstream.received.append(Received("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, raw))
        if self.path.endswith("/conversation"):
            event = {"message": {"id": "a1", "author": {"role": "assistant"}, "content": {"content_type": "text", "parts": [ASSISTANT_REPLY]}}}
            return self._reply(200, "text/event-stream", f"data: {json.dumps(event)}\n\ndata: [DONE]\n\n".encode())
        if self.path == "/submit":
            return self._reply(200, "text/html; charset=utf-8", "<!doctype html><p>Skickat.</p>".encode())
        self._reply(404, "text/plain", b"not found")


def start_web_app(folder: Path) -> Upstream:
    return start_upstream("webapp", folder, _WebApp)


# --- fixtures -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def executable() -> str:
    return chromium_path()


@pytest.fixture(scope="module")
def web_app(tmp_path_factory) -> Upstream:
    upstream = start_web_app(tmp_path_factory.mktemp("webapp"))
    yield upstream
    upstream.stop()


@pytest.fixture(scope="module")
def browser_proxy(web_app, tmp_path_factory):
    """A mitmdump with the guard whose catalogue declares the fake web app as a ChatGPT-like service."""
    folder = tmp_path_factory.mktemp("browser-proxy")
    service = service_entry("test-chat", "Testchatt", web_app, "chatgpt_web")
    running = start_proxy(folder, write_config(folder, [service]), _trusted(web_app, folder))
    yield running
    stop_proxy(running)


def _trusted(upstream: Upstream, folder: Path) -> Path:
    """The web app's certificate, for mitmproxy to verify the upstream with."""
    path = folder / "trusted.pem"
    path.write_text(ssl.DER_cert_to_PEM_cert(upstream.der))
    return path


@pytest.fixture(scope="module")
def browser(executable, browser_proxy, tmp_path_factory) -> Browser:
    running = Browser(executable, tmp_path_factory.mktemp("chromium"), browser_proxy.port, spki_pin(browser_proxy.ca))
    yield running
    running.close()


@pytest.fixture
def tab(browser, web_app):
    web_app.reset()
    opened = browser.tab()
    yield opened
    opened.close()


# --- helpers --------------------------------------------------------------------------------------

def never_arrived(upstream: Upstream) -> None:
    """No form of the personnummer in anything the web app received (URL or body)."""
    for received in upstream.received:
        for form in (PNR, PNR.replace("-", ""), quote(PNR), "811218"):
            assert form.encode() not in received.raw and form not in received.path, f"{form} reached the upstream: {received.method} {received.path}"


def only_loopback(proxy) -> None:
    """The browser's traffic never left 127.0.0.1: every connection the proxy opened went to
    127.0.0.1, and no other name was even looked up (chat.deepseek.com is answered by the guard).
    A failure here is usually a new Chromium background request: its URL is in the netlog.json
    beside chromium.log (complete once the browser has closed); see the flags in Browser."""
    log = proxy.output()
    dialled = set(re.findall(r"server connect (\S+)", log))
    assert all(d.startswith("127.0.0.1:") for d in dialled), f"the proxy dialled {dialled}"
    hosts = {urlsplit(url).hostname for url in re.findall(r"^\S+: [A-Z]+ (\S+)", log, re.M)}
    assert hosts <= {"127.0.0.1", "chat.deepseek.com"}, f"requests to {hosts - {'127.0.0.1', 'chat.deepseek.com'}}"
    lookups = [line for line in log.splitlines() if "Name or service not known" in line or "getaddrinfo" in line]
    assert not lookups, f"the proxy looked up a name for the browser (a background request?): {lookups[:3]}"


def blocked_incidents(proxy, service: str) -> list[str]:
    return re.findall(rf"action=block service={re.escape(service)} .*?incident=(G\S+)", proxy.output())


def assert_png(path: Path) -> None:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 1400), (width, height)
    assert len(data) > 20_000, f"{path} is only {len(data)} bytes: an empty page?"


# --- tests ------------------------------------------------------------------------------------------

def test_chat_ui_shows_the_guards_notice_inline_and_nothing_is_sent(tab, web_app, browser_proxy):
    """The chat page's fetch (Accept: text/event-stream) gets the JSON error, and the page's
    own JavaScript shows its text in the chat, as ChatGPT shows an error's 'detail'."""
    tab.open(f"{web_app.base}/chat")
    tab.type_into("#prompt", BLOCKED_PROMPT)
    tab.evaluate("document.querySelector('button').click()")
    tab.wait_for("document.body.dataset.state === 'done'", "the chat to finish")

    error = tab.evaluate("[...document.querySelectorAll('#chat .error')].map(e => e.innerText).join('\\n')")
    assert error.startswith(NOTICE_SV) and NOTICE_EN in error, error
    assert error.index(NOTICE_SV) < error.index(NOTICE_EN)
    assert "känsliga personuppgifter" in error and PNR not in error
    incidents = blocked_incidents(browser_proxy, "test-chat")
    assert incidents and incidents[-1] in error
    assert tab.evaluate("document.querySelectorAll('#chat .assistant').length") == 0
    assert [r for r in web_app.received if r.method == "POST"] == []
    never_arrived(web_app)
    tab.screenshot(ARTIFACTS / "chat-inline-notice.png")
    only_loopback(browser_proxy)


def test_chat_ui_redacted_prompt_arrives_with_placeholders(tab, web_app, browser_proxy):
    """Redact (a personnummer and a name, no sensitive data): the chat works, the web app gets
    valid JSON with the placeholders in the message's parts, and the value never arrives."""
    tab.open(f"{web_app.base}/chat")
    tab.type_into("#prompt", REDACTED_PROMPT)
    tab.evaluate("document.querySelector('button').click()")
    tab.wait_for("document.body.dataset.state === 'done'", "the chat to finish")

    assert tab.evaluate("document.querySelector('#chat .assistant') && document.querySelector('#chat .assistant').innerText") == ASSISTANT_REPLY
    assert tab.evaluate("document.querySelectorAll('#chat .error').length") == 0
    posts = [r for r in web_app.received if r.method == "POST"]
    assert len(posts) == 1 and posts[0].path == "/backend-api/f/conversation"
    assert posts[0].json()["messages"][0]["content"]["parts"] == ["Boka ett möte med [NAMN_1] ([PERSONNUMMER_1]) på tisdag."]
    assert int(posts[0].headers["content-length"]) == len(posts[0].raw)
    never_arrived(web_app)
    only_loopback(browser_proxy)


def test_form_submit_gets_the_html_notice_page(tab, web_app, browser_proxy):
    """A plain form POST (a page navigation, Accept: text/html) with a personnummer and health
    data: the guard answers with its HTML notice, which Chromium renders; screenshot taken."""
    tab.open(f"{web_app.base}/form")
    tab.type_into("textarea[name=prompt]", BLOCKED_PROMPT)
    tab.evaluate("document.querySelector('form').requestSubmit()")
    tab.wait_for("location.pathname === '/submit' && document.readyState === 'complete' && !!document.querySelector('h1')", "the notice page")

    dom, text = tab.dom(), tab.text()
    assert '<html lang="sv"' in dom
    assert "Stoppat av AI-skyddet" in text and "Stopped by the AI guard" in text
    assert text.index("Stoppat av AI-skyddet") < text.index("Stopped by the AI guard")  # Swedish first
    assert "känsliga personuppgifter om en identifierbar person" in text  # the category
    assert "GDPR artikel 9" in text and "Microsoft 365 Copilot" in text  # rule + legal basis, approved services
    incidents = blocked_incidents(browser_proxy, "test-chat")
    assert incidents and incidents[-1] in text
    for form in (PNR, PNR.replace("-", ""), "diabetes"):
        assert form not in dom
    assert [r for r in web_app.received if r.method == "POST"] == []
    never_arrived(web_app)
    assert_png(tab.screenshot(ARTIFACTS / "notice-blocked.png"))
    card = tab.screenshot(ARTIFACTS / "notice-blocked-card.png", around="main")  # the one in docs/notice.png
    assert card.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and card.stat().st_size > 20_000
    only_loopback(browser_proxy)


def test_form_submit_to_a_forbidden_service_gets_the_notice_without_dialling(tab, web_app, browser_proxy):
    """A form on the web app posts to chat.deepseek.com (forbidden in the catalogue): the guard
    answers the navigation itself (lazy connection strategy: nothing is dialled, this runs
    offline) with the notice naming the approved services."""
    tab.open(f"{web_app.base}/form?action={quote(FORBIDDEN_URL, safe='')}")
    tab.type_into("textarea[name=prompt]", BLOCKED_PROMPT)
    tab.evaluate("document.querySelector('form').requestSubmit()")
    tab.wait_for("location.hostname === 'chat.deepseek.com' && document.readyState === 'complete' && !!document.querySelector('h1')", "the notice page")

    dom, text = tab.dom(), tab.text()
    assert text.index("Tjänsten är inte tillåten") < text.index("This service is not allowed")
    assert "DeepSeek får inte användas" in text and "Microsoft 365 Copilot" in text
    incidents = blocked_incidents(browser_proxy, "deepseek")
    assert incidents and any(i in text for i in incidents)
    assert PNR not in dom
    assert_png(tab.screenshot(ARTIFACTS / "notice-forbidden.png"))
    only_loopback(browser_proxy)
