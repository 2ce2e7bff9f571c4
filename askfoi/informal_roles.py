"""The roles of clauses in a message typed as people speak (fr24a, issue 8): background (the person's story) or ask.

A message written as people speak puts a story first and the ask after it, often in one sentence joined by a comma:
"my son goes to the university of edinburgh and they wont tell me, how many students made complaints ...". Each clause
is read by its grammar, never by its topic:

- a telling verb after a negator ("they wont tell me", "nobody would explain") is the story of a refusal, never the
  person asking in the first half (`refusal_told`);
- "i want / i need" followed by a noun phrase that names records ("i want all the emails between ...") asks
  (`wish_for_records`);
- a subset counted after a count whose description holds a clause of its own ("cancelled because there were no beds")
  is framed "Of the <things counted>, the number that ..." (`closed_clause`).

The word classes are data in knowledge/vocab/informal_roles.yaml.
"""
from __future__ import annotations

import functools
import re
from types import SimpleNamespace

from askfoi.knowledge import load_vocab


def _alt(words) -> str:
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in str(w).split()) for w in words) + ")"


@functools.lru_cache(maxsize=1)
def _vocab() -> SimpleNamespace:
    data, _ = load_vocab("informal_roles")
    data = data if isinstance(data, dict) else {}
    get = lambda k: [str(x) for x in (data.get(k) or [])] or ["(?!)"]  # noqa: E731
    sub, neg = get("subordinators"), get("negators")
    wish, inf = get("wish_verbs"), get("wish_infinitives")
    return SimpleNamespace(
        subordinator=re.compile(rf"(?i)(?:^|\s){_alt(sub)}\s+\S"),
        refusal=re.compile(rf"(?i)\b{_alt(neg)}\s+(?:\w+\s+){{0,2}}?(?:tell|told|say|said|explain|explained|answer|answered|"
                           rf"give|gave|reply|replied|let\s+(?:me|us)\s+know)\b"),
        wish=re.compile(rf"(?i)^\W*(?:(?:so|and|but|also)\s+)*(?:i|we)\s+(?:really\s+|just\s+|also\s+)?{_alt(wish)}\s+"
                        rf"(?:to\s+{_alt(inf)}\s+)?"),
    )


def closed_clause(clause: str | None) -> bool:
    """CLAUSE (what a count says of its things: "cancelled because there were no beds") holds a clause of its own,
    opened by a subordinator: a relative clause after it would hang on that inner clause."""
    return bool(clause) and bool(_vocab().subordinator.search(" " + clause))


def refusal_told(story: str) -> bool:
    """STORY tells that someone would not tell or answer ("they wont tell me", "the school refused to say"): a
    telling verb that is part of the story, not the person asking."""
    return bool(_vocab().refusal.search(story or ""))


def wish_for_records(sentence: str, records_np: re.Pattern[str]) -> bool:
    """SENTENCE is the writer wishing for records by name ("i want all the emails between ...", "we need the
    minutes of ..."): the wish, then a noun phrase RECORDS_NP reads as naming records."""
    m = _vocab().wish.match(sentence or "")
    return bool(m) and bool(records_np.match(sentence[m.end():]))



@functools.lru_cache(maxsize=1)
def _affiliation() -> re.Pattern[str]:
    data, _ = load_vocab("informal_roles")
    roles = [str(x) for x in ((data if isinstance(data, dict) else {}).get("affiliation_roles") or [])] or ["(?!)"]
    # a first-person clause ("i'm a volunteer", "i work", "we are based"), a few words at most, then the preposition
    # that names where the writer belongs; the body follows it (the match ends where the body's name may begin)
    start = r"(?:^\s*|[.,;!?(]\s*|\b(?:hi|hello|and|but|so)\s+)(?:i|we)"
    return re.compile(rf"(?i)(?:{start}(?:'m|’m|m|\s+am|'re|’re|\s+are)?\s+(?:(?:just|also|currently|still|now)\s+)?"
                      rf"(?:(?:a|an|one\s+of\s+the)\s+)?(?:[\w'-]+\s+){{0,3}}?{_alt(roles)}\s+(?:(?:here|there|myself)\s+)?"
                      rf"(?:at|for|with|from|in|of)|{start}(?:'m|’m|m|\s+am|'re|’re|\s+are)\s+from)\s+"
                      rf"(?:the\s+|a\s+|our\s+|my\s+)?(?:local\s+)?$")


