"""SENSITIVE_DATA: the vocabulary of GDPR art. 9 and 10 in Swedish and English.

The terms live in data/sensitive_terms.txt, one per line, ``*`` for any ending. A hit
alone is not a violation: policies and general questions talk about health and
social services all the time. The policy (config/policy.yaml, ``co_occurrence``) blocks
it only when a person identifier or name appears in the same prompt. Terms are stems, so
inflections match ("diagnosen", "orosanmälningar", "sjukskriven"), also typed without å, ä
and ö ("forsorjningsstod"); words that are also everyday language ("beroende på", "misstänkt
phishing", "hälsa på") are left out or required in their specific phrase.
"""

from __future__ import annotations

import regex

from recognizers.base import Keywords, StemMatcher, SwedishRecognizer, TextViews, load_lexicon

def _term_pattern(term: str) -> str:
    """A lexicon line as a pattern: ``*`` ends a stem (any inflection), a space is any whitespace."""
    return r"\s+".join(regex.escape(word).replace(r"\*", r"\w*") for word in term.split())


def _without_swedish_letters(term: str) -> str:
    """The term as typed on a keyboard without å, ä and ö ("forsorjningsstod")."""
    return term.translate(_ASCII_FOLD)


_ASCII_FOLD = str.maketrans("åäö", "aao")
_FOLDED_MIN = 7  # a shorter folded term may be another word ("hälsa" → "halsa")
_LEXICON = load_lexicon("sensitive_terms.txt")
_FOLDED = {folded for term in _LEXICON if (folded := _without_swedish_letters(term)) != term and len(folded) >= _FOLDED_MIN}
_TERMS = StemMatcher(sorted({_term_pattern(term) for term in _LEXICON | _FOLDED}))
# Abbreviations that are words in lower case, only as written: SoL (socialtjänstlagen; "sol" is
# the sun), KOL (COPD; "kol" is coal), ALS, IBS. One search each, the literal first and the
# lookbehind after it: the search then looks for the literal (4x faster than one alternation).
_ABBREVIATIONS = [regex.compile(rf"{word}(?<![\p{{L}}\d].{{3}})(?![\p{{L}}\d])") for word in ("SoL", "KOL", "ALS", "IBS")]

# Membership of a party, union or faith community: the organisation's name alone is
# everyday news, membership of it is a political opinion, union membership or belief.
_PARTIES = (
    "Socialdemokraterna|Moderaterna|Sverigedemokraterna|Centerpartiet|Vänsterpartiet|Kristdemokraterna|Liberalerna|"
    "Miljöpartiet|Feministiskt initiativ|Piratpartiet|Nyans|Medborgerlig samling|Alternativ för Sverige|SSU|MUF|SDU|CUF|"
    "Ung Vänster|KDU|LUF|Grön Ungdom|socialdemokrat\\w*|moderat\\w*|sverigedemokrat\\w*|vänsterpartist\\w*|miljöpartist\\w*|kristdemokrat\\w*"
)
_UNIONS = (
    "Kommunal|Vision|Unionen|Vårdförbundet|Sveriges Lärare|Lärarförbundet|Lärarnas Riksförbund|IF Metall|Seko|Byggnads|Handels|"
    "Akademikerförbundet SSR|Saco|TCO|LO|Sveriges Ingenjörer|Ledarna|Transport|Fastighets|Journalistförbundet|Läkarförbundet|"
    "Polisförbundet|Fackförbundet ST|ST|DIK|Naturvetarna|Jusek|Akavia|Civilekonomerna|Elektrikerförbundet|GS-facket|"
    "Livsmedelsarbetareförbundet|Hotell- och restaurangfacket|Målareförbundet|Musikerförbundet|Farmaceutförbundet|facket"
)
_FAITHS = "Svenska kyrkan|Katolska kyrkan|Pingstkyrkan|Equmeniakyrkan|Syrisk-ortodoxa kyrkan|Jehovas vittnen|moskén|församlingen|synagogan"
_MEMBERSHIP_VERBS = Keywords([
    "politiker", "lokalpolitiker", "kommunpolitiker", "regionpolitiker", "kommunalråd", "regionråd", "riksdagsledamot",
    "fullmäktigeledamot", "nämndeman", "sitter i", "kandidat", "företräder", "representerar", "medlem", "aktiv", "engagerad", "ansluten", "går med", "gick med", "röstar", "röstade", "sympatiserar", "kandiderar",
    "förtroendevald", "ledamot", "facklig", "skyddsombud", "member of", "votes for", "är med", "var med",
])
_MEMBERSHIP = regex.compile(
    r"(?i:\b(?:medlem(?:mar)?\s+i|(?:är|var)\s+med\s+i|aktiv\s+i|engagerad\s+i|ansluten\s+till|går\s+med\s+i|gick\s+med\s+i|röstar\s+på|röstade\s+på|"
    r"sympatiserar\s+med|kandiderar\s+för|förtroendevald\s+(?:för|i)|ledamot\s+för|facklig\s+(?:företrädare|representant)\s+för|"
    r"skyddsombud\s+för|(?:lokal|kommun|region)?politiker\s+(?:för|i)|kommunalråd\s+för|regionråd\s+för|riksdagsledamot\s+för|"
    r"fullmäktigeledamot\s+för|nämndeman\s+för|kandidat\s+för|sitter\s+i\s+(?:\w+\s+){0,2}för|företräder|representerar|medlemsförteckning|medlemslista|medlemsregister|member\s+of|votes\s+for))[\s:,–-]+"
    rf"(?:{_PARTIES}|{_UNIONS}|{_FAITHS})(?![\p{{L}}\d])"
)


