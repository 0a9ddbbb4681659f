from common import C
P = []
a = P.append

# ---------------- customers ----------------
a(C("customer_email", "sv", "redact",
"""Kan du skriva ett svar till Nordkust Fastigheter? De är irriterade över att leveransen av ventilationsaggregaten till Eriksberg blev försenad två veckor. Vi vill erbjuda 5 % rabatt på nästa order.""",
[("CUSTOMER", "Nordkust Fastigheter")],
"Customer name without 'AB'; no personal data at all."))

a(C("contract", "sv", "redact",
"""Sammanfatta de viktigaste villkoren i avtalet nedan på max en halv sida.

RAMAVTAL
Parter: Bergström Bygg & Montage AB, org.nr 556686-7858 ("Beställaren") och vi ("Leverantören").
1. Avtalstid: 2025-01-01 – 2026-12-31 med möjlighet till förlängning 1+1 år.
2. Pris: enligt bilaga 2, indexregleras årligen enligt KPI (oktober).
3. Betalningsvillkor: 30 dagar netto. Dröjsmålsränta enligt räntelagen.
4. Vite: 0,5 % av ordervärdet per påbörjad förseningsvecka, max 10 %.
5. Ansvarsbegränsning: Leverantörens ansvar är begränsat till 2 MSEK per skada.""",
[("CUSTOMER", "Bergström Bygg & Montage AB"), ("SE_ORGANISATIONSNUMMER", "556686-7858")],
"Customer with ampersand; organisationsnummer is public (log) but the customer name decides redact; 'RAMAVTAL' heading is not a marker."))

a(C("invoice_question", "sv", "redact",
"""Aurora Logistiks fakturor för oktober och november har fel momssats (12 % istället för 25 %). Hur ska kreditfakturorna formuleras?""",
[("CUSTOMER", "Aurora Logistiks")],
"Genitive of a short form ('Aurora Logistik Aktiebolag' -> 'Aurora Logistiks')."))

a(C("sales_offer", "sv", "redact",
"""skriv en offert till fjällvind energi på 40 st solpaneler 435 W inkl montage, leverans v. 14, pris 312 000 kr exkl moms""",
[("CUSTOMER", "fjällvind energi")],
"All lower case, no punctuation; register entry is 'Fjällvind Energi AB (publ)'."))

a(C("meeting_notes", "sv", "redact",
"""Mötesanteckningar säljmöte 2025-02-06
- Tellus Medicinteknik vill ha demo av nya versionen i mars
- Svea Hamnservice AB: förlängning klar, 3 år
- Holmgrens Åkeri i likvidation – stoppa leveranser, kontakta konkursförvaltaren om fordran 48 200 kr
- Ny lead: Skanska (ej kund ännu)
Gör en att-göra-lista av detta.""",
[("CUSTOMER", "Tellus Medicinteknik"), ("CUSTOMER", "Svea Hamnservice AB"), ("CUSTOMER", "Holmgrens Åkeri i likvidation")],
"Three customers in bullet list, one with 'i likvidation' but without 'AB'; Skanska is a company not in the register and must not be tagged."))

a(C("customer_call_note", "sv", "redact",
"""Kunden Per Strand ringde igen om reklamationen på altandörren. Han vill ha pengarna tillbaka, inte en ny dörr. Vad säger konsumentköplagen?""",
[("CUSTOMER", "Per Strand")],
"Person customer whose name is two everyday words (per = 'per', strand = beach)."))

a(C("customer_email", "sv", "redact",
"""Karin Ekholms klagomål: hon fick fel färg på köksluckorna (beställt vitt matt, levererat vitt blank). Föreslå ett svar där vi beklagar och erbjuder byte inom två veckor.""",
[("CUSTOMER", "Karin Ekholms")],
"Genitive of a person customer at the start of the prompt."))

a(C("legal_question", "sv", "redact",
"""Vi har en fordran på 230 000 kr på holmgrens åkeri som nu är i likvidation. Hur anmäler vi fordran till likvidatorn och vad händer om bolaget går i konkurs?""",
[("CUSTOMER", "holmgrens åkeri")],
"Lower-case customer name without AB, the words 'i likvidation' separated by other words."))

