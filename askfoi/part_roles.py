"""Which sentences of a part ask, read by grammar (issue 8, fr17a).

A part of a letter is one request for recorded information. The rules that cut a message into parts keep some
sentences whole that ask nothing: a sentence of the story ("In 2016 the force cooperated with a TV show ..."), a
lead-in to the list ("This request concerns the use of ...", "The information I am requesting is as follows"), a
remark on the request ("Please note below the reports ...", "We think it is now seven."), a reported or evaluative
statement ("It also includes footage of ...", "You cannot expect the council not to ...").

Each sentence gets a role from its grammar alone (askfoi.sentence_acts.sentence_act: mood, who the subject is,
modal verbs, the verbs of asking), never from its topic:

- "ask": a question, an imperative or modal request ("please provide", "could you"), a request frame ("I would like",
  "I am requesting information on ..."), or a noun phrase naming records ("The number of ...", "Any minutes ...");
- "lead-in": a statement about the request itself (its subject is the request, the letter or the information asked
  for, its verb relates or points forward: "concerns", "relates to", "is as follows"): it introduces the parts that
  follow, so it is never a part while another part follows it;
- "remark": "please note / bear in mind / see ...": a note on the request, not a request;
- "story": any other statement (a declarative sentence, in any person and tense, with no request frame in it).

`sentence_role(sentence)` gives the role; `asking_sentences(text)` cuts TEXT into sentences with their roles.
"""

from __future__ import annotations

import re

from askfoi import sentence_ends

# the verbs and frames a statement asks with ("I am requesting ...", "I would like ...", "I need ...")
_REQUEST_FRAME = re.compile(
    r"(?i)\b(?:request(?:ing|ed)?|seek(?:ing)?|sought|require|requiring|would\s+(?:\w+\s+)?like|'d\s+(?:\w+\s+)?like|"
    r"would\s+(?:appreciate|welcome|be\s+grateful\s+for)\s+(?:\w+\s+){0,3}?(?:cop(?:y|ies)|details|figures|data|information|"
    r"list|number|breakdown|records?|documents?)|wish(?:ing)?\s+to|wants?(?:ed)?\s+to\s+(?:know|see|have|obtain|receive|find\s+out)|"
    r"needs?\s+to\s+(?:know|see)|ask(?:ing)?\s+for|looking\s+for|interested\s+in|"
    r"(?:please|you|to|could|can|would|will)\s+(?:\w+\s+)?(?:provide|supply|send|disclose|release|confirm|include|list|"
    r"give|share|publish|break)|tell\s+me|let\s+me\s+know|"
    r"break\s*(?:down|it\s+down)|broken\s+down|breakdown|itemi[sz]e)\b")
# the request itself as the subject of a statement about it: "This FOI request concerns ...", "My request relates to
# ...", "The information I am requesting is as follows"
_ABOUT_REQUEST = re.compile(
    r"(?i)^\W*(?:this|my|the|these|our)\s+(?:(?:foi|freedom\s+of\s+information|eir|foisa|information|further|following|"
    r"present|above|below|specific)\s+)*(?:request|requests|information|enquiry|inquiry|query|queries|questions?|letter|"
    r"email|application)\b(?:\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:am|are|was|were|have\s+been)?\s*(?:request|seek|requir|ask|"
    r"look)\w*(?:\s+for)?|\s+(?:sought|requested|required|asked\s+for|needed))?\s*,?\s+(?:\w+\s+){0,2}?"
    r"(?:concerns?|relates?|relating|refers?|pertains?|is\s+about|are\s+about|covers?|is\s+regarding|is\s+as\s+follows|"
    r"are\s+as\s+follows|is\s+set\s+out|are\s+set\s+out|is\s+below|are\s+below|focus(?:es)?|deals?\s+with)\b")
