"""rd26: the reply read part by part (docs/notes/rd26.md): each answer decided by its own sentences and the parts
combined by a rule; a whole NCND stays NCND however long its reasons; a share withheld beside figures given is partly
given; a reply written in Welsh is read by the same structure with Welsh decision words (reply_phrases_cy.yaml).
Short invented excerpts."""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply

D, P, R, N, NH, C, PUB = (Outcome.disclosed, Outcome.part_disclosed, Outcome.refused, Outcome.ncnd, Outcome.not_held,
                          Outcome.cost_limit, Outcome.published)

# a newcomer's multi-part reply: a figure, "not held in a reportable format", an exemption -> partly given, each part
# its own decision
MULTI = [
    ("k5a", 'Dear Ms Jones,\n\nThank you for your request for information received on 3 March 2026.\n\n1. How many complaints did the council receive about missed bin collections in 2025?\nThe council received 1,284 complaints about missed collections in 2025.\n\n2. Please break these down by ward.\nThis information is not held in a reportable format.\n\n3. Please provide a copy of the internal review of the waste contract.\nThis information is withheld under section 36 of the Freedom of Information Act, as disclosure would be likely to inhibit the free and frank exchange of views.\n\nYours sincerely,\nInformation Governance Team\n', [("1", D), ("2", NH), ("3", R)]),
    ("k5b", 'Our ref: FOI 2026/114\n\nQuestion 1: The number of taxi licences issued in 2025.\nResponse: 412.\n\nQuestion 2: The number of licences revoked, broken down by reason.\nResponse: We do not hold this information in a reportable format.\n\nQuestion 3: Copies of correspondence with the operator.\nResponse: We have applied section 36(2)(c) to this part of your request.\n', [("1", D), ("2", NH), ("3", R)]),
    ("k5c", 'In response to part 1 of your request, there were 57 reported incidents in 2024.\nIn response to part 2, the information is not held in a reportable format and could only be found by reading each file.\nIn response to part 3, the information is exempt under section 31(1)(a).\n', [("1", D), ("2", NH), ("3", R)]),
    # the request's bullets restated, each answered under it
    ("b1", 'You asked for:\n- the number of fixed penalty notices issued for littering in 2024;\n- the amount collected from those notices;\n- the names of the enforcement officers who issued them;\n\nThe council issued 1,142 fixed penalty notices for littering in 2024.\nThe amount collected was £98,450.\nThe names of the officers are exempt under section 40(2) as they are personal data.\n', None),
    ("b3", 'I would like to request:\n- how many speed cameras are in the county?\nLocal camera locations are published on the Safety Camera Partnership website at www.example.org.uk/cameras.\n- how much revenue the cameras raised in 2024;\nThe force does not hold this information; fines are paid to HM Courts and Tribunals Service.\n- the make and model of each camera;\nThe cameras are Truvelo D-Cam units.\n', [("1", PUB), ("2", NH), ("3", D)]),
]


@pytest.mark.parametrize("name,text,parts", MULTI, ids=[m[0] for m in MULTI])
def test_multi_part_reply_is_partly_given_part_by_part(name, text, parts):
    reading = read_reply(text)
    assert reading.outcome == P and not reading.unclear
    if parts is not None:
        assert [(p.number, p.outcome) for p in reading.parts] == parts


def test_bullets_of_the_authoritys_own_answer_stay_one_answer():
    reading = read_reply('Thank you for your request. The information is as follows:\n- 2022: 45 incidents\n- 2023: 52 incidents\n- 2024: 61 incidents\n\nYours sincerely\n')
    assert reading.outcome == D and not reading.parts


