"""SENSITIVE_DATA: the vocabulary of GDPR art. 9 and 10 in Swedish and English.

A hit alone is not a violation: policies and general questions talk about health and
social services all the time. The policy (config/policy.yaml, ``co_occurrence``) blocks
it only when a person identifier or name appears in the same prompt. Terms are stems, so
inflections match ("diagnosen", "orosanmälningar", "sjukskriven"); words that are also
everyday language ("beroende på", "misstänkt phishing", "hälsa på") are left out or
required in their specific phrase.
"""

from __future__ import annotations

import regex

from recognizers.base import StemMatcher, SwedishRecognizer

_STEMS_SV = [
    # health
    r"diagnos\w*", r"sjukdom\w*", r"sjukskriv\w*", r"sjukfrånvaro\w*", r"sjukpenning\w*", r"läkarintyg\w*",
    r"journalanteckning\w*", r"patientjournal\w*", r"psykiatri\w*", r"psykisk\w*\s+ohälsa", r"ohälsa\w*",
    r"depression\w*", r"deprimerad\w*", r"ångest\w*", r"utbrändhet\w*", r"utmattningssyndrom\w*", r"adhd",
    r"autism\w*", r"asperger\w*", r"diabetes", r"cancer\w*", r"hiv", r"epilepsi\w*", r"schizofreni\w*",
    r"bipolär\w*", r"demens\w*", r"alzheimer\w*", r"graviditet\w*", r"gravid\w*", r"abort\w*", r"missfall\w*",
    r"funktionsnedsättning\w*", r"funktionshind\w*", r"utvecklingsstörning\w*", r"dyslexi\w*", r"missbruk\w*",
    r"alkoholism\w*", r"narkotik\w*", r"självmord\w*", r"suicid\w*", r"självskad\w*", r"ätstörning\w*",
    r"anorexi\w*", r"rehabiliter\w*", r"arbetsskad\w*", r"medicinering\w*", r"läkemedelsbehandling\w*",
    r"hälsotillstånd\w*", r"hälsoproblem\w*", r"sjukvårdsinsats\w*", r"vårdintyg\w*", r"hörselskad\w*", r"synskad\w*",
    r"ptsd", r"trauma\w*", r"stroke", r"hjärtinfarkt\w*", r"astma\w*", r"allergi\w*", r"psykos\w*",
    # social services
    r"lss", r"lvu", r"lvm", r"orosanmä\w*", r"ekonomiskt\s+bistånd\w*", r"försörjningsstöd\w*", r"socialbidrag\w*",
    r"familjehem\w*", r"hvb(?:-hem\w*)?", r"skyddat\s+boende\w*", r"våld\s+i\s+nära\s+relation\w*",
    r"barnavårdsutredning\w*", r"omhänderta\w*", r"vårdnadsöverflytt\w*", r"assistansersättning\w*",
    r"personlig\s+assistans\w*", r"daglig\s+verksamhet\w*", r"boendestöd\w*", r"stödfamilj\w*",
    r"skyddad\s+identitet", r"skyddade\s+personuppgifter", r"sekretessmarkering\w*", r"kvarskriv\w*",
    r"placera[ds]\s+(?:på|i|enligt)", r"placering\s+(?:på|i|enligt)", r"utredning\s+enligt\s+11\s+kap",
    # origin, beliefs, union, sexuality
    r"etnicitet\w*", r"etnisk\w*", r"hudfärg\w*", r"religion\w*", r"religiös\w*", r"trosuppfattning\w*",
    r"muslim\w*", r"judisk\w*", r"katolik\w*", r"ateist\w*", r"moské\w*", r"synagog\w*",
    r"politisk\w*\s+(?:åsikt|uppfattning|tillhörighet|engagemang)\w*", r"partimedlem\w*", r"partitillhörighet\w*",
    r"fackförening\w*", r"fackmedlem\w*", r"fackligt\s+ansluten", r"medlem\s+i\s+facket", r"facklig\w*",
    r"sexuell\w*\s+läggning\w*", r"homosexuell\w*", r"bisexuell\w*", r"hbtq\w*", r"transperson\w*", r"könsidentitet\w*",
    # criminal offences (GDPR art. 10)
    r"brottsmisstank\w*", r"misstänk(?:t|s|es)\s+för", r"dömd\w*", r"dömdes", r"åtal\w*", r"polisanmä\w*",
    r"straffregist\w*", r"belastningsregist\w*", r"brottsregist\w*", r"fängelse\w*", r"villkorlig\s+dom",
    r"skyddstillsyn\w*", r"häkta\w*", r"anhållen", r"brottsling\w*", r"brottslig\w*",
]
_STEMS_EN = [
    r"diagnos\w*", r"medical\s+condition\w*", r"health\s+condition\w*", r"mental\s+health", r"illness\w*",
    r"disease\w*", r"depressi\w*", r"anxiety", r"pregnan\w*", r"disabilit\w*", r"sick\s+leave", r"ethnicity",
    r"ethnic\s+origin", r"racial", r"religio\w*", r"political\s+(?:opinion|view|affiliation)\w*",
    r"trade\s+union\w*", r"union\s+member\w*", r"sexual\s+orientation", r"criminal\s+record\w*",
    r"convicted", r"conviction\w*", r"arrested", r"substance\s+abuse",
]
_TERMS = StemMatcher(sorted(set(_STEMS_SV + _STEMS_EN)))
# "SoL" (socialtjänstlagen) only in its own spelling: "sol" is the sun.
_SOL = regex.compile(r"(?<![\p{L}\d])SoL(?![\p{L}\d])")


class SensitiveDataRecognizer(SwedishRecognizer):
    ENTITIES = ["SENSITIVE_DATA"]

    def analyze(self, text, entities, nlp_artifacts=None):
        spans = list(_TERMS.finditer(text)) + [m.span() for m in _SOL.finditer(text)]
        return [self.result("SENSITIVE_DATA", start, end, 0.8) for start, end in spans]
