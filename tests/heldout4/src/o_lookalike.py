"""Open: numbers that look like identifiers but are not (wrong check digit, impossible date, case/order numbers, timestamps)."""
def C(genre, note, text, lang="sv", expect=None):
    return dict(genre=genre, note=note, text=text, lang=lang, expect=expect)

CASES = [
C("pnr_fel_kontrollsiffra", "question whether a number is valid: the check digit is wrong, so it is not a personnummer",
"""
Till vår Python-kurs: eleverna får det påhittade numret ⟪pnbad:19850412-326⟫ och ska visa att det INTE är ett giltigt
personnummer. Kan du förklara hur kontrollsiffran räknas ut och visa steg för steg varför numret inte går igenom?
""", expect="allow"),

C("omojligt_datum", "numbers with impossible dates (month 13, 30 February) used as test data",
"""
Vi testar valideringen i vårt formulär. Följande ska ge fel: 19871332-1234, 20000230-5678, 19990001-1111.
Skriv testfall i Cypress som kontrollerar att felmeddelandet "Ogiltigt personnummer" visas.
""", expect="allow"),

C("ordernummer_lista", "order and invoice numbers with 10-12 digits in a logistics export",
"""
Ordernr      Fakturanr     Datum       Belopp
4500182730   9100044127    2025-03-03  12 450,00
4500182731   9100044128    2025-03-03   3 980,00
4500182744   9100044139    2025-03-04  27 110,50

Vilka order har fakturerats mer än en gång? (hittar inget själv)
""", expect="allow"),

C("tidsstampel_backup", "backup file names with YYYYMMDD-HHMM timestamps",
"""
Mina backupfiler heter så här, kan du skriva ett bash-skript som raderar allt äldre än 14 dagar?
backup_20250301-0200.tar.gz
backup_20250302-0200.tar.gz
backup_20250315-0200.tar.gz
backup_20250316-0201.tar.gz
""", expect="allow"),

C("diarienummer", "case/registry numbers in several municipal formats",
"""
Hjälp mig sortera ärendena efter nämnd: KS 2025/0412, BUN-2024-1187, SN 2025.0093, MBN 2024-000317, Dnr 2025-00231.
Vilka är äldre än ett år?
""", expect="allow"),

C("ocr_och_referens", "payment reference (OCR) and customer number for an organisation, no payer identity",
"""
Varför avvisas betalningen? Jag har fyllt i OCR 410372950018 och kundnummer 00478213 enligt fakturan från Elnätsbolaget.
Banken säger att referensen är felaktig.
""", expect="allow"),

C("artikelnummer_ean", "EAN-13 codes and article numbers in a product list",
"""
Artikel                      Art.nr      EAN
Kaffe Mellanrost 450 g       101-2233    7310050001234
Havregryn 1,5 kg             101-4410    7300400118104
Diskmedel 500 ml             305-0012    7311041011114

Gör en inköpslista sorterad efter avdelning.
""", expect="allow"),

C("presentkort_ogiltigt", "gift-card-like 16-digit number that fails the Luhn check",
"""
Kunden säger att presentkortet ⟪lnbad:6003 4410 2877 193⟫ inte fungerar i kassan. Vad kan vara fel om numret inte klarar
Luhn-kontrollen? Skriv ett svar till kunden.
""", expect="allow"),

C("clearingnummer_fraga", "question about which bank a clearing number belongs to (no account)",
"""
Vilken bank har clearingnummer som börjar på 8? Och varför har vissa Swedbank-clearingnummer fem siffror, t.ex. 8xxx-x?
""", expect="allow"),

C("telefonvaxel_myndigheter", "national service numbers of public authorities",
"""
Gör en lathund till vår reception med nummer att hänvisa till: 1177 Vårdguiden, 113 13 (olyckor och kriser), 114 14 (Polisen,
ej akut), Skatteverket 0771-567 567, Försäkringskassan 0771-524 524. Lägg till när man ska ringa vilket.
""", expect="allow"),

C("matdata_serienummer", "meter readings with serial numbers and timestamps",
"""
Mätare      Serienr        Avläst              kWh
Hus A       88412033917    2025-03-31 23:59    184 233
Hus B       88412033925    2025-03-31 23:59     97 412
Hus C       88412034011    2025-03-31 23:59    210 004

Räkna ut förbrukningen per hus om förra avläsningen var 181 002, 95 118 och 206 771.
""", expect="allow"),

C("personnummer_exempel_x", "explanation using an X-masked example",
"""
Hur skriver man personnummer korrekt i en officiell text – ÅÅÅÅMMDD-XXXX eller ÅÅMMDD-XXXX? Och när används plustecken,
som i 191204+XXXX? Ge en kort förklaring för vår skrivhandbok.
""", expect="allow"),

C("sportresultat", "sports results and times that contain digit groups",
"""
Resultat Vasaloppet, vår klubb: startnr 10233 tid 5:42:18, startnr 10418 tid 6:01:55, startnr 11502 tid 7:12:03.
Räkna ut snittiden och skillnaden mot förra året (5:58:40 i snitt).
""", expect="allow"),

C("fastighetsbeteckning", "property designations and land areas (not personal)",
"""
Fastigheterna Sjöbotten 3:14, Sjöbotten 3:16 och Lillbacken 1:201 ska regleras. Arealerna är 1 842, 2 110 och 955 kvm.
Förklara vad en fastighetsreglering innebär och vad Lantmäteriet tar betalt.
""", expect="allow"),

C("orgnr_leverantorslista", "supplier list with organisation numbers only (public) → log",
"""
Leverantör                 Org.nr          Ramavtal
Hälsinge Takplåt AB        ⟦ORG:⟪ln:559114-327⟫⟧     Tak- och plåtarbeten
Mälardalens Städ AB        ⟦ORG:⟪ln:556622-091⟫⟧     Lokalvård
Region Exempel             ⟦ORG:⟪ln:232100-018⟫⟧     Samverkan

Vilka leverantörer ska vi kontrollera i Skatteverkets F-skatteregister?
""", expect="log"),
]
