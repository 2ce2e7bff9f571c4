"""lead42 (nc45 #1): "their" after a plural subject and its verb ("if the officers have their body cameras switched
off") is that subject's, never the records of the client the writer helps: the question stays FOI."""

from askfoi.framing import frame_message
from askfoi.whose_records import read_whose

ASK = ("my client wants to know if greater manchester police officers have their body cameras switched off during stop "
       "and searches, how often, and whether anyone was disciplined for it in 2024")


def test_the_officers_cameras_are_no_ones_own_records():
    assert read_whose(ASK).evidence is None
    framing = frame_message(ASK)
    assert framing.route != "sar"
    assert not any("personal data you hold about me" in p.text for p in framing.parts)


def test_a_clients_own_file_is_still_theirs():
    assert read_whose("my client wants their housing file from leeds council").evidence
    assert read_whose("my client wants to know if the officers kept their notes about him").evidence
