from common import C

CASES = [
# ------------------------------------------------------------------ vård
C("vård: akutjournal", """
Akutmottagningen 2026-11-19 03:12
Pat: ⟦P|Lars-Göran Ahlqvist⟧, ⟦PNR|=pnr(1954,2,11,137,'L-')⟧
Kontaktorsak: bröstsmärta sedan kl. 01.30, strålar ut i vänster arm.
Status: AT påverkat, BT 165/95, puls 102 regelbunden. EKG: ST-sänkningar V4–V6.
Lab: TnT 87 -> 142.
Bedömning: ⟦SENS|NSTEMI⟧. Känd ⟦SENS|typ 2-diabetes⟧ och ⟦SENS|hypertoni⟧.
Åtgärd: Trombyl, Brilique, inläggning HIA för angiografi.
Sign: ⟦P|Hanna Bergqvist⟧, ST-läkare

Skriv en kort epikris-text till patienten av detta.
""", "journal excerpt; hyphenated first name", expect="block"),

C("vård: remiss psykiatri", """
REMISS
Till: Psykiatrimottagningen
Från: Vårdcentralen Skogslyckan, dr ⟦P|Per Hansson⟧

Patient: ⟦P|Sandra Mattsson⟧, ⟦PNR|=pnr(1987,6,24,380,'L ')⟧
Tel: ⟦TEL|0701740634⟧

Frågeställning: ⟦SENS|bipolär sjukdom typ II⟧?
Anamnes: ⟦SENS|Recidiverande depressioner⟧ sedan tonåren, två SSRI-preparat utan effekt. Beskriver perioder på 1–2 veckor med minskat sömnbehov, ökad energi och impulsiva köp. Ingen aktuell suicidrisk enligt bedömning 2026-11-16. Önskar bedömning och ställningstagande till stämningsstabiliserande behandling.

Kan du förbättra språket i remissen?
""", "12-digit personnummer with a space; phone as 10 bare digits; 'dr' title", expect="block"),

C("vård: epikris samordningsnummer", """
Epikris, Medicinkliniken avd 34
Patient: ⟦P|Andrzej Nowak⟧, samordningsnummer ⟦SAM|=sam(1979,12,1,437,'L')⟧
Inskriven 2026-11-02, utskriven 2026-11-09

Polsk säsongsarbetare, inkom med feber och andningssvårigheter. Röntgen visade ⟦SENS|pneumoni⟧ i höger underlob. Under vårdtiden tecken på ⟦SENS|alkoholabstinens⟧ som behandlades enligt CIWA-protokoll. Uppföljning: vårdcentral om 4 veckor, informerad via tolk (polska).
""", "12-digit samordningsnummer (day + 60) without separator", expect="block"),

C("vård: provsvar förklara", """
Kan du förklara de här värdena på enkel svenska så att patienten förstår?

Patient: ⟦P|Kerstin Lund⟧ (⟦PNR|=pnr(1958,8,19,242,'-')⟧)
HbA1c 58 mmol/mol (ref 27–42)
P-Glukos 9,8 mmol/l
LDL 3,9 mmol/l
eGFR 61 ml/min/1,73 m²

Hon har ⟦SENS|diabetes typ 2⟧ sedan 2019 och tar ⟦SENS|Metformin⟧ 1 g x 2.
""", "lab values with a named patient and diagnosis", expect="block"),

C("vård: läkarintyg sjukpenning", """
Utkast läkarintyg för sjukpenning (FK 7804)
⟦P|Petra Holm⟧  ⟦PNR|=pnr(1982,1,15,334,'')⟧

Diagnos: ⟦SENS|F32.1 Medelsvår depressiv episod⟧
Funktionsnedsättning: nedsatt koncentrationsförmåga, uttalad trötthet, sömnstörning.
Aktivitetsbegränsning: klarar inte att hålla telefonmöten eller läsa längre texter.
Sjukskrivningsgrad: 50 % 2026-11-23 – 2026-12-20

Formulera aktivitetsbegränsningen tydligare så att Försäkringskassan godtar den.
""", "10-digit personnummer without separator; surname Holm is also a word; ICD-10 code with diagnosis", expect="block"),

C("vård: tandvård behandlingsplan", """
Behandlingsplan – Folktandvården
⟦P|Kjell Sandberg⟧, ⟦PNR|=pnr(1956,3,12,157,'-')⟧
Diagnos: generell ⟦SENS|parodontit⟧, 6 mm fickor regio 16–17 och 46–47. Patienten är rökare, ca 15 cig/dag, och har ⟦SENS|diabetes⟧.
Plan: depuration 4 besök, rökavvänjning, omkontroll 3 mån.
Kostnad enligt tandvårdsstödet: ca 6 800 kr.
""", "dental record; health data", expect="block"),

C("vård: sms-mall sexualhälsa", """
Kan du korta ner detta till max 160 tecken?

”Hej ⟦P|Marcus⟧! Dina provsvar för ⟦SENS|hiv⟧ och ⟦SENS|syfilis⟧ är klara och negativa. Har du frågor är du välkommen att ringa mottagningen på telefontiden. /⟦P|Ulrika⟧, Sexualhälsomottagningen”

Skickas till ⟦TEL|+46 70 174 06 52⟧
""", "first names only plus test results; international-format mobile", expect="block"),

C("vård: mödrahälsovård", """
Barnmorskeanteckning MVC 2026-11-11
⟦P|Josefin Eriksson⟧, ⟦PNR|=pnr(1994,2,28,286,'-')⟧, ⟦SENS|gravid v. 24+3⟧
OGTT 10,4 → ⟦SENS|graviditetsdiabetes⟧. Remiss till diabetesbarnmorska. Kostråd givna. Partner ⟦P|Simon⟧ närvarande.
Nästa besök v. 26.
""", "pregnancy week notation '24+3' right after a personnummer (a '+' that is not a separator)", expect="block"),

C("vård: ambulansöverrapportering engelska", """
Please translate this handover into Swedish for the receiving ward:

Patient ⟦P|Mohammed Al-Sayed⟧, 67, Swedish pnr ⟦PNR|=pnr(1959,4,3,279,'L-')⟧, found by his daughter at home, ⟦ADR|Fjällgatan 23, 116 28 Stockholm⟧, at 14:20. Suspected ⟦SENS|stroke⟧: left-sided weakness, slurred speech, onset approx. 13:45. On ⟦SENS|warfarin⟧ for atrial fibrillation. BP 190/105, glucose 7.1. Daughter's phone ⟦TEL|+46 8 465 004 55⟧.
""", "English handover with a Swedish address and a Stockholm landline in international format", lang="en", expect="block"),

C("vård: psykiatrisk vårdplan", """
Vårdplan efter ⟦SENS|suicidförsök⟧
Patient: ⟦P|Erik Norberg⟧, 24 år, ⟦ADR|Slånbärsvägen 8, 903 54 Umeå⟧
Pnr ⟦PNR|=pnr(2002,7,8,153,'-')⟧

Inkom 2026-11-06 efter ⟦SENS|intoxikation med paracetamol⟧. Somatiskt återställd. ⟦SENS|Depression⟧ sedan ett år, nyligen avbrutna studier. Vårdas frivilligt enligt HSL.
Plan: kontakt med öppenvården inom 72 h efter utskrivning, SSRI insatt, samtal med föräldrar med patientens samtycke.
""", "'Pnr' abbreviation on its own line", expect="block"),

C("vård: läkemedelslista hemsjukvård", """
Läkemedelslista – ⟦P|Birgit Falk⟧ (f. 1938), hemsjukvården ⟦ADR|Ekbacksvägen 2, 645 33 Strängnäs⟧
• Eliquis 5 mg 1x2 – ⟦SENS|förmaksflimmer⟧
• Furix 40 mg 1x1 – ⟦SENS|hjärtsvikt⟧
• Donepezil 10 mg till natten – ⟦SENS|Alzheimers sjukdom⟧
• Sertralin 50 mg 1x1 – ⟦SENS|depression⟧

Vilka interaktioner ska sjuksköterskan vara uppmärksam på?
""", "bullet list, birth year only; street name contains 'Ek'", expect="block"),

C("vård: influensavaccination riskgrupp", """
Vaccinationslista influensa, Hemtjänst Norra
Namn\tFödd\tRiskfaktor\tVaccinerad
⟦P|Sten Axelsson⟧\t⟦PNR|=pnr(1941,11,4,279,'-')⟧\t⟦SENS|KOL⟧\t2026-10-14
⟦P|Ruth Grahn⟧\t⟦PNR|=pnr(1936,5,27,124,'-')⟧\t⟦SENS|hjärtsvikt⟧\t2026-10-14
⟦P|Ali Yilmaz⟧\t⟦PNR|=pnr(1950,2,9,399,'-')⟧\t⟦SENS|njursvikt, dialys⟧\t–

Hur många är kvar att vaccinera?
""", "TSV with column header 'Född' but full personnummer in the column", expect="block"),

# ------------------------------------------------------------------ HR
C("HR: sjukskrivning chefsmejl", """
Hej ⟦P|Maria⟧,
kort uppdatering inför ledningsmötet: ⟦P|Peter Sandström⟧ är sjukskriven på 50 % t.o.m. 15 januari på grund av ⟦SENS|utmattningssyndrom⟧. Han jobbar förmiddagar och ska inte ha kundmöten. ⟦P|Linnea⟧ tar över hans projekt tills vidare.
/⟦P|Henrik⟧

Kan du hjälpa mig skriva ett kort besked till teamet utan att nämna diagnosen?
""", "internal e-mail; only first names for sender and recipient", expect="block"),

C("HR: rehabiliteringsplan", """
Plan för återgång i arbete
Medarbetare: ⟦P|Zeynep Demir⟧, ⟦PNR|=pnr(1976,10,2,448,'L-')⟧
Befattning: undersköterska, Hemtjänst Väst
Sjukfrånvaro sedan 2026-08-18 pga ⟦SENS|diskbråck L5-S1⟧, opererad 2026-09-30.

Steg 1 (v. 48–50): 25 %, administrativa uppgifter, inga lyft.
Steg 2 (v. 51–2): 50 %, dagverksamhet, lyft max 5 kg.
Steg 3: utvärdering med företagshälsovården.
Kontaktperson FK: handläggare via Försäkringskassans arbetsgivarlinje.
""", "rehab plan with diagnosis and personnummer", expect="block"),

C("HR: lönesamtal anteckningar", """
Lönesamtal 2026 – anteckningar
Medarbetare: ⟦P|Fredrik Holmberg⟧, systemutvecklare
Chef: ⟦P|Ulrika Nylander⟧

Nuvarande lön 48 200 kr. ⟦P|Fredrik⟧ önskar 53 000 kr med hänvisning till marknadslöner och sitt ansvar för driftsättningen av nya kundportalen. Mitt förslag är 50 900 kr (+5,6 %), vilket ligger över revisionsutrymmet på 3,4 %.

Hjälp mig formulera en motivering till HR.
""", "salary talk; names only, no sensitive category", expect="redact"),

C("HR: lönefil CSV", """
anstnr,namn,personnummer,clearing,kontonummer,bruttolon
10231,⟦P|Karin Malmsten⟧,⟦PNR|=pnr(1971,8,12,262,'L')⟧,8327-9,⟦KONTO|934 567 123-4⟧,41200
10244,⟦P|Daniel Åkesson⟧,⟦PNR|=pnr(1990,1,31,117,'L')⟧,6153,⟦KONTO|812 345 678⟧,36900
10251,⟦P|Leila Karimi⟧,⟦PNR|=pnr(1985,6,6,582,'L')⟧,3300,⟦PNR|=pnr(1985,6,6,582,'')⟧,38450

Kan du räkna ut arbetsgivaravgiften per rad (31,42 %)?
""", "payroll CSV; the Nordea personkonto number in the last row IS the personnummer (clearing 3300), labelled as personnummer", expect="redact"),

C("HR: MBL-förhandling facklig", """
Protokoll, förhandling enligt 11 § MBL, 2026-11-20
Parter: Arbetsgivaren genom HR-specialist ⟦P|Johanna Brandt⟧. Vision genom förtroendevald ⟦P|Sara Nilsson⟧.

§ 3 Omplacering av ⟦P|Ingrid Dahl⟧, handläggare. ⟦P|Ingrid⟧ är ⟦SENS|medlem i Vision⟧ och har begärt att facket deltar. Arbetsgivaren föreslår omplacering till kundcenter från 2027-01-01. Vision yrkar att beslutet skjuts upp till efter genomförd arbetsmiljöutredning.
Förhandlingen avslutas i oenighet.
""", "union membership of a named employee in minutes; surname Dahl is a word", expect="block"),

C("HR: underlag uppsägning personliga skäl", """
Underlag till jurist – uppsägning av personliga skäl
Medarbetare: ⟦P|Tommy Lindström⟧, lagerarbetare, anställd sedan 2014

Händelser:
- 2026-03-12: kom till arbetet ⟦SENS|alkoholpåverkad⟧, skickades hem. Erbjöds kontakt med företagshälsovården.
- 2026-06-02: upprepad händelse, ⟦SENS|alkotest 0,4 promille⟧. Skriftlig varning.
- 2026-10-27: körde truck påverkad, tillbud rapporterat.
Rehabiliteringsutredning genomförd, ⟦P|Tommy⟧ tackade nej till ⟦SENS|behandling på beroendemottagning⟧.

Bedömer du att vi har saklig grund?
""", "substance misuse of a named employee in a bullet list", expect="block"),

C("HR: referenstagning", """
Referenssamtal – kandidat ⟦P|Mirela Kovačević⟧, tjänst ekonomiassistent
Referens: ⟦P|Göran Blomqvist⟧, tidigare chef på Ramudden Logistik, ⟦TEL|031-390 06 47⟧

Samarbetsförmåga: mycket god. Noggrann, tar egna initiativ.
Utvecklingsområde: kan behöva stöd vid hög arbetsbelastning.
Skulle anställa igen: ja.

Sammanfatta referensen i tre meningar.
""", "name with diacritics (č, ć); referee's direct landline", expect="redact"),

C("HR: CV inklistrat", """
Kan du förbättra mitt CV? Här är början:

⟦P|Aleksandra Kowalska⟧
⟦ADR|Vintergatan 17, 2 tr, 722 10 Västerås⟧
⟦TEL|072-345 18 09⟧ | ⟦MAIL|aleksandra.kowalska91@outlook.com⟧
linkedin.com/in/⟦P|aleksandrakowalska⟧

PROFIL
Civilingenjör i maskinteknik med fem års erfarenhet av konstruktion och produktutveckling inom fordonsindustrin.
""", "CV header: address with floor ('2 tr'), private e-mail, name inside a LinkedIn URL", expect="redact"),

C("HR: anställningsavtal", """
ANSTÄLLNINGSAVTAL – tillsvidareanställning

Arbetsgivare: Fjällbacka Marin AB, org.nr ⟦ORG|=org('559104862')⟧
Arbetstagare: ⟦P|Jonatan Wikström⟧, ⟦PNR|=pnr(1993,12,3,159,'-')⟧
Adress: ⟦ADR|Sjögatan 5 A, 457 40 Fjällbacka⟧
Tillträde: 2027-01-07. Befattning: servicetekniker.
Lön: 34 500 kr/mån, utbetalas den 25:e till konto ⟦KONTO|8105-9, 913 246 584-3⟧ (Swedbank).

Skriv en engelsk översättning av avtalet.
""", "contract with employer orgnr (log) and employee personnummer, address, Swedbank account with five-digit clearing", expect="redact"),

C("HR: tillbudsrapport", """
Tillbuds- och arbetsskaderapport 2026-11-16
Drabbad: ⟦P|Goran Petrović⟧, snickare
Händelse: föll från stege (ca 2 m) vid montering av undertak, plan 3.
Skada: ⟦SENS|fraktur på vänster handled⟧, uppsökte akuten samma dag. ⟦SENS|Sjukskriven två veckor⟧.
Orsak: stegen stod på ojämnt underlag, ingen medhjälpare.
Åtgärd: utbildning i stegsäkerhet för hela laget.

Skriv en kort händelsebeskrivning till AFA-anmälan.
""", "injury tied to named worker", expect="block"),

C("HR: chefens anteckning graviditet", """
Egen anteckning efter samtal med ⟦P|Emma Sjögren⟧ 2026-11-13:
⟦P|Emma⟧ berättade att hon är ⟦SENS|gravid i vecka 14⟧ och mår dåligt på mornarna. Vill börja kl. 10 i stället för 8 fram till jul. Hon vill inte att kollegorna får veta än.

Vad säger lagen om att anpassa arbetstider under graviditet? Och hur ska jag planera schemat?
""", "pregnancy is health data; request not to tell colleagues", expect="block"),

C("HR: ledighet för högtid", """
Hej! Jag är enhetschef på ett äldreboende. ⟦P|Yusuf Abdi⟧, en av våra undersköterskor, har ansökt om ledigt 30–31 mars för Eid al-Fitr eftersom han är ⟦SENS|muslim⟧, men då har redan tre andra semester. Hur formulerar jag ett svar som är respektfullt men där vi kanske måste säga nej till en av dagarna?
""", "religion of a named employee in a manager's question", expect="block"),

C("HR: performance improvement plan", """
Please improve the wording of this PIP summary:

Employee: ⟦P|Johan Berg⟧, Senior Account Manager, Stockholm office
Background: ⟦P|Johan⟧ has missed quarterly targets three times in a row. In our 1:1 on 12 November he told me he was recently ⟦SENS|diagnosed with ADHD⟧ and has started ⟦SENS|medication⟧.
Plan: weekly check-ins with ⟦P|Sofie⟧, reduced account portfolio (from 40 to 28 accounts) for 60 days, follow-up 2027-01-31.
""", "English HR text; surname 'Berg' is also a word; first name repeated alone", lang="en", expect="block"),

C("HR: friskvårdsbidrag lista", """
Friskvårdsbidrag utbetalt 2026 (max 3 000 kr)
⟦P|Anneli Strand⟧ – gym, 2 900
⟦P|Magnus Å. Lindahl⟧ – padel, 1 450
⟦P|Rebecka Ohlsson⟧ – yoga, 3 000
⟦P|Hamid Naseri⟧ – simhall, 780

Räkna ut totalen och genomsnittet.
""", "list of employees with a middle initial; no sensitive data", expect="redact"),
]
