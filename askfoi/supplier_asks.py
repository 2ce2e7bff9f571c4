"""sq102 (nc101, issue 8): "which ..." questions about the firms a body uses or pays, framed as the contracts and
suppliers they ask about, with the body as the addressee (its name is never in the part's words).

- "which firms does bristol council use", "which contractors are leeds council paying": nothing is said of what the
  firms supply, so the part asks for the firms themselves: "A list of the firms you use, with what each one supplies
  and the value of its contracts." (prompts/frames/contracts.j2, the frame's head "suppliers");
- "which company has the contract" after a part about the thing contracted for ("how much is the Home Office paying
  per night for the Riverside Hotel"): the contract for that thing; "which firm won the contract to run the leisure
  centres": the contract for running them.

The words are data: knowledge/vocab/supplier_asks.yaml."""
from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    data, _ = load_vocab("supplier_asks")
    if not isinstance(data, dict):
        return None

    def alt(key: str) -> str:
        words = sorted((str(w) for w in data.get(key) or []), key=len, reverse=True)
        return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words)

    lead = r"(?i)^\W*(?:(?:and|also|so|plus|but|then)\s+)*(?:(?:please\s+)?(?:tell\s+me|say|confirm|list)\s+)?"
    uses = re.compile(lead + rf"(?:which|what)\s+(?P<word>{alt('supplier_words')})\s+(?P<aux>do|does|did|are|is|were|was|"
                      rf"have|has|had)\s+(?P<doer>{alt('body_doers')})\s+(?:(?:currently|still|now|also|normally|"
                      r"usually|actually)\s+)?(?P<verb>[a-z]+)(?:\s+(?:\u00a7PERIOD\u00a7|at\s+the\s+moment|currently|"
                      r"now|right\s+now|at\s+present))?\s*[?.!]*\s*$")
    # a third party's firms ("which firms do schools in leeds use"): the firms used by it
    others = re.compile(lead + rf"(?:which|what)\s+(?P<word>{alt('supplier_words')})\s+(?P<aux>do|does|did)\s+"
                        r"(?P<doer>(?:the\s+|our\s+|local\s+)?[a-z][\w'-]*(?:\s+(?:in|of|at)\s+[A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?)"
                        r"\s+(?P<verb>[a-z]+)(?:\s+\u00a7PERIOD\u00a7)?\s*[?.!]*\s*$")
    holds = re.compile(lead + rf"(?:(?:which|what)\s+(?P<word>{alt('supplier_words')})|who)\s+(?:{alt('holds_contract')})"
                       r"\s+(?:got\s+)?(?:the|that|this)\s+contracts?(?P<rest>.*)$")
    return uses, others, holds


_AUX_OR_NAME = re.compile(r"(?i)\u00a7|\b(?:do|does|did|is|are|was|were|have|has|had|you|they|it|we|i)\b")


def _plural(word: str) -> str:
    from lemminflect import getInflection

    low = word.lower()
    if low.endswith("s") and not low.endswith(("ss", "business")):
        return low
    return (getInflection(low, "NNS") or (low,))[0]


def _verb_after(aux: str, verb: str) -> str | None:
    """"does | use" -> "use", "did | hire" -> "hired", "are | paying" -> "are paying", "have | used" -> "have used";
    None when VERB is no verb in the form AUX takes."""
    from lemminflect import getAllLemmas, getInflection

    lemmas = getAllLemmas(verb).get("VERB")
    if not lemmas:
        return None
    aux = aux.lower()
    if aux in ("do", "does"):
        return verb if verb in lemmas else None
    if aux == "did":
        return (getInflection(lemmas[0], "VBD") or (None,))[0] if verb in lemmas else None
    if aux in ("are", "is", "were", "was"):
        if not verb.endswith("ing"):
            return None
        return f"{'are' if aux in ('are', 'is') else 'were'} {verb}"
    if verb in (getInflection(lemmas[0], "VBN") or ()):
        return f"{'had' if aux == 'had' else 'have'} {verb}"
    return None


def _the_thing(previous) -> tuple[str, bool] | None:
    """The thing the part before is about, for "the contract" said with nothing after it."""
    if previous is None or previous.kept_words or not previous.subject or previous.kind not in (
            "total_spend", "count", "list", "use", "figure", "document", "income"):
        return None
    subject = re.sub(r"(?i)^per\s+[a-z]+\s+(?:for|of|on)\s+", "", previous.subject).strip()  # "per night for the hotel"
    article = previous.article
    if re.match(r"(?i)the\s+\S", subject):
        subject, article = subject[4:], True
    return (subject, article) if subject and "\u00a7" not in subject else None


def supplier_frame(question: str, masked: str, previous=None):
    """The contracts frame of a "which supplier" question (module doc), or None when QUESTION is no such question."""
    found = _patterns()
    if found is None:
        return None
    uses, others, holds = found
    from askfoi.framing import Frame

    text = " ".join((masked or "").split())
    m = uses.match(text)
    if m:
        verb = _verb_after(m.group("aux"), m.group("verb").lower())
        if verb is None:
            return None
        thing = _the_thing(previous)
        if thing is not None:  # "how much did they spend on agency social workers and which agencies did they use"
            frame = Frame(kind="contracts", subject=thing[0], article=thing[1], source=question)
            frame.qualifiers.place, frame.qualifiers.place_prep = previous.qualifiers.place, previous.qualifiers.place_prep
            return frame
        return Frame(kind="contracts", subject=_plural(m.group("word")), head="suppliers", clause=f"you {verb}",
                     source=question)
    m = others.match(text)
    if m and not _AUX_OR_NAME.search(m.group("doer")):
        from lemminflect import getAllLemmas, getInflection

        verb = m.group("verb").lower()
        lemmas = getAllLemmas(verb).get("VERB")
        done = (getInflection(lemmas[0], "VBN") or (None,))[0] if lemmas and verb in lemmas else None
        if done:  # "which firms do schools in leeds use": the firms used by schools in Leeds
            return Frame(kind="contracts", subject=_plural(m.group("word")), head="suppliers",
                         clause=f"{done} by {m.group('doer')}", source=question)
    m = holds.match(text)
    if not m:
        return None
    rest = m.group("rest").replace("\u00a7PERIOD\u00a7", " ").strip(" ?.!,")
    if not rest:
        thing = _the_thing(previous)
        if thing is None:
            return None
        frame = Frame(kind="contracts", subject=thing[0], article=thing[1], source=question)
        frame.qualifiers.place, frame.qualifiers.place_prep = previous.qualifiers.place, previous.qualifiers.place_prep
        return frame
    to = re.fullmatch(r"(?i)to\s+([a-z]+)\s+(.+)", rest)
    if to is None or "\u00a7" in rest:
        return None  # "for school meals", "with the council": the contracts cues read these
    from lemminflect import getAllLemmas, getInflection

    lemmas = getAllLemmas(to.group(1).lower()).get("VERB")
    if not lemmas or to.group(1).lower() not in lemmas:
        return None
    doing = (getInflection(lemmas[0], "VBG") or (None,))[0]
    return Frame(kind="contracts", subject=f"{doing} {to.group(2)}", source=question) if doing else None
