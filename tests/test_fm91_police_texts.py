"""fm91 (issue 9.3 / 9.4): police requests as people write them. (1) A surveillance technology described by what it
does, without its name, is that technology's NCND topic: facial recognition ("software that matches faces against a
watchlist") and IMSI catchers ("a device that can collect the identity of mobile phones in an area"); "faces" as a verb,
injuries to faces, phones stolen in an area are not. (2) A numbered list run on in one line ("1. ...; 2. whether ...;
3. the overtime paid ...") keeps each item a part: the item after a "whether" item was read as more of that question,
so a plain item carried the covert item's warning. Texts are made up."""


def _topics(text: str) -> list[str]:
    from askfoi.ncnd_topics import topics_in

    return topics_in(text)


def test_facial_recognition_said_by_what_it_does():
    assert "facial_recognition" in _topics("Does the force use software that compares faces from CCTV against a watchlist?")
    assert "facial_recognition" in _topics("Do your officers have cameras that scan people's faces at concerts?")
    assert "facial_recognition" in _topics("Has the force bought a system to identify shoppers from their faces?")
    assert "facial_recognition" in _topics("How often is face scanning used at railway stations?")


def test_faces_that_are_no_facial_recognition():  # guard: passes on main too
    assert "facial_recognition" not in _topics("Please list the difficulties the force faces in hiring detectives.")
    assert "facial_recognition" not in _topics("How many officers suffered cuts to their faces during arrests?")
    assert "facial_recognition" not in _topics("How many face masks did the force buy in 2021?")
    assert "facial_recognition" not in _topics("How many staff check the faces of visitors at the front desk?")


def test_an_imsi_catcher_said_by_what_it_does():
    assert "imsi_catchers" in _topics("Does the force have equipment that can pick up the identity of every mobile "
                                      "phone near a protest?")
    assert "imsi_catchers" in _topics("Has the force used a box which captures the details of phones in a crowd?")
    assert "imsi_catchers" in _topics("Do you own any device that pretends to be a mobile phone mast?")


def test_phones_in_an_area_that_are_no_imsi_catcher():  # guard: passes on main too
    assert "imsi_catchers" not in _topics("How many mobile phones were reported stolen in the town centre?")
    assert "imsi_catchers" not in _topics("Which systems log calls from mobile phones in the control room?")


def _parts(text: str) -> list[str]:
    from askfoi.forecast_parts import forecast_parts

    return [p.text for p in forecast_parts(text, 8)]


def test_a_numbered_list_run_on_in_one_line_keeps_each_item():
    parts = _parts("Please send me for 2024: 1. the number of dog handlers; 2. whether the force has used any drones "
                   "over football crowds; 3. the overtime paid to the dog section.")
    assert len(parts) == 3 and parts[2].startswith("the overtime paid")
    assert "overtime" not in parts[1]


def test_lists_that_are_not_numbered_in_order_are_unchanged():  # guard: passes on main too
    # numbered from 3, not from 1: no list of the person's own, so the item after "whether" is read as before
    assert len(_parts("Further to items 1 and 2: 3. whether the force has used any drones over football crowds; "
                      "4. the overtime paid to the dog section.")) == 1
    assert len(_parts("Please send me:\n1. the number of dog handlers\n2. whether the force has used any drones\n"
                      "3. the overtime paid to the dog section")) == 3


def test_the_plain_item_after_a_covert_one_is_not_warned():
    from askfoi.matching import get_matcher

    f = get_matcher().match("For 2023 and 2024 please give me: 1. the number of traffic officers; 2. whether the force "
                            "has used any device that can collect the identity of mobile phones near a protest; 3. the "
                            "overtime paid to traffic officers.", "Norfolk Constabulary").forecast
    assert len(f.parts) == 3
    assert f.parts[1].ncnd_likely and not f.parts[2].ncnd_likely
