"""ck33 (nu34 #9): questions that lean on the part before them ("how many times?", "what did they cost?", "and for how
long", "who approved it?") become parts with that part's subject carried into a frame, rendered by its template, never
a bare fragment; a "use" part asks the number of uses, and a policy the message does not ask for is offered (a finding
whose rewrite adds it), never added."""

from __future__ import annotations

import re

# what a follow-on may say after its question words: who did it ("they", "it") and a period, nothing of its own
_WHO = r"(?:they|it|them|this|that|these|those|the\s+(?:force|police|council|trust))"
_TAIL = r"(?P<tail>(?:\s+(?:in|during|since|for|over|from|between|last|this|each|per|a|so\s+far)\b[^?.!]*)?)"
_COUNT = re.compile(r"(?i)^(?:and\s+|also\s+|if\s+so,?\s+)*how\s+(?:many\s+times|often)(?:\s+(?:were|was|did|have|has|had)\s+" + _WHO
                    + r"(?:\s+(?:been\s+)?used|\s+(?:use|used)(?:\s+" + _WHO + r")?|\s+happen(?:ed)?)?)?" + _TAIL + r"\W*$")
_COST = re.compile(r"(?i)^(?:and\s+|also\s+|if\s+so,?\s+)*(?:(?:what|how\s+much)\s+(?:did|does|do|has|have)\s+" + _WHO
                   + r"\s+cost(?:\s+(?:the\s+)?(?:force|council|police|trust|taxpayers?|them|us))?(?:\s+in\s+total)?"
                   # lead42 (nc45 #7): "..., and how much": the bare measure of what the part before counted, what it cost
                   r"|how\s+much(?:\s+(?:in\s+total|altogether|overall))?)" + _TAIL + r"\W*$")
_DURATION = re.compile(r"(?i)^(?:and\s+|also\s+)*(?:for\s+how\s+long|how\s+long\s+(?:for|were\s+" + _WHO + r"\s+(?:used|on|in\s+use|kept\s+on)|"
                       r"did\s+" + _WHO + r"\s+last|each\s+time))" + _TAIL + r"\W*$")
_APPROVAL = re.compile(r"(?i)^(?:and\s+|also\s+)*who\s+(?:approved|authori[sz]ed|signed\s+off|signed|agreed|sanctioned)(?:\s+" + _WHO
                       + r"|\s+(?:the|their|its)\s+use(?:\s+of\s+" + _WHO + r")?)?(?:\s+off)?" + _TAIL + r"\W*$")
# lead33: a measure of what the part before asked about: its value, the income it brought, who was paid for it
_PRONOUN = r"(?:it|they|them|this|that|these|those)"
_VALUE = re.compile(r"(?i)^(?:and\s+|also\s+)*(?:(?:how\s+much|what)\s+(?:is|was|are|were)\s+" + _PRONOUN + r"\s+worth|"
                    r"what\s+(?:is|was|are|were)\s+(?:its|their|the)\s+(?:total\s+)?values?(?:\s+of\s+" + _PRONOUN + r")?)"
                    + _TAIL + r"\W*$")
_INCOME = re.compile(r"(?i)^(?:and\s+|also\s+)*how\s+much\s+(?:revenue|income|money)(?:\s+(?:did|has|have|does|do|was|were)\s+"
                     + _PRONOUN + r"(?:\s+(?:raised?|ma[dk]e|brought\s+in|bring\s+in|generated?|take\s+in|taken\s+in|earned|earn))?)?"
                     + _TAIL + r"\W*$")
_PAYER = r"(?:it|they|them|this|that|these|those|the\s+(?:force|police|council|trust))"
_PAYEE = re.compile(r"(?i)^(?:and\s+|also\s+)*(?:(?:please\s+)?tell\s+me\s+)?(?:who|which\s+(?:company|companies|firms?|contractors?))\s+"
                    r"(?:did\s+" + _PAYER + r"\s+(?:pay|use|hire|employ|get)|" + _PAYER + r"\s+(?:paid|used|hired|employed|got)|"
                    r"(?:did|does|was|were)\s+(?:paid\s+)?|"
                    # "who the contractor was", "who was the supplier": the firm that did the work counted or paid for
                    r"(?:the|their|its)\s+(?:main\s+)?(?:contractors?|suppliers?|compan(?:y|ies)|firms?)\s+(?:was|were|is|are)|"
                    r"(?:was|were|is|are)\s+(?:the|their|its)\s+(?:main\s+)?(?:contractors?|suppliers?|compan(?:y|ies)|firms?))"
                    r"(?:\s+(?:to\s+do|for|to\s+carry\s+out)\s+(?:it|this|that|them|the\s+work))?(?:\s*(?:it|this|that|the\s+work))?"
                    + _TAIL + r"\W*$")
