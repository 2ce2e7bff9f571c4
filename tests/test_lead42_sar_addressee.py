"""lead42 (nc45 #16): a subject access item that names the body the letter is addressed to as where the record is says
only the record ("My housing file", never "My housing file from Glasgow City Council" in a letter to that council); a
letter the body sent keeps who sent it."""

from askfoi.framing import frame_message


def test_the_addressee_is_not_said_again_in_the_item():
    assert [p.text for p in frame_message("i want my housing file from glasgow city council").parts] == ["My housing file."]
    assert [p.text for p in frame_message("can i get all the cctv of me from the met police from my arrest on 3 may").parts] \
        == ["The CCTV of me from my arrest on 3 May."]


def test_a_letter_keeps_who_sent_it():
    texts = [p.text for p in frame_message("i want a copy of the letter from glasgow city council about my eviction").parts]
    assert any("letter" in t.lower() for t in texts)
