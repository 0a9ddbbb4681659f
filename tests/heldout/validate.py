"""Validate the held-out corpus: JSON per line, exact fields, unique ids, entity values are
substrings, identifiers are valid (python-stdnum + own samordningsnummer check), every valid
personnummer/samordningsnummer in a text is annotated, open cases contain none, and
`expected` agrees with POLICY.md's default actions applied to the annotated entities.

Usage: validate.py [DIR] (default: this folder). Case ids start with the folder's suffix:
hp-/ho- in tests/heldout, h3p-/h3o- in tests/heldout3. When DIR has a spans.json (character
offsets written by its build.py), every offset is checked against the texts too. A corpus's
build.py imports ``expected_of`` from here: one statement of the policy's default actions."""
import json, re, sys, pathlib, datetime, collections
from stdnum import luhn, iban
from stdnum.se import personnummer, orgnr

repo = pathlib.Path(__file__).resolve().parents[2]
FIELDS = ["id", "genre", "lang", "text", "expected", "entities", "note"]
TYPES = {"SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER", "SE_ORGANISATIONSNUMMER", "CUSTOMER", "SECRECY_MARKER",
         "INTERNAL_MARKER", "SENSITIVE_DATA", "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "SE_ADDRESS", "IBAN_CODE",
         "SE_BANKGIRO", "SE_PLUSGIRO", "CREDIT_CARD", "CREDENTIAL", "SE_BANK_ACCOUNT"}
REDACT = {"SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER", "CUSTOMER", "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS",
          "SE_ADDRESS", "IBAN_CODE", "SE_BANKGIRO", "SE_PLUSGIRO", "CREDIT_CARD", "CREDENTIAL", "SE_BANK_ACCOUNT"}
IDENT = {"SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER", "PERSON", "CUSTOMER"}
customers = [l.split(",")[1] for l in (repo / "config/customers.example.csv").read_text().splitlines()[1:]]
custnos = [l.split(",")[0] for l in (repo / "config/customers.example.csv").read_text().splitlines()[1:]]

def customer_form(v):
    """A short or inflected form: every word (genitive -s allowed, 'Brf' = bostadsrättsförening)
    occurs in one register name."""
    words = [w for w in re.split(r"\s+", v.lower()) if w not in ("brf",)]
    for c in customers:
        cw = c.lower().split()
        if all(w in cw or (w.endswith("s") and w[:-1] in cw) for w in words):
            return True
    return False

def digits(v): return re.sub(r"\D", "", v)

def split_id(v):
    """-> (12-digit string or None, separator) for a personnummer-like value."""
    v = v.replace("\n", "").replace("–", "-")
    sep = "+" if "+" in v else "-"
    d = digits(v)
    if len(d) == 10:
        yy = int(d[:2]); today = datetime.date.today()
        century = today.year // 100 - (1 if yy > today.year % 100 else 0) - (1 if sep == "+" else 0)
        d = f"{century}{d}"
    return (d if len(d) == 12 else None), sep

def valid_pnr(v):
    d, sep = split_id(v)
    if not d: return False
    return personnummer.is_valid(d[:8] + "-" + d[8:]) if sep == "-" else personnummer.is_valid(d[2:8] + "+" + d[8:])

def valid_samord(v):
    d, _ = split_id(v)
    if not d or int(d[6:8]) <= 60: return False
    try: datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8]) - 60)
    except ValueError: return False
    return luhn.is_valid(d[2:])

CAND = re.compile(r"(?<![\d.])((?:19|20)?\d{6})(?:[ +\-–]|-\n)?(\d{4})(?![\d])")
def expected_of(types):
    if types & {"SECRECY_MARKER", "INTERNAL_MARKER"}: return "block"
    if "SENSITIVE_DATA" in types and types & IDENT: return "block"
    if types & REDACT: return "redact"
    if types & {"SE_ORGANISATIONSNUMMER", "SENSITIVE_DATA"}: return "log"
    return "allow"

