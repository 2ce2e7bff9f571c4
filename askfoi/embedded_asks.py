"""fx42 (issue 8): a question typed in the order of a reported question ("how many times Kent Police used drones",
"how much hull city council paid to consultants") is read as the direct question it means ("how many times did Kent
Police use drones"), so the count or the sum is framed from it like any other; never its words "times" taken as the
thing counted, nor the sentence kept whole with the ask after it joined on.

The rewrite is grammar, not a list of sentences: after "how many times", "how often" or "how much (money)" with no
auxiliary verb of its own, a short noun phrase (the doer) followed by a verb in the past tense (a form lemminflect
gives as the verb's VBD) becomes "did" + the doer + the verb's base form."""

from __future__ import annotations

import contextvars
import re

_LEAD = re.compile(r"(?i)\b(?P<lead>how\s+many\s+times|how\s+often|how\s+much(?:\s+money)?)\s+(?P<rest>[^?.!;\n]+)")
# an auxiliary straight after the lead: the question is already direct ("how much did", "how often are")
_AUX = frozenset("did do does has have had was were is are will would can could should shall may might must am be been "
                 "being".split())
# the doer's words: never a word that cannot start or sit in a noun phrase
_NOT_IN_DOER = frozenset("and or but if when while because since that which who whom whose what where why how to of in on "
                         "at for from with by per".split())
_BE_HAVE_DO = frozenset(("be", "have", "do"))
# a doer that is plainly someone who acts (a determiner or a name first, or a body's own word last): "the council paid
# to ...", "Kent Police used ..."; a bare plural before a participle is a passive ("tasers used on children"), left alone
_DETERMINERS = frozenset("the their our my your its his her this that these those".split())
_BODY_WORDS = frozenset("council police force constabulary trust government department authority board school academy "
                        "nhs ministry office service agency college university commissioner".split())
_PREPOSITIONS = frozenset("to on for in at by with from into over about".split())


# lead41 (nc44 #3): the words of asking before a reported question ("my client wants to know how many times ...",
# "i'd like to find out how much ...", "can you tell me how often ..."): the question is what is asked, so it is read
# as the direct question it means, as it is without them
_ASKING_LEAD = re.compile(r"(?i)\b(?:know|knowing|wonder|wondering|ask|asking|find\s+out|tell\s+(?:me|us)|"
                          r"see|understand|confirm|establish|learn|request(?:ing)?)$")


def _past_verb(word: str) -> str | None:
    """The base form of WORD when it is a verb's past tense ("used" -> "use", "paid" -> "pay"), else None. Forms of
    "be", "have" and "do" are auxiliaries, never the verb asked about."""
    from lemminflect import getInflection, getLemma

    if not word.isalpha() or not word.islower():
        return None
    lemmas = getLemma(word, upos="VERB") or ()
    for lemma in lemmas:
        if lemma == word or lemma in _BE_HAVE_DO:
            continue
        if word in (getInflection(lemma, tag="VBD") or ()):
            return lemma
    return None


