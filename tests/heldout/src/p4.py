from common import C
P = []
a = P.append

# ---------------- credentials ----------------
a(C("code_snippet", "en", "redact",
"""Why do I get "401 Unauthorized"?

from openai import OpenAI
client = OpenAI(api_key="sk-proj-7hQm2XvR9tLk4WbN8cYpZ1aE5sUd3fGj6KoP0iVrTy2nMx8BqL4wHe9JuCz7FaDg3SbK1pXtR5vYw")
resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hej"}])
print(resp.choices[0].message.content)""",
[("CREDENTIAL", "sk-proj-7hQm2XvR9tLk4WbN8cYpZ1aE5sUd3fGj6KoP0iVrTy2nMx8BqL4wHe9JuCz7FaDg3SbK1pXtR5vYw")],
"OpenAI project key hard-coded in Python."))

a(C("config_env", "sv", "redact",
"""Min Lambda hittar inte bucketen, är det något fel i .env?

AWS_REGION=eu-north-1
AWS_ACCESS_KEY_ID=AKIA4QX7RZ2MBN5TLWKD
AWS_SECRET_ACCESS_KEY=q8Vn2+Jd7Rk1sLm4XbT9pWzE0yHc6UfGa3NiOe5K
S3_BUCKET=kommun-arkiv-prod""",
[("CREDENTIAL", "AKIA4QX7RZ2MBN5TLWKD"), ("CREDENTIAL", "q8Vn2+Jd7Rk1sLm4XbT9pWzE0yHc6UfGa3NiOe5K")],
"AWS key id + 40-char secret in a .env file; region and bucket are not secrets."))

a(C("git_question", "sv", "redact",
"""git push ger "Permission denied", jag har satt remote så här:
git remote set-url origin https://ghp_R8fK2mZp4Q7vXc1LtN9sWb3Hy6Ej0DuGa5Io@github.com/norrsjo-kommun/e-tjanster.git
vad gör jag för fel?""",
[("CREDENTIAL", "ghp_R8fK2mZp4Q7vXc1LtN9sWb3Hy6Ej0DuGa5Io")],
"GitHub personal access token embedded in a remote URL."))

a(C("code_snippet", "en", "redact",
"""curl -X POST https://slack.com/api/chat.postMessage \\
  -H "Authorization: Bearer xoxb-5829104736-7391026485137-Qm7Zr2LxV9kPn4TcW8bYs1Ho" \\
  -H "Content-type: application/json" \\
  --data '{"channel":"C04KX2M1Z","text":"Driftstörning i e-tjänsten"}'
It returns not_in_channel, how do I fix?""",
[("CREDENTIAL", "xoxb-5829104736-7391026485137-Qm7Zr2LxV9kPn4TcW8bYs1Ho")],
"Slack bot token in a curl command; the channel id is not a secret."))

a(C("private_key", "en", "redact",
"""Is this key in the right format for our SFTP integration with the bank? ssh says "invalid format".

-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7p3xQm9Zk2Lw8
Hc1tVb4RnY6sE0aJf5UdGq7KoP2iXrTy3nMx8BqL4wHe9JuCz7FaDg3SbK1pXtR5
vYwN2mQ8hLcR4tZp7XkB1sVj9FeGa6UoI3yWdT0nKqMr5bHxJc8lPz2VgA7fEiSu
-----END PRIVATE KEY-----""",
[("CREDENTIAL", """-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7p3xQm9Zk2Lw8
Hc1tVb4RnY6sE0aJf5UdGq7KoP2iXrTy3nMx8BqL4wHe9JuCz7FaDg3SbK1pXtR5
vYwN2mQ8hLcR4tZp7XkB1sVj9FeGa6UoI3yWdT0nKqMr5bHxJc8lPz2VgA7fEiSu
-----END PRIVATE KEY-----""")],
"PEM private key block (truncated body, as people paste it)."))

