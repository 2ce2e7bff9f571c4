"""What a subject access request lists: "my custody record and the cctv of my arrest on 3 march" become
two items, each in the person's words with its dates and places, so the letter asks for them and not only for
"all the personal data you hold about me" (knowledge/vocab/sar_records.yaml)."""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import compile_any, load_vocab
from askfoi.whose_records import _HER_OBJECT  # mx102: "her" as the person, never whose

MAX_ITEMS = 8
MAX_ITEM_WORDS = 30
_MONTHS = "january february march april may june july august september october november december".split()
_SENTENCE = re.compile(r"(?<=[.?!;])\s+|\n+")
# where one listed item ends and the next begins: a comma, "and"/"as well as"/"plus"/"including" (and "also")
# lead (nu29): a piece after "and" that carries on the record's event (a second past participle, or who, when or where it
# happened) rather than naming records of its own
_GOES_ON = re.compile(r"(?i)^(?:[a-z]{3,}ed|taken|seen|held|kept|told|sent|brought|caught|hit|hurt)\s+(?:by|on|at|in|to|into|from|outside|near|"
                      r"during|after|before|between)\b")
_JOINS = re.compile(r"(?i)\s*(?:,\s*(?:and\s+|or\s+|as\s+well\s+as\s+|plus\s+|including\s+)?|\s+(?:and|as\s+well\s+as|plus|including|"
                    r"in\s+particular|especially|along\s+with|together\s+with)\s+|:\s*)(?:also\s+)?")


@functools.lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None, frozenset[str]]:
    data, _ = load_vocab("sar_records")
    data = data if isinstance(data, dict) else {}
    heads = compile_any([rf"\b(?:{h})\b" for h in data.get("heads") or []])
    general = compile_any(data.get("general") or [])
    lead = compile_any([rf"(?:{p})\s+" for p in data.get("lead_ins") or []])
    lead_run = re.compile(rf"^(?:{lead.pattern})+", re.I) if lead is not None else None
    events = frozenset(str(w).lower() for w in data.get("events") or [])
    return heads, general, lead_run, events


# a piece that is the writer's own question or a person, not more words of the record before ("... and how does
# she get it", "and she was in care")
_ASKS = re.compile(r"(?i)(?:i|we|you|they|he|she|it|how|what|why|where|when|who|which|can|could|would|will|do|does|is|are)\b")
# an item that starts with the owner's possessive is that person's own record, in their voice on the letter they sign
# ("her care file" -> "my care file"); the body written to is "you", so a closing "from the council" goes
_OWNER = re.compile(r"(?i)^(?:his|her|their)\s+(?=(?:own\s+)?\w)")
_OWNER_STORY = re.compile(r"(?i)^(?:she|he)\s+(was|is|has|had|lived|went)\b")
_FROM_BODY = re.compile(r"(?i)\s+(?:from|held\s+by|kept\s+by)\s+(?:the|your)\s+(?:council|force|police|trust|hospital|department|school)$")


# "everything the dwp holds on my pip claim", "whatever the council has on him about his blue badge application":
# everything about one named matter of the person's is an item of its own (the organisation must know which claim
# or case), worded for the letter they sign to "you"
_ALL_ABOUT = re.compile(
    r"(?i)^(?:everything|anything|whatever|all\s+(?:of\s+)?(?:the\s+)?(?:information|data|records|documents|info))\s+"
    r"(?:that\s+|which\s+)?(?:(?:you|they|[\w&'-]+(?:\s+[\w&'-]+){0,2}?)\s+)?(?:holds?|has|have|keeps?|held|kept)\s+"
    r"(?:(?:on|about)\s+(?:me|him|her|them)\s+)?(?:on|about|regarding|concerning|relating\s+to|in\s+relation\s+to|for)\s+"
    r"(?P<what>(?:my|his|her|their)\s+.+)$")


# "what the social workers wrote about her", "what the school sent the council about him": what was written or said
# about the person is their personal data, an item of its own
_SAID_ABOUT = re.compile(
    r"(?i)^(?:to\s+(?:see|know|read|get)\s+)?what\s+(?:.{0,40}?\s)?(?:wrote|written|said|recorded|noted|put|sent|passed\s+on|"
    r"shared|told)\b.{0,40}?\b(?:about|on|regarding|concerning)\s+(?:him|her|them|me)\b.*$")
# lead40: "what they downloaded from my phone", "what the officers took off me", "what they found on my laptop": what
# was done to the person's own thing or to them is recorded by the body, an item of its own (the records of it)
_DONE_TO_MINE = re.compile(
    r"(?i)^(?:to\s+(?:see|know|find\s+out)\s+)?what\s+(?P<who>they|you|(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:have\s+|had\s+|has\s+)?(?P<verb>[a-z]+ed|took|taken|got|kept|found|seen|saw|copied|seized|wrote|written)\s+"
    r"(?P<rest>(?:from|off|on|of|out\s+of|about|in)\s+(?:my|me)\b.*)$")
# lead41 (nc44 #7): "why did they exclude him": the record of that decision about the person and the reasons for it
# fx46: said as the one asked for wants to know it ("why the council took her kids into care"): no inversion, the
# verb in the past; whom is the person or their relation ("her kids"), and where the decision put them ("into care")
_PREP_WORD = r"(?:from|to|in|into|out|off|on|at|for|with|and|because|after|before|without|away|back)\b"
_WHY_DECIDED = re.compile(
    r"(?i)^(?:(?:and|also|so)\s+)*(?:to\s+(?:know|find\s+out|see|understand)\s+)?why\s+(?:(?:did|do|does|was|were|has|have|had|would)\s+"
    r"(?:(?:they|you|the\s+[a-z]+(?:\s+[a-z]+)?|[a-z]+)\s+)?(?:been\s+)?(?P<verb>[a-z]+)"
    r"|(?:they|you|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:have\s+|has\s+|had\s+)?(?P<done>[a-z]+ed|took|taken|kept|put|sent|left|made|gave|given))"
    rf"\s+(?P<whom>(?:my|her|his|their|our)\s+(?!{_PREP_WORD})[a-z]+|him|her|them|me)\b"
    r"(?P<where>\s+(?:into|in|out\s+of|off|from|away\s+from)\s+(?:the\s+)?[a-z]+)?"
    # nf91 (nc91 #2): said in the passive ("why was my operation cancelled twice", "why has my claim been stopped")
    r"|^(?:(?:and|also|so)\s+)*(?:to\s+(?:know|find\s+out|see|understand)\s+)?why\s+(?:was|were|is|are|has|have|had)\s+"
    r"(?P<pwhom>(?:my|her|his|their|our)\s+[a-z]+)\s+(?:(?:been|being|not|never)\s+)*(?P<pdone>[a-z]+ed|taken|given|put|sent|"
    r"left|made|kept|cut|shut|moved)\b")
_THE_REASON = re.compile(r"(?i)^\W*(?:(?:and|so)\s+)?(?:i\s+(?:(?:would|'d)\s+like|want|need)\s+)?(?:to\s+)?(?:know|find\s+out|understand|"
                         r"see|get)\s+(?:the|a)\s+reasons?(?:\s+(?:why|for\s+(?:it|this|that)))?\W*$")
_IN_MY_VOICE = {"her": "my", "his": "my", "their": "my", "our": "my", "him": "me", "them": "me", "kids": "children", "kid": "child"}
# "and to know who made the decision": the records that show it
_TO_KNOW = re.compile(r"(?i)^(?:and\s+)?(?:to\s+)?(?:know|find\s+out|see|understand)\s+((?:who|why|when|how|what|whether|where)\s+.+)$")
# lead40: "... her file and where she is on the list": a question about the person's own matter after a record listed,
# with no verb of knowing of its own (the sentence's "i want to see" carries it): the records that show it
_WH_MINE = re.compile(r"(?i)^(?:and\s+)?((?:who|why|when|how|whether|where)\s+(?:.*\s)?(?:i|me|my|she|he|her|him|his)\b.*)$")
# a statistic is no one's personal data: asked in the same message, it is an FOI question of its own
# fu29 (nu31 s3): how the person can be reached ("he doesnt use email", "she has no email address", "not on email"): a
# remark for the letter's reply line (by_post), never a record to ask for
NO_EMAIL = re.compile(r"(?i)\b(?:do(?:es)?\s*n[o']?t|don'?t|doesn'?t|never|can'?t|cannot|won'?t)\s+(?:use|have|do|check|read|got)\s+"
                      r"(?:an?\s+|any\s+)?(?:e-?mails?|computers?|the\s+internet|internet)\b|\b(?:has|have|with|got)\s+no\s+"
                      r"(?:e-?mail|internet|computer)\b|\bnot\s+on\s+e-?mail\b|\bno\s+e-?mail\s+address\b")


def no_email(text: str | None) -> bool:
    """fu29: whether TEXT says the person the records are about cannot be reached by email: the letter then asks for a
    reply by post."""
    return bool(NO_EMAIL.search((text or "")[:5000]))


_COUNTS = re.compile(r"(?i)\b(?:how\s+many|how\s+much|the\s+number\s+of|the\s+total\s+(?:number|amount|cost)|statistics)\b")


# lf61 (fc59): a lead line naming the person's own case before the questions ("Regarding the complaint I made against
# PC X: 1. ...", "my complaint against sgt jones - how many officers looked at it, ..."): the questions with no scope of
# their own ask about that case (its records, the subject access request's), not the body's figures
_CASE_LEAD = re.compile(r"(?i)^\W*(?:(?:re\b:?|regarding|about|concerning|in\s+relation\s+to|with\s+regard\s+to|ref\b:?)\s*)?"
                        r"(?P<case>(?:my|the|our)\s+[^:?\n]{3,140}?)\s*(?::|\s[-\u2013\u2014]+\s|\.\s+(?=\W*1\s*[.)])|\n)")
_OWN_CASE = re.compile(r"(?i)^(?:my|our)\b|\b(?:i|we)\s+(?:made|reported|submitted|raised|lodged|sent|filed|brought)\b")
_CASE_NOUN = re.compile(r"(?i)\b(?:complaint|case|claim|appeal|application|exclusion|report|referral|assessment|investigation|"
                        r"grievance|review|incident|crime|arrest|allegation|inquest|hearing|proceedings|prosecution|death|matter)\b")
