"""CREDENTIAL: API keys, tokens, passwords, private keys and connection strings.

The provider-specific patterns and the keyword rules ("password = ...") come from
``detect-secrets``, which its maintainers keep up to date; we only add what it lacks
(newer OpenAI and Anthropic key formats, Google API keys, bearer tokens, whole PEM
blocks, Swedish "lösenord") and locate each secret's span. A cheap prefilter picks the
lines worth checking, so prose costs almost nothing. Placeholders ("<your-api-key>",
``os.environ[...]``, "${TOKEN}", "changeme") are not secrets.
"""

from __future__ import annotations

import base64
import inspect
import re

import regex
from detect_secrets.plugins import (
    artifactory, aws, azure_storage_key, basic_auth, discord, github_token, gitlab_token, jwt, mailchimp, npm,
    openai, pypi_token, sendgrid, slack, square_oauth, stripe, telegram_token, twilio,
)
from detect_secrets.plugins import keyword
from detect_secrets.plugins.base import RegexBasedDetector

from recognizers.base import Keywords, SwedishRecognizer, TextViews, line_around

_PROVIDER_PATTERNS: list[re.Pattern] = [
    pattern
    for module in (artifactory, aws, azure_storage_key, basic_auth, discord, github_token, gitlab_token, jwt, mailchimp,
                   npm, openai, pypi_token, sendgrid, slack, square_oauth, stripe, telegram_token, twilio)
    for _, cls in inspect.getmembers(module, inspect.isclass)
    if issubclass(cls, RegexBasedDetector) and cls is not RegexBasedDetector and cls.__module__ == module.__name__
    for pattern in cls.denylist
]
_PEM_BLOCK = regex.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----.*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)", regex.DOTALL)
_CODE_WORDS = (
    "portkod", "dörrkod", "larmkod", "tvångskod", "nyckelkod", "grindkod", "garagekod", "nyckelgöm", "nyckelskåp", "nyckelbox",
    "kodlås", "kod till", "koden till", "puk",
)
# Each with words (lower case) one of which a line must hold for the pattern to match there,
# and the signs it needs one of (":=" for an assignment): a line is tried only with the
# patterns whose words and signs it holds.
_OWN_PATTERNS: list[tuple[tuple[str, ...], str, regex.Pattern]] = [
    (("sk-",), "", regex.compile(r"(?<![\w-])sk-(?:proj-|ant-(?:api\d\d-|admin\d\d-)?|svcacct-|admin-|live_|test_)?[A-Za-z0-9_-]{24,}(?![\w-])")),
    (("aiza",), "", regex.compile(r"(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])")),
    (("hf_", "xai-", "gsk_", "r8_"), "", regex.compile(r"(?<![\w-])(?:hf_[A-Za-z0-9]{30,}|xai-[A-Za-z0-9]{30,}|gsk_[A-Za-z0-9]{30,}|r8_[A-Za-z0-9]{30,})(?![\w-])")),
    # Bearer tokens, and HTTP Basic credentials: base64 of user:password ("Proxy-Authorization: Basic dXNlcjpwdw==").
    (("bearer", "basic"), "", regex.compile(
        r"(?i)\bbearer\s+(?P<secret>[A-Za-z0-9._~+/-]{20,}=*)"
        r"|\bauthorization\s*[:=]\s*(?P<secret>basic\s+(?P<basic>[A-Za-z0-9+/]{8,}={0,2}))(?![A-Za-z0-9+/=])"
    )),
    (("npm_", "github_pat_", "glpat-"), "", regex.compile(r"(?<![\w-])(?:npm_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{50,}|glpat-[A-Za-z0-9_-]{20,})(?![\w-])")),
    # user:password@host, also with characters a strict URL parser rejects ("Sommar!2026").
    (("://",), "@", regex.compile(r"(?i)\b[a-z][a-z0-9+.-]*://[^:/\s@]+:(?P<secret>[^@\s/]{3,})@")),
    # Connection strings and .env/config lines: Password=...; API_TOKEN=...
    (("passw", "_pass", "pwd", "accountkey", "sharedaccesskey", "secret", "token", "api_key", "apikey", "access_key", "accesskey"), ":=",
     regex.compile(r"(?i)(?:(?:\b|_)(?:password|passwd|pwd|accountkey|sharedaccesskey|client_secret|secret|token|auth_token|api_?key|access_?key|secret_?key)|_pass)\s*[:=]\s*(?P<secret>[^;\s'\"]{8,})(?=;|\s|$|['\"])")),
    # Quoted assignments in scripts: $pw = 'x', ConvertTo-SecureString 'x', -Password "x"
    (("pw", "pass", "secret", "token", "api_key", "apikey", "convertto-securestring"), "'\"",
     regex.compile(r"(?i)(?:\$?\b(?:pw|pwd|pass|passwd|password|secret|token|api_?key)\b\s*[:=]|convertto-securestring|(?<!\S)-password)\s*['\"](?P<secret>[^'\"\n\s][^'\"\n]{3,})['\"]")),
    # A Sentry DSN: its key is the user part of the URL ("https://<32 hex>@o123.ingest.sentry.io/456")
    (("sentry",), "@", regex.compile(r"(?i)https?://[0-9a-f]{32}(?::[0-9a-f]{32})?@[\w.-]*sentry\.io/\d+")),
    # A signed URL's query (Azure SAS "…?sv=…&sig=…", S3 and GCS presigned "X-Amz-Signature=…"): it grants access by itself
    (("sig=", "signature="), "?", regex.compile(
        r"\?(?P<secret>[^\s\"'<>#]*?(?<![\w-])(?i:sig|x-amz-signature|x-goog-signature)=[A-Za-z0-9%+/=_-]{30,}[^\s\"'<>#]*)")),
    # A kubeconfig's or other YAML's embedded key: "client-key-data: LS0tLS1CRUdJTi…" (a PEM block, base64)
    (("key-data",), ":", regex.compile(r"(?i)\b[\w-]*key-data\s*:\s*(?P<secret>[A-Za-z0-9+/]{40,}={0,2})")),
    # A password written after its name with only a space: "Wi-Fi: FG-Personal / lösen Tallbacken#2024"; it must
    # look like one (letters with digits or signs).
    (("lösen", "losen", "password", "pwd"), "", regex.compile(
        r"(?i)\b(?:lösen(?:ord(?:et)?)?|losen(?:ord)?|password|pwd)[ \t]+(?P<secret>(?=[^\s\"'”]*\p{L})(?=[^\s\"'”]*[\d!@#$%&*+=_-])[^\s\"'”]{6,64})")),
    # Door, alarm and key-safe codes open buildings and homes, a PUK a phone: "nyckelgömma kod 4471", "portkod: 1934",
    # "Larmkod (entré): 5582", "Portkod grind: 4417#", "Nyckelkod: B7-3306", "koden till porten är 1934" (four digits at least)
    (_CODE_WORDS, "", regex.compile(
        r"(?i)\b(?:portkod(?:en)?|dörrkod(?:en)?|larmkod(?:en)?|tvångskod(?:en)?|nyckelkod(?:en)?|grindkod(?:en)?|garagekod(?:en)?"
        r"|nyckelgömma(?:n)?|nyckelskåp(?:et)?|nyckelbox(?:en)?|kodlås(?:et)?"
        r"|kod(?:en)?[ \t]+till[ \t]+(?:porten|dörren|entrén|larmet|grinden|garaget|lägenheten|nyckelskåpet|nyckelgömman|nyckelboxen)"
        r"|puk(?:-?kod(?:en)?)?)"
        r"(?:[ \t]+(?:har[ \t]+)?kod(?:en)?)?(?:[ \t]*\([^()\n]{1,20}\)|[ \t]+\p{Ll}+(?=[ \t]*:))?[ \t]*(?:[:=]|är)?[ \t]*"
        r"(?P<secret>(?=(?:[A-Za-z-]{0,3}\d){4})[A-Za-z0-9][A-Za-z0-9-]{3,11}[#*]?)(?![\w-])")),
    # An AWS secret access key (40 characters, mixed case and digits) in prose, beside its key id or named a secret
    (("akia", "asia", "secret"), "", regex.compile(
        r"(?<![A-Za-z0-9/+])(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[A-Z])(?=[A-Za-z0-9/+]{0,39}\d)[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])")),
    # A variable table of a debugger or an error page: the name, a wide gap, the quoted value ("password   'x'").
    (("passw", "pwd", "secret", "token", "api_key", "apikey"), "'\"",
     regex.compile(r"(?im)^[ \t]*(?:password|passwd|pwd|secret|client_secret|token|access_token|api_?key|secret_?key)(?:[ ]{2,}|\t)[ \t]*['\"](?P<secret>[^'\"\n]{4,})['\"][ \t]*$")),
    # Swedish and English prose: "lösenordet till gästnätet är Kaffekopp47", "password: hunter22",
    # "lösenordet som hon angav var "Linda1984!"" — a few words may stand between, but then the
    # value must look like a password (letters with digits or signs), not an ordinary word.
    (("lösen", "losenord", "passord", "pinkod", "pin-kod", "engångskod", "password", "passphrase"), ":=",
     regex.compile(r"(?i)\b(?:lösenord(?:et)?|lösen|losenord|passord|pinkod(?:en)?|pin-kod(?:en)?|engångskod(?:en)?|password|passphrase)\s*[:=]\s*[\"'“]?(?P<secret>[^\s\"'”]{4,64})")),
    (("lösen", "losenord", "passord", "pinkod", "engångskod", "password", "passphrase", "psk", "nätverksnyckel", "wifi-nyckel",
      "wpa-nyckel"), "", regex.compile(
        r"(?i)\b(?:lösenord(?:et)?|lösen|losenord|passord|pinkod(?:en)?|engångskod(?:en)?|password|passphrase|psk|pre-shared[ ]key"
        r"|(?:nätverks|wifi-|wpa-)nyckel(?:n)?)(?:[\s,:]+[^\s]+){0,10}?[\s,:]+"
        r"(?:är|var|blir|blev|is|was|it's|it is)\s*[:\"'“]?\s*(?P<secret>(?=[^\s\"'”]*\p{L})(?=[^\s\"'”]*[\d!@#$%&*?+=_-])[^\s\"'”]{6,64}?)[\"'”]?(?=[\s.,;!?)]|$)"
    )),
    (("pass", "pw"), ":=", regex.compile(r"(?im)^\s*(?:pass|pwd|pw)\s*[:=]\s*(?P<secret>\S{4,64})\s*$")),
    # "admin / Fjällvind!Router9": a user name and a password written together
    (("admin", "root", "user", "användar", "login"), "/", regex.compile(r"(?i)\b(?:admin|root|user|användare|användarnamn|login)\s*/\s*(?P<secret>[^\s/]*\d[^\s/]*)")),
]
_OWN_PATTERN_WORDS = Keywords(sorted({word for words, _, _ in _OWN_PATTERNS for word in words}))  # found in the shared pass
# Each of detect-secrets' keyword rules is built around its DENYLIST ("api_?key", "password", …),
# and they are its slowest patterns: they run only on lines holding one of its words, and
# those that start with one are tried only where one starts (a search tries every position).
# Both of its rule sets, a rule in both once: (pattern, group of the secret, starts with a word).
_KEYWORD_RULES = [
    (pattern, group, pattern.pattern.startswith(keyword.DENYLIST_REGEX))
    for pattern, group in dict.fromkeys([*keyword.QUOTES_REQUIRED_DENYLIST_REGEX_TO_GROUP.items(), *keyword.CONFIG_DENYLIST_REGEX_TO_GROUP.items()])
]
_DENYLISTED = Keywords(sorted({entry.replace("_?", joint) for entry in keyword.DENYLIST for joint in ("_", "")}))

