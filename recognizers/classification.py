"""SECRECY_MARKER and INTERNAL_MARKER: markings ON the content, not mentions of secrecy.

Published AI policies talk about secrecy all the time ("sekretessbelagd information får
inte användas", "uppgifter som omfattas av sekretess enligt 26 kap. 1 § OSL") and must
pass. A marking differs in position and form, which is what these rules look at:

- a stamp: a classification word in capitals on a line of its own, at the start of a line
  before a reference, a date, a registration number or another column, in a header's or
  footer's column after a gap, or in brackets ("HEMLIG", "[KONFIDENTIELLT]", "SEKRETESS  Dnr
  2026/88", "Sida 2 (9)      HEMLIG      Dnr FM2026-331");
- a word with a chapter-and-section reference attached, as a heading rather than a sentence
  ("Sekretess enligt 26 kap. 1 § OSL", "SEKRETESS OSL 26:1", "HEMLIG enligt
  säkerhetsskyddslagen (2018:585)");
- a label with a non-open value ("Informationsklass: 3", "Klassificering: Konfidentiell");
- a short stamp line ("Konfidentiellt – får ej spridas", "Endast för internt bruk",
  "Internt dokument – får ej delas utanför förvaltningen"), also as a subject line's prefix
  ("Ämne: Konfidentiellt: löner");
- a short reference as a table cell ("2025/0141<TAB>OSL 26:1"): the column marks the row;
- the document saying so about itself ("Denna handling är sekretessbelagd", "Detta är ett
  internt arbetsmaterial");
- an embargo until a date and time ("EMBARGO: 2027-02-10 kl. 08.00"), not a trade embargo;
- a person's protected identity as a fact of the case ("OBS! Skyddade personuppgifter",
  "Hon har skyddad identitet"), not the concept ("personer med skyddad identitet").
"""

from __future__ import annotations

import bisect
from typing import Callable, NamedTuple

import regex

from recognizers.base import Keywords, SwedishRecognizer, TextViews, line_around

_UPPER_SECRET = (
    r"KVALIFICERAT\s+HEMLIG|BEGRÄNSAT\s+HEMLIG|HEMLIGT?|KONFIDENTIELLT?|SEKRETESS(?:BELAGD|BELAGT|MARKERAD|MARKERAT|SKYDDAD|SKYDDAT)?"
    r"|STRICTLY\s+CONFIDENTIAL|CONFIDENTIAL|TOP\s+SECRET|SECRET|RESTRICTED|CLASSIFIED|EJ\s+OFFENTLIG(?:\s+HANDLING)?"
    r"|COMMERCIAL(?:\s+IN)?\s+CONFIDENCE|IN\s+CONFIDENCE|AFFÄRSHEMLIG(?:HET|T)?|FÖRETAGSHEMLIG(?:HET|T)?|(?:PROPRIETARY|PRIVILEGED)(?:\s+(?:AND|&)\s+CONFIDENTIAL)?"
    r"|(?:STRIKT|STRÄNGT)\s+KONFIDENTIELLT?|INSIDERINFORMATION|TLP:(?:RED|AMBER(?:\+STRICT)?)"  # the Traffic Light Protocol
)
_UPPER_INTERNAL = r"INTERNT|INTERN|INTERNAL(?:\s+(?:USE\s+)?ONLY)?|FOR\s+INTERNAL\s+USE(?:\s+ONLY)?|ENDAST\s+FÖR\s+INTERNT\s+BRUK|(?:ENDAST\s+)?FÖR\s+TJÄNSTEBRUK"

# A chapter-and-section reference to the secrecy or security-protection acts.
_NUMBERED_REFERENCE = (
    r"(?:\d+[ \t]*:[ \t]*\d+[ \t]*[a-z]?[ \t]*(?:§[ \t]*)?(?:OSL|offentlighets-[ \t]*och[ \t]*sekretesslagen|sekretesslagen)\b"  # "26:1 OSL"
    r"|\d+[ \t]*kap\.?[ \t]*\d+[ \t]*[a-z]?[ \t]*§(?:[ \t]*\d+[ \t]*st\.?)?(?:[ \t]*(?:OSL|offentlighets-[ \t]*och[ \t]*sekretesslagen|sekretesslagen)(?:[ \t]*\(2009:400\))?)?"
    r"|OSL[ \t]*\d+[ \t]*(?::|kap\.?[ \t]*)[ \t]*\d+(?:[ \t]*§)?)"
)
_CHAPTER_AND_SECTION = regex.compile(_NUMBERED_REFERENCE)
# In brackets only a chapter and section: "Sekretess (OSL 26:1)" marks, "Sekretess (OSL)" heads a table's column.
_REFERENCE = (
    r"(?:\([ \t]*" + _NUMBERED_REFERENCE + r"|(?:enligt|enl\.?|jfr\.?|jämför|,|-|:)?[ \t]*(?:" + _NUMBERED_REFERENCE
    + r"|OSL\b|(?:offentlighets-[ \t]*och[ \t]*)?sekretesslagen(?:[ \t]*\(2009:400\))?|säkerhetsskyddslagen(?:[ \t]*\(2018:585\))?|SFS[ \t]*(?:2009:400|2018:585)))"
)
_RELEASE_RESTRICTION = regex.compile(r"(?i)[-–:][ \t]*får[ \t]+(?:ej|inte|endast)[ \t]+(?:lämnas[ \t]+ut|spridas|delas|vidarebefordras)")
# Words that turn a line into a sentence about secrecy rather than a heading.
_SENTENCE_WORDS = regex.compile(
    r"(?i)\b(?:gäller|får|ska|skall|innebär|omfattar|omfattas|kan|måste|bör|är|regleras|finns|används|betyder|avser|enligt vilken|som|när|om|för att|if|is|must|may|applies|means)\b"
)

