"""st102: framing's look-ups that need only a body named whole skip the fuzzy scan over every name (a third of framing a
message), with the same answers; the vocabulary folder is found once per process. No timing is asserted: the tests
check that the scan is not run where it cannot change the answer, and that the answers equal the full look-up's."""

from __future__ import annotations

import pytest

from askfoi.authorities import AuthorityIndex, _kinds_named, default_index, normalise


def _whole(ix: AuthorityIndex, name: str):
    """The old way: the full look-up, kept only when it is a known body with score 100."""
    ix.__dict__.pop("_resolve_memo", None)
    found = ix.resolve(name)
    return found if found is not None and found.known and found.score >= 100 else None


# names typed as people type them: a body's own name, words in another order, a misspelling, a place with "council",
# a place no council has, a kind of body only, a long run of words
NAMES = ["Essex Police", "essex police", "oxford university", "leeds uni", "esex police", "sheffield council",
         "barry council", "nowhereville council", "the police", "Kent County Council", "kent council",
         "cambridgeshire and peterborough nhs", "the number of complaints about potholes in leeds last year",
         "metropolitan police service", "transport for london", "tfl", "the met", ""]


@pytest.mark.parametrize("name", NAMES)
def test_named_exactly_gives_what_the_full_look_up_gives_at_score_100(name):
    ix = AuthorityIndex(default_index().authorities)
    got = ix.named_exactly(name) if name else None
    want = _whole(default_index(), name) if name else None
    assert (got.model_dump() if got else None) == (want.model_dump() if want else None)


def test_named_exactly_runs_no_fuzzy_scan(monkeypatch):
    ix = AuthorityIndex(default_index().authorities)

    def no_scan(*args, **kwargs):
        raise AssertionError("the fuzzy scan ran")

    monkeypatch.setattr(ix, "_score", no_scan)
    assert ix.named_exactly("nowhereville council") is None
    assert ix.named_exactly("esex police") is None  # a misspelling is never a body named whole
    assert ix.named_exactly("essex police").name == "Essex Police"


def test_a_place_council_is_found_without_the_fuzzy_scan(monkeypatch):
    from askfoi.asked_holders import place_council

    def no_scan(*args, **kwargs):
        raise AssertionError("the fuzzy scan ran")

    monkeypatch.setattr(AuthorityIndex, "_score", no_scan)
    default_index().__dict__.pop("_resolve_memo", None)
    assert place_council("nowhereville") is None
    assert place_council("sheffield") == "Sheffield City Council"


def test_a_subject_that_is_no_body_is_not_looked_up(monkeypatch):
    from askfoi.framing import Frame
    from askfoi.part_gate import _body_as_thing

    def no_scan(*args, **kwargs):
        raise AssertionError("the fuzzy scan ran")

    monkeypatch.setattr(AuthorityIndex, "_score", no_scan)
    default_index().__dict__.pop("_resolve_memo", None)
    frame = Frame(kind="count", subject="potholes reported on gloucester road", source="how many potholes")
    assert _body_as_thing(frame, "Bristol City Council") is False


def test_a_body_named_whole_is_still_the_body_not_the_thing_counted():  # guard: the answer the shortcut must keep
    from askfoi.framing import Frame
    from askfoi.part_gate import _body_as_thing

    frame = Frame(kind="count", subject="the environment agency prosecuted", source="x")
    assert _body_as_thing(frame, "Environment Agency") is True
    frame = Frame(kind="count", subject="Kent Police", source="x")
    assert _body_as_thing(frame, "Essex Police") is True
    frame = Frame(kind="count", subject="fly-tipping fines", source="x")
    assert _body_as_thing(frame, "Leeds City Council") is False


def test_every_name_a_body_resolves_to_whole_is_among_the_bare_names():
    ix = default_index()
    bare = ix.bare_names()
    for name in ["Environment Agency", "The Pensions Regulator", "Pensions Regulator", "Kent Police", "the met"]:
        found = _whole(ix, name) or ix.resolve(name)
        if found is not None and found.known and normalise(found.name.removeprefix("The ").removeprefix("the ")) \
                == normalise(name):
            assert normalise(name) in bare


@pytest.mark.parametrize("key", ["essex fire authority", "liverpool nhs trust", "esex fire", "leeds nhs",
                                 "kent fire", "yorks police", "sheffield council", "wakefield nhs"])
def test_one_body_of_a_kind_in_a_place_is_what_testing_every_body_gives(key):  # guard for the word index
    ix = default_index()
    key = normalise(key)
    kinds = _kinds_named(key)
    places = ix.place_words(key)
    got = ix._only_body_of_kind_in_place(key, kinds)
    if len(kinds) != 1 or not places:
        assert got is None
        return
    owners = {ix.owner[pos] for kind in kinds for pos in ix.of_type.get(kind, ()) if ix._has_places(pos, places)}
    owners = {i for i in owners if ix._rank(i) <= 1}
    assert got == (owners.pop() if len(owners) == 1 else None)


def test_the_vocabulary_folder_is_found_once_and_is_the_right_one():
    from askfoi.knowledge import load_vocab, shipped_knowledge_dir, vocab_path
    from askfoi.paths import resource_dir

    assert resource_dir("knowledge") is resource_dir("knowledge")
    assert (resource_dir("knowledge") / "vocab").is_dir()
    assert vocab_path("checks") == shipped_knowledge_dir() / "vocab" / "checks.yaml"
    assert vocab_path("checks").is_file()
    data, problems = load_vocab("checks")
    assert data and not problems
