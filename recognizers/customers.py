"""CUSTOMER: names from the organisation's own customer register.

One Aho-Corasick automaton holds every name in the forms staff actually write: with and
without company form (AB, Aktiebolag, HB, KB, "(publ)", "i likvidation"), genitive
("Nordkust Fastigheters", "Per Strands", "AB:s"), any letter case. A hit must be a whole
word. Case-insensitive matching alone would turn "1 200 kr per strand" into the customer
Per Strand, so names of people and one-word company stems must be written capitalised;
longer company names also match in lower case ("avtalet med nordkust fastigheter").
Short forms count too: a person without a middle name ("Ahmed Hassan" for "Ahmed Yusuf
Hassan"), a housing co-operative in its other spellings ("Brf Kvarnbacken" for "Kvarnbacken
Bostadsrättsförening"), a company without its trailing place name when what is left has a
distinctive shape ("Elektro-Team" for "Elektro-Team Kiruna AB"). A register row may carry a
customer number (``RegisterName.number``): "K-10013" is found as a whole token anywhere, a
number of digits only ("10013") only after a word like "kundnr", where it is not an amount.
Building and scanning are linear: a 100,000-name register loads in seconds.
"""

from __future__ import annotations

import functools

import ahocorasick
import regex

from recognizers.base import SwedishRecognizer, TextViews, lower_same_length

_COMPANY_FORMS = ("ab", "aktiebolag", "hb", "handelsbolag", "kb", "kommanditbolag", "(publ)", "i likvidation", "i konkurs", "ek. för.", "ekonomisk förening", "inc.", "ltd", "ltd.", "gmbh", "oy", "as", "a/s", "aps")
_FORM_SUFFIX = regex.compile(r"(?:\s+|,\s*)(?:" + "|".join(regex.escape(f) for f in sorted(_COMPANY_FORMS, key=len, reverse=True)) + r")$", regex.IGNORECASE)
_WRITTEN_FORMS = ("AB", "Aktiebolag", "HB", "KB")
_COOPERATIVE = regex.compile(r"(?i)^(?:(?P<core>.+?)\s+bostadsrättsförening(?:en)?|(?:brf|bostadsrättsföreningen|bostadsrättsförening)\s+(?P<core>.+))$")
# A one-word short form must not be an ordinary word: hyphenated or with an inner capital.
_DISTINCTIVE_WORD = regex.compile(r"^\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)+$|^\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*$")
# Words that make a number of digits only a customer number rather than an amount.
_NUMBER_CONTEXT = regex.compile(r"(?i)kund|customer|\bknr\b")
_NUMBER_CONTEXT_REACH = 40
# What an automaton entry is: a written form of a name, a customer number, one of digits only.
_NAME, _NUMBER, _DIGITS = "name", "number", "digits"


class RegisterName(str):
    """A register row's name, with the row's customer number ("" when the register has none)."""

    number: str

    def __new__(cls, name: str, number: str = "") -> "RegisterName":
        entry = super().__new__(cls, name)
        entry.number = number
        return entry


def _genitives(name: str) -> list[str]:
    if name[-1].lower() in "sxz":
        return [name, name + "'", name + ":s"]
    return [name, name + "s", name + ":s", name + "'s"]


def _variants(name: str, is_person: bool) -> list[tuple[str, bool]]:
    """The written forms of one register name, each with whether it must be written capitalised.

    As registered, without and with other company forms, and genitives match in any case;
    the short forms people use ("Bergström Bygg" for "Bergström Bygg & Montage AB",
    "Gröna Dalen" for "Gröna Dalen Förskolor AB", "Elektro-Team" for "Elektro-Team Kiruna AB"
    — a company's only, ``is_person`` — and "Brf X" for "X Bostadsrättsförening") are closer
    to ordinary words and must be written as names.
    """
    stem = name
    while (m := _FORM_SUFFIX.search(stem)) and m.start() > 0:
        stem = stem[: m.start()]
    forms = [(v, False) for v in _genitives(name)]
    if stem != name:
        forms += [(v, False) for v in _genitives(stem)]
        forms += [(v, False) for form in _WRITTEN_FORMS for v in _genitives(f"{stem} {form}")]
    short = regex.split(r"\s+(?:&|och|and)\s+", stem, maxsplit=1)[0]
    words = short.split()
    if short == stem and len(words) >= 3:
        short = " ".join(words[:-1])  # drop the trade word: "Gröna Dalen Förskolor" -> "Gröna Dalen"
    elif short == stem and len(words) == 2 and not is_person and _DISTINCTIVE_WORD.match(words[0]):
        short = words[0]  # drop the place: "Elektro-Team Kiruna" -> "Elektro-Team"
    if short != stem and (len(short.split()) >= 2 or _DISTINCTIVE_WORD.match(short)):
        forms += [(v, True) for v in _genitives(short)]
    if cooperative := _COOPERATIVE.match(stem):
        core = cooperative.group("core")
        spellings = (f"Brf {core}", f"BRF {core}", f"Bostadsrättsföreningen {core}", f"{core} Bostadsrättsförening", f"{core}s Bostadsrättsförening")
        forms += [(v, True) for spelling in spellings if spelling != stem for v in _genitives(spelling)]
    return forms


