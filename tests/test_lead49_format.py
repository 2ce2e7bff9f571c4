"""lead49 (nc61 #7): a format answer naming two formats, or a format for some of the records, goes into the letter in
the person's words ("spreadsheet for the numbers and pdfs for the audit and emails"), never the first format alone;
one format alone keeps its set phrase."""

from askfoi.letter import _format_phrase


def test_two_formats_are_kept_in_the_persons_words():
    said = "spreadsheet for the numbers and pdfs for the audit and emails"
    assert _format_phrase(said) == (None, said)
    assert _format_phrase("excel for the figures please") == (None, "excel for the figures please")


def test_one_format_keeps_its_phrase():
    phrase, own = _format_phrase("excel")
    assert own is None and "spreadsheet" in phrase
