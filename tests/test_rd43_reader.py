"""rd43: the reply reader on layouts met in real replies it had not seen (issue 10, fresh43). The excerpts are written
for these tests in the shape of the replies, not copied from them; each test named for a behaviour fails on the reader
main had before this round (the guards pass before and after)."""

from askfoi.reader import Outcome, read_reply

_LOG_HEAD = (
    "Date Responded 14 March 2021\n\n"
    "Provision of information held by Example Police made under the Freedom of Information Act 2000 (the 'Act')\n\n"
    "You asked:\n\n"
    "1. How many bicycles were reported stolen from railway stations in 2019 and 2020?\n"
    "2. How many of those were recovered?\n\n"
    "In Response:\n\n")


def test_held_in_part_but_not_disclosed_for_the_work_of_a_manual_search_is_a_cost_refusal():
    # the stored page stops before it names section 12 or the 18 hours
    text = _LOG_HEAD + (
        "Following receipt of your request, searches were conducted with the Crime Department. I can confirm that the "
        "information you have requested is held in part by Example Police however cannot be disclosed for the "
        "following reasons.\n\n"
        "To provide information which meets the criteria of your request would entail a member of staff manually "
        "searching many hundreds of crime records to find those that took place at a station. We have estimated that")
    reading = read_reply(text)
    assert reading.outcome == Outcome.cost_limit
    assert not reading.ncnd


def test_held_but_not_disclosed_because_not_held_in_a_retrievable_format_is_a_cost_refusal():
    text = _LOG_HEAD + (
        "I can confirm that the information you have requested is held by Example Police however can not be disclosed "
        "for the following reason.\n\n"
        "This information is not held in an easily retrievable format.  As there is no crime code for thefts at "
        "stations, to establish what is held a member of staff")
    assert read_reply(text).outcome == Outcome.cost_limit


def test_guard_held_but_not_disclosed_under_an_exemption_stays_refused():
    # an exemption is the ground, whatever work is also described
    text = _LOG_HEAD + (
        "I can confirm that the information you have requested is held by Example Police however will not be disclosed "
        "as the following exemption applies.\n\n"
        "Section 31(1)(a) Law Enforcement\n\n"
        "Disclosure of the locations would allow offenders to target stations where no manual search of CCTV is made.\n")
    assert read_reply(text).outcome == Outcome.refused


def test_guard_figures_given_beside_a_question_too_costly_stay_partly_given():
    text = _LOG_HEAD + (
        "I can confirm that the information you have requested is held in part by Example Police.\n\n"
        "1. 2019 - 212, 2020 - 148\n"
        "2. Recovery is not recorded against the theft, and to find it would entail manually searching each of the 360 "
        "records, which would exceed the 18 hours permitted, therefore Section 12(1) applies to this part.\n")
    assert read_reply(text).outcome == Outcome.part_disclosed


_HARM_BELOW = _LOG_HEAD + (
    "Following receipt of your request, searches were conducted within Example Police. I can confirm that the "
    "information you have requested is held by Example Police however will not be disclosed as the following exemption "
    "has been applied as relevant.\n\n"
    "Section 38(1) Health and Safety\n\n"
    "Section 38 requires the harm and public interest to be considered prior to any disclosure being made.\n\n"
    "These are set out below\n\n"
    "Harm Test - Section 38\n\n"
    "The release of the information would serve no policing purpose and could affect the wellbeing of those involved.\n")


def test_these_are_set_out_below_after_the_harm_and_public_interest_is_the_reasons_not_information():
    reading = read_reply(_HARM_BELOW)
    assert reading.outcome == Outcome.refused
    assert "38(1)" in reading.sections


def test_guard_these_are_set_out_below_after_figures_asked_for_still_gives():
    text = _LOG_HEAD + (
        "I can confirm that the information you have requested is held by Example Police.\n\n"
        "You asked for the number of thefts and recoveries by year.\n\n"
        "These are set out below\n\n"
        "2019 - 212 stolen, 31 recovered\n2020 - 148 stolen, 19 recovered\n")
    assert read_reply(text).outcome == Outcome.disclosed


def test_what_i_can_confirm_is_that_the_information_is_not_held():
    text = _LOG_HEAD + (
        "This information has been asked for previously and the response is published on our Disclosure Log.  I can "
        "confirm that the information provided then is still relevant - that the information requested is not held by "
        "Example Police as we do not record where a bicycle was stolen from.\n")
    assert read_reply(text).outcome == Outcome.not_held


def test_guard_i_can_confirm_the_following_figures_still_gives():
    text = _LOG_HEAD + "I can confirm the following figures: 2019 - 212 thefts and 2020 - 148 thefts.\n"
    assert read_reply(text).outcome == Outcome.disclosed


def test_neither_confirm_nor_deny_on_the_cost_of_confirming_under_section_12_2_is_not_ncnd():
    # the cost of confirming told in other words than "to determine whether it is held would exceed"
    text = ("Your request for information below has now been considered. In respect of Section 1(1)(a) of the Freedom of "
            "Information Act 2000 we can neither confirm nor deny that Example Police does or does not hold some of the "
            "information you have requested. It is estimated that the cost of complying with your request would exceed "
            "the appropriate costs limit under Section 12(2) of the Freedom of Information Act 2000.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.cost_limit
    assert not reading.ncnd


def test_guard_ncnd_under_an_exemption_beside_section_12_2_stays_ncnd():
    text = ("We can neither confirm nor deny whether we hold information on covert deployments, by virtue of sections 23(5) "
            "and 31(3). To determine whether any other information is held would exceed the cost limit, section 12(2).")
    assert read_reply(text).ncnd


def test_held_in_part_not_disclosed_after_requests_aggregated_for_the_cost_is_a_cost_refusal():
    # requests are added together only for the cost limit; the page stops before "18 hours"
    text = _LOG_HEAD + (
        "As advised earlier, this request has been aggregated with your previous request, FOI 511/21, due to the cost and "
        "time implications as it refers to the same subject. I can confirm that the information you have requested is "
        "held, in part, by Example Police, however can not be disclosed for the following reasons. Whilst undertaking "
        "the research it has become apparent that the information is not recorded to the level of detail asked for. ...")
    assert read_reply(text).outcome == Outcome.cost_limit
