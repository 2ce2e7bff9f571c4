"""Who a sentence of an informal message is addressed to (issue 8, fr11c).

A chat message or a letter to a paper puts questions to several people at once, and only those put to the public
body are a request an FOI officer can act on. Read by grammar (who the subject is, the mood, word order), never by
the topic:

- "others": put to other readers or forum users ("anyone know if ...", "has anybody tried ..."), or the writer asking
  about their own next step ("should I do a request?", "I wonder if I can challenge this", "who would be interested in
  joining ...?"), or for advice on their own case ("how much of a case do I have?", "is it possible to challenge
  the decision?", fr25b): no body holds the answer;
- "rhetorical": asked for effect: a statement in statement order with a question mark ("It doesn't seem right that
  ...?"), a fragment that carries on the question before it ("To regeneration?"), a retort ("What about the other
  cause?"), a negative question inside the sentence ("Call me cynical, but don't they gain from it?"), what unnamed
  people would want ("who would even want to live there?"), a judgement asked as yes/no ("Is it vital to the
  economy?"), what someone meant by their words ("Did he mean ...?");
- "story": a question only quoted inside a statement ("the answer to the question "what happens if ...?" was no");
- "others" too (cx35): a judgement of the writer's situation asked of the readers ("is this normal procedure?", "is it
  a fact that ...?", "AIBU to be cross?", "can we be guaranteed that ...?", "is that even allowed?");
- "view": what would be, asked of a count ("how many nurses could be employed with the savings?");
- None: nothing here says the sentence is not put to the body (askfoi.sentence_acts reads what it asks).
"""

from __future__ import annotations

import re

_INDEFINITE = r"(?:any\s*one|any\s*body|some\s*one|some\s*body|every\s*one|every\s*body|any\s+of\s+you|other\s+(?:readers|parents|" \
              r"residents|people|members|users|posters)|fellow\s+\w+|readers)"
# the verbs with which a question asks the body to tell ("can someone tell me why ..."): those stay the body's
_TELL = r"(?:tell|explain|let|inform|advise|confirm|say)"
_WRITER_STEP = re.compile(  # "should I do a FOI request?", "can we challenge this?", "do I need to appeal?"
    r"(?i)^(?:should|shall|can|could|must)\s+(?:i|we)\s+(?:(?:still|also|just|then|now)\s+)?"
    r"(?!(?:have|get|see|obtain|be\s+told|be\s+given|be\s+shown|ask|know|find\s+out|request|access|receive|please)\b)[a-z]+")
# cx35: a judgement of the writer's situation asked of the readers ("is this normal procedure?", "is it a fact that the
# report must be public?", "AIBU to be cross?", "can we be guaranteed that ...?", "is that even allowed?"): what the
# law allows or what is usual is no body's record, so the sentence asks the forum; the records that would show it are
# offered from the story (askfoi.told_records), never the sentence pasted as a part. Read at the start of the
# sentence or of its main clause ("As it is public money, is this normal procedure?").
_READER_JUDGE = re.compile(
    r"(?i)(?:^|,\s*(?:so\s+|but\s+|and\s+|then\s+)?)(?:"
    r"(?:is|was|are|were|isn't|wasn't)\s+(?:this|that|it|these|those|this\s+\w+|that\s+\w+)\s+"
    r"(?:even\s+|really\s+|just\s+|actually\s+|all\s+|normally\s+)?(?:normal|usual|standard|common|typical|likely|"
    r"unusual|legal|lawful|illegal|allowed|permitted|permissible|possible|true|correct|right|ok|okay|the\s+norm)"
    r"(?:\s+(?:procedure|practice|behaviour|here|then|now|though|anyway|at\s+all|or\s+not))?\s*(?:[?,!.]|$)"
    r"|is\s+(?:it|this)\s+(?:a\s+)?(?:fact|true|the\s+case|right|correct|normal|usual|legal|lawful)\s+that\b"
    r"|is\s+it\s+(?:just\s+)?me\b"
    r"|(?:am|are)\s+(?:i|we)\s+(?:being\s+)?unreasonable\b"
    r"|(?:can|could|will|would)\s+(?:we|i|residents|parents)\s+be\s+(?:guaranteed|assured|sure|certain|confident)\b"
    r"|is\s+there\s+(?:a|any)\s+(?:rule|law|legal\s+limit|time\s+limit)\b"
    r"|how\s+(?:are|am|is|do|can|could|would)\s+(?:we|i|anyone|residents|parents|the\s+public)\s+(?:supposed\s+|meant\s+|expected\s+)?"
    r"(?:to\s+)?(?:know|tell|find\s+out|be\s+sure)\b)")
