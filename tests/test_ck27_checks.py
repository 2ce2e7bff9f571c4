"""ck27 (issue 8, nu29 D5b, D9-D11): checks an experienced FOI officer would make, each with a fix a person can paste."""

from __future__ import annotations

import pytest

from askfoi.checks import check_request
from askfoi.framing import frame_message


def _codes(findings):
    return [f.code for f in findings]


# --- drones flown in the open are answered; covert use keeps the warning (nu29 D11) ----------------------------------

@pytest.mark.parametrize("text,body", [
    ("how many times did west midlands police deploy drones in 2024", "West Midlands Police"),
    ("has essex police got a drone unit and how many flights did it make last year", "Essex Police"),
    ("what drones do lancashire police own", "Lancashire Constabulary"),
])
def test_overt_drone_questions_get_no_covert_warning(text, body):
    assert "ncnd-risk" not in _codes(check_request(text, body).findings), text
    assert "ncnd-risk" not in _codes(frame_message(text).findings), text


@pytest.mark.parametrize("text,body", [
    ("does the met use covert drones to follow people", "Metropolitan Police Service"),
    ("do merseyside police use drones to track people", "Merseyside Police"),
    ("Does Kent Police secretly use drones over protests?", "Kent Police"),
    ("does gmp use drones for surveillance of protesters", "Greater Manchester Police"),
    ("does police scotland use drones to watch protesters in glasgow", "Police Scotland"),
    # fc49 (the lead's decision, session 44, issues 8.3 and 9.3): whether a force uses or flies drones, at an event or over
    # a protest, is not limited to overt use; ck27 had read these as overt
    ("does police scotland use drones to watch protests? how many drones do they have", "Police Scotland"),
    ("Does Kent Police use drones at football matches?", "Kent Police"),
    ("do they fly drones over the festival", "Avon and Somerset Police"),
])
def test_covert_drone_use_keeps_the_warning(text, body):
    assert "ncnd-risk" in _codes(check_request(text, body).findings), text


# --- the writer's own address, postcode and phone number (nu29 D5b) ----------------------------------------------------

@pytest.mark.parametrize("text,body,said", [
    ("Dear Sussex Police, I am John Smith of 14 Elm Road Brighton BN1 2AB, tel 07700 900123. My son has autism and was "
     "tasered last month. Please tell me how many times officers used tasers on children in 2025.", "Sussex Police",
     ["14 Elm Road", "BN1 2AB", "07700 900123"]),
    ("hi im sarah jones, 22 acacia avenue, leeds ls6 3ab, my number is 07911 123456. how many potholes did leeds city "
     "council fix in 2024", "Leeds City Council", ["22 acacia avenue", "ls6 3ab", "07911 123456"]),
    ("My name is Priya Patel and I live at Flat 3, 10 High Street, Croydon CR0 1AA. Phone 020 8123 4567. How many "
     "parking fines did Croydon Council issue in 2025?", "Croydon Council", ["10 High Street", "CR0 1AA", "020 8123 4567"]),
    ("i live at 5 mill lane and my postcode is bs1 4dj. how many fly tipping reports did bristol city council get in "
     "2024", "Bristol City Council", ["5 mill lane", "bs1 4dj"]),
    ("please can you ring me on +44 7700 900456 about this. how many school exclusions did kent county council record "
     "in 2024/25", "Kent County Council", ["+44 7700 900456"]),
])
def test_the_writers_own_contact_details_are_taken_out_never_read_as_a_third_party(text, body, said):
    found = check_request(text, body).findings
    own = [f for f in found if f.code == "own-contact-details"]
    assert len(own) == 1 and own[0].variant is None
    assert all(s in own[0].evidence for s in said)
    assert "Take your address and phone number out" in own[0].suggestion
    # the address is the writer's own: never "ask for figures for the area"
    assert not any(f.code == "third-party-personal-data" for f in found)
    assert not any("figures for the area" in f.suggestion for f in found)
    assert not any(f.code == "personal-details" and f.evidence.lower().startswith("i live") for f in found)


def test_a_full_postcode_asked_about_is_narrowed_to_its_district():
    found = check_request("how many burglaries were reported in postcode CF10 1AB in 2024", "South Wales Police").findings
    area = [f for f in found if f.code == "own-contact-details"]
    assert area and area[0].variant == "area_postcode" and "district" in area[0].suggestion


@pytest.mark.parametrize("text", [
    "What was the Q1 2nd quarter spend on agency staff in 2024?",
    "how many fines were issued between 01/02/2024 and 31/03/2025, total 1500000",
    "how many calls were made to 101 in 2024 and how many to 999",
    "how many homes in the LS6 postcode district were burgled in 2024",
])
def test_numbers_and_districts_are_no_contact_details(text):
    assert "own-contact-details" not in _codes(check_request(text, "Leeds City Council").findings)


