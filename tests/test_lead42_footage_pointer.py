"""lead42 (nc45 #11): "the footage" with no footage named before it is what the one recording device named before it
recorded ("... used drones ... facial recognition on the footage" -> "on the drone footage"), in the part and in every
fix offered; "how much did the drones cost" is the total spent on the drones, never on the part before."""

from askfoi.framing import frame_message
from askfoi.part_pointers import footage_of_device

ASK = ("my client wants to know how many times police scotland used drones over protests last year and whether they "
       "used facial recognition on the footage, and how much the drones cost")


def test_the_footage_is_the_devices():
    texts = [p.text for p in frame_message(ASK).parts]
    assert "The number of times facial recognition was used on the drone footage." in texts
    assert "The total amount spent on the drones." in texts
    assert not any(" on the footage" in t for t in texts)


def test_footage_already_named_or_two_devices_are_left():
    said = "how many cctv cameras and drones are there and who watches the footage"
    assert footage_of_device(said) == said
    said = "i want the bodycam footage of my arrest and the footage from the van"
    assert footage_of_device(said) == said
    assert footage_of_device("does the council use cctv and who can see the recordings") == \
        "does the council use cctv and who can see the CCTV footage"