def direct_question(text: str) -> str:
    """TEXT with each reported-order count or sum question written as the direct question it means: "how many times
    Kent Police used drones in 2024" -> "how many times did Kent Police use drones in 2024". Anything else, as typed."""
    def one(m: re.Match) -> str:
        before = (text or "")[: m.start()].rstrip()
        if before and not re.search(r"(?i)(?:[.?!:;\n,]|\band|\balso|\bplease)$", before) \
                and not (_ASKING_LEAD.search(before) and not m.group("lead").lower().startswith("how much")):
            return m.group(0)  # "the report says how much the council spent": reported speech, as typed
        words = m.group("rest").split(" ")
        if not words or words[0].lower() in _AUX:
            return m.group(0)
        for k, word in enumerate(words[:7]):
            bare = word.strip(",")
            if k == 0:
                if bare.lower() in _NOT_IN_DOER or _past_verb(bare):
                    return m.group(0)
                continue
            base = _past_verb(bare)
            if base is not None and all(w.lower() in _DETERMINERS for w in words[:k]):
                base = None  # lead49 (nc61 #1): "the met used ...": a word right after "the" is the doer's noun, not its verb
            if base is None:
                if bare.lower() in _NOT_IN_DOER or bare != word:
                    return m.group(0)
                continue
            doer = " ".join(words[:k])
            after = words[k + 1].strip(",").lower() if k + 1 < len(words) else ""
            acts = words[0].lower() in _DETERMINERS or words[0][:1].isupper() or words[k - 1].lower() in _BODY_WORDS
            if not after or any(w.lower() in _AUX for w in words[:k]) or (after in _PREPOSITIONS and not acts) \
                    or not (acts or after not in _PREPOSITIONS):
                return m.group(0)
            return f"{m.group('lead')} did {doer} {base} {' '.join(words[k + 1:])}".rstrip()
        return m.group(0)

    text = _LEAD.sub(one, text or "")
    # lead41 (nc44 #3): "... and what they cost", "what the new vans cost": the sum asked, as "what did they cost"
    text = _WHAT_COST.sub(lambda m: f"{m.group('what')} did {m.group('doer')} {_BASE_OF_SUM[m.group('verb').lower()]}", text)
    # fx48 (nc47 #4): "and what the policy is", "what their rules are on X": the thing asked, in reported order, read
    # as the direct question it means ("what is the policy"), so it is framed as a direct one is
    def what_is(m: re.Match) -> str:
        before = text[: m.start()].rstrip()
        if before and not re.search(r"(?i)(?:[.?!:;\n,]|\band|\balso|\bplease)$", before) and not _ASKING_LEAD.search(before):
            return m.group(0)  # "i know what the policy is": said, not asked
        return f"{m.group('what')} {m.group('verb')} {m.group('thing')}"

    text = _WHAT_IS.sub(what_is, text)
    # fx48 (nc47 #4): "my client was refused a blue badge ... she wants to know what the policy is": a policy asked
    # with no thing of its own and no question before it is the policy on what the story is about ("on it", which the
    # story's antecedent names); after a question, the follow-on reading takes the thing that question asks about
    bare = _BARE_POLICY.search(text) if STORY_POLICY.get() else None
    if bare and text[: bare.start()].strip() and not _ASKED_BEFORE.search(text[: bare.start()]):
        text = text[: bare.end()] + " on it" + text[bare.end():]
    # fx48 (nc47 #5): "how many spit hoods ... and were any used on under 18s": a bare "any" before what was done to it
    # is the things the count before it counts, as "were any of them used" says (never "any" as a thing itself)
    text = _ANY_DONE.sub(lambda m: f"{m.group('aux')} any of them {m.group('done')}"
                         if re.search(r"(?i)\bhow\s+many\b", text[: m.start()]) and _participle(m.group("done")) else m.group(0),
                         text)
    # "how many accidents there have been": "how many accidents have there been" (the existential in reported order)
    return _THERE.sub(lambda m: f"{m.group('lead')} {m.group('aux')} there{m.group('been')}", text)


_WHAT_COST = re.compile(r"(?i)\b(?P<what>what|how\s+much)\s+(?P<doer>they|it|these|those|(?:the|its|their|your)\s+[a-z][\w'-]*"
                        r"(?:\s+[a-z][\w'-]*){0,2}?)\s+(?P<verb>cost|costs)\b(?!\s+(?:by|to|for|on|in)\s+the\s+public)")
# fx48: "what" or "which" + a noun phrase that opens with a determiner + a form of "be", ending the clause or before a
# preposition ("what the policy is", "what the rules are for X"); never "what the council is doing" (a verb follows)
_WHAT_IS = re.compile(r"(?i)\b(?P<what>what|which)\s+(?P<thing>(?:the|their|its|your|his|her|our)\s+[a-z][\w'-]*"
                      r"(?:\s+[a-z][\w'-]*){0,2}?)\s+(?P<verb>is|are|was|were)(?=\s*(?:[.?!;,\n]|$|\s+(?:and|on|for|about|"
                      r"regarding|in|at|with|when|if)\b))")
# fx48: off while a message is read again because the story named nothing "on it" could mean (framing._frame_message)
STORY_POLICY: contextvars.ContextVar[bool] = contextvars.ContextVar("story_policy", default=True)
_BARE_POLICY = re.compile(r"(?i)\bwhat\s+(?:is|are)\s+(?:the|their|its)\s+(?:polic(?:y|ies)|rules|procedures?|guidance|criteria)"
                          r"(?=\s*[?.!]?\s*$|\s+and\s+(?:how|what|when|who|which|why|where|whether|if)\b)")  # fx57: "... and how many"
