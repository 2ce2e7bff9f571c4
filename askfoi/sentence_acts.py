"""What one sentence of an informal message does (issue 8, fr9b).

People who write as they speak (a letter to the local paper, a message typed as said, a story then a question) mix
four things in one text, and only the first is a request an FOI officer can act on as written:

- "records": asks for a fact a body would have recorded ("how much did the lights cost?", "perhaps the council can
  provide a breakdown of the figures?", "is there a plan for the roadworks?");
- "reasons": asks why, for a justification or for who had the idea ("why was the work not done at night?", "what
  possible justification can there be for the charge?", "which official had the idea to close the station?"): the
  body holds only the reasons it recorded, so it becomes a reasons frame;
- "view": asks what someone thinks, feels or would do ("are they content that ...?", "could it be that ...?",
  "which town is more enlightened?"): no record holds it as asked;
- "rhetorical": a question asked for effect, not for an answer: a negative question ("is it not time ...?"), one
  about the writer themself ("do we really need ...?"), one with "really"/"honestly", a question with no verb
  ("but £60,000?"), one answered in the next sentence ("Was anyone asked? No.");
- "suggestion": what the writer thinks should be done ("maybe they could plant the trees here", "let's also ...",
  "why not switch the lights off?" is read as "reasons", considering it);
- "story": a statement: what happened, what the writer thinks, an exclamation.

Read by grammar (mood, person, modal verbs, negation, the sentence after), with only the closed classes of English
(auxiliaries, pronouns, determiners, the verbs of asking) and a short list of adjectives of feeling.
"""

from __future__ import annotations

import re

from askfoi import sentence_ends

_AUX = frozenset("is are was were am be do does did has have had can could will would should shall may might must".split())
_WH = frozenset("what which who whom whose when where how why".split())
_WRITER = frozenset("i we me us".split())
_OPENERS = frozenset("and but so then also therefore thus now well yet or still".split())
_HEDGES = frozenset("maybe perhaps surely possibly presumably".split())
_INTENSIFIERS = frozenset("really honestly seriously actually truly".split())
# the verbs a request for information is made with ("can you tell me", "please provide", "could the council publish")
_ASK_VERBS = frozenset("provide give send tell supply share publish disclose list confirm release let show forward "
                       "email advise inform explain produce make".split())
# a person's feeling asked as a yes/no question ("are they content that ...") asks a view, not a record
_FEELING = frozenset("content happy satisfied proud comfortable pleased ashamed embarrassed bothered concerned worried "
                     "surprised aware".split())
# the nouns a request names its records by (a formal item is often a noun phrase: "The number of ...")
_RECORD_NOUNS = frozenset("number numbers figures figure total totals amount amounts copy copies details information data "
                          "statistics list lists minutes correspondence emails documents documentation records policy "
                          "policies breakdown spend expenditure".split())
_ANSWERS = re.compile(r"(?i)^\W*(?:no|yes|of\s+course|not|nothing|nobody|none|never|apparently|surely|certainly|"
                      r"probably|hardly|i\s+doubt|i\s+think\s+not|obviously|clearly)\b")
_WORD = re.compile(r"[£$]?[\w'\u2019-]+(?:[.,]\d+)?")


def _words(text: str) -> list[str]:
    return [w.lower().replace("\u2019", "'") for w in _WORD.findall(text)]


def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    from askfoi.why_records import _lemmas as lemmas

    return lemmas(word)


def _verb_like(word: str) -> bool:
    if word in _AUX or word.endswith("n't"):
        return True
    lem = _lemmas(word)
    return "VERB" in lem and not word.startswith(("£", "$"))


def _strip_openers(words: list[str]) -> tuple[list[str], bool]:
    """WORDS without the openers ("and", "but", "so then") and hedges ("maybe", "perhaps"); whether a hedge led."""
    hedged = False
    while words and (words[0] in _OPENERS or words[0] in _HEDGES):
        hedged = hedged or words[0] in _HEDGES
        words = words[1:]
    return words, hedged


