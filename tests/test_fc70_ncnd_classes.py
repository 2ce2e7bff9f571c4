"""fc70 (issue 9.3 / 9.4 / 9.5): two classes of NCND request the topics did not read, found on the tuning sets' misses.

- named_organisation: a notice of enforcement (a fixed penalty, warning, requirement or enforcement notice) issued to,
  served on or withdrawn at named or specified services, premises or providers: whether a named provider was acted
  against is neither confirmed nor denied (s31(3), s44(2); the CQC's fixed penalty notices, FS50859838).
- ongoing_investigation: whether a particular document, file, report or complaint has been lodged with, passed or
  referred to the police or a prosecutor (FOISA s18 with s34, Decision 142/2009): one matter, as "a specific report".

The guards pass on main by design: counts of notices or referrals of a kind name no one and must stay unread.
Sentences written for the test, not copied from the sets.
"""

import pytest

from askfoi.ncnd_topics import topic_words

NOTICES_TO_NAMED = [
    "Please send me everything about the fixed penalty notices issued at two locations: [two named nursing homes].",
    "Please provide all the enforcement notices served on [a named company] since 2019.",
    "I would like the warning notices issued to a named care home last year, and the reasons for them.",
    "Copies of the requirement notices given to the specified provider, and any that were withdrawn.",
    "Why were the penalty notices issued against [the named practice] withdrawn?",
]

LODGED_WITH_POLICE = [
    "Please tell me whether or not the file on my neighbour's building works has been passed to the police.",
    "Can you confirm if [a specified] report was sent to the Procurator Fiscal, and what happened to it?",
    "I would like to know whether any complaint about the care home has been referred to the police.",
    "Has the dossier I gave the council been handed to the Crown Prosecution Service? Please say whether it has.",
]

COUNTS_OF_A_KIND = [
    "How many fixed penalty notices were issued for littering in 2020?",
    "How many warning notices were issued to care homes in each of the last three years?",
    "The number of enforcement notices served in 2022, by type of breach.",
    "How many complaints were passed to the police last year?",
    "How many reports were referred to the Procurator Fiscal in 2022, by month?",
    "Please send me your policy on when a complaint is referred to the police.",
]


@pytest.mark.parametrize("text", NOTICES_TO_NAMED)
def test_notice_to_a_named_provider_is_a_named_organisation(text):
    assert "named_organisation" in topic_words(text)


@pytest.mark.parametrize("text", LODGED_WITH_POLICE)
def test_whether_a_matter_was_lodged_with_the_police_is_one_investigation(text):
    assert "ongoing_investigation" in topic_words(text)


@pytest.mark.parametrize("text", COUNTS_OF_A_KIND)
def test_counts_and_policy_name_no_one(text):
    words = topic_words(text)
    assert "named_organisation" not in words and "ongoing_investigation" not in words
