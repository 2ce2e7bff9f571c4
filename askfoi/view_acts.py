"""What a question asks when it asks for something no record holds as asked (issue 8, op14).

FOI gives access to recorded information. It does not make an authority give a view, say what it will do, say
whether something is lawful, or advise the person. Each such question is read by its grammar (clause-initial
auxiliary or wh-word, the subject noun phrase, the verb) and mapped to what could answer it:

- "plans": a future action or intention ("will the council ...", "are there any plans to ...", "what are you going
  to do about ...", "would you consider ...") -> any plans, proposals, reports or minutes about it
- "position": a view or judgement ("what is your view / position on ...", "is it right / fair / ok that ...",
  "should the council ...", "do you believe ...") -> any policy, position statement or briefing on it
- "legal": a legality ("is it legal for the council to ...", "can the council (legally) ...", "is the council
  allowed to ...") -> the policy and any published legal basis the body relies on
- "reasons": a justification ("was the rise justified") -> the reasons recorded
- "advice": advice to the person ("what should I do", "can I ...", "could I be fined", "if I report X will ...")
  -> no part: set aside with a note saying what could answer it
- "what_if": a hypothetical ("what happens if", "what would you do if", "would services stop") -> no part: set aside

The subject is the person's words taken whole (only the head verb is put in its -ing form, and the body's own name
as the doer is left out: "is it legal for the council to charge £80 for a bin" -> "charging £80 for a bin").
A subject that is only a pointer ("can they do that", "what are you going to do to stop it") gives no part: the
question is set aside with its note. Only English's closed classes and the body nouns are listed; no question list.
"""

from __future__ import annotations

import functools
import re

from askfoi import sentence_ends

from pydantic import BaseModel

_BODY_NOUNS = ("council|councils|trust|police|force|constabulary|authority|board|government|department|ministry|"
               "university|college|school|nhs|cabinet|councillors|executive|service|hospital|agency|commission|office")
_POINTERS = frozenset("it this that they them these those there he she him her".split())
_INFO_VERBS = frozenset("send provide tell give confirm supply share let email forward disclose explain clarify "
                        "advise help answer list publish release show please kindly".split())
_OPENERS = re.compile(r"(?i)^\W*(?:(?:dear\s+[^,?]{2,60},|(?:hi|hello|hey|also|and|but|so|ok|okay|then|please|just|plus|oh|well|lastly|finally|"
                      r"secondly|firstly|thirdly|thanks|thank\s+you)\b)[\s,.!:-]*)+")
_EMBED = re.compile(r"(?i)^(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell\s+me|let\s+me\s+know|confirm|advise)|"
                    r"i\s+(?:want|would\s+like|'d\s+like|need)\s+to\s+know|(?:please\s+)?(?:confirm|tell\s+me|let\s+me\s+know)|"
                    r"(?:is|was)\s+it\s+true)\s*,?\s+(?:(?:whether|if|that)\s+)?")

_B = (r"(?:you|they|u|(?:the\s+|your\s+|our\s+|this\s+)?(?:[\w'&-]+\s+){0,4}?(?:" + _BODY_NOUNS + r")(?:'s|s')?)")
_NP = r"[\w'\u2019&£$%.,/-]+(?:\s+[\w'\u2019&£$%.,/-]+)*?"  # a run of words, as few as the pattern lets


_ASKS_RECORDS = re.compile(  # "(can i) get a copy of ...", "(could we) be told how much ...": records asked for
    r"(?:have|get|see|obtain|request|ask\s+for|receive|access|view|be\s+(?:told|given|sent|provided|shown|informed))\b"
    r"(?:\s+(?:a\s+|the\s+|any\s+|all\s+|some\s+)?(?:cop(?:y|ies)|lists?|data|information|details|records?|figures|breakdowns?|numbers?|"
    r"documents?|reports?|minutes|info|stats|statistics|totals?|counts?|amounts?|emails?|correspondence|letters?|files?)\b"
    r"|(?=\s+(?:how|what|whether|if|who|when|which)\b))")  # ff29: "could i receive stats on ..."


