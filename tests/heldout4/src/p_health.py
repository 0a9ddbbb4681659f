"""Protected: region healthcare, tandvård, lab, referrals, pharmacy, infection control."""
def C(genre, note, text, lang="sv", expect=None):
    return dict(genre=genre, note=note, text=text, lang=lang, expect=expect)

CASES = [
C("region_remiss", "referral in inverted name form 'Efternamn, Förnamn', 12-digit pnr, diagnosis question; remitting doctor named",
"""
Kan du korta ner den här remissen och göra frågeställningen tydligare? Max 10 rader.

REMISS – Vuxenpsykiatrin Sundsvall, allmänpsykiatrisk mottagning
Remitterande enhet: Hälsocentralen Granloholm
Patient: ⟦NAME:Lindahl, Maria Elisabeth⟧   ⟦PNR:⟪pn:19790214-238⟫⟧
Tel: ⟦TEL:070-174 06 21⟧ (går bra att sms:a)

Anamnes: 45-årig kvinna, tidigare behandlad för ⟦SEN:recidiverande depression⟧ med sertralin 100 mg.
Senaste halvåret perioder med minskat sömnbehov, ökad energi, köpt bil impulsivt, därefter djup nedstämdhet.
Frågeställning: ⟦SEN:bipolär sjukdom typ II⟧? Önskar bedömning och ev. stämningsstabiliserande behandling.

Remittent: ⟦NAME:Olle Segerstedt⟧, ST-läkare allmänmedicin
""", expect="block"),

C("region_epikris", "discharge summary for a patient; 10-digit pnr before the name; two diagnoses; request to simplify for patient",
"""
Skriv om den här epikrisen på lätt svenska så patienten förstår vad som hänt. Hon är 81 år.

Epikris, Kirurgkliniken Länssjukhuset Ryhov
⟦PNR:⟪pn:430915-128⟫⟧ ⟦NAME:Gunnel Ahlqvist⟧
Vårdtid 2025-02-11 -- 2025-02-16

Inkom via akuten med buksmärta höger arcus, feber 38,9. DT buk visade ⟦SEN:akut kolecystit⟧. Behandlad med
piperacillin/tazobaktam iv, därefter peroral antibiotika. Känt ⟦SEN:förmaksflimmer⟧ med Eliquis som gjorts
uppehåll med inför ev. operation. Planerad laparoskopisk kolecystektomi om 6-8 veckor, kallelse skickas.
Uppföljning: distriktssköterska tar CRP om 1 v. Ring avd 44 vid feber.
""", expect="block"),

C("lab_tsv", "lab export pasted as TSV: pnr without separator in a column, referral diagnoses per row",
"""
kan du räkna ut medelvärdet av tTG-IgA för dom som har remissdiagnos celiaki? och hur många som ligger över 10

Personnummer	Namn	Provdatum	Analys	Resultat	Enhet	Remissdiagnos
⟦PNR:⟪pn:19870623-114⟫⟧	⟦NAME:Johanna Wallin⟧	2025-03-03	S-tTG-IgA	38	U/mL	⟦SEN:Misstänkt celiaki⟧
⟦PNR:⟪pn:20110408-321⟫⟧	⟦NAME:Leo Karimi⟧	2025-03-03	S-tTG-IgA	2,1	U/mL	⟦SEN:Misstänkt celiaki⟧
⟦PNR:⟪pn:19640117-842⟫⟧	⟦NAME:Bengt Rydberg⟧	2025-03-04	S-tTG-IgA	<1	U/mL	Anemi, oklar
⟦PNR:⟪pn:19990930-266⟫⟧	⟦NAME:Sara Öhman⟧	2025-03-05	S-tTG-IgA	112	U/mL	⟦SEN:Misstänkt celiaki⟧
""", expect="block"),

C("vardplanering_sip", "SIP meeting notes in elderly care: birth year only (not an id), named client and relative, dementia diagnosis",
"""
Hjälp mig formulera en sammanfattning av SIP-mötet som jag kan skicka till deltagarna.

Samordnad individuell plan (SIP) – uppföljning 2025-04-09
Den enskilde: ⟦NAME:Sven-Åke Nordlund⟧, f. 1938, ⟦ADR:Björkvägen 7, 936 32 Boliden⟧
Närvarande: ⟦NAME:Sven-Åke⟧, dottern ⟦NAME:Camilla Nordlund⟧ (tel ⟦TEL:0980-319 245⟧), biståndshandläggare, distriktssköterska,
arbetsterapeut från hemrehab.

⟦NAME:Sven-Åke⟧ har ⟦SEN:Alzheimers sjukdom⟧ sedan 2021 och har de senaste månaderna gått vilse två gånger.
Överens om: larm med GPS, utökad hemtjänst kvällstid, dagverksamhet 3 dagar/v. ⟦NAME:Camilla⟧ vill att
ansökan om särskilt boende påbörjas. Nästa uppföljning om 3 mån.
""", expect="block"),

C("tandvard_journal", "dental record for a child: 12-digit pnr written with spaces, ADHD and a considered orosanmälan",
"""
Journalanteckning Folktandvården Kvarnsveden 2025-01-22
Pat: ⟦NAME:Elias Hosseini⟧  ⟦PNR:⟪pn:2014 03 28-415⟫⟧
Kariesangrepp 36 och 46 (ocklusalt), plack på samtliga ytor. Mamma uppger att pat har ⟦SEN:ADHD⟧ och tar Medikinet,
tandborstning fungerar dåligt kvällstid. Tredje uteblivna besöket i år.
Tandläkaren och tandhygienisten diskuterade ⟦SEN:orosanmälan⟧ enligt 14 kap. 1 § SoL pga misstänkt tandvårdsförsummelse.

-> kan du skriva ett vänligt men tydligt brev till föräldrarna om att vi är oroliga och vill boka ett möte?
""", expect="block"),

C("1177_meddelande", "patient message from 1177 with typos and missing å/ä/ö; name in signature; STI result",
"""
Hej, kan du hjälpa mig svara på detta meddelande från 1177 på ett empatiskt sätt, jag jobbar på ungdomsmottagningen

"hej! jag fick ett sms att mitt provsvar var klart men jag forstar inte. star det att jag har ⟦SEN:klamydia⟧?? maste
min pojkvan ocksa testa sig? jag ar jatte orolig och vill inte att mina foraldrar ska fa veta nagot. mvh ⟦NAME:sofia berglund⟧"
""", expect="block"),

C("akut_journal_samordning", "emergency note with a samordningsnummer (day+60), interpreter need, intoxication",
"""
Akutjournal, Akutmottagningen SÖS, 2025-02-02 03:40
Pat. med samordningsnummer ⟦SAM:⟪sam:910371-227⟫⟧, ingen fast adress. Talar dari, tolk via telefon.
Inkommer med ambulans efter att ha hittats medvetandesänkt vid Slussen. Misstänkt ⟦SEN:intoxikation med alkohol och bensodiazepiner⟧.
GCS 12, saturation 93 %. Övervakning på akutvårdsavdelningen.

Förbättra språket i anteckningen och gör den mer strukturerad enligt SBAR.
""", expect="block"),

C("journal_sekretessfot", "journal printout with the system's secrecy footer; psychiatric note",
"""
Utskrift ur journalsystem – Psykiatrimottagning Östra
Namn: ⟦NAME:Dragana Jovanović⟧
Personnummer: ⟦PNR:⟪pn:880305-462⟫⟧

Besöksanteckning 2025-03-12, leg. psykolog
Pat beskriver fortsatt mardrömmar och påträngande minnen från kriget. Uppfyller kriterier för ⟦SEN:PTSD⟧.
Fortsätter traumafokuserad KBT, session 6 av 12.

-----------------------------------------------------------------
⟦SEC:Sekretessbelagd uppgift enligt 25 kap. 1 § OSL⟧ – får endast lämnas ut efter menprövning
Utskriven 2025-03-14 10:22
""", expect="block"),

C("lakarintyg_fk", "draft sickness certificate: pnr as YYYYMMDD-XXXX, ICD-10 code with diagnosis text",
"""
Jag ska skriva läkarintyg för sjukpenning (FK 7804). Kan du förbättra formuleringarna under Aktivitetsbegränsning?

Patient: ⟦NAME:Tomas Engström⟧, ⟦PNR:⟪pn:19760811-035⟫⟧
Diagnos: ⟦SEN:F43.8A Utmattningssyndrom⟧
Funktionsnedsättning: Nedsatt koncentration och minne, uttalad trötthet efter kognitiv ansträngning.
Aktivitetsbegränsning: klarar inte att läsa in sig på nya ärenden, behöver vila efter 1 h möte, kan inte
köra bil långa sträckor. Arbetar som projektledare, 100 %. Sjukskrivning 75 % 2025-03-17 -- 2025-04-30.
""", expect="block"),

C("apotek_laro", "prescription renewal in opioid substitution treatment: name with diacritics, pnr, methadone dose",
"""
Receptförnyelse – Beroendemottagningen
⟦NAME:Dragan Milosavljević⟧ ⟦PNR:⟪pn:560823-791⟫⟧
Pågående ⟦SEN:LARO-behandling⟧, metadon 90 mg dagligen, hämtar på apoteket Kronan med övervakat intag tis/fre.
Urinprov 2025-03-10 negativt för opiater och benso.

skriv ett kort meddelande till apoteket om att dosen är oförändrad
""", expect="block"),

C("translation_en_pregnancy", "English request to translate a Swedish note for a foreign insurer; 12-digit pnr, pregnancy complication",
"""
Please translate this into English for the patient's travel insurance company, keep it formal:

Intyg
⟦NAME:Noor Al-Sayed⟧, ⟦PNR:⟪pn:19950630-508⟫⟧, har vårdats på Kvinnokliniken Skånes universitetssjukhus
2025-01-04 – 2025-01-09 pga ⟦SEN:graviditet vecka 22 med preeklampsi⟧. Hon avråds från flygresor under resten av
graviditeten.
Malmö 2025-01-10
⟦NAME:Hanna Fredriksson⟧, överläkare
""", lang="en", expect="block"),

C("vaccination_csv", "vaccination list as semicolon CSV; religion given as a refusal reason for one resident",
"""
Namn;Personnr;Avd;Influensa 2024;Covid höst 2024;Kommentar
⟦NAME:Ingrid Holmberg⟧;⟦PNR:⟪pn:19320716-202⟫⟧;Linnean;Ja;Ja;
⟦NAME:Karl-Gustav Sundin⟧;⟦PNR:⟪pn:19290402-957⟫⟧;Linnean;Ja;Nej;Avböjer covid
⟦NAME:Margareta Ek⟧;⟦PNR:⟪pn:19350925-380⟫⟧;Syrenen;Nej;Nej;Tackar nej, ⟦SEN:Jehovas vittne⟧, anhörig informerad
⟦NAME:Birger Olausson⟧;⟦PNR:⟪pn:19401111-471⟫⟧;Syrenen;Ja;Ja;

Gör en sammanställning per avdelning, andel vaccinerade i %.
""", expect="block"),

C("sms_smittskydd", "nurse's quick chat message: pnr with no separator and no name, MRSA",
"""
hej! fick svar på odlingen för ⟦PNR:⟪pn:730214123⟫⟧ (han på sal 4), ⟦SEN:positiv för MRSA⟧. ska vi isolera direkt eller vänta på smittskydd? skriv ett kort svar jag kan skicka till avdelningschefen
""", expect="block"),

C("vc_atteruppringning", "call-back list from a health centre: names, phone numbers in several styles, medication hints",
"""
Återuppringningslista tisdag, dr ⟦NAME:Nilsson⟧
08:10 ⟦NAME:Eva Kjellberg⟧ ⟦TEL:0980-31 92 12⟧ – förnyelse ⟦SEN:Sertralin 50 mg⟧, mår bättre
08:20 ⟦NAME:Mehmet Yılmaz⟧ ⟦TEL:+46 70 174 06 33⟧ – vill diskutera provsvar ⟦SEN:PSA 9,2⟧
08:30 ⟦NAME:Lisbeth Grön⟧ ⟦TEL:040-628 04 17⟧ – ⟦SEN:blodsocker 14 fastande⟧, insulin?
08:40 Okänd man? nr ⟦TEL:0701740648⟧ lämnade inget namn

Kan du sortera efter hur akut det låter och föreslå vad jag ska fråga varje patient?
""", expect="block"),

C("avvikelse_lakemedel", "incident (avvikelse) report mixing two patients; 10-digit pnr with '+' separator for a centenarian",
"""
Avvikelserapport (utkast) – Hemsjukvården Norra
Händelse: Fel dosett lämnades hos ⟦NAME:Holger Vikström⟧ (⟦PNR:⟪pn:230527+166⟫⟧). Dosetten tillhörde
⟦NAME:Elsa Vikström⟧, hustrun, som har ⟦SEN:diabetes typ 2 och behandlas med Metformin⟧. ⟦NAME:Holger⟧ tog kvällsdosen.
Ingen skada konstaterad, blodsocker kontrollerat x3. Läkare informerad.
Orsak: båda dosetterna förvarades i samma skåp utan namnmärkning.

Formulera en händelseanalys med orsak och förslag på åtgärder.
""", expect="block"),

C("smittskydd_tbc", "infection control notice: tuberculosis, samordningsnummer without separator, contact list with names",
"""
Smittskyddsanmälan – Tuberkulos (klinisk anmälan)
Index: ⟦NAME:Abdirahman Farah⟧, samordningsnr ⟦SAM:⟪sam:19840883141⟫⟧
Diagnos: ⟦SEN:lungtuberkulos, smittsam (direktmikroskopi positiv)⟧
Smittspårning – kontakter i hushållet: ⟦NAME:Hodan Farah⟧ (fru), tre barn 4, 7 och 11 år.
Arbetsplats: lagerarbete, Logistikcentret Jordbro, skiftlag B.

Skriv ett informationsbrev till arbetskamraterna i skiftlag B utan att avslöja vem det gäller.
""", expect="block"),

C("fhir_json", "FHIR Observation JSON from an integration log: pnr in identifier value without separator, pregnancy test",
"""
Varför får vi 422 från mottagarsystemet på den här payloaden?

{
  "resourceType": "Observation",
  "status": "final",
  "code": {"coding": [{"system": "http://loinc.org", "code": "2106-3"}], "text": "⟦SEN:Graviditetstest⟧"},
  "subject": {
    "identifier": {"system": "urn:oid:1.2.752.129.2.1.3.1", "value": "⟦PNR:⟪pn:19920315239⟫⟧"},
    "display": "⟦NAME:Ellen Sjödin⟧"
  },
  "effectiveDateTime": "2025-03-18T09:12:00+01:00",
  "valueString": "⟦SEN:Positiv⟧"
}
""", expect="block"),

C("hemsjukvard_lakemedelslista", "medication list pasted from the records system with name + pnr in header; no diagnosis words but drugs reveal conditions",
"""
Läkemedelslista ⟦NAME:Rune Backlund⟧ ⟦PNR:⟪pn:19410305-775⟫⟧ (Pascal, 2025-03-20)

Preparat            Dos          Indikation
Levaxin 100 mikrog  1x1          ⟦SEN:Hypotyreos⟧
Donepezil 10 mg     1 till natt  ⟦SEN:Demens⟧
Furosemid 40 mg     1x1          ⟦SEN:Hjärtsvikt⟧
Oxynorm 5 mg        vb max 4/d   Smärta

finns det några interaktioner jag borde känna till? vad ska hemtjänsten hålla koll på?
""", expect="block"),

C("psykiatri_lvm_teams", "Teams message between colleagues about compulsory care (LPT); first name + surname initial",
"""
[10:42] Hej! Kan du hjälpa mig formulera det här bättre innan jag skickar det till chefsöverläkaren?

"⟦NAME:Jonas E.⟧ på avd 32 har varit ⟦SEN:tvångsvårdad enligt LPT⟧ sedan i fredags. Han har hotat personal två gånger och
vi behöver ta ställning till ansökan om fortsatt vård till förvaltningsrätten innan fyra veckor har gått."
""", expect="block"),
]