# lead34: "and which firms", "which agencies were used", "what companies did they use": who was paid, the person's
# own word for them kept ("firm", "agency")
_PAYEE_NOUN = r"(?P<payee>compan(?:y|ies)|firms?|contractors?|suppliers?|agenc(?:y|ies)|consultanc(?:y|ies)|providers?|businesses|business|organisations?)"
_PAYEE_BARE = re.compile(r"(?i)^(?:and\s+|also\s+)*(?:to\s+)?(?:which|what)\s+" + _PAYEE_NOUN
                         + r"(?:\s+(?:(?:were|was)\s+(?:they|it|used|paid|hired|employed)|did\s+" + _PAYER
                         + r"\s+(?:use|pay|hire|employ)|(?:got|received|supplied)\s+(?:it|them|the\s+(?:money|work|contracts?))|"
                         # fx42: "which firms got the most", "which companies were paid the most money": who was paid,
                         # each with the amount, so the most paid can be read off
                         r"(?:got|received|earned|took|(?:were|was)\s+paid|had)(?:\s+the\s+(?:most|largest|biggest|highest)"
                         r"(?:\s+(?:money|amounts?|share|payments?|contracts?|work))?)?))?"
                         + _TAIL + r"\W*$")
_MEASURE_NOUNS = frozenset(("revenue", "income", "money raised", "money"))
_COUNTS_USES = re.compile(r"(?i)\b(?:how\s+many\s+times|how\s+often|number\s+of\s+times)\b")
_POLICY = re.compile(r"(?i)\b(?:polic(?:y|ies)|procedures?|guidance|guidelines|rules|sops?|standard\s+operating)\b")


def _doing(clause: str | None) -> str:
    """The gerund of the participle a count ends with ("felled" -> "felling"), or "" when it is none."""
    from lemminflect import getInflection

    from askfoi.pronoun_roles import verb_lemma

    words = (clause or "").split()
    if len(words) != 1 or not (lemma := verb_lemma(words[0])):
        return ""
    return (getInflection(lemma, "VBG") or [""])[0]


def _singular(word: str) -> str:
    return re.sub(r"s$", "", word)


def _period_of(tail: str) -> str | None:
    from datetime import date

    from askfoi.periods import stated_periods

    found = stated_periods(tail or "", today=date.today())
    return found[0][0] if found else None


_USE_CUT = re.compile(r"(?i)^(?P<thing>.+?)\s+(?P<rest>(?:on|against|at|in|during|to|for|by)\s+\S+(?:\s+\S+)*)$")


def _use_noun(subject: str | None) -> bool:
    """SUBJECT counts uses by a noun of uses ("drone flights", "LFR van deployments"; detail_words.yaml use_nouns), not
    something that came of them ("arrests that came from ...")."""
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("detail_words")
    nouns = {str(w).lower() for w in ((data or {}).get("use_nouns") or [])}
    words = (subject or "").lower().split()
    return bool(words) and (words[-1] in nouns or (len(words) > 1 and _singular(words[-1]) in {_singular(n) for n in nouns}))


def use_cut(subject: str) -> tuple[str, str] | None:
    """(the thing used, where or on whom) for a use part's SUBJECT ("spit hoods", "on children under 18"), so the part
    reads "... spit hoods were used on children under 18"; None when the subject is the thing alone."""
    cut = _USE_CUT.match(subject or "")
    if cut and not re.search(r"[()]", cut.group("rest")) and len(cut.group("thing").split()) <= 5:
        return cut.group("thing"), cut.group("rest")
    return None