# the forum's own abbreviations for a question to its readers ("AIBU", "WWYD", "he is BU to be cross")
_READER_ABBREV = re.compile(r"(?i)\b(?:aibu|wibu|wwyd|yabu|yanbu|(?:is|am|are|was|be(?:ing)?)\s+(?:he|she|i|we|they|dh|ds|dd)?\s*bu\b|"
                            r"(?:he|she|i|we|they)\s+(?:is|am|are|was)\s+bu\b|"
                            r"am\s+i\s+being\s+(?:unreasonable|silly|precious|daft|oversensitive)|what\s+would\s+you\s+do\b)")
_WONDER_SELF = re.compile(r"(?i)^(?:i\s+(?:also\s+)?(?:wonder|wondered|am\s+wondering)|(?:can|could|may|might)\s+(?:i|we)\s+(?:find\s+out|know|ask))"
                          r"\s+(?:if|whether)\s+(?:i|we)\s+"
                          r"(?:can|could|should|might|may|ought)\b|^is\s+it\s+worth\s+(?:me|us|my|our|my\s+while\s+)?")
# fr25b: the writer asking advice on their own case, which no body's records hold: "are there other avenues I could go
# down?", "how much of a case do I have?", "is it possible to challenge the decision?", "what are my chances?"; or a
# question to the forum it is posted on ("templates used by members of this forum")
_ADVICE = re.compile(
    r"(?i)^(?:my\s+(?:question|query)\s+is,?\s*)?(?:"
    r"(?:are|is)\s+there\s+(?:any\s+)?(?:other\s+)?(?:avenues?|options?|routes?|ways?|steps?|alternatives?|remed(?:y|ies))\s+"
    r"(?:that\s+)?(?:i|we)\s+(?:could|can|should|might|may)\b|"
    r"how\s+(?:much\s+of\s+a|strong\s+(?:a|is\s+my)|good\s+a)\s+case\b|"
    r"what\s+(?:are|is)\s+(?:my|our)\s+(?:chances?|options?|rights?|next\s+steps?)\b|"
    r"is\s+it\s+possible\s+(?:for\s+(?:me|us|residents|a\s+resident)\s+)?to\s+(?:challenge|appeal|contest|complain|fight|"
    r"overturn|dispute|object|stop|reverse)\b|"
    r"(?:can|could|should)\s+(?:i|we)\s+(?:still\s+)?(?:challenge|appeal|contest|complain|fight|dispute)\b)")
_FORUM = re.compile(r"(?i)\b(?:members|users|people|anyone|posters)\s+(?:of|on|in)\s+(?:this|the)\s+(?:forum|group|board|site|thread|page)\b|"
                    r"\b(?:anyone|anybody|people)\s+on\s+here\b")
_OTHERS_ASK = re.compile(rf"(?i)^(?:(?:does|do|has|have|did|is|can|could|will|would)\s+)?{_INDEFINITE}\s+(?:else\s+)?"
                         rf"(?!{_TELL}\b)(?:know|knows|have|has|had|tried|got|seen|been|heard|else|experienced|managed|"
                         rf"found|dealt|any|out\s+there|who)\b")
