"""One test group per recognizer family: what it must find and what it must leave alone."""

from __future__ import annotations

import pytest


def types(found, text):
    return {t for t, _ in found(text)}


@pytest.mark.parametrize("text, value", [
    ("Pnr 811218-9876 ska in", "811218-9876"),
    ("född 19811218-9876", "19811218-9876"),
    ("personnummer 8112189876.", "8112189876"),
    ("elevens nummer 198112189876", "198112189876"),
    ("pnr: 811218 9876", "811218 9876"),
    ("pnr 811218–9876 (tankstreck)", "811218–9876"),
    ("Född 1912: 121212+1212", "121212+1212"),
    ("Patient 811218-\n9876 kom in", "811218-\n9876"),
    ("anstnr,namn,personnummer,clearing\n10231,Karin Malmsten,198112189876,8327-9", "198112189876"),  # a field of a CSV row
    ("Personnummer: 1981 12 18 - 9876", "1981 12 18 - 9876"),  # a date with spaces, before a dash
])
def test_personnummer_forms(found, text, value):
    assert ("SE_PERSONNUMMER", value) in found(text)


def test_samordningsnummer(found):
    assert ("SE_SAMORDNINGSNUMMER", "811278-9873") in found("Samordningsnummer 811278-9873")


@pytest.mark.parametrize("text", [
    "Fakturanummer 8112189875",  # Luhn fails
    "Ordernummer 8113329876",  # no such date
    "IBAN SE45 5000 0000 0583 9825 7466",
    "OCR 48112189876123",  # inside a longer run
    "ISBN 978-91-27-12345-6",
    "Datum 2026-11-23, dnr KS 2026/1234, SFS 2009:400",
    "Summa 8112189876,50 kr",  # the integer part of a decimal number
    "Mätvärden 1981 12 18 9876",  # digits in groups without a dash
])
def test_not_personnummer(found, text):
    assert not types(found, text) & {"SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER"}


def test_fullwidth_and_zero_width_personnummer_are_found(found):
    assert "SE_PERSONNUMMER" in types(found, "pnr ８１１２１８－９８７６")
    assert "SE_PERSONNUMMER" in types(found, "pnr 8112\u200b18-98\u200d76")
    assert "SE_PERSONNUMMER" in types(found, "pnr 8 1 1 2 1 8 - 9 8 7 6")


def test_organisationsnummer_is_logged_not_redacted(engine):
    verdict = engine.check("Nordiska Konsult (org.nr 556036-0793) har skickat en offert.")
    assert verdict.action == "log"
    assert verdict.text == "Nordiska Konsult (org.nr 556036-0793) har skickat en offert."


@pytest.mark.parametrize("text, value", [
    ("Avtalet med Nordkust Fastigheter AB löper ut", "Nordkust Fastigheter AB"),
    ("Nordkust Fastigheters hyresgäster klagar", "Nordkust Fastigheters"),
    ("kolla avtalet med nordkust fastigheter", "nordkust fastigheter"),
    ("Skicka fakturan till Per Strand i Malmö", "Per Strand"),
    ("Per Strands faktura är sen", "Per Strands"),
    ("HOLMGRENS ÅKERI AB har gått i konkurs", "HOLMGRENS ÅKERI AB"),
    ("Fjällvind Energi Aktiebolag vill ha offert", "Fjällvind Energi Aktiebolag"),
])
def test_customer_register_forms(found, text, value):
    assert ("CUSTOMER", value) in found(text)


def test_customer_needs_whole_words_and_capitals_for_people(found):
    assert "CUSTOMER" not in types(found, "Det kostar 1 200 kr per strand.")
    assert "CUSTOMER" not in types(found, "Nordkust Fastigheterna i regionen")


@pytest.mark.parametrize("text", [
    "SEKRETESS enligt 26 kap. 1 § OSL\nUtredning avseende barnet",
    "Sekretess enligt 26 kap. 1 § OSL\n\nAnteckningar från hembesöket",
    "HEMLIG\nRapport om skyddsobjekt",
    "HEMLIG enligt säkerhetsskyddslagen (2018:585)\nBilaga 2",
    "Informationsklass: 3\nBudget 2027",
    "Classification: 3\nQuarterly figures",
    "Konfidentialitet: hög\nRapporten beskriver",
    "Klassificering: Konfidentiell\nStrategi",
    "Konfidentiellt – får ej spridas\nProjektplan",
    "[KONFIDENTIELLT] Lönelista för avdelningen",
    "Denna handling är sekretessbelagd enligt OSL.",
    "Sekretess OSL 25:1\nJournalkopia",
])
def test_secrecy_markers(found, text):
    assert "SECRECY_MARKER" in types(found, text)


@pytest.mark.parametrize("text", [
    "Sekretessbelagd information får inte användas i AI-tjänster.",
    "Uppgifter som omfattas av sekretess enligt offentlighets- och sekretesslagen (2009:400) får aldrig matas in.",
    "Sekretess enligt 26 kap. 1 § OSL gäller inom socialtjänsten för uppgifter om enskilds personliga förhållanden.",
    "Information som är klassificerad som HEMLIG enligt säkerhetsskyddslagen får inte behandlas i molntjänster.",
    "Endast information i informationsklass 0 (öppen) får användas.",
    "Mormors hemliga recept på kanelbullar",
    "Vad säger 26 kap. 1 § OSL?",
    "Om detta är ett internt dokument ska det märkas i sidhuvudet.",
    "Informationsklass 3 – används för uppgifter som kan skada om de sprids.",
    "Personer som har skyddad identitet ska hanteras varsamt.",
    "Många har skyddad identitet. Anbud är konfidentiella fram till tilldelningsbeslutet.",
    "Om hyresgästen har skyddade personuppgifter ska namnet inte stå på tavlan.",
    "TLP:CLEAR – får delas fritt. Vad betyder TLP:RED i en incidentrapport?",
    "Vad innebär embargo för ett pressmeddelande? EU:s vapenembargot till 2025 förlängdes.",
])
def test_mentions_of_secrecy_are_open(found, text):
    assert not types(found, text) & {"SECRECY_MARKER", "INTERNAL_MARKER"}