_POINTS_ON = re.compile(r"(?i)\b(?:as\s+follows|the\s+following|below|set\s+out\s+(?:below|here)|listed)\b")
# a note on the request: "Please note ...", "Please bear in mind ...", "Please see ...", "Please find attached ..."
_NOTE = re.compile(r"(?i)^\W*(?:(?:many\s+)?thanks?\b|thank\s+you\b|(?:kind|best)\s+regards\b|yours\s+(?:sincerely|faithfully)\b|"
                   r"(?:could|can|would|will)\s+you\s+(?:also\s+|please\s+)*(?:confirm|acknowledge)\s+(?:the\s+)?receipt\b|"
                   r"please\s+(?:also\s+)?(?:confirm|acknowledge)\s+(?:the\s+)?receipt\b|please\s+(?:note|be\s+aware|bear\s+in\s+mind|see|find\s+(?:attached|enclosed|below)|"
                   r"accept|excuse|forgive)|(?:n\.?b\.?|note)\s*[:,.-])")
# a noun phrase that names records ("The number of ...", "Any minutes ...", "Copies of ...", "A list of ...")
_RECORDS_NP = re.compile(
    r"(?i)^\W*(?:(?:the|a|an|any|all|your|each|every)\s+)?(?:(?:\w+|\w+-\w+)\s+){0,2}?(?:number|numbers|figures?|totals?|amounts?|"
    r"cop(?:y|ies)|details|information|data|statistics|list|lists|minutes|correspondence|emails?|documents?|documentation|"
    r"records?|polic(?:y|ies)|procedures?|guidance|breakdown|spend|expenditure|costs?|reports?|assessments?|contracts?|"
    r"agreements?|letters?|notes|communications?|plans?|proposals?|evaluations?|reviews?|audits?|names?|dates?|"
    r"percentage|proportion|value|sums?|schedules?|protocols?|instructions?|training|guidelines?|strategy|strategies|"
    r"readings?|measurements?|results|levels)\b")  # fr24a: "air quality readings for the monitor on the A38"


def _strip_label(sentence: str) -> str:
    return re.sub(r"^\W*(?:\(?(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})[.):\]]\s+|[-\u2022*]\s+)", "", sentence.strip())


# a statement that says what the request's words cover or mean: its scope, never story
_SCOPE = re.compile(r"(?i)\b(?:(?:also\s+)?(?:be\s+)?(?:known|referred\s+to|called)\s+as|otherwise\s+known\s+as|a\.?k\.?a\.?|"
                    r"^\W*(?:this|these|that|those|it|they)\s+(?:can|could|may|might|would|should|will)\s+(?:also\s+)?(?:be|include|mean|cover)\b|"
                    r"(?:this|that|these|it|they|which)\s+(?:should\s+|would\s+|will\s+|must\s+)?(?:includes?|covers?|means?)|"
                    r"(?:by|when\s+i\s+say)\s+(?:\"[^\"]{1,40}\"|\w+(?:\s+\w+){0,3}),?\s+i\s+mean|i\s+(?:also\s+)?mean|"
                    r"(?:including|to\s+include)\s+(?:both\s+)?(?:those|any|all|the\s+ones)|"
                    r"(?:both\s+)?before\s+and\s+after|whether\s+(?:before|after|or\s+not))\b")


