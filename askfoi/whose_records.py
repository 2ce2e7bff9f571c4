"""Whose records a message asks for, and who asks (sar15, issues 8 and 10).

"can i get a copy of my sons school records", "my daughter is 10, i want her school records", "client here, her
15 year old son was stopped and searched ..., she wants the records of those stops": the records are the child's,
asked for by a parent (the writer, or the client a volunteer writes for). Read from the owner words ("my", "her",
"the client's"), the relation words (son, mum, husband, neighbour: knowledge/vocab/whose_records.yaml) with or
without an apostrophe ("sons"), the pronouns that stand for them ("her school records", "about him") and the
events told about them ("he was excluded": the records of the exclusion are his).

`read_whose(text)` gives the data subject (the writer themself, a child, a parent, a partner, a relative, a client,
another person), who asks (signs the request) and whether it is made on the subject's behalf. The route (checks),
the subject access items (sar_items), the letter (prompts/letters/sar.txt.j2) and the third-party warning use it.
"""

from __future__ import annotations

import functools
import re

from pydantic import BaseModel

_SENTENCE = re.compile(r"(?<=[.?!;])\s+|\n+")
_DEATH = re.compile(r"(?i)\b(?:died|dead|dying|passed\s+away|deceased|late|death|funeral|bereaved|inquest)\b")
_COUNTS = re.compile(r"(?i)\b(?:how\s+many|how\s+much|the\s+number\s+of|statistics)\b")
# lead38: a question of its own opened between the asking words and the records ("want to know how many stops ...
# and do they use facial recognition on the body cams", "whether they record the reasons in the files"): a finite
# question about the body's practice, whose object the records are, not a request for them
_EMBEDDED = re.compile(r"(?i)(?:\bhow\s+(?:many|much|often|long)\b|\b(?:do|does|did|are|is|were|was|will|can|could|have|has)\s+"
                       r"(?:they|you|the\s+(?:police|force|council|school|officers?|staff)|officers|it)\s+(?!(?:still\s+)?(?:have|hold|keep|kept|got|store)\b)\w+)")


class Whose(BaseModel):
    subject: str = "none"  # self | child | parent | partner | relative | client | other | none
    relation: str | None = None  # the relation word as a noun: "son", "mum"
    mention: str | None = None  # as typed: "my sons", "her 15 year old son"
    pronoun: str = "they"  # he | she | they: the subject in the third person
    signer: str = "writer"  # writer | client | subject: who asks, and signs the request
    deceased: bool = False
    events: list[str] = []  # what was done to the subject, as nouns ("exclusion", "stop and search")
    decisions: list[str] = []  # the decisions told ("the decision to exclude {who} and the reasons for it")
    evidence: str | None = None  # the words that ask for the records ("get a copy of my sons school records")
    # ck23a: the legal authority the writer says they hold to act for the person ("i have lasting power of attorney for
    # his health and welfare"): how the letter names it, and the document to enclose (whose_records.yaml acting_for)
    acting: str | None = None
    acting_document: str | None = None
    # nx73: the power named is an ordinary one and the message says the person can no longer decide: it has ended, so
    # askfoi says which powers carry on and the letter leaves the document blank
    acting_lapsed: bool = False
    # ck24b: the person's own signed authority for the writer ("he has given me written permission"): what the letter
    # says is enclosed (whose_records.yaml consent_given), None when the message names none
    consent: str | None = None
    name: str | None = None  # ck26: the person's name as the writer gave it ("my mum Mary Jones"), else a placeholder

    @property
    def on_behalf(self) -> bool:
        """A subject access request made by someone other than the person the records are about (a parent for a
        child, a client for her son, an adult child for a parent): the records are named in the third person and
        the letter says on whose behalf it is made."""
        return self.subject in ("child", "parent", "partner", "relative", "client") and self.signer != "subject" \
            and not self.deceased

    def for_letter(self):
        """The letter's OnBehalf (askfoi/answers.py), or None when the request is the person's own."""
        from askfoi.answers import OnBehalf

        if not self.on_behalf:
            return None
        relation = self.relation if self.subject != "client" else "client"
        return OnBehalf(kind=self.subject, relation=(relation or "child")[:40], name=self.placeholder,
                        pronoun=self.pronoun, acting=self.acting, acting_document=self.acting_document,
                        consent=self.consent, acting_lapsed=self.acting_lapsed)

    @property
    def placeholder(self) -> str:
        return self.name or str(_vocab()["placeholders"].get(self.subject, "[NAME]"))

    @property
    def possessive(self) -> str:
        """ "[CHILD'S NAME]'s" """
        return f"{self.placeholder}'s"

    @property
    def object(self) -> str:
        return {"he": "him", "she": "her"}.get(self.pronoun, "them")

    @property
    def their(self) -> str:
        return {"he": "his", "she": "her"}.get(self.pronoun, "their")