def test_internal_marking_blocks(engine):
    assert engine.check("INTERNT\nBudgetunderlag för 2027").action == "block"
    assert engine.check("Endast för internt bruk\nOmorganisation").action == "block"


def test_sensitive_data_blocks_only_about_a_person(engine):
    assert engine.check("Anna Lindqvist har fått diagnosen ADHD.").action == "block"
    assert engine.check("Klienten 811218-9876 uppbär ekonomiskt bistånd.").action == "block"
    assert engine.check("Vilka symtom har diabetes typ 2?").action in ("allow", "log")
    assert engine.check("Personuppgifter om hälsa, etnicitet eller religion får inte matas in.").action in ("allow", "log")


@pytest.mark.parametrize("text, value", [
    ("Ring Anna Lindqvist imorgon", "Anna Lindqvist"),
    ("Mötet leddes av Karl-Johan Andersson.", "Karl-Johan Andersson"),
    ("Deltagare: Svensson, Maria", "Svensson, Maria"),
    ("Kontakta handläggare Lindgren", "Lindgren"),
    ("Per Berg skickade rapporten", "Per Berg"),
])
def test_person_names(found, text, value):
    assert any(t == "PERSON" and value in v for t, v in found(text)), found(text)


@pytest.mark.parametrize("text", [
    "Vi gick längs stranden och såg eken vid berget.",
    "Berg och dal, holm och strand.",
    "Kostnaden är 250 kr per person.",
    "Skatteverket och Försäkringskassan samarbetar.",
])
def test_words_that_are_also_names(found, text):
    assert "PERSON" not in types(found, text)


def test_lone_given_names(engine, found):
    assert ("PERSON", "Anna") in found("Skriv ett grattiskort till Anna.")  # mid-sentence: a person
    assert ("PERSON", "Malin") in found("Hej Malin!\nKan du ta passet?")
    assert ("PERSON", "Jonas") in found("Tack!\n/Jonas")
    assert ("PERSON", "Giulia Ferraro") in found("Kind regards,\nGiulia Ferraro")
    # At a sentence start a given name is not redacted, but it makes the person identifiable.
    assert engine.check("Maria åker till Visby.").action == "allow"
    assert engine.check("Anna har fått diagnosen depression, hur stöttar jag henne?").action == "block"


def test_organisations_are_not_people(found):
    for text in ("Region Stockholm har beslutat", "Kontakta Fastighetsavdelningen Lindberg", "Hotell Bergström ligger vid torget"):
        assert "PERSON" not in {t for t, _ in found(text)}, text


@pytest.mark.parametrize("text, entity", [
    ("Ring mig på 070-123 45 67", "PHONE_NUMBER"),
    ("mobil +46 70 123 45 67", "PHONE_NUMBER"),
    ("tel 08-123 456 78", "PHONE_NUMBER"),
    ("mejla anna.lindqvist@gmail.com", "EMAIL_ADDRESS"),
    ("mejla anna.lindqvist(at)gmail.com eller erik [at] foretag [dot] se", "EMAIL_ADDRESS"),  # spelt out against harvesters
    ('{"msisdn": "46701740647", "operator": "TELE2"}', "PHONE_NUMBER"),  # E.164 without its + under a phone field
    ("Budlista\n1. Omar Haddad 0701740655 4 250 000 kl 10:02", "PHONE_NUMBER"),  # a mobile, then an amount
    ("Hon bor på Storgatan 12, 123 45 Stockholm", "SE_ADDRESS"),
    ("adress Drottning Kristinas väg 4 B", "SE_ADDRESS"),
    ("IBAN SE45 5000 0000 0583 9825 7466", "IBAN_CODE"),
    ("Betala till bankgiro 5050-1055", "SE_BANKGIRO"),
    ("plusgiro 90 20 01-7", "SE_PLUSGIRO"),
    ("kortnummer 4111 1111 1111 1111", "CREDIT_CARD"),
    ("Clearingnr 8327-9, kontonr 914 123 456-7", "SE_BANK_ACCOUNT"),
    ("Ersättning till privat konto: SEB 5357-1026345", "SE_BANK_ACCOUNT"),  # clearing and account joined by a dash
    ("Clearingnr: 5357   Kontonr: 10 123 45", "SE_BANK_ACCOUNT"),
    ("Nytt lönekonto: Handelsbanken 6789-412 705 318.", "SE_BANK_ACCOUNT"),  # clearing, then an account in groups of three
    ("id,pnr,diagnos\nP001,19620811-1283,frisk\nP002,197002033426,frisk", "SE_PERSONNUMMER"),  # after a CSV id ending in a digit
    ("kundnr;namn;personnr;kort\n" + "\n".join(f"1048{i};Kund {i};-;Årskort" for i in range(4)) + "\n10489;Eva Ek;9703118928;Årskort", "SE_PERSONNUMMER"),  # ten digits under a column named so
    ("Bank: Swedbank\nClearingnummer: 8105-9\nKontonummer: 914 027 553-6", "SE_BANK_ACCOUNT"),  # the account on a line of its own
    ("namn\tbank\tkonto\nOla Berg\tSEB\t5491-10 033 71", "SE_BANK_ACCOUNT"),  # SEB's account in groups
    ("186 000 kr fördes från 8105-9 912 345 678-1 till en annan bank.", "SE_BANK_ACCOUNT"),  # Swedbank's shape alone
    ("Leverantör          Bankgiro     Belopp\nStäd AB             5050-1055    41 250,00", "SE_BANKGIRO"),  # the header names the column
])
def test_contact_and_finance(found, text, entity):
    assert entity in types(found, text)