a(C("config_compose", "sv", "redact",
"""Varför kan inte appen ansluta till databasen?

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: bokning
      POSTGRES_PASSWORD: Lillsjön#2024!
  app:
    image: bokning-api:1.8
    environment:
      DATABASE_URL: postgres://bokning:Lillsjön#2024!@db:5432/bokning
      TZ: Europe/Stockholm""",
[("CREDENTIAL", "Lillsjön#2024!"), ("CREDENTIAL", "postgres://bokning:Lillsjön#2024!@db:5432/bokning")],
"Password with Swedish letters in docker-compose plus a connection URL that repeats it."))

a(C("config_dotnet", "sv", "redact",
"""appsettings.Production.json:
{
  "ConnectionStrings": {
    "Ekonomi": "Server=sql-eko01.intern.local;Database=Raindance;User Id=svc_rapport;Password=V4rmland-Sommar88;TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
Hur lägger jag connection stringen i Azure Key Vault istället?""",
[("CREDENTIAL", "Password=V4rmland-Sommar88")],
"SQL Server connection string with Password= inside JSON; irony: the user asks how to move it to Key Vault."))

a(C("api_debug", "en", "redact",
"""The token below stopped working after 1 hour, is it expired? Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtZWxldmthbnRlbiIsImF1ZCI6ImFwaS5pbnRlcm4iLCJleHAiOjE3MzkxODQwMDB9.Tq3mV8xLk2Pz9WbR4nYc7sHe1JuFa6Gd0KoI5iXrN2vBq""",
[("CREDENTIAL", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtZWxldmthbnRlbiIsImF1ZCI6ImFwaS5pbnRlcm4iLCJleHAiOjE3MzkxODQwMDB9.Tq3mV8xLk2Pz9WbR4nYc7sHe1JuFa6Gd0KoI5iXrN2vBq")],
"JWT bearer token (three base64url parts)."))

a(C("code_snippet", "sv", "redact",
"""Betalningen i webbshoppen går inte igenom i produktion men funkar i test:
stripe.api_key = "sk_live_51NqT8vKx2Rm9ZpL4cWb7YsHe3JuFa6Gd0KoI5iXrN2vBqM8tLz1PwEyC4nD7"
Vad kan skillnaden vara?""",
[("CREDENTIAL", "sk_live_51NqT8vKx2Rm9ZpL4cWb7YsHe3JuFa6Gd0KoI5iXrN2vBqM8tLz1PwEyC4nD7")],
"Stripe live secret key."))

a(C("config_azure", "en", "redact",
"""Our function app fails with 403 when writing blobs. Connection string: DefaultEndpointsProtocol=https;AccountName=stkommundokprod;AccountKey=9sXv2Lq7Rm4Tk1Wb8Yp3Zc6Hn0Je5Uf+Ga2Di7Ko4Mr1Ps9Qt6Vw3Xy8Za5Bc0De7Fg2Hi4Jk1Lm==;EndpointSuffix=core.windows.net""",
[("CREDENTIAL", "AccountKey=9sXv2Lq7Rm4Tk1Wb8Yp3Zc6Hn0Je5Uf+Ga2Di7Ko4Mr1Ps9Qt6Vw3Xy8Za5Bc0De7Fg2Hi4Jk1Lm==")],
"Azure storage AccountKey inside a connection string."))

a(C("code_snippet", "en", "redact",
"""const map = new google.maps.Map(el, {center: {lat: 56.879, lng: 14.805}, zoom: 12});
// loaded with <script src="https://maps.googleapis.com/maps/api/js?key=AIzaSyD4kR8mP2xQ7vL1tN9wB3hY6eJ0uC5aG2s"></script>
Why is the map grey?""",
[("CREDENTIAL", "AIzaSyD4kR8mP2xQ7vL1tN9wB3hY6eJ0uC5aG2s")],
"Google API key in a URL query string in a code comment."))

a(C("config_yaml", "en", "redact",
"""Why does Spring ignore my datasource config?
spring:
  datasource:
    url: jdbc:mysql://10.12.4.20:3306/hr
    username: hr_app
    password: 'Vinter2024!'""",
[("CREDENTIAL", "Vinter2024!")],
"YAML password in quotes; private IP is not a listed entity."))

a(C("log_excerpt", "sv", "redact",
"""Kan du se varför proxyn svarar 407? Rad från loggen:
GET http://intranat.norrsjo.se/ HTTP/1.1 Proxy-Authorization: Basic c3ZjX3NrYW5uZXI6S2FmZmVrb3BwMjAyNQ== 407""",
[("CREDENTIAL", "Basic c3ZjX3NrYW5uZXI6S2FmZmVrb3BwMjAyNQ==")],
"HTTP Basic credentials (base64 of user:password) in a log line."))

a(C("config_mail", "sv", "redact",
"""E-tjänsten skickar inga kvittenser. Inställningarna:
smtp.host=smtp.office365.com
smtp.port=587
smtp.user=noreply-etjanst@norrsjo.se
smtp.password=Hj0rtron!Sylt
smtp.starttls=true""",
[("EMAIL_ADDRESS", "noreply-etjanst@norrsjo.se"), ("CREDENTIAL", "Hj0rtron!Sylt")],
"password= in a properties file; the noreply address is a functional mailbox (no person) but is annotated as an e-mail address; the password decides redact."))

# ---------------- secrecy markings (block) ----------------
a(C("security_document", "sv", "block",
"""HEMLIG
HEMLIG enligt 15 kap. 2 § OSL
Kommunens krisledning – förteckning över reservkraft och ledningsplatser

Ledningsplats A: källarplan, kommunhuset, reservkraft 250 kVA, bränsle för 72 h
Ledningsplats B: räddningstjänstens station norr, reservkraft 100 kVA
Kan du göra om förteckningen till en tabell?""",
[("SECRECY_MARKER", "HEMLIG"), ("SECRECY_MARKER", "HEMLIG enligt 15 kap. 2 § OSL")],
"Security-classified document; no personal data at all."))

a(C("board_material", "sv", "block",
"""KONFIDENTIELL
Styrelsematerial – förvärv av Projekt Tranan
Värdering: 118–132 MSEK (EV), multipel 7,5x EBITDA
Förhandlingsläge: säljaren begär 140 MSEK; vi föreslår tilläggsköpeskilling
Skriv en sammanfattning i tre punkter till styrelsen.""",
[("SECRECY_MARKER", "KONFIDENTIELL")],
"Company confidentiality stamp on M&A material."))

a(C("it_document", "sv", "block",
"""Informationsklass 3
Systemdokumentation Procapita – brandväggsregler och servicekonton

Kan du översätta avsnitt 4 till engelska åt vår nya leverantör? Avsnitt 4: Servicekontot svc_procapita har lokal administratörsbehörighet på applikationsservern och nås endast från ledningsnätet 10.20.0.0/16.""",
[("SECRECY_MARKER", "Informationsklass 3")],
"Information class stamp at the top of a pasted document."))

a(C("security_document", "sv", "block",
"""Rubrik: Skyddsvärdesbedömning vattenverket
Hemlig enligt säkerhetsskyddslagen
Vattenverket i Norrsjö försörjer 38 000 invånare. Den mest sårbara punkten är ...
Hjälp mig att skriva en kortare version till beredskapssamordnaren.""",
[("SECRECY_MARKER", "Hemlig enligt säkerhetsskyddslagen")],
"Secrecy marking in sentence case on its own line below the title."))

a(C("security_document", "sv", "block",
"""BEGRÄNSAT HEMLIG
Risk- och sårbarhetsanalys 2025, bilaga 3: Beroenden i elförsörjning för kommunens samhällsviktiga verksamheter.
Förbättra språket i bilagan.""",
[("SECRECY_MARKER", "BEGRÄNSAT HEMLIG")],
"Lowest security class in capitals."))

a(C("health_record", "sv", "block",
"""Sekretess enligt 25 kap. 1 § OSL
Journalkopia – Ungdomsmottagningen
Besök 2025-01-09, 16 år, önskar p-piller. Klamydiatest taget.
Omformulera till en kort sammanfattning.""",
[("SECRECY_MARKER", "Sekretess enligt 25 kap. 1 § OSL"), ("SENSITIVE_DATA", "Klamydiatest")],
"Health-care secrecy heading; no name, but the marker alone blocks."))

a(C("investigation_table", "sv", "block",
"""Ärende\tStatus\tSekretess
2025/0141\tUtredning pågår\tOSL 26:1
2025/0152\tAvslutad\tOSL 26:1
2025/0160\tUtredning pågår\tOSL 26:1
Hur många ärenden per status? Gör ett stapeldiagram.""",
[("SECRECY_MARKER", "OSL 26:1")],
"Short-form secrecy reference in a table column, repeated; no names. The column marks the rows as secret."))

a(C("population_register", "sv", "block",
"""OBS! Personen har skyddad identitet (sekretessmarkering i folkbokföringen). Skicka inga brev till folkbokföringsadressen.
Ärende: Linnea Ek, anmälan om förskoleplats, barnet ska börja 2025-08-11.
Skriv ett placeringsbesked.""",
[("SECRECY_MARKER", "skyddad identitet (sekretessmarkering i folkbokföringen)"), ("PERSON", "Linnea Ek")],
"Protected-identity flag on a case: must block even though the rest looks harmless."))

a(C("memo", "sv", "block",
"""PM – omorganisation av kundtjänst, utkast 3
Förslaget innebär att 14 tjänster flyttas till Östersund och att 6 tjänster avvecklas under 2025.
...
Får ej spridas utanför ledningsgruppen.
Gör en sammanfattning på max 5 meningar.""",
[("SECRECY_MARKER", "Får ej spridas utanför ledningsgruppen.")],
"Restriction phrase in the footer, not in a heading."))

a(C("email", "sv", "block",
"""Ämne: Konfidentiellt: lönesättning nya chefer

Hej, nedan förslag på ingångslöner för de nya enhetscheferna: 54 000, 55 500 och 57 000. Kan du formulera ett mejl till HR-direktören där vi motiverar nivåerna?""",
[("SECRECY_MARKER", "Konfidentiellt:")],
"Confidentiality word at the start of an e-mail subject."))

a(C("company_document", "en", "block",
"""CONFIDENTIAL – DO NOT DISTRIBUTE
Q4 pricing strategy: we will raise list prices by 6 % on 1 March and offer key accounts a 12-month freeze in exchange for a 3-year renewal.
Rewrite this as talking points for the sales team.""",
[("SECRECY_MARKER", "CONFIDENTIAL – DO NOT DISTRIBUTE")],
"English confidentiality stamp."))

a(C("security_document", "sv", "block",
"""KVALIFICERAT HEMLIG
Kan du rätta stavningen i följande utdrag?""",
[("SECRECY_MARKER", "KVALIFICERAT HEMLIG")],
"Very short: highest security class plus a one-line request."))

a(C("police_report", "sv", "block",
"""Sekretess enligt 18 kap. 1 § OSL – förundersökning
Anmälan K-2025-041177
Misstänkt: Dragan Petrović, 19771224-7316
Brott: Misshandel, ringa narkotikabrott
Händelse: 2025-02-08 ca 01.40 utanför Nattklubben Lyktan, Storgatan 22, Växjö. Målsäganden fick ett slag i ansiktet ...
Skriv om till en kort sammanfattning för socialtjänsten.""",
[("SECRECY_MARKER", "Sekretess enligt 18 kap. 1 § OSL"), ("PERSON", "Dragan Petrović"), ("SE_PERSONNUMMER", "19771224-7316"),
 ("SENSITIVE_DATA", "Misshandel"), ("SENSITIVE_DATA", "ringa narkotikabrott")],
"Police-report-like text with secrecy heading; 'K-2025-041177' is a report number that resembles the customer-number format but is not in the register; Storgatan 22, Växjö is a crime location without postnummer."))

a(C("police_report", "sv", "block",
"""Underrättelse från polisen: Emil Sandqvist, 17 år, är skäligen misstänkt för snatteri och skadegörelse vid Ica Maxi 2025-02-02. Enligt 31 § LUL ska socialtjänsten yttra sig. Hjälp mig att skriva ett yttrande.""",
[("PERSON", "Emil Sandqvist"), ("SENSITIVE_DATA", "misstänkt för snatteri och skadegörelse")],
"Criminal suspicion (GDPR art. 10) about a named minor; no secrecy stamp."))

a(C("procurement", "sv", "block",
"""Sekretess enligt 31 kap. 16 § OSL (anbudssekretess)
Utvärdering av anbud – Skolskjutsar 2025
Anbudsgivare A: 14,2 MSEK, kvalitetspoäng 78
Anbudsgivare B: 12,9 MSEK, kvalitetspoäng 64
Vem vinner med viktningen 60 % pris / 40 % kvalitet?""",
[("SECRECY_MARKER", "Sekretess enligt 31 kap. 16 § OSL")],
"Tender evaluation under absolute secrecy until the award; no personal data."))

a(C("interpreter_request", "en", "block",
"""Translate to English for the interpreter's briefing:
"SEKRETESS – uppgifterna omfattas av sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen. Familjen har flytt från Syrien och barnen har svåra trauman." """,
[("SECRECY_MARKER", "SEKRETESS – uppgifterna omfattas av sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen"),
 ("SENSITIVE_DATA", "svåra trauman")],
"Marker with the law's full name instead of OSL, inside an English translation request."))

# ---------------- internal markings (block) ----------------
a(C("quarterly_report", "sv", "block",
"""INTERNT – Kvartalsrapport Q3 2024, preliminär
Omsättning 41,8 MSEK (+4 %), rörelseresultat 2,1 MSEK (−38 %). Orderingången minskade kraftigt i segment Bygg.
Skriv en kommentar från vd på max 150 ord.""",
[("INTERNAL_MARKER", "INTERNT")],
"Internal stamp with a dash on the title line; preliminary figures."))

a(C("presentation_notes", "sv", "block",
"""Talarmanus till ledningsgruppens presentation
Bild 1: Läget i ekonomin – underskott 12 MSEK prognos helår
Bild 2: Förslag på besparingar: stänga Råslättsbiblioteket, vakansstopp
Endast för internt bruk
Gör manuset mer pedagogiskt.""",
[("INTERNAL_MARKER", "Endast för internt bruk")],
"Internal-use phrase between content and request."))

a(C("email", "sv", "block",
"""Hej alla,
här kommer budgetramarna för 2026 per förvaltning (se nedan). Observera att siffrorna inte är politiskt beslutade.
Utbildning 1 212 mnkr, Vård och omsorg 986 mnkr, Samhällsbyggnad 214 mnkr
Klassificering: Intern
Sammanfatta mejlet i två meningar.""",
[("INTERNAL_MARKER", "Klassificering: Intern")],
"Classification label in the e-mail footer (as Outlook/Purview sensitivity labels write it)."))

a(C("engineering_doc", "en", "block",
"""INTERNAL USE ONLY
Incident post-mortem 2025-01-30: the customer portal was down for 3 h 12 min because the TLS certificate on the load balancer expired. Root cause: renewal job failed silently since November.
Rewrite as a short summary for the management team.""",
[("INTERNAL_MARKER", "INTERNAL USE ONLY")],
"English internal stamp."))

a(C("memo", "sv", "block",
"""Internt dokument – får ej delas utanför förvaltningen
Förslag till nedläggning av två förskoleavdelningar på Solrosens förskola hösten 2025 pga minskat barnantal.
Kan du formulera ett informationsbrev till föräldrarna?""",
[("INTERNAL_MARKER", "Internt dokument – får ej delas utanför förvaltningen")],
"Internal marking with restriction; 'Solrosens' contains the word sol/ros."))

# ---------------- other personal data, bank, cards ----------------
a(C("invoice", "sv", "redact",
"""Kontrollera att fakturan är korrekt:
FAKTURA 2025-0312
Till: Tellus Medicinteknik AB, Box 118, 221 00 Lund
Att betala: 48 750,00 kr, förfallodag 2025-03-14
Betala till bankgiro 6866-8441 eller IBAN SE49 5009 0639 1593 2294 7706, BIC ESSESESS
OCR: 2025031212""",
[("CUSTOMER", "Tellus Medicinteknik AB"), ("SE_BANKGIRO", "6866-8441"), ("IBAN_CODE", "SE49 5009 0639 1593 2294 7706")],
"Invoice to a customer; BG + IBAN; the OCR number resembles a date-number but is a payment reference; Box address is a company address."))

a(C("payment_instruction", "sv", "redact",
"""Hej! Skriv ett mejl till ekonomi om att mitt arvode som god man ska betalas till mitt nya konto: IBAN SE18 6005 4820 3131 6877 0086 (Handelsbanken). Mvh Gunnel Holm""",
[("IBAN_CODE", "SE18 6005 4820 3131 6877 0086"), ("PERSON", "Gunnel Holm")],
"Private IBAN in groups of four; god man is a role, no sensitive data about the writer."))

a(C("association_letter", "sv", "redact",
"""Medlemsbrev Hembygdsföreningen: Årsavgiften 200 kr betalas till plusgiro 4099908-8 senast 31 mars. Frågor till kassören Bertil Fors, 070-174 06 73.""",
[("SE_PLUSGIRO", "4099908-8"), ("PERSON", "Bertil Fors"), ("PHONE_NUMBER", "070-174 06 73")],
"Plusgiro of a local association plus treasurer's private mobile."))

a(C("support_ticket", "sv", "redact",
"""Kunden läste upp kortnumret i chatten, hur ska jag dokumentera ärendet utan att spara det? Det var 5290 7502 6155 4883, utg 09/27.""",
[("CREDIT_CARD", "5290 7502 6155 4883")],
"Card number (valid Luhn) in a ticket that itself asks about not storing it."))

a(C("it_test_data", "en", "redact",
"""Payment fails in staging with card 4571226916662218 exp 11/26 cvc 123 – response code 05 "do not honour". What does 05 mean?""",
[("CREDIT_CARD", "4571226916662218")],
"16-digit card without spaces; whether or not it is a test card, a Luhn-valid card number is redacted."))

a(C("move_notice", "sv", "redact",
"""Adressändring: Maria Lindqvist flyttar 1 april från Storgatan 12, 123 45 Farsta till Rosengatan 3 lgh 1102, 352 31 Växjö. Ny mobil 072-861 30 94. Skriv ett bekräftelsemejl.""",
[("PERSON", "Maria Lindqvist"), ("SE_ADDRESS", "Storgatan 12, 123 45 Farsta"), ("SE_ADDRESS", "Rosengatan 3 lgh 1102, 352 31 Växjö"), ("PHONE_NUMBER", "072-861 30 94")],
"Two home addresses (one with lgh number) and a mobile; surname Lindqvist differs from the customer Birgitta Lindqvist."))

a(C("contact_list", "en", "redact",
"""Format this as a table: Project contacts – Samir Haddad +46 73 512 88 40 samir.haddad@norrsjo.se; Tigist Bekele 0731-22 45 90 tigist.bekele@norrsjo.se; Viola Hed +46 (0)70 174 06 92""",
[("PERSON", "Samir Haddad"), ("PHONE_NUMBER", "+46 73 512 88 40"), ("EMAIL_ADDRESS", "samir.haddad@norrsjo.se"),
 ("PERSON", "Tigist Bekele"), ("PHONE_NUMBER", "0731-22 45 90"), ("EMAIL_ADDRESS", "tigist.bekele@norrsjo.se"),
 ("PERSON", "Viola Hed"), ("PHONE_NUMBER", "+46 (0)70 174 06 92")],
"Phone formats: +46 with spaces, 4-digit prefix, +46 (0)70; names Viola (flower) and Hed (heath)."))

a(C("tenant_complaint", "sv", "redact",
"""Klagomål från hyresgäst: "Jag, Thi Lan Nguyen, Solvägen 14 B, 352 48 Växjö, vill klaga på att grannen i lgh 1201 spelar hög musik varje natt." Skriv ett svar där vi bekräftar att vi skickat ett brev till grannen.""",
[("PERSON", "Thi Lan Nguyen"), ("SE_ADDRESS", "Solvägen 14 B, 352 48 Växjö")],
"Three-part Vietnamese name; address with entrance letter."))

a(C("housing_adaptation", "sv", "block",
"""Bostadsanpassningsbidrag – Gunnar Åkesson, Ekvägen 5, 342 31 Alvesta. Sökanden är rullstolsburen efter en stroke 2024 och behöver ramp vid entrén och borttagna trösklar. Skriv en beslutsmotivering.""",
[("PERSON", "Gunnar Åkesson"), ("SE_ADDRESS", "Ekvägen 5, 342 31 Alvesta"), ("SENSITIVE_DATA", "rullstolsburen efter en stroke")],
"Housing adaptation grant: disability/health of a named applicant with home address."))

a(C("transport_service", "sv", "block",
"""Ansökan om färdtjänst
Sökande: Ann-Sofie Berg, 19530208-9601
Funktionsnedsättning: KOL, syrgasbehandling, kan gå max 50 m
Ledsagare behövs: ja
Skriv ett förslag till beslut.""",
[("PERSON", "Ann-Sofie Berg"), ("SE_PERSONNUMMER", "19530208-9601"), ("SENSITIVE_DATA", "KOL"), ("SENSITIVE_DATA", "syrgasbehandling")],
"Form layout; health condition as abbreviation (KOL)."))

a(C("social_services_case_note", "sv", "block",
"""Familjen Demir (mamma Selin, pappa Kemal, tre barn) tillhör den romska minoriteten och har nyligen flyttat från Malmö. Skolan undrar om vi kan ordna modersmålsundervisning i romani. Hur svarar jag?""",
[("PERSON", "Selin"), ("PERSON", "Kemal"), ("PERSON", "Demir"), ("SENSITIVE_DATA", "tillhör den romska minoriteten")],
"Ethnic origin of an identifiable family."))

a(C("news_public_official", "sv", "redact",
"""Sammanfatta artikeln: "Kommunstyrelsens ordförande Henrik Åström meddelade på tisdagen att Norrsjö kommun inför ett generellt anställningsstopp från 1 mars. – Vi måste få ordning på ekonomin, sade Åström vid en pressträff i stadshuset." """,
[("PERSON", "Henrik Åström"), ("PERSON", "Åström")],
"Published news about a (fictional) public official. POLICY.md lists person names under 'other personal data -> redact' with no exception for public figures, so the name is redacted; nothing is blocked because nothing is secret or art. 9. A reviewer may find redaction unnecessary, but it is harmless and keeps the summary usable."))

a(C("news_public_official", "en", "redact",
"""Summarise in Swedish: "Region Kronoberg's health director Lisa Strömberg told reporters on Monday that waiting times for hip surgery have fallen to 62 days on average, down from 94 days a year ago." """,
[("PERSON", "Lisa Strömberg")],
"English news-like text naming a (fictional) public official; per POLICY.md person names -> redact; the health statistics concern no individual."))

a(C("meeting_notes", "sv", "redact",
"""Minnesanteckningar APT 2025-02-12
Närvarande: Sara Lind, Hamza Abdi, Lejla Hadžić, Bo Ek (protokoll)
1. Nya rutiner för nyckelkvittering – Hamza skriver rutin till v. 9
2. Julbord: Lejla kollar lokal
3. Övrigt: Bo går i pension 30/4
Gör om till ett snyggt protokoll.""",
[("PERSON", "Sara Lind"), ("PERSON", "Hamza Abdi"), ("PERSON", "Lejla Hadžić"), ("PERSON", "Bo Ek"), ("PERSON", "Hamza"), ("PERSON", "Lejla"), ("PERSON", "Bo")],
"Workplace meeting notes; very short names (Bo Ek), given names reused alone; retirement is not sensitive."))
