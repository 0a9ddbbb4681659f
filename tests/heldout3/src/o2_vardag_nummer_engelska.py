from common import C

CASES = [
# ------------------------------------------------------------------ vardag
C("recept: hemliga köttbullar", """
Farmors hemliga köttbullar (ca 40 st)
500 g blandfärs, 1 gul lök, 1 dl ströbröd, 2 dl mjölk, 1 ägg, salt, vitpeppar och – den hemliga ingrediensen – en nypa kryddpeppar och en tesked ansjovisspad.

Kan du skala upp receptet till 120 köttbullar för personalfesten och räkna om ingredienserna?
""", "'hemlig' as an everyday word in a recipe", expect="allow"),

C("recept: kanelbullar", """
Hur mycket jäst behöver jag om jag bakar kanelbullar med 1,5 kg vetemjöl och 5 dl mjölk? Degen ska jäsa över natten i kylskåpet. Fyllning: 200 g smör, 1,5 dl socker, 3 msk kanel.
""", "recipe question", expect="allow"),

C("trädgård: träd vid förskolan", """
Vi ska plantera träd på förskolans gård. Förslag hittills: en ek vid sandlådan, två lindar längs staketet och en rad björkar mot parkeringen. Marken är lerig och ligger nära en holme i ån. Vilka träd tål fuktig lerjord och ger skugga snabbast? Finns det risk med allergier för björk?
""", "ordinary words that are also surnames (ek, lind, holme, björk)", expect="allow"),

C("resa: tjänsteresa", """
Jag ska åka från Göteborg till Umeå på en konferens 3–4 mars. Vad är smidigast med tanke på restid och klimat: tåg via Stockholm med nattåg, eller flyg via Arlanda? Konferensen börjar kl. 10.00 den 3 mars.
""", "travel planning", expect="allow"),

C("fest: julbord och hemlig tomte", """
Hjälp mig planera avdelningens julavslutning för 24 personer: julbord på restaurang, budget 650 kr per person, och en lek med hemlig tomte där varje julklapp kostar högst 100 kr. Ge förslag på upplägg och ett utkast till inbjudan.
""", "'hemlig tomte' is a party game", expect="allow"),

C("bokcirkel: Selma Lagerlöf", """
Vår bokcirkel ska läsa Nils Holgerssons underbara resa genom Sverige. Kan du ge fem diskussionsfrågor och lite bakgrund om varför Selma Lagerlöf fick uppdraget att skriva en geografibok för skolan?
""", "historical author (died 1940)", expect="allow"),

# ------------------------------------------------------------------ möten utan känsligt innehåll
C("möte: projektmöte med roller", """
Anteckningar projektmöte, nytt ärendehanteringssystem, 2026-11-20
- Projektledaren redovisade tidplanen: test i januari, driftstart 1 april.
- IT-enheten har beställt testmiljö, klar v. 50.
- Verksamheten behöver utse två superanvändare per enhet före jul.
- Risk: migreringen av gamla ärenden kan ta längre tid än planerat.
Nästa möte 2026-12-04.

Gör en handlingsplan med ansvar och datum.
""", "minutes with roles instead of names", expect="allow"),

C("möte: APT-dagordning", """
Dagordning APT december
1. Föregående protokoll
2. Arbetsmiljö: resultat från skyddsronden
3. Verksamheten: nya rutiner för telefonitiden
4. Ekonomi: prognos helår
5. Julledighet – schemaläggning
6. Övriga frågor

Lägg till tidsangivelser så att mötet ryms på 90 minuter.
""", "agenda", expect="allow"),

C("möte: styrgrupp med diarienummer", """
Styrgrupp digitalisering, beslutspunkter
- Dnr KS 2026/0412: förstudie e-arkiv godkänns, slutrapport till KS i mars.
- Dnr KS 2026/0388: pilot med AI-assistent i kontaktcenter förlängs till 2027-06-30.
- Dnr KS 2025/1176: ärendet avslutas.
Budget: 1,2 Mkr ur digitaliseringsfonden.

Skriv en kort sammanfattning till intranätet.
""", "diarienummer and amounts", expect="allow"),

C("workshop: resultat", """
Resultat från workshop om bättre introduktion för nyanställda:
• Checklista som skickas ut två veckor före start
• Fadder i arbetsgruppen de första tre månaderna
• Inloggning och dator klara första dagen
• Uppföljningssamtal efter 1 och 6 månader
• Kort film om kommunens organisation

Prioritera förslagen efter hur lätta de är att genomföra.
""", "workshop output", expect="allow"),

# ------------------------------------------------------------------ nummer som liknar identifierare
C("nummer: orderlista", """
Orderlista vecka 47, kan du räkna ut totalen per kund?
Ordernr\tKund\tBelopp
⟦X|=badpnr(1985,4,12,331,'')⟧\tBygghandeln Väst\t12 480
⟦X|=badpnr(1990,11,3,872,'',wrong=5)⟧\tKontorsmöbler i Borås\t8 975
⟦X|=badpnr(1977,2,28,164,'',wrong=1)⟧\tBygghandeln Väst\t3 210
9913556402\tFastighetsservice Nord\t19 995
""", "10-digit order numbers; three have a valid date but a wrong check digit, one has month 13", expect="allow"),

C("nummer: faktura utan bankuppgifter", """
Kontrollera att räkningen stämmer:
Fakturanr 2026-118-4471, kundnr 77120, OCR 77120201186
Period 2026-10-01 – 2026-10-31
Förbrukning 1 842 kWh à 1,24 kr = 2 284,08 kr
Nätavgift 412,50 kr, energiskatt 788,38 kr
Summa inkl. moms 4 358,70 kr
""", "invoice numbers, OCR and amounts without bank details", expect="allow"),

C("nummer: tidsstämplar", """
Importfilen får fel datumformat. Raderna ser ut så här:
⟦X|=badpnr(2026,11,23,140,'L ',wrong=2)⟧;INLOGG;terminal 4
20261123 1422;UTLOGG;terminal 4
20261124 0815;INLOGG;terminal 2
Hur konverterar jag "ÅÅÅÅMMDD TTMM" till ett riktigt datum i Power Query?
""", "date + time written as 'YYYYMMDD HHMM' (personnummer-shaped, not valid)", expect="allow"),

C("nummer: ärendenummer", """
Ärende 2026-118-44712 har status ”väntar på komplettering” sedan 2026-10-02. Ärende 2026-118-44719 är avslutat. Kan du formulera en påminnelse till handläggaren om att ärenden som väntat mer än 30 dagar ska följas upp?
""", "case numbers", expect="allow"),

C("nummer: nationella servicenummer", """
Gör en lista till anslagstavlan:
Nödsituation: 112
Sjukvårdsrådgivning: 1177
Polisen, icke akut: 114 14
Giftinformation: 010-456 67 00
Skatteverket: 0771-567 567
Försäkringskassan: 0771-524 524
Krisinformation: 113 13
""", "published national service numbers of authorities (not personal data)", expect="allow"),

C("nummer: artikelnummer", """
Lagerinventering, sortera efter antal:
Art.nr 7310865004703 – Kaffe mellanrost 500 g – 48 st
Art.nr 7311041013663 – Kopieringspapper A4 – 120 förp
Art.nr 7350043500218 – Handsprit 500 ml – 36 st
Art.nr 4006381333931 – Whiteboardpenna svart – 14 st
""", "13-digit EAN article numbers", expect="allow"),

C("nummer: mätvärden och koordinater", """
Mätpunkter vattenprov, Norrsjön:
P1 N 59°19'45.2" E 18°04'12.7"  pH 7,2  temp 4,1 °C
P2 N 59°19'51.0" E 18°04'40.3"  pH 7,0  temp 4,0 °C
P3 N 59°20'02.8" E 18°05'01.9"  pH 6,8  temp 3,8 °C
Är pH-värdena normala för en sjö i november?
""", "coordinates and measurements", expect="allow"),

C("nummer: IBAN-fråga", """
Hur är ett svenskt IBAN uppbyggt? Jag förstår att det börjar med SE och två kontrollsiffror, sedan tre siffror för banken och sedan kontonumret utfyllt med nollor till 20 siffror. Hur räknar man fram kontrollsiffrorna (mod 97)?
""", "question about IBAN structure without an IBAN", expect="allow"),

C("nummer: ordernummer i personnummerformat", """
Vårt gamla affärssystem gav ordrar nummer i formatet ÅÅMMDD-LLLL. Kunden frågar om order ⟦X|=badpnr(1985,4,12,331,'-',wrong=4)⟧ och order ⟦X|=badpnr(1991,7,19,220,'-',wrong=7)⟧ är levererade. Skriv ett svar om att båda skickades den 12 april och att spårningslänken kommer med e-post.
""", "order numbers shaped like personnummer with wrong check digits", expect="allow"),

C("nummer: maskerat personnummer", """
I blanketten står: Personnummer: 19XXXXXX-XXXX (fylls i av den sökande). Hur kan vi ändra e-tjänsten så att fältet valideras innan den sökande skickar in? Idag kommer det in många ansökningar med 10 siffror i stället för 12.
""", "masked personnummer template", expect="allow"),

# ------------------------------------------------------------------ hälsa och socialt i allmänna ordalag
C("hälsa: utmattningssyndrom allmänt", """
Vilka är de vanligaste tidiga tecknen på utmattningssyndrom, och vad kan en chef göra för att förebygga det i en arbetsgrupp med hög arbetsbelastning? Ge gärna råd utifrån Arbetsmiljöverkets föreskrifter om organisatorisk och social arbetsmiljö.
""", "health topic in general terms", expect="allow"),

C("hälsa: informationstext diabetes", """
Skriv en informationstext (ca 200 ord) till vårdcentralens webbplats om diabetes typ 2: vad det är, vanliga symtom, hur man kan förebygga och när man ska söka vård. Texten ska vara lättläst och inkludera att man kan ringa 1177 för rådgivning.
""", "diagnosis named without a person", expect="allow"),

C("socialt: LVU allmänt", """
Kan du förklara för en ny kollega skillnaden mellan 2 § och 3 § LVU, och när socialnämnden kan fatta ett beslut om omedelbart omhändertagande enligt 6 §? Ta gärna med vad som gäller för överprövning i förvaltningsrätten.
""", "LVU as a legal topic", expect="allow"),

C("socialt: avidentifierat fall", """
Handledningsfråga (avidentifierad): En pojke i tolvårsåldern med ADHD har hög frånvaro och vistas mycket ute på kvällarna. Föräldrarna är oroliga men vill inte ha insatser. Skolan överväger att göra en orosanmälan. Vilka frågor bör socialsekreteraren ställa i förhandsbedömningen?
""", "anonymised case without identifiers", expect="allow"),

C("socialt: pseudonymiserad text", """
Sammanfatta anteckningen: [NAMN_1] ([PERSONNUMMER_1]) besökte mottagningen tillsammans med [NAMN_2]. [NAMN_1] beskriver sömnproblem och oro. Planering: nytt besök om två veckor, kontakt med [KUND_1] angående bostad.
""", "text already pseudonymised with the guard's placeholders", expect="allow"),

C("statistik: ekonomiskt bistånd", """
Antalet hushåll med ekonomiskt bistånd i kommunen minskade från 1 214 år 2024 till 1 096 år 2025. Andelen långvarigt biståndsmottagande (10–12 månader) ökade dock från 38 till 41 procent. Utbetalt bistånd totalt: 98,4 Mkr.

Skriv en analys för socialnämndens verksamhetsberättelse.
""", "aggregate statistics on social assistance", expect="allow"),

C("arbetsrätt: kollektivavtal allmänt", """
Vad säger AB (Allmänna bestämmelser) om övertidsersättning för heltidsanställda i kommunen? Vi har medarbetare som är med i Kommunal, Vision och Vårdförbundet – skiljer sig reglerna mellan förbunden?
""", "unions named in general, no member identified", expect="allow"),

C("skola: bön under skoldagen", """
Hur ska en skola hantera elevers önskemål om att få be under skoldagen? Vi har några elever som vill be under fredagens lunchrast. Vad säger skollagen och diskrimineringslagen, och hur kan vi lösa det praktiskt utan att det påverkar undervisningen?
""", "religion in school as a general topic, no identifiable pupil", expect="allow"),

# ------------------------------------------------------------------ organisationsnummer
C("leverantörsregister: organisationsnummer", """
Vilka av dessa leverantörer har F-skatt enligt listan? Sortera alfabetiskt.
Leverantör\tOrg.nr\tF-skatt
Nordisk Kontorsservice AB\t⟦ORG|=org('556812347')⟧\tJa
Bygg & Fasad i Mälardalen AB\t⟦ORG|=org('559022631')⟧\tJa
Grönyta Skötsel HB\t⟦ORG|=org('969773210')⟧\tNej
Stiftelsen Kulturhuset\t⟦ORG|=org('802471905')⟧\tJa
""", "companies, a partnership (96) and a foundation (80) with organisationsnummer only -> log", expect="log"),

C("fråga: myndighetens organisationsnummer", """
Vi ska lägga upp Skatteverket som mottagare i ekonomisystemet. Stämmer det att Skatteverkets organisationsnummer är ⟦ORG|202100-5448⟧? Och vilket momsregistreringsnummer ska vi då använda?
""", "a real authority's public organisationsnummer -> log", expect="log"),

C("e-faktura: kommunens fakturaadress", """
Fakturainformation till leverantörer
Alla fakturor ska skickas elektroniskt via Peppol. Ange alltid referens (fyra siffror + bokstäver, t.ex. 4410ABC) som du fått av beställaren.
Kommunens organisationsnummer: ⟦ORG|=org('212000246')⟧
Peppol-id: 0007:⟦ORG|=org('212000246','')⟧
Pappersfakturor hanteras inte längre.

Översätt till engelska för våra utländska leverantörer.
""", "municipality's organisationsnummer with dash and, inside the Peppol id, without (both labelled)", expect="log"),

C("avtalsmall: företagsparter", """
Kan du göra en mall av detta?

SAMARBETSAVTAL
mellan Skärgårdsfärjor AB, org.nr ⟦ORG|=org('556491027')⟧, och Turistbyrån i Norra Bohuslän ek. för., org.nr ⟦ORG|=org('769632481')⟧
1. Parterna samarbetar om gemensam marknadsföring av färjelinjerna sommaren 2027.
2. Kostnaderna delas lika upp till 200 000 kr.
""", "agreement between two legal persons: organisationsnummer only", expect="log"),

C("förening: registrering", """
Vår ideella förening har fått organisationsnummer ⟦ORG|=org('802544613')⟧ från Skatteverket. Vad behöver vi göra för att kunna öppna ett bankkonto och ansöka om bidrag från kommunen?
""", "association's organisationsnummer in a question", expect="log"),

# ------------------------------------------------------------------ engelska
C("English: GDPR art. 9 question", """
Under GDPR Article 9, is trade union membership always special category data, or only when combined with other information? We are designing an HR system where union dues are deducted from salary. What legal basis should we document?
""", "general legal question", lang="en", expect="allow"),

C("English: code review comment", """
Please rewrite this code review comment so it sounds less harsh:
"This PR hard-codes the retry count and swallows exceptions in the sync job. Move the config to settings, log the exception with context and add a test for the timeout path. Also, never print tokens in debug logs."
""", "code review text mentioning tokens in general", lang="en", expect="allow"),

C("English: retro notes", """
Sprint 42 retrospective
What went well: faster code reviews, fewer production incidents, good cooperation with the test team.
What didn't: unclear requirements for the booking module, too many meetings on Thursdays.
Actions: product owner writes acceptance criteria before refinement; no-meeting Thursday afternoons.

Turn this into a short summary for the steering group.
""", "English meeting notes without names", lang="en", expect="allow"),

C("English: summary of Swedish law", """
Summarise in English for our international colleagues: The Swedish Public Access to Information and Secrecy Act (2009:400) regulates when public documents may be withheld. Secrecy in social services, health care and schools protects individuals' personal circumstances, while secrecy for business relations protects suppliers' trade secrets in procurements.
""", "law summary", lang="en", expect="allow"),

C("English: translation of public notice", """
Translate into English: ”Vattnet stängs av på Södra vägen och Kyrkogatan tisdag 2 december kl. 09.00–13.00 på grund av ledningsarbete. Tappa upp vatten i förväg. Vi beklagar störningen.”
""", "public notice with street names but no house numbers or persons", lang="en", expect="allow"),

# ------------------------------------------------------------------ namnlika ord och institutioner
C("institutioner med personnamn", """
Vi ska skriva en remissrutin. Våra patienter remitteras oftast till Karolinska Universitetssjukhuset, Sahlgrenska universitetssjukhuset och Astrid Lindgrens barnsjukhus. Vilka uppgifter brukar de kräva i en remiss för barnkardiologi?
""", "hospitals named after people", expect="allow"),

C("gatunamn med personnamn", """
Föreslå en promenadrunda på cirka 5 km i centrala Stockholm för en studiegrupp: start vid Olof Palmes gata, via Drottninggatan och Kungsträdgården till Gustav Adolfs torg. Tips på sevärdheter längs vägen?
""", "street and square names built from names of historical persons", expect="allow"),

C("turism: natur", """
Skriv en kort turisttext om vår kommun: här möts berg och strand, vi har över 300 sjöar, fina dalar för vandring och en holme med fågelskådningstorn. Vintertid finns längdspår och en lång backe för pulka vid Lindåsen.
""", "words berg, strand, dal, holme, lind in ordinary use", expect="allow"),

C("historia: Linné", """
Eleverna i åk 5 ska göra ett arbete om Carl von Linné. Kan du ge en enkel sammanfattning av hans system för att namnge växter och djur och tre förslag på exkursioner i Uppsala där man kan se spår av honom?
""", "historical scientist (18th century)", expect="allow"),

C("språkfråga: genitiv", """
Heter det ”Annas bok” eller ”Anna's bok” på svenska? Och hur skriver man genitiv av namn som slutar på s, till exempel ”Lars”? Ge gärna några exempel.
""", "first names used only as grammar examples, not referring to people", expect="allow"),

C("nyhet: Palmeutredningen", """
Varför lades utredningen om mordet på Olof Palme ned 2020, och vilka brister i polisens arbete 1986 har granskningskommissionen pekat på? Svara kort och sakligt.
""", "historical person who died in 1986", expect="allow"),

# ------------------------------------------------------------------ övrigt
C("kommunalt beslut publicerat", """
Kommunstyrelsen, § 214, Dnr KS 2026/0412
Revidering av riktlinjer för ekonomiskt bistånd
Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta reviderade riktlinjer för ekonomiskt bistånd enligt bilaga 1. Riktlinjerna gäller från 2027-01-01.
Ärendebeskrivning: Riktlinjerna har uppdaterats med anledning av ändringar i socialtjänstlagen och Socialstyrelsens nya allmänna råd.

Skriv en lättläst sammanfattning till kommunens webb.
""", "published decision on a general policy about social assistance", expect="allow"),

C("kommun: registrator", """
Hur skriver jag en tydlig instruktion på webben för den som vill begära ut allmänna handlingar? Begäran kan skickas till kommunens registrator, registrator@hogsby.se, eller lämnas i receptionen i kommunhuset. Vi vill också förklara att man kan vara anonym.
""", "JUDGEMENT: a published functional mailbox of the authority is not personal data", expect="allow"),

C("kreativt: novell med stämpel", """
Skriv början på en deckarnovell (ca 300 ord) där en ung kommunanställd hittar ett gammalt kuvert i arkivet, stämplat ”KONFIDENTIELLT”, som visar sig innehålla ritningar till en bunker under stadshuset.
""", "the stamp word as a quoted prop in a fiction request", expect="allow"),

C("lunch: veckomeny", """
Veckans lunch i personalrestaurangen
Måndag: Pasta med svamp och parmesan
Tisdag: Kåldolmar med gräddsås och lingon
Onsdag: Fiskgratäng med potatismos
Torsdag: Ärtsoppa och pannkakor
Fredag: Kycklinggryta med ris

Översätt menyn till engelska och arabiska.
""", "menu", expect="allow"),

C("enkät: resultat", """
Medarbetarenkät 2026, svarsfrekvens 78 %
Fråga\tInstämmer helt\tInstämmer delvis\tInstämmer inte
Jag vet vad som förväntas av mig\t64 %\t29 %\t7 %
Jag får stöd av min chef\t51 %\t33 %\t16 %
Min arbetsbelastning är rimlig\t22 %\t41 %\t37 %

Vilka tre områden bör vi prioritera?
""", "aggregate survey results", expect="allow"),

C("matte: läxhjälp", """
Mitt barn går i åk 8 och ska lösa: ”En vara kostade 1 250 kr och sänktes med 15 %. Sedan höjdes priset med 15 %. Vad kostar varan nu?” Hur förklarar jag varför svaret inte blir 1 250 kr?
""", "maths", expect="allow"),

C("IT: generell fråga om nyckelhantering", """
Vi har hittat API-nycklar i gamla commits i ett internt repo. Vilka steg ska vi ta: rotera nycklarna, skriva om historiken med git filter-repo eller båda? Hur förhindrar vi att det händer igen, till exempel med pre-commit hooks och secret scanning?
""", "question about leaked keys without any key", expect="allow"),

C("upphandling: annonsering", """
Annons: Kommunen upphandlar städtjänster för skolor och förskolor, ca 42 000 kvm. Avtalstid 2 år med option på 2 + 1 år. Sista anbudsdag 2027-01-20. Upphandlingsdokumenten finns i upphandlingssystemet under referens UH-2026-118.

Gör en kort nyhetstext till LinkedIn.
""", "published procurement notice", expect="allow"),

C("kundtjänst: generellt svar", """
Skriv ett standardsvar till kunder som frågar varför deras leverans är försenad: vi har hög belastning inför jul, leveranser kan ta 5–7 arbetsdagar, kunden får spårningslänk via sms när paketet skickas, och kan alltid nå kundtjänst via chatten på vår webbplats.
""", "template without customer data", expect="allow"),

C("IT: felmeddelande utan data", """
Jag får felet "ORA-01017: invalid username/password; logon denied" när jag kör rapporten från Excel mot Oracle-databasen, men samma konto fungerar i SQL Developer. Vad kan skilja?
""", "error message that mentions password without any value", expect="allow"),

C("ekonomi: budgetfråga", """
Hur brukar kommuner räkna på internhyror för skollokaler? Vi funderar på att gå från en schablon per kvadratmeter till en modell som bygger på faktiska kapitalkostnader och driftkostnader. Fördelar och nackdelar?
""", "general finance question", expect="allow"),

C("säkerhet: allmänt om säkerhetsskydd", """
Vi är ett kommunalt energibolag och har fått frågan om vi bedriver säkerhetskänslig verksamhet. Hur gör man en säkerhetsskyddsanalys steg för steg, och när behöver man anmäla till Säkerhetspolisen?
""", "security protection as a topic", expect="allow"),

C("HR: allmän fråga om rehabilitering", """
Vilket ansvar har arbetsgivaren när en medarbetare har varit sjukskriven i 30 dagar? Jag vill förstå när en plan för återgång i arbete ska vara klar och vad Försäkringskassan förväntar sig.
""", "sick-leave rules in general", expect="allow"),

C("skola: allmänt om extra anpassningar", """
Ge exempel på extra anpassningar i matematik för elever med koncentrationssvårigheter i åk 4–6, som en lärare kan göra inom ordinarie undervisning utan beslut om särskilt stöd.
""", "pedagogy question", expect="allow"),

C("vård: allmänt om journalföring", """
Vad ska en journalanteckning enligt patientdatalagen minst innehålla, och hur lång tid har man på sig att föra in anteckningen? Jag ska hålla en kort utbildning för nya undersköterskor.
""", "health records in general", expect="allow"),

C("nummer: telefonnummerliknande serienummer", """
Vi har fått en leverans med felaktiga serienummer. Följesedeln anger 070-1120-4456, 070-1120-4457 och 070-1120-4458 men på lådorna står 070-1121-xxxx. Skriv en reklamation till leverantören om att märkningen inte stämmer.
""", "serial numbers that start with 070 but are not phone numbers (4-4 grouping)", expect="allow"),

C("nummer: datum och belopp", """
Sammanställ betalningsplanen:
2026-12-31  12 500,00
2027-03-31  12 500,00
2027-06-30  12 500,00
2027-09-30  12 500,00
Totalt 50 000 kr, ränta 4,25 % på utestående belopp. Räkna ut räntan per period.
""", "dates and amounts", expect="allow"),

C("IT: nätverkskonfiguration utan hemligheter", """
interface GigabitEthernet0/1
 description Uplink till kärnswitch
 switchport mode trunk
 switchport trunk allowed vlan 10,20,30,99
 spanning-tree portfast trunk
!
Varför tappar vi VLAN 30 efter omstart?
""", "network config without passwords", expect="allow"),

C("kommun: webbtext om hemtjänst", """
Så ansöker du om hemtjänst
Du som har svårt att klara vardagen på egen hand kan ansöka om hemtjänst. Kontakta kommunens biståndshandläggare via kontaktcenter. Handläggaren gör en utredning tillsammans med dig och fattar beslut enligt socialtjänstlagen. Avgiften beror på din inkomst, men är högst maxtaxan.

Kan du göra texten mer lättläst?
""", "public web text about a social service", expect="allow"),

C("English: internal comms request without data", """
Write a friendly reminder to all staff that the office will be closed on 24–26 December and 31 December – 1 January, and that the IT service desk will have limited opening hours. Mention that urgent IT issues can be reported through the self-service portal.
""", "English general request", lang="en", expect="allow"),
]
