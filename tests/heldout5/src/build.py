"""Build tests/heldout5 from the hand-written sources in this folder.

Sources: protected_*.txt and open_*.txt, read in sorted file order. Each case starts with a header line
    === genre | lang | expected | note
followed by the text (up to the next header; trailing blank lines are dropped).

Markup inside a text:
    ⟦T:value⟧   an annotated entity; T is a full type name or one of the short forms in SHORT.
                In values of Luhn-checked types (PNR, SAM, ORG, BG, PG, CARD) a '#' is replaced by the
                check digit (personnummer/samordningsnummer/orgnr: Luhn over the last 9 digits before it;
                bankgiro/plusgiro/cards: Luhn over all digits before it). In IBAN values '##' after the
                country code is replaced by the ISO 7064 mod 97 check digits.
    ⟪value⟫     a NOT annotated look-alike; '#' = correct Luhn digit (over the last 9 digits before it
                if the value looks like a 10/12-digit id, else all digits), '~' = a deliberately WRONG one.
    «rnd:N» «hex:N» «up:N» «low:N» «num:N» «b64:N»   deterministic pseudo-random strings (seeded per case),
                used for invented API keys and tokens.

Output: ../protected.jsonl, ../open.jsonl, ../spans.json. Deterministic: the same sources give the same bytes.
The expected action is written by hand in each header and checked here against POLICY.md's default actions.
"""
import json, re, random, hashlib, pathlib, sys
from stdnum import luhn, iban
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "heldout"))
from validate import expected_of  # POLICY.md's default actions, stated once

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
SHORT = {"PNR": "SE_PERSONNUMMER", "SAM": "SE_SAMORDNINGSNUMMER", "ORG": "SE_ORGANISATIONSNUMMER",
         "CUST": "CUSTOMER", "SEC": "SECRECY_MARKER", "INT": "INTERNAL_MARKER", "SENS": "SENSITIVE_DATA",
         "PER": "PERSON", "TEL": "PHONE_NUMBER", "MAIL": "EMAIL_ADDRESS", "ADR": "SE_ADDRESS",
         "IBAN": "IBAN_CODE", "BG": "SE_BANKGIRO", "PG": "SE_PLUSGIRO", "CARD": "CREDIT_CARD",
         "KEY": "CREDENTIAL", "ACCT": "SE_BANK_ACCOUNT"}
TYPES = set(SHORT.values())
ID9 = {"SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER", "SE_ORGANISATIONSNUMMER"}


def fill_check(value, nine, wrong=False):
    """Replace the first '#' (or '~' = wrong digit) by a Luhn check digit over the digits before it."""
    m = re.search(r"[#~]", value)
    if not m: return value
    before = re.sub(r"\D", "", value[:m.start()])
    if nine: before = before[-9:]
    d = int(luhn.calc_check_digit(before))
    if m.group(0) == "~" or wrong: d = (d + 3) % 10
    return value[:m.start()] + str(d) + value[m.end():]


def fill_iban(value):
    if "##" not in value: return value
    compact = re.sub(r"\s", "", value.replace("##", "00"))
    cd = iban.calc_check_digits(compact)
    return value.replace("##", cd, 1)


ALPH = {"rnd": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
        "hex": "0123456789abcdef", "up": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        "low": "abcdefghijklmnopqrstuvwxyz0123456789", "num": "0123456789",
        "b64": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"}


def parse(path):
    cases = []
    cur = None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("=== "):
            parts = [p.strip() for p in line[4:].split("|", 3)]
            if len(parts) != 4: sys.exit(f"{path.name}: bad header {line!r}")
            cur = {"genre": parts[0], "lang": parts[1], "expected": parts[2], "note": parts[3], "lines": []}
            cases.append(cur)
        elif cur is not None:
            cur["lines"].append(line)
        elif line.strip() and not line.startswith("#"):
            sys.exit(f"{path.name}: text before first header")
    for c in cases:
        c["raw"] = "\n".join(c["lines"]).strip("\n")
    return cases


def render(raw, seed):
    rng = random.Random(int(hashlib.sha256(seed.encode()).hexdigest(), 16))
    raw = re.sub(r"«(rnd|hex|up|low|num|b64):(\d+)»",
                 lambda m: "".join(rng.choice(ALPH[m.group(1)]) for _ in range(int(m.group(2)))), raw)
    # non-annotated look-alikes
    def lookalike(m):
        v = m.group(1)
        nine = len(re.sub(r"\D", "", re.split(r"[#~]", v)[0])) in (9, 11)
        return fill_check(v, nine)
    raw = re.sub(r"⟪(.*?)⟫", lookalike, raw, flags=re.S)
    text, spans, pos = [], [], 0
    out_len = 0
    for m in re.finditer(r"⟦([A-Z_]+):(.*?)⟧", raw, flags=re.S):
        chunk = raw[pos:m.start()]
        text.append(chunk); out_len += len(chunk)
        t = SHORT.get(m.group(1), m.group(1))
        if t not in TYPES: sys.exit(f"{seed}: unknown type {m.group(1)}")
        v = m.group(2)
        if t in ID9: v = fill_check(v, True)
        elif t in ("SE_BANKGIRO", "SE_PLUSGIRO", "CREDIT_CARD"): v = fill_check(v, False)
        elif t == "IBAN_CODE": v = fill_iban(v)
        spans.append({"type": t, "value": v, "start": out_len, "end": out_len + len(v)})
        text.append(v); out_len += len(v); pos = m.end()
    text.append(raw[pos:])
    text = "".join(text)
    if re.search(r"[⟦⟧⟪⟫]|«(rnd|hex|up|low|num|b64):", text): sys.exit(f"{seed}: unbalanced markup")
    return text, spans


def check_all_marked(cid, text, spans):
    """Every whole-word occurrence of an annotated value must itself be annotated."""
    covered = {(s["start"], s["end"]) for s in spans}
    for s in spans:
        v = s["value"]
        for m in re.finditer(re.escape(v), text):
            a, b = m.start(), m.end()
            if (a, b) in covered: continue
            if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "_-@.") and v[0].isalnum(): continue
            if b < len(text) and (text[b].isalnum() or text[b] in "_@") and v[-1].isalnum(): continue
            if any(x <= a and b <= y for (x, y) in covered): continue  # part of a longer annotated value
            sys.exit(f"{cid}: unannotated occurrence of {s['type']} {v!r} at {a}")


def main():
    allspans = {}
    for kind, letter in (("protected", "p"), ("open", "o")):
        rows = []
        n = 0
        for path in sorted(HERE.glob(f"{kind}_*.txt")):
            for c in parse(path):
                n += 1
                cid = f"h5{letter}-{n:03d}"
                text, spans = render(c["raw"], cid)
                check_all_marked(cid, text, spans)
                ents, seen = [], set()
                for s in spans:
                    k = (s["type"], s["value"])
                    if k not in seen:
                        seen.add(k); ents.append({"type": s["type"], "value": s["value"]})
                exp = expected_of({e["type"] for e in ents})
                if exp != c["expected"]:
                    sys.exit(f"{cid} ({path.name}, {c['note'][:50]}): header says {c['expected']}, entities give {exp}")
                rows.append({"id": cid, "genre": c["genre"], "lang": c["lang"], "text": text,
                             "expected": c["expected"], "entities": ents, "note": c["note"]})
                allspans[cid] = spans
        with open(OUT / f"{kind}.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(kind, len(rows))
    (OUT / "spans.json").write_text(json.dumps(allspans, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
