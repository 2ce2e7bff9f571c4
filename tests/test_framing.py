"""Framing: a first message read as frames, every part rendered from its frame (issue 8's examples as behaviour)."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from askfoi.cli import main
from askfoi.conversation import Conversation, Step
from askfoi.framing import (
    find_authority,
    find_periods,
    frame_message,
    kinds,
    lost_details,
    part_problems,
    reads_as_request,
    replace_covert,
    subject_problems,
)
from askfoi.spelling import suggest as suggest_spelling

TODAY = date(2026, 11, 30)
ESSEX = "does essex police use facial recognition on body worn cameras, including covertly, and which companies supply it?"
BRIGHTON = "how much has Brighton council spent on CCTV cameras and who monitors them"
LEEDS = "How many school exclusions did Leeds City Council record in 2024/25"


def framed(text: str, authority: str | None = None):
    return frame_message(text, authority, today=TODAY)


def well_formed(framing) -> bool:
    name = framing.authority.name if framing.authority else None
    return all(not part_problems(p, name) for p in framing.parts)


def test_covert_facial_recognition_is_flagged_with_ncnd_sections_and_answerable_replacements():
    f = framed(ESSEX)
    assert f.authority and f.authority.name == "Essex Police"
    flagged = [p for p in f.parts if p.warning]
    assert len(flagged) == 1
    part = flagged[0]
    assert set(part.sections) == {"23(5)", "24(2)", "30(3)", "31(3)"}
    assert "facial recognition" in part.subject and "body-worn" in part.subject
    kinds_offered = [r.kind for r in part.replacements]
    assert {"count", "policy", "assessment", "total_spend", "contracts"} <= set(kinds_offered)
    count = next(r for r in part.replacements if r.kind == "count")
    assert count.qualifiers.overt and count.qualifiers.breakdown == "month"
    assert all(not part_problems(r, "Essex Police") for r in part.replacements)
    assert any(x.code == "ncnd-risk" and x.rewrite for x in f.findings)
    # "which companies supply it": the pronoun takes the earlier subject
    supply = next(p for p in f.parts if p.kind == "contracts")
    assert supply.subject == part.subject
    replaced = replace_covert(f)
    assert not any(p.warning for p in replaced.parts) and well_formed(replaced)


def test_overt_use_is_not_flagged():
    f = framed("does nottinghamshire police have a policy on overt use of drones")
    assert not any(p.warning for p in f.parts)


def test_brighton_cctv_gives_total_spend_and_who_monitors_both_grammatical():
    f = framed(BRIGHTON)
    assert f.authority and f.authority.name == "Brighton and Hove City Council"
    assert [p.kind for p in f.parts] == ["total_spend", "responsibility"]
    assert all(p.subject == "CCTV cameras" for p in f.parts)
    assert well_formed(f)
    assert not any("brighton" in p.text.lower() or "?" in p.text for p in f.parts)


def test_leeds_period_is_proposed_and_is_the_only_period_in_the_letter():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    said = "\n".join(m.text for m in conv.reply(LEEDS).messages)
    assert conv.session.authority == "Leeds City Council" and conv.session.step == Step.authority
    assert "Leeds City Council" in said
    conv.reply("ok")  # confirm the organisation: it is not asked for again
    assert conv.session.step == Step.period
    asked = conv.session.history[-1].text
    # fr10c: school exclusions are counted by academic year, so a bare "2024/25" about them is that academic year
    assert "2024/25" in asked and "1 September 2024 to 31 August 2025" in asked
    conv.reply("ok")
    assert conv.session.period == "1 September 2024 to 31 August 2025"
    letter = conv.letter()
    assert "1 September 2024 to 31 August 2025" in letter.body and "2024/25" in letter.subject
    parts = "\n".join(letter.parts)
    assert {label for label, _, _ in find_periods(parts, today=TODAY)} <= {"1 September 2024 to 31 August 2025"}
    assert "December" not in letter.body and "1 January" not in letter.body


def test_a_message_too_vague_to_frame_gets_questions_not_parts():
    f = framed("tell me about the bins")
    assert f.parts == [] and f.questions
    assert "too-vague" in {x.code for x in f.findings}


def test_too_vague_in_the_conversation_asks_and_a_number_picks_the_kind_of_record():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    said = "\n".join(m.text for m in conv.reply("tell me about the bins").messages)
    assert conv.session.step == Step.about and not conv.session.parts
    assert "keep my words" in said
    spend = list(kinds()).index("total_spend")
    from askfoi.framing import choice_kinds

    conv.reply(str(choice_kinds().index("total_spend") + 1))
    assert conv.session.step != Step.about and spend >= 0
    assert len(conv.session.parts) == 1 and "bins" in conv.session.parts[0] and reads_as_request(conv.session.parts[0])


def test_keep_my_words_keeps_the_whole_message():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    conv.reply("tell me about the bins")
    conv.reply("keep my words")
    # the person's words, all of them and no others (given a capital and a stop as a sentence)
    assert [re.findall(r"[a-z]+", p.lower()) for p in conv.session.parts] == [["tell", "me", "about", "the", "bins"]]


@pytest.mark.parametrize("text, detail", [
    ("how many pupils in wales were home educated in 2024", "educated"),
    ("how many children missed school because of no bus in 2024", "bus"),
    ("how many ash trees have been felled because of ash dieback since 2020", "dieback"),
])
def test_a_part_that_would_drop_a_detail_keeps_the_question_whole(text, detail):
    framing = frame_message(text, today=TODAY)
    assert framing.parts and all(detail in p.text.lower() for p in framing.parts)


def test_a_detail_kept_by_the_part_is_not_reported_lost():
    framing = frame_message("how many parking fines did leeds city council issue in 2024", today=TODAY)
    assert [p.kind for p in framing.parts] == ["count"] and not framing.parts[0].kept_words
    assert not lost_details(framing.parts[0], "Leeds City Council", today=TODAY)


@pytest.mark.parametrize("text, name", [
    ("how many trains were cancelled at euston in 2024", "Euston"),
    ("what contracts does the home office have with palantir", "palantir"),
    ("how many people were fined for feeding pigeons in trafalgar square in 2024", "Trafalgar Square"),
    ("how many families did leeds city council place in b&bs in 2024", "B&Bs"),
])
def test_names_are_not_corrected_and_get_their_capitals(text, name):
    framing = frame_message(text, today=TODAY)
    assert not any(typed == name.lower() for typed, _ in framing.spelling)
    if name[:1].isupper():
        assert any(name in p.text for p in framing.parts)


def test_a_real_typo_is_still_proposed():
    assert ("childern", "children") in suggest_spelling("how many childern were excluded in 2024")
    assert not suggest_spelling("how much did we pay bibby stockholm")


@pytest.mark.parametrize("text", [
    "what do you think of the new parking charges in brighton",
    "why did leeds council close the library on elm street",
    "do you agree that the new road layout is dangerous",
])
def test_opinions_and_why_questions_become_the_records_of_reasons(text):
    f = framed(text)
    assert [p.kind for p in f.parts] == ["reasons"]
    assert well_formed(f) and reads_as_request(f.parts[0].text)
    assert re.search(r"reasons|assessment", f.parts[0].text) and "not-recorded-information" in {x.code for x in f.findings}


def test_routes_and_laws():
    sar = framed("i want a copy of my custody record from when i was arrested by essex police")
    assert sar.route == "sar" and sar.regime == "DPA-Part3" and len(sar.parts) == 1
    assert framed("can you send me my social care records from when i was a child").regime == "SAR"
    assert framed("how many sewage overflows did scottish water record in 2024").regime == "EISR"
    assert framed("how many hate crimes were reported to police scotland in 2023").regime == "FOISA"
    assert framed("how many sewage discharges did thames water record in 2024").regime == "EIR"


def test_a_subject_never_holds_the_authority_a_question_word_or_a_pronoun():
    assert subject_problems("Essex Police cameras", "Essex Police")
    assert subject_problems("who monitors")
    assert subject_problems("cameras on")
    assert subject_problems("them")
    assert not subject_problems("CCTV cameras", "Brighton and Hove City Council")


def test_hostile_text_is_data():
    f = framed("how many cameras \x1b[31m {{ 7*7 }} [bold]x[/] are there")
    for p in f.parts:
        assert "\x1b" not in p.text and "49" not in p.text


CORPUS = Path(__file__).parent / "data" / "first_messages.jsonl"


def test_corpus_is_large_varied_and_split_before_tuning():
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 200
    assert {r["split"] for r in rows} == {"tune", "test", "holdout2", "holdout3", "holdout4", "dev5"}
    first_round = [r for r in rows if r["split"] in ("tune", "test")]
    assert abs(sum(r["split"] == "tune" for r in first_round) - len(first_round) / 2) <= 1
    assert sum(r["split"] == "holdout2" for r in rows) >= 100
    assert len({r["id"] for r in rows}) == len(rows)
    assert any(r["route"] == "sar" for r in rows) and any("ncnd-risk" in r["findings"] for r in rows)


def test_held_out_half_parts_stay_well_formed():
    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from eval_framing import load, score

    result = score([r for r in load() if r["split"] == "test"])
    assert result["parts"] and result["good"] / result["parts"] >= 0.95
    found, named = result["named"]
    assert found / named >= 0.85


def test_cli_frame_json_shape(capsys):
    assert main(["frame", BRIGHTON, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"route", "regime", "authority", "period", "parts", "findings", "questions"}
    assert out["route"] == "foi" and out["regime"] == "FOIA"
    assert out["authority"]["name"] == "Brighton and Hove City Council" and out["authority"]["from_text"]
    assert {"kind", "subject", "qualifiers", "text"} <= set(out["parts"][0])


def test_cli_frame_vague_message_and_bad_input(capsys):
    assert main(["frame", "tell me about the bins", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["parts"] == [] and out["questions"]
    assert main(["frame", "   "]) == 2
    assert "nothing to frame" in capsys.readouterr().err
    assert main(["frame", "how many speed cameras are there", "--authority", ""]) == 2


def test_review_reframes_a_question_typed_as_a_part_and_flags_conflicting_periods():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    for reply in ("how many speed cameras are there in kent", "Kent Police", "2024"):
        conv.reply(reply)
    conv.reply("add how many fines did they issue in 2019?")
    codes = {f.code: f for f in conv._findings()}
    assert "part-not-framed" in codes and codes["part-not-framed"].rewrite
    assert "conflicting-periods" in codes
    conv.reply("ok")
    assert conv.session.step == Step.review
    number = [f.code for f in conv._findings()].index("part-not-framed") + 1
    conv.reply(str(number))
    assert all(reads_as_request(p) for p in conv.session.parts)


def test_covert_part_is_replaced_in_one_key_in_the_review():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    for reply in (ESSEX, "ok", "1", "ok"):
        conv.reply(reply)
    assert conv.session.step == Step.review
    findings = conv._findings()
    assert findings[0].code == "ncnd-risk" and findings[0].rewrite
    conv.reply("1")
    parts = conv.session.parts
    assert len(parts) >= 5 and any("overt deployments" in p for p in parts)
    assert all(reads_as_request(p) for p in parts)
    assert not any(f.code == "ncnd-risk" for f in conv._findings())


def test_subject_access_gets_no_foi_findings():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    conv.reply("i want a copy of my custody record from when i was arrested by essex police")
    codes = {f.code for f in conv._findings()}
    assert not codes & {"no-time-period", "vague-scope", "cost-limit-risk", "own-personal-data"}


def test_a_part_is_asked_as_another_kind_of_record_in_one_step():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    for reply in (BRIGHTON, "ok", "2"):
        conv.reply(reply)
    assert conv.session.step == Step.parts
    conv.reply("2 policy")
    assert conv.session.step == Step.parts and "policy" in conv.session.parts[1].lower()
    assert "CCTV cameras" in conv.session.parts[1] and reads_as_request(conv.session.parts[1])


@pytest.mark.parametrize("text", [
    "how many noise complaints were made and how many led to enforcement action",
    "which contractor did the potholes for leeds city council",
    "how much were councillors paid in allowances",
    "who did the council pay to repair the bridge",
])
def test_the_issues_broken_parts_are_now_framed_or_asked_about(text):
    f = framed(text)
    assert f.parts or f.questions
    assert well_formed(f)
    for p in f.parts:
        assert not p.text.lower().startswith(("the number of led", "which", "any recorded information that answers"))
        assert "Leeds City Council" not in (p.subject or "")


def test_the_subject_of_every_part_is_corrected_in_one_step():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    for reply in (BRIGHTON, "ok", "2"):
        conv.reply(reply)
    conv.reply("subject speed cameras")
    assert all("speed cameras" in p and "CCTV" not in p for p in conv.session.parts)
    before = list(conv.session.parts)
    said = "\n".join(m.text for m in conv.reply("subject who runs them").messages)
    assert conv.session.parts == before and "who runs them" in said


def test_why_did_they_happen_asks_for_the_causes_of_the_earlier_subject():
    f = framed("how many sewage overflows did scottish water record in 2024 and why did they happen")
    assert [p.kind for p in f.parts] == ["count", "reasons"]
    assert f.parts[1].subject == "sewage overflows" and well_formed(f)
    assert subject_problems("happen")


def test_and_how_many_in_another_place_takes_the_earlier_subject():
    f = framed("how many potholes were reported in leeds in 2024 and how many in york")
    assert [p.qualifiers.place for p in f.parts] == ["Leeds", "York"]
    assert all(p.subject == "potholes" for p in f.parts) and well_formed(f)
    assert subject_problems("in York")


def test_cli_frame_reads_standard_input_and_prints_no_escape_sequences(capsys, monkeypatch):
    import io

    data = "how many speed cameras \x1b[31mare there\x1b[0m in kent?\nand who \x1b]8;;http://x\x07runs them".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["frame", "-"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "speed cameras" in out


def test_check_flags_a_verbless_subject_a_repeated_head_and_a_misspelling():
    from askfoi.framing import Frame

    lost = Frame(kind="count", subject="trees", text="The number of trees.",
                 source="how many trees did the council cut down")
    assert any("verb" in p for p in part_problems(lost))
    kept = Frame(kind="count", subject="tasers", text="The number of tasers.", source="how many tasers does the force have")
    assert not part_problems(kept)
    twice = Frame(kind="contracts", subject="school meals", text="Any contract for the contracts for school meals.")
    assert any("repeated" in p for p in part_problems(twice))
    typo = Frame(kind="count", subject="polce oficers", text="The number of polce oficers.")
    assert any("misspelt" in p for p in part_problems(typo))


def test_spelling_is_proposed_not_applied_and_known_words_are_left_alone():
    from askfoi.spelling import apply, suggest

    f = framed("how many polce oficers were sacked in 2024")
    assert dict(f.spelling) == {"polce": "police", "oficers": "officers"}
    assert "polce" in f.parts[0].text  # never corrected silently
    assert suggest("how much mould did the CCTV and ANPR cameras and the stairlift find in the neighbourhood") == []
    assert "police officers" in frame_message(apply("how many polce oficers were sacked", f.spelling)).parts[0].text


def test_how_much_of_a_thing_asks_for_the_amount():
    part = framed("how much weedkiller was sprayed on pavements in bath in 2024").parts[0]
    assert part.kind == "figure" and part.text.startswith("The amount of weedkiller")
    salary = framed("what is the chief executive's salary").parts[0]
    assert salary.kind == "figure" and "amount of" not in salary.text and "salary" in salary.text


def test_a_clause_after_the_organisation_is_kept():
    part = framed("how many civil servants in the cabinet office work from home").parts[0]
    assert "who work from home" in part.text and not part_problems(part, "Cabinet Office")


def test_the_organisation_inside_a_noun_phrase_becomes_your_and_a_purpose_is_not_the_subject():
    part = framed("how many complaints about tfl bus drivers were made in 2024").parts[0]
    assert "your bus drivers" in part.text and not part_problems(part, "Transport for London")
    use = framed("does the council use artificial intelligence to decide benefit claims").parts[0]
    # the purpose is a detail the person asked: the part carries it, or the question is kept whole (fr4)
    assert use.subject in (None, "artificial intelligence") and "benefit claims" in use.text


@pytest.mark.parametrize("message,wanted", [
    ("how many bins did the council empty late in 2024", "emptied"),  # a count's verb, as a participle
    ("how many pupils were taught in portable classrooms in 2023", "taught"),
    ("how many flats did the council knock down in 2024", "knocked"),
    ("how many dogs did the council seize and destroy in 2023", "destroyed"),
    ("how many complaints the council got about noisy pubs", "complaints received about noisy pubs"),
    ("how many times was the weedkiller sprayed in parks in 2024", "times the weedkiller was sprayed in parks"),
    ("how many school buildings have asbestos", "school buildings with asbestos"),
    ("how many fines were issued by the council outside schools", "fines issued outside schools"),
    ("how many potholes were reported on the a38", "A38"),
])
def test_more_of_the_question_is_kept_in_the_part(message, wanted):
    part = framed(message).parts[0]
    assert wanted in part.text and not part_problems(part)


def test_check_rejects_broken_text():
    from askfoi.framing import Frame

    broken = Frame(kind="count", subject="times", text="The number of times times were .")
    assert any("broken" in p for p in part_problems(broken))


def test_why_after_a_count_of_a_decision_asks_for_the_reasons_for_that_decision():
    framing = frame_message("how many libraries did the council close in 2024 and why", today=TODAY)
    assert [p.kind for p in framing.parts] == ["count", "reasons"]
    assert framing.parts[1].decision and "close" in framing.parts[1].decision and "librar" in framing.parts[1].text


def test_how_many_were_upheld_narrows_the_earlier_count():
    framing = frame_message("how many complaints did the council get about noise in 2024 and how many were upheld",
                            today=TODAY)
    assert len(framing.parts) == 2 and not framing.questions
    assert "upheld" in framing.parts[1].text and "complaints" in framing.parts[1].text
    assert not part_problems(framing.parts[1])


@pytest.mark.parametrize("text", [
    "how many bins were not collected in bristol in january 2025",
    "how many bins weren't emptied in 2024",
])
def test_a_negation_is_never_dropped(text):
    framing = frame_message(text, today=TODAY)
    assert framing.parts and all(re.search(r"\bnot\b|n't", p.text) for p in framing.parts)


def test_why_about_a_question_kept_whole_joins_it():
    framing = frame_message("how many bins were not collected in bristol in january 2025 and why", today=TODAY)
    assert len(framing.parts) == 1 and framing.parts[0].kept_words
    assert "not" in framing.parts[0].text and "reason" in framing.parts[0].text.lower()  # "and why": the reasons for them (fr13c: never "for each")


def test_a_british_spelling_is_not_taken_for_a_name():
    from askfoi.spelling import could_be_name

    assert not could_be_name("centre") and could_be_name("leicester")


def test_how_many_were_x_after_a_count_of_other_things_counts_others_of_that_kind():
    framing = frame_message("how many trains were cancelled at euston in 2024 and how many were delayed", today=TODAY)
    assert len(framing.parts) == 2
    second = framing.parts[1].text
    assert "delayed" in second and "cancelled" not in second and "Euston" in second


def test_the_persons_own_story_never_becomes_a_part():
    """A first-person account before the question is background about the person: a request is published,
    so it must not reach the letter (seen in a trial: 'the son got excluded' was made into a part)."""
    framing = frame_message(
        "my son got excluded from his school in bristol last year and nobody told us why. "
        "how many pupils were excluded from bristol schools in 2024"
    )
    texts = " ".join(p.text.lower() for p in framing.parts)
    assert framing.parts and "son" not in texts.split() and "nobody" not in texts
    assert "2024" in (framing.period or "")
    asking = frame_message("i want to know why the library on elm street closed")
    assert asking.parts  # a first-person sentence that asks is still a question


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("how many residents reported fly tipping to sheffield city council in 2024", "reported"),
        ("how many pupils sat the exam at manchester city council in 2023", "sat"),
        ("how many nurses caught measles at nhs lothian in 2022", "caught"),
        ("how many pupils in year 11 in swindon missed the exam in 2024", "missed"),
    ],
)
def test_people_doing_something_get_who(text, verb):
    """People followed by a verb and its object are the doers: the part says "who" before the verb."""
    parts = frame_message(text, today=TODAY).parts
    assert parts and re.search(rf"\bwho {verb}\b", parts[0].text)


@pytest.mark.parametrize("text", ["how many staff were paid bonuses by leeds city council in 2024",
                                  "how many families refused housing by bristol city council in 2024",
                                  "how many people arrested for shoplifting by kent police in 2024"])
def test_people_a_thing_was_done_to_get_no_who(text):
    parts = frame_message(text, today=TODAY).parts
    assert parts and " who " not in f" {parts[0].text} "


@pytest.mark.parametrize(
    ("text", "prep", "place"),
    [
        ("how many people were taken ill at the glastonbury festival in 2023", "at", "festival"),
        ("how many fines were issued near oxford street by westminster city council in 2024", "near", "Oxford Street"),
        ("how many potholes were reported in leeds in 2024", "in", "Leeds"),
    ],
)
def test_the_place_keeps_the_preposition_the_person_used(text, prep, place):
    parts = frame_message(text, today=TODAY).parts
    assert parts and not parts[0].kept_words
    assert parts and re.search(rf"\b{prep} (?:the )?\S*\s?{place}", parts[0].text, re.I)
    others = {"in", "at", "near"} - {prep}
    assert not any(re.search(rf"\b{o} (?:the )?\S*\s?{place}", parts[0].text, re.I) for o in others)


@pytest.mark.parametrize(
    ("text", "not_this"),
    [
        ("how many prisoners self harmed at hmp wandsworth in 2024", "Wandsworth"),
        ("how many patients waited over 12 hours at the royal cornwall hospital in 2023", "Cornwall"),
        ("how many operations were cancelled at leeds general infirmary in 2024", "Leeds"),
        ("how many students were expelled from the university of reading in 2024", "Reading Borough"),
    ],
)
def test_a_place_inside_another_bodys_name_is_not_its_council(text, not_this):
    from askfoi.authorities import resolve_authority

    found = frame_message(text, today=TODAY).authority
    # nothing, or the body that runs the place (the hospital's trust: tr4), never the place's council
    assert found is None or not_this not in found.name or resolve_authority(found.name).type.value != "council"


def test_a_council_named_before_its_own_services_is_still_found():
    found = frame_message("how many bristol primary school places were offered by bristol city council in 2024",
                          today=TODAY).authority
    assert found is not None and found.name == "Bristol City Council"
    found = frame_message("how many fines did leeds city council issue in 2024", today=TODAY).authority
    assert found is not None and found.name == "Leeds City Council"


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("how much is the chief constable of avon and somerset police paid", "chief constable"),
        ("how much does norfolk county council pay its director of children's services", "director"),
        ("what is the vice chancellor's salary at the university of leeds", "vice chancellor"),
    ],
)
def test_the_pay_of_one_post_is_a_figure_not_a_total_spent(text, post):
    parts = frame_message(text, today=TODAY).parts
    assert len(parts) == 1 and parts[0].kind == "figure" and post in parts[0].text.lower()
    assert "spent" not in parts[0].text.lower() and re.search(r"\b(?:pay|salary)\b", parts[0].text.lower())


def test_money_paid_to_a_supplier_or_many_staff_is_not_one_posts_pay():
    parts = frame_message("how much did leeds city council pay the contractor for the new bridge", today=TODAY).parts
    assert parts and parts[0].kind == "total_spend"
    parts = frame_message("how much did kent police spend on overtime for officers in 2024", today=TODAY).parts
    assert parts and parts[0].kind == "total_spend"


# --- fr3: formal request bodies (invented letters, not from the corpus) ---------------------------------

FORMAL = """Dear Home Office,

