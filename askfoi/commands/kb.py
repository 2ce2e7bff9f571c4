"""`askfoi kb import|stats|validate|show`: the knowledge pack of past responses, from the command line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from askfoi.commands._io import UserError, print_json

SHOW_FIRST_REJECTED = 5


def run(args) -> int:
    return {"import": _import, "stats": _stats, "validate": _validate, "show": _show, "ncnd-stats": _ncnd_stats}[
        args.kb_command
    ](args)


def _where(path: Path | str) -> str:
    """A path as the person would type it: relative to where they are, when it is below it."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def _import(args) -> int:
    from askfoi.importers import ImportTargetError, import_paths

    if args.source_url and len(args.paths) > 1:
        raise UserError("--source-url is the address of one page; give one file with it")
    if args.source_url and not args.source_url.startswith(("http://", "https://")):
        raise UserError(f"--source-url {args.source_url!r} is not a web address (http:// or https://)")
    try:
        report = import_paths(
            args.paths,
            args.format,
            Path(args.into) if args.into else None,
            source_url=args.source_url,
            authority=args.authority,
        )
    except ImportTargetError as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"cannot write {args.into or 'the knowledge pack'}: {exc.strerror or exc}") from None
    if args.json:
        print_json(report.model_dump(mode="json", exclude={"ids"}))
    else:
        print(
            f"Imported {report.imported} past response{'s' if report.imported != 1 else ''} "
            f"into {_where(report.target)}; {report.duplicates} already there, {report.rejected} rejected."
        )
        for row in report.rejected_rows[:SHOW_FIRST_REJECTED]:
            print(f"  rejected {row}")
        if len(report.rejected_rows) > SHOW_FIRST_REJECTED:
            print(f"  ... and {len(report.rejected_rows) - SHOW_FIRST_REJECTED} more rejected rows")
        for row in report.flagged_rows[:SHOW_FIRST_REJECTED]:
            print(f"  cleaned {row}")
        if len(report.flagged_rows) > SHOW_FIRST_REJECTED:
            print(f"  ... and {len(report.flagged_rows) - SHOW_FIRST_REJECTED} more cleaned rows")
    for error in report.errors:
        print(f"askfoi: {error}", file=sys.stderr)
    if report.errors:
        return 2
    if report.rejected and not report.imported and not report.duplicates:
        print(f"askfoi: every row was rejected ({report.rejected}); nothing was imported", file=sys.stderr)
        return 2
    return 0


def _stats(args) -> int:
    from askfoi.matching import pack_stats

    stats = pack_stats()  # from the index: the records are not loaded
    if args.json:
        print_json(stats)
        return 0
    from askfoi.models import OUTCOME_LABELS, Outcome

    print(f"{stats['total']} past responses from {stats['authorities']} authorities")
    tables = (
        ("Outcome", {OUTCOME_LABELS[Outcome(k)]: v for k, v in stats["by_outcome"].items()}),
        ("Authority type", stats["by_authority_type"]),
        ("Source", stats["by_source_type"]),
        ("Law", stats["by_regime"]),
    )
    for title, counts in tables:
        width = max([len(title), *(len(k.replace("_", " ")) for k in counts)])
        print(f"\n{title:<{width}}  {'count':>6}  share")
        for key, n in counts.items():
            share = f"{100 * n / stats['total']:.0f}%" if stats["total"] else "-"
            print(f"{key.replace('_', ' '):<{width}}  {n:>6}  {share:>5}")
    # fc34 (issue 9 item 2): a record whose NCND status was not visible is unknown, never "not NCND": say how many
    unknown = stats.get("ncnd_unknown", 0)
    print(f"\nNeither confirm nor deny in {stats['ncnd']}; sections cited in {stats['with_sections']}.")
    if unknown:
        print(f"Whether NCND was used is not visible in {unknown}: counted neither way.")
    if stats["problems"]:
        print(
            f"{stats['problems']} problem{'s' if stats['problems'] != 1 else ''} in the knowledge files "
            f"({stats['skipped']} broken record{'s' if stats['skipped'] != 1 else ''} skipped): "
            "run 'askfoi kb validate' for the list."
        )
    return 0