@functools.lru_cache(maxsize=1)
def _vocab() -> dict:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("whose_records")
    data = data if isinstance(data, dict) else {}
    kinds: dict[str, tuple[str, str]] = {}  # word -> (kind, pronoun)
    for kind, by_pronoun in (data.get("relations") or {}).items():
        for pronoun, words in (by_pronoun or {}).items():
            for w in words or []:
                kinds[str(w).lower()] = (str(kind), str(pronoun))
    words = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in kinds), key=len, reverse=True))
    describers = str(data.get("describers") or "")
    owner = r"(?P<owner>my|our|her|his|their|whose|(?:my\s+|the\s+|our\s+)?clients?(?:'s|s'|')?)"
    mention = re.compile(rf"(?i)\b{owner}\s+{describers}(?P<rel>{words})(?P<poss>'s|s'|s\b|')?(?![\w'])")
    records = str(data.get("record_words") or r"records?")
    forum = {str(k): (str(v[0]), str(v[1])) for k, v in (data.get("forum_relations") or {}).items()
             if isinstance(v, list) and len(v) == 2}
    bare = [str(w).lower() for w in data.get("bare_relations") or [] if str(w).lower() in kinds]
    return {
        "bare": bare,
        "forum": forum,
        "kinds": kinds,
        "words": words,
        "mention": mention,
        "records": re.compile(rf"\b{records}\b", re.I),
        "ask": re.compile(str(data.get("ask_words") or r"\bwant\b"), re.I),
        "events": {str(k).lower(): v for k, v in (data.get("events") or {}).items()},
        "event_nouns": {str(k).lower(): str(v) for k, v in (data.get("event_nouns") or {}).items()},
        "event_falls": str(data.get("event_falls") or "(?!)"),
        "body_parts": str(data.get("body_parts") or "(?!)"),
        "placeholders": data.get("placeholders") or {},
        "told_kinds": [(re.compile(str(k), re.I), str(v)) for k, v in (data.get("told_kinds") or {}).items()],
        # ck22: "their policy on lost documents": a word between the owner and the records that governs them; "her
        # lost documents policy": a noun after the records whose modifier they are
        "not_owning": re.compile(rf"(?i)\b(?:{'|'.join(data.get('not_owning') or ['on'])})\b"),
        "head_after": re.compile(rf"(?i)\s+(?:{'|'.join(data.get('head_after') or ['policy'])})\b"),
    }


def told_kinds(told: str) -> list[str]:
    """ny91: the kinds of event a story about another person tells ("shes had loads of falls" -> "the falls and
    injuries"), for the item that asks for the rest of their personal data without the story's own words."""
    out: list[str] = []
    for pattern, kind in _vocab()["told_kinds"]:
        if pattern.search(told or "") and kind not in out:
            out.append(kind)
    return out


def _noun(word: str) -> str:
    word = re.sub(r"\s+", " ", word.lower())
    return {"children": "child", "kids": "child", "kid": "child", "parents": "parent", "neighbours": "neighbour",
            "neighbors": "neighbour", "mom": "mum", "mam": "mum", "ma": "mum", "da": "dad"}.get(word, word)


class _Mention(BaseModel):
    start: int
    end: int
    owner: str
    kind: str
    pronoun: str
    noun: str
    text: str
    possessive: bool


_AGES = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"


def _mentions(text: str) -> list[_Mention]:
    v = _vocab()
    words = v["words"]
    out = []
    for m in v["mention"].finditer(text):
        rel = m.group("rel").lower()
        kind, pronoun = v["kinds"].get(re.sub(r"\s+", " ", rel), ("other", "they"))
        poss = bool(m.group("poss"))
        if (m.group("poss") or "").lower() == "s" or (not poss and rel.endswith("s")):
            # "my sons school records" is "my son's"; "my sons are 5 and 7" is two sons
            after = text[m.end():m.end() + 60]
            # (fx46: only nouns between, never a clause's words: "took her kids into care and what the social
            # worker wrote" holds no records of the kids')
            poss = bool(re.match(rf"\s+(?:(?!(?:and|or|but|so|then|into|in|to|of|for|from|with|at|on|by|about|what|"
                                 rf"which|who|that|because|when|why)\b)[\w-]+\s+){{0,3}}?{v['records'].pattern}", after, re.I))
        out.append(_Mention(start=m.start(), end=m.end(), owner=m.group("owner").lower(), kind=kind, pronoun=pronoun,
                            noun=_noun(rel), text=m.group(0), possessive=poss))
    for m in re.finditer(rf"(?i)\b(?P<owner>my|our|her|his)\s+(?:\d{{1,2}}|{_AGES})[\s-]*(?:years?|yrs?)[\s-]*old\b(?P<poss>'s|s)?"
                         rf"(?!\s+(?:{words})\b)", text):
        # "my 12 year old was excluded": a child, named by age
        out.append(_Mention(start=m.start(), end=m.end(), owner=m.group("owner").lower(), kind="child",
                            pronoun="they", noun="child", text=m.group(0), possessive=bool(m.group("poss"))))
    forum = _vocab()["forum"]
    if forum:  # cx35: "DS (7) fell ...", "DD2's file": the writer's own son or daughter, as forums write them
        for m in re.finditer(rf"\b(?P<rel>{'|'.join(map(re.escape, forum))})\d?(?P<poss>'s)?(?![\w'])", text):
            kind, pronoun = forum[m.group("rel")]
            noun = {"child": {"he": "son", "she": "daughter"}.get(pronoun, "child"),
                    "partner": {"he": "husband", "she": "wife"}.get(pronoun, "partner")}.get(kind, kind)
            out.append(_Mention(start=m.start(), end=m.end(), owner="my", kind=kind, pronoun=pronoun, noun=noun,
                                text=m.group(0), possessive=bool(m.group("poss"))))
    if v.get("bare"):
        # nz70 (nc70 #3): "also i need mums care assessment": a family word as a name, possessive, before the records
        # asked for (a few nouns between at most, never a clause's words): the writer's own relation, as "my mum's"
        for m in re.finditer(rf"(?i)(?<![\w'])(?P<rel>{'|'.join(map(re.escape, v['bare']))})(?P<poss>'s|s'|s)(?![\w'])", text):
            if re.search(rf"(?i)\b(?:my|our|her|his|their|your|the|a|an|whose|this|that|every|each|{words})\s+$",
                          text[max(0, m.start() - 30):m.start()]):
                continue  # "my mums ...": the mention above; "a mums group", "the dads group": no one in particular
            if not re.match(rf"\s+(?:(?!(?:and|or|but|so|then|into|in|to|of|for|from|with|at|on|by|about|what|which|who|"
                            rf"that|because|when|why)\b)[\w-]+\s+){{0,3}}?{v['records'].pattern}", text[m.end():m.end() + 60], re.I):
                continue
            kind, pronoun = v["kinds"][m.group("rel").lower()]
            out.append(_Mention(start=m.start(), end=m.end(), owner="my", kind=kind, pronoun=pronoun,
                                noun=_noun(m.group("rel").lower()), text=m.group(0), possessive=True))
    for m in re.finditer(r"(?i)\b(?:(?:my|our|a|the)\s+client|client\s+(?:here|says|wants|needs|is|has)|"
                         r"(?:my|a|the)\s+service\s+user)\b", text):
        out.append(_Mention(start=m.start(), end=m.end(), owner="my", kind="client", pronoun="they", noun="client",
                            text=m.group(0), possessive=False))
    return sorted(out, key=lambda x: x.start)


