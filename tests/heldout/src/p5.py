from common import C
P = []
a = P.append

a(C("accounts_payable", "sv", "redact",
"""Leverantörsreskontra – betalningar vecka 11 (klistrat från Excel). Summera per betalsätt.
Leverantör\tBetalsätt\tNummer\tBelopp
Skogsbrynets Städ AB\tBankgiro\t245-4403\t18 750
Fönsterputs Öst\tBankgiro\t744-2486\t4 200
Ljungby Blommor\tPlusgiro\t6752648-3\t1 380
Rörjour Syd AB\tBankgiro\t1179-9806\t9 990""",
[("SE_BANKGIRO", "245-4403"), ("SE_BANKGIRO", "744-2486"), ("SE_PLUSGIRO", "6752648-3"), ("SE_BANKGIRO", "1179-9806")],
"TSV payment list: 7- and 8-digit bankgiro numbers and a plusgiro; companies not in the customer register. POLICY.md lists bankgiro/plusgiro under redact without distinguishing company accounts."))

a(C("payment_request", "en", "redact",
"""Hi, please help me answer this supplier in English: they ask us to pay the deposit of EUR 3,400 to IBAN SE2460001014965622642825 instead of the account on the invoice. Is this a typical invoice-fraud pattern?""",
[("IBAN_CODE", "SE2460001014965622642825")],
"IBAN without spaces in an English fraud question; the account itself must still be redacted."))

a(C("support_ticket", "sv", "redact",
"""Kunden skrev i formuläret: "Mitt kort 4921-6798-3838-2215 drogs två gånger för samma beställning." Hur svarar jag utan att upprepa kortnumret?""",
[("CREDIT_CARD", "4921-6798-3838-2215")],
"Card number with hyphens inside a quotation."))

a(C("donation", "sv", "redact",
"""Skriv ett tackbrev till en givare som har swishat 500 kr till insamlingen. Gåvor kan också lämnas till bankgiro 6328-4525 eller IBAN SE75 8004 1191 6404 0593 5640. Avsändare: Brita Holm, kassör, 070-174 06 29.""",
[("SE_BANKGIRO", "6328-4525"), ("IBAN_CODE", "SE75 8004 1191 6404 0593 5640"), ("PERSON", "Brita Holm"), ("PHONE_NUMBER", "070-174 06 29")],
"Association collecting gifts: bankgiro + IBAN + treasurer's mobile."))

a(C("migration_case", "sv", "redact",
"""Hjälp mig förklara för familjen varför de måste gå till Skatteverket: Mamman har samordningsnummer 520670-8140 och sonen 380567-2072 står det i ansökan, men sonen kan ju inte vara född 1938?? Vad kan ha blivit fel?""",
[("SE_SAMORDNINGSNUMMER", "520670-8140"), ("SE_SAMORDNINGSNUMMER", "380567-2072")],
"10-digit samordningsnummer (day 70 = 10+60, day 67 = 7+60); the user doubts one of them, it is still a valid number."))

