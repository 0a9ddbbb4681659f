from common import C
O = []
a = O.append

# ---------------- code & config without secrets ----------------
a(C("code_snippet", "en", "allow",
"""How do I read the key from the environment instead of hard-coding it?

import os
from openai import OpenAI
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])""",
[],
"Environment variable name only."))

a(C("readme", "en", "allow",
"""Improve this README section:
## Configuration
Copy `.env.example` to `.env` and set:
OPENAI_API_KEY=sk-XXXXXXXXXXXXXXXXXXXXXXXX
SLACK_BOT_TOKEN=xoxb-your-token-here
GITHUB_TOKEN=ghp_<your token>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app""",
[],
"Placeholders that mimic real key prefixes (sk-, xoxb-, ghp_) and a URL with literal USER:PASSWORD."))

a(C("docs_example", "en", "allow",
"""The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as example credentials. Why do they end with EXAMPLE and can they ever work?""",
[],
"AWS's published documentation example key pair: public, non-working, ends in EXAMPLE. A detector that redacts it is over-triggering (hard case)."))

a(C("config_compose", "sv", "allow",
"""Är det här ett bra sätt att hantera lösenord i docker-compose?
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
      POSTGRES_USER: ${POSTGRES_USER:-app}
    secrets:
      - db_password""",
[],
"Variable interpolation instead of values."))

a(C("code_snippet", "sv", "allow",
r"""Stämmer det här reguljära uttrycket för personnummer? ^(19|20)?\d{6}[-+]?\d{4}$ Jag vill också kontrollera kontrollsiffran med Luhn-algoritmen i Python.""",
[],
"Regex for personnummer: the pattern, not a number."))

a(C("code_snippet", "en", "allow",
"""def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
Can you add type hints and a docstring?""",
[],
"Luhn implementation without any sample numbers."))

a(C("sql_schema", "sv", "allow",
"""CREATE TABLE brukare (
  id SERIAL PRIMARY KEY,
  personnummer CHAR(12) NOT NULL UNIQUE,
  fornamn TEXT, efternamn TEXT,
  skyddad_identitet BOOLEAN DEFAULT false,
  diagnos_kod TEXT
);
Hur indexerar jag för snabb sökning på efternamn?""",
[],
"Schema with sensitive column names (personnummer, skyddad_identitet, diagnos_kod) but no data."))

a(C("k8s_config", "en", "allow",
"""env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: app-secrets
        key: db-password
  - name: API_BASE_URL
    value: https://api.example.com/v2
Is this the right way to mount a secret in Kubernetes?""",
[],
"Kubernetes secret reference, example.com URL."))

a(C("git_question", "en", "allow",
"""git log shows commit 3f9c2a7e5b1d4c08a6e2f7b9d0c1a3e5f7b9d2c4 as the one that broke the build, and the request id was 9b2f6c1e-4d3a-4f8b-a2c7-5e1d9f0b3a6c. How do I revert just that commit?""",
[],
"40-hex commit hash and a UUID: high-entropy strings that are not credentials."))

a(C("code_snippet", "sv", "allow",
"""Hur skickar jag med en API-nyckel i en header i fetch utan att den hamnar i frontend-koden? Just nu har jag headers: { "Authorization": `Bearer ${process.env.API_TOKEN}` }""",
[],
"Template literal referencing an env var; the word Bearer without a token."))

a(C("config_env", "en", "allow",
""".env.example
API_KEY=
SECRET_KEY=
PASSWORD=
Should the example file be committed to git?""",
[],
"Empty assignments of secret-sounding keys."))

a(C("config_yaml", "sv", "allow",
"""Översätt kommentarerna i konfigurationen till engelska:
# Antal sekunder innan sessionen löper ut
session_timeout: 1800
# Sökväg till certifikat (lösenordet läses från Key Vault)
tls_cert_path: /etc/ssl/app/cert.pem
password_min_length: 12""",
[],
"Keys containing 'password' with a numeric policy value, no secret."))

# ---------------- numbers that are not identifiers ----------------
a(C("order_question", "sv", "allow",
"""Min order 4500123456 har inte kommit, och på följesedeln står leveransnummer 1000234871. Hur formulerar jag en reklamation till leverantören?""",
[],
"10-digit order/delivery numbers whose 'date' part is impossible (month 00)."))

a(C("invoice_question", "sv", "allow",
"""Fakturanummer 8800137726, OCR 72014556831208, belopp 1 250 kr. Vi har redan betalat, hur skriver jag till leverantören att de ska makulera påminnelsen?""",
[],
"Invoice number with month 00 and a 14-digit OCR reference."))

a(C("product_catalogue", "sv", "allow",
"""Artikelnummer 19851312-3706 och 19900230-6745 finns inte längre i sortimentet. Föreslå en text till webbshoppen om att de utgått.""",
[],
"Hard look-alikes: pnr format with correct Luhn digit but impossible dates (month 13, 30 February)."))

a(C("lab_question", "sv", "allow",
"""Provnummer 19730726-8308 och 20030519-9221 gav avvikande resultat i analysen av dricksvattnet. Hur skriver jag en avvikelserapport till laboratoriet?""",
[],
"Sample ids in pnr format with valid dates but WRONG check digits (fail Luhn); water analysis, no person."))

a(C("library", "sv", "allow",
"""Kan du skriva en kort bokpresentation? ISBN 978-91-7424-871-5, utgiven 2023, 312 sidor, om Smålands skogar under 1800-talet. Den andra boken har ISBN 978-91-29-15163-3.""",
[],
"ISBN numbers (13 digits with hyphens)."))