a(C("customer_email", "en", "redact",
"""Write a polite follow-up to Sjöqvist & Partners about invoice 2024-1187 (SEK 86,400), now 45 days overdue. Mention that we will charge late-payment interest.""",
[("CUSTOMER", "Sjöqvist & Partners")],
"English; customer with & and without 'KB'; the invoice number is not an identifier."))

a(C("customer_email", "en", "redact",
"""Translate to Swedish: "Dear Svea Hamnservice team, thank you for the meeting on Tuesday. As agreed, we will send the revised quote for the crane maintenance by Friday." """,
[("CUSTOMER", "Svea Hamnservice")],
"Customer name in an English sentence, 'Svea' also the name of Svea hovrätt etc."))

a(C("board_minutes", "sv", "redact",
"""Protokoll styrelsemöte Brf Kvarnbacken 2025-01-28
Närvarande: Leif Sandström (ordf), Amina Osman, Per-Olof Lind
§ 1 Mötets öppnande
§ 2 Stambyte: offert från Bergström Bygg inkommen, 4,2 MSEK. Styrelsen beslutade att begära in ytterligare två offerter.
§ 3 Störningar i lgh 1102 – ordföranden kontaktar hyresgästen.
Kan du renskriva protokollet?""",
[("CUSTOMER", "Brf Kvarnbacken"), ("PERSON", "Leif Sandström"), ("PERSON", "Amina Osman"), ("PERSON", "Per-Olof Lind"), ("CUSTOMER", "Bergström Bygg")],
"Two customers in short forms (Brf Kvarnbacken for 'Kvarnbacken Bostadsrättsförening', 'Bergström Bygg'); board members' names; § signs are not law references here."))

a(C("crm_export", "sv", "redact",
"""kundnr,namn,ort,omsättning_2024
K-10019,Marielund Vård och Omsorg AB,Norrköping,1 240 000
K-10021,Elektro-Team Kiruna AB,Kiruna,318 500
K-10024,Österlens Musteri AB,Simrishamn,96 000
Vilken kund växte mest jämfört med 2023? (2023: 1 100 000 / 402 000 / 88 000)""",
[("CUSTOMER", "K-10019"), ("CUSTOMER", "Marielund Vård och Omsorg AB"), ("CUSTOMER", "K-10021"), ("CUSTOMER", "Elektro-Team Kiruna AB"),
 ("CUSTOMER", "K-10024"), ("CUSTOMER", "Österlens Musteri AB")],
"CSV export from the CRM with customer numbers and full names."))

a(C("customer_email", "sv", "redact",
"""Marielunds nya verksamhetschef vill ha en genomgång av tjänsteavtalet. Kan du föreslå en agenda för ett första möte? Kunden heter Marielund Vård och Omsorg.""",
[("CUSTOMER", "Marielund Vård och Omsorg"), ("CUSTOMER", "Marielunds")],
"Bare genitive short form 'Marielunds' plus the name without AB."))

a(C("marketing", "sv", "redact",
"""Vi ska skriva ett kundcase om hur Gröna Dalen Förskolor sparade 30 % på sin energiförbrukning med vår styrning. Skriv ett utkast på 300 ord.""",
[("CUSTOMER", "Gröna Dalen Förskolor")],
"Customer name made of ordinary words ('gröna dalen' = the green valley)."))

a(C("customer_email", "sv", "redact",
"""Hej! Österlens Musteris beställning av 2 000 flaskor äppelmust är försenad pga etikettbrist. Skriv ett kort mejl och be om ursäkt.""",
[("CUSTOMER", "Österlens Musteris")],
"Genitive of customer without AB."))

a(C("accounting", "sv", "redact",
"""Blåklint Redovisning har skickat bokslutsunderlaget i fel format. Hur konverterar jag SIE4-filen till Excel?""",
[("CUSTOMER", "Blåklint Redovisning")],
"Customer name (blåklint = cornflower) in a technical question."))

a(C("support_ticket", "sv", "redact",
"""Ärende från Elektro-Team i Kiruna: deras laddboxar tappar uppkopplingen varje natt kl 03. Firmware 4.2.1. Vad kan orsaken vara?""",
[("CUSTOMER", "Elektro-Team")],
"Very short form 'Elektro-Team' split from 'Kiruna' by 'i'."))