# Lines without any of these cannot hold a secret any rule would find.
_WORTH_A_LOOK = Keywords([
    "key", "token", "secret", "passw", "_pass", "pwd", "lösen", "losen", "pinkod", "pin-kod", "engångskod", "auth", "bearer",
    "begin", "sk-", "sk_", "rk_", "ghp_", "gho_", "ghs_", "github_pat", "glpat", "xox", "akia", "asia", "aiza", "eyj",
    "://", "sg.", "npm_", "pypi-", "hf_", "xai-", "gsk_", "r8_", "accountkey", "sharedaccess", "twilio",
    "$pw", "securestring", "admin /", "admin/", "root /", "root/", "user /", "login /", "användare /", "användarnamn /",
    *_CODE_WORDS, "psk", "pre-shared", "nätverksnyckel", "wifi-nyckel", "wpa-nyckel", "sig=", "signature=", "sentry",
])
# A provider's key prefix ("xoxb-", "ghp_", "sk-"), taken off before the placeholder check.
_PROVIDER_PREFIX = regex.compile(r"^[A-Za-z]{2,6}[-_]")
# Template values, not secrets: "changeme", "sk-ant-...", "sk-...din-nyckel", "sk_test_xxxxxxxx", a form's
# label ("Lösenord (minst 10 tecken)"), code references (var.db_password, settings.SECRET_KEY, PASSWORD).
_PLACEHOLDER = regex.compile(
    r"(?i)^(?:\$\{.*|\$\(.*\)|\$[A-Z_]+|<.*|\{\{.*\}\}|%\(?\w+\)?s?|\*+|x+|\.\.\.|…|none|null|nil|true|false|undefined|"
    r"change[-_]?me.*|replace[-_]?me.*|not[-_]a[-_]real.*|fake[-_].*|(?:\w+[-_])*x{6,}|(?-i:[A-Z_]+)\)?|pass|passwd|pwd|lösenord|password|secret|your[-_ ].*|(?:din|ditt)[-_ ].*|my[-_]?(?:api[-_]?)?(?:key|token|secret|password)|example.*|.*example(?:key)?|dummy.*|test|placeholder|redacted|\[.*\]|"
    r"os\.environ.*|os\.getenv.*|getenv.*|process\.env.*|env\(.*|environ.*|config\[.*|settings\..*|vault:.*|sk-x+|\w+\(.*|"
    r".*\.\.\..*|.*….*|.*[ ]\(.*\)|(?-i:[a-z_][a-z0-9_]*(?:\.(?:[a-z_][a-z0-9_]*|[A-Z_][A-Z0-9_]*))+))$"
)