def sentence_role(sentence: str) -> str:
    """What SENTENCE (one sentence of a part, as typed) does: "ask", "lead-in", "remark" or "story" (the module's
    doc). Decided by the sentence's grammar: a question, a request frame anywhere in it or a noun phrase naming
    records asks; a statement does not."""
    from askfoi.sentence_acts import sentence_act

    s = _strip_label(sentence)
    if not re.search(r"[^\W\d_]{2,}", s):
        return "ask"  # nothing to read: left as it is
    from askfoi.questions import format_note

    if format_note(s):
        return "remark"  # "Excel format preferred.": how to send it, never a part's words
    if _NOTE.match(s) and not re.search(r"(?i)\b(?:provide|supply|send|disclose|include|break|broken|breakdown|would\s+like|"
                                         r"want|need|require|request|per|each|between)\b", s):
        return "remark"
    lead = _ABOUT_REQUEST.match(s)
    if lead and (_POINTS_ON.search(s) or not re.search(
            r"(?i)\b(?:numbers?\s+of|figures|statistics|cop(?:y|ies)\s+of|list\s+of|details\s+of|data\s+(?:on|about|of)|totals?|"
            r"amounts?\s+of|how\s+(?:many|much)|breakdown)\b", s[lead.end():])):
        return "lead-in"  # what the request is about, or that it follows: the parts after it ask
    if "?" in s:
        return "ask"
    bare = re.sub(r"\([^()]*(?:\)|$)", " ", s).strip()
    if not re.search(r"\w", bare) and s.startswith("("):
        bare = re.sub(r"^\W*\(|\)\W*$", "", s).strip()  # a whole sentence in brackets: "(We think that it is now seven.)"
    if _RECORDS_NP.match(bare) and not re.match(r"(?i)^\W*(?:the|a|an)\s+\w+\s+(?:of\s+)?(?:[A-Z]\w*\s+){0,4}?"
                                               r"(?:reveal|show|prove|suggest|indicate)\w*\b", bare):
        return "ask"  # "The number of ...", "Any minutes of ...": a noun phrase naming records
    if _REQUEST_FRAME.search(bare):
        return "ask"
    from askfoi.informal_roles import wish_for_records

    if wish_for_records(bare, _RECORDS_NP):
        return "ask"  # fr24a: "i want all the emails between ...": the writer's wish names records
    if re.match(r"(?i)^\W*(?:(?:and|but|so|also|then)\s+)*(?:why|how|what|which|who|whom|whose|whether|is|are|was|were|do|does|did|"
                r"has|have|had|can|could|will|would|should|shall|may|must)\b", bare) \
            or re.match(r"(?i)^\W*(?:when|where)\b(?!\s+(?:i|we|you|they|he|she|my|our|it)\b)", bare):
        return "ask"  # a question typed without its mark: a question word or an auxiliary first
    if re.search(r"(?i)\bhow\s+(?:many|much|often|long)\b|\b(?:ask|asks|asked|asking|wonder\w*|know|knew|find\s+out|found\s+out|"
                 r"curious|interested|tell|told|enquir\w+|inquir\w+)\s+(?:\w+\s+){0,2}?(?:how|what|which|who|whom|when|where|why|"
                 r"whether|if)\b", bare):
        return "ask"  # a question reported or wondered ("a client asked me how many sanctions were given"): it asks
    act = sentence_act(bare or s)
    if act != "story":
        return "ask"  # a question, a request, a view or a suggestion: read by the other readers as before
    if re.search(r"(?i)\b(?:please|kindly)\b|:|^\W*to\s+(?:know|have|see|receive|obtain|request|ask|find|learn)\b", s):
        return "ask"  # a request anywhere in it ("if yes, please specify ..."), or a list it introduces
    if _SCOPE.search(bare):
        return "ask"  # h18: what the part's words cover ("also known as RPAS or UAV", "this includes policies before and
        # after ..."): the scope of the request, which the officer needs beside it
    if not main_clause(bare):
        return "ask"  # no verb of its own before a relative clause: a noun phrase, which may name what is asked
    return "story"


_PRONOUN_SUBJECTS = frozenset("i we you he she it they this that there these those i'm we're you're it's they're "
                              "i've we've they've i'd we'd they'd".split())
_STOPS = frozenset("that who which whom whose where whereby when if whether because so to please and or".split())
_OBJECT_START = frozenset("the a an its their his her our my this these those it them him us me your some no all".split())