def writer_affiliation(before: str) -> bool:
    """BEFORE (the text up to a body's name) ends in the writer saying where they belong ("hi im a volunteer at the",
    "i work for", "i'm from the local"): the body named next is the writer's own organisation, not the one asked."""
    clause = re.split(r"[.;!?\n]", before or "")[-1]
    return bool(_affiliation().search(clause))


def asks_of_own_body(name: str, after: str) -> bool:
    """lead51 (nc67 #1): AFTER (the message after the writer's own organisation NAME) asks about that body by its kind
    ("how many complaints the uni got", "what the trust spent"): it is the body asked, though the writer belongs to it."""
    data, _ = load_vocab("informal_roles")
    kinds = (data if isinstance(data, dict) else {}).get("affiliation_kinds") or {}
    low = (name or "").lower()
    words = {str(w).lower() for key, said in kinds.items() if re.search(rf"\b{re.escape(str(key))}\b", low)
             for w in (said or [])}
    return bool(words) and bool(re.search(rf"(?i)\b(?:the|this|that|my|our|their)\s+(?:{'|'.join(map(re.escape, sorted(words)))})\b",
                                          after or ""))


def without_refusals(text: str) -> str:
    """TEXT with each refusal told in it ("they wont tell me") blanked, so the words that tell of it are never read
    as the person asking ("tell me")."""
    return _vocab().refusal.sub(" ", text or "")


@functools.lru_cache(maxsize=1)
def _message_remark() -> re.Pattern[str]:
    data, _ = load_vocab("informal_roles")
    data = data if isinstance(data, dict) else {}
    counts = [str(x) for x in data.get("message_counts") or []] or ["(?!)"]
    nouns = [str(x) for x in data.get("message_nouns") or []] or ["(?!)"]
    to = [str(x) for x in data.get("message_to") or []] or ["(?!)"]
    count = "(?:" + "|".join(c if c.startswith("\\") else r"\s+".join(re.escape(p) for p in c.split()) for c in counts) + ")"
    return re.compile(rf"(?i)(?P<lead>\s*[,;]\s*|\s+[-\u2013\u2014]+\s*)(?P<remark>(?:{count}\s+)+(?:quick\s+|short\s+|more\s+)?"
                      rf"{_alt(nouns)}\s+{_alt(to)}\s+[^.?!,;\n]{{2,70}}?)\s*(?P<end>[.?!]+|(?=\n)|$)")


_ASKS = re.compile(r"(?i)(?:^|[.?!\n]\s*|\b(?:and|so|but|hi|hello|hey)\s+)(?:how\s+(?:many|much|often|long)|what|which|who|when|"
                   r"where|why|whether|is|are|was|were|do|does|did|has|have|can|could|will|would)\b")


def message_remarks_apart(text: str) -> str:
    """TEXT with each clause that speaks about the message itself (how many questions it holds and who they are for)
    set apart as a sentence of its own: "how many officers were sacked, 3 questions for hampshire constabulary" ->
    "how many officers were sacked. 3 questions for hampshire constabulary." The clause stays in the message (its body
    name still tells who the letter goes to) but is never part of the ask before it. Only after an ask: a clause of
    a story is left alone."""
    out, at = [], 0
    for m in _message_remark().finditer(text or ""):
        sentence = re.split(r"[.?!\n]\s*", text[: m.start()])[-1]
        if not _ASKS.search(sentence) or len(sentence.split()) < 3:
            continue
        mark = "?" if "?" in (m.group("end") or "") else "."
        out.append(text[at: m.start()] + f"{mark} {m.group('remark')}.")
        at = m.end()
    return "".join(out) + (text or "")[at:]


def addressee_left_out(part_text: str, name: str, short: str | None) -> str:
    """PART_TEXT (a question kept in the person's words) without a last clause that only names the body it is put to
    ("How many residents fell in the council's care homes in 2024, Norfolk County Council?" -> "... in 2024?"): the
    body is the letter's addressee, never part of the ask. NAME: the body as the person typed it; SHORT: its short
    name ("the council")."""
    if not part_text or not name:
        return part_text
    names = [re.escape(n) for n in (name, short) if n]
    m = re.search(rf"(?i)\s*,\s*(?:(?:for|to|from|at|ask|asking)\s+)?(?:the\s+)?(?:{'|'.join(names)})\s*(?P<end>[.?!]*)\s*$", part_text)
    if not m or len(re.findall(r"[A-Za-z0-9]+", part_text[: m.start()])) < 4:
        return part_text
    return part_text[: m.start()] + (m.group("end") or ".")
