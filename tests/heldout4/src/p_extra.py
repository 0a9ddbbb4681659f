"""Protected: more internal markings, payment details in everyday forms, whistleblowing, samordningsnummer."""
def C(genre, note, text, lang="sv", expect=None):
    return dict(genre=genre, note=note, text=text, lang=lang, expect=expect)

CASES = [
C("confluence_internt_bruk", "wiki page copied with its 'Endast för internt bruk' label; pricing strategy",
"""
Prisstrategi Norden 2026
Etikett: ⟦INT:Endast för internt bruk⟧ · Senast ändrad av Produktledning

- Listpriset höjs 7 % i Sverige och 5 % i Finland från 1 januari
- Rabattmandat för säljare sänks från 15 % till 10 %
- Vi tar bort gratisfrakt under 1 500 kr

Skriv ett kundbrev som motiverar prishöjningen utan att nämna rabattmandatet.
""", expect="block"),

C("slide_notes_internal_use", "English speaker notes with an 'INTERNAL USE ONLY' footer",
"""
Slide 4 – Churn drivers Q1
Top reasons for cancellation: price (41 %), missing BankID integration (22 %), support response times (18 %).
We expect to lose two municipal contracts in the autumn tender round.

⟦INT:INTERNAL USE ONLY⟧

Rewrite these notes as three crisp bullet points.
""", lang="en", expect="block"),

C("visselblasning", "whistleblowing report marked confidential; named manager accused of bribery",
"""
⟦SEC:Visselblåsarärende – KONFIDENTIELLT⟧
Rapporterad via visselblåsarfunktionen 2025-02-18. Anmälaren uppger att inköpschefen ⟦NAME:Roger Alm⟧ har tagit emot resor
och ⟦SEN:mutor⟧ från en leverantör av arbetskläder i utbyte mot att ramavtalet förlängts utan upphandling.
Utredare: extern advokatbyrå.

Hjälp mig skriva en utredningsplan med tidslinje.
""", expect="block"),

C("kassor_plusgiro", "club treasurer asks members to pay to her private plusgiro account",
"""
skriv ett vårbrev till medlemmarna i syjuntan om att årsavgiften 150 kr betalas till vår kassör ⟦NAME:Agneta Hallin⟧, plusgiro
⟦PG:⟪ln:12 34 56-⟫⟧, senast 31 mars, eller swish till ⟦TEL:070-174 06 07⟧. vi ses hos ⟦NAME:Britt-Marie⟧ på ⟦ADR:Solrosvägen 5⟧ den 12 april!
""", expect="redact"),

C("leverantorsbetalningar_bg", "payment proposal with suppliers' bankgiro numbers in 7- and 8-digit forms",
"""
Betalförslag 2025-04-10 – kan du kontrollera att summan stämmer (ska bli 84 212,50)?

Leverantör               Bankgiro     Belopp
Mälardalens Städ AB      ⟦BG:⟪ln:5050-101⟫⟧    41 250,00
Hälsinge Takplåt AB      ⟦BG:⟪ln:738-443⟫⟧     35 912,50
Kontorsgiganten i Norr   ⟦BG:⟪ln:5877-214⟫⟧     7 050,00
""", expect="redact"),

C("bilforsaljning_mejl", "private car sale e-mail: seller's IBAN (grouped) and bankgiro, name and mobile",
"""
Kan du kolla om det här verkar vara ett bedrägeriförsök? Jag säljer min Volvo V70 på Blocket och fick detta:

"Hej! Jag köper bilen för 62 000 kr. Min kusin hämtar den. Skicka dina bankuppgifter så betalar jag i förskott."
Jag svarade: "Du kan betala till ⟦IBAN:⟪ibans:80000832799142274635⟫⟧ eller bankgiro ⟦BG:⟪ln:5533-901⟫⟧. Mvh ⟦NAME:Jörgen Fält⟧, ⟦TEL:070 1740603⟧"
""", expect="redact"),

C("kontoutdrag_kort", "bank statement lines with two card numbers written with dashes and without spaces",
"""
Kontoutdrag mars – vilka utgifter är privata och vilka ska faktureras firman?
03-02  ICA Maxi Haninge      1 284,50  kort ⟦CARD:⟪ln:4581-2290-0713-466⟫⟧
03-05  Biltema Nacka           899,00  kort ⟦CARD:⟪ln:520473091884213⟫⟧
03-09  Circle K Tyresö         712,30  kort ⟦CARD:⟪ln:4581-2290-0713-466⟫⟧
Kontohavare: ⟦NAME:Lars Wennerholm⟧
""", expect="redact"),

C("arbetstillstand_samordning", "employer letter about a work permit: samordningsnummer in 12-digit form with dash",
"""
Till Migrationsverket
Vi bekräftar att ⟦NAME:Priya Raghunathan⟧, samordningsnummer ⟦SAM:⟪sam:19960381-422⟫⟧, är anställd som mjukvaruutvecklare
hos oss sedan 2024-09-01 med en månadslön om 46 000 kr. Anställningen är tillsvidare.

Kan du göra brevet mer formellt och lägga till vad Migrationsverket brukar vilja se i ett anställningsintyg?
""", expect="redact"),

C("overformyndare_pnr_mellanslag", "guardian-authority e-mail: pnr with a space instead of dash, principal's dementia",
"""
Från handläggare på överförmyndarenheten:
"Vi har mottagit ansökan om god man för ⟦NAME:Ebba Gyllenhammar⟧ (⟦PNR:⟪pn:360914 246⟫⟧). Enligt läkarintyget har hon
⟦SEN:en långt framskriden vaskulär demens⟧ och kan inte själv ta ställning till sin ekonomi. Föreslagen god man är sonen."

skriv ett svar till sonen om vilka handlingar som saknas (förteckning över tillgångar, samtycke)
""", expect="block"),

C("jira_hr_system", "Jira ticket from the HR system team with an employee's pnr in a log excerpt",
"""
HRSYS-2291 Lönekörning avbryts på en anställd
Logg:
[2025-03-24 22:01:13] ERROR PayrollBatch: Invalid tax table for employee id=88213 (pnr ⟦PNR:⟪pn:19720505-931⟫⟧) -> table 0
[2025-03-24 22:01:13] WARN  Skipping employee, manual handling required

Föreslå orsaker och hur vi rättar skattetabellen i systemet.
""", expect="redact"),
]
