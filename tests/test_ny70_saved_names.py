"""ny70 (nc70 #12): a subject access letter is saved as sar-request-*.txt, never under an FOI file name; the FOI letter
written after it (/next) keeps foi-request-*.txt."""
from datetime import date

from askfoi.conversation import Conversation, Step

TODAY = date(2026, 12, 6)
MIXED = ("i rent from sheffield council and my neighbour keeps reporting me. how many antisocial behaviour complaints "
         "did the council get in 2025, and can i get a copy of every complaint record they hold about me?")


def test_the_subject_access_letter_is_saved_as_one(tmp_path):
    conv = Conversation(today=lambda: TODAY)
    conv.reply(MIXED)
    for said in ("ok", "ok", "ok", "ok", "ok", "ok", "Dean Walsh", "skip", "skip"):
        if conv.session.step == Step.done:
            break
        conv.reply(said)
    assert conv.session.step == Step.done and conv._is_sar()
    saved = conv.save_letter(tmp_path)
    assert saved.name.startswith("sar-request-") and "foi-request" not in saved.name
    if conv.next_letter_ready():
        conv.reply("/next")
        for said in ("ok", "ok", "ok", "ok", "ok", "ok", "skip", "skip"):
            if conv.session.step == Step.done:
                break
            conv.reply(said)
        if conv.session.step == Step.done and not conv._is_sar():
            assert conv.save_letter(tmp_path).name.startswith("foi-request-")
