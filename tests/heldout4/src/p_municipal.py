"""Protected: school, förskola, överförmyndare, bygglov, färdtjänst, hemtjänst, social services, LSS."""
def C(genre, note, text, lang="sv", expect=None):
    return dict(genre=genre, note=note, text=text, lang=lang, expect=expect)

CASES = [
C("skola_atgardsprogram", "åtgärdsprogram with a school secrecy stamp in the header; diagnosis of the pupil",
"""
Barn- och utbildningsförvaltningen          ⟦SEC:SEKRETESS enl. 23 kap. 2 § OSL⟧
ÅTGÄRDSPROGRAM
Elev: ⟦NAME:Wilma Forsberg⟧   Klass: 7B   Mentor: ⟦NAME:Jenny Roos⟧
Kartläggning: ⟦NAME:Wilma⟧ har ⟦SEN:diagnosen dyslexi⟧ (utredning 2023) och når inte kunskapskraven i svenska och engelska.
Åtgärder: talsyntes och inläsningstjänst i alla ämnen, förlängd provtid, stöd av speciallärare 2x40 min/v.
Utvärdering: v. 14

Gör om åtgärderna till en punktlista som föräldrarna förstår.
""", expect="block"),

C("skola_franvaro_csv", "absence export from the school system with a free-text comment naming child psychiatry contact",
"""
Klass,Elev,Giltig frånvaro %,Ogiltig frånvaro %,Kommentar mentor
8C,⟦NAME:Alva Hedberg⟧,4,0,
8C,⟦NAME:Ibrahim Osman⟧,11,9,Sena ankomster måndagar
8C,⟦NAME:Melvin Ström⟧,38,21,⟦SEN:Hemmasittare, kontakt med BUP sedan nov⟧
8C,⟦NAME:Tuva Lindgren-Ali⟧,7,2,

Skriv ett utkast till mejl till rektor om vilka elever som behöver en frånvaroutredning enligt skollagen.
""", expect="block"),

C("elevhalsa_orosanmalan", "school nurse note about suspected violence at home, first name + class only",
"""
skolsköterska här, hjälp mig skriva orosanmälan till socialtjänsten utifrån mina anteckningar:

- ⟦NAME:Amir⟧ i 4A kom till mig idag 10:15, blåmärke på överarmen och vid nyckelbenet
- sa först att han ramlat, sen att "pappa blir arg när jag inte lyssnar"
- ⟦SEN:misstänkt våld i hemmet⟧, tredje gången i år han har synliga skador
- mamma talar lite svenska, pappa brukar hämta
""", expect="block"),

C("overformyndare_arsrakning", "annual account check at the överförmyndare: header cites OSL 32:4; principal's pnr, bank account",
"""
ÖVERFÖRMYNDARNÄMNDEN I MITTKUSTEN
⟦SEC:Sekretess gäller enligt 32 kap. 4 § OSL⟧

Granskning av årsräkning 2024
Huvudman: ⟦NAME:Greta Hellström⟧, ⟦PNR:⟪pn:390812-464⟫⟧
Ställföreträdare: god man ⟦NAME:Peter Åberg⟧
Transaktionskonto: Swedbank ⟦KONTO:8327-9, 914 227 463-5⟧

Anmärkning: uttag 12 000 kr 2024-06-14 saknar verifikation. Begär in underlag.
Formulera begäran om komplettering till den gode mannen.
""", expect="block"),

C("bygglov_grannehorande", "neighbour notification list in a building-permit case: property designations, owners, postal addresses",
"""
Kan du skriva ett följebrev till sakägarna i bygglovsärendet BN 2025-000317 (tillbyggnad fritidshus)?
Sakägare som ska underrättas:

Fastighet        Ägare                          Adress
Sjöbotten 3:14   ⟦NAME:Lars-Erik Hedlund⟧, ⟦NAME:Maud Hedlund⟧  ⟦ADR:Sjöbottenvägen 12, 931 91 Skellefteå⟧
Sjöbotten 3:16   ⟦NAME:Kenneth Lundmark⟧               ⟦ADR:Storgatan 40 B lgh 1102, 931 31 Skellefteå⟧
Sjöbotten 4:2    Dödsboet efter ⟦NAME:Sigrid Marklund⟧   c/o ⟦NAME:Åsa Marklund⟧, ⟦ADR:Hjalmar Lundbohmsvägen 22, 981 31 Kiruna⟧

Svar senast 2025-05-05.
""", expect="redact"),

C("bygglov_erinran", "neighbour's objection e-mail in a building case mentions their son's autism",
"""
Från: ⟦MAIL:mikael.sandstrom76@gmail.com⟧
Ämne: Erinran bygglov Ekbacken 2:41

Hej
Vi är grannar till den planerade förskolan och motsätter oss placeringen av lekytan närmast vår tomt. Vår son ⟦NAME:Viktor⟧ har
⟦SEN:autism⟧ och är mycket ljudkänslig, och vi har valt huset just för att det är lugnt här.
Mvh ⟦NAME:Mikael⟧ och ⟦NAME:Therese Sandström⟧, ⟦ADR:Ekbackevägen 9, 443 50 Lerum⟧

-> sammanfatta erinran i en mening till tjänsteskrivelsen
""", expect="block"),

C("fardtjanst_ansokan", "transport-service application with the applicant's illness; pnr in short form without dash",
"""
Ansökan om färdtjänst och riksfärdtjänst
Sökande: ⟦NAME:Gun-Britt Lax⟧   Personnr: ⟦PNR:⟪pn:450210392⟫⟧
Adress: ⟦ADR:Nygatan 18, 852 34 Sundsvall⟧   Tel: ⟦TEL:060-12 34 05⟧
Funktionsnedsättning: ⟦SEN:MS (multipel skleros)⟧, använder rullstol utomhus, kan gå 20 m med rollator inomhus.
Behöver: ledsagare vid resor, framsätesplacering ej möjlig.

Skriv ett förslag till beslut med motivering, bifall.
""", expect="block"),

C("hemtjanst_planering", "home-care route schedule: names, addresses, care tasks (incontinence, insulin), key-safe code",
"""
Körlista hemtjänst Västra, grupp 2, onsdag
07:00  ⟦NAME:Anna-Lisa Eriksson⟧   ⟦ADR:Kvarngatan 4, 791 31 Falun⟧   morgonhjälp, dusch, ⟦SEN:byte av inkontinensskydd⟧
07:45  ⟦NAME:Stig Holm⟧           ⟦ADR:Åsgatan 21 lgh 1203, 791 71 Falun⟧   ⟦SEN:insulin⟧ 07:30-08:00 (!), frukost
08:30  ⟦NAME:Ilse Brandt⟧         ⟦ADR:Slaggatan 2, 791 32 Falun⟧   tillsyn, nyckelgömma kod ⟦CRED:4471⟧
09:15  ⟦NAME:Stig Holm⟧ igen – ögondroppar

Kan du optimera körordningen så vi sparar tid? Vi går/cyklar.
""", expect="block"),

C("ekonomiskt_bistand_beslut", "social-services decision with the standard secrecy header; rejected financial assistance",
"""
⟦SEC:SEKRETESS 26 kap. 1 § OSL⟧
Socialnämnden, Individ- och familjeomsorgen
BESLUT
Sökande: ⟦NAME:Fatima El-Amrani⟧, ⟦PNR:⟪pn:19830419-728⟫⟧
Ärende: ⟦SEN:Ansökan om ekonomiskt bistånd⟧ till tandvård, 14 200 kr
Beslut: Ansökan avslås med stöd av 4 kap. 1 § SoL.
Motivering: ...

jag behöver en tydligare motivering, sökande har inte visat att behandlingen är akut. hjälp mig skriva den
""", expect="block"),

C("lss_korttids", "LSS application: lone first name + age, neuropsychiatric and intellectual disability",
"""
Kan du göra den här utredningstexten mer neutral och mindre värderande?

"Ansökan om korttidsvistelse enligt 9 § 6 LSS. ⟦NAME:Noah⟧, 8 år, har ⟦SEN:autism och måttlig intellektuell funktionsnedsättning⟧.
Föräldrarna är utmattade, pappan jobbar skift och mamman är sjukskriven. ⟦NAME:Noah⟧ sover dåligt och
vaknar 3-4 gånger per natt. Familjen har inget nätverk i närheten."
""", expect="block"),

C("skyddad_identitet_skola", "pupil with protected personal data: the marking itself is the secrecy marker",
"""
Till alla lärare i 6B

⟦SEC:OBS! Eleven har sekretessmarkering i folkbokföringen⟧. ⟦NAME:Lejla⟧ får inte fotograferas, hennes namn får inte stå på
klasslistor som sätts upp i korridoren eller på lärplattformen, och inga uppgifter om henne lämnas ut per telefon.
Hänvisa alla frågor till rektor.

kan du göra det här till en kort checklista att sätta in i vikariepärmen?
""", expect="block"),

C("sfi_intyg", "SFI certificate with a samordningsnummer written with a space instead of a dash",
"""
Intyg
⟦NAME:Khalid Rahimi⟧, samordningsnummer ⟦SAM:⟪sam:970564 218⟫⟧, har studerat svenska för invandrare, kurs D, vid Lärcentrum
Hofors under perioden 2024-08-19 – 2025-01-17 och fått betyget E.

Översätt intyget till engelska, han ska söka jobb i Norge.
""", expect="redact"),

C("parkeringstillstand", "disabled parking permit assessment with COPD and the applicant's address",
"""
Handläggning parkeringstillstånd för rörelsehindrade, dnr TN 2025/118
Sökande: ⟦NAME:Rolf Gustavsson⟧, ⟦ADR:Västra Vägen 31, 573 41 Tranås⟧
Läkarintyg: ⟦SEN:KOL stadium 3⟧, gångförmåga ca 100 m med vila. Syrgas vid ansträngning.

Skriv en bedömning – uppfyller han kriterierna för att få tillstånd som förare?
""", expect="block"),

C("overformyndare_arvode_mail", "e-mail thread with quoted reply: guardian asks for fee payment to clearing+account; signature with mobile",
"""
Hej!
Kan du hjälpa mig att svara kort och vänligt att arvodet betalas ut efter beslut i maj?

---------- Vidarebefordrat meddelande ----------
Från: ⟦NAME:Peter Åberg⟧ <⟦MAIL:p.aberg@telia.com⟧>
Datum: tis 8 apr. 2025 kl. 19:02
Ämne: Re: Arvode 2024

> Hej, jag har fortfarande inte fått arvodet för 2024. Kan ni sätta in det på mitt konto,
> Handelsbanken ⟦KONTO:6124 128 553 907⟧. Jag har lämnat årsräkningen i tid.
>
> Med vänlig hälsning
> ⟦NAME:Peter Åberg⟧
> ⟦TEL:073-174 06 55⟧
""", expect="redact"),

C("forskola_allergilista", "preschool list of children with allergies and parents' phone numbers",
"""
Avdelning Myran – allergier och kost VT25 (till köket)
⟦NAME:Elsa B⟧      ⟦SEN:nötallergi, anafylaxi – adrenalinpenna i väskan⟧   mamma ⟦TEL:070-174 06 61⟧
⟦NAME:Omar⟧        ⟦SEN:ingen fläskkött (religiösa skäl)⟧                     pappa ⟦TEL:076 - 174 06 62⟧
⟦NAME:Ture Sjöberg⟧  ⟦SEN:celiaki⟧, glutenfritt                              ⟦TEL:+46731740663⟧
⟦NAME:Nova⟧        laktosfritt                                          mamma ⟦TEL:0701 74 06 64⟧

Gör en veckomeny (lunch) som fungerar för hela gruppen.
""", expect="block"),

C("skolskjuts_lista", "school transport list: children's names, home addresses and pick-up times; no sensitive data",
"""
skolskjuts linje 14 ht25 – kan du göra en rutt som börjar längst norrut?

⟦NAME:Ella Nordin⟧      ⟦ADR:Ytterbyn 112, 956 92 Övertorneå⟧   07:05
⟦NAME:Hugo Nordin⟧      ⟦ADR:Ytterbyn 112, 956 92 Övertorneå⟧   07:05
⟦NAME:Linnea Keskitalo⟧ ⟦ADR:Hedenäsvägen 3, 957 31 Övertorneå⟧  07:15
⟦NAME:Sami Pekkala⟧     ⟦ADR:Juoksengi 41, 957 94 Övertorneå⟧   06:50
""", expect="redact"),

C("valnamnd_nomineringar", "list of polling-station staff nominated by parties, with party affiliation, names and phones",
"""
Röstmottagare valet 2026 – nomineringar från partierna (ej klart, arbetslista)
⟦NAME:Birgitta Sahlin⟧   ⟦SEN:(V)⟧   ⟦TEL:070-174 06 70⟧
⟦NAME:Arne Lidström⟧     ⟦SEN:(SD)⟧  ⟦TEL:070-174 06 71⟧
⟦NAME:Yasmin Haddad⟧     ⟦SEN:(S)⟧   ⟦TEL:070-174 06 72⟧

Gör ett schema så att varje vallokal har röstmottagare från minst två olika partier.
""", expect="block"),

C("socialtjanst_lowercase", "all-lowercase note from a social worker with missing Swedish letters; LVU and substance use",
"""
behover hjalp att skriva en sammanfattning till utskottet. ⟦NAME:linnea aho⟧ 15 ar, placerad pa hvb sedan februari med stod av ⟦SEN:2 och 3 § lvu⟧.
mamma ⟦NAME:tiina aho⟧ har ⟦SEN:aktivt missbruk av amfetamin⟧ och har inte kommit pa nagra umgangen. ⟦NAME:linnea⟧ sjalv har rymt tva ganger.
forslag: fortsatt vard, umgange endast under overinseende.
""", expect="block"),
]
