from common import C

CASES = [
C("ekonomi: prissättningspolicy intern", """
Prissättningspolicy för serviceavtal 2027
⟦INT|Endast för internt bruk⟧

Listpris är utgångspunkt. Säljare får ge upp till 8 % rabatt själva, 8–15 % kräver regionchefens godkännande och mer än 15 % kräver VD:s godkännande. Vid avtal över 3 Mkr får bruttomarginalen inte understiga 22 %. Offentliga kunder (ramavtal) prissätts enligt separat bilaga.

Gör om det här till en enkel beslutsmatris.
""", "internal-use marking on its own line under the title", expect="block"),

C("IT: internal roadmap English", """
⟦INT|INTERNAL USE ONLY – do not forward⟧
Product roadmap H1 2027 – Customer Portal
Q1: BankID login for business customers, invoice archive 7 years, API v3 (breaking changes).
Q2: Sunset of the legacy Android app; migration campaign to 18,000 active users.
Risk: vendor contract for SMS gateway expires 31 March, renegotiation ongoing.

Write a two-paragraph summary I can present at the town hall.
""", "English internal-only stamp", lang="en", expect="block"),

C("HR: processbeskrivning med klassning i sidfot", """
Process för omställning vid arbetsbrist – Region Väst
1. Ledningen fattar inriktningsbeslut om antal tjänster per enhet.
2. Förhandling enligt 11 § MBL med berörda fackförbund.
3. Turordningskretsar fastställs; undantag för högst två nyckelpersoner per enhet.
4. Besked till berörda ges samma dag som beslutet, individuellt samtal med chef och HR.
Tidplan: besked lämnas v. 6, uppsägningstiderna börjar löpa 1 mars.

Dokumentägare: HR-chef   |   ⟦INT|Klassificering: Intern⟧   |   Version 0.3

Förbättra språket i steg 4.
""", "internal classification in a document footer with other metadata", expect="block"),

C("hotell: no-show debitering", """
Gäst ⟦P|Richard Thornton⟧ dök inte upp 21/11 (bokning HVB-44129, 2 nätter). Enligt villkoren ska första natten debiteras. Kortuppgifter från bokningen:
AMEX ⟦CARD|=amex('37841105924410')⟧, exp 04/28

Skriv ett artigt mejl på engelska till gästen om debiteringen.
""", "15-digit American Express number grouped 4-6-5", expect="redact"),

C("ekonomi: misslyckade kortdragningar CSV", """
Kan du gruppera de här efter felkod och föreslå vad kundtjänst ska säga?
kund;kort;belopp;felkod
⟦P|Maria Sundberg⟧;⟦CARD|=card('492913877100231','-')⟧;299;51 insufficient funds
⟦P|Hassan Jama⟧;⟦CARD|=card('535410002277845','')⟧;299;54 expired card
⟦P|Eva-Lena Frisk⟧;**** **** **** 8821;599;05 do not honour
""", "card numbers with dashes and without separators; one masked number that is not a card number", expect="redact"),

C("ekonomi: misstänkt fakturabedrägeri", """
Vi fick det här mejlet i dag, är det ett bedrägeriförsök?

”Hej! Vi har bytt bank och vårt nya bankgiro är ⟦BG|=bg('5050105')⟧. Vänligen uppdatera i ert leverantörsregister före nästa betalning. Ni kan ringa mig på ⟦TEL|070-174 06 06⟧ om något är oklart.
Med vänlig hälsning, ⟦P|Anders Kjellberg⟧, ekonomichef, Mälardalens Ventilation AB”

Vårt gamla bankgiro för dem var ⟦BG|=bg('581923')⟧.
""", "two bankgiro numbers (7 and 8 digits) in a suspected fraud e-mail", expect="redact"),

C("privatförsäljning: plusgiro", """
Kan du skriva om min annons så att den blir säljande?
”Säljer barnvagn Emmaljunga NXT90, 2 år gammal, 2 500 kr. Hämtas i Ronneby. Betalning till mitt plusgiro ⟦PG|=pg('2745531',fmt='compact')⟧ eller kontant. Sms:a ⟦P|Jenny⟧ på ⟦TEL|0733-20 41 87⟧.”
""", "private plusgiro written compactly with a dash before the check digit", expect="redact"),

C("HR: utländska säsongsarbetare SINK", """
Underlag SINK-ansökan, plantskolan säsong 2027
Namn | Samordningsnummer | Bankkonto för lön
⟦P|Jari Kinnunen⟧ | ⟦SAM|=sam(1992,6,3,215,'L-')⟧ | ⟦IBAN|=iban('FI','12345600000785')⟧
⟦P|Sanne de Vries⟧ | ⟦SAM|=sam(1998,1,19,428,'L-')⟧ | ⟦IBAN|=iban('NL','RABO0317428890')⟧

Skriv ett följebrev till Skatteverket om att båda ska beskattas enligt SINK.
""", "12-digit samordningsnummer with dash; Finnish and Dutch IBANs in a pipe table", expect="redact"),

C("HR: mejl med p-nr i ämnesraden", """
Ämne: Ang. sjukintyg p-nr ⟦PNR|=pnr(1990,2,14,382,'L-')⟧

Hej ⟦P|Monica⟧,
bifogar läkarintyget för ⟦P|Rasmus Lindahl⟧ som nu är ⟦SENS|sjukskriven 100 % till 2026-12-31⟧. Diagnos enligt intyget: ⟦SENS|F43.8 reaktion på svår stress⟧. Kan du registrera i Heroma?
/⟦P|Leif⟧

Hjälp mig svara kort att intyget är registrerat.
""", "'p-nr' abbreviation in an e-mail subject line", expect="block"),

C("ekonomi: Personnr. i ansökan om anstånd", """
Formulera en ansökan om anstånd med betalning av skatt:
Sökande: ⟦P|Viktoria Ahonen⟧, Personnr. ⟦PNR|=pnr(1979,5,31,184,' ')⟧
Restförd skatt: 38 420 kr. Orsak: inkomstbortfall efter uppsagd anställning i augusti.
Erbjuder avbetalning 3 000 kr/mån från januari.
""", "'Personnr.' with a period and a space-separated short personnummer", expect="redact"),
C("pressmeddelande: med presskontakt", """
Kan du korta pressmeddelandet till 120 ord?

PRESSMEDDELANDE – Norrvatten Energi AB bygger ut fjärrvärmen i Bergsjön
Under 2027 ansluts ytterligare 1 400 lägenheter till fjärrvärmenätet. Investeringen är 96 miljoner kronor och arbetet startar i mars.

För mer information, kontakta:
⟦P|Annika Berglund⟧, kommunikationschef, ⟦TEL|070-174 06 44⟧, ⟦MAIL|annika.berglund@norrvatten-energi.se⟧
Pressjour: 031-390 06 90
""", "published press release: the named press contact with direct mobile and personal work address is personal data (redact); the press-duty line is an organisation number and is not labelled", expect="redact"),

C("skola: känd offentlig person", """
Skriv en kort och lättläst text (ca 120 ord) för åk 6 om ⟦P|Zlatan Ibrahimovićs⟧ fotbollskarriär: vilka länder han har spelat i och varför han är känd i Sverige. Avsluta med tre frågor till eleverna.
""", "JUDGEMENT: a living, famous public person; POLICY.md lists person names without a public-figure exception, so redact (never block); genitive form of a name with a diacritic", expect="redact"),

C("ekonomi: fråga om offentlig befattningshavare", """
Vem är ⟦P|Erik Thedéen⟧ och vilken roll har riksbankschefen i penningpolitiken? Förklara enkelt för en gymnasieklass i samhällskunskap hur direktionen fattar beslut om styrräntan.
""", "JUDGEMENT: a living public official named in a general question; redact by POLICY.md (same rule as tests/heldout news_public_official)", expect="redact"),
]
