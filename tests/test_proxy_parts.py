"""The proxy's parts without a proxy: catalogue routing and its errors, adapters and in-place
rewriting, notice texts, and the resent-history cache. The e2e tests prove them on the wire."""

from __future__ import annotations

import json

import pytest

from guard.adapters import extract
from guard.catalogue import load_catalogue, parse_catalogue
from guard.config import ConfigError
from guard.inspection import Inspector
from guard.notices import load_notices, wants_html

PNR = "811218-9876"


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()[0]


@pytest.mark.parametrize("host, port, service", [
    ("api.openai.com", 443, "openai-api"),
    ("API.OpenAI.com.", 443, "openai-api"),
    ("myorg.openai.azure.com", 443, "azure-openai"),
    ("europe-west4-aiplatform.googleapis.com", 443, "gemini-api"),
    ("chat.deepseek.com", 443, "deepseek"),
    ("openai.azure.com", 443, None),  # "*.x" is subdomains only
    ("www.bank.se", 443, None),
    ("evilopenai.com", 443, None),
])
def test_route(catalogue, host, port, service):
    found = catalogue.route(host, port)
    assert (found.id if found else None) == service


def test_the_catalogue_lists_every_service_the_issue_names(catalogue):
    names = {s.name for s in catalogue.services}
    for expected in ("OpenAI API", "Azure OpenAI", "ChatGPT", "Anthropic API", "Claude", "Gemini API", "Gemini", "Microsoft Copilot",
                     "Microsoft 365 Copilot", "GitHub Copilot", "Perplexity", "DeepSeek API", "DeepSeek", "Mistral API", "Le Chat (Mistral)",
                     "Grok", "Meta AI", "Cohere", "Hugging Face Chat", "Hugging Face Inference"):
        assert expected in names


def test_a_port_limits_a_pattern():
    text = "services:\n  - {id: gw, name: GW, hosts: ['127.0.0.1:8443'], status: approved, adapter: openai}\n"
    catalogue = parse_catalogue(text, "s.yaml")
    assert catalogue.route("127.0.0.1", 8443).id == "gw" and catalogue.route("127.0.0.1", 443) is None


@pytest.mark.parametrize("text, error", [
    ("services:\n  - id: a\n    name: A\n    hosts: [a.example]\n    status: maybe\n    adapter: openai\n", "s.yaml:5: services.0.status: Input should be"),
    ("services:\n  - id: a\n    name: A\n    hosts: [a.example]\n    status: review\n    adapter: nope\n", "s.yaml:6: services.0.adapter: unknown adapter 'nope'"),
    ("services:\n  - id: a\n    name: A\n    hosts: [a.example]\n    status: review\n    adapter: openai\n    colour: red\n", "s.yaml:7: services.0.colour: unknown setting"),
    ("services:\n  - {id: a, name: A, hosts: [x.example], status: review, adapter: openai}\n  - {id: b, name: B, hosts: [x.example], status: review, adapter: openai}\n",
     "host 'x.example' is in both 'a' and 'b'"),
    ("services: [\n", "s.yaml:2: not valid YAML"),
])
def test_catalogue_errors_name_file_line_and_key(text, error):
    with pytest.raises(ConfigError) as caught:
        parse_catalogue(text, "s.yaml")
    assert error in str(caught.value)


def test_adapters_find_the_messages_and_keep_everything_else():
    body = json.dumps({"model": "claude", "system": "Var kort.", "metadata": {"user_id": "u1"},
                       "messages": [{"role": "user", "content": [{"type": "text", "text": "Hej"},
                                                                  {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "Bilaga"}}]}]})
    extraction = extract("anthropic", "/v1/messages", "application/json", body)
    assert [(s.where, s.role) for s in extraction.prompts] == [("system", "system"), ("messages[0].content[0].text", "user"),
                                                               ("messages[0].content[1].source.data", "user")]
    assert [s.where for s in extraction.fields] == ["metadata.user_id"]


@pytest.mark.parametrize("adapter, path, body, conversation", [
    ("openai", "/v1/chat/completions", {"messages": [{"role": "user", "content": "P"}]}, None),
    ("openai", "/openai/deployments/gpt/chat/completions?api-version=1", {"messages": [{"role": "user", "content": [{"type": "text", "text": "P"}]}]}, None),
    ("openai", "/v1/responses", {"input": [{"role": "user", "content": [{"type": "input_text", "text": "P"}]}]}, None),
    ("gemini", "/v1beta/models/g:generateContent", {"contents": [{"role": "user", "parts": [{"text": "P"}]}]}, None),
    ("chatgpt_web", "/backend-api/f/conversation", {"conversation_id": "c9", "messages": [{"author": {"role": "user"}, "content": {"parts": ["P"]}}]}, "c9"),
    ("claude_web", "/api/organizations/o/chat_conversations/c7/completion", {"prompt": "P", "attachments": []}, "c7"),
    ("perplexity", "/rest/sse/perplexity_ask", {"query_str": "P", "params": {}}, None),
    ("deepseek_web", "/api/v0/chat/completion", {"prompt": "P", "chat_session_id": "s1"}, "s1"),
    ("copilot", "/c/api/chat", {"event": "send", "conversationId": "k1", "content": [{"type": "text", "text": "P"}]}, "k1"),
])
def test_each_adapter_labels_its_prompt(adapter, path, body, conversation):
    extraction = extract(adapter, path, "application/json", json.dumps(body))
    assert [s.text for s in extraction.prompts] == ["P"] and extraction.conversation == conversation


