from common import C
P = []
a = P.append

# ---------------- social services ----------------
a(C("social_services_case_note", "sv", "block",
"""Kan du sammanfatta de här journalanteckningarna i punktform inför utredningsmötet på torsdag?

SEKRETESS enligt 26 kap. 1 § OSL
Socialförvaltningen – Individ- och familjeomsorgen, Barn och unga
Journalanteckningar

Barn: Hugo Lind, 20140821-4714
Vårdnadshavare: Sanna Lind, 19790813-6786, Tallvägen 4 B, 352 52 Växjö, tfn 070-174 06 18
Ärende: Utredning enligt 11 kap. 1 § SoL, inledd 2024-09-02

2024-09-02 Orosanmälan inkom från Hovslättskolan via e-post. Mentor uppger att Hugo vid flera tillfällen kommit till skolan hungrig och utan ytterkläder, samt att han berättat att mamma "sover hela dagarna". Hugo har haft 38 % frånvaro under vårterminen. Förhandsbedömning gjord samma dag, beslut att inleda utredning.

2024-09-05 Telefonsamtal med Sanna. Hon är ledsen över anmälan men samtycker till att socialsekreterare träffar Hugo i skolan. Sanna berättar att hon sedan våren är sjukskriven för depression och att hon har svårt att komma upp på morgnarna. Hon har kontakt med psykiatrin och medicinerar. Hugos pappa bor i Malmö och har ingen kontakt med familjen sedan 2021.

2024-09-11 Samtal med Hugo på skolan, ca 40 min, mentor närvarande första 5 min. Hugo är pratsam och ger god ögonkontakt. Han berättar att han oftast gör frukost själv, att det "brukar finnas flingor" och att han gillar att spela fotboll på rasterna. Han säger att mamma är trött och att han ibland får gå och handla. Han uttrycker oro för mamma men säger att han inte är rädd hemma.

2024-09-18 Hembesök. Lägenheten är stökig men det finns mat i kylskåpet. Sanna har ordnat en säng till Hugo som tidigare sov i soffan. Diskuterade stödinsatser: kontaktfamilj, familjebehandlare via Familjecentrum, samordnad individuell plan (SIP) med psykiatrin och skolan. Sanna är positiv till familjebehandling men tveksam till kontaktfamilj.

2024-09-25 Konsultation med skolkurator Lejla Mujić. Skolan upplever att Hugo fungerar bättre sedan han fått frukost på fritids.

Planering: SIP-möte 2024-10-09. Utredningen ska vara klar senast 2025-01-02.""",
[("SECRECY_MARKER", "SEKRETESS enligt 26 kap. 1 § OSL"), ("PERSON", "Hugo Lind"), ("SE_PERSONNUMMER", "20140821-4714"),
 ("PERSON", "Sanna Lind"), ("SE_PERSONNUMMER", "19790813-6786"), ("SE_ADDRESS", "Tallvägen 4 B, 352 52 Växjö"),
 ("PHONE_NUMBER", "070-174 06 18"), ("SENSITIVE_DATA", "Orosanmälan"), ("SENSITIVE_DATA", "depression"),
 ("PERSON", "Lejla Mujić"), ("PERSON", "Hugo"), ("PERSON", "Sanna")],
"Long (~2 KB) real-looking IFO journal; secrecy heading on its own line after a conversational request; first names reused alone (Hugo, Sanna); name-words Lind/Hugo."))

a(C("social_services_case_note", "sv", "block",
"""Orosanmälan inkom 2025-01-14 kl 10.20 från BVC gällande Alice Holm, 3 år. Sjuksköterskan har sett blåmärken på överarmarna vid två besök och mamman gav olika förklaringar. Hjälp mig formulera förhandsbedömningen.""",
[("SENSITIVE_DATA", "Orosanmälan"), ("PERSON", "Alice Holm"), ("SENSITIVE_DATA", "blåmärken")],
"No secrecy marker and no personnummer: only the combination of a child's name (Holm = word 'holme') and an orosanmälan makes it art. 9/SoL data."))

a(C("social_services_decision", "sv", "block",
"""Skriv om detta avslag så att det blir lättare att förstå för den sökande:

Beslut om ekonomiskt bistånd
Sökande: Fatima Hassan 840312-... nej vänta, rätt pnr är 870406-3885
Ansökan avser: försörjningsstöd för februari 2025 samt hemutrustning
Beslut: Avslag enligt 4 kap. 1 § SoL. Du har under januari haft inkomster från Swish om sammanlagt 14 300 kr som du inte redovisat.""",
[("PERSON", "Fatima Hassan"), ("SE_PERSONNUMMER", "870406-3885"), ("SENSITIVE_DATA", "ekonomiskt bistånd"), ("SENSITIVE_DATA", "försörjningsstöd")],
"Truncated non-number '840312-...' next to the real 10-digit pnr; ekonomiskt bistånd + named applicant."))

