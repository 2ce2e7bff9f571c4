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



def without_refusals(text: str) -> str:
    """TEXT with each refusal told in it ("they wont tell me") blanked, so the words that tell of it are never read
    as the person asking ("tell me")."""
    return _vocab().refusal.sub(" ", text or "")
