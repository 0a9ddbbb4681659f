"""A local stand-in for an AI service: HTTPS on 127.0.0.1 that answers like the OpenAI API
(chat completions and responses, whole JSON or SSE streams a few characters per event; also
the Anthropic and Gemini shapes), quoting the placeholders of the prompt in its answer as
models do, and records every request it receives.

It serves `guard bench-proxy` (guard/proxybench.py) and the end-to-end tests
(tests/e2e/): each starts one with `start_upstream`, declares it as a service by
host:port in a copy of the configuration (`write_config`, `service_entry`) and points a
proxy at it, so nothing leaves the machine. The certificate is self-signed and made here.
"""

from __future__ import annotations

import datetime
import gzip
import ipaddress
import json
import shutil
import socket
import ssl
import threading
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from guard.config import DEFAULT_CONFIG_DIR
from guard.redact import PLACEHOLDER

# --- certificates ----------------------------------------------------------------------------

def make_cert(folder: Path, name: str) -> tuple[Path, Path, bytes]:
    """A self-signed certificate for 127.0.0.1/localhost: (cert file, key file, DER bytes)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=7))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / f"{name}.pem", folder / f"{name}.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return cert_file, key_file, cert.public_bytes(serialization.Encoding.DER)


# --- the stand-in service ------------------------------------------------------------------

@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    raw: bytes  # the body exactly as it arrived

    @property
    def body(self) -> bytes:
        """The body with its content-encoding undone."""
        encoding = self.headers.get("content-encoding", "")
        if encoding == "gzip":
            return gzip.decompress(self.raw)
        if encoding == "deflate":
            return zlib.decompress(self.raw)
        if encoding in ("br", "zstd"):
            from mitmproxy.net.encoding import decode

            return decode(self.raw, encoding)
        return self.raw

    def json(self):
        return json.loads(self.body)


@dataclass
class Upstream:
    name: str
    port: int
    der: bytes
    received: list[Received] = field(default_factory=list)
    server: object = None  # ThreadingHTTPServer, or websockets' Server

    @property
    def base(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def reset(self) -> None:
        self.received.clear()

    def stop(self) -> None:
        self.server.shutdown()
        if hasattr(self.server, "server_close"):
            self.server.server_close()

    def only(self) -> Received:
        assert len(self.received) == 1, f"expected one request upstream, got {len(self.received)}"
        return self.received[0]


def _sse(events: list[tuple[str | None, dict | str]]) -> bytes:
    out = b""
    for event, data in events:
        if event:
            out += f"event: {event}\n".encode()
        out += f"data: {data if isinstance(data, str) else json.dumps(data)}\n\n".encode()
    return out


REPLY = "Här är svaret."


def reply_text(request_body: bytes) -> str:
    """The answer a model gives: it quotes the placeholders its prompt carried, as real
    models do ("Hej [NAMN_1]"), so a test can see them restored on the way back."""
    quoted = list(dict.fromkeys(PLACEHOLDER.findall(request_body.decode("utf-8", "replace"))))
    return f"{REPLY} Det gäller {' och '.join(quoted)}." if quoted else REPLY


def _pieces(text: str) -> list[str]:
    """A streamed answer a few characters per event, as models stream tokens: a placeholder
    arrives in pieces ("[NA", "MN_", "1]")."""
    return [text[i:i + 3] for i in range(0, len(text), 3)]


def _openai_chat(body: dict, text: str) -> tuple[str, bytes]:
    if body.get("stream"):
        chunk = lambda delta, finish=None: {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": "m", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        deltas = [(None, chunk({"role": "assistant", "content": piece} if n == 0 else {"content": piece})) for n, piece in enumerate(_pieces(text))]
        return "text/event-stream", _sse([*deltas, (None, chunk({}, "stop")), (None, "[DONE]")])
    return "application/json", json.dumps({
        "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }).encode()


def _openai_responses(body: dict, text: str) -> tuple[str, bytes]:
    message = {"type": "message", "id": "msg_1", "status": "completed", "role": "assistant", "content": [{"type": "output_text", "text": text, "annotations": []}]}
    response = {"id": "resp_1", "object": "response", "created_at": 0, "status": "completed", "model": "m", "output": [message],
                "parallel_tool_calls": True, "tool_choice": "auto", "tools": []}
    if body.get("stream"):
        pieces = _pieces(text)
        return "text/event-stream", _sse([
            ("response.created", {"type": "response.created", "sequence_number": 0, "response": {**response, "status": "in_progress", "output": []}}),
            *[("response.output_text.delta", {"type": "response.output_text.delta", "sequence_number": n, "item_id": "msg_1", "output_index": 0, "content_index": 0, "delta": piece, "logprobs": []})
              for n, piece in enumerate(pieces, 1)],
            ("response.completed", {"type": "response.completed", "sequence_number": len(pieces) + 1, "response": response}),
        ])
    return "application/json", json.dumps(response).encode()


def _anthropic(body: dict, text: str) -> tuple[str, bytes]:
    message = {"id": "msg_1", "type": "message", "role": "assistant", "model": "m", "content": [{"type": "text", "text": text}],
               "stop_reason": "end_turn", "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 1}}
    if body.get("stream"):
        return "text/event-stream", _sse([
            ("message_start", {"type": "message_start", "message": {**message, "content": [], "stop_reason": None}}),
            ("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
            *[("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}}) for piece in _pieces(text)],
            ("content_block_stop", {"type": "content_block_stop", "index": 0}),
            ("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None}, "usage": {"output_tokens": 2}}),
            ("message_stop", {"type": "message_stop"}),
        ])
    return "application/json", json.dumps(message).encode()


def _gemini(path: str, text: str) -> tuple[str, bytes]:
    candidate = lambda part: {"candidates": [{"content": {"role": "model", "parts": [{"text": part}]}, "finishReason": "STOP", "index": 0}],
                              "usageMetadata": {"promptTokenCount": 1, "candidatesTokenCount": 1, "totalTokenCount": 2}, "modelVersion": "m"}
    if ":streamGenerateContent" in path:
        return "text/event-stream", _sse([(None, candidate(piece)) for piece in _pieces(text)])
    return "application/json", json.dumps(candidate(text)).encode()


def answer(path: str, body: bytes) -> tuple[str, bytes]:
    """What the real API would send back for a request (enough for the SDKs to parse)."""
    try:
        parsed = json.loads(body) if body else {}
    except ValueError:
        parsed = {}
    parsed = parsed if isinstance(parsed, dict) else {}
    route, text = path.split("?", 1)[0], reply_text(body)
    if route.endswith("/chat/completions"):
        return _openai_chat(parsed, text)
    if route.endswith("/responses"):
        return _openai_responses(parsed, text)
    if route.endswith("/messages"):
        return _anthropic(parsed, text)
    if ":generateContent" in route or ":streamGenerateContent" in route:
        return _gemini(route, text)
    return "application/json", b'{"ok": true}'


class _TLSServer(ThreadingHTTPServer):
    """HTTPS with the TLS handshake in the connection's own thread (with a timeout), so one
    slow or broken client can never stall the accept loop, or shutdown() at teardown."""

    daemon_threads = True
    context: ssl.SSLContext

    def finish_request(self, request, client_address) -> None:
        request.settimeout(30)
        request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # headers and body are two writes
        try:
            request = self.context.wrap_socket(request, server_side=True)
        except (OSError, ssl.SSLError):
            return
        super().finish_request(request, client_address)

    def handle_error(self, request, client_address) -> None:
        pass  # a client that went away mid-request; the caller sees what did arrive


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    upstream: Upstream

    def log_message(self, *args) -> None:
        pass

    def _body(self) -> bytes:
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            data = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    return data
                data += self.rfile.read(size)
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("content-length") or 0))

    def _handle(self) -> None:
        raw = self._body()
        received = Received(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, raw)
        self.upstream.received.append(received)
        try:
            decoded = received.body
        except (OSError, EOFError, ValueError, zlib.error):
            decoded = b""  # a broken body (the fail-open test) still gets an answer
        content_type, reply = answer(self.path, decoded)
        self.send_response(200)
        self.send_header("content-type", content_type)
        if content_type == "text/event-stream":
            self.send_header("connection", "close")
            self.end_headers()
            self.wfile.write(reply)
            self.close_connection = True
            return
        self.send_header("content-length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    do_GET = do_POST = do_PUT = _handle


def start_upstream(name: str, folder: Path, handler_class: type[BaseHTTPRequestHandler] | None = None) -> Upstream:
    """Serve on a free 127.0.0.1 port in a daemon thread; the certificate is written to folder/NAME.pem.

    ``handler_class`` (default: the AI-API stand-in) gets the Upstream as its ``upstream``
    attribute, so another stand-in (a web app's pages) reuses the same TLS server."""
    cert_file, key_file, der = make_cert(folder, name)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    upstream = Upstream(name, 0, der)
    handler = type(f"Handler_{name}", (handler_class or _Handler,), {"upstream": upstream})
    server = _TLSServer(("127.0.0.1", 0), handler)
    server.context = context
    upstream.port, upstream.server = server.server_address[1], server
    threading.Thread(target=server.serve_forever, name=f"upstream-{name}", daemon=True).start()
    return upstream


def free_port() -> int:
    """A port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- declaring it as a service ----------------------------------------------------------------

def service_entry(service_id: str, name: str, upstream: Upstream, adapter: str, status: str = "review") -> dict:
    """The catalogue entry (services.yaml) that makes the guard intercept this upstream."""
    return {"id": service_id, "name": name, "hosts": [f"127.0.0.1:{upstream.port}"], "status": status, "adapter": adapter}


def write_config(folder: Path, services: list[dict], policy_changes: dict | None = None) -> Path:
    """A copy of the embedded configuration with extra services (and policy settings)."""
    config = folder / "config"
    shutil.copytree(DEFAULT_CONFIG_DIR, config)
    catalogue = yaml.safe_load((config / "services.yaml").read_text())
    catalogue["services"].extend(services)
    (config / "services.yaml").write_text(yaml.safe_dump(catalogue, allow_unicode=True, sort_keys=False))
    if policy_changes:
        policy = (config / "policy.yaml").read_text()
        for key, value in policy_changes.items():
            policy = "\n".join(f"{key}: {value}" if line.split(":")[0] == key else line for line in policy.splitlines())
        (config / "policy.yaml").write_text(policy + "\n")
    return config
