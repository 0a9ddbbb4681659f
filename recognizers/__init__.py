"""The Swedish recognizer pack: one Presidio recognizer per family, nothing from the network."""

from __future__ import annotations

from recognizers.base import SwedishRecognizer, load_lexicon
from recognizers.classification import ClassificationRecognizer
from recognizers.contact import ContactRecognizer
from recognizers.credentials import CredentialRecognizer
from recognizers.customers import CustomerIndex, CustomerRecognizer
from recognizers.finance import FinanceRecognizer
from recognizers.names import PersonNameRecognizer
from recognizers.organisationsnummer import OrganisationsnummerRecognizer
from recognizers.personnummer import PersonnummerRecognizer
from recognizers.sensitive import SensitiveDataRecognizer

ENTITY_TYPES = (
    "SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER", "SE_ORGANISATIONSNUMMER", "CUSTOMER", "SECRECY_MARKER",
    "INTERNAL_MARKER", "SENSITIVE_DATA", "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "SE_ADDRESS", "IBAN_CODE",
    "SE_BANKGIRO", "SE_PLUSGIRO", "CREDIT_CARD", "SE_BANK_ACCOUNT", "CREDENTIAL",
)


def build_recognizers(customers: CustomerIndex, language: str) -> list[SwedishRecognizer]:
    """Every recognizer of the pack for one language; the customer index is shared."""
    return [
        PersonnummerRecognizer(language),
        OrganisationsnummerRecognizer(language),
        CustomerRecognizer(customers, language),
        ClassificationRecognizer(language),
        SensitiveDataRecognizer(language),
        PersonNameRecognizer(language),
        ContactRecognizer(language),
        FinanceRecognizer(language),
        CredentialRecognizer(language),
    ]


def build_customer_index(names: list[str]) -> CustomerIndex:
    return CustomerIndex(names, load_lexicon("first_names.txt"))