def main(here: pathlib.Path) -> int:
    """Check the corpus in ``here``; print the errors or a summary; 0 when it is valid."""
    series = "h" + here.resolve().name.removeprefix("heldout")  # id prefix: "h", "h3"
    errors = []
    def err(cid, msg): errors.append(f"{cid}: {msg}")

    ids = set(); counts = collections.Counter(); actions = collections.Counter(); langs = collections.Counter()
    texts = {}
    for fname, prefix in [("protected.jsonl", series + "p"), ("open.jsonl", series + "o")]:
        for n, line in enumerate((here / fname).read_text(encoding="utf-8").splitlines(), 1):
            try: row = json.loads(line)
            except Exception as e: err(f"{fname}:{n}", f"bad JSON {e}"); continue
            cid = row.get("id")
            if list(row) != FIELDS: err(cid, f"fields {list(row)}")
            if not re.fullmatch(prefix + r"-\d{3}", cid or ""): err(cid, "bad id")
            if cid in ids: err(cid, "duplicate id")
            ids.add(cid)
            if row["lang"] not in ("sv", "en"): err(cid, "lang")
            if row["expected"] not in ("block", "redact", "log", "allow"): err(cid, "expected")
            text = row["text"]
            texts[cid] = (text, {(e["type"], e["value"]) for e in row["entities"]})
            types = set()
            for e in row["entities"]:
                t, v = e["type"], e["value"]
                types.add(t); counts[(fname, t)] += 1
                if t not in TYPES: err(cid, f"unknown type {t}")
                if v not in text: err(cid, f"value not substring: {v!r}")
                if t == "SE_PERSONNUMMER" and not valid_pnr(v): err(cid, f"invalid personnummer {v!r}")
                if t == "SE_SAMORDNINGSNUMMER" and not valid_samord(v): err(cid, f"invalid samordningsnummer {v!r}")
                if t == "SE_ORGANISATIONSNUMMER" and not orgnr.is_valid(v): err(cid, f"invalid orgnr {v!r}")
                if t == "IBAN_CODE" and not iban.is_valid(v): err(cid, f"invalid IBAN {v!r}")
                if t in ("SE_BANKGIRO", "SE_PLUSGIRO", "CREDIT_CARD") and not luhn.is_valid(digits(v)): err(cid, f"bad Luhn {v!r}")
                if t == "SE_BANK_ACCOUNT" and not 7 <= len(digits(v)) <= 16: err(cid, f"implausible bank account {v!r}")
                if t == "CUSTOMER" and not (v in custnos or customer_form(v)):
                    err(cid, f"customer not from register: {v!r}")
            # every valid pnr / samordningsnummer in the text must be annotated
            annotated = {e["value"] for e in row["entities"] if e["type"] in ("SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER")}
            for m in CAND.finditer(text):
                s = m.group(0)
                if (valid_pnr(s) or valid_samord(s)) and not any(s in a or a in s for a in annotated):
                    err(cid, f"unannotated valid identifier {s!r}")
            if fname == "open.jsonl":
                for m in re.finditer(r"(?<!\d)(?:\d[ -]?){13,19}(?!\d)", text):
                    if luhn.is_valid(digits(m.group(0))) and len(digits(m.group(0))) in (15, 16):
                        err(cid, f"Luhn-valid card-like number in open text {m.group(0)!r}")
                if row["expected"] not in ("allow", "log"): err(cid, "open case must be allow/log")
            else:
                if row["expected"] not in ("block", "redact"): err(cid, "protected case must be block/redact")
            if expected_of(types) != row["expected"]:
                err(cid, f"expected {row['expected']} but entities give {expected_of(types)}")
            actions[(fname, row["expected"])] += 1; langs[(fname, row["lang"])] += 1

    if (here / "spans.json").exists():  # every span exact, and every entity has one
        spans = json.loads((here / "spans.json").read_text(encoding="utf-8"))
        for cid, (text, ents) in texts.items():
            for s in spans.get(cid, []):
                if text[s["start"]:s["end"]] != s["value"]: err(cid, f"offset mismatch {s}")
            if {(s["type"], s["value"]) for s in spans.get(cid, [])} != ents: err(cid, "spans.json and entities disagree")
        if set(spans) != set(texts): err("spans.json", "case ids differ from the JSONL files")

    if errors:
        print("\n".join(errors)); print(f"{len(errors)} error(s)"); return 1
    print("OK:", len(ids), "cases")
    for f in ("protected.jsonl", "open.jsonl"):
        print(f"\n{f}")
        print("  expected:", {a: c for (ff, a), c in sorted(actions.items()) if ff == f})
        print("  lang:    ", {a: c for (ff, a), c in sorted(langs.items()) if ff == f})
        print("  entities:", {t: c for (ff, t), c in sorted(counts.items()) if ff == f})
    return 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).parent))