_CALL = re.compile(r"(?i)\b(?:who|any(?:\s+other)?\s+\w+\s+(?:\w+\s+){0,3}who)\s+(?:would|might|will)\s+(?:\w+\s+){0,2}?"
                   r"(?:be\s+interested|like\s+to\s+join|want\s+to\s+join|care\s+to|join|help|support)\b")
_VOLITION = re.compile(r"(?i)^(?:who|what\s+\w+)\s+(?:would|could)\s+(?:even|ever|really|possibly|honestly)?\s*"
                       r"(?:want|wish|like|choose|dare|care|believe|think)\b")
_RETORT = re.compile(r"(?i)^(?:what|how)\s+about\b")
_INNER_NEG = re.compile(r"(?i),\s*(?:(?:but|and|so)\s+)?(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|wouldn't|"
                        r"can't|couldn't|shouldn't|haven't|hasn't)\s+(?:they|we|you|it|he|she|there|those|these)\b[^,?]*\?\s*$")
_JUDGED = re.compile(r"(?i)^(?:is|are|was|were|isn't|wasn't)\s+(?:it|this|that|they|these|those|the\s+\w+)\s+(?:really\s+|even\s+|"
                     r"truly\s+|so\s+|that\s+)?(?:vital|necessary|essential|needed|right|wrong|fair|unfair|wise|sensible|"
                     r"acceptable|appropriate|reasonable|justified|worth\s+it|worthwhile|good\s+value|value\s+for\s+money|"
                     r"a\s+good\s+idea|a\s+good\s+use)\b")
_MEANT = re.compile(r"(?i)^(?:did|does|do)\s+(?:he|she|they|the\s+\w+|\w+)\s+(?:really\s+)?mean\b|^what\s+(?:did|does|do)\s+"
                    r"(?:he|she|they|the\s+\w+|\w+)\s+mean\b")
_PREP_FRAGMENT = re.compile(r"(?i)^(?:to|for|on|in|with|by|from|towards?|into)\s+[\w'\u2019 -]+\?*$")
_HYPOTHETICAL_COUNT = re.compile(r"(?i)\b(?:how\s+(?:many|much)|what|which)\b[^?]*?\b(?:could|would|might)\s+(?!you\b)"
                                 r"(?:\w+\s+)?(?:be|have\s+been)\s+[a-z]+(?:ed|en|wn|ne|ft|lt|de|ught)\b")
_PUBLIC_WHY = re.compile(r"(?i)^why\s+(?:\w+n't\s+|(?:is|are|was|were|do|does|did|has|have|had|should|would|must)\s+)"
                         r"(?:(?:the|local|english|scottish|welsh|ordinary|british|our)\s+)?(?:taxpayers|tax\s+payers|residents|voters|"
                         r"people|public|citizens|readers)\b")
_DECLARATIVE_SUBJECT = frozenset("it this that i we they he she there my our their his her these those".split())
_FINITE = frozenset("is are was were am has have had does do did doesn't don't didn't isn't aren't wasn't weren't must "
                    "seems seem seemed can't cannot won't wouldn't should shouldn't will would could know think "
                    "believe feel suppose".split())
_WH = r"(?:what|which|who|whom|whose|when|where|why|how)"
_OPENERS = re.compile(r"(?i)^\W*(?:(?:and|but|so|then|also|well|now|yet|or|still|firstly|secondly|finally|lastly)\b\s*,?\s*)*")


def _norm(sentence: str) -> str:
    s = re.sub(r"\([^()]*(?:\)|$)", " ", sentence.replace("\u2019", "'")).strip()
    s = re.sub(r"(?i)^\s*(?:hi|hello|hey)\b[^,.!?]*[,.!]\s*", "", s)  # a greeting before the question
    s = re.sub(r"\s+", " ", _OPENERS.sub("", s)).strip()
    return s


