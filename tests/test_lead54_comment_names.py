"""lead54: a name a vocab file cites only in a comment, as an example, is no known word (session 53: a company named
in a comment of checks.yaml lost its capital in letters). Known words come from the files' data, never their notes."""

from askfoi import spelling
from datetime import date

from askfoi.framing import frame_message


def test_a_product_named_only_in_a_comment_keeps_its_capital_in_the_part():
    message = "how much did leeds teaching hospitals pay for the datix system in 2024"
    parts = [p.text for p in frame_message(message, today=date(2026, 12, 6)).parts]
    assert any("Datix" in p for p in parts), parts


def test_names_cited_only_in_comments_are_no_pack_words():
    assert {"datix", "okafor", "thamesmead"} <= spelling._comment_names()
    assert not {"datix", "okafor", "thamesmead"} & spelling.pack_words()


def test_guard_lower_case_words_of_comments_and_body_names_stay_known():
    # guard (passes on main too): a word a comment writes in lower case is English, and a body's name is data
    words = spelling.pack_words()
    assert "ransomware" in words
    assert "macbrayne" in words  # David MacBrayne is in authorities.jsonl, though a comment names it too
