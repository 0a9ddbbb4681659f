"""Generate invented identifiers for the held-out corpus (seeded, reproducible).
Run: /work/main/.venv/bin/python gen_numbers.py
Every number is checked with python-stdnum. None belongs to a real person on purpose;
they are random dates + random serials with the correct check digit."""
import random, datetime
from stdnum import luhn, iban
from stdnum.se import personnummer, orgnr

rnd = random.Random(20240611)

def pnr(year=None, samord=False):
    while True:
        y = year or rnd.randint(1935, 2021)
        d = datetime.date(y, 1, 1) + datetime.timedelta(days=rnd.randint(0, 364))
        if d.year != y: continue
        day = d.day + (60 if samord else 0)
        serial = rnd.randint(200, 989)
        base = f"{y%100:02d}{d.month:02d}{day:02d}{serial:03d}"
        full = base + luhn.calc_check_digit(base)
        c = f"{y}{full[2:]}"
        if samord:  # stdnum has no samordningsnummer: check date (day-60) and Luhn ourselves
            assert luhn.is_valid(full) and datetime.date(y, d.month, day - 60)
        else:
            assert personnummer.is_valid(c), c
        return f"{y}{d.month:02d}{day:02d}-{serial:03d}{full[-1]}"

print("# personnummer (YYYYMMDD-NNNN)")
for i in range(60): print(pnr())
print("# born before 1925 (for + separator)")
for i in range(3): print(pnr(year=rnd.randint(1918,1924)))
print("# samordningsnummer")
for i in range(10): print(pnr(samord=True))
print("# organisationsnummer")
for pre in ["556","559","802","769","212","202","716","969","556","559"]:
    while True:
        base = pre + f"{rnd.randint(0,999999):06d}"
        n = base + luhn.calc_check_digit(base)
        if orgnr.is_valid(n): break
    print(n[:6]+"-"+n[6:])
print("# IBAN SE")
for i in range(6):
    bank = rnd.choice(["500","600","800","300","120","930"])
    acct = f"{rnd.randint(0,10**17-1):017d}"
    bban = bank + acct
    chk = iban.calc_check_digits("SE00" + bban)
    s = "SE" + chk + bban
    assert iban.is_valid(s)
    print(" ".join(s[i:i+4] for i in range(0, len(s), 4)))
print("# bankgiro")
for i in range(6):
    n = rnd.choice([7, 8]); base = f"{rnd.randint(10**(n-2), 10**(n-1)-1)}"
    s = base + luhn.calc_check_digit(base)
    print(s[:-4] + "-" + s[-4:])
print("# plusgiro")
for i in range(5):
    base = f"{rnd.randint(10000, 9999999)}"
    s = base + luhn.calc_check_digit(base)
    print(s[:-1] + "-" + s[-1])
print("# card (Luhn)")
for pre in ["4571", "5290", "4921", "5169"]:
    base = pre + f"{rnd.randint(0, 10**11-1):011d}"
    s = base + luhn.calc_check_digit(base)
    print(" ".join(s[i:i+4] for i in range(0, 16, 4)))
print("# look-alikes: valid date, WRONG check digit")
for i in range(8):
    p = pnr().replace("-", "")
    bad = p[:-1] + str((int(p[-1]) + rnd.randint(1, 9)) % 10)
    assert not personnummer.is_valid(bad)
    print(bad[:8] + "-" + bad[8:])
print("# school-age children (2009-2016)")
for i in range(14): print(pnr(year=rnd.randint(2009, 2016)))
print("# look-alikes: impossible dates (month 13+ / day 32+), check digit computed anyway")
for y, m, d in [(1985, 13, 12), (1990, 2, 30), (1977, 0, 15), (2001, 6, 31), (1968, 11, 32)]:
    base = f"{y%100:02d}{m:02d}{d:02d}{rnd.randint(200, 989):03d}"
    s = base + luhn.calc_check_digit(base)
    assert not personnummer.is_valid(f"{y}{s}")
    print(f"{y}{s[2:6]}-{s[6:]}")
