from common import C

CASES = [
# ------------------------------------------------------------------ IT
C("IT: .env-fil", """
Varför startar inte containern? Den klagar på att DATABASE_URL saknas fast den finns. Här är .env:

APP_ENV=staging
APP_PORT=8080
DATABASE_URL=postgres://kp_app:⟦CRED|=tok('pg-stage',22)⟧@db-stage.kundportal.local:5432/kp
REDIS_URL=redis://cache-stage:6379/0
STRIPE_SECRET_KEY=⟦CRED|=tok('stripe',32).join(['sk_live_',''])⟧
OPENAI_API_KEY=⟦CRED|=tok('oai-k',56).join(['sk-proj-',''])⟧
SMTP_USER=noreply@kundportal.se
SMTP_PASSWORD=⟦CRED|Hösten2026!kp⟧
LOG_LEVEL=debug
""", "dotenv file: password inside a postgres URL, provider-prefixed keys, a human-made SMTP password; the noreply sender address is a system mailbox and not labelled", expect="redact"),

C("IT: stack trace med e-post och JWT", """
Kan du förklara felet?

2026-11-20 09:14:33,118 ERROR [http-nio-8080-exec-7] se.kommun.etjanst.auth.TokenFilter - Token validation failed for user=⟦MAIL|j.lindberg72@gmail.com⟧
io.jsonwebtoken.ExpiredJwtException: JWT expired at 2026-11-20T08:14:33Z. Current time: 2026-11-20T09:14:33Z, a difference of 3600118 milliseconds.
\tat io.jsonwebtoken.impl.DefaultJwtParser.parse(DefaultJwtParser.java:385)
\tat se.kommun.etjanst.auth.TokenFilter.doFilterInternal(TokenFilter.java:61)
\tat org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)
Request headers: {host=etjanst.kommun.se, authorization=Bearer ⟦CRED|=jwt('{"sub":"u-48213","scope":"etjanst","exp":1795594473}','jwt1')⟧}
""", "Java log: citizen's private e-mail in the log line, a bearer JWT in a header dump", expect="redact"),

C("IT: inloggningslogg", """
Vi ser många misslyckade inloggningar i natt, är det en attack? Utdrag:

Nov 21 02:11:04 idp01 sshd-portal[2211]: auth failure user=⟦MAIL|maria.ek@norrvatten-energi.se⟧ src=185.220.101.44
Nov 21 02:11:05 idp01 sshd-portal[2211]: auth failure user=⟦MAIL|peter.holm@norrvatten-energi.se⟧ src=185.220.101.44
Nov 21 02:11:05 idp01 sshd-portal[2211]: auth failure user=⟦MAIL|lars.berg@norrvatten-energi.se⟧ src=185.220.101.44
Nov 21 02:11:07 idp01 sshd-portal[2211]: auth failure user=admin src=185.220.101.44
Nov 21 02:11:09 idp01 sshd-portal[2211]: account locked user=⟦MAIL|maria.ek@norrvatten-energi.se⟧
""", "employee e-mail addresses whose local parts contain word-surnames (ek, holm, berg); IP addresses are not a policy type", expect="redact"),

C("IT: appsettings.json", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Ekonomi": "Server=sql-prod-02.kommun.local;Database=Raindance_Integration;User Id=svc_raindance;Password=⟦CRED|=tok('mssql',18)⟧;TrustServerCertificate=True"
  },
  "Integrations": {
    "Bankgirot": { "BaseUrl": "https://api.bgc.se/v2", "ClientId": "kommun-ekonomi", "ClientSecret": "⟦CRED|=tok('bgc-secret',40)⟧" }
  }
}

Hur flyttar jag de här värdena till Azure Key Vault i .NET 8?
""", "ADO.NET connection string with Password= and an OAuth client secret in JSON", expect="redact"),

C("IT: curl med token", """
curl -X POST https://api.hubspot.com/crm/v3/objects/contacts \\
  -H "Authorization: Bearer ⟦CRED|=tok('hubspot',36).join(['pat-eu1-',''])⟧" \\
  -H "Content-Type: application/json" \\
  -d '{"properties":{"email":"⟦MAIL|olof.stenberg@byggpartner-vast.se⟧","firstname":"⟦P|Olof⟧","lastname":"⟦P|Stenberg⟧"}}'

