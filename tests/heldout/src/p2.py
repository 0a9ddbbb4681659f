from common import C
P = []
a = P.append

# ---------------- HR ----------------
a(C("hr_rehab", "sv", "block",
"""Rehabiliteringsplan – utkast
Medarbetare: Lars-Erik Holm, fastighetsskötare
Sjukskriven 50 % sedan 2024-08-19 pga utmattningssyndrom (F43.8). Läkarintyg t.o.m. 2024-12-31.
Åtgärder: arbetsträning 4 tim/dag, avlastning från jourschema, kontakt med företagshälsovården varannan vecka.
Kan du göra planen mer strukturerad med mål och uppföljningsdatum?""",
[("PERSON", "Lars-Erik Holm"), ("SENSITIVE_DATA", "utmattningssyndrom"), ("SENSITIVE_DATA", "F43.8"), ("SENSITIVE_DATA", "Sjukskriven")],
"HR rehab plan; hyphenated first name; ICD code."))

a(C("hr_salary", "sv", "block",
"""INTERNT
Lönerevision 2025 – förslag från enhetschefer, Vård och omsorg

Namn\tBefattning\tNuvarande lön\tFörslag\tÖkning
Britt-Marie Sjöberg\tUndersköterska\t31 200\t32 300\t3,5 %
Ali Rahimi\tUndersköterska\t29 800\t31 000\t4,0 %
Elin Ros\tSjuksköterska\t41 500\t43 100\t3,9 %

Kan du räkna ut snittökningen och se om vi håller oss inom ramen 3,6 %?""",
[("INTERNAL_MARKER", "INTERNT"), ("PERSON", "Britt-Marie Sjöberg"), ("PERSON", "Ali Rahimi"), ("PERSON", "Elin Ros")],
"Marked internal document (INTERNT alone on first line) with salaries; surname Ros = word."))

a(C("hr_termination", "en", "redact",
"""Draft a termination letter for our employee Aleksander Nowak (employee no. 40213), Kvarngatan 9, 582 22 Linköping. Reason: redundancy due to the closure of the Linköping warehouse. Last day of employment 31 May 2025. Keep it respectful.""",
[("PERSON", "Aleksander Nowak"), ("SE_ADDRESS", "Kvarngatan 9, 582 22 Linköping")],
"English HR; home address in Swedish format; redundancy is not art. 9."))

a(C("hr_union", "sv", "block",
"""Kan du hjälpa mig formulera kallelsen till MBL-förhandling? Anna-Karin Vall är medlem i Kommunal och har begärt att facket ska närvara vid samtalet om hennes schemaändring.""",
[("PERSON", "Anna-Karin Vall"), ("SENSITIVE_DATA", "medlem i Kommunal")],
"Trade-union membership of a named employee is art. 9 data; 'MBL' is a law abbreviation."))

a(C("job_application_cv", "sv", "redact",
"""Kan du förbättra mitt CV så att det passar en tjänst som ekonomiassistent?

CV
Hanna Lindström
Personnummer: 19981111-9081
Adress: Björkvägen 7, 352 36 Växjö
Telefon: 076-392 14 05
E-post: hanna.lindstrom98@hotmail.com

Arbetslivserfarenhet
2021–nu  Kassapersonal, ICA Kvantum Växjö
2019–2021  Timvikarie, Växjö kommun, förskola

Utbildning
2023–2025  Ekonomiassistent, Yrkeshögskolan Växjö (YH), 400 p
2014–2017  Ekonomiprogrammet, Katedralskolan

Språk: svenska (modersmål), engelska (flytande), spanska (grundläggande)
Körkort: B""",
[("PERSON", "Hanna Lindström"), ("SE_PERSONNUMMER", "19981111-9081"), ("SE_ADDRESS", "Björkvägen 7, 352 36 Växjö"),
 ("PHONE_NUMBER", "076-392 14 05"), ("EMAIL_ADDRESS", "hanna.lindstrom98@hotmail.com")],
"Typical CV header; employer names (ICA, Växjö kommun) are organisations, not customers; Björkvägen contains the word björk."))

a(C("job_application_cv", "en", "redact",
"""Please shorten my cover letter to 200 words.

Samir Haddad
Gothenburg | +46 73 512 88 40 | samir.haddad.dev@gmail.com | linkedin.com/in/samir-haddad-dev

Dear hiring manager,
I am a backend developer with six years of experience in Java and Kotlin, most recently at a fintech start-up where I built payment integrations against Bankgirot and Swish. I moved to Sweden from Lebanon in 2016 and speak Swedish, English, Arabic and French ...""",
[("PERSON", "Samir Haddad"), ("PHONE_NUMBER", "+46 73 512 88 40"), ("EMAIL_ADDRESS", "samir.haddad.dev@gmail.com")],
"English CV header with +46 mobile; mentions 'Bankgirot' (the company) without any bankgiro number; origin from Lebanon is self-disclosed background, not ethnicity data -> redact."))