_LINE_PREFIX = r"^[ \t]*[\[\(\*#_>|\"'`~=/;!<-]*[ \t]*"  # also comment markers: // # -- ; <!--
# An e-mail's subject line ("Ämne: SV: HEMLIG – …") or a page's header, footer or marking field.
_SUBJECT = r"(?:(?i:ämne|ärende|subject|rubrik|re|sv|vb|fwd?|sidhuvud|sidfot|märkning|etikett|label|header|footer)[ \t]*:[ \t]*)*"
_LINE_SUFFIX_END = r"[ \t]*[\]\)\*_|\"'`~=.!]*[ \t]*$"

# After a stamp word in capitals, another capitalised word must be a document noun: "HEMLIG
# HANDLING" is a stamp, "HEMLIG INGREDIENS" a recipe's heading.
_STAMP_LINE_START = regex.compile(
    _LINE_PREFIX + _SUBJECT + rf"(?P<marker>(?P<word>{_UPPER_SECRET}|{_UPPER_INTERNAL}))\b"
    r"(?=" + _LINE_SUFFIX_END + r"|[ \t]*[-–—:/|][ \t]*\S|[ \t]{2,}\S|\t|[ \t]+(?:enligt|enl\.|jfr|OSL|\d+[ \t]*kap|säkerhetsskydd|SFS|Dnr|Diarienr|Dnr\.|\d{4}-\d\d-\d\d|\(|"
    r"[A-ZÅÄÖ]*(?:HANDLING(?:AR)?|DOKUMENT|PM|PROMEMORIA|MEMO|UTKAST|RAPPORT|PROTOKOLL|UPPGIFTER|BILAGA|ÄRENDE|AKT|UTREDNING|"
    r"INFORMATION|MATERIAL|UNDERLAG|DOCUMENT|REPORT|DRAFT|SÄKERHETSSKYDD\w*|SEKRETESS\w*|OSL)\b(?![ \t]+[A-ZÅÄÖ]{2,}[ \t]+[A-ZÅÄÖ])))"
    r"(?P<rest>[^\n]*)",
    regex.MULTILINE,
)
# A stamp at a line's end after a wide gap (a header's or footer's column), a bar or a dash; after
# a gap or a bar also between columns: "Sida 2 (9)      HEMLIG      Dnr FM2026-331",
# "Bilaga 3      KONFIDENTIELLT – affärshemlighet"; after a label's colon too ("Sidfot på varje sida: INTERNT – …").
_COLUMN_GAP = r"(?:[ \t]{2,}|\t|[|])"
_STAMP_IN_COLUMN = regex.compile(
    rf"(?:{_COLUMN_GAP}|:[ \t])[ \t]*(?P<marker>(?P<word>{_UPPER_SECRET}|{_UPPER_INTERNAL}))(?=[ \t]{{2,}}\S|[ \t]*[\t|]|[ \t]+[-–—:/][ \t]*\S)"
    rf"|(?:{_COLUMN_GAP}|[ \t][-–][ \t])[ \t]*(?P<marker>(?P<word>{_UPPER_SECRET}|{_UPPER_INTERNAL})){_LINE_SUFFIX_END}",
    regex.MULTILINE,
)
_OPENING_BRACKETS = ("[", "(", "**", "__", "<<", "«")
_STAMP_BRACKETED = regex.compile(
    rf"(?:{'|'.join(map(regex.escape, _OPENING_BRACKETS))})[ \t]*(?P<marker>(?P<word>{_UPPER_SECRET}|{_UPPER_INTERNAL}|Konfidentiellt|Konfidentiell|Sekretessbelagd|Sekretessbelagt|Hemligt?|Internt|Confidential|Internal|konfidentiellt|sekretessbelagt|sekretessbelagd|hemligt|internt|confidential))[ \t]*(?:\]|\)|\*\*|__|>>|»)"
)
# At a line start, or after a heading separator: "Utredning – SEKRETESS enligt 26 kap. 1 § OSL".
_HEADING_MARKS = "-|/"  # the separators, in a character class: "-" stays first
_HEADING_WITH_REFERENCE = regex.compile(
    # at a line's start, after a heading's separator or a wide gap (a header's right column), in brackets: "§ 42 (sekr. OSL 39:1)"
    r"(?:" + _LINE_PREFIX + rf"|[ \t][{_HEADING_MARKS}][ \t]*|[ ]{{2,}}|\t|\()(?P<marker>(?i:(?:absolut|sträng)[ \t]+|begäran[ \t]+om[ \t]+)?(?P<word>(?i:sekretess(?:belag[dt]|markerad|markerat)?|hemlig[t]?|konfidentiell[t]?|sekr\.))"
    r"(?:[ \t]+(?i:uppgift(?:er)?|handling(?:ar)?|information|dokument|material|begärs|gäller))?[ \t]*" + _REFERENCE + r")(?P<rest>[^\n]*)$",
    regex.MULTILINE,
)
_LABEL = regex.compile(
    r"(?:" + _LINE_PREFIX + r"|[|\t][ \t]*|[ ]{2,}|[.!?][ \t]+)"  # at a line's start, as a field of a header or footer line, after a sentence
    + r"(?P<marker>(?P<label>(?i:sekretess|sekretessklass(?:ning)?|sekretessmarkering|informationsklass(?:ning)?|informationsklassificering|klassificering|klassning|skyddsklass|skyddsnivå|säkerhetsskyddsklass(?:ificering)?|säkerhetsklass(?:ning)?|classification|sensitivity|sensitivity label|dokumentklass(?:ning)?|konfidentialitet(?:snivå|sklass(?:ning)?)?|informationssäkerhetsklass(?:ning)?|skyddsvärde|sekretessnivå|sekretessgrad|sekretessbelag[dt]|säkerhetsskyddsklassificera[dt]|dokumentstatus))[ \t]*[:=][ \t]*(?P<value>[^\n|\t]{1,60}))",
    regex.MULTILINE,
)
_OPEN_VALUE = regex.compile(r"(?i)^[\s\"'*]*(?:0\b|k0\b|klass 0|öppen|öppet|publik|offentlig|public|open|ej sekretess|ingen sekretess|nej\b|ingen\b|none\b|n/a|-$|ej klassad|oklassificerad|unclassified)")
_INTERNAL_VALUE = regex.compile(r"(?i)^[\s\"'*]*(?:intern|internal|internt|1\b|k1\b|klass 1|(?:endast |enbart )?för (?:internt bruk|intern användning|tjänstebruk))")
_SECRET_VALUE = regex.compile(
    r"(?i)^[\s\"'*]*(?:ja\b|yes\b|sekretess|hemlig|konfidentiell|begränsat|kvalificerat|skyddad|känslig|[23]\b|k[23]\b|klass [23]|restricted|confidential|secret|highly|strictly|hög|high|medel|medium|skydds|säkerhetsskydd|osl\b|\d+[ \t]*kap)"
)
_CLASS_NAMED = regex.compile(r"(?i)^[\s\"'*]*(?:informations|säkerhets|sekretess|skydds)?klass(?:ning)?(?=[ \t]+\w)")
# A class named without a colon: "Informationsklass K2", "Klassning BEGRÄNSAT HEMLIG" (a heading, not a
# sentence), at a line's start or in a header's column ("Sida 2 (4)     Säkerhetsklass 2 – Begränsad").
_CLASS_WORD = r"(?:(?:informations|säkerhets|sekretess)klass(?:ning)?|säkerhetsskyddsklass(?:ificering)?|skyddsklass|klassning|klassificering)[ \t]+"
_CLASS_LINE = regex.compile(
    rf"(?:{_LINE_PREFIX}|{_COLUMN_GAP}[ \t]*)(?P<marker>{_CLASS_WORD}(?P<value>K?[1-3]\b|(?-i:{_UPPER_SECRET}|{_UPPER_INTERNAL})\b))(?P<rest>[ \t]*[-–—:|][^\n]{{0,60}}|[^\n]{{0,40}})$",  # a title may follow a dash
    regex.MULTILINE | regex.IGNORECASE,
)
# The classes of a scheme as a policy lists them, one per line: "Informationsklass 0: Öppen", "Informationsklass 1: …".
_CLASS_NUMBER = regex.compile(_LINE_PREFIX + _CLASS_WORD + r"K?([0-3])\b", regex.MULTILINE | regex.IGNORECASE)
_TITLE_MARKS = "-–|"  # as _HEADING_MARKS
# What a marking word may name: "Internt PM", "Konfidentiell information", "Internt dokument".
_DOCUMENT_NOUN = r"(?i:dokument|material|arbetsmaterial|underlag|pm|promemoria|memo|utkast|handling|information|rapport|mejl|e-post)"
_TITLE_STAMP = regex.compile(
    # a stamp line, a subject line ("Ämne: Konfidentiellt: löner"), or the end of a heading: "KONSULTAVTAL – Konfidentiellt"
    r"(?:" + _LINE_PREFIX + _SUBJECT + rf"|[ \t][{_TITLE_MARKS}][ \t]*)"
    + r"(?P<marker>(?P<word>Konfidentiellt?|Sekretessbelag[dt]|Sekretessmarkera[dt]|Hemligt?"
    r"|(?:Strictly|Highly|Company|Business|Commercially)[ \t]+[Cc]onfidential|Confidential|Commercial(?: in)? confidence|(?:Proprietary|Privileged) (?:and|&) [Cc]onfidential"
    r"|Internt|Internal(?: use)? only|(?:[Ee]ndast |[Ee]nbart )?[Ff]ör tjänstebruk"
    r"|(?:Affärs|Företags)hemlighet(?:er)?|(?:Affärs|Företags)hemligt|Innehåller (?:affärs|företags)hemligheter|(?:Strikt|Strängt) konfidentiellt?"
    # "Intern" alone is also a person (an inmate); as a marking it names the document
    rf"|Intern(?=[ \t]+{_DOCUMENT_NOUN}\b)|(?:Endast |Enbart )?[Ff]ör intern(?:t bruk| användning)|Ej offentlig(?: handling)?)"
    rf"(?:[ \t]+{_DOCUMENT_NOUN}\b)?(?:[ \t]*[-–:,·|/][ \t]*[^\n]{{0,50}})?)" + _LINE_SUFFIX_END,  # "Konfidentiellt / Confidential"
    regex.MULTILINE,
)
_DO_NOT_SPREAD = regex.compile(
    _LINE_PREFIX
    # "Internt dokument – får ej delas utanför förvaltningen": the word may name the document
    + r"(?P<marker>(?:(?:(?P<word>Konfidentiellt?|KONFIDENTIELLT?|Internt?|INTERNT?|Sekretess|SEKRETESS)(?:[ \t]+" + _DOCUMENT_NOUN + r")?"
    r"|\p{Lu}{3,}(?:[ \t]+\p{Lu}{2,}){0,2})[ \t]*[-–—:,][ \t]*)?"  # or any heading in capitals: "OPUBLICERAT MATERIAL – FÅR EJ SPRIDAS"
    r"(?i:får (?:ej|inte) (?:spridas|lämnas ut|vidarebefordras|delas)(?: vidare| externt)?|ej för (?:extern )?(?:spridning|publicering)|do not (?:distribute|forward|share)|not for (?:distribution|publication)))"
    r"[^\n]{0,60}$",
    regex.MULTILINE,
)
# A warning line over the text: "OBS! Sekretess", "Observera: innehåller sekretessbelagda uppgifter.",
# "OBS! SEKRETESSMARKERADE UPPGIFTER – lämna inte ut adressen"
_SECRECY_WARNING = regex.compile(
    _LINE_PREFIX + r"(?P<marker>(?:OBS|Observera|Notera|Viktigt)[!:.]*[ \t]*(?:innehåller[ \t]+)?sekretess(?:belag[dt]a?|markera[dt]e?)?"
    r"(?:[ \t]+(?:(?:person)?uppgifter|handling(?:ar)?|information))?)(?:[ \t.!]*$|[ \t]+[-–—][ \t]+\S)",  # or a dash and what to do
    regex.MULTILINE | regex.IGNORECASE,
)
# A party claims secrecy for what it hands in: "Anbudsgivaren begär sekretess för hela bilagan".
_SECRECY_CLAIM = regex.compile(
    r"^[ \t]*(?P<marker>(?:Anbudsgivaren|Leverantören|Bolaget|Företaget|Sökanden|Klaganden|Vi)[ \t]+(?:begär|yrkar[ \t]+på)[ \t]+sekretess)\b",
    regex.MULTILINE,
)
# A release held back to a date and time: "EMBARGO: 2027-02-10 kl. 08.00", "Under embargo till den
# 10 februari", "Får ej publiceras före 08.00". Not a trade embargo ("vapenembargot", "embargo mot").
_A_TIME = r"(?:den[ \t]+|kl\.?[ \t]*)?\d"
_EMBARGO = regex.compile(
    r"(?i)(?P<marker>(?<![\p{L}])embargot?(?=[ \t]*:[ \t]*" + _A_TIME + r"|[ \t]+(?:till|until|t\.o\.m\.|fram[ \t]+till)[ \t]+" + _A_TIME + r")"
    r"|(?:får[ \t]+(?:ej|inte)[ \t]+publiceras|not[ \t]+for[ \t]+publication)(?=[ \t]+(?:före|innan|before|until)[ \t]+" + _A_TIME + r"))"
)
# Held back until a decision, at a sentence's start: "Konfidentiellt fram till styrelsens beslut: …"
_UNTIL_WORDS = ("Konfidentiellt", "KONFIDENTIELLT", "Hemligt", "HEMLIGT")
_SECRET_UNTIL = regex.compile(
    rf"(?:^|(?<=[.!?][ \t]))(?P<marker>(?P<word>{'|'.join(_UNTIL_WORDS)}))(?=[ \t]+(?:fram[ \t]+till|tills|till[ \t]+och[ \t]+med)[ \t])",
    regex.MULTILINE,
)
# A short reference alone in a table cell or on its own line marks that row: "2025/0141<TAB>OSL 26:1".
# A table that starts its line with the reference lists the law itself ("OSL 26:1<TAB>Socialtjänst").
_SHORT_REFERENCE = r"(?:OSL[ \t]*\d+[ \t]*:[ \t]*\d+[a-z]?(?:[ \t]*§)?|\d+[ \t]*:[ \t]*\d+[a-z]?[ \t]*OSL|\d+[ \t]*kap\.?[ \t]*\d+[ \t]*[a-z]?[ \t]*§[ \t]*OSL)"
_REFERENCE_CELL = regex.compile(
    rf"(?<=[\t|;,][ \t]*)(?P<marker>{_SHORT_REFERENCE})(?=[ \t]*(?:[\t|;,]|$))|^[ \t]*(?P<marker>{_SHORT_REFERENCE})[ \t]*$",
    regex.MULTILINE,
)
# A person's protected identity stated as a fact of the case, not discussed as a concept.
_PROTECTED_IDENTITY_TERMS = r"skyddad(?:e)?[ \t]+identitet|skyddade[ \t]+personuppgifter|sekretessmarkering(?:[ \t]+i[ \t]+folkbokföringen)?|kvarskrivning|fingerade[ \t]+personuppgifter"
_PROTECTED_IDENTITY = regex.compile(
    rf"(?P<marker>(?:^[ \t]*|(?<=[.!?][ \t]))(?:OBS|Observera|Viktigt|VIKTIGT|Notera)[!:.]*[ \t]*(?:{_PROTECTED_IDENTITY_TERMS})"
    rf"|(?<![\p{{L}}])(?<!\b(?:om|if|när|ifall)[ \t]+)(?:han|hon|hen|klienten|personen|barnet|barnen|familjen|modern|mamman|fadern|pappan|eleven|patienten|sökanden|sökande|den sökande|brukaren|de"
    r"|medlemmen|hyresgästen|kunden|medarbetaren|den anställde|(?:en[ \t]+(?:ny[ \t]+)?)?(?:medlem|hyresgäst|elev|boende)(?=[ \t]+i[ \t]+(?:lgh|lägenhet|klass)?[ \t]*\d))"
    # named, and where or how old: "Eleven Tilde i 5A har …", "Barnet Noel (7 år) har …", "en ny medlem i lgh 1204 har …";
    # not a condition of a routine ("Om hyresgästen har skyddade personuppgifter ska …")
    r"(?:[ \t]+(?-i:\p{Lu}[\p{Ll}-]+)){0,2}(?:[ \t]+i[ \t]+(?:lgh[ \t]+|lägenhet[ \t]+|klass[ \t]+)?\w+|[ \t]*\([^()\n]{1,20}\))?"
    rf"[ \t]+(?:har|har fått|omfattas av|lever med)[ \t]+(?:{_PROTECTED_IDENTITY_TERMS})"
    rf"|^[ \t]*(?:Skyddad identitet|Sekretessmarkering|Skyddade personuppgifter)[ \t]*:[ \t]*(?:ja|yes|finns)"
    # a stamp over the text: "SKYDDAD IDENTITET – …"
    r"|^[ \t]*(?-i:SKYDDAD[ \t]+IDENTITET|SKYDDADE[ \t]+PERSONUPPGIFTER|SEKRETESSMARKERING)(?=[ \t]*(?:[-–—:!]|$)))",
    regex.MULTILINE | regex.IGNORECASE,
)
# What a text says of itself: "… är sekretessbelagd", "… omfattas av sekretess", "… är klassat som internt".
_DECLARED_AS = (
    r"[ \t]+(?:är|innehåller|utgör|omfattas[ \t]+av|är[ \t]+belagd[ \t]+med|är[ \t]+belagt[ \t]+med|har|klassas[ \t]+som|är[ \t]+klassa[dt][ \t]+som)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?P<marker>(?P<word>sekretess\w*|hemlig\w*|konfidentiell\w*|säkerhetsskyddsklass\w*|intern\w*|skyddsklass\w*|affärshemlig\w*|företagshemlig\w*))"
)
_SELF_DECLARED = regex.compile(
    r"(?i)\b(?:denna|detta|dessa|den här|det här|de här|bifogade?|följande)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:handling(?:ar|en|arna)?|dokument(?:et)?|e-?post(?:meddelande)?(?:t)?|mejl(?:et)?|mail(?:et)?|meddelande(?:t)?|bilag(?:a|an|or)|utredning(?:en)?|rapport(?:en)?|promemoria(?:n)?|pm|protokoll(?:et)?|uppgifter(?:na)?|information(?:en)?|akt(?:en)?|journal(?:anteckning)?(?:en|ar)?|anteckning(?:en|ar|arna)?|ärende(?:t)?|fil(?:en)?)"
    + _DECLARED_AS
    + r"|\b(?:this|the attached|the following)[ \t]+(?:e-?mail|document|message|report|file|memo|information)[ \t]+(?:is|contains)[ \t]+(?:strictly[ \t]+|highly[ \t]+)?"
    r"(?P<marker>(?P<word>confidential|classified|secret|restricted|internal))\b"
    # "Detta är ett internt arbetsmaterial", "This is a confidential memo"; not "Om detta är ett internt dokument, …"
    + rf"|(?<!\b(?:om|if|när|whether|oavsett[ \t]+om)[ \t]+)\b(?:detta|det[ \t]+här|this)[ \t]+(?:är|is)[ \t]+(?:ett|en|an?)[ \t]+(?:[\w-]+[ \t]+)??"
    r"(?P<marker>(?P<word>internt?|konfidentiellt?|hemligt?|sekretessbelag[dt]|sekretessmarkera[dt]|internal|confidential|classified))"
    rf"[ \t]+(?:{_DOCUMENT_NOUN}|beslutsunderlag|meddelande|e-postmeddelande|ärende|protokoll|presentation|document|memo|message|report|draft)\b"
)
# A document named definite at the start of a sentence is this very one: "Handlingen omfattas av
# sekretess". Capitalised only: a wrapped line of a guide may begin "handlingen är ... om".
_THIS_DOCUMENT = ("Handlingen", "Handlingarna", "Dokumentet", "Mejlet", "Bilagan", "Promemorian", "Protokollet", "Rapporten", "Utredningen", "Materialet", "Akten")
_DEFINITE_DECLARED = regex.compile(
    rf"(?:^[ \t]*|(?<=[.!?][ \t]+))(?:{'|'.join(_THIS_DOCUMENT)})(?i:{_DECLARED_AS})", regex.MULTILINE
)


