"""Build tests/heldout7 from the hand-written sources in this folder.

Source format (src/protected_*.txt, src/open_*.txt):
    === h7p-001 | genre | sv | note
    text ... (until the next === line; surrounding blank lines are stripped)
Inline markup: ⟦CODE:value⟧ marks an entity occurrence. In a value, '?' is a check digit computed
here (Luhn for personnummer/samordningsnummer/organisationsnummer/bankgiro/plusgiro/cards, mod 97 for
IBAN 'SE??'); {R:n} is a deterministic random alphanumeric string, {H:n} hex. ⟦~CODE:value⟧ writes a
look-alike with a deliberately WRONG check digit and no entity (number look-alikes in open texts).
Deterministic: same sources -> same output. Run: python tests/heldout7/src/build.py
"""
import json, random, re, pathlib, sys
from stdnum import luhn, iban
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "heldout"))
from validate import expected_of  # POLICY.md's default actions, stated once

SRC = pathlib.Path(__file__).parent
OUT = SRC.parent
CODES = {"PNR": "SE_PERSONNUMMER", "SAMO": "SE_SAMORDNINGSNUMMER", "ORG": "SE_ORGANISATIONSNUMMER",
         "KUND": "CUSTOMER", "SEC": "SECRECY_MARKER", "INT": "INTERNAL_MARKER", "SENS": "SENSITIVE_DATA",
         "P": "PERSON", "TEL": "PHONE_NUMBER", "MAIL": "EMAIL_ADDRESS", "ADR": "SE_ADDRESS", "IBAN": "IBAN_CODE",
         "BG": "SE_BANKGIRO", "PG": "SE_PLUSGIRO", "CARD": "CREDIT_CARD", "CRED": "CREDENTIAL",
         "KONTO": "SE_BANK_ACCOUNT"}
MARK = re.compile(r"⟦(~?)([A-Z]+):(.*?)⟧", re.S)
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def fill(code, value, wrong, rng):
    value = re.sub(r"\{R:(\d+)\}", lambda m: "".join(rng.choice(ALNUM) for _ in range(int(m[1]))), value)
    value = re.sub(r"\{H:(\d+)\}", lambda m: "".join(rng.choice("0123456789abcdef") for _ in range(int(m[1]))), value)
    if code == "IBAN" and "??" in value:
        compact = re.sub(r"\s", "", value).replace("??", "00")
        cd = iban.calc_check_digits(compact)
        if wrong: cd = f"{(int(cd) + 7) % 97 + 2:02d}"
        return value.replace("??", cd, 1)
    if "?" in value:
        known = re.sub(r"\D", "", value.split("?")[0])
        if code in ("PNR", "SAMO", "ORG"): known = known[-9:]
        cd = int(luhn.calc_check_digit(known))
        if wrong: cd = (cd + 3) % 10
        return value.replace("?", str(cd), 1)
    return value


def parse(path):
    cases, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            cid, genre, lang, note = [p.strip() for p in line[4:].split("|", 3)]
            cur = {"id": cid, "genre": genre, "lang": lang, "note": note, "lines": []}
            cases.append(cur)
        elif cur is not None:
            cur["lines"].append(line)
    return cases


def render(case):
    src = "\n".join(case["lines"]).strip("\n")
    out, pos, spans, k = [], 0, [], 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()]); pos = m.end()
        wrong, code, value = m[1] == "~", m[2], m[3]
        if code not in CODES: sys.exit(f"{case['id']}: unknown code {code}")
        k += 1
        value = fill(code, value, wrong, random.Random(f"{case['id']}-{k}"))
        start = sum(map(len, out))
        out.append(value)
        if not wrong:
            spans.append({"type": CODES[code], "value": value, "start": start, "end": start + len(value)})
    out.append(src[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text: sys.exit(f"{case['id']}: unbalanced markup")
    # every occurrence of an annotated value must itself be marked
    marked = {(s["start"], s["end"]) for s in spans}
    for s in spans:
        for m in re.finditer(r"(?<![\w@.])" + re.escape(s["value"]) + r"(?![\w@])", text):
            if not any(a <= m.start() and m.end() <= b for a, b in marked):
                sys.exit(f"{case['id']}: unmarked occurrence of {s['value']!r} at {m.start()}")
    ents, seen = [], set()
    for s in spans:
        if (s["type"], s["value"]) not in seen:
            seen.add((s["type"], s["value"])); ents.append({"type": s["type"], "value": s["value"]})
    return text, ents, spans


def main():
    allspans = {}
    for kind, prefix in (("protected", "h7p"), ("open", "h7o")):
        rows = []
        for path in sorted(SRC.glob(f"{kind}_*.txt")):
            for case in parse(path):
                text, ents, spans = render(case)
                exp = expected_of({e["type"] for e in ents})
                ok = ("block", "redact") if kind == "protected" else ("allow", "log")
                if exp not in ok: sys.exit(f"{case['id']}: {kind} case gives {exp}")
                if not case["id"].startswith(prefix + "-"): sys.exit(f"{case['id']}: wrong prefix")
                rows.append({"id": case["id"], "genre": case["genre"], "lang": case["lang"], "text": text,
                             "expected": exp, "entities": ents, "note": case["note"]})
                allspans[case["id"]] = spans
        ids = [r["id"] for r in rows]
        if len(set(ids)) != len(ids): sys.exit(f"duplicate ids in {kind}")
        rows.sort(key=lambda r: r["id"])
        (OUT / f"{kind}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                           encoding="utf-8")
        print(kind, len(rows))
    (OUT / "spans.json").write_text(json.dumps(dict(sorted(allspans.items())), ensure_ascii=False, indent=1),
                                    encoding="utf-8")


if __name__ == "__main__":
    main()