def test_another_households_address_is_still_a_third_party():
    found = check_request("how many calls did the police get about 14 elm road brighton in 2025", "Sussex Police").findings
    assert "third-party-personal-data" in _codes(found) and "own-contact-details" not in _codes(found)


# --- another person's records inside an FOI part: the route that gets them looked at (nu29 D5b, D14) -----------------

def _elses(text, body):
    return [f for f in check_request(text, body).findings if f.code == "someone-elses-records"]


@pytest.mark.parametrize("text,body", [
    ("Please tell me how many times officers used tasers on children in 2025 and whether the officer who tasered him "
     "has been disciplined.", "Sussex Police"),
    ("was pc jones who arrested my brother last year ever disciplined? and how many officers were dismissed in 2024",
     "Kent Police"),
    ("has the officer that hit my dad at the protest been investigated, also how many complaints about use of force did "
     "the met get in 2025", "Metropolitan Police Service"),
    ("was the sergeant involved in the raid on our street suspended or sacked?", "Essex Police"),
])
def test_one_officers_discipline_goes_to_professional_standards_not_foi(text, body):
    found = _elses(text, body)
    assert found and found[0].variant == "officer_conduct_police"
    said = found[0].message + " " + found[0].suggestion
    assert "40(2)" in said and "40(5B)" in said
    assert "Professional Standards Department" in said and "IOPC" in said
    assert "Take this question out" in found[0].suggestion


def test_one_members_discipline_asked_of_a_council_or_a_scottish_body_says_its_own_route():
    council = _elses("was the teacher who shouted at my daughter suspended", "Kent County Council")
    assert council and council[0].variant == "officer_conduct" and "IOPC" not in council[0].suggestion
    scottish = _elses("has the officer who searched my son been disciplined", "Police Scotland")
    assert scottish and scottish[0].variant == "officer_conduct_scotland"
    assert "section 38" in scottish[0].message and "Police Investigations and Review Commissioner" in scottish[0].suggestion


@pytest.mark.parametrize("text", [
    "how many officers were disciplined in 2024",
    "how many of the officers who used tasers in 2024 were disciplined",
    "What is the policy on officers who are investigated for misconduct?",
    "the number of officers dismissed after misconduct hearings in 2024",
])
def test_counting_or_policy_on_discipline_is_about_no_one(text):
    assert not _elses(text, "Essex Police"), text


def test_emails_about_the_writers_son_go_to_his_own_request_under_section_45():
    text = ("Dear Kent Police, please tell me the names and home addresses of the officers who arrested my son on 3 may, "
            "and all emails about him")
    found = check_request(text, "Kent Police").findings
    codes = _codes(found)
    assert "third-party-personal-data" in codes and "someone-elses-records" in codes
    family = next(f for f in found if f.code == "someone-elses-records")
    assert family.variant == "family_records_police" and "section 45 of the Data Protection Act 2018" in family.suggestion
    other = _elses("my nan lives in one of your care homes. how many staff do you employ and all emails about her",
                   "Leeds City Council")
    assert other and other[0].variant == "family_records" and "subject access request" in other[0].suggestion


def test_a_subject_access_request_for_a_childs_records_is_not_told_to_take_them_out():
    assert not _elses("my son was arrested by west yorkshire police, can i get the records about him",
                      "West Yorkshire Police")


# --- fixes a person can paste; a named official's emails; ANPR sites (nu29 D9, D10) ----------------------------------

def _fix(text, body, code):
    return next(f for f in check_request(text, body).findings if f.code == code).suggestion


@pytest.mark.parametrize("text,body,named", [
    ("i want all information you hold about the new incinerator and why you approved it, and everything about "
     "councillor smith's emails", "Cardiff Council", "why you approved the new incinerator"),
    ("please send all information about the bus lane cameras on the ring road and why you installed them",
     "Leeds City Council", "why you installed the bus lane cameras on the ring road"),
    ("I want everything about the school closure and why the council agreed to it", "Kent County Council",
     "why the council agreed to the school closure"),
])
def test_a_why_fix_names_what_it_is_about_and_stops_at_the_next_ask(text, body, named):
    fix = _fix(text, body, "not-recorded-information")
    assert named in fix
    assert "everything" not in fix and not fix.rstrip('."').endswith((" it", " them"))


def test_a_why_fix_with_nothing_to_name_asks_for_the_name_never_keeps_it():
    fix = _fix("why did you do it", "Leeds City Council", "not-recorded-information")
    assert "do it" not in fix and "[name what you mean" in fix


def test_the_all_information_fix_names_the_subject_alone():
    fix = _fix("i want all information you hold about the new incinerator and why you approved it",
               "Cardiff Council", "vague-scope")
    assert "guidance on the new incinerator;" in fix and "why you approved" not in fix