def _person_variants(tokens: list[str]) -> list[str]:
    """A person with middle names is also written with the first and last name only."""
    return _genitives(f"{tokens[0]} {tokens[-1]}") if len(tokens) >= 3 else []


class CustomerIndex:
    """The register as one automaton; built once and shared by every language's recognizer."""

    def __init__(self, names: list[str], first_names: frozenset[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        self._first_words: dict[int, str] = {}
        for index, raw in enumerate(names):
            name = " ".join(raw.split())
            if not name:
                continue
            tokens = name.split()
            if len(tokens) >= 2 and len(tokens[0]) >= 4 and tokens[0][0].isupper():
                self._first_words[index] = tokens[0].rstrip(",")
            is_person = 2 <= len(tokens) <= 4 and tokens[0].lower() in first_names and not _FORM_SUFFIX.search(name) and "&" not in name
            forms = _variants(name, is_person) + ([(v, True) for v in _person_variants(tokens)] if is_person else [])
            for form, strict in forms:
                key = lower_same_length(form)
                needs_capitals = is_person or strict or len(form.split()) == 1
                if key not in self._automaton or not needs_capitals:
                    self._automaton.add_word(key, (len(key), needs_capitals, is_person, index, _NAME))
            number = getattr(raw, "number", "").strip()
            if len(number) >= 3:
                key = lower_same_length(number)
                self._automaton.add_word(key, (len(key), False, is_person, index, _DIGITS if number.isdigit() else _NUMBER))
        self.size = len(self._automaton)
        if self.size:
            self._automaton.make_automaton()

    def find(self, views: TextViews) -> list[tuple[int, int, bool, int]]:
        """(start, end, is_person, register row) of each whole-word hit, longest first at a place."""
        if not self.size:
            return []
        text, lowered = views.text, views.lowered
        hits = []
        names, numbers = [], []
        for end_index, (length, needs_capitals, is_person, index, kind) in self._automaton.iter(lowered):
            start, end = end_index + 1 - length, end_index + 1
            if (start > 0 and lowered[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                continue
            if needs_capitals and not _capitalised(text[start:end]):
                continue
            if kind == _DIGITS and not _number_in_context(text, start, end):
                continue
            (names if kind == _NAME else numbers).append((start, end, is_person, index))
        return _longest(names + numbers + self._first_word_mentions(text, names))

    def _first_word_mentions(self, text: str, hits: list[tuple]) -> list[tuple]:
        """Once a company is named in full, its first word alone is the same company later on
        ("Tellus Medicinteknik AB ... Tellus har ..."; "Bergströms projektledare")."""
        mentions = []
        for row in {index for _, _, is_person, index in hits if not is_person}:
            first = self._first_words.get(row)
            if not first:
                continue
            mentions += [(m.start(), m.end(), False, row) for m in _mention_pattern(first).finditer(text)]
        return mentions


class CustomerRecognizer(SwedishRecognizer):
    ENTITIES = ["CUSTOMER"]

    def __init__(self, index: CustomerIndex, supported_language: str = "sv") -> None:
        super().__init__(supported_language)
        self.index = index

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for start, end, is_person, row in self.index.find(TextViews.of(text, nlp_artifacts)):
            result = self.result("CUSTOMER", start, end, 0.9 if is_person else 0.85)
            result.recognition_metadata["canonical"] = f"customer:{row}"
            results.append(result)
        return results


@functools.lru_cache(maxsize=4096)  # compiled once per company, not once per prompt
def _mention_pattern(first_word: str) -> regex.Pattern:
    """The first word of a company's name alone, as written or in capitals, genitive allowed."""
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{regex.escape(first_word)}|{regex.escape(first_word.upper())})(?:s|:s|'s)?(?![\p{{L}}\d])")


def _number_in_context(text: str, start: int, end: int) -> bool:
    """A number of digits only, not part of a longer number ("10013" in "2-10013"), after a
    customer word on its line or under a header line that names customer numbers (a CSV column)."""
    if start > 0 and text[start - 1] in "-.,/:" and start > 1 and text[start - 2].isdigit():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _NUMBER_CONTEXT.search(text, max(line_start, start - _NUMBER_CONTEXT_REACH), start):
        return True
    header_end = text.find("\n")
    return 0 <= header_end < start and bool(_NUMBER_CONTEXT.search(text, 0, header_end))


def _capitalised(written: str) -> bool:
    return all(word[0].isupper() for word in written.replace("-", " ").split() if word[0].isalpha())


def _longest(hits: list[tuple]) -> list[tuple]:
    """Drop hits inside a longer hit ("Nordkust Fastigheter" inside "... Fastigheter AB")."""
    kept: list[tuple] = []
    for hit in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        if kept and hit[0] < kept[-1][1]:
            continue
        kept.append(hit)
    return kept
