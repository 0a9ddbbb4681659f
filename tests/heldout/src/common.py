def C(genre, lang, expected, text, ents, note):
    return dict(genre=genre, lang=lang, text=text, expected=expected,
                entities=[{"type": t, "value": v} for t, v in ents], note=note)