class CredentialRecognizer(SwedishRecognizer):
    ENTITIES = ["CREDENTIAL"]

    def analyze(self, text, entities, nlp_artifacts=None):
        views = TextViews.of(text, nlp_artifacts)
        if _WORTH_A_LOOK.first(views) is None:
            return []
        spans: set[tuple[int, int]] = set()
        if "-----BEGIN" in text:
            for match in _PEM_BLOCK.finditer(text):
                self._keep(text, match.span(), spans)
        for line_start, line in _lines_worth_a_look(views):
            line_end = line_start + len(line)
            words_in_line = {views.lowered[start:end] for start, end in _OWN_PATTERN_WORDS.between(views, line_start, line_end)}
            for words, signs, pattern in _OWN_PATTERNS:
                if words_in_line.isdisjoint(words) or (signs and not any(map(line.__contains__, signs))):
                    continue
                for match in pattern.finditer(line):
                    if "basic" in pattern.groupindex and match.group("basic") and not _basic_credentials(match.group("basic")):
                        continue
                    s, e = match.span("secret") if "secret" in pattern.groupindex else match.span()
                    self._keep(text, (line_start + s, line_start + e), spans)
            for pattern in _PROVIDER_PATTERNS:
                if not pattern.search(line):  # as in most lines: a search that fails costs less than a finditer
                    continue
                for match in pattern.finditer(line):
                    s, e = _secret_span(match)
                    self._keep(text, (line_start + s, line_start + e), spans)
            denylisted = sorted({start - line_start for start, _ in _DENYLISTED.between(views, line_start, line_end)})
            if not denylisted:
                continue
            for pattern, group, starts_with_word in _KEYWORD_RULES:
                if starts_with_word:
                    match = _first_match(pattern, line, denylisted)
                else:
                    match = pattern.search(line)
                if match and match.group(group) and not _PROSE.match(match.group(group)):
                    s, e = match.span(group)
                    value = match.group(group)
                    cut = _VALUE_END.search(value)  # config values end at ; or space
                    e = s + cut.start() if cut else e
                    self._keep(text, (line_start + s, line_start + e), spans)
        return [self.result("CREDENTIAL", s, e, 0.9) for s, e in _outermost(spans)]

    @staticmethod
    def _keep(text: str, span: tuple[int, int], spans: set[tuple[int, int]]) -> None:
        value = text[span[0]:span[1]].strip("\"'`,;")
        if len(value) >= 4 and not _placeholder(value):
            spans.add(span)


