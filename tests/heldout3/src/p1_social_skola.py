from common import C

CASES = [
# ------------------------------------------------------------------ socialtjänst
C("socialtjänst: journalanteckning ekonomiskt bistånd", """
Journalanteckning 2026-11-18
Klient: ⟦P|Jessica Andersson⟧, ⟦PNR|=pnr(1989,4,17,342,'-')⟧
Handläggare: ⟦P|Mikael Sundin⟧

Besök på kontoret tillsammans med sambo. ⟦P|Jessica⟧ ansöker om ⟦SENS|ekonomiskt bistånd⟧ för december. Hon uppger att a-kassan inte betalat ut ersättning för oktober eftersom hon missat att skicka in kassakort. Hyresskuld på 14 250 kr sedan september, hyresvärden har skickat underrättelse till socialnämnden.
Planering: kontakt med a-kassan, begäran om hyreskontrakt och kontoutdrag för tre månader. Nytt besök 2026-11-25 kl. 10.00.

Kan du formulera om det här till en mer saklig och kortfattad anteckning?
""", "case note; personnummer YYMMDD-NNNN in header, bare first name repeated later, request to the AI at the end", expect="block"),

C("socialtjänst: orosanmälan", """
Kan du sammanfatta anmälan nedan i tre punkter till förhandsbedömningen?

⟦SENS|Orosanmälan⟧ inkom 2026-11-14 från mentor på Kvarnbyskolan gällande ⟦P|Elias Rahimi⟧, åk 4 (⟦PNR|=pnr(2016,8,3,257,'')⟧). ⟦P|Elias⟧ har vid flera tillfällen kommit till skolan utan frukost och utan vinterkläder. I dag berättade han för mentorn att ”pappa slog mamma igen i helgen” och att han inte vill gå hem. Mamma ⟦P|Parisa Rahimi⟧ nås på ⟦TEL|070-174 06 21⟧. Skolan har inte pratat med vårdnadshavarna innan anmälan gjordes.
""", "child's personnummer written as 10 digits without separator inside parentheses; orosanmälan + named child", expect="block"),

C("socialtjänst: utredning LVU med sekretessrubrik", """
⟦SEC|SEKRETESS enligt 26 kap. 1 § OSL⟧

Utredning avseende ⟦P|Wilma Lindgren⟧, ⟦PNR|=pnr(2011,2,27,488,'L-')⟧
Vårdnadshavare: ⟦P|Therese Lindgren⟧ och ⟦P|Dennis Lindgren⟧
Dnr: SN 2026/1184

Bakgrund
Socialtjänsten har sedan 2024 haft kontakt med familjen efter flera anmälningar om brister i omsorgen. Under hösten har ⟦P|Wilma⟧ haft hög skolfrånvaro (62 %) och vid två tillfällen påträffats av polis ute nattetid. Insatser på frivillig väg (familjebehandling, kontaktperson) har inte kunnat genomföras då vårdnadshavarna tackat nej.

Bedömning
Det finns en påtaglig risk att ⟦P|Wilmas⟧ hälsa och utveckling skadas. Förvaltningen avser att ansöka om ⟦SENS|vård enligt 2 § LVU⟧ hos förvaltningsrätten.

Skriv en språkgranskad version av bedömningen.
""", "secrecy heading as first line of a pasted case file; genitive 'Wilmas'; 12-digit pnr with dash", expect="block"),

C("socialtjänst: LSS avslag", """
Hjälp mig skriva ett avslagsbeslut som är korrekt men vänligt formulerat. Underlag:

Sökande: ⟦P|Oskar Wennberg⟧, född ⟦PNR|=pnr(1998,11,5,113,'L')⟧
Ansökan: ⟦SENS|personlig assistans enligt 9 § 2 LSS⟧, 40 tim/vecka
⟦P|Oskar⟧ har ⟦SENS|autism⟧ och ⟦SENS|lindrig intellektuell funktionsnedsättning⟧ och tillhör personkrets 1. Behovet av hjälp med de grundläggande behoven bedöms till ca 12 tim/vecka, alltså under 20 timmar. Avslag med hänvisning till 9 a § LSS, men informera om möjligheten att söka boendestöd enligt SoL.
""", "'född' followed by a 12-digit personnummer without separator", expect="block"),

C("socialtjänst: beroendevård samverkansmöte", """
Anteckning från samverkansmöte med beroendemottagningen 2026-11-10
Närvarande: ⟦P|Johan Ek⟧ (klient), ⟦P|Lena Forsberg⟧ (socialsekreterare), ⟦P|Ahmed Osman⟧ (sjuksköterska)

⟦P|Ek⟧ berättar att han druckit dagligen sedan separationen i augusti. Positivt urinprov för ⟦SENS|bensodiazepiner⟧ 3/11. Han vill ha ⟦SENS|behandling för alkoholberoende⟧ och har tackat ja till ⟦SENS|Antabus⟧ under övervakning två gånger i veckan. ⟦P|Lena⟧ bokar nästa möte.
""", "surname 'Ek' (also an ordinary word) used alone as the client's name", expect="block"),

C("socialtjänst: nyanländ med samordningsnummer", """
Ärende: ansökan om bistånd, nyanländ
Namn: ⟦P|Tesfaye Gebremedhin⟧
Samordningsnr: ⟦SAM|=sam(1993,7,11,273,'-')⟧
Adress: ⟦ADR|Kvarngatan 4, lgh 1203, 582 22 Linköping⟧
Tolk: tigrinja

Sökande har uppehållstillstånd sedan oktober och väntar på beslut om etableringsersättning. Ansöker om ⟦SENS|ekonomiskt bistånd⟧ för livsmedel och hyra för november i avvaktan på ersättningen. Har inga tillgångar. Bedömning: rätt till bistånd enligt 4 kap. 1 § SoL.

Formulera ett beslut om bifall.
""", "samordningsnummer (day + 60) labelled 'Samordningsnr'; address with lgh-nummer", expect="block"),

C("socialtjänst: skyddade personuppgifter i mejl", """
Från: ⟦MAIL|sara.holmqvist@bostadnorr.se⟧
Till: ⟦MAIL|jonas.wahlberg@bostadnorr.se⟧
Ämne: VB: Byte av lägenhet – brådskande

Hej,
vi har en hyresgäst, ⟦P|Nadia Karimi⟧, som behöver flytta akut. Hon har ⟦SEC|skyddade personuppgifter⟧ och får inte bo kvar på nuvarande adress. Kan ni hjälpa mig att formulera ett mejl till förvaltaren som inte avslöjar varför hon flyttar?

Mvh
⟦P|Sara Holmqvist⟧
Uthyrare, Bostad Norr
⟦TEL|070-174 06 33⟧
""", "'skyddade personuppgifter' stated about a named person in running e-mail text (policy lists it with secrecy)", expect="block"),

C("socialtjänst: placering skyddat boende", """
Placering skyddat boende – beslut 2026-11-12
⟦SEC|Sekretess: 26 kap. 1 § OSL⟧    Ref: VINR 2026-077
Placerad: ⟦P|Malin Sjöberg⟧ (⟦PNR|=pnr(1990,9,30,522,'-')⟧) med barnen ⟦P|Alva⟧ (6 år) och ⟦P|Ture⟧ (3 år)
Boende: kvinnojour, adress lämnas inte ut
Skäl: ⟦SENS|våld i nära relation⟧; f.d. sambon är ⟦SENS|dömd för grov fridskränkning⟧ 2024 och har sökt upp henne på arbetsplatsen.
Kostnad: 2 450 kr/dygn, beslutet gäller t.o.m. 2026-12-31.
""", "secrecy reference as a field 'Sekretess: 26 kap. 1 § OSL' in a decision header; children named by first name only", expect="block"),

C("socialtjänst: utbetalningslista TSV", """
Kan du summera beviljat belopp per hushållstyp? Klistrar in från Excel.

Utbetalningar ⟦SENS|ekonomiskt bistånd⟧ nov 2026
Namn\tPersonnummer\tHushåll\tNorm (kr)\tBeviljat (kr)
⟦P|Andersson, Kim⟧\t⟦PNR|=pnr(1995,3,8,214,'L-')⟧\t1 vuxen\t4 030\t7 812
⟦P|Mahmoud, Rania⟧\t⟦PNR|=pnr(1984,12,19,466,'L-')⟧\t1 vuxen + 3 barn\t12 950\t15 400
⟦P|Pettersson, Lars⟧\t⟦PNR|=pnr(1961,5,2,339,'L-')⟧\t1 vuxen\t4 030\t3 120
⟦P|Nguyen, Thi Lan⟧\t⟦PNR|=pnr(1979,10,25,122,'L-')⟧\t2 vuxna + 1 barn\t9 880\t11 205
""", "tab-separated paste, names written 'Efternamn, Förnamn'", expect="block"),

C("socialtjänst: hemtjänstbeslut 102-åring", """
Biståndsbeslut – hemtjänst
⟦P|Gunborg Ahlström⟧, ⟦PNR|=pnr(1924,3,15,206,'+')⟧
⟦ADR|Tallvägen 3, 771 41 Ludvika⟧

⟦P|Gunborg⟧ bor ensam i villa och har sedan hösten en tilltagande ⟦SENS|demenssjukdom (Alzheimer)⟧. Hon har fallit två gånger den senaste månaden. Beviljas: tillsyn tre gånger per dag, hjälp med måltider, dusch två gånger per vecka och trygghetslarm. Dottern ⟦P|Birgitta⟧ (⟦TEL|0240-66 31 08⟧) är kontaktperson.

Gör om texten till ett kort beslut i jag-form riktat till ⟦P|Gunborg⟧.
""", "personnummer with '+' separator (person over 100)", expect="block"),

C("socialtjänst: vårdnadsutredning", """
Utdrag ur vårdnadsutredning (Tingsrätten mål T 4411-26)

Föräldrar: ⟦P|Camilla Berglund⟧ (⟦PNR|=pnr(1988,1,23,542,'-')⟧) och ⟦P|Robin Salo⟧ (⟦PNR|=pnr(1986,6,14,391,'-')⟧)
Barn: ⟦P|Felix Salo⟧, 7 år

Pappan är ⟦SENS|tidigare dömd för misshandel⟧ av en tidigare partner (2019). Mamman har ⟦SENS|bipolär sjukdom⟧ och har under året varit inlagd två gånger. Båda föräldrarna har god förmåga att tillgodose ⟦P|Felix⟧ behov i vardagen men samarbetet mellan dem fungerar dåligt.

Jag behöver en neutral sammanfattning på högst 150 ord.
""", "two personnummer, criminal record and diagnosis tied to named parents; genitive 'Felix' without extra s", expect="block"),

C("socialtjänst: översättning till engelska", """
Please translate into English for the interpreter agency:

Familjen ⟦P|Hosseini⟧ kom till Sverige 2023. Pappan ⟦P|Reza Hosseini⟧, ⟦PNR|=pnr(1981,9,4,175,'L ')⟧, har ⟦SENS|PTSD⟧ efter fängelsevistelse i hemlandet och går i behandling hos Röda Korsets behandlingscenter. Mamman ⟦P|Maryam⟧ är ⟦SENS|konverterad till kristendomen⟧, vilket enligt henne gör att hon inte kan återvända. Familjen har ⟦SENS|försörjningsstöd⟧.
""", "English request wrapped around Swedish case text; religion and diagnosis; personnummer 'YYYYMMDD NNNN' with a space", lang="en", expect="block"),

C("socialtjänst: familjehemsplacering mejl", """
Hej ⟦P|Annika⟧!

Tack för samtalet i går. Som vi sa: ⟦P|Lucas⟧ (⟦PNR|=pnr(2012,4,30,158,'-')⟧) flyttar till familjehemmet hos ⟦P|Åsa⟧ och ⟦P|Mats Hedlund⟧ på fredag. Placeringen sker med stöd av ⟦SENS|6 § LVU⟧ efter beslut i förvaltningsrätten. Mamma har umgänge varannan lördag under ledning av socialsekreterare.

Adress till familjehemmet: ⟦ADR|Björkliden 12, 519 92 Horred⟧
Telefon: ⟦TEL|+46 70 174 06 48⟧

Hälsningar
⟦P|Kristin Mårtensson⟧
Socialsekreterare, Barn och unga
""", "'Åsa och Mats Hedlund': first name alone, then full name sharing the surname; LVU placement", expect="block"),

# ------------------------------------------------------------------ skola / elevhälsa
C("skola: elevhälsokonferens", """
Elevhälsokonferens 2026-11-05, åk 7B
Närvarande: rektor ⟦P|Camilla Åberg⟧, skolsköterska ⟦P|Eva Lundin⟧, kurator ⟦P|Rasmus Ek⟧, speciallärare ⟦P|Sofia Demir⟧, mentor ⟦P|Anders Blom⟧

1. ⟦P|Leo Nyberg⟧ – hög frånvaro (38 %), mest måndagar. Kurator har haft tre samtal. Vårdnadshavare informerade. ⟦SENS|ADHD-utredning⟧ pågår via BUP, väntetid ca sex månader.
2. ⟦P|Maja Ström⟧ – ⟦SENS|dyslexi⟧ konstaterad 2025. Behöver inläsningstjänst och förlängd provtid. Åtgärdsprogram upprättas av ⟦P|Sofia⟧.
3. ⟦P|Adam Hussein⟧ – konflikter på rasterna, kränkningsanmälan gjord 28/10. Ärendet utreds av ⟦P|Camilla⟧.

Nästa EHK: 2026-12-03
""", "surnames that are ordinary words (Ek, Blom, Ström); titles before names", expect="block"),

C("skola: åtgärdsprogram", """
Skriv ett åtgärdsprogram utifrån följande. Eleven heter ⟦P|Ebba Karlsson⟧ och går i 5A på Solbergaskolan. Hon har svårt med matematik, särskilt taluppfattning och problemlösning, och ligger ungefär två årskurser efter. I våras fick hon diagnosen ⟦SENS|dyskalkyli⟧. Mentor är ⟦P|Jonas Lind⟧. Vi vill ge henne enskild undervisning 2 x 30 min i veckan med speciallärare och anpassat läromedel. Uppföljning i februari.
""", "running text, diagnosis of a named pupil", expect="block"),

C("skola: kränkningsanmälan", """
Anmälan om kränkande behandling (6 kap. 10 § skollagen)
Utsatt elev: ⟦P|Amira Haddad⟧, 8C
Utövare: ⟦P|Viktor Persson⟧ och ⟦P|Alexander Öhman⟧, 8C
Datum: 2026-11-17, matsalen

Händelse: ⟦P|Viktor⟧ drog i ⟦P|Amiras⟧ slöja så att den föll av. Båda pojkarna skrattade och sa att hon borde ”åka hem”. ⟦P|Amira⟧, som är praktiserande ⟦SENS|muslim⟧, berättade efteråt att det hänt flera gånger tidigare.
Åtgärd: samtal med inblandade, vårdnadshavare kontaktade samma dag.

Hur ska jag formulera utredningen till huvudmannen?
""", "religion of a named pupil; genitive 'Amiras'", expect="block"),

C("skola: skolsköterskans journal", """
EMI – journalanteckning
Elev: ⟦P|Noah Karlsson⟧  ⟦PNR|=pnr(2013,9,2,395,' ')⟧
2026-10-22  Kontaktorsak: anfall på idrottslektion

⟦P|Noah⟧ har ⟦SENS|epilepsi⟧ sedan 2021 och medicineras med ⟦SENS|Lamotrigin⟧. Anfall i dag ca 2 min, återhämtade sig efter 20 min vila. Mamma hämtade. Information till idrottslärare om handlingsplan vid anfall. Kontakt med neurolog på BUM för eventuell justering av dosen.
""", "short personnummer with a space instead of a dash", expect="block"),

C("skola: frånvarolista CSV", """
elev;personnr;klass;franvaro_proc;kommentar
⟦P|Lucas Björk⟧;⟦PNR|=pnr(2011,3,14,275,'L')⟧;9A;24;
⟦P|Alice Jonsson⟧;⟦PNR|=pnr(2011,7,6,402,'L')⟧;9A;41;⟦SENS|depression⟧, BUP-kontakt
⟦P|Omar Ali⟧;⟦PNR|=pnr(2011,1,29,313,'L')⟧;9B;19;
⟦P|Stella Wikström⟧;⟦PNR|=pnr(2011,11,2,248,'L')⟧;9B;33;⟦SENS|ätstörning⟧ enl. vh

Gör ett stapeldiagram över frånvaron per klass.
""", "semicolon CSV, 12-digit personnummer without separator, diagnosis in a comment column", expect="block"),

C("skola: mejl till vårdnadshavare", """
Kan du göra mejlet nedan lite kortare och vänligare?

Till: ⟦MAIL|jenny.stromberg78@gmail.com⟧; ⟦MAIL|p.stromberg@telia.com⟧
Hej ⟦P|Jenny⟧ och ⟦P|Patrik⟧,
⟦P|Vilmer⟧ har glömt idrottskläderna fem gånger den här terminen och har därför inte fått delta. Det påverkar hans betyg. Ni får gärna ringa mig på ⟦TEL|08-465 004 17⟧ eller mobil ⟦TEL|0701740657⟧.
/⟦P|Kent Forsgren⟧, mentor 6B
""", "private e-mail addresses of parents, first names only, mobile written without any spaces", expect="redact"),

C("skola: omdömen i IUP", """
Skriv korta, uppmuntrande omdömen (2–3 meningar) i svenska för:
- ⟦P|Hugo Sandberg⟧: läser flytande, behöver träna på att skriva längre texter
- ⟦P|Selma Rask⟧: mycket god muntlig förmåga, slarvar med stavning
- ⟦P|Ibrahim Yusuf⟧: stora framsteg sedan i höstas, läser nu på egen hand
- ⟦P|Tilde Bergman⟧: behöver stöd att komma igång med uppgifter
""", "bullet list of pupils with ordinary school feedback; only names to redact", expect="redact"),

C("skola: ansökan om tilläggsbelopp", """
Ansökan om tilläggsbelopp – underlag till barn- och utbildningsförvaltningen

Elev: ⟦P|Kevin Lundqvist⟧, ⟦PNR|=pnr(2015,5,21,177,'–')⟧, åk 5, Ängsskolan
Diagnos: ⟦SENS|autismspektrumtillstånd⟧ och ⟦SENS|språkstörning⟧ (utredning BUP 2024)
Behov: elevassistent heltid, egen arbetsplats i avskärmat rum, bildstöd
Kostnad: 415 000 kr/läsår

Hjälp mig skriva motiveringen så att den blir tydlig för handläggaren.
""", "personnummer with an en dash instead of a hyphen", expect="block"),

C("skola: skolskjutslista", """
Skolskjuts vt 2027 – Tallbacka skola
Elev | Adress | Hämtas | Vh-telefon
⟦P|Wilgot Forsman⟧ | ⟦ADR|Lövstigen 9, 686 93 Sunne⟧ | 07:10 | ⟦TEL|070-174 06 61⟧
⟦P|Nora Eklund⟧ | ⟦ADR|Sandvik 14, 686 96 Östra Ämtervik⟧ | 07:18 | ⟦TEL|073-814 22 05⟧
⟦P|Ali Mansour⟧ | ⟦ADR|Kyrkvägen 3 B, 686 91 Sunne⟧ | 07:25 | ⟦TEL|076-209 55 41⟧

Kan du sortera listan i hämtordning och göra en tabell för chauffören?
""", "pipe table with home addresses and parents' phone numbers", expect="redact"),

C("skola: international school report", """
Could you rewrite this note for the parents in simpler English?

Student: ⟦P|Liam O'Connor⟧, Year 8 (Swedish ID ⟦PNR|=pnr(2012,10,9,219,'-')⟧)
Liam has ⟦SENS|type 1 diabetes⟧ and uses an insulin pump. On Tuesday his blood sugar dropped to 2.9 during PE and the school nurse Ms ⟦P|Karin Dahl⟧ gave him glucose. We recommend he always carries dextrose tablets and that his pump alarms are switched on in class.
""", "English text with a Swedish personnummer called 'Swedish ID'; name with apostrophe; title 'Ms' before a surname that is also a word (dahl)", lang="en", expect="block"),
]
