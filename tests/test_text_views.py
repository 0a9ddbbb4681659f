"""The shared views of a scan (recognizers/base.py) and the scanner's overlap rule: the
shortcuts taken for speed must find exactly what the plain way finds."""

from __future__ import annotations

import sys

import pytest
import regex

from guard.scan import Finding, _drop_contained
from recognizers import contact, finance, organisationsnummer, personnummer
from recognizers.base import IGNORECASE_ONLY, Keywords, StemMatcher, TextViews, lower_same_length

NUMBER_PATTERNS = [
    personnummer._CANDIDATE, organisationsnummer._CANDIDATE, finance._CARD, finance._BANKGIRO, contact._PHONE_CANDIDATE,
]

NUMBERS_TEXT = (
    "Pnr 811218-9876, 19811218-9876 och 811218–\n9876. Ring +46 70-123 45 67 eller + (46) 8 123 456 78, "
    "växel (08) 508 290 00, fax 0771-11 22 33.\nOrgnr 556677-8899 (16556677-8899), kort 4111 1111 1111 1111,"
    " bg 5050-1055; datum 2026-11-23 kl 10.30, belopp 1 200 kr, OCR 48112189876123, 12.811218-9876, 811218-9876,5 mm, x811218-9876"
)


@pytest.mark.parametrize("pattern", NUMBER_PATTERNS, ids=lambda p: p.pattern[:30])
def test_patterns_tried_inside_numbers_find_what_a_whole_text_search_finds(pattern):
    views = TextViews(NUMBERS_TEXT)
    expected = [m.span() for m in pattern.finditer(NUMBERS_TEXT)]
    assert expected, "the text must hold something for each pattern, or the test proves nothing"
    assert [m.span() for m in views.in_numbers(pattern)] == expected


@pytest.mark.parametrize("text, numbers", [
    ("ring +46 70-123 45 67, (08) 123 45 67 eller 12 34", ["+46 70-123 45 67", "(08) 123 45 67"]),
    ("ring + (46) 8 123 456 78 eller ((08) 123 45 67", ["+ (46) 8 123 456 78", "(08) 123 45 67"]),
    ("a+b 123 45 67, +" + " " * 20 + "1234567", ["123 45 67", "1234567"]),  # no + right before, or too far
])
def test_number_runs_take_a_leading_plus_or_bracket_with_them(text, numbers):
    assert [text[s:e] for s, e in TextViews(text).numbers] == numbers


def test_one_shared_pass_finds_each_lists_keywords_like_a_search_of_its_own():
    titles, streets = Keywords(["fru", "handläggare", "son"]), Keywords(["gatan", "väg", "son"])
    text = "Handläggare Lindgren och fru Johansson, Storgatan 3, vägen till sonen"
    views = TextViews(text)

    def occurrences(words):
        lowered = text.lower()
        return sorted((i, i + len(word)) for word in words for i in range(len(lowered)) if lowered.startswith(word, i))

    assert sorted(titles.find(views)) == occurrences(titles.words)
    assert sorted(streets.find(views)) == occurrences(streets.words)
    assert list(titles.between(views, 0, 20)) == [(0, 11)]


@pytest.mark.parametrize("text, found", [
    ("Han är med i facket.", "med i facket"),
    ("Han är med\n  i  facket.", "med\n  i  facket"),
    ("HAN ÄR MED I FACKET", "MED I FACKET"),
    ("Hon tar p-piller sedan i våras", "p-piller"),
])
def test_stems_of_several_words_and_with_punctuation_are_found(text, found):
    matcher = StemMatcher([r"med\s+i\s+facket", r"p\-piller\w*", r"medicin\w*"])
    assert [text[s:e] for s, e in matcher.finditer(TextViews(text))] == [found]


def test_a_term_whose_second_word_differs_or_follows_without_a_space_is_not_found():
    matcher = StemMatcher([r"med\s+i\s+facket"])
    assert list(matcher.finditer(TextViews("Han var med i mötet och med facket, medi facket."))) == []


def test_lowered_holds_every_case_insensitive_match_of_a_letter_but_the_listed_ones():
    """Shortcuts that take keyword hits of ``lowered`` for the matches of a case-insensitive
    pattern rely on this; they fall back to the pattern where one of IGNORECASE_ONLY stands."""
    letters = "abcdefghijklmnopqrstuvwxyzåäö"
    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    matched = regex.findall(f"(?i)[{letters}]", every_character)
    assert {c for c in matched if lower_same_length(c) not in letters} == set(IGNORECASE_ONLY)


@pytest.mark.parametrize("text", ["pg 90 20 01-7", "Betala till PG-nr: 90 20 01-7", "Pluſgiro 90 20 01-7 enligt uppgift"])
def test_plusgiro_is_looked_for_wherever_its_context_pattern_finds_a_name(text):
    assert finance._PLUSGIRO_CONTEXT.search(text)
    assert finance._plusgiro_named(TextViews(text))