# a whole-request NCND with its harm and public interest reasons listed, numbered
NCND = [("n1", 'Dear Mr Smith,\n\nThank you for your request. West Midlands Police can neither confirm nor deny that it holds any information relevant to your request by virtue of the following exemptions:\n\nSection 23(5) Information supplied by, or concerning, certain Security Bodies\nSection 24(2) National Security\nSection 31(3) Law Enforcement\n\nHarm in confirming or denying that information is held\nAny disclosure under FOI is a release to the public at large. Confirming or denying whether any information is held would allow those intent on crime to map police activity.\n\nFactors favouring confirmation or denial\n1. Confirming or denying would increase public awareness of police activity.\n2. It would promote accountability for the use of public funds.\n\nFactors against confirmation or denial\n1. Confirming or denying would undermine law enforcement.\n2. It would compromise national security.\n\nBalance test\nThe public interest is not served by confirming or denying. Therefore, at this moment in time, it is our opinion that for these issues the balance test favours neither confirming nor denying that information is held.\n\nNo inference can be taken from this refusal that information does or does not exist.\n'), ("n2", 'Dear Mr Smith,\n\nAvon and Somerset Constabulary can neither confirm nor deny whether it holds the information you requested, as section 31(3) applies.\n\nIn considering the public interest we weighed the following:\n1. Confirming or denying would show how the force deploys its resources.\n2. Openness about policing carries weight.\n3. Disclosure under the Act is to the world, not to one person.\n\nThe balance favours neither confirming nor denying.\n'),
        ("s17", "FOI Reference: 12/2024\nRequest:\nHow many calls were made about the care home?\nResponse:\nWhere "
                "exemptions are relied upon, Section 17 of Freedom of Information Act requires that we provide the "
                "applicant with a notice which:\na) States that fact\nb) Specifies the exemption(s) in question and\n"
                "c) State (if that would not otherwise be apparent) why the exemption applies\nThe force can neither "
                "confirm nor deny that it holds any information relevant to your request as the duty in Section 1(1)(a) "
                "does not apply by virtue of the following exemptions:\nSection 31(3) Law Enforcement\nSection 40(5) "
                "Personal Information")]


@pytest.mark.parametrize("name,text", NCND, ids=[n[0] for n in NCND])
def test_whole_ncnd_stays_ncnd_with_its_reasons(name, text):
    reading = read_reply(text)
    assert reading.outcome == N and reading.ncnd and not reading.parts


SHARE = [
    # names withheld under s40(2), the rest released
    ("s40", "FOI Reference: 359/2024\nResponse:\nI can confirm that the force does hold the information requested; "
            "however we are exempting part of the information as we believe that the following exemption is relevant:\n"
            "Section 40(2) Personal Information\nSection 40(2) is a class-based absolute exemption."),
    # a decision to disclose, and one question answered by a pointer under s21
    ("s21", "Decision\nI have today decided to disclose the following information to you.\nQ1. The force follows the "
            "College of Policing guidance on media relations.\nAs such, this information is exempt from disclosure "
            "pursuant to Section 21 of the Freedom of Information Act 2000 as it is available to the applicant by other "
            "means.\nQ2. 14 officers were charged in 2024."),
    # the authority's own opening line is no restated request
    ("attached", "Please find the information attached.\n\nThe make and model of each vehicle has been provided. "
                 "The registration numbers have been deemed exempt from disclosure under section 31(1)(a)."),
]


@pytest.mark.parametrize("name,text", SHARE, ids=[s[0] for s in SHARE])
def test_share_withheld_beside_what_is_given_is_partly_given(name, text):
    assert read_reply(text).outcome == P


def test_rights_line_wrapped_mid_sentence_gives_nothing():
    text = ("Our ref: 7154/20\n\nThank you for your request for information.\n\nWest Yorkshire Police can neither "
            "confirm nor deny that information is held.\n\nHowever, this should not be taken as conclusive evidence "
            "that the information you requested exists or\ndoes not exist.\n\nCOMPLAINT RIGHTS\n\nIf you are not "
            "satisfied with how this request has been handled or with the information provided, please\nread the "
            "advice notice attached to this letter. If you do wish to take up your right of complaint, please\n"
            "remember to quote the reference number above, in any future correspondence.\n\nYours sincerely,\n")
    assert read_reply(text).outcome == N