_ASKED_BEFORE = re.compile(r"(?i)\?|\b(?:how\s+(?:many|much|often|long)|what|which|when|where|who|whether)\b")
# fx48: "were any used", "have any been issued" (a yes/no question whose subject is a bare "any")
_ANY_DONE = re.compile(r"(?i)\b(?P<aux>were|was|have|has|had)\s+any\s+(?P<done>(?:been\s+)?[a-z]+)\b")


def _participle(words: str) -> bool:
    """WORDS ("used", "been issued") end in a verb's past participle."""
    from lemminflect import getInflection, getLemma

    word = words.split()[-1].lower()
    return any(word in (getInflection(lemma, tag="VBN") or ()) for lemma in getLemma(word, upos="VERB") or ()
               if lemma not in _BE_HAVE_DO)


_BASE_OF_SUM = {"cost": "cost", "costs": "cost"}  # (what a body "paid" or "spent" is read as it is typed)
_THERE = re.compile(r"(?i)(?P<lead>\bhow\s+many\s+(?:[\w'-]+\s+){1,4}?)there\s+(?P<aux>have|has|had)(?P<been>\s+been)\b")


# "could the Welsh Government inform me how many ...", "can you please tell me as to where ...": the words of asking
# put to the body, before the question asked (a wh-clause or "whether")
_TOLD_ME = re.compile(
    r"(?i)(?P<start>^|[.?!\n]\s*|:\s*)(?:please\s+)?(?:can|could|would|will)\s+(?P<who>you|they|the\s+[\w'&-]+(?:\s+[\w'&-]+){0,6}?|"
    r"[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,6})\s+(?:please\s+)?(?:kindly\s+)?(?:inform|advise|notify|update)\s+me"
    r"(?:\s+know)?\s+(?:as\s+to\s+|of\s+|about\s+)?(?P<ask>(?:how|what|which|who|whom|when|where|why|whether|if)\b)")


def asked_not_told(text: str) -> str:
    """fx42 (issue 8): TEXT with "could the Welsh Government inform me" taken off the question it puts ("how many
    accidents there have been on 20mph roads"): the question is what the letter asks for; the words that ask the body
    to tell are never read as a thing asked about ("any policy on informing me")."""
    def one(m: re.Match) -> str:
        ask = m.group("ask")
        who = m.group("who")
        # the body asked stays named, as the addressee of the question ("the Welsh Government: how many ..."), so the
        # organisation is still read from it; "you" and "they" name no one
        lead = "" if who.lower() in ("you", "they") else f"{who}: "
        return m.group("start") + lead + (ask[:1].upper() + ask[1:] if not lead and (not m.group("start").strip(" \n") or
                                          m.group("start").strip()[-1:] in ".?!") else ask)

    return _TOLD_ME.sub(one, text or "")


# fx52 (nc51 #1): a reported ask: the lead that tells whose question it is, then the question in reported speech
_MODALS = frozenset("is are was were can could will would should may might must has have had do does did".split())
_PRONOUNS = frozenset("they it he she we you i".split())


def _reported_lead():
    return _REPORTED_CACHE.get("p") or _REPORTED_CACHE.setdefault("p", _build_reported_lead())


_REPORTED_CACHE: dict = {}


def _build_reported_lead() -> re.Pattern[str] | None:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("discourse_marks")
    data = data if isinstance(data, dict) else {}

    def alt(key):
        items = sorted({" ".join(str(w).lower().split()) for w in data.get(key) or [] if str(w).strip()}, key=len,
                       reverse=True)
        return "|".join(r"\s+".join(re.escape(part) for part in item.split()) for item in items)

    askers, verbs = alt("reported_askers"), alt("reported_verbs")
    if not (askers and verbs):
        return None
    # the asker starts a sentence, a line or what follows an addressee's dash or colon ("Scottish Water - my client ...");
    # lead51 (nc67 #1): where the asker lives or works may stand between ("my brother in belfast wants to know ...")
    return re.compile(
        rf"(?im)(?:(?P<start>^[ \t]*|(?<=[.?!])[ \t]+|[ \t][-\u2013:][ \t]*)|(?P<mid>,?[ \t]+(?=(?:and|so|but)[ \t])))"
        rf"(?:(?:and|so|also|but)[ \t]+)?"
        rf"(?P<lead>(?:{askers})(?:\s+(?:who\s+lives\s+|who\s+works\s+|up\s+|down\s+|over\s+|back\s+)?(?:in|at|from)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)?"
        rf"(?:\s+(?:also|really|just))?\s*(?:{verbs})(?:\s+(?:also|really|just))?"
        rf"(?:\s+to\s+(?:know|find\s+out|ask|understand|check|learn))?\s*(?:about\s+)?,?\s+)"
        rf"(?P<ask>(?:how|what|whats|what's|which|who|whom|whose|when|where|why|whether|if)\b)")