def _validate(args) -> int:
    from askfoi.knowledge import knowledge_dirs, load_knowledge, load_yaml_entries, vocab_files

    kb = load_knowledge(knowledge_dirs())
    problems = list(kb.problems)
    records = len(kb.responses) + len(kb.authorities) + len(kb.exemptions)
    files = len(kb.files)
    problems.extend(topic_problems(kb))
    from askfoi.ncnd_topics import load_topics

    ncnd_topics, ncnd_problems = load_topics()
    problems.extend(ncnd_problems)
    records += len(ncnd_topics)
    for path in vocab_files():
        entries, vocab_problems = load_yaml_entries(path, Any)
        problems.extend(vocab_problems)
        records += len(entries)
        files += 1
    for problem in problems:
        where = f"{_where(problem.path)}:{problem.line}" if problem.line else _where(problem.path)
        print(f"{where}: {problem.message}")
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in the knowledge files.", file=sys.stderr)
        return 1
    print(f"All {records} records in {files} knowledge files are fine.")
    return 0


def topic_problems(kb) -> list:
    """A Problem for each past response carrying a topic tag that knowledge/vocab/topics.yaml does not define."""
    from askfoi.knowledge import Problem, topic_tags

    known = topic_tags()
    out = []
    for r in kb.responses:
        unknown = [t for t in r.topics if t not in known]
        if unknown:
            out.append(Problem(Path("responses"), None, f"{r.id}: unknown topic {', '.join(unknown)} (see vocab/topics.yaml)"))
    return out


def _ncnd_stats(args) -> int:
    from askfoi.knowledge import get_knowledge, warn_problems_once
    from askfoi.ncnd_topics import count_pack, load_topics, write_counts

    kb = get_knowledge()
    warn_problems_once(kb.problems)
    counted = count_pack(kb.responses)
    if args.write:
        try:
            write_counts(counted)
        except OSError as exc:
            raise UserError(f"cannot write the NCND topics file: {exc.strerror or exc}") from None
    if args.json:
        print_json(counted)
        return 0
    labels = {name: t.label for name, t in load_topics()[0].items()}
    for name, row in counted.items():
        total = row["counted"].get("all", [0, 0])
        by_kind = ", ".join(f"{k.replace('_', ' ')} {n}/{m}" for k, (n, m) in row["counted"].items() if k != "all")
        print(f"{labels[name]}: {total[0]} of {total[1]} answers used NCND" + (f" ({by_kind})" if by_kind else ""))
    return 0


def _show(args) -> int:
    from askfoi.knowledge import get_knowledge, warn_problems_once

    kb = get_knowledge()
    warn_problems_once(kb.problems)
    wanted = args.id.strip().lower()
    record = kb.response(wanted)
    if record is None:
        raise UserError(_unknown_id_message(args.id, list(kb.by_id)))
    if args.json:
        print_json(record.model_dump(mode="json"))
        return 0
    from askfoi.models import OUTCOME_LABELS
    from askfoi.templates import render

    sections = []
    for s in record.sections:
        exemption = kb.exemption(s)
        sections.append({"section": s, "title": exemption.title if exemption else None})
    print(
        render(
            "kb/show.txt.j2",
            r=record,
            outcome=OUTCOME_LABELS[record.outcome],
            authority_type=record.authority_type.value.replace("_", " "),
            source_type=record.source_type.value.replace("_", " "),
            regime=record.regime.value,
            sections=sections,
        )
    )
    return 0


def _unknown_id_message(wanted: str, ids: list[str]) -> str:
    from rapidfuzz import process

    close = [m[0] for m in process.extract(wanted.strip().lower(), ids, limit=3, score_cutoff=70)]
    hint = f"; did you mean {', '.join(close)}?" if close else "; 'askfoi match TEXT' finds past responses by topic"
    return f"no past response with id {wanted!r}{hint}"
