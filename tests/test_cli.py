"""`guard scan` as people call it: the DESIGN.md contract and every kind of bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GUARD = [sys.executable, "-m", "guard.cli"]
PNR = "811218-9876"


def run(args, stdin: bytes, timeout=120):
    return subprocess.run(GUARD + args, input=stdin, capture_output=True, timeout=timeout)


def test_single_prompt_redacts_and_never_prints_the_value():
    text = f"Skriv till Anna Lindqvist, pnr {PNR}."
    out = run(["scan"], text.encode())
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["action"] == "redact"
    assert PNR not in out.stdout.decode() and "Lindqvist" not in out.stdout.decode()
    assert "[PERSONNUMMER_1]" in result["text"]
    start = text.index(PNR)
    assert {"type": "SE_PERSONNUMMER", "start": start, "end": start + len(PNR)} == {k: v for k, v in result["findings"][-1].items() if k != "score"}


def test_block_prints_null_text():
    out = run(["scan"], "SEKRETESS enligt 26 kap. 1 § OSL\nAnteckning".encode())
    result = json.loads(out.stdout)
    assert result["action"] == "block" and result["text"] is None


def test_open_text_is_returned_unchanged():
    text = "Hur skriver jag en bra mötesagenda?"
    result = json.loads(run(["scan"], text.encode()).stdout)
    assert result == {"action": "allow", "text": text, "findings": []}


def test_jsonl_keeps_ids_and_order():
    lines = [{"id": "a", "text": f"pnr {PNR}"}, {"id": 7, "text": "hej"}, {"id": "c", "text": "HEMLIG\nx"}]
    out = run(["scan", "--jsonl"], "\n".join(json.dumps(l) for l in lines).encode())
    results = [json.loads(l) for l in out.stdout.decode().splitlines()]
    assert [(r["id"], r["action"]) for r in results] == [("a", "redact"), (7, "allow"), ("c", "block")]


def test_empty_input_is_an_allowed_empty_prompt():
    assert json.loads(run(["scan"], b"").stdout) == {"action": "allow", "text": "", "findings": []}


@pytest.mark.parametrize("args, stdin, message", [
    (["scan"], b"\xff\xfe pnr", "not valid UTF-8"),
    (["scan"], b"text\x00\x01binary", "binary data"),
    (["scan", "--jsonl"], b'{"id": 1, "text": "ok"}\n{"id": 2, "text": \n', "line 2: not valid JSON"),
    (["scan", "--jsonl"], b'{"id": 1, "txt": "ok"}\n', "line 1: expected an object"),
    (["scan", "--max-bytes", "10"], b"a" * 11, "over the limit"),
])
def test_bad_input_is_one_line_exit_2(args, stdin, message):
    out = run(args, stdin)
    assert out.returncode == 2
    assert message in out.stderr.decode()
    assert len(out.stderr.decode().strip().splitlines()) == 1
    assert out.stdout == b""


def test_bad_jsonl_line_loses_no_output_midway():
    good = json.dumps({"id": 1, "text": f"pnr {PNR}"})
    out = run(["scan", "--jsonl"], f"{good}\n{good}\nnot json\n".encode())
    assert out.returncode == 2 and out.stdout == b"" and "line 3" in out.stderr.decode()


def test_customer_csv_without_name_column(tmp_path: Path):
    csv = tmp_path / "kunder.csv"
    csv.write_text("foretag;ort\nAcme;Lund\n", encoding="utf-8")
    out = run(["scan", "--customers", str(csv)], b"hej")
    assert out.returncode == 2 and "no 'name' column" in out.stderr.decode()


def test_customers_option_replaces_the_register(tmp_path: Path):
    csv = tmp_path / "kunder.csv"
    csv.write_text("name;ort\nVattenfall Gruppen Norrbotten AB;Luleå\n", encoding="utf-8")
    result = json.loads(run(["scan", "--customers", str(csv)], "Ring vattenfall gruppen norrbotten idag".encode()).stdout)
    assert result["action"] == "redact" and result["text"] == "Ring [KUND_1] idag"


@pytest.mark.parametrize("edit, message", [
    (lambda p: p.replace("SE_PERSONNUMMER:        {action: redact", "SE_PERSONNUMER:        {action: redact"), "unknown entity type 'SE_PERSONNUMER'"),
    (lambda p: p.replace("CUSTOMER:               {action: redact", "CUSTOMER:               {action: hide"), "entities.CUSTOMER.action"),
    (lambda p: p.replace("mode: enforce", "mode: audit"), "mode"),
    (lambda p: p + "\nunknown_setting: 1\n", "unknown_setting: unknown setting"),
    (lambda p: p.replace("entities:", "entities: ["), "not valid YAML"),
])
def test_policy_errors_name_file_line_and_key(tmp_path: Path, edit, message):
    policy = (Path(__file__).parent.parent / "config" / "policy.yaml").read_text(encoding="utf-8")
    (tmp_path / "policy.yaml").write_text(edit(policy), encoding="utf-8")
    (tmp_path / "customers.example.csv").write_text("name\nAcme AB\n", encoding="utf-8")
    out = run(["scan", "--config", str(tmp_path)], b"hej")
    err = out.stderr.decode()
    assert out.returncode == 2 and message in err and "policy.yaml:" in err, err
    assert "Traceback" not in err


def test_ten_megabyte_prompt_gets_a_decision():
    paragraph = "Mötesanteckningar om budgeten och nya rutiner för uppföljning av AI-användning. "
    text = (paragraph * (10_000_000 // len(paragraph))) + f"\nKlient pnr {PNR}\n"
    out = run(["scan"], text.encode(), timeout=300)
    assert out.returncode == 0, out.stderr[-500:]
    assert json.loads(out.stdout)["action"] == "redact"


def test_scan_works_without_any_network():
    """Air-gapped: no model, list or suffix file is fetched (run in an empty network namespace)."""
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("unshare -rn is not permitted here")
    out = subprocess.run(["unshare", "-rn", *GUARD, "scan"], input=f"Mejla anna.lindqvist@gmail.com, pnr {PNR}".encode(), capture_output=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["text"] == "Mejla [EPOST_1], pnr [PERSONNUMMER_1]"
