"""Placeholders put back into replies: only a request's own, in whole and streamed replies,
also when a streamed placeholder arrives in pieces; nothing of the stream is ever lost."""

from __future__ import annotations

import json

import pytest

from guard.inspection import Inspector
from guard.restore import EventStream, restore_frame, restore_text

PNR = "811218-9876"
VALUES = {"[NAMN_1]": "Anna Lindqvist", "[PERSONNUMMER_1]": PNR}


def openai_events(pieces: list[str], newline: str = "\n") -> bytes:
    chunk = lambda delta: {"id": "c1", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}  # noqa: E731
    events = [f"data: {json.dumps(chunk({'content': piece}), ensure_ascii=False)}" for piece in pieces] + ["data: [DONE]"]
    return "".join(event + newline * 2 for event in events).encode()


def deltas(stream: bytes) -> str:
    """The text a client joins from an OpenAI chat stream."""
    out = []
    for event in stream.replace(b"\r\n", b"\n").split(b"\n\n"):
        if event.startswith(b"data: {"):
            out.append(json.loads(event[6:])["choices"][0]["delta"].get("content", ""))
    return "".join(out)


def feed(stream: bytes, values: dict[str, str], step: int) -> bytes:
    restore = EventStream(values)
    return b"".join(restore(stream[i:i + step]) for i in range(0, len(stream), step)) + restore(b"")


def test_text_and_json_replies():
    assert restore_text("Hej [NAMN_1], ditt ärende [NAMN_2].", VALUES) == "Hej Anna Lindqvist, ditt ärende [NAMN_2]."
    assert restore_text('{"text": "Till [NAMN_1]"}', {"[NAMN_1]": 'Anna "A" \\ L'}, json_escaped=True) == '{"text": "Till Anna \\"A\\" \\\\ L"}'
    assert json.loads(restore_text('{"t": "[NAMN_1]"}', {"[NAMN_1]": 'Anna "A"'}, json_escaped=True)) == {"t": 'Anna "A"'}
    assert restore_text("[se bilaga] och [NAMN]", VALUES) == "[se bilaga] och [NAMN]"



def test_websocket_frames_json_signalr_and_text():
    quoted = {"[NAMN_1]": 'Anna "A"'}
    signalr = json.dumps({"type": 1, "target": "update", "arguments": [{"text": "Hej [NAMN_1]"}]}) + "\x1e" + json.dumps({"type": 3}) + "\x1e"
    restored = restore_frame(signalr, quoted)
    records = restored.split("\x1e")
    assert records[2] == "" and json.loads(records[0])["arguments"][0]["text"] == 'Hej Anna "A"' and json.loads(records[1]) == {"type": 3}
    assert json.loads(restore_frame('{"event": "appendText", "text": "[NAMN_1]!"}', quoted)) == {"event": "appendText", "text": 'Anna "A"!'}
    assert restore_frame("Hej [NAMN_1], [NAMN_2]", quoted) == 'Hej Anna "A", [NAMN_2]'  # not JSON: the value as it is
    assert restore_frame('{"text": "[NA"}', quoted) == '{"text": "[NA"}'  # a piece is left as it came
    assert json.loads(restore_frame('42["answer",{"text":"Hej [NAMN_1]"}]', quoted).removeprefix("42")) == ["answer", {"text": 'Hej Anna "A"'}]  # Socket.IO

@pytest.mark.parametrize("step", [1, 7, 64, 10_000])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_placeholders_in_pieces_are_joined_and_restored(step, newline):
    pieces = ["Hej ", "[", "NA", "MN_", "1", "], ditt pnr är [PERS", "ONNUMMER_1].", " Klart."]
    out = feed(openai_events(pieces, newline), VALUES, step)
    assert deltas(out) == f"Hej Anna Lindqvist, ditt pnr är {PNR}. Klart."
    assert out.endswith(f"data: [DONE]{newline}{newline}".encode())


def test_events_without_placeholders_pass_byte_identical():
    stream = openai_events(["Hej ", "och ", "[se bilaga]", " tack."]) + b": keep-alive comment\n\nevent: ping\ndata: x\n\n"
    assert feed(stream, VALUES, 5) == stream


def test_a_start_that_is_never_completed_is_sent_as_it_came():
    """The stream ends, or a non-JSON event comes, while a placeholder's start is held."""
    ending = openai_events(["Hej [NA"])[:-len(b"data: [DONE]\n\n")]
    assert feed(ending, VALUES, 3) == ending
    interrupted = openai_events(["Hej [NA"]) + openai_events(["MN_1]"])
    assert deltas(feed(interrupted, VALUES, 3)) == "Hej [NAMN_1]"  # [DONE] came between: both pieces kept, none joined


def test_only_the_requests_own_placeholders_are_restorable(engine):
    """Two requests of one conversation: the reply to the second may only get back what the
    second carried, never the first one's value."""
    inspector = Inspector(engine)
    body = lambda text: json.dumps({"model": "m", "messages": [{"role": "user", "content": text}]}).encode()  # noqa: E731
    first = inspector.inspect("openai", "/v1/chat/completions", "application/json", body(f"Kalla {PNR} till möte"), "client-a")
    assert first.restorable == {"[PERSONNUMMER_1]": PNR}
    chat = lambda *texts: json.dumps({"model": "m", "messages": [{"role": "user", "content": t} for t in texts]}).encode()  # noqa: E731
    second = inspector.inspect("openai", "/v1/chat/completions", "application/json", chat(f"Kalla {PNR} till möte", "Skriv till Anna Lindqvist"), "client-a")
    assert second.restorable == {"[PERSONNUMMER_1]": PNR, "[NAMN_1]": "Anna Lindqvist"}  # the resent first message is its own too
    open_prompt = inspector.inspect("openai", "/v1/chat/completions", "application/json", chat(f"Kalla {PNR} till möte", "Vad är klockan?"), "client-b")
    assert open_prompt.restorable == {"[PERSONNUMMER_1]": PNR}  # another client: its own book, its own value
    nothing = inspector.inspect("openai", "/v1/chat/completions", "application/json", body("Vad är klockan?"), "client-a")
    assert nothing.action == "allow" and nothing.restorable == {}