# who asks: "i want", "can i get", "she wants", "my client needs", "my mum wants"
_WANTER = re.compile(
    r"(?i)\b(?P<who>i|we|she|he|they|(?:my|the|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:also|really|just|would|'d|'m|am|is|are|was|were|"
    r"have|has|had|been|will|to|still|now)\s+){0,3}(?:want|wants|wanted|wanting|need|needs|needed|like|asking|trying|hoping|looking|"
    r"get|see|obtain|access|request|after)\b|\b(?:can|could|how\s+do|how\s+can|may)\s+(?P<who2>i|we|she|he|they)\s+(?:get|see|have|obtain|access|request)\b")


def read_whose(text: str) -> Whose:
    """Whose records TEXT asks for and who asks: the first sentence that asks for records decides (its owner
    words, its pronouns, else the person an event was told about); Whose(subject="none") when no records are
    asked for."""
    v = _vocab()
    text = (text or "")[:5000].replace("\u2019", "'")
    mentions = _mentions(text)
    deceased = bool(_DEATH.search(text))
    events, decisions, event_owner = _events(text, mentions)
    for sentence_match in re.finditer(r"[^.?!;\n]+[.?!;]?", text):
        sentence = sentence_match.group(0)
        s0 = sentence_match.start()
        for rec in v["records"].finditer(sentence):
            before = sentence[:rec.start()]
            if re.match(r"(?i)plans?\s+to\b", rec.group(0) + sentence[rec.end():rec.end() + 4]) or \
                    re.search(r"(?i)\bno\s+$", before):
                continue  # cx36: "has no plans to share the report": an intention, no record
            # nf94 (nc94 #1): "what have they written about my son" asks itself at a sentence's start or a clause's
            # ("whats their policy and what have they written about my kid")
            asked = v["ask"].search(before) or (rec.group(0).lower().startswith("what") and (
                not before.strip() or re.search(r"(?i)(?:[,;:]|\b(?:and|also|plus|but))\s*$", before))) \
                or _named_item(sentence, rec, s0, mentions)
            if not asked or _COUNTS.search(before[-60:]):  # ck21: "what has X recorded about ...?" asks itself
                continue  # records named, not asked for ("the records show"), or a figure ("how many records")
            last_ask = list(v["ask"].finditer(before))
            if last_ask and _EMBEDDED.search(before[last_ask[-1].end():]):
                continue  # lead38: "i want to know how many ... and do they use X on the body cams": the records sit
                # in a question of its own about what the body does, not in what is asked for
            clause = re.split(r"(?i)\b(?:and\s+(?:to\s+)?(?:know|find\s+out)|how\s+many|the\s+number\s+of)\b", before)[-1]
            wanter = _wanter(clause, before, mentions, s0)
            owner = _owner(sentence, rec, s0, mentions, wanter, event_owner)
            if owner is None:
                continue
            kind, pronoun, mention, noun = owner
            signer = wanter[0]
            if kind == "self":
                subject_is_signer = True
            else:
                subject_is_signer = wanter[1] is not None and wanter[1] == mention
            if subject_is_signer and kind != "self":
                signer = "subject"
            asks = list(v["ask"].finditer(before))
            evidence = sentence[asks[-1].start():rec.end()].strip() if asks else \
                re.sub(r"^\W*(?:\d{1,2}\s*[.)]?\s*)?", "", sentence[:rec.end()]).strip()  # nz70: the part as named
            # ny85 (nc85 #4): "whats the trusts behaviour policy and what did the head say": a question joined by "and"
            # is an item of its own, as a record named after "and the" is
            listed = list(re.finditer(r"(?i)\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:the|a|an|any|all|copies|a\s+copy|"
                                      r"what|whats|what's|who|why|how|when|where|whether|which)\b)", evidence))
            if asks and listed:
                # lead51: "i want the response times ..., the complaints policy, and the investigation report about
                # her fall": the words that ask for the person's records are the last item's, never the list's others
                evidence = evidence[listed[-1].end():].strip()
            consent = consent_given(text) if kind not in ("self", "other") else None
            if consent and signer == "subject":
                signer = "writer"  # ck24b: "she has signed an authority form": the writer asks, with her authority
            acting = acting_for(text) if kind not in ("self", "other") else None
            if acting and signer == "subject":
                signer = "writer"  # ck25a: "she wants her care records ... i have lasting power of attorney for her": the
                # attorney makes the request for her, in her name, enclosing the registered power (never "about me")
            lapsed = bool(acting) and acting_lapsed(text)
            return Whose(subject=kind, relation=noun, mention=mention.text if mention else None, pronoun=pronoun,
                         signer=signer, deceased=deceased, events=events if mention is event_owner else [],
                         decisions=decisions if mention is event_owner else [], evidence=evidence,
                         acting=acting[0] if acting else None,
                         acting_document=(str(_load()[0].get("lapsed_document")) if lapsed else acting[1]) if acting else None,
                         acting_lapsed=lapsed,
                         consent=None if acting else consent,
                         name=_given_name(text, mentions, mention) if kind not in ("self", "other") else None)
    return Whose(deceased=deceased)


# ck26: words that follow a relation but are no name ("my mum has", "my son is 9", "my dad who")
_NOT_NAME = frozenset("""i im the a an and or but who which that has had have is was were are she he they it her his their
    my our aged age years year old wants want needs need lives lived died passed said says asked told went got gets
    also too now still just only then when since from in on at to for of with by about as so if not no yes please
    mr mrs ms miss dr sir madam dear""".split())
