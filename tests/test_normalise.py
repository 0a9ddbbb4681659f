"""Normalisation keeps a faithful map back to the original text."""

from __future__ import annotations

import base64

from guard.normalise import find_encoded_payloads, normalise


def back(original: str, needle: str) -> str:
    n = normalise(original)
    i = n.text.index(needle)
    s, e = n.to_original(i, i + len(needle))
    return original[s:e]


def test_identity_when_nothing_to_do():
    n = normalise("Helt vanlig text på svenska: åäö.")
    assert n.text == "Helt vanlig text på svenska: åäö." and n.to_original(5, 10) == (5, 10)


def test_fullwidth_digits_and_dash():
    assert normalise("pnr ８１１２１８－９８７６").text == "pnr 811218-9876"
    assert back("pnr ８１１２１８－９８７６ slut", "811218-9876") == "８１１２１８－９８７６"


def test_invisible_characters_removed_and_mapped():
    original = "pnr 8112\u200b18-98\u00ad76 x"
    assert normalise(original).text == "pnr 811218-9876 x"
    assert back(original, "811218-9876") == "8112\u200b18-98\u00ad76"


def test_decomposed_letters_compose():
    assert normalise("A\u030angstr\u00f6m").text == "Ångström"


def test_runs_of_changed_characters_map_back_whole():
    original = "½¾ och A\u030angström"
    assert normalise(original).text == "1\u204423\u20444 och Ångström"
    assert back(original, "1\u204423\u20444") == "½¾"
    assert back(original, "Å") == "A\u030a"


def test_lone_surrogate_is_kept():
    assert normalise("\ud800 pnr ８１１２").text == "\ud800 pnr 8112"


def test_spaced_digits_and_wrapped_numbers():
    assert "811218-9876" in normalise("8 1 1 2 1 8 - 9 8 7 6").text
    assert normalise("811218-\n9876").text == "811218-9876"
    for wrapped in ("811218-\r\n9876", "811218- \t\n9876", "811218+ \n9876"):  # Windows line ends, trailing blanks
        assert normalise(wrapped).text == wrapped[:7] + "9876"
    assert normalise("8112189876\n9001011234").text == "8112189876\n9001011234"  # a column stays a column
    assert normalise("pnr ٨ ١ ١ ٢ ١ ٨ + ٩").text == "pnr ٨١١٢١٨+٩"  # any script's digits


def test_url_escapes_decoded():
    original = "q=Anna%20Lindqvist%2C%20811218%2D9876"
    assert normalise(original).text == "q=Anna Lindqvist, 811218-9876"
    assert back(original, "811218-9876") == "811218%2D9876"


def test_base64_and_data_urls_found_as_text():
    secret = "Klient 811218-9876 har ansökt om bistånd"
    blob = base64.b64encode(secret.encode()).decode()
    text = f"bilaga {blob} och data:text/plain;base64,{blob}"
    payloads = find_encoded_payloads(text)
    assert [p.text for p in payloads] == [secret, secret]
    assert [p.kind for p in payloads] == ["base64", "data-url"]


def test_base64_next_to_non_ascii_letters():
    secret = "Klient 811218-9876 har ansökt om bistånd"
    blob = base64.b64encode(secret.encode()).decode()
    assert [p.text for p in find_encoded_payloads(f"å{blob}ö \ud800")] == [secret]


def test_binary_base64_is_not_text():
    blob = base64.b64encode(bytes(range(256)) * 2).decode()
    assert find_encoded_payloads(f"bild {blob}") == []
