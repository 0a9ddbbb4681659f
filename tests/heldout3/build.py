"""Build the heldout3 corpus from the hand-written cases in src/.

Cases are written as text with inline labels:  ⟦TYPE|value⟧  or  ⟦TYPE|=expression⟧.
⟦X|=expression⟧ inserts a computed value WITHOUT a label (look-alike numbers in open texts).
The expression form calls the number helpers below (personnummer, samordningsnummer,
organisationsnummer, bankgiro, plusgiro, IBAN, card numbers and tokens are COMPUTED here, with
correct check digits, never typed in by hand). The builder removes the brackets, records the
exact character offsets of every labelled span while it constructs the plain text (no hand
counting), and writes:

  protected.jsonl, open.jsonl   one case per line, same fields as tests/heldout
                                (id, genre, lang, text, expected, entities, note);
                                entities = each distinct (type, value) once, as in tests/heldout
  spans.json                    every labelled occurrence with start/end offsets (not *.jsonl, so
                                `guard evaluate --corpus` does not read it as cases)

Run:  ../../.venv/bin/python build.py && ../../.venv/bin/python ../heldout/validate.py .
"""
import datetime
import hashlib
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "src"))

SHORT = {
    "P": "PERSON", "PNR": "SE_PERSONNUMMER", "SAM": "SE_SAMORDNINGSNUMMER", "ORG": "SE_ORGANISATIONSNUMMER",
    "SEC": "SECRECY_MARKER", "INT": "INTERNAL_MARKER", "SENS": "SENSITIVE_DATA", "TEL": "PHONE_NUMBER",
    "MAIL": "EMAIL_ADDRESS", "ADR": "SE_ADDRESS", "IBAN": "IBAN_CODE", "BG": "SE_BANKGIRO", "PG": "SE_PLUSGIRO",
    "CARD": "CREDIT_CARD", "CRED": "CREDENTIAL", "KONTO": "SE_BANK_ACCOUNT",
}
REDACT = {"SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER", "CUSTOMER", "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS",
          "SE_ADDRESS", "IBAN_CODE", "SE_BANKGIRO", "SE_PLUSGIRO", "CREDIT_CARD", "CREDENTIAL", "SE_BANK_ACCOUNT"}
IDENT = {"SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER", "PERSON", "CUSTOMER"}


# ---------------------------------------------------------------- number helpers
def luhn_digit(s):
    """Check digit that makes s + digit Luhn-valid."""
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:          # these positions get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _idnum(y, m, d, serial, fmt, day_offset=0, wrong=0):
    datetime.date(y, m, d)                       # raises on an impossible date
    if fmt == "+" and datetime.date.today().year - y < 100:
        raise ValueError(f"'+' separator needs age >= 100: {y}")
    yy, mm, dd = f"{y % 100:02d}", f"{m:02d}", f"{d + day_offset:02d}"
    s9 = f"{yy}{mm}{dd}{serial:03d}"
    check = str((int(luhn_digit(s9)) + wrong) % 10)
    tail = f"{serial:03d}{check}"
    cc = f"{y // 100:02d}"
    forms = {
        "-": f"{yy}{mm}{dd}-{tail}", "": f"{yy}{mm}{dd}{tail}", "+": f"{yy}{mm}{dd}+{tail}",
        " ": f"{yy}{mm}{dd} {tail}", "–": f"{yy}{mm}{dd}–{tail}",
        "L-": f"{cc}{yy}{mm}{dd}-{tail}", "L": f"{cc}{yy}{mm}{dd}{tail}", "L ": f"{cc}{yy}{mm}{dd} {tail}",
    }
    return forms[fmt]


def pnr(y, m, d, serial, fmt="-"):
    """Valid personnummer; serial = the three birth-number digits (third digit odd = man)."""
    return _idnum(y, m, d, serial, fmt)


def sam(y, m, d, serial, fmt="-"):
    """Valid samordningsnummer (day + 60)."""
    return _idnum(y, m, d, serial, fmt, day_offset=60)


def badpnr(y, m, d, serial, fmt="-", wrong=3):
    """Personnummer-shaped number with a WRONG check digit (for open texts)."""
    return _idnum(y, m, d, serial, fmt, wrong=wrong)


def org(s9, fmt="-"):
    """Organisationsnummer from its first nine digits."""
    n = s9 + luhn_digit(s9)
    return f"{n[:6]}-{n[6:]}" if fmt == "-" else n


def bg(s):
    """Bankgiro number from its digits without the check digit (6 or 7 digits)."""
    n = s + luhn_digit(s)
    return f"{n[:-4]}-{n[-4:]}"


def pg(s, fmt="pairs"):
    """Plusgiro number, e.g. '4 12 34 56-7' or '4123456-7'."""
    n = s + luhn_digit(s)
    body, check = n[:-1], n[-1]
    if fmt == "compact":
        return f"{body}-{check}"
    groups = []
    while body:
        groups.insert(0, body[-2:])
        body = body[:-2]
    return " ".join(groups) + "-" + check


