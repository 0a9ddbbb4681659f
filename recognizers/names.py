"""PERSON: names of people, from lexicons and context, without a statistical model.

No Swedish NER model can be installed here, so a name is recognised by its parts:
a given name from the lexicon followed by a surname (lexicon, or the shape of Swedish
surnames: -son, -berg, -ström, -qvist …), "Surname, Given" lists, initials before a
surname, and a title or role before a capitalised word ("fru Holm", "handläggare
Lindgren"). Given names and surnames that are ordinary words (Per, Bo, Berg, Ek, Strand)
count only together with another name part or a title. Once a full name is found, its
parts alone elsewhere in the prompt are the same person ("Anna", "Lindgrens").
Tables say it by their columns: values under förnamn/efternamn/firstName in an SQL INSERT,
a CSV/TSV table or JSON are names. Code identifiers (CamelCase, calls, the word after
``import``/``class``) and a given name before an institution ("Svea hovrätt") are not.
A lone given name is reported with a low score: below the redaction threshold, but it
still makes health or social-services terms in the same prompt about an identifiable
person (see the co-occurrence rule of the policy).
"""

from __future__ import annotations

import bisect
import functools
from typing import NamedTuple

import regex

from recognizers.base import Keywords, SwedishRecognizer, TextViews, load_lexicon

_WORD = regex.compile(r"(?<![\p{L}\d])\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?(?![\p{L}\d])")
_PARTICLES = frozenset({"von", "af", "de", "van", "der", "den", "al", "el", "bin", "ibn", "di", "da", "del", "la", "le", "du"})
_INITIAL = regex.compile(r"(?<![\p{L}\d.])\p{Lu}\.?[ ]?(?:\p{Lu}\.[ ]?)?$")
# Shapes that make a word a surname even after an unknown given name ("Dženan Hasanović").
_DISTINCT_SURNAME = regex.compile(r"(?:sson|ović|ovič|ević|ić|inen|zadeh|oglu|oğlu|wicz|ski|ska)$")
# Words before a place or surname-like word that make it an organisation, not a person.
_PLACE_WORDS = frozenset("region kommun stad park hotell hotel skola café cafe restaurang klinik förskola kyrka torget gatan bygg konsult gruppen".split())
_ORGANISATION_SUFFIX = regex.compile(r"(?:avdelningen|enheten|kontoret|förvaltningen|skolan|huset|gruppen|verket|kassan|nämnden|regionen|kommun|bolaget|centret|centrum)$")
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
    "familjen", "family", "förnamn", "fornamn", "efternamn", "namn", "firstname", "first_name", "lastname", "last_name", "surname", "full name",
])
# Also a JSON field's quotes: "firstName": "Erik".
_AFTER_TITLE = regex.compile(r"\w*[\"'`]?[ \t]*[:,=]?[ \t]*[\"'`]?")
# Capitalised words that follow a role at a sentence start but are never names.
_FUNCTION_WORDS = frozenset(
    "du han hon hen jag vi ni de den det detta denna dessa som och men eller när om efter inför under vid med för till "
    "från i på är har var ska kan vill får the he she they we you it his her their our this that and or but in on at for "
    "as string int integer boolean dim new return public private static void class import select where null true false end sub function "
    "mån tis ons tor fre lör sön mon tue wed thu fri sat sun".split()
)
_GREETING = regex.compile(
    r"(?i)(?:\b(?:hej|hejsan|hallå|hi|hello|dear|kära|bästa|tack|mvh|hälsningar|hälsning|regards|cheers|thanks)[!,.]?[ \t\n]*|(?:^|\n)[ \t]*(?:/|//|–|-)[ \t]*)$"
)
# A given name that names an institution: "Svea hovrätt", "Viktor Rydbergs gymnasium", "Maria vårdcentral".
_INSTITUTION_AFTER = regex.compile(
    r"s?[ \t]+(?i:hovrätt|tingsrätt|kammarrätt|förvaltningsrätt|kommun|region|län|skola|skolan|förskola|förskolan|gymnasium|gymnasiet|"
    r"vårdcentral|vårdcentralen|sjukhus|sjukhuset|kyrka|kyrkan|församling|bibliotek|biblioteket|park|parken|torg|torget|gata|gatan|väg|vägen)(?![\p{L}\d])"
)
# Code identifiers are never names: CamelCase ("OpenAI", "CaseClient"; not "McDonald", "DeSantis"),
# a call ("Erik(" is a function), and the word after a declaration or import keyword.
_CAMEL_CASE = regex.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}")
_CODE_KEYWORDS_BEFORE = ("import ", "class ", "def ", "from ", "new ", "function ", "interface ", "struct ", "enum ")
# Verbs only people do: a given name that is also a word ("Sten", "Rosa", "Bo") before one is a person.
_PERSON_VERB_AFTER = regex.compile(
    r"[ \t]+(?:vill|önskar|tycker|säger|sa|berättar|berättade|undrar|frågar|frågade|mår|jobbar|arbetar|kollar|ringer|ringde|"
    r"mejlar|skriver|tackar|slutar|börjar[ \t]+(?:på|hos|i)|går[ \t]+i[ \t]+pension|har[ \t]+(?:lämnat[ \t]+in|sökt|ansökt|sagt|frågat|berättat|ringt|mejlat)|"
    r"är[ \t]+(?:sjuk|sjukskriven|ledig|föräldraledig|på[ \t]+semester))(?![\p{L}\d])"
)
# Columns that hold only people's given or family names; a bare "namn"/"name" may hold companies.
_NAME_COLUMNS = frozenset(
    "förnamn fornamn efternamn tilltalsnamn mellannamn firstname first_name givenname given_name lastname last_name "
    "surname familyname family_name fullname full_name".split()
)
_NAME_COLUMN_WORDS = Keywords(list(_NAME_COLUMNS))
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
    identifier: bool  # CamelCase: a name in code


