"""WebSocket chat (Copilot's /c/api/chat) through the guard: client frames are checked like
bodies; a redacted frame arrives rewritten, a stopped frame never arrives and the client
gets the notice as a frame; SignalR's \\x1e-separated records and Socket.IO's packet prefix
keep their framing, and the JSON after them is read unescaped."""

from __future__ import annotations

import json

from websockets.sync.client import connect

from e2e.conftest import PNR, REPLY


def open_chat(proxy, world):
    return connect(f"wss://127.0.0.1:{world.copilot.port}/c/api/chat", proxy=proxy.url, ssl=proxy.ssl_context(), open_timeout=20, close_timeout=5)


def send(text: str) -> str:
    return json.dumps({"event": "send", "conversationId": "conv-1", "mode": "chat", "content": [{"type": "text", "text": text}]})


def test_websocket_frame_is_redacted_in_place_and_the_answer_gets_the_value_back(proxy, world):
    with open_chat(proxy, world) as chat:
        chat.send(send(f"Skriv ett brev om ärendet för {PNR}."))
        assert json.loads(chat.recv(timeout=10))["text"] == f"{REPLY} Det gäller {PNR}."
        assert json.loads(chat.recv(timeout=10)) == {"event": "done"}
    frame = world.copilot.only()
    assert PNR.encode() not in frame.raw
    assert json.loads(frame.raw)["content"][0]["text"] == "Skriv ett brev om ärendet för [PERSONNUMMER_1]."


def test_another_connection_never_gets_the_value(proxy, world):
    """The values are the connection's own: a second chat that quotes the placeholder gets it as it is."""
    with open_chat(proxy, world) as first, open_chat(proxy, world) as second:
        first.send(send(f"Ärende för {PNR}"))
        assert PNR in json.loads(first.recv(timeout=10))["text"]
        second.send(send("Vad betyder [PERSONNUMMER_1]?"))
        assert json.loads(second.recv(timeout=10))["text"] == f"{REPLY} Det gäller [PERSONNUMMER_1]."


def test_websocket_frame_that_breaks_the_rule_never_arrives_and_the_client_gets_the_notice(proxy, world):
    with open_chat(proxy, world) as chat:
        chat.send(send("SEKRETESS enligt 26 kap. 1 § OSL\nUtredning"))
        notice = json.loads(chat.recv(timeout=10))
        assert notice["error"]["code"] == "dlp_blocked" and notice["detail"].startswith("Stoppat av organisationens AI-skydd")
        chat.send(send("Vad är en bra rubrik för ett nyhetsbrev?"))
        assert json.loads(chat.recv(timeout=10))["text"] == REPLY
    assert [json.loads(r.raw)["content"][0]["text"] for r in world.copilot.received] == ["Vad är en bra rubrik för ett nyhetsbrev?"]


def test_signalr_records_are_checked_and_keep_their_framing(proxy, world):
    frame = json.dumps({"type": 1, "target": "chat", "arguments": [{"message": {"text": f"Mitt pnr är {PNR}"}}]}) + "\x1e"
    with open_chat(proxy, world) as chat:
        chat.send(frame)
        chat.recv(timeout=10)
    raw = world.copilot.only().raw.decode()
    assert raw.endswith("\x1e") and raw.count("\x1e") == 1
    assert json.loads(raw[:-1])["arguments"][0]["message"]["text"] == "Mitt pnr är [PERSONNUMMER_1]"


def test_socket_io_packets_are_read_as_json_and_keep_their_prefix(proxy, world):
    """42["event", …]: the JSON after the packet prefix is read unescaped, so a stamp on a line of
    its own is one (in the raw frame it reads "\\nKONFIDENTIELLT\\n"), and a rewrite keeps the prefix."""
    stamped = '42["ask",' + json.dumps("KONFIDENTIELLT\nBudget 2027 för enheten, se bilaga.", ensure_ascii=False) + "]"
    named = '42/chat,7["ask",' + json.dumps({"text": f"Skriv ett brev om ärendet för {PNR}."}, ensure_ascii=False) + "]"
    with open_chat(proxy, world) as chat:
        chat.send(stamped)
        assert json.loads(chat.recv(timeout=10))["error"]["code"] == "dlp_blocked"
        chat.send(named)
        chat.recv(timeout=10)
    raw = world.copilot.only().raw.decode()
    assert raw.startswith('42/chat,7["ask",') and PNR not in raw
    assert json.loads(raw.removeprefix("42/chat,7"))[1]["text"] == "Skriv ett brev om ärendet för [PERSONNUMMER_1]."