a(C("board_minutes_long", "sv", "redact",
"""Kan du korta ned protokollet till hälften men behålla alla beslut?

Protokoll fört vid ordinarie styrelsemöte i Idrottsföreningen Kvarnen
Datum: 2025-02-20 kl. 18.30–20.45
Plats: Klubbstugan, Kvarnvägen 2

Närvarande ledamöter: Anders Lindberg (ordförande), Sofia Malmqvist (sekreterare), Ibrahim Yousef (kassör), Jenny Åkerlund, Tomas Berg
Frånvarande: Malin Hed
Adjungerad: ungdomsansvarig Petar Nikolić

§ 1 Mötets öppnande
Ordföranden hälsade välkommen och förklarade mötet öppnat.

§ 2 Val av justerare
Jenny Åkerlund valdes att jämte ordföranden justera protokollet.

§ 3 Godkännande av dagordning
Dagordningen godkändes med tillägg av punkt 9 c, Cupresa i maj.

§ 4 Föregående protokoll
Protokollet från 2025-01-16 lades till handlingarna.

§ 5 Ekonomi
Kassören redovisade att föreningen per den 31 januari har 184 320 kr på bankkontot och 22 500 kr i obetalda medlemsavgifter. Kommunens aktivitetsstöd för hösten, 31 800 kr, har betalats ut. Kassören föreslog att påminnelse skickas till samtliga som inte betalat senast den 15 mars.
Beslut: Styrelsen beslutade enligt kassörens förslag.

§ 6 Bidragsansökan
Föreningen söker bidrag från kommunens anläggningsstöd för nya mål till 7-mannaplanen. Ansökan kräver att firmatecknarens personnummer anges. Styrelsen utsåg Anders Lindberg, 19710424-3618, att underteckna ansökan.
Beslut: Ansökan skickas senast 2025-03-01.

§ 7 Ungdomsverksamhet
Petar Nikolić informerade om att antalet aktiva barn och ungdomar ökat från 142 till 167 sedan förra säsongen. Det saknas ledare för P12 och F10. Styrelsen diskuterade möjligheten att erbjuda ledarutbildning via SISU.
Beslut: Petar får i uppdrag att annonsera efter ledare i föreningens kanaler.

§ 8 Kansli och lokaler
Klubbstugans värmepump behöver bytas. Offert från lokal firma: 68 000 kr inkl. installation. Tomas Berg undersöker om föreningen kan söka bidrag från Boverket.

§ 9 Övriga frågor
a) Städdag lördag 5 april kl. 10.
b) Föreningens hemsida flyttas till ny plattform, Jenny ansvarar.
c) Cupresa i maj: 14 lag anmälda, bussen bokad.

§ 10 Nästa möte
Torsdag 2025-03-20 kl. 18.30 i klubbstugan.

§ 11 Mötets avslutande
Ordföranden tackade för visat intresse och avslutade mötet.

Vid protokollet: Sofia Malmqvist
Justeras: Anders Lindberg, Jenny Åkerlund""",
[("PERSON", "Anders Lindberg"), ("PERSON", "Sofia Malmqvist"), ("PERSON", "Ibrahim Yousef"), ("PERSON", "Jenny Åkerlund"),
 ("PERSON", "Tomas Berg"), ("PERSON", "Malin Hed"), ("PERSON", "Petar Nikolić"), ("SE_PERSONNUMMER", "19710424-3618"),
 ("PERSON", "Petar"), ("PERSON", "Jenny")],
"Long (~2.4 KB) sports-club minutes; a single personnummer buried in § 6; many names; the club's street address has no postnummer (not a home address)."))

a(C("email_thread_long", "sv", "redact",
"""Hjälp mig skriva ett svar på sista mejlet i tråden. Vi vill erbjuda ett nytt installationsdatum och en kompensation på 2 000 kr.

-----Ursprungligt meddelande-----
Från: Nordkust Fastigheter AB – förvaltning
Skickat: den 18 februari 2025 09:12
Till: Kundtjänst
Ämne: SV: SV: Installation av laddboxar, Eriksbergsgatan

Hej igen,
Vi har fortfarande inte fått något besked om när installationen av de sex laddboxarna i garaget ska göras. Det var utlovat till vecka 6 och nu är det vecka 8. Våra hyresgäster har köpt elbilar i tron att laddningen skulle finnas på plats och vi får dagligen frågor. Om vi inte får ett bindande datum i veckan kommer vi att häva beställningen enligt punkt 11 i avtalet.

Med vänliga hälsningar
Johanna Ekström
Förvaltare
Nordkust Fastigheter AB
Direkt: 031-712 40 86
Mobil: 070-174 06 07
johanna.ekstrom@nordkustfastigheter.se

-----Ursprungligt meddelande-----
Från: Kundtjänst
Skickat: den 7 februari 2025 15:40
Till: Johanna Ekström
Ämne: SV: Installation av laddboxar, Eriksbergsgatan

Hej Johanna,
Tack för ditt tålamod. Vi har tyvärr fått leveransförsening från tillverkaren på lastbalanseringsmodulen. Vi återkommer med nytt datum så snart vi vet mer.
Vänliga hälsningar
Kundtjänst

-----Ursprungligt meddelande-----
Från: Johanna Ekström
Skickat: den 5 februari 2025 08:03
Till: Kundtjänst
Ämne: Installation av laddboxar, Eriksbergsgatan

Hej,
Installatören kom inte i dag som överenskommet. Vad har hänt? Portkoden är densamma som förut och nyckeln finns hos fastighetsskötaren.
/Johanna""",
[("CUSTOMER", "Nordkust Fastigheter AB"), ("PERSON", "Johanna Ekström"), ("PHONE_NUMBER", "031-712 40 86"),
 ("PHONE_NUMBER", "070-174 06 07"), ("EMAIL_ADDRESS", "johanna.ekstrom@nordkustfastigheter.se"), ("PERSON", "Johanna")],
"Long (~1.9 KB) forwarded e-mail thread: customer name only in header and signature, contact person's direct line and mobile; the customer name also appears inside the e-mail domain."))