class ViewAct(BaseModel):
    act: str  # plans | position | legal | reasons | advice | what_if | law | explain (fr17a) | judgement (lf61)
    subject: str | None = None  # what the records are about, in the person's words; None: a pointer or nothing named
    clause: str = ""  # the clause the act was read from
    rest: str = ""  # another question the clause goes on to ask ("... and how many are there now")


@functools.lru_cache(maxsize=4096)
def _gerund(verb: str) -> str | None:
    from lemminflect import getAllLemmas, getInflection

    low = verb.lower()
    lemmas = getAllLemmas(low).get("VERB")
    if not lemmas:
        return None
    forms = [f for lemma in lemmas for f in getInflection(lemma, tag="VBG")]
    return low if low in forms else (forms[0] if forms else None)


def _is_body(np: str, body: str | None = None) -> bool:
    """NP names the body asked: "you", "they", "the council", "Leeds City Council", "the trust", its short name."""
    low = re.sub(r"['\u2019]s?$", "", np.lower().strip())
    if low in ("you", "they", "we", "u", "ye") or low == "\u00a7auth\u00a7":
        return low != "we"
    if body and (low == body.lower() or low in body.lower().split(" ")[:1]):
        return True
    return bool(re.fullmatch(rf"(?:the\s+|your\s+|our\s+|this\s+)?(?:[\w'&-]+\s+){{0,4}}(?:{_BODY_NOUNS})", low))


def _vp(words: str, body: str | None = None) -> str | None:
    """A verb phrase ("charge £80 for a replacement bin", "be cutting the collections") in its -ing form, the
    person's words kept; None when it does not start with a verb or names nothing but a pointer."""
    ws = words.strip().rstrip("?.!, ").split()
    while ws and ws[0].lower() in ("ever", "still", "now", "actually", "really", "even", "legally", "lawfully",
                                   "seriously", "please", "be", "going", "to"):
        if ws[0].lower() == "be" and len(ws) > 1 and not ws[1].lower().endswith("ing"):
            break
        ws = ws[1:]
    if not ws:
        return None
    if ws[0].lower() in ("consider", "considering") and len(ws) > 1 and ws[1].lower().endswith("ing"):
        ws = ws[1:]  # "would you consider putting a crossing": the putting is what is asked about
    head = _gerund(ws[0])
    if head is None:
        return None
    rest = [w for w in ws[1:]]
    if not rest or all(w.lower().strip(".,") in _POINTERS | {"so", "something", "anything", "about", "with"} for w in rest):
        return None  # "do that", "do it", "do something about it": a pointer, nothing named
    if head == "doing" and rest[0].lower() in ("about", "with", "for", "regarding") and len(rest) > 1:
        rest = rest[1:]  # "do about the potholes": the potholes
        if all(w.lower() in _POINTERS for w in rest):
            return None
        return " ".join(rest)
    if head == "doing" and rest[0].lower() in ("more", "something", "anything") and len(rest) > 2 \
            and rest[1].lower() in ("about", "with", "for", "regarding", "to"):
        return None if all(w.lower() in _POINTERS for w in rest[2:]) else " ".join(rest[2:])
    return " ".join([head] + rest)


def _clean(clause: str) -> str:
    c = re.sub(r"\s+", " ", clause.replace("\u2019", "'")).strip()
    c = re.sub(r"^[^:?]{2,40}:\s+(?=\w)", "", c) if re.match(r"^[^:?]{2,40}:\s+\w", c) else c  # "nhs trust: will ..."
    c = re.sub(r"^[\w ]{2,40}\s+-\s+(?=\w)", "", c)  # "bristol council - will the council ..."
    c = _OPENERS.sub("", c)
    m = re.match(r"(?i)if\s+(?!(?:i|we|my|our)\b)(.+?),?\s+((?:where|what|when|how|who|will|would)\b.+?)([?.!]*)$", c)
    if m:  # "if the library closes where will the books go": the question first, its condition after it
        c = f"{m.group(2)} if {m.group(1)}{m.group(3)}"
    c = re.sub(r"(?i)\b(shouldn|wouldn|couldn|isn|aren|doesn|don|won|can)t\b", lambda m: m.group(1) + "'t", c)
    return c.strip()