# a question with a scope of its own: a period, a total, the body's whole work counted
_OWN_SCOPE = re.compile(r"(?i)\b(?:in\s+total|overall|altogether|(?:19|20)\d\d|last\s+year|this\s+year|each\s+(?:year|month)|"
                        r"per\s+(?:year|month)|every\s+year|all\s+|across|in\s+the\s+(?:last|past)|since)\b|"
                        r"\b(?:did|do|does|has|have)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}(?:police|council|force|trust|constabulary|"
                        r"school|academy|service|board)\s+(?:receive|get|record|uphold|handle|have|exclude|deal\s+with)\b")


# what is left of an item once the case a lead line names is taken out: the lead's own words, or nothing
_LEAD_ONLY = re.compile(r"(?i)\W*(?:(?:re|regarding|about|concerning|in\s+relation\s+to|with\s+regard\s+to|ref)\b\W*)?")


def case_lead(text: str) -> str | None:
    """lf61 (fc59): the person's own case a lead line names before the questions, as typed ("the complaint I made
    against PC Daniel Hart in March"), or None."""
    m = _CASE_LEAD.match(text or "")
    if not m:
        return None
    case = m.group("case").strip(" ,.")
    return case if _OWN_CASE.search(case) and _CASE_NOUN.search(case) else None


def about_the_case(question: str) -> bool:
    """QUESTION, asked after a lead line naming the person's case, asks about that case: it has no scope of its own."""
    return not _OWN_SCOPE.search(question or "")


def case_item(text: str) -> str | None:
    """lf61 (fc59): the subject access item for the questions about the person's own case a lead line names: the
    records of the case, with the questions quoted whole; None when there is no such lead or question."""
    case = case_lead(text)
    if not case:
        return None
    asked = [q for q in _asides(text) if about_the_case(q)]
    if not asked:
        return None
    said = "; ".join(f'"{q[:1].upper()}{q[1:]}"' for q in asked)
    return f"The records of {case}, including those that answer these questions: {said}"


def foi_asides(text: str, taken: list[str] | None = None) -> list[str]:
    """The questions in a subject access request's message that ask for figures ("and how many assessment
    requests they refused last year"): FOI questions, for a separate request, never items of the subject access
    letter; lf61: after a lead line naming the person's own case, a question with no scope of its own is about that
    case, an item of the letter (case_item), never an FOI question.
    ny73 (nc73 #1): one decision per clause: TAKEN is what the subject access letter asks for (its items; sar_items
    when not given), and a clause it took ("..., and all the repair records for my house") is cut from the FOI
    question it was typed in, never set aside for the FOI letter as well."""
    out = _asides(text)
    if case_lead(text):
        out = [q for q in out if not about_the_case(q)]
    cores = [c for c in (_item_core(t) for t in (sar_items(text) if taken is None else taken)) if len(c.split()) >= 2]
    kept = []
    for q in out:
        q = _without_taken(q, cores)
        if q and kept and _no_subject(q):
            # ny102 (nc102 #2): "..., and how much in total": a figure with no subject of its own asks about the one
            # before it; held as one question ("how many disrepair claims ... in 2025, and how much in total?"), never
            # as a fragment the person cannot read back ("how much in total?"), framed from there like any part
            kept[-1] = f"{kept[-1].rstrip(' ?.')}, and {_JOIN_LEAD.sub('', q).rstrip(' ?.')}?"
        elif q and len(q.split()) >= 3:
            kept.append(q)
    return kept


# ny102: the words of a figure's question that name no subject of their own ("how much in total", "what did that come
# to"); or one counted among the figure before ("how many of those were upheld"). "they" names a subject (the body, or
# the things counted: "what did they cost" stays a question of its own, as nx73 lists it)
_SUBJECTLESS = frozenset(
    "how much many what was were is are did do does it that this of in on for by to the a an "
    "total totals overall altogether all sum amount cost costs costed come came comes add added adds up worth value "
    "spend spent paid pay payout payouts money was each per year month week every so far and also plus".split())
_JOIN_LEAD = re.compile(r"(?i)^\W*(?:(?:and|also|plus|then|so)\s+)+")


def _no_subject(question: str) -> bool:
    """ny102: QUESTION asks a figure ("how much", "what ... total") with only words that name no subject of their own."""
    words = re.findall(r"[a-z']+", question.lower())
    if _OF_THOSE.match(question):
        return True  # "how many of those were upheld": counted among the figure before
    return bool(words) and bool(set(words) & _FIGURE_WORDS) and all(w in _SUBJECTLESS for w in words)


_FIGURE_WORDS = frozenset("much many total totals sum amount cost costs costed come came comes worth spend spent paid".split())
_OF_THOSE = re.compile(r"(?i)^\W*(?:(?:and|also|plus|then|so)\s+)*(?:how\s+(?:many|much)|what\s+(?:number|proportion|"
                       r"percentage|share|fraction)|which)\s+of\s+(?:those|them|these|that|it)\b")


# ny73: the words before a record's own words ("all the", "a copy of", "can i get") and after them ("as well", "please")
_ITEM_LEAD = re.compile(r"(?i)^\W*(?:(?:and|also|plus|but|so|as\s+well\s+as)\s+)*(?:(?:can|could|may)\s+(?:i|we)\s+"
                        r"(?:also\s+)?(?:get|have|see)\s+|(?:i|we)\s+(?:would\s+|'d\s+)?(?:also\s+)?(?:want|need|like)\s+"
                        r"(?:to\s+(?:see|get|have)\s+)?|(?:also\s+)?(?:get|see|have)\s+)?(?:a\s+copy\s+of\s+|copies\s+of\s+)?"
                        r"(?:all\s+(?:of\s+)?|any\s+)?(?:the\s+|a\s+|an\s+)?")
_ITEM_TAIL = re.compile(r"(?i)(?:\s+(?:as\s+well|too|also|please|thanks?|thank\s+you))+\W*$")


def _item_core(item: str) -> str:
    """ny73: a record's own words, lower case, without the words of asking around them ("The repair records for my
    house." -> "repair records for my house")."""
    core = _ITEM_TAIL.sub("", _ITEM_LEAD.sub("", (item or "").strip(" .,;:?!")).strip(" .,;:?!")).strip(" .,;:?!")
    return re.sub(r"\s+", " ", core).lower()


# nf94 (nc94 #1): the person a record is about, as typed ("my son") or as the letter names them ("[CHILD'S NAME]"): one
# token, so that the record typed in a question is found again in the letter's item
_WHO_NAMED = re.compile(r"(?i)\[[^\]]{1,40}\]|\b(?:my|our|his|her|their)\s+(?:[\w'-]+\s+)?(?:sons?|daughters?|child|children|kids?|"
                        r"boys?|girls?|mum|mother|mom|dad|father|parents?|wife|husband|partner|brother|sister|nan|gran|"
                        r"grandmother|grandfather|grandson|granddaughter)\b")


def _without_taken(question: str, cores: list[str]) -> str:
    """ny73: QUESTION cut before the first piece (after a comma or "and"/"plus"...) that is a record the subject
    access letter asks for; the question as it was when no piece is."""
    if not cores:
        return question
    cores = [_WHO_NAMED.sub("\u00a7who", c) for c in cores]
    starts = [0] + [m.end() for m in _JOINS.finditer(question)]
    ends = [m.start() for m in _JOINS.finditer(question)] + [len(question)]
    for start, end in zip(starts, ends):
        piece = _WHO_NAMED.sub("\u00a7who", _item_core(question[start:end]))
        # nf94 (nc94 #1): or the record's words inside the letter's item ("what the head wrote about my son" in
        # "records of what the head wrote about my son")
        if piece and any(c == piece or f" {c} " in f" {piece} " or (len(piece.split()) >= 4 and f" {piece} " in f" {c} ")
                         for c in cores):
            cut = question[:start]
            cut = re.sub(r"(?i)(?:[\s,;:]+(?:and|also|plus|or|as\s+well\s+as|including))*[\s,;:]*$", "", cut).strip(" ,.;:?")
            return cut + "?" if cut else ""
    return question


# ny85: a clause about the person or the one they help, named as such ("about my son", "about me"); "my area" or "my
# estate" is where, not whose
# ny88 (nc88 #2): or about what is theirs and names them ("have they been tracking my car reg ...", "did they read my
# phone"), or done to them ("tracking me"): the subject access letter's, never an FOI letter that would publish it
_ABOUT_PERSON = re.compile(r"(?i)\b(?:about|on|regarding|concerning|against|to|with)\s+(?:me|myself|him|her|them)\b|"
                           r"\b(?:track(?:ed|ing)?|follow(?:ed|ing)?|watch(?:ed|ing)?|monitor(?:ed|ing)?|film(?:ed|ing)?|"
                           r"record(?:ed|ing)|spy(?:ing)?|spied\s+on|stopp(?:ed|ing)|search(?:ed|ing))\s+(?:me|my|him|his|her)\b|"
                           r"\b(?:my|his|her|their)\s+(?:car|vehicle|van|motorbike|bike|reg|registration|number\s*plate|"
                           r"phone|mobile|emails?|account)\b|"
                           r"\b(?:my|his|her|their)\s+(?:son|daughter|child|children|kids?|mum|mother|dad|father|husband|"
                           r"wife|partner|brother|sister|client)\b")