def addressee(sentence: str) -> str | None:
    """"others", "rhetorical", "view" or None for SENTENCE (see the module's doc)."""
    s = _norm(sentence)
    if not s:
        return None
    low = s.lower()
    if _OTHERS_ASK.match(low) or _WONDER_SELF.match(low) or _CALL.search(low):
        return "others"
    if judgement_asked(sentence):
        return "others"  # cx35: a judgement of the writer's situation asked of the readers
    if "?" in s and (_ADVICE.match(low) or _FORUM.search(low)):
        return "others"  # fr25b: advice on the writer's own case, or a question to the forum
    if "?" in s and _WRITER_STEP.match(low):
        return "others"
    if "?" not in s:
        return None
    if _PUBLIC_WHY.match(low):
        return "rhetorical"  # "why have taxpayers not asked ...?": what the public did is in no body's records
    if "?" not in re.sub(r"[\"\u201c][^\"\u201d]*[\"\u201d]", "", s) and not re.match(rf"(?i){_WH}\b|(?:is|are|was|were|do|does|did|"
                                                                                  r"has|have|can|could|will|would)\s", low):
        return "story"  # "The answer was to the question: "what happens if ...?"": a question only quoted
    if re.search(r"(?i)(?:^|,\s*(?:then\s+)?)surely\b", low) and not re.search(r"(?i)\bwhy\b|\bhow\s+come\b", low):
        return "rhetorical"  # "If that is so, then surely there would be no harm ...?": the writer's answer given
    if _HYPOTHETICAL_COUNT.search(low):
        return "view"  # "how many nurses could be employed with the savings?": what would be, which no record holds
    if _RETORT.match(low) or _VOLITION.match(low) or _INNER_NEG.search(low) or _JUDGED.match(low) or _MEANT.match(low):
        return "rhetorical"
    if _PREP_FRAGMENT.match(low) and not re.search(r"(?i)\b(?:is|are|was|were|has|have|had|did|does|do)\b", low):
        return "rhetorical"  # "To regeneration?": carries on the question before it
    words = re.findall(r"[a-z'£$0-9-]+", low)
    if words and words[0] in _DECLARATIVE_SUBJECT \
            and any(w in _FINITE for w in words[1:5]) \
            and not re.search(rf"(?i)(?:,|\s[-\u2013\u2014]|\b(?:so|and|but))\s+(?:{_WH}\b|(?:is|are|was|were|do|does|did|has|have|"
                              rf"can|could|will|would|should)\s+(?:they|we|you|it|he|she|there|the)\b)", low) \
            and not re.match(r"(?i)(?:i|we)\s+(?:would|'d|want|need|wish|am\s+asking|ask)\b", low):
        return "rhetorical"  # "It doesn't seem right that ...?": the writer's view with a question mark
    return None


_THROUGH = re.compile(rf"(?i)^(?:(?:does|do|has|have|did|can|could)\s+)?{_INDEFINITE}\s+(?:else\s+)?(?:know|knows)\s+(?:if|whether|how)\s+"
                      r"(?:i|we|you|one)\s+(?:can|could|might|would\s+be\s+able\s+to)\s+(?:get|obtain|see|have|request|access)\s+"
                      r"(?:hold\s+of\s+)?(?P<what>(?:a\s+)?(?:cop(?:y|ies)|the\s+(?:minutes|figures|report|reports|data|records|policy)|"
                      r"(?:any|their|the)\s+\w+\s+(?:records|reports|minutes|data|figures))\b[^?.!]*)")


def asked_through_others(sentence: str) -> str | None:
    """The records a question put to other readers is after: "Anyone know if I can get a copy of the school's
    evaluations?" -> "a copy of the school's evaluations"; None for any other sentence."""
    m = _THROUGH.match(_norm(sentence))
    return m.group("what").strip(" ,") if m else None