class _Word(NamedTuple):
    start: int
    end: int
    text: str
    kind: _Kind


class PersonNameRecognizer(SwedishRecognizer):
    ENTITIES = ["PERSON"]

    def __init__(self, supported_language: str = "sv") -> None:
        super().__init__(supported_language)
        self.first_names = load_lexicon("first_names.txt")
        self.surnames = load_lexicon("surnames.txt")
        self.ambiguous = load_lexicon("ambiguous_words.txt")

    # -- token classes -------------------------------------------------------------
    @functools.lru_cache(maxsize=1 << 16)  # the same capitalised words recur in every prompt
    def _kind(self, word: str) -> _Kind:
        w = word.lower()
        function = w in _FUNCTION_WORDS
        listed_given = w in self.first_names
        plain = w in self.ambiguous
        upper = word.isupper()
        place_or_organisation = w in _PLACE_WORDS or bool(_ORGANISATION_SUFFIX.search(w))
        return _Kind(
            lower=w,
            # "Tor" is a name, "Tor 08–16" in a schedule is Thursday
            given=not function and (listed_given or ("-" in w and all(p in self.first_names for p in w.split("-")))),
            listed_given=listed_given,
            surname=self._surname(w),
            plain=plain,
            function=function,
            upper=upper,
            place_or_organisation=place_or_organisation,
            unknown_given=not (upper or plain or function or len(word) > 12 or place_or_organisation),
            distinct_surname=not plain and not listed_given and (w in self.surnames or bool(_DISTINCT_SURNAME.search(w))),
            identifier=bool(_CAMEL_CASE.match(word)),
        )

    def _surname(self, w: str) -> bool:
        if w in self.surnames or ("-" in w and all(p in self.surnames or _SURNAME_SHAPE.search(p) for p in w.split("-"))):
            return True
        base = w[:-1] if w.endswith("s") and w[:-1] in self.surnames else None  # genitive "Lindgrens"
        return bool(base) or (len(w) >= 5 and bool(_SURNAME_SHAPE.search(w)) and w not in self.ambiguous)

    # -- recognition ---------------------------------------------------------------
    def analyze(self, text, entities, nlp_artifacts=None):
        views = TextViews.of(text, nlp_artifacts)
        words = [
            _Word(m.start(), m.end(), w, kind) for m in _WORD.finditer(text)
            if len(w := m.group()) > 1 and not (kind := self._kind(w)).identifier and not _in_code(text, m.start(), m.end())
        ]
        spans = _Found()
        parts: set[str] = set()
        i = 0
        while i < len(words):
            if words[i].kind.given or words[i].kind.unknown_given:
                i += max(self._full_name(text, words, i, spans, parts), 1)
            else:
                i += 1  # no name starts here: neither a given name nor one that may be unknown
        titled = _after_titles(views)
        self._titled_and_listed(text, words, spans, parts, titled)
        self._signatures(views, words, spans, parts)
        if _NAME_COLUMN_WORDS.first(views) is not None:
            self._name_columns(views, spans, parts)
        self._coreferences(text, words, spans, parts)
        return [self.result("PERSON", s, e, score) for (s, e), score in sorted(spans.scores.items())]

    def _full_name(self, text, words, i, spans, parts) -> int:
        """Given name(s) followed by surname(s) starting at words[i]; returns words used."""
        first = words[i]
        if not first.kind.given:
            return self._unknown_given_name(text, words, i, spans, parts)
        j = i + 1
        while j < len(words) and _adjacent(text, words[j - 1], words[j]) and words[j].kind.given and not words[j].kind.surname:
            j += 1  # middle given names: "Anna Maria Lindqvist"
        k = j
        while k < len(words) and _adjacent(text, words[k - 1], words[k]) and (words[k].kind.surname or (k > j and words[k].kind.given)):
            k += 1
        if k == j and self._coordinated(text, words, j):
            # "Per-Olof och Anna-Karin Gustafsson": the first given name shares the surname.
            spans.add(words[i:j], 0.8)
            parts.update(w.text for w in words[i:j])
            return j - i
        if k == j:
            # No surname-shaped word: accept an unknown capitalised word after an unambiguous given name.
            after = words[j].kind if j < len(words) else None
            if after is not None and _adjacent(text, words[j - 1], words[j]) and not after.plain and not first.kind.plain \
                    and not after.listed_given and not after.upper:
                k = j + 1
                score = 0.6
            else:
                self._lone_given_name(text, first, spans)
                return 1
        else:
            ambiguous = first.kind.plain and all(w.kind.plain for w in words[j:k])
            score = 0.6 if ambiguous else 0.85
        spans.add(words[i:k], score)
        parts.update(w.text for w in words[i:k])
        return k - i

    def _lone_given_name(self, text, word: _Word, spans) -> None:
        """A given name on its own.

        In a greeting or sign-off ("Hej Malin!", "/Jonas", "Cheers,\nTom") it is a person even
        when it is also a word; mid-sentence an unambiguous given name is a person; at a
        sentence start it may be anything and only counts as identifying (low score).
        """
        if _INSTITUTION_AFTER.match(text, word.end):
            return
        greeted = _GREETING.search(text, max(0, word.start - 25), word.start) and _END_OF_ADDRESS.match(text, word.end)
        signature = (word.start == 0 or text[word.start - 1] == "\n") and _ALONE_ON_LINE.match(text, word.end)
        if greeted or signature or _PERSON_VERB_AFTER.match(text, word.end):
            spans.add([word], 0.7)
        elif not word.kind.plain:
            spans.add([word], 0.4 if _sentence_start(text, word.start) else 0.55)

    def _unknown_given_name(self, text, words, i, spans, parts) -> int:
        """A capitalised word not in the lexicon before a distinctive surname: "Dženan Hasanović"."""
        # The per-word conditions first: they rule out almost every word at no cost.
        if i + 1 >= len(words) or not (words[i].kind.unknown_given and words[i + 1].kind.distinct_surname):
            return 1
        if not _adjacent(text, words[i], words[i + 1]) or _sentence_start(text, words[i].start):
            return 1
        spans.add(words[i:i + 2], 0.6)
        parts.update((words[i].text, words[i + 1].text))
        return 2

    def _signatures(self, views: TextViews, words, spans, parts) -> None:
        """The name line under a sign-off: "Kind regards,\nGiulia Ferraro"."""
        text = views.text
        starts = [w.start for w in words]
        line_starts = {text.rfind("\n", 0, start) + 1 for start, _ in _SIGN_OFFS.find(views)}
        for match in filter(None, (_SIGN_OFF_LINE.match(text, line_start) for line_start in sorted(line_starts))):
            line = words[bisect.bisect_left(starts, match.start("name")):bisect.bisect_left(starts, match.end("name"))]
            if 1 <= len(line) <= 3 and not any(w.kind.function or w.kind.place_or_organisation for w in line):
                spans.add(line, 0.75)
                parts.update(w.text for w in line)

    def _name_columns(self, views: TextViews, spans, parts) -> None:
        """Values under a given-name or family-name column: an SQL INSERT's rows, or a CSV/TSV
        table under its header line. A name there needs no lexicon: the column says what it is."""
        text = views.text
        done: set[int] = set()
        for start, _ in _NAME_COLUMN_WORDS.find(views):
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
        wanted = {i for i, c in enumerate(columns) if c in _NAME_COLUMNS}
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
        """A table cell's name, when it is written as one (capitalised, letters only)."""
        match = _WORD.fullmatch(text, start, end)
        if match and not self._kind(match.group()).upper:
            word = _Word(start, end, match.group(), self._kind(match.group()))
            spans.add([word], 0.8)
            parts.add(word.text)

    def _coordinated(self, text, words, j) -> bool:
        """Whether words[j-1] is followed by "och"/"&" and another full name."""
        if j + 1 >= len(words):
            return False
        gap = text[words[j - 1].end:words[j].start]
        return gap in (" och ", " & ", " and ") and words[j].kind.given and words[j + 1].kind.surname \
            and _adjacent(text, words[j], words[j + 1])

    def _titled_and_listed(self, text, words, spans, parts, titled: set[int]) -> None:
        for idx, word in enumerate(words):
            kind = word.kind
            if not (kind.surname or word.start in titled) or spans.covered(word, 0.5):
                continue  # every rule below needs a surname-like word or a title before it
            following = words[idx + 1] if idx + 1 < len(words) else None
            # "Lindgren, Anna" in lists and signatures.
            if kind.surname and following is not None and text[word.end:following.start] == ", " \
                    and following.kind.given and not (kind.plain and following.kind.plain):
                spans.add([word, following], 0.8)
                parts.update((word.text, following.text))
                continue
            # "A. Lindgren", "A-K Berg"
            if kind.surname and not kind.plain and text[max(0, word.start - 2):word.start].rstrip().endswith("."):
                before = text[max(0, word.start - 30):word.start]
                if initial := _INITIAL.search(before):
                    spans.add([word], 0.75, start=word.start - (len(before) - initial.start()))
                    parts.add(word.text)
                    continue
            # "fru Holm", "handläggare Anna", "klienten Amir Karimi"
            if word.start in titled and not kind.upper and not kind.function:
                named = [word]
                if following is not None and _adjacent(text, word, following) and (following.kind.surname or not following.kind.plain):
                    named.append(following)
                spans.add(named, 0.75)
                parts.update(n.text for n in named)

    def _coreferences(self, text, words, spans, parts) -> None:
        """Parts of a found full name, used alone elsewhere, are the same person."""
        known = {piece.lower() for part in parts for piece in part.replace("-", " ").split() if len(piece) > 1}
        if not known:
            return
        for word in words:
            w = word.kind.lower
            base = w[:-1] if w.endswith("s") and w[:-1] in known else w
            if base in known and not spans.covered(word, 0.5) and not (base in self.ambiguous and _sentence_start(text, word.start)):
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


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is called or declared, as in code."""
    return (end < len(text) and text[end] == "(") or text.endswith(_CODE_KEYWORDS_BEFORE, 0, start)


def _adjacent(text: str, left: _Word, right: _Word) -> bool:
    """Whether two words stand next to each other in a name: one space, or a particle ("von")."""
    gap = right.start - left.end
    if gap == 1:
        return text[left.end] == " "
    return gap <= 6 and text[left.end:right.start].strip() in _PARTICLES


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \t\"'(")
    return not before or before[-1] in ".!?:\n•-*>#"