_NAME_AFTER = re.compile(r"^\s*(?:[,(]\s*)?(?P<name>[A-Za-z][a-z'\u2019-]+(?:\s+[A-Za-z][a-z'\u2019-]+){0,2})(?P<end>\s*[,)]|\s+(?:who|has|had|is|was|wants|needs|"
                         r"would|lives|lived|went|got|can|cannot|can't|does|doesn't|did)\b|\s*[.;]|\s*$)")
_NAME_SAID = re.compile(r"(?i)\b(?:her|his|their)\s+name\s+is\s+(?P<name>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\b")


def _given_name(text: str, mentions: list, mention) -> str | None:
    """ck26: the name the writer gives for the person the records are about, right after them ("my mum Mary Jones",
    "my son, jack smith,", "my dad (brian)") or said ("her name is Doreen Patel"); None when none is given. A word
    common in English is a name only when capitalised."""
    from askfoi.framing import _frequency

    said = _NAME_SAID.search(text)
    if said:
        return " ".join(w[:1].upper() + w[1:] for w in said.group("name").split())
    if mention is None or mention.possessive or re.search(r"['\u2019]s?$", mention.text):
        return None  # ck29: "my son's exclusion": what is his follows, not his name
    m = _NAME_AFTER.match(text[mention.end:mention.end + 60])
    if not m:
        return None
    words = m.group("name").split()
    while words and words[-1].lower() in _NOT_NAME:
        words.pop()
    if not words or any(w.lower() in _NOT_NAME or w.lower() in _vocab()["kinds"] for w in words):
        return None
    if not all(w[:1].isupper() for w in words) and not all(_frequency(w.lower()) < 15000 for w in words):
        return None
    return " ".join(w[:1].upper() + w[1:] for w in words)


def consent_given(text: str) -> str | None:
    """ck24b: the document TEXT says the person the records are about signed for the writer to ask for them ("he has
    given me written permission" -> "signed written consent", "she has signed an authority form" -> "signed authority
    form"), from knowledge/vocab/whose_records.yaml `consent_given`; None when it names none, or says it is not given
    yet ("he hasn't signed the form")."""
    data, _ = _load()
    for spec in data.get("consent_given") or []:
        if not isinstance(spec, dict) or not spec.get("words"):
            continue
        for m in re.finditer(rf"(?i){spec['words']}", text or ""):
            before = (text or "")[max(0, m.start() - 40):m.start()]
            clause = re.split(r"[.;!?,]", before)[-1]
            if re.search(r"(?i)\b(?:not|no|never|hasn'?t|haven'?t|won'?t|wont|refused?|without|yet\s+to)\b|n't\b", clause):
                continue
            return str(spec.get("document") or "signed written consent")
    return None


def acting_lapsed(text: str) -> bool:
    """nx73 (nz70's note): the power TEXT says the writer holds is an ordinary one (whose_records.yaml acting_for
    `general`) and TEXT says the person can no longer make their own decisions (`capacity_lost`): an ordinary power of
    attorney ends when its maker loses capacity (only a registered lasting or an enduring power, or a deputyship,
    carries on)."""
    data, _ = _load()
    spec = _acting_spec(text)
    lost = data.get("capacity_lost")
    return bool(spec and spec.get("general") and lost and re.search(rf"(?i){lost}", text or ""))


def acting_for(text: str) -> tuple[str, str] | None:
    """ck23a: the legal authority TEXT says the writer holds to act for someone ("i have lasting power of attorney for
    his health and welfare", "i'm her deputy"): (how the letter names it, the document to enclose), from
    knowledge/vocab/whose_records.yaml `acting_for`; None when it names none. A power someone else holds ("her son has
    power of attorney") is not the writer's."""
    spec = _acting_spec(text)
    if spec is None:
        return None
    return str(spec.get("as")), str(spec.get("document") or "the document that gives that authority")


def _acting_spec(text: str) -> dict | None:
    """The acting_for entry (whose_records.yaml) TEXT's authority is read by, or None (see acting_for)."""
    data, _ = _load()
    for spec in data.get("acting_for") or []:
        if not isinstance(spec, dict) or not spec.get("words"):
            continue
        for m in re.finditer(rf"(?i){spec['words']}", text or ""):
            before = (text or "")[max(0, m.start() - 60):m.start()]
            clause = re.split(r"[.;!?]|\b(?:and|but)\s+(?=(?:she|he|they|my|her|his)\b)", before)[-1]
            if re.search(r"(?i)\b(?:she|he|they|my\s+\w+|her\s+\w+|his\s+\w+)\s+(?:has|have|had|holds?|is|are)\b", clause) and \
                    not re.search(r"(?i)\b(?:i|we|i'?m|i'?ve)\b", clause):
                continue  # "her brother has power of attorney": someone else's authority
            near = spec.get("near")
            if near and not re.search(rf"(?i){near}", (text or "")[max(0, m.start() - 80):m.end() + 80]):
                continue
            return spec
    return None


def _named_item(sentence: str, rec: re.Match, s0: int, mentions: list[_Mention]) -> bool:
    """nz70 (nc70 #3): SENTENCE is a part of a list that names a relation's records and nothing else ("2. My mums care
    assessment, i have power of attorney", "my dads care plan"): a part asks for what it names, as "i want" does; a
    sentence that goes on to tell ("my mum's care assessment said she needs ...") is no part."""
    lead = re.match(r"(?i)\W*(?:\d{1,2}\s*[.)]?\s*)?(?:(?:and|also|plus)\s+)*(?:a\s+copy\s+of\s+|copies\s+of\s+|any\s+|all\s+)?", sentence)
    at = s0 + lead.end()
    mention = next((m for m in mentions if m.start == at and m.possessive and m.kind != "other"), None)
    if mention is None or re.search(r"[,;:()]", sentence[mention.end - s0:rec.start()]) or \
            len(sentence[mention.end - s0:rec.start()].split()) > 2:
        return False
    rest = re.split(r"[,;:(]", sentence[rec.end():])[0]
    return not re.search(r"(?i)\b(?:is|was|were|are|said|says|shows?|showed|states?|stated|has|had|have|did|does|do|"
                         r"will|would|can|could|should|may|might|got|gets|came|went|found|wrote|written|made|done)\b", rest)