def advice_asked(sentence: str) -> bool:
    """SENTENCE is a question asking advice on the writer's own case ("how much of a case do I have here?", "is it
    possible to challenge the decision?", "are there other avenues I could go down?"): no record holds the answer
    (fr25b)."""
    s = _norm(sentence or "")
    return "?" in s and bool(_ADVICE.match(s.lower()))


def peers_asked(sentence: str) -> bool:
    """SENTENCE is a question put to other readers or to the forum it is posted on ("has anyone been in a similar
    situation?", "templates used by members of this forum"), whatever the rest of the message looks like (fr25b)."""
    s = _norm(sentence or "")
    return "?" in s and bool(_OTHERS_ASK.match(s.lower()) or _FORUM.search(s.lower()))


def judgement_asked(sentence: str) -> bool:
    """cx35: SENTENCE asks the readers to judge the writer's situation ("is this normal procedure?", "AIBU?", "can we
    be guaranteed that ...?", "how are we to know how they decided?"): no body's records answer it as asked."""
    s = _norm(sentence or "")
    low = s.lower()
    judged = _READER_JUDGE.search(low) if "?" in s else None
    if judged and judged.start() > 0 and re.match(rf"(?i)\W*(?:my\s+question\s+is\W*)?(?:{_WH}|is|are|was|were|do|does|did|has|"
                                                   r"have|can|could|will|would)\b", low):
        judged = None  # "how long will it last, and can we be guaranteed ...?": the clause before asks of its own
    return bool(_READER_ABBREV.search(low) or judged)


# fx52 (nc51 #5): the body a message is for, typed in front of it with a dash ("Dwr Cymru Welsh Water - how
# many times ...", "NHS Lothian: client has been waiting ..."), as a clinic volunteer heads a note
_ADDRESSEE_LINE = re.compile(r"^(?P<lead>\s*)(?P<name>[^\n:?!.,;()\-\u2013\u2014]{3,70}?)[ \t]*[ \t][-\u2013\u2014]+[ \t]+(?=\S)")
# (a colon after the name before a story is left to the reader's own address prefix, askfoi/questions.py _PREFIX:
# "leicestershire county council: there is a huge pothole ... why hasnt it been fixed?" keeps its reading as one story
# and question); fx54 (nc51 #5): a colon after the name before a question ("Dwr Cymru Welsh Water: how many times
# ...") heads the note as the dash does: what follows opens with a question word, an inverted auxiliary or a request
_ADDRESSEE_COLON = re.compile(r"^(?P<lead>\s*)(?P<name>[^\n:?!.,;()\-\u2013\u2014]{3,70}?)[ \t]*:[ \t]*(?=(?:how|what|whats|"
                              r"what's|which|who|when|where|why|whether|is|are|was|were|do|does|did|has|have|had|can|could|"
                              r"will|would|please|i\s+would\s+like|i'd\s+like|id\s+like|my\s+client|client|she|he|"
                              r"my\s+(?:mum|dad|mother|father|son|daughter|wife|husband|partner))\b)", re.I)


def addressee_line(text: str) -> str:
    """fx52 (nc51 #5): TEXT with a body named at its very start before a dash ("Dwr Cymru Welsh Water - how
    many times did ...") written as the salutation it is ("Dear Dwr Cymru Welsh Water,\\nhow many times did ..."): the
    addressee, never words inside the first part. Only a name of two words or more that askfoi knows as one body."""
    from askfoi.authorities import resolve_authority

    m = _ADDRESSEE_LINE.match(text or "") or _ADDRESSEE_COLON.match(text or "")
    if not m:
        return text or ""
    name = m.group("name").strip()
    if len(name.split()) < 2 or re.match(r"(?i)(?:dear|re|to|hi|hello|for)\b", name):
        return text
    found = resolve_authority(name)
    if found is None or not found.known or found.score < 99:
        return text
    return f"{m.group('lead')}Dear {name},\n{text[m.end():]}"
