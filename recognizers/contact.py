"""PHONE_NUMBER, EMAIL_ADDRESS and SE_ADDRESS: contact details of people.

E-mail addresses are found also when spelt out against harvesters ("anna(at)gmail.com").
Phone numbers are validated by ``phonenumbers`` (Swedish numbering plan by default,
international ones with their + or 00 prefix). A cheap pattern finds candidates first:
only strings that start with 0, + or 00 and hold 7–15 digits are parsed, which keeps
dates, amounts and order numbers out. Functional contact points in published texts
(switchboards, service desks, role mailboxes such as registrator@ or support@) are
public and scored below the redaction threshold.
"""

from __future__ import annotations

import phonenumbers
import regex

from recognizers.base import Keywords, SwedishRecognizer, TextViews, word_stems

# Swedish numbers are written with their leading 0, international ones with + or 00.
# One space at a time: a wider gap parts the columns of a table ("2 000        980   1").
_PHONE_CANDIDATE = regex.compile(r"(?<![\w+/.-])(?:\+|\(?0)(?:[\d\-()/]|[ ](?![ ])){5,18}\d(?![\w/]|[.,-]\d)")
_PHONE_CONTEXT = ["tel", "telefon", "mobil", "mob", "mobilnummer", "telefonnummer", "ring", "nås på", "sms", "phone", "call", "cell", "nummer", "direkt", "hem"]
_ORGANISATION_WORDS = [
    "växel", "vxl", "kundtjänst", "kundservice", "kundcenter", "servicecenter", "kontaktcenter", "servicedesk", "service desk", "support",
    "kommunens", "reception", "helpdesk", "switchboard", "upplysning", "felanmälan", "vakthavande", "presstjänst", "presstelefon",
    "presskontakt", "pressjour", "press contact", "press office", "media enquiries", "media inquiries", "jourlinje", "jourtelefon",
    "tidsbokning", "telefontid",
]
# …and a service named by a compound: "Giftinformationscentralen 010-…", "Skatteupplysningen 0771-…", "Läkarjouren"
_SERVICE_COMPOUND = r"|\p{L}{3,}(?:information|upplysning|jour(?!nal))"
# Before the number: "Växel 08-…"
_ORGANISATION_LINE = regex.compile(word_stems(_ORGANISATION_WORDS).pattern + _SERVICE_COMPOUND, regex.IGNORECASE)
# …or the label of the line it stands on: "Media enquiries: press@…, +46 8 …"
_ORGANISATION_LABEL = regex.compile(rf"[ \t]*(?i:{'|'.join(map(regex.escape, _ORGANISATION_WORDS))})[\w ]{{0,20}}:")
# After it: "08-… (växel)", or a service's opening hours in brackets: "010-… (vardagar 8–17)".
_OPENING_HOURS = ["vardagar", "helgfria vardagar", "mån–fre", "mån-fre", "måndag–fredag", "måndag-fredag", "dygnet runt", "öppet"]
_ORGANISATION_AFTER = regex.compile(
    rf"[ \t]*\(?(?i:{'|'.join(map(regex.escape, _ORGANISATION_WORDS))})|[ \t]*\((?i:{'|'.join(map(regex.escape, _OPENING_HOURS))})"
)

_WHOLE_MOBILE = regex.compile(r"07\d{8}(?= )")  # a mobile number written without spaces, before what follows it
_DATE_OR_RANGE = regex.compile(r"\d{4}-\d\d-\d\d(?:\s*-\s*\d{4}-\d\d-\d\d)?")
_NOT_A_NUMBER = regex.compile(r"[0\D]*$|00[-–]")  # only zeros ("000000-0000"); a range's end, not the prefix 00
_PERSONNUMMER_SHAPE = regex.compile(r"\d{6}[-+ ]?\d{4}|\d{8}[-+ ]?\d{4}")
_LOCAL_PART_SEPARATORS = regex.compile(r"[._+-]")