@pytest.mark.parametrize("frame, texts", [
    ('42["ask","Rad 1\\nRad 2"]', ["ask", "Rad 1\nRad 2"]),  # a Socket.IO event: its JSON, unescaped
    ('42/chat,17["ask",{"q":"P"}]', ["ask", "q", "P"]),  # with a namespace and an ack id
    ("2probe", ["2probe"]),  # an Engine.IO ping: the frame as it is
    ('42["broken', ['42["broken']),  # not JSON after the prefix: the whole frame is still read
])
def test_websocket_packets_are_read_after_their_prefix(frame, texts):
    assert [s.text for s in extract("generic", "/socket.io/", "websocket", frame).document.segments] == texts


def test_rewriting_touches_only_the_replaced_string_and_keeps_json_valid():
    body = '{"a" : 1.50, "messages":[{"role":"user","content":"pnr 811218-9876 \\u00e5"}], "z": [true, null]}'
    extraction = extract("openai", "/v1/chat/completions", "application/json", body)
    extraction.prompts[0].replace('pnr [PERSONNUMMER_1] å "citat"')
    out = extraction.render().decode()
    assert out == '{"a" : 1.50, "messages":[{"role":"user","content":"pnr [PERSONNUMMER_1] \\u00e5 \\"citat\\""}], "z": [true, null]}'
    assert json.loads(out)["messages"][0]["content"] == 'pnr [PERSONNUMMER_1] å "citat"'


def test_notice_texts_are_complete_and_name_approved_services(catalogue):
    notices, _ = load_notices(catalogue)
    notice = notices.blocked(["SENSITIVE_DATA", "PERSON"], "G1")
    assert notice.text_sv.startswith("Stoppat") and "GDPR artikel 9" in notice.text_sv and "Microsoft 365 Copilot" in notice.text_sv
    assert "Incident-id: G1" in notice.text_sv and "Incident id: G1" in notice.text_en
    body = json.loads(notice.json_body())
    assert body["error"] == {"type": "permission_error", "code": "dlp_blocked", "status": "PERMISSION_DENIED", "message": notice.message}
    assert body["detail"] == notice.message and set(body) == {"type", "error", "detail"}


@pytest.mark.parametrize("accept, html", [
    ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8", True),  # navigation, form submit
    ("text/event-stream", False),  # chatgpt.com's conversation fetch (SSE)
    ("application/json", False),  # API SDKs, most web apps' fetch
    ("application/json, text/plain, */*", False),  # axios
    ("*/*", False),  # fetch() without an Accept header
    ("", False),
])
def test_only_a_page_navigation_gets_the_html_page(accept, html):
    """A web app's own fetch gets the JSON error (its chat shows 'detail' / 'error.message'
    inline); only a navigation, which asks for text/html, gets the notice page."""
    assert wants_html({"accept": accept}) is html


@pytest.mark.parametrize("mode, accept, html", [
    ("navigate", "*/*", True),  # a form submit or link, whatever it accepts
    ("cors", "text/html", False),  # a web app's fetch that happens to ask for HTML
    ("same-origin", "text/html,*/*", False),
])
def test_fetch_metadata_decides_before_accept(mode, accept, html):
    assert wants_html({"sec-fetch-mode": mode, "accept": accept}) is html


def test_a_notice_template_with_an_unknown_placeholder_is_refused(tmp_path, catalogue):
    from guard.config import DEFAULT_CONFIG_DIR

    (tmp_path / "notices").mkdir()
    text = (DEFAULT_CONFIG_DIR / "notices" / "notices.yaml").read_text().replace("{incident}.", "{incidnet}.", 1)
    (tmp_path / "notices" / "notices.yaml").write_text(text)
    (tmp_path / "notices" / "page.html").write_text((DEFAULT_CONFIG_DIR / "notices" / "page.html").read_text())
    with pytest.raises(ConfigError, match=r"notices.yaml:\d+: blocked: .*unknown placeholder 'incidnet'"):
        load_notices(catalogue, tmp_path)


def test_history_is_scanned_once_and_redacted_the_same_way(engine):
    inspector = Inspector(engine)
    turn = lambda messages: inspector.inspect("openai", "/v1/chat/completions", "application/json", json.dumps({"messages": messages}).encode(), "scope")
    first = [{"role": "user", "content": f"Jag heter Anna Lindqvist, pnr {PNR}."}]
    one = turn(first)
    two = turn(first + [{"role": "assistant", "content": "Hej!"}, {"role": "user", "content": "Hur mår du?"}])
    assert (one.scanned, two.scanned) == (1, 2)
    assert json.loads(one.body)["messages"][0] == json.loads(two.body)["messages"][0]
    assert PNR not in two.body.decode()


def test_binary_and_broken_bodies(engine):
    inspector = Inspector(engine, binary_action="block")
    assert inspector.inspect("generic", "/upload", "application/octet-stream", b"\xff\xd8\xff\x00", "s").action == "block"
    from guard.adapters import Unreadable

    with pytest.raises(Unreadable):
        inspector.inspect("openai", "/v1/chat/completions", "application/json", b'{"messages": [', "s")
    with pytest.raises(Unreadable):
        inspector.inspect("openai", "/v1/chat/completions", "application/json", b"\xff\xfe", "s")


def test_a_field_named_key_and_a_key_sent_twice_are_still_checked():
    """Object keys are labelled as keys, not by a path that a field called "key" shares; and of
    a key sent twice both values are checked, as a service may read either."""
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "Hej"}], "key": PNR})
    assert [s.text for s in extract("openai", "/v1/chat/completions", "application/json", body).fields] == [PNR]
    twice = '{"messages": [{"role": "user", "content": "' + PNR + '", "content": "Hej"}]}'
    extraction = extract("openai", "/v1/chat/completions", "application/json", twice)
    assert ([s.text for s in extraction.prompts], [s.text for s in extraction.fields]) == (["Hej"], [PNR])
    assert extraction.document.value == {"messages": [{"role": "user", "content": "Hej"}]}  # what json.loads makes of it
