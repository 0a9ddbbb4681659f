"""Protected: procurement, board minutes, complaints, insurance, debt collection, invoices, cards."""
def C(genre, note, text, lang="sv", expect=None):
    return dict(genre=genre, note=note, text=text, lang=lang, expect=expect)

CASES = [
C("upphandling_anbud_affarshemlighet", "tender price annex with the supplier's business-secret claim referencing OSL; no personal data",
"""
Bilaga 4 – Prisbilaga, anbud i upphandling "Städtjänster skolor 2025" (dnr KS 2024/1187)
⟦SEC:Anbudsgivaren begär sekretess för hela bilagan – uppgifterna utgör affärshemlighet (31 kap. 16 § OSL)⟧

Pos  Tjänst                               Pris/kvm/år   Kalkylerat påslag
1    Daglig lokalvård klassrum            142 kr        11,5 %
2    Storstädning sommar                  38 kr          8,0 %
3    Fönsterputs 2 ggr/år                 21 kr         14,2 %
Rabatt vid 5-årigt avtal: 6 %

Hur står sig det här mot marknadspriser i Mellansverige? Kommentera påslagen.
""", expect="block"),

C("upphandling_utvardering", "evaluation matrix before award with absolute procurement secrecy stated in the header",
"""
UTVÄRDERING – ⟦SEC:Absolut sekretess gäller enligt 19 kap. 3 § 2 st OSL till dess tilldelningsbeslut fattats⟧
Upphandling: Verksamhetssystem för elevhälsan

Anbudsgivare       Pris (40%)   Kvalitet (60%)   Totalt
Anbudsgivare A      8,2          7,1              7,54
Anbudsgivare B      9,5          5,9              7,34
Anbudsgivare C      6,8          8,8              8,00

Skriv motiveringen till tilldelningsbeslutet.
""", expect="block"),

C("styrelseprotokoll_ab", "board minutes of a listed company with insider marking and an acquisition target",
"""
⟦SEC:STRIKT KONFIDENTIELLT – INSIDERINFORMATION⟧
Protokoll fört vid extra styrelsemöte i Norrsken Data AB (publ), 2025-03-20, per telefon
Närvarande: ⟦NAME:Karin Tallberg⟧ (ordf.), ⟦NAME:Fredrik Ahl⟧, ⟦NAME:Malin Ek-Johansson⟧, VD ⟦NAME:Peter Ringdahl⟧

§ 3 Förvärv. Styrelsen beslutade att lägga ett bud om 41 kr per aktie på samtliga aktier i Brinova Analys AB,
motsvarande en premie om 38 %. Offentliggörande planeras 2025-04-02 kl. 07:30.

Gör en kort sammanfattning av beslutet som kan användas i pressmeddelandet.
""", expect="block"),

C("brf_protokoll", "housing cooperative minutes with members' names and payment arrears (not art. 9)",
"""
Protokoll styrelsemöte Brf Lärkträdet 2025-02-12
§ 6 Avgiftsskulder: Lgh 1104 (⟦NAME:Anders⟧ och ⟦NAME:Pia Ljung⟧) är tre månader efter med avgiften, totalt 14 862 kr.
Påminnelse skickad 2025-01-15 utan svar. Beslut: ärendet lämnas till inkasso om inte betalning inkommer senast 2025-02-28.
§ 7 Andrahandsuthyrning lgh 1201 (⟦NAME:Yusuf Demir⟧) beviljas 2025-03-01–2026-02-28.

Skriv ett brev till ⟦NAME:Ljungs⟧ som informerar om beslutet i § 6, sakligt men vänligt.
""", expect="redact"),

C("kundreklamation_kort", "customer complaint e-mail in which the customer typed the full card number; order number is not personal",
"""
Kan du skriva ett svar på den här reklamationen? Vi har skickat ny vara men vill ha tillbaka den trasiga först.

> Hej! Jag beställde en Weber Spirit E-325 (order 700214-55) och locket var sprucket vid leverans.
> Jag betalade med mitt kort ⟦CARD:⟪ln:4571 9340 2211 658⟫⟧ och vill ha pengarna tillbaka direkt!!
> Ni når mig på ⟦TEL:072-174 06 90⟧ efter 17.
> /⟦NAME:Görel Nyman⟧, ⟦ADR:Ringvägen 3, 263 35 Höganäs⟧
""", expect="redact"),

C("forsakring_personskada", "insurance personal-injury claim with pnr written '19xx xx xx - xxxx' and injuries",
"""
Skadeanmälan – personskada (trafik)
Försäkringstagare/skadelidande: ⟦NAME:Cecilia Lundh⟧
Personnummer: ⟦PNR:⟪pn:1982 11 09 - 364⟫⟧
Skadedatum: 2024-12-03, påkörd bakifrån vid rödljus, E4 Jönköping
Skador: ⟦SEN:whiplashskada, diskbråck C5-C6 enligt MR⟧, sjukskriven 50 % sedan 2025-01-07.

Sammanfatta ärendet för skadereglerare och lista vilka läkarjournaler vi bör begära in.
""", expect="block"),

C("forsakring_inbrott", "home-insurance burglary claim with pnr, address and stolen items (no sensitive data)",
"""
Skadeanmälan hemförsäkring – inbrott
Försäkringstagare: ⟦NAME:Oscar Lindvall⟧, ⟦PNR:⟪pn:930127-811⟫⟧
Adress: ⟦ADR:Möllevångsgatan 28 B, 214 20 Malmö⟧
Anmält till polisen 2025-03-09.
Stulet: MacBook Pro 14" (köpt 2023, 27 990 kr), cykel Crescent (8 500 kr), smycken efter mormor (värde okänt)

Hjälp mig räkna ut ersättning enligt åldersavdragstabell: elektronik 20 %/år efter första året.
""", expect="redact"),

C("inkasso_krav", "debt collection letter: debtor pnr, creditor bankgiro and OCR reference",
"""
Korrekturläs och gör tonen mer neutral:

INKASSOKRAV
Gäldenär: ⟦NAME:Robin Ekdahl⟧, ⟦PNR:⟪pn:010315-379⟫⟧
Borgenär: Sportkompaniet i Norr AB
Kapitalbelopp 2 495 kr, påminnelseavgift 60 kr, inkassoavgift 180 kr, ränta 8 % + referensränta.
Betala senast 2025-04-15 till bankgiro ⟦BG:⟪ln:5402-913⟫⟧, OCR 7800123455.
Om betalning uteblir kan ärendet komma att lämnas till Kronofogden för betalningsföreläggande.
""", expect="redact"),

C("leverantorsfaktura_iban", "supplier invoice with IBAN, BIC and plusgiro of a company (company payment details are still redacted per POLICY)",
"""
Hjälp mig kontera den här fakturan (BAS-kontoplan):

FAKTURA 2025-0412
Från: Hälsinge Takplåt AB, org.nr ⟦ORG:⟪ln:559114-327⟫⟧
Avser: plåtarbeten tak förråd, Vallsta skola, 42 tim à 640 kr + material 18 300 kr
Betalning: plusgiro ⟦PG:⟪ln:48 33 21-⟫⟧ eller IBAN ⟦IBAN:⟪iban:60000000000612812345⟫⟧, BIC HANDSESS
Förfallodag 30 dagar netto.
""", expect="redact"),

C("kortdispyt_chatt", "contact-centre chat log: card number, expiry and CVC given by a caller",
"""
Chattlogg kundservice 2025-03-22
[11:02] Kund: hej jag har blivit dragen två gånger för samma biljett
[11:02] Agent ⟦NAME:Mira⟧: Hej! Jag hjälper dig. Vilket kort betalade du med?
[11:03] Kund: ⟦CARD:⟪ln:5213 7240 1188 902⟫⟧ giltigt till 09/27 cvc ⟦CRED:431⟧
[11:03] Kund: jag heter ⟦NAME:Per-Olof Dahl⟧
[11:05] Agent ⟦NAME:Mira⟧: Tack! Du ska aldrig behöva lämna CVC till oss.

Skriv en intern instruktion till agenterna om vad de ska göra när kunder skriver kortuppgifter i chatten.
""", expect="redact"),

C("bokslut_insider", "draft quarterly report with 'not to be distributed before publication'; financial figures",
"""
Delårsrapport jan–sep 2025 – UTKAST v3
⟦SEC:Får ej spridas före offentliggörande 2025-10-23 kl. 08.00⟧
Nettoomsättning 1 284 Mkr (1 199), rörelseresultat 97 Mkr (121). Rörelsemarginal 7,6 % (10,1).
Nedskrivning av goodwill i affärsområde Norge med 42 Mkr.

Skriv en VD-kommentar som förklarar den svagare marginalen på ett förtroendeingivande sätt.
""", expect="block"),

C("kreditupplysning", "credit report about a private person: pnr, payment remarks, enforcement debt",
"""
Kan du förklara den här kreditupplysningen enkelt, ska vi godkänna avbetalning?

UC Kreditupplysning – privatperson
⟦NAME:Ronja Salo⟧   ⟦PNR:⟪pn:19980402-664⟫⟧
Folkbokförd: ⟦ADR:Kaserngatan 12, 903 47 Umeå⟧
Inkomst taxerad 2024: 212 400 kr
Betalningsanmärkningar: 3 st (senaste 2025-01)
Skuldsaldo hos Kronofogden: 48 213 kr
""", expect="redact"),

C("forening_swish", "sports club member fee list with members' mobile numbers as Swish payers",
"""
medlemsavgifter 2025 – de här har swishat, kan du matcha mot medlemslistan och säga vilka som saknas?

⟦TEL:0701740611⟧  ⟦NAME:Ebba Lund⟧   400 kr
⟦TEL:46701740612⟧ ⟦NAME:Ebbas⟧ syster? 400 kr
⟦TEL:073-1740613⟧ ⟦NAME:J Mäkinen⟧    800 kr (familj)
⟦TEL:0701 740 614⟧ ⟦NAME:Hassan Nur⟧  400 kr
""", expect="redact"),

C("hyresgastlista", "landlord export of tenants with pnr (12 digits, no separator), apartment numbers and arrears",
"""
=SUMMA.OM fungerar inte, kan du skriva en formel som summerar restskuld per trapphus?

Trapphus	Lgh	Hyresgäst	Personnummer	Hyra	Restskuld
A	1001	⟦NAME:Pontus Hjalmarsson⟧	⟦PNR:⟪pn:19711203451⟫⟧	7 842	0
A	1102	⟦NAME:Marwa Khalil⟧	⟦PNR:⟪pn:19890614278⟫⟧	8 310	8 310
B	1201	⟦NAME:Tiina Rantanen⟧	⟦PNR:⟪pn:19560820143⟫⟧	6 995	1 200
""", expect="redact"),

C("sakerhetsskydd_leverantor", "supplier security agreement annex with a säkerhetsskydd classification and site details",
"""
Bilaga 2 till säkerhetsskyddsavtal nivå 2
Säkerhetsskyddsklass: ⟦SEC:BEGRÄNSAT HEMLIG⟧
Leveransen avser service av reservkraftaggregat vid anläggningarna Kallvik och Storsand.
Servicepersonal ska vara säkerhetsprövad och registerkontrollerad innan tillträde. Nycklar kvitteras i vaktstugan.

Gör en checklista för våra tekniker inför första besöket.
""", expect="block"),

C("prisforhandling_foretagshemlighet", "sales e-mail with a trade-secret label and customer-specific margins",
"""
Ämne: SV: Prisjustering 2025
⟦SEC:Företagshemlighet – endast för ledningsgruppen⟧

Vi föreslår +4,5 % generellt men behåller 2024 års priser för de tre största kedjekunderna eftersom vår bruttomarginal
där redan ligger på 31 % mot 22 % i snitt. Sista budgivning mot Dagab sker vecka 18.

Kan du göra om det här till tre talking points till styrelsemötet?
""", expect="block"),

C("autogiro_medgivande", "direct debit mandate with pnr (short with dash), clearing and account number",
"""
Kolla att fälten är kompletta innan vi skickar till Bankgirot:

Medgivande till betalning via Autogiro
Betalare: ⟦NAME:Ingela Wahlström⟧, personnr ⟦PNR:⟪pn:640224-560⟫⟧
Clearingnr: 5357   Kontonr: ⟦KONTO:10 123 45⟧
Betalningsmottagare: Gästrike Vatten AB, bankgiro ⟦BG:⟪ln:5912-447⟫⟧
""", expect="redact"),

C("crm_export_json", "CRM export of private customers as JSON array; e-mails and phone numbers, no sensitive data",
"""
Convert this to CSV with columns name, email, phone, city please:

[
  {"name": "⟦NAME:Jenny Carlsson⟧", "email": "⟦MAIL:jenny.c@outlook.com⟧", "phone": "⟦TEL:+46 70 174 06 41⟧", "city": "Borlänge"},
  {"name": "⟦NAME:Bo Widell⟧", "email": "⟦MAIL:bo.widell@bredband2.com⟧", "phone": "⟦TEL:0243-22 10 47⟧", "city": "Borlänge"},
  {"name": "⟦NAME:Agnes Qvist⟧", "email": "⟦MAIL:agnesqvist@gmail.com⟧", "phone": null, "city": "Säter"}
]
""", lang="en", expect="redact"),
]
