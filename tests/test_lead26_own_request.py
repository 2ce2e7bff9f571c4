"""Lead, session 26: the person's own request "off to" / "sent to" a body names the body asked; only an earlier or
someone else's request marks a body as beside the point (ck26's aside rule took "my own FOI request off to
Lancashire Police" as a body asked before: held-out h26-37)."""
import pytest

from askfoi.framing import frame_message


@pytest.mark.parametrize("text,body", [
    ("Someone asked Devon and Cornwall Police where their ANPR cameras are and they refused. I've sent my own FOI "
     "request off to Lancashire Police asking for the locations of their ANPR cameras.", "Lancashire Constabulary"),
    ("my foi request to Essex Police: how many tasers do they have", "Essex Police"),
])
def test_own_request_names_the_body(text, body):
    assert frame_message(text).authority.name == body


def test_an_earlier_request_to_another_body_is_still_aside():
    text = ("Further to my earlier requests to APHA, please tell me how many badger setts Natural England licensed "
            "for culling in 2024")
    assert frame_message(text).authority.name == "Natural England"
