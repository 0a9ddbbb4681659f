from common import C
O = []
a = O.append

a(C("job_ad", "sv", "allow",
"""Förbättra annonsen:
Socialsekreterare till barn och unga – Norrsjö kommun
Vi söker dig som är socionom och vill arbeta med utredningar enligt SoL och LVU. Du kommer att göra förhandsbedömningar av orosanmälningar, utreda barns behov och följa upp placeringar. Vi erbjuder handledning var tredje vecka, friskvårdsbidrag 3 000 kr/år och möjlighet till distansarbete en dag i veckan.
Tillträde: enligt överenskommelse. Sista ansökningsdag: 2025-03-31. Ansök via Offentliga Jobb, referensnummer 2025/118.""",
[],
"Job ad that mentions LVU and orosanmälningar as work tasks; no contact person."))

a(C("job_ad", "en", "allow",
"""Translate this job ad into Swedish: "We are looking for a backend developer (Python, PostgreSQL) to join our team in Umeå. You will build integrations with Swedish public registers and handle personal identity numbers securely. Start: August 2025. Apply by 30 April." """,
[],
"English job ad that talks about handling personal identity numbers; none present; 'Umeå' is the city of customer Bergström Bygg but that is irrelevant."))

a(C("press_release", "sv", "allow",
"""Skriv ett pressmeddelande: Norrsjö kommun öppnar en ny förskola i Lindås med sex avdelningar den 18 augusti. Förskolan har solceller på taket och en egen odlingslott. Byggkostnaden blev 62 miljoner kronor, 4 % under budget.""",
[],
"Public press release without named spokesperson."))

a(C("school_letter", "sv", "allow",
"""Översätt till arabiska, somaliska och ukrainska: "Hej vårdnadshavare! På fredag 6 juni är det friluftsdag. Eleverna ska ha med sig matsäck, vattenflaska och kläder efter väder. Skoldagen slutar som vanligt kl 14.30." """,
[],
"Generic letter to parents; translation request into immigrant languages (no person)."))

a(C("template", "sv", "allow",
"""Gör en mall för beslut om bostadsanpassningsbidrag med fält för [Sökandens namn], [Personnummer], [Adress], [Beviljat belopp] och [Motivering]. Mallen ska följa förvaltningslagens krav på motivering.""",
[],
"Template with bracketed field names only."))

a(C("already_redacted", "sv", "allow",
"""Sammanfatta: Klienten [NAMN_1] ([PERSONNUMMER_1]) har ansökt om bistånd. Handläggaren [NAMN_2] bedömer att [NAMN_1] har rätt till stöd enligt 4 kap. 1 § SoL. Kontakt sker via [TELEFON_1].""",
[],
"Text already pseudonymised with the guard's own placeholders; must pass (it is the normal result of a redact round trip)."))

a(C("anonymised_case", "sv", "allow",
"""Jag håller en utbildning för nya handläggare. Hitta på ett fiktivt men realistiskt fall: en kvinna i 40-årsåldern med två barn som söker försörjningsstöd efter en skilsmässa. Beskriv vilka frågor handläggaren bör ställa.""",
[],
"Asks the AI to invent a case; no real person, no identifiers."))

a(C("anonymised_case", "sv", "allow",
"""Anonymiserat fall till handledningen: En pojke i mellanstadieåldern har hög frånvaro och skolan har gjort en orosanmälan. Vårdnadshavaren är sjukskriven. Vilka insatser brukar vara lämpliga i ett sådant läge?""",
[],
"Anonymised case description (no name, no age, no place): sensitive terms without an identifiable person."))

a(C("excel_help", "sv", "allow",
"""I kolumn A har jag personnummer i formatet ÅÅÅÅMMDD-NNNN. Vilken formel räknar ut åldern i kolumn B? Jag använder svensk Excel.""",
[],
"Format description ÅÅÅÅMMDD-NNNN instead of numbers."))

a(C("legal_question", "sv", "allow",
"""Vad betyder det när det står "Får ej spridas" på ett dokument från en myndighet – har det någon rättslig verkan eller är det bara en uppmaning?""",
[],
"The phrase 'Får ej spridas' quoted in a question about its meaning, not used as a restriction on this text."))

