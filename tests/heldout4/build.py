"""Build heldout4: read the hand-written cases in src/p_*.py (protected) and src/o_*.py (open),
compute identifiers (src/gen.py), strip the annotation markup, and write protected.jsonl,
open.jsonl and spans.json.

Markup in case texts:  ⟦TYPE:value⟧  marks one occurrence of an entity (TYPE is a short code,
see CODES); ⟪kind:arg⟫ is a generated value (see src/gen.py). Every occurrence of an annotated
value must be marked; the build warns about unmarked repeats.

Run: ../../.venv/bin/python build.py   (from this folder), then
     ../../.venv/bin/python ../heldout/validate.py .
"""
import importlib, json, pathlib, re, sys, textwrap
sys.dont_write_bytecode = True

here = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(here / "src"))
from gen import expand
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "heldout"))
from validate import expected_of  # POLICY.md's default actions, stated once

CODES = {"PNR": "SE_PERSONNUMMER", "SAM": "SE_SAMORDNINGSNUMMER", "ORG": "SE_ORGANISATIONSNUMMER",
         "SEC": "SECRECY_MARKER", "INT": "INTERNAL_MARKER", "SEN": "SENSITIVE_DATA", "NAME": "PERSON",
         "TEL": "PHONE_NUMBER", "MAIL": "EMAIL_ADDRESS", "ADR": "SE_ADDRESS", "IBAN": "IBAN_CODE",
         "BG": "SE_BANKGIRO", "PG": "SE_PLUSGIRO", "CARD": "CREDIT_CARD", "CRED": "CREDENTIAL",
         "KONTO": "SE_BANK_ACCOUNT"}


MARK = re.compile(r"⟦([A-Z]+):(.*?)⟧", re.S)

def parse(raw):
    text = expand(textwrap.dedent(raw).strip("\n"))
    out, spans, pos = [], [], 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        start = sum(len(x) for x in out)
        code, value = m.group(1), m.group(2)
        if code not in CODES: raise ValueError(f"unknown code {code}")
        out.append(value)
        spans.append({"type": CODES[code], "value": value, "start": start, "end": start + len(value)})
        pos = m.end()
    out.append(text[pos:])
    clean = "".join(out)
    assert "⟦" not in clean and "⟧" not in clean and "⟪" not in clean, clean
    return clean, spans

def warn_unmarked(cid, text, spans):
    covered = [(s["start"], s["end"]) for s in spans]
    for v in {s["value"] for s in spans}:
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                print(f"WARN {cid}: unmarked occurrence of {v!r} at {m.start()}")

def main():
    allspans, total = {}, 0
    for kind, prefix, fname in (("p", "h4p", "protected.jsonl"), ("o", "h4o", "open.jsonl")):
        rows = []
        for mod in sorted(here.glob(f"src/{kind}_*.py")):
            for c in importlib.import_module(mod.stem).CASES:
                rows.append(c)
        lines = []
        for n, c in enumerate(rows, 1):
            cid = f"{prefix}-{n:03d}"
            text, spans = parse(c["text"])
            ents, seen = [], set()
            for s in spans:
                if (s["type"], s["value"]) not in seen:
                    seen.add((s["type"], s["value"])); ents.append({"type": s["type"], "value": s["value"]})
            exp = expected_of({e["type"] for e in ents})
            if kind == "p" and exp not in ("block", "redact"): print(f"ERROR {cid}: protected case gives {exp}")
            if kind == "o" and exp not in ("allow", "log"): print(f"ERROR {cid}: open case gives {exp}")
            if c.get("expect") and c["expect"] != exp: print(f"ERROR {cid}: intended {c['expect']}, entities give {exp}")
            warn_unmarked(cid, text, spans)
            lines.append(json.dumps({"id": cid, "genre": c["genre"], "lang": c.get("lang", "sv"), "text": text,
                                     "expected": exp, "entities": ents, "note": c["note"]}, ensure_ascii=False))
            allspans[cid] = spans
        (here / fname).write_text("\n".join(lines) + "\n", encoding="utf-8")
        total += len(lines)
        print(fname, len(lines))
    (here / "spans.json").write_text(json.dumps(allspans, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