# Every rule needs one of these words on the line; other lines are never examined.
_KEYWORDS = Keywords([
    "sekret", "sekr.", "hemlig", "konfidentiell", "confidential", "secret", "restricted", "classified", "intern",
    "informationsklass", "klassific", "classification", "konfidentialitet", "klassning", "säkerhetsklass", "skyddsklass", "dokumentklass",
    "skyddsnivå", "säkerhetsskydd", "spridas", "spridning", "distribut", "publication", "publicering", "lämnas ut",
    "vidarebefordras", "sensitivity", "skyddad identitet", "skyddade personuppgifter", "kvarskrivning", "fingerade", "osl", "ej offentlig",
    "in confidence", "affärshemlig", "företagshemlig", "insiderinformation", "skyddsvärde", "tjänstebruk", "proprietary", "privileged",
    "dokumentstatus", "embargo", "publiceras", "tlp:",
])


class ClassificationRecognizer(SwedishRecognizer):
    ENTITIES = ["SECRECY_MARKER", "INTERNAL_MARKER"]

    def analyze(self, text, entities, nlp_artifacts=None):
        found: dict[tuple[int, int], tuple[str, float]] = {}
        for start, end, rules in _runs_to_examine(TextViews.of(text, nlp_artifacts)):
            self._analyze_lines(text, start, end, rules, found)
        return [self.result(entity, start, end, score) for (start, end), (entity, score) in sorted(found.items())]

    def _analyze_lines(self, text: str, pos: int, endpos: int, rules: list[_Rule], found: dict) -> None:
        """Apply ``rules``, those with a trigger word in text[pos:endpos] (a run of whole lines), to it.

        What is skipped holds no match: a run without a word every match holds, a position where
        no match can start (see _Rule).
        """
        chunk = text[pos:endpos]
        line_starts = _line_starts(text, pos, endpos)
        for rule in rules:
            # map(): no Python-level step per word, which adds up over runs and rules
            if rule.also_required and not any(map(chunk.__contains__, rule.also_required)):
                continue
            if rule.starts is None:
                matches = rule.pattern.finditer(text, pos, endpos)
            else:
                matches = _tried_at(rule.pattern, text, line_starts | _occurrences(rule.starts, text, pos, endpos), endpos)
            for match in matches:
                internal = rule.classify(match)
                if internal is not None:
                    found[match.span("marker")] = ("INTERNAL_MARKER" if internal else "SECRECY_MARKER", rule.score)


