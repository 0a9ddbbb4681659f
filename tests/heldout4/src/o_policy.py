"""Open: published policies, guidance and law texts that DISCUSS secrecy, classification, personnummer, GDPR."""
def C(genre, note, text, lang="sv", expect=None):
    return dict(genre=genre, note=note, text=text, lang=lang, expect=expect)

CASES = [
C("ai_riktlinje", "municipal AI guideline listing what must not be entered, incl. the words sekretess, personnummer, hälsouppgifter",
"""
Kan du göra den här texten kortare och mer lättläst för medarbetarna?

Riktlinje för användning av generativ AI i Mittkustens kommun (antagen av KS 2025-02-04)
4. Vad får inte matas in?
Du får aldrig mata in uppgifter som omfattas av sekretess enligt offentlighets- och sekretesslagen, personnummer,
namn på brukare eller elever, hälsouppgifter eller andra känsliga personuppgifter enligt artikel 9 i GDPR.
Handlingar som är klassade som interna eller konfidentiella i kommunens informationsklassning får inte heller användas.
Är du osäker – fråga din chef eller informationssäkerhetssamordnaren.
""", expect="allow"),

C("klassningsmodell_tabell", "published information-classification model describing the levels with the words Konfidentiell and Intern",
"""
Informationsklassning – kommunens modell (bilaga till informationssäkerhetspolicyn)

Nivå | Benämning    | Beskrivning                                             | Exempel
0    | Öppen        | Kan spridas fritt utan skada                            | Pressmeddelanden, taxor
1    | Intern       | Begränsad skada om den sprids utanför organisationen    | Mötesanteckningar, rutiner
2    | Konfidentiell| Betydande skada, ofta sekretess enligt OSL              | Personalärenden, anbud före tilldelning
3    | Strikt konfidentiell | Allvarlig skada, t.ex. säkerhetsskydd           | Skyddade personuppgifter, säkerhetsskyddsklassade uppgifter

Gör om tabellen till en kort utbildningstext med ett exempel per nivå.
""", expect="allow"),

C("osl_fraga", "question about OSL chapters for health and social services; law references mentioned, not markers",
"""
Vad är skillnaden mellan 25 kap. 1 § OSL och 26 kap. 1 § OSL? Båda har ju omvänt skaderekvisit om jag förstått rätt.
Och gäller sekretessen även mellan olika förvaltningar i samma kommun?
""", expect="allow"),

C("lagtext_osl", "law text quoted from OSL (2009:400), beginning with 'Sekretess gäller'",
"""
Förklara den här paragrafen med enkla ord och ge två exempel från skolan:

23 kap. 2 § offentlighets- och sekretesslagen (2009:400)
"Sekretess gäller i förskola, fritidshem och förskoleklass samt i grundskolan... för uppgift om enskilds personliga förhållanden
i sådan elevhälsa som avser psykologisk, psykosocial eller specialpedagogisk insats, om det inte står klart att uppgiften kan
röjas utan att den enskilde eller någon närstående till denne lider men."
""", expect="allow"),

C("sakerhetsskydd_utbildning", "training material explaining the four security-classification levels in säkerhetsskyddslagen",
"""
Säkerhetsskyddslagen (2018:585) delar in säkerhetsskyddsklassificerade uppgifter i fyra nivåer beroende på hur stor skadan blir
för Sveriges säkerhet om uppgiften röjs:
- kvalificerat hemlig – exceptionellt allvarlig skada
- hemlig – allvarlig skada
- konfidentiell – inte obetydlig skada
- begränsat hemlig – endast ringa skada

Gör fem quizfrågor om nivåerna till vår e-learning.
""", expect="allow"),

C("gdpr_art9_fraga", "general GDPR question about art. 9 categories",
"""
Vilka kategorier räknas som känsliga personuppgifter enligt artikel 9 i dataskyddsförordningen? Räknas uppgift om att någon
är medlem i en fackförening dit? Och hur förhåller sig artikel 10 om lagöverträdelser till det?
""", expect="allow"),

C("personnummer_hantering", "internal-control routine text on how to handle personnummer, with format description only",
"""
Rutin: hantering av personnummer i e-post
Personnummer ska inte skickas i klartext i e-post utanför organisationen. Använd säker e-post eller skriv endast födelsedatum
(ÅÅÅÅMMDD) och be mottagaren ringa för de fyra sista siffrorna. Personnummer skrivs i formatet ÅÅÅÅMMDD-XXXX i våra system.
Samordningsnummer känns igen på att dagen är ökad med 60.

Är rutinen rimlig enligt GDPR? Förbättringsförslag?
""", expect="allow"),

C("policy_rubrik_sekretess", "policy heading 'Sekretess och tystnadsplikt' followed by general text",
"""
3. Sekretess och tystnadsplikt
Alla medarbetare omfattas av tystnadsplikt enligt lag eller avtal. Sekretessbelagd information får inte lämnas till
obehöriga och får inte användas i AI-tjänster som kommunen inte har avtal med. Brott mot tystnadsplikten kan leda till
arbetsrättsliga åtgärder och i vissa fall straffansvar enligt 20 kap. 3 § brottsbalken.

Översätt avsnittet till engelska.
""", expect="allow"),

C("mall_nda", "NDA template titled SEKRETESSAVTAL with placeholders",
"""
SEKRETESSAVTAL
mellan [Företagsnamn], org.nr [XXXXXX-XXXX] ("Bolaget") och [Namn], personnummer [ÅÅMMDD-XXXX] ("Konsulten")

1. Konsulten förbinder sig att inte röja Konfidentiell Information som Konsulten tar del av under uppdraget.
2. Med Konfidentiell Information avses all information, teknisk, kommersiell eller av annan art, som Bolaget betecknar som
konfidentiell eller som Konsulten förstår är en företagshemlighet enligt lagen (2018:558) om företagshemligheter.

Är punkt 2 tillräckligt tydlig? Föreslå en bättre formulering.
""", expect="allow"),

C("upphandling_anvisning", "procurement instructions telling bidders how to request secrecy (mention, not marker)",
"""
Anvisningar till anbudsgivare, avsnitt 1.9 Sekretess
Anbud är allmänna handlingar efter tilldelningsbeslut. Om anbudsgivaren anser att vissa uppgifter utgör affärshemligheter ska
detta anges i en särskild sekretessbegäran där det framgår vilka uppgifter som avses och vilken skada som skulle uppstå om de
lämnades ut, jfr 31 kap. 16 § OSL. Upphandlande myndighet gör alltid en egen sekretessprövning.

Skriv om stycket på klarspråk.
""", expect="allow"),

C("ai_policy_foretag_en", "company AI policy in English mentioning confidential, internal, customer data",
"""
AI Acceptable Use Policy (v1.2)
Employees may use approved AI assistants for drafting, summarising and coding. Never paste customer data, personal data,
credentials, or any document labelled Internal, Confidential or Strictly Confidential into a public AI service. Use the
company's EU-hosted Copilot tenant for internal material. Incidents must be reported to security@ within 24 hours.

Can you shorten this to a one-slide summary?
""", lang="en", expect="allow"),

C("imy_vagledning", "question about IMY guidance on health data in AI tools, no person",
"""
Vad säger IMY om att använda AI-verktyg i hälso- och sjukvården? Vi funderar på att låta läkare diktera journalanteckningar
som sedan sammanfattas av en språkmodell. Vilka krav ställer patientdatalagen och vad måste en DPIA innehålla?
""", expect="allow"),

C("skyddade_personuppgifter_rutin", "published routine about protected identity (sekretessmarkering) – the term is discussed, not applied",
"""
Rutin för personer med skyddade personuppgifter
Skyddade personuppgifter är ett samlingsnamn för sekretessmarkering, skyddad folkbokföring och fingerade personuppgifter.
Handlingar som rör en person med skyddade personuppgifter ska hanteras i pappersform eller i särskild skyddad miljö och får
aldrig registreras i verksamhetssystemet med adress. Kontakta enhetschef om du är osäker.

Gör en flödesbeskrivning i fem steg för kontaktcenter.
""", expect="allow"),

C("nis2_fraga", "NIS2 question; mentions classification and incidents in general",
"""
Vi är ett kommunalt energibolag. Vilka krav ställer NIS2 och den nya cybersäkerhetslagen på incidentrapportering, och hur hänger
det ihop med säkerhetsskyddslagen om vi har säkerhetskänslig verksamhet? Gör en tabell.
""", expect="allow"),

C("mall_arkivforteckning", "archive template with a column for secrecy reference and placeholder rows",
"""
Mall: Dokumenthanteringsplan, Socialnämnden
Handlingstyp              | Sekretess (OSL)    | Gallras/bevaras | Förvaring
Personakt ekonomiskt bistånd | 26 kap. 1 §      | Gallras 5 år*    | Treserva
Beslut LSS                | 26 kap. 1 §        | Bevaras          | Treserva
Protokoll socialnämnden   | –                  | Bevaras          | Diariet
*Undantag: akter för personer födda dag 5, 15, 25 bevaras.

Lägg till raderna för färdtjänst och bostadsanpassning med rimliga värden.
""", expect="allow"),

C("eu_ai_act_sv", "question about the EU AI Act and myndighetsutövning",
"""
Får en kommun använda AI för att fatta beslut om försörjningsstöd enligt EU:s AI-förordning? Vilken riskklass hamnar det i,
och vad säger förvaltningslagen om att beslut ska kunna motiveras?
""", expect="allow"),

C("pub_hantering_halsodata", "general text from a region's intranet about what health data is, no individual",
"""
Vad är en hälsouppgift? Alla uppgifter om en persons fysiska eller psykiska hälsa, till exempel diagnoser, provsvar,
läkemedel, vårdkontakter och sjukskrivning, är hälsouppgifter. Även uppgiften att någon besökt en psykiatrisk mottagning
räknas hit. Hälsouppgifter är känsliga personuppgifter och får bara behandlas med stöd av undantagen i artikel 9.2.

Gör tre exempel på meningar som INTE innehåller hälsouppgifter.
""", expect="allow"),

C("sekretessprovning_fraga", "question how to do a secrecy review when someone requests documents",
"""
En journalist har begärt ut alla mejl mellan förvaltningschefen och en leverantör under 2024. Hur gör jag en sekretessprövning
steg för steg, och när kan uppgifter om affärsförhållanden sekretessbeläggas?
""", expect="allow"),

C("ordlista_markeringar", "glossary defining stamp words ('HEMLIG', 'Får ej spridas') for a records-management course",
"""
Ordlista för kursen Informationshantering 1
Sekretessmarkering – en anteckning på en handling om att sekretess gäller, t.ex. "Sekretess enligt 26 kap. 1 § OSL".
Markeringen är ett stöd men avgör inte själv om sekretess gäller; det gör sekretessprövningen.
Stämpeln "Får ej spridas" saknar juridisk verkan i sig.
HEMLIG – säkerhetsskyddsklass enligt säkerhetsskyddslagen, används av t.ex. Försvarsmakten.

Lägg till fem ord till i samma stil: diarieföring, allmän handling, arkivbildare, gallring, menprövning.
""", expect="allow"),

C("dataskydd_utbildning_en", "English training text on personal identity numbers in Sweden",
"""
In Sweden, every resident has a personal identity number (personnummer) in the format YYYYMMDD-XXXX, where the last digit is a
check digit computed with the Luhn algorithm. Coordination numbers (samordningsnummer) are issued to people who are not or have
not been registered in Sweden; they add 60 to the day of birth. Both are personal data and must be protected.

Write three quiz questions with answers based on this paragraph.
""", lang="en", expect="allow"),
]
