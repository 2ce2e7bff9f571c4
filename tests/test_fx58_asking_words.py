"""fx58 (issue 8): the words a person writes only to ask (an item's label, "Kindly provide", "Could you please break
down for me", "If you have the information,", "Can GMP tell me:", a courtesy "please") are never left in a part, and
no item is lost for taking them off. Shapes from real first messages (tribunal-quoted requests, fx53/fx55 tuning),
written afresh here."""

import re
from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)

_LABEL_LEFT = re.compile(r"(?:^\W*\(?(?:\d{1,2}|[ivx]{1,4})[.)]\s|[;,]\s*\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]$|\s(?:[1-9]|[ivx]{2,4})\.$|\bof\s+\d{1,2}\.$)")
_ASKING_LEFT = re.compile(r"(?i)\b(?:could|can|would)\s+(?:you|gmp)\b|\bkindly\b|\bif\s+you\s+have\s+the\s+information\b|\btell\s+me\b|\bplease\W*$")


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


def _clean(parts: list[str]) -> None:
    for part in parts:
        assert not _LABEL_LEFT.search(part), part
        assert not _ASKING_LEFT.search(part), part


def test_items_kept_whole_lose_their_asking_frame_and_none_is_lost():
    parts = _parts(
        "1) Could you please break down for me the number of applicants recommended for appointment to the Fast Stream "
        "by socio-economic background? 2) If you have the information, the number of applicants that advanced to the "
        "Final Selection Board by socio-economic background. 3) If you have the information, could you please also "
        "indicate which department Fast Stream entrants were posted to for their first posting?")
    _clean(parts)
    joined = " ".join(parts).lower()
    for asked in ("recommended for appointment", "final selection board", "which department"):
        assert asked in joined, parts


def test_a_frame_two_asking_verbs_share_stays_while_a_sibling_loses_its_own():
    """A guard (passes on main too): the shared-frame rule keeps "Would you please state X and confirm whether Y"."""
    parts = _parts(
        "Kindly provide the name and job title of the person you report to. Would you please state the employment "
        "title of Ms CD and confirm whether she is certificated to work as a process server?")
    assert not any(re.match(r"(?i)\W*kindly\b", p) for p in parts), parts
    # "(Would you please state) X and confirm whether Y": without the frame "confirm" would have no subject
    assert not any(re.match(r"(?i)\W*the\s+employment\s+title\b.*\band\s+confirm\b", p) for p in parts), parts
    assert any("employment title" in p for p in parts), parts


def test_a_roman_numeral_list_on_one_line_leaves_no_label_in_a_part():
    parts = _parts(
        "i. The exact locations of the ground vibration monitors placed on a drawing of the site; ii. The method of "
        "measurement for the vibration readings taken by your experts; iii. The geology reports of the area made by "
        "your experts; iv. The number of vibrometers used")
    _clean(parts)
    joined = " ".join(parts).lower()
    for asked in ("locations of the ground vibration monitors", "number of vibrometers"):
        assert asked in joined, parts


def test_items_after_a_lead_in_that_ends_open_are_a_list_when_each_is_a_request_of_its_own():
    parts = _parts(
        "Under the FOI Act, please send me a copy of 1. The internal policy staff in Adult Services should use to carry "
        "out a Care Act 2014 assessment 2. Please provide a copy of the procedure staff must follow when an assessment "
        "is to be recorded on video 3. Please send me a copy of the policy on protecting the human rights of residents "
        "who use the services")
    _clean(parts)
    assert not any(re.fullmatch(r"(?i)\W*a copy of\W*\d*\W*", p) for p in parts), parts
    joined = " ".join(parts).lower()
    for asked in ("care act 2014 assessment", "recorded on video", "human rights of residents"):
        assert asked in joined, parts


def test_a_lead_in_that_only_asks_the_body_to_tell_reaches_no_item():
    # the shape of the lead's march message (session 47), its list on lines of its own: main wrote "Were protesters
    # filmed covertly, Can GMP?"
    parts = _parts("Can GMP tell me:\n1) were protesters filmed covertly\n2) how long is the footage kept\n"
                   "3) was facial recognition used on it")
    _clean(parts)
    # fx61: "how long is the footage kept" is framed as its retention period (either wording keeps the item)
    assert any("filmed covertly" in p for p in parts) and any(
        "footage kept" in p or "retention period for the footage" in p for p in parts), parts


def test_a_courtesy_please_at_the_end_is_no_part_of_what_is_asked():
    parts = _parts("Dear Council, the number of tickets that have been issued to the vehicle registration numbers "
                   "below since 1 January 2016 please. AB12 CDE, FG34 HIJ")
    assert parts and not any(re.search(r"(?i)\bplease\W*$", p) for p in parts), parts
