"""lead43 (nc47 #3): a question whether the writer is being watched ("is west yorkshire police tracking my phone",
"has ... put a tracker on my car") is the writer's own data: the subject access route, with what a force may still
hold back (Data Protection Act 2018 s45(4), s45(6)); never an FOI part with "overt deployments of tracking my phone".
A question about the force's tactics in general stays FOI."""
import pytest

from askfoi.framing import frame_message


@pytest.mark.parametrize("message", [
    "is west yorkshire police tracking my phone",
    "has west yorkshire police put a tracker on my car",
    "did surrey police use covert cameras to watch my house in 2025",
    "is my phone being tapped by the met",
])
def test_watched_writer_is_a_subject_access_request(message):
    f = frame_message(message)
    assert f.route == "sar", [p.text for p in f.parts]
    texts = " ".join(p.text for p in f.parts) + " ".join(r.text for p in f.parts for r in (p.replacements or []))
    assert "my phone" not in texts and "my car" not in texts and "my house" not in texts, texts
    ncnd = [x for x in f.findings if x.code == "ncnd-risk"]
    for x in ncnd:
        assert "45(4)" in x.message and "subject access" in x.message, x.message


@pytest.mark.parametrize("message", [
    "how many phones did west yorkshire police track in 2024",
    "does essex police use drones to watch protesters",
    "my neighbour keeps filming my house, how many complaints about cctv did leeds city council get in 2024",
])
def test_tactics_in_general_stay_foi(message):
    assert frame_message(message).route == "foi"
