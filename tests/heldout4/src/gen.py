"""Number and token generators for heldout4. Every identifier check digit is computed here.

Tokens in case texts: ⟪kind:arg⟫ is replaced before annotation markup is parsed.
  pn:19840312-123     personnummer: check digit appended (Luhn over YYMMDDNNN); date checked
  pnbad:840312-123    same, but a WRONG check digit (look-alike for open texts)
  sam:850372-123      samordningsnummer (day written +60): check digit appended; day-60 checked
  ln:4571 2345 ...    Luhn check digit appended over all digits (cards, bankgiro, plusgiro, orgnr)
  lnbad:...           wrong Luhn digit appended
  iban:50000000123..  Swedish IBAN from a 20-digit BBAN, compact   (ibans: grouped by 4)
  rnd:CHARSET:LEN:SEED  deterministic random string (charset alnum|hex|b64|lower|upnum|digits)
"""
import datetime, hashlib, random, re, string
from stdnum import luhn

def _digits(s): return re.sub(r"\D", "", s)

def _check_date(d8):
    datetime.date(int(d8[:4]), int(d8[4:6]), int(d8[6:8]))

def _century(s):
    d = _digits(s)
    if len(d) == 12 - 1:  # YYYYMMDDNNN
        return d[:2]
    return None

def pn(s, bad=False, sam=False):
    d = _digits(s)
    assert len(d) in (9, 11), s
    body = d[-9:]
    yy, mm, dd = body[:2], int(body[2:4]), int(body[4:6])
    if sam:
        assert dd > 60, s; dd -= 60
    else:
        assert dd <= 31, s
    if len(d) == 11:
        year = int(d[:4])
    else:
        year = (1900 if int(yy) > 26 else 2000) + int(yy)
        if "+" in s: year -= 100
    datetime.date(year, mm, dd)  # raises on an impossible date
    c = int(luhn.calc_check_digit(body))
    if bad: c = (c + 3) % 10
    return s + str(c)

def ln(s, bad=False):
    c = int(luhn.calc_check_digit(_digits(s)))
    if bad: c = (c + 5) % 10
    return s + str(c)

def iban(bban, grouped=False):
    assert len(bban) == 20 and bban.isdigit(), bban
    num = int(bban + "2814" + "00")  # S=28 E=14
    check = 98 - num % 97
    s = f"SE{check:02d}{bban}"
    if grouped: s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s

CHARSETS = {"alnum": string.ascii_letters + string.digits, "hex": "0123456789abcdef",
            "b64": string.ascii_letters + string.digits + "+/", "lower": string.ascii_lowercase + string.digits,
            "upnum": string.ascii_uppercase + string.digits, "digits": string.digits,
            "url": string.ascii_letters + string.digits + "-_"}

def rnd(charset, n, seed):
    r = random.Random(hashlib.sha256(seed.encode()).digest())
    return "".join(r.choice(CHARSETS[charset]) for _ in range(int(n)))

def expand(text):
    def one(m):
        kind, _, arg = m.group(1).partition(":")
        if kind == "pn": return pn(arg)
        if kind == "pnbad": return pn(arg, bad=True)
        if kind == "sam": return pn(arg, sam=True)
        if kind == "ln": return ln(arg)
        if kind == "lnbad": return ln(arg, bad=True)
        if kind == "iban": return iban(arg)
        if kind == "ibans": return iban(arg, grouped=True)
        if kind == "rnd": return rnd(*arg.split(":", 2))
        raise ValueError(kind)
    return re.sub(r"⟪(.*?)⟫", one, text, flags=re.S)
