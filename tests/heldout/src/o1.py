from common import C
O = []
a = O.append

# ---------------- published policies & guidelines ----------------
a(C("published_policy", "sv", "allow",
"""Kan du göra en kortare version av våra riktlinjer som passar på intranätet? Här är texten:

Riktlinjer för användning av generativ AI i Norrsjö kommun
Dnr KS 2024/0412. Fastställd av kommunstyrelsen 2024-05-21, § 87.

1. Syfte
Riktlinjerna ska ge medarbetare stöd i hur generativa AI-tjänster som ChatGPT, Copilot och Gemini får användas i arbetet. De kompletterar kommunens informationssäkerhetspolicy och riktlinje för informationsklassning.

2. Grundregel
Endast öppen information, det vill säga information i informationsklass 0, får matas in i AI-tjänster som kommunen inte själv har avtal om. Det innebär att du aldrig får skriva in personnummer, namn på invånare, kunder eller kollegor, adresser, telefonnummer eller andra uppgifter som kan kopplas till en enskild person.

3. Sekretess och säkerhetsskydd
Uppgifter som omfattas av sekretess enligt offentlighets- och sekretesslagen (2009:400), till exempel uppgifter inom socialtjänsten enligt 26 kap. 1 § OSL eller inom hälso- och sjukvården enligt 25 kap. 1 § OSL, får inte användas i AI-tjänster. Detsamma gäller säkerhetsskyddsklassificerade uppgifter enligt säkerhetsskyddslagen (2018:585). Att lämna sådana uppgifter till en molntjänst kan innebära att uppgiften röjs.

4. Känsliga personuppgifter
Känsliga personuppgifter enligt artikel 9 i dataskyddsförordningen – till exempel uppgifter om hälsa, etniskt ursprung, religiös övertygelse, politiska åsikter, fackligt medlemskap och sexuell läggning – får aldrig matas in. Detsamma gäller uppgifter om lagöverträdelser.

5. Interna dokument
Dokument som är märkta som interna, liksom utkast till beslut och ekonomiska underlag som ännu inte är offentliga, ska inte klistras in i AI-tjänster.

6. Ansvar
Du ansvarar själv för att granska det som AI-tjänsten producerar. AI får inte fatta beslut i myndighetsutövning. Material som till väsentlig del är framtaget med AI ska märkas.

7. Om något går fel
Om du av misstag har lämnat uppgifter som inte är öppna: avbryt, informera din chef och IT-avdelningen och dokumentera händelsen som en informationssäkerhetsincident.""",
[],
"Long (~2.3 KB) published guideline: mentions OSL chapters, säkerhetsskyddslagen, personnummer, art. 9 categories and 'interna' without containing any protected data; dnr and § number are open."))

a(C("published_policy", "sv", "allow",
"""Sekretessbelagd information får inte användas i AI-tjänster. Skriv om den meningen så att den blir mer inbjudande för medarbetarna.""",
[],
"The exact open example sentence from POLICY.md: a mention of secrecy, not a marker."))

a(C("legal_checklist", "sv", "allow",
"""Checklista för kommunens AI-policy
☐ Har ni definierat vilka AI-tjänster som är godkända, under granskning och förbjudna?
☐ Framgår det att sekretessbelagda uppgifter (OSL 2009:400) inte får matas in?
☐ Finns en konsekvensbedömning (DPIA) enligt artikel 35 GDPR för tjänster som behandlar personuppgifter?
☐ Är tredjelandsöverföring bedömd?
☐ Hur hanteras AI-förordningens krav på transparens?
☐ Finns en rutin för incidenter och uppföljning?
Gör om checklistan till en tabell med kolumnerna Fråga, Ansvarig, Klart.""",
[],
"Legal publisher style checklist; law numbers and article references only."))

a(C("company_policy", "sv", "allow",
"""Vår AI-policy (utdrag): Kunddata, kundnamn och kundnummer får aldrig matas in i öppna AI-tjänster. Detsamma gäller avtal, offerter och prislistor som inte är publicerade. API-nycklar, lösenord och andra hemligheter får inte klistras in i prompter eller kod som delas med AI-tjänster. Översätt till engelska.""",
[],
"Private company policy that lists customer data and credentials as forbidden, containing none."))