class _Rule(NamedTuple):
    pattern: regex.Pattern
    score: float
    triggers: tuple[str, ...]  # it applies to the runs holding one (lower-cased unless it minds case)
    case_sensitive: bool
    classify: Callable[[regex.Match], bool | None]  # internal marking?, or None to reject the match
    # Every match also holds one of these, as written: runs without one are skipped
    also_required: tuple[str, ...] = ()
    # Each alternative of the pattern begins with ^ or one of these strings, so a match starts at a
    # line start or where one of them does: the pattern is tried there alone (None: searched for)
    starts: tuple[str, ...] | None = None


def _line_starts(text: str, pos: int, endpos: int) -> set[int]:
    """Where the lines of text[pos:endpos], which starts a line, start."""
    return {pos} | {newline + 1 for newline in _occurrences(("\n",), text, pos, endpos)}


def _occurrences(strings: tuple[str, ...], text: str, pos: int, endpos: int) -> set[int]:
    """Where ``strings`` start in text[pos:endpos] (str.find() outruns a regex scan many times over)."""
    found = set()
    for string in strings:
        at = text.find(string, pos, endpos)
        while at >= 0:
            found.add(at)
            at = text.find(string, at + 1, endpos)
    return found


def _tried_at(pattern: regex.Pattern, text: str, starts: set[int], endpos: int) -> list[regex.Match]:
    """What pattern.finditer(text, pos, endpos) finds, given every position from pos on where a
    match can start: finditer tries one position after the other, going on after each match, and
    match() is that very try (it reads the text around the position too, up to endpos)."""
    matches: list[regex.Match] = []
    for start in sorted(starts):
        if not (matches and start < matches[-1].end()) and (match := pattern.match(text, start, endpos)):
            matches.append(match)
    return matches