def _finite(word: str) -> str | None:
    """The tag ("VBZ", "VBP", "VBD") of WORD as a finite verb of its own (never "be", "have" or "do"), else None."""
    from lemminflect import getInflection, getLemma

    if not word.isalpha() or not word.islower():
        return None
    for lemma in getLemma(word, upos="VERB") or ():
        if lemma in _BE_HAVE_DO:
            continue
        for tag in ("VBD", "VBZ", "VBP"):
            if word in (getInflection(lemma, tag=tag) or ()):
                return tag
    return None


def yes_no_question(clause: str) -> str | None:
    """CLAUSE, the words after "whether" or "if" ("south wales police use drones to monitor protests"), as the
    yes/no question it reports ("do south wales police use drones to monitor protests"); None when its verb cannot be
    told (it is then left as typed). The subject is the words before the finite verb: an auxiliary or modal goes in
    front of it ("whether the council has ever been fined" -> "has the council ever been fined"); a verb of its own
    takes "did", "does" or "do" and its base form ("if gmp fly drones" -> "do gmp fly drones")."""
    from lemminflect import getLemma

    words = clause.split(" ")
    lowered = [w.strip(",").lower() for w in words]
    at, kind = None, None
    for k, word in enumerate(lowered[:9]):
        if k == 0 and word not in _PRONOUNS and not words[0][:1].isupper() and word not in _DETERMINERS \
                and word not in ("gmp",) and not word.isalpha():
            return None
        if word in _NOT_IN_DOER and k:
            return None  # "if and when ...", "whether in 2024 ...": a clause with no plain subject first
        if k and word in _MODALS:
            at, kind = k, "aux"
            break
        tag = _finite(word) if k and lowered[k - 1] not in _DETERMINERS else None  # "the force uses": a noun
        if tag is None or (k + 1 < len(lowered) and lowered[k + 1] in _MODALS):
            continue  # "the council staff were paid": "staff" names who, "were" is the verb
        after = _finite(lowered[k + 1]) if k + 1 < len(lowered) and lowered[k + 1] not in _PRONOUNS else None
        if lowered[0] not in _PRONOUNS and after and not (after == "VBZ" and tag in ("VBP", "VBD")):
            continue  # "south wales police use drones": "police" names who, "use" is the verb
        at, kind = k, tag
        break
    if at is None or at == 0:
        return None
    subject = " ".join(words[:at])
    rest = " ".join(words[at + 1:])
    verb = lowered[at]
    if kind == "aux":
        if verb in ("has", "have", "had") and not (rest and _participle(rest.split(" ")[0].strip(",")) or
                                                    rest.lower().startswith(("ever ", "been ", "never ", "already "))):
            kind = {"has": "VBZ", "have": "VBP", "had": "VBD"}[verb]  # "whether the council has a policy": does it have
            base = "have"
        else:
            return f"{verb} {subject} {rest}".rstrip()
    else:
        base = next((lemma for lemma in getLemma(verb, upos="VERB") or () if lemma not in _BE_HAVE_DO), verb)
    aux = {"VBD": "did", "VBZ": "does", "VBP": "do"}[kind]
    return f"{aux} {subject} {base} {rest}".rstrip()