a(C("legal_question", "sv", "allow",
"""Vad skyddar 26 kap. 1 § OSL och hur skiljer sig den från 25 kap. 1 § OSL? Förklara enkelt för en nyanställd socialsekreterare.""",
[],
"Chapter-and-section references in a question about the law, not attached to secret content."))

a(C("legal_question", "sv", "allow",
"""Vad är skillnaden mellan HEMLIG, KONFIDENTIELL och BEGRÄNSAT HEMLIG i säkerhetsskyddslagen? Och när används KVALIFICERAT HEMLIG?""",
[],
"All four security classes in capitals, but inside a question about their meaning: not a stamp on content."))

a(C("training_quiz", "sv", "allow",
"""Skapa fler frågor i samma stil till vår e-learning:
Fråga 1: Får du klistra in ett personnummer i ChatGPT? Rätt svar: Nej, personnummer är skyddsvärda uppgifter.
Fråga 2: Får du be AI om hjälp att formulera en annons för en ledig tjänst? Rätt svar: Ja, om annonsen inte innehåller uppgifter som inte är offentliga.
Fråga 3: Ett dokument är märkt "Internt". Får du klistra in det? Rätt svar: Nej.""",
[],
"Quiz that talks about personnummer and an 'Internt' label in quotes: the label is quoted as an example, not applied to this text."))

a(C("classification_model", "sv", "allow",
"""Förklara tabellen för våra chefer:
Informationsklass | Konsekvens vid röjande | Exempel
0 – Öppen | Ingen skada | Publicerade protokoll, pressmeddelanden
1 – Intern | Begränsad skada | Interna rutiner, mötesanteckningar
2 – Konfidentiell | Betydande skada | Personuppgifter, avtal under förhandling
3 – Mycket skyddsvärd | Allvarlig skada | Sekretessbelagda uppgifter om enskilda, skyddade personuppgifter""",
[],
"Classification model (MSB-style) listing classes 0-3 as definitions; words Intern/Konfidentiell appear as table values, not as a stamp."))

a(C("general_question", "sv", "allow",
"""Hur ska kommunen hantera post och e-post till invånare som har skyddad identitet? Vilka rutiner brukar finnas för sekretessmarkering i folkbokföringen?""",
[],
"General procedural question naming the concept 'skyddad identitet', about no person."))

a(C("law_text", "sv", "allow",
"""Förklara den här paragrafen med enklare ord:
"Sekretess gäller inom socialtjänsten för uppgift om en enskilds personliga förhållanden, om det inte står klart att uppgiften kan röjas utan att den enskilde eller någon närstående till denne lider men." (26 kap. 1 § offentlighets- och sekretesslagen)""",
[],
"Verbatim-style law text that starts with the word 'Sekretess' and cites the paragraph: the law itself is public."))

a(C("public_minutes", "sv", "allow",
"""Sammanfatta paragrafen:
Kommunfullmäktige, sammanträdesprotokoll 2024-06-17
§ 112 Riktlinjer för generativ AI (Dnr KS 2024/0412)
Beslut: Kommunfullmäktige antar riktlinjer för generativ AI enligt bilaga 1.
Ärendebeskrivning: Kommunstyrelsen föreslår riktlinjer som anger att endast öppen information får användas i externa AI-tjänster och att uppgifter som omfattas av sekretess enligt OSL inte får användas.
Beslutsunderlag: Tjänsteskrivelse 2024-05-02.""",
[],
"Public minutes with §, dnr and OSL mention; no names of officials included."))

a(C("gdpr_question", "sv", "allow",
"""Vilka kategorier räknas som känsliga personuppgifter enligt artikel 9 GDPR? Jag vet att hälsa, etniskt ursprung, religion, politiska åsikter och sexuell läggning ingår – finns det fler?""",
[],
"Lists art. 9 categories with no person."))

a(C("company_policy", "en", "allow",
"""Proofread: "Employees must never paste CONFIDENTIAL or INTERNAL documents into public AI tools such as ChatGPT. If a document carries a classification label, treat it as not open." """,
[],
"English policy sentence with capitalised class names in running text."))