_EMAIL = regex.compile(r"(?<![\w.+-])(?P<local>[\w.+-]{1,64})@(?:[\w-]{1,63}\.)+[A-Za-z]{2,24}(?![\w-])")
# Spelt out against address harvesters: "anna.lind(at)gmail.com", "erik [at] foretag [dot] se". Found
# from the "(at)" (a search for the whole address at every position costs more than all the rest).
_SPELT_AT = Keywords(["(at)", "[at]", "(snabel-a)"])
_LOCAL_BEFORE = regex.compile(r"(?<![\w.+-])[\w.+-]{1,64}[ ]?$")
_DOMAIN_AFTER = regex.compile(r"(?i)[ ]?(?:[\w-]{1,63}(?:\.|[ ]?[(\[](?:dot|punkt)[)\]][ ]?))+[A-Za-z]{2,24}(?![\w-])")
_ROLE_MAILBOX = regex.compile(
    r"^(?:info|kontakt|contact|support|servicedesk|service|helpdesk|it|it-support|itsupport|registrator|registratur|kommun|kommunen|region|"
    r"kundtjanst|kundservice|kundtjänst|dataskydd|dataskyddsombud|dpo|gdpr|noreply|no-reply|press|media|ekonomi|faktura|fakturor|invoice|"
    r"hr|lon|lön|rekrytering|jobb|order|sales|sälj|webmaster|postmaster|abuse|security|sakerhet|säkerhet|incident|ai|arkiv|diarium|"
    r"forvaltning|förvaltning|socialtjanst|socialtjänst|skola|forskola|förskola|bygglov|miljo|miljö|medborgarservice|kontaktcenter|[\w.-]*(?:kontoret|avdelningen|forvaltningen|enheten))$",
    regex.IGNORECASE,
)

# Parts of a functional mailbox's name: ai-stod@, it.support@, hr-avdelningen@.
_FUNCTION_WORDS = frozenset(
    "stod stöd support service info kontakt kansli registrator it hr ekonomi admin noreply team enhet enheten avdelning "
    "avdelningen center centrum desk help helpdesk order bokning reception namnd nämnd kommun region skola bibliotek "
    "kundtjanst kundservice press media ai digitalisering dataskydd gdpr arkiv diarium funktion brevlada brevlåda "
    "rekrytering jobb omsorg ir investor kansliet lon lön nyheter nyhetsbrev news newsletter sales purchasing inkop inköp "
    "forsaljning försäljning marknad marketing billing accounts payroll careers office hello post presstjanst presstjänst "
    "upphandling evenemang kommunikation antagning admissions jobs styrelsen styrelse board radgivning rådgivning "
    "recruitment hittegods lostandfound "
    "fornamn förnamn efternamn firstname lastname namn name user användare anvandare epost email exempel example"
    .split()  # and a template's: fornamn.efternamn@kommunen.se, namn@exempel.se
)

# Said to be shared, whatever its name: "mejla vår funktionsbrevlåda mangfald@…"
_SHARED_MAILBOX_BEFORE = word_stems(
    ["funktionsbrevlåda", "funktionsadress", "gruppbrevlåda", "gemensamma brevlåda", "gemensamma adress", "shared mailbox"]
)
# Compounds of the longer ones are functional too, first or last: presstjanst@, skuldradgivning@.
_FUNCTION_PREFIXES = tuple(word for word in _FUNCTION_WORDS if len(word) >= 5)
_FUNCTION_SUFFIXES = tuple(word for word in _FUNCTION_WORDS if len(word) >= 6)

