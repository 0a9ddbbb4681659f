"""IBAN_CODE, SE_BANKGIRO, SE_PLUSGIRO, CREDIT_CARD and SE_BANK_ACCOUNT.

Every candidate must pass its check digits (IBAN mod 97, Luhn for cards, bankgiro and
plusgiro). Bankgiro, plusgiro and Swedish account numbers have shapes shared with many
other numbers, so they also need their name nearby ("bankgiro", "BG", "PG", "kontonr").
"""

from __future__ import annotations

import re

import regex
from stdnum import iban, luhn

from recognizers.base import IGNORECASE_ONLY, Keywords, SwedishRecognizer, TextViews, under_named_column, word_stems

# The lookbehind ("no letter or digit before") comes after the country code and check
# digits: searched for from there, the pattern is tried far less often than from a
# lookbehind that holds at almost every position.
_IBAN = regex.compile(r"[A-Z]{2}\d{2}(?<![\p{L}\d].{4})(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![\p{L}\d])")
# 13–19 digits in groups (4-4-4-4 for most cards, 4-6-5 for American Express).
# stdlib re for these two: tried in many short windows (TextViews.in_numbers), where its
# lower cost per call counts.
_CARD = re.compile(r"(?<![\d-])\d{4}(?:[ -]?\d{4,6}){2}(?:[ -]?\d{1,5})?(?![\d]|-\d)")
_BANKGIRO = re.compile(r"(?<![\d-])\d{3,4}-\d{4}(?![\d]|-\d)")
_PLUSGIRO = regex.compile(r"(?<![\d-])(?:\d{1,3}(?: \d\d){0,3}|\d{1,7})-\d(?![\d]|-\d)")
# Clearing number, then the account: apart, or joined by a dash ("5357-1026345", Handelsbanken's
# "6789-247 118 334", Nordea's personkonto "3300-920318-6144", SEB's "5491-10 033 71"; a bankgiro
# number's four digits after its dash are too few for an account).
_ACCOUNT = regex.compile(
    r"(?<![\d-])(?P<clearing>[1-9]\d{3}(?:-\d)?)(?:[ ,;\t]+(?i:kontonr\.?|kontonummer|konto)?[:.]?[ ]?|-(?=\d{7}|\d{3}[ ]\d{3}[ ]\d{3}|\d{6}-\d{4}|\d\d[ ]\d{3}[ ]\d\d))(?P<account>\d[\d -]{5,14}\d)(?![\d])"
)
# Swedbank's clearing with its check digit and account as the bank prints them ("8214-9 903 145 662-1")
# is an account by its shape alone, whatever the words around it.
_SWEDBANK = regex.compile(r"(?<![\d-])[78]\d{3}-\d[ ,]+\d{3}[ ]\d{3}[ ]\d{3}-\d(?![\d])")
# An account under its own label, the clearing number on another line: "Kontonummer: 914 027 553-6"
_LABELLED_ACCOUNT = regex.compile(r"(?i)\b(?:kontonummer|kontonr\.?|konto[ ]nr\.?|account[ ](?:number|no\.?))[ \t]*[:.]?[ \t]*(?P<account>\d[\d -]{5,16}\d)(?![\d])")
_BANKGIRO_NAMES = ["bankgiro", "bg", "bg-nr", "bgnr", "bankgironummer"]
_PLUSGIRO_NAMES = ["plusgiro", "pg", "pg-nr", "pgnr", "postgiro", "plusgironummer"]
_BANKGIRO_CONTEXT = word_stems(_BANKGIRO_NAMES)
_PLUSGIRO_CONTEXT = word_stems(_PLUSGIRO_NAMES)
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\d]")  # what may not stand before a name (word_stems)
# Where the names appear nowhere in the text, the numbers are not looked for at all.
_BANKGIRO_MENTIONED = Keywords(_BANKGIRO_NAMES)
_PLUSGIRO_MENTIONED = Keywords(_PLUSGIRO_NAMES)
# "konto" anywhere in a word (lönekonto, klientmedelskonto) or a bank's name; in a table the
# header row names the column, so the context may stand a few lines above.
_ACCOUNT_CONTEXT = Keywords([
    "clearing", "clnr", "konto", "account", "handelsbanken", "swedbank", "seb", "nordea", "danske bank", "länsförsäkringar",
    "ica banken", "skandiabanken", "sparbank", "sbab", "lunar", "marginalen", "avanza", "nordnet",
])
_ACCOUNT_CONTEXT_WINDOW = 300
_CARD_PREFIX = regex.compile(r"^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5)|35)")