Jag får 401, vad är fel?
""", "shell command with bearer token and a contact's name split over JSON fields", expect="redact"),

C("IT: GitHub Actions med hårdkodad token", """
name: deploy
on: [push]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Push image
        run: |
          echo "⟦CRED|=tok('ghp',36).join(['ghp_',''])⟧" | docker login ghcr.io -u deploy-bot --password-stdin
          docker push ghcr.io/vattenfallet/portal:${{ github.sha }}

Workflowen fungerar men kollegan säger att den är osäker. Varför?
""", "hard-coded GitHub token next to a correct ${{ }} expression that is not a secret", expect="redact"),

C("IT: SQL med personnummer", """
Jag får duplicate key på andra raden, varför?

INSERT INTO patient (pnr, fornamn, efternamn, vardcentral) VALUES
('⟦PNR|=pnr(1968,3,30,226,'L')⟧', '⟦P|Ingela⟧', '⟦P|Svärd⟧', 'VC Berga'),
('⟦PNR|=pnr(1968,3,30,226,'L')⟧', '⟦P|Ingela⟧', '⟦P|Svärd⟧', 'VC Berga'),
('⟦PNR|=pnr(2001,12,24,473,'L')⟧', '⟦P|Hampus⟧', '⟦P|Lönnqvist⟧', 'VC Centrum');
""", "SQL INSERT rows with patient personnummer, names split in columns; the same row twice", expect="redact"),

C("IT: Kubernetes secret", """
apiVersion: v1
kind: Secret
metadata:
  name: ldap-bind
  namespace: intranat
type: Opaque
data:
  username: ⟦X|=b64('svc-intranat-ldap')⟧
  password: ⟦CRED|=b64('Kaffe&Bulle#2026')⟧

Hur roterar jag lösenordet utan driftstopp?
""", "base64-encoded password in a k8s Secret (the base64 user name is not a secret and is not labelled)", expect="redact"),

C("IT: AWS credentials", """
Jag har lagt in detta i ~/.aws/credentials men aws s3 ls ger AccessDenied:

[default]
aws_access_key_id = ⟦CRED|=tok('akid',16,'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567').join(['AKIA',''])⟧
aws_secret_access_key = ⟦CRED|=tok('aws-secret',40,'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/')⟧
region = eu-north-1
""", "a real-shaped (not the documentation example) AWS key pair", expect="redact"),

C("IT: privat SSH-nyckel", """
Servern säger "Load key: invalid format". Nyckeln ser ut så här:

⟦CRED|=sshkey('deploykey')⟧

Jag har kopierat den från Windows till servern med Notepad. Kan radbrytningarna vara problemet?
""", "an OpenSSH private key block pasted whole", expect="redact"),

C("IT: Django-felsida med lösenord", """
Vad betyder det här felet?

SMTPAuthenticationError at /konto/glomt-losenord/
(535, b'5.7.8 Username and Password not accepted.')

Local vars
  host       'smtp.office365.com'
  port       587
  username   'utskick@sodraskolan.se'
  password   '⟦CRED|Skola!2026vt⟧'
  use_tls    True
""", "debug page local variables with a mailbox password; the functional mailbox used as user name is not personal data and is not labelled (same rule as open cases with functional mailboxes)", expect="redact"),

C("IT: applikationslogg med personnummer", """
{"ts":"2026-11-22T10:41:07.552Z","level":"error","svc":"bidrag-api","msg":"Validation failed","req":{"path":"/ansokan","body":{"sokande":{"namn":"⟦P|Kristina Aho⟧","personnummer":"⟦PNR|=pnr(1975,11,9,340,'-')⟧","telefon":"⟦TEL|073 - 661 20 94⟧"},"belopp":"12 400"}},"err":"belopp must be integer"}

