"""lead40 (newcomer, session 39): details a person gives in a subject access request are never dropped silently:
what a body did to their things ("what they downloaded from my phone"), the account told around it ("in june"), a
question about their own matter after a record ("and where she is on the list"); the body's name typed in lower
case after a comma is the addressee, not more words of a record."""

from askfoi.sar_items import sar_items


def _joined(text: str) -> str:
    return " | ".join(sar_items(text)).lower()


def test_what_was_done_to_the_persons_phone_is_an_item_and_the_account_keeps_its_month():
    out = _joined("the police took my phone in june when i was arrested and i want to know what they downloaded "
                  "from my phone and what they hold on me. essex police")
    assert "downloaded from my phone" in out
    assert "june" in out


def test_a_question_about_their_own_matter_after_a_record_is_asked_for():
    out = _joined("my mum is on the housing list with leeds council and i want to see her file and where she is on "
                  "the list")
    assert "on the list" in out and "file" in out


def test_the_body_typed_in_lower_case_is_no_part_of_a_record():
    out = _joined("i want to know what the officers took off me when i was stopped in june and my custody record, "
                  "west yorkshire police")
    assert "custody record" in out and "yorkshire" not in out
    assert "took off me" in out