def _embedded(words: list[str]) -> list[str] | None:
    """The question inside a request frame: "can someone tell me which ..." -> "which ...", "I would like to know
    how many ..." -> "how many ...", "I wonder why ..." -> "why ..."; None when WORDS has no such frame."""
    text = " ".join(words)
    m = re.search(r"(?:^|(?<=\s))(?:i\s+(?:also\s+)?ask\s+(?:you\s+)?(?:the|this|these|my|a|two|three|some)\s+(?:\w+\s+)?questions?\s*[,:;-]?|(?:can|could|may|might)\s+i\s+(?:please\s+)?(?:ask|enquire|inquire)|(?:can|could|would|will)\s+(?:\S+\s+){1,4}?(?:please\s+)?(?:tell|let|advise|inform|explain\s+to)\s+"
                 r"(?:me|us|the\s+public|residents|readers)(?:\s+know)?|(?:please\s+)?(?:tell|let)\s+(?:me|us)(?:\s+know)?|"
                 r"(?:i|we)\s+(?:also\s+)?(?:would|'d|should)\s+(?:also\s+)?(?:like|love)\s+to\s+(?:know|understand|find\s+out|see)|"
                 r"(?:i|we)\s+(?:also\s+)?(?:want|need)\s+to\s+(?:know|understand|find\s+out|see)|"
                 r"i\s+(?:also\s+)?(?:wonder|wondered|am\s+wondering|ask|asked)|"
                 r"(?:which|this)\s+(?:asks|begs|raises)\s+the\s+question|(?:can|could|may|might)\s+(?:we|i|the\s+public|residents)\s+"
                 r"(?:please\s+)?be\s+(?:told|given|shown)|(?:one\s+)?question\s+(?:comes|springs)\s+to\s+mind)"
                 r"\s*,?\s*(.*)$", text)
    if not m or not m.group(1):
        return None
    rest = m.group(1).split()
    # lead43: "we want to know ...", "we would like to see ...": a group (a residents' association, a family) asks too
    if rest and (rest[0] in _WH | {"if", "whether"} or re.match(r"(?:i|we)\s+(?:also\s+)?(?:would|'d|want|need)", text)):
        return rest  # "I would like to know the reasons why ...": what is asked
    return None


def _yes_no(words: list[str]) -> bool:
    return bool(words) and words[0] in _AUX | {w for w in map(str.lower, ("isn't aren't wasn't weren't don't doesn't "
                                                                            "didn't won't wouldn't can't couldn't "
                                                                            "shouldn't haven't hasn't").split())}


def _records_request(words: list[str]) -> bool:
    """A request in the modal or imperative shape: "please provide ...", "can you send ...", "perhaps the council
    can provide us with a breakdown of ..."."""
    if words and words[0] == "please":
        return True
    if len(words) > 1 and words[0] == "kindly" and (words[1] in _ASK_VERBS or words[1] == "please"):
        return True  # fx44: "Kindly supply a list of ...": the imperative of a request, as "please" opens one
    if words and words[0] in _ASK_VERBS and words[0] not in ("let", "make"):
        return True
    for k, w in enumerate(words[:8]):
        if w in ("can", "could", "would", "will") and k + 1 < len(words):
            after = [x for x in words[k + 1:k + 6] if x != "please"]
            if any(x in _ASK_VERBS - {"let", "make", "explain"} for x in after[:4]):
                return True
    return False


# lead50 (nc61 #3): what a writer says they want, when it is a record: "i want a copy of the behaviour policy", "we'd
# like the minutes", "i need the road safety audit" (never "i want the council to fix it": a wish for an act)
_WISHED_RECORDS = _RECORD_NOUNS | frozenset("report reports audit audits contract contracts assessment assessments plan plans "
                                            "footage recordings recording log logs file files notes letter letters agreement "
                                            "agreements invoice invoices register dpia strategy procedure procedures guidance "
                                            "evaluation review reviews risk email spreadsheet spreadsheets "
                                            # lead51 (nc67 #3): a measure is a figure asked for ("i want the a&e waiting
                                            # times", "the response times", "the pass rates")
                                            "times rates levels waits numbers totals counts".split())
_WISH_WORDS = re.compile(r"(?:(?:i|we)(?:'d\s+(?:also\s+|really\s+)?(?:like|love)|\s+(?:(?:really|also|just|only|still)\s+)?(?:want|need|"
                         r"require|request|wanna|would\s+like|would\s+also\s+like|would\s+love))\s+(?:to\s+(?:see|get|have|obtain|receive|"
                         r"read)\s+)?"
                         # fx97 (fx94 Cheshire Fire 2224): a hope, a wish or a search, for records by name ("I am hoping to
                         # receive a copy of the incident logs", "we were hoping to see the minutes", "I wish to obtain the
                         # report", "I am seeking a copy of the audit"): never a hope that a body acts ("hoping the council
                         # will fix it": no "to see/get ..." before the noun phrase)
                         r"|(?:i|we)(?:'m|'re|m|\s+am|\s+are|\s+was|\s+were)?\s+(?:(?:really|also|just|still)\s+)?(?:hoping|wishing|"
                         r"looking|seeking|trying)\s+(?:to\s+(?:see|get|have|obtain|receive|read|access)|for)\s+"
                         r"|(?:i|we)\s+(?:also\s+)?(?:wish|hope)\s+to\s+(?:see|get|have|obtain|receive|read|access)\s+"
                         r"|(?:i|we)(?:'m|'re|m|\s+am|\s+are)\s+(?:also\s+)?seeking\s+)"
                         r"(?P<np>.+)$")