Vilket fält är fel och hur ska valideringen skrivas om?
""", "one-line JSON log; phone written with spaces around the dash", expect="redact"),

C("IT: Slack webhook", """
import requests
WEBHOOK = "⟦CRED|=('https://hooks.slack.com/services/T04QX8K2L/B07H3N9RM1/'+tok('slackwh',24))⟧"
def larma(text):
    requests.post(WEBHOOK, json={"text": text}, timeout=5)

Kan du lägga till retry med exponential backoff?
""", "Slack incoming-webhook URL (the URL itself is the secret)", expect="redact"),

C("IT: Azure Storage", """
Min Function App hittar inte blobben. Anslutningssträngen i local.settings.json:

"AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=kommundokument;AccountKey=⟦CRED|=tok('azkey',86,'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/')+'=='⟧;EndpointSuffix=core.windows.net"
""", "Azure storage account key (88 base64 characters ending ==) inside a connection string", expect="redact"),

C("IT: git diff", """
Granska den här ändringen inför merge:

diff --git a/config/ftp.py b/config/ftp.py
@@ -3,7 +3,7 @@
 FTP_HOST = "ftp.leverantor-edi.se"
 FTP_USER = "kommun_edi"
-FTP_PASSWORD = "⟦CRED|Edi2024!host⟧"
+FTP_PASSWORD = os.environ["FTP_PASSWORD"]
 FTP_DIR = "/in/fakturor"
""", "the removed line in a diff still discloses the old password", expect="redact"),

C("IT: psql kommandorad", """
Varför får jag "FATAL: password authentication failed"?

PGPASSWORD='⟦CRED|=tok('psqlpw',14)⟧' psql -h 10.20.4.17 -U rapport_ro -d vardanalys -c "select count(*) from besok where datum > now() - interval '7 days';"
""", "password given as an environment variable on the command line", expect="redact"),

# ------------------------------------------------------------------ juridik
C("juridik: köpekontrakt fastighet", """
KÖPEKONTRAKT

Säljare: ⟦P|Bertil Magnusson⟧, ⟦PNR|=pnr(1949,7,21,157,'-')⟧, ⟦ADR|Prästgårdsvägen 9, 686 30 Sunne⟧
Köpare: ⟦P|Hanna Lindholm⟧, ⟦PNR|=pnr(1991,10,3,584,'-')⟧, och ⟦P|Ali Rezaei⟧, ⟦PNR|=pnr(1989,2,17,357,'-')⟧, båda ⟦ADR|Fryksdalsgatan 4 A, 652 21 Karlstad⟧

Fastighet: Sunne Västanå 2:14
Köpeskilling: 2 450 000 kr. Handpenning 10 % erläggs vid undertecknandet.

Kan du kontrollera att klausulen om dolda fel är rimlig för köparna?
""", "three parties with personnummer and addresses; fastighetsbeteckning is not personal data by itself", expect="redact"),

C("juridik: stämningsansökan utkast", """
⟦SEC|KONFIDENTIELLT – OMFATTAS AV ADVOKATSEKRETESS⟧
Utkast 3, 2026-11-19

STÄMNINGSANSÖKAN
Kärande: Bygg & Fasad i Mälardalen AB, org.nr ⟦ORG|=org('559022631')⟧
Svarande: Fastighets AB Kvarnholmen, org.nr ⟦ORG|=org('556700415')⟧

Yrkande: Svaranden ska förpliktas att betala 1 872 000 kr jämte ränta enligt 6 § räntelagen.
Grunder: Kärandens entreprenad slutbesiktigades 2026-04-12 utan väsentliga anmärkningar. Svaranden har trots påminnelser inte betalat slutfakturan.

Förbättra grunderna, gör dem mer stringenta.
""", "confidentiality stamp as first line of a legal draft; only company parties", expect="block"),

C("juridik: förlikningsavtal", """
⟦SEC|Konfidentiellt⟧

FÖRLIKNINGSAVTAL
mellan Solhaga Vård AB (”Bolaget”) och ⟦P|Marianne Qvist⟧, ⟦PNR|=pnr(1970,4,6,206,'-')⟧ (”Arbetstagaren”)

