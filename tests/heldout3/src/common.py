"""Case constructor shared by the case files."""


def C(genre, text, note, lang="sv", expect=None):
    """genre: free text label; text: with ⟦TYPE|value⟧ labels; expect: the author's own
    decision (block/redact/log/allow), cross-checked by build.py against the labels."""
    return {"genre": genre, "text": text.strip("\n"), "note": note, "lang": lang, "expect": expect}