def _asides(text: str) -> list[str]:
    """The questions in a subject access request's message that ask for figures ("and how many assessment
    requests they refused last year"): FOI questions, for a separate request, never items of the subject access
    letter."""
    from askfoi.questions import question_clauses

    out = []
    for sentence in _SENTENCE.split((text or "")[:5000]):
        # ck23a: a figure's question runs to the next figure asked or to the person's own records named after it, never
        # to the first "and" ("how many stop and searches they did on black men last year", not "how many stop")
        starts = [m.start() for m in _COUNTS.finditer(sentence)]
        for k, start in enumerate(starts):
            clause = sentence[start:starts[k + 1] if k + 1 < len(starts) else len(sentence)]
            own = _OWN_RECORDS_AFTER.search(clause)
            clause = _TRAILING_JOIN.sub("", clause[:own.start()] if own else clause).strip(" ,.;:?")
            clause = _NEXT_LABEL.sub("", clause).strip(" ,.;:?")  # lf61: "who dealt with it 2. what ...": the next item's number
            if len(clause.split()) >= 3:
                # nx73 (nc70 #1): a figure's clause that runs on into other questions ("how many drones they have and how
                # often did they fly them ..., what did it cost") is as many questions as it asks, each listed
                cut = [c.strip(" ,.;:?") for c in question_clauses(clause)]
                cut = cut if len(cut) > 1 and all(len(c.split()) >= 3 for c in cut) else [clause]
                # ny85 (nc85 #3): a question run on after the figure that is about the person or the one they help
                # ("..., and what did the head say about my son in emails"): the subject access letter's, as in the
                # loop below, never an FOI question as well
                cut = cut[:1] + [c for c in cut[1:] if _COUNTS.search(c) or not _ABOUT_PERSON.search(c)]
                out.extend(c + "?" for c in cut)
        # the other questions about the body's own work asked beside them ("and where are they, and do they share it
        # with the home office"): FOI questions too, never dropped without a word
        for clause in question_clauses(re.sub(r"(?i)^\W*(?:(?:and|also|plus|but|so)\s+)+", "", sentence.strip())):
            clause = re.sub(r"(?i)^\W*(?:(?:and|also|plus|but|so)\s+)+", "", clause).strip(" ,.;:")
            clause = _KNOW_LEAD.sub("", _NEXT_LABEL.sub("", clause).strip(" ,.;:?"))
            asked = _GENERAL_QUESTION.match(clause)
            if not asked or _ABOUT_SOMEONE.search(clause) or len(clause.split()) < 3 or _HELP_ASKED.match(clause):
                continue
            if not any(clause.lower().rstrip("?") in o.lower() or o.lower().rstrip("?") in clause.lower() for o in out):
                out.append(clause.rstrip(" ?.") + "?")
        # lead51: the records of the body's own work wished for beside the person's own ("i want the ambulance response
        # times for leeds last year, the complaints policy, and the investigation report about her fall"): FOI items
        # too, never lost in the subject access letter
        # lead52: the body's records named in a subject access list ("her care plan, the inspection reports for the
        # home and the staffing policy"), read by the same pieces sar_items reads
        for piece in _JOINS.split(sentence):
            item = re.sub(r"(?i)^\W*(?:(?:and|also|plus|but|so)\s+)+", "", (piece or "")).strip(" ,.;:?")
            _, _, lead_run, _ = _vocab()
            item = lead_run.sub("", item + " ").strip(" ,.;:?") if lead_run is not None else item
            if body_record(item) and not any(item.lower() in o.lower() for o in out):
                out.append(item[:1].upper() + item[1:] + ".")
        from askfoi.record_lists import record_items

        pieces = record_items(re.sub(r"(?i)^\W*(?:(?:and|also|plus|but|so)\s+)+", "", sentence.strip()))
        if len(pieces) > 1:
            for piece in pieces:
                item = re.sub(r"(?i)^\W*(?:i|we)\s+(?:(?:would|'d|d)\s+(?:also\s+)?like|(?:also\s+)?(?:want|need))\s+"
                              r"(?:to\s+(?:see|get|have)\s+)?", "", piece).strip(" ,.;:?")
                if item == piece.strip(" ,.;:?") and k_lead(piece) or _ABOUT_SOMEONE.search(item) or len(item.split()) < 2:
                    continue
                if not any(item.lower() in o.lower() or o.lower().rstrip("?") in item.lower() for o in out):
                    out.append(item[:1].upper() + item[1:] + ".")
    return _in_order(text, out)


def _in_order(text: str, asked: list[str]) -> list[str]:
    """nx73 (nc70 #1): the set-aside questions in the order the person asked them (found by where each one's words
    start in the message; one not found keeps its place after those found)."""
    low = re.sub(r"\s+", " ", (text or "").lower())

    def at(q: str) -> int:
        words = re.sub(r"\s+", " ", q.lower().rstrip(" ?."))
        for n in (len(words), 40, 20):
            k = low.find(words[:n])
            if k >= 0:
                return k
        return len(low)
    return [q for _, q in sorted(((at(q), i), q) for i, q in enumerate(asked))]


def k_lead(piece: str) -> bool:
    """PIECE still starts with words of asking the cut above did not take off: left as it is (never an item)."""
    return bool(re.match(r"(?i)\W*(?:can|could|would|will|please)\b", piece))


# nz70 (nc70 #3): after a figure and a bare "and", the person's own records asked ("... in 2024 and also get my nans care
# assessment"): an item of the letter, never more of the counted thing
_OWN_AFTER_JOIN = re.compile(r"(?i)(?:also\s+)?(?:(?:get|see|have|want|need)\s+(?:to\s+(?:get|see|have)\s+)?)?"
                             r"(?:a\s+copy\s+of\s+|copies\s+of\s+)?(?:my|his|her|their)\b")

# nz70 (nc70 #3): the words of asking before a question about the body's work ("i want to know what kent county council
# pays per week ...", "can you tell me how many ..."): taken off, the question is read as it is asked
_KNOW_LEAD = re.compile(r"(?i)^\W*(?:(?:and|also|plus|but|so)\s+)*(?:i\s+(?:would\s+|'d\s+|d\s+)?(?:also\s+)?(?:want|wanna|need|"
                        r"like|would\s+like)\s+to\s+(?:know|find\s+out|ask)|(?:can|could)\s+(?:you|u)\s+(?:please\s+)?tell\s+me|"
                        r"(?:can|could)\s+i\s+(?:find\s+out|ask))\s+(?=(?:how|what|which|where|when|who|whether)\b)")

# nz70: a request for askfoi's help ("can you help", "could you help with this"): no question for the body
_HELP_ASKED = re.compile(r"(?i)^\W*(?:can|could|will|would)\s+(?:you|u)\s+(?:please\s+)?help\b")

_NEXT_LABEL = re.compile(r"\s+\(?\d{1,2}\s*[.)]?\s*$")  # lf61: an inline list's next number left at a question's end


# where a figure's question ends: the person's own records named after it ("how many complaints they got and my file")
# ck30: or a clause of the person helped saying what they want ("..., she also wants a copy of the letter", "and my
# client needs her own file")
_OWN_RECORDS_AFTER = re.compile(r"(?i)(?:,|\s)\s*(?:and|also|plus|as\s+well\s+as)\s+(?:also\s+)?"
                                r"(?:(?:get|see|have|want|need)\s+(?:to\s+(?:get|see|have)\s+)?)?"  # nz70: "and also get my ..."
                                r"(?:a\s+copy\s+of\s+|copies\s+of\s+)?"
                                r"(?:my|his|her|their|me|i\b)"
                                r"|(?:,|\s)\s*(?:(?:and|also|plus|but)\s+)?(?:she|he|they|i|my\s+client|the\s+client|our\s+client)\s+"
                                r"(?:also\s+|would\s+also\s+)?(?:wants?|needs?|would\s+like|is\s+after|is\s+asking\s+for|asked\s+for)\b"
                                # nz70 (nc70 #1): or the person's own data asked for by what is held on them ("and also
                                # anything you have on me", "plus everything you hold about me", "and all the data you
                                # keep on me"): the subject access ask, never words of the FOI question
                                r"|(?:,|\s)\s*(?:(?:and|also|plus|but|as\s+well(?:\s+as\s+that)?)\s+)*"
                                r"(?:(?:i\s+)?(?:also\s+)?(?:want|need|would\s+like)\s+)?(?:a\s+copy\s+of\s+|copies\s+of\s+)?"
                                r"(?:anything|everything|whatever|all|any)\b[^.?!,;]{0,40}?\b(?:on|about|of|concerning|regarding)\s+"
                                r"(?:me|myself|us)\b")
_TRAILING_JOIN = re.compile(r"(?i)(?:[\s,;]+(?:and|also|plus|or|as\s+well\s+as))+[\s,;]*$")


# a question about the body's work: a question word or an inverted auxiliary with "they"/"you"/"the ..."
_GENERAL_QUESTION = re.compile(r"(?i)^(?:how\s+(?:many|much|often|long)|where|which|what(?:'?s)?|when|who|whether|"
                               r"(?:do|does|did|is|are|has|have|can|will)\s+(?:they|you|the|it|any))\b")
# ... and not one about the person or the one they help, which belongs in the subject access request
_ABOUT_SOMEONE = re.compile(r"(?i)\b(?:i|me|my|mine|he|him|his|she|her|hers|we|us|our)\b")


# "she wants his care plan and the incident reports about his falls", "he wants her social work file", "she needs
# her dad's medical notes": records about someone other than the person asking (the owner is another person)
_WANTS_RECORDS = re.compile(
    r"(?i)\b(?P<who>she|he|my\s+client|the\s+client|they)\s+(?:(?:also|really|just)\s+)?(?:wants?|would\s+like|needs?|"
    r"is\s+asking\s+for|asked\s+for|wanted)\s+(?:to\s+(?:see|get|have|read)\s+)?(?:a\s+copy\s+of\s+|copies\s+of\s+)?"
    r"(?P<items>(?P<owner>his|her|their)\s+(?:(?P<relation>(?:late\s+)?(?:dad|father|mum|mom|mother|son|daughter|husband|wife|"
    r"partner|brother|sister|nan|gran|grandad|grandma|grandfather|grandmother|child|baby)(?:'s|s')?)\s+)?[^.;?!]+?)"
    r"(?=\s*,?\s*(?:and|but)\s+(?:also\s+)?(?:how|what|which|who|whether|when|the\s+number)\b|[.;?!]|$)")
_RECORD_WORDS = re.compile(r"(?i)\b(?:records?|notes|file|files|care\s+plan|plans?|reports?|assessments?|letters?|emails?|"
                           r"correspondence|statements?|footage|cctv|history|details|data|information|paperwork|documents?|logs?)\b")
_HE_SHE = {"she": "her", "he": "his"}
# "she wants the transport assessment they did on him and the panel notes": records named by whom they are about
_WANTS_RECORDS_ABOUT = re.compile(
    r"(?i)\b(?P<who>she|he)\s+(?:(?:also|really|just)\s+)?(?:wants?|would\s+like|needs?|is\s+asking\s+for|asked\s+for|"
    r"wanted)\s+(?:to\s+(?:see|get|have|read)\s+)?(?:a\s+copy\s+of\s+|copies\s+of\s+)?"
    r"(?P<items>(?:the|any|all\s+the)\s+[^.;?!]*?\b(?:on|about|of|for|regarding|concerning)\s+(?P<whom>him|her)\b[^.;?!,]*?)"
    r"(?=\s*,?\s*(?:and|but)\s+(?:also\s+)?(?:how|what|which|who|whether|when|the\s+number)\b|\s*,|[.;?!]|$)")