@pytest.mark.parametrize("text", [
    "DATABASE_PASSWORD: ${DB_PASSWORD:?must be set}",  # interpolated, not written
    "OPENAI_API_KEY=sk-din-nyckel-här",
    "JWT_SECRET=change-me-in-production\nDB_PASSWORD=not-a-real-password",
    'const labels = { password: "Lösenord (minst 12 tecken)" };',  # a form's label
    "DATABASE_URL=postgresql://user:pass@host/db",
    "OPENAI_API_KEY=sk-...din-nyckel-här",
    "har du bytt lösen nyligen? den säger fel lösenord",  # a question mark ends a sentence, not a password
    "export STRIPE_API_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\nclient = Client(key=API_KEY, password=PASSWORD)",  # x'es, constants
    'deployen failar: secreten "db-password" saknas i namespace prod, kan någon köra kubectl? Don\'t paste it',  # prose
    "Fastigheterna Sjöbotten 3:14 och Lillbacken 1:201 ska regleras.",  # property designations
    "Besöksadress: Storgatan 22, 882 30 Sollefteå. Bokning via kontaktcenter.",
    "Kontakt: ir@bolaget.example.com, tel 08-123 400 00 (växel)",
    "Frågor: rekrytering.omsorg@kommunen.example.se",
    "Jag går förbi Birger Jarlsgatan på vägen.",
    "vi går till per holm och äter, sen en sväng förbi lind och ek",  # lower case, but ordinary words
])
def test_public_and_placeholder_values_are_not_redacted(engine, text):
    assert engine.check(text).action in ("allow", "log"), engine.check(text).findings


@pytest.mark.parametrize("text, value", [
    ("Nora Eklund | Sandvik 14, 686 96 Östra Ämtervik | 07:18", "Sandvik 14, 686 96 Östra Ämtervik"),  # no street word: the postcode tells
    ("Anläggningsadress: Skogsbrynet 2, 826 40 Söderhamn, anläggnings-id 7359", "Skogsbrynet 2, 826 40 Söderhamn"),
    ("Aleksandra Kowalska\nVintergatan 17, 2 tr, 722 10 Västerås", "Vintergatan 17, 2 tr, 722 10 Västerås"),
    ("20114;Annelie Gustafsson;Lärkvägen 11;236 32 Höllviken;4 560,00", "Lärkvägen 11;236 32 Höllviken"),  # postcode in the next column
    ("Beslutet skickas till Jonna Ek c/o Wiklund, Box 2207, 903 12 Umeå.", "Box 2207, 903 12 Umeå"),  # a person's post through someone
    ("Kund (14:22): jag bor på lärkgatan 9 lgh 1102 722 14 västerås", "lärkgatan 9 lgh 1102 722 14 västerås"),  # typed in lower case
    ("Sökande: Lars Öhrn, Norra Bäcka gård, 590 41 Rimforsa", "Norra Bäcka gård, 590 41 Rimforsa"),  # a farm has no number
    ("Gäldenär:\nMAJA ÖSTLUND\nKLOCKARGATAN 7 LGH 1301\n632 20 ESKILSTUNA", "KLOCKARGATAN 7 LGH 1301\n632 20 ESKILSTUNA"),  # in capitals
])
def test_addresses_whole(found, text, value):
    assert ("SE_ADDRESS", value) in found(text)


def test_table_columns_are_not_a_phone_number(found):
    assert "PHONE_NUMBER" not in types(found, "Pos  Tjänst   Volym   À-pris   Summa\n2    Utvecklare   2 000        980   1 960 000")


@pytest.mark.parametrize("text", [
    "Kontakta servicedesk@kommunen.se vid frågor.",
    "Växel 0771-11 22 33",
    "Mötet är 2026-11-23 kl 13.00, kostnad 12 500 kr.",
    "Box 123, 831 82 Östersund",
    "Fakturanummer 1234-5678",
    "Summa 3,196208111283 kr",  # the decimals of a number
    "Från: nyhetsbrev@bostadsbolaget.se, svar till presstjanst@bolaget.se eller purchasing@frakt.se",  # role mailboxes, also compounds
    '<input type="email" placeholder="namn@exempel.se">',  # a template's address
    "Testdata: 000000-0000 (nollor)",
    "Postnummer 433 00–433 99 hör till zon C.",  # a range, not the prefix 00
    "Giftinformationscentralen 010-456 67 00. Skatteupplysningen 0771-567 567.",
    "Presskontakt: Regionens presstjänst, press@regionen.se, 010-121 00 00 (vardagar 8–17)",  # a service's opening hours
    "Media enquiries: press@hotellet.se, +46 8 4650 0430",  # the line's label says whose
    "Frågor: antagning@hogskolan.se, jobs@spelstudion.se, styrelsen@brfen.se, budgetradgivning@kommunen.se",  # also a compound's end
    "Telefontid måndag–torsdag 9–11: 08-4650 04 40",
    "Kvällstid ring jourlinjen 0910-58 77 00. Frågor till vår funktionsbrevlåda mangfald@gymmet.se.",
])
def test_public_contact_points_and_numbers_pass(found, text):
    assert not types(found, text) - {"SE_ORGANISATIONSNUMMER"}