a(C("registry", "sv", "allow",
"""Ärendet har dnr KS 2024/0153 och hänvisar till SFS 2018:585 och SFS 2009:400. Beslutet fattades 2024-03-12 och överklagandetiden är tre veckor. Hur räknar jag ut sista dag?""",
[],
"Diarienummer, SFS numbers and a date."))

a(C("public_services", "sv", "allow",
"""Skriv en informationslapp till äldreboendets anhöriga: Vid akut fara ring 112. För sjukvårdsrådgivning ring 1177. Vill du tipsa polisen, ring 114 14. För information om en pågående olycka, ring 113 13.""",
[],
"National short service numbers, not personal phone numbers."))

a(C("public_services", "sv", "allow",
"""Vilket nummer ska jag ge invånare som har frågor om deklarationen? Jag har hittat Skatteverkets upplysning 0771-567 567 och Försäkringskassans kundcenter 0771-524 524 – stämmer de?""",
[],
"Published national service numbers of authorities: not personal data (POLICY.md lists phone numbers under 'other personal data' only). Judgement call: a detector that redacts them is mildly over-triggering; nothing about a person is disclosed."))

a(C("statistics", "sv", "allow",
"""Enligt SCB hade Sverige 10 551 707 invånare den 31 december 2023. Medelåldern var 41,7 år och 20,4 % var födda utomlands. Skriv ett stycke till en rapport om befolkningsutvecklingen i Kronobergs län, där befolkningen ökade med 0,3 %.""",
[],
"Population statistics with large numbers and percentages."))

a(C("finance", "sv", "allow",
"""Bokför följande enligt BAS: försäljning 125 000 kr på konto 3010, utgående moms 31 250 kr på konto 2611, kundfordran 156 250 kr på konto 1510. Är det rätt?""",
[],
"BAS account numbers and amounts."))

a(C("time_data", "en", "allow",
"""Convert these timestamps to Swedish local time: 2025-03-30T00:59:59Z, 2025-03-30T01:00:00Z, 2025-10-26T00:30:00Z. Which ones fall in summer time?""",
[],
"ISO timestamps."))

a(C("energy", "sv", "allow",
"""Vårt anläggnings-ID är 735999123456789012 och mätarnummer 7350012345678. Hur läser jag av förbrukningen per timme i nätbolagets app?""",
[],
"Long meter/installation ids (18 and 13 digits), not identifiers of a person."))

a(C("gis", "sv", "allow",
"""Koordinaterna 56.8777, 14.8091 (SWEREF 99 TM: 6305521, 507815). Hur gör jag om dem till WGS84 i QGIS?""",
[],
"Coordinate numbers."))

a(C("dates", "sv", "allow",
"""Räkna ut hur många arbetsdagar det är mellan 2025-06-12 och 2025-08-15, med hänsyn till midsommarafton 2025-06-20 och midsommardagen 2025-06-21.""",
[],
"Many dates in ISO format; no identifiers."))

# ---------------- organisation numbers (public -> log) ----------------
a(C("supplier_list", "sv", "log",
"""Sortera leverantörerna efter organisationsnummer:
Skogsbrynets Städ AB, 559298-1236
Idrottsföreningen Kvarnen, 802211-4634
Bergslagens Rör & VVS AB, 556471-0357""",
[("SE_ORGANISATIONSNUMMER", "559298-1236"), ("SE_ORGANISATIONSNUMMER", "802211-4634"), ("SE_ORGANISATIONSNUMMER", "556471-0357")],
"Three organisationsnummer (public) of companies NOT in the customer register; 'Kvarnen' resembles customer 'Kvarnbacken' only partly."))

a(C("public_procurement", "sv", "log",
"""Norrsjö kommun, organisationsnummer 212001-1149, annonserar en upphandling av skolskjutsar 2025–2029. Anbud lämnas senast 2025-04-15 via upphandlingsverktyget. Skriv en kort nyhetstext till webben.""",
[("SE_ORGANISATIONSNUMMER", "212001-1149")],
"Organisationsnummer of a municipality (21xxxx) in a public announcement."))

a(C("invoice_header", "sv", "log",
"""Hur ska sidfoten på våra fakturor se ut? Just nu står det: Skogsbrynets Städ AB | Org.nr 559298-1236 | Innehar F-skattsedel | Momsreg.nr SE559298123601""",
[("SE_ORGANISATIONSNUMMER", "559298-1236")],
"Organisationsnummer and VAT number (SE + orgnr + 01) of the writer's own company."))

a(C("authority_info", "sv", "log",
"""Statens kontrollverk för vägar (org.nr 202759-5970) har ändrat sina rutiner för fakturamottagning. Vad innebär e-faktura via Peppol för oss som leverantör?""",
[("SE_ORGANISATIONSNUMMER", "202759-5970")],
"State authority-style organisationsnummer (20xxxx) in a general question."))

a(C("association", "sv", "log",
"""Bostadsrättsföreningen Lärkträdet, org.nr 769824-8403, ska hålla årsstämma. Kan du skriva en kallelse med dagordning enligt normalstadgarna?""",
[("SE_ORGANISATIONSNUMMER", "769824-8403")],
"Housing cooperative organisationsnummer (7xxxxx); not a customer."))

a(C("company_info", "en", "log",
"""Translate to English for our website: "Lindåsens Trädgård HB (org.nr 969710-5253) grundades 1998 och levererar perenner till kommuner i hela Götaland." """,
[("SE_ORGANISATIONSNUMMER", "969710-5253")],
"Trading partnership organisationsnummer (9xxxxx); 'Lindåsens' contains lind."))