a(C("email", "sv", "allow",
"""Hej! Vi har diskuterat internt och kommit fram till att vi vill testa Copilot i en pilot under våren. Kan du hjälpa mig skriva ett mejl till förvaltningscheferna som förklarar upplägget?""",
[],
"The adverb 'internt' in running text is not an internal-document marker."))

a(C("audit_plan", "sv", "allow",
"""Skriv en inledning till internkontrollplanen 2025 för tekniska förvaltningen. Planen omfattar intern kontroll av attestrutiner, fakturahantering och efterlevnad av kommunens riktlinje för AI.""",
[],
"'intern kontroll' / 'internkontrollplan' are standard municipal terms, not markings."))

a(C("published_policy", "sv", "allow",
"""5. Sekretess och personuppgifter
Medarbetare ansvarar för att inte lämna ut uppgifter som omfattas av sekretess. Vid osäkerhet ska medarbetaren rådfråga sin chef eller kommunens jurist innan uppgifter delas med externa tjänster.
6. Informationssäkerhet
...
Kan du föreslå en tydligare rubriksättning?""",
[],
"A numbered section heading 'Sekretess och personuppgifter' in a policy: heading form but no chapter reference and no secret content."))

a(C("guidance", "en", "allow",
"""What is the difference between a personnummer and a samordningsnummer in Sweden, and why should neither be entered into public AI services?""",
[],
"English question about identifiers, containing none."))

a(C("published_policy", "sv", "allow",
"""Utdrag ur regionens AI-riktlinje: "Journaluppgifter, remisser och epikriser omfattas av sekretess enligt 25 kap. 1 § OSL och får inte bearbetas i AI-tjänster som regionen inte har avtal med. För generella frågor om diagnoser, till exempel hur diabetes typ 2 behandlas, går det bra att använda AI." Gör en affisch-text av detta.""",
[],
"Policy quote mentioning OSL and diabetes without a patient."))

# ---------------- recipes & everyday ----------------
a(C("recipe", "sv", "allow",
"""Mormors hemliga köttbullsrecept: 500 g blandfärs, 1 gul lök, 1 dl ströbröd, 2 dl mjölk, 1 ägg, salt, vitpeppar och en nypa kryddpeppar – det är hemligheten. Hur många personer räcker det till och vad ska jag servera till?""",
[],
"'hemliga' and 'hemligheten' about a recipe."))

a(C("recipe", "sv", "allow",
"""HEMLIG INGREDIENS: en skvätt espresso i chilin! Kan du skriva om receptet för 8 personer? 600 g nötfärs, 2 burkar krossade tomater, 1 burk kidneybönor, 2 msk chilipulver.""",
[],
"Capitalised 'HEMLIG' at the start of a line, like a stamp, but about a recipe ingredient."))

a(C("recipe", "en", "allow",
"""What's the secret to fluffy Swedish kanelbullar? My dough is always dense. I use 50 g yeast, 5 dl milk, 150 g butter, 1 dl sugar, 2 tsp cardamom and about 13 dl flour.""",
[],
"English baking question."))

a(C("nature_text", "sv", "allow",
"""Skriv en dikt om en gammal ek vid stranden, där berg och dal möts och sten efter sten bildar en mur. Lite lind och björk får också vara med, och en rosa himmel i solnedgången.""",
[],
"Many surname-words (ek, berg, dal, sten, lind, björk, rosa) used as ordinary nouns/adjectives."))

a(C("travel", "sv", "allow",
"""Vi ska paddla kajak i skärgården i sommar, mellan holmar och skär längs nordkusten av Gotland. Vilka vindar ska vi se upp för och hur planerar man en dagsetapp på 20 km?""",
[],
"'holmar' (holm) and 'nordkusten' (part of customer Nordkust Fastigheter) as ordinary words."))

a(C("weather", "sv", "allow",
"""Översätt till engelska: "Under natten väntas hård fjällvind och snöfall i Jämtlandsfjällen. Den som planerar att åka skoter bör vänta till eftermiddagen." """,
[],
"'fjällvind' as a weather word (customer 'Fjällvind Energi AB (publ)')."))