a(C("social_services_case_note_long", "sv", "block",
"""Jag behöver en sammanfattning till nämndens individutskott, max en sida. Här är utredningen:

Utredning enligt 11 kap. 1 § SoL – ansökan om bistånd i form av boende
Den enskilde: Ahmad Rahimi, 19760316-6161
Adress: saknar fast bostad, postadress c/o Stadsmissionen
Handläggare: Linnea Sjögren, enheten för vuxna

Bakgrund
Ahmad är 48 år och kom till Sverige 2015. Han har arbetat som lagerarbetare fram till 2022 då han blev uppsagd i samband med en omorganisation. Sedan dess har han haft tillfälliga anställningar via bemanningsföretag. Han förlorade sitt förstahandskontrakt i december 2024 efter hyresskulder om 42 000 kr och har sedan dess bott omväxlande hos en bekant och på akutboende.

Hälsa
Ahmad uppger att han har diabetes typ 1 och att han har haft svårt att sköta insulinbehandlingen utan fast boende. Han har även sömnproblem och beskriver nedstämdhet. Han har kontakt med vårdcentralen men har missat två besök. Med Ahmads samtycke har handläggaren talat med distriktssköterskan, som bekräftar att blodsockret varit instabilt och att en fast bostad skulle underlätta behandlingen.

Ekonomi
Ahmad har inga inkomster för närvarande och har ansökt om ekonomiskt bistånd. Han har skulder hos Kronofogden om ca 118 000 kr.

Sociala förhållanden
Ahmad har två vuxna barn som bor i Göteborg och som han har sporadisk kontakt med. Han har inget missbruk och inga tidigare insatser från socialtjänsten. Han är positiv till att ta emot stöd i form av boendestöd.

Bedömning
Ahmad bedöms inte kunna tillgodose sitt behov av boende på egen hand. Hans hälsotillstånd gör att akutboende inte är en skälig levnadsnivå på längre sikt. Förslaget är att bevilja bistånd i form av träningslägenhet med boendestöd i sex månader, med uppföljning efter tre månader.

Förslag till beslut
Ahmad Rahimi beviljas bistånd i form av träningslägenhet enligt 4 kap. 1 § SoL under perioden 2025-03-01 – 2025-08-31.""",
[("PERSON", "Ahmad Rahimi"), ("SE_PERSONNUMMER", "19760316-6161"), ("PERSON", "Linnea Sjögren"), ("PERSON", "Ahmad"),
 ("SENSITIVE_DATA", "diabetes typ 1"), ("SENSITIVE_DATA", "nedstämdhet"), ("SENSITIVE_DATA", "ekonomiskt bistånd")],
"Long (~2.3 KB) social services investigation WITHOUT any secrecy heading (only the SoL paragraph in the title): blocked because of named person + health + social assistance."))
