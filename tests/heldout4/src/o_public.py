"""Open: news, job ads, press releases with functional contacts, templates, published decisions."""
def C(genre, note, text, lang="sv", expect=None):
    return dict(genre=genre, note=note, text=text, lang=lang, expect=expect)

CASES = [
C("nyhet_region", "local news item about regional healthcare, no individuals",
"""
Sammanfatta nyheten i två meningar:

Region Västernorrland stänger tillfälligt förlossningen i Sollefteå under sommaren på grund av brist på barnmorskor.
Gravida i området hänvisas till Sundsvall och Örnsköldsvik. Regionen uppger att 14 av 22 tjänster är vakanta och att
hyrpersonal inte räcker. Oppositionen kräver en extra sammanträde med hälso- och sjukvårdsnämnden.
""", expect="allow"),

C("platsannons_usk", "job ad for assistant nurses with union info and functional contact",
"""
Vi söker undersköterskor till Solgläntans vård- och omsorgsboende!
Hos oss arbetar du i team med sjuksköterska, arbetsterapeut och fysioterapeut. Boendet har 48 lägenheter för personer med
demenssjukdom. Krav: undersköterskeexamen och yrkesbevis, goda kunskaper i svenska.
Tjänstgöringsgrad 75–100 %, schemalagd arbetstid dag/kväll samt varannan helg.
Facklig kontakt: Kommunal och Vision nås via kommunens växel.
Ansök senast 2025-05-11 via Offentliga jobb. Frågor: rekrytering.omsorg@mittkusten.example.se

Skriv om annonsen så den lockar yngre sökande.
""", expect="allow"),

C("pressmeddelande_kommun", "press release with a functional press contact and switchboard, organisation number of the municipality",
"""
PRESSMEDDELANDE 2025-04-03
Mittkustens kommun bygger ny simhall vid Norrvalla
Kommunfullmäktige beslutade i går att bygga en ny simhall med 25-metersbassäng, undervisningsbassäng och gym.
Byggstart planeras till våren 2026. Investeringen beräknas till 310 miljoner kronor.

För mer information: Kommunikationsavdelningen, press@mittkusten.example.se, växel 0611-34 80 00
Mittkustens kommun, org.nr ⟦ORG:⟪ln:212000-249⟫⟧

Gör en kortare version för Facebook.
""", expect="log"),

C("mall_kallelse", "letter template with placeholders for name, personnummer and address",
"""
Mall – kallelse till utvecklingssamtal

Till vårdnadshavare för {elev_fornamn} {elev_efternamn}, personnummer {pnr}
{adress}
{postnummer} {ort}

Välkommen till utvecklingssamtal den {datum} kl. {tid} i {sal}. Om tiden inte passar, kontakta mentor {mentor_namn}.

Gör mallen mer välkomnande och lägg till en mening om tolk.
""", expect="allow"),

C("nyhet_dom_anonym", "news about a court case without names (age and municipality only)",
"""
En 34-årig man från Kramfors döms till fängelse i två år för grov misshandel av sin tidigare sambo. Enligt tingsrätten har
kvinnan fått bestående men. Mannen nekar till brott och avser att överklaga domen till hovrätten.

Vilka rubriker skulle en lokaltidning kunna sätta på detta?
""", expect="allow"),

C("pressmeddelande_foretag", "company press release: quarterly numbers, IR contact as functional e-mail, orgnr",
"""
Norrsken Data AB (publ), org.nr ⟦ORG:⟪ln:556914-723⟫⟧, redovisar en omsättningsökning om 12 procent för första kvartalet 2025.
Rörelseresultatet uppgick till 38,4 Mkr (31,0). Rapporten finns på bolagets webbplats.
Kontakt: ir@norrskendata.example.com, tel 08-123 400 00 (växel)

Översätt till engelska.
""", expect="log"),

C("platsannons_it", "English IT job ad with a generic recruitment address",
"""
We're hiring: Platform Engineer (Kubernetes), Region Exempel IT, Gothenburg
You will run our on-prem OpenShift clusters, automate with Ansible and Terraform, and help teams move from VMs to containers.
Security clearance required (säkerhetsprövning with registerkontroll). Apply by 30 May at jobs.regionexempel.example.se.

Make this ad sound less corporate.
""", lang="en", expect="allow"),

C("kf_protokoll_offentligt", "public council minutes paragraph (politicians act in official roles; no names used)",
"""
Kommunfullmäktige § 88 Budget 2026 med plan 2027–2028
Kommunstyrelsens förslag bifalls. Reservation från (M) och (KD) till förmån för eget förslag. Skattesatsen fastställs till
22,34 kronor per skattekrona. Beslutet justeras 2025-06-20.

Förklara för en gymnasieklass vad en reservation innebär.
""", expect="allow"),

C("mall_orosanmalan", "blank form text for an orosanmälan with field labels only",
"""
ANMÄLAN OM ORO FÖR BARN (mall)
Barnets namn: ______________   Personnummer: ______________
Anmälarens namn och befattning: ______________
Beskriv vad du har sett eller hört: ______________
Har vårdnadshavare informerats? [ ] Ja  [ ] Nej

Vilka frågor bör finnas med i mallen enligt Socialstyrelsens vägledning?
""", expect="allow"),

C("nyhet_cyberangrepp", "news about a cyberattack on a municipality, mentioning leaked data in general",
"""
Efter it-attacken mot Kalix kommun har hackergruppen publicerat 40 gigabyte data på darknet. Enligt kommunen kan det finnas
personnummer och uppgifter från socialtjänsten i materialet. Kommunen har anmält händelsen till IMY och polisen.

Skriv en text till kommunens invånare om vad de kan göra för att skydda sig mot bedrägerier.
""", expect="allow"),

C("beslut_publicerat_avidentifierat", "published anonymised court decision with initials 'A.A.' as is usual in published rulings",
"""
HFD 2024 ref. 12 (avidentifierad)
Fråga om rätt till bistånd i form av ledsagning. A.A. ansökte om ledsagarservice enligt LSS. Kommunen avslog ansökan.
Högsta förvaltningsrätten fann att insatsen skulle bedömas utifrån den enskildes samlade behov.

Vad är prejudikatvärdet i korthet?
""", expect="allow"),

C("annons_lokal_uthyrning", "municipal ad for renting premises; organisation's visiting address and switchboard (not personal)",
"""
Hyr Folkets hus stora sal för fest eller konferens! Plats för 180 personer, scen och ljudanläggning.
Besöksadress: Storgatan 22, 882 30 Sollefteå. Bokning via kommunens kontaktcenter, telefon 0620-68 20 00,
kontaktcenter@sollefteå.example.se.

Gör en kort annonstext till lokaltidningen.
""", expect="allow"),

C("mall_anbudsformular", "procurement form template with placeholders incl. bankgiro field",
"""
Anbudsformulär (fylls i av anbudsgivaren)
Företagsnamn: [  ]
Organisationsnummer: [NNNNNN-NNNN]
Kontaktperson för anbudet: [Förnamn Efternamn], [telefon], [e-post]
Bankgiro för fakturering: [XXXX-XXXX]
Anbudet är giltigt till: [ÅÅÅÅ-MM-DD]

Är formuläret komplett enligt LOU? Vad saknas?
""", expect="allow"),

C("nyhet_historisk", "historical note about famous deceased persons (not covered by GDPR; public)",
"""
Skriv en kort text till vår guidade stadsvandring:
Alfred Nobel föddes 1833 i Stockholm och dog 1896 i San Remo. Hans testamente från 1895 grundade Nobelpriset. Selma Lagerlöf
blev 1909 den första kvinnan att få Nobelpriset i litteratur, och Dag Hammarskjöld tilldelades fredspriset postumt 1961.
""", expect="allow"),

C("gatunamn_personer", "directions using streets and places named after people",
"""
Hur tar jag mig snabbast från Olof Palmes gata till Karolinska Institutet med kollektivtrafik? Jag går förbi Sankt Eriksgatan
och Birger Jarlsgatan på vägen men vet inte var närmaste pendeltåg går. Mötet är i Nobel Forum.
""", expect="allow"),

C("fiktiva_personer", "questions about fictional characters from Swedish literature",
"""
Jämför Pippi Långstrump och Emil i Lönneberga som barnfigurer. Vad säger de om synen på barn i Sverige på 1940- och 60-talet?
Och varför blev Nils Holgersson en skolbok?
""", expect="allow"),

C("statistik_sjukfranvaro", "aggregated sick-leave statistics per department, no individuals",
"""
Sjukfrånvaro 2024 per förvaltning (%)
Förvaltning          Kvinnor   Män   Totalt   varav >60 dagar
Vård och omsorg      9,8       6,1   9,1      52 %
Utbildning           6,2       4,0   5,7      41 %
Samhällsbyggnad      3,9       3,1   3,4      30 %

Skriv en analys till personalutskottet, jämför med rikssnittet för kommuner.
""", expect="allow"),

C("pressmeddelande_polisen", "police press information without names; age and place only",
"""
Polisen söker vittnen efter rånet mot en butik på Drottninggatan i Karlstad på lördagskvällen. Två män i 20-årsåldern hotade
personalen med kniv och kom över kontanter. Ingen skadades. Tips kan lämnas på 114 14 eller polisen.se, ange diarienummer
5000-K412233-25.

Skriv en text till lokala Facebookgruppen.
""", expect="allow"),

C("lonestatistik_publik", "published salary statistics from a union report",
"""
Enligt Visions lönestatistik 2024 var medianlönen för socialsekreterare 38 900 kronor i kommunerna och 41 200 kronor i
privat sektor. Lönespridningen var störst i storstadsregionerna.

Hur kan vi använda detta i vår lönekartläggning?
""", expect="allow"),

C("kommun_kontaktuppgifter_en", "English tourist info with an organisation's public office address and visitor centre e-mail",
"""
Translate to German for our website: The Visitor Centre is located at Stora torget 3, 621 56 Visby. Open daily 10–17 in summer.
Questions: info@visitgotland.example.com. Guided tours of the Ring Wall start from Österport every hour.
""", lang="en", expect="allow"),
]