def iban(country, bban, spaced=True):
    """IBAN with correct mod-97 check digits."""
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = f"{98 - int(num) % 97:02d}"
    s = country + check + bban
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def card(s15, sep=" "):
    """16-digit card number with Luhn check digit."""
    n = s15 + luhn_digit(s15)
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def amex(s14):
    """15-digit American Express-shaped number with Luhn check digit, grouped 4-6-5."""
    n = s14 + luhn_digit(s14)
    return f"{n[:4]} {n[4:10]} {n[10:]}"


def tok(seed, n, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    """Deterministic random-looking secret (invented; derived from the seed text)."""
    out, i = [], 0
    while len(out) < n:
        h = hashlib.sha256(f"{seed}/{i}".encode()).digest()
        out.extend(alphabet[b % len(alphabet)] for b in h)
        i += 1
    return "".join(out[:n])


def hexs(seed, n):
    return tok(seed, n, "0123456789abcdef")


def b64(s):
    import base64
    return base64.b64encode(s.encode()).decode()


def jwt(payload, seed):
    """A JWT-shaped token: real base64url header and payload, invented signature."""
    import base64
    enc = lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
    return enc('{"alg":"HS256","typ":"JWT"}') + "." + enc(payload) + "." + tok(seed, 43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")


def sshkey(seed, lines=6):
    """An OpenSSH private-key block (real header prefix, invented body)."""
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    body = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    body += [tok(f"{seed}/{i}", 70, alpha) for i in range(lines - 2)]
    body.append(tok(f"{seed}/end", 24, alpha) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END OPENSSH PRIVATE KEY-----"


HELPERS = dict(amex=amex, sshkey=sshkey, b64=b64, jwt=jwt, pnr=pnr, sam=sam, badpnr=badpnr, org=org, bg=bg, pg=pg, iban=iban, card=card, tok=tok, hexs=hexs)


# ---------------------------------------------------------------- case construction
MARK = re.compile(r"⟦([A-Z]+)\|(.*?)⟧", re.S)


def render(src):
    """-> (plain text, [ {type, value, start, end} ]) built left to right."""
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(src):
        plain = src[pos:m.start()]
        out.append(plain)
        length += len(plain)
        code, value = m.group(1), m.group(2)
        if code == "X":                      # computed but NOT labelled (look-alikes in open texts)
            value = str(eval(value[1:], dict(HELPERS))) if value.startswith("=") else value
            out.append(value)
            length += len(value)
            pos = m.end()
            continue
        if code not in SHORT:
            raise ValueError(f"unknown label code {code!r}")
        if value.startswith("="):
            value = str(eval(value[1:], dict(HELPERS)))
        spans.append({"type": SHORT[code], "value": value, "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError("unbalanced label brackets")
    for s in spans:
        assert text[s["start"]:s["end"]] == s["value"]
    return text, spans


def expected_of(types):
    if types & {"SECRECY_MARKER", "INTERNAL_MARKER"}:
        return "block"
    if "SENSITIVE_DATA" in types and types & IDENT:
        return "block"
    if types & REDACT:
        return "redact"
    if types & {"SE_ORGANISATIONSNUMMER", "SENSITIVE_DATA"}:
        return "log"
    return "allow"


def unlabelled_occurrences(text, spans):
    """Occurrences of a labelled value (as a whole token) that no label covers."""
    problems = []
    for s in spans:
        v = s["value"]
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
            if not any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans):
                problems.append((v, m.start()))
    return problems


def build():
    import cases_protected
    import cases_open
    problems, all_spans = [], {}
    for cases, fname, prefix, want in ((cases_protected.CASES, "protected.jsonl", "h3p", ("block", "redact")),
                                       (cases_open.CASES, "open.jsonl", "h3o", ("allow", "log"))):
        rows = []
        for n, c in enumerate(cases, 1):
            cid = f"{prefix}-{n:03d}"
            text, spans = render(c["text"])
            ents, seen = [], set()
            for s in spans:
                key = (s["type"], s["value"])
                if key not in seen:
                    seen.add(key)
                    ents.append({"type": s["type"], "value": s["value"]})
            exp = expected_of({e["type"] for e in ents})
            if exp not in want:
                problems.append(f"{cid}: expected {exp} does not belong in {fname}")
            if c.get("expect") and c["expect"] != exp:
                problems.append(f"{cid}: author expected {c['expect']} but labels give {exp}")
            for v, at in unlabelled_occurrences(text, spans):
                problems.append(f"{cid}: unlabelled occurrence of {v!r} at {at}")
            rows.append({"id": cid, "genre": c["genre"], "lang": c["lang"], "text": text, "expected": exp,
                         "entities": ents, "note": c["note"]})
            all_spans[cid] = spans
        with open(HERE / fname, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    (HERE / "spans.json").write_text(json.dumps(all_spans, ensure_ascii=False, indent=1), encoding="utf-8")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"wrote {len(cases_protected.CASES)} protected, {len(cases_open.CASES)} open cases")


if __name__ == "__main__":
    build()
