"""PERSON: names of people, from lexicons and context, without a statistical model.

No Swedish NER model can be installed here, so a name is recognised by its parts:
a given name from the lexicon followed by a surname (lexicon, or the shape of Swedish
surnames: -son, -berg, -ström, -qvist …), "Surname, Given" lists, initials before a
surname, and a title or role before a capitalised word ("fru Holm", "handläggare
Lindgren"). Given names and surnames that are ordinary words (Per, Bo, Berg, Ek, Strand)
count only together with another name part or a title. Once a full name is found, its
parts alone elsewhere in the prompt are the same person ("Anna", "Lindgrens").
Tables say it by their columns: values under förnamn/efternamn/firstName in an SQL INSERT,
a CSV/TSV table, JSON or an XML element are names. A line typed all in lower case ("mvh sofia
berglund", also after a chat's speaker), a web address ("/in/erik-johansson") and a name given
as one's own ("jag heter maja lindholm") are read for a lexicon given name and surname too.
Code identifiers (CamelCase, calls, the word after ``import``/``class``), a name before a place
or institution named for someone ("Svea hovrätt", "Olof Palmes gata"), a firm's ("Hennes &
Mauritz") and people of history and fiction (data/public_figures.txt: "Astrid Lindgren", "Carl
von Linné") are not.
A lone given name is reported with a low score: below the redaction threshold, but it
still makes health or social-services terms in the same prompt about an identifiable
person (see the co-occurrence rule of the policy).
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable
from typing import NamedTuple

import regex

from recognizers.base import Keywords, SwedishRecognizer, TextViews, line_around, load_lexicon

_CACHED_WORDS = 1 << 16  # distinct capitalised words whose kind is kept
_WORD = regex.compile(r"(?<![\p{L}\d])\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?(?![\p{L}\d])")
_CONJUNCTIONS = (" och ", " & ", " and ")  # between two given names that share a surname
_PARTICLES = frozenset({"von", "af", "de", "van", "der", "den", "al", "el", "bin", "ibn", "di", "da", "del", "la", "le", "du"})
_INITIAL = regex.compile(r"(?<![\p{L}\d.])\p{Lu}\.?[ ]?(?:\p{Lu}\.[ ]?)?$")
# Shapes that make a word a surname even after an unknown given name ("Dženan Hasanović").
_DISTINCT_SURNAME = regex.compile(r"(?:sson|ović|ovič|ević|ić|inen|zadeh|oglu|oğlu|wicz|ski|ska|auskas|evičius|qi)$")
# Words before a place or surname-like word that make it an organisation, not a person.
_PLACE_WORDS = frozenset("region kommun stad park hotell hotel skola café cafe restaurang klinik förskola kyrka torget gatan bygg konsult gruppen".split())
_ORGANISATION_SUFFIX = regex.compile(
    r"(?:avdelningen|enheten|kontoret|förvaltningen|skolan|huset|gruppen|verket|kassan|nämnden|regionen|kommun|bolaget|centret|centrum"
    r"|\w(?:gatan|vägen|gränd|torget|platsen|allén))$"  # and streets: "Birger Jarlsgatan"
)
_SURNAME_SHAPE = regex.compile(
    r"(?:s?son|sen|sson|berg|bergh|ström|gren|grén|lund|qvist|kvist|quist|holm|dahl|dal|stedt|stad|mark|blad|bäck|fors|hed|hult|lid|näs|vall|ander|ell|é[nr]|ius|éus|ling|lin|man|rot|sjö|torp|ås|ö|by|enius|ovic|ović|ić|ic|ski|ska|wicz|nen|inen|ian|yan|zadeh|pour|oglu|oğlu)$"
)
_TITLES = Keywords([
    "fru", "herr", "hr", "fröken", "dr", "doktor", "prof", "professor", "mr", "mrs", "ms", "miss", "sir",
    "handläggare", "handläggaren", "socialsekreterare", "socialsekreteraren", "läkare", "läkaren", "sjuksköterska",
    "sjuksköterskan", "undersköterska", "rektor", "rektorn", "lärare", "läraren", "mentor", "mentorn", "kurator",
    "kuratorn", "elev", "eleven", "eleverna", "klient", "klienten", "patient", "patienten", "brukare", "brukaren",
    "sökande", "sökanden", "vårdnadshavare", "vårdnadshavaren", "mamma", "mamman", "pappa", "pappan", "modern",
    "fadern", "bror", "brodern", "syster", "systern", "son", "sonen", "dotter", "dottern", "make", "maken", "maka",
    "makan", "sambo", "sambon", "kollega", "kollegan", "kollegor", "chef", "chefen", "vd", "medarbetare",
    "medarbetaren", "anställd", "anställde", "den anställde", "kund", "kunden", "hyresgäst", "hyresgästen",
    "kontaktperson", "kontaktpersonen", "god man", "förvaltare", "ombud", "ombudet", "advokat", "advokaten",
    "tolk", "tolken", "vittne", "vittnet", "målsägande", "misstänkte", "assistent", "assistenten", "praktikant",
    "konsult", "konsulten", "barnet", "flickan", "pojken", "kvinnan", "mannen", "hustru", "skribent",
    "specialpedagog", "specialpedagogen", "skolsköterska", "skolsköterskan", "psykolog", "psykologen", "skolpsykolog",
    "arbetsterapeut", "arbetsterapeuten", "fysioterapeut", "fysioterapeuten", "sjukgymnast", "biståndshandläggare",
    "biståndshandläggaren", "enhetschef", "enhetschefen", "avdelningschef", "samordnare", "samordnaren", "platschef",
    "platschefen", "projektledare", "projektledaren", "rådgivare", "utredare", "utredaren", "boendestödjare",
    "personlig assistent", "gode mannen", "förvaltaren", "familjehemsförälder", "handledare", "handledaren",
    "colleague", "employee", "client", "patient", "student", "manager", "daughter", "son", "wife", "husband",
    "mother", "father", "brother", "sister", "partner", "nurse", "doctor", "dr.", "mr.", "mrs.", "ms.",
    "familjen", "family", "c/o", "agent", "agenten", "förnamn", "fornamn", "efternamn", "namn", "firstname", "first_name", "lastname", "last_name", "surname", "full name",
])
# Also a JSON field's quotes: "firstName": "Erik". Not a tab: "Kund<TAB>Belopp" is a table's header.
_AFTER_TITLE = regex.compile(r"[\"'`]?[ ]*[:,=]?[ ]*[\"'`]?")
# Capitalised words that follow a role at a sentence start but are never names; the fields of a
# form or template too ("[Förnamn Efternamn]").
_FUNCTION_WORDS = frozenset(
    "förnamn fornamn efternamn namn name firstname lastname surname "
    "du han hon hen jag vi ni de den det detta denna dessa som och men eller när om efter inför under vid med för till "
    "från i på är har var ska kan vill får the he she they we you it his her their our this that and or but in on at for "
    "as string int integer boolean dim new return public private static void class import select where null true false end sub function "
    "mån tis ons tor fre lör sön mon tue wed thu fri sat sun "
    "personnummer telefon mobil adress enhet avdelning".split()  # a table's next column heading ("Efternamn,Personnummer")
)
_GREETING = regex.compile(
    r"(?i)(?:\b(?:hej|hejsan|hallå|hi|hello|dear|kära|bästa|tack|mvh|hälsningar|hälsning|regards|cheers|thanks)[!,.]?[ \t\n]*|(?:^|\n)[ \t]*(?:/|//|–|-)[ \t]*)$"
)
# Places and institutions named for someone: "Olof Palmes gata", "Astrid Lindgrens barnsjukhus",
# "Viktor Rydbergs gymnasium", "Adolf Fredriks kyrka". After a lone given name also what a
# person's name rarely owns ("Svea hovrätt", "Maria vårdcentral"); after a full name it may be
# the person's own ("Elsa Norbergs skola ringde").
_PLACE_NOUNS = (
    "gata|gatan|väg|vägen|torg|torget|plats|platsen|gränd|gränden|allé|allén|park|parken|backe|backen|sjukhus|sjukhuset|"
    "barnsjukhus|barnsjukhuset|museum|museet|gymnasium|gymnasiet|institut|institutet|stiftelse|stiftelsen|universitet|universitetet|"
    "hovrätt|tingsrätt|kammarrätt|förvaltningsrätt|kyrka|kyrkan|domkyrka|domkyrkan|kapell|kapellet|församling|församlingen"
)
_NAMED_PLACE_AFTER = regex.compile(rf"s?[ \t]+(?i:{_PLACE_NOUNS})(?![\p{{L}}\d])")
_INSTITUTION_AFTER = regex.compile(
    rf"s?[ \t]+(?i:{_PLACE_NOUNS}|kommun|region|län|skola|skolan|förskola|förskolan|vårdcentral|vårdcentralen|"
    r"bibliotek|biblioteket)(?![\p{L}\d])"
)
# Well-known people of history and fiction: a question about them is open information. Only the
# whole name, and not before another name part ("Sten Sture Eriksson" is someone else).
_NAME_DAYS = Keywords(["namnsdag"])
_PUBLIC_FIGURE_NAMES = load_lexicon("public_figures.txt")
_PUBLIC_FIGURES = Keywords(sorted(_PUBLIC_FIGURE_NAMES))
_GENITIVE = regex.compile(r"s?(?![\p{L}\d])")
_NEXT_WORD = regex.compile(r"[ \t]+(\p{Lu}[\p{L}'’-]*)")
# Code identifiers are never names: CamelCase ("OpenAI", "CaseClient"; not "McDonald", "DeSantis"),
# a call ("Erik(" is a function), and the word after a declaration or import keyword.
_CAMEL_CASE = regex.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}")
_CODE_KEYWORDS_BEFORE = ("import ", "class ", "def ", "from ", "new ", "function ", "interface ", "struct ", "enum ")
# Verbs only people do, and an age: a given name that is also a word ("Sten", "Rosa", "Bo", "Saga")
# before one is a person ("Rosa 15 år", "Bo (82 år)").
_PERSON_VERB_AFTER = regex.compile(
    r"[ \t]+(?:vill|önskar|tycker|säger|sa|berättar|berättade|undrar|frågar|frågade|mår|jobbar|arbetar|kollar|ringer|ringde|"
    r"mejlar|skriver|tackar|slutar|börjar[ \t]+(?:på|hos|i)|går[ \t]+i[ \t]+pension|har[ \t]+(?:lämnat[ \t]+in|sökt|ansökt|sagt|frågat|berättat|ringt|mejlat)|"
    r"är[ \t]+(?:sjuk|sjukskriven|ledig|föräldraledig|på[ \t]+semester)|,?[ \t]*\(?\d{1,3}[ \t]*år)(?![\p{L}\d])"
)
# Columns that hold only people's given or family names; a bare "namn"/"name" may hold companies.
_NAME_COLUMNS = frozenset(
    "förnamn fornamn efternamn tilltalsnamn mellannamn firstname first_name givenname given_name lastname last_name "
    "surname familyname family_name fullname full_name".split()
)
# A bare "Namn" (or a role) column holds people when the table also has a column of a person's
# contact or identity.
_BARE_NAME_COLUMNS = frozenset([
    "namn", "name", "för- och efternamn", "elev", "deltagare", "medarbetare", "anställd", "patient", "brukare", "vårdnadshavare",
])
_PERSONAL_COLUMNS = frozenset([
    "mobil", "mobilnummer", "telefon", "tel", "telefonnummer", "e-post", "epost", "email", "e-mail", "mejl", "personnummer", "pnr",
    "adress", "hemadress", "födelsedatum", "ålder", "anhörig", "phone", "mobile", "address", "date of birth",
])
_NAME_COLUMN_WORDS = Keywords(sorted(_NAME_COLUMNS | _BARE_NAME_COLUMNS))
_XML_NAME_ELEMENT = regex.compile(rf"<(?i:{'|'.join(sorted(_NAME_COLUMNS))})>[ \t]*(?P<value>[^<\n]{{1,60}}?)[ \t]*</")
# Two words of a line typed all in lower case ("mvh sofia berglund", "ett sms till kalle jonsson").
_LOWER_CASE_PAIR = regex.compile(r"(?<![\p{L}\d])(\p{Ll}{2,})[ ](\p{Ll}{2,}(?:-\p{Ll}{2,})?)(?![\p{L}\d])")
# …or of a web address, joined by a hyphen or an underscore ("/in/erik-johansson-4b2a1").
_URL = regex.compile(r"(?i)(?:https?://|www\.|(?<![\w.@-])[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,6}/)[^\s\"'<>)\]]+")
_SLUG_PAIR = regex.compile(r"(?<![\p{L}\d])(\p{Ll}{2,})[-_](\p{Ll}{2,})(?![\p{L}\d])")
# Not a person: a given name after "X & " (a firm: "Hennes & Mauritz"), after what is named like one
# ("Lex Sarah", "stormen Gudrun"), one quoted alone (a word about the name: "genitiv av ”Lars”"),
# words before a company form ("Vindkraft Norrberga AB").
_FIRM_AFTER_AMPERSAND = regex.compile(r"\p{Lu}[\p{L}.]*[ ]&[ ]$")
_NAMED_THING_BEFORE = regex.compile(r"(?i:\blex|stormen|orkanen|fartyget|båten|skeppet)[ \t]+$")
_QUOTED_ALONE = regex.compile(r"[\"'”“‘’»«][^\s\"'”“‘’»«]+[\"'”“‘’»«]")
_COMPANY_FORM_AFTER = regex.compile(r"[ \t]+(?:AB|HB|KB|Ab|Aktiebolag|Ek\.?[ ]?för|Ltd|Inc|LLC|GmbH|Oy|AS|A/S|ASA|AG|SA)(?![\p{L}\d])")
# A passenger name record: SURNAME/GIVEN and a title; the title tells it from "TCP/IP".
_TRAVEL_TITLES = (" MR", " MRS", " MS", " MISS", " MSTR", " DR")
_TRAVEL_NAME = regex.compile(r"(?<![\p{L}/])(\p{Lu}{2,}(?:[-]\p{Lu}{2,})?)/(\p{Lu}{2,}(?:[ ]\p{Lu}{2,})?)[ ](?:MRS|MR|MS|MISS|MSTR|DR)(?![\p{L}])")
# Someone's own name, said: "jag heter …", "… heter jag"
_CALLED = Keywords(["heter"])
_NAME_AFTER = regex.compile(r"[ \t]+(\p{L}[\p{L}'’-]+)(?:[ \t]+(\p{L}[\p{L}'’-]+))?")
_NAME_BEFORE = regex.compile(r"(?<![\p{L}\d])(\p{L}[\p{L}'’-]+)(?:[ \t]+(\p{L}[\p{L}'’-]+))?[ \t]+$")
_HETER_JAG = regex.compile(r"heter[ \t]+jag\b", regex.IGNORECASE)
# Who says a chat line, with a time before or after: "Kund (09:41): ", "[09:14] Anna: ", "R: "
_SPEAKER = regex.compile(r"(?:\[?[\d:. -]{4,20}\]?[ \t]+)?\p{L}[\p{L} .-]{0,25}?(?:[ \t]*\([^()\n]{0,20}\))?[ \t]*:[ \t]+")
_SQL_INSERT = regex.compile(r"(?i)\binsert[ \t]+into[ \t]+[^\s(]+[ \t]*\((?P<columns>[^()]*)\)\s*values\s*")
_SQL_ROW = regex.compile(r"\s*,?\s*\((?P<row>(?:'(?:[^']|'')*'|[^()'])*)\)")
_SQL_VALUE = regex.compile(r"'(?P<quoted>(?:[^']|'')*)'|[^,\s][^,]*")
_TABLE_DELIMITERS = ("\t", ";", "|", ",")
_END_OF_ADDRESS = regex.compile(r"[ \t]*(?:[,!:;]|\.?[ \t]*(?:\n|$))")
_ALONE_ON_LINE = regex.compile(r"[ \t]*[,.!]?[ \t]*(?:\n|$)")
_SIGN_OFFS = Keywords(["hälsning", "mvh", "regards", "best", "cheers", "thanks", "tack"])
_SIGN_OFF_LINE = regex.compile(
    r"(?im)^[ \t]*(?:med vänliga hälsningar|vänliga hälsningar|hälsningar|mvh|kind regards|best regards|regards|best|cheers|thanks|tack)[ \t]*[,!.]?[ \t]*\n"
    r"[ \t]*(?P<name>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]*$"
)
# …or on the same line, a whole name: "Mvh Jörgen Fält, 070 174 06 03"
_SIGN_OFF_INLINE = regex.compile(
    r"(?i:mvh|hälsningar|regards|cheers)[ \t]*[,!.]?[ \t]+(?P<name>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})(?=[ \t]*(?:[,\n\"”]|$))"
)


def _after_titles(views: TextViews) -> set[int]:
    """Positions of capitalised words that follow a title or role: "fru Holm", "handläggaren: Anna"."""
    text = views.text
    positions = set()
    for start, end in _TITLES.find(views):
        if start and (text[start - 1].isalnum()):
            continue
        after = _AFTER_TITLE.match(text, end).end()
        if after < len(text) and text[after].isupper():
            positions.add(after)
    return positions


class _Kind(NamedTuple):
    """What a capitalised word can be in a name, decided once per distinct word."""

    lower: str
    given: bool  # a given name of the lexicon, and not a function word
    listed_given: bool  # in the given-name lexicon at all
    surname: bool  # in the surname lexicon, its genitive, or shaped like a surname
    plain: bool  # also an ordinary word: Per, Bo, Berg, Strand
    function: bool  # du, och, the, Mon …: never a name after a role
    upper: bool  # written in capitals: an acronym or a stamp more likely than a name
    place_or_organisation: bool  # "Region", "Socialförvaltningen"
    # May stand as an unknown given name before a distinctive surname ("Dženan Hasanović"),
    # and may be that surname: the word-level half of _unknown_given_name.
    unknown_given: bool
    distinct_surname: bool
    never_name: bool  # one letter, or CamelCase: an identifier in code
    name_part: bool  # given, surname or distinct_surname


class _Word(NamedTuple):
    start: int
    end: int
    text: str
    kind: _Kind


class _Words:
    """The capitalised words of a text, in order, as the name rules read them.

    A 10 KB prompt holds some 200 capitalised words but only a handful of name parts. So
    each word costs one dict lookup, run in C (is it a name part?), and only the words the
    rules reach are read: the name parts, the words after a title or in a signature line,
    and their neighbours. A word that cannot be in a name (one letter, an identifier, code)
    reads as None.
    """

    def __init__(self, text: str, kind_of: Callable[[str], _Kind], is_name_part: dict[str, bool], hidden: list[tuple[int, int]]) -> None:
        self.text = text
        self._hidden = hidden  # spans whose words are in no name (a public figure's)
        self._matches = list(_WORD.finditer(text))
        self.texts = list(map(regex.Match.group, self._matches))
        self._kind_of = kind_of
        # A word not classified before may be a name part too: it is classified here.
        maybe = itertools.compress(itertools.count(), map(is_name_part.get, self.texts, itertools.repeat(True)))
        self.name_parts = {index: kind for index in maybe if (kind := kind_of(self.texts[index])).name_part}
        # The rules read a name's words, and whether they stand together, several times.
        self._read: dict[int, _Word | None] = {}
        self._joined: dict[int, _Word | None] = {}

    def kind(self, index: int) -> _Kind:
        return self._kind_of(self.texts[index])

    def at(self, index: int) -> _Word | None:
        """The word at ``index``, or None where there is none that can be in a name."""
        if index not in self._read:
            self._read[index] = self._read_word(index)
        return self._read[index]

    def _read_word(self, index: int) -> _Word | None:
        if not 0 <= index < len(self._matches):
            return None
        kind = self.kind(index)
        start, end = self._matches[index].span()
        if kind.never_name or _in_code(self.text, start, end) or any(s <= start < e for s, e in self._hidden):
            return None
        return _Word(start, end, self.texts[index], kind)

    def after(self, index: int) -> _Word | None:
        """The word after the one at ``index`` when the two stand together in a name: one
        space or a particle ("von") between. A word that reads as None still stands between
        its neighbours, so no name is made across it."""
        if index not in self._joined:
            self._joined[index] = self._join(index)
        return self._joined[index]

    def _join(self, index: int) -> _Word | None:
        if not 0 <= index < len(self._matches) - 1 \
                or not _adjacent(self.text, self._matches[index].end(), self._matches[index + 1].start()):
            return None  # the gap alone rules it out: no need to read the words
        word, following = self.at(index), self.at(index + 1)
        return following if word and following else None

    def span(self, index: int) -> tuple[int, int]:
        return self._matches[index].span()

    def run(self, start: int, end: int) -> list[_Word]:
        """The words from index ``start`` up to ``end``: a name whose words ``after`` has joined."""
        return [self.at(index) for index in range(start, end)]

    def index_at(self, pos: int) -> int | None:
        """The index of the word starting at ``pos``, if one does."""
        index = self._first_from(pos)
        return index if index < len(self._matches) and self._matches[index].start() == pos else None

    def between(self, start: int, end: int) -> list[_Word]:
        """The name words starting within text[start:end]."""
        return [word for index in range(self._first_from(start), self._first_from(end)) if (word := self.at(index))]

    def _first_from(self, pos: int) -> int:
        """The index of the first word starting at or after ``pos``."""
        return bisect.bisect_left(self._matches, pos, key=regex.Match.start)

    def name_starts(self) -> list[int]:
        """The indices where a name can start: a given name, or an unknown word right before a
        distinctive surname ("Dženan Hasanović"). At any other word _full_name finds nothing
        and moves on by one word, so the rule loop visits only these."""
        starts = []
        for index, kind in self.name_parts.items():
            if kind.distinct_surname and index and (before := self.kind(index - 1)).unknown_given and not before.given:
                starts.append(index - 1)
            if kind.given:
                starts.append(index)
        return [index for index in starts if self.at(index)]


class PersonNameRecognizer(SwedishRecognizer):
    ENTITIES = ["PERSON"]

    def __init__(self, supported_language: str = "sv") -> None:
        super().__init__(supported_language)
        self.first_names = load_lexicon("first_names.txt")
        self.surnames = load_lexicon("surnames.txt")
        self.ambiguous = load_lexicon("ambiguous_words.txt")
        # The same capitalised words recur in every prompt: their kinds are cached (per
        # instance, so the word alone is the key), and whether each is a name part is kept
        # in a plain dict as well, for the one lookup made for every word (see _Words).
        self._kind = functools.lru_cache(maxsize=_CACHED_WORDS)(self._classify)
        self._is_name_part: dict[str, bool] = {}

    # -- token classes -------------------------------------------------------------
    def _classify(self, word: str) -> _Kind:
        w = word.lower()
        function = w in _FUNCTION_WORDS
        listed_given = w in self.first_names
        plain = w in self.ambiguous
        upper = word.isupper()
        place_or_organisation = w in _PLACE_WORDS or bool(_ORGANISATION_SUFFIX.search(w))
        # "Tor" is a name, "Tor 08–16" in a schedule is Thursday
        given = not function and (listed_given or ("-" in w and all(p in self.first_names for p in w.split("-"))))
        surname = self._surname(w)
        distinct_surname = not plain and not listed_given and (w in self.surnames or bool(_DISTINCT_SURNAME.search(w)))
        kind = _Kind(
            lower=w,
            given=given,
            listed_given=listed_given,
            surname=surname,
            plain=plain,
            function=function,
            upper=upper,
            place_or_organisation=place_or_organisation,
            unknown_given=not (upper or plain or function or len(word) > 12 or place_or_organisation),
            distinct_surname=distinct_surname,
            never_name=len(word) == 1 or bool(_CAMEL_CASE.match(word)),
            name_part=given or surname or distinct_surname,
        )
        if len(self._is_name_part) < _CACHED_WORDS:  # past that, an unknown word is classified each time
            self._is_name_part[word] = kind.name_part
        return kind

    def _surname(self, w: str) -> bool:
        if w in self.surnames or ("-" in w and all(p in self.surnames or _SURNAME_SHAPE.search(p) for p in w.split("-"))):
            return True
        base = w[:-1] if w.endswith("s") and w[:-1] in self.surnames else None  # genitive "Lindgrens"
        return bool(base) or (len(w) >= 5 and bool(_SURNAME_SHAPE.search(w)) and w not in self.ambiguous)

    # -- recognition ---------------------------------------------------------------
    def analyze(self, text, entities, nlp_artifacts=None):
        views = TextViews.of(text, nlp_artifacts)
        words = _Words(text, self._kind, self._is_name_part, self._public_figures(views) + _name_day_lines(views))
        spans = _Found()
        parts: set[str] = set()
        name_end = 0
        for i in words.name_starts():
            if i >= name_end:  # not a word of the name found last
                name_end = i + self._full_name(text, words, i, spans, parts)
        titled = _after_titles(views)
        self._titled_and_listed(text, words, spans, parts, titled)
        self._signatures(views, words, spans, parts)
        if _NAME_COLUMN_WORDS.first(views) is not None:
            self._name_columns(views, spans, parts)
        self._lower_case_lines(text, spans, parts)
        self._called(views, spans, parts)
        self._travel_names(text, spans, parts)
        self._url_slugs(text, spans, parts)
        self._coreferences(text, words, spans, parts)
        return [self.result("PERSON", s, e, score) for (s, e), score in sorted(spans.scores.items())]

    def _public_figures(self, views: TextViews) -> list[tuple[int, int]]:
        """Where a public figure's whole name stands (with its genitive -s)."""
        text, found = views.text, []
        for start, end in _PUBLIC_FIGURES.find(views):
            if (start and text[start - 1].isalnum()) or not (genitive := _GENITIVE.match(text, end)):
                continue
            following = _NEXT_WORD.match(text, genitive.end())
            if following is None or not self._kind(following.group(1)).name_part:
                found.append((start, genitive.end()))
        return found

    def _full_name(self, text, words: _Words, i, spans, parts) -> int:
        """Given name(s) followed by surname(s) starting at words[i]; returns words used."""
        first = words.at(i)
        if not first.kind.given:
            return self._unknown_given_name(text, words, i, spans, parts)
        j = i + 1
        while (middle := words.after(j - 1)) and middle.kind.given and not middle.kind.surname:
            j += 1  # middle given names: "Anna Maria Lindqvist"
        k = j
        while (last := words.after(k - 1)) and (last.kind.surname or (k > j and last.kind.given)):
            k += 1
        if k == j and (shared := self._coordinated(text, words, j)):
            if _NAMED_PLACE_AFTER.match(text, shared.end):
                return j - i  # "Torsten och Ragnar Söderbergs stiftelse" is named for them
            # "Per-Olof och Anna-Karin Gustafsson": the first given name shares the surname.
            given_names = words.run(i, j)
            spans.add(given_names, 0.8)
            parts.update(w.text for w in given_names)
            return j - i
        if k == j:
            # No surname-shaped word: accept an unknown capitalised word after an unambiguous given name.
            after = words.after(j - 1)
            if after is not None and not after.kind.plain and not first.kind.plain \
                    and not after.kind.listed_given and not after.kind.upper and not after.kind.place_or_organisation:
                k = j + 1
                score = 0.6
            else:
                if after is None or not after.kind.place_or_organisation:  # "Birger Jarlsgatan" is a street
                    self._lone_given_name(text, first, words.at(j - 1).end, spans)
                return 1
        else:
            ambiguous = first.kind.plain and all(w.kind.plain for w in words.run(j, k))
            score = 0.6 if ambiguous else 0.85
        name = words.run(i, k)
        if _NAMED_PLACE_AFTER.match(text, name[-1].end):
            return k - i
        spans.add(name, score)
        parts.update(w.text for w in name)
        return k - i

    def _lone_given_name(self, text, word: _Word, names_end: int, spans) -> None:
        """A given name on its own (``names_end``: where the given names it starts end).

        In a greeting or sign-off ("Hej Malin!", "/Jonas", "Cheers,\nTom") it is a person even
        when it is also a word; mid-sentence an unambiguous given name is a person; at a
        sentence start it may be anything and only counts as identifying (low score). Not
        before what is named for someone ("Ulrika Eleonora kyrka").
        """
        if _FIRM_AFTER_AMPERSAND.search(text, max(0, word.start - 30), word.start) \
                or _NAMED_THING_BEFORE.search(text, max(0, word.start - 12), word.start) \
                or text.startswith("-", word.end) \
                or (word.start and _QUOTED_ALONE.match(text, word.start - 1, word.end + 1)):
            return  # a firm's, a storm's or a law's name, a compound ("BILLY-hyllor"), a quoted word
        greeted = _END_OF_ADDRESS.match(text, word.end) and _GREETING.search(text, max(0, word.start - 25), word.start)
        signature = (word.start == 0 or text[word.start - 1] == "\n") and _ALONE_ON_LINE.match(text, word.end)
        if greeted or signature or _PERSON_VERB_AFTER.match(text, word.end):
            score = 0.7
        elif not word.kind.plain and not (word.kind.upper and len(word.text) <= 4):  # an acronym: "ISA 240", "LISA"
            score = 0.4 if _sentence_start(text, word.start) else 0.55
        else:
            return
        if not _INSTITUTION_AFTER.match(text, names_end):  # last: only a name that would be reported needs it
            spans.add([word], score)

    def _unknown_given_name(self, text, words: _Words, i, spans, parts) -> int:
        """A capitalised word not in the lexicon before a distinctive surname: "Dženan Hasanović"
        (the conditions on the two words alone are those of _Words.name_starts)."""
        given, surname = words.at(i), words.after(i)
        if surname is None or _sentence_start(text, given.start):
            return 1
        spans.add([given, surname], 0.6)
        parts.update((given.text, surname.text))
        return 2

    def _lower_case_lines(self, text: str, spans, parts) -> None:
        """In a line typed all in lower case (after a chat's speaker), a given name then a surname,
        both of the lexicons and neither an ordinary word, is a name too: capitals are all the
        other rules go by."""
        line_start = 0
        for line in text.split("\n"):
            said = 0
            if not line.islower():  # a chat line whose speaker has capitals ("Kund (09:41): hej det är sara …")?
                said = line.find(": ", 0, 50) + 2
                if said == 1 or not line[said:said + 1].islower() or not line[said:].islower() or not _SPEAKER.fullmatch(line, 0, said):
                    line_start += len(line) + 1
                    continue
            body = line[said:]
            if not self.first_names.isdisjoint(body.split()):  # letters, no capitals, a given name
                for match in _LOWER_CASE_PAIR.finditer(body, overlapped=True):
                    self._lower_case_name(match, line_start + said, spans, parts)
            line_start += len(line) + 1

    def _travel_names(self, text: str, spans, parts) -> None:
        """A passenger's name as airlines and travel agents write it: "NAZARI/OMID MR"."""
        if "/" not in text or not any(title in text for title in _TRAVEL_TITLES):
            return
        for match in _TRAVEL_NAME.finditer(text):
            spans.add([_Word(*match.span(), match.group(), self._kind(match.group(1).capitalize()))], 0.85)
            parts.update((match.group(1).capitalize(), match.group(2).capitalize()))

    def _called(self, views: TextViews, spans, parts) -> None:
        """The name someone gives as theirs, in any case: "jag heter maja lindholm", "sara
        nyström heter jag" (a transcript or a chat has no capitals to go by)."""
        text = views.text
        for start, end in _CALLED.find(views):
            following = _NAME_AFTER.match(text, end)
            if following and following.group(1).lower() not in _FUNCTION_WORDS:
                self._name_given_as(following, spans, parts)
            if (before := _NAME_BEFORE.search(text, max(0, start - 40), start)) and _HETER_JAG.match(text, start):
                self._name_given_as(before, spans, parts)

    def _name_given_as(self, match: regex.Match, spans, parts) -> None:
        """A given name of the lexicon (not an ordinary word), with the surname after it if there is one."""
        given = self._kind(match.group(1).capitalize())
        if not given.given or given.plain:
            return
        end = match.end(1)
        if match.group(2) and ((surname := self._kind(match.group(2).capitalize())).surname or surname.distinct_surname) \
                and not surname.plain and match.group(2).lower() not in _FUNCTION_WORDS:
            end = match.end(2)
            parts.add(match.group(2).capitalize())
        spans.add([_Word(match.start(1), end, match.string[match.start(1):end], given)], 0.75)
        parts.add(match.group(1).capitalize())

    def _url_slugs(self, text: str, spans, parts) -> None:
        """A name in a web address, also one without its scheme, written as its words are there:
        "linkedin.com/in/erik-johansson-4b2a1", ".../personal/anna_karlsson". The same two words
        as in a lower-case line; not the page of a person of history ("…/astrid-lindgren")."""
        for url in _web_addresses(text):
            for match in _SLUG_PAIR.finditer(text, *url.span(), overlapped=True):
                if f"{match.group(1)} {match.group(2)}" not in _PUBLIC_FIGURE_NAMES:
                    self._lower_case_name(match, 0, spans, parts)

    def _lower_case_name(self, match: regex.Match, offset: int, spans, parts) -> None:
        """Add the pair of lower-case words ``match`` found (at ``offset`` in the text) when they
        are an unambiguous given name of the lexicon and a surname."""
        if match.group(1) not in self.first_names:
            return  # the usual case, decided by one lookup
        given, surname = self._kind(match.group(1).capitalize()), self._kind(match.group(2).capitalize())
        if given.given and not given.plain and (surname.surname or surname.distinct_surname) and not (surname.plain or surname.listed_given):
            start, end = offset + match.start(), offset + match.end()
            spans.add([_Word(start, end, match.group(), given)], 0.7)
            parts.update((match.group(1).capitalize(), match.group(2).capitalize()))

    def _signatures(self, views: TextViews, words: _Words, spans, parts) -> None:
        """The name line under a sign-off ("Kind regards,\nGiulia Ferraro"), or a whole name after it on its line."""
        text = views.text
        hits = _SIGN_OFFS.find(views)
        line_starts = {text.rfind("\n", 0, start) + 1 for start, _ in hits}
        below = (_SIGN_OFF_LINE.match(text, line_start) for line_start in sorted(line_starts))
        inline = (_SIGN_OFF_INLINE.match(text, start) for start, _ in hits)
        for match in filter(None, itertools.chain(below, inline)):
            line = words.between(*match.span("name"))
            if 1 <= len(line) <= 3 and not any(w.kind.function or w.kind.place_or_organisation for w in line):
                spans.add(line, 0.75)
                parts.update(w.text for w in line)

    def _name_columns(self, views: TextViews, spans, parts) -> None:
        """Values under a given-name or family-name column: an SQL INSERT's rows, or a CSV/TSV
        table under its header line (also under "Namn" beside a phone or e-mail column). A name
        there needs no lexicon: the column says what it is."""
        text = views.text
        done: set[int] = set()
        for start, end in _NAME_COLUMN_WORDS.find(views):
            if (start and text[start - 1].isalpha()) or text[end:end + 1].isalpha():
                continue  # inside another word: "elever", "namnet"
            if start and text[start - 1] == "<":  # an XML element: <Efternamn>Halilović</Efternamn>
                if element := _XML_NAME_ELEMENT.match(text, start - 1):
                    self._add_cell(text, *element.span("value"), spans, parts)
                continue
            line_start = text.rfind("\n", 0, start) + 1
            if line_start in done:
                continue  # "fornamn, efternamn": the line's first column word reads the whole table
            done.add(line_start)
            line_end = text.find("\n", start)
            insert = _SQL_INSERT.search(text, line_start, len(text) if line_end < 0 else line_end)
            if insert and insert.start("columns") <= start < insert.end("columns"):
                self._sql_rows(text, insert, spans, parts)
            else:
                self._table_rows(text, line_start, spans, parts)

    def _sql_rows(self, text: str, insert: regex.Match, spans, parts) -> None:
        columns = [c.strip(" \t\n\"`[]").lower() for c in insert.group("columns").split(",")]
        wanted = {i for i, c in enumerate(columns) if c in _NAME_COLUMNS}
        pos = insert.end()
        while row := _SQL_ROW.match(text, pos):
            values = list(_SQL_VALUE.finditer(text, row.start("row"), row.end("row")))
            for i in wanted & set(range(len(values))):
                if values[i].group("quoted") is not None:
                    self._add_cell(text, *values[i].span("quoted"), spans, parts)
            pos = row.end()

    def _table_rows(self, text: str, header_start: int, spans, parts) -> None:
        header_end = text.find("\n", header_start)
        if header_end < 0:
            return
        header = text[header_start:header_end]
        delimiter = next((d for d in _TABLE_DELIMITERS if d in header), None)
        if delimiter is None:
            return
        columns = [c.strip(" \"'").lower() for c in header.split(delimiter)]
        personal = not _PERSONAL_COLUMNS.isdisjoint(columns)
        wanted = {i for i, c in enumerate(columns) if c in _NAME_COLUMNS or (personal and c in _BARE_NAME_COLUMNS)}
        pos = header_end + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            cells = text[pos:end].split(delimiter)
            if len(cells) != len(columns):
                break  # the table ends where the rows stop matching its header
            offset = pos
            for i, cell in enumerate(cells):
                if i in wanted:
                    start = offset + len(cell) - len(cell.lstrip(" \"'"))
                    self._add_cell(text, start, start + len(cell.strip(" \"'")), spans, parts)
                offset += len(cell) + len(delimiter)
            pos = end + 1

    def _add_cell(self, text: str, start: int, end: int, spans, parts) -> None:
        """A table cell's name, when it is written as one: one to four capitalised words of letters
        ("Nordqvist", "Berg Lindahl", "Eva Ek")."""
        words = [_Word(*m.span(), m.group(), self._kind(m.group())) for m in _WORD.finditer(text, start, end)]
        if 1 <= len(words) <= 4 and " ".join(w.text for w in words) == text[start:end] and not any(w.kind.upper for w in words):
            spans.add(words, 0.8)
            parts.update(w.text for w in words)

    def _coordinated(self, text, words: _Words, j) -> _Word | None:
        """The surname of another full name after "och"/"&" that follows words[j-1], if there is one."""
        left = words.at(j - 1)
        if not text.startswith(_CONJUNCTIONS, left.end):
            return None  # the usual case, decided without reading the next words
        given, surname = words.at(j), words.after(j)
        if given is not None and surname is not None and text[left.end:given.start] in _CONJUNCTIONS \
                and given.kind.given and surname.kind.surname:
            return surname
        return None

    def _titled_and_listed(self, text, words: _Words, spans, parts, titled: set[int]) -> None:
        # Every rule below needs a title before the word, or a surname-like word with ", " after
        # it or an initial's "." right before it: no other word is visited.
        surnames = (idx for idx, kind in words.name_parts.items() if kind.surname and _listed_or_initialled(text, *words.span(idx)))
        after_titles = (idx for pos in titled if (idx := words.index_at(pos)) is not None)
        for idx in sorted({*surnames, *after_titles}):
            word = words.at(idx)
            if word is None or spans.covered(word, 0.5):
                continue
            kind = word.kind
            # "Lindgren, Anna" in lists and signatures.
            if kind.surname and (following := words.at(idx + 1)) and text[word.end:following.start] == ", " \
                    and following.kind.given and not (kind.plain and following.kind.plain):
                spans.add([word, following], 0.8)
                parts.update((word.text, following.text))
                continue
            # "A. Lindgren", "A-K. Berg"; without the dot only before a distinctive surname ("J Mäkinen")
            if kind.surname and not kind.plain and (text[max(0, word.start - 2):word.start].rstrip().endswith(".")
                                                    or (kind.distinct_surname and _bare_initial(text, word.start))):
                before = text[max(0, word.start - 30):word.start]
                if initial := _INITIAL.search(before):
                    spans.add([word], 0.75, start=word.start - (len(before) - initial.start()))
                    parts.add(word.text)
                    continue
            # "fru Holm", "handläggare Anna", "klienten Amir Karimi"
            if word.start in titled and not kind.upper and not kind.function:
                named = [word]
                if (following := words.after(idx)) and (following.kind.surname or not following.kind.plain):
                    named.append(following)
                if _COMPANY_FORM_AFTER.match(text, named[-1].end):
                    continue  # "Sökande: Vindkraft Norrberga AB" is a company
                spans.add(named, 0.75)
                parts.update(n.text for n in named)

    def _coreferences(self, text, words: _Words, spans, parts) -> None:
        """Parts of a found full name, used alone elsewhere, are the same person."""
        known = {piece.lower() for part in parts for piece in part.replace("-", " ").split() if len(piece) > 1}
        if not known:
            return
        for idx, kind in enumerate(map(self._kind, words.texts)):
            w = kind.lower
            base = w[:-1] if w.endswith("s") and w[:-1] in known else w
            if base in known and (word := words.at(idx)) and not spans.covered(word, 0.5) \
                    and not (base in self.ambiguous and _sentence_start(text, word.start)):
                spans.add([word], 0.7)


