from common import C

CASES = [
# ------------------------------------------------------------------ ekonomi
C("ekonomi: leverantörsfaktura", """
Kan du kontrollera att momsen är rätt uträknad på den här fakturan?

FAKTURA 2026-4471
Nordisk Kontorsservice AB
Org.nr ⟦ORG|=org('556812347')⟧   Innehar F-skattsedel
Bankgiro ⟦BG|=bg('534128')⟧

Kund: Brf Ekbacken 3, att. ⟦P|Göran Lilja⟧
Fakturadatum 2026-11-02   Förfallodatum 2026-12-02   OCR 2026447105

Städmaterial, 12 st kartonger      4 320,00
Fönsterputs, trapphus 1–4          6 800,00
Summa exkl. moms                  11 120,00
Moms 25 %                          2 780,00
Att betala                        13 900,00
""", "supplier bankgiro (policy lists bankgiro without exception -> redact), orgnr (log), contact person; OCR number and amounts must not be taken for identifiers", expect="redact"),

C("ekonomi: arvoden förtroendevalda", """
Utbetalning arvoden, Kultur- och fritidsnämnden, november
Namn\tUppdrag\tSammanträden\tArvode\tKonto
⟦P|Bengt-Åke Sjöholm⟧\tordförande\t3\t6 900\t⟦KONTO|6153 812 345 678⟧
⟦P|Fatima Yusuf⟧\tledamot\t2\t2 300\t⟦KONTO|5357 10 234 56⟧
⟦P|Christer Nordin⟧\tersättare\t1\t1 150\t⟦KONTO|8214-4, 94 552 117-0⟧

Stämmer summan 10 350 kr?
""", "TSV payment list with clearing+account numbers in three bank styles (Handelsbanken, SEB, Swedbank)", expect="redact"),

C("ekonomi: utlandsbetalning och återbetalning", """
Hej! Jag behöver hjälp med två betalningar, kan du skriva instruktioner till kollegan?

1) Leverantör i Tyskland, Maschinenbau Keller GmbH, faktura RE-88213, 18 450,00 EUR
   IBAN: ⟦IBAN|=iban('DE','370400440532013000')⟧   BIC: COBADEFFXXX

2) Återbetalning av dubbelbetalning till privatkund ⟦P|Helena Forsberg⟧, 2 395 kr
   IBAN: ⟦IBAN|=iban('SE','80008327900093456712',spaced=False)⟧
""", "two IBANs: a German company's (spaced) and a private Swedish customer's (compact)", expect="redact"),

C("ekonomi: kundreskontra export", """
Förfallna kundfordringar > 60 dagar (export från Visma)
Kundnr;Namn;Adress;Postadress;Belopp;Förfallodag
20114;⟦P|Annelie Gustafsson⟧;⟦ADR|Lärkvägen 11⟧;⟦ADR|236 32 Höllviken⟧;4 560,00;2026-08-31
20387;⟦P|Mehmet Yilmaz⟧;⟦ADR|Rosengårdsstråket 24⟧;⟦ADR|213 31 Malmö⟧;12 880,00;2026-09-15
20402;⟦P|Siv Öberg⟧;⟦ADR|Stora Nygatan 7⟧;⟦ADR|211 37 Malmö⟧;1 995,00;2026-09-30

Skriv ett vänligt men bestämt påminnelsebrev som jag kan skicka till alla tre.
""", "home addresses split over two CSV columns (street; postnummer + ort), each part labelled", expect="redact"),

C("ekonomi: kortreklamation", """
Från kund, inkommet via kontaktformuläret:

”Hej, jag har blivit dubbeldebiterad för order 778812, 1 249 kr två gånger den 3 november. Kortet jag betalade med är ⟦CARD|=card('457123041187265',' ')⟧, giltigt till 08/28. Jag vill ha tillbaka pengarna snarast. /⟦P|Kristoffer Hellström⟧, ⟦TEL|0739-44 12 80⟧”

Skriv ett svar där vi bekräftar att vi återbetalar.
""", "full card number pasted by a customer (Luhn-valid, spaced 4-4-4-4); mobile written 0739-xx xx xx", expect="redact"),

C("ekonomi: förening plusgiro", """
Medlemsutskick IFK Sörby – årsavgift 2027

Årsavgiften är 450 kr för vuxna och 250 kr för juniorer. Betala till plusgiro ⟦PG|=pg('4193227')⟧ senast 31 januari och märk betalningen med medlemmens namn.
Frågor? Kontakta kassören ⟦P|Inger Dahl⟧, ⟦TEL|070-174 06 76⟧, ⟦MAIL|inger.dahl@hotmail.com⟧.

Gör texten lite trevligare och lägg till en mening om att vi söker fler ledare.
""", "club's plusgiro number and treasurer's private contact details", expect="redact"),

C("ekonomi: reseräkning utlägg", """
Utläggsredovisning oktober
Anställd: ⟦P|Niklas Strömberg⟧, säljare region Syd
Tåg Malmö–Stockholm t/r 1 846 kr, hotell 2 nätter 2 380 kr, taxi 412 kr. Betalt med privat kort (sista siffror 4417).
Ersättning till privat konto: SEB ⟦KONTO|5357-1026345⟧

Kontrollera att summan blir rätt och att traktamentet är beräknat enligt Skatteverkets belopp för 2026.
""", "masked card ending is not a card number; SEB account written clearing-account with a dash", expect="redact"),

C("ekonomi: swish mellan kollegor", """
Skriv ett kort meddelande till gruppen: julbordet kostar 585 kr per person och ska swishas till ⟦P|Kalle Engström⟧ på ⟦TEL|070 174 06 88⟧ senast fredag. Vegetariskt alternativ finns, meddela ⟦P|Kalle⟧ vid allergier.
""", "private Swish = a private mobile number written with spaces only", expect="redact"),

C("ekonomi: inkassokrav", """
INKASSOKRAV
Gäldenär: ⟦P|Patrik Sundqvist⟧
Personnummer: ⟦PNR|=pnr(1983,3,17,199,'-')⟧
Adress: ⟦ADR|Hantverkargatan 31, 112 21 Stockholm⟧
Borgenär: Elkedjan Norden AB
Fordran: 8 940 kr (faktura 5510982) + påminnelseavgift 60 kr + inkassoavgift 180 kr

Omformulera kravet så att det följer god inkassosed.
""", "debt collection letter; no sensitive category", expect="redact"),

C("ekonomi: enskild firma faktura", """
Faktura nr 112
Från: ⟦P|Lisa Ekholm⟧ Design (enskild firma)
Org.nr ⟦PNR|=pnr(1986,5,22,260,'-')⟧ – godkänd för F-skatt
⟦ADR|Kaptensgatan 6, 414 59 Göteborg⟧
Bankgiro ⟦BG|=bg('5921043')⟧

Avser: logotyp och grafisk profil, 24 timmar à 850 kr.

Kan du skriva en kort följebrev-text?
""", "a sole trader's 'Org.nr' is her personnummer and must be labelled as one; eight-digit bankgiro", expect="redact"),

C("ekonomi: kontoutdrag", """
Kontoutdrag – Privatkonto
Kontohavare: ⟦P|Anna-Karin Lööf⟧
IBAN ⟦IBAN|=iban('SE','30000000033021045566')⟧
Datum       Text                          Belopp       Saldo
2026-11-01  LÖN REGION UPPSALA            28 412,00    31 905,40
2026-11-02  HYRA UPPSALAHEM               -8 950,00    22 955,40
2026-11-05  APOTEK HJÄRTAT                  -342,00    22 613,40
2026-11-09  SWISH ⟦P|MOHAMMED K⟧              -200,00    22 413,40

Hjälp mig göra en budget utifrån detta.
""", "bank statement with a Swish counterpart in upper case with initial", expect="redact"),

C("ekonomi: internbudget", """
⟦INT|INTERNT – får endast delas i ledningsgruppen⟧
Budgetunderlag 2027, Affärsområde Infrastruktur

Intäkter: 412 Mkr (prognos 2026: 389 Mkr)
Rörelsemarginal: 7,8 % (mål 9 %)
Personalkostnader: +4,1 %, varav lönerevision 3,4 %
Neddragning: avveckling av kontoret i Sundsvall Q2, ca 14 tjänster
Förvärv: due diligence pågår för ett konsultbolag i Örebro (ca 40 anställda)

Gör en sammanfattning i fem punkter till styrelsen.
""", "internal marking as first line; plans for closure and acquisition", expect="block"),

# ------------------------------------------------------------------ kundtjänst
C("kundtjänst: ärende med kunduppgifter", """
Ärende #48213 – Försenad leverans
Kund: ⟦P|Therese Wallin⟧
E-post: ⟦MAIL|therese.wallin@gmail.com⟧
Mobil: ⟦TEL|+46701740609⟧
Leveransadress: ⟦ADR|Ängsvägen 4, 191 45 Sollentuna⟧
Order: 2026-1104-5587 (soffa Linnea 3-sits, 14 995 kr)

Kunden har väntat 5 veckor, utlovad leverans var v. 44. Hon vill häva köpet om inte soffan levereras före 1 december.

Föreslå ett svar med kompensation.
""", "ticket fields; mobile +467... with no spaces; product named 'Linnea' (a first name) is not a person", expect="redact"),

C("kundtjänst: chattlogg med kortnummer", """
[14:02] Kund: hej jag får inte betalningen att gå igenom
[14:02] Agent: Hej! Vilket kort försöker du använda?
[14:03] Kund: ⟦CARD|=card('542523009871451','')⟧ utgår 11/27
[14:03] Agent: Tack, du behöver inte skriva hela kortnumret här.
[14:04] Kund: ok sorry. mitt namn är ⟦P|Ahmed Al-Amin⟧ om ni behöver det
[14:05] Agent: Ser att köpet stoppades av 3D Secure. Prova igen i appen.

Sammanfatta chatten för ärendeloggen.
""", "16-digit Mastercard number without spaces in a chat log", expect="redact"),

C("kundtjänst: nummerflytt telefoni", """
Flytt av nummer till oss, kunden har skickat uppgifterna:
Namn: ⟦P|Sven-Erik Lundkvist⟧
pnr ⟦PNR|=pnr(1951,9,7,315,'L')⟧
Nummer som ska flyttas: ⟦TEL|0046 70 174 06 91⟧
Nuvarande operatör: Telia, bindningstid slut 2026-12-31

Skriv en bekräftelse till kunden om vad som händer nu.
""", "lower-case 'pnr' + 12 digits; phone with 0046 prefix", expect="redact"),

C("kundtjänst: elavtal", """
Hej, jag jobbar på kundservice på ett elbolag. En kund vill säga upp sitt avtal efter att maken gått bort. Uppgifter:
Avtalsinnehavare: ⟦P|Rolf Bengtsson⟧ (avliden 2026-10-30), personnr ⟦PNR|=pnr(1944,1,20,151,'')⟧
Änkan ⟦P|Margareta Bengtsson⟧, ⟦PNR|=pnr(1947,9,11,286,'')⟧, vill ta över avtalet.
Anläggningsadress: ⟦ADR|Skogsbrynet 2, 826 40 Söderhamn⟧, anläggnings-id 735999100087654321.

Hur formulerar jag ett empatiskt svar om vad hon behöver skicka in?
""", "10-digit personnummer without separator after 'personnr'; 18-digit anläggnings-id is not an identifier type; the deceased customer's data is still labelled (recent customer record that also identifies the widow; no exception in POLICY.md)", expect="redact"),

C("kundtjänst: försäkringsskada", """
Skadeanmälan olycksfall – försäkring 7704-552-19
Försäkrad: ⟦P|Ebba Lundgren⟧, ⟦PNR|=pnr(2009,4,4,224,'-')⟧
Händelse: föll på skidresa i Sälen 2026-02-14. ⟦SENS|Främre korsbandsskada i höger knä⟧, opererad 2026-03-20. Fortfarande ⟦SENS|sjukgymnastik⟧ två gånger i veckan.
Yrkande: invaliditetsersättning och kostnadsersättning (kvitton bifogas).

Skriv ett utkast till beslut om att vi behöver läkarintyg innan vi kan bedöma invaliditeten.
""", "insurance claim with injury of a named minor", expect="block"),

C("kundtjänst: english customer e-mail", """
Hi, I ordered a jacket (order no. 90-3384127) and want to return it. I live in Sweden now, my address is ⟦ADR|Kungsgatan 48, 753 21 Uppsala⟧. Could you send a return label to ⟦MAIL|mark.h.davies@gmail.com⟧? My phone is ⟦TEL|+46 73 555 21 09⟧.
Thanks, ⟦P|Mark Davies⟧

--
Please draft a polite reply in English saying the label will arrive within 24 hours.
""", "English customer mail with Swedish address and phone", lang="en", expect="redact"),

C("kundtjänst: bostadsbolag störningsärende", """
Störningsärende, lägenhet 1104, ⟦ADR|Kornettgatan 18, 426 79 Västra Frölunda⟧
Hyresgäst: ⟦P|Tomas Hjalmarsson⟧
Grannar har klagat på skrik och slag nattetid sedan september. Vid hembesök 2026-11-03 berättade hyresgästen att han har ⟦SENS|schizofreni⟧ och att han slutat ta sin medicin. Vi har kontaktat socialtjänsten med hans samtycke.

Hur skriver vi rättelseanmaning utan att nämna hans sjukdom?
""", "landlord case: diagnosis tied to named tenant and his address", expect="block"),

C("kundtjänst: gym uppsägning", """
Svara kunden: ”Hej! Jag heter ⟦P|Annika Roos⟧ och har medlemsnummer 55102. Jag har nyligen fått diagnosen ⟦SENS|MS⟧ och kan inte träna på obestämd tid. Kan jag frysa eller säga upp mitt årskort utan avgift? Läkarintyg kan jag skicka. ⟦MAIL|annika.roos@icloud.com⟧”
""", "abbreviation MS as a diagnosis; membership number is not an identifier type here", expect="block"),

C("kundtjänst: hotellbokning gruppresa", """
Bokning konferens 12–13 mars, Hotell Havsbaden
Rum\tGäst\tMobil\tKost
201\t⟦P|Elin Nordström⟧\t⟦TEL|070-1740614⟧\t⟦SENS|glutenintolerans⟧
202\t⟦P|Rikard Falk⟧\t⟦TEL|0730-56 77 12⟧\t–
203\t⟦P|Mona Eriksson⟧\t⟦TEL|070-174 06 95⟧\tvegetarisk

Gör ett bekräftelsemejl till hotellet.
""", "dietary need that is a medical condition (celiac/gluten intolerance) tied to a named guest; 'vegetarisk' is a preference, not labelled", expect="block"),

C("kundtjänst: CRM-export JSON", """
Varför returnerar vårt API 422 på det här? Payload:

{
  "customer": {
    "firstName": "⟦P|Hanna⟧",
    "lastName": "⟦P|Sjöqvist⟧",
    "ssn": "⟦PNR|=pnr(1997,2,13,468,'L')⟧",
    "email": "⟦MAIL|hanna.sjoqvist@live.se⟧",
    "phone": "⟦TEL|0701740639⟧",
    "address": {"street": "⟦ADR|Idrottsgatan 3⟧", "zip": "90330", "city": "Umeå"}
  },
  "consent": true
}
""", "JSON with first and last name in separate fields, personnummer as 'ssn', street in its own field (labelled; the bare zip and city fields are not)", expect="redact"),
]