_WHOSE = {"him": "his", "her": "her"}
# "her son's academy won't give her his behaviour log or the isolation records": records withheld from one person
# that are another's
_WITHHELD_RECORDS = re.compile(
    r"(?i)\b(?:won'?t|will\s+not|wouldn'?t|would\s+not|didn'?t|did\s+not|refused?\s+to|refuses\s+to|can'?t|cannot)\s+"
    r"(?:give|send|show|release|hand\s+over|let\s+(?:her|him)\s+(?:see|have))\s+(?P<to>her|him)?\s*"
    r"(?P<items>(?P<owner>his|her)\s+[^.;?!,]+?)(?=\s*,|\s+(?:and|but)\s+(?:she|he|they|also|how|what)\b|[.;?!]|$)")


def records_of_others(text: str) -> list[tuple[str, str]]:
    """Records about someone other than the person asking, named in a message that is an FOI request ("client here,
    her dad is in a care home, she wants his care plan and the incident reports about his falls"): (the records as
    typed, whose: "his", "her", "her dad's"), never asked for under FOI (another living person's personal data: that
    person's subject access request, or someone acting for them with their authority)."""
    out = []
    for m in _WANTS_RECORDS.finditer((text or "")[:5000]):
        items, owner, relation = m.group("items").strip(" ,"), m.group("owner").lower(), m.group("relation")
        head = " ".join(items.split()[(2 if relation else 1):][:3])  # "his care plan", "her dad's medical records"
        if not _RECORD_WORDS.search(head):
            continue  # "she wants his opinion on the plans": no records of his asked for
        who = m.group("who").lower()
        if relation:  # "her dad's care plan": her dad's records, whoever wants them
            whose = f"{owner} {relation.lower().rstrip(chr(39)).removesuffix(chr(39) + 's')}"
        elif _HE_SHE.get(who) and _HE_SHE[who] != owner:  # "she wants his ...": his records, not hers
            whose = owner
        else:
            continue
        out.append((items, whose))
    for m in _WANTS_RECORDS_ABOUT.finditer((text or "")[:5000]):
        items, whose = m.group("items").strip(" ,"), _WHOSE[m.group("whom").lower()]
        if _HE_SHE[m.group("who").lower()] == whose or not _RECORD_WORDS.search(items):
            continue  # "she wants the notes about her": her own records (their-own-data), not another's
        if not any(items in known or known in items for known, _ in out):
            out.append((items, whose))
    for m in _WITHHELD_RECORDS.finditer((text or "")[:5000]):
        items, owner, to = m.group("items").strip(" ,"), m.group("owner").lower(), (m.group("to") or "").lower()
        if to and _WHOSE.get(to) == owner or not _RECORD_WORDS.search(items):
            continue  # "won't give her her file": her own records (their-own-data)
        if not any(items in known or known in items for known, _ in out):
            out.append((items, owner))
    return out


def _all_about(piece: str) -> str | None:
    """ "everything the dwp holds on my pip claim" -> "everything you hold about my pip claim"; None for a piece
    that only asks for everything about the person (the letter's opening asks for that)."""
    m = _ALL_ABOUT.match(piece.strip(" .,;:"))
    if not m or not re.search(r"[a-z]{3}", m.group("what").split(None, 1)[-1] if " " in m.group("what") else ""):
        return None
    return "everything you hold about " + m.group("what")


# lead50 (nc61 #17): a guess in brackets ("(the PA4 i think)", "(not sure what it's called)"): the letter names the
# record plainly; the hedge (and an aside that is only a hedge) goes
_HEDGE = r"(?:i\s+think|i\s+believe|i\s+guess|i'?m\s+not\s+sure|not\s+sure(?:\s+what\s+it'?s\s+called)?|i\s+reckon|maybe|possibly|probably|\?+)"
_HEDGED_ASIDE = re.compile(rf"(?i)\s*\(\s*((?:(?!{_HEDGE})[^()])*?)\s*,?\s*{_HEDGE}\s*\??\s*\)|\s*\(\s*{_HEDGE}\s*,?\s*((?:[^()])*?)\s*\)")


def _plain_aside(m: re.Match) -> str:
    kept = (m.group(1) or m.group(2) or "").strip()
    return f" ({kept})" if kept else ""


_ASKED_ORDER = re.compile(r"(?i)\b(what)\s+(has|have|had)\s+((?:the\s+|they\s+|he\s+|she\s+)(?:[\w&'-]+\s+){0,2}?)"
                          r"(written|wrote|said|recorded|noted|put\s+down|kept|sent|shared)\b")


_THEY_MADE = re.compile(
    r"(?i)(?P<before>\b(?:[a-z]+s|what|everything|anything|survey|inspection|report|record|file|assessment|letter|email|"
    r"statement|log|plan|decision|note|photo|video|recording|check|visit)\s+(?:(?:that|which)\s+)?)they(?P<aux>\s+(?:have|had)|'ve|\u2019ve)?"
    r"(?=\s+(?:wrote|written|made|took|taken|recorded|sent|said|put|collected|downloaded|seized|found|gave|given|used|"
    r"shared|logged|noted|kept|hold|held|keep|have|did|done|got|carried\s+out|visited|inspected|checked|filmed|"
    r"photographed|received|passed)\b)")


def _you_aux(aux: str | None) -> str:
    """af99: "they've" / "they have" said to the body: "you have"."""
    if not aux:
        return ""
    return " have" if aux.strip().lower() in ("'ve", "\u2019ve", "have") else " had"


def _tidy(item: str, owner: bool = False) -> str:
    item = re.sub(r"\s+", " ", item).strip(" ,;:.-")
    item = re.sub(r"(?i)[\s,]+(?:please|pls|plz|thanks|thank\s+you)$", "", item)  # ck28: "my custody record please"
    item = re.sub(r"(?i)\b(?:incl|inc)\b\.?", "including", item)
    # nf94 (nc94 #1): a question's word order is a record's ("what have they written about my kid" -> "what they have
    # written about ...")
    item = _ASKED_ORDER.sub(lambda m: f"{m.group(1)} {m.group(3)}{m.group(2).lower()} {m.group(4)}", item)
    if owner or _OWNER.match(item):
        # the helper's words about the person ("my mum is 82", "clients son is 9"), in that person's voice
        item = re.sub(r"(?i)\b(?:my|her|his|the\s+client'?s|clients?'?s?)\s+(?:son|daughter|child|mother|mum|father|dad|"
                      r"wife|husband|partner|brother|sister|grandmother|grandfather|gran|nan|grandad|client)\s+"
                      r"(was|is|has|had|lived|went|got|stayed|moved|attended|rang|called|reported|made|gave|sent|put|"
                      r"submitted|wrote|lodged|raised|complained)\b",
                      lambda m: "I " + {"is": "am", "has": "have"}.get(m.group(1).lower(), m.group(1)), item)
        # mx102: what they did themselves ("the call he made", "the complaint she put in"): "I made", in their voice
        item = re.sub(r"(?i)\b(?:she|he)\s+(was|is|has|had|lived|went|got|stayed|moved|attended|rang|called|reported|made|"
                      r"gave|sent|put|submitted|wrote|lodged|raised|complained|filed|signed|completed)\b",
                      lambda m: "I " + {"is": "am", "has": "have"}.get(m.group(1).lower(), m.group(1)), item)
        # ck30: what a body sent them ("the letters dwp sent her"): sent to the person, who signs the letter
        item = re.sub(r"(?i)\b(sent|wrote|written|emailed|posted|gave|given|issued)\s+(to\s+)?(?:him|her)\b",
                      lambda m: f"{m.group(1)} {m.group(2) or ''}me", item)
        # mx102: "the letters about her from the trust": "her" after a preposition and before a mark, a preposition or a
        # joining word is the person (me), never whose ("about my from the trust")
        item = re.sub(rf"(?i)\b(about|on|of|concerning|regarding|for|to|with)\s+her\b{_HER_OBJECT}",
                      lambda m: m.group(1) + " me", item)
        # ny102 (nc102 #4): the helper's "my client's PIP" is the client's own "my PIP" in the letter they sign
        item = re.sub(r"(?i)\b(?:my|the|our)\s+client(?:'s|s'?|\u2019s)(?=\s+\w)", "my", item)
        # ny102: "her" as the object ("won't tell her why", "never told her that") is "me"; "her review" stays "my"
        item = re.sub(r"(?i)\b(?:him|her)\b(?=\s+(?:why|what|how|when|where|whether|if|that|anything|nothing|"
                      r"about|to|a|an|the|it|back|so|and|but|or|because|until|after|before|for|at|in|on|by|from|with)\b"
                      r"|\s*[,.;:?!)]|\s*$)", "me", item)
        item = re.sub(r"(?i)\b(?:his|her)\b(?=\s+\w)", "my", item)
        item = re.sub(r"(?i)\b(?:about|on|of|concerning|regarding)\s+(?:him|her)\b", lambda m: m.group(0).split()[0] + " me", item)
        item = _OWNER.sub("my ", item)
    # the letter is addressed to the body: "everything they have on me" is what "you hold about me"
    item = re.sub(r"(?i)\b(everything|anything|all)\s+(?:that\s+)?they\s+(?:have|hold|keep)\s+(?:on|about)\b",
                  lambda m: f"{m.group(1)} you hold about", item)
    # af99 (nc97 #7): the records the body made, named with "they" ("the notes they wrote about my flat", "what they
    # said about me"): the letter is addressed to the body, so they are what "you" wrote (never a person's "they
    # were readmitted", whose verb makes no record)
    item = _THEY_MADE.sub(lambda m: m.group("before") + "you" + _you_aux(m.group("aux")), item)
    item = _FROM_BODY.sub("", item)
    item = _HEDGED_ASIDE.sub(_plain_aside, item)  # lead50: "(the PA4 i think)" -> "(the PA4)"
    item = re.sub(r"(?i)\b(" + "|".join(_MONTHS) + r")\b", lambda m: m.group(1).capitalize(), item)
    item = _staff_named(item)  # mx101 (nc101 #1): "the surveyors report", "their surveyor"
    item = re.sub(r"(?i)\bcctv\b", "CCTV", item)
    item = re.sub(r"(?i)\b(pnc|dna|a&e|gp|nhs)\b", lambda m: m.group(1).upper(), item)
    return re.sub(r"\bi\b", "I", item)