# ck34: "what is the policy (on it)", "and their policy", "is there a policy" (fx48: "what are the rules"): the policy on
# what the part before asks
_POLICY_ASK = re.compile(r"(?i)^(?:and\s+|also\s+|if\s+so,?\s+)*(?:(?:what\s+(?:is|are|was|were)|what'?s|is\s+there|are\s+there|"
                         r"do\s+(?:they|you|it)\s+have|have\s+(?:they|you)\s+got)\s+)?(?:(?:the|their|its|your|a|any)\s+)?"
                         r"(?:(?:force|council|trust|school|police)['\u2019]?s\s+)?(?:written\s+)?(?:polic(?:y|ies)|procedures?|rules|criteria|"
                         r"guidance|guidelines)(?:\s+(?:on|for|about|covering)\s+(?:it|this|that|them|these|those|"
                         r"(?:their|its)\s+use|using\s+(?:it|them)))?(?P<tail>)\W*$")
# the pieces of a part kept whole that asks only follow-ons ("how many times, and what is the policy on it")
_PIECES = re.compile(r"(?i)\s*[,;]\s*(?:and\s+)?|\s+and\s+(?=(?:what|how|who|is|are|do|the|their|its)\b)")


def follow_on_kind(text: str) -> tuple[str, str] | None:
    """("count" | "cost" | "duration" | "approval", the period words) when TEXT only asks a follow-on question about
    what came before it; None when it names a subject of its own."""
    said = " ".join((text or "").split()).strip()
    for kind, rx in (("count", _COUNT), ("cost", _COST), ("duration", _DURATION), ("approval", _APPROVAL),
                     ("value", _VALUE), ("income", _INCOME), ("payee", _PAYEE), ("payee", _PAYEE_BARE),
                     ("policy", _POLICY_ASK)):
        m = rx.match(said)
        if m and kind in ("value", "income", "payee") and m.group("tail").strip() and not _period_of(m.group("tail")):
            continue  # "who did the council pay for the bridge": a subject of its own, no follow-on
        if m:
            return kind, m.group("tail").strip()
    return None


def payee_word(text: str) -> str | None:
    """The person's own word for who was paid in a payee follow-on ("which agencies" -> "agency"), or None."""
    said = " ".join((text or "").split()).strip()
    m = _PAYEE_BARE.match(said)
    if not m:
        m = re.search(r"(?i)\b(?:which|what)\s+" + _PAYEE_NOUN, said)
    if not m:
        return None
    from lemminflect import getLemma

    word = m.group("payee").lower()
    return (getLemma(word, upos="NOUN") or (word,))[0]