@pytest.mark.parametrize("text", [
    "aws_access_key_id = AKIA4HJ7QX2LM9TR5WVE",
    "OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD",
    "token: ghp_abcdefghijklmnopqrstuvwxyz0123456789",
    'password = "Sommar2024!"',
    "Local vars\n  host       'smtp.office365.com'\n  password   'Skola!2026vt'\n  use_tls    True",  # a debugger's variable table
    "SMTP_HOST=smtp.office365.com\nSMTP_PASS=SyMI2xNvTY1OC26B",
    "users:\n- name: deploy\n  user:\n    client-key-data: " + "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo" * 2,
    "Wi-Fi besökare: FG-Gäst / lösen Välkommen2025 (sitter på anslagstavlan)",
    "08:30  Ilse Brandt, tillsyn, nyckelgömma kod 4471",
    "Server=db01;Database=crm;User Id=sa;Password=Hemligt123;",
    "lösenord: Vinter#2025",
    "Larmkod (entré): 5582",  # a code with a note in brackets, a word before the colon, letters and a dash
    "Portkod grind: 4417#",
    "Nyckelkod: B7-3306",
    "Koden till porten är 9021, ring på hos mig sen.",
    "Simkortet är låst, min PUK är 48211937.",
    'sentry:\n  dsn: "https://3f2a9c0d41b74e8e9a5c6b7d8e9f0a1b@o112233.ingest.sentry.io/4455"',
    "Om VPN:en inte kommer upp: PSK är 9f!Kq2#LmTz8vW, ange den manuellt.",
    "curl 'https://st01.blob.core.windows.net/n/b.tar.gz?sv=2024-11-04&sp=rl&se=2026-12-31&sig=F9lsPQFo83GOSVLJK0K3G2QRoN4hIcdvHfxa72xxnAb%3D'",
    "Bucket-kontot har access key AKIA2E0A8F3B244C9986 och secret Zx81kPq0TmvLwq3R9sDf0BnVh7YtUe2Ka5cJi4Wo.",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
    "postgres://app:s3cr3tpass@db.internal:5432/crm",
])
def test_credentials(found, text):
    assert "CREDENTIAL" in types(found, text)


@pytest.mark.parametrize("text", [
    'password = os.environ["DB_PASSWORD"]',
    "api_key: ${API_KEY}",
    "OPENAI_API_KEY=<your-api-key>",
    "def login(user, password):\n    return check(user, password)",
])
def test_code_without_credentials(found, text):
    assert "CREDENTIAL" not in types(found, text)


# -- generalisation: the forms other authors write (own examples, not from either corpus) ----------

@pytest.fixture(scope="module")
def own_register():
    """found(text) against a register of this test's own, read the way guard reads a CSV."""
    from guard.config import parse_customers
    from guard.scan import Scanner

    register = parse_customers(
        "kundnr;name;ort\n"
        "K-20417;Solbacka Måleri & Fasad AB;Ludvika\n"
        "K-20418;Tallåsen Bostadsrättsförening;Mora\n"
        "K-20419;Bostadsrättsföreningen Granhöjden;Falun\n"
        "K-20420;Sara Lovisa Engström;Avesta\n"
        "K-20421;Data-Nord Luleå AB;Luleå\n"
        "48213;Norrsken Konsult AB;Kiruna\n",
        "own.csv",
    )
    scanner = Scanner(register)
    return lambda text: {(f.type, text[f.start:f.end]) for f in scanner.scan(text)}


def test_register_reads_customer_numbers_from_a_number_column():
    from guard.config import parse_customers

    rows = parse_customers("customer_number,name\nC-77,Vitsippan AB\n,Utan Nummer AB\n", "r.csv")
    assert [(str(r), r.number) for r in rows] == [("Vitsippan AB", "C-77"), ("Utan Nummer AB", "")]
    assert parse_customers("name\nVitsippan AB\n", "r.csv")[0].number == ""


@pytest.mark.parametrize("text, value", [
    ("Offerten från Solbacka Måleri kom i går", "Solbacka Måleri"),
    ("Styrelsen i Brf Tallåsen har möte", "Brf Tallåsen"),
    ("Kallelse till BRF Tallåsens årsstämma", "BRF Tallåsens"),
    ("Bostadsrättsföreningen Tallåsen byter hiss", "Bostadsrättsföreningen Tallåsen"),
    ("Granhöjden Bostadsrättsförening vill ha en ny stadga", "Granhöjden Bostadsrättsförening"),
    ("Brf Granhöjden har fått en faktura", "Brf Granhöjden"),
    ("Sara Engström har sagt upp sitt avtal", "Sara Engström"),
    ("Felanmälan från Data-Nord i Luleå", "Data-Nord"),
    ("Kund K-20417 har inte betalat", "K-20417"),
    ("Ärendet gäller kundnr 48213, se bifogad faktura", "48213"),
])
def test_customer_short_forms_and_numbers(own_register, text, value):
    assert ("CUSTOMER", value) in own_register(text), own_register(text)


@pytest.mark.parametrize("text", [
    "Vi såg norrsken över fjället i natt.",  # one-word short forms must be distinctive
    "Beloppet 48213 kr betalades i mars.",  # digits only: an amount without a customer word
    "Ordernummer 2-48213 är skickat.",
    "Hur bildar man en bostadsrättsförening?",
])
def test_customer_short_forms_leave_ordinary_text(own_register, text):
    assert not {t for t, _ in own_register(text)} & {"CUSTOMER"}, own_register(text)