class FinanceRecognizer(SwedishRecognizer):
    ENTITIES = ["IBAN_CODE", "SE_BANKGIRO", "SE_PLUSGIRO", "CREDIT_CARD", "SE_BANK_ACCOUNT"]
    CONTEXT = ["kort", "kortnummer", "card", "visa", "mastercard", "amex", "betalkort", "kreditkort"]

    def analyze(self, text, entities, nlp_artifacts=None):
        views = TextViews.of(text, nlp_artifacts)
        results = []
        for match in _IBAN.finditer(text):
            if iban.is_valid(match.group()):
                results.append(self.result("IBAN_CODE", *match.span(), 0.95))
        for match in views.in_numbers(_CARD):
            digits = "".join(c for c in match.group() if c.isdigit())
            if 13 <= len(digits) <= 19 and _CARD_PREFIX.match(digits) and luhn.is_valid(digits):
                results.append(self.with_context("CREDIT_CARD", text, *match.span(), 0.65))
        # Bankgiro numbers have seven or eight digits; plusgiro numbers may have only two.
        giro = []
        if _BANKGIRO_MENTIONED.first(views):
            giro.append((views.in_numbers(_BANKGIRO), _BANKGIRO_CONTEXT, "SE_BANKGIRO"))
        if _plusgiro_named(views):
            giro.append((_PLUSGIRO.finditer(text), _PLUSGIRO_CONTEXT, "SE_PLUSGIRO"))
        for matches, context, entity in giro:
            for match in matches:
                digits = "".join(c for c in match.group() if c.isdigit())
                if luhn.is_valid(digits) and (context.search(text, max(0, match.start() - 30), match.start()) or under_named_column(text, match.start(), context)):
                    results.append(self.result(entity, *match.span(), 0.9))
        return results + self._accounts(views)

    def _accounts(self, views: TextViews) -> list:
        """Account numbers with one of the context words before them: only the windows
        after those words are searched."""
        results = []
        hits = _ACCOUNT_CONTEXT.find(views)
        for match in _matches_after(_ACCOUNT, views.text, hits, _ACCOUNT_CONTEXT_WINDOW):
            if not 7 <= sum(c.isdigit() for c in match.group("account")) <= 12:
                continue  # Swedish account numbers have 7 to 10 digits (Nordea: the personnummer)
            if _ACCOUNT_CONTEXT.within(views, max(0, match.start() - _ACCOUNT_CONTEXT_WINDOW), match.start()):
                results.append(self.result("SE_BANK_ACCOUNT", *match.span(), 0.8))
        found = {(result.start, result.end) for result in results}
        results += [self.result("SE_BANK_ACCOUNT", *m.span(), 0.8) for m in views.in_numbers(_SWEDBANK) if m.span() not in found]
        for match in _matches_after(_LABELLED_ACCOUNT, views.text, hits, _ACCOUNT_CONTEXT_WINDOW):
            if 7 <= sum(c.isdigit() for c in match.group("account")) <= 12:
                results.append(self.result("SE_BANK_ACCOUNT", *match.span("account"), 0.8))
        return results


def _plusgiro_named(views: TextViews) -> bool:
    """Whether a name of plusgiro stands as a word of its own, as _PLUSGIRO_CONTEXT needs,
    and not only inside other words ("uppgift"). A case-insensitive match of a name is a
    keyword hit unless it is spelt with a character that matches a letter only
    case-insensitively: in a text with one of those, any hit counts."""
    text, hits = views.text, _PLUSGIRO_MENTIONED.find(views)
    if hits and any(c in text for c in IGNORECASE_ONLY):
        return True
    return any(start == 0 or not _LETTER_OR_DIGIT.match(text, start - 1) for start, _ in hits)


def _matches_after(pattern: regex.Pattern, text: str, hits: list[tuple[int, int]], window: int):
    """The matches of ``pattern`` in the whole text that start after a hit and at most
    ``window`` characters after its start: those that have the hit in the window before them.

    Only the lines of those windows are searched. That finds the same matches as a search
    of the whole text for a pattern that never matches a line break and whose lookaheads
    only rule characters out (the account pattern): no match can be under way at a line
    start, and the end of a line passes a lookahead as its line break does.
    """
    windows: list[list[int]] = []
    for first, last in sorted((end, start + window) for start, end in hits):
        if windows and first <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], last)
        else:
            windows.append([first, last])
    for first, last in windows:
        line_end = text.find("\n", last)
        for match in pattern.finditer(text, text.rfind("\n", 0, first) + 1, len(text) if line_end < 0 else line_end):
            if match.start() > last:
                break
            if match.start() >= first:
                yield match
