"""The engine as callers use it: decisions, placeholders, monitor mode, nested payloads."""

from __future__ import annotations

import base64

from guard.config import load_config
from guard.engine import Engine
from guard.redact import Placeholders, RequestPlaceholders


def test_same_value_same_placeholder_across_turns(engine):
    book = Placeholders()
    first = engine.check("Pnr 811218-9876 och Anna Lindqvist", book)
    second = RequestPlaceholders(book)
    verdict = engine.check("Samma person: 19811218-9876, alltså Anna Lindqvist", second)
    assert first.text == "Pnr [PERSONNUMMER_1] och [NAMN_1]"
    assert verdict.text == "Samma person: [PERSONNUMMER_1], alltså [NAMN_1]"
    assert second.given == {"[PERSONNUMMER_1]": "19811218-9876", "[NAMN_1]": "Anna Lindqvist"}  # as this request wrote them


def test_base64_blob_is_redacted_inside_and_reencoded(engine):
    inner = "Kund: Nordkust Fastigheter AB, pnr 811218-9876"
    text = "Fil: " + base64.b64encode(inner.encode()).decode()
    verdict = engine.check(text)
    assert verdict.action == "redact"
    decoded = base64.b64decode(verdict.text.removeprefix("Fil: ")).decode()
    assert decoded == "Kund: [KUND_1], pnr [PERSONNUMMER_1]"


def test_values_around_blobs_are_each_redacted_once(engine):
    """Blobs between plain values: each value outside gets its placeholder, each blob is
    re-encoded with its own inside (the check that a value lies in a blob is a binary search)."""
    blob = base64.b64encode("Ärendet gäller pnr 811218-9876".encode()).decode()
    mails = [f"handlaggare{i}@exempel.se" for i in range(300)]
    text = f"{mails[0]} {blob} " + " ".join(mails[1:]) + f" {blob}"
    verdict = engine.check(text)
    words = verdict.text.split()
    assert words[0] == "[EPOST_1]" and words[2:-1] == [f"[EPOST_{i}]" for i in range(2, 301)]
    assert base64.b64decode(words[1]).decode() == base64.b64decode(words[-1]).decode() == "Ärendet gäller pnr [PERSONNUMMER_1]"


def test_secrecy_inside_base64_blocks(engine):
    blob = base64.b64encode("HEMLIG\nRapport om skyddsobjekt".encode()).decode()
    assert engine.check(f"sammanfatta {blob}").action == "block"


def test_monitor_mode_changes_nothing_but_records(tmp_path):
    config_dir = load_config().source
    policy = (tmp_path / "policy.yaml")
    policy.write_text(open(f"{config_dir}/policy.yaml", encoding="utf-8").read().replace("mode: enforce", "mode: monitor"), encoding="utf-8")
    (tmp_path / "customers.example.csv").write_text("name\nAcme AB\n", encoding="utf-8")
    engine = Engine(load_config(tmp_path))
    verdict = engine.check("Pnr 811218-9876")
    assert verdict.action == "log" and verdict.decision.intended == "redact" and verdict.text == "Pnr 811218-9876"


def test_allowlist_values_never_count(tmp_path):
    config_dir = load_config().source
    text = open(f"{config_dir}/policy.yaml", encoding="utf-8").read().replace("  values: []", "  values: ['08-508 290 00']")
    (tmp_path / "policy.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "customers.example.csv").write_text("name\nAcme AB\n", encoding="utf-8")
    engine = Engine(load_config(tmp_path))
    assert engine.check("Ring 08-508 290 00").action == "allow"


def test_large_customer_register(tmp_path):
    names = [f"Företag{i:05d} Bygg AB" for i in range(100_000)] + ["Solvik Marin AB"]
    engine = Engine(load_config().model_copy(update={"customers": tuple(names)}))
    assert engine.scanner.customer_count > 100_000
    verdict = engine.check("Offert till Solvik Marins kontor och företag00042 bygg")
    assert verdict.text == "Offert till [KUND_1] kontor och [KUND_2]"
