"""Validate the heldout2 corpus: JSON shape, unique ids, exact substrings, number validity,
expected action consistent with POLICY.md severity. Run: .venv/bin/python tests/heldout2/validate.py"""
import json, re, csv, datetime, sys, pathlib
from stdnum import luhn, iban
from stdnum.se import orgnr
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TYPES = {"SE_PERSONNUMMER","SE_SAMORDNINGSNUMMER","SE_ORGANISATIONSNUMMER","CUSTOMER","SECRECY_MARKER",
 "INTERNAL_MARKER","SENSITIVE_DATA","PERSON","PHONE_NUMBER","EMAIL_ADDRESS","SE_ADDRESS","IBAN_CODE",
 "SE_BANKGIRO","SE_PLUSGIRO","CREDIT_CARD","CREDENTIAL"}
FIELDS = ["id","genre","lang","text","expected","entities","note"]
errs = []
def err(i, m): errs.append(f"{i}: {m}")
def digits(s): return re.sub(r"\D", "", s)
def pnr_kind(v):
    """return 'pnr', 'sam' or None for a candidate string"""
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})\s?([-+]?)\s?(\d{4})", v)
    if not m: return None
    cent, yy, mm, dd, sep, tail = m.groups()
    d10 = yy+mm+dd+tail
    if not luhn.is_valid(d10): return None
    day = int(dd); kind = "pnr"
    if day > 60: day -= 60; kind = "sam"
    year = int((cent or "19")+yy)  # year only matters for leap days
    if cent is None and sep != "+": year = 2000+int(yy) if int(yy) <= 26 else 1900+int(yy)
    try: datetime.date(year, int(mm), day)
    except ValueError: return None
    return kind
cust = list(csv.DictReader(open(ROOT/"config/customers.example.csv", encoding="utf-8")))
cust_names = [c["name"].lower() for c in cust]; cust_nos = {c["kundnummer"] for c in cust}
def is_customer(v):
    if v in cust_nos: return True
    w = v.lower()
    for cand in (w, w[:-1] if w.endswith("s") else w):
        if any(n == cand or n.startswith(cand+" ") for n in cust_names): return True
    return False
ID_TYPES = {"PERSON","SE_PERSONNUMMER","SE_SAMORDNINGSNUMMER","CUSTOMER"}
REDACT = {"SE_PERSONNUMMER","SE_SAMORDNINGSNUMMER","CUSTOMER","PERSON","PHONE_NUMBER","EMAIL_ADDRESS",
          "SE_ADDRESS","IBAN_CODE","SE_BANKGIRO","SE_PLUSGIRO","CREDIT_CARD","CREDENTIAL"}
def severity(ents):
    t = {e["type"] for e in ents}
    if t & {"SECRECY_MARKER","INTERNAL_MARKER"}: return "block"
    if "SENSITIVE_DATA" in t and t & ID_TYPES: return "block"
    if t & REDACT: return "redact"
    if "SE_ORGANISATIONSNUMMER" in t: return "log"
    return "allow"
PNR_CAND = re.compile(r"(?<![\d])(\d{6}|\d{8})\s?[-+]?\s?\d{4}(?!\d)")
ids = set(); counts = {}
for fn, prefix in (("protected.jsonl","h2p"),("open.jsonl","h2o")):
    for ln, line in enumerate(open(HERE/fn, encoding="utf-8"), 1):
        where = f"{fn}:{ln}"
        try: d = json.loads(line)
        except Exception as e: err(where, f"bad json {e}"); continue
        if list(d) != FIELDS: err(where, f"fields {list(d)}")
        i = d["id"]; where = f"{fn}:{i}"
        if i in ids: err(where, "duplicate id")
        ids.add(i)
        if not re.fullmatch(prefix+r"-\d{3}", i): err(where, "id format")
        if d["lang"] not in ("sv","en"): err(where, "lang")
        if d["expected"] not in ("block","redact","log","allow"): err(where, "expected")
        if not d["note"] or not d["genre"]: err(where, "empty note/genre")
        text = d["text"]; annotated = set()
        for e in d["entities"]:
            t, v = e.get("type"), e.get("value")
            if set(e) != {"type","value"}: err(where, f"entity fields {e}")
            if t not in TYPES: err(where, f"type {t}")
            if not v or v not in text: err(where, f"not a substring: {v!r}")
            annotated.add(v)
            if t in ("SE_PERSONNUMMER","SE_SAMORDNINGSNUMMER"):
                k = pnr_kind(v)
                if k != ("pnr" if t == "SE_PERSONNUMMER" else "sam"): err(where, f"invalid {t} {v} ({k})")
            elif t == "SE_ORGANISATIONSNUMMER" and not orgnr.is_valid(v): err(where, f"invalid orgnr {v}")
            elif t == "IBAN_CODE" and not iban.is_valid(v): err(where, f"invalid iban {v}")
            elif t in ("CREDIT_CARD","SE_BANKGIRO","SE_PLUSGIRO") and not luhn.is_valid(digits(v)): err(where, f"luhn {t} {v}")
            elif t == "CUSTOMER" and not is_customer(v): err(where, f"not in register {v}")
            counts.setdefault(fn, {}).setdefault(t, 0); counts[fn][t] += 1
        # every valid pnr/sam in the text must be annotated; open texts contain none
        for m in PNR_CAND.finditer(text):
            if pnr_kind(m.group(0)) and m.group(0) not in annotated:
                err(where, f"valid pnr/sam not annotated: {m.group(0)}")
        sev = severity(d["entities"])
        if sev != d["expected"]: err(where, f"expected {d['expected']} but entities imply {sev}")
        if fn == "open.jsonl" and (d["expected"] != "allow" or d["entities"]): err(where, "open case not allow/empty")
        counts.setdefault(fn+":expected", {}).setdefault(d["expected"], 0); counts[fn+":expected"][d["expected"]] += 1
        counts.setdefault(fn+":lang", {}).setdefault(d["lang"], 0); counts[fn+":lang"][d["lang"]] += 1
for k, v in counts.items(): print(k, dict(sorted(v.items())))
print("\n".join(errs) if errs else "OK: no errors")
sys.exit(1 if errs else 0)
