"""SENSITIVE_DATA: the vocabulary of GDPR art. 9 and 10 in Swedish and English.

The terms live in data/sensitive_terms.txt, one per line, ``*`` for any ending. A hit
alone is not a violation: policies and general questions talk about health and
social services all the time. The policy (config/policy.yaml, ``co_occurrence``) blocks
it only when a person identifier or name appears in the same prompt. Terms are stems, so
inflections match ("diagnosen", "orosanmälningar", "sjukskriven"); words that are also
everyday language ("beroende på", "misstänkt phishing", "hälsa på") are left out or
required in their specific phrase.
"""

from __future__ import annotations

import regex

from recognizers.base import Keywords, StemMatcher, SwedishRecognizer, TextViews, load_lexicon

def _term_pattern(term: str) -> str:
    """A lexicon line as a pattern: ``*`` ends a stem (any inflection), a space is any whitespace."""
    return r"\s+".join(regex.escape(word).replace(r"\*", r"\w*") for word in term.split())


_TERMS = StemMatcher(sorted({_term_pattern(t) for t in load_lexicon("sensitive_terms.txt")}))
# "SoL" (socialtjänstlagen) only in its own spelling: "sol" is the sun.
_SOL = regex.compile(r"(?<![\p{L}\d])SoL(?![\p{L}\d])")

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
    "medlem", "aktiv", "engagerad", "ansluten", "går med", "gick med", "röstar", "röstade", "sympatiserar", "kandiderar",
    "förtroendevald", "ledamot", "facklig", "skyddsombud", "member of", "votes for",
])
_MEMBERSHIP = regex.compile(
    r"(?i:\b(?:medlem(?:mar)?\s+i|aktiv\s+i|engagerad\s+i|ansluten\s+till|går\s+med\s+i|gick\s+med\s+i|röstar\s+på|röstade\s+på|"
    r"sympatiserar\s+med|kandiderar\s+för|förtroendevald\s+(?:för|i)|ledamot\s+för|facklig\s+(?:företrädare|representant)\s+för|"
    r"skyddsombud\s+för|medlemsförteckning|medlemslista|medlemsregister|member\s+of|votes\s+for))[\s:,–-]+"
    rf"(?:{_PARTIES}|{_UNIONS}|{_FAITHS})(?![\p{{L}}\d])"
)


class SensitiveDataRecognizer(SwedishRecognizer):
    ENTITIES = ["SENSITIVE_DATA"]

    def analyze(self, text, entities, nlp_artifacts=None):
        views = TextViews.of(text, nlp_artifacts)
        spans = list(_TERMS.finditer(views)) + [m.span() for m in _SOL.finditer(text)]
        # The membership pattern is tried only where one of its verbs stands.
        spans += [m.span() for start, _ in _MEMBERSHIP_VERBS.find(views) if (m := _MEMBERSHIP.match(text, start))]
        return [self.result("SENSITIVE_DATA", start, end, 0.8) for start, end in sorted(set(spans))]