def clauses(question: str) -> list[str]:
    """QUESTION cut into the clauses it asks, at its question marks and sentence ends."""
    return [c.strip() for c in sentence_ends.split(r"(?<=[?!])\s+|(?<=\.)\s+(?=[a-zA-Z])", question or "") if re.search(r"\w", c)]


_NEXT_CLAUSE = re.compile(r"(?i)\s+(?=how\s+(?:many|much|long|often)\s)|(?:\s*,\s*(?:and\s+|but\s+|or\s+)?|\s+(?:and|but|or)\s+)(?=(?:how|why|what|who|when|where|which|do|does|did|is|are|was|were|will|"
                          r"would|can|could|has|have|should)\s+(?:\w+\s+){0,3}?(?:you|they|it|the|i|we|there|many|much|long|often|"
                          r"this|that|he|she|any)\b)|\s*,\s*(?=(?:they|the\s+council|it|i|we|he|she|you)\s+\w+)")


def _own_clause(subject: str) -> str:
    """SUBJECT up to where another question or a clause of the story starts ("the new cycle lane and how do you
    justify ...", "the hedge blocking the pavement, the council won't answer")."""
    m = _NEXT_CLAUSE.search(subject)
    return subject[:m.start()] if m and m.start() > 0 else subject


def _pointer_only(np: str) -> bool:
    if re.match(r"(?i)(?:the\s+)?(?:ones?|others?|rest|same)\b", np.strip()):
        return True  # "the ones left", "the rest": elliptic, what they are is in the sentence before
    return all(w.lower().strip(".,?!") in _POINTERS | {"so", "about", "with"} for w in np.split()) if np.strip() else True