_STREET_SUFFIX = (
    r"gatan|gata|vägen|väg|gränd|gränden|stigen|stig|backen|backe|torget|torg|allén|allé|plan|leden|stråket|kajen|kaj|platsen|"
    r"liden|slingan|parken|höjden|udden|hagen|bryggan|ringen|svängen|terrassen|trappan|esplanaden|promenaden|dalen|kroken|gården|ängen|road|street|avenue|lane"
)
_ADDRESS = regex.compile(
    r"(?<![\p{L}\d])(?:(?:\p{Lu}[\p{L}.-]*|\d+:?e|S:t|St\.?)[ ]){0,2}"
    r"(?:\p{Lu}[\p{Ll}åäöéü-]*(?:" + _STREET_SUFFIX + r")|\p{Lu}[\p{Ll}åäöéü-]+[ ](?:" + _STREET_SUFFIX + r"))"
    r"[ ]\d{1,3}(?![\d]|:\d)(?:[ ]?[A-Za-z](?![\p{L}]))?(?:-\d{1,3})?"  # not a property's designation: "Lillbacken 1:201"
    r"(?:,?[ ](?:(?:lgh|lägenhet|vån|våning|tr|c/o)\.?[ ]?\d{1,4}(?:[ ]?tr\.?)?|\d{1,2}[ ]?(?:tr|trappor|vån)\.?))?"
    # the postcode and town after a comma, on the next line or in the next column of a table
    r"(?:(?:,|[ ]?[;|\t])?[ \n]*(?P<postcode>\d{3}[ ]?\d{2})[ ]+\p{Lu}[\p{L}]+(?:[ ]\p{Lu}[\p{L}]+)?)?"
)
# Typed in lower case, as in a chat ("jag bor på lärkgatan 9 lgh 1102 722 14 västerås"): a compound
# street name only ("storgatan", not "på vägen 5 min") of the street words that name nothing else
# ("handlingsplan 2" is no address), its number, flat and postcode.
_LOWER_CASE_ADDRESS = regex.compile(
    r"\p{Ll}{3,}(?:gatan|gata|vägen|väg|gränd|gränden|backen|torget|allén|stigen)[ ]\d{1,3}[a-z]?(?!\d|:\d)(?:,?[ ](?:lgh|lägenhet)\.?[ ]?\d{4})?"
    r"(?:,?[ ](?P<postcode>\d{3}[ ]?\d{2})(?:[ ]+\p{Ll}+)?)?"
)
# …and in capitals, as on an envelope or a scanned letter (OCR may read an l as 1: "K1OCKAREGATAN 3 LGH 1201").
_UPPER_CASE_ADDRESS = regex.compile(
    r"[\p{Lu}\d]{2,}(?:GATAN|GATA|VÄGEN|VÄG|GRÄND|GRÄNDEN|BACKEN|TORGET|ALLÉN|STIGEN)[ ]\d{1,3}[A-Z]?(?!\d|:\d)"
    r"(?:,?[ ](?:LGH|LÄGENHET)\.?[ ]?\d{4})?(?:,?[ \n]+(?P<postcode>\d{3}[ ]?\d{2})[ ]+\p{Lu}{2,}(?:[ ]\p{Lu}{2,})?)?"
)
# A place name and number before a postcode and town is an address whatever the name ends
# in ("Sandvik 14, 686 96 Östra Ämtervik", "Skogsbrynet 2, 826 40 Söderhamn"): found from the
# comma before the postcode, the name read backwards from it.
_POSTCODE_AFTER_COMMA = regex.compile(r",[ ]?\d{3}[ ]?\d{2}[ ]+\p{Lu}[\p{L}]+(?:[ ]\p{Lu}[\p{L}]+)?")
_PLACE_AND_NUMBER = regex.compile(r"(?<![\p{L}\d])(?:\p{Lu}[\p{L}-]*[ ]){0,2}\p{Lu}[\p{Ll}åäöéü-]+[ ]\d{1,4}(?:[ ]?[A-Za-z])?(?:,[ ]\d{1,2}[ ]?tr\.?)?$")
# A farm has no number: "Norra Bäcka gård, 686 93 Sunne", "Lillgården, 686 93 Sunne"
_FARM = regex.compile(r"(?<![\p{L}\d])(?:(?:\p{Lu}[\p{L}-]*[ ]){1,3}gård|\p{Lu}\p{Ll}+gården)$")
# Cheap anchor: a street word followed by a number; the full pattern runs only around it.
_STREET_WORDS = Keywords(_STREET_SUFFIX.split("|"))
_WORD_START = regex.compile(r"(?<![\p{L}\d:.])[\p{L}\d]")
_BOX = regex.compile(r"^\s*(?:Box|Postbox|Fack)\b", regex.IGNORECASE)
_CARE_OF = regex.compile(r"(?i)(?<![\p{L}\d])c/o[ ]")
_HOME = word_stems(["bor på", "bor i", "boende", "bostad", "hemadress", "adress", "folkbokförd", "flyttat till", "flyttar till", "skriven på", "lives at", "living at", "home address", "address", "c/o"])
_PUBLIC_PLACE = word_stems([
    "kommunhuset", "stadshuset", "rådhuset", "town hall", "city hall", "kontor", "kontoret", "lokal", "lokalen", "besöksadress", "receptionen",
    "biblioteket", "huvudkontor", "entré", "office", "venue", "konferens", "visitor", "located at", "hitta hit", "besök oss",
])
_PHONE_FIELD_BEFORE = regex.compile(r"(?i)(?:msisdn|phone|mobile|mobil\w*|tel\w*|cell)[\"']?[ \t]*[:=;,\t][ \t]*[\"']?$")
_SERVICE_NUMBER = regex.compile(r"^(?:77|20|900|939|944)")  # 077x service, 020 free, 0900 premium