def carry_follow_ons(framing, text: str) -> bool:
    """Each part kept in the person's words that only asks a follow-on question of the framed part before it: a part
    of its own, that part's subject carried ("what did they cost?" after spit hoods -> "The total amount spent on spit
    hoods ..."); "how many times" after a use or count of occasions is that part's own count (its period added)."""
    from askfoi.framing import Frame, render_frame

    out = []
    carrier = None
    for part in _follow_on_pieces(framing.parts):
        found = follow_on_kind(part.source or part.text) if part.kept_words else None
        if found is None and part.kind == "figure" and (part.subject or "").lower() in _MEASURE_NOUNS:
            found = follow_on_kind(part.source or "")  # "and how much revenue": a bare measure of the part before
        if found is None and part.kept_words and carrier is not None and carrier.subject:
            # "what did the agency social workers cost?": a pointer already written out as the part before's subject
            said = re.sub(r"(?i)\b(?:the\s+)?" + re.escape(carrier.subject) + r"\b", "they", part.text or "")
            found = follow_on_kind(said) if said != part.text else None
        if found is None or carrier is None:
            out.append(part)
            if not part.kept_words and part.subject and part.kind in ("use", "count", "total_spend", "list", "statistics", "shown_by",
                                                                     "document", "contracts"):
                carrier = part
            continue
        kind, tail = found
        if kind == "payee":
            # lead42 (nc45 #7): who was paid is asked of the spend or contract before it, never of a count that came
            # between ("how much on agency nurses, which agencies, and how many shifts went unfilled")
            payer = next((p for p in reversed(out) if not p.kept_words and p.subject and p.kind in ("total_spend", "contracts")), None)
            carrier = payer or carrier
        period = _period_of(tail) or carrier.qualifiers.period
        if kind == "count" and (carrier.kind == "use" or carrier.times):
            if period and not carrier.qualifiers.period and _period_of(tail):
                carrier.qualifiers.period = period if period != framing.period else None
            carrier.source = f"{carrier.source.rstrip()} {part.source.strip()}"
            carrier.text = render_frame(carrier) or carrier.text
            continue  # the count is the carrier's own: asked once
        if kind == "count" and carrier.kind == "shown_by" and carrier.head.lower().startswith("any records of") \
                and re.search(r"(?i)\bhaving\s+(?:used|deployed|taken|made|issued|given)\b", carrier.subject):
            # "has Essex Police used dogs to restrain children ... and how many times": the records that show it become
            # the count of those times, asked once
            carrier.head = "The number of times "
            carrier.subject = re.sub(r"(?i)\bhaving\s+", "", carrier.subject, count=1)
            carrier.source = f"{carrier.source.rstrip()} {part.source.strip()}"
            carrier.text = render_frame(carrier) or carrier.text
            continue
        if kind == "policy":
            if carrier.kind == "use" and not carrier.clause:
                # ck34: the use part asks the policy itself (the policy is asked, so never only offered)
                carrier.qualifiers.policy_offered = False
                carrier.source = f"{carrier.source.rstrip()} {part.source.strip()}"
                carrier.text = render_frame(carrier) or carrier.text
                continue
            q = carrier.qualifiers.model_copy(update={"breakdown": None, "uses_counted": False, "policy_offered": False,
                                                      "period": None})
            new = Frame(kind="policy", subject=carrier.subject, qualifiers=q, source=part.source, article=carrier.article)
            new.text = render_frame(new)
            out.append(new if new.text else part)
            continue
        if kind == "approval" and carrier.kind in ("document", "contracts"):
            kind = "approved"  # lead33: "who signed it off" after a contract: whoever approved that contract
        if kind == "count" or carrier.kind not in ("use",) and kind in ("duration", "approval"):
            out.append(part)
            continue
        q = carrier.qualifiers.model_copy(update={"breakdown": None, "uses_counted": False, "policy_offered": False,
                                                  "period": period if period != framing.period else None})
        if kind in ("value", "income", "payee") and carrier.kind in ("use", "list", "shown_by", "statistics") \
                or kind == "value" and carrier.kind not in ("document", "contracts"):
            out.append(part)  # lead33: a measure the part before cannot carry ("what is it worth" after a count)
            continue
        if kind == "cost":
            new = Frame(kind="total_spend", subject=carrier.subject, qualifiers=q, source=part.source, article=carrier.article)
        elif kind == "income":
            new = Frame(kind="income", subject=carrier.subject, qualifiers=q, source=part.source, article=carrier.article)
        elif kind == "payee":
            # nx82 (nc76 #16): "who is the contractor" after "how much does the council pay the contractor for weed
            # spraying": the work paid for is the subject, never "work on the contractor for ..."
            paid_for = re.match(r"(?i)(?:contractors?|suppliers?|firms?|compan(?:y|ies)|consultants?|providers?)\s+for\s+(?P<work>.+)$",
                                carrier.subject or "")
            new = Frame(kind="follow_on", head=kind, subject=paid_for.group("work") if paid_for else carrier.subject,
                        clause=_doing(carrier.clause),
                        qualifiers=q, source=part.source, article=carrier.article, payee=payee_word(part.source))
        else:
            new = Frame(kind="follow_on", head=kind, subject=carrier.subject, qualifiers=q, source=part.source,
                        article=carrier.article)
        new.text = render_frame(new)
        if kind == "payee" and new.text and any(p is carrier for p in out):
            out.insert(next(k for k, p in enumerate(out) if p is carrier) + 1, new)  # beside what it asks about
            continue
        out.append(new if new.text else part)
    changed = [id(p) for p in out] != [id(p) for p in framing.parts]
    framing.parts = out
    changed = _averages_of_before(framing) or changed
    return _asked_back_follow_ons(framing) or changed


_AVERAGE = re.compile(r"(?i)^(?:average|median|mean|typical)\s+(?:[a-z-]+\s+){0,2}?(?:times?|waits?|waiting\s+times?|length|"
                      r"durations?|delays?|costs?|amounts?|values?|sizes?|numbers?|scores?|speeds?)$")


def _averages_of_before(framing) -> bool:
    """lead34: an average asked with nothing it is of ("how many 999 calls did they get and what was the average answer
    time"): the average of what the part before counted ("The average answer time for 999 calls")."""
    from askfoi.framing import render_frame

    changed = False
    for before, part in zip(framing.parts, framing.parts[1:]):
        if part.kept_words or part.kind != "statistics" or not _AVERAGE.match(part.subject or "") \
                or before.kept_words or before.kind not in ("count", "total_spend") or not before.subject:
            continue
        part.subject = f"{part.subject} for {before.subject}"
        part.text = render_frame(part) or part.text
        changed = True
    return changed