def _after_blank(marks: str) -> tuple[str, ...]:
    """A blank and one of ``marks``: what ``[ \\t][marks]`` matches."""
    return tuple(blank + mark for blank in " \t" for mark in marks)


def _by_word(match: regex.Match) -> bool:
    word = (match.group("word") if "word" in match.re.groupindex and match.group("word") else match.group("marker")).lower()
    return word.startswith(("intern", "for internal", "endast för intern", "enbart för intern", "för intern", "endast för tjänstebruk", "enbart för tjänstebruk", "för tjänstebruk"))


def _stamp(match: regex.Match) -> bool | None:
    """A stamp, whatever title, reference or release restriction follows it; not the entry of a
    glossary ("HEMLIG – säkerhetsskyddsklass enligt säkerhetsskyddslagen, används av
    Försvarsmakten"): a long sentence about the word, without a chapter and section."""
    rest = match.group("rest")
    if len(rest) > 40 and _SENTENCE_WORDS.search(rest) and not (_RELEASE_RESTRICTION.match(rest.strip()) or _CHAPTER_AND_SECTION.search(rest)):
        return None
    return _by_word(match)


def _heading(match: regex.Match) -> bool | None:
    """A heading, or a stamp that goes on with how the text may be released ("– får endast lämnas
    ut efter menprövning"); not a sentence about the law."""
    rest = match.group("rest").strip()
    if _RELEASE_RESTRICTION.match(rest):
        return _by_word(match)
    return _by_word(match) if len(rest) <= 45 and not _SENTENCE_WORDS.search(rest) else None


