"""Build tests/heldout6 from the hand-written sources in this folder.

Source format (src/protected_*.txt, src/open_*.txt, read in name order):

    %%CASE genre | lang | expected
    note: one line saying what the case is and what makes it hard
    <text, any number of lines, up to the next "%%CASE " line>

Inline markup in the text:  ⟦TYPE:value⟧  (may nest, e.g. an account number that contains a
personnummer).  TYPE codes are mapped below; X means "a look-alike that is NOT annotated".
Inside PNR/SAM/ORG/BG/PG/CARD/X values a '?' is replaced by the correct Luhn check digit
(personnummer, samordningsnummer and organisationsnummer: over the last ten digits; giro and
card numbers: over all digits); in X values a '!' is replaced by a deliberately WRONG digit.
In IBAN values 'SE??' gets the mod-97 check digits.  «A:n» «H:n» «L:n» «U:n» «B:n» «P:n» expand to n
pseudo-random characters (mixed alnum / lower hex / lower alnum / upper alnum / base64url / base64),
seeded from the case number and the template, so the build is deterministic.

Writes ../protected.jsonl, ../open.jsonl and ../spans.json.  Ids are given in source order.
"""
import hashlib, json, pathlib, random, re, sys, datetime, string
from stdnum import luhn, iban
from stdnum.se import personnummer, orgnr
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "heldout"))
from validate import expected_of as action_of  # POLICY.md's default actions, stated once

SRC = pathlib.Path(__file__).resolve().parent
OUT = SRC.parent
TYPES = {"PNR": "SE_PERSONNUMMER", "SAM": "SE_SAMORDNINGSNUMMER", "ORG": "SE_ORGANISATIONSNUMMER",
         "CUST": "CUSTOMER", "SEC": "SECRECY_MARKER", "INT": "INTERNAL_MARKER", "SENS": "SENSITIVE_DATA",
         "PER": "PERSON", "TEL": "PHONE_NUMBER", "MAIL": "EMAIL_ADDRESS", "ADR": "SE_ADDRESS",
         "IBAN": "IBAN_CODE", "BG": "SE_BANKGIRO", "PG": "SE_PLUSGIRO", "CARD": "CREDIT_CARD",
         "CRED": "CREDENTIAL", "ACC": "SE_BANK_ACCOUNT", "X": None}
CHECKED = {"PNR", "SAM", "ORG", "BG", "PG", "CARD", "X"}
ALPH = {"A": string.ascii_letters + string.digits, "H": "0123456789abcdef",
        "L": string.ascii_lowercase + string.digits, "U": string.ascii_uppercase + string.digits,
        "B": string.ascii_letters + string.digits + "-_", "P": string.ascii_letters + string.digits + "+/"}


def expand_random(text, seed):
    def rep(m):
        rng = random.Random(hashlib.sha256(f"{seed}|{m.group(0)}|{rep.n}".encode()).hexdigest())
        rep.n += 1
        return "".join(rng.choice(ALPH[m.group(1)]) for _ in range(int(m.group(2))))
    rep.n = 0
    return re.sub(r"«([AHLUBP]):(\d+)»", rep, text)


def parse(s, i=0, depth=0):
    items, buf = [], []
    while i < len(s):
        if s.startswith("⟦", i):
            if buf: items.append("".join(buf)); buf = []
            m = re.match(r"⟦([A-Z]+):", s[i:])
            assert m and m.group(1) in TYPES, s[i:i + 40]
            children, i = parse(s, i + m.end(), depth + 1)
            items.append((m.group(1), children))
        elif s[i] == "⟧":
            assert depth > 0, "unbalanced ⟧ near " + s[max(0, i - 40):i]
            if buf: items.append("".join(buf))
            return items, i + 1
        else:
            buf.append(s[i]); i += 1
    assert depth == 0, "unclosed ⟦"
    if buf: items.append("".join(buf))
    return items, i


def fill(code, v):
    if code == "IBAN" and "??" in v:
        compact = re.sub(r"\s", "", v.replace("??", "00"))
        return v.replace("??", iban.calc_check_digits(compact), 1)
    if code not in CHECKED:
        return v
    for mark in "?!":
        if mark in v:
            assert v.count(mark) == 1, (code, v)
            pre = re.sub(r"\D", "", v[:v.index(mark)])
            if code in ("PNR", "SAM", "ORG") or (code == "X" and len(pre) in (9, 11)):
                pre = pre[-9:]
            c = int(luhn.calc_check_digit(pre))
            if mark == "!": c = (c + 5) % 10
            return v.replace(mark, str(c), 1)
    return v


def render(items, pos, spans):
    out = ""
    for it in items:
        if isinstance(it, str):
            out += it
        else:
            code, children = it
            start = pos + len(out)
            sub = []
            val = fill(code, render(children, start, sub))
            out += val
            spans.extend(sub)
            if TYPES[code]: spans.append({"type": TYPES[code], "value": val, "start": start, "end": start + len(val)})
    return out


