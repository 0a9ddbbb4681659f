from common import C

CASES = [
# ------------------------------------------------------------------ upphandling
C("upphandling: prisbilaga med sekretessbegäran", """
Kan du räkna om totalpriset om vi ändrar volymen för position 3 till 1 200 timmar?

Bilaga 4 – Prisbilaga
⟦SEC|Sekretess begärs enligt 31 kap. 16 § OSL⟧ – uppgifterna utgör affärshemligheter.

Pos  Tjänst                       Enhet   Volym   À-pris   Summa
1    Projektledning               tim       400      1 150     460 000
2    Systemutvecklare senior      tim     2 000        980   1 960 000
3    Systemutvecklare junior      tim       800        720     576 000
4    Förvaltning, fast pris       mån        36     42 000   1 512 000
Rabatt vid option (år 3–4): 6 %
""", "a supplier's secrecy request attached to the price annex it covers", expect="block"),

C("upphandling: internt utkast tilldelning", """
⟦INT|Internt arbetsmaterial⟧ – ej diariefört

Utvärdering, upphandling av skolskjuts (dnr 2026/0841)
Anbudsgivare           Pris (poäng)   Kvalitet (poäng)   Totalt
Norrtrafik AB          62             28                 90
Bussgruppen i Dalarna  70             17                 87
Taxi Öst AB            55             31                 86

Förslag: tilldela Norrtrafik AB. Bussgruppens anbud bör kontrolleras – misstänkt onormalt lågt pris.

Skriv ett utkast till tilldelningsbeslut.
""", "internal draft marking; evaluation results before the award decision", expect="block"),

C("upphandling: leverantörens kalkyl", """
⟦SEC|KONFIDENTIELLT – AFFÄRSHEMLIGHET⟧

Kalkyl anbud Region Halland, sjukvårdsmaterial 2027–2030
Inköpspris snitt:   61,2 % av listpris
Logistik:           4,8 %
Täckningsbidrag:    18,5 % (styrelsens golv: 15 %)
Vi räknar med att konkurrenten Medivo lägger sig ca 5 % under oss.

Formulera en säljande sammanfattning av vårt erbjudande.
""", "supplier's own cost calculation under a confidentiality stamp; competitor name is a company", expect="block"),

C("upphandling: utvärderingsgrupp", """
⟦SEC|Absolut sekretess enligt 19 kap. 3 § OSL till dess tilldelningsbeslut fattats⟧

Utvärderingsgrupp, ramavtal konsulttjänster IT
⟦P|Marcus Hedberg⟧ (IT-strateg), ⟦P|Anna Lindqvist⟧ (upphandlare), ⟦P|Samir Haddad⟧ (verksamhetsrepresentant)

Anteckningar från muntliga presentationer 2026-11-17:
- Anbudsgivare A: stark på säkerhet, svag på förändringsledning.
- Anbudsgivare B: otydlig resursplan, referenser håller inte.

Hjälp mig sammanställa detta i en utvärderingsmatris.
""", "a secrecy stamp written as a full sentence (absolute secrecy until award) at the top of evaluation notes", expect="block"),

C("upphandling: English tender", """
⟦SEC|COMMERCIAL IN CONFIDENCE⟧

Response to RFP 2026-118: Managed Security Services for Nordvik Energi AB
Section 6 – Pricing and Margin Assumptions
Our blended rate of SEK 1,085/h assumes 60% offshore delivery from our Kraków centre. Gross margin target: 34%. We will accept a 10% discount in year 1 if the contract term is extended to five years.

Please tighten the language and make it sound more confident.
""", "English confidentiality header on a bid", lang="en", expect="block"),

C("upphandling: frågor och svar med kontaktpersoner", """
Sammanställ frågorna nedan till en publicerbar F&S-lista (utan vem som frågat):

Fråga 1 från ⟦P|Johan Sandin⟧, ⟦MAIL|johan.sandin@stadpartner.se⟧, ⟦TEL|08-465 004 28⟧: Kan anbud lämnas på delområde 2 enbart?
Fråga 2 från ⟦P|Maja Holmgren⟧, ⟦MAIL|maja.holmgren@cleanit.se⟧: Är kravet på ISO 14001 ett ska-krav?
Fråga 3 från ⟦P|Rami Khalil⟧, ⟦TEL|+46 (0)40 628 04 66⟧: När publiceras svaren?
""", "supplier contact persons in a Q&A that should be anonymised; phone with (0) trunk prefix", expect="redact"),

# ------------------------------------------------------------------ säkerhetsskydd
C("säkerhetsskydd: HEMLIG", """
⟦SEC|HEMLIG⟧
⟦SEC|enligt 15 kap. 2 § OSL⟧
Säkerhetsskyddsklass: ⟦SEC|HEMLIG⟧

Reservkraftförsörjning, ledningscentral Öst
Placering av reservkraftaggregat: källarplan, utrymme K-114, åtkomst via lastkaj på norra sidan.
Bränsleförråd räcker 96 timmar vid full last. Larmöverföring via separat radiolänk.
Svagheter: lastkajens port saknar inbrottsskydd klass 3.

Kan du göra en åtgärdslista av svagheterna?
""", "security-classified document: stamp 'HEMLIG' alone, a chapter-and-section line and a class field", expect="block"),

C("säkerhetsskydd: BEGRÄNSAT HEMLIG ROS", """
Dokument: Risk- och sårbarhetsanalys, Vattenverket Norrsjön
Klassificering: ⟦SEC|BEGRÄNSAT HEMLIG⟧
Version 2.1, 2026-10-30

Identifierade risker
1. Obehörigt intrång via fjärruppkoppling till styrsystemet (SCADA), leverantörens VPN saknar tvåfaktor.
2. Kemikalieleverans kan manipuleras vid den otillräckligt bevakade infarten.
3. Klorgasdosering saknar redundans.

Skriv en sammanfattning för kommunstyrelsen.
""", "classification in a document metadata block", expect="block"),

C("säkerhetsskydd: dokumentegenskaper", """
| Dokumenttyp | Säkerhetsskyddsanalys |
| Ägare | Säkerhetschef |
| Säkerhetsskyddsklass | ⟦SEC|Konfidentiell⟧ |
| Giltig t.o.m. | 2027-06-30 |

Skyddsvärden: kommunens krisledningsförmåga, ledningsplatsens placering, kommunikationssystemet Rakel.
Antagonistiska hot: sabotage mot elförsörjning till ledningsplatsen, kartläggning av nyckelpersoner.

Omformulera skyddsvärdena som en lista med korta motiveringar.
""", "security class written in a Markdown table cell with only an initial capital", expect="block"),

C("säkerhetsskydd: säkerhetsprövning", """
⟦SEC|Sekretess enligt 39 kap. 3 § OSL⟧
Säkerhetsprövningsintervju 2026-11-04
Person: ⟦P|Fredrik Olausson⟧, ⟦PNR|=pnr(1984,9,19,493,'-')⟧, sökt tjänst: driftstekniker, placering i säkerhetsklass 2

Registerkontroll: ⟦SENS|dömd för rattfylleri 2019⟧ (dagsböter). Skulder hos Kronofogden 64 000 kr, avbetalningsplan finns.
Intervjuaren bedömer att han varit öppen om båda förhållandena.

Skriv en kort bedömning till säkerhetschefen.
""", "vetting interview: personnel secrecy heading, criminal record", expect="block"),

C("säkerhetsskydd: English subcontractor", """
Classification: ⟦SEC|RESTRICTED⟧ / ⟦SEC|BEGRÄNSAT HEMLIG⟧
Project HÄGER – Interface Control Document, rev C

3.2 The radar processing unit sends track data to the C2 node over link L-7 at 20 Hz. Encryption is provided by the national crypto module (see annex D, held separately).

Can you turn section 3.2 into a short table?
""", "bilingual classification line", lang="en", expect="block"),

# ------------------------------------------------------------------ sekretessmarkerade handlingar
C("sekretess: vårdrapport med sidfot", """
Avvikelserapport, Avdelning 12 geriatrik
Händelse 2026-11-09 22:40: ⟦P|Elsa Johansson⟧, 88 år, föll vid toalettbesök och fick ⟦SENS|höftfraktur⟧. Larmet var avstängt på grund av teknisk åtgärd som inte återställts.
Åtgärd: rutin för larmkontroll vid varje skiftbyte.

Sida 1 av 1 – ⟦SEC|Sekretess enligt 25 kap. 1 § OSL⟧

Hjälp mig skriva lex Maria-anmälan utifrån detta.
""", "secrecy marking in a page footer at the end instead of the top", expect="block"),

C("sekretess: elevlista OSL-stämpel", """
Elever med särskilt stöd, ht 2026  |  ⟦SEC|OSL 23:2⟧
Elev\tKlass\tStöd
⟦P|Milo Ek⟧\t3A\tanpassad studiegång
⟦P|Leia Abdullahi⟧\t3B\tlitet undervisningsrum, ⟦SENS|ADHD⟧
⟦P|Elton Sjöström⟧\t4A\tkommunikationsstöd, ⟦SENS|hörselnedsättning⟧

Hur många elever har vi per klass?
""", "short secrecy reference 'OSL 23:2' placed after the list title", expect="block"),

C("sekretess: informationsklass 3", """
Incidentrapport INC-2026-0312
⟦SEC|Informationsklass: 3⟧

Sammanfattning: Den 14 november upptäcktes att ett konto i lönesystemet använts från en okänd IP-adress. Angriparen exporterade en lönefil med 1 214 anställda. Kontot saknade MFA. Lösenordet bedöms ha läckt via en phishingkampanj vecka 44.
Åtgärder: kontot spärrat, MFA tvingande för alla konton i lönesystemet från 2026-11-20, anmälan till IMY inom 72 h.

Skriv ett kort meddelande till personalen.
""", "information class 3 in a metadata line; content has no personal data", expect="block"),

C("sekretess: får ej spridas", """
⟦SEC|FÅR EJ SPRIDAS⟧
Ledningsgruppen 2026-11-18, punkt 4: Omorganisation av kundtjänst

Förslag: kundtjänst i Borås och Trollhättan slås ihop i Borås från 1 april. Berörda: 23 medarbetare, varav ca 8 kan erbjudas andra tjänster. MBL-förhandling planeras till v. 49. Facket informeras inte förrän styrelsen beslutat den 2 december.

Hjälp mig skriva ett informationsmejl till medarbetarna inför beslutet.
""", "'FÅR EJ SPRIDAS' stamp in capitals above minutes", expect="block"),

C("sekretess: brandväggsdokumentation", """
⟦SEC|Sekretess 18 kap. 8 § OSL⟧ – säkerhetsåtgärder
Brandväggsregler, zon VÅRD-DMZ

Regel  Källa           Destination       Port   Kommentar
101    10.40.0.0/16    10.45.2.10        443    Journal-API
102    10.45.2.10      185.17.204.3      1433   Replikering till extern leverantör (ska bort Q1)
103    any             10.45.2.20        3389   TILLFÄLLIG – RDP för leverantör

Vilka regler bör vi ta bort först?
""", "secrecy heading with a chapter-and-section reference but without the word 'enligt'", expect="block"),

# ------------------------------------------------------------------ mötesprotokoll
C("möte: ledningsgrupp personalärende", """
Minnesanteckningar ledningsgrupp Teknik 2026-11-16
Närvarande: ⟦P|Lotta⟧, ⟦P|Kenneth⟧, ⟦P|Bashir⟧, ⟦P|Gunilla⟧

1. Budget 2027 – klar för nämnden.
2. Personal: ⟦P|Kenneth⟧ informerade om att ⟦P|Roger Wiklund⟧ (driftchef) är ⟦SENS|långtidssjukskriven efter en stroke⟧ och inte väntas tillbaka före sommaren. ⟦P|Bashir⟧ går in som tf. driftchef.
3. Vinterväghållning – avtalet med entreprenören förlängs ett år.

Gör om anteckningarna till ett formellt protokoll.
""", "first names only in the attendance list; health of a named manager in an agenda item", expect="block"),

C("möte: brf styrelseprotokoll", """
Protokoll styrelsemöte Brf Lönnen 4, 2026-11-12

§ 5 Hyresavier
Medlemmen i lägenhet 1203, ⟦P|Kristian Bäck⟧, har inte betalat avgiften för september–november (totalt 14 880 kr). Påminnelse skickad två gånger. Beslut: ärendet lämnas till inkasso om betalning inte inkommit senast 2026-11-30.

§ 6 Tvättstugan
Ny torktumlare beställd, leverans v. 49.

Renskriv protokollet.
""", "arrears of a named member; Bäck is also a word", expect="redact"),

C("möte: APT", """
APT Kundcenter 2026-11-20
- ⟦P|Hanna⟧ går på föräldraledighet från 1 januari, ⟦P|Oscar Lundberg⟧ vikarierar.
- Nya öppettider i telefon: 8–16 från v. 2.
- Julbord 12 december, anmälan till ⟦P|Petra Ek⟧ senast 1/12.
- ⟦P|Ali⟧ och ⟦P|Jonna⟧ går utbildning i nya ärendesystemet v. 48.

Skriv ett kort mejl till alla med det viktigaste.
""", "everyday workplace notes with names only (parental leave is not health data)", expect="redact"),

C("möte: board minutes English", """
Minutes – Board of Directors, Skärgårdsfärjor AB, 10 November 2026
Present: ⟦P|Ulf Grönvall⟧ (Chair), ⟦P|Karin Mattsson⟧, ⟦P|Peter Öst⟧, ⟦P|Lina Håkansson⟧ (CEO)

4. CFO succession. The Chair informed the board that CFO ⟦P|Jonas Ahlberg⟧ has resigned with immediate effect for ⟦SENS|health reasons (burnout)⟧. The board appointed ⟦P|Karin Mattsson⟧ as acting CFO.

Please turn these into formal Swedish minutes.
""", "English board minutes; health reason tied to a named officer", lang="en", expect="block"),

C("möte: nämndprotokoll individärende", """
Individ- och familjeomsorgsnämnden, sammanträde 2026-11-19

§ 112 Ansökan om ⟦SENS|ekonomiskt bistånd⟧ till skuldsanering, ⟦PNR|=pnr(1972,2,29,232,'-')⟧
⟦SEC|Sekretess enligt 26 kap. 1 § OSL⟧
Sökanden har ⟦SENS|ekonomiskt bistånd⟧ sedan 2024 och skulder på 412 000 kr. Arbetsutskottet föreslår avslag.
Beslut: Nämnden beslutar enligt arbetsutskottets förslag.

Skriv ett protokollsutdrag som kan skickas till sökanden.
""", "personnummer born on 29 February (leap year) in a minutes heading, secrecy line under it", expect="block"),

# ------------------------------------------------------------------ e-postkedjor
C("e-post: kedja med signaturer", """
Från: ⟦P|Lena Wahlström⟧ <⟦MAIL|lena.wahlstrom@alingsas-energi.se⟧>
Skickat: den 20 november 2026 14:12
Till: ⟦P|Thomas Berggren⟧
Ämne: SV: Möte om laddstolpar

Hej ⟦P|Thomas⟧,
torsdag 10.00 passar bra. Vi ses i receptionen.

Vänliga hälsningar
⟦P|Lena Wahlström⟧
Projektledare Elnät
Mobil ⟦TEL|+46 (0)70-174 06 71⟧
⟦MAIL|lena.wahlstrom@alingsas-energi.se⟧

> Från: ⟦P|Thomas Berggren⟧ ⟦MAIL|thomas@berggrens-el.se⟧
> Kan vi ses nästa vecka, torsdag eller fredag förmiddag?
> /⟦P|Thomas⟧, ⟦TEL|0322-63 41 90⟧

Sammanfatta vad vi kommit överens om.
""", "quoted e-mail thread; name in 'From' header with angle brackets; mobile with (0)", expect="redact"),

C("e-post: vidarebefordrat klagomål", """
---------- Vidarebefordrat meddelande ---------
Från: ⟦MAIL|gunnel.persson44@telia.com⟧
Datum: 18 nov. 2026 21:03
Ämne: Snöröjningen på Vallmovägen

Vi bor på ⟦ADR|Vallmovägen 22, 262 61 Ängelholm⟧ och har nu för tredje gången fått en plogvall framför garaget. Min man har ⟦SENS|KOL⟧ och behöver kunna ta sig till sjukhuset med bil. Ring mig på ⟦TEL|0431-44 58 02⟧ om ni undrar något.
⟦P|Gunnel Persson⟧

Hej, kan du skriva ett svar till medborgaren från Trafik och gata?
""", "citizen complaint: health of a spouse (identifiable via the named writer and address), full home address in the body", expect="block"),

C("e-post: engelsk/svensk leverantörstråd", """
Hi ⟦P|Erik⟧,
as discussed, the integration will be ready for UAT on 4 December. Please send the test accounts to my colleague.

Best regards,
⟦P|Priya Raman⟧
Delivery Manager | Nordic Region
T: ⟦TEL|+46 8 465 004 83⟧ | M: ⟦TEL|+46 70 174 06 99⟧
⟦MAIL|priya.raman@integro-consulting.com⟧

---
Hej, kan du hjälpa mig svara på engelska att vi behöver en vecka till?
""", "English signature with T:/M: labels and two numbers", expect="redact"),

C("e-post: frånvaromeddelande", """
Jag är tjänstledig till och med 2 januari. Vid brådskande ärenden kontakta min kollega ⟦P|Malin Åström⟧, ⟦MAIL|malin.astrom@hogsby.se⟧, eller mig privat på ⟦TEL|076-240 18 33⟧ (endast sms).
/⟦P|Per-Anders⟧

Skriv om mitt autosvar så att det låter mer professionellt och ta bort mitt privata nummer.
""", "out-of-office reply with a private mobile; hyphenated first name as signature", expect="redact"),

C("e-post: kort mejl med 0046-nummer", """
Hej!
Tack för senast. Bifogar offerten igen. Ring gärna om något är oklart.
Mvh
⟦P|Jan-Erik Svahn⟧ | Säljare
Direkt: ⟦TEL|0046 31 390 06 12⟧
Skickat från min iPhone

--
Översätt mejlet till tyska.
""", "signature with 0046-format landline", expect="redact"),

# ------------------------------------------------------------------ övrigt: art. 9-uppgifter
C("förskola: allergilista", """
Allergier och specialkost – avdelning Ekorren
⟦P|Idun⟧ (3 år): ⟦SENS|nötallergi⟧, adrenalinpenna i kylskåpet
⟦P|Malik⟧ (4 år): ⟦SENS|laktosintolerans⟧
⟦P|Juni Bergström⟧ (5 år): ⟦SENS|celiaki⟧
⟦P|Sixten⟧ (2 år): ingen fläskkött (familjens önskemål)

Gör en tydlig lapp att sätta upp i köket.
""", "preschool list with first names and medical diets; a family's pork preference is not labelled", expect="block"),

C("HR: kränkning sexuell läggning", """
En av mina medarbetare, ⟦P|Daniel Ohlin⟧, berättade i förtroende att han är ⟦SENS|homosexuell⟧ och att två kollegor skämtar om det i fikarummet. Han vill inte göra en formell anmälan. Hur ska jag som chef hantera detta enligt diskrimineringslagen utan att röja det han berättat?
""", "sexual orientation tied to a named employee in a manager's question", expect="block"),

C("skola: nationell minoritet", """
Kan du hjälpa mig formulera ett brev till vårdnadshavarna om modersmålsundervisning?
Bakgrund: ⟦P|Sabina Lindberg⟧ i 2B tillhör ⟦SENS|den romska minoriteten⟧ och familjen har frågat om undervisning i romani chib. Vi har ingen lärare i dag men kan erbjuda fjärrundervisning.
""", "ethnic origin (national minority) tied to a named pupil", expect="block"),

C("kommun: politisk tillhörighet i personalärende", """
Hej, jag är HR-partner. En chef vill omplacera ⟦P|Roland Ek⟧ på gatukontoret eftersom kollegorna klagat på att han pratar om att han är ⟦SENS|medlem i Alternativ för Sverige⟧ på rasterna. Får vi ta hänsyn till det? Vad säger lagen om politisk åskådning på arbetsplatsen?
""", "political opinion tied to a named employee", expect="block"),

C("vård: pnr över radbrytning", """
Texten är kopierad från en PDF och radbrytningarna blev fel, kan du snygga till den?

Patienten ⟦P|Annette Söderberg⟧, personnummer ⟦PNR|=pnr(1963,11,21,328,'L-').replace('-','-'+chr(10))⟧, remitteras
för ⟦SENS|mammografi⟧ efter palpabel knöl i vänster bröst.
Tidigare ⟦SENS|bröstcancer⟧ i släkten (mor,
moster).
""", "PDF paste: the personnummer is split by a line break right after the dash", expect="block"),

C("migration: samordningsnummer kort form", """
Ärendeanteckning etableringen
⟦P|Olena Kovalenko⟧, samordn.nr ⟦SAM|=sam(1986,3,28,562,'-')⟧, skyddad enligt massflyktsdirektivet, bor på ⟦ADR|Stationsgatan 7, 512 50 Svenljunga⟧
Har anmält sig till SFI, start 2027-01-12. Behöver barnomsorg för sonen ⟦P|Artem⟧ (4 år).
Tel ⟦TEL|070-174 06 82⟧

Skriv ett mejl till förskoleantagningen.
""", "abbreviation 'samordn.nr' with a 10-digit samordningsnummer with a dash", expect="redact"),
]