def with_owner(text: str) -> str:
    """nz70 (nc70 #3): TEXT with "my" before a family word written as a name in a possessive before records ("also i
    need mums care assessment" -> "... my mums care assessment"), so each item names the person as "my mum's" does."""
    bare = _vocab().get("bare")
    if not bare:
        return text
    out, at = [], 0
    for m in _mentions(text or ""):
        if m.possessive and re.sub(r"(?:'s|s'|s)$", "", m.text.lower()) in bare:
            out.append(text[at:m.start] + "my ")
            at = m.start
    out.append((text or "")[at:])
    return "".join(out)


def without_acting(text: str) -> str:
    """ck25a: TEXT without the clause in which the writer says what authority they hold to act for the person ("..., i
    hold a health and welfare lpa for her", "and i have power of attorney for property and financial affairs"): it names
    the letter's enclosure (`acting_for`), never a record asked for. TEXT as it is when it says no such thing."""
    if acting_for(text) is None:
        return text
    words = "|".join(f"(?:{spec['words']})" for spec in (_load()[0].get("acting_for") or [])
                     if isinstance(spec, dict) and spec.get("words"))
    clause = re.compile(rf"(?i)(?:[,;]\s*|\s+[-\u2013\u2014]+\s*|\s+(?:and|as)\s+|(?<=[.!?])\s*|^\s*)(?:(?:but|and|so|also)\s+)?(?:i|we)(?:'ve|'m|ve|m)?\s+"
                        rf"(?:also\s+|now\s+|already\s+)?(?:have|hold|has|am|was|got|have\s+got|act\s+as|acting\s+as)?\s*"
                        rf"[^.;!?\n,]{{0,40}}?(?:{words})[^.;!?\n]{{0,80}}?(?=$|[.;!?\n,]|\s+(?:and|but|so)\s+(?:i\s+|to\s+|would\s+)?"
                        rf"(?:also\s+)?(?:want|wants|need|needs|would|wish|like|see|get|ask|request)\b)")
    out, at = [], 0
    for m in clause.finditer(text):
        out.append(text[at:m.start()])
        joined = re.match(r"\s+(?:and|but|so)\s+", text[m.end():])
        if joined:  # "i have an lpa for her and want to see ...": the writer still asks ("i want to see ...")
            lead = re.match(r"[,;\s]*(?:(?:and|as|but|so|also)\s+)*", m.group()).group()
            who = re.search(r"(?i)\b(?:i|we)\b", m.group())
            out.append(lead + (who.group() if who else "i") + " ")
            at = m.end() + joined.end()
        else:
            at = m.end()
    out.append(text[at:])
    return re.sub(r"\s+([.,;!?])", r"\1", "".join(out)).strip().lstrip(".,;!? ")


def _wanter(clause: str, before: str, mentions: list[_Mention], s0: int) -> tuple[str, _Mention | None]:
    """(writer | client | subject-candidate, the mention who asks) from the words before the records."""
    bare = re.search(r"(?i)\band\s+(?:also\s+|now\s+|really\s+)?(?:wants?|needs?|would\s+like|is\s+asking\s+for)\b", before)
    clause = before[:bare.start()].split(",")[-1] if bare else ""
    if bare and not re.search(r"(?i)\b(?:i|we|i'm|im)\b", clause):
        # "my nan is in hospital and wants her care file": the one the sentence is about asks; "she was in care as a
        # kid and wants her file": the last person she can be
        said = re.search(r"(?i)\b(she|he)\b", clause)
        if said:
            first = [x for x in mentions if x.start < s0 + bare.start() and x.kind != "other"
                     and (x.pronoun in (said.group(1).lower(), "they") or x.kind == "client")][-1:]
        else:
            first = [x for x in mentions if s0 <= x.start < s0 + bare.start() and x.kind != "other"]
        if first:
            return ("client" if first[0].kind == "client" else "subject"), first[0]
    found = list(_WANTER.finditer(before))
    if not found:
        clients = [x for x in mentions if x.kind == "client" and x.start < s0 + len(before)]
        # "client says her sons academy wont give her his behaviour log": the client asks
        return ("client", clients[-1]) if clients else ("writer", None)
    m = found[-1]
    who = (m.group("who") or m.group("who2") or "").lower()
    if who in ("i", "we"):
        return "writer", None
    at = s0 + m.start()
    earlier = [x for x in mentions if x.start <= at + len(who)]
    if who in ("she", "he", "they"):
        # "client here, ... she wants": the client; "my mum wants ... she wants": the last person of that pronoun
        same = [x for x in earlier if x.pronoun in (who, "they") and not x.possessive]
        clients = [x for x in earlier if x.kind == "client"]
        if clients:
            return "client", clients[-1]
        if same:
            return "subject", same[-1]
        return "writer", None
    named = [x for x in earlier if x.start >= at]
    if named:
        return ("client" if named[0].kind == "client" else "subject"), named[0]
    return "writer", None


# ck21: what a relative's possessive can name that is no record of them: a place or a group they belong to
_THEIR_PLACE = re.compile(r"(?i)\s+(?:(?:primary|secondary|new|old|local)\s+)?(?:school|schools|college|nursery|academy|class|"
                          r"classes|teachers?|club|team|bus|year\s+group|year|street|road|area|ward|estate|care\s+home|"
                          r"hospital|surgery|gp|landlord|employer|university)\b")


# ck29 (nu31 #17): "the emails between the head and the council about my son's exclusion": the parties of the
# correspondence, then whom it is about
_BETWEEN = r"(?:between|from|to)\s+(?:the\s+|his\s+|her\s+|my\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:and|&)\s+(?:the\s+|his\s+|her\s+|my\s+)?[\w-]+(?:\s+[\w-]+)?\s+"