@pytest.mark.parametrize("text, entity", [
    ("Ärendenr\tHandläggare\tSekretessgrund\n2026/311\tJL\tOSL 26:1\n2026/312\tKM\tOSL 26:1", "SECRECY_MARKER"),
    ("Diarienr;Status;Grund\n2026/12;Öppen;OSL 25:1", "SECRECY_MARKER"),
    ("Sekretess: OSL 26:1\nUtredning om familjehem", "SECRECY_MARKER"),
    ("Ämne: Konfidentiellt: omorganisation av ekonomienheten\n\nHej alla,", "SECRECY_MARKER"),
    ("Subject: Confidential – Q3 forecast\n\nHi team,", "SECRECY_MARKER"),
    ("KONFIDENTIELLT PM\nNedskärningar i hemtjänsten", "SECRECY_MARKER"),
    ("Internt material – får inte spridas utanför ledningsgruppen\nBudget 2027", "INTERNAL_MARKER"),
    # a subject line in capitals, a compound document noun, a noun after the word
    ("Ämne: KONFIDENTIELLT – lönerevision 2026\n\nHej alla chefer,", "SECRECY_MARKER"),
    ("INTERNT ARBETSMATERIAL\nBudgetförslag 2027", "INTERNAL_MARKER"),
    ("Internt PM\nDatum: 2026-11-12\nOmorganisation av kundtjänsten", "INTERNAL_MARKER"),
    ("Konfidentiell information – endast för styrelsen\nUtkast till kvartalsrapport", "SECRECY_MARKER"),
    ("Intern information – ej för extern spridning\nLönekartläggning", "INTERNAL_MARKER"),
    ("Endast för intern användning\nPrisstrategi", "INTERNAL_MARKER"),
    ("Ej offentlig handling\nUnderlag till förhandlingen", "SECRECY_MARKER"),
    ("Company Confidential\nRoadmap 2027", "SECRECY_MARKER"),
    ("Sekretessbelagd uppgift enligt OSL 26:1\nKlienten har kontakt med enheten.", "SECRECY_MARKER"),
    # the document itself, named definite at a sentence's start
    ("Hej!\nHandlingen omfattas av sekretess enligt 21 kap. 7 § OSL.", "SECRECY_MARKER"),
    ("Här är underlaget. Dokumentet är klassat som internt och får inte delas.", "INTERNAL_MARKER"),
    # the reference written "26:1 OSL" or in brackets; a warning line; a class without a colon; more labels
    ("Sekretess enligt 26:1 OSL\nUtredning om barnet", "SECRECY_MARKER"),
    ("Sekretess (OSL 26:1)\nJournalanteckning", "SECRECY_MARKER"),
    ("Ärende\tGrund\n2026/14\t26:1 OSL", "SECRECY_MARKER"),
    ("OBS! Sekretess\nUppgifter om familjen", "SECRECY_MARKER"),
    ("Observera: innehåller sekretessbelagda uppgifter.\nUtredning", "SECRECY_MARKER"),
    ("Klassning BEGRÄNSAT HEMLIG\nPlan för reservkraft", "SECRECY_MARKER"),
    ("Säkerhetsklass 2\nBeskrivning av reservkraft", "SECRECY_MARKER"),
    ("Informationsklass K1\nRutin för nyckelhantering", "INTERNAL_MARKER"),
    ("Säkerhetsskyddsklassificerad: Ja\nRitningar över ställverket", "SECRECY_MARKER"),
    ("Sekretessnivå: Hög\nProjekt Alfa", "SECRECY_MARKER"),
    ("Dokumentstatus: Internt\nOrganisationsförändring", "INTERNAL_MARKER"),
    ("Sidhuvud: KONFIDENTIELLT\nAvtal", "SECRECY_MARKER"),
    ("Absolut sekretess enligt 19 kap. 3 § OSL till dess tilldelningsbeslut fattats\nUtvärdering", "SECRECY_MARKER"),
    ("Bilaga 4\nSekretess begärs enligt 31 kap. 16 § OSL – uppgifterna utgör affärshemligheter.", "SECRECY_MARKER"),
    ("COMMERCIAL IN CONFIDENCE\n\nResponse to RFP 2026-118", "SECRECY_MARKER"),
    ("AFFÄRSHEMLIGHET\nPrislista 2027", "SECRECY_MARKER"),
    ("Process för omställning\n\nDokumentägare: HR-chef   |   Klassificering: Intern   |   Version 0.3", "INTERNAL_MARKER"),
    ("ENDAST FÖR TJÄNSTEBRUK\nPlan för krisledning", "INTERNAL_MARKER"),
    ("Endast för tjänstebruk\nKontaktlista krisledningsgruppen", "INTERNAL_MARKER"),
    ("INTERNAL ONLY\nQ3 numbers", "INTERNAL_MARKER"),
    ("Proprietary and Confidential\nProduct roadmap 2027", "SECRECY_MARKER"),
    ("PRIVILEGED & CONFIDENTIAL\nLegal memo", "SECRECY_MARKER"),
    ("Konfidentialitetsnivå: 2\nSystem: ekonomisystemet", "SECRECY_MARKER"),
    ("Skyddsvärde: Högt\nNätverksdiagram", "SECRECY_MARKER"),
    # a stamp in a header's or footer's column, a label after a wide gap, a heading in capitals that may not be spread
    ("Sida 2 (9)            HEMLIG            Dnr FM2026-331\nLägesbild", "SECRECY_MARKER"),
    ("Bilaga 3                KONFIDENTIELLT – affärshemlighet\nPrisbilaga", "SECRECY_MARKER"),
    ("INTERNT            Gäller från 2027-01-01\nRutin för avvikelser", "INTERNAL_MARKER"),
    ("Region Norrby                 Klassificering: Säkerhetsklass 2\nReservkraft", "SECRECY_MARKER"),
    ("OPUBLICERAT MATERIAL – FÅR EJ SPRIDAS\nIntervju med visselblåsaren", "SECRECY_MARKER"),
    ("Informationsklass 3 – Förteckning över behörigheter\nKarin Ek\tadmin", "SECRECY_MARKER"),  # a class, a dash, a title
    ("Eleven Tilde i 5A har skyddad identitet. Lämna inga uppgifter om henne.", "SECRECY_MARKER"),  # the protected person named
    ("Sida 2 (4)          Säkerhetsklass 2 – Begränsad          Utgåva 3\nReservkraft", "SECRECY_MARKER"),  # a class in a column
    ("OBS! SEKRETESSMARKERADE UPPGIFTER – lämna inte ut adressen\nHyresgäst i trapphus B", "SECRECY_MARKER"),
    ("SKYDDAD IDENTITET – uppge aldrig adressen\nBrev till familjen", "SECRECY_MARKER"),
    ("Hej styrelsen, en ny medlem i lgh 1204 har skyddad identitet.", "SECRECY_MARKER"),
    ("Kopia av akten gällande Sara Ek. Observera: sekretessmarkering i folkbokföringen.", "SECRECY_MARKER"),
    ("intern – endast för tjänstebruk\nplan för övningar 2027", "INTERNAL_MARKER"),
    ("TLP:AMBER – dela bara inom incidentgruppen\nLoggar från brandväggen", "SECRECY_MARKER"),  # the Traffic Light Protocol
    ("Sidfot på varje sida: INTERNT – FÅR EJ SPRIDAS\nBudget", "INTERNAL_MARKER"),  # a stamp after a label's colon
    ("SKYDDAD ADRESS\nSökande har sekretessmarkering i folkbokföringen.", "SECRECY_MARKER"),
    ("Meddela receptionen: hyresgästen Amina Yusuf har skyddade personuppgifter.", "SECRECY_MARKER"),
    ("Sekretessbelagt / Confidential\nAnbud 2026-14", "SECRECY_MARKER"),
    ("Taxan höjs 6 %. Konfidentiellt fram till styrelsens beslut: ägaren vill ha mer.", "SECRECY_MARKER"),
    # what the text says it is; a release held back to a date
    ("Detta är ett internt arbetsmaterial. Sammanfatta det i fem punkter.", "INTERNAL_MARKER"),
    ("This is a confidential memo on the Q3 restructuring.", "SECRECY_MARKER"),
    ("EMBARGO: 2027-02-10 kl. 08.00\nPressmeddelande: Bolaget förvärvar Nordkraft", "INTERNAL_MARKER"),
    ("Rapporten är under embargo till den 14 februari kl. 07.30. Gör en sammanfattning.", "INTERNAL_MARKER"),
    ("ANBUDSPRÖVNING – Absolut sekretess gäller enligt 19 kap. 3 § OSL tills beslut fattats\nAnbud A: 8,2", "SECRECY_MARKER"),
    ("STRIKT KONFIDENTIELLT – INSIDERINFORMATION\nStyrelsen beslutade om bud", "SECRECY_MARKER"),
    ("Bokslutskommuniké – utkast\nFår ej spridas före offentliggörandet 2026-02-12 kl. 07.30", "SECRECY_MARKER"),
    ("Ämne: Priser 2027\nFöretagshemlighet – endast för säljledningen\nVi höjer 4 %.", "SECRECY_MARKER"),
    ("Journalanteckning\n---\nSekretessbelagd uppgift enligt 25 kap. 1 § OSL – får endast lämnas ut efter menprövning", "SECRECY_MARKER"),
    ("Prislista Norden\nEtikett: Endast för internt bruk · Senast ändrad av Produkt", "INTERNAL_MARKER"),
    ("> Meddelandet kan innehålla sekretess. Sekretessklass: Konfidentiell", "SECRECY_MARKER"),
    ("§ 12 Personalärende (sekr. OSL 39:1)\nUtskottet beslutar", "SECRECY_MARKER"),
    ("Säkerhetsskyddsklass KONFIDENTIELL\nUtdrag ur beredskapsplanen", "SECRECY_MARKER"),
    ("Socialförvaltningen          SEKRETESS enl. 26 kap. 1 § OSL\nUtredning", "SECRECY_MARKER"),
    ("ÖVERFÖRMYNDARNÄMNDEN\nSekretess gäller enligt 32 kap. 4 § OSL\nGranskning av årsräkning", "SECRECY_MARKER"),
    ("Bilaga 3\nLeverantören begär sekretess för hela bilagan.", "SECRECY_MARKER"),
])
def test_marker_shapes_of_other_authors(found, text, entity):
    assert entity in types(found, text), found(text)