@pytest.mark.parametrize("text", ["Enligt uppgift 90 20 01-7 från uppgiftslämnaren", "x1pg 90 20 01-7", "inget alls"])
def test_a_plusgiro_name_only_inside_words_names_no_plusgiro(text):
    assert not finance._PLUSGIRO_CONTEXT.search(text)
    assert not finance._plusgiro_named(TextViews(text))


def test_account_numbers_are_found_in_the_windows_after_their_context_as_in_the_whole_text():
    text = (
        "Lön till lönekonto 8105-9, 914 227 031-6.\nclearing 1234, konto 5678 901 234 5 och 3300, 123 456 789 0\n"
        + "x" * 400 + " 8327-9, 123 456 789-1\nSEB\n\n5000 1234567\tkonto 6000 7654321"
    )
    views = TextViews(text)
    plain = [
        m.span() for m in finance._ACCOUNT.finditer(text)
        if 7 <= sum(c.isdigit() for c in m.group("account")) <= 12
        and finance._ACCOUNT_CONTEXT.within(views, max(0, m.start() - finance._ACCOUNT_CONTEXT_WINDOW), m.start())
    ]
    assert len(plain) >= 3, "the text must hold accounts, or the test proves nothing"
    assert [(r.start, r.end) for r in finance.FinanceRecognizer()._accounts(views)] == plain


def test_the_iban_lookbehind_after_the_country_code_finds_what_one_before_it_finds():
    plain = regex.compile(r"(?<![\p{L}\d])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![\p{L}\d])")
    text = "SE45 5000 0000 0583 9825 7466, xSE45 5000 0000 05, 1SE4550000000, SE455000 00000583 ÅSE45 5000 0000 0583\nDE35 6421"
    expected = [m.span() for m in plain.finditer(text)]
    assert len(expected) == 2, "an IBAN at a word start and one after a space, none inside a word"
    assert [m.span() for m in finance._IBAN.finditer(text)] == expected


def test_self_declared_marking_in_english_is_a_marker(found):
    assert {t for t, _ in found("The following document is confidential.\nQ3 budget draft")} == {"SECRECY_MARKER"}


def test_overlaps_keep_the_best_of_one_type_and_the_most_specific_type():
    person = Finding("PERSON", 0, 10, 0.85)
    inside = Finding("PERSON", 0, 4, 0.55)  # a given name inside the full name
    stronger_inside = Finding("PERSON", 5, 10, 0.9)  # a higher score survives inside
    customer = Finding("CUSTOMER", 20, 30, 0.85)
    same_span_person = Finding("PERSON", 20, 30, 0.85)  # the customer names that region
    marker = Finding("SENSITIVE_DATA", 20, 30, 0.8)  # prompt-level: never dropped by a value
    kept = _drop_contained([inside, same_span_person, marker, person, stronger_inside, customer, Finding("PERSON", 0, 10, 0.85)])
    assert kept == [person, stronger_inside, customer, marker]


CREDENTIAL_LINES = [
    "OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz123456", "key=AIzaSyB0123456789abcdefghijklmnopqrstuv",
    "HF_TOKEN=hf_abcdefghijklmnopqrstuvwxyz1234567890", "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.signature",
    "NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789", "postgres://app:Sommar!2026@db.internal/prod",
    "Server=db;Password=Hemligt123;", "$pw = 'Fjällvind9'", "Lösenord: Kaffekopp47",
    "lösenordet till gästnätet är Kaffekopp47", "pass = hunter22!", "Användarnamn / Fjällvind!Router9",
    "  password   'Skola!2026vt'", "SMTP_PASS=SyMI2xNvTY1OC26B", "    client-key-data: " + "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo" * 2,
    "Wi-Fi personal: FG-Personal / lösen Tallbacken#2024", "Ilse Brandt, tillsyn, nyckelgömma kod 4471",
    "access key AKIA2E0A8F3B244C9986, secret Zx81kPq0TmvLwq3R9sDf0BnVh7YtUe2Ka5cJi4Wo",
    "https://st01.blob.core.windows.net/b.tar.gz?sv=2024-11-04&sp=rl&sig=F9lsPQFo83GOSVLJK0K3G2QRoN4hIcdvHfxa72xxnAb%3D",
    'SENTRY_DSN="https://3f2a9c0d41b74e8e9a5c6b7d8e9f0a1b@o112233.ingest.sentry.io/4455"',
]


def test_each_credential_pattern_is_tried_on_the_lines_it_matches():
    from recognizers.credentials import _OWN_PATTERNS

    for words, signs, pattern in _OWN_PATTERNS:
        matching = [line for line in CREDENTIAL_LINES if pattern.search(line)]
        assert matching, f"no example for {pattern.pattern[:40]}"
        assert all(any(word in line.lower() for word in words) for line in matching), pattern.pattern[:40]
        assert all(not signs or any(sign in line for sign in signs) for line in matching), pattern.pattern[:40]