a(C("social_services_lss", "sv", "block",
"""Sten Ek (född -98) har beviljats kontaktperson enligt 9 § 4 LSS och korttidsvistelse 6 dygn/månad. Han har autism och måttlig intellektuell funktionsnedsättning och bor med sina föräldrar på Ekbacken. Kan du skriva en genomförandeplan i jag-form som Sten själv kan förstå?""",
[("PERSON", "Sten Ek"), ("SENSITIVE_DATA", "LSS"), ("SENSITIVE_DATA", "autism"), ("SENSITIVE_DATA", "intellektuell funktionsnedsättning"), ("PERSON", "Sten")],
"Name consists of two everyday words (sten, ek); 'Ekbacken' is a place, not a person; LSS + diagnosis."))

a(C("social_services_lvu", "sv", "block",
"""Sociala nämnden beslutade 2024-11-12 § 143 att ansöka hos förvaltningsrätten i Växjö om att Lejla Mujić, 2014-03-21, ska beredas vård enligt 2 och 3 §§ LVU. Hon vistas sedan 2024-11-08 i jourhem efter omedelbart omhändertagande enligt 6 § LVU. Ge förslag på hur vi kan förklara beslutet för Lejla på ett barnanpassat sätt.""",
[("PERSON", "Lejla Mujić"), ("SENSITIVE_DATA", "LVU"), ("SENSITIVE_DATA", "omedelbart omhändertagande"), ("PERSON", "Lejla")],
"Birth date written as ISO date, no personnummer; given name Lejla alone later; LVU is art. 9/SoL-level data."))

a(C("social_services_translation", "en", "block",
"""Please translate into Swedish, formal tone: "Our client Rosa Berg (DOB 1976-03-16) has been diagnosed with bipolar disorder and has been admitted to the psychiatric ward at Växjö central hospital twice this year. She requests that the municipality postpone the eviction." """,
[("PERSON", "Rosa Berg"), ("SENSITIVE_DATA", "bipolar disorder"), ("SENSITIVE_DATA", "psychiatric ward")],
"English; name built of two words (rosa, berg); diagnosis stated in English."))

a(C("social_services_case_note", "sv", "block",
"""anteckning 2025-02-03 / Mohammed Ali: kom till besöket påverkad, luktade alkohol. Berättar att han druckit dagligen sedan separationen. Erbjuden kontakt med beroendeenheten, tackade ja. Ny tid 10/2. skriv detta mer professionellt""",
[("PERSON", "Mohammed Ali"), ("SENSITIVE_DATA", "påverkad, luktade alkohol"), ("SENSITIVE_DATA", "beroendeenheten")],
"Lower-case, hastily typed note; substance abuse (health) about a named client; no identifier numbers."))

a(C("social_services_case_note", "sv", "block",
"""Ensamkommande ungdom, Abdirahman Warsame, samordningsnummer 20131068-3105 hmm nej det är systerns. Hans eget: 19930867-7393. Han har ansökt om försörjningsstöd i väntan på beslut från Migrationsverket. Sammanfatta vad han har rätt till.""",
[("PERSON", "Abdirahman Warsame"), ("SE_SAMORDNINGSNUMMER", "20131068-3105"), ("SE_SAMORDNINGSNUMMER", "19930867-7393"), ("SENSITIVE_DATA", "försörjningsstöd")],
"Two samordningsnummer (day+60: 68, 67) in 12-digit form; text is messy; social assistance + name."))

a(C("social_services_table", "sv", "block",
"""Kan du räkna ut snittutbetalningen per hushåll i den här listan?

Hushåll\tSökande\tPersonnummer\tUtbetalt ekonomiskt bistånd jan\tfeb
1\tAmira Haddad\t19880220-9125\t9 840\t10 212
2\tJonas Stål\t19711115-2596\t6 120\t6 120
3\tMaryam Jafari\t19980111-... saknas\t12 455\t11 930
4\tPetra Vall\t19590327-4222\t4 300\t0""",
[("PERSON", "Amira Haddad"), ("SE_PERSONNUMMER", "19880220-9125"), ("PERSON", "Jonas Stål"), ("SE_PERSONNUMMER", "19711115-2596"),
 ("PERSON", "Maryam Jafari"), ("PERSON", "Petra Vall"), ("SE_PERSONNUMMER", "19590327-4222"), ("SENSITIVE_DATA", "ekonomiskt bistånd")],
"TSV paste from a spreadsheet; sensitive term only in the column header; one pnr truncated; surname words Stål, Vall."))