def reported_asks(text: str) -> str:
    """fx52 (nc51 #1): TEXT with each reported ask ("client wants to know if south wales police use drones to monitor
    protests in cardiff, how many drones they have and how much they spent on them since 2023", "my mum wants to know
    how many ...", "she'd like to find out whether ...") read as the question it reports, asked directly: the lead
    goes; "if"/"whether" and its clause become the yes/no question about the body ("Do south wales police use drones
    ..."); a wh-clause is kept in its reported order, which every later step reads as it reads a direct question.
    A lead with no question word after it ("she wants to complain") is left as typed."""
    pattern = _reported_lead()
    if pattern is None or not text:
        return text or ""

    def put(m: re.Match) -> str:
        ask = m.group("ask")
        rest = text[m.end():]
        # fx57 (nc55 #1b): "the council approved an incinerator and he wants to know what ...": the story ends where
        # the reported ask begins, so the ask is a sentence of its own (never read as more of the story)
        start = ". " if m.group("mid") is not None else m.group("start")
        sentence_start = not start.strip(" \t") or start.strip(" \t") in ".?!"
        if ask.lower() in ("if", "whether"):
            clause = re.match(r"[^?.!;\n,]+", rest.lstrip())
            direct = yes_no_question(clause.group(0).strip()) if clause else None
            if direct is None:
                return m.group(0)  # the clause's verb cannot be told: as typed (the want reader still reads it)
            out = direct[:1].upper() + direct[1:] if sentence_start else direct
            return start + "\u0001" + out + "\u0002" + str(len(clause.group(0)) + (len(rest) - len(rest.lstrip())))
        return start + (ask[:1].upper() + ask[1:] if sentence_start else ask)

    out, k = [], 0
    for m in pattern.finditer(text):
        out.append(text[k:m.start()])
        piece = put(m)
        if "\u0001" in piece:
            head, tail = piece.split("\u0002")
            out.append(head.replace("\u0001", ""))
            k = m.end() + int(tail)
        else:
            out.append(piece)
            k = m.end()
    out.append(text[k:])
    return "".join(out)


_PASSED_CACHE: dict = {}


def _passed_on_lead():
    if "p" not in _PASSED_CACHE:
        from askfoi.knowledge import load_vocab

        data, _ = load_vocab("discourse_marks")
        data = data if isinstance(data, dict) else {}

        def alt(key):
            items = sorted({" ".join(str(w).lower().split()) for w in data.get(key) or [] if str(w).strip()}, key=len,
                           reverse=True)
            return "|".join(r"\s+".join(re.escape(part) for part in item.split()) for item in items)

        leads, verbs, openers = alt("passed_on_leads"), alt("passed_on_verbs"), alt("passed_on_openers")
        _PASSED_CACHE["p"] = re.compile(
            rf"(?im)(?P<start>^[ \t]*|(?<=[.?!])[ \t]+)(?:(?:{openers})\b[^,.?!\n]{{0,80}},[ \t]*)?"
            rf"(?:{leads})\s+(?:{verbs})\s+(?P<body>[^,.?!:\n]{{3,90}}?)"
            rf"(?:\s+(?:for\s+)?the\s+following(?:\s+(?:questions?|information))?)?\s*(?::|\?)?[ \t]*"
            rf"(?P<next>\n|[-\u2022*]\s|(?:how|what|whats|what's|which|who|whom|whose|when|where|why|whether|if|"
            rf"is|are|was|were|do|does|did|has|have|had)\b)") if leads and verbs else None
    return _PASSED_CACHE["p"]


def passed_on_asks(text: str) -> str:
    """lead46 (nc53 #2): TEXT with each ask passed through a go-between ("As discussed at the residents meeting, could
    you ask University Hospitals Birmingham NHS Foundation Trust the following: - how many ...", "can you ask leeds city
    council how many ...") written as the person's own request to the body: the body's name as the addressee line
    ("University Hospitals Birmingham NHS Foundation Trust: ..."), then the questions as asked. The body must look like
    one (a word for a kind of body, or a capitalised name); anything else is left as typed."""
    pattern = _passed_on_lead()
    if pattern is None or not text:
        return text or ""

    def put(m: re.Match) -> str:
        body = m.group("body").strip()
        words = body.lower().split()
        if not (set(words) & _BODY_WORDS or body[:1].isupper()) or set(words) & {"me", "us", "him", "her", "them"}:
            return m.group(0)
        nxt = m.group("next")
        listed = nxt.strip() == "" or nxt[:1] in "-\u2022*"
        start = m.group("start")
        if re.match(r"(?i)\s*(?:i|we)\b", m.group(0)[len(m.group("start")):]) and m.start() > 0 and not listed:
            # lead51 (nc67 #9): the writer's wish to ask a body, after their story ("... after rain. i want to ask the
            # environment agency and welsh water how many ..."): who the questions are for, said as such, then the
            # questions as asked (never "I want to how many ...")
            return f"{start}Questions for {body}. {nxt}"
        if listed and m.start() > 0 and text[m.start() - 1] != "\n":
            start = "\n"  # the addressee over a list stands on its own line, as it would in a letter
        return start + body + ":" + (nxt if listed else " " + nxt)

    return pattern.sub(put, text)