class _Found:
    """Name spans found so far, and the best score covering each word."""

    def __init__(self) -> None:
        self.scores: dict[tuple[int, int], float] = {}
        self._cover: dict[int, float] = {}

    def add(self, words: list[_Word], score: float, start: int | None = None) -> None:
        span = (words[0].start if start is None else start, words[-1].end)
        self.scores[span] = max(score, self.scores.get(span, 0.0))
        for word in words:
            self._cover[word.start] = max(score, self._cover.get(word.start, 0.0))

    def covered(self, word: _Word, min_score: float) -> bool:
        return self._cover.get(word.start, -1.0) >= min_score


def _name_day_lines(views: TextViews) -> list[tuple[int, int]]:
    """The lines that list name days ("Namnsdagar i veckan: Malin, Malte, Ingrid"): their names
    are the calendar's, nobody's."""
    return [line_around(views.text, start) for start, _ in _NAME_DAYS.find(views)]


def _web_addresses(text: str):
    """The web addresses in ``text``: looked for only in the words that hold a "/" (a search
    for a bare domain at every position costs more than the whole name rule)."""
    slash = text.find("/")
    while slash >= 0:
        start = max(text.rfind(" ", 0, slash), text.rfind("\n", 0, slash), text.rfind("\t", 0, slash)) + 1
        end = min((pos for blank in " \n\t" if (pos := text.find(blank, slash)) >= 0), default=len(text))
        if "." in text[start:end] and (url := _URL.search(text, start, end)):  # a web address has a dotted domain
            yield url
        slash = text.find("/", end)


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is called or declared, as in code."""
    return (end < len(text) and text[end] == "(") or text.endswith(_CODE_KEYWORDS_BEFORE, 0, start)


def _listed_or_initialled(text: str, start: int, end: int) -> bool:
    """Whether the text around a surname is that of a list ("Lindgren, Anna") or an initial ("A. Lindgren", "J Mäkinen")."""
    return text.startswith(", ", end) or "." in text[max(0, start - 2):start] or _bare_initial(text, start)


def _bare_initial(text: str, start: int) -> bool:
    """Whether one capital letter and a space stand right before ``start``, as a word of their own."""
    return start >= 2 and text[start - 1] == " " and text[start - 2].isupper() and (start == 2 or not (text[start - 3].isalnum() or text[start - 3] == "."))


def _adjacent(text: str, left_end: int, right_start: int) -> bool:
    """Whether two words stand next to each other in a name: one space, or a particle ("von")."""
    gap = right_start - left_end
    if gap == 1:
        return text[left_end] == " "
    return gap <= 6 and text[left_end:right_start].strip() in _PARTICLES


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \t\"'(")
    return not before or before[-1] in ".!?:\n•-*>#"