def _wishes_records(words: list[str]) -> bool:
    m = _WISH_WORDS.match(" ".join(words).replace("id like", "i'd like", 1))
    if m is None:
        return False
    np = m.group("np").split()
    head = []
    for w in np[:9]:
        if w in ("to", "so", "because", "as", "which", "that", "if"):
            break  # "the council to fix it", "the figures so i can ...": what follows is no longer the noun phrase
        head.append(w)
    return any(w in _WISHED_RECORDS for w in head)


def wishes_records(sentence: str) -> bool:
    """SENTENCE is the writer saying they want records by name ("and i want a copy of the behaviour policy")."""
    words, _ = _strip_openers(_words(sentence or ""))
    return _wishes_records(words)


def asks_why(words: list[str]) -> bool:
    """WORDS ask why or for a justification: "why", "how come", "justify", "what is the need for", "warrant", "which
    official had the idea to ..."."""
    text = " ".join(words)
    return bool(re.search(r"\bwhy\b|\bhow\s+come\b|\bjustif|\bwarrant\b|\brationale\b|"
                          r"\bwhat\s+(?:is|was)\s+the\s+(?:need|point|purpose|sense|logic|thinking)\s+(?:of|for|in|behind)\b|"
                          r"\b(?:question|query|challenge|know|understand|see)\s+the\s+(?:reasons?|rationale|thinking|logic)\s+(?:for|behind|of)\b|"
                          r"^(?:who|which\s+\S+(?:\s+\S+)?)\s+(?:had|came\s+up\s+with)\s+the\s+(?:\S+\s+)?idea\b", text))


# cx41: nouns that name what is wanted of a thing at the head of a noun phrase ("The location/address of the station",
# "The names of the companies"): with _RECORD_NOUNS, the head of a line that asks by naming it
_DETAIL_NOUNS = frozenset("location locations address addresses name names date dates cost costs value values type types "
                          "purpose purposes reason reasons outcome outcomes result results length duration frequency "
                          "capability capabilities make model models size rate rates price prices".split())
_RELATIVE = frozenset("which that who whom whose where when".split())
# the fields a follow-up asks by a relative clause of place, time or purpose ("the locations where", "the purposes for which")
_WHERE_NOUNS = frozenset("location locations place places site sites purpose purposes date dates".split())
_FIRST_PERSON_WORDS = frozenset("i we me us my our i'm we're i've we've i'd we'd".split())


def _head_of_noun_phrase(words: list[str]) -> bool:
    """WORDS open a noun phrase whose head names what is wanted: "the number of ...", "the location/address of ...",
    "the names of the companies ...", with no verb before the head's "of" (a verb in a relative clause after it
    does not make it a sentence)."""
    if not words or words[0] not in ("the", "a", "an", "any", "all", "copies", "copy", "details", "full", "total"):
        return False
    if words[0] == "the" and len(words) > 3 and words[1] in _WHERE_NOUNS and (
            words[2] in ("where", "when") or words[2] in ("for", "in", "at", "on") and words[3] == "which"):
        return True  # nx94: "the locations where X has been used", "the purposes for which X is used": a field asked
    for k, w in enumerate(words[1:5], 1):
        if w == "of":
            return k >= 2 and any(x in _RECORD_NOUNS or x in _DETAIL_NOUNS for x in words[1:k])
        if w in _AUX or w in _RELATIVE:
            return False
    return False


def _names_what_is_wanted(words: list[str]) -> bool:
    """cx41: a line that is only a noun phrase naming what is wanted ("The location/address of the Council's main
    monitoring station", "The number of CCTV cameras installed ... which are operated by ...")."""
    if set(words) & _FIRST_PERSON_WORDS or not _head_of_noun_phrase(words):
        return False
    cut = next((k for k, w in enumerate(words) if w in _RELATIVE), len(words))  # the verbs of a relative clause
    before = words[:cut]
    return not any(w in _AUX for w in before) and not any(w.endswith("ed") and k > 0 and before[k - 1] in ("was", "were")
                                                           for k, w in enumerate(before))


