"""nf94 (nc94): what the newcomer found on the request side of the chatbot.

#1: a clause that asks for what a body wrote about the writer's own child or parent ("also can i see what the head wrote
about my son") is that person's own personal data: never a part of a letter published as an FOI answer. The records go
into a subject access request made for them, and the other questions (figures, a policy) are kept whole as the FOI
request written next. The class: the relative's-records rule is cancelled by a count or a policy only in its own
clause, "what X wrote/said about my son" is read as records asked for wherever its clause starts, and the FOI question
it was typed in is cut before it."""
from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import bot_text, say, settle

TODAY = date(2026, 12, 7)

J3 = ("my son got excluded from his academy in kent for 5 days and i think they exclude black boys way more than "
      "others. how many pupils were excluded last year split by ethnicity, and whats there policy, also can i see what "
      "the head wrote about my son")

# (message, words of the relative's record, words of the FOI question kept): our own sentences of the same class
MIXED = [
    (J3.replace("there policy", "their policy"), "head wrote", "excluded last year split by ethnicity"),
    ("how many children were taken into care by Leeds City Council in 2024, what is the policy on placements, and i "
     "want to read what the social worker recorded about my daughter", "personal data", "taken into care"),
    # af99: a subject access item speaks to the body it goes to ("what you have written about [NAME]")
    ("whats the councils policy on home to school transport and what have they written about my kid",
     "you have written", "home to school transport"),
    ("what is the school's policy on detentions, and what has the head said about my daughter", "personal data",
     "policy on detentions"),
    ("how many falls were recorded at oakwood care home in 2024, and can i see what the manager said about my mum",
     "personal data", "falls were recorded"),
]


@pytest.mark.parametrize("text, record, question", MIXED)
def test_a_relatives_records_beside_foi_questions_leave_the_foi_letter(text, record, question):
    f = frame_message(text, today=TODAY)
    assert f.route == "sar", [p.text for p in f.parts]
    assert any(record in p.text and "NAME]" in p.text for p in f.parts), [p.text for p in f.parts]
    for p in f.parts:  # the letter is made for the relative: never "my son" in it, never the figures
        assert not any(w in p.text.lower() for w in ("my son", "my kid", "my mum", "my daughter", "how many")), p.text
    assert any(question in q for q in f.foi_aside), f.foi_aside
    for q in f.foi_aside:  # the FOI question cut before the relative's records
        assert not any(w in q.lower() for w in ("my son", "my kid", "my mum", "my daughter", "wrote", "written")), q


# guards: a count or a policy about what is recorded on people, in the same clause, stays an FOI question
@pytest.mark.parametrize("text", [
    "how many of the reports written about my daughter's school mention bullying in 2024",
    "what is the policy on what is recorded about pupils excluded from Kent schools",
    "how many pupils were excluded from Kent schools in 2024 and what guidance do they use",
])
def test_counts_and_policies_in_their_own_clause_stay_foi(text):
    f = frame_message(text, today=TODAY)
    assert f.route == "foi"
    assert not f.foi_aside


async def test_chat_the_sons_records_are_never_in_the_foi_letter_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, J3)
        if "Did you mean" in bot_text(app):
            await say(pilot, "yes")
        s = app.conversation.session
        assert not any("head" in p.lower() and "son" in p.lower() and "NAME]" not in p for p in s.parts), s.parts
        assert any("excluded" in q and "ethnicity" in q for q in s.foi_aside), s.foi_aside
        said = bot_text(app)
        assert "subject access request" in said and "I'll write the FOI letter" in said


# #10: the snapshot period is the organisation's figures when said to the person; "you hold" only in the letter
def test_the_snapshot_period_is_said_as_the_organisations_figures():
    from askfoi.conversation import _period_choice
    from askfoi.periods import parse_period, period_choices

    shown = [_period_choice(p) for p in period_choices(TODAY)]
    assert any("the organisation holds figures" in c for c in shown), shown
    assert not any("you hold" in c for c in shown), shown
    typed = parse_period("just the latest figures", TODAY)
    assert typed.said == "the most recent date for which the organisation holds figures"
    assert typed.label == "the most recent date for which you hold figures"  # guard: the letter speaks to the body
    assert parse_period("2024", TODAY).said == parse_period("2024", TODAY).label  # guard: a range is said as it is


async def test_chat_period_menu_says_the_organisation_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how many drones do west yorkshire police have", "ok")
        said = bot_text(app)
        assert "the organisation holds figures" in said and "you hold figures" not in said
        await say(pilot, "5")
        assert "Period: the most recent date for which the organisation holds figures." in bot_text(app)
        assert "for which you hold figures" in app.conversation.letter_text()


# #6: the period fix writes the letter's period in place of the same relative words read by another year
SCHOOL_YEAR = "1 September 2025 to 31 August 2026"


@pytest.mark.parametrize("part, words", [
    ("How many pupils were excluded last year split by ethnicity, and what is their policy?", "last year"),
    ("How many detentions were given last year?", "last year"),
    ("The number of fixed-term suspensions during the last year, by year group.", "the last year"),
])
def test_the_period_fix_rewrites_a_part_that_names_the_same_words(part, words):
    from askfoi.framing import conflicting_periods

    f = conflicting_periods([part, "Any policy on exclusions."], [], SCHOOL_YEAR, today=TODAY)
    assert f is not None and f.rewrite
    first, second = f.rewrite.split("\n")
    assert words not in first.lower() and SCHOOL_YEAR in first, first
    assert SCHOOL_YEAR in second
    assert f'"{words}"' in f.suggestion


