"""SE_ORGANISATIONSNUMMER: companies' and authorities' registration numbers.

Public information (the default policy only logs it), recognised so that it is not
mistaken for something else and so use can be followed up. Third digit >= 2 (which
also keeps it apart from personnummer), Luhn check digit, optional "16" prefix, never
inside a longer digit run (ISBN-13, OCR).
"""

from __future__ import annotations

import re

from stdnum import luhn

from recognizers.base import SwedishRecognizer, TextViews

# stdlib re: tried in many short windows (TextViews.in_numbers), where its lower cost per call counts.
_CANDIDATE = re.compile(r"(?<!\d)(?<!\d[.,/-])(?:16)?(?P<body>\d{2}[2-9]\d{3})(?P<sep>-?)(?P<tail>\d{4})(?![\d]|[.,-]\d)")


class OrganisationsnummerRecognizer(SwedishRecognizer):
    ENTITIES = ["SE_ORGANISATIONSNUMMER"]
    CONTEXT = ["organisationsnummer", "org.nr", "orgnr", "org nr", "org. nr", "organisationsnr", "corporate id", "company registration", "momsreg", "vat"]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for match in TextViews.of(text, nlp_artifacts).in_numbers(_CANDIDATE):
            digits = match.group("body") + match.group("tail")
            if digits[0] not in "12356789" or not luhn.is_valid(digits):
                continue
            score = 0.75 if match.group("sep") else 0.5
            results.append(self.with_context("SE_ORGANISATIONSNUMMER", text, *match.span(), score))
        return results