# ---------------- school ----------------
a(C("school_report", "sv", "block",
"""Elev: Alva Nyberg, 100727-6569, klass 8B
Mentor: Oskar Dahl

Alva har diagnosen ADHD sedan åk 5 och har ett åtgärdsprogram i matematik och engelska. Hon behöver extra anpassningar vid prov (enskilt rum, förlängd tid). Skriv ett underlag till elevhälsomötet där vi föreslår särskilt stöd även i svenska.""",
[("PERSON", "Alva Nyberg"), ("SE_PERSONNUMMER", "100727-6569"), ("PERSON", "Oskar Dahl"), ("SENSITIVE_DATA", "ADHD"), ("PERSON", "Alva")],
"School form layout; 10-digit pnr; diagnosis plus pupil name."))

a(C("school_email", "sv", "redact",
"""Hjälp mig skriva ett vänligt mejl till vårdnadshavaren. Det gäller Ebba Sjöberg i 4A som har kommit för sent åtta gånger sedan höstlovet och ofta glömmer gympakläder. Jag vill boka ett möte vecka 48. Pappan heter Henrik Sjöberg och nås på henrik.sjoberg74@gmail.com.""",
[("PERSON", "Ebba Sjöberg"), ("PERSON", "Henrik Sjöberg"), ("EMAIL_ADDRESS", "henrik.sjoberg74@gmail.com")],
"Names and private e-mail but nothing art. 9: redact, not block."))

a(C("school_incident", "sv", "block",
"""Kränkningsanmälan till huvudman
Datum: 2024-10-17
Utsatt elev: Yusuf Kaya, åk 8
Händelse: Under lunchrasten kallade tre elever i åk 9 Yusuf för nedsättande ord om att han är muslim och drog i hans tröja. Yusuf gick hem efter lunch.
Gör om texten till en formell anmälan enligt 6 kap. 10 § skollagen.""",
[("PERSON", "Yusuf Kaya"), ("SENSITIVE_DATA", "muslim"), ("PERSON", "Yusuf")],
"Religion of a named pupil (art. 9); the legal reference 6 kap. 10 § skollagen is NOT a secrecy marker."))

a(C("school_grades_csv", "sv", "redact",
"""namn;personnummer;klass;betyg_ma;betyg_sv;betyg_en
Wilma Andersson;20111127-2769;9A;C;B;A
Elias Berg;20110429-9530;9A;E;D;C
Leo Malm;20101022-8011;9A;F;E;E
Nora Lilja;20100912-6861;9A;A;A;B
Kan du göra ett diagram över betygsfördelningen per ämne?""",
[("PERSON", "Wilma Andersson"), ("SE_PERSONNUMMER", "20111127-2769"), ("PERSON", "Elias Berg"), ("SE_PERSONNUMMER", "20110429-9530"),
 ("PERSON", "Leo Malm"), ("SE_PERSONNUMMER", "20101022-8011"), ("PERSON", "Nora Lilja"), ("SE_PERSONNUMMER", "20100912-6861")],
"Semicolon CSV, 12-digit pnr with hyphen inside cells; grades are not art. 9 data so redact, not block."))

a(C("school_health", "sv", "block",
"""Skolsköterskans anteckning, elevhälsan: Maja Dahl 5C, 20140414-9385 – berättar att hon kräks efter måltider och har gått ner 6 kg sedan augusti. Misstänkt ätstörning, remiss till BUP diskuterad med vårdnadshavare. Vad ska stå i remissen?""",
[("PERSON", "Maja Dahl"), ("SE_PERSONNUMMER", "20140414-9385"), ("SENSITIVE_DATA", "ätstörning"), ("SENSITIVE_DATA", "BUP")],
"Health note from pupil health; 12-digit pnr with hyphen; BUP abbreviation."))

a(C("school_report", "sv", "redact",
"""Omdöme till IUP, Hugo Pettersson åk 3:
Hugo läser flytande och har utvecklat sitt skrivande mycket under terminen. Han behöver fortsätta öva på multiplikationstabellerna. Gör texten lite mer positiv.""",
[("PERSON", "Hugo Pettersson"), ("PERSON", "Hugo")],
"Short school report with name only (Hugo is also a word-like name); nothing sensitive."))

a(C("school_absence", "sv", "redact",
"""Ledighetsansökan: Jag ansöker om ledighet för min son Liam Rosén, 160605-8756, klass 2B, under perioden 3–7 mars 2025 för resa till släkt i Bosnien. /Dragana Rosén 073-581 22 49""",
[("PERSON", "Liam Rosén"), ("SE_PERSONNUMMER", "160605-8756"), ("PERSON", "Dragana Rosén"), ("PHONE_NUMBER", "073-581 22 49")],
"Parent's form; pnr 10 digits; travel destination is not ethnic origin per se."))

