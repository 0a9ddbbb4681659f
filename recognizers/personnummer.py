"""SE_PERSONNUMMER and SE_SAMORDNINGSNUMMER.

Accepted forms: YYMMDD-NNNN, YYYYMMDD-NNNN, without separator, with a space, the ``+``
separator of people aged 100 or more, the en dash of word processors (normalised to ``-``
before scanning), and a date written with spaces before a dash ("1982 11 09 - 3649"). A
candidate counts only with a valid Luhn check digit and a real calendar date (day + 60 for
samordningsnummer), and never inside a longer digit run (IBAN, OCR numbers) or a decimal
number. Invoice-like context without personnummer context drops a bare 10-digit candidate;
phone context drops one that starts with 0.
"""

from __future__ import annotations

import datetime
import re

from stdnum import luhn

from recognizers.base import SwedishRecognizer, TextViews, under_named_column, word_stems

# stdlib re: tried in many short windows (TextViews.in_numbers), where its lower cost per call counts.
_CANDIDATE = re.compile(
    r"(?<!\d)(?<!\d[.:/])"  # not inside a longer number; after "3," see _decimal_comma_before
    # a date written with spaces ("1982 11 09 - 3649") counts only before a dash or plus (see analyze)
    r"(?:(?P<century>18|19|20)(?P<cs>[ ]?))?(?P<yy>\d\d)(?P<ys>[ ]?)(?P<mm>[01]\d)(?P<ms>[ ]?)(?P<dd>[0-9]\d)"
    r"(?P<sep>[ ]?[-+][ ]?|[ ]|\r?\n)?"
    r"(?P<serial>\d{3})(?P<check>\d)"
    r"(?!\d|\.\d)"  # a decimal comma after: see _decimal_comma_after
)

_NOT_AN_ID = word_stems([
    "faktura", "fakturanr", "ocr", "order", "ordernr", "ordernummer", "artikel", "art.nr", "artnr",
    "referens", "ref", "bokning", "kollinr", "kolli", "sändning", "spårning", "ärende", "ticket",
    "invoice", "tracking", "serienummer", "serial", "lopnr", "löpnr", "version", "build", "isbn",
    "ean", "gtin", "kundnr", "kundnummer", "avtalsnr", "avtalsnummer", "objektnr", "anläggning",
    "mätar", "konto", "bankgiro", "plusgiro", "clearing", "iban", "orgnr", "org.nr", "organisationsnummer",
])
_PHONE = word_stems(["tel", "telefon", "mobil", "mob", "ring", "sms", "nummer till", "phone", "fax", "växel"])


def _spaced_date(match: re.Match) -> bool:
    return bool(match.group("cs") or match.group("ys") or match.group("ms"))


def _decimal_comma_before(text: str, start: int, match: re.Match) -> bool:
    """Whether "3," before the candidate makes it the decimals of a number ("3,1962081112"). Not
    with a dash or plus inside, which no decimals have, nor after a field that is not a number: a
    CSV's "P001,19620811-1283" and "P001,196208111283" are values of their own."""
    if start < 2 or text[start - 1] != "," or not text[start - 2].isdigit() or (match.group("sep") or "").strip():
        return False
    integer_start = start - 2
    while integer_start > 0 and text[integer_start - 1].isdigit():
        integer_start -= 1
    return not (integer_start > 0 and text[integer_start - 1].isalpha())


def _decimal_comma_after(text: str, start: int, end: int) -> bool:
    """Whether ",5" after the candidate makes it the integer part of a decimal number, as Swedish
    writes them. Not in comma-separated fields ("…,197108122628,8327-9"): a candidate that starts
    its field (after a separator, or at the line's start) is a value of its own."""
    if text[end:end + 1] != "," or not text[end + 1:end + 2].isdigit():
        return False
    return start > 0 and text[start - 1] not in ",;\t\n"


_COLUMN_NAMES = word_stems(["personnummer", "personnr", "pnr", "p-nr", "persnr", "samordningsnummer", "samordningsnr", "ssn"])


class PersonnummerRecognizer(SwedishRecognizer):
    ENTITIES = ["SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER"]
    CONTEXT = [
        "personnummer", "personnr", "pnr", "p-nr", "pers.nr", "persnr", "samordningsnummer", "samordningsnr",
        "snr", "född", "födelse", "f.", "patient", "elev", "klient", "sökande", "brukare", "barnet",
        "barn", "personal identity", "id-nummer", "identitet", "vårdnadshavare", "medsökande", "make",
        "maka", "sambo", "anställd", "namn", "ssn", "social security", "borgenär", "gäldenär",
    ]
    CONTEXT_WINDOW = 60

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for match in TextViews.of(text, nlp_artifacts).in_numbers(_CANDIDATE):
            entity = self._entity_if_valid(match)
            start, end = match.span()
            if entity is None or _decimal_comma_after(text, start, end) or _decimal_comma_before(text, start, match) \
                    or (_spaced_date(match) and not (match.group("sep") or "").strip()):
                continue
            separated = bool(match.group("sep")) or bool(match.group("century"))
            # in a table, the column's heading is the context: "kundnr;namn;personnr" rows above
            context = self.has_context(text, start, end) or (not separated and under_named_column(text, start, _COLUMN_NAMES))
            if not context and not separated:
                window = text[max(0, start - 30):start]
                if _NOT_AN_ID.search(window):
                    continue
                if match.group().startswith("0") and _PHONE.search(window):
                    continue
            score = 0.7 if separated else 0.55
            if context:
                score += self.CONTEXT_BOOST
            results.append(self.result(entity, start, end, score))
        return results

    @staticmethod
    def _entity_if_valid(match: re.Match) -> str | None:
        """The entity of a candidate with a real date of birth and a valid check digit (the
        date first: it costs a fraction of the Luhn check and rules out most numbers too)."""
        sep = (match.group("sep") or "").strip()
        if match.group("century") and sep == "+":
            return None  # the + separator exists only in the 10-digit form
        day = int(match.group("dd"))
        entity = "SE_PERSONNUMMER"
        if day > 60:
            day -= 60
            entity = "SE_SAMORDNINGSNUMMER"
        yy, month = int(match.group("yy")), int(match.group("mm"))
        centuries = [int(match.group("century"))] if match.group("century") else [19, 20]
        if sep == "+":
            centuries = [18, 19]
        today = datetime.date.today()
        for century in centuries:
            try:
                born = datetime.date(century * 100 + yy, month, day)
            except ValueError:
                continue
            if born <= today:
                break
        else:
            return None
        digits = match.group("yy") + match.group("mm") + match.group("dd") + match.group("serial") + match.group("check")
        return entity if luhn.is_valid(digits) else None