1. Anställningen upphör 2026-12-31. Arbetstagaren är arbetsbefriad från 2026-11-24.
2. Bolaget betalar ett skadestånd om 180 000 kr enligt 38 § LAS.
3. Parterna åtar sig att inte yttra sig nedsättande om varandra.

Skriv en punkt om att avtalet ska hållas hemligt.
""", "a single word 'Konfidentiellt' on its own line above the document title", expect="block"),

C("juridik: bodelning", """
Bodelningsavtal, utkast
Makar: ⟦P|Jimmy Karlberg⟧ (⟦PNR|=pnr(1980,8,8,213,'L-')⟧) och ⟦P|Sofia Karlberg⟧ (⟦PNR|=pnr(1982,1,27,540,'L-')⟧)
Gemensam bostad: ⟦ADR|Hallonstigen 15, 443 38 Lerum⟧, marknadsvärde 4,1 Mkr, lån 2,6 Mkr (SBAB)
Sparkonto ⟦P|Sofia⟧: Länsförsäkringar ⟦KONTO|9020 123 456 7⟧, 312 000 kr
Bil: Volvo XC60 2021, 285 000 kr (tillfaller ⟦P|Jimmy⟧)

Räkna ut hur mycket ⟦P|Jimmy⟧ ska betala ⟦P|Sofia⟧ i mellanskillnad om allt delas lika.
""", "divorce property division: 12-digit personnummer with dashes, bank account", expect="redact"),

C("juridik: polisanmälan utkast", """
Hjälp mig skriva en polisanmälan, butiken vill anmäla snatteri:

Den 18 november kl. 16.40 tog en man tre flaskor parfym (värde 2 370 kr) och gick ut utan att betala. Väktaren grep honom utanför. Han uppgav att han heter ⟦P|Dragan Nikolić⟧, född ⟦PNR|=pnr(1988,5,5,173,'-')⟧, och bor på ⟦ADR|Hagalundsgatan 2, 169 64 Solna⟧. Han har ⟦SENS|gripits för snatteri i butiken tidigare⟧ (anmälan K-441988-26).
""", "suspected crime tied to a named person; police case number is not an identifier type", expect="block"),

C("juridik: arbetsrättslig tvist fack", """
Vi är ett mindre IT-bolag. Unionen har begärt tvisteförhandling för ⟦P|Sanna Ekström⟧, som är ⟦SENS|medlem i Unionen⟧, eftersom vi inte förlängde hennes provanställning. Hon menar att det berodde på att hon berättade att hon är ⟦SENS|gravid⟧. Vår uppfattning är att hon inte nådde upp till kraven. Vad ska vi förbereda inför förhandlingen?
""", "union membership and pregnancy of a named person in a question", expect="block"),

C("juridik: fullmakt", """
FULLMAKT

Härmed ger jag, ⟦P|Ingrid Svensson⟧, ⟦PNR|=pnr(1939,6,14,186,'L')⟧, min son ⟦P|Mats Svensson⟧, ⟦PNR|=pnr(1966,11,2,271,'L')⟧, fullmakt att företräda mig i alla ärenden hos banker, Skatteverket och Försäkringskassan.

⟦ADR|Ekorrvägen 3, 585 98 Linköping⟧, 2026-11-21

..............................
⟦P|Ingrid Svensson⟧

Är den här fullmakten tillräcklig för banken?
""", "power of attorney; 12-digit personnummer without separator; signature line repeats the name", expect="redact"),

C("juridik: testamente", """
TESTAMENTE

Jag, ⟦P|Gösta Lindblad⟧ (⟦PNR|=pnr(1941,2,3,117,' ')⟧), förordnar att min kvarlåtenskap ska fördelas så här:
1. Mitt fritidshus på Orust (Orust Ängås 1:32) tillfaller mitt barnbarn ⟦P|Ellen Lindblad⟧.
2. 100 000 kr tillfaller Svenska kyrkan i Henån.
3. Återstoden fördelas lika mellan mina barn ⟦P|Per⟧ och ⟦P|Karin⟧.
Egendomen ska vara mottagarnas enskilda egendom.

Finns det något formellt fel i texten?
""", "will; personnummer with a space; a donation to a church is not a statement of the testator's religion", expect="redact"),
]