def test_the_period_fix_keeps_a_part_that_names_another_time():
    from askfoi.framing import conflicting_periods

    # guard: "last year" in a letter for 2020 to 2022 is the person's own other period: left for them to choose
    f = conflicting_periods(["How many detentions were given last year?", "Any policy on exclusions."], [],
                            "1 January 2020 to 31 December 2022", today=TODAY)
    assert f is not None and "last year" in f.rewrite.split("\n")[0]
    assert "in place of" not in f.suggestion


# #5: a review warning names its part, cites the law of the body's nation, and is never raised on askfoi's own words
J1 = ("hi i keep seeing drones over my estate at night, is it the police?? i want to know how many drones west yorkshire "
      "police have and how often they fly them over houses and do they record people. also are they using facial "
      "recognition on the footage")


def test_a_finding_on_words_askfoi_wrote_is_not_raised():
    from askfoi.checks import Finding
    from askfoi.framing import Frame
    from askfoi.request import _askfoi_wrote

    ours = Frame(kind="records", subject="x", text="Any schedule of the flights, and any records of when this was done.",
                 source="how often do they fly them")
    theirs = Frame(kind="records", subject="x", text="Any records about the flights.", source="any records about the flights")
    f = Finding(code="vague-scope", severity="medium", message="m", suggestion="s", evidence="any records")
    assert _askfoi_wrote(f, [ours.text], [ours], "how often do they fly them")
    # guards: the person's own words ("any records about ..."), or a part they kept, are still checked
    assert not _askfoi_wrote(f, [theirs.text], [theirs], "any records about the flights")
    kept = ours.model_copy(update={"kept_words": True})
    assert not _askfoi_wrote(f, [kept.text], [kept], "how often do they fly them")


@pytest.mark.parametrize("parts, named", [
    (["The number of drones.", "Any recorded information showing whether the drones over the estate record people."],
     "part 2"),
    (["The number of body-worn cameras issued.", "Whether officers use drones to watch people in their homes.",
      "The total spent on uniforms."], "part 2"),
])
def test_the_letters_ncnd_warning_names_its_part(parts, named):
    from askfoi.checks import check_request
    from askfoi.request import _ncnd_parts_named

    whole = check_request("\n".join(f"{i}. {p}" for i, p in enumerate(parts, 1)), "West Yorkshire Police").findings
    said = _ncnd_parts_named(whole, parts, "West Yorkshire Police")
    ncnd = [f for f in said if f.code == "ncnd-risk"]
    assert ncnd and all(named in f.message for f in ncnd), [f.message for f in ncnd]
    assert not any("this part" in f.message for f in ncnd)


def test_the_ncnd_warning_cites_scotland_only_for_a_body_that_may_be_scottish():
    from askfoi.checks import check_request

    def ncnd(text, body):
        return next(f for f in check_request(text, body).findings if f.code == "ncnd-risk")

    asked = "Whether the force uses drones to watch people in their homes."
    assert "FOISA" not in ncnd(asked, "West Yorkshire Police").message
    assert "FOISA" not in ncnd(asked, "South Wales Police").message
    assert "FOISA" in ncnd(asked, "Police Scotland").message  # guard: Scotland's own law
    assert "section 18 of FOISA" in ncnd(asked, None).message  # guard: no body known, both said


def test_facial_recognition_on_footage_is_never_an_overt_deployment():
    from askfoi.framing import Frame, covert_replacements

    for subject in ("facial recognition on the drone footage", "facial recognition on CCTV images"):
        texts = [r.text for r in covert_replacements(Frame(kind="use", subject=subject, source=subject))]
        assert texts and not any("deployments" in t or "overt" in t for t in texts), texts
        assert any("retrospective searches" in t for t in texts)
    live = [r.text for r in covert_replacements(Frame(kind="use", subject="facial recognition", source="x"))]
    assert any("overt deployments of facial recognition" in t for t in live)  # guard: live use is deployed


async def test_chat_review_of_the_drones_letter_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, J1, "ok", "since jan 2024 i guess", "ok")
        said = bot_text(app)
        assert "push back on" in said
        assert 'The request asks for "any records"' not in said
        assert "overt deployments of facial recognition on the drone footage" not in said
        await say(pilot, "1")
        after = bot_text(app)[len(said):]
        assert "section 18 of FOISA" not in after
        assert "this part will probably get no information" not in after


def test_a_finding_about_the_letter_as_sent_is_kept_on_askfois_words():
    from askfoi.checks import Finding
    from askfoi.framing import Frame
    from askfoi.request import _askfoi_wrote

    # guard: no period in the letter is the letter's fault whoever wrote the part
    ours = Frame(kind="count", subject="drones", text="The number of drones.", source="how many drones do they have")
    f = Finding(code="no-time-period", severity="medium", message="m", suggestion="s", evidence="The number of drones.")
    assert not _askfoi_wrote(f, [ours.text], [ours], "how many drones do they have")


# #4 (the reply only): a part with no frame is never said to be "kept in your own words" when nobody asked to keep them
def test_a_part_that_cannot_be_reframed_is_never_said_to_be_kept_at_their_request():
    from askfoi.templates import render

    said = render("bot/part_not_reframed.j2", number=2)
    assert "kept in your own words" not in said
    assert "couldn't build part 2" in said and 'edit 2' in said
