"""Build tests/heldout8 from the hand-written sources in this folder.

Source format (files src/protected_*.txt -> protected.jsonl, src/open_*.txt -> open.jsonl):
    @@ expected | genre | lang | note
    text ... (until the next @@ line; trailing blank lines are dropped)
Inline markup: ⟦TYPE:value⟧ annotates value as TYPE (short codes below). A '?' inside a
PNR/SAM/ORG/BG/PG/CARD value is replaced by the correct Luhn check digit, '??' after the country code of an IBAN by
the mod-97 check digits. BADPNR/BADCARD give a deliberately wrong check digit and are NOT
annotated (look-alikes for open cases). Deterministic: no randomness, no detector involved.
"""
import json, re, pathlib, sys
from stdnum import luhn, iban
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "heldout"))
from validate import expected_of  # POLICY.md's default actions, stated once

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
CODES = {"PNR": "SE_PERSONNUMMER", "SAM": "SE_SAMORDNINGSNUMMER", "ORG": "SE_ORGANISATIONSNUMMER",
         "CUST": "CUSTOMER", "SEC": "SECRECY_MARKER", "INT": "INTERNAL_MARKER", "SENS": "SENSITIVE_DATA",
         "PER": "PERSON", "TEL": "PHONE_NUMBER", "MAIL": "EMAIL_ADDRESS", "ADR": "SE_ADDRESS",
         "IBAN": "IBAN_CODE", "BG": "SE_BANKGIRO", "PG": "SE_PLUSGIRO", "CARD": "CREDIT_CARD",
         "CRED": "CREDENTIAL", "ACCT": "SE_BANK_ACCOUNT", "BADPNR": None, "BADCARD": None}
MARK = re.compile(r"⟦([A-Z]+):(.*?)⟧", re.S)


def fill(code, v):
    if "?" not in v:
        return v
    if code == "IBAN":
        bban = re.sub(r"\s", "", v)[4:]
        cc = v[:2]
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")  # ISO 13616 mod 97
        cd = "%02d" % (98 - int(num) % 97)
        return v.replace("??", cd, 1)
    d = re.sub(r"\D", "", v.split("?")[0])
    if code in ("PNR", "SAM", "BADPNR"):
        d = d[-9:]
    c = int(luhn.calc_check_digit(d))
    if code.startswith("BAD"):
        c = (c + 3) % 10
    return v.replace("?", str(c), 1)


def parse(files, prefix):
    rows, spans, problems = [], {}, []
    n = 0
    for f in files:
        src = f.read_text(encoding="utf-8")
        for block in re.split(r"^@@ ", src, flags=re.M)[1:]:
            head, _, body = block.partition("\n")
            exp, genre, lang, note = [x.strip() for x in head.split("|", 3)]
            body = body.rstrip("\n").rstrip()
            n += 1
            cid = f"{prefix}-{n:03d}"
            text, sp, pos, last = [], [], 0, 0
            for m in MARK.finditer(body):
                text.append(body[last:m.start()]); pos += len(body[last:m.start()])
                code, val = m.group(1), fill(m.group(1), m.group(2))
                if code not in CODES: problems.append(f"{cid}: unknown code {code}")
                if CODES.get(code):
                    sp.append({"type": CODES[code], "value": val, "start": pos, "end": pos + len(val)})
                text.append(val); pos += len(val); last = m.end()
            text.append(body[last:])
            text = "".join(text)
            if "⟦" in text or "⟧" in text: problems.append(f"{cid}: stray markup")
            ents, seen = [], set()
            for s in sp:
                k = (s["type"], s["value"])
                if k not in seen:
                    seen.add(k); ents.append({"type": k[0], "value": k[1]})
            # every occurrence of an annotated value must be marked
            for t, v in seen:
                for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
                    if not any(s["start"] <= m.start() and m.end() <= s["end"] for s in sp):
                        problems.append(f"{cid}: unmarked occurrence of {v!r} at {m.start()}")
            got = expected_of({t for t, _ in seen})
            if got != exp: problems.append(f"{cid}: header says {exp}, entities give {got}")
            if lang not in ("sv", "en"): problems.append(f"{cid}: lang {lang}")
            rows.append({"id": cid, "genre": genre, "lang": lang, "text": text, "expected": exp,
                         "entities": ents, "note": note})
            spans[cid] = sp
    return rows, spans, problems


def main():
    allspans, problems = {}, []
    for kind, prefix in (("protected", "h8p"), ("open", "h8o")):
        rows, spans, pr = parse(sorted(HERE.glob(f"{kind}_*.txt")), prefix)
        problems += pr; allspans.update(spans)
        with open(OUT / f"{kind}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(kind, len(rows))
    (OUT / "spans.json").write_text(json.dumps(allspans, ensure_ascii=False, indent=1), encoding="utf-8")
    if problems:
        print("\n".join(problems)); sys.exit(1)


if __name__ == "__main__":
    main()
