"""Stage 6 (for a stop): what the employee is told, in Swedish first and English second.

A notice names the category that was hit (never the value), the rule and its legal basis,
what to do instead, the approved services from the catalogue, and an incident id that IT
can look up. API clients get the JSON error of DESIGN.md, which the openai, anthropic and
google-genai SDKs show as a readable message and never retry (403, x-should-retry: false);
a browser page navigation gets an HTML page. Texts live in config/notices/.
"""

from __future__ import annotations

import html
import json
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Literal

from pydantic import model_validator

from guard.catalogue import Catalogue
from guard.config import DEFAULT_CONFIG_DIR, ConfigError, _read_text, _Strict, validate_yaml
from recognizers import ENTITY_TYPES

Reason = Literal["too_large", "timeout", "encoding", "binary", "no_body", "error"]
_FIELDS = {"categories": "", "rule": "", "approved": "", "service": "", "reason": "", "incident": ""}


class _Text(_Strict):
    title: str
    text: str


class _Kind(_Strict):
    sv: _Text
    en: _Text

    @model_validator(mode="after")
    def _placeholders_known(self) -> "_Kind":
        for text in (self.sv.text, self.en.text):
            try:
                text.format(**_FIELDS)
            except (KeyError, IndexError, ValueError) as exc:
                raise ValueError(f"unknown placeholder {exc} (known: {', '.join('{' + f + '}' for f in _FIELDS)})") from None
        return self


class _Pair(_Strict):
    sv: str
    en: str


class _CategoryText(_Strict):
    name: str
    rule: str


class _Category(_Strict):
    entities: list[str]
    sv: _CategoryText
    en: _CategoryText


class NoticeTexts(_Strict):
    version: Literal[1] = 1
    blocked: _Kind
    forbidden: _Kind
    unchecked: _Kind
    no_approved: _Pair
    in_file: _Pair  # added to a block when a value that is otherwise redacted sits inside an uploaded document
    reasons: dict[Reason, _Pair]
    categories: dict[str, _Category]

    @model_validator(mode="after")
    def _complete(self) -> "NoticeTexts":
        missing = [r for r in Reason.__args__ if r not in self.reasons]
        if missing:
            raise ValueError(f"reasons: no text for {', '.join(missing)}")
        seen: dict[str, str] = {}
        for name, category in self.categories.items():
            for entity in category.entities:
                if entity not in ENTITY_TYPES:
                    raise ValueError(f"categories.{name}: unknown entity type {entity!r}")
                if entity in seen:
                    raise ValueError(f"categories.{name}: {entity} is already in {seen[entity]}")
                seen[entity] = name
        missing = [e for e in ENTITY_TYPES if e not in seen]
        if missing:
            raise ValueError(f"categories: no category for {', '.join(missing)}")
        return self


@dataclass(frozen=True)
class Notice:
    kind: str  # blocked | forbidden | unchecked
    incident: str
    title_sv: str
    text_sv: str
    title_en: str
    text_en: str

    @property
    def message(self) -> str:
        return f"{self.text_sv}\n\n{self.text_en}"

    def json_body(self) -> bytes:
        error = {"type": "permission_error", "code": "dlp_blocked", "status": "PERMISSION_DENIED", "message": self.message}
        return json.dumps({"type": "error", "error": error, "detail": self.message}, ensure_ascii=False).encode("utf-8")

    def html_body(self, page: Template) -> bytes:
        fields = {k: html.escape(v) for k, v in vars(self).items() if k != "kind"}
        return page.substitute(fields).encode("utf-8")


def wants_html(headers: Mapping[str, str]) -> bool:
    """A browser page navigation, as opposed to an API client or a web app's own fetch.

    Browsers say which in Fetch Metadata (``Sec-Fetch-Mode: navigate``); a web app's fetch may
    also ask for text/html, so Accept decides only for clients that send no Fetch Metadata."""
    mode = headers.get("sec-fetch-mode", "").lower()
    if mode:
        return mode == "navigate"
    return "text/html" in headers.get("accept", "").lower()


def new_incident_id() -> str:
    return time.strftime("G%Y%m%d-", time.gmtime()) + secrets.token_hex(4)


class Notices:
    """Notice texts bound to a catalogue (for the approved services they name)."""

    def __init__(self, texts: NoticeTexts, page: Template, catalogue: Catalogue) -> None:
        self.texts = texts
        self.page = page
        self._category = {e: name for name, c in texts.categories.items() for e in c.entities}
        approved = [s.name for s in catalogue.approved()]
        self._approved = {lang: ", ".join(approved) or getattr(texts.no_approved, lang) for lang in ("sv", "en")}

    def blocked(self, entity_types: list[str], incident: str, in_file: bool = False) -> Notice:
        names = dict.fromkeys(self._category[e] for e in entity_types if e in self._category)
        categories = [self.texts.categories[name] for name in names]
        return self._make("blocked", incident, lambda lang: {
            "categories": _join([getattr(c, lang).name for c in categories], lang),
            "rule": " ".join([getattr(c, lang).rule for c in categories] + ([getattr(self.texts.in_file, lang)] if in_file else [])),
        })

    def forbidden(self, service_name: str, incident: str) -> Notice:
        return self._make("forbidden", incident, lambda lang: {"service": service_name})

    def unchecked(self, reason: Reason, incident: str) -> Notice:
        return self._make("unchecked", incident, lambda lang: {"reason": getattr(self.texts.reasons[reason], lang)})

    def _make(self, kind: str, incident: str, fields) -> Notice:
        texts = getattr(self.texts, kind)
        out = {}
        for lang in ("sv", "en"):
            values = {**_FIELDS, "approved": self._approved[lang], "incident": incident, **fields(lang)}
            out[lang] = (getattr(texts, lang).title, getattr(texts, lang).text.format(**values))
        return Notice(kind, incident, out["sv"][0], out["sv"][1], out["en"][0], out["en"][1])


def _join(names: list[str], lang: str) -> str:
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + (" och " if lang == "sv" else " and ") + names[-1]


def load_notices(catalogue: Catalogue, config_dir: Path | None = None) -> tuple[Notices, Path]:
    """Notice texts of a configuration directory, or the embedded ones if it has none."""
    folder = Path(config_dir or DEFAULT_CONFIG_DIR) / "notices"
    if not (folder / "notices.yaml").exists():
        folder = DEFAULT_CONFIG_DIR / "notices"
    path = folder / "notices.yaml"
    texts = validate_yaml(NoticeTexts, _read_text(path), str(path))
    page = Template(_read_text(folder / "page.html"))
    try:
        page.substitute(title_sv="", text_sv="", title_en="", text_en="", incident="")
    except (KeyError, ValueError) as exc:
        raise ConfigError(f"{folder / 'page.html'}: unknown or broken placeholder {exc} (known: $title_sv $text_sv $title_en $text_en $incident)") from None
    return Notices(texts, page, catalogue), path
