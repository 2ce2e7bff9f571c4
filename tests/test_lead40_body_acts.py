"""lead40 (nc43 #3): "what guidance do they give headteachers", "what enforcement action did they take" after a count:
"they" is the body (only a body gives guidance or takes enforcement action), never the pupils or the incidents; the
guidance asked for is that document (never "guidance on the guidance"), and the body's name typed after the last
question is no part of it."""

from askfoi.framing import frame_message


def _texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message).parts]


def test_guidance_given_is_the_bodys_and_its_own_document():
    texts = _texts("how many pupils were excluded from kent schools last year and what guidance do they give "
                   "headteachers, kent county council")
    joined = " | ".join(texts).lower()
    assert "pupils give" not in joined and "guidance on the guidance" not in joined
    assert "kent county council" not in texts[-1].lower()


def test_enforcement_action_taken_is_the_bodys():
    texts = _texts("how many pollution incidents were reported on the river wye in 2024 and what enforcement action "
                   "did they take, environment agency")
    assert not any("incidents take" in t.lower() for t in texts)