@functools.lru_cache(maxsize=1)
def _staff_forms() -> tuple[re.Pattern, re.Pattern] | None:
    data, _ = load_vocab("sar_records")
    roles = "|".join((data if isinstance(data, dict) else {}).get("staff_roles") or [])
    if not roles:
        return None
    heads = _vocab()[0]
    made = heads.pattern if heads is not None else r"\b(?:reports?|notes|records?)\b"
    return (re.compile(rf"(?i)\b((?:the|a|an|their|your)\s+(?:{roles}))s\s+(?=(?:[\w-]+\s+)?(?:{made}))"),
            re.compile(rf"(?i)\btheir(?=\s+(?:[\w-]+\s+)?(?:{roles})\b)"))


def _staff_named(item: str) -> str:
    """mx101 (nc101 #1): the body's staff named in ITEM as the letter to the body says them: "the surveyors report" ->
    "the surveyor's report", "what their surveyor wrote" -> "what your surveyor wrote" (sar_records.yaml staff_roles)."""
    forms = _staff_forms()
    if forms is None:
        return item
    apostrophe, theirs = forms
    item = apostrophe.sub(lambda m: m.group(1) + "'s ", item)
    return theirs.sub(lambda m: "Your" if m.group(0)[0] == "T" else "your", item)


_DEICTIC = re.compile(r"(?i)\b(?:those|these|that|this|the)\s+(?:stops?|searches|exclusions?|arrests?|incidents?|events?|times?|"
                      r"occasions?|visits?|assessments?)\b(?!\s+(?:(?:and\s+)?search(?:es)?\s+)?(?:reports?|records?|forms?|logs?|notes|book|file|footage))")  # ck50: "the incident report" names a record
_BODY_TAIL = re.compile(r"(?i)\s+from\s+(?:the\s+)?(?:[A-Za-z&'-]+\s+){0,4}?(?:council|police|force|trust|service|school|academy|"
                        r"board|authority|department|hospital|college)$")


_WITHHELD_LEAD = re.compile(r"(?i)^.*?\b(?:wo?n'?t|will\s+not|refused?\s+to|refuses\s+to|didn'?t|did\s+not|would\s+not|"
                            r"wouldn'?t)\s+(?:give|send|show|release|hand\s+over)\s+(?:her|him|us|me|them)?\s*")


def _on_behalf_item(item: str, whose) -> str:
    """An item of a request made on someone's behalf, naming them in the third person (sar15): "her school
    records" -> "[CHILD'S NAME]'s school records"; "the records of those stops" -> "the records of the stop and
    search of [CHILD'S NAME]"; "the body cam footage" -> "the body cam footage of [CHILD'S NAME]"."""
    from askfoi.whose_records import third_person

    item = _BODY_TAIL.sub("", re.sub(r"\s+", " ", item).strip(" ,;:.-"))
    item = _WITHHELD_LEAD.sub("", item)  # "client says her sons academy wont give her his behaviour log"
    item = re.sub(r"(?i)\s+and\s+(?:copies|a\s+copy|them|it)$", "", item)  # "..., she wants copies"
    out = third_person(item, whose)
    if whose.placeholder in out:
        return out
    if whose.events and _DEICTIC.search(out):
        return _DEICTIC.sub(f"the {whose.events[0]} of {whose.placeholder}", out, count=1)
    if re.search(r"(?i)\b(?:footage|cctv|video|recordings?|body[\s-]?(?:cam|worn)\w*|photos?|images?)$", out):
        return f"{out} of {whose.placeholder}"
    return f"{out} about {whose.placeholder}"


# a bracketed aside right after the person a request is for ("my client (a tenant of clarion housing) wants her
# repair records", "my mum (shes 82) wants ..."): who they are, not part of the item
_ASIDE = re.compile(r"(?i)^(\W*(?:my|our|the|her|his)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s*\([^()]{1,80}\)")

# a camera named without what it recorded ("the bodycam", "any cctv"): the item asks for its footage
_DEVICE_ONLY = re.compile(r"(?i)^(?:the\s+|any\s+|all\s+(?:the\s+)?)?(?:officers?'?\s+)?(?:bodycams?|body\s+cams?|body[\s-]?worn"
                          r"(?:\s+cameras?)?|dash[\s-]?cams?|cctv|cameras?)$")

# a clause with no subject of its own that goes on with the account before it: a past verb or participle, or where
# and when ("... and searched by the police", "... and held overnight", "... and then taken to hospital")
_CARRIES_ON = re.compile(r"(?i)\W*(?:then\s+|later\s+)?(?:[a-z]+ed|taken|held|kept|put|told|given|seen|sent|left|made|"
                         r"brought|caught|hit|thrown|bitten|driven|shown|spoken|stuck|beaten|found)\b")


# nu22: a question whether a record exists ("can you find out if the police have a file on me", "do you hold anything
# on me", "is there a file about me"): the letter's opening asks for all the data held, so no item asks it again
_ASKED_WHETHER = re.compile(r"(?i)^\W*(?:(?:can|could|would|will)\s+(?:you|u|they|i)\s+(?:please\s+)?(?:find\s+out|check|tell\s+me|"
                            r"see|know)\s+(?:if|whether)\b|(?:do|does|did|have|has|is|are)\s+(?:you|u|they|the\s+\w+|there|any)\b)")
# a clause with its own subject and verb ("hes in kent", "the council has cameras there"): it tells, and never joins
# the record named before it
_OWN_CLAUSE = re.compile(r"(?i)\b(?:hes|shes|theyre|its|he\s+is|she\s+is|(?:he|she|they|it|we|i|there)\s+\w+|\w+\s+(?:is|are|was|"
                         r"were|has|have|had|lives|lived|says|said))\b")


# ck23a: a clause telling what someone did with a record ("the police took the cctv", "the shop gave them the footage"):
# the account, never an item of the letter
_TOLD_TAKEN = re.compile(r"(?i)^\W*(?:then\s+)?(?:the\s+|a\s+|an\s+)?(?!i\b|we\b)[a-z]+(?:\s+[a-z]+)?\s+(?:took|seized|collected|removed|"
                         r"confiscated|deleted|lost|viewed|watched|downloaded|gave|handed)\b")
# a recording named bare on the writer's own request ("can i get a copy of the footage"): the footage of them
_BARE_RECORDING = re.compile(r"(?i)^(?:the|any|all\s+the|a\s+copy\s+of\s+the)\s+(?:[\w-]+\s+)?(?:footage|cctv|cctv\s+footage|video|"
                             r"recordings?|body[\s-]?(?:cam|worn)\w*(?:\s+(?:video|camera|footage))?|bodycam\s+footage)$")


def _first_person_story(sentence: str, events: frozenset[str]) -> bool:
    """SENTENCE tells what happened to the writer: it opens with them ("i was arrested", "my son was excluded") or
    tells what a body did to them or theirs ("the police took my phone in june when i was arrested", lead40), and
    names an event; a wish ("i want to know ...") or a question is no story."""
    if not any(w in events for w in re.findall(r"[a-z]+", sentence.lower())):
        return False
    if _KNOW_LEAD.match(sentence):
        return False  # nz70 (nc70 #3): "i want to know what the council pays per week for care home placements": asked
    if re.match(r"(?i)\W*(?:i|we|my\s+\w+)\b", sentence):
        return True
    return bool(re.match(r"(?i)\W*(?:the|they|an?|two|three|some|several)\b", sentence)) and "?" not in sentence \
        and re.search(r"(?i)\b(?:i\s+(?:was|got|had|were)|(?:my|me)\b)", sentence) is not None \
        and not re.search(r"(?i)\b(?:i|we)\s+(?:want|would\s+like|need|wish|am\s+asking|request)\b", sentence)


_TOLD_DETERMINER = frozenset("the a an two some their its this that".split())
_NOT_A_SUBJECT = frozenset("i ive im id i've i'm i'd weve we've you we it he she they me him her us them of to in on at "
                           "from for by with and or but "
                           "if when where why how what who which there here please can could would will".split())


def _told_clause(piece: str) -> bool:
    """lead42 (nc44 #9): PIECE is a clause of its own about the writer, a subject of one or two words with a verb in
    the past tense and the writer in what follows ("security stopped me on 3 june", "a guard grabbed my arm"): told
    (the account), never a record's details joined onto the item before it."""
    words = re.findall(r"[a-z']+", (piece or "").lower())
    if words and words[0] in _TOLD_DETERMINER:
        words = words[1:]
    from lemminflect import getInflection, getLemma

    for size in (1, 2):
        if len(words) <= size or any(w in _NOT_A_SUBJECT for w in words[:size]):
            return False
        verb, rest = words[size], words[size + 1:]
        if not {"me", "my", "us", "our"} & set(rest):
            continue
        lemma = (getLemma(verb, upos="VERB") or [verb])[0]
        if verb != lemma and verb in (getInflection(lemma, tag="VBD") or ()):
            return True
    return False


_OWNED_TAIL = re.compile(r"(?i)\s+((?:on|about|for|at|of|from|relating\s+to|concerning|regarding)\s+(?:my|our|his|her|their)\s+.+)$")
_OWNED = re.compile(r"(?i)\b(?:my|our|his|her|their|me|him|them|i|we)\b")  # mx101: "the complaints i made" is owned


def _share_owner(found: list[str]) -> list[str]:
    """Records listed together and owned once at the end ("all the repair records and the inspection report on my
    flat"): the owner's phrase goes with each record that names no owner of its own, so no item asks for
    "all the repair records" of everyone."""
    if len(found) < 2:
        return found
    tail = _OWNED_TAIL.search(found[-1])
    if not tail:
        return found
    return [f"{item.rstrip(' .,')} {tail.group(1)}" if not _OWNED.search(item) else item for item in found[:-1]] + [found[-1]]


# ck26: the words that end a record's noun phrase on its left: a verb of getting or asking, a clause's subject, a
# preposition ("... who has dementia get her social care records": the phrase is "her social care records")
_PHRASE_STOP = frozenset("""get gets getting got see seeing have having has had want wants wanted need needs needed help
    helping helped try trying tried obtain obtaining request requesting requested access ask asking asked find sent send
    give given show release is are was were be been being am im i'm i we you he she they it who which that whom whose to for
    from with in on at by of about and or but so because as if when while since into onto over under after before
    dementia lives live living""".split())
_NP_START = frozenset("my his her their our your the any all a an every each".split())
# what may follow a record's head inside its phrase: "of my arrest on 3 march", "about my complaints", "from 2019"
_QUALIFIER = re.compile(r"(?i)^\s+(?:(?:of|about|on|for|from|between|during|at|in|since|dated|relating\s+to|concerning|"
                        r"regarding|after|before|including|incl|inc|such\s+as)\b[^,;.!?]*?)(?=\s*(?:[,;.!?]|$|\s+(?:and|but|so|because|as|who|which|"
                        r"that|she|he|they|i|we|it|im|shes|hes|theyre)\b))")