def _plural_subject_before(head: str) -> bool:
    """HEAD (the words before "their") ends on a plural noun and its verb ("... police officers have", "staff
    keep", "the drivers switch off"): "their" is theirs, the subject of its own clause, never the person helped."""
    from lemminflect import getAllLemmas

    words = re.findall(r"[a-z']+", head.lower())[-4:]
    for k in range(len(words) - 1):
        noun, rest = words[k], words[k + 1:]
        lemmas = getAllLemmas(noun)
        plural = "NOUN" in lemmas and lemmas["NOUN"][0] != noun or noun in ("staff", "police", "people", "personnel")
        if plural and all("VERB" in getAllLemmas(w) or "AUX" in getAllLemmas(w) or w in ("not", "all", "always", "ever")
                          for w in rest) and noun not in ("clients", "parents", "children", "kids", "sons", "daughters"):
            return True
    return False


def _several(mention: _Mention) -> bool:
    """fx46: MENTION names several people ("her kids", "my children", "our parents"): never the one "her" or "him"
    points at, whose "they" is only a person of unsaid sex ("my child", "my partner")."""
    from lemminflect import getAllLemmas

    word = re.sub(r"(?i)'s?$", "", mention.text.split()[-1]).lower()
    nouns = getAllLemmas(word).get("NOUN") or ()
    return not mention.possessive and bool(nouns) and word not in nouns


def _owner(sentence: str, rec: re.Match, s0: int, mentions: list[_Mention], wanter: tuple[str, _Mention | None],
           event_owner: _Mention | None):
    """(kind, pronoun, mention, noun) of whose the records REC are, or None when the sentence does not say."""
    head = sentence[max(0, rec.start() - 80):rec.start()]
    tail = sentence[rec.end():rec.end() + 60]
    # "my son's school records", "her dad's care plan": the last owner word before the records, within three words
    own = list(re.finditer(r"(?i)\b(my|our|his|her|their|me)\b", head))
    head0 = s0 + max(0, rec.start() - 80)
    # lead40: "my mum wants the cctv of her fall": the "my" of a relation who is not the records' owner ("my mum", not
    # "my mum's") says who the relation is, never whose the records are
    own = [o for o in own if not any(x.start == head0 + o.start() and not x.possessive for x in mentions)]
    if own and own[-1].group(1).lower() == "me" and event_owner is not None and event_owner.start < s0 + rec.start() \
            and re.search(r"(?i)\b(?:give|send|show|share|provide|hand|let)\s+me\s+$", head[:own[-1].end()] + " "):
        own = own[:-1]  # cx36: "my son had an accident ... they wont give me the accident report": me receives, he owns
    near = [x for x in mentions if s0 + rec.start() - 60 <= x.end <= s0 + rec.start() and x.possessive]
    if near and (not own or s0 + rec.start() - 80 + own[-1].start() <= near[-1].end - 1
                 or re.match(r"(?i)(?:\s+[\w-]+){0,3}\s*$", sentence[near[-1].end - s0:rec.start()])):
        x = near[-1]
        return x.kind, x.pronoun, x, x.noun
    after = [x for x in mentions if s0 + rec.end() < x.start <= s0 + rec.end() + 70 and x.kind != "client"
             and not ((x.possessive or x.text.lower().endswith("s")) and _THEIR_PLACE.match(sentence[x.end - s0:]))  # ck21: "about my son's school"
             and re.match(r"(?i)\s+(?:(?:[\w-]+\s+){0,3}?|" + _BETWEEN + r")(?:about|on|of|for|regarding|concerning|"
                          r"involving|showing)\s+$", sentence[rec.end():x.start - s0])]
    if after:  # "the cctv of my son being attacked", "the notes the social worker made about my son"
        x = after[0]
        return x.kind, x.pronoun, x, x.noun
    about = re.match(r"(?i)\s+(?:[\w-]+\s+){0,5}?(?:about|on|of|for|regarding|concerning)\s+(him|her|them|me|myself|us)\b", tail)
    if about and about.group(1).lower() == "her" and _THEIR_PLACE.match(tail[about.end():]) \
            and not re.match(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:records?|files?|notes|reports?|attendance|exclusions?)\b",
                             _THEIR_PLACE.sub("", tail[about.end():], count=1)):
        about = None  # mx102: "the inspection report on her care home": the home's record, never hers
    word = None
    if own and re.match(r"(?i)\s*(?:own\s+)?(?:[\w'-]+\s+){0,3}$", head[own[-1].end():]) \
            and not _vocab()["not_owning"].search(head[own[-1].end():]) and not _vocab()["head_after"].match(tail):
        # ck22: the owner word owns the records only when nothing between governs them ("their policy on lost
        # documents" is the body's policy, "her lost documents policy" a policy): the words of whose_records.yaml
        word = own[-1].group(1).lower()
    elif about:
        word = about.group(1).lower()
    if word in ("my", "our", "me", "myself", "us"):
        if wanter[0] == "client" or (wanter[1] is not None):
            return None  # "she wants my ...": unclear
        return "self", "they", None, None
    if word == "their" and own and not about and _plural_subject_before(head[:own[-1].start()]):
        return None  # lead42 (nc45 #1): "if the officers have their body cameras switched off": the officers' own
    if word:
        pronoun = {"his": "he", "him": "he", "her": "she"}.get(word, "they")
        at = s0 + rec.start()
        # the wanter's own pronoun ("my mum wants her care file"): her own records
        if wanter[1] is not None and wanter[1].kind != "client" and wanter[1].pronoun in (pronoun, "they") \
                and not [x for x in mentions if wanter[1].end <= x.start < at and x.kind != "client"]:
            x = wanter[1]
            return x.kind, x.pronoun, x, x.noun
        cands = [x for x in mentions if x.start < at and x.kind != "client"
                 and (x.pronoun == pronoun or (x.pronoun == "they" and (pronoun == "they" or not _several(x))))]
        if cands:
            x = cands[-1]
            return x.kind, (pronoun if x.pronoun == "they" else x.pronoun), x, x.noun
        if wanter[0] == "client" and wanter[1] is not None:
            return "client", pronoun, wanter[1], "client"
        return None
    # no owner word: the records of the events told ("the records of those stops"), else a client's
    if event_owner is not None and event_owner.start < s0 + rec.start():
        x = event_owner
        return x.kind, x.pronoun, x, x.noun
    if wanter[0] == "client" and wanter[1] is not None and re.match(r"(?i)\s*(?:the\s+|all\s+)", head[-30:] or " ") is None:
        return None
    return None


