from common import C

CASES = [
# ------------------------------------------------------------------ policyer och riktlinjer
C("policy: kommunal AI-riktlinje", """
Riktlinje för användning av generativ AI
Antagen av kommunstyrelsen 2026-05-12, dnr KS 2026/0198

3. Vilken information får användas?
Endast information som är offentlig, eller som inte skulle orsaka någon skada om den blev offentlig (informationsklass 0), får föras in i AI-tjänster som kommunen inte själv kontrollerar. Sekretessbelagda uppgifter, till exempel uppgifter som omfattas av sekretess enligt 26 kap. 1 § OSL inom socialtjänsten, får aldrig föras in. Detsamma gäller personnummer, namn på brukare och elever samt uppgifter om hälsa.

4. Ansvar
Varje förvaltning ansvarar för att medarbetarna känner till riktlinjen. Vid osäkerhet kontaktar medarbetaren sin chef eller informationssäkerhetssamordnaren.

Kan du göra en kortversion på fem punkter till intranätet?
""", "published guideline that mentions OSL chapter and section, personnummer and health data in general terms", expect="allow"),

C("policy: personnummer i verksamheten", """
Så hanterar vi personnummer

Personnummer får bara användas när det är klart motiverat med hänsyn till ändamålet, vikten av en säker identifiering eller något annat beaktansvärt skäl (3 kap. 10 § dataskyddslagen). Skriv aldrig ut hela personnumret i e-post eller i ämnesraden. Om du behöver hänvisa till en person i ett mejl, använd ärendenummer eller födelsedatum utan de fyra sista siffrorna (ÅÅMMDD-XXXX).

Kontrollsiffran räknas fram med Luhn-algoritmen, och för samordningsnummer adderas 60 till födelsedagen.
""", "text about personnummer with format placeholders only", expect="allow"),

C("policy: informationsklassningsmodell", """
Kommunens modell för informationsklassning (baserad på MSB:s metodstöd)

Informationsklass 0 – Öppen. Ingen skada om informationen blir känd. Exempel: publicerade beslut, pressmeddelanden.
Informationsklass 1 – Begränsad. Måttlig skada. Exempel: interna arbetsdokument, mötesanteckningar.
Informationsklass 2 – Känslig. Betydande skada. Exempel: personalärenden, upphandlingar före tilldelning.
Informationsklass 3 – Mycket känslig. Allvarlig skada. Exempel: uppgifter om skyddad identitet, socialtjänstens akter.

Hjälp mig göra en tabell av detta med en kolumn för vilka AI-verktyg som får användas.
""", "definition list that names every information class, including 'Informationsklass 3', as definitions, not as a document's label", expect="allow"),

C("policy: säkerhetsskyddsklasser förklaring", """
Kan du förklara det här enklare för nya chefer?

Enligt säkerhetsskyddslagen (2018:585) ska uppgifter som rör Sveriges säkerhet delas in i fyra säkerhetsskyddsklasser utifrån hur stor skadan blir om uppgiften röjs: kvalificerat hemlig (exceptionellt grav skada), hemlig (allvarlig skada), konfidentiell (inte obetydlig skada) och begränsat hemlig (ringa skada). Klassificeringen görs av den verksamhetsutövare som ansvarar för uppgiften.
""", "the four security classes named in running text as a law explanation", expect="allow"),

C("policy: FAQ från dataskyddsombudet", """
Vanliga frågor om AI-tjänster

Får jag skriva in en elevs diagnos i ChatGPT om jag tar bort namnet?
Nej, inte om eleven fortfarande kan identifieras genom andra uppgifter, till exempel klass, skola eller händelser. Uppgifter om hälsa är känsliga personuppgifter enligt artikel 9 i dataskyddsförordningen.

Får jag be AI:n förbättra språket i ett beslut?
Ja, om beslutet är avidentifierat. Kontrollera alltid resultatet – AI-tjänsten får aldrig fatta beslut i myndighetsutövning.

Får jag använda Copilot i vår egen Microsoft 365-miljö?
Ja, Copilot inom kommunens avtal är godkänt för informationsklass 0 och 1.
""", "FAQ about diagnoses, pupils and classes in general terms", expect="allow"),

C("policy: rutin för sekretessmarkering", """
Rutin: sekretessmarkering av allmänna handlingar

När en handling kommer in eller upprättas och den innehåller uppgifter som kan omfattas av sekretess, ska registrator eller handläggare göra en sekretessmarkering i ärendehanteringssystemet och ange vilken bestämmelse i OSL som kan bli tillämplig, till exempel ”25 kap. 1 §”. En sekretessmarkering är en varningssignal – den innebär inte att sekretess gäller. Sekretessprövningen görs alltid när någon begär att få ta del av handlingen.
""", "routine that explains secrecy marking and quotes a section number", expect="allow"),

C("policy: mall för e-postsignatur", """
Enhetlig e-postsignatur – mall
[Förnamn Efternamn]
[Titel], [Förvaltning/Enhet]
[Kommunens namn]
Telefon: 0XX-XXX XX XX (växel)
E-post: fornamn.efternamn@kommunen.se
Besöksadress: [Gatuadress], [Postnummer] [Ort]

Skriv instruktionen ”Så lägger du in signaturen i Outlook” i fem steg.
""", "signature template with placeholders only, including a placeholder e-mail pattern", expect="allow"),

C("policy: lösenordsriktlinje", """
IT-säkerhetsinstruktion, avsnitt 4: Lösenord
- Lösenord ska vara minst 14 tecken. Använd gärna en lösenfras med fyra slumpvis valda ord.
- Samma lösenord får inte användas i flera system.
- Lösenord får aldrig skickas via e-post, Teams eller sms och får aldrig klistras in i AI-tjänster.
- API-nycklar och certifikat förvaras i kommunens nyckelvalv.
- Misstänker du att ett lösenord har läckt: byt det direkt och kontakta IT-servicedesk.

Skriv om avsnittet så att det blir mer lättläst.
""", "password policy; words password/API key without any credential", expect="allow"),

C("policy: English company AI policy", """
Generative AI – Acceptable Use (v1.3)
1. Only public information may be entered into external AI services such as ChatGPT or Gemini.
2. Never enter customer data, personal identity numbers, health information, source code from restricted repositories, credentials or documents marked "Internal" or "Confidential".
3. AI-generated content must be reviewed by a human and labelled as AI-assisted when published.
4. Report any accidental disclosure to the Security Office within 24 hours.

Please translate this into Swedish.
""", "English policy that quotes the marker words 'Internal' and 'Confidential'", lang="en", expect="allow"),

C("lagtext: OSL 26 kap. 1 §", """
Vad betyder ”men” i den här paragrafen, och hur skiljer sig ett omvänt skaderekvisit från ett rakt?

26 kap. 1 § OSL: ”Sekretess gäller inom socialtjänsten för uppgift om en enskilds personliga förhållanden, om det inte står klart att uppgiften kan röjas utan att den enskilde eller någon närstående till denne lider men.”
""", "quoted law text that starts with 'Sekretess gäller'", expect="allow"),

C("fråga: klassningsnivåer", """
Vad är skillnaden mellan HEMLIG och KVALIFICERAT HEMLIG enligt säkerhetsskyddslagen, och vem i en kommun beslutar om vilken klass en uppgift ska ha? Behöver vi säkerhetsskyddsavtal med vår IT-leverantör om de bara hanterar BEGRÄNSAT HEMLIG information?
""", "question with class names in capitals, as a reader would write them", expect="allow"),

C("mall: tystnadsförbindelse", """
TYSTNADSFÖRBINDELSE – mall för praktikanter och feriearbetare

Jag, [namn], har tagit del av informationen om tystnadsplikt och sekretess i kommunens verksamhet. Jag förstår att jag inte får lämna ut uppgifter om enskildas personliga förhållanden som jag får kännedom om under min praktik, och att tystnadsplikten gäller även efter att praktiken avslutats.

Ort och datum: ____________   Underskrift: ____________

Kan du göra texten enklare att förstå för en 16-åring?
""", "template about secrecy obligations, placeholders only", expect="allow"),

C("upphandling: anvisning om sekretess i anbud", """
Från upphandlingsdokumentet, avsnitt 1.9 Sekretess

Anbudsgivare som anser att uppgifter i anbudet utgör affärshemligheter ska i anbudet ange vilka uppgifter som avses och vilken skada som skulle uppstå om de röjdes. Upphandlande myndighet gör alltid en egen sekretessprövning enligt 31 kap. 16 § OSL. Observera att en generell begäran om sekretess för hela anbudet inte beaktas. Under upphandlingen råder absolut sekretess för anbuden fram till att tilldelningsbeslut fattats (19 kap. 3 § OSL).

Sammanfatta vad anbudsgivaren behöver göra.
""", "procurement instruction that mentions secrecy requests and sections without being a marked document", expect="allow"),

C("introduktion: offentlighetsprincipen", """
Välkommen som ny medarbetare! Några saker om offentlighetsprincipen:
Allmänna handlingar hos kommunen är som huvudregel offentliga. Vem som helst har rätt att ta del av dem och behöver inte säga vem man är eller varför man vill ha handlingen. Undantag finns i offentlighets- och sekretesslagen (2009:400). Om någon begär ut en handling ska du skyndsamt pröva om den kan lämnas ut, och vid tveksamhet fråga registrator eller kommunjuristen.
""", "onboarding text about public access and the secrecy act", expect="allow"),

C("information: skyddade personuppgifter allmänt", """
Text till kommunens webbplats, kan du korta den?

Skyddade personuppgifter – så hjälper vi dig
Om du har skyddade personuppgifter, till exempel sekretessmarkering eller skyddad folkbokföring, är det viktigt att du berättar det när du kontaktar oss. Då hanterar vi dina handlingar enligt särskilda rutiner och skickar post via Skatteverket. Du behöver inte berätta varför du har skyddade personuppgifter.
""", "general web information about protected personal data, not about an identified person", expect="allow"),

# ------------------------------------------------------------------ nyheter och omvärld
C("nyhet: trafik", """
Sammanfatta nyheten i två meningar för vår interna morgonrapport:

E6 var avstängd i norrgående riktning vid Kungälv i drygt tre timmar under tisdagsmorgonen efter en trafikolycka mellan en lastbil och två personbilar. Enligt Trafikverket bildades köer på upp till åtta kilometer. Ingen person skadades allvarligt. Västtrafik hänvisade resenärer till pendeltåg och extrabussar från Kungälvs resecentrum.
""", "news without named persons", expect="allow"),

C("nyhet: ny skola", """
Nya Ekbackeskolan invigs i augusti 2027. Skolan får plats för 540 elever i förskoleklass till årskurs 6, en fullstor idrottshall och ett tillagningskök som ska laga mat från grunden. Byggkostnaden beräknas till 312 miljoner kronor. Skolan byggs i trä och ska certifieras enligt Miljöbyggnad Guld.

Skriv ett inlägg till kommunens Facebooksida om detta.
""", "municipal news; school name contains a name-like word", expect="allow"),

C("historia: Gustav Vasa", """
Jag ska hålla en kort presentation för en grupp utbytesstudenter om Vasaloppet. Kan du skriva 150 ord om legenden om Gustav Vasa, som enligt traditionen skidade från Mora mot Norge 1521 och hämtades tillbaka av två skidlöpare från Mora? Nämn också att loppet första gången kördes 1922.
""", "historical person (16th century); not personal data", expect="allow"),

C("litteratur: Astrid Lindgren", """
Vilka av Astrid Lindgrens böcker passar för högläsning i förskoleklass? Vi har redan läst Pippi Långstrump och Emil i Lönneberga. Gärna förslag på samtalsfrågor till varje bok.
""", "author who died 2002 and fictional characters; not personal data", expect="allow"),

C("sport: matchreferat", """
Skriv ett kort matchreferat till föreningens hemsida: IFK Sörby vann hemma mot Kvarnby IK med 3–1 (1–0) inför 412 åskådare. Målen kom i 23:e, 58:e och 87:e minuten, Kvarnby reducerade på straff i 71:a. Laget ligger nu trea i division 4 inför sista omgången.
""", "sports text without names", expect="allow"),

C("ekonomi: räntebesked", """
Förklara för en privatperson vad det betyder: Riksbanken sänker styrräntan med 0,25 procentenheter till 1,50 procent. Direktionen bedömer att inflationen är nära målet på 2 procent och att räntan kan ligga kvar på den här nivån under det närmaste året. Beslutet fattades enhälligt.
""", "economic news about an authority", expect="allow"),

C("statistik: SCB", """
Enligt SCB:s statistik var befolkningen i kommunen 48 312 personer den 30 september 2026, en ökning med 214 personer sedan årsskiftet. Födelseöverskottet var negativt (−38), medan flyttnettot var positivt (+252). Andelen invånare 80 år och äldre var 6,9 procent.

Skriv en kort analys av vad detta innebär för äldreomsorgens planering.
""", "statistics with many numbers", expect="allow"),

C("börs: marknadskommentar", """
Sammanfatta dagens börs i tre punkter: Stockholmsbörsen steg 0,8 procent. Ericsson B steg 2,3 procent efter en order från en amerikansk operatör, medan Hennes & Mauritz föll 1,9 procent på en svag försäljningsrapport för november. Volvo Cars handlades oförändrat. Kronan stärktes mot euron till 11,08.
""", "company names, one of which is built from two surnames (Hennes & Mauritz)", expect="allow"),

# ------------------------------------------------------------------ platsannonser
C("platsannons: socialsekreterare", """
Socialsekreterare till barn och unga – Individ- och familjeomsorgen

Vi söker dig som är socionom och vill arbeta med utredningar enligt SoL och LVU. Du utreder barns behov av stöd och skydd, följer upp placeringar och samarbetar med skola, BUP och polis. Erfarenhet av BBIC är meriterande.
Vi erbjuder handledning varannan vecka, introduktion med mentor och möjlighet till distansarbete en dag i veckan.

Tillträde: enligt överenskommelse. Ansök senast 2026-12-15 via kommunens rekryteringssystem, ref.nr 2026/412.

Gör annonsen mer inbjudande.
""", "job ad mentioning LVU and utredningar generally; no contact persons", expect="allow"),

C("platsannons: sjuksköterska", """
Vi söker sjuksköterskor till avdelning 34, medicin. Du arbetar i team med undersköterskor och läkare, ansvarar för omvårdnad, läkemedelshantering och journalföring enligt patientdatalagen. Vi arbetar treskift och erbjuder lönetillägg för nattarbete. Välkommen med din ansökan!
""", "job ad mentioning patient records and health work in general", expect="allow"),

C("job ad: English developer", """
We are hiring a Senior Backend Developer (Python/Go) to our team in Malmö. You will build APIs for e-health services used by several Swedish regions. You have experience with PostgreSQL, Kubernetes and secure handling of sensitive data (GDPR, patient data). Hybrid work, 30 days of vacation, wellness allowance SEK 5,000. Apply via our career page before 15 January.
""", "English job ad", lang="en", expect="allow"),

C("platsannons: med kommunens växel", """
Enhetschef till hemtjänsten i Ljusdal

Du leder cirka 35 medarbetare och har budget-, personal- och arbetsmiljöansvar. Vi söker dig med högskoleexamen inom socialt arbete eller vård och minst tre års erfarenhet som chef.

Upplysningar lämnas av verksamhetschefen via kommunens kontaktcenter, telefon 0980-31 92 00. Fackliga företrädare nås via växeln.
""", "JUDGEMENT: the organisation's published switchboard number is not personal data -> allow", expect="allow"),

# ------------------------------------------------------------------ pressmeddelanden
C("pressmeddelande: företag med organisationsnummer", """
PRESSMEDDELANDE 2026-11-23

Västkust Solenergi AB (org.nr ⟦ORG|=org('559217664')⟧) har tecknat avtal med Alingsås kommun om att installera solceller på 14 kommunala fastigheter. Investeringen uppgår till 38 miljoner kronor och beräknas ge 2,1 GWh per år.

För mer information:
Växel: 031-390 06 00
press@vastkustsolenergi.se
""", "JUDGEMENT: published press release with organisationsnummer (log), company switchboard and a functional press mailbox (organisation contact details, not personal data)", expect="log"),

C("rapport: kvartalsrapport", """
Kan du skriva en kort LinkedIn-text utifrån vår publicerade delårsrapport?

Delårsrapport januari–september 2026
- Nettoomsättningen ökade med 12 procent till 1 284 Mkr (1 146).
- Rörelseresultatet uppgick till 98 Mkr (71), rörelsemarginal 7,6 procent (6,2).
- Kassaflödet från den löpande verksamheten var 112 Mkr (64).
- Orderingången ökade med 18 procent.
""", "published quarterly figures (not internal material)", expect="allow"),

C("pressmeddelande: kommunfullmäktige", """
Kommunfullmäktige har beslutat att bygga ett nytt kulturhus i centrala Sunne. Beslutet fattades efter votering med 28 röster mot 21. Kulturhuset ska rymma bibliotek, kulturskola och en scen för 300 personer och beräknas stå klart 2029. Kostnaden beräknas till 185 miljoner kronor.

Skriv en lättläst version av pressmeddelandet.
""", "published decision without names", expect="allow"),

# ------------------------------------------------------------------ kod utan hemligheter
C("kod: validera personnummer", r"""
Kan du skriva tester till den här funktionen?

def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

def valid_personnummer(s: str) -> bool:
    s = s.replace("-", "").replace("+", "")
    if len(s) == 12:
        s = s[2:]
    return len(s) == 10 and s.isdigit() and luhn_ok(s)
""", "code about personnummer without any number", expect="allow"),

C("kod: SQL-schema", """
Föreslå index för det här schemat, vi söker oftast på personnummer och datum:

CREATE TABLE besok (
    id            bigserial PRIMARY KEY,
    personnummer  char(12) NOT NULL,
    vardenhet_id  int NOT NULL REFERENCES vardenhet(id),
    besoksdatum   date NOT NULL,
    diagnoskod    varchar(8),
    skapad        timestamptz DEFAULT now()
);
""", "schema with column names personnummer and diagnoskod, no data", expect="allow"),

C("kod: docker-compose med miljövariabler", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ${POSTGRES_USER}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
      POSTGRES_DB: bokning
    volumes:
      - dbdata:/var/lib/postgresql/data
  api:
    build: .
    environment:
      DATABASE_URL: postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db:5432/bokning
    depends_on: [db]
volumes:
  dbdata:

Hur lägger jag till en healthcheck så att api väntar på db?
""", "password fields filled from environment variables, not credentials", expect="allow"),

C("kod: React-komponent", """
Varför renderas listan två gånger?

export function Bokningar({ kommunId }) {
  const [rader, setRader] = useState([]);
  useEffect(() => {
    fetch(`/api/kommuner/${kommunId}/bokningar`)
      .then(r => r.json())
      .then(setRader);
  }, [kommunId]);
  return <ul>{rader.map(b => <li key={b.id}>{b.lokal} – {b.datum}</li>)}</ul>;
}
""", "frontend code", expect="allow"),

C("kod: Dockerfile", """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001
EXPOSE 8000
CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000", "--workers", "3"]

Hur gör jag imagen mindre?
""", "Dockerfile", expect="allow"),

C("kod: regex för postnummer", r"""
Jag behöver ett reguljärt uttryck som godkänner svenska postnummer både som "41138" och "411 38" men inte "41 138". Har testat ^\d{3}\s?\d{2}$ – är det rätt? Och hur gör jag samma sak för telefonnummer som 08-123 45 67 och 070-123 45 67?
""", "regex question with example postnummer and a textbook phone pattern (123 45 67) without a person", expect="allow"),

C("kod: applikationslogg utan personuppgifter", """
2026-11-23T08:02:11.402Z INFO  deploy  release=4.12.0 commit=9f3c2a7e41b0d58c6e2f1a9b7d3c0e4f5a6b8c9d
2026-11-23T08:02:14.118Z INFO  http    GET /api/health 200 3ms
2026-11-23T08:02:15.772Z WARN  db      slow query 1843ms table=bokning rows=48211
2026-11-23T08:02:19.005Z ERROR jobs    job=5c1f8e2a-77d4-4b3e-9a61-0f2d3b4c5e6f failed: timeout after 30000ms
2026-11-23T08:02:19.006Z INFO  jobs    retry 1/5 scheduled in 60s

Vad kan orsaka att jobbet får timeout direkt efter deploy?
""", "log with a 40-hex commit id and a UUID that are not secrets", expect="allow"),

C("kod: Java-stacktrace utan personuppgifter", """
Exception in thread "main" java.lang.NullPointerException: Cannot invoke "se.region.lab.Provsvar.getVarde()" because "svar" is null
\tat se.region.lab.RapportGenerator.skapa(RapportGenerator.java:88)
\tat se.region.lab.RapportGenerator.main(RapportGenerator.java:31)

Hur skyddar jag mig mot null här på ett snyggt sätt?
""", "stack trace with Swedish class names", expect="allow"),

C("kod: GitHub Actions med secrets-referens", """
- name: Deploy to Azure Web App
  uses: azure/webapps-deploy@v3
  with:
    app-name: kommunportal-test
    publish-profile: ${{ secrets.AZURE_PUBLISH_PROFILE }}
    package: ./dist

Behöver jag ange slot-name om jag bara har en slot?
""", "workflow that references a secret by name only", expect="allow"),

C("excel: formelfråga", """
Jag har en lista i Excel med ärendenummer i kolumn A (t.ex. 2026-SN-0412) och datum i kolumn B. Hur räknar jag antal ärenden per månad med ANTAL.OMF? Och hur får jag fram ärenden äldre än 90 dagar?
""", "spreadsheet question with a case-number pattern", expect="allow"),
]