def _follow_on_pieces(parts: list) -> list:
    """PARTS with each part kept whole that asks only follow-ons ("How many times, and what is the policy on it?") cut
    into one kept part per follow-on, so each is carried on its own."""
    from askfoi.framing import keep_words

    out = []
    for part in parts:
        said = (part.source or part.text or "").strip() if part.kept_words else ""
        pieces = [p for p in _PIECES.split(said.rstrip(" ?.!")) if p.strip()] if said else []
        if len(pieces) > 1 and all(follow_on_kind(p) for p in pieces):
            out += [keep_words(p.strip()[:1].upper() + p.strip()[1:] + "?") for p in pieces]
        else:
            out.append(part)
    return out


def follow_on_part(question: str, parts: list):
    """The part QUESTION asks when it only asks a follow-on of a framed part among PARTS ("for how long", "who approved
    it" of a use; lead34: "and which firms" of a spend or contract), rendered with that part's subject; else None."""
    from askfoi.framing import Frame, render_frame

    found = follow_on_kind(question)
    if found is None or found[0] not in ("duration", "approval", "cost", "payee"):
        return None
    kinds = ("total_spend", "contracts") if found[0] == "payee" else ("use",)
    carrier = next((p for p in reversed(parts) if not p.kept_words and p.subject and p.kind in kinds), None)
    if carrier is None:
        return None
    q = carrier.qualifiers.model_copy(update={"breakdown": None, "uses_counted": False, "policy_offered": False})
    new = Frame(kind="total_spend" if found[0] == "cost" else "follow_on", head="" if found[0] == "cost" else found[0],
                subject=carrier.subject, qualifiers=q, source=question, article=carrier.article,
                payee=payee_word(question) if found[0] == "payee" else None)
    new.text = render_frame(new)
    return new if new.text else None


def _asked_back_follow_ons(framing) -> bool:
    """A follow-on the framing asked back ("What exactly should "for how long" ask about?") although the part it leans
    on is framed: a part with that part's subject instead, and the question goes."""
    changed = False
    for question in list(framing.unframed):
        new = follow_on_part(question, framing.parts)
        if new is None:
            continue
        framing.parts.append(new)
        framing.unframed.remove(question)
        said = " ".join(question.split()).strip(" ?.").lower()
        framing.questions = [t for t in framing.questions if said not in " ".join(t.split()).lower()]
        framing.pending = [f for f in framing.pending if f.source != question]
        changed = True
    return changed


_AFTER_HEAD = frozenset("with to for in on at that which who by from of during when where while".split())


def _says_subject(subject: str, text: str, stop: set[str]) -> bool:
    """TEXT says SUBJECT (a use part's thing): its head noun and half the words before it, plurals aside, and every
    content word of what follows the head ("drones with thermal cameras to watch people's homes": "thermal", "cameras",
    "watch", "homes" all; fx50, nc49 #1)."""
    stem = lambda w: w.rstrip("s")[:5]
    words = re.findall(r"[a-z']+", subject.lower())
    cut = next((i for i, w in enumerate(words) if w in _AFTER_HEAD and i > 0), len(words))
    before = [stem(w) for w in words[:cut] if len(w) >= 3 and w not in stop]
    after = {stem(w) for w in words[cut:] if len(w) >= 3 and w not in stop and w not in _AFTER_HEAD}
    if not before:
        return False
    have = {stem(w) for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in stop}
    head, rest = before[-1], before[:-1]
    return head in have and len(set(rest) & have) * 2 >= len(rest) and after <= have