def _if_asks(sentence: str, words: list[str]) -> bool:
    """cx41: an "if" line that asks: a bare "If there is a database of X." / "If any of the cameras record sound." (no
    main clause: it asks whether), or "If X, the names of Y ..." (the main clause names what is wanted); never the
    writer's own conditional ("If I had known ...") nor one with a main clause that tells or suggests."""
    if set(words) & _FIRST_PERSON_WORDS or any(w in ("should", "ought", "must", "would", "could", "might") for w in words):
        return False
    if re.search(r"[;!]", sentence) or set(words) & {"anyone", "anybody", "someone", "somebody", "you", "help"}:
        return False  # "If anyone has been through this; please help!": a plea to readers, not a question of records
    head, comma, rest = sentence.partition(",")
    if comma:
        main = _words(rest)
        return _head_of_noun_phrase(main) or _records_request(main)
    return len(words) >= 4


def sentence_act(sentence: str, following: str = "") -> str:
    """What SENTENCE does, read by its grammar: "records", "reasons", "view", "rhetorical", "suggestion" or "story"
    (see the module's doc). FOLLOWING: the sentence after it in the message, which may answer it."""
    from askfoi.why_records import asks_reasons

    s = re.sub(r"\([^()]*(?:\)|$)", " ", sentence.strip()).strip() or sentence.strip()  # an aside in brackets asks nothing
    # ck22: the one a writer helps wishes to know ("she wants to know their policy on ..."): asked through the writer,
    # read as "i want to know ..."
    s = re.sub(r"(?i)^(\W*(?:(?:so|and|but|also)\s+)*)(?:he|she|they|(?:my|our|the)\s+client)\s+(?:really\s+|also\s+)?"
               r"(?:wants|needs|would\s+like)\s+to\s+(know|find\s+out|understand)\b", r"\1i want to \2", s)
    if re.search(r"(?i)\b(?:might|may|can|could)\s+i\s+suggest\b|\bi\s+(?:would\s+)?suggest\b", s):
        return "suggestion"
    if "?" in s and "!" in s:
        return "rhetorical"  # "... a reverse outage!!!???": asked for effect
    from askfoi.addressee import addressee

    to = addressee(s)  # fr11c: put to other readers, or asked for effect, by who the subject is and the mood
    if to is not None:
        return to
    cond = re.match(r"(?i)\W*(?:and\s+|but\s+|so\s+)?(?:if|since|as|given\s+that|assuming)\b[^?]{3,}?,\s*(?:then\s+)?"
                    r"(?P<main>(?:why|how|what|which|who|when|where)\b.+|(?:is|are|was|were|do|does|did|can|could|cannot|should|"
                    r"would|will|has|have)\s+(?:i|we|you|they|he|she|it|there|the|a|an|this|that|these|those|our|their|its|"
                    r"[A-Z])\b.+)$", s)
    asks = False
    if cond:
        s = cond.group("main")  # "If the approvals are given, could I ...?": the main clause asks
        asks = True
    words, hedged = _strip_openers(_words(s))
    if not words:
        return "story"
    if re.match(r"(?i)\W*(?:re\b:?|regarding|further\s+to|with\s+(?:regard|reference)\s+to|in\s+response\s+to|following)\s", s) \
            and not re.search(r"(?i)\b(?:how\s+(?:much|many)|what|which|who|when|where|why|whether)\b", s):
        return "story"  # "Re your article about the lights, or not?": the topic the letter answers, a heading
    question = "?" in s or asks
    if not question and re.match(r"\W*(?:(?i:and|so|but)\s+)?(?i:is|are|was|were|has|have|did|does|do|will|can|could)\s+"
                                 r"(?:(?i:the|any|a|an|they|it|there|you|he|she)|[A-Z]\w+)\b", s) and len(s.split()) >= 4:
        question = True  # chat typed without its mark: "are the figures broken down by ward"
    inner = _embedded(words)
    if inner is not None:
        words, question = inner, True
    if not question:
        if words[0] == "please" and len(words) > 1 and words[1] not in _ASK_VERBS | {"could", "can", "would", "will", "may",
                                                                                      "find", "supply", "kindly"}:
            return "suggestion"  # "Please leave it as it is.": a plea, not a request for records
        if not _records_request(words) and any(w in ("should", "ought", "must") for w in words[:12]):
            return "suggestion"  # "it should be obvious that ...", "they should take responsibility ..."
        if _records_request(words) or (not set(words[:6]) & {"i", "we", "i'm", "we're", "my", "our"}
                                       and set(words[:3]) & _RECORD_NOUNS and not set(words) & _AUX):
            return "records"  # "please provide ...", "The number of fines issued in 2023", "Copies of the minutes"
        if _wishes_records(words):
            return "records"  # lead50 (nc61 #3): "and i want a copy of the behaviour policy.": the writer's wish, for records
        if _names_what_is_wanted(words):
            return "records"  # cx41: "The number of cameras ... which are operated by ...", "The location/address of X"
        if words[0] in ("if", "whether") and _if_asks(s, words):
            return "records"  # cx41: a line "If there is a database of X." asks whether; "If X, the names of Y" asks Y
        if words[0] in ("if", "whether") and not any(w in ("please", "provide", "tell", "confirm") for w in words):
            return "suggestion" if any(w in ("should", "could", "might", "would") for w in words) else "story"
        if words[0] in ("let's", "lets") or hedged or any(w in ("should", "ought", "must") for w in words[:8]):
            return "suggestion"
        if words[0] in ("when", "where") and len(words) > 1 and words[1] in ("i", "we", "you", "they", "he", "she", "my", "our"):
            return "story"  # fr11c: "When I drive through town I see ...": a clause of time, not a question without its mark
        if words[0] in ("how", "what", "which", "who", "when", "where", "whether") \
                and not re.search(r"(?i)\b(?:i|we)\s+(?:think|believe|feel|know)\b", s):
            return "records"  # a question typed without its mark ("how many bins were missed last year")
        return "story"
    # a question
    if not any(_verb_like(w) for w in words):
        if words[0] == "why":
            return "rhetorical"  # "Why then?": no clause to take the reasons of
        # "But £60,000?": a noun phrase asked for effect; "and staff redundancies?" (a noun of its own) may ask
        return "rhetorical" if not any(re.match(r"[a-z]{4,}$", w) and w not in _OPENERS for w in words) else "records"
    text = " ".join(words)
    if re.match(r"(?:could|can|might|may)\s+it\s+(?:not\s+)?be\s+(?:that|because)\b|is\s+it\s+(?:any|no|not|little)\s+wonder\b|"
                r"since\s+when\b|who\s+(?:would|could)\s+(?:have\s+)?(?:thought|believed|blame)\b|what\s+(?:else\s+)?"
                r"(?:did|do|does|would)\s+(?:they|you|we|anyone)\s+expect\b", text):
        return "rhetorical"
    if re.search(r"(?i),\s*(?:is|isn't|are|aren't|was|wasn't|do|don't|does|doesn't|did|didn't|has|hasn't|have|haven't|can|"
                 r"can't|will|won't|would|wouldn't)\s+(?:it|they|we|you|he|she|there|that)\s*\?+\s*$", s):
        return "rhetorical"  # "It's not like we don't need these homes, is it?": a tag asks for agreement
    if following and _ANSWERS.match(following) and not asks_why(words):
        return "rhetorical"  # asked and answered by the writer: "Was anyone consulted? No."
    if _yes_no(words) and ("not" in words[1:6] or words[0].endswith("n't")) and not asks_why(words):
        return "rhetorical"  # "is it not time ...?", "are party leaders not a bad earner?"
    kind = asks_reasons(s)
    if re.search(r"\bwhy\s+(?:do|should|must|would)\s+(?:we|i)\s+(?:even\s+|really\s+|still\s+)?(?:need|bother|want|have\s+to)\b", text):
        return "rhetorical"  # "why do we need councillors at all?": the writer's own complaint
    if asks_why(words) or kind == "why":
        if words[0] == "why" and len(words) > 1 and words[1] in ("do", "should", "must") and len(words) > 2 \
                and words[2] in ("we", "i") and not _records_request(words):
            return "rhetorical"  # "why do we need councillors at all?": the writer's own complaint
        return "reasons"
    if kind in ("view", "hypothetical", "future"):
        return "view"
    if _yes_no(words):
        head = words[1:8]
        if "not" in head[:5] or words[0].endswith("n't"):
            return "rhetorical"  # "are party leaders not a bad earner?", "is it not time ...?"
        if any(w in _INTENSIFIERS for w in head[:5]):
            return "rhetorical"  # "does it really take months ...?"
        if len(words) > 1 and words[1] in _WRITER and not _records_request(words) \
                and not re.match(r"\S+\s+(?:i|we)\s+(?:have|get|see|obtain|request|ask\s+for)\b", text) \
                and not re.match(r"(?:can|could|may|might)\s+(?:i|we)\s+(?:find\s+out|know)\b", text):
            return "rhetorical"  # "do we know something they don't?", "are we expected to ...?" (but "could we find
            # out how many ...?" asks the body for a figure)
        if words[0] in ("is", "are", "was", "were") and any(w in _FEELING for w in words[2:6]):
            return "view"  # "are they content that ...?"
        if re.search(r"\b(?:we|i)\s+(?:don't|do\s+not|didn't)\s+know\b", text):
            return "rhetorical"
    if words[0] in _WH and re.match(r"\S+(?:\s+\S+){0,3}?\s+(?:is|are|was|were|has|have)\s+(?:the\s+)?(?:more|less|most|least|better|worse|"
                                    r"best|worst)\b", text):
        return "view"  # "which authority is more enlightened?": a judgement asked
    if hedged and not _records_request(words) and not words[0] in _WH and not _yes_no(words):
        return "suggestion"  # "maybe they could plant the trees here?"
    if re.match(r"(?:shall|should)\s+(?:we|i)\b", text) or text.endswith(" shall we") or words[0] in ("let's", "lets"):
        return "suggestion"
    return "records"