@pytest.mark.parametrize("text,body,who,other", [
    ("i want all information you hold about the new incinerator, and everything about councillor smith's emails",
     "Cardiff Council", "Councillor Smith", "council officers"),
    ("please send me all emails between councillor jane smith and the planning department since 2019",
     "Leeds City Council", "Councillor Jane Smith", "the planning department"),
    ("All emails between the minister and McKinsey from January 2020 to now.", "Department for Education",
     "the minister", "McKinsey"),
    ("copies of the council leader's whatsapp messages for 2023", "Bristol City Council", "Council Leader", ""),
])
def test_a_named_officials_emails_on_every_subject_warn_of_cost_and_names(text, body, who, other):
    found = check_request(text, body).findings
    emails = [f for f in found if f.code == "officials-emails"]
    assert emails, text
    assert "section 12" in emails[0].message or "12(4)(b)" in emails[0].message
    assert "40(2)" in emails[0].message or "regulation 13" in emails[0].message
    assert who.lower() in emails[0].suggestion.lower() and other.lower() in emails[0].suggestion.lower()
    assert "{" not in emails[0].suggestion
    # the mailbox's cost is said once
    assert len([f for f in found if f.code == "cost-limit-risk"]) == 0


@pytest.mark.parametrize("text", [
    "emails between the council leader and the chief executive about the library closures in 2024",
    "how many emails did councillors send in 2024",
    "correspondence with the minister regarding the academy conversion of Hill School, January to March 2025",
])
def test_emails_narrowed_to_a_subject_or_counted_are_no_mailbox_search(text):
    assert "officials-emails" not in _codes(check_request(text, "Leeds City Council").findings), text


@pytest.mark.parametrize("text,body", [
    ("how many drones does devon and cornwall police own, and what are the locations of all their ANPR cameras",
     "Devon and Cornwall Police"),
    ("where are the anpr cameras in essex", None),
    ("Please provide a list of ANPR camera sites in the force area.", "Police Scotland"),
    ("can you send me a map of your number plate recognition cameras", "Kent Police"),
])
def test_where_anpr_cameras_are_warns_of_section_31_and_offers_counts_by_area(text, body):
    found = [f for f in check_request(text, body).findings if f.code == "camera-locations"]
    assert found, text
    assert ("31(1)" in found[0].message) or ("35(1)" in found[0].message)
    assert "number of ANPR cameras" in found[0].suggestion and "by local authority area" in found[0].suggestion


@pytest.mark.parametrize("text,body", [
    ("how many anpr cameras does kent police have", "Kent Police"),
    ("where are the anpr cameras for the clean air zone in birmingham", "Birmingham City Council"),
    ("what is the retention period for ANPR data", "Essex Police"),
])
def test_anpr_counts_and_council_zones_are_no_location_question(text, body):
    assert "camera-locations" not in _codes(check_request(text, body).findings), text


# --- the letter keeps the parts about no one; one other person's case leaves it with its route (nu29 D5, D5b, D14) ----

@pytest.mark.parametrize("text,kept,gone", [
    ("Dear Sussex Police, My son has autism and was tasered last month. Please tell me how many times officers used "
     "tasers on children in 2025 and whether the officer who tasered him has been disciplined.", "tasers were used on children",
     "disciplined"),
    ("was pc jones who arrested my brother last year ever disciplined? and how many officers at kent police were "
     "dismissed in 2024", "dismissed", "pc jones"),
    ("has the officer that hit my dad at the protest been investigated, also how many complaints about use of force did "
     "the met get in 2025", "use of force", "hit my dad"),
    ("Dear Kent Police, please tell me the names and home addresses of the officers who arrested my son on 3 may, and "
     "all emails about him", "home addresses", "emails about him"),
    ("my mum died last year in the royal infirmary and i want to see her medical records and find out why they didnt "
     "spot the sepsis. also how many sepsis deaths did nhs lothian have", "sepsis deaths", "medical records"),
])
def test_another_persons_case_leaves_the_letter_and_the_statistic_stays(text, kept, gone):
    f = frame_message(text)
    letter = " ".join(p.text for p in f.parts).lower()
    assert kept in letter and gone not in letter
    route = [x for x in f.findings if x.code in ("someone-elses-records", "deceased-records")]
    assert route and route[0].part is None and "left it out of the letter" in route[0].message
    assert all(x.part is None or 1 <= x.part <= len(f.parts) for x in f.findings)


def test_a_message_that_asks_only_about_another_persons_case_keeps_its_part_with_the_warning():
    f = frame_message("has the officer who tasered my son been disciplined? sussex police")
    assert f.parts and any(x.code == "someone-elses-records" for x in f.findings)


def test_the_chat_says_what_it_left_out_and_where_to_go_instead():
    from askfoi.conversation import Conversation

    conv = Conversation()
    conv.start()
    out = conv.reply("my son was tasered last month. how many times did officers use tasers on children in 2025, and "
                     "has the officer who did it been disciplined? sussex police")
    said = " ".join(m.text for m in out.messages)
    assert "Professional Standards Department" in said and "left it out of the letter" in said
    assert conv.session.parts and not any("disciplined" in p for p in conv.session.parts)