def _class_line(match: regex.Match) -> bool | None:
    """A document's class; not a sentence about one, nor a line of a list of the classes."""
    if _SENTENCE_WORDS.search(match.group("rest")) or len({number.group(1) for number in _CLASS_NUMBER.finditer(match.string)}) > 1:
        return None
    value = match.group("value").lower()
    return value in ("1", "k1") or value.startswith(("intern", "for internal", "endast för intern"))


def _label(match: regex.Match) -> bool | None:
    value = _CLASS_NAMED.sub("", match.group("value"), count=1)  # "Klassificering: Säkerhetsklass 2"
    if _OPEN_VALUE.search(value):
        return None
    if _INTERNAL_VALUE.search(value):
        return True
    return False if _SECRET_VALUE.search(value) else None


_UPPER_TRIGGERS = (
    "HEMLIG", "KONFIDENTIELL", "SEKRETESS", "CONFIDENTIAL", "CONFIDENCE", "SECRET", "RESTRICTED", "CLASSIFIED", "INTERN", "ENDAST FÖR", "EJ OFFENTLIG",
    "PROPRIETARY", "PRIVILEGED", "TJÄNSTEBRUK", "FÖRETAGSHEMLIG", "AFFÄRSHEMLIG", "INSIDERINFORMATION", "TLP:",
)
_WORD_TRIGGERS = ("hemlig", "konfidentiell", "sekretess", "confidential", "secret", "restricted", "classified", "intern")
# The words of _TITLE_STAMP as written there: capitalised (the rule is case-sensitive).
_TITLE_TRIGGERS = (
    "Konfidentiell", "Sekretess", "Hemlig", "onfidential", "onfidence", "Intern", "ntern användning", "nternt bruk", "offentlig", "ffärshemlig",
    "tjänstebruk", "öretagshemlig", "onfidentiell",
)
_LABEL_TRIGGERS = (
    "sekretess", "informationsklass", "klassificering", "klassning", "skyddsklass", "skyddsnivå", "säkerhetsklass",
    "classification", "sensitivity", "dokumentklass", "konfidentialitet", "säkerhetsskydd", "dokumentstatus", "skyddsvärde",
)
_RULES = (
    _Rule(_STAMP_LINE_START, 0.95, _UPPER_TRIGGERS, True, _stamp, starts=()),
    _Rule(_STAMP_IN_COLUMN, 0.95, _UPPER_TRIGGERS, True, _by_word),
    _Rule(_STAMP_BRACKETED, 0.95, _WORD_TRIGGERS, False, _by_word, also_required=_OPENING_BRACKETS),
    _Rule(_HEADING_WITH_REFERENCE, 0.9, ("sekretess", "sekr.", "hemlig", "konfidentiell"), False, _heading,
          also_required=("kap", "OSL", "lagen", "SFS"), starts=(*_after_blank(_HEADING_MARKS), "  ", "\t", "(")),
    _Rule(_LABEL, 0.9, _LABEL_TRIGGERS, False, _label, also_required=(":", "="), starts=("|", "\t", "  ", ". ", "! ", "? ")),
    _Rule(_CLASS_LINE, 0.85, ("informationsklass", "säkerhetsklass", "sekretessklass", "skyddsklass", "klassning", "klassificering"), False,
          _class_line, starts=("  ", "\t", "|")),
    _Rule(_TITLE_STAMP, 0.85, _TITLE_TRIGGERS, True, _by_word, starts=_after_blank(_TITLE_MARKS)),
    _Rule(_DO_NOT_SPREAD, 0.85, ("får ej", "får inte", "ej för", "do not", "not for"), False,
          lambda m: bool(m.group("word")) and m.group("word").lower().startswith("intern"), starts=()),
    _Rule(_REFERENCE_CELL, 0.85, ("OSL",), True, lambda m: False),
    _Rule(_SECRECY_WARNING, 0.9, ("obs", "observera", "notera", "viktigt"), False, lambda m: False, starts=()),
    _Rule(_SECRECY_CLAIM, 0.9, ("begär sekretess", "yrkar på sekretess"), False, lambda m: False, starts=()),
    _Rule(_EMBARGO, 0.85, ("embargo", "publiceras", "not for"), False, lambda m: True),
    _Rule(_SECRET_UNTIL, 0.85, _UNTIL_WORDS, True, lambda m: False, starts=_UNTIL_WORDS),
    _Rule(_SELF_DECLARED, 0.85, ("denna", "detta", "dessa", "den här", "det här", "de här", "bifogad", "följande", "this", "the attached", "the following"), False, _by_word),
    _Rule(_DEFINITE_DECLARED, 0.85, _THIS_DOCUMENT, True, _by_word, starts=_THIS_DOCUMENT),
    _Rule(_PROTECTED_IDENTITY, 0.9, ("skyddad", "skyddade", "sekretessmarkering", "kvarskrivning", "fingerade"), False, lambda m: False),
)


