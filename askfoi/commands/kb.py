"""`askfoi kb import|stats|validate|show`: the knowledge pack of past responses, from the command line."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

from askfoi.commands._io import UserError, print_json

SHOW_FIRST_REJECTED = 5


def run(args) -> int:
    return {"import": _import, "stats": _stats, "validate": _validate, "show": _show}[args.kb_command](args)


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


def stats_of(kb) -> dict[str, Any]:
    """The pack's counts, most common first."""

    def count(values) -> dict[str, int]:
        return dict(Counter(values).most_common())

    rs = kb.responses
    return {
        "total": len(rs),
        "by_outcome": count(r.outcome.value for r in rs),
        "by_authority_type": count(r.authority_type.value for r in rs),
        "by_source_type": count(r.source_type.value for r in rs),
        "by_regime": count(r.regime.value for r in rs),
        "ncnd": sum(r.ncnd for r in rs),
        "with_sections": sum(bool(r.sections) for r in rs),
        "authorities": len({r.authority for r in rs}),
        "files": len([f for f in kb.files if "responses" in f.parts]),
        "problems": len(kb.problems),
        "skipped": sum(not p.kept for p in kb.problems),
    }


def _stats(args) -> int:
    from askfoi.knowledge import get_knowledge, warn_problems_once

    kb = get_knowledge()
    warn_problems_once(kb.problems)
    stats = stats_of(kb)
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
    print(f"\nNeither confirm nor deny in {stats['ncnd']}; sections cited in {stats['with_sections']}.")
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
