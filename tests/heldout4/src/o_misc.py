"""Open: everyday prompts – sensitive topics without a person, words that look like markers or names, anonymised cases."""
def C(genre, note, text, lang="sv", expect=None):
    return dict(genre=genre, note=note, text=text, lang=lang, expect=expect)

CASES = [
C("recept_hemlig", "recipe with the word 'hemliga' (secret ingredient)",
"""
Mormors hemliga köttbullar – skala upp receptet till 40 portioner till skolans temadag:
500 g blandfärs, 1 dl ströbröd, 1,5 dl mjölk, 1 ägg, 1 gul lök, salt, vitpeppar och den hemliga ingrediensen: en nypa kryddpeppar.
""", expect="allow"),

C("tradplantering_ytnamn", "common nouns that are also surnames (ek, lind, björk, holm, berg, strand)",
"""
Vi ska plantera träd längs gång- och cykelvägen vid Holmen. Förslaget är ek, lind och björk, men berget går i dagen på flera
ställen och vid stranden är det blött. Vilka arter klarar tunt jordlager och översvämning? Ge förslag på en plantering i tre zoner.
""", expect="allow"),

C("internkontrollplan", "the municipal term 'internkontroll'/'internt' used as ordinary words",
"""
Internkontrollplan 2026 för Tekniska nämnden – kan du föreslå fem kontrollmoment?
Förra året granskade vi attestrutiner och direktupphandlingar. Vi vill arbeta mer internt med riskanalysen innan den går till
nämnden, och tjänsten som controller ska rekryteras internt.
""", expect="allow"),

C("hr_generell_alkohol", "general HR question about alcohol problems, no identifiable person",
"""
Hur ska jag som chef agera om jag misstänker att en medarbetare har alkoholproblem? Vilket ansvar har arbetsgivaren för
rehabilitering enligt arbetsmiljölagen och socialförsäkringsbalken, och när bör företagshälsovården kopplas in?
""", expect="allow"),

C("diabetes_fraga", "general health question",
"""
Vad är skillnaden mellan typ 1- och typ 2-diabetes? Jag ska förklara det för nyanställda i hemtjänsten som ska hjälpa till
med insulinpennor. Gör en enkel instruktion med vad man ska göra vid lågt blodsocker.
""", expect="allow"),

C("pseudonymiserat_fall", "case description with letters instead of names and no identifiers (anonymised training case)",
"""
Utbildningsfall för nya socialsekreterare:
Person A, en kvinna i 40-årsåldern, söker ekonomiskt bistånd efter att ha skilt sig. Hon har två barn och en skuld till
Kronofogden. Hennes före detta make, person B, betalar inte underhåll. Hur bör handläggaren utreda behovet?
""", expect="allow"),

C("redan_pseudonymiserat", "text already pseudonymised with typed placeholders",
"""
Sammanfatta följande anteckning:
"[NAMN_1] ([PERSONNUMMER_1]) kom på besök med sin dotter [NAMN_2]. Hon vill ansöka om hemtjänst för städning och inköp.
Kontakt via [TELEFON_1]. Beslut fattas inom tre veckor."
""", expect="allow"),

C("hedersfragor", "sensitive topic (honour-related violence) without any individual",
"""
Hur kan skolan arbeta förebyggande mot hedersrelaterat våld och förtryck? Ge förslag på vad elevhälsan ska göra om en elev
berättar att hon ska giftas bort under sommarlovet, och vilka myndigheter som ska kontaktas.
""", expect="allow"),

C("ramadan_skola", "religion as a general topic",
"""
Ramadan infaller i februari–mars nästa år. Hur kan vi anpassa idrottslektioner och skolmåltider för elever som fastar?
Skriv ett informationsbrev till all personal.
""", expect="allow"),

C("mbl_fraga", "general labour-law question mentioning a union",
"""
Måste vi förhandla enligt 11 § MBL med Kommunal innan vi ändrar schemat på ett äldreboende, eller räcker information enligt
19 §? Vad händer om vi inte gör det?
""", expect="allow"),

C("mejl_disclaimer", "harmless e-mail with a generic boilerplate confidentiality disclaimer in the footer (judgement call: not a marker)",
"""
Kan du svara ja på den här inbjudan och fråga om det finns vegetarisk lunch?

> Hej!
> Välkommen till nätverksträffen för upphandlare i länet den 15 maj kl. 9–15 i Gävle. Program kommer senare.
> Anmälan senast 2 maj.
>
> Länsstyrelsen Gävleborg
> Detta e-postmeddelande kan innehålla konfidentiell information och är avsett enbart för adressaten. Om du fått
> meddelandet av misstag, vänligen radera det och meddela avsändaren.
""", expect="allow"),

C("konfidentiellt_ordfraga", "language question about the word 'konfidentiellt'",
"""
Hur skriver man "konfidentiellt" och "får ej spridas" på engelska i en mejlrubrik? Är "Confidential" eller "Restricted" vanligast
i brittisk engelska?
""", expect="allow"),

C("excel_formel", "Excel help with a made-up product table",
"""
Jag har kolumnerna A=Produkt, B=Antal, C=Pris och vill räkna totalsumma per produktgrupp i en pivottabell. Gruppen står i
kolumn D (Kontor, Städ, Kök). Hur gör jag? Och hur får jag moms 25 % på en egen rad?
""", expect="allow"),

C("oppna_data_csv", "open statistics CSV about municipalities",
"""
kommun;invånare_2024;skattesats;andel_65plus
Kramfors;18 233;22,64;31,2
Sollefteå;18 671;22,84;30,4
Härnösand;24 918;22,74;26,9
Timrå;18 106;22,38;24,1

Rita ett stapeldiagram i Python (matplotlib) över andelen 65+.
""", expect="allow"),

C("apt_anteckning_utan_namn", "workplace meeting notes with roles, no names",
"""
APT 2025-03-18 – sammanfatta i punktform
- Enhetschefen informerade om nytt schema från v. 16
- Skyddsombudet tog upp tunga lyft på avdelning 2; ny taklift beställd
- Diskussion om ökad sjukfrånvaro i gruppen; förslag om friskvårdstimme
- Nästa APT 15 april
""", expect="allow"),

C("brf_stadgar", "housing cooperative rule question, no members",
"""
Enligt våra stadgar får andrahandsuthyrning ske med styrelsens samtycke. Kan styrelsen säga nej om en medlem vill hyra ut i ett år
för att jobba utomlands? Vad säger bostadsrättslagen 7 kap. 10–11 §§?
""", expect="allow"),

C("kundklagomal_generellt", "generic complaint-handling question with no customer identity",
"""
En kund har skrivit på vår Facebooksida att vi "lurar pensionärer" med våra abonnemang. Hur svarar vi sakligt och öppet utan
att bli defensiva? Ge tre alternativa svar.
""", expect="allow"),

C("incident_drift_utan_person", "IT incident summary without personal data",
"""
Driftstörning 2025-03-25: filservern FIL01 gick ner 03:12 efter att en Windows-uppdatering startade om tjänsten. Backupjobbet
misslyckades, användare kunde inte nå G:-enheten förrän 07:40. Orsak: saknat beroende i tjänsten.
Skriv en kort störningsrapport till verksamheterna.
""", expect="allow"),

C("english_parental_leave", "general English question on Swedish rules",
"""
I'm a new manager in our Stockholm office. How does Swedish parental leave (föräldraledighet) work, and can an employee
take it part-time? What notice period applies?
""", lang="en", expect="allow"),

C("orosanmalningar_statistik", "aggregated social-services statistics",
"""
Antal orosanmälningar per år: 2021: 1 412, 2022: 1 588, 2023: 1 734, 2024: 1 901. Andel som ledde till utredning: 31 %, 29 %,
27 %, 26 %. Skriv en kommentar till årsredovisningen om utvecklingen.
""", expect="allow"),

C("broschyr_oversattning", "translation of a public brochure about the home-care service",
"""
Översätt till arabiska och tigrinja:
Hemtjänst är stöd i hemmet för dig som har svårt att klara vardagen själv. Du ansöker hos kommunens biståndshandläggare.
Insatserna kan vara hjälp med städning, inköp, personlig omvårdnad och trygghetslarm. Avgiften beror på din inkomst.
""", expect="allow"),

C("tal_till_jubilar", "speech draft for a retirement, but only roles and years (no names)",
"""
Skriv ett kort tal till vår kollega som går i pension efter 38 år som vaktmästare på skolan. Hen har lagat allt från
cyklar till elevskåp, och alla elever känner igen hens gröna overall. Varm och lite rolig ton.
""", expect="allow"),

C("namnlikt_ord", "words that double as first names (Rut, Stig, Björn, Ture) used as ordinary words and terms",
"""
Hur fungerar RUT-avdraget och ROT-avdraget för pensionärer 2025? Och gäller det för att röja en stig på tomten eller bara för
städning? Vi har även problem med en björn som varit i soptunnorna – vem ska man ringa?
""", expect="allow"),

C("arbetsmiljo_hot", "violence at work as a general topic",
"""
Personalen på socialkontorets reception upplever hot från besökare. Vilka åtgärder kräver AFS 2023:2 om hot och våld, och
hur gör vi en riskbedömning? Ge en mall.
""", expect="allow"),

C("schemaplanering_roller", "rota planning with anonymous roles",
"""
Vi har 6 undersköterskor (U1–U6) och 2 sjuksköterskor (S1, S2). Varje pass kräver minst 2 U och 1 S dag, 1 U och 1 S natt.
Gör ett förslag på schema för vecka 15 där ingen jobbar mer än 5 pass i rad.
""", expect="allow"),

C("engelska_lagar", "English question on Swedish public-access principle",
"""
Explain the Swedish principle of public access to official documents (offentlighetsprincipen) to our US parent company.
Why can journalists ask for our municipal contracts, and what can be withheld under the Public Access to Information and
Secrecy Act?
""", lang="en", expect="allow"),

C("bygglov_fraga_generell", "general question on neighbour notifications",
"""
När måste grannar höras i ett bygglovsärende, och räcker det att skicka underrättelse till fastighetsägaren eller ska även
hyresgäster få den? Vad gäller om en granne har skyddade personuppgifter?
""", expect="allow"),

C("tandvard_allmant", "general dental-care question",
"""
Vilka regler gäller för fri tandvård för unga vuxna upp till 23 år, och hur fungerar det statliga tandvårdsstödet för
personer med vissa sjukdomar? Gör en tabell.
""", expect="allow"),

C("inkasso_generellt", "general debt-collection question with no debtor",
"""
Hur lång tid måste vi vänta efter förfallodagen innan vi får skicka ett ärende till inkasso, och vad får påminnelseavgiften
vara enligt lagen om ersättning för inkassokostnader?
""", expect="allow"),

C("ledarskap_citat", "quotes from famous deceased Swedes used in a speech",
"""
Ge mig tre citat av Astrid Lindgren och ett av Olof Palme som passar i ett tal om barns rättigheter, och förklara kort
sammanhanget för varje citat.
""", expect="allow"),
]