@pytest.mark.parametrize("text", [
    "OSL 26:1\tSekretess inom socialtjänsten\nOSL 25:1\tSekretess inom hälso- och sjukvården",  # a table about the law
    "Enligt OSL 26:1 gäller sekretess för uppgifter om enskildas förhållanden.",
    "HEMLIG SÅS: blanda majonnäs, senap och lite honung.",
    "HEMLIG AGENT: så leker ni leken på kalaset.",
    # a list of the classes in a text about the law, a wrapped guide, a conditional, an internal newsletter
    "Klasserna är:\n– KVALIFICERAT HEMLIG, om skadan är synnerligen allvarlig,\n– HEMLIG, om skadan är allvarlig,",
    "Tänk på att\nhandlingen är sekretessbelagd om den innehåller uppgifter om hälsa.",
    "Om rapporten är konfidentiell ska den märkas i sidhuvudet.",
    "Rubrik: Internt nyhetsbrev november\nVälkommen till julfesten!",
    "Intern kommunikation\nSå når du alla medarbetare.",
    # a policy's list of its classes, a sentence about a class, the law in a table, a warning about a rule
    "Informationsklass 0: Öppen\nInformationsklass 1: Intern\nInformationsklass 2: Konfidentiell\nInformationsklass 3: Hemlig",
    "Säkerhetsklass 2 innebär att informationen är skyddad.",
    "Lagrum\tOmråde\n26:1 OSL\tSocialtjänst\n25:1 OSL\tHälso- och sjukvård",
    "Sekretess enligt 26:1 OSL gäller för uppgifter om enskilda.",
    "OBS! Sekretessbelagda uppgifter får inte matas in i AI-tjänster.",
    "Anbudsgivaren kan begära sekretess för uppgifter som utgör affärshemligheter enligt 31 kap. 16 § OSL.",
    "Dokumentägare: Kommunikation | Klassificering: Öppen | Version 2",
    "Handlingar som är märkta ”För tjänstebruk” får inte laddas upp i AI-tjänster.",
    "Skyddsvärde: Lågt\nPublicerad information på webben",
    "Handlingstyp | Sekretess (OSL) | Gallras/bevaras\nPersonakt | 26 kap. 1 § | Gallras 5 år",  # a column's heading
    "Ordlista\nHEMLIG – säkerhetsskyddsklass enligt säkerhetsskyddslagen, används av t.ex. Försvarsmakten.",
    "Om anbudsgivaren begär sekretess ska skälen anges.",
])
def test_marker_look_alikes_stay_open(found, text):
    assert not types(found, text) & {"SECRECY_MARKER", "INTERNAL_MARKER"}, found(text)


