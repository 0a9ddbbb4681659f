"""Stage 2: find the prompt text in a request to an AI service, with a way back into the body.

One module per wire format. Each labels the segments that are messages of the conversation
(checked one by one, so resent history is recognised) and names the conversation when the
request carries an id. Every other text in the body is still returned, as ``fields``:
a service that adds a field never opens a hole. The generic adapter labels nothing and also
opens JSON nested in strings and form fields, for services whose format is unknown.
``read`` takes the body as bytes and also opens uploads (multipart parts, a file sent as the
body, base64 documents in JSON): each uploaded file's texts are grouped under ``files``.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from guard.adapters import anthropic, chatgpt_web, claude_web, copilot, deepseek_web, gemini, generic, openai, perplexity
from guard.adapters.body import Document, Segment, Unreadable, parse, parse_body
from guard.extract import Limits

ADAPTERS: dict[str, ModuleType] = {
    module.__name__.rsplit(".", 1)[1]: module
    for module in (openai, anthropic, gemini, chatgpt_web, claude_web, perplexity, deepseek_web, copilot, generic)
}

__all__ = ["ADAPTERS", "Extraction", "Segment", "Unreadable", "extract", "read"]


@dataclass
class Extraction:
    document: Document
    prompts: list[Segment]  # messages, in body order, each checked on its own
    fields: list[Segment]  # every other text, checked together
    conversation: str | None  # conversation id carried by the request, if any
    files: dict[str, list[Segment]]  # uploaded file -> its texts (all of them), each file checked on its own

    def render(self) -> bytes:
        return self.document.to_bytes()


def extract(adapter: str, url_path: str, content_type: str, text: str) -> Extraction:
    """Segments of a decoded request body; raises Unreadable if it is not what it claims."""
    module = ADAPTERS[adapter]
    return _sort(module, parse(text, content_type.lower(), nested=module is generic), url_path)


def read(adapter: str, url_path: str, content_type: str, body: bytes, limits: Limits = Limits()) -> Extraction:
    """Segments of a request body as bytes: text, multipart parts and uploaded files (whose
    unreadable ones are listed in ``document.unreadable``); raises Unreadable like ``extract``."""
    module = ADAPTERS[adapter]
    return _sort(module, parse_body(body, content_type, nested=module is generic, limits=limits), url_path)


def _sort(module: ModuleType, document: Document, url_path: str) -> Extraction:
    conversation = module.label(document, url_path) if document.value is not None else None
    prompts, fields, files = [], [], {}
    for segment in document.segments:
        if segment.prompt:
            prompts.append(segment)
        elif segment.file is not None:
            files.setdefault(segment.file, []).append(segment)
        elif module is generic or not _structural(segment, module.STRUCTURAL):
            fields.append(segment)
    return Extraction(document, prompts, fields, conversation, files)


def _structural(segment: Segment, names: frozenset[str]) -> bool:
    """Object keys and identifier fields (model, role, ids): never text someone typed."""
    path = segment.path
    return segment.key or (bool(path) and isinstance(path[-1], str) and path[-1] in names)
