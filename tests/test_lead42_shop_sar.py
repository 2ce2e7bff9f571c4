"""lead42 (nc44 #9): a shop's CCTV of the writer is a subject access request to the shop: the company the organisation
question proposes is taken when its name (or "ok") answers, never asked about again; a clause telling what someone did
to the writer ("security stopped me on 3 june") is the account, never joined onto the record asked for."""

from datetime import date

from askfoi.conversation import Conversation
from askfoi.sar_items import sar_items

TODAY = date(2026, 12, 4)
SHOP = "can i get the cctv of me from the tesco in romford, security stopped me on 3 june and accused me of stealing"


def test_a_told_clause_is_the_account_not_the_record():
    items = sar_items(SHOP)
    assert items[0] == "The CCTV of me from the tesco in romford"
    assert items[-1].startswith("Any other personal data about these events: ")
    assert "security stopped me on 3 June and accused me of stealing" in items[-1]


def test_the_officers_did_is_told_too():
    items = sar_items("i want the bodycam footage of my arrest on 3 march, the officers pushed me to the ground")
    assert items[0] == "The bodycam footage of my arrest on 3 March"
    assert "the officers pushed me to the ground" in items[-1]


def test_a_record_with_its_details_stays_one_item():
    items = sar_items("i want the cctv of me at the asda in leeds on 2 may")
    assert [i.lower() for i in items] == ["the cctv of me at the asda in leeds on 2 may"]


def _said(conv: Conversation, text: str) -> str:
    return " ".join(" ".join(m.text for m in conv.reply(text).messages).split())


def test_the_company_proposed_is_taken_when_its_name_answers():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    first = _said(conv, SHOP)
    assert "Who should this letter go to: Tesco" in first
    said = _said(conv, "tesco")
    assert "I don't know an organisation called" not in said
    assert "I'll address it to Tesco." in said
    assert "Dear Tesco Data Protection Officer," in conv.letter_text()