# ck30: a record named by who sent it to the person ("the letter DWP sent her", "the emails the council sent me")
_SENT_TO = re.compile(r"(?i)^\s+(?:that\s+|which\s+)?(?:[\w&'-]+\s+){0,4}?(?:sent|wrote|emailed|posted|gave|issued)\s+"
                      r"(?:to\s+)?(?:me|her|him|them|us)\b")


# lead50 (nc61 #3 p1): a told clause (a subject and a past verb: "my client has been refused PIP", "he was arrested")
# whose only record word is the event it happened after or at ("after an assessment", "following an interview"): the
# story of what happened, never a record asked for (the request for the record says so: "a copy of her assessment")
_TOLD_VERB = re.compile(r"(?i)\b(?:was|were|been|got|had|did|went|came|took|[a-z]{3,}ed)\b")
_EVENT_PREP = re.compile(r"(?i)\b(?:after|before|during|following|since|at|from)\s+(?:(?:an?|the|his|her|my|their|our|its)\s+)?"
                         r"(?:[\w-]+\s+)?$")


def _event_only(piece: str, heads: re.Pattern) -> bool:
    found = list(heads.finditer(piece))
    return bool(found) and all(_EVENT_PREP.search(piece[:m.start()]) and _TOLD_VERB.search(piece[:m.start()])
                               for m in found)


def _record_phrase(bare: str, heads: re.Pattern) -> str:
    """ck26: the noun phrase of BARE that names the kind of record, with what it is of or about ("her social care
    records" in "Im helping my mum who has dementia get her social care records"): an item names records, never the
    story told around them. BARE itself when it starts with that phrase."""
    m = heads.search(bare)
    if m is None:
        return bare
    words = list(re.finditer(r"[\w'\u2019&-]+", bare[:m.start()]))
    start = m.start()
    for w in reversed(words[-5:]):
        low = w.group().lower().replace("\u2019", "'")
        gap = bare[w.end():start]
        if low in _PHRASE_STOP or gap.strip() not in ("", "/"):  # ("paperwork/records": one phrase)
            break
        start = w.start()
        if low in _NP_START or low.endswith("'s") or low.endswith("s'"):
            break  # "her", "the", "my son's": where the phrase begins
    if not re.search(r"\w", bare[:start]):
        # nothing told before the phrase (at most a bullet): the item is the person's own, whole ("A still image to
        # show the sign turned sideways"); only a story before it is cut away, with what follows the record's name
        return bare[start:]
    end = m.end()
    while (more := re.match(rf"\s+(?:{heads.pattern})", bare[end:], re.I)) is not None:
        end += more.end()  # fx51 (nc50 #10): "my pip assessment notes": a record named by two heads is the last one's
    sent = _SENT_TO.match(bare[end:])  # ck30: "the letter DWP sent her": who sent it to whom belongs to the record
    end += sent.end() if sent else 0
    tail = _QUALIFIER.match(bare[end:])
    end += tail.end() if tail else 0
    # ck28 (nu30 item 5): "the CCTV of me from the police station when i was arrested in may": the event and its date
    # stay with the record (the force needs them to find the footage before it is deleted), never "... when."
    event = _EVENT_CLAUSE.match(bare[end:])
    if event is not None:
        end += event.end()
    else:
        last = re.search(r"\s+\S+$", bare[:end])  # the qualifier stopped on "when", before "i was ..."
        event = _EVENT_CLAUSE.match(bare[last.start():]) if last else None
        end = last.start() + event.end() if event else end
    return bare[start:end]


# ck28: the event a record is of, told after it ("when i was arrested in may", "the night i was held at ...")
_EVENT_CLAUSE = re.compile(r"(?i)^\s+(?:when|while|whilst|after|before|on\s+the\s+(?:day|night)|the\s+(?:day|night|time))\s+"
                           r"(?:i|we)\s+(?:was|were|got|had|went|came|attended|visited)\b[^,;.!?]*?"
                           r"(?=\s*(?:[,;.!?]|$|\s+and\s+(?:my|the|all|any|a|also|copies|copy)\b))")


# ck26: records that are another person's in the writer's own request ("and my kids files too", "my son's school
# records"): each person's data is their own request (a parent may make one for a young child)
_OTHERS_OWN = re.compile(
    r"(?i)^(?:the\s+|all\s+(?:the\s+)?|any\s+)?(?:my|our)\s+(?:(?:\w+\s+)?(?:children|childrens|children's|childrens'|kids|kids'|"
    r"kid's|son|son's|sons|daughter|daughter's|daughters|child|child's|childs|baby|baby's|partner|partner's|husband|husband's|"
    r"wife|wife's|mum|mum's|mother|mother's|dad|dad's|father|father's|brother|brother's|sister|sister's)\b)")


def others_in_sar(text: str) -> list[str]:
    """ck26: what the writer's own subject access request lists that is another person's records ("my childrens
    files"): left out of the letter and said to be that person's own request."""
    from askfoi.whose_records import read_whose

    if read_whose(text).on_behalf:
        return []
    return [item for item in _listed(text) if _OTHERS_OWN.match(item)]


def _listed(text: str) -> list[str]:
    heads = _vocab()[0]
    lead_run = _vocab()[2]
    out = []
    for sentence in _SENTENCE.split((text or "")[:5000]):
        for piece in _JOINS.split(sentence.strip()):
            if not piece or not piece.strip():
                continue
            bare = lead_run.sub("", piece.strip() + " ").strip() if lead_run is not None else piece.strip()
            if heads is not None and heads.search(bare):
                out.append(re.sub(r"(?i)\s+(?:too|as\s+well|also)$", "", _record_phrase(bare, heads).strip(" ,.;:")))
    return out


def _body_named(piece: str) -> bool:
    """ck28 (nu30 item 5): PIECE is only the name of the body asked ("..., West Yorkshire Police"): the addressee,
    never more words of the record before it."""
    from askfoi.authorities import resolve_authority

    words = piece.strip(" ,.;:")
    # (lead40: typed in lower case too, "..., west yorkshire police"; never a record's own words: "my file", "the cctv")
    if not words or len(words.split()) > 7 or re.match(r"(?i)(?:my|our|his|her|their|the|a|an|any|all|copies|copy)\b", words):
        return False
    found = resolve_authority(words)
    return bool(found is not None and found.known and found.score >= 95)


# ck31 (nu33): a fragment of the story left as an item ("took notes about my kids", "what they wrote about me",
# "wrote stuff about my son"): the body's act, put as a request for the record it made (prompts/frames/sar_item.j2)
_MADE = re.compile(r"(?i)^(?:(?:they|the\s+(?:[\w-]+\s+){0,2}?(?:council|social\s+workers?|workers?|school|police|staff|team|"
                   r"officers?|hospital|doctors?|nurses?)|social\s+services|you)\s+)?(?P<verb>took|made|kept|wrote|did|filled\s+in|"
                   r"completed|carried\s+out|sent|put\s+together|recorded|logged)\s+(?:some\s+|a\s+|an\s+|the\s+|any\s+|all\s+"
                   r"(?:the\s+|those\s+)?|loads\s+of\s+|lots\s+of\s+)?(?P<noun>(?:[\w-]+\s+)?(?:notes?|reports?|records?|"
                   r"assessments?|stuff|things|statements?|letters?|emails?|referrals?|minutes|forms?|plans?|logs?|observations?))"
                   r"\s+(?P<rest>(?:about|on|of|regarding|concerning)\s+.+)$")
_SAID = re.compile(r"(?i)^what\s+(?P<actor>they|you|the\s+(?:[\w-]+\s+){0,3}?(?:council|social\s+workers?|worker|school|police|"
                   r"staff|team|officers?|hospital|doctors?|nurses?|teachers?)|social\s+services|he|she)\s+(?P<verb>wrote|"
                   r"said|recorded|noted|put|sent|shared|told\s+\w+|passed\s+on|reported)\s+(?P<rest>(?:about|on|regarding|"
                   r"concerning)\s+.+)$")
_VAGUE_NOUNS = {"stuff": "records", "things": "records"}


def _as_record(item: str) -> str:
    """ITEM as a request for the record when it is a fragment of the story: "took notes about my kids" -> "The notes
    you took about my children"; "what they wrote about me" -> "Any record of what you wrote about me"; else as it
    was."""
    from askfoi.templates import render

    bare = item.strip(" .")
    bare = re.sub(r"(?i)\bmy\s+kids\b", "my children", re.sub(r"(?i)\bmy\s+kid\b", "my child", bare))
    m = _MADE.match(bare)
    if m:
        noun = " ".join(_VAGUE_NOUNS.get(w.lower(), w.lower()) for w in m.group("noun").split())
        verb = m.group("verb").lower()
        verb = {"did": "made", "sent": "sent", "logged": "logged"}.get(verb, verb)
        return " ".join(render("frames/sar_item.j2", mode="made", noun=noun, verb=verb, rest=m.group("rest")).split())
    m = _SAID.match(bare)
    if m:
        actor = m.group("actor")
        actor = "you" if actor.lower() in ("they", "you", "social services") else actor
        return " ".join(render("frames/sar_item.j2", mode="said", actor=actor, verb=m.group("verb").lower(),
                               rest=m.group("rest")).split())
    return item


# ck31 (nu33): a subject access request to social services: the records are found by who the person is, so the letter
# carries what the search needs (date of birth, past addresses, a case number or a worker's name)
_SOCIAL_CARE = re.compile(r"(?i)\b(?:social\s+(?:services|care|work(?:ers?)?)|children'?s\s+services|adult\s+services|"
                          r"care\s+(?:file|records?|notes|plan)|foster\w*|looked[\s-]+after|in\s+care|"
                          r"child\s+protection|safeguarding|early\s+help|family\s+support)\b")
_CHILDREN = re.compile(r"(?i)\b(?:my|our)\s+(?:kids?|children|child|son|sons|daughters?|baby|babies|grandchildren)\b")


def social_care_sar(texts: list[str]) -> bool:
    """The subject access request is for social care records (its parts, or the message they came from, say so)."""
    return any(_SOCIAL_CARE.search(t or "") for t in texts)


def children_named_in_sar(texts: list[str]) -> bool:
    """Records the request lists are also about the writer's children ("the notes you took about my children")."""
    return any(_CHILDREN.search(t or "") for t in texts)