_LABEL_LINE = re.compile(r"(?im)(?:^|(?<=[\s:;.?]))\s*(?:\(?[0-9]{1,2}[.)\]](?!\d)|\[[0-9a-h]\]|\(?[a-hA-H][.)](?=\s)|\([ivx]{1,4}\)|"
                         r"(?:question|request)\s+\d+|part\s+(?:one|two|\d+)|(?<![^\n])q\.?\s?\d{1,2}[.):]?(?!\s*(?:19|20)\d\d)|(?<![^\n])\s*[-\u2022\u00b7*])\s")


_FORMAL = re.compile(r"(?i)freedom\s+of\s+information|\bFOI(?:SA)?\b|\benvironmental\s+information\s+regulations\b|"
                     r"\bunder\s+the\s+act\b|\bplease\s+(?:provide|supply|send|disclose)\b|\bi\s+(?:would\s+like\s+to\s+)?request\b|"
                     r"\bplease\s+(?:could|can)\s+(?:you|i)\b|\bi\s+(?:would\s+like|wish|am\s+writing)\s+to\s+(?:obtain|receive|ask\s+for|request)\b|"
                     r"\bi\s+am\s+seeking\b|\bi\s+was\s+wondering\s+if\s+you\s+could\b|"
                     r"^\W*dear\s+(?!sir\b|editor\b|councillor\b|mr\b|mrs\b|ms\b|miss\b|dr\b)[A-Z]")