# replies written in Welsh, and one in both languages
WELSH = [
    ("cost", "Cais:\nNifer yr arestiadau yn ôl cenedligrwydd ar gyfer 2022 a 2023.\nYmateb:\nMae adran 12(1) yn "
             "berthnasol fel gwybodaeth nad yw ar gael yn hawdd.\nMae adran 1 o Ddeddf Rhyddid Gwybodaeth 2000 yn gosod "
             "dwy ddyletswydd ar awdurdodau cyhoeddus.", C, ["12(1)"]),
    ("not_held", "Cais:\nFaint o gamerâu cyflymder sydd gan yr heddlu?\nYmateb:\nNid yw Heddlu Dyfed-Powys yn cadw'r wybodaeth y gofynnwyd amdani.\n", NH, []),
    ("ncnd", "Cais:\nFaint o swyddogion cudd sy'n gweithio yn yr ardal?\nYmateb:\nNi all Heddlu Dyfed-Powys gadarnhau na gwadu ei fod yn cadw unrhyw wybodaeth sy'n berthnasol i'ch cais, gan fod adran 31(3) ac adran 24(2) yn berthnasol.\n", N, ["24(2)", "31(3)"]),
    ("given", 'Cais:\nNifer y cwynion a dderbyniwyd yn 2024.\nYmateb:\nAmgaeaf yr wybodaeth y gofynnwyd amdani.\nDerbyniwyd 312 o gwynion yn 2024.\n', D, []),
    ("part", "Cais:\nEnwau'r swyddogion a nifer y cwynion.\nYmateb:\nGallaf gadarnhau bod y Cyngor yn cadw'r wybodaeth. Derbyniwyd 45 o gwynion. Fodd bynnag, rydym yn atal enwau'r swyddogion gan fod adran 40(2) yn berthnasol.\n", P, ["40(2)"]),
    ("published", "Cais:\nCopi o'r adroddiad ar y cynllun ffordd.\nYmateb:\nMae'r wybodaeth y gofynnwyd amdani eisoes wedi'i chyhoeddi ac mae ar gael ar ein gwefan, felly mae adran 21 yn berthnasol.\n", PUB, ["21"]),
    ("pending", 'Annwyl Mr Jones,\n\nDiolch am eich cais am wybodaeth a dderbyniwyd ar 3 Mawrth 2025. Rydym yn cydnabod derbyn eich cais a byddwch yn derbyn ymateb o fewn 20 diwrnod gwaith.\n\nYn gywir,\nTîm Rhyddid Gwybodaeth\n', Outcome.pending, []),
    ("cost_limit", "Annwyl Ms Evans,\n\nMae'r Cyngor wedi ystyried eich cais. Byddai cydymffurfio â'ch cais yn fwy na'r terfyn priodol o £450, felly mae adran 12 yn berthnasol.\n\nYn gywir\n", C, ["12"]),
    ("bilingual", "Cais:\nFaint o gamerâu cyflymder sydd gan yr heddlu?\nYmateb:\nNid yw Heddlu Dyfed-Powys yn cadw'r wybodaeth y gofynnwyd amdani.\n\nRequest:\nHow many speed cameras does the force have?\nResponse:\nDyfed-Powys Police does not hold the information requested.\n", NH, []),
]


@pytest.mark.parametrize("name,text,outcome,sections", WELSH, ids=[w[0] for w in WELSH])
def test_welsh_reply(name, text, outcome, sections):
    reading = read_reply(text)
    assert reading.outcome == outcome and not reading.unclear
    assert sorted(reading.sections) == sorted(sections)
    assert reading.ncnd == (outcome == N)


def test_welsh_reply_answered_part_by_part():
    reading = read_reply("Cais:\n1. Faint o gwynion a dderbyniwyd yn 2024?\n2. Enwau'r swyddogion a ymdriniodd â'r cwynion.\nYmateb:\n1. Derbyniwyd 312 o gwynion yn 2024.\n2. Mae'r wybodaeth hon wedi'i heithrio o dan adran 40(2) gan ei bod yn wybodaeth bersonol.\n")
    assert reading.outcome == P
    assert [(p.number, p.outcome) for p in reading.parts] == [("1", D), ("2", R)]
    assert reading.sections == ["40(2)"]
