"""`askfoi match`: similar past responses and the likely outcome, for one request or a batch."""

from __future__ import annotations

import json
import sys
import textwrap

from askfoi.commands._io import UserError, print_json, read_text

WIDTH = 80
MAX_TOP = 50


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def format_plain(result) -> str:
    """The summary, then two lines per similar response within 80 columns: the outcome, the
    authority and the date; then, indented, the title and the sections cited (wrapped, not cut)."""
    from askfoi.models import OUTCOME_LABELS
    from askfoi.templates import cite

    lines = textwrap.wrap(result.forecast.summary, WIDTH) or [""]
    parts = result.forecast.parts
    if len(parts) > 1:
        lines += ["", "Each part:"]
    for n, part in enumerate(parts if len(parts) > 1 else [], start=1):
        best = part.outcomes[0] if part.outcomes else None
        head = f"{n}. {_shorten(part.text, WIDTH - 4)}"
        lines.append(head)
        verdict = f"likely {OUTCOME_LABELS[best.outcome]} ({round(best.probability * 100)}%)" if best else "no forecast"
        if part.ncnd_likely and not (best and best.outcome.value == "ncnd"):  # fm101: said once
            verdict += "; may neither confirm nor deny"
        lines += textwrap.wrap(verdict, WIDTH, initial_indent="    ", subsequent_indent="    ")
        lines += _explained(part)
        # fc45 (issue 9): each part's own evidence under it; pooled after the last part, the informants counts of part
        # 1 read as the evidence of part 2
        for sentence in dict.fromkeys(part.evidence):
            lines += textwrap.wrap(sentence, WIDTH, initial_indent="    · ", subsequent_indent="      ")
    for sentence in _all_evidence(parts) if len(parts) <= 1 else []:
        lines += textwrap.wrap(sentence, WIDTH, initial_indent="  · ", subsequent_indent="    ")
    if len(parts) == 1 and getattr(parts[0], "published", None):  # fm101: a request of one part on the law's rules
        lines += textwrap.wrap(parts[0].published, WIDTH)
    if result.similar:
        lines += ["", "Similar published responses:"]
    for s in result.similar:
        label = _label(s)
        date = s.date or "no date"
        room = WIDTH - len(label) - len(date) - 6
        lines.append(f"{label}  ·  {_shorten(s.authority, room)}  ·  {date}"[:WIDTH])
        detail = " ".join(s.title.split())
        if s.sections:
            detail += "  [" + ", ".join(cite(x) for x in s.sections) + "]"
        lines += textwrap.wrap(
            detail, WIDTH, initial_indent="    ", subsequent_indent="    ", max_lines=3, placeholder=" …"
        )
    return "\n".join(lines)


def _explained(part) -> list[str]:
    """fc36: under a part warned of NCND, why bodies neither confirm nor deny it and what to ask instead, wrapped."""
    lines = []
    if part.ncnd_likely and part.why:
        lines += textwrap.wrap(f"Why: {part.why}", WIDTH, initial_indent="    ", subsequent_indent="      ")
    if part.ncnd_likely and part.ask_instead:
        lines += textwrap.wrap(f"Ask instead for: {part.ask_instead}", WIDTH, initial_indent="    ",
                               subsequent_indent="      ")
    if getattr(part, "published", None):  # fm101: the law's own rules on a tactic are published
        lines += textwrap.wrap(part.published, WIDTH, initial_indent="    ", subsequent_indent="    ")
    return lines


def _label(s) -> str:
    """ck31 (nu33 #12): what the record shows, said without contradiction: a record that neither confirmed nor denied
    part of the request says which part was answered how ("part not held, part NCND": the summary says what NCND
    means), never "information not held (+NCND)"."""
    from askfoi.models import OUTCOME_LABELS

    if not s.ncnd or s.outcome.value == "ncnd":
        return OUTCOME_LABELS[s.outcome]
    if s.outcome.value == "not_held":
        return "part not held, part NCND"
    return f"{OUTCOME_LABELS[s.outcome]}, part NCND"


def _all_evidence(parts) -> list[str]:
    """The evidence sentences behind the parts' NCND forecasts, each once."""
    return list(dict.fromkeys(e for p in parts for e in p.evidence))


def _excluded(matcher, urls: list[str]) -> list[str]:
    """The record ids published at URLS (--exclude-url); an address no record has is said on stderr."""
    found = matcher.ids_at(urls)
    for url, ids in found.items():
        if not ids:
            print(f"askfoi match: no record in the pack was published at {url}; nothing left out for it",
                  file=sys.stderr)
    return [i for ids in found.values() for i in ids]


def _batch(source: str, top: int, exclude_urls: list[str] = ()) -> int:
    from askfoi.matching import get_matcher
    from askfoi.safe_input import InputError, loads_json

    text = read_text(source, what="JSON lines file")
    matcher = get_matcher()
    exclude = _excluded(matcher, list(exclude_urls)) if exclude_urls else []
    out = sys.stdout
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = _one(loads_json(line), lineno, matcher, top, exclude)
        except InputError as exc:
            record = {"line": lineno, "error": str(exc)}
        except (ValueError, RecursionError, MemoryError) as exc:  # this line only; the rest go on
            record = {"line": lineno, "error": f"could not match this line ({type(exc).__name__})"}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


def _one(item, lineno: int, matcher, top: int, exclude: list[str] = ()) -> dict:
    if not isinstance(item, dict):
        return {"line": lineno, "error": 'each line must be a JSON object like {"text": "..."}'}
    text, authority = item.get("text"), item.get("authority")
    if not isinstance(text, str):
        return {"line": lineno, "error": 'missing "text" (a string)'}
    if authority is not None and not isinstance(authority, str):
        return {"line": lineno, "error": '"authority" must be a string'}
    result = matcher.match(text, authority, top, exclude=exclude)
    return {"line": lineno, **result.model_dump(mode="json")}


def run(args) -> int:
    if not 1 <= args.top <= MAX_TOP:
        raise UserError(f"--top must be between 1 and {MAX_TOP}")
    if args.batch:
        if args.text:
            raise UserError("give either the request text or --batch FILE, not both")
        return _batch(args.batch, args.top, args.exclude_url)
    if args.text is None:
        raise UserError("give the request text to match, '-' to read it from standard input, or --batch FILE")
    text = read_text("-", what="request") if args.text == "-" else args.text
    if "\x00" in text:
        raise UserError("the request text contains binary data")
    from askfoi.matching import get_matcher

    matcher = get_matcher()
    exclude = _excluded(matcher, args.exclude_url) if args.exclude_url else []
    result = matcher.match(text, args.authority, args.top, exclude=exclude)
    if args.json:
        print_json(result.model_dump(mode="json"))
    else:
        print(format_plain(result))
    return 0