# ---------------- health care ----------------
a(C("health_record", "sv", "block",
"""Pat 19540707-9358
Anamnes: 70-årig man med känd diabetes typ 2 och förmaksflimmer, Waran. Inkommer med 2 dygns tilltagande andfåddhet. Ingen bröstsmärta.
Status: AT gott, cor oregelbunden rytm, lungor basala rassel bilat.
Bed: misstänkt hjärtsvikt, NT-proBNP tas.
Skriv en epikris till vårdcentralen.""",
[("SE_PERSONNUMMER", "19540707-9358"), ("SENSITIVE_DATA", "diabetes typ 2"), ("SENSITIVE_DATA", "förmaksflimmer"), ("SENSITIVE_DATA", "hjärtsvikt")],
"Identified only by pnr (no name); clinical shorthand."))

a(C("health_translation", "en", "block",
"""Can you translate this discharge summary into English for the patient's daughter in Canada?

Patient: Ingrid Fors, 19440711-5809
Diagnos: Höftfraktur vä (S72.0), opererad med hemiprotes 2025-01-18. Postoperativt förvirringstillstånd som klingat av. Demens av Alzheimertyp sedan tidigare.
Uppföljning: Sjukgymnastik via hemsjukvården, kontroll på ortopedmottagningen om 6 veckor.""",
[("PERSON", "Ingrid Fors"), ("SE_PERSONNUMMER", "19440711-5809"), ("SENSITIVE_DATA", "Höftfraktur"), ("SENSITIVE_DATA", "Demens av Alzheimertyp")],
"English request around Swedish clinical text; surname Fors is also a word (rapids)."))

a(C("health_referral", "sv", "block",
"""Remiss till minnesmottagningen
Patient: Solveig Lindgren, personnummer 19410728-
5662 (OBS radbrytningen kommer från journalsystemet)
Frågeställning: kognitiv svikt, MMT 22/30, utredning av demens?
Kan du göra frågeställningen tydligare?""",
[("PERSON", "Solveig Lindgren"), ("SE_PERSONNUMMER", "19410728-\n5662"), ("SENSITIVE_DATA", "kognitiv svikt"), ("SENSITIVE_DATA", "demens")],
"Personnummer split over a line break after the hyphen (copy from EHR)."))

a(C("health_sip", "sv", "block",
"""SIP – samordnad individuell plan
Den enskilde: Nour Al-Sayed, samordningsnr 19700188-6295
Närvarande: hemtjänsten (Vendela Ström), distriktssköterska, biståndshandläggare
Behov: Nour har Parkinsons sjukdom och nedsatt syn. Behöver hjälp med medicinering morgon och kväll.
Skriv en sammanfattning av vem som ansvarar för vad.""",
[("PERSON", "Nour Al-Sayed"), ("SE_SAMORDNINGSNUMMER", "19700188-6295"), ("PERSON", "Vendela Ström"), ("SENSITIVE_DATA", "Parkinsons sjukdom"), ("SENSITIVE_DATA", "nedsatt syn"), ("PERSON", "Nour")],
"Samordningsnummer (day 88 = 28+60) labelled 'samordningsnr'; surname Ström is a word."))

a(C("health_record", "sv", "block",
"""Journal 2025-02-11, ssk
Pat. 490 1017-8179? nej: 491017-8179. Ringde om biverkningar av metotrexat mot reumatoid artrit, illamående 3 dagar. Läkare kontaktad, halverad dos. Skriv ett kort svar till patienten via 1177.""",
[("SE_PERSONNUMMER", "491017-8179"), ("SENSITIVE_DATA", "reumatoid artrit"), ("SENSITIVE_DATA", "metotrexat")],
"A mistyped fragment '490 1017-8179' precedes the correct 10-digit pnr; '1177' is the public health portal, not a phone number of a person."))

a(C("health_dental", "sv", "block",
"""Vår kund Lindholmens Tandvård vill ha hjälp att svara patienten Amanda Vik som klagar på fakturan. Hon har tandvårdsrädsla och fick lugnande (Midazolam) vid besöket 12/12, därför blev det dyrare.""",
[("CUSTOMER", "Lindholmens Tandvård"), ("PERSON", "Amanda Vik"), ("SENSITIVE_DATA", "tandvårdsrädsla"), ("SENSITIVE_DATA", "Midazolam")],
"Customer name without 'HB' plus a named patient with health data."))