# "my son (15) got stopped", "my son is 15 and was stopped", "her son, aged 15, was searched": the person's age said
# between them and what was done to them (lead50, nc64 #2)
_AGE_BETWEEN = re.compile(r"(?i)\s*(?:\(\s*\d{1,2}\s*\)\s*|,?\s*(?:aged\s+)?\d{1,2}(?:\s+years?\s+old)?,?\s*|"
                          r",?\s*(?:who\s+)?(?:is|was|was\s+only|is\s+only)\s+\d{1,2}(?:\s+years?\s+old)?\s*,?\s*(?:and\s*)?)?$")


def _events(text: str, mentions: list[_Mention]) -> tuple[list[str], list[str], _Mention | None]:
    """What was done to a person of the message ("he was excluded", "her son was stopped and searched"): the nouns,
    the decisions, and whom (the mention the pronoun or the words name)."""
    v = _vocab()["events"]
    nouns: list[str] = []
    decisions: list[str] = []
    whom: _Mention | None = None
    for m in re.finditer(r"(?i)\b(?P<who>he|she|they|him|her|them)?\s*(?:was|were|has\s+been|had\s+been|have\s+been|got|gets|"
                         r"being|been)\s+(?:[\w-]+\s+){0,2}?(?P<verb>[a-z]+ed|hurt|taken)\b(?:\s+and\s+(?P<verb2>[a-z]+ed))?", text):
        verbs = [w.lower() for w in (m.group("verb"), m.group("verb2")) if w]
        known = [w for w in verbs if w in v]
        if not known:
            continue
        who = (m.group("who") or "").lower()
        before = [x for x in mentions if x.end <= m.start() + len(who) + 1 and x.kind != "client"]
        if not who:
            # ck50 (nc49 #5): "my client was stopped and searched ... and wants the body camera footage": the client
            # named right before the verb is the one it happened to (never a client named earlier in the message)
            before = [x for x in mentions if x.end <= m.start() + 1]
        if who in ("he", "she", "him", "her"):
            pron = {"him": "he", "her": "she"}.get(who, who)
            before = [x for x in before if x.pronoun in (pron, "they")] or before
        elif not who:
            # "her 15 year old son was stopped": the mention right before the verb
            before = [x for x in before if _AGE_BETWEEN.match(text[x.end:m.start()])] or []
        if not before:
            continue
        x = before[-1]
        if whom is not None and whom is not x:
            continue
        whom = x
        for w in known:
            noun = str(v[w].get("noun") or w)
            if noun not in nouns:
                nouns.append(noun)
            if v[w].get("decision") and v[w]["decision"] not in decisions:
                decisions.append(str(v[w]["decision"]))
    if whom is None:
        whom = _told_event(text, mentions, nouns)
    return nouns, decisions, whom


def _told_event(text: str, mentions: list[_Mention], nouns: list[str]) -> _Mention | None:
    """cx36: the person an event told by its noun or by their body happened to ("DD has an accident at pre-school",
    "my son had a fall", "DS (7) fell off the climbing frame", "her finger got crushed"): the mention the subject
    is (the one right before, or the last of the pronoun's person); NOUNS gets the event's noun."""
    v = _vocab()
    names = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in v["event_nouns"]), key=len, reverse=True))
    forms = []
    if names:
        forms.append(re.compile(rf"(?i)\b(?P<who>he|she|they)?\s*(?:has|had|have|'s|'d|suffered|was\s+in|was\s+involved\s+in)\s+"
                                rf"(?:had\s+)?(?:an?|another|the)\s+(?:[\w-]+\s+)?(?P<noun>{names})\b"))
    forms.append(re.compile(rf"(?i)\b(?P<who>he|she|they)?\s*(?P<fell>{v['event_falls']})\s+(?:off|over|down|on|in|into|from|"
                            rf"(?:his|her|their)\s+{v['body_parts']})\b"))
    forms.append(re.compile(rf"(?i)\b(?P<whose>his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{v['body_parts']}\s+(?:was|were|got|has\s+been|had\s+been)\s+"
                            rf"(?:[\w-]+\s+)?(?:[a-z]+ed|broken|cut|hurt|bitten|caught|stuck)\b"))
    for rx in forms:
        for m in rx.finditer(text):
            who = ((m.groupdict().get("who") or m.groupdict().get("whose") or "")).lower()
            start = m.start("who") if m.groupdict().get("who") else m.start("whose") if m.groupdict().get("whose") else m.start()
            before = [x for x in mentions if x.end <= start + 1 and x.kind not in ("client", "other")]
            if who:
                pron = {"his": "he", "her": "she", "their": "they"}.get(who, who)
                before = [x for x in before if x.pronoun in (pron, "they")]
            else:
                # "DS (7) fell off", "my son had an accident": the mention right before the verb (an age between)
                before = [x for x in before if _AGE_BETWEEN.match(text[x.end:start])]
            if not before:
                continue
            noun = v["event_nouns"].get(re.sub(r"\s+", " ", (m.groupdict().get("noun") or "").lower()), "accident")
            if noun not in nouns:
                nouns.append(noun)
            return before[-1]
    return None


class OnList(BaseModel):
    """(ck22) A question whether a person is on a body's list or database: whose data it asks, and on what."""

    subject: str  # self | child | parent | partner | relative | other
    relation: str | None = None  # "son"
    pronoun: str = "they"
    what: str = "it"  # the list as typed ("it", "the gang matrix")
    evidence: str


