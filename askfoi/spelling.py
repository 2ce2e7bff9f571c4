"""Spelling: words in a message that look misspelt, with a proposed correction the person confirms.

A word is only proposed for correction when BOTH the general English word list that pyspellchecker
ships (offline) and the pack's own vocabulary (authority names and aliases, every vocab file in
knowledge/vocab, knowledge/vocab/spelling_words.yaml) do not know it. Acronyms typed in capitals,
names typed with a capital, words with digits and very short words are left alone. Nothing is
corrected silently: `suggest` proposes, the caller shows the proposal and applies it with `apply`
only when the person says yes.
"""

from __future__ import annotations

import functools
import re

from rapidfuzz.distance import OSA, Levenshtein

from askfoi.knowledge import load_vocab, shipped_knowledge_dir, vocab_files

_WORD = re.compile(r"[A-Za-z][A-Za-z'&-]*[A-Za-z]|[A-Za-z]")
MIN_LEN = 4  # "polce" yes, "sen" no
COMMON = 1000  # a correction must be a common word (pyspellchecker frequency): "huston", "planter" are not
MAX_LEN = 24  # longer "words" are not misspellings of a common word
RARE = 300  # a word of an authority's name rarer than this in general English is a name ("leicester")


@functools.lru_cache(maxsize=1)
def _speller():
    from spellchecker import SpellChecker

    return SpellChecker(distance=2)


@functools.lru_cache(maxsize=1)
def _shorthand() -> dict[str, str]:
    """Text-speak and the word meant (knowledge/vocab/spelling_words.yaml shorthand)."""
    data, _ = load_vocab("spelling_words")
    table = data.get("shorthand") if isinstance(data, dict) else None
    return {str(k).lower(): str(v) for k, v in (table or {}).items()}


@functools.lru_cache(maxsize=1)
def pack_words() -> frozenset[str]:
    """Every word the pack itself uses: authority names and aliases, the vocab files."""
    words: set[str] = set()
    data, _ = load_vocab("spelling_words")
    if isinstance(data, dict):
        words.update(str(w).lower() for w in data.get("words") or [])
    # nz70 (nc70 #14): the places askfoi knows by name (town_councils.jsonl: "walkden", "little hulton") are never
    # "corrected" to a word one slip away ("walden")
    # (merge fix: the places are names, read by name_words, never words a slip is corrected to: "wharfe" stays)
    for path in vocab_files():
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        words.update(w.lower() for w in _WORD.findall(text))
    words -= _comment_names()
    try:
        text = (shipped_knowledge_dir() / "authorities.jsonl").read_text(encoding="utf-8", errors="replace")
        words.update(w.lower() for w in _WORD.findall(text))
    except OSError:
        pass
    return frozenset(words)


def _comment_names() -> set[str]:
    """lead54: names a vocab file cites only in its comments, as an example ("Amey", "Okafor", "Thamesmead"): a
    word of five letters or more, always written with a capital, that no file's data holds and the word list does not
    know. Such a word is no known word: a company named in a comment lost its capital in letters (session 53)."""
    data: set[str] = set()
    cited: dict[str, bool] = {}
    for path in vocab_files():
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        data.update(w.lower() for value in _values(load_vocab(path.stem)[0]) for w in _WORD.findall(value))
        for w in _WORD.findall(text):
            if len(w) >= 5 and w.isalpha():
                cited[w.lower()] = cited.get(w.lower(), True) and w[0].isupper()
    return {w for w, capital in cited.items() if capital and w not in data and _speller().unknown([w])}


def _values(data) -> list[str]:
    """Every key and value of a vocab file's data, as text."""
    out: list[str] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set)):
            stack.extend(item)
        elif item is not None:
            out.append(str(item))
    return out


# British spellings the (American-leaning) word list may not hold: try the other spelling too.
_BRITISH = ((r"our$", "or"), (r"ours$", "ors"), (r"ise$", "ize"), (r"ised$", "ized"), (r"ising$", "izing"),
            (r"isation$", "ization"), (r"isations$", "izations"), (r"tre$", "ter"), (r"tres$", "ters"),
            (r"ould$", "old"), (r"oulds$", "olds"), (r"ogue$", "og"), (r"ence$", "ense"), (r"lled$", "led"),
            (r"lling$", "ling"), (r"yse$", "yze"), (r"ae", "e"), (r"oe", "e"))


@functools.lru_cache(maxsize=2)
def name_words(every_list: bool = False) -> frozenset[str]:
    """Words of the authorities' names that are rare in general English: place and body names
    ("wandsworth", "leicester", "cheshire"). EVERY_LIST adds the long publicbodies list (whose names
    hold rare ordinary words such as "abatement": never corrected, but not given a capital)."""
    words: set[str] = set()
    base = shipped_knowledge_dir()
    # (merge fix, nz70: the town and parish councils' places are names too, so a place known by name, "euston",
    # still gets its capital now that pack_words knows it)
    for name in ("authorities.jsonl", "town_councils.jsonl", "authorities_publicbodies.jsonl")[: 3 if every_list else 2]:
        try:
            text = (base / name).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for line in text.splitlines():
            m = re.search(r'"(?:name|place)":\s*"([^"]*)"', line)
            if m:
                words.update(w.lower() for w in re.findall(r"[A-Za-z]{4,}", m.group(1)))
    freq = _speller().word_frequency

    def american(w: str) -> int:  # "centre" is rare in the list only because it prefers "center"
        return max([freq[re.sub(a, b, w)] for a, b in _BRITISH if re.search(a, w)] or [0])

    return frozenset(w for w in words if freq[w] < RARE and american(w) < RARE)


CONFIDENT = 10  # ck29: of two common words one slip away, the first is meant only if it is this many times commoner


def _slip(typed: str, word: str) -> bool:
    """TYPED is WORD with one letter left out or two letters swapped: the slips people make most ("brokn" for
    "broken", "recieved" for "received"), more likely than a wrong letter typed ("brokn" for "broke")."""
    if len(word) == len(typed) + 1:
        return any(word[:k] + word[k + 1:] == typed for k in range(len(word)))
    return len(word) == len(typed) and Levenshtein.distance(typed, word) == 2 and sorted(typed) == sorted(word)


@functools.lru_cache(maxsize=8192)
def _close_common(low: str) -> str | None:
    """The common word one edit away from LOW (a swap of two letters is one edit), if askfoi can be confident which
    one is meant. ck29: when two common words are one edit away ("brokn": "broke", "broken"; "contrct": "contact",
    "contract") the one reached by a left-out letter or a swap wins; if that leaves two, the commoner must be
    CONFIDENT times commoner, or nothing is proposed (a wrong guess is worse than none)."""
    if len(low) > MAX_LEN:
        return None  # no English word is this long: searching its edits would only cost time
    speller = _speller()
    freq = speller.word_frequency

    def common(c: str) -> bool:
        base = c[:-1] if c.endswith("s") else c
        return max(freq[c], freq[base]) >= COMMON or c in pack_words()

    # sp60: only words one edit away are kept, so the speller's two-edit search (seconds for a long unknown word,
    # run by candidates() when no word is one edit away) is never needed; a known word has no candidates but itself
    candidates = speller.known([low]) or speller.known(speller.edit_distance_1(low))
    close = [c for c in candidates if c != low and OSA.distance(low, c) == 1 and common(c)]
    if not close:
        return None
    # people rarely get a word's first letter wrong: a word that keeps it comes first ("polution" -> "pollution",
    # not the commoner "solution")
    close = [c for c in close if c[:1] == low[:1]] or close
    close = [c for c in close if _slip(low, c)] or close
    close = [c for c in close if c in _body_words()] or close  # "counsil": the kind of body people write to
    close.sort(key=lambda c: -freq[c])
    if len(close) > 1 and freq[close[0]] < CONFIDENT * max(freq[close[1]], 1):
        return None
    fixed = close[0]
    if low.endswith("s") and not fixed.endswith("s") and _known(fixed + "s"):
        fixed += "s"  # "consultans" -> "consultants", not "consultant"
    return fixed


def _negative_slip(low: str) -> str | None:
    """The one negative contraction LOW is, typed without its apostrophe and one slip away ("wernt", "coudnt",
    "dosent": "weren't", "couldn't", "doesn't"); "" when two are equally close; None when none is. A word ending "nt" that is not a word is far more often a
    "n't" mistyped than a positive word one letter away ("went"): a correction that drops the "not" turns a question
    round, so it is never offered."""
    if not low.endswith("nt") or len(low) > MAX_LEN:
        return None
    speller = _speller()
    said = {c[:-2] + "n't" for c in speller.edit_distance_1(low) if c.endswith("nt") and len(c) > 3}
    said = {c for c in said if speller.known([c])}
    # "havnt": "haven't" (a letter left out) before "hasn't" (a letter wrong), as the other slips are read (_slip)
    said = {c for c in said if _slip(low, c.replace("'", ""))} or said
    return said.pop() if len(said) == 1 else ("" if said else None)


def rare(low: str) -> bool:
    """LOW is known to the general word list only as a rare word (names often are: "trafalgar")."""
    return 0 < _speller().word_frequency[low.lower()] < RARE // 3


@functools.lru_cache(maxsize=8192)
def could_be_name(low: str) -> bool:
    """LOW (a lower-case word) could be a name: a rare word of an authority's name, or a word that no
    word list knows and that is one edit from no common word ("euston", "palantir", "bibby")."""
    low = low.lower()
    if len(low) < MIN_LEN or not low.isalpha():
        return False
    if low in _kind_nouns():
        return False  # nx97: "tribunals", "courts": a kind of body, never a name by itself
    if low in name_words():
        # fr10c: a verb's -ing form in a body's name ("Commissioning Support Unit") is English, no name
        return not _gerund(low)
    if _known(low) or _compound(low) or _derived(low):
        return False
    return _close_common(low) is None


@functools.lru_cache(maxsize=1)
def _kind_nouns() -> frozenset[str]:
    """Words for a kind of public body (spelling_words.yaml body_words and kind_nouns)."""
    data, _ = load_vocab("spelling_words")
    data = data if isinstance(data, dict) else {}
    return frozenset(str(w).lower() for key in ("body_words", "kind_nouns") for w in data.get(key) or [])


@functools.lru_cache(maxsize=2048)
def _gerund(low: str) -> bool:
    """LOW is the -ing form of an English verb ("commissioning"), which lemminflect knows as a verb."""
    from lemminflect import getAllLemmas

    return low.endswith("ing") and bool(getAllLemmas(low).get("VERB"))


_AFFIXES = (("un", ""), ("non", ""), ("re", ""), ("", "ees"), ("", "ee"), ("", "ers"), ("", "er"), ("", "s"))


@functools.lru_cache(maxsize=8192)
def _derived(low: str) -> bool:
    """LOW is a known word with a common prefix or suffix ("unencrypted", "arrestees", "organisers", "cafes"): a
    word of English, never a name (fr9c). A word's lemma (lemminflect) counts as known too."""
    from lemminflect import getAllLemmas

    lemmas = {x for forms in getAllLemmas(low).values() for x in forms}
    if any(x != low and _known(x) for x in lemmas):
        return True
    for pre, suf in _AFFIXES:
        if low.startswith(pre) and low.endswith(suf) and len(low) - len(pre) - len(suf) >= 4:
            stem = low[len(pre): len(low) - len(suf) if suf else None]
            if _known(stem) or _known(stem + "e") or (suf in ("ers", "er") and _known(stem.replace("is", "iz"))):
                return True
    return False


def _in_lists(low: str) -> bool:
    return low in pack_words() or not _speller().unknown([low])


@functools.lru_cache(maxsize=8192)
def _known(word: str) -> bool:
    low = word.lower()
    if _in_lists(low) or (low.endswith("s") and _in_lists(low[:-1])):
        return True  # plurals and possessives typed without the apostrophe ("marys")
    return any(re.search(a, low) and _in_lists(re.sub(a, b, low)) for a, b in _BRITISH)


VERY_COMMON = 500_000  # "many", "about", "what": a word this common is never meant by a word one slip away


@functools.lru_cache(maxsize=8192)
def _very_common_slip(low: str) -> str | None:
    """The very common word LOW is one slip (a swap or one letter) from, when LOW is no English word and the pack
    knows it only because a pattern lists it as a typo to read ("mnay" -> "many"); None otherwise."""
    if low in _spelling_data_words() or _speller().known([low]) or low not in pack_words() or low in name_words(True):
        return None
    dictionary = _speller().word_frequency.dictionary  # sp60: looked up, never copied into a set per call
    close = [c for c in _speller().edit_distance_1(low) if c in dictionary
             and OSA.distance(low, c) == 1 and _speller().word_frequency[c] >= VERY_COMMON]
    apostrophe = [c for c in close if c.replace("'", "") == low] or [
        c for c in (low[:i] + "'" + low[i:] for i in range(1, len(low))) if _speller().known([c])]
    if apostrophe:  # "wasnt" is "wasn't" typed without its apostrophe (read as such), never the commoner "want"; ny76
        # (nc76 #17): "theyd" likewise, though "they'd" is rarer than "they"
        return None
    return max(close, key=lambda c: _speller().word_frequency[c]) if close else None


@functools.lru_cache(maxsize=1)
def _listed_slips() -> dict[str, str]:
    """lead47: the misspellings knowledge/vocab/kept_questions.yaml lists with the one word meant ("recieved":
    "received"). Listing them puts them in the pack's vocabulary, which would make them known words: they are slips
    all the same, offered like any other. Contractions without their apostrophe ("dont") are left to the letter."""
    data, _ = load_vocab("kept_questions")
    listed = (data.get("informal") or {}) if isinstance(data, dict) else {}
    out: dict[str, str] = {}
    for typed, meant in ((str(k).lower(), str(v)) for k, v in listed.items()):
        if " " in meant or "'" in meant or len(typed) < MIN_LEN or meant.lower() == typed or _speller().known([typed]):
            continue
        out[typed] = meant
    return out


@functools.lru_cache(maxsize=1)
def _spelling_data_words() -> frozenset[str]:
    data, _ = load_vocab("spelling_words")
    return frozenset(str(w).lower() for w in (data.get("words") or [])) if isinstance(data, dict) else frozenset()


def _compound(low: str) -> bool:
    """A compound written as one word ("stairlift", "roadworks"): two known words of 3+ letters."""
    return any(_in_lists(low[:k]) and (_in_lists(low[k:]) or (low.endswith("s") and _in_lists(low[k:-1])))
               for k in range(3, len(low) - 2))


_COMPASS = frozenset("north south east west northern southern eastern western mid".split())


@functools.lru_cache(maxsize=1)
def _other_language() -> tuple[frozenset[str], int]:
    """ck23a: words of another language (knowledge/vocab/other_languages.yaml) and how many of them make a sentence
    that language's."""
    data, _ = load_vocab("other_languages")
    data = data if isinstance(data, dict) else {}
    words = frozenset(str(w).lower() for ws in (data.get("languages") or {}).values() for w in (ws or [])
                      if len(str(w)) > 2)
    return words, int(data.get("sentence_words") or 2)


def _in_other_language(text: str) -> set[int]:
    """ck23a: the start offsets of TEXT's words that are not English to correct: a word of another language askfoi
    lists ("bobl"), and every word of a sentence with enough such words in it ("Hoffwn wybod faint o bobl ...")."""
    words, enough = _other_language()
    out: set[int] = set()
    for sentence in re.finditer(r"[^.?!;\n]+", text or ""):
        found = list(_WORD.finditer(sentence.group()))
        listed = [m for m in found if m.group().lower() in words]
        # only words that are no English word too say the sentence is Welsh ("staff", "cost", "plant" are both)
        telling = [m for m in listed if not _known(m.group().lower())]
        chosen = found if len(telling) >= enough else listed
        out.update(sentence.start() + m.start() for m in chosen)
    return out


def suggest(text: str) -> list[tuple[str, str]]:
    """(as typed, proposed) for each word in TEXT that neither word list knows and that is one edit from
    a common word, in order, each once. A word that could be a name is never "corrected": one typed with
    a capital anywhere in TEXT, a word of an authority's name, one next to another name ("bibby
    stockholm"), or one that is close to no common word."""
    out: dict[str, str] = {}
    text = text or ""
    found = list(_WORD.finditer(text))
    capitalised = {m.group().lower() for m in found if m.group()[:1].isupper() and m.start() > 0}
    shorthand = _shorthand()
    foreign = _in_other_language(text)  # ck23a: "faint o bobl sy'n aros": Welsh, never made English
    for k, m in enumerate(found):
        word = m.group()
        if m.start() in foreign:
            continue
        label = len(word) == 1 and (text[m.end(): m.end() + 1] in (")", ".", ":", "]") or text[max(0, m.start() - 1): m.start()] in ("(", "["))
        if word.lower() in shorthand and not word.isupper() and word.lower() not in out and not label:  # "r)": a list label
            out[word.lower()] = shorthand[word.lower()]  # "hw many ppl": text-speak, offered as the word meant
            continue
        if len(word) < MIN_LEN or word.isupper() or "'" in word or "-" in word or _abbreviated(text, m):
            continue  # ck29: "co-op", "a&e", "execs.": a hyphenated or shortened word is written that way on purpose
        low = word.lower()
        if low in out or low in capitalised or low in name_words(True):
            continue
        listed = _listed_slips().get(low)
        if listed:  # lead47: "recieved": a slip the pack lists with its correction is offered, not read as known
            out[low] = listed
            continue
        plural = _ies_plural(low)
        if plural:  # "vacancys", "companys": the plural of a word in -y after a consonant is -ies
            out[low] = plural
            continue
        very = _very_common_slip(low)
        if very and k + 1 < len(found) and found[k + 1].group().lower() in _place_nouns():
            continue  # lead49 (nc61 #1): "notting hill": a word the pack knows from a place's name, before its place noun
        if very:  # "mnay": a slip the pack's own patterns read on purpose ("how (many|mnay) ..."), still a slip
            out[low] = very
            continue
        if _known(low):
            continue
        body = _body_slip(low)
        if body and k and _name_beside(found[k - 1].group()):
            out[low] = body  # "camden councl": the kind of body after its place's name, not part of the name
            continue
        if any(0 <= j < len(found) and _name_beside(found[j].group()) for j in (k - 1, k + 1)):
            continue
        if k and found[k - 1].group().lower() in _COMPASS:
            continue  # "the east neuk", "north tyneside": a compass point names a place with the word after it
        if k and found[k - 1].group().lower() in _named_in_brackets_after() \
                and re.fullmatch(r"\s*\(\s*", text[found[k - 1].end(): m.start()]) and re.match(r"\s*\)", text[m.end():]):
            continue  # lead46 (nc53 #11): "our village (kelty)": the place's name, in brackets after its kind
        if _after_place_noun(text, m.start()):
            continue  # ny73 (nc73 #4): "loch buie", "river wye": the name after a place noun, never another real place
        nxt = found[k + 1].group().lower() if k + 1 < len(found) else ""
        if nxt in _place_nouns():
            continue  # "yarls wood", "walleys quarry": an unknown word in front of a place noun is the place's name
        nxt = nxt if _known(nxt) else (_close_common(nxt) or nxt)  # "county counsil": the word as meant
        place = _close_name(low) if nxt in _body_words() else None
        if place:  # "surey county": a place's name misspelt in front of the kind of body it names
            out[low] = place.capitalize()
            continue
        if k and re.fullmatch(r"[b-hj-z]", found[k - 1].group(), re.I) and text[found[k - 1].end(): m.start()].strip(" .") == "":
            continue  # ck32: "c diff", "e coli", "s aureus": a word after a single letter is shorthand for a name
        negative = _negative_slip(low)
        if negative is not None:  # sp62 (nc99 #3): "wernt" is "weren't" mistyped, never "went" (the question turned
            if negative:  # round); two contractions equally close: nothing offered rather than a positive word
                out[low] = negative
            continue
        said = [low[:i] + "'" + low[i:] for i in range(1, len(low)) if _speller().known([low[:i] + "'" + low[i:]])]
        if said:  # ny76 (nc76 #17): "theyd" is "they'd" without its apostrophe, never "they" (a word lost)
            out[low] = said[0]
            continue
        fixed = _close_common(low)
        if fixed and len(low) <= 4 and len(fixed) < len(low):
            continue  # ck32: "mrsa", "mssa", "hcai": a short word that only loses a letter to become a word is shorthand
        if fixed and _compound(low) and Levenshtein.distance(low, fixed) > 1:
            continue  # "stairlift" is two words, not a misspelt "airlift"
        if fixed and _known(fixed) and not american_of(low, fixed):
            out[low] = fixed
    from askfoi.word_slips import typed_slips

    for typed, meant in typed_slips(text):  # lf61 (nc58 #13): "there policy", "wasnt": offered, never changed in silence
        if typed.lower() not in out and typed.split()[0].lower() not in out:
            out[typed] = meant
    return list(out.items())


# ff27: the British and American spellings of one word ("behavioural"/"behavioral", "sceptical"/"skeptical",
# "aluminium"/"aluminum"): the British letters and the American ones that stand for them anywhere in a word
_UK_US = (("our", "or"), ("is", "iz"), ("ys", "yz"), ("ae", "e"), ("oe", "e"), ("ll", "l"), ("tre", "ter"),
          ("ogue", "og"), ("ence", "ense"), ("sc", "sk"), ("ium", "um"), ("eable", "able"), ("mme", "m"),
          ("ou", "o"), ("ey", "y"), ("que", "ck"))


def _abbreviated(text: str, m: re.Match[str]) -> bool:
    """ck29: the word at M is written short on purpose: with "&" in it ("a&e") or a full stop straight after a
    lower-case word that does not end a sentence ("approx. 40", "dept. of")."""
    word = m.group()
    if "&" in word:
        return True
    after = text[m.end(): m.end() + 3]
    return after[:1] == "." and len(after) > 2 and after[1] == " " and after[2:3].islower()


def american_of(typed: str, proposed: str) -> bool:
    """Whether PROPOSED is only the American spelling of the British word TYPED (one British group of letters written
    the American way): a correct British spelling is never "corrected" (ff27)."""
    typed, proposed = typed.lower(), proposed.lower()
    for uk, us in _UK_US:
        at = typed.find(uk)
        while at >= 0:
            if typed[:at] + us + typed[at + len(uk):] == proposed:
                return True
            at = typed.find(uk, at + 1)
    return False


@functools.lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    data, _ = load_vocab("spelling_words")
    return frozenset(str(w).lower() for w in (data.get("body_words") or [])) if isinstance(data, dict) else frozenset()


@functools.lru_cache(maxsize=1)
def _named_in_brackets_after() -> frozenset[str]:
    data, _ = load_vocab("spelling_words")
    words = data.get("named_in_brackets_after") if isinstance(data, dict) else None
    return frozenset(str(w).lower() for w in (words or []))


@functools.lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    data, _ = load_vocab("spelling_words")
    return frozenset(str(w).lower() for w in (data.get("place_nouns") or [])) if isinstance(data, dict) else frozenset()