@pytest.mark.parametrize("text", [
    "Jonas Berglund kom till mötet påverkad och sluddrade.",
    "Jonas Berglund var påverkad av alkohol på arbetsplatsen.",
    "Elin Rask hämtade ut Ramipril och Simvastatin på apoteket.",
    "Viktor Hedqvist tar Alprazolam inför flygresor.",
    "Malin Öberg har svår flygrädsla och spindelfobi.",
    "Malin Öberg bär på ett barndomstrauma.",
    "Elsa Norberg är kommunpolitiker för Centerpartiet.",
    "Elsa Norberg sitter i fullmäktige för Liberalerna.",
    "Vår medarbetare Elsa Norberg luktade alkohol i morse.",
    # an adjective in a term inflects like any other: definite, plural
    "Jag pratade med Mohammed Ali om hans ekonomiska bistånd.",
    "Kalle Persson har nedsatta hörseln sedan olyckan.",
    "De sexuella övergreppen mot Anna Ek utreds.",
    "Sara Lind fick en villkorlig dom i våras.",
    "Patienten Sara Ek, 34 år, sökte för bröstsmärtor.",  # being someone's patient is health data
    "Leo Ahl var på akuten i natt efter fallet.",
    "Min man Erik Ek har KOL och behöver kunna ta bilen.",  # an abbreviation that is a word in lower case
    "CFO Jonas Ahlberg has resigned with immediate effect for health reasons (burnout).",
    "Anmälaren uppger att inköpschefen Roger Alm har tagit emot mutor från en leverantör.",  # an accused offence
    "Klasskamraterna retade Ali Nur för hans eritreanska ursprung.",  # ethnic origin named by its people
    "Ring Petra Sand om hennes MS och anpassningen av arbetsplatsen.",
    "Subject Lars Ek was admitted with acute hepatitis on day 12.",  # an English diagnosis by its suffix
    "jag heter stina borg och är med i Kommunal sen tio år",  # membership, said in lower case
    "Nattpersonal: Rosa 15 år har skurit sig i armen igen.",  # a given name that is also a word, before an age
    "Vi välkomnar nya medlemmar i partiföreningen: Sara Holm och Per Ek.",
    "Kallelse: Lars Ek, gastroskopi med tonsillektomi 3 dec.",  # procedures by their endings
    "Karin Alm visade förekomst av ostarine vid dopningsprovet.",
    "Grannen Tommy Ek har satt upp affischer för Nordiska motståndsrörelsen.",
    "Ola Ek har fatt forsorjningsstod sedan maj.",  # typed without å, ä and ö
    "MBL § 11 – Unionens medlem Fredrik Åkesson varslas.",  # membership, the union named first
    "Grannen Kalle Ek har hotat att skjuta min hund.",
    "Dopanmälan\nBarn: Elvira Jonsson, född 2026-09-02",
])
def test_sensitive_data_in_other_words(engine, text):
    assert engine.check(text).action == "block"


@pytest.mark.parametrize("text", [
    "Anna Berg börjar sin tjänst i april.",  # "april" is a month, not a medicine suffix
    "Karin Holm är påverkad av omorganisationen.",  # affected, not intoxicated
    "Erik Sandén bygger en plattformsberoende app.",
    "Erik Sandén eldar med kol i bastun.",
    "Erik Sandén skriver om ordets historiska ursprung och har teknisk bakgrund.",
    "Erik Sandén installerar MS Teams på sin dator.",
    "Erik Sandén är med i planeringen; se handlingsplan 2 och detaljplan 12.",
])
def test_sensitive_look_alikes_about_a_person_pass(engine, text):
    assert engine.check(text).action != "block"


@pytest.mark.parametrize("text", [
    "from acme import WidgetFactory\nfactory = WidgetFactory()",
    "class InvoiceReader:\n    def read(self): ...",
    "client = Helena(config)",
    "Domen kan överklagas till Göta hovrätt.",
    "Barnen går på Alva skola.",
    # places named for someone, people of history and fiction, a template's fields, a table's header
    "Start vid Olof Palmes gata, via Drottninggatan till Gustav Adolfs torg.",
    "Våra patienter remitteras till Astrid Lindgrens barnsjukhus.",
    "Vilka av Astrid Lindgrens böcker passar? Vi har läst Pippi Långstrump och Emil i Lönneberga.",
    "Eleverna ska göra ett arbete om Carl von Linné och Selma Lagerlöf.",
    "Mall för signatur:\n[Förnamn Efternamn]\nE-post: fornamn.efternamn@kommunen.se",
    "Ordernr\tKund\tBelopp\n8504123312\tBygghandeln Väst\t12 480",
    "Namn;Antal;Pris\nBygghandeln Väst;3;400",  # a bare "Namn" column without a person's contact column
    "Förnamn,Efternamn,Personnummer,E-post,Enhet",  # a header: the column after a name column is not a name
    "Dear [Customer Name],\nThank you for contacting us.\nKind regards, [Agent Name]",  # a template's fields
    "Julkonsert i Ulrika Eleonora kyrka, Gustav Vasa kyrka och Adolf Fredriks kyrka.",
    "Ansökan till Torsten och Ragnar Söderbergs stiftelse ska vara inne i mars.",  # two given names, one foundation
    "Hennes & Mauritz föll 1,9 procent; hur skrivs genitiv av ett namn som ”Lars”?",  # a firm, a name quoted as a word
    "Två BILLY-hyllor; stormen Gudrun 2005; rapport enligt Lex Sarah. Namnsdagar i veckan: Malin, Malte, Ingrid.",
    "Guiden berättar om Carl Milles skulpturer och Sven Markelius funktionalism.",
    "Vi tar i drift Sveriges nordligaste vätgaslager. Förklara ISA 240.",  # "dr" inside "drift" is no title; an acronym
    "Sökande: Vindkraft Norrberga AB, org.nr 559306-5120",  # a company after a role word
    "Dikter av Gustaf Fröding och Karin Boye, Andrew Carnegies bibliotek.",  # people of history
    "Läs om henne på https://sv.wikipedia.org/wiki/selma-lagerlöf och www.exempel.se/ny-rutin-for-sjukskrivning",
])
def test_code_identifiers_and_institutions_are_not_people(found, text):
    assert not types(found, text) & {"PERSON", "EMAIL_ADDRESS"}, found(text)