a(C("legal_question", "sv", "allow",
"""Hur ska en sekretessmarkering se ut enligt 5 kap. 5 § OSL? Ge exempel på hur man brukar formulera stämpeln på en handling.""",
[],
"Asks how a secrecy stamp should look: the answer will contain stamp-like text, the prompt only talks about it."))

a(C("it_security", "sv", "allow",
"""Vilka tekniska skyddsåtgärder brukar krävas för information i informationsklass 3 jämfört med klass 2? Tänk kryptering, loggning och behörighetsstyrning.""",
[],
"'informationsklass 3' in a question about safeguards, not as a label."))

a(C("contract_template", "sv", "allow",
"""Granska den här mallen för sekretessavtal (NDA) som vi ska använda med leverantörer:
SEKRETESSAVTAL
Parterna förbinder sig att inte röja konfidentiell information som mottagits från den andra parten. Med konfidentiell information avses all information, teknisk, kommersiell eller av annan natur, oavsett om den dokumenterats eller inte, med undantag för information som är allmänt tillgänglig.
Åtagandet gäller under avtalstiden och fem år därefter.""",
[],
"Template NDA with the heading SEKRETESSAVTAL in capitals and 'konfidentiell information' defined: a contract type name, not a marking of the content as secret (hard case)."))

a(C("public_decision", "sv", "allow",
"""Skriv ett standardbrev för när vi lämnar ut en allmän handling med förbehåll enligt 10 kap. 14 § OSL. Brevet ska förklara vad förbehållet innebär och att mottagaren inte får sprida uppgifterna vidare.""",
[],
"Template request about OSL förbehåll, no actual handling."))

a(C("game", "sv", "allow",
"""Vi ska ha skattjakt på fritids. Den hemliga koden till skattkistan är 4-7-1-9. Skriv fem rim-ledtrådar som leder till gympasalen, biblioteket och matsalen.""",
[],
"'hemliga koden' in a children's game; a 4-digit code is not a credential."))

a(C("movie", "en", "allow",
"""Write a short plot for a spy comedy where a clumsy municipal clerk accidentally receives a folder stamped TOP SECRET instead of the lunch menu.""",
[],
"'TOP SECRET' inside fiction, describing a stamp in a story."))

a(C("library", "sv", "allow",
"""Gästnätverket på biblioteket heter Bibblan_Gäst och lösenordet står på skylten vid informationsdisken. Skriv en skylt på svenska och engelska som förklarar hur man ansluter.""",
[],
"Talks about a Wi-Fi password without giving it."))

a(C("health_scale", "sv", "allow",
"""Hur används Ramsay-skalan för att bedöma sederingsdjup på IVA, och vad är skillnaden mot RASS?""",
[],
"'Ramsay' (part of customer 'Ramsay Design Studio') as the name of a clinical scale."))

a(C("conference", "sv", "allow",
"""Konferensen om AI i offentlig sektor hålls på Lindholmen Science Park i Göteborg den 14 maj. Skriv en inbjudan till kommunens IT-strateger.""",
[],
"Place name Lindholmen (customer is 'Lindholmens Tandvård HB')."))

a(C("eu_law", "en", "allow",
"""Summarise the obligations for public-sector deployers of high-risk AI systems under the EU AI Act (Regulation (EU) 2024/1689), especially Article 26 and the fundamental rights impact assessment in Article 27.""",
[],
"English legal question with regulation and article numbers."))

a(C("nis2", "en", "allow",
"""Does NIS2 apply to a Swedish municipality's water utility, and what incident-reporting deadlines (24 h / 72 h / 1 month) would it have to follow?""",
[],
"English question on NIS2 with numbers."))

a(C("data_analysis", "en", "allow",
"""In pandas, how do I group a DataFrame by 'kommun' and compute the median of 'waiting_days', then plot it as a horizontal bar chart sorted descending?""",
[],
"Pure programming question."))

a(C("email_template", "en", "allow",
"""Write a friendly reminder email template: "Dear [Name], your library loan is due on [date]. You can renew it online at https://bibliotek.example.com/renew or in the app." Keep the placeholders.""",
[],
"Placeholders and an example.com URL."))