def _lines_with_keywords(views: TextViews) -> list[tuple[int, int]]:
    """(start, end) of each line holding a keyword; adjacent lines merged."""
    text = views.text
    runs: list[tuple[int, int]] = []
    for kw_start, kw_end in _KEYWORDS.find(views):
        if runs and kw_start < runs[-1][1]:
            continue
        start, end = line_around(text, kw_start, kw_end)
        if runs and start <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


_TRIGGERS = Keywords([word for rule in _RULES for word in rule.triggers])


def _rules_by_trigger(case_sensitive: bool) -> dict[str, set[int]]:
    """Trigger word (as spelt if case matters, else lower-cased) -> the indices of the rules, of
    those that mind case or of those that do not, that have it."""
    rules: dict[str, set[int]] = {}
    for index, rule in enumerate(_RULES):
        if rule.case_sensitive == case_sensitive:
            for word in rule.triggers:
                rules.setdefault(word if case_sensitive else word.lower(), set()).add(index)
    return rules


_RULES_BY_TRIGGER = _rules_by_trigger(case_sensitive=False)
_RULES_BY_TRIGGER_AS_SPELT = _rules_by_trigger(case_sensitive=True)
_NO_RULES: set[int] = set()


def _runs_to_examine(views: TextViews) -> list[tuple[int, int, list[_Rule]]]:
    """Each run of keyword lines with the rules, in order, that have a trigger word in it.

    Exactly those for which a search of the run, lower-cased unless the rule minds case, would
    find one: the keyword pass reads views.lowered, which lower-cases each character as lower()
    does, offsets intact, but for "İ", whose lower case is two characters ("i" and a combining
    dot): it stays. As no trigger word ends in "i", the lower case of a run holds one exactly
    where views.lowered does.
    """
    text, lowered = views.text, views.lowered
    runs = _lines_with_keywords(views)
    run_ends = [end for _, end in runs]
    rules_in_run: list[set[int]] = [set() for _ in runs]
    for start, end in _TRIGGERS.find(views):
        index = bisect.bisect_left(run_ends, end)
        if index < len(runs) and runs[index][0] <= start:
            rules_in_run[index] |= _RULES_BY_TRIGGER.get(lowered[start:end], _NO_RULES)
            rules_in_run[index] |= _RULES_BY_TRIGGER_AS_SPELT.get(text[start:end], _NO_RULES)
    return [(start, end, [_RULES[index] for index in sorted(rules)]) for (start, end), rules in zip(runs, rules_in_run) if rules]
