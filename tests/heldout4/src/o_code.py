"""Open: code and configuration without credentials (env reads, placeholders, schemas, logs without personal data)."""
def C(genre, note, text, lang="sv", expect=None):
    return dict(genre=genre, note=note, text=text, lang=lang, expect=expect)

CASES = [
C("python_env_read", "Python that reads keys from the environment; variable names contain KEY/SECRET but no values",
"""
Varför får jag KeyError här när jag kör i cron?

import os
from openai import OpenAI

client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
DB_URL = os.getenv("DATABASE_URL")
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
""", expect="allow"),

C("compose_placeholders", "docker-compose using ${VAR} interpolation for passwords",
"""
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ${POSTGRES_USER}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?must be set}
  app:
    build: .
    environment:
      DATABASE_URL: postgresql://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db:5432/app

kan du lägga till en healthcheck för db?
""", lang="en", expect="allow"),

C("env_example", ".env.example with empty values and obvious dummies",
"""
# Kopiera till .env och fyll i
APP_ENV=development
DB_PASSWORD=
OPENAI_API_KEY=sk-din-nyckel-här
SMTP_PASS=changeme
JWT_SECRET=<generera med openssl rand -hex 32>

Skriv en README-sektion som förklarar varje variabel.
""", expect="allow"),

C("k8s_secretref", "Kubernetes deployment that references a Secret by name, no secret data",
"""
apiVersion: apps/v1
kind: Deployment
metadata: {name: e-tjanst}
spec:
  replicas: 2
  template:
    spec:
      containers:
      - name: web
        image: registry.example.se/e-tjanst:1.8.2
        env:
        - name: DB_PASSWORD
          valueFrom: {secretKeyRef: {name: e-tjanst-db, key: password}}

Why do pods stay in CreateContainerConfigError?
""", lang="en", expect="allow"),

C("sql_schema", "SQL schema with a personnummer column and a CHECK constraint; no data",
"""
CREATE TABLE elev (
  id          SERIAL PRIMARY KEY,
  personnummer CHAR(13) NOT NULL CHECK (personnummer ~ '^[0-9]{8}-[0-9]{4}$'),
  fornamn     TEXT NOT NULL,
  efternamn   TEXT NOT NULL,
  skyddad_id  BOOLEAN DEFAULT FALSE
);

Hur krypterar jag kolumnen personnummer i Postgres utan att förlora möjligheten att söka?
""", expect="allow"),

C("luhn_function", "function computing a personnummer check digit, documented with a pattern not a real number",
"""
def kontrollsiffra(nio_siffror: str) -> int:
    \"\"\"Beräknar kontrollsiffran för ÅÅMMDDNNN (Luhn).\"\"\"
    summa = 0
    for i, c in enumerate(nio_siffror):
        p = int(c) * (2 if i % 2 == 0 else 1)
        summa += p - 9 if p > 9 else p
    return (10 - summa % 10) % 10

Skriv pytest-tester för funktionen, använd påhittade värden och kontrollera mot en känd formel.
""", expect="allow"),

C("gha_secrets", "GitHub Actions workflow using secrets.* expressions",
"""
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          creds: ${{ secrets.AZURE_CREDENTIALS }}
      - run: az webapp deploy --name app-bokning --src-path dist.zip

Kan jobbet köras bara på taggar som börjar med v?
""", lang="en", expect="allow"),

C("nginx_log", "server log without personal data (internal IPs, health checks)",
"""
10.20.1.5 - - [25/Mar/2025:03:12:44 +0100] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.20.1.5 - - [25/Mar/2025:03:12:54 +0100] "GET /healthz HTTP/1.1" 502 157 "-" "kube-probe/1.29"
2025/03/25 03:12:54 [error] 29#29: *8812 connect() failed (111: Connection refused) while connecting to upstream, upstream: "http://10.20.3.17:8080/healthz"

vad betyder 111 Connection refused här?
""", expect="allow"),

C("terraform_vars", "Terraform referencing a sensitive variable and Key Vault, no values",
"""
variable "db_admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_key_vault_secret" "db" {
  name         = "db-admin-password"
  value        = var.db_admin_password
  key_vault_id = azurerm_key_vault.main.id
}

Hur undviker jag att lösenordet hamnar i state-filen?
""", lang="en", expect="allow"),

C("stacktrace", "Java stack trace with class names only",
"""
Exception in thread "main" java.lang.NullPointerException: Cannot invoke "se.kommun.arende.Handlaggare.getEnhet()" because "h" is null
	at se.kommun.arende.BeslutService.fattaBeslut(BeslutService.java:142)
	at se.kommun.arende.BeslutController.post(BeslutController.java:58)

hur fixar jag detta på ett snyggt sätt?
""", expect="allow"),

C("regex_question", "question about a regex for personnummer and phone numbers with format examples using X",
"""
Jag behöver ett regex som matchar svenska mobilnummer i formaten 07X-XXX XX XX, +467XXXXXXXX och 07XXXXXXXX, och ett som
matchar personnummer ÅÅÅÅMMDD-XXXX eller ÅÅMMDD-XXXX. Kan du skriva dem i Python och förklara varje del?
""", expect="allow"),

C("json_schema_payload", "JSON schema for an API with personal-data field names but no values",
"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Ansokan",
  "type": "object",
  "required": ["personnummer", "namn"],
  "properties": {
    "personnummer": {"type": "string", "pattern": "^(19|20)\\\\d{6}-\\\\d{4}$"},
    "namn": {"type": "string"},
    "diagnos": {"type": "string", "description": "ICD-10-kod, frivillig"}
  }
}

Lägg till ett fält för samordningsnummer som alternativ till personnummer.
""", expect="allow"),
]