def clause_act(clause: str, body: str | None = None) -> ViewAct | None:
    """What CLAUSE (one question, as typed) asks when no record answers it as asked, read by its grammar; None for a
    question records answer (a count, a list, a copy, "what is the policy", a why question: askfoi.why_records)."""
    c = _clean(clause)
    low = c.lower()
    embedded = False
    m = _EMBED.match(low)
    if m:
        c, low, embedded = c[m.end():], low[m.end():], True
    if not low:
        return None
    # ck30: "any plans for ..." asks for the plans: the plans' records, as "are there any plans for ..." (below)
    if re.match(r"(?i)(?:please\s+)?(?:provide|send|give|supply|disclose|release)\b|(?:any|all|copies|a\s+copy)\b"
                r"(?!\s+(?:future\s+|current\s+)?(?:plans?|proposals?)\s+(?:for|to)\b)", low):
        return None  # a request for records already

    def act(kind: str, subject: str | None) -> ViewAct:
        whole = subject or ""
        subject = _own_clause(whole).strip().rstrip("?.!, ") or None
        rest = ""
        m = _NEXT_CLAUSE.search(whole)
        if m and m.start() > 0 and re.match(r"(?i)(?:how|why|what|who|when|where|which|do|does|did|is|are|was|were|will|would|can|"
                                             r"could|has|have)\b", whole[m.end():]):
            rest = whole[m.end():].strip()
        if subject is not None and _pointer_only(subject):
            subject = None
        return ViewAct(act=kind, subject=subject, clause=clause.strip(), rest=rest)

    # --- advice to the person -------------------------------------------------------------------------------------
    m = re.match(r"(?:so\s+)?what\s+(?:should|shall|can|do|could|must)\s+(?:i|we|my\s+\w+|me)\s+(?:do|now|next)\b(?:\s+(?:about|with|now|next)\b)?\s*(.*)", low)
    if m or re.match(r"(?:where\s+do\s+(?:i|we)\s+stand|what\s+are\s+my\s+(?:rights|options)|who\s+(?:should|do|can)\s+(?:i|we)\s+"
                     r"(?:contact|complain|speak|talk|go|turn))\b", low) \
            or re.match(r"(?:do|does|have|has|can|could|would)\s+(?:i|we|the\s+public|residents|taxpayers)\b(?:\s+[\w']+){0,3}?\s+"
                        r"have\s+(?:the|a|any)\s+right\s+to\b|(?:where|how)\s+(?:\w+\s+){0,3}(?:find\s+out|learn|know)\s+"
                        r"(?:about\s+)?(?:my|our)\s+rights\b", low):
        # fx64: the person's own rights ("do we as taxpayers have the right to request ...", "where can (I) find out my
        # rights to access ..."): advice about the law, never a request for records
        about = c[len(c) - len(m.group(1)):] if m and m.group(1) else ""
        return act("advice", about if about and not re.match(r"(?i)(?:if|when|now|next)\b", about) else None)
    # fx64: an adverb between the person and the verb ("could I please have ...", "could I further have ...") is no verb
    m = re.match(r"(?:can|could|may|should|must|do|will|am|would)\s+(?:i|we)\s+(?:(?:also|still|please|further|additionally|"
                 r"kindly|just|now|then|therefore)\s+)*(\w+)(.*)", low)
    if m and not _ASKS_RECORDS.match(m.group(1) + m.group(2)) \
            and m.group(1) not in ("ask", "request", "have", "get", "know", "see", "find", "obtain", "access") \
            or (m and re.match(r"(?:get|receive)\s+(?:a\s+)?(?:refund|compensation|money|grant|discount|help)", m.group(1) + m.group(2))):
        about = _vp(c[m.start(1):]) if m.group(1) not in ("be",) else None
        return act("advice", about)
    if re.search(r"(?<!know )(?<!wonder )(?<!ask )(?<!see )(?<!me )(?<!out )(?<!check )\bif\s+(?:i|we|my|our)\b", low) \
            and not re.search(r"\bif\s+(?:i|we)\s+(?:can|could|may)\s+" + _ASKS_RECORDS.pattern, low) and (c.endswith("?") or re.match(r"(?:will|would|can|could|what|how|do|does|is)\b", low)
                                                       or re.search(r"\b(?:will|would|can|could|does|do|is|are)\s+(?:the|you|they|it|i|we|my)\b", low)):
        return act("advice", None)  # "if i report fly tipping will the council tell them": the person's own case
    # ck35: "is it even legal to do this without a consultation?" as "is it legal to ..."
    m = re.match(r"(?:is|was|would\s+it\s+be)\s+it\s+(?:even\s+|really\s+|actually\s+)?(?:legal|lawful|illegal|unlawful|allowed|permitted|against\s+the\s+law)\s+to\s+(.+)", low)
    if m:  # the law in general, asked of no body: advice about the law
        return act("advice", _vp(c[m.start(1):]))
    # fr17a: how the person is to do something ("how do I find ...", "where can we get ...", "how on earth can I get
    # that?"): the way to act, asked of the body as advice, unless records are what the person wants to get
    m = re.match(r"(?:how|where|who|whom|when)\s+(?:on\s+earth\s+|else\s+|exactly\s+|then\s+)?(?:do|can|could|should|shall|would|must|"
                 r"might|may)\s+(?:i|we)\s+(?:also\s+|still\s+|then\s+|best\s+)?(\w+)(.*)", low)
    if m and not _ASKS_RECORDS.match(m.group(1) + m.group(2)):
        return act("advice", _vp(c[m.start(1):]) if m.group(1) not in ("be", "get", "find") else None)
    # someone asked to point, direct or help the person ("can anyone point me to good sources of advice"), or whether
    # acting is worth it ("is there any point in making a complaint"): advice to the person
    if re.match(r"(?:can|could|would|will)\s+(?:anyone|anybody|someone|somebody|you)\s+(?:please\s+)?(?:point|direct|signpost|"
                r"refer|guide)\s+(?:me|us)\b|is\s+there\s+(?:any\s+)?(?:point|use|sense)\s+(?:in\s+)?\w+ing\b", low):
        return act("advice", None)
    # fr17a: what the law allows anyone of a kind to do ("can a school tell a parent ...", "is an employer allowed to
    # ...", "the grounds on which a school can exclude"): the law in general, no body's records named. The doer is a
    # noun phrase with "a" or "an" (any one of a kind), never the body asked, a named one or a record ("can a copy be
    # sent"); the verb is a verb
    m = re.match(r"(?:can|could|would|will)\s+(?:anyone|someone|somebody|you)\s+(?:please\s+)?(?:advise|tell|inform|explain\s+to)\s+"
                 r"(?:me|us)\s+(?:of\s+|about\s+|on\s+)?(?:all\s+)?(?:the\s+)?(?:grounds|circumstances|rules|conditions|situations|"
                 r"cases)\s+(?:on|under|in|for)\s+which\s+an?\s+((?:[a-z'-]+\s+)??[a-z'-]+)\s+(?:can|could|may|must|is\s+allowed\s+to)\s+"
                 r"(?:[a-z]+ly\s+)?(\w+)", low) \
        or re.match(r"(?:can|could|may|must)\s+an?\s+((?:[a-z'-]+\s+)??[a-z'-]+)\s+(?:[a-z]+ly\s+)?(\w+)\b", low) \
        or re.match(r"(?:is|are)\s+an?\s+((?:[a-z'-]+\s+)??[a-z'-]+)\s+(?:legally\s+)?(?:allowed|permitted|entitled|obliged|"
                    r"required)\s+to\s+(\w+)", low)
    if m and m.group(2) not in ("be", "have", "get") and _gerund(m.group(2)) \
            and not re.search(r"\b(?:cop(?:y|ies)|list|record|records|report|document|breakdown|figure|number|response|"
                              r"reply|answer|request)$", m.group(1)):
        return act("law", None)

    # --- an explanation (fr17a) ----------------------------------------------------------------------------------------
    # "please can you explain where the images are viewable from", "can the councillor explain how he arrived at ...",
    # "an explanation of what the cameras are for", "how was the build schedule decided?": the explanation recorded,
    # as the records that set out the embedded question (its words kept) or how the decision was reached
    m = re.match(r"(?:(?:please\s+)?(?:can|could|would|will)\s+(?:\S+\s+){1,3}?(?:please\s+)?(?:kindly\s+)?|please\s+(?:could\s+you\s+|can\s+you\s+)?)"
                 r"explain\s+(?:to\s+(?:me|us)\s+)?((?:how|what|where|when|who|which|whether)\b.+)"
                 r"|(?:an?\s+|any\s+)?(?:full\s+|brief\s+|detailed\s+)?explanation\s+(?:of\s+|as\s+to\s+)?((?:how|what|where|when|who|which|"
                 r"whether)\b.+)", low)
    if m:
        at = 1 if m.group(1) else 2
        said = c[m.start(at):].rstrip("?.! ")
        more = re.search(r"(?i)\s+and\s+(?:please\s+|also\s+)*(?=(?:provide|send|give|supply|disclose|list)\b)", said)
        rest = said[more.end():] if more else ""
        said = said[:more.start()] if more else said
        # the writer's case for asking ("..., considering that the total claimed was ...") is no part of what is asked
        said = re.split(r"(?i),?\s+(?:considering|given\s+that|bearing\s+in\s+mind|in\s+(?:the\s+)?light\s+of|seeing\s+(?:as|that)|"
                        r"especially\s+(?:as|since|when)|because)\b", said)[0]
        who = re.match(r"(?i)(?:please\s+)?(?:can|could|would|will)\s+(.+?)\s+(?:please\s+)?(?:kindly\s+)?explain\b", c)
        who = who.group(1) if who and m.group(1) else ""
        if who and not re.fullmatch(r"(?i)you|someone|somebody|anyone|anybody|u|ye|we|i", who):
            # "can Cllr Barrow explain how he arrived at ...": the one asked to explain is who "he" is
            said = re.sub(r"^(\w+\s+)(?:he|she|they|it)\b", lambda x: x.group(1) + who, said, count=1)
        if not _pointer_only(re.sub(r"^\w+\s+", "", said)):
            return ViewAct(act="explain", subject=said, clause=clause.strip(), rest=rest[:1].upper() + rest[1:])
    m = re.match(r"how\s+(was|were|is|are|has|have|will|would)\s+(.+?)\s+(been\s+)?(decided|chosen|agreed|determined|arrived\s+at|reached|"
                 r"selected|approved|set|calculated|worked\s+out|prioriti[sz]ed)((?:\s+(?:upon|on))?\b.*?)[?.!]*$", low)
    if m and not _pointer_only(m.group(2)):
        np, verb, tail = c[m.start(2):m.end(2)], c[m.start(4):m.end(4)], c[m.start(5):m.end(5)].rstrip("?.! ")
        aux = "will be" if m.group(1) == "will" else "would be" if m.group(1) == "would" else \
            f"{m.group(1)} {m.group(3).strip()}" if m.group(3) else m.group(1)
        return ViewAct(act="explain", subject=f"how {np} {aux} {verb}{tail}", clause=clause.strip())

    # --- a hypothetical -----------------------------------------------------------------------------------------------
    if re.match(r"what\s+(?:would\s+|will\s+|could\s+)?happens?\s+(?:if|when|to|after|in\s+the\s+event)\b|what\s+would\s+happen\b", low) \
            and not (re.match(r"what\s+(?:\w+ly\s+|now\s+)?happens\s+to\b", low) and not re.search(r"\b(?:if|when|unless)\b", low)):
        # fr23b: "what happens to unclaimed lost property" asks the current practice (its policy or procedure,
        # askfoi.clause_asks), not a hypothetical
        return act("what_if", None)
    if re.match(r"what\s+would\s+(?:you|they|the\s+\w+(?:\s+\w+)?)\s+do\s+(?:if|when|in)\b", low):
        return act("what_if", None)

    # --- a justification ------------------------------------------------------------------------------------------------
    m = re.match(rf"(?:do|does|did)\s+({_B})\s+(?:think|believe|feel|consider)\s+(?:that\s+)?({_NP})\s+(?:was|is|were|are|has\s+been)\s+"
                 rf"(?:justified|justifiable|necessary|warranted)\b", low)
    if m and _is_body(m.group(1), body):
        return act("reasons", c[m.start(2):m.end(2)])
    m = re.match(rf"(?:is|was|are|were)\s+({_NP})\s+(?:really\s+)?(?:justified|justifiable|warranted)\s*\??$", low)
    if m and not _pointer_only(m.group(1)):
        return act("reasons", c[m.start(1):m.end(1)])

    # --- a legality -------------------------------------------------------------------------------------------------
    m = re.match(rf"(?:is|was|would\s+it\s+be)\s+it\s+(?:legal|lawful|illegal|unlawful|legally\s+allowed|allowed|permitted|"
                 rf"within\s+the\s+law|against\s+the\s+law)\s+for\s+({_NP})\s+to\s+(.+)", low)
    if m:
        vp = _vp(c[m.start(2):])
        who = c[m.start(1):m.end(1)]
        if re.match(r"(?i)(?:an?|any)\s", who) and not _is_body(who, body):
            return act("law", None)  # fr17a: "is it legal for a landlord to ...": anyone of a kind, the law in general
        return act("legal", vp if _is_body(who, body) or vp is None else f"{who} {vp}")
    m = re.match(rf"(?:is|are)\s+({_B})\s+(?:legally\s+|even\s+|actually\s+)?(?:allowed|permitted|entitled)\s+to\s+(.+)", low)
    if m and _is_body(m.group(1), body):
        return act("legal", _vp(c[m.start(2):]))
    m = re.match(rf"(?:can|could|may)\s+({_B})\s+(legally\s+|lawfully\s+|actually\s+|really\s+|even\s+|just\s+)?(\w+)(.*)", low)
    if m and _is_body(m.group(1), body) and m.group(3) not in _INFO_VERBS and _gerund(m.group(3)) \
            and (m.group(1) not in ("you",) or (m.group(2) or "").strip() in ("legally", "lawfully")):
        return act("legal", _vp(c[m.start(3):]))
    if re.match(r"(?:is|was)\s+(?:it|this|that)\s+(?:even\s+)?(?:legal|lawful|allowed|permitted)\s*\??$", low):
        return act("legal", None)

    # --- a future action or a plan ------------------------------------------------------------------------------------
    m = re.match(r"(?:are|is)\s+there\s+(?:any\s+|currently\s+any\s+)?(?:plans?|proposals?|intentions?)\s+(?:(to)\s+(.+)|(?:for|about|regarding|on|"
                 r"concerning)\s+(.+))", low) \
        or re.match(rf"(?:do|does|has|have)\s+(?:{_NP})\s+(?:got\s+|have\s+)?(?:any\s+)?(?:plans?|proposals?|intentions?|intention)\s+(?:(to)\s+(.+)|"
                    r"(?:for|about|regarding|on|concerning)\s+(.+))", low) \
        or re.match(r"(?:and\s+)?(?:(?:any|the)\s+)?(?:future\s+|current\s+)?(?:plans?|proposals?)\s+(?:(to)\s+(.+)|(?:for|about|regarding|concerning)\s+(.+))",
                    low)  # ck30: "Any plans for an extra bus stop on ...": the plans asked by their noun, as "are there any plans"
    if m:
        return act("plans", _vp(c[m.start(2):]) if m.group(1) else c[m.start(3):])
    m = re.match(rf"what\s+(?:are|is|were)\s+(?:the\s+)?(?:{_NP})(?:'s|s'|s)?\s+(?:future\s+)?(?:plans?|proposals?|intentions?)\s+"
                 r"(?:for|regarding|about|on|with|towards|concerning|in\s+relation\s+to)\s+(.+)", low)
    if m:
        return act("plans", c[m.start(1):])
    m = re.match(rf"what\s+(?:is|are|will)\s+({_B})\s+(?:going\s+to\s+do|doing|planning\s+to\s+do|intending\s+to\s+do|do)\s+"
                 r"(?:(?:about|with|regarding|for|on)\s+(.+)|(to\s+.+))", low)
    if m and _is_body(m.group(1), body):
        if m.group(2):
            return act("plans", c[m.start(2):])
        return act("plans", _vp(c[m.start(3) + 3:]))
    # lead37: the same asked in the passive, with no one named ("what is being done about it", "what will be done to
    # tackle the fly tipping")
    m = re.match(r"what\s+(?:is|are|has|have|will|was)\s+(?:being|been|be)\s+(?:done|planned)\s+(?:(?:about|with|regarding|for)\s+(.+)|"
                 r"(to\s+.+))", low)
    if m:
        return act("plans", c[m.start(1):] if m.group(1) else _vp(c[m.start(2) + 3:]))
    m = re.match(rf"(?:when\s+|how\s+soon\s+)?(will|would|is|are|does|do)\s+({_B})\s+(ever\s+|now\s+|still\s+|soon\s+|finally\s+)?"
                 r"(going\s+to\s+|planning\s+(?:to|on)\s+|intending\s+to\s+|intend\s+to\s+|plan\s+to\s+|be\s+|consider(?:ing)?\s+|about\s+to\s+)?"
                 r"(\w+)(.*)", low)
    if m and _is_body(m.group(2), body) and m.group(2) not in ("we",):
        aux, how, verb = m.group(1), (m.group(4) or "").strip(), m.group(5)
        future = aux in ("will", "would") and verb not in _INFO_VERBS and verb not in ("you", "it", "be", "have", "like") \
            or (aux in ("is", "are") and how and not how.startswith("be")) or (aux in ("does", "do") and how.startswith(("intend", "plan")))
        if aux == "would" and not (how.startswith("consider") or verb in ("consider", "ever") or m.group(3)):
            future = future and verb in ("consider", "agree", "reopen", "open", "close", "introduce", "change")
        if future and _gerund(verb):
            return act("plans", _vp(c[m.start(5):]))
    if embedded:  # "(is it true) the council is going to scrap ...", "(can you tell me whether) the council intends to ..."
        m = re.match(rf"({_B})\s+(?:is|are)\s+(?:going|planning|intending|about)\s+to\s+(.+)|({_B})\s+(?:intends?|plans?)\s+to\s+(.+)|"
                     rf"({_B})\s+will\s+(.+)", low)
        if m:
            who = next(g for g in (m.group(1), m.group(3), m.group(5)) if g is not None)
            at = next(k for k in (2, 4, 6) if m.group(k) is not None)
            if _is_body(who, body):
                return act("plans", _vp(c[m.start(at):]))
    if re.match(r"(?:when\s+|how\s+soon\s+)?(?:will|would)\s+(?:it|this|that|these|those)\s+(?:ever\s+|still\s+)?(?:be\s+)?\w+", low) \
            and not re.match(r"would\s+it\s+be\s+(?:possible|ok|okay|acceptable)", low):
        return act("plans", None)  # "will it be increased in 2026": what will be done, to a thing only pointed at
    m = re.match(r"(when|where|how|what)?\s*will\s+(.+)", low)
    if m and not re.match(r"(?:i|we|you|it|they|this|that|there)\b", m.group(2)):
        from askfoi.why_records import _subject_end

        words = c[m.start(2):].rstrip("?.! ").split()
        end = _subject_end(tuple(words), "will") if words else None
        if end:
            np, rest = " ".join(words[:end]), " ".join(words[end:])
            wh = m.group(1)
            if not _is_body(np, body):
                return act("plans", f"{wh or 'whether'} {np} will {rest}")
    if re.match(r"(?:would|could|might)\s+(?!you\b|i\b|we\b|it\b|there\b)\w+(?:\s+\w+){0,3}?\s+(?:stop|close|end|go|shut|be|have|get|"
                r"happen|change|suffer|lose|rise|fall)\b", low) and c.endswith("?"):
        return act("what_if", None)  # "would services stop?"

    # --- a judgement of a thing (lf61): "is the cladding on the tower safe", "was the decision fair" ----------------------
    from askfoi.judgement_asks import judged

    j = judged(clause, body)
    if j is not None:
        return ViewAct(act="judgement", subject=j.subject, clause=clause.strip())

    # --- a view or a judgement ------------------------------------------------------------------------------------------
    m = re.match(rf"what(?:'s|\s+is|\s+are|\s+was)\s+(?:the\s+)?(?:{_NP})?(?:'s|s'|s)?\s*(?:official\s+|current\s+)?(?:views?|position|stance|"
                 r"opinion|thoughts|attitude)\s+(?:on|about|regarding|towards|to|of|in\s+relation\s+to|concerning)\s+(.+)", low)
    if m:
        return act("position", c[m.start(1):])
    m = re.match(r"(?:is|was)\s+it\s+(?:really\s+|morally\s+)?(right|fair|ok|okay|acceptable|reasonable|appropriate|proper|sensible|"
                 r"just|good\s+value)\s+(?:(that)\s+(.+)|for\s+(.+?)\s+to\s+(.+))", low)
    if m:
        if m.group(2):
            return act("position", f"whether it is {m.group(1)} that {c[m.start(3):]}")
        who, vp = c[m.start(4):m.end(4)], _vp(c[m.start(5):])
        return act("position", None if vp is None else (vp if _is_body(who, body) else f"{who} {vp}"))
    m = re.match(rf"(?:should|shouldn't|ought)\s+(?:not\s+)?({_B})\s+(?:not\s+)?(?:to\s+)?(?:be\s+)?(?:doing|do)\s+(?:more|something|anything|"
                 r"much\s+more)\s+(?:about|to\s+(?:stop|tackle|deal\s+with|fix|sort\s+out|address)|with|for)\s+(.+)", low)
    if m and _is_body(m.group(1), body):
        return act("position", c[m.start(2):])
    m = re.match(rf"(?:should|shouldn't)\s+({_B})\s+(\w+)(.*)", low)
    if m and _is_body(m.group(1), body) and _gerund(m.group(2)) and m.group(1) not in ("you",):
        return act("position", f"whether {c[m.start(1):m.end(1)]} should {c[m.start(2):]}")
    # ck24a: "accept" is a view only of a that-clause ("do you accept that ..."); "do you accept private diagnoses" asks
    # a practice
    m = re.match(rf"(?:do|does)\s+({_B})\s+(?:(?:think|believe|agree|feel)\s+(?:that\s+|with\s+)?|accept\s+that\s+)(.+)", low)
    if m and _is_body(m.group(1), body) and not re.match(r"(?:it|this|that)\s*\??$", m.group(2)):
        return act("position", f"whether {c[m.start(2):]}")
    if re.match(r"(?:is|was|are)\s+(?:it|this|that|these|those|they)\s+(?:really\s+)?(?:value\s+for\s+money|fair|right|acceptable|ok|okay|"
                r"reasonable|good\s+value|a\s+good\s+use\s+of\s+\w+\s+money)\s*\??$", low):
        return act("position", None)
    return None


def question_act(question: str, body: str | None = None) -> list[ViewAct | None]:
    """Each clause of QUESTION (a part's source, as typed) read by clause_act, in order."""
    return [clause_act(c, body) for c in clauses(question)]