class ContactRecognizer(SwedishRecognizer):
    ENTITIES = ["PHONE_NUMBER", "EMAIL_ADDRESS", "SE_ADDRESS"]
    CONTEXT = _PHONE_CONTEXT

    def analyze(self, text, entities, nlp_artifacts=None):
        views = TextViews.of(text, nlp_artifacts)
        return self._phones(views) + self._emails(views) + self._addresses(views)

    def _phones(self, views: TextViews):
        text = views.text
        results = []
        for match in views.in_numbers(_PHONE_CANDIDATE):
            candidate = match.group().rstrip(" -/(")
            digits = sum(c.isdigit() for c in candidate)
            if digits > 15 and (written_whole := _WHOLE_MOBILE.match(candidate)):
                candidate, digits = written_whole.group(), 10  # "0701740682 4 250 000": a number, then an amount
            if not 7 <= digits <= 15:
                continue
            if _DATE_OR_RANGE.fullmatch(candidate) or _NOT_A_NUMBER.match(candidate):
                continue  # ISO dates and date ranges, a template's zeros, a range "433 00–433 99"
            if _PERSONNUMMER_SHAPE.fullmatch(candidate) and not candidate.startswith("0"):
                continue  # personnummer shape: that recognizer decides
            try:
                number = phonenumbers.parse(candidate, "SE")
            except phonenumbers.NumberParseException:
                continue
            # Numbers with a country code only need to be possible: the numbering plans of other
            # countries change faster than the library, and a + sign is intent enough.
            if not (phonenumbers.is_valid_number(number) or (candidate.startswith(("+", "00")) and phonenumbers.is_possible_number(number))):
                continue
            service_number = number.country_code == 46 and _SERVICE_NUMBER.match(str(number.national_number))
            start, end = match.start(), match.start() + len(candidate)
            line_start = text.rfind("\n", 0, start) + 1
            organisation = _ORGANISATION_LINE.search(text, max(line_start, start - 40), start) \
                or _ORGANISATION_AFTER.match(text, end) or _ORGANISATION_LABEL.match(text, line_start, start)
            if service_number or organisation:
                results.append(self.result("PHONE_NUMBER", start, end, 0.3))
                continue
            results.append(self.with_context("PHONE_NUMBER", text, start, end, 0.6))
        return results + self._without_plus(views)

    def _without_plus(self, views: TextViews):
        """A Swedish number in E.164 without its + under a phone field (a telco's or a CRM's export:
        "msisdn": "46701740688"); elsewhere eleven digits may be anything."""
        text = views.text
        results = []
        for start, end in views.numbers:
            digits = text[start:end]
            if not (digits.startswith("46") and 10 <= len(digits) <= 12 and digits.isdigit()) \
                    or not _PHONE_FIELD_BEFORE.search(text, max(0, start - 25), start):
                continue
            if phonenumbers.is_valid_number(phonenumbers.parse("+" + digits)):
                results.append(self.result("PHONE_NUMBER", start, end, 0.85))
        return results

    def _emails(self, views: TextViews):
        text = views.text
        found = [(*match.span(), match.group("local")) for match in _EMAIL.finditer(text)] if "@" in text else []
        found += _spelt_out_emails(views)
        results = []
        for start, end, local in found:
            parts = _LOCAL_PART_SEPARATORS.split(local.lower())
            functional = _ROLE_MAILBOX.match(local) or any(p in _FUNCTION_WORDS or p.startswith(_FUNCTION_PREFIXES) or p.endswith(_FUNCTION_SUFFIXES) for p in parts) \
                or _SHARED_MAILBOX_BEFORE.search(text, max(0, start - 40), start)
            score = 0.3 if functional else 0.85
            results.append(self.result("EMAIL_ADDRESS", start, end, score))
        return results

    @staticmethod
    def _address_around(text: str, anchor: int) -> regex.Match | None:
        """The address whose street word holds ``anchor``: the pattern is tried only at the
        street word's start and up to two words before it ("Drottning Kristinas väg 4"),
        earliest first, instead of at every position of a window."""
        line_start = text.rfind("\n", max(0, anchor - 60), anchor) + 1
        starts = [m.start() for m in _WORD_START.finditer(text, max(line_start, anchor - 60), anchor + 1)][-3:]
        for start in starts:
            match = _ADDRESS.match(text, start, min(len(text), anchor + 120))
            if match and match.end() > anchor:
                return match
        return None

    def _addresses(self, views: TextViews):
        text = views.text
        results = []
        seen_until = -1
        for anchor, anchor_end in _STREET_WORDS.find(views):
            if anchor < seen_until or not text.startswith(" ", anchor_end) or not text[anchor_end + 1:anchor_end + 2].isdigit():
                continue
            word_start = _word_start(text, anchor)
            match = self._address_around(text, anchor) \
                or _LOWER_CASE_ADDRESS.match(text, word_start) or _UPPER_CASE_ADDRESS.match(text, word_start)
            if match is None or _BOX.match(match.group()):
                continue
            seen_until = match.end()
            results.append(self.result("SE_ADDRESS", *match.span(), _address_score(text, match.start(), bool(match.group("postcode")))))
        return results + self._places_before_postcodes(text, [result.start for result in results])

    def _places_before_postcodes(self, text: str, found: list[int]) -> list:
        results = []
        for postcode in _POSTCODE_AFTER_COMMA.finditer(text):
            comma = postcode.start()
            line_start = text.rfind("\n", 0, comma) + 1
            place = _PLACE_AND_NUMBER.search(text, line_start, comma) or _FARM.search(text, line_start, comma)
            if place is None or any(place.start() <= start < postcode.end() for start in found):
                continue
            if _BOX.match(place.group()) and not _CARE_OF.search(text, line_start, place.start()):
                continue  # an organisation's post box; through someone ("c/o Berg, Box 12") it is a person's
            results.append(self.result("SE_ADDRESS", place.start(), postcode.end(), _address_score(text, place.start(), True)))
        return results


def _spelt_out_emails(views: TextViews) -> list[tuple[int, int, str]]:
    """(start, end, local part) of each address spelt out around an "(at)"."""
    text, found = views.text, []
    for at_start, at_end in _SPELT_AT.find(views):
        local = _LOCAL_BEFORE.search(text, max(0, at_start - 66), at_start)
        domain = _DOMAIN_AFTER.match(text, at_end)
        if local and domain:
            found.append((local.start(), domain.end(), local.group().rstrip()))
    return found


def _word_start(text: str, pos: int) -> int:
    """Where the word holding ``pos`` starts (a digit in it too: OCR reads l as 1)."""
    while pos and text[pos - 1].isalnum():
        pos -= 1
    return pos


def _address_score(text: str, start: int, postcode: bool) -> float:
    """Someone's home ("bor på"), a public building's or visitors' address (below the threshold),
    or an address with its postcode, which is most often where someone lives or gets post."""
    before = text[max(0, start - 40):start]
    if _HOME.search(before):
        return 0.85
    if _PUBLIC_PLACE.search(before):
        return 0.3
    return 0.85 if postcode else 0.6
