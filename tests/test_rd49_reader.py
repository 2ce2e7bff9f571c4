"""rd49 (issue 10): decisions limited to some parts of the request.

1. An NCND that names the questions it covers decides those questions only: beside answers (or alone, naming later
   questions) the whole is partly given, with NCND.
2. A pointer at where a named share of what was asked is published decides that share; read beside the refusal of
   another named share, the whole is partly given.
3. A decision clause that opens with no full stop before it ("... on the NaCTSO website West Midlands Police will
   neither confirm nor deny ...") is a sentence of its own, so the pointer and the NCND get their own roles.
"""
from askfoi.models import Outcome
from askfoi.reader import read_reply, read_sentences

ANSWERS = ("Question 1: 312 officers were assaulted in 2024. Question 2: 27 of them needed hospital treatment. ")
NCND_3_4 = ("In respect of questions 3 and 4, the force can neither confirm nor deny whether it holds the information, "
            "by virtue of section 24(2) and section 31(3) of the Freedom of Information Act 2000.")


def test_ncnd_naming_later_questions_alone_is_partly_given():
    r = read_reply(NCND_3_4)
    assert r.outcome == Outcome.part_disclosed
    assert r.ncnd


def test_ncnd_for_named_questions_and_any_other_information():
    r = read_reply("The force neither confirms nor denies that it holds any information for questions 4 & 5, or any "
                   "other information relating to this request, by virtue of section 30(3) and section 31(3).")
    assert r.outcome == Outcome.part_disclosed
    assert r.ncnd


def test_ncnd_beside_answers_is_partly_given():
    r = read_reply(ANSWERS + NCND_3_4)
    assert r.outcome == Outcome.part_disclosed
    assert r.ncnd


def test_guard_ncnd_of_the_whole_request_stays_ncnd():
    r = read_reply("The force can neither confirm nor deny whether it holds any of the information you requested, by "
                   "virtue of section 24(2) and section 31(3) of the Freedom of Information Act 2000.")
    assert r.outcome == Outcome.ncnd


def test_guard_ncnd_naming_question_one_stays_ncnd():
    r = read_reply("For question 1, the constabulary can neither confirm nor deny that it holds the information you "
                   "requested, by virtue of section 40(5) of the Freedom of Information Act 2000.")
    assert r.outcome != Outcome.part_disclosed


MERGED = ("With regard to question c), the force follows national guidance and this information is readily available on "
          "the NaCTSO website Northshire Police will neither confirm nor deny that we hold any of the requested "
          "information. This letter serves as a Refusal Notice under Section 17 of the Freedom of Information Act 2000. "
          "In this case Northshire Police will neither confirm nor deny the existence of any relevant data for "
          "questions a) and b) by virtue of Section 24(2) National Security and Section 31(3) Law Enforcement.")


def test_decision_clause_without_a_full_stop_is_its_own_sentence():
    sentences = read_sentences(MERGED)
    pointer = next(s for s in sentences if "NaCTSO website" in s.text)
    assert "ncnd" not in pointer.signals
    assert "published" in pointer.signals
    assert any(s.text.startswith("Northshire Police will neither confirm") and "ncnd" in s.signals for s in sentences)


def test_pointer_answer_and_ncnd_of_other_questions_is_partly_given():
    r = read_reply(MERGED)
    assert r.outcome == Outcome.part_disclosed
    assert r.ncnd
    assert {p.number: p.outcome for p in r.parts}.get("c") != Outcome.ncnd


def test_guard_a_name_inside_a_sentence_does_not_split_it():
    sentences = read_sentences("It is the policy of the force that Northshire Police will neither confirm nor deny "
                               "whether it holds information about covert tactics.")
    assert len(sentences) == 1


PUBLISHED_AND_WITHHELD = (
    "Environmental Information Regulations 2004.\n\nYou asked for: the noise monitoring readings for Mill Lane, and the "
    "correspondence between the council and the operator about the noise assessment.\n\n"
    "The council holds this information. The noise monitoring readings are "
    "published in our annual environmental report at https://www.example.gov.uk/noise-report. The correspondence "
    "with the operator is withheld under regulation 12(5)(e) as its disclosure would harm the operator's commercial "
    "interests. We consider the public interest in maintaining the exception outweighs the public interest in disclosure.")


def test_published_share_beside_a_refused_share_is_partly_given():
    r = read_reply(PUBLISHED_AND_WITHHELD)
    assert r.outcome == Outcome.part_disclosed
    assert r.boundary == "published_and_given"
    assert any("published in our annual environmental report" in e for e in r.evidence)


def test_guard_pointer_at_something_not_asked_for_stays_a_refusal():
    # rd9's convention: what the reply does not show was asked, pointed to beside a refusal, is background
    r = read_reply(PUBLISHED_AND_WITHHELD.split("\n\n", 2)[0] + " " + PUBLISHED_AND_WITHHELD.split("\n\n", 2)[2])
    assert r.outcome == Outcome.refused


def test_guard_refusal_of_the_whole_beside_a_general_pointer_stays_refused():
    r = read_reply("The information you requested is exempt under section 43(2) of the Freedom of Information Act "
                   "2000. Our annual report is published at https://www.example.gov.uk/annual-report.")
    assert r.outcome == Outcome.refused


def test_published_share_is_told_with_its_law():
    from askfoi.reader import boundary_note
    note = boundary_note(read_reply(PUBLISHED_AND_WITHHELD))
    assert "regulation 6(1)(b)" in note
    foia = read_reply(PUBLISHED_AND_WITHHELD.replace("Environmental Information Regulations 2004. ", "")
                      .replace("regulation 12(5)(e)", "section 43(2) of the Freedom of Information Act 2000"))
    assert foia.regime.value == "FOIA" and "section 21" in boundary_note(foia)