@pytest.mark.parametrize("text, value", [
    ("Sten Sture Eriksson är ny chef.", "Sten Sture Eriksson"),  # a public figure (Sten Sture) only as the whole name
    ("Elsa Norbergs skola ringde i dag.", "Elsa Norbergs"),  # a person's own school
    ("<Sokande><Fornamn>Sabina</Fornamn><Efternamn>Halilović</Efternamn></Sokande>", "Halilović"),  # an XML element names it
    ("Du kan betala till bankgiro 5533-9014. Mvh Jörgen Fält, 070 174 06 03", "Jörgen Fält"),  # after a sign-off on its line
    ("skriv ett sms till kalle jonsson om att hantverkarna kommer på tisdag", "kalle jonsson"),  # a line typed in lower case
    ("Kund (09:41): hej det är sara nyström, mitt paket har inte kommit", "sara nyström"),  # a chat line, after its speaker
    ("I: berätta om dig själv\nR: jag heter maja lindholm och jobbar på Ica i Borlänge", "maja lindholm"),  # a name given as one's own
    ("073-1740613 J Mäkinen    800 kr (familj)", "J Mäkinen"),  # an initial without its dot, before a distinctive surname
    ("Beslutet skickas till Jonna Ek c/o Wiklund, Box 2207, 903 12 Umeå.", "Wiklund"),  # the one the post goes through
    ("Hans profil: https://www.linkedin.com/in/viktor-lindahl-7a31b2/", "viktor-lindahl"),  # a web address's words
    ("Se intranätet: https://intra.bolaget.se/medarbetare/frida_wikström", "frida_wikström"),
    ("Profil: linkedin.com/in/oskar-nyström-sthlm, tel enligt CV", "oskar-nyström"),  # an address without its scheme
])
def test_people_with_the_names_of_others(found, text, value):
    assert ("PERSON", value) in found(text)


@pytest.mark.parametrize("text, values", [
    ("Ring Sean McDonald i morgon.", {"Sean McDonald"}),
    ("Familjen Okafor har flyttat till kommunen.", {"Okafor"}),
    ("Rosa vill jobba natt och Sten har sökt ledigt.", {"Rosa", "Sten"}),
    ("Mårten Ödman och Désirée Friis har bytt pass; Jocke tar lördagen.", {"Mårten Ödman", "Désirée Friis", "Jocke"}),  # letters beyond a–z, nicknames
    ("Skadeanmälan från Valbona Gashi, Andrius Petrauskas och Ngozi Okonkwo", {"Valbona Gashi", "Andrius Petrauskas", "Ngozi Okonkwo"}),
    ('{"first_name": "Tove", "last_name": "Ekdahl", "age": 41}', {"Tove", "Ekdahl"}),
    ("INSERT INTO elever (id, förnamn, efternamn) VALUES (1, 'Alva', 'Nordqvist'), (2, 'Vide', 'Kaya');", {"Alva", "Nordqvist", "Vide", "Kaya"}),
    ("klass;fornamn;efternamn\n7B;Ebba;Zetterlund\n7C;Leon;Oduya", {"Ebba", "Zetterlund", "Leon", "Oduya"}),
    ("Namn\tMobil\tPass\nVera Gren\t070-174 06 92\tkväll\nEva Ek\t070-174 06 93\tdag", {"Vera Gren", "Eva Ek"}),  # a bare "Namn" beside a phone column
    ("pnr,efternamn,förnamn\n990301-6161,Pettersson Lind,Alice", {"Pettersson Lind", "Alice"}),  # a cell of two surnames
    ("09:12 Agent Signe: Hej! Vad gäller saken?", {"Signe"}),
    ("Bokning\tNamn\nX7K2QM\tHADDAD/KARIM MR\nR4TT9Z\tLINDQVIST/EVA MS", {"HADDAD/KARIM MR", "LINDQVIST/EVA MS"}),  # passenger names
])
def test_names_in_other_forms(found, text, values):
    names = {v for t, v in found(text) if t in ("PERSON", "CUSTOMER")}
    assert values <= names, found(text)


def test_basic_auth_is_a_credential_unless_a_placeholder(found):
    import base64

    def header(pair: bytes) -> str:
        return f"Proxy-Authorization: Basic {base64.b64encode(pair).decode()}"

    assert "CREDENTIAL" in types(found, header(b"kassa01:Lingon!2026"))
    assert "CREDENTIAL" not in types(found, header(b"user:password"))
    assert "CREDENTIAL" not in types(found, "Authorization: Basic xİxxxxxxſxx")  # letters the case-blind pattern lets in: not base64, no crash


@pytest.mark.parametrize("text", [
    "SLACK_TOKEN=xoxp-your-token-here",
    "GITHUB_TOKEN=ghp_<paste token>",
    "API_KEY=XXXXXXXXXXXXXXXXXXXX",
    "aws_access_key_id = AKIAQWERTYUIOEXAMPLE",
    # a password's name before ordinary words, a bypass flag
    "Byt lösenord minst var 90:e dag.",
    "Lösenordspolicy 2024: minst 12 tecken.",
    "SSL_BYPASS=enabled_for_testing",
])
def test_placeholder_credentials_pass(found, text):
    assert "CREDENTIAL" not in types(found, text), found(text)