def offer_policy(framing, text: str) -> None:
    """A "use" part of a message that asks for no policy asks the number of uses only; the policy is offered by a low
    finding whose one-key fix adds it as a part. A part warned as NCND-prone keeps its warning and is offered nothing."""
    from askfoi.checks import Finding
    from askfoi.framing import Frame, _says_covert, is_plural, points_at_thing, render_frame
    from askfoi.templates import render

    if _POLICY.search(text or ""):
        return
    for part in list(framing.parts):
        if part.kind == "use" and not part.kept_words and not part.clause and part.qualifiers.uses_counted:
            stop = {"with", "from", "that", "this", "the", "and", "for", "its", "their", "number"}
            # fx50 (nc49 #1): the count stands in only when it counts the uses of all the part asks about, every word of
            # its subject said ("drones used to find missing people" never stands in for "drones with thermal cameras
            # to watch people's homes": the covert question and its warning would be lost to an overt one)
            # fix44a: the thing itself is said when its head noun is and half the words before it ("the facial
            # recognition vans" for "live facial recognition vans", "LFR van deployments" for "lfr vans"); what the
            # subject adds after its head (with what, to do what, where) is said word for word
            said = lambda o: _says_subject(part.subject or "", o.text or "", stop)
            counter = next((o for o in framing.parts if o is not part and o.kind != "use" and (
                # lead38: the count must be of the same thing's uses (a word of its subject, or "it"/"them"): "how many
                # times did they use drones" never stands in for whether the force uses facial recognition
                not o.kept_words and (_COUNTS_USES.search(o.text or "") and (said(o) or points_at_thing(o.source or ""))
                                      or (o.kind == "count" and _use_noun(o.subject) and said(o)))
                # ck34: a question kept whole that counts the uses of the same thing ("How many times did they deploy
                # the facial recognition vans in 2025?"): the count is asked there, never twice
                or o.kept_words and _COUNTS_USES.search(o.text or "") and said(o))), None)
            if counter is not None and _says_covert(part.source or "") and not _says_covert(counter.source or ""):
                counter = None  # lead38: covert use asked in so many words is not what a count of overt uses answers
            if counter is None:
                continue
            # another part counts the uses itself ("and how often were they used in 2024"): the use part would ask
            # the same count again, so it goes, and its NCND warning goes with the count that stays
            if part.warning and not counter.warning:
                counter.warning, counter.sections, counter.replacements = part.warning, part.sections, part.replacements
                counter.qualifiers.covert = True
            framing.parts.remove(part)
    offered = None
    for k, part in enumerate(framing.parts, 1):
        if part.kind != "use" or part.kept_words or part.clause or not part.subject:
            continue
        part.qualifiers.policy_offered = True
        part.qualifiers.uses_counted = False
        part.text = render_frame(part) or part.text
        if part.overt_limit:  # ck31's overt limit of the same part, as the part now asks (the count, no policy)
            part.overt_limit = render_frame(part.model_copy(update={"overt_only": True})) or part.overt_limit
        if offered is None and not part.warning:
            policy = Frame(kind="use", subject=part.subject, source=part.source, article=part.article,
                           qualifiers=part.qualifiers.model_copy(update={"policy_offered": False, "uses_counted": True,
                                                                         "period": None, "breakdown": None}))
            offered = (k, part, render_frame(policy))
    at = next((i for i, f in enumerate(framing.findings) if getattr(f, "code", "") == "overt-limit"), None)
    if at is not None:
        from askfoi.framing import overt_limit_finding

        fresh = overt_limit_finding([p.text for p in framing.parts], framing.parts)
        if fresh is not None:
            framing.findings[at] = fresh
    if offered is None or not offered[2]:
        return
    k, part, policy = offered
    parts = [p.text for p in framing.parts] + [policy]
    framing.findings = [f for f in framing.findings if getattr(f, "code", "") != "policy-offer"]
    framing.findings.append(Finding(
        code="policy-offer", severity="low", part=k, evidence=(part.subject or "")[:120],
        message=" ".join(render("frames/policy_offer.j2", subject=(use_cut(part.subject) or (part.subject, ""))[0],
                                        rest=(use_cut(part.subject) or ("", ""))[1], number=len(parts),
                                        plural=is_plural((use_cut(part.subject) or (part.subject, ""))[0])).split()),
        suggestion=f"Part {len(parts)} added: \"{policy}\"",
        rewrite="\n".join(f"{i}. {p}" for i, p in enumerate(parts, 1))))


def drop_stale_quotes(framing) -> None:
    """A finding about a part's words ("This part says "they" ...: "Any policy or procedure on ...") whose part was since
    written again from its frame: it quotes words the letter no longer has, so it goes."""
    texts = [" ".join(p.text.split()).lower() for p in framing.parts]
    keep = []
    for f in framing.findings:
        m = re.search(r':\s*"([^"]{20,})', getattr(f, "message", "") or "")
        if getattr(f, "code", "") in ("story-reference", "read-from-story") and m:
            quoted = " ".join(m.group(1).split()).lower()[:30]
            if not any(t.startswith(quoted) or quoted in t for t in texts):
                continue
        keep.append(f)
    framing.findings = keep