_ME_AND_MY = re.compile(r"(?i)\b(?:about|on|regarding)\s+(?:me|him|her|them)\s+and\s+(?:about\s+|on\s+)?(?=(?:my|his|her|their)\s)")


# cx36: what the body said or why, told after the record ("... to share the investigation report with us, saying that
# we're a 'third party'"): the account of the refusal, never more words of the record
_TOLD_WHY = re.compile(r"(?i)^(?:saying|telling|claiming|stating|explaining|insisting|because|since|as\s+(?:we|they|it|he|she))\b")


@functools.lru_cache(maxsize=1)
def _obtained() -> tuple[tuple[re.Pattern, str], ...]:
    data, _ = load_vocab("sar_records")
    data = data if isinstance(data, dict) else {}
    out = []
    for entry in data.get("obtained") or []:
        forms = compile_any(entry.get("forms") or [])
        item = " ".join(str(entry.get("item") or "").split())
        if forms is not None and item:
            out.append((forms, item))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _made_by_me() -> re.Pattern | None:
    data, _ = load_vocab("sar_records")
    return compile_any((data if isinstance(data, dict) else {}).get("made_by_me") or [])


def made_by_me(piece: str) -> bool:
    """mx101 (nc101 #1): PIECE names a record the person made or sent themselves ("the repair complaints i made"),
    asked for with its maker (knowledge/vocab/sar_records.yaml made_by_me); a figure of them ("how many complaints i
    made") is not such a record."""
    found = _made_by_me()
    return bool(found is not None and found.search(piece or "") and not _COUNTS.search(piece or ""))


# an item already asking for communications data in the person's words ("any phone records they got from my network")
_COMMS_ITEM = re.compile(r"(?i)\b(?:phone|mobile|call|telephone|communications?|location|internet)\s+(?:data|records|logs|history)\b")


def obtained_items(text: str) -> list[str]:
    """lf61 (nc58 #3a): the data a body obtained about the person that TEXT asks about, each as the letter's item
    ("have they used my phone data": the communications data obtained about me), knowledge/vocab/sar_records.yaml
    "obtained"."""
    return [item for forms, item in _obtained() if forms.search(text or "")]


def interception_asked(text: str) -> str | None:
    """lf61 (nc58 #3a): the words of TEXT that ask whether the person's communications were intercepted ("tapped my
    phone"), or None. Never an item: interception is neither confirmed nor denied (the finding says so)."""
    data, _ = load_vocab("sar_records")
    forms = compile_any((data or {}).get("interception") or []) if isinstance(data, dict) else None
    m = forms.search(text or "") if forms is not None else None
    return m.group(0) if m else None


def without_interception(text: str) -> str:
    """TEXT with the words that ask about interception ("tapped my phone") blanked: they name no record to ask for."""
    data, _ = load_vocab("sar_records")
    forms = compile_any((data or {}).get("interception") or []) if isinstance(data, dict) else None
    return forms.sub(" ", text or "") if forms is not None else (text or "")


@functools.lru_cache(maxsize=1)
def _body_records() -> re.Pattern | None:
    data, _ = load_vocab("sar_records")
    forms = (data if isinstance(data, dict) else {}).get("body_records") or []
    return compile_any([rf"^(?:{f})" for f in forms])


_BODY_RECORD_LEAD = re.compile(r"(?i)^(?:(?:a\s+)?cop(?:y|ies)\s+of\s+)?(?:the|any|all(?:\s+the)?|your|their|its|"
                               r"the\s+[\w-]+(?:'s|s'|s)(?=\s))\s+")


def body_record(piece: str) -> bool:
    """lead52: PIECE (an item of a subject access message's list) names the body's own records ("the inspection
    reports for the home", "the staffing policy", "the councils school transport policy"): a determiner, a record of
    the body's work (knowledge/vocab/sar_records.yaml `body_records`) and no person in it (no "my", "her", "him", no
    name placeholder): an FOI ask, never an item of the subject access letter."""
    rx = _body_records()
    said = re.sub(r"\s+", " ", piece or "").strip(" ,.;:?")
    lead = _BODY_RECORD_LEAD.match(said)
    if rx is None or not lead or _ABOUT_SOMEONE.search(said) or "[" in said:
        return False
    return bool(rx.match(said[lead.end():]))