def main_clause(sentence: str) -> bool:
    """SENTENCE is a statement with a finite verb of its own: a subject then a finite verb before any relative or
    subordinate clause ("It also includes footage ...", "In 2016 the force cooperated with ...", "Trusts are required
    to ..."), not a noun phrase whose only verbs stand in a clause on it ("The average time that patients spent ...",
    "Consultants involved with each patient ...")."""
    from askfoi.why_records import _lemmas

    text = sentence.replace("\u2019", "'")
    words, starts = [], []
    for m in re.finditer(r"[A-Za-z][\w']*|\d[\d,.]*|,", text):
        if m.group(0) == ",":
            starts.append(len(words))  # a clause starts again after a comma ("As described in ..., trusts are ...")
        else:
            words.append(m.group(0))
    clause_start = [0]
    for k, w in enumerate(words[:25]):
        clause_start[0] = max([0] + [x for x in starts if x <= k])
        low = w.lower()
        if low in _STOPS and k > 0 or k == 0 and low in ("if", "whether", "whereby", "where", "when", "which", "who"):
            return False  # a clause on a noun, or a sentence that opens with a condition or an indirect question
        if low in _PRONOUN_SUBJECTS and k + 1 < len(words) and k - clause_start[0] <= 2:
            nxt = words[k + 1].lower()
            after = words[k + 2].lower() if k + 2 < len(words) else ""
            personal = low in ("i", "we", "you", "he", "she", "they")  # never a determiner: "we think", "they say"
            demonstrative = low in ("this", "that", "these", "those")  # "those fines": a determiner before a noun
            if low.endswith(("'m", "'re", "'s", "'ve", "'d")) \
                    or _finite_word(nxt) and not (demonstrative and "NOUN" in _lemmas(nxt)) \
                    or personal and "VERB" in _lemmas(nxt) and not nxt.endswith("ing") \
                    or nxt in ("also", "only", "just", "now", "still", "really", "never", "often", "clearly", "then") \
                    and _finite_word(after):
                return True
            continue
        if low in ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "shall",
                   "must", "may", "might", "cannot", "does", "did", "do") or low.endswith("n't"):
            # the subject is short ("the council has", "trusts are"): a longer run before the verb is a noun phrase
            # with a clause on it ("the longest time an individual has spent ...")
            return 0 < k - clause_start[0] <= 3

        if k == 0 or low in _PRONOUN_SUBJECTS:
            continue
        lem = _lemmas(low)
        if "VERB" not in lem:
            continue
        prev = words[k - 1]
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        subject_before = prev[:1].isupper() and not prev.isupper() and k - 1 > 0 or prev.lower() in _PRONOUN_SUBJECTS
        if low.endswith("ed") or low in _IRREGULAR_PAST:
            # fx91: "the number of PCNs issued using ...", "a list of homes inspected in 2023": a participle on the noun
            # an "of" phrase names (a clause on it), never that noun's own verb, unless an object follows it
            if k >= 2 and words[k - 2].lower() == "of" and nxt not in _OBJECT_START and nxt != "that":
                continue
            if subject_before or nxt in _OBJECT_START and "NOUN" not in lem and "ADJ" not in lem:
                return True
        elif low.endswith("s") and subject_before and "NOUN" not in lem:
            return True
    return False


_IRREGULAR_PAST = frozenset("put said told wrote sent spent paid made took gave got went came saw found left kept held "
                            "brought bought thought felt knew sold built began ran won lost".split())


def _finite_word(word: str) -> bool:
    from askfoi.why_records import _lemmas

    low = word.lower()
    if low in ("am", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "shall",
               "must", "may", "might", "cannot", "does", "did", "do") or low.endswith("n't"):
        return True
    lem = _lemmas(low)
    return "VERB" in lem and (low.endswith(("ed", "s")) or low in _IRREGULAR_PAST or "NOUN" not in lem)


def split_sentences(text: str) -> list[str]:
    """TEXT cut into sentences (askfoi.questions' cut: never inside a bracket or a quotation, nor after an
    abbreviation); a whole sentence in brackets after a sentence's end is a sentence of its own."""
    from askfoi.questions import _sentences

    out: list[str] = []
    for piece in _sentences(text or ""):
        # a sentence in brackets after a sentence's end, and the sentence after the bracket, stand on their own:
        # "... in Preston Park? (We think that it is now seven.) In 2016 ..."
        out += sentence_ends.split(r"(?<=[.?!])\s*(?=\([A-Z])|(?<=[.?!]\))\s+(?=[A-Z\d\"'])", piece)
    return [p.strip() for p in out if p.strip()]


def asking_sentences(text: str) -> list[tuple[str, str]]:
    """Each sentence of TEXT with its role (sentence_role), in order."""
    return [(s, sentence_role(s)) for s in split_sentences(text)]
