"""Protected: police reports, church, translations, SMS/chat, markers in many shapes, odd number forms."""
def C(genre, note, text, lang="sv", expect=None):
    return dict(genre=genre, note=note, text=text, lang=lang, expect=expect)

CASES = [
C("polisanmalan_snatteri", "shop's draft police report: young suspect with pnr, shoplifting (criminal offence data)",
"""
Hjälp mig fylla i polisens webbformulär, vad ska stå under "händelseförlopp"?

Butik: Coop Konsum Nyby, Uppsala. Tid: 2025-03-14 ca 16:40
Brott: ⟦SEN:snatteri⟧
Gärningsperson: ⟦NAME:Alexander Nurmi⟧, ⟦PNR:⟪pn:20080619-373⟫⟧ (visade legitimation när vi höll kvar honom)
Han stoppade två energidrycker och en laddkabel i jackan och gick förbi kassan. Värde 389 kr. Ringde vårdnadshavare, pappan hämtade.
""", expect="block"),

C("polis_vald_nara_relation", "police memo with preliminary-investigation secrecy stamp; victim and suspect named",
"""
⟦SEC:Förundersökningssekretess, 18 kap. 1 § OSL⟧
PM – K 2025-1194-38  Misshandel, grov, brott i nära relation
Målsägande: ⟦NAME:Josefin Hagström⟧, ⟦PNR:⟪pn:940308-286⟫⟧, ⟦ADR:Fältspatsgatan 11, 421 30 Västra Frölunda⟧
Misstänkt: sambon ⟦NAME:Daniel Rask⟧ (⟦SEN:tidigare dömd för olaga hot 2022⟧)
Skyddade personuppgifter har begärts.

Skriv om till en kronologisk sammanfattning.
""", expect="block"),

C("forsamling_konfirmander", "parish confirmation-class list: membership in a religious community tied to names and pnr",
"""
Konfirmander Hammarby församling 2025 – gör en sms-lista till föräldrarna om lägret

Namn                 Personnr         Förälder tel
⟦NAME:Klara Sundell⟧        ⟦PNR:⟪pn:20100704-448⟫⟧    ⟦TEL:070-174 06 92⟧
⟦NAME:Theo Wiklund-Ståhl⟧    ⟦PNR:⟪pn:20101129-237⟫⟧    ⟦TEL:070-174 06 93⟧
⟦NAME:Aron Gebremedhin⟧     ⟦PNR:⟪pn:20100216-593⟫⟧    ⟦TEL:070-174 06 94⟧

(Alla är ⟦SEN:döpta och medlemmar i Svenska kyrkan⟧, ⟦NAME:Aron⟧ går över från ⟦SEN:ortodoxa kyrkan⟧.)
""", expect="block"),

C("kurator_sexuell_laggning", "school counsellor's note: pupil's sexual orientation and fear of family reaction",
"""
Kan du ge mig råd om hur jag stöttar eleven och vad jag bör dokumentera?
Kuratorsanteckning: ⟦NAME:Adam Khoury⟧, 9B, berättade idag att ⟦SEN:han är homosexuell⟧ och att han är rädd att familjen ska
skicka honom utomlands om de får veta. Han vill inte att vi kontaktar hemmet.
""", expect="block"),

C("socialtjanst_etnicitet", "social-services note naming a family's ethnic group",
"""
Skriv om den här anteckningen så den blir mer objektiv.
"Familjen ⟦NAME:Lindström⟧ på ⟦ADR:Rågången 4, 641 37 Katrineholm⟧ är ⟦SEN:romer⟧ och har enligt grannar många besökare på kvällarna.
Barnen ⟦NAME:Sara⟧ och ⟦NAME:Dennis⟧ har hög frånvaro."
""", expect="block"),

C("oversattning_somaliska", "request to translate a midwife appointment letter into Somali; pregnancy + name + phone",
"""
Översätt till somaliska tack:

Hej ⟦NAME:Hodan Warsame⟧!
Du har tid hos barnmorskan på Barnmorskemottagningen Rinkeby torsdag 10 april kl. 13.20 för ⟦SEN:inskrivning i graviditet vecka 10⟧.
Ta med urinprov. Om du inte kan komma, ring ⟦TEL:08-465 004 56⟧.
""", expect="block"),

C("sms_hemtjanst", "SMS between home-care staff: first name, short street address, fall injury",
"""
hej de e ⟦NAME:Linda⟧ fr hemtjänsten, ⟦NAME:Gösta⟧ på ⟦ADR:Lingonv 3⟧ har ramlat igen, ⟦SEN:blöder från huvudet och verkar förvirrad⟧, ambulans på väg. kan nån ringa dottern? jag har inte numret
-> skriv avvikelserapport av detta
""", expect="block"),

C("kf_protokollsutdrag_sekretess", "committee minutes extract with a paragraph flagged as secret under personnel secrecy; abbreviated reference",
"""
PROTOKOLLSUTDRAG Kommunstyrelsens personalutskott 2025-03-11
§ 42 Personalärende (⟦SEC:sekr. OSL 39:1⟧)
Utskottet beslutar att tillsvidareanställningen för ⟦NAME:Cecilia Wahlgren⟧, förvaltningschef, avslutas genom överenskommelse
med sex månaders lön. ⟦NAME:Wahlgrens⟧ sjukskrivning under hösten har beaktats.

Kan du skriva ett neutralt internt meddelande om att förvaltningschefen slutar?
""", expect="block"),

C("forsvarsmakten_hemlig", "military-style document heading with security classification and secrecy reference",
"""
⟦SEC:HEMLIG/SECRET⟧
enligt 15 kap. 2 § OSL
Beteckning: FM2025-3311:2
Bilaga 1 till order för övning Nordsken: Grupperingsplatser och sambandsplan
Kompani 2 grupperar vid Lomtjärn, radiofrekvenser enligt bilaga 3.

Kan du omvandla texten till en tabell?
""", expect="block"),

C("word_footer_intern", "pasted Word document where only the footer carries the 'Intern' classification",
"""
Handlingsplan förbättrat kassaflöde 2025
1. Kortare betaltider för kunder i segment B (30 → 20 dagar)
2. Omförhandla leverantörsvillkor med de fem största leverantörerna
3. Avveckla lager i Borås till Q3
4. Anställningsstopp i administrativa funktioner

Sida 1 av 1 | ⟦INT:Klassificering: Intern⟧ | Dokumentägare: CFO

skriv om punkterna till en presentation med 4 slides
""", expect="block"),

C("english_confidential", "English memo with a CONFIDENTIAL – do not forward banner; merger plans",
"""
⟦SEC:CONFIDENTIAL – DO NOT FORWARD⟧
To: Nordic leadership team
Re: Project Lighthouse

We are in exclusive talks to merge our Swedish and Finnish operations, with an expected headcount reduction of 60–80 FTE in
Gothenburg. Works councils and unions will be informed on 12 May. Until then, nothing about this should reach employees.

Please turn this into a short speaking note for the CEO.
""", lang="en", expect="block"),

C("informationsklass_2", "region document header with a numeric information class", 
"""
Region Exempel – Regionstyrelsens förvaltning
⟦SEC:Informationsklass 2⟧
Riskanalys: avbrott i vårdinformationssystem vid cyberangrepp
Reservrutiner finns för akuten men inte för förlossningen. Pappersjournaler räcker 6 tim. Backup återläses på ca 30 tim
enligt test i februari.

Sammanfatta de tre största riskerna.
""", expect="block"),

C("ej_offentlig_handling", "a 'not a public document' label on a land-acquisition note with a negotiated price",
"""
⟦SEC:EJ OFFENTLIG HANDLING⟧
Markförvärv Ulvsunda 3:7 – förhandlingsläge
Motparten har sänkt sitt krav till 62 Mkr. Vårt tak enligt KS-ordförandens mandat är 58 Mkr. Nästa möte 2025-04-04.

Föreslå en förhandlingsstrategi.
""", expect="block"),

C("pnr_linebreak", "pnr split over a line break by a narrow e-mail client; title + name",
"""
Hej, kan du formulera ett svar till patienten om att remissen är mottagen? Jag klistrar in hennes mejl:

Hej! Jag heter ⟦NAME:Ingrid Söderholm⟧ och mitt personnummer är ⟦PNR:⟪pn:19520423-
331⟫⟧. Dr ⟦NAME:Palmgren⟧ lovade att skicka remiss till ortopeden för ⟦SEN:min höftartros⟧ men jag har inte hört något.
""", expect="block"),

C("pnr_spaces_dash", "pnr typed with spaces around the dash in a chat; no other data",
"""
kan du kolla om det här personnumret är rätt formaterat för Skatteverkets fil: ⟦PNR:⟪pn:20081112 - 445⟫⟧ ? systemet säger fel längd
""", expect="redact"),

C("reserakning_kort", "expense report with a company card number and an employee name",
"""
Reseräkning mars – ⟦NAME:Sebastian Hult⟧
2025-03-04  Tåg Sthlm–Gbg  1 120 kr  företagskort ⟦CARD:⟪ln:4917 6103 4455 128⟫⟧
2025-03-04  Hotell Gbg     1 890 kr  företagskort ⟦CARD:⟪ln:4917 6103 4455 128⟫⟧
2025-03-05  Middag kund    1 460 kr  (representation, 3 pers)

Vilka av dessa är avdragsgilla och hur mycket moms får vi dra?
""", expect="redact"),

C("familjeratt_vardnad", "custody investigation excerpt with children's names and a parent's psychiatric history",
"""
Vårdnadsutredning (utdrag) – hjälp mig strukturera under rubrikerna Barnets behov / Föräldrarnas förmåga
Barnen: ⟦NAME:Ella⟧ (6) och ⟦NAME:Lucas⟧ (9) ⟦NAME:Bergkvist⟧
Mamman ⟦NAME:Jessica Bergkvist⟧ har ⟦SEN:tidigare vårdats för anorexi och självskadebeteende⟧, stabil sedan 2021.
Pappan ⟦NAME:Andreas Öhrn⟧ har ny sambo och arbetar natt.
""", expect="block"),

C("migration_konvertit", "asylum-related support letter: samordningsnummer and religious conversion",
"""
Kan du förbättra språket i det här intyget från vår församling?

Intyg
Härmed intygas att ⟦NAME:Mohammad Reza Ahmadi⟧, samordningsnummer ⟦SAM:⟪sam:19930671-556⟫⟧, sedan 2022 regelbundet deltar i
gudstjänster och bibelstudier i Pingstkyrkan Eskilstuna och ⟦SEN:döptes i mars 2024 efter att ha konverterat från islam⟧.
Eskilstuna 2025-03-02, pastor ⟦NAME:Johan Lilja⟧
""", expect="block"),

C("lowercase_address", "all-lowercase message without Swedish letters: name, street address and phone",
"""
skriv ett sms till ⟦NAME:kalle jonsson⟧ om att hantverkarna kommer pa tisdag mellan 8 och 10, adressen ar ⟦ADR:tradgardsgatan 14, 582 25 linkoping⟧ och hans nr ar ⟦TEL:0701740630⟧
""", expect="redact"),

C("ring_gunnar", "one line with a first name and a landline number",
"""
påminn mig att ringa ⟦NAME:Gunnar⟧ på ⟦TEL:08-465 004 33⟧ om nycklarna till förrådet, skriv en kort att-göra-lista för veckan med det och tre andra saker
""", expect="redact"),

C("teams_sick_english_mix", "Teams chat mixing English and Swedish about a named colleague's burnout",
"""
[Teams] hey, can you help me write a message to the team? ⟦NAME:Frida⟧ is out on sjukskrivning for at least 2 months, ⟦SEN:utbrändhet⟧ basically.
I don't want to say why, just that her tasks are redistributed: ⟦NAME:Olle⟧ takes the Skanska account and ⟦NAME:Nina⟧ the month-end close.
""", lang="en", expect="block"),

C("kvalificerat_hemlig_kraft", "energy company emergency plan extract with a säkerhetsskydd level and a personal phone",
"""
⟦SEC:Säkerhetsskyddsklass KONFIDENTIELL⟧
Utdrag ur beredskapsplan – ställverk Norrfors
Vid larm ring i första hand driftingenjör ⟦NAME:Erik Långström⟧ ⟦TEL:070-174 06 98⟧, i andra hand kontrollrummet.
Reservkraft startas manuellt från panel B2.

Gör en larmkedja som flödesschema i text.
""", expect="block"),

C("utdrag_belastningsregister", "manager pastes an extract from the criminal record (registerutdrag) of a job applicant",
"""
vi har fått registerutdrag för en sökande till fritidsledartjänsten, hur ska vi tolka det?

Utdrag ur belastningsregistret – Arbete med barn
⟦NAME:Marcus Elfving⟧ ⟦PNR:⟪pn:19990523-751⟫⟧
Registrerade uppgifter: ⟦SEN:Ringa narkotikabrott, strafföreläggande 2019, dagsböter 40 x 50 kr⟧
""", expect="block"),

C("customer_service_address_c_o", "address with c/o and box, plus a name with a title; no sensitive data",
"""
Skriv ett brev till fru ⟦NAME:Margit Lehto⟧, ⟦ADR:c/o Jansson, Box 1213, 831 21 Östersund⟧,
där vi bekräftar att 2 340 kr betalas tillbaka inom 10 bankdagar.
""", expect="redact"),

C("mejl_signatur", "e-mail with a long signature block: personal work e-mail, direct line and mobile of an employee",
"""
Kan du göra det här mejlet kortare?

Hej alla,
Påminnelse om att tidrapporterna för mars ska vara inne senast fredag. Den som inte rapporterat får lönen i efterskott.

Med vänliga hälsningar
⟦NAME:Marie-Louise Ekvall⟧
Löneadministratör | HR-enheten
Hudiksvalls kommun
Direkt: ⟦TEL:0650-193 27⟧ | Mobil: ⟦TEL:+46 (0)70 174 06 95⟧
⟦MAIL:marie-louise.ekvall@hudiksvall.example.se⟧
""", expect="redact"),

C("bokforing_utlagg_pnr_tab", "expense reimbursement table with pnr (YYMMDD-NNNN) in a column and private bank accounts",
"""
utlägg att betala ut denna vecka, kan du summera per kostnadsställe?

Namn	Pnr	Kst	Belopp	Konto
⟦NAME:Hilda Åström⟧	⟦PNR:⟪pn:811207-328⟫⟧	4100	1 245	⟦KONTO:8214-7 943 118 702-4⟧
⟦NAME:Jonas Vikberg⟧	⟦PNR:⟪pn:770928-415⟫⟧	4100	389	⟦KONTO:5357 10 123 45⟧
⟦NAME:Amanda Persdotter⟧	⟦PNR:⟪pn:030131-262⟫⟧	4210	2 990	⟦KONTO:6124 128 553 907⟧
""", expect="redact"),
]
