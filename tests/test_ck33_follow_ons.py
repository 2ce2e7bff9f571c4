"""ck33 (nu34 #9): the "use" frame asks a count the person asked for once, offers (never adds) a policy nobody asked
for, and a follow-on question that leans on the one before it carries that question's subject."""
import re
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 3)
BARE = re.compile(r"(?i)^(?:and\s+)?(?:how\s+many\s+times|what\s+did\s+(?:they|it)\s+cost|for\s+how\s+long|who\s+approved)\b[^.?]{0,20}\??$")


@pytest.mark.parametrize("text, key", [
    ("has the PSNI used spit hoods on children under 18 since 2023 and how many times", "spit hoods"),
    ("has Merseyside Police used tasers on children since 2022? how many times?", "taser"),
    ("does Kent Police use spit guards in custody and how many times in 2025", "spit guards"),
    ("does the PSNI use plastic baton rounds? how many times in 2024?", "baton rounds"),
])
def test_a_count_asked_is_asked_once_and_no_policy_is_added(text, key):
    framing = frame_message(text, today=TODAY)
    parts = [p.text for p in framing.parts]
    assert sum(len(re.findall(r"(?i)number of times|how many times", p)) for p in parts) == 1, parts
    assert all(key in p.lower() for p in parts), parts
    assert not any(re.search(r"(?i)\bpolicy|procedure", p) for p in parts), parts
    offer = [f for f in framing.findings if f.code == "policy-offer"]
    assert offer and re.search(r"(?i)policy", offer[0].rewrite) and offer[0].severity == "low"


def test_a_policy_the_person_asks_for_stays_a_part():
    framing = frame_message("does kent police use drones and what is their policy on it", today=TODAY)
    assert any("policy" in p.text.lower() for p in framing.parts)
    assert not any(f.code == "policy-offer" for f in framing.findings)


@pytest.mark.parametrize("text, key, asks", [
    ("does Police Scotland use drones at football matches? how many times in 2025? what did they cost?", "drones", "amount spent"),
    ("do Devon and Cornwall Police use drones? how many times in 2025 and how much did they cost", "drones", "amount spent"),
    ("has Greater Manchester Police used batons on protesters since 2023, how many times and who approved it", "batons", "approved"),
    ("has Birmingham City Council used agency social workers in 2025? what did they cost?", "agency social workers", "amount spent"),
])
def test_a_follow_on_question_carries_the_subject_of_the_one_before(text, key, asks):
    parts = [p.text for p in frame_message(text, today=TODAY).parts]
    assert not any(BARE.match(p) for p in parts), parts
    assert all(key in p.lower() for p in parts), parts
    assert any(asks in p.lower() for p in parts), parts


def test_imsi_catchers_keep_their_ncnd_warning_and_the_follow_ons_their_subject():
    framing = frame_message("do west yorkshire police use imsi catchers (stingrays) to track phones at protests in "
                            "leeds? how many times in 2024 and what did they cost", today=TODAY)
    assert any(f.code == "ncnd-risk" for f in framing.findings)
    parts = [p.text for p in framing.parts]
    assert all("imsi" in p.lower() for p in parts), parts
    assert sum("number of times" in p.lower() for p in parts) == 1
    # the warning's one-key fix lists the parts as they now are, never a bare "How many times in 2024?"
    ncnd = next(f for f in framing.findings if f.code == "ncnd-risk")
    assert "how many times in 2024" not in (ncnd.rewrite or "").lower()


def test_bare_use_of_imsi_catchers_is_still_warned():
    framing = frame_message("do west yorkshire police use imsi catchers", today=TODAY)
    assert any(f.code == "ncnd-risk" for f in framing.findings)


def test_the_overt_limit_limits_the_part_as_it_now_asks():
    """fc49 (the lead's decision, session 44): "does the met police use live facial recognition" asks about covert use
    unless limited to overt use, so it is warned and its fix offers the overt frames; ck31's overt limit is not offered
    beside the warning."""
    framing = frame_message("does the met police use live facial recognition", today=TODAY)
    codes = [f.code for f in framing.findings]
    assert "ncnd-risk" in codes and "overt-limit" not in codes
    ncnd = next(f for f in framing.findings if f.code == "ncnd-risk")
    assert "overt deployments of live facial recognition" in (ncnd.rewrite or "")