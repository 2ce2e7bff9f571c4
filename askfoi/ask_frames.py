"""The words a person writes only to ask to be told, read as a small grammar rather than a list of phrases.

"Please may you inform me how many ...", "Would you be so kind as to tell me the total ...", "I would be most
grateful if you would advise me whether ...", "May I please be informed of the number of ...": each is
[joining words] [an asking frame] [politeness] [a telling verb] [me/us] [of/about/as to], and what follows is what
is asked. The word classes are data (knowledge/vocab/ask_frames.yaml); `ask_frame` is the one compiled pattern,
matched at the start of a sentence. A telling verb ("tell", "inform", "advise") is an asking frame only with
"me"/"us" or a question word or "of"/"about" after it, so "would you inform residents before ..." is left alone; a
handing-over verb ("provide", "send") takes a noun phrase.
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(str(w) for w in words) + ")"


@functools.lru_cache(maxsize=2)
def ask_frame(question_only: bool = False) -> re.Pattern[str] | None:
    """The compiled asking-frame pattern (None when the data is missing or broken). QUESTION_ONLY: only a frame
    followed by a question word or "whether"/"if" ("can you tell me how many ..."), as the words that only ask to be
    told (`questions.strip_ask_opener`); otherwise a noun phrase may follow too ("please provide the number of")."""
    data, _ = load_vocab("ask_frames")
    if not isinstance(data, dict):
        return None
    w = {k: [str(x) for x in (v or [])] for k, v in data.items() if isinstance(v, list)}
    try:
        join, polite, modal, you = (_alt(w[k]) for k in ("joining", "politeness", "modal", "you"))
        me, aux, degree = _alt(w["self"]), _alt(w["self_aux"]), _alt(w["degree"])
        grateful, appreciate, helpful = _alt(w["grateful"]), _alt(w["appreciate"]), _alt(w["helpful"])
        kind, tell, give = _alt(w["kind_as_to"]), _alt(w["tell"]), _alt(w["give"])
        obj, conn, passive = _alt(w["tell_object"]), _alt(w["connector"]), _alt(w["passive"])
        asks = _alt(w["question_words"])
        learn, possible = _alt(w.get("self_ask") or ["(?!)"]), _alt(w.get("possible") or ["(?!)"])
        follows = _alt(w["question_words"] + w["noun_starts"])
        under = _alt(w.get("under_act") or ["(?!)"])  # fx64: "I would request that under FOI you ..."
    except KeyError:
        return None
    ask_you = rf"if\s+{you}\s+{modal}"
    # ny85: or a kind of body after "the" ("i want the council to tell me"), or "them"
    one = (rf"(?:{you}|\u00a7AUTHS?\u00a7|[a-z]{{2,6}}|them|the\s+(?:council|force|police|trust|board|school|academy|"
           rf"agency|government|department|hospital|university|college|company|regulator))")
    either = rf"{one}(?:\s*(?:,|and|&|or)\s+{one})*"
    frame = (
        rf"(?:{modal}\s+{you}"  # "could you", "may you"
        rf"|{me}\s*(?:{aux}\s+)?(?:be\s+)?(?:{degree}\s+)?{grateful}\s+(?:{ask_you}|for)"  # "I would be grateful if you could"
        rf"|{me}\s*{aux}\s+(?:{degree}\s+)?{appreciate}\s+(?:it\s+)?(?:{ask_you})?"  # "I'd appreciate it if you would"
        rf"|it\s+(?:would|will|'d)\s+be\s+(?:{degree}\s+)?{helpful}\s+{ask_you}"  # "it would be helpful if you could"
        rf"|{me}\s*{aux}\s+like\s+{you}\s+to"  # "I would like you to"
        rf"|{me}\s+(?:really\s+|just\s+|also\s+)?(?:want|need)\s+(?:{either}\s+)?to(?=\s+(?:{give}|{tell}\s+(?:me|us)\b))"  # lead52
        # (nc70 #2): "i want highland council and sepa to give me ...": the bodies asked, then what they hand over;
        # ny85 (nc85 #2): or tell ("i want the environment agency and anglian water to tell me how many times ...")
        rf"|{me}\s*{aux}\s+(?:ask|request)\s+(?:that\s+)?(?:{under}\s*,?\s+)?{you}(?:\s+to)?)"  # "I would ask you to"
    )
    # "inform me of the number ...", "may I be informed of the number ...": after "of" / "as to" a noun phrase is what
    # is asked, always; a handing-over verb ("provide copies of ...") only where a noun phrase may follow at all
    told = (rf"(?:{tell}(?:\s+{obj})?(?:\s+{conn}(?=\s+{follows}\b)|(?=\s+{asks}\b))"
            + ("" if question_only else rf"|{tell}(?:\s+{obj})?(?=\s+{follows}\b)|{give}(?:\s+{obj})?(?:\s+{conn})?(?=\s+{follows}\b)")
            + ")")
    own_passive = rf"{modal}\s+{me}\s+(?:{polite}\s+)?be\s+{passive}(?:\s+{conn}(?=\s+{follows}\b)|(?=\s+{asks}\b))"
    # "could we find out how many ...", "can I have the number of ...", "is it possible to see the report ..."
    then = asks if question_only else follows
    own_ask = rf"(?:{modal}\s+{me}|{possible})\s+(?:{polite}\s+)?{learn}(?=\s+{then}\b)"
    pattern = (rf"^\W*(?:{join}\b[\s,]*)*"
               rf"(?:(?:{polite}\s+)?(?:{own_passive}|{own_ask})"
               rf"|(?:(?:{polite}\s*,?\s+)*{frame}\s*,?\s+)?(?:{polite}\s*,?\s+)*(?:{kind}\s+)?(?:{polite}\s*,?\s+)*{told})"
               rf"\s*[,:]?\s*(?=\S)")
    try:
        return re.compile(pattern, re.I)
    except re.error:
        return None


def strip_ask_frame(text: str, question_only: bool = False) -> str:
    """TEXT without an asking frame in front ("Please may you inform me how many ..." -> "how many ..."), when what
    is left holds a word; else TEXT as it was. QUESTION_ONLY as for `ask_frame`."""
    pat = ask_frame(question_only)
    if pat is None or not text:
        return text
    m = pat.match(text)
    if not m or not re.search(r"[A-Za-z]{2}", text[m.end():]):
        return text
    return text[m.end():]
