"""Protected: IT – .env, kubeconfig, connection strings, logs, SQL dumps, Jira, XML/JSON payloads, incidents."""
def C(genre, note, text, lang="sv", expect=None):
    return dict(genre=genre, note=note, text=text, lang=lang, expect=expect)

CASES = [
C("env_file", "a .env file pasted while debugging: database password, OpenAI-style key, SMTP password; other values harmless",
"""
varför laddas inte mina variabler? docker compose säger att DB_PASSWORD är tom

# .env
APP_ENV=production
DB_HOST=pg-prod-01.internal
DB_USER=bokning_app
DB_PASSWORD=⟦CRED:Vinter2025!Kalix⟧
OPENAI_API_KEY=⟦CRED:sk-proj-⟪rnd:url:48:envkey1⟫⟧
SMTP_HOST=smtp.office365.com
SMTP_USER=noreply@bokning.example.se
SMTP_PASS=⟦CRED:⟪rnd:alnum:16:smtp1⟫⟧
LOG_LEVEL=info
""", expect="redact"),

C("kubeconfig", "kubeconfig with an embedded client key and bearer token (base64)",
"""
kubectl säger "error: You must be logged in to the server (Unauthorized)". Här är min kubeconfig:

apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://10.42.0.10:6443
    insecure-skip-tls-verify: true
  name: vgr-test
contexts:
- context: {cluster: vgr-test, user: deploy}
  name: vgr-test
current-context: vgr-test
users:
- name: deploy
  user:
    token: ⟦CRED:eyJhbGciOiJSUzI1NiIsImtpZCI6Im⟪rnd:url:180:kubetok⟫⟧
    client-key-data: ⟦CRED:LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVB⟪rnd:b64:120:kubekey⟫⟧
""", lang="en", expect="redact"),

C("connstring_csharp", "C# appsettings with an Azure SQL connection string containing a password and a storage account key",
"""
Får "Login failed for user" i Azure. appsettings.Production.json:

{
  "ConnectionStrings": {
    "Default": "⟦CRED:Server=tcp:sql-ekonomi-prod.database.windows.net,1433;Initial Catalog=Ekonomi;User ID=ekoadmin;Password=Fj0rton#Maj2025;Encrypt=True;⟧"
  },
  "Storage": "⟦CRED:DefaultEndpointsProtocol=https;AccountName=stekonomiprod;AccountKey=⟪rnd:b64:86:azkey⟫==;EndpointSuffix=core.windows.net⟧"
}
""", expect="redact"),

C("github_token_ci", "CI log with a GitHub personal access token echoed by mistake",
"""
Run git clone https://x-access-token:⟦CRED:ghp_⟪rnd:alnum:36:ghp1⟫⟧@github.com/kommun-it/e-tjanster.git
Cloning into 'e-tjanster'...
remote: Repository not found.
fatal: repository 'https://github.com/kommun-it/e-tjanster.git/' not found
Error: Process completed with exit code 128.

why does this fail in the pipeline when it works locally?
""", lang="en", expect="redact"),

C("sql_dump_patients", "SQL dump INSERT rows from a booking system: pnr without separator, names, phone, reason for visit",
"""
Jag får duplicate key när jag kör den här. Vad är fel?

INSERT INTO bokning (id, pnr, namn, tel, besoksorsak, tid) VALUES
(10233, '⟦PNR:⟪pn:19670304122⟫⟧', '⟦NAME:Kjell Åkesson⟧', '⟦TEL:0706-174 069⟧', '⟦SEN:Uppföljning prostatacancer⟧', '2025-04-02 09:00'),
(10234, '⟦PNR:⟪pn:19990811447⟫⟧', '⟦NAME:Minna Laakso⟧', '⟦TEL:070-1740675⟧', 'Vaccination TBE', '2025-04-02 09:15'),
(10233, '⟦PNR:⟪pn:20020217351⟫⟧', '⟦NAME:Ali Rezaei⟧', NULL, '⟦SEN:Abstinens, LARO⟧', '2025-04-02 09:30');
""", expect="block"),

C("app_log_pnr", "application log lines from a citizen e-service: pnr in a query string and in JSON, no names",
"""
Vad betyder felet? Hände tre gånger i natt.

2025-03-25T02:14:07.331Z INFO  [http-nio-8080-exec-7] GET /api/v2/ansokan?pnr=⟦PNR:⟪pn:19820317551⟫⟧&typ=bygglov 200 88ms
2025-03-25T02:14:07.902Z ERROR [http-nio-8080-exec-7] c.k.e.AnsokanService - Kunde inte hämta folkbokföring för {"personnummer":"⟦PNR:⟪pn:820317-551⟫⟧","svar":"SPAR timeout"}
java.net.SocketTimeoutException: Read timed out
	at java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)
""", expect="redact"),

C("jira_ticket", "Jira ticket from a municipal service desk with a citizen's name, e-mail and a BankID-related issue",
"""
SD-48211  Medborgare kan inte logga in i e-tjänst Förskoleplats
Rapporterad av: ⟦NAME:Lina Ekström⟧ (kontaktcenter)
Beskrivning:
Medborgaren ⟦NAME:Jesper Lindblad⟧ (⟦MAIL:jesper.lindblad@icloud.com⟧, ⟦TEL:070-174 06 77⟧) får "Åtgärden kunde inte slutföras" efter BankID.
Testat Chrome och Safari. Personnummer ⟦PNR:⟪pn:900203-713⟫⟧ enligt honom.
Prio: Medel   Komponent: e-tjänstplattform

Skriv en felsökningsplan i steg.
""", expect="redact"),

C("incident_report_phishing", "security incident report marked with an information class; compromised account owner named",
"""
Incidentrapport IR-2025-014   ⟦SEC:Informationsklass: K3 (Konfidentiell)⟧
Sammanfattning: Lyckad nätfiskeattack mot ekonomiassistent ⟦NAME:Gabriella Holm⟧. Angriparen loggade in från 185.220.101.4
och skapade en inkorgsregel som vidarebefordrade fakturor till extern adress.
Åtgärder: lösenord återställt, sessioner återkallade, MFA-metoder granskade. Leverantör kontaktad om falsk bankgiroändring.

Skriv ett lessons learned-avsnitt.
""", expect="block"),

C("xml_payload", "XML message to a social-insurance style integration: pnr with century, name, income",
"""
Validatorn säger att elementet Inkomst är felplacerat, kan du rätta XML:en?

<Ansokan xmlns="urn:se:kommun:bostadsbidrag:1">
  <Sokande>
    <Personnummer>⟦PNR:⟪pn:19860912-473⟫⟧</Personnummer>
    <Fornamn>⟦NAME:Sabina⟧</Fornamn><Efternamn>⟦NAME:Halilović⟧</Efternamn>
  </Sokande>
  <Inkomst>18200</Inkomst>
  <Hushall><Barn antal="2"/></Hushall>
</Ansokan>
""", expect="redact"),

C("private_key_ssh", "an OpenSSH private key pasted while asking about permissions",
"""
ssh säger "Permissions 0644 for 'id_ed25519' are too open". Är det här rätt nyckel?

⟦CRED:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
⟪rnd:b64:70:ssh1⟫
⟪rnd:b64:70:ssh2⟫
⟪rnd:b64:38:ssh3⟫AAAAAECAwQF
-----END OPENSSH PRIVATE KEY-----⟧
""", expect="redact"),

C("python_hardcoded", "Python snippet with a hard-coded AWS key pair and a Slack bot token",
"""
import boto3, requests

s3 = boto3.client("s3", aws_access_key_id="⟦CRED:AKIA⟪rnd:upnum:16:awsid⟫⟧",
                  aws_secret_access_key="⟦CRED:⟪rnd:b64:40:awssecret⟫⟧", region_name="eu-north-1")
SLACK = "⟦CRED:xoxb-⟪rnd:digits:12:sl1⟫-⟪rnd:digits:13:sl2⟫-⟪rnd:alnum:24:sl3⟫⟧"

def notify(msg):
    requests.post("https://slack.com/api/chat.postMessage", headers={"Authorization": f"Bearer {SLACK}"},
                  json={"channel": "#drift", "text": msg})

# refaktorera så att nycklarna läses från miljön istället
""", lang="en", expect="redact"),

C("postgres_url_teams", "Teams message sharing a database URL with password for a quick fix",
"""
[Teams] ⟦NAME:Viktor⟧ 16:48: testa med den här så länge, byt sen!! ⟦CRED:postgresql://rapport:Kaffe2go_77@10.12.4.20:5432/lonedata⟧
[Teams] du 16:49: ok

^ kan du förklara hur jag sätter upp ett read-only-konto i postgres i stället?
""", expect="redact"),

C("wifi_passwords_doc", "IT handover note with Wi-Fi and admin passwords; a colleague's mobile",
"""
Överlämning IT, Fritidsgården Tallbacken (stöddokument)
Wi-Fi personal: FG-Personal / lösen ⟦CRED:Tallbacken#2024⟧
Wi-Fi besökare: FG-Gäst / lösen ⟦CRED:Välkommen2025⟧ (sitter på anslagstavlan)
Admin skrivare HP M479: admin / ⟦CRED:Hp!Skriv8831⟧
Kontakt om nätverket: ⟦NAME:Sami⟧ på IT, ⟦TEL:070-174 06 79⟧

Formatera om till en snygg tabell.
""", expect="redact"),

C("log_ad_sensitive", "Active Directory group export: group names reveal union representatives and employees in rehab",
"""
kan du göra en sammanställning per grupp?

sAMAccountName,displayName,memberOf
anjo0412,⟦NAME:Anneli Johansson⟧,"GRP-⟦SEN:Fackliga-Ombud-Vision⟧;GRP-Alla"
peni0908,⟦NAME:Petra Nilsson⟧,"GRP-⟦SEN:Rehab-Arbetstraning⟧;GRP-Alla"
mabe0311,⟦NAME:Magnus Berg⟧,"GRP-Alla;GRP-Ekonomi"
""", expect="block"),

C("jwt_header_curl", "curl command with a bearer JWT for a production API",
"""
curl -s https://api.e-tjanst.exempelkommun.se/v1/arenden/4411 \\
  -H "Authorization: Bearer ⟦CRED:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYXJlbmRlIiwiZXhwIjoxNzQ4OTk5OTk5fQ.⟪rnd:url:43:jwtsig⟫⟧" \\
  -H "Accept: application/json"

returnerar 403, vad kan vara fel med scopet?
""", expect="redact"),

C("incident_datalakage_mail", "e-mail thread about a data breach: report heading + marker in signature block footer",
"""
Från: ⟦NAME:Katarina Löfgren⟧ <⟦MAIL:katarina.lofgren@gavleborg.example.se⟧>
Ämne: VB: Personuppgiftsincident – fel mottagare

Hej, kan du (AI) hjälpa mig avgöra om detta ska anmälas till IMY inom 72 h?

> Igår skickades ett kallelsebrev för ⟦NAME:Bertil Sundqvist⟧ (⟦PNR:⟪pn:470618-217⟫⟧) till fel adress. Brevet innehöll tid för
> ⟦SEN:kontroll på hjärtmottagningen⟧. Mottagaren har ringt och sagt att hon rivit brevet.
>
> ---
> Detta e-postmeddelande kan innehålla information som omfattas av sekretess. ⟦SEC:Sekretessklass: Konfidentiell⟧
""", expect="block"),

C("powershell_script", "PowerShell script with a plaintext service-account password",
"""
$user = "KOMMUN\\svc_backup"
$pass = ConvertTo-SecureString "⟦CRED:Bkp-Svc!2025-Q1⟧" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Invoke-Command -ComputerName FIL01 -Credential $cred -ScriptBlock { wbadmin start backup -backupTarget:\\\\nas02\\backup -quiet }

hur kör jag detta som schemalagd uppgift utan att lösenordet står i klartext?
""", lang="en", expect="redact"),
]