def _placeholder(value: str) -> bool:
    """A template value, also behind a provider's prefix ("xoxb-your-token-here", "ghp_<token>")."""
    return bool(_PLACEHOLDER.match(value) or _PLACEHOLDER.match(_PROVIDER_PREFIX.sub("", value, count=1)))


def _basic_credentials(encoded: str) -> bool:
    """Whether a Basic value decodes to user:password with a password that is not a placeholder."""
    try:
        decoded = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True).decode("utf-8")
    except ValueError:  # not base64 (binascii.Error), non-ASCII letters the case-blind pattern let in, not UTF-8
        return False
    user, colon, password = decoded.partition(":")
    return bool(colon and user and password) and not _placeholder(password)


_URL_PASSWORD = regex.compile(r"://[^:/\s@]+:(?P<password>[^@\s]+)@")


_VALUE_END = regex.compile(r"[;\s,]")
# What a keyword rule caught after running on past a closing quote ('secreten "db-password" saknas
# i namespace …'): it starts with a blank or reads as a sentence, never as a secret.
_PROSE = regex.compile(r"\s|(?:\S+[ ]){4}")


def _secret_span(match: re.Match) -> tuple[int, int]:
    """A group that captures the secret itself (AWS secret keys), else the whole match (a group like "(ghp|gho)" is only a prefix)."""
    if url := _URL_PASSWORD.search(match.group()):
        return match.start() + url.start("password"), match.start() + url.end("password")  # user:PASSWORD@host
    groups = [match.span(g) for g in range(1, match.re.groups + 1) if match.group(g)]
    longest = max(groups, key=lambda span: span[1] - span[0], default=None)
    return longest if longest and longest[1] - longest[0] >= 16 else match.span()


def _first_match(pattern: re.Pattern, line: str, starts: list[int]) -> re.Match | None:
    """The match of ``pattern`` at the first of ``starts`` where it matches."""
    for start in starts:
        if match := pattern.match(line, start):
            return match
    return None


def _lines_worth_a_look(views: TextViews):
    """(offset, line) of each line holding a keyword."""
    text = views.text
    next_line = 0
    for kw_start, _ in _WORTH_A_LOOK.find(views):
        if kw_start < next_line:
            continue
        start, end = line_around(text, kw_start)
        next_line = end + 1
        yield start, text[start:end]


def _outermost(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and span[0] < kept[-1][1]:
            kept[-1] = (kept[-1][0], max(kept[-1][1], span[1]))
            continue
        kept.append(span)
    return kept