# fx57 (nc55 #1a): "(there were drones everywhere and those camera vans parked up.) i want to know what avon and
# somerset police actually use, how much they paid for it and who they buy it off": a question of what a body uses, with
# no thing of its own, asks about the things the story names; the "it" and "them" of the questions after it in the same
# sentence are those things (never the event the story happened at)
_WHAT_USED = re.compile(
    r"(?i)\bwhat\s+(?P<b>[a-z\u00a7][\w'&\u00a7-]*(?:\s+[\w'&-]+){0,5}?)\s+(?:actually\s+|really\s+|currently\s+|now\s+)?"
    r"(?P<v>use|uses|used|have|has|own|owns|operate|operates|deploy|deploys|deployed)(?=\s*(?:[,.;?!]|$|\s+and\b))")
_AUXILIARIES = frozenset({"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                          "could"})
_THING_POINTER = re.compile(
    r"(?i)\b(?P<lead>(?:for|off|on|from|about|of|buy|buys|bought|supplies|supply|supplied|makes|made|pay|paid|sells|sold)\s+)"
    r"(?:it|them)\b|\b(?:it|they)\s+(?P<cost>cost|costs)\b")


def used_things(text: str) -> str:
    """TEXT with an object-less "what X use(s)" asked as the number of the plural things the story before it names
    ("how many drones and camera vans X use"), and the "it"/"them" of the rest of its sentence written as those things.
    Nothing changes when the story names no plural thing (a person, a body or one event is never the thing used)."""
    m = _WHAT_USED.search(text or "")
    if not m or m.group("b").lower().split()[0] in ("is", "are", "was", "were", "it", "this", "that"):
        return text or ""
    if any(w in _AUXILIARIES for w in m.group("b").lower().split()[1:]):
        # lead54 (nc76 #4): "what chemicals do they use": "what" is the determiner of the thing asked, whose own doer
        # follows its auxiliary - the question has its object, and is never "how many <story things> ..."
        return text
    from askfoi.story_antecedents import _DETS, _tokens, mentions

    story = re.split(r"(?<=[.?!])\s+", text[: m.start()])
    names: list[str] = []
    for sentence in story[:-1] if len(story) > 1 else []:
        for mention in mentions(sentence):
            if not (mention.top and mention.plural and not mention.people and not mention.body):
                continue
            toks = _tokens(sentence)[mention.start: mention.end]
            words = [t for t in toks[: toks.index(mention.head) + 1] if t.lower() not in _DETS]
            if len(words) > 1 and _past_verb(words[0].lower()):
                words = words[1:]  # "(i) saw body cameras on every officer": what was seen
            name = " ".join(words).lower()
            if name and name not in names:
                names.append(name)
    if not names:
        return text
    things = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    end = re.search(r"[.?!](?:\s|$)", text[m.end():])
    stop = m.end() + (end.start() if end else len(text) - m.end())
    # "how much it cost": the direct question ("how much did drones and camera vans cost"), as every later step reads it
    def put(p: re.Match) -> str:
        if not p.group("cost"):
            return (p.group("lead") or "") + things
        asked = re.search(r"(?i)\b(?:did|does|do|will|would)\s+$", p.string[: p.start()])
        return f"{things} cost" if asked else f"did {things} cost"

    rest = _THING_POINTER.sub(put, text[m.end(): stop])
    body = re.sub(r"(?i)^(?:do|does|did)\s+", "", m.group("b"))
    verb = m.group("v").lower()
    base = {"uses": "use", "used": "use", "has": "have", "owns": "own", "operates": "operate", "deploys": "deploy",
            "deployed": "deploy"}.get(verb, verb)
    aux = "did" if verb in ("used", "deployed") else "does" if verb.endswith("s") and verb != "has" or verb == "has" or \
        body.lower().split()[-1] in _BODY_WORDS and body.lower().split()[-1] != "police" else "do"
    return f"{text[: m.start()]}how many {things} {aux} {body} {base}{rest}{text[stop:]}"