@functools.lru_cache(maxsize=1)
def _place_nouns_before() -> re.Pattern[str] | None:
    data, _ = load_vocab("spelling_words")
    words = [str(w).lower() for w in ((data.get("place_nouns_before") or []) if isinstance(data, dict) else [])]
    if not words:
        return None
    said = "|".join(sorted((r"\s+".join(map(re.escape, w.split())) for w in words), key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{said})\s+$")


def _after_place_noun(text: str, start: int) -> bool:
    """ny73: the word at START comes right after a place noun written before its name ("loch buie", "isle of mull")."""
    rx = _place_nouns_before()
    return bool(rx is not None and rx.search(text[max(0, start - 30):start]))


def _body_slip(low: str) -> str | None:
    """The body word (knowledge/vocab/spelling_words.yaml body_words) one edit from LOW ("councl", "polce"), if
    exactly one is: a name's place word never stands one edit from "council"."""
    close = [w for w in _body_words() if len(w) >= MIN_LEN and OSA.distance(low, w) == 1]
    return close[0] if len(close) == 1 else None


def _close_name(low: str) -> str | None:
    """The one word of an authority's name that is one edit from LOW ("surey" -> "surrey"), if exactly one is."""
    close = [w for w in name_words() if abs(len(w) - len(low)) <= 1 and OSA.distance(low, w) == 1]
    return close[0] if len(close) == 1 else None


def _ies_plural(low: str) -> str | None:
    """'vacancies' for 'vacancys' (a consonant before the -ys, and the -ies word in the lists); None otherwise
    ("days", "keys", and names such as "marys" whose -ies form no list knows, are left alone)."""
    if len(low) < MIN_LEN + 1 or not re.fullmatch(r"[a-z]+[b-df-hj-np-tv-z]ys", low) or _in_lists(low):
        return None
    plural = low[:-2] + "ies"
    freq = _speller().word_frequency
    return plural if _in_lists(plural) and max(freq[plural], freq[low[:-1]]) >= COMMON else None


def _name_beside(word: str) -> bool:
    """A neighbouring word that is a name: typed with a capital, or rare in general English but known
    to the lists as a place ("stockholm")."""
    low = word.lower()
    if len(low) < MIN_LEN or low in pack_words() and low not in name_words():
        return False
    freq = _speller().word_frequency[low]
    return low in name_words() or 0 < freq < RARE


def apply(text: str, fixes: list[tuple[str, str]]) -> str:
    """TEXT with each (typed, proposed) pair put right, whole words only, keeping a leading capital."""
    for typed, fixed in fixes:
        def put(m: re.Match[str], fixed: str = fixed) -> str:
            return fixed[:1].upper() + fixed[1:] if m.group()[:1].isupper() else fixed

        label = r"(?<![(\[])" if len(typed) == 1 else ""  # a one-letter word is never a list label ("r)", "(u)")
        after = r"(?![)\].:])" if len(typed) == 1 else ""
        text = re.sub(rf"(?i)(?<![\w'&-]){label}{re.escape(typed)}(?![\w'&-]){after}", put, text)
    return text


# -- the answer to "did you mean ...?" -------------------------------------------------------------------

# Words around a correction that are not part of it: "no, i meant polis", "it should be 'police'".
_CORRECTION_FILLER = re.compile(
    r"(?i)^\W*(?:(?:no|nope|yes|yeah|sorry|oops|ah|oh|ok|okay)\b[\s,.!-]*)*"
    r"(?:(?:i\s+)?(?:meant|mean|wanted|want)\s+(?:to\s+(?:say|write|type)\s+)?|it\s+(?:should\s+be|is|was|'s)\s+|"
    r"should\s+be\s+|spell(?:ed|t)?\s+|correct(?:ion)?\s*(?:is|:)?\s*|like\s+)?")
_CHOICE = re.compile(r"(?i)^\W*(?:(?:yes|yeah|ok|okay|only|just|use|fix|correct)\s+)*(?:(?:numbers?|no\.?)\s*)?"
                     r"(\d{1,2}(?:\s*(?:,|and|&|\+)?\s*\d{1,2})*)(?:\s+only)?\W*$")


class SpellingAnswer:
    """What an answer to the spelling offer was: kind is 'yes', 'no', 'choice' (some of the proposals by
    number), 'correction' (the person spelt a word themself), 'message' (a new message typed instead) or
    'unclear'. text: the message to go on with ('' when unclear); fixed: the (typed, used) pairs applied;
    left: the offered pairs still open after a correction."""

    def __init__(self, kind: str, text: str = "", fixed: list[tuple[str, str]] | None = None,
                 left: list[tuple[str, str]] | None = None) -> None:
        self.kind, self.text, self.fixed, self.left = kind, text, fixed or [], left or []

    def __repr__(self) -> str:  # for test failures
        return f"SpellingAnswer({self.kind!r}, {self.text!r}, fixed={self.fixed!r}, left={self.left!r})"


def read_answer(answer: str, typed: str, offer: list[tuple[str, str]], *, accept: bool = False,
                skip: bool = False) -> SpellingAnswer:
    """The answer to "did you mean ...?" about TYPED with OFFER (as `suggest` gave it). ACCEPT / SKIP: the
    caller's own reading of yes and no. A number ("1", "1 and 3") takes those proposals only. One to three
    words that are each close to a word of TYPED (or one of the proposals) are the person's own spelling of
    those words ("police", "no, i meant polis"). A longer answer is a new message only when it is clearly
    one: it shares words with TYPED (the message typed again) or it asks for something on its own;
    anything else is unclear, and TYPED is kept."""
    offer = [(a, b) for a, b in offer]
    if accept:
        return SpellingAnswer("yes", apply(typed, offer), fixed=offer)
    if skip:
        return SpellingAnswer("no", typed)
    answer = " ".join((answer or "").split())
    if _kept_as_typed(answer, offer):
        return SpellingAnswer("no", typed)
    m = _CHOICE.match(answer)
    if m:
        numbers = [int(n) for n in re.findall(r"\d{1,2}", m.group(1))]
        if numbers and all(1 <= n <= len(offer) for n in numbers):
            chosen = [offer[n - 1] for n in dict.fromkeys(numbers)]
            return SpellingAnswer("choice", apply(typed, chosen), fixed=chosen)
    core = _CORRECTION_FILLER.sub("", answer).strip(" \"'‘’“”.!,")
    words = _WORD.findall(core)
    typed_words = list(dict.fromkeys(w.lower() for w in _WORD.findall(typed)))
    if 1 <= len(words) <= 3 and core.count(" ") < 3:
        fixes = _corrections(words, typed_words, offer)
        if fixes is not None:
            done = {a for a, _ in fixes}
            left = [(a, b) for a, b in offer if a not in done]
            return SpellingAnswer("correction", apply(typed, fixes), fixed=fixes, left=left)
    answer_words = {w.lower() for w in _WORD.findall(answer) if len(w) >= MIN_LEN}
    shared = answer_words & {w for w in typed_words if len(w) >= MIN_LEN}
    if len(_WORD.findall(answer)) >= 4 and (len(shared) >= 2 or _asks(answer)):
        return SpellingAnswer("message", answer)
    return SpellingAnswer("unclear")


@functools.lru_cache(maxsize=1)
def _kept_reasons() -> frozenset[str]:
    data, _ = load_vocab("spelling_words")
    return frozenset(str(w).lower() for w in (data.get("kept_reasons") if isinstance(data, dict) else None) or [])


def _kept_as_typed(answer: str, offer: list[tuple[str, str]]) -> bool:
    """ny82 (nc82 #12): ANSWER is a "no" that says why the flagged word is right ("no its a place, Lairg", "nope,
    that's the name of the village"): after "no", only the words of such a reason (spelling_words.yaml kept_reasons)
    and the flagged words as typed."""
    m = re.match(r"(?i)^\W*(?:no|nope|nah)\b[\s,.!-]*(.*)$", answer or "")
    if m is None or not m.group(1).strip():
        return False
    flagged = {a.lower() for a, _ in offer}
    rest = [w.lower() for w in re.findall(r"[A-Za-z']+", m.group(1).replace("\u2019", "'"))]
    return bool(rest) and all(w in _kept_reasons() or w in flagged for w in rest)


def _corrections(words: list[str], typed_words: list[str], offer: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """(word as typed in the message, the person's spelling) for each of WORDS, or None when one of them is
    close to no word of the message."""
    offered = {a.lower(): b for a, b in offer}
    out: dict[str, str] = {}
    for word in words:
        low = word.lower()
        if low in typed_words and low not in offered:
            continue  # a word of the message as it stands ("police officers": only "police" is new)
        if low in offered:
            out[low] = word  # the word as typed, given back: it is right as it is
            continue
        best, best_d = None, 3
        for candidate in typed_words:
            if candidate == low:
                continue
            d = OSA.distance(candidate, low)
            limit = 1 if len(low) < 5 else 2
            if d <= limit and (d < best_d or (d == best_d and candidate in offered)):
                best, best_d = candidate, d
        if best is None:
            # the proposal itself, typed back ("police" for the offer polce -> police)
            best = next((a for a, b in offer if b.lower() == low), None)
        if best is None or best in out:
            return None
        out[best] = word
    return list(out.items()) or None


_ASKS = re.compile(r"(?i)\?|\b(?:how\s+many|how\s+much|please|could\s+you|can\s+you|can\s+i|i\s+(?:would|'d)\s+like|"
                   r"i\s+want|send\s+me|copies\s+of|copy\s+of|the\s+number\s+of|what|which|when|whether|details\s+of|"
                   r"information\s+(?:on|about))\b")


def _asks(text: str) -> bool:
    return bool(_ASKS.search(text))