def _numbered(text: str) -> bool:
    """TEXT is a numbered list: two labels or more ("1.", "(a)", "- "), or labels typed as bare numbers on one line
    that the list reader reads as a list (fx67: "1 Number of ... 2 Provide an incident log ... 3 Provide ...")."""
    from askfoi.questions import bare_number_list

    return len(_LABEL_LINE.findall(text)) >= 2 or bare_number_list(text)


def formal_request(text: str) -> bool:
    """TEXT is a request written as a formal document (fr10b): it names the Act or asks in a letter's words ("please
    provide", "I would like to request"), opens "Dear <body>", signs off "Yours", or is a numbered list. Chat-style
    readings (a story's pronouns written out, a sentence of story set aside) are never applied to one. cx35: a request
    only told of ("they have responded to my FOI request", "via a FOI request I asked ...") names no Act of its own."""
    t = _TOLD_REQUEST.sub(" ", _MENTIONED_REQUEST.sub(" ", text or ""))
    return bool(_FORMAL.search(t)) or _numbered(t) \
        or bool(re.search(r"(?i)(?:^|\n)\s*(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|many\s+thanks)\b", t))


def letter_words(text: str) -> bool:
    """TEXT names the Act or asks in a letter's words ("please provide", "Dear <body>"), or signs off as a letter: a
    request written as one, whatever else it holds (fr25b: a post that only lists its points "1) 2)" is not)."""
    t = text or ""
    return bool(_FORMAL.search(t)) or bool(re.search(r"(?i)(?:^|\n)\s*(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|"
                                                     r"many\s+thanks)\b", t))


_MENTIONED_REQUEST = re.compile(r"(?i)\b(?:through|via|using|by|after|with|do|did|does|make|made|submit|submitted|put\s+in|sent|send)\s+"
                                r"(?:an?\s+|my\s+|the\s+)?(?:FOI|FoI|freedom\s+of\s+information)\s+(?:request|application)s?\b")


# cx35: a request the writer made before, told of by whose it is ("responded to my FOI request", "our earlier FOI")
_TOLD_REQUEST = re.compile(r"(?i)\b(?:my|our|his|her|their|a\s+previous|an\s+earlier|the\s+last|a\s+recent)\s+(?:earlier\s+|previous\s+|"
                           r"recent\s+|first\s+)?(?:FOI|FoI|freedom\s+of\s+information)(?:\s+(?:request|application|enquiry)s?)?\b")