a(C("hr_reference", "sv", "redact",
"""Referenstagning för Emir Hodžić (sökt tjänst som lärare i slöjd). Referens: rektor Petra Lund, nås på 0470-70 54 12 efter kl 15. Hon säger att Emir är punktlig, omtyckt av eleverna och bra på att hålla ordning i verkstaden. Skriv ihop detta till en kort sammanfattning till rekryterande chef.""",
[("PERSON", "Emir Hodžić"), ("PERSON", "Petra Lund"), ("PHONE_NUMBER", "0470-70 54 12"), ("PERSON", "Emir")],
"Landline with area code 0470 (not a mobile); names with diacritics; Lund is also a city."))

a(C("hr_certificate", "sv", "redact",
"""TJÄNSTGÖRINGSINTYG

Härmed intygas att Kerstin Sten, 196705152103, har varit anställd vid tekniska förvaltningen som VA-tekniker under perioden 1998-03-01 – 2024-12-31 med en sysselsättningsgrad om 100 %. Kerstin har varit en uppskattad medarbetare.

Kan du översätta intyget till engelska?""",
[("PERSON", "Kerstin Sten"), ("SE_PERSONNUMMER", "196705152103"), ("PERSON", "Kerstin")],
"12-digit personnummer without any separator in running text; 'TJÄNSTGÖRINGSINTYG' is an upper-case heading but not a secrecy stamp."))

a(C("hr_sick_leave", "sv", "block",
"""Ingrid Malm har varit sjukskriven sedan 3 mars. På läkarintyget står diagnos F32.1 (medelsvår depressiv episod). Hur länge kan arbetsgivaren vänta innan rehabutredning måste göras?""",
[("PERSON", "Ingrid Malm"), ("SENSITIVE_DATA", "F32.1"), ("SENSITIVE_DATA", "medelsvår depressiv episod"), ("SENSITIVE_DATA", "sjukskriven")],
"General legal question, but it names the employee together with the diagnosis."))

a(C("hr_case", "sv", "block",
"""Personalärende, samtal 2025-01-22 med Kim Lindgren (hen). Kim berättar att hen är homosexuell och att två kollegor i arbetslaget skämtar om det i fikarummet. Kim vill inte att det blir ett formellt ärende ännu. Vilka skyldigheter har jag som chef enligt diskrimineringslagen?""",
[("PERSON", "Kim Lindgren"), ("SENSITIVE_DATA", "homosexuell"), ("PERSON", "Kim")],
"Sexual orientation of a named employee; gender-neutral pronoun hen."))

a(C("hr_case", "sv", "block",
"""Hur ska jag hantera att Tobias Ek, som jobbar i kundtjänst, är lokalpolitiker för Vänsterpartiet och har delat partiets material i personalrummet? Får jag förbjuda det?""",
[("PERSON", "Tobias Ek"), ("SENSITIVE_DATA", "lokalpolitiker för Vänsterpartiet")],
"Political opinion (party membership) of a named employee; surname Ek is a tree."))

a(C("hr_case", "en", "block",
"""Our employee Jonas Berg told his manager yesterday that he is HIV positive and asked that nobody else be told. The manager already mentioned it to the team lead. What should HR do now under GDPR?""",
[("PERSON", "Jonas Berg"), ("SENSITIVE_DATA", "HIV positive")],
"English; health data of a named employee in a GDPR question."))

a(C("hr_schedule", "sv", "redact",
"""Sten har lämnat in sin semesterönskan: v. 28–31. Rosa vill ha v. 29–32 och Hugo v. 27–30. Vi måste ha minst två på plats varje vecka. Gör ett förslag på schema.""",
[("PERSON", "Sten"), ("PERSON", "Rosa"), ("PERSON", "Hugo")],
"Only given names that are also Swedish words (sten = stone, rosa = pink); a reviewer still reads them as colleagues' names."))

a(C("municipal_email", "sv", "redact",
"""Hej Rosa Berg,
tack för ditt mejl. Jag har vidarebefordrat ärendet om bygglov till handläggaren.
Med vänlig hälsning
Oskar Hed
Bygglovshandläggare, Samhällsbyggnadsförvaltningen
Tfn 0470-73 61 05
oskar.hed@norrsjo.se

Skriv om detta så att det låter mindre stelt.""",
[("PERSON", "Rosa Berg"), ("PERSON", "Oskar Hed"), ("PHONE_NUMBER", "0470-73 61 05"), ("EMAIL_ADDRESS", "oskar.hed@norrsjo.se")],
"E-mail signature with direct line and personal work address; surnames Berg and Hed are words."))

# ---------------- personnummer forms (redact) ----------------
a(C("customer_service_chat", "sv", "redact",
"""Kunden uppger pnr 19860705 2977 och vill veta varför fakturan för december är högre än vanligt. Hjälp mig förklara att det beror på elpriset.""",
[("SE_PERSONNUMMER", "19860705 2977")],
"12-digit pnr with a space instead of hyphen, no name."))