a(C("design_brief", "en", "redact",
"""We are working with Ramsay Design on the new brand book. Can you summarise the feedback below into three action points? - logo too thin on mobile - colour palette approved - wants more photos of staff""",
[("CUSTOMER", "Ramsay Design")],
"Short form of 'Ramsay Design Studio'."))

a(C("consulting", "sv", "redact",
"""Novaskog Konsult AB har bett oss om en riskanalys inför deras ISO 27001-certifiering. Gör ett utkast till projektplan.""",
[("CUSTOMER", "Novaskog Konsult AB")],
"Full customer name; ISO number is not an identifier."))

a(C("customer_call_note", "sv", "block",
"""Kunden Birgitta Lindqvist ringde och berättade att hon har fått cancer och går på cellgiftsbehandling. Hon ber om anstånd med betalningen till juni. Skriv ett medkännande svar där vi beviljar anstånd.""",
[("CUSTOMER", "Birgitta Lindqvist"), ("SENSITIVE_DATA", "cancer"), ("SENSITIVE_DATA", "cellgiftsbehandling")],
"Customer (person) together with health data: co-occurrence makes it block, not just redact."))

a(C("support_ticket", "sv", "redact",
"""Ticket 77812 – Mattias Oskarsson (kund) nås på 070-174 06 55. Han har betalat två gånger för samma faktura och vill ha en av betalningarna tillbaka. Hur formulerar jag svaret?""",
[("CUSTOMER", "Mattias Oskarsson"), ("PHONE_NUMBER", "070-174 06 55")],
"Person customer + mobile number."))

a(C("customer_email", "sv", "redact",
"""Ahmed Hassan (kund sedan 2019) vill säga upp sitt serviceavtal. Skriv ett svar som bekräftar uppsägningen per 2025-03-31.""",
[("CUSTOMER", "Ahmed Hassan")],
"Short form without middle name of the register entry 'Ahmed Yusuf Hassan'."))

a(C("customer_email", "sv", "redact",
"""Johan Nyströms fru ringde och sa att han inte längre vill ha nyhetsbrevet. Hur tar jag bort honom ur Mailchimp utan att radera köphistoriken?""",
[("CUSTOMER", "Johan Nyströms")],
"Genitive person customer; the wife is mentioned without a name."))

a(C("customer_email", "sv", "redact",
"""Svara Lena Sandberg på hennes fråga: hon undrar om garantin gäller även om hon själv bytte termostaten.""",
[("CUSTOMER", "Lena Sandberg")],
"Short prompt with a person customer (first name Lena is also an adjective 'lena')."))

a(C("customer_email", "sv", "redact",
"""Eva-Lena Björks order har fastnat i lagret. Kan du formulera en ursäkt och föreslå leverans nästa vecka?""",
[("CUSTOMER", "Eva-Lena Björks")],
"Hyphenated first name, surname is a tree (björk), genitive."))

a(C("investor_report", "sv", "redact",
"""Fjällvind Energi AB (publ) har begärt att vi tar fram en sammanfattning av vår leverans för deras årsredovisning. Skriv 150 ord om projektet: 12 vindkraftverk, Bräcke, driftsatt 2024.""",
[("CUSTOMER", "Fjällvind Energi AB (publ)")],
"Full register form with '(publ)'."))

a(C("customer_email", "sv", "redact",
"""Kundnummer K-10013 har frågat efter ett nytt serviceavtal, men jag hittar inte vilket avtal de har idag. Hur brukar man skriva en förfrågan om att få kopia på avtalet?""",
[("CUSTOMER", "K-10013")],
"Only a customer number, no name."))

a(C("customer_email", "sv", "block",
"""Hej! Kan du hjälpa mig svara Eva-Lena Björk? Hon skriver att hon inte kunde komma på installationen i tisdags eftersom hon var inlagd på psykiatrin efter ett självmordsförsök, och hon vill boka ny tid.""",
[("CUSTOMER", "Eva-Lena Björk"), ("SENSITIVE_DATA", "inlagd på psykiatrin"), ("SENSITIVE_DATA", "självmordsförsök")],
"Customer person with highly sensitive health information."))