# fr36: "Dear Sir/Madam", "Dear Sir / Madam", "Dear Sir or Madam", "Dear Sir & Madam": the opening of a letter to an
# organisation (a formal request), never of a letter to a paper's editor ("Sir, ...", "Dear Sir, your article ...")
_NOT_MADAM = r"(?!\s*(?:or|and|&|/|\\)\s*madam\b)"


def informal_message(text: str) -> bool:
    """TEXT is written as people speak, not as a formal request: not a request under the Act by its own words, nor a
    numbered list; and either a letter to a paper ("Sir", "your article", "the leader in the Gazette") or a message
    most of whose sentences ask nothing for the record (story, suggestions, rhetorical questions: sentence_act)."""
    t = text or ""
    from askfoi.addressee import addressee

    flat = re.sub(r"(?<!\n)\n(?!\n)", " ", t.strip())
    sentences = [x for x in sentence_ends.split(r"(?<=[.!?])\s+|\n{2,}", flat) if re.search(r"\w", x)]
    if not _numbered(t) and any(addressee(x) == "others" for x in sentences) \
            and not re.search(r"(?i)\bplease\s+(?:provide|supply|send|disclose)\b|^\W*dear\s+(?!sir\b)[A-Z]", t):
        return True  # fr11c: a message that asks other readers ("anyone know ...", "should I ...?") is a post, not a request
    t = _TOLD_REQUEST.sub(" ", _MENTIONED_REQUEST.sub(" ", t))  # "I got the figures through a FoI request": told of
    letter = re.search(r"(?i)^\W*(?:sir|editor|dear\s+(?:sir|editor))\b" + _NOT_MADAM + r"|\byour\s+(?:article|report|issue|paper|newspaper|"
                       r"columns?|letters?\s+page|readers|correspondent|front\s+page|story|leader|editorial)\b", t)
    if letter and not _numbered(t):
        return True  # a letter to a paper, even one that names the Act
    if _FORMAL.search(t) or _numbered(t):
        return False
    if re.search(r"(?i)^\W*(?:sir|editor|dear\s+(?:sir|editor))\b" + _NOT_MADAM + r"|\byour\s+(?:article|report|issue|paper|newspaper|"
                 r"columns?|letters?\s+page|readers|correspondent|front\s+page|story|leader|editorial)\b|"
                 r"\b(?:read|reading)\s+(?:with\s+\w+\s+\w+\s+)?(?:the|your|an|this)\s+(?:\w+\s+)?(?:article|leader|report|letter)\b|"
                 r"\bas\s+reported\s+(?:by|in)\b|\bletter\s+from\b|\b(?:the|your|an|this|my)\s+(?:\w+\s+)?(?:article|editorial)\b", t):
        return True
    if len(sentences) < 3:
        return False
    acts = [sentence_act(x) for x in sentences]
    remarks = sum(1 for a in acts if a in ("story", "suggestion", "rhetorical", "others", "view"))
    return (remarks >= 3 and remarks * 2 >= len(sentences)) or (remarks >= 2 and remarks * 3 >= len(sentences) * 2)


def original_sentence(text: str, part_source: str) -> str:
    """The sentence of TEXT as the person typed it that PART_SOURCE (a part's source, perhaps cut from it, given a
    "please confirm whether" for an "if", or a mark of its own) was taken from; PART_SOURCE when it is not found."""
    core = re.sub(r"(?i)^\W*please\s+confirm\s+whether\s+", "", part_source or "").strip()
    words = re.findall(r"[\w\u00a3$%]+", core)[:6]
    if len(words) < 2:
        return part_source
    m = re.search(r"(?i)(?<![\w])" + r"\W+".join(re.escape(w) for w in words), text or "")
    if not m:
        return part_source
    start = max((text.rfind(c, 0, m.start()) for c in (". ", "? ", "! ", "\n", ".\u201d ", "?\u201d ")), default=-1)
    start = 0 if start < 0 else start + 1
    end = min([k for k in (text.find(c, m.end() - 1) for c in (".", "?", "!", "\n")) if k >= 0] or [len(text)])
    while end < len(text) and text[end] in ".?!":
        end += 1
    found = text[start:end].strip()
    return found if len(found) >= len(core) * 0.5 else part_source