a(C("elderly_care", "sv", "redact",
"""Hemtjänstens nyckellista ska uppdateras. Ny brukare: Gösta Nilsson, 201216+3974, Lindvägen 3, 342 30 Alvesta. Portkod 4512. Hur formaterar jag listan i Excel så att den går att sortera på adress?""",
[("PERSON", "Gösta Nilsson"), ("SE_PERSONNUMMER", "201216+3974"), ("SE_ADDRESS", "Lindvägen 3, 342 30 Alvesta")],
"Plus separator for a person over 100 (born 1920); hemtjänst alone is not a diagnosis; door code is not a listed entity."))

a(C("bank_form", "sv", "redact",
"""Fullmakt
Jag, Ahmad Khalil, personnummer 730602–4519, ger härmed min dotter rätt att företräda mig i kontakter med banken.
Skriv om fullmakten på enklare svenska.""",
[("PERSON", "Ahmad Khalil"), ("SE_PERSONNUMMER", "730602–4519")],
"En dash (U+2013) as separator, typical after copy from Word."))

a(C("it_support_ticket", "sv", "redact",
"""Ärende #48213: Användaren med personnummer 881226 7550 kommer inte in i e-tjänsten, BankID-inloggningen avbryts med felkod RFA22. Vad betyder felkoden?""",
[("SE_PERSONNUMMER", "881226 7550")],
"10-digit pnr with space; ticket number and error code must not be confused with identifiers."))

a(C("it_log", "sv", "redact",
"""Varför kraschar importen? Loggen:
2025-02-14T08:31:07.221Z ERROR ImportJob - row 1842: invalid value for field 'civic_reg_no': "5502155111" (expected 12 digits)
2025-02-14T08:31:07.224Z WARN  ImportJob - skipping row 1842, batch 20250214-0831""",
[("SE_PERSONNUMMER", "5502155111")],
"Bare 10-digit pnr inside a log line; the batch id 20250214-0831 looks like a date-number but fails the check (not a pnr)."))

a(C("it_json", "en", "redact",
"""Why does my POST return 422?
{
  "applicant": {"firstName": "Erik", "lastName": "Nyberg", "personalNumber": "197311013275"},
  "caseType": "parking_permit",
  "submitted": "2025-01-09T10:14:00+01:00"
}""",
[("PERSON", "Erik"), ("PERSON", "Nyberg"), ("SE_PERSONNUMMER", "197311013275")],
"JSON payload: name split into two fields, 12-digit pnr as a string."))

a(C("it_sql", "sv", "redact",
"""Jag får dubbletter när jag kör den här, varför?
INSERT INTO invanare (pnr, fornamn, efternamn, postnr) VALUES
('19730921-4273', 'Mats', 'Holmberg', '35236'),
('19570811-5927', 'Lena', 'Åberg', '35246');""",
[("SE_PERSONNUMMER", "19730921-4273"), ("PERSON", "Mats"), ("PERSON", "Holmberg"), ("SE_PERSONNUMMER", "19570811-5927"), ("PERSON", "Lena"), ("PERSON", "Åberg")],
"SQL literal values; given and family names in separate quoted fields; 'Lena' is not the customer Lena Sandberg."))

a(C("insurance_email", "en", "redact",
"""Hi, I need help replying to this: "My Swedish personal identity number is 19920620-8895 and I still haven't received the refund for my cancelled trip. Regards, Daniel Eriksson" """,
[("SE_PERSONNUMMER", "19920620-8895"), ("PERSON", "Daniel Eriksson")],
"English text with a Swedish pnr."))

a(C("pension_letter", "sv", "redact",
"""Ang. pers.nr 400730-7863, Margit Stål. Hon undrar varför hennes änkepension har minskat från januari. Hjälp mig skriva ett förklarande svar.""",
[("SE_PERSONNUMMER", "400730-7863"), ("PERSON", "Margit Stål")],
"Abbreviation 'pers.nr' directly before the number; surname Stål = steel."))

a(C("email_subject", "sv", "redact",
"""Ämne: SV: Ang. 450404-3276 – överklagan parkeringsbot

Hej, jag vill överklaga boten jag fick på Stortorget den 2/2. Automaten var trasig. /Göran""",
[("SE_PERSONNUMMER", "450404-3276"), ("PERSON", "Göran")],
"Personnummer inside an e-mail subject line, only a first name as signature."))

a(C("tenant_list", "sv", "redact",
"""Lägenhetsförteckning – hyresavtal som löper ut 2025
Lgh 1101 | Viktor Lilja | 19830125-2790
Lgh 1203 | Zeynep Yılmaz | 19910619-2611 ... vänta, det är fel, 19891218-2568 är rätt
Lgh 1304 | Gustav Sol | 19950410-... saknas
Sortera efter utgångsdatum.""",
[("PERSON", "Viktor Lilja"), ("SE_PERSONNUMMER", "19830125-2790"), ("PERSON", "Zeynep Yılmaz"), ("SE_PERSONNUMMER", "19910619-2611"),
 ("SE_PERSONNUMMER", "19891218-2568"), ("PERSON", "Gustav Sol")],
"Pipe-separated list with a corrected pnr and a truncated one; names Lilja and Sol are words."))