Under the Freedom of Information Act 2000, please could you provide the following information:

1. The number of asylum claims withdrawn in each quarter of 2024.
2. The total amount spent on interpreters at asylum interviews in 2024.
3. A copy of any guidance given to caseworkers on age assessments.

Yours faithfully,
A. Person"""


def test_a_formal_letter_gives_one_part_per_numbered_item_without_its_opener_or_signature():
    framing = framed(FORMAL)
    assert framing.authority is not None and framing.authority.name == "Home Office"
    assert len(framing.parts) == 3
    for part in framing.parts:
        low = part.text.lower()
        assert "please" not in low and "freedom of information" not in low and "faithfully" not in low
        assert part.text[:1].isupper() and part.text.endswith(".")
    assert framing.period and "2000" not in framing.period and "2024" in framing.period


@pytest.mark.parametrize(
    "opener",
    ["Please could you provide", "I would like to request", "Under the FOI Act please provide",
     "Could you please tell me", "I am writing to request", "Under the Environmental Information Regulations 2004, please provide"],
)
def test_request_openers_are_not_part_of_the_part(opener):
    framing = framed(f"{opener} the number of fixed penalty notices issued for dog fouling by Wigan Council in 2023.")
    assert len(framing.parts) == 1
    text = framing.parts[0].text.lower()
    assert "dog fouling" in text and not any(w in text for w in ("please", "request", "under the", "tell me"))


def test_a_second_item_inside_one_sentence_is_its_own_part():
    framing = framed("Please provide the number of noise complaints received by Hull City Council in 2024, broken "
                     "down by ward, and the number of abatement notices served in the same year.")
    assert len(framing.parts) == 2
    assert "ward" in framing.parts[0].text and "ward" not in framing.parts[1].text
    assert "abatement notices" in framing.parts[1].text
    framing = framed("Please provide a copy of the council's parking enforcement policy, together with the number "
                     "of parking wardens employed in 2024.")
    assert len(framing.parts) == 2


def test_the_year_of_a_laws_title_is_not_a_period_and_a_stock_date_stays_in_the_part():
    assert find_periods("under the Freedom of Information Act 2000 I ask", today=TODAY) == []
    assert find_periods("the Environmental Information (Scotland) Regulations 2004", today=TODAY) == []
    framing = framed("Please provide the number of empty council homes in Swindon as at 1 April 2025.")
    # ck21: a single day is a period of one day (it was None: no period, and the chat asked for one); the part keeps it
    assert framing.period == "1 April 2025" and "1 April 2025" in framing.parts[0].text


def test_dates_written_as_ranges_seasons_and_sessions_are_periods():
    (label, _, _), = find_periods("between 3 March 2022 and 2 March 2023", today=TODAY)
    assert label.startswith("3 March 2022") and label.endswith("2 March 2023")
    (label, _, _), = find_periods("in winter 2022/23", today=TODAY)
    assert "December 2022" in label and "February 2023" in label
    (label, _, _), = find_periods("in session 2022/23", today=TODAY)
    assert "September 2022" in label or "August 2023" in label


def test_the_number_who_after_a_count_narrows_the_earlier_thing():
    framing = framed("Please provide the number of patients discharged from Ward 7 in 2024, and the number who "
                     "were readmitted within 30 days.")
    assert len(framing.parts) == 2
    assert "patients" in framing.parts[1].text and "readmitted" in framing.parts[1].text
    assert not framing.parts[1].kept_words


# --- fr3: names get their capitals from the authority lists and the shape of a name -----------------------

@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("how many inmates self harmed at hmp pentonville in 2024", "HMP Pentonville"),
        ("how many operations were cancelled at the royal cornwall hospital in 2024", "Royal Cornwall Hospital"),
        ("how many patients waited over 4 hours at leeds general infirmary in 2024", "Leeds General Infirmary"),
        ("how many people were prosecuted under the modern slavery act by kent police in 2023", "Modern Slavery Act"),
        ("how many potholes were reported on acacia avenue in 2024", "Acacia Avenue"),
        ("how many fish were found dead in the river severn in 2024", "River Severn"),
    ],
)
def test_names_typed_in_lower_case_get_their_capitals(typed, written):
    text = " ".join(p.text for p in framed(typed).parts)
    assert written in text


def test_a_body_named_inside_a_part_is_written_as_the_authority_list_writes_it():
    from askfoi.framing import capitalise_names

    assert "Manchester City Council" in capitalise_names("complaints passed on to manchester city council")
    assert "Environment Agency" in capitalise_names("reports sent to the environment agency")


def test_ordinary_words_that_look_like_names_stay_in_lower_case():
    from askfoi.framing import capitalise_names

    for text in ("potholes on the ring road", "potholes on that road", "the park and the reading room",
                 "school places", "the fire service", "this act"):
        assert capitalise_names(text) == text


# --- fr3: relative clauses from the verb's structure -------------------------------------------------------

@pytest.mark.parametrize(
    ("typed", "clause"),
    [
        ("how many detainees absconded from the immigration centre in 2024", "who absconded"),
        ("how many lorries queued on the m20 in july 2024", "that queued"),
        ("how many culverts overflow onto the road in heavy rain", "that overflow"),
        ("how many tenants died in temporary housing in 2023", "who died"),
    ],
)
def test_a_verb_that_takes_no_object_starts_a_relative_clause(typed, clause):
    parts = framed(typed).parts
    assert parts and not parts[0].kept_words and clause in parts[0].text


def test_a_passive_participle_after_a_thing_stays_passive():
    for typed in ("how many notices were issued in 2024", "how many fines issued by wardens were cancelled in 2024"):
        text = framed(typed).parts[0].text
        assert " that issued" not in text and " who issued" not in text


def test_the_organisations_own_people_are_your_people():
    part = framed("how many arrests were made by durham police officers in 2024").parts[0]
    assert "your officers" in part.text and "Durham" not in part.subject


# --- fr3: the EIR route from a vocabulary of environmental subjects ----------------------------------------

@pytest.mark.parametrize(
    "typed",
    [
        "how many trees did swindon council fell in 2024",
        "how many complaints about bonfire smoke did the council get in 2023",
        "how much derelict land does the council own in grimsby",
        "how many fly-tips were cleared from country lanes in 2024",
        "how many times did the culvert under mill lane flood in 2023",
        "what was the electricity consumption of the town hall in 2023/24",
        "how many electric vehicle charging points did the council install in 2024",
        "how many badgers were culled in gloucestershire in 2023",
    ],
)
def test_environmental_subjects_take_the_eir_route(typed):
    framing = framed(typed)
    assert "environmental-information" in {f.code for f in framing.findings}
    assert framing.regime in ("EIR", "EISR")


@pytest.mark.parametrize(
    "typed",
    [
        "how many energy drinks did school canteens sell in 2023",
        "how many workforce planning meetings were held in 2024",
        "does the force use informants in climate protest groups",
        "how many grit bins were refilled in january 2025",
    ],
)
def test_words_that_only_look_environmental_keep_the_foi_route(typed):
    assert "environmental-information" not in {f.code for f in framed(typed).findings}


# --- fr3: too vague, only when the message names (almost) nothing -------------------------------------------

@pytest.mark.parametrize("typed", ["tell me about the libraries", "i want information about the police",
                                   "everything you have on the bypass", "whats going on with the buses"])
def test_a_message_that_names_almost_nothing_is_too_vague(typed):
    framing = framed(typed)
    assert not framing.parts and framing.questions
    assert "too-vague" in {f.code for f in framing.findings}


def test_a_specific_question_that_cannot_be_framed_is_asked_about_but_not_called_vague():
    framing = framed("has the harbour board dredged the marina entrance near the lifeboat slipway since 2021")
    assert "too-vague" not in {f.code for f in framing.findings}


# --- fr3: formal items that name their records are never asked back -----------------------------------------

def test_an_item_that_names_its_records_is_kept_rather_than_asked_back():
    framing = framed("Please provide:\n1. The number of allotment plots in Ipswich in 2024.\n"
                     "2. The locations where the plots were flooded.\n3. Any survey of soil contamination on the plots.")
    assert len(framing.parts) == 3 and not framing.questions
    assert all(p.text[:1].isupper() and p.text.endswith(".") for p in framing.parts)


def test_an_average_is_a_figure_written_as_one():
    part = framed("Please provide the average time taken to answer a 101 call in 2024.").parts[0]
    assert part.kind == "figure" and part.text.lower().startswith("the average time taken to answer a 101 call")


def test_examples_in_brackets_do_not_stop_a_part_being_framed():
    part = framed("Please provide the number of dog attacks reported in 2024, broken down by breed "
                  "(for example XL bully, pit bull).").parts[0]
    assert not part.kept_words and "breed" in part.text and "bully" not in part.text


# --- fr3: second questions in one sentence --------------------------------------------------------------------

def test_who_were_they_after_a_spend_asks_for_the_list_of_them():
    parts = framed("how much did the cabinet office spend on pollsters in 2024 and who were they").parts
    assert len(parts) == 2 and parts[1].kind == "list" and "pollsters" in parts[1].text


def test_what_happened_to_them_breaks_the_count_down_by_outcome():
    parts = framed("how many horses did the council impound in 2024 and what happened to them").parts
    assert len(parts) == 1 and "outcome" in parts[0].text and "horses" in parts[0].text


def test_how_many_of_those_things_did_something_counts_those_things():
    parts = framed("Please provide:\n1. The number of tenancy audits carried out in 2024.\n"
                   "2. How many of those audits found subletting?").parts
    assert len(parts) == 2 and not parts[1].kept_words
    assert re.search(r"audits (?:carried out )?that found subletting", parts[1].text)  # nf1: those audits, still carried out


def test_has_the_body_had_any_things_is_a_count():
    part = framed("has southern water had any pollution incidents at bognor regis in 2024").parts[0]
    assert part.kind == "count" and "pollution incidents" in part.text


def test_the_cost_of_doing_something_to_the_things_just_counted():
    parts = framed("how many abandoned cars did the council remove in 2024 and how much did it cost to remove them").parts
    assert len(parts) == 2 and parts[1].kind == "total_spend"
    assert "removing the abandoned cars" in parts[1].text


def test_the_article_typed_before_a_name_of_several_words_is_kept():
    part = framed("how much did york council spend on the jorvik viking festival in 2024").parts[0]
    assert "the Jorvik Viking Festival" in part.text or "the jorvik viking festival" in part.text.lower()


def test_i_would_also_like_a_copy_is_a_request_not_a_story():
    framing = framed("Please provide the number of school fines issued by Wigan Council in 2024.\n\n"
                     "I would also like a copy of the council's policy on fining parents for term-time holidays.")
    assert len(framing.parts) == 2 and "term-time holidays" in framing.parts[1].text


def test_a_british_spelling_is_not_taken_for_a_place_name():
    from askfoi.framing import capitalise_names

    assert capitalise_names("cameras in the town centre") == "cameras in the town centre"
    assert capitalise_names("seats at the theatre") == "seats at the theatre"


def test_a_count_said_as_a_clause_after_an_opener_is_kept_as_a_noun_phrase_not_a_question():
    from askfoi.framing import keep_words

    text = keep_words("Please tell me how many parking permits the council refused to blue badge holders in 2024").text
    assert text.startswith("The number of parking permits") and text.endswith(".")
    assert keep_words("how many were refused").text.endswith("?")


def test_a_long_subject_is_said_once_in_a_use_part():
    parts = framed("does avon and somerset police use drones with thermal cameras to find suspects at night").parts
    assert parts and parts[0].kind in ("use", "kept")
    assert parts[0].text.lower().count("thermal cameras") == 1 and "suspects" in parts[0].text.lower()


def test_a_formal_item_keeps_what_its_records_are_about():
    parts = framed("Please provide:\n1. The minutes of the planning committee meeting at which the Tesco "
                   "extension was approved.\n2. The number of objections received to the extension.").parts
    assert len(parts) == 2 and "Tesco extension was approved" in parts[0].text


def test_to_whom_it_may_concern_and_numeric_date_ranges():
    framing = framed("To whom it may concern,\n\nPlease can you provide copies of any letters sent to parents about "
                     "the closure of Sandhill primary school between 01/09/2023 and 31/07/2024.\n\nThanks")
    assert len(framing.parts) == 1 and "concern" not in framing.parts[0].text.lower()
    assert framing.period and framing.period.startswith("1 September 2023") and framing.period.endswith("31 July 2024")


# --- fr4: nothing clear is lost or only asked back; nothing procedural is asked about ---------------------


def _texts(f):
    return " ".join(p.text for p in f.parts).lower()


@pytest.mark.parametrize("text", [
    "what does the council do with complaints about councillors rather than staff?",
    "Dear NHS England,\n\nI would like to know what criteria are used to decide whether a trust is placed in special measures.\n\nYours faithfully,\nA Person",
    "which schools in derby had their ofsted rating downgraded after the new framework came in",
])
def test_a_clear_question_no_frame_covers_is_kept_not_asked_back(text):
    f = framed(text)
    assert f.parts and not f.questions
    kept = [p for p in f.parts if p.kept_words]
    # fr23b: "what criteria are used to decide ..." is now the policy that sets them (askfoi.clause_asks), not kept
    procedure = [p for p in f.parts if (p.why or "").startswith("procedure:")]
    assert (kept and all(p.kind == "kept" for p in kept)) or procedure
    assert all(p.text[:1].isupper() and p.text[-1] in ".?" for p in f.parts)
    assert "too-vague" not in {getattr(x, "code", "") for x in f.findings}


@pytest.mark.parametrize("text", ["tell me about the parks", "everything you have on the police"])
def test_a_bare_topic_is_still_asked_back(text):
    f = framed(text)
    assert f.questions and not f.parts


FORMAL_PROCEDURAL = ("Dear Birmingham City Council,\n\nUnder the Freedom of Information Act 2000, please provide the following "
          "for each year from 2021 to 2024:\n\n1. the number of penalty charge notices issued\n2. the income from "
          "penalty charge notices\n\nI look forward to your response. Please reply by email. If this request exceeds "
          "the cost limit, please advise how I could narrow it. Thank you for your help.\n\nYours faithfully,\nJ Smith")


def test_procedural_sentences_are_neither_parts_nor_asked_about():
    f = framed(FORMAL_PROCEDURAL)
    assert not f.questions and not f.unframed
    assert len(f.parts) == 2
    text = _texts(f)
    for word in ("look forward", "email", "cost limit", "thank"):
        assert word not in text


def test_a_lead_in_is_joined_to_each_of_its_items():
    f = framed(FORMAL_PROCEDURAL)
    assert f.period == "1 January 2021 to 31 December 2024"
    assert all("year" in p.text.lower() for p in f.parts)  # "for each year" reaches both items
    f = framed("Please provide:\n- the number of fines issued\n- the total value of fines issued\nin 2024")
    assert len(f.parts) == 2 and not f.questions


def test_comma_separated_question_clauses_are_separate_parts():
    f = framed("how many fixed penalty notices did bristol city council issue for littering in 2024, "
               "how much money did the council raise from littering fines, which companies enforce littering fines for the council")
    assert len(f.parts) >= 2 and not f.questions
    assert any("littering" in p.text.lower() for p in f.parts)
    assert any("compan" in p.text.lower() for p in f.parts)
    # a clause that only makes sense with the one before it is its own part, naming what "them" stands for (fr5)
    f = framed("how many people were evicted by leeds city council in 2024, how many of them were families")
    assert len(f.parts) == 2 and "families" in f.parts[1].text and "evicted" in f.parts[1].text
    assert " them " not in f.parts[1].text


def test_a_question_that_refers_back_is_kept_with_its_antecedent():
    f = framed("How many drug trials has the hospital trust run since 2022? What were these trials' results?")
    text = _texts(f)
    assert "these trials" not in text or "drug trials" in text
    assert not f.questions
    assert "policy" not in text  # nothing invented ("any policy on the use of ...")


@pytest.mark.parametrize("text,environmental", [
    ("Dear Devon and Cornwall Police, please tell me how many times officers discharged a TASER in 2024.", False),
    ("how many taser discharges were there in leicestershire in 2023", False),
    ("how many delayed discharges from the royal infirmary were there in 2024", False),
    ("how many sewage discharges into the river wye were recorded in 2024", True),
    ("how many discharges of untreated effluent did the treatment works make in 2023", True),
])
def test_a_discharge_is_environmental_only_by_what_is_discharged(text, environmental):
    codes = {getattr(x, "code", "") for x in framed(text).findings}
    assert ("environmental-information" in codes) is environmental


def test_a_salutation_on_the_same_line_keeps_the_question():
    f = framed("Dear Kent County Council, Under the Freedom of Information Act 2000, how many potholes were reported on the A20 in 2024?")
    assert len(f.parts) == 1 and "pothole" in f.parts[0].text.lower()


def test_a_thanks_after_a_question_and_a_short_follow_up_stay_off_the_letter():
    f = framed("how many care homes did sheffield city council inspect in 2024, how many failed and whats the "
               "council doing about the ones that failed, thanks")
    text = _texts(f)
    assert "thanks" not in text and "failed" in text and not f.questions
    assert all(not re.match(r"(?i)the number of (?:failed|those)\b", p.text) for p in f.parts)


def test_in_the_same_period_is_the_requests_period():
    f = framed("Dear Surrey Police,\nPlease could you tell me:\n1. How many stop and searches were carried out in "
               "2024, broken down by ethnicity\n2. The number of complaints about stop and search in the same period\n")
    assert f.period == "1 January 2024 to 31 December 2024"
    assert len(f.parts) == 2 and "same period" not in _texts(f)


def test_if_so_a_copy_completes_the_part_before_and_is_not_asked_back():
    f = framed("I am writing to ask whether the council has a policy on the use of glyphosate in parks and, if so, "
               "please provide a copy. If any of the information is exempt, please provide the rest.")
    assert len(f.parts) == 1 and not f.questions and "glyphosate" in f.parts[0].text


@pytest.mark.parametrize("text,wanted", [
    ("what pesticides does the council use on pavements", "pesticides"),
    ("what is the policy on recording misgendering as a hate incident", "hate incident"),
    ("do you use informants to monitor climate protest groups", "protest groups"),
])
def test_a_policy_or_use_part_carries_every_detail_or_the_question_is_kept(text, wanted):
    parts = framed(text).parts
    assert parts and all(wanted in p.text.lower() for p in parts[:1])
    assert "use of pavements" not in " ".join(p.text for p in parts).lower()


CHATTY_PROCEDURAL = ("Hiya, how many dogs were seized by west midlands police in 2024? if this exceeds the cost limit "
                     "please just give me 2024. Please send the reply to this email address. I understand you have 20 "
                     "working days to respond. Please acknowledge receipt of this request. cheers")
LIST_THEN_SIGN_OFF = ("Good morning,\nUnder the FOI Act I would like to request the following information for each of "
                      "the last three financial years:\na) how many staff were suspended\nb) how many staff were "
                      "dismissed\nIf you need any clarification please contact me.\nMany thanks in advance\nJo")


def test_procedural_remarks_in_a_chat_message_are_not_asked_about():
    f = framed(CHATTY_PROCEDURAL)
    assert len(f.parts) == 1 and "dogs" in f.parts[0].text.lower() and not f.questions
    assert "too-vague" not in {getattr(x, "code", "") for x in f.findings}


def test_a_procedural_line_after_a_list_ends_the_last_item():
    f = framed(LIST_THEN_SIGN_OFF)
    assert len(f.parts) == 2 and not f.questions
    text = _texts(f)
    assert "clarification" not in text and "jo" not in text.split() and "advance" not in text


@pytest.mark.parametrize("text,first,second", [
    ("how many new homes were built in cornwall in 2024. how many were affordable", "homes", "affordable"),
    ("how many school places are there in the city? how many are empty?", "school places", "empty"),
])
def test_a_count_that_leaves_out_what_it_counts_stays_with_the_part_before(text, first, second):
    f = framed(text)
    assert not f.questions
    assert any(first in p.text.lower() and second in p.text.lower() for p in f.parts)


def test_a_story_typed_without_apostrophes_is_background():
    f = framed("im a volunteer at the citizens advice bureau helping a client. how many people were evicted "
               "from council homes in glasgow in 2024?")
    assert len(f.parts) == 1 and not f.questions and "volunteer" not in _texts(f)


@pytest.mark.parametrize("text", [
    "Could you tell me whether the council has ever sold land to its own councillors?",
    "Please tell me if the trust still outsources its cleaning to private firms.",
])
def test_an_opener_comes_off_only_where_the_rest_stands_as_a_sentence(text):
    parts = framed(text).parts
    assert len(parts) == 1
    assert not re.match(r"(?i)(?:whether|if)\b", parts[0].text)  # "Whether the council ..." is not a sentence
    assert parts[0].text.endswith(".") and parts[0].text[:1].isupper()


def test_elliptical_follow_ups_stay_with_the_question_they_lean_on():
    f = framed("hello, my neighbour keeps getting parking fines. how many pcns did islington council issue in 2024, "
               "which streets had the most, whether any were cancelled on appeal")
    assert not f.questions and "neighbour" not in _texts(f)
    assert all(not re.match(r"(?i)(?:which streets had the most|please confirm whether any)\b", p.text) for p in f.parts)


@pytest.mark.parametrize("text,wanted", [
    ("whats the average wait for a council house in bristol, how many people are on the waiting list", "average wait"),
    ("how many times did north yorkshire police use tasers in 2024 and in the same period how many complaints "
     "about taser use were made", "taser use"),
])
def test_a_singular_noun_is_never_read_as_the_subject_of_a_plural_verb(text, wanted):
    f = framed(text)
    assert len(f.parts) == 2 and not f.questions
    assert any(wanted in p.text.lower() for p in f.parts)
    assert "same period" not in _texts(f)


def test_a_question_asked_with_if_reads_as_please_confirm_whether():
    from askfoi.framing import keep_words

    for typed in ("If the council holds a register of empty homes", "if the trust has a policy on agency staff"):
        text = keep_words(typed).text
        assert text.startswith("Please confirm whether ") and " If " not in text and text.endswith(".")


def test_a_condition_with_an_instruction_is_procedure_not_a_part_but_if_so_asks_for_records():
    from askfoi.questions import split_questions

    parts = split_questions(
        "How many drones does the force own? If any of this information is exempt, please provide the rest. "
        "If so, please provide a copy of the policy. If you cannot answer in full, could you advise how to narrow it?")
    assert parts[0].startswith("How many drones")
    assert any(p.startswith("If so") for p in parts)
    assert not any("exempt" in p or "narrow" in p for p in parts)


def test_a_numbered_list_written_on_one_line_gives_one_part_per_item():
    from askfoi.questions import split_questions

    parts = split_questions("please could you tell me: 1. whether the trust uses agency nurses, 2. how much it spent "
                            "on them in 2024, 3. which agencies supply them.")
    assert len(parts) == 3 and parts[0].lower().startswith("whether") and parts[2].lower().startswith("which")
    assert not any(p.rstrip(".?").endswith((" 2", " 3")) for p in parts)
    # numbers that do not count up from 1 are prose, not a list
    assert split_questions("We asked 3. Then 5. How many were refused?")[-1] == "How many were refused?"
    assert split_questions("a) the policy b) the budget") == ["the policy", "the budget"]


@pytest.mark.parametrize("text, expected", [
    ("how many times did they monitor air quality near the school last year", None),  # a verb, not Monitor
    ("were any patrol cars written off in 2023", None),
    ("how much did the met spend on overtime in 2023", "Metropolitan Police Service"),  # "the met" is a name
    ("How many complaints did Monitor receive in 2012", "Monitor"),  # written as a name
])
def test_a_common_word_is_a_body_only_when_written_as_a_name(text, expected):
    found, _ = find_authority(text)
    if expected is None:
        assert found is None
    else:
        assert found is not None and found.name.startswith(expected)


def test_correspondence_with_the_body_asked_is_never_between_it_and_itself():
    framing = frame_message("Copies of the correspondence with the Home Office about the landing cards of the "
                            "Windrush generation")
    assert framing.parts and "the authority and the authority" not in framing.parts[0].text
    assert "landing cards" in framing.parts[0].text


def test_a_tree_in_the_story_does_not_make_a_parking_question_environmental():
    framing = frame_message("got a parking fine outside the library in croydon but the sign was covered by a tree. "
                            "how many pcns did they issue on that road last year and how many were cancelled on appeal")
    assert framing.regime == "FOIA"
    smell = frame_message("there is a horrible smell from the sewage works near my house. how many complaints about "
                          "that smell did the council get in 2024")
    assert smell.regime == "EIR"