def question_clause(sentence: str) -> str | None:
    """The question SENTENCE asks when story comes before it in the same sentence: "After all, we had better displays,
    and apart from a few bulbs what has the money been spent on?" -> "what has the money been spent on?"; "Our town
    is large, so where does the money go?" -> "where does the money go?". None when there is no such clause."""
    if "?" not in sentence:
        return None
    m = None
    for m in re.finditer(r"(?i)(?:,|\s[-\u2013\u2014])\s*(?:(?:and|but|so|then)\s+)?(?:(?:apart\s+from|except\s+for|besides)\s+[^,?]*?\s+)?"
                         r"((?:what|which|where|who|when|how\s+(?:much|many))\b[^?]*\?)", sentence):
        pass
    if m is None:
        return None
    before = sentence[:m.start()]
    if not re.search(r"(?i)\b(?:i|we|our|my|us)\b|\b(?:is|are|was|were|has|have|had)\b", before):
        return None  # "For each school, what ...": a breakdown before the question, not story
    clause = m.group(1).strip()
    return clause[0].upper() + clause[1:] if len(clause.split()) >= 4 else None


def asked_of_body(sentence: str) -> str | None:
    """A request put as what the body could do, as a question or a hope: "Perhaps the council can provide us with a
    breakdown of the figures?" -> "Please provide a breakdown of the figures."; None for any other shape."""
    m = re.match(r"(?i)^\W*(?:(?:and|but|so)\s+)?(?:maybe|perhaps|possibly|surely)?\s*,?\s*(?:the\s+)?[\w'\u2019 -]{2,40}?\s+"
                 r"(?:can|could|would|might|will)\s+(?:please\s+)?(?P<verb>provide|give|send|publish|share|supply|release)\s+"
                 r"(?:(?:us|me|residents|the\s+public|readers)\s+(?:with\s+)?)?(?P<what>[^?.!]{3,})[?.!]*\s*$", sentence.strip())
    if not m:
        told = re.match(r"(?i)^\W*(?:(?:and|but|so)\s+)?(?:can|could|may|might)\s+(?:we|i|the\s+public|residents)\s+(?:please\s+)?"
                        r"be\s+(?:told|given|shown)\s+(?P<what>(?:how|what|which|who|when|where|whether)\b[^?.!]{3,})[?.!]*\s*$",
                        sentence.strip())
        # fr11c: "Could we be told how much the scheme cost?" -> "Please provide information showing how much ..."
        return f"Please provide information showing {told.group('what').strip()}." if told else None
    return f"Please {m.group('verb').lower()} {m.group('what').strip()}."


def sentence_after(text: str, sentence: str) -> str:
    """The sentence after SENTENCE in TEXT ("" when it is the last or is not found as typed)."""
    probe = sentence.strip()[:60]
    at = text.find(probe) if probe else -1
    if at < 0:
        return ""
    end = at + len(sentence.strip())
    rest = text[end:] if text[at:end] == sentence.strip() else text[at + len(probe):]
    m = re.search(r"[.?!]+\s+(.+?[.?!]+)(?:\s|$)", rest if text[at:end] != sentence.strip() else "." + rest, re.S)
    return m.group(1).strip() if m else ""


_WHY_START = re.compile(r"(?i)(?:^|[\s,;:\u2013\u2014-])((?:why|how\s+come|how\s+can|how\s+could)\b(?:[^.?!]|\.(?=\d))*[.?!]?)")


def why_core(question: str) -> str | None:
    """The why clause of QUESTION without the story around it: "This caused chaos, which asks the question why was
    this work not done at night LCC?" -> "why was this work not done at night?"; "Only a survey in 2018. - why
    wasn't this survey done sooner?" -> "why wasn't this survey done sooner?". None when no why clause is found
    or it is the whole question already."""
    m = None
    for m in _WHY_START.finditer(question):
        pass  # the last why clause: the question asked (the story comes first)
    if m is None:
        return None
    core = m.group(1).strip()
    if len(re.findall(r"\w+", core)) < 3:
        return None  # "..., why?": the whole sentence is the question
    if core.count("(") != core.count(")") or core.count("[") != core.count("]"):
        return None  # fr12: the clause would end inside a bracket ("why they were excluded (i.e. ..."): kept whole
    core = re.sub(r"(?i)^(why)\s+(?:is|was)\s+it\s+that\s*,?\s*", r"\1 ", core)  # "why is it that X": why X
    core = re.sub(r"\s+(?:[A-Z]{2,}|[A-Z][a-z]+\s+[A-Z]{2,})\s*(?=[?.!]*$)", "", core)  # a vocative at the end: "... at night LCC?"
    core = re.sub(r"[.!]+$", "?", core)
    if not core.endswith("?"):
        core += "?"
    if core.rstrip("?").strip().lower() == re.sub(r"(?i)^(why)\s+(?:is|was)\s+it\s+that\s*,?\s*", r"\1 ",
                                                  question.strip()).rstrip("?.!").strip().lower():
        return None
    return core[0].upper() + core[1:]