def sar_items(text: str) -> list[str]:
    """The records a subject access request names, each with its own details ("The CCTV of my arrest on 3
    March"), then the person's own account of the events when they gave one ("Any other personal data about
    these events: I was arrested in March and held at Colchester police station"); [] when it lists nothing
    beyond "all my data"."""
    heads, general, lead_run, events = _vocab()
    if heads is None:
        return []
    from askfoi.checks import check_request

    from askfoi.whose_records import consent_given, read_whose, with_owner, without_acting

    # the records are the own records of the person the writer helps: every item in their voice, unless the request
    # is made on that person's behalf (a parent for a child): then every item names them in the third person (sar15)
    whose = read_whose(text)
    owner = not whose.on_behalf and any(f.code == "their-own-data"
                                        for f in check_request((text or "")[:5000], None).findings)
    text = with_owner(without_acting(text))  # nz70: "mums care assessment" is "my mums care assessment"
    text = without_acting(text)  # ck25a: "..., i hold a health and welfare lpa for her": the enclosure, never an item
    # ck33 (nu34 #10): "everything the council holds about me and my housing benefit claim": the letter's opening asks
    # for all about me; the matter named is the item ("everything you hold about my housing benefit claim")
    text = _ME_AND_MY.sub("about ", text)
    items: list[str] = []
    story: list[str] = []
    owner_story: list[str] = []
    general_named: list[str] = []  # "my file": only the letter's opening, unless the story says which one
    for sentence in _SENTENCE.split((text or "")[:5000]):
        sentence = sentence.strip()
        if not sentence:
            continue
        pieces = [p for p in _JOINS.split(sentence) if p and p.strip()]
        # lead45 (nc51 #4): the joins each piece followed ("how many damp and mould repair reports ...": the "and" is
        # inside the counted thing): a piece after a bare "and" / "plus" goes on the piece before it
        joins = [m.group() for m in _JOINS.finditer(sentence)]
        bare_join = [False] + [not re.search(r"[,:]", j) for j in joins]
        counted = False
        found_here: list[str] = []
        story_here: list[str] = []
        for k, piece in enumerate(pieces):
            counted = counted and k < len(bare_join) and bare_join[k] and not _ASKS.match(piece.strip()) \
                and not _OWN_AFTER_JOIN.match(piece.strip()) \
                and not (lead_run is not None and lead_run.match(piece.strip() + " "))
            # ("... in 2024 and she wants the letters dwp sent her": a clause of its own after the "and")
            if _COUNTS.search(piece) or counted:
                counted = True
                continue  # a figure for an FOI request of its own (foi_asides), with the rest of its noun phrase
            piece = piece.strip()
            if interception_asked(piece):
                continue  # lf61: "listening to my phone calls": never confirmed or denied, never an item (the finding)
            piece = _ASIDE.sub(r"\1", piece)  # "my client (a tenant of clarion housing) wants ...": the aside says who
            bare = lead_run.sub("", piece + " ").strip() if lead_run is not None else piece
            if _COUNTS.search(piece):
                continue  # a figure for an FOI request of its own (foi_asides), not this letter's item
            if NO_EMAIL.search(piece) and not re.search(r"(?i)\b(?:cop(?:y|ies)|records?|files?)\s+(?:of|about|on)\b", piece):
                continue  # fu29: "(he doesnt use email)": how to reach him, never an item
            if consent_given(piece) and not re.search(r"(?i)\b(?:copy|copies|records?|files?)\s+(?:of|about|on)\b", piece):
                continue  # ck24b: "she has signed an authority form": the letter encloses it, never an item or the account
            asked = _KNOW_LEAD.sub("", re.sub(r"(?i)^\W*(?:(?:and|also|plus|but|so)\s+)+", "", bare).strip(" ,.;:"))
            if story_here and _TOLD_TAKEN.match(bare):
                # ck23a: "... and the police took the cctv": where the record went, told (part of the account), no item
                story_here[-1] = story_here[-1].rstrip(" .") + " and " + piece.rstrip(" .") + "."
                continue
            if _GENERAL_QUESTION.match(asked) and not _ABOUT_SOMEONE.search(asked) and len(asked.split()) >= 3:
                continue  # ck23a: "how long is the waiting list for adhd assessment": the body's work, asked by FOI
            if body_record(asked):
                continue  # lead52: "the inspection reports for the home": the body's records, asked by FOI (foi_asides)
            if found_here and _THE_REASON.match(bare):
                continue  # nf91 (nc91 #2): "..., i want to know the reason": the decision's record just named has it
            known = _TO_KNOW.match(bare) or (_WH_MINE.match(bare) if found_here else None)
            if known and found_here:
                found_here.append("records showing " + known.group(1))  # "and to know who made the decision"
                continue
            why = _WHY_DECIDED.match(bare)
            if why:
                from lemminflect import getLemma

                said = (why.group("verb") or why.group("done") or why.group("pdone")).lower()
                verb = (getLemma(said, upos="VERB") or [said])[0]
                whom = why.group("whom") or why.group("pwhom")  # in the letter's voice: "her kids" -> "my children"
                if owner:  # "him", "her" alone: me; "her kids": my children
                    whom = "me" if len(whom.split()) == 1 else " ".join(_IN_MY_VOICE.get(w.lower(), w) for w in whom.split())
                found_here.append(f"the records of the decision to {verb} {whom}{why.group('where') or ''}, including the "
                                  "reasons recorded for it")
                continue
            done = _DONE_TO_MINE.match(bare)
            if done and not _SAID_ABOUT.match(bare):
                who = "you" if done.group("who").lower() == "they" else done.group("who")
                found_here.append(f"records of what {who} {done.group('verb')} {done.group('rest')}")
                continue
            said = _SAID_ABOUT.match(bare)
            if said:
                found_here.append(re.sub(r"(?i)^to\s+(?:see|know|read|get)\s+", "", bare))
                continue
            if _MADE.match(asked) or _SAID.match(asked):
                found_here.append(asked)  # ck31: "wrote stuff about my son": the record the body made, an item of its own
                continue
            about = _all_about(bare)
            if about:
                found_here.append(about)  # "everything the dwp holds on my pip claim": which matter, for the search
                continue
            if not heads.search(bare) and made_by_me(bare):
                found_here.append(bare)  # mx101 (nc101 #1): "all the repair complaints i made": the writer's own, whole
                continue
            if _OWNER_STORY.match(bare) and not heads.search(bare):
                owner_story.append(bare)  # "she was in care in the 70s": where the records are, in their voice below
                continue
            if not heads.search(bare) and _first_person_story(piece, events):
                story_here.append(piece.rstrip(" .") + ".")  # "i was in foster care with kent from 1998 to 2004 and ..."
                continue
            if not heads.search(bare) and _told_clause(piece):
                story_here.append(piece.rstrip(" .") + ".")  # "..., security stopped me on 3 june": told, no detail
                continue
            if story_here and not heads.search(bare) and _CARRIES_ON.match(piece):
                # "i was stopped and searched by the met in camden": the second verb of the same account, no new subject
                story_here[-1] = story_here[-1].rstrip(" .") + " and " + piece.rstrip(" .") + "."
                continue
            if not heads.search(bare) and general is not None and general.search(bare.lower().strip(" .")):
                general_named.append(bare)  # "all the data you hold about me"
                continue
            if _ASKED_WHETHER.match(bare):
                general_named.append(bare)  # nu22: "can you find out if the police have a file on me": the opening asks
                continue
            if not heads.search(bare):
                if found_here and bare and not _ASKS.match(bare) and not _OWN_CLAUSE.search(bare) and not _TOLD_WHY.match(bare) and (
                        len(bare.split()) <= 6 or _GOES_ON.match(bare)) and not _body_named(bare):
                    # "the footage of the arrest and detention"; lead (nu29): "... of me being stopped and searched by
                    # west yorkshire police on 12 oct": the same event goes on, with the date the force needs
                    found_here[-1] += " and " + bare
                continue
            if general is not None and general.search(bare.lower().strip(" .")):
                general_named.append(bare)
                continue  # "all the information you hold about me": the letter's opening asks for it
            if bare == piece and _event_only(piece, heads):
                story_here.append(piece.rstrip(" .") + ".")  # lead50 (nc61 #3 p1): "refused PIP after an assessment"
                continue
            bare = _record_phrase(bare, heads)  # ck26: the record's phrase, never the story told around it
            if general is not None and general.search(bare.lower().strip(" .")):
                general_named.append(bare)  # lf64: "what has hmrc got on file for me": "file for me" asks for everything
                continue
            if not whose.on_behalf and _OTHERS_OWN.match(bare):
                continue  # ck26: "my childrens files": another person's own request (others_in_sar)
            bare = re.sub(r"(?i)\s+(?:too|as\s+well)$", "", bare)
            if len(bare.split()) > MAX_ITEM_WORDS:
                bare = " ".join(bare.split()[:MAX_ITEM_WORDS]) + " ..."
            found_here.append(bare)
        found_here = _share_owner(found_here)
        if found_here or (story_here and general_named):
            items.extend(found_here)
            story.extend(story_here)  # the account beside the records, in the same sentence
        elif _first_person_story(sentence, events):
            story.append(sentence.rstrip(" .") + ".")
    out = []
    seen = set()
    if whose.on_behalf:
        items = [_on_behalf_item(item, whose) for item in items]
        if whose.decisions and re.search(r"(?i)\b(?:why|reasons?)\b", text or ""):
            # "he was excluded and they wont tell us why": the decision's records, with its reasons
            items += ["records of " + d.format(who=whose.placeholder) for d in whose.decisions]
    for item in items:
        tidy = _DEVICE_ONLY.sub(r"\g<0> footage", _as_record(_tidy(item, owner)))  # "the bodycam": what it recorded
        tidy = re.sub(r"\s*\?+$", "", tidy)  # "can she get her own repair history?": the record, not the question
        if not whose.on_behalf and _BARE_RECORDING.match(tidy):  # ck50: the client signs: "of me" too
            tidy += " of me"  # ck23a: the writer's own request: the recording is asked for with them in it
        if tidy and tidy.lower() not in seen:
            seen.add(tidy.lower())
            out.append(tidy[:1].upper() + tidy[1:])
    matter = matter_told(text) if not whose.on_behalf else None
    if matter:  # lt101 (nc100 j3): "The photos" of what: the matter the story names, so the right case is searched
        out = [with_matter(o, matter) for o in out]
    case = case_item(text)  # lf61 (fc59): "Regarding the complaint I made against PC X: 1. ... 2. ...": the case's records
    if case and case.lower() not in seen:
        seen.add(case.lower())
        named = case_lead(text) or ""
        # mx102: an item that is the lead line itself ("Regarding the complaint I made against PC X", taken whole as a
        # record the person made) is the case's item, never a second one before it
        out = [o for o in out if o.lower().rstrip(".") not in case.lower()
               and not (named and _LEAD_ONLY.fullmatch(o.lower().replace(named.lower(), "", 1)))] + [case]
    for item in obtained_items(text):  # lf61: "have they used my phone data": the data obtained, never dropped
        if item.lower() not in seen and not any(_COMMS_ITEM.search(o) for o in out):
            seen.add(item.lower())
            out.append(item)
    out = out[:MAX_ITEMS]
    if out and not story and owner_story and any(_OWNER.match(re.sub(r"\s+", " ", i).strip(" ,;:.-")) for i in items):
        # the person the writer helps, told in the third person: in their voice, as the letter they sign is
        story = [_OWNER_STORY.sub(lambda m: "I " + {"is": "am", "has": "have"}.get(m.group(1).lower(), m.group(1)), s_)
                 .rstrip(" .") + "." for s_ in owner_story]
    if not out and story and general_named:
        # "i was in foster care with kent from 1998 to 2004 and i want to see my file": which file, from the story
        out.append(_tidy(general_named[0], owner)[:1].upper() + _tidy(general_named[0], owner)[1:])
    if out and story:
        if whose.on_behalf:
            # ny91 (nc88 #6): the writer's own account of a relative's life ("shes had loads of falls this year, broke
            # her wrist in august") never goes into the letter: the kinds of record it points to do
            out.append(_told_kinds(" ".join(story), whose))
        else:
            # nf97 (nc97 #8): the writer's own story that does not say when ("I was arrested last year by you but never
            # charged, now it shows on my DBS?") is named by the kinds of event it tells, each with a blank for the
            # date that finds its records; a story that says when ("in march", "on 3 June"), or that no kind reads,
            # is kept as what happened, never as a question
            from askfoi.whose_records import told_kinds

            told = " ".join(story)
            kinds = [] if _DATED.search(told) else told_kinds(told)  # a story that says when finds the records itself
            if kinds:
                joined = kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + ", and " + kinds[-1]
                out.append(f"Any other personal data about me relating to {joined}")
            else:
                told = re.sub(r"[?!]+(?=\s|$)", ".", _tidy(" ".join(story), owner)).rstrip(" .") + "."
                out.append("Any other personal data about these events: " + told)
    return out


@functools.lru_cache(maxsize=1)
def _matters() -> re.Pattern | None:
    data, _ = load_vocab("sar_records")
    nouns = compile_any((data if isinstance(data, dict) else {}).get("matters") or [])
    if nouns is None:
        return None
    return re.compile(
        r"(?i)\b(?:got|get|received|receive|was\s+given|been\s+given|was\s+issued|been\s+issued|was\s+sent|been\s+sent|had|has)"
        r"\s+(?:a|an)\s+(?P<matter>(?:[a-z-]+\s+){0,2}?(?:" + nouns.pattern + r"))\b"
        r"(?P<from>\s+from\s+(?:the\s+)?(?:[a-z&'-]+\s+){0,4}?(?:council|police|constabulary|dvla|trust|hospital|school|"
        r"authority|service|tfl))?"
        r"(?P<rest>\s+(?:for|on|at|in|after)\s+(?:(?!\band\b|\bbut\b|\bso\b|\bwho\b|\bwhich\b|\bwants?\b)[^,.;?!])"
        r"{1,45}?)?(?=\s+(?:and|but|so|who|which|wants?)\b|[,.;?!]|$)")


def matter_told(text: str | None) -> str | None:
    """lt101 (nc100 j3): the matter the person's story says the records are about, in their voice ("my dad got a
    penalty charge from camden council for a bus lane" -> "my penalty charge for a bus lane"); None when the story
    names none (knowledge/vocab/sar_records.yaml matters). The body it came from is left out: the letter goes to it."""
    pattern = _matters()
    m = pattern.search((text or "")[:2000]) if pattern is not None else None
    if not m:
        return None
    matter = " ".join((m.group("matter") + (m.group("rest") or "")).split())
    return "my " + matter


# a bare kind of record ("the photos", "the camera photos", "the calibration records"), with nothing saying of what
_BARE_KIND = re.compile(r"(?i)^(?:the\s+|any\s+|all\s+(?:the\s+)?)?(?:[a-z-]+\s+){0,2}?[a-z-]+$")
_SAYS_OF_WHAT = re.compile(r"(?i)\b(?:of|about|for|on|from|relating|regarding|concerning|at|in|to|with|me|my|him|her)\b")


def with_matter(item: str, matter: str) -> str:
    """ITEM with "relating to MATTER" when it names a kind of record and nothing of what it is about."""
    bare = item.strip().rstrip(".")
    heads = _vocab()[0]
    if (_BARE_KIND.match(bare) and not _SAYS_OF_WHAT.search(bare) and heads is not None and heads.search(bare)
            and matter.lower()[3:] not in bare.lower()):
        return f"{bare} relating to {matter}"
    return item


# nf97: a story that says when (a month, a year, a day's date, a weekday): its own words find the records
_DATED = re.compile(r"(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|"
                    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:19|20)\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
                    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+(?:night|week))\b")


def _told_kinds(told: str, whose) -> str:
    """The last item of a request made on someone's behalf: their other personal data about what the story tells,
    named by the kinds of event (knowledge/vocab/whose_records.yaml told_kinds, and the events read from the message),
    never in the writer's words."""
    from askfoi.whose_records import told_kinds

    kinds = [f"the {e}" for e in whose.events] + told_kinds(told)
    kinds = [k for i, k in enumerate(kinds) if k not in kinds[:i]]
    if not kinds:
        return f"Any other personal data you hold about {whose.placeholder}"
    last = ", and " if len(kinds) > 2 and any(" and " in k for k in kinds) else " and "  # "the falls and injuries, and ..."
    joined = kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + last + kinds[-1]
    return f"Any other personal data about {whose.placeholder} relating to {joined}"
