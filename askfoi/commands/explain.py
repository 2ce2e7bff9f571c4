"""`askfoi explain FILE|-`: read an authority's reply and say, in plain English, what it decided, what
each cited section means, whether other authorities answered similar requests differently, and what
can be done next by when."""

from __future__ import annotations

import textwrap

from askfoi.commands._io import UserError, print_json, read_text

WIDTH = 80


def run(args) -> int:
    from askfoi.commands.deadline import parse_date
    from askfoi.reader import read_sentences
    from askfoi.reply_explain import explain_reply

    from askfoi.pasted_reply import relined

    text = read_text(args.file, what="reply")
    if not text.strip():
        raise UserError(f"{'standard input' if args.file == '-' else args.file}: is empty; give the text of the reply")
    text = relined(text)  # lead40: a reply saved as one line is read with its lines, as the chat reads a paste
    request = read_text(args.request, what="request") if getattr(args, "request", None) else None
    received = parse_date(args.received) if getattr(args, "received", None) else None
    sent = parse_date(args.sent) if getattr(args, "sent", None) else None
    explained = explain_reply(text, request=request, authority=getattr(args, "authority", None), received=received, sent=sent)
    if args.json:
        data = explained.reading.model_dump(mode="json")  # the Reading's fields stay at the top level
        data.update(
            law=explained.law,
            section_notes=[n.model_dump(mode="json") for n in explained.sections],
            answered_differently=[o.model_dump(mode="json") for o in explained.answered_differently],
            next_steps=[s.model_dump(mode="json") for s in explained.next_steps],
            # rp12: the request the reply answers, as it states it (its date made or received, topic, reference)
            request=explained.request.model_dump(mode="json") if explained.request else None,
            # fu26: a subject access reply's DPA 2018 exemptions explained, and its lateness (one calendar month)
            dpa_exemptions=explained.dpa_exemptions, sar_late=explained.sar_late,
            # rv51: a letter extending a subject access request's time, checked against Article 12(3)
            sar_extension=explained.sar_extension,
            # fu28: why the part-by-part reading is not sure ([] when it is): the letters then do not rely on it
            part_doubts=explained.part_doubts,
            # fu31: parts no answer in the reply is clearly labelled for (number, why): "unclear", never swapped
            unclear_parts=explained.unclear_parts,
            # what each sentence does (request, rights notice, boilerplate, test, hypothetical, decision)
            sentences=[s.model_dump(mode="json") for s in read_sentences(text) if s.role != "other"][:200],
        )
        print_json(data)
    else:
        print(render_explanation(explained))
    return 0


def render_explanation(explained) -> str:
    """The explanation as a short account for a person, wrapped to 80 columns."""
    from askfoi.reply_explain import explanation_text

    text = explanation_text(explained)
    return "\n".join(_wrap(line) for line in text.splitlines()).rstrip() + "\n"


def render_reading(reading) -> str:
    """A reading alone (no comparison, no dates): kept for callers that have only a Reading."""
    from askfoi.reply_explain import explain_reading

    return render_explanation(explain_reading(reading))


def _wrap(line: str) -> str:
    """LINE within 80 columns, broken only between words: a web address longer than a line stands on a line of its own,
    whole, so it can be copied (fu29, nu31 s23: "publications\n/nhs-waiting-times" broke the link)."""
    if len(line) <= WIDTH or len(line.split()) == 1:
        return line  # lead34: one word (a long web address) keeps its indent, whole
    indent = "  " if line.startswith(("- ", "  ")) else ""
    return textwrap.fill(line, WIDTH, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)