a(C("meeting_agenda", "sv", "allow",
"""Dagordning ledningsgruppen 2025-03-04
1. Föregående protokoll
2. Ekonomisk uppföljning februari
3. Införande av Copilot – pilot i två förvaltningar
4. Arbetsmiljö: resultat av medarbetarenkäten
5. Övrigt
Gör om till en kallelse i Outlook-format.""",
[],
"Agenda without names, figures or markings."))

a(C("translation", "sv", "allow",
"""Översätt till engelska: "Kommunens växel är öppen vardagar 8–16. Vid akuta ärenden utanför kontorstid, kontakta socialjouren via 112." """,
[],
"Mentions a switchboard and 112, no actual switchboard number."))

a(C("public_statistics", "sv", "allow",
"""Under 2023 inkom 412 orosanmälningar till socialtjänsten i kommunen, varav 38 % ledde till utredning. Antalet beslut om ekonomiskt bistånd minskade med 6 %. Gör ett diagram och en kort kommentar till årsredovisningen.""",
[],
"Aggregated statistics on sensitive services; no individual."))

a(C("security_general", "sv", "allow",
"""Vad är skillnaden mellan en API-nyckel, en OAuth-token och ett lösenord? Förklara varför ingen av dem ska klistras in i en AI-tjänst.""",
[],
"Talks about credentials in general."))

a(C("published_policy", "en", "allow",
"""Please tighten the wording of our public guideline (about 3 KB):

Guideline on the use of generative AI tools – Norrsjö Municipality (public version)

Purpose. This guideline explains how employees may use generative AI tools such as ChatGPT, Microsoft Copilot, Google Gemini, Claude and Perplexity in their work. It applies to all departments and to consultants who work on behalf of the municipality.

Only open information. The core rule is simple: only open information – information that is already public, or that would cause no harm if it became public – may be entered into an AI service that the municipality does not control. This includes prompts, uploaded files, screenshots and pasted spreadsheets.

What is not open information. Examples include personal identity numbers (personnummer) and coordination numbers (samordningsnummer); names, addresses, telephone numbers and e-mail addresses of residents, clients, pupils, patients or colleagues; information covered by secrecy under the Public Access to Information and Secrecy Act (2009:400), for example in social services, schools, health care and procurement; information classified under the Protective Security Act (2018:585); customer and supplier data that is not public; internal financial material and draft decisions; and passwords, API keys, certificates and other credentials.

Special categories. Information about health, ethnic origin, religious or philosophical beliefs, political opinions, trade-union membership, sex life or sexual orientation, and criminal offences must never be entered, even if you believe the person cannot be identified.

Approved services. The IT department maintains a list of approved services, services under review and forbidden services. Services under review may be used only with open information until a risk assessment, data protection impact assessment and data processing agreement are in place. Forbidden services must not be used at all.

Decisions. An AI service must never take a decision in the exercise of public authority. A case officer may use AI for language support but is fully responsible for the content of every decision.

Transparency. Material that has been produced mainly with AI must be marked as such when it is published or sent to a resident.

Incidents. If information that is not open has been entered by mistake, stop, inform your manager and the IT service desk, delete the conversation if the service allows it, and document the incident.

Follow-up. The municipality follows up the use of AI services at an aggregate level – which services are used, how often, and how often the rule of open information is hit – in order to improve training and tools. Individual employees are not ranked.""",
[],
"Long (~2.9 KB) English public guideline mentioning every protected category by name, containing none."))

a(C("customer_service_general", "sv", "allow",
"""Skriv ett standardsvar till kunder som undrar varför vi inte kan ta emot beställningar per telefon längre. Tonen ska vara vänlig och vi hänvisar till webbshoppen och chatten.""",
[],
"Customer-service template without any customer."))

a(C("statistics", "en", "allow",
"""Between 2019 and 2024 the share of Swedish municipalities with a written AI policy grew from 3 % to 61 %. Plot the trend and suggest a headline for a newsletter.""",
[],
"English statistics, percentages and years."))
