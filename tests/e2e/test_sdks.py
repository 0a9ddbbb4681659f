"""The official SDKs (openai, anthropic, google-genai) through a real mitmdump with the guard.

Each asserts what reached the fake upstream: the personnummer never in any form, the
placeholder in valid JSON; that the answer, which quotes the placeholders (streamed a few
characters per event, so they arrive in pieces), reaches the SDK with the values back in
place; and for a block, that the SDK shows the Swedish notice after exactly one attempt
(the default max_retries is left on) and nothing reached the upstream.
"""

from __future__ import annotations

import anthropic
import httpx2
import openai
import pytest
from google import genai
from google.genai import types as genai_types

from e2e.conftest import PNR, REPLY

SECRET_CASE = "SEKRETESS enligt 26 kap. 1 § OSL\n\nUtredning om familjen, se bilaga."
NOTICE_SV = "Stoppat av organisationens AI-skydd"


class Attempts:
    """Counts the HTTP requests an SDK sends (retries included)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, request) -> None:
        self.count += 1


def http_client(proxy, attempts: Attempts) -> httpx2.Client:
    return httpx2.Client(proxy=proxy.url, verify=proxy.ssl_context(), event_hooks={"request": [attempts]}, timeout=30)


def assert_clean(received) -> None:
    """No form of the personnummer in anything the upstream received."""
    for r in received:
        for form in (PNR.encode(), PNR.replace("-", "").encode(), b"811218"):
            assert form not in r.raw and form not in r.body, f"personnummer reached the upstream at {r.path}"


@pytest.fixture
def oai(proxy, world):
    attempts = Attempts()
    client = openai.OpenAI(api_key="sk-test", base_url=f"{world.openai.base}/v1", http_client=http_client(proxy, attempts))
    client.attempts = attempts
    return client


@pytest.fixture
def claude(proxy, world):
    attempts = Attempts()
    client = anthropic.Anthropic(api_key="sk-ant-test", base_url=world.anthropic.base, http_client=http_client(proxy, attempts))
    client.attempts = attempts
    return client


@pytest.fixture
def gem(proxy, world):
    attempts = Attempts()
    options = genai_types.HttpOptions(base_url=world.gemini.base, client_args={"proxy": proxy.url, "verify": proxy.ssl_context(), "event_hooks": {"request": [attempts]}})
    client = genai.Client(api_key="test-key", http_options=options)
    client.attempts = attempts
    return client


PROMPT = f"Skriv ett kort brev till Anna Lindqvist, personnummer {PNR}, om hennes ansökan."
RESTORED = f"{REPLY} Det gäller Anna Lindqvist och {PNR}."  # the stand-in quoted [NAMN_1] and [PERSONNUMMER_1]


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_openai_chat_completions_redacts_the_personnummer(oai, world, stream):
    messages = [{"role": "system", "content": "Du är en hjälpsam assistent."}, {"role": "user", "content": PROMPT}]
    if stream:
        text = "".join(chunk.choices[0].delta.content or "" for chunk in oai.chat.completions.create(model="gpt-4o", messages=messages, stream=True) if chunk.choices)
    else:
        text = oai.chat.completions.create(model="gpt-4o", messages=messages).choices[0].message.content
    assert text == RESTORED
    received = world.openai.only()
    assert_clean([received])
    body = received.json()
    assert body["messages"][1]["content"] == "Skriv ett kort brev till [NAMN_1], personnummer [PERSONNUMMER_1], om hennes ansökan."
    assert body["messages"][0]["content"] == "Du är en hjälpsam assistent."
    assert int(received.headers["content-length"]) == len(received.raw)


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_openai_responses_redacts_the_personnummer(oai, world, stream):
    if stream:
        events = oai.responses.create(model="gpt-4o", instructions="Svara kort.", input=PROMPT, stream=True)
        text = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    else:
        text = oai.responses.create(model="gpt-4o", instructions="Svara kort.", input=PROMPT).output_text
    assert text == RESTORED
    received = world.openai.only()
    assert_clean([received])
    assert "[PERSONNUMMER_1]" in received.json()["input"]


def test_openai_block_shows_the_notice_without_retrying(oai, world):
    with pytest.raises(openai.PermissionDeniedError) as caught:
        oai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": SECRET_CASE}])
    assert NOTICE_SV in str(caught.value) and "sekretess" in str(caught.value)
    assert caught.value.response.headers["x-should-retry"] == "false"
    assert oai.attempts.count == 1
    assert world.openai.received == []


def test_open_prompt_arrives_byte_identical(oai, world):
    captured = []
    oai._client.event_hooks["request"].append(lambda request: captured.append(request.read()))
    oai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Vad är skillnaden mellan en kommun och en region? Svara på svenska."}])
    assert world.openai.only().raw == captured[0]


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_anthropic_messages_redacts_the_personnummer(claude, world, stream):
    kwargs = dict(model="claude-x", max_tokens=100, system="Du är en hjälpsam assistent.", messages=[{"role": "user", "content": [{"type": "text", "text": PROMPT}]}])
    if stream:
        with claude.messages.stream(**kwargs) as events:
            text = events.get_final_text()
    else:
        text = claude.messages.create(**kwargs).content[0].text
    assert text == RESTORED
    received = world.anthropic.only()
    assert_clean([received])
    assert "[PERSONNUMMER_1]" in received.json()["messages"][0]["content"][0]["text"]


def test_anthropic_block_shows_the_notice_without_retrying(claude, world):
    with pytest.raises(anthropic.PermissionDeniedError) as caught:
        claude.messages.create(model="claude-x", max_tokens=100, messages=[{"role": "user", "content": SECRET_CASE}])
    assert NOTICE_SV in str(caught.value)
    assert claude.attempts.count == 1
    assert world.anthropic.received == []


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_gemini_generate_content_redacts_the_personnummer(gem, world, stream):
    config = genai_types.GenerateContentConfig(system_instruction="Du är en hjälpsam assistent.")
    if stream:
        text = "".join(chunk.text or "" for chunk in gem.models.generate_content_stream(model="gemini-x", contents=PROMPT, config=config))
    else:
        text = gem.models.generate_content(model="gemini-x", contents=PROMPT, config=config).text
    assert text == RESTORED
    received = world.gemini.only()
    assert_clean([received])
    assert "[PERSONNUMMER_1]" in received.json()["contents"][0]["parts"][0]["text"]


def test_gemini_block_shows_the_notice_without_retrying(gem, world):
    with pytest.raises(genai.errors.ClientError) as caught:
        gem.models.generate_content(model="gemini-x", contents=SECRET_CASE)
    assert caught.value.code == 403 and NOTICE_SV in caught.value.message
    assert gem.attempts.count == 1
    assert world.gemini.received == []