CAND = re.compile(r"(?<![\d.])((?:19|20)?\d{6})(?:[ +\-–]|-\n)?(\d{4})(?![\d])")


def id_like_valid(s):
    """True when s reads as a valid personnummer or samordningsnummer (same reading as validate.py)."""
    s2 = s.replace("\n", "").replace("–", "-")
    sep = "+" if "+" in s2 else "-"
    d = re.sub(r"\D", "", s2)
    if len(d) == 10:
        yy, today = int(d[:2]), datetime.date.today()
        d = f"{today.year // 100 - (1 if yy > today.year % 100 else 0) - (1 if sep == '+' else 0)}{d}"
    if len(d) != 12: return False
    if personnummer.is_valid((d[:8] + "-" + d[8:]) if sep == "-" else (d[2:8] + "+" + d[8:])): return True
    if int(d[6:8]) > 60:
        try: datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8]) - 60)
        except ValueError: return False
        return luhn.is_valid(d[2:])
    return False


def build():
    rows = {"protected": [], "open": []}
    spans_all = {}
    problems = []
    for kind, prefix in (("protected", "h6p"), ("open", "h6o")):
        for f in sorted(SRC.glob(f"{kind}_*.txt")):
            blocks = re.split(r"^%%CASE ", f.read_text(encoding="utf-8"), flags=re.M)[1:]
            for b in blocks:
                head, rest = b.split("\n", 1)
                genre, lang, expected = [x.strip() for x in head.split("|")]
                note_line, body = rest.split("\n", 1)
                assert note_line.startswith("note: "), (f.name, head)
                cid = f"{prefix}-{len(rows[kind]) + 1:03d}"
                body = expand_random(body.strip("\n"), cid)
                items, _ = parse(body)
                spans = []
                text = render(items, 0, spans)
                assert "⟦" not in text and "⟧" not in text and "«" not in text, cid
                ents, seen = [], set()
                for s in sorted(spans, key=lambda s: (s["start"], -s["end"])):
                    k = (s["type"], s["value"])
                    if k not in seen: seen.add(k); ents.append({"type": k[0], "value": k[1]})
                types = {e["type"] for e in ents}
                if action_of(types) != expected:
                    problems.append(f"{cid} ({f.name}: {head}): header says {expected}, entities give {action_of(types)}")
                if kind == "open" and expected not in ("allow", "log"): problems.append(f"{cid}: open must pass")
                if kind == "protected" and expected not in ("block", "redact"): problems.append(f"{cid}: protected must stop")
                annotated = {e["value"] for e in ents if e["type"] in ("SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER")}
                for m in CAND.finditer(text):
                    if id_like_valid(m.group(0)) and not any(m.group(0) in a or a in m.group(0) for a in annotated):
                        problems.append(f"{cid} ({head}): unannotated valid id-like number {m.group(0)!r}")
                for e in ents:
                    if e["type"] == "SE_PERSONNUMMER" and not id_like_valid(e["value"]): problems.append(f"{cid}: bad pnr {e}")
                    if e["type"] == "SE_SAMORDNINGSNUMMER" and not id_like_valid(e["value"]): problems.append(f"{cid}: bad samordningsnummer {e}")
                    if e["type"] == "SE_ORGANISATIONSNUMMER" and not orgnr.is_valid(e["value"]): problems.append(f"{cid}: bad orgnr {e}")
                    if e["type"] == "IBAN_CODE" and not iban.is_valid(e["value"]): problems.append(f"{cid}: bad IBAN {e}")
                    if e["type"] in ("SE_BANKGIRO", "SE_PLUSGIRO", "CREDIT_CARD") and not luhn.is_valid(re.sub(r"\D", "", e["value"])):
                        problems.append(f"{cid}: bad Luhn {e}")
                if kind == "open":
                    for m in re.finditer(r"(?<!\d)(?:\d[ -]?){13,19}(?!\d)", text):
                        d = re.sub(r"\D", "", m.group(0))
                        if len(d) in (15, 16) and luhn.is_valid(d): problems.append(f"{cid}: card-like number {m.group(0)!r}")
                rows[kind].append({"id": cid, "genre": genre, "lang": lang, "text": text, "expected": expected,
                                   "entities": ents, "note": note_line[6:].strip()})
                spans_all[cid] = sorted(spans, key=lambda s: (s["start"], s["end"]))
    if problems:
        print("\n".join(problems)); sys.exit(1)
    for kind in rows:
        with open(OUT / f"{kind}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows[kind]: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    (OUT / "spans.json").write_text(json.dumps(spans_all, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("built", {k: len(v) for k, v in rows.items()})


if __name__ == "__main__":
    build()