a(C("education", "sv", "allow",
"""Förklara för en åttaåring varför man kan se norrsken, aurora borealis, i Kiruna men sällan i Malmö.""",
[],
"'aurora' (customer 'Aurora Logistik Aktiebolag') as a natural phenomenon; Kiruna, Malmö are places."))

a(C("statistics", "sv", "allow",
"""Badplatsinventering 2024: vi räknade i snitt 340 badgäster per strand en solig lördag i juli, jämfört med 290 per strand 2023. Hur räknar jag den procentuella ökningen och hur ska jag presentera den?""",
[],
"The exact string 'per strand' equals the customer Per Strand in lower case, used as preposition + noun."))

a(C("poetry", "sv", "allow",
"""Analysera dikten: "Där gröna dalen sänker sig mot ån, blommar blåklint i den ljusa sommarnatten, och tellus andas långsamt under stjärnorna." Vilka stilfigurer används?""",
[],
"'gröna dalen', 'blåklint', 'tellus' are parts of customer names used as ordinary words."))

a(C("legal_question", "sv", "allow",
"""Kan ett beslut från förvaltningsrätten överklagas direkt till Svea hovrätt, eller ska det gå till kammarrätten? Förklara instansordningen.""",
[],
"Svea hovrätt is a court; 'Svea' is part of customer 'Svea Hamnservice AB'."))

a(C("travel", "sv", "allow",
"""Vi besökte ett musteri på Österlen i höstas och vill nu göra egen äppelmust. Hur pastöriserar man must hemma och hur länge håller den?""",
[],
"'musteri på Österlen' is close to customer 'Österlens Musteri AB' but describes a generic cider press in the region."))

a(C("cosmetics", "sv", "allow",
"""Vilken handkräm ger lena händer utan att kladda? Jag jobbar i vården och tvättar händerna ofta.""",
[],
"'lena' is an adjective (soft), also a first name (customer Lena Sandberg, Eva-Lena Björk)."))

a(C("gardening", "sv", "allow",
"""När ska man beskära en björk och en lind? Och kan man plantera rosa pioner under en ek?""",
[],
"Tree names that are surnames (Björk, Lind, Ek) and colour 'rosa'."))

a(C("everyday", "sv", "allow",
"""Han kastade en sten i sjön och räknade ringarna. Fortsätt berättelsen i samma stil, ungefär 200 ord, för en högläsningsbok för lågstadiet.""",
[],
"'sten' as a noun; pronoun 'Han' without a name."))

# ---------------- health & social in general terms ----------------
a(C("health_general", "sv", "allow",
"""Diabetes typ 2 är vanligt hos personer över 60 år. Skriv en kort informationstext för vårdcentralens väntrum om hur man kan förebygga sjukdomen.""",
[],
"Health information in general terms without a person."))

a(C("health_general", "sv", "allow",
"""Hur vanligt är ADHD bland barn i Sverige och vilka anpassningar brukar skolor göra? Jag ska hålla en föreläsning för lärare.""",
[],
"Diagnosis mentioned without anyone identifiable."))

a(C("social_general", "sv", "allow",
"""Vad är skillnaden mellan insatser enligt LSS och bistånd enligt SoL? Och när kan LVU bli aktuellt?""",
[],
"LSS, SoL, LVU as law names in a general question."))

a(C("social_general", "sv", "allow",
"""Hur gör man en orosanmälan till socialtjänsten som privatperson och kan man vara anonym?""",
[],
"'orosanmälan' in a general question, no child or family named."))

a(C("health_general", "en", "allow",
"""Explain the difference between burnout (utmattningssyndrom) and depression, and what the typical sick-leave period is in Sweden.""",
[],
"English general health question with a Swedish diagnosis term."))

a(C("social_general", "sv", "allow",
"""Skriv en informationstext till kommunens webbplats om ekonomiskt bistånd: vem kan söka, vilka handlingar behövs och hur lång handläggningstiden är.""",
[],
"'ekonomiskt bistånd' as a service description."))

a(C("health_general", "sv", "allow",
"""Vilka är de vanligaste biverkningarna av metotrexat vid reumatoid artrit, och hur ofta ska levervärden kontrolleras?""",
[],
"Drug and diagnosis without a patient (contrast to a protected case with the same terms)."))
