"""Finding the public authority a person means from the name they type.

People write "the Met", "essex constabulary" or "Edinburgh council", not the official name, so
names and aliases from knowledge/authorities.jsonl are normalised (case, "the", punctuation,
"&"/"and", folded kind-words from knowledge/vocab/authority_names.yaml) and matched fuzzily.
A kind-word in the typed name ("police", "council") keeps bodies of the same place apart:
"essex police" is the force, "essex council" the county council. A name that matches nothing
still resolves, as an unknown body under FOIA, so the rest of askfoi can carry on.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable

from pydantic import BaseModel

from askfoi.knowledge import get_reference, load_vocab
from askfoi.models import Authority, AuthorityType, Nation, Regime

# A typed name must score at least this (0-100, after the kind-word adjustment) to count as known.
KNOWN_SCORE = 86.0
# How much a body of another kind loses when the typed name says what kind it wants.
WRONG_KIND_PENALTY = 25.0
# When two bodies score within this of each other ("Essex": the force or the council?), neither is chosen.
AMBIGUOUS_MARGIN = 3.0
# Type-ahead adds fuzzy (misspelt) matches only once this many letters are typed, and only close ones.
SUGGEST_FUZZY_FROM = 4
SUGGEST_FUZZY_SCORE = 75.0
# A typed name this long (letters, spaces aside) that begins one body's name word by word ("Essex Pol",
# "Thames Val Pol") resolves to it when the fuzzy score alone is not enough. Shorter text is a guess.
PREFIX_MIN_CHARS = 5
_MAX_NAME_CHARS = 200
# A word in this many bodies' names or more says little about which body is meant ("hospitals", "general"),
# unless it is a place; rarer words and places must be in the body's name for a fuzzy match.
RARE_WORD_BODIES = 15
# Points a body that FOI does not cover (x1) or that no longer exists (x2) loses in fuzzy matching.
OLD_BODY_PENALTY = 4.0
# Type-ahead: a body from a generated list (e.g. WhatDoTheyKnow's) comes after curated bodies that match
# as well, but a generated name that begins with the text still beats a curated one that only has a word so.
GENERATED_SUGGEST_PENALTY = 50.0


_MEMO_SIZE = 4096  # sp60: names remembered per index (resolve, _only_prefix_of) before the memo starts again


class ResolvedAuthority(BaseModel):
    """The body a typed name was resolved to, with what follows for the request."""

    name: str
    type: AuthorityType
    nation: Nation
    regime: Regime
    cost_limit: int | None
    hourly_rate: int | None
    known: bool  # False: not in knowledge/authorities; FOIA assumed, type "other", nation "england"
    score: float
    query: str
    covered: bool = True  # False: a body no FOI law covers (knowledge/authorities says why in its note)
    note: str | None = None
    defunct: bool = False  # abolished: its note says which body now answers for it
    own_name: str = ""  # (ck21) the name the body calls itself ("London Borough of Tower Hamlets"): letters and chat

    @property
    def letter_name(self) -> str:
        """The name a letter and the chat give the body: its own name where the data has one, else its name."""
        return self.own_name or self.name

    @property
    def cost_limit_hours(self) -> float | None:
        if self.cost_limit is None or not self.hourly_rate:
            return None
        return self.cost_limit / self.hourly_rate

    def summary(self) -> dict:
        """The short form check results carry: {"name", "type", "nation"}."""
        return {"name": self.name, "type": self.type.value, "nation": self.nation.value}


@dataclass(frozen=True)
class _NameRules:
    replace: dict[str, str]
    drop_words: frozenset[str]
    fold: dict[str, str]
    type_words: dict[str, AuthorityType]
    not_place_words: frozenset[str] = frozenset()
    own_name_prefixes: tuple[str, ...] = ()
    council_style_words: frozenset[str] = frozenset()
    institution_words: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def _rules() -> _NameRules:
    data, _ = load_vocab("authority_names", dict[str, str] | list[str] | dict[str, list[str]])
    type_words: dict[str, AuthorityType] = {}
    for kind, words in (data.get("type_words") or {}).items():
        for word in words:
            type_words[word.lower()] = AuthorityType(kind)
    return _NameRules(
        replace=dict(data.get("replace") or {}),
        drop_words=frozenset(w.lower() for w in data.get("drop_words") or []),
        fold={k.lower(): v.lower() for k, v in (data.get("fold") or {}).items()},
        type_words=type_words,
        not_place_words=frozenset(w.lower() for w in data.get("not_place_words") or []),
        own_name_prefixes=tuple(data.get("own_name_prefixes") or ()),
        council_style_words=frozenset(w.lower() for w in data.get("council_style_words") or []),
        institution_words=frozenset(w.lower() for w in data.get("institution_words") or []),
    )


def cost_limit_for(regime: Regime, kind: AuthorityType) -> tuple[int | None, int | None]:
    """The default (cost limit in £, hourly rate in £) for a regime and kind of body."""
    data, _ = load_vocab("cost_limits", dict[str, int | None])
    entry = data.get(f"{regime.value} {kind.value}") or data.get(regime.value) or {}
    return entry.get("cost_limit"), entry.get("hourly_rate")


_WORD_RE = re.compile(r"[a-z0-9]+")


def normalise(name: str) -> str:
    """Lower case, symbols spelt out, punctuation and filler words dropped, kind-words folded."""
    rules = _rules()
    text = name[:_MAX_NAME_CHARS].lower().replace("\u2019", "'").replace("'", "")
    for symbol, words in rules.replace.items():
        text = text.replace(symbol, words)
    # fx76: a company's "ltd" or "plc" typed glued to a name that ends in a digit ("HS2ltd") is the name and its suffix
    text = re.sub(r"(?<=[0-9])(ltd|plc|limited)\b", r" \1", text)
    out: list[str] = []
    for word in _WORD_RE.findall(text):
        if word in rules.drop_words:
            continue
        out.extend(rules.fold.get(word, word).split())
    return " ".join(out)


def _kinds_named(normalised: str) -> set[AuthorityType]:
    words = _rules().type_words
    return {words[w] for w in normalised.split() if w in words}


def own_name(auth: Authority) -> str:
    """The name AUTH calls itself where its record keeps a source spelling: the alias that begins with an
    own-name prefix of authority_names.yaml ("London Borough of Tower Hamlets" for "Tower Hamlets Borough
    Council"); its record name otherwise (and when the name already begins so)."""
    if auth.working_name:
        return auth.working_name
    prefixes = _rules().own_name_prefixes
    if any(auth.name.startswith(p) for p in prefixes):
        return auth.name if not auth.name.endswith(" Council") else next(
            (a for a in auth.aliases if auth.name.startswith(a)), auth.name)
    return next((a for a in auth.aliases if any(a.startswith(p) for p in prefixes)), auth.name)


def _resolved(auth: Authority, score: float, query: str) -> ResolvedAuthority:
    cost_limit, hourly_rate = auth.cost_limit, auth.hourly_rate
    if cost_limit is None and auth.covered and auth.regime in (Regime.FOIA, Regime.FOISA):
        cost_limit, hourly_rate = cost_limit_for(auth.regime, auth.type)
    return ResolvedAuthority(
        name=auth.name,
        type=auth.type,
        nation=auth.nation,
        regime=auth.regime,
        cost_limit=cost_limit,
        hourly_rate=hourly_rate,
        known=True,
        score=round(score, 1),
        query=query,
        covered=auth.covered,
        note=auth.note,
        defunct=auth.defunct,
        own_name=own_name(auth),
    )


def _same_councils(authorities: list[Authority], style: frozenset[str]) -> dict[int, int]:
    """(ck24a) Generated-list councils that are a curated current council under an old or loose name ("Wirral Borough
    Council" is Wirral Metropolitan Borough Council): their position -> the curated council's. Their names without the
    style words (knowledge/vocab/authority_names.yaml council_style_words) are the same, in the same nation, and
    exactly one curated council has that name; a "City Council" is folded only into a city council."""
    if not style:
        return {}

    def core(name: str) -> str:
        return " ".join(w for w in normalise(name).split() if w not in style)

    curated: dict[tuple[str, str], list[int]] = {}
    for i, auth in enumerate(authorities):
        if auth.type == AuthorityType.council and not auth.listed_by and not auth.defunct and auth.covered:
            curated.setdefault((core(auth.name), str(auth.nation)), []).append(i)
    out: dict[int, int] = {}
    for i, auth in enumerate(authorities):
        if auth.type != AuthorityType.council or not auth.listed_by or auth.defunct:
            continue
        owners = curated.get((core(auth.name), str(auth.nation))) or []
        if len(owners) != 1 or not core(auth.name):
            continue
        if re.search(r"(?i)\bcity\s+council\b", auth.name) and not re.search(
                r"(?i)\bcity\b", authorities[owners[0]].name):
            continue
        out[i] = owners[0]
    return out


def _board_short_names(authorities: list[Authority], not_places: frozenset[str]) -> dict[int, list[str]]:
    """ck29: the names people give a health board, made from its own names (an alias "NHS Greater Glasgow and Clyde
    Health Board"): the first place of a joined name ("NHS Greater Glasgow", "NHS Ayrshire"), the place without
    "Greater" ("NHS Glasgow"), "<place> health board", and the initials of a long place ("NHS GGC"). A form is kept
    only when one board makes it and no body has it as its name already."""
    made: dict[str, set[int]] = {}
    taken = {normalise(label) for auth in authorities for label in (auth.name, *auth.aliases)}
    for k, auth in enumerate(authorities):
        if auth.type != AuthorityType.nhs or auth.defunct:
            continue
        for alias in auth.aliases:
            m = re.fullmatch(r"(?i)(nhs\s+)?(.+?)\s+(?:university\s+|teaching\s+)?health\s+board", alias.strip())
            if not m:
                continue
            nhs = bool(m.group(1))
            places = re.split(r"(?i)\s+and\s+|,\s*", m.group(2))
            first = places[0].split()
            forms = {f"{places[0]} health board"}
            if len(first) > 1 and first[0].lower() in not_places:
                forms.add(f"{' '.join(first[1:])} health board")
            if nhs:
                forms.update({f"NHS {places[0]}", f"NHS {places[0]} health board"})
                if len(first) > 1 and first[0].lower() in not_places:
                    forms.add(f"NHS {' '.join(first[1:])}")
                initials = "".join(w[0] for p in places for w in p.split())
                if len(initials) >= 3:
                    forms.add(f"NHS {initials}")
            for form in forms:
                made.setdefault(normalise(form), set()).add(k)
    out: dict[int, list[str]] = {}
    for key, owners in made.items():
        if len(owners) == 1 and key not in taken:
            out.setdefault(next(iter(owners)), []).append(key)
    return out


class AuthorityIndex:
    """Every authority's normalised names, built once so each look-up is a quick scan."""

    def __init__(self, authorities: Iterable[Authority]):
        self.authorities: list[Authority] = list(authorities)
        self.choices: list[str] = []  # normalised names and aliases
        self.owner: list[int] = []  # index into self.authorities for each choice
        self.exact: dict[str, int] = {}
        # the same words in another order ("cambridge university" is the University of Cambridge): nu22
        self.bags: dict[tuple[str, ...], set[int]] = {}
        rules = _rules()
        generic = rules.not_place_words | frozenset(rules.type_words)
        same = _same_councils(self.authorities, rules.council_style_words)
        said = _board_short_names(self.authorities, rules.not_place_words)
        for k, auth in enumerate(self.authorities):
            i = same.get(k, k)  # ck24a: a generated list's old name of a curated council is that council's alias
            for label in (auth.name, *auth.aliases, *said.get(k, ())):
                key = normalise(label)
                if not key:
                    continue
                if auth.listed_by and label != auth.name and all(w in generic for w in key.split()):
                    continue  # org14: a generated list's "PCC" (Press Complaints Commission) folds to "police and crime
                    # commissioner", a kind of body, not its name
                self.choices.append(key)
                self.owner.append(i)
                self.exact.setdefault(key, i)
                self.bags.setdefault(tuple(sorted(key.split())), set()).add(i)
        self.words: list[frozenset[str]] = [frozenset(c.split()) for c in self.choices]
        # distinctive words: those that say which body of its kind this is. The words of councils' and
        # forces' names that say where they are ("essex", "leeds"), and any word few bodies' names share
        # ("aintree", "wakefield" when no council of that name is listed); not kind-words ("fire"), not
        # the words names are made of ("north", "county": authority_names.yaml not_place_words)
        owners_of: dict[str, set[int]] = {}
        for pos, c in enumerate(self.choices):
            for w in c.split():
                owners_of.setdefault(w, set()).add(self.owner[pos])
        self.places: frozenset[str] = frozenset(
            w for pos, c in enumerate(self.choices)
            if self.authorities[self.owner[pos]].type in (AuthorityType.council, AuthorityType.police)
            for w in c.split() if len(w) > 3 and not w.isdigit() and w not in generic)
        self.common: frozenset[str] = frozenset(
            w for w, owners in owners_of.items() if len(owners) >= RARE_WORD_BODIES and w not in self.places)
        self._generic = generic
        # lead38: the words a name's head is compared on (_word_swapped): all but kind words and joining words
        self._kind_words = frozenset(rules.type_words) | {"the", "of", "and", "at", "for", "in", "on", "&"}
        self.vocab: frozenset[str] = frozenset(owners_of)
        # sp62: the names by their first word (sorted, for a typed word that begins it) and the names of each kind of
        # body, so the look-ups that need only those read them instead of every name (positions in name order)
        self.first_words: list[tuple[str, int]] = sorted((c.split()[0], pos) for pos, c in enumerate(self.choices) if c)
        self._first_keys: list[str] = [w for w, _ in self.first_words]
        self.of_type: dict[AuthorityType, list[int]] = {}
        for pos in range(len(self.choices)):
            self.of_type.setdefault(self.authorities[self.owner[pos]].type, []).append(pos)

    def starting_with(self, word: str, whole: bool = False) -> list[int]:
        """The positions (in name order) of the names whose first word begins with WORD, or is WORD when WHOLE."""
        import bisect

        lo = bisect.bisect_left(self._first_keys, word)
        out = []
        for w, pos in self.first_words[lo:]:
            if not w.startswith(word):
                break
            if not whole or w == word:
                out.append(pos)
        return sorted(out)

    def place_words(self, key: str) -> list[str]:
        """The distinctive words of a normalised name: its places ("essex" in "essex fire authority") and
        words few bodies' names share; a word no name has ("liverpol", misspelt) counts too."""
        return [w for w in key.split()
                if len(w) > 3 and not w.isdigit() and w not in self._generic and w not in self.common]

    def _having_word(self, word: str) -> set[int]:
        """st102: the positions of the names that have WORD (built once per index)."""
        index = self.__dict__.get("_word_positions")
        if index is None:
            index = {}
            for pos, words in enumerate(self.words):
                for w in words:
                    index.setdefault(w, set()).add(pos)
            self.__dict__["_word_positions"] = index
        return index.get(word, set())

    def _has_places(self, pos: int, places: list[str]) -> bool:
        """Whether choice POS has every one of PLACES: as typed or, for a word no listed name has (so
        perhaps misspelt), a close spelling of it ("esex") or a word it begins ("yorks" of "yorkshire")."""
        from rapidfuzz import fuzz

        words = self.words[pos]
        return all(p in words or (p not in self.vocab and any(
            (abs(len(w) - len(p)) <= 2 and fuzz.ratio(p, w) >= 88) or (len(p) >= 4 and w.startswith(p))
            for w in words)) for p in places)

    def _score(self, query: str, kinds: set[AuthorityType], limit: int) -> list[tuple[int, float]]:
        """(authority index, score) best first, one row per authority."""
        from rapidfuzz import fuzz, process

        best: dict[int, float] = {}
        places = self.place_words(query)
        found = process.extract(query, self.choices, scorer=fuzz.WRatio, limit=max(limit * 4, 20))
        for _choice, score, pos in found:
            i = self.owner[pos]
            if places and not self._has_places(pos, places):
                continue  # "essex fire authority" is not East Sussex's fire service, however alike the rest
            # token_set_ratio rewards a typed name whose words are all in the choice;
            # plain ratio stops "council" alone from matching every council equally.
            blended = 0.5 * score + 0.3 * fuzz.token_set_ratio(query, self.choices[pos]) + 0.2 * fuzz.ratio(
                query, self.choices[pos]
            )
            if kinds and self.authorities[i].type not in kinds:
                blended -= WRONG_KIND_PENALTY
            blended -= OLD_BODY_PENALTY * self._rank(i)
            if blended > best.get(i, -1.0):
                best[i] = blended
        return sorted(best.items(), key=lambda item: -item[1])[:limit]

    def resolve(self, name: str) -> ResolvedAuthority | None:
        """The body NAME means (see resolve_authority). sp60: a name already resolved is answered from a per-index
        memo (a copy each time): the framing resolves the same few names for each sentence of a message."""
        memo = self.__dict__.setdefault("_resolve_memo", {})
        if name not in memo:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[name] = self._resolve(name)
        found = memo[name]
        return found.model_copy() if found is not None else None

    def _named_whole(self, query: str, key: str) -> ResolvedAuthority | None:
        """The body whose name or alias KEY is, or has KEY's words in another order (score 100); else None."""
        if key in self.exact:
            return _resolved(self.authorities[self.exact[key]], 100.0, query)
        reordered = self._same_words(key)
        if reordered is not None:
            return _resolved(self.authorities[reordered], 100.0, query)
        return None

    def named_exactly(self, name: str) -> ResolvedAuthority | None:
        """st102: `resolve(NAME)` when it is a known body with score 100 (a name or alias, or its words in another
        order), else None; without the fuzzy scan over every name (a third of framing a message) when no fuzzy score
        can reach 100. A fuzzy score blends 0.5 WRatio + 0.3 token_set_ratio + 0.2 ratio, less penalties (never
        negative); ratio is 100 only for the same string, which the exact look-up finds first, and is otherwise at
        most 100 * (1 - 1/(n + m)) for lengths n and m: so the blend is below 100 - 20/(n + m), and rounds (one
        decimal) below 100 while n + m < 400."""
        memo = self.__dict__.get("_resolve_memo")
        if memo is not None and name in memo:
            found = self.resolve(name)
        else:
            query = " ".join(name.split())[:_MAX_NAME_CHARS]
            key = normalise(query)
            if not key:
                return None
            whole = self._named_whole(query, key)
            if whole is not None or len(key) + self._longest_choice() < 390:
                return whole
            found = self.resolve(name)
        return found if found is not None and found.known and found.score >= 100 else None

    def _longest_choice(self) -> int:
        longest = self.__dict__.get("_longest")
        if longest is None:
            longest = self.__dict__["_longest"] = max(map(len, self.choices), default=0)
        return longest

    def bare_names(self) -> frozenset[str]:
        """st102: every body's own name, normalised, without a leading "the" (what `_body_as_thing` compares a
        resolved body's name with): a text that is none of them cannot be a body named whole."""
        names = self.__dict__.get("_bare_names")
        if names is None:
            names = self.__dict__["_bare_names"] = frozenset(
                normalise(re.sub(r"(?i)^the\s+", "", a.name)) for a in self.authorities)
        return names

    def _resolve(self, name: str) -> ResolvedAuthority | None:
        query = " ".join(name.split())[:_MAX_NAME_CHARS]
        key = normalise(query)
        if not key:
            return None if not query else self.unknown(query, 0.0)
        whole = self._named_whole(query, key)
        if whole is not None:
            return whole
        kinds = _kinds_named(key)
        if len(kinds) == len(key.split()) or not self.choices:
            return self.unknown(query, 0.0)  # only kind-words ("the police"): no particular body
        ranked = self._score(key, kinds, limit=2)
        top = ranked[0][1] if ranked else 0.0  # none left: no body has the name's place words
        clear = len(ranked) == 1 or (len(ranked) > 1 and top - ranked[1][1] >= AMBIGUOUS_MARGIN)
        if ranked and top >= KNOWN_SCORE and clear and not self._word_swapped(key, ranked[0][0]) \
                and not self._other_institution(key, ranked[0][0]):
            return _resolved(self.authorities[ranked[0][0]], top, query)
        only = self._only_prefix_of(key)
        if only is None:
            only = self._only_body_of_kind_in_place(key, kinds)
        if only is None:
            only = self._only_icb_in_place(key)
        if only is not None and not self._word_swapped(key, only) and not self._other_institution(key, only):
            return _resolved(self.authorities[only], max(top, KNOWN_SCORE), query)
        return self.unknown(query, top)

    def _other_institution(self, key: str, i: int) -> bool:
        """lead47 (nc55 #3): whether the typed KEY says what kind of place of learning it is ("academy") and body I's
        names say another kind and never that one ("Oakwood Park Grammar School"): another institution, not a spelling
        of it (authority_names.yaml institution_words)."""
        kinds = _rules().institution_words
        typed = kinds & set(key.split())
        if not typed:
            return False
        theirs: set[str] = set()
        for pos, choice in enumerate(self.choices):
            if self.owner[pos] == i:
                theirs.update(self.words[pos] & kinds)
        return bool(theirs) and not (typed & theirs)

    def _word_swapped(self, key: str, i: int) -> bool:
        """lead38: whether every name of body I has a word of its own where the typed KEY has another word ("st marys
        high school" against "queen marys high school"): another body of the same kind, not a spelling of it. Words
        close in spelling ("liverpol", "liverpool") pair up; a word only one side has (an added place, "at") is no swap."""
        from rapidfuzz import fuzz

        def swapped(choice: str) -> bool:
            mine = [w for w in key.split() if w not in self._kind_words]
            theirs = [w for w in choice.split() if w not in self._kind_words]
            extra_mine = [w for w in mine if w not in theirs and not any(fuzz.ratio(w, t) >= 80 or t.startswith(w)
                                                                         for t in theirs)]
            extra_theirs = [t for t in theirs if t not in mine and not any(fuzz.ratio(w, t) >= 80 or t.startswith(w)
                                                                           for w in mine)]
            # one side's word stands where the other has its own, at the head of the name ("st" / "queen")
            return bool(extra_mine and extra_theirs) and extra_mine[0] == mine[0] and extra_theirs[0] == theirs[0]
        names = [c for pos, c in enumerate(self.choices) if self.owner[pos] == i]
        return bool(names) and all(swapped(c) for c in names)

    def _same_words(self, key: str) -> int | None:
        """The one body whose name (or alias) has exactly the typed words in another order ("oxford university",
        "leeds uni": the University of Oxford, the University of Leeds), the current one first; None when none or
        several."""
        owners = self.bags.get(tuple(sorted(key.split())), set())
        if len(owners) > 1:
            best = min(self._rank(i) for i in owners)
            owners = {i for i in owners if self._rank(i) == best}
        return next(iter(owners)) if len(owners) == 1 else None

    def _only_body_of_kind_in_place(self, key: str, kinds: set[AuthorityType]) -> int | None:
        """The one current body of the kind the name says ("fire") whose name has the name's place words
        ("essex"): "Essex Fire Authority" is Essex County Fire & Rescue Service; None when there are none or
        several ("Liverpool ... NHS ...": several NHS bodies in Liverpool)."""
        places = self.place_words(key)
        if len(kinds) != 1 or not places:
            return None
        if all(p in self.vocab for p in places):
            # st102: every place word is in some name, so `_has_places` is a plain test of the name's words: the names
            # having them all are read from a word index in place of testing every body of the kind
            having = set.intersection(*(self._having_word(p) for p in places))
            owners = {self.owner[pos] for kind in kinds for pos in self.of_type.get(kind, ()) if pos in having}
        else:
            owners = {self.owner[pos] for kind in kinds for pos in self.of_type.get(kind, ())
                      if self._has_places(pos, places)}
        owners = {i for i in owners if self._rank(i) <= 1}  # current bodies FOI covers
        return owners.pop() if len(owners) == 1 else None

    def _only_icb_in_place(self, key: str) -> int | None:
        """The one current integrated care board whose name has the typed name's places, when the name says ICB
        ("kent icb", "the integrated care board for derby"): an ICB's name lists its places ("Kent and Medway")."""
        words = key.split()
        if "icb" not in words and "integrated care board" not in key:
            return None
        places = self.place_words(key)
        if not places:
            return None
        owners = {self.owner[pos] for pos, choice in enumerate(self.choices)
                  if ("integrated care board" in choice or "icb" in self.words[pos]) and self._has_places(pos, places)}
        owners = {i for i in owners if self._rank(i) <= 1}
        return owners.pop() if len(owners) == 1 else None

    def _only_prefix_of(self, key: str) -> int | None:
        """The one body whose name (or alias) the typed words begin, word by word, or None when
        none or several do: "essex pol" is Essex Police, but "essex" is the force and the council."""
        memo = self.__dict__.setdefault("_prefix_memo", {})
        if key not in memo:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[key] = self._only_prefix_of_scan(key)
        return memo[key]

    def _only_prefix_of_scan(self, key: str) -> int | None:
        words = key.split()
        if len(key) - len(words) + 1 < PREFIX_MIN_CHARS:
            return None
        matched: dict[int, list[str]] = {}
        for pos in self.starting_with(words[0]):
            choice = self.choices[pos]
            names = choice.split()
            if len(names) >= len(words) and all(n.startswith(w) for w, n in zip(words, names)):
                matched.setdefault(self.owner[pos], []).append(choice)
        owners = set(matched)
        if len(owners) > 1:  # a current body wins over bodies that no longer exist or FOI does not cover
            best = min(self._rank(i) for i in owners)
            owners = {i for i in owners if self._rank(i) == best}
        if len(owners) > 1:
            # one body whose name the others' names extend ("Essex Police" and "Essex Police and Crime
            # Commissioner"; "Home Office" and "Home Office Science Advisory Committee") is the one meant
            inner = [i for i in owners if all(
                any((c + " ").startswith(n + " ") for c in matched[j] for n in matched[i]) for j in owners)]
            owners = set(inner) if len(inner) == 1 else owners
        return owners.pop() if len(owners) == 1 else None

    def _rank(self, i: int) -> int:
        """0: a curated current body; 1: one from a generated list (knowledge/authorities_*.jsonl);
        2: one FOI does not cover; 3: one that no longer exists."""
        auth = self.authorities[i]
        return 3 if auth.defunct else 2 if not auth.covered else 1 if auth.listed_by else 0

    def unknown(self, query: str, score: float) -> ResolvedAuthority:
        cost_limit, hourly_rate = cost_limit_for(Regime.FOIA, AuthorityType.other)
        return ResolvedAuthority(
            name=query,
            type=AuthorityType.other,
            nation=Nation.england,
            regime=Regime.FOIA,
            cost_limit=cost_limit,
            hourly_rate=hourly_rate,
            known=False,
            score=round(max(score, 0.0), 1),
            query=query,
        )

    def suggest(self, text: str, limit: int = 6) -> list[ResolvedAuthority]:
        """Type-ahead: names starting with the text first, then names with a word starting with it,
        then the closest fuzzy matches."""
        key = normalise(text)
        if not key or limit <= 0 or not self.choices:
            return []
        best: dict[int, float] = {}
        for pos, choice in enumerate(self.choices):
            if choice.startswith(key):
                score = 300.0 - len(choice) / 100
            elif (" " + key) in (" " + choice):
                score = 200.0 - len(choice) / 100
            else:
                continue
            i = self.owner[pos]
            best[i] = max(best.get(i, 0.0), score)
        if len(best) < limit and len(key) >= SUGGEST_FUZZY_FROM:
            for i, score in self._score(key, _kinds_named(key), limit=limit * 2):
                if score >= SUGGEST_FUZZY_SCORE and i not in best:
                    best[i] = score
        # bodies FOI does not cover are not offered; bodies that no longer exist come after current ones
        best = {i: v for i, v in best.items() if self.authorities[i].covered}
        ranked = sorted(
            best.items(),
            key=lambda item: (
                self.authorities[item[0]].defunct,
                -(item[1] - GENERATED_SUGGEST_PENALTY * bool(self.authorities[item[0]].listed_by)),
                self.authorities[item[0]].name,
            ),
        )[:limit]
        return [_resolved(self.authorities[i], min(score, 100.0), text) for i, score in ranked]


@functools.lru_cache(maxsize=1)
def default_index() -> AuthorityIndex:
    """The index over the knowledge pack's authorities, built on first use."""
    return AuthorityIndex(get_reference().authorities)


def resolve_authority(name: str) -> ResolvedAuthority | None:
    """The body a typed name means; an unknown body (known=False) if none; None for empty input."""
    if not name or not name.strip():
        return None
    return default_index().resolve(name)


def letter_name_of(name: str | None) -> str | None:
    """(ck21) NAME as a letter gives it: the body's own name when NAME is exactly one listed body's name or alias
    ("Tower Hamlets Borough Council" -> "London Borough of Tower Hamlets"); NAME itself otherwise."""
    if not name or not name.strip():
        return name
    found = resolve_authority(name)
    return found.letter_name if found is not None and found.known and found.score >= 100 else name


def suggest_authorities(text: str, limit: int = 6) -> list[ResolvedAuthority]:
    """Up to `limit` bodies for partly typed text, best first (quick enough for every keystroke)."""
    if not text or not text.strip():
        return []
    return default_index().suggest(text, limit)