def on_list_ask(clause: str) -> OnList | None:
    """CLAUSE asks whether the writer or someone they name is on a body's list, database or register ("and is my son
    on it", "am i on the gang matrix", "whether my daughter is listed on it", "do they have me on it"): that person's
    own data (knowledge/vocab/whose_records.yaml `on_list_words`), else None. A count ("how many are on it") or a
    question about anyone else ("are children on it") is no such question."""
    v = _vocab()
    data, _ = _load()
    on = str(data.get("on_list_words") or "")
    if not on:
        return None
    text = re.sub(r"\s+", " ", (clause or "").replace("\u2019", "'")).strip(" ?.!,")
    who = rf"(?P<who>i|me|we|us|(?:my|our)\s+{_DESCRIBERS()}(?P<rel>{v['words']}))"
    shapes = (
        rf"(?i)^(?:(?:and|also|but|so|plus)\s+)*(?:is|are|am|was|were|has|have)\s+{who}\s+(?:been\s+|ever\s+been\s+|ever\s+|still\s+|also\s+)?(?:{on})",
        rf"(?i)^(?:(?:and|also|but|so|plus)\s+)*(?:(?:i\s+want\s+to\s+know|tell\s+me|to\s+know)\s+)?(?:whether|if)\s+{who}\s+(?:is|am|are|was|were|has\s+been|have\s+been)\s+(?:ever\s+|still\s+|also\s+)?(?:{on})",
        rf"(?i)^(?:(?:and|also|but|so|plus)\s+)*(?:do|does|did|have|has)\s+(?:they|you|the\s+[\w-]+|it)\s+(?:have|got|hold|keep|put|list|record)\s+{who}\s+(?:{on})",
    )
    for shape in shapes:
        m = re.search(shape, text)
        if not m:
            continue
        word = m.group("who").lower()
        what = (m.groupdict().get("what") or m.groupdict().get("what2") or "it").strip()
        if word in ("i", "me", "we", "us"):
            return OnList(subject="self", what=what, evidence=text)
        rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
        kind, pronoun = v["kinds"].get(rel, ("other", "they"))
        return OnList(subject=kind, relation=_noun(rel), pronoun=pronoun, what=what, evidence=text)
    return None


def own_footage_ask(clause: str, message: str) -> str | None:
    """ny82 (nc82 #1): CLAUSE of MESSAGE asks for the recording of the writer's own incident ("whether they have the
    cctv of it" after "i got knocked off my bike"; "is there footage of me"): the words that ask it, else None. What
    shows the writer is their own personal data (FOIA s40(1)), asked for by subject access. "Of it" / "of the crash"
    count only when MESSAGE tells that the writer was in it (knowledge/vocab/whose_records.yaml own_footage,
    own_incident)."""
    data, _ = _load()
    footage, incident = str(data.get("own_footage") or ""), str(data.get("own_incident") or "")
    if not footage:
        return None
    m = re.search(f"(?i){footage}", clause or "")
    if m is None:
        return None
    if m.group("self") or (incident and re.search(f"(?i){incident}", message or "")):
        return m.group(0)
    return None


def _load():
    from askfoi.knowledge import load_vocab

    data, problems = load_vocab("whose_records")
    return (data if isinstance(data, dict) else {}), problems


def _DESCRIBERS() -> str:  # noqa: N802  the describers before a relation ("my 15 year old son")
    return str(_load()[0].get("describers") or "")


# mx101: "her" as the person, never whose: before the end, a mark, a preposition or a joining word
_HER_OBJECT = (r"(?=\s*$|\s*[,.;:?!)]|\s+(?:about|on|of|for|to|in|at|from|with|by|and|or|but|that|which|when|while|"
               r"last|this|since|after|before|during|regarding|concerning)\b)")


def third_person(item: str, whose: Whose) -> str:
    """A subject access item in the writer's words, naming whose records they are in the third person:
    "her school records" -> "[CHILD'S NAME]'s school records", "what the social worker wrote about her" -> "what the
    social worker wrote about [CHILD'S NAME]", "my sons school records" -> "[CHILD'S NAME]'s school records"."""
    if not whose.on_behalf:
        return item
    v = _vocab()
    name, poss = whose.placeholder, whose.possessive
    out = item.replace("\u2019", "'")
    # the relation as named: "my sons", "her 15 year old son's", "my daughter's"
    for m in sorted(v["mention"].finditer(out), key=lambda m: m.start(), reverse=True):
        noun = _noun(m.group("rel"))
        if noun != whose.relation:
            continue
        rest = out[m.end():]
        if not m.group("poss") and name and not name.startswith("[") \
                and re.match(rf"(?i)\s+{re.escape(name)}\b", rest):
            rest = rest[len(re.match(r"\s+\S+", rest).group()):]  # lead52: "my mum margaret is ...": the name once
        out = out[:m.start()] + (poss if m.group("poss") else name) + rest
    pron = {"he": (r"his", r"him", r"he"), "she": (r"her", r"her", r"she"), "they": (r"their", r"them", r"they")}[whose.pronoun]
    # object first ("about her"), then the possessive ("her school records")
    # mx101: "her" is also whose ("about her discharge"): after a preposition it is the person only before a word that
    # names nothing of hers (the end, a preposition, a joining word)
    whose_next = rf"(?!\s+(?:own\s+)?[a-z]+\s+(?:records?|files?|notes))" if pron[0] != pron[1] else _HER_OBJECT
    out = re.sub(rf"(?i)\b(about|on|of|for|regarding|concerning|to|with|against)\s+{pron[1]}\b{whose_next}",
                 lambda m: f"{m.group(1)} {name}", out)
    if pron[0] == pron[1]:
        # mx101 (the letters the trust "sent her about her discharge"): what a body sent or told her, then about what
        out = re.sub(rf"(?i)\b(sent|gave|given|told|showed|shown|emailed|posted|issued|wrote\s+to|written\s+to)\s+{pron[1]}\b"
                     rf"{_HER_OBJECT}", lambda m: f"{m.group(1)} {name}", out)
    out = re.sub(rf"(?i)\b{pron[0]}\s+(?=(?:own\s+)?\w)", poss + " ", out)
    out = re.sub(rf"(?i)\b{pron[2]}\s+(?=(?:was|is|has|had|got|were|went|lived|attended|stayed)\b)", name + " ", out)
    return out