# …or written the other way round: "Unionens medlem Fredrik Åkesson", "Kommunals medlemmar" (only
# after a genitive's "s " is the organisation looked for).
_MEMBER_WORD = Keywords(["medlem"])
_MEMBER_OF_BEFORE = regex.compile(rf"(?<![\p{{L}}\d])(?:{_PARTIES}|{_UNIONS}|{_FAITHS})s[ \t]+$")


# Swedish puts a compound's head last: "tandvårdsrädsla", "spindelfobi", "barndomstrauma" are
# as sensitive as the head alone, whatever comes before it; so are procedures ("polypektomi").
# Medicines are named by their INN suffix (Midazolam, Simvastatin, Enalapril), so a new brand or
# generic is still found.
_COMPOUND_HEADS = (
    "cancer", "depression", "ångest", "fobi", "rädsla", "trauma", "psykos", "demens", "diabetes", "epilepsi",
    "ektomi", "skopi",  # procedures: polypektomi, tonsillektomi, koloskopi, gastroskopi
)
_DRUG_SUFFIXES = (
    "azepam", "zolam", "opram", "tralin", "oxetin", "afaxin", "tiapin", "anzapin", "azapin", "peridon", "statin", "sartan",
    "pril", "olol", "prazol", "profen", "cillin", "mycin", "formin", "triptan", "fenidat", "kodon", "morfin", "barbital",
)
# Ethnic origin: an adjective of a people or country before "ursprung", "bakgrund" or "härkomst"
# ("hennes eritreanska ursprung", "med syrisk bakgrund"), not one of a kind of origin ("historiskt ursprung").
_ORIGIN_WORDS = Keywords(["ursprung", "bakgrund", "härkomst"])
_ORIGIN = regex.compile(r"(?i)(?<![\p{L}])(?P<adjective>\p{L}{2,}sk[at]?)\s+(?:ursprung|bakgrund|härkomst)")
_NOT_A_PEOPLE = frozenset(
    "historisk teknisk biologisk geografisk ekonomisk akademisk praktisk juridisk medicinsk logisk fysisk psykisk kemisk "
    "musikalisk politisk pedagogisk klinisk vetenskaplig etisk kritisk statistisk arkeologisk botanisk zoologisk".split()
)


def _ethnic_origins(views: TextViews) -> list[tuple[int, int]]:
    """Where an origin word follows an adjective of a people (tried only where the word stands)."""
    text, spans = views.text, []
    for start, end in _ORIGIN_WORDS.find(views):
        match = _ORIGIN.search(text, max(0, start - 30), end)
        if match and match.end() == end and match.group("adjective").lower().rstrip("at") not in _NOT_A_PEOPLE:
            spans.append(match.span())
    return spans


# "påverkad" is everyday Swedish ("påverkad av beslutet"); intoxicated, it stands alone or names the substance.
_INTOXICATED = regex.compile(
    r"(?i)påverkad(?=\s*[,.;!]|\s+och\b|\s+(?:av|på)\s+(?:alkohol|droger|narkotika|sprit|läkemedel|tabletter|cannabis|hasch|amfetamin|kokain))"
)
_INTOXICATED_WORD = Keywords(["påverkad"])
# English names inflammations by "-itis" (pancreatitis, arthritis); no everyday word ends so.
_DIAGNOSIS_SUFFIXES = ("itis",)
_WORD_ENDS = Keywords([*_COMPOUND_HEADS, *_DRUG_SUFFIXES, *_DIAGNOSIS_SUFFIXES])
_INFLECTION = regex.compile(r"\p{Ll}{0,4}(?![\p{L}\d])")
_MIN_BEFORE = 3  # letters before the head or suffix: "april" is a month, "enalapril" a medicine


def _compound_and_drug_words(views: TextViews) -> list[tuple[int, int]]:
    """Whole words ending in a sensitive compound head or a medicine's suffix (plus an inflection)."""
    text = views.text
    spans = []
    for start, end in _WORD_ENDS.find(views):
        word_start = start
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        if start - word_start >= _MIN_BEFORE and (ending := _INFLECTION.match(text, end)):
            spans.append((word_start, ending.end()))
    return spans


class SensitiveDataRecognizer(SwedishRecognizer):
    ENTITIES = ["SENSITIVE_DATA"]

    def analyze(self, text, entities, nlp_artifacts=None):
        views = TextViews.of(text, nlp_artifacts)
        spans = list(_TERMS.finditer(views)) + [m.span() for abbreviation in _ABBREVIATIONS for m in abbreviation.finditer(text)] + _compound_and_drug_words(views)
        spans += [m.span() for start, _ in _INTOXICATED_WORD.find(views) if (m := _INTOXICATED.match(text, start))]
        spans += _ethnic_origins(views)
        # The membership pattern is tried only where one of its verbs stands.
        spans += [m.span() for start, _ in _MEMBERSHIP_VERBS.find(views) if (m := _MEMBERSHIP.match(text, start))]
        spans += [(m.start(), end) for start, end in _MEMBER_WORD.find(views)
                  if text[max(0, start - 2):start] == "s " and (m := _MEMBER_OF_BEFORE.search(text, max(0, start - 45), start))]
        return [self.result("SENSITIVE_DATA", start, end, 0.8) for start, end in sorted(set(spans))]
