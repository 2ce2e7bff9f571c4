"""The on-disk matching index: SQLite FTS5 (stdlib sqlite3), built once and cached.

Why SQLite: it starts in milliseconds from a file (no index to load into memory), its full-text
postings are in C, and it scales to a million records on a small machine. The index holds what the
similar-results list and the forecast need (so a big pack is never loaded as pydantic records):
one `docs` row per record, the FTS postings, a document-frequency table and the outcome counts per
authority and per kind of authority (counts, so leave-one-out can subtract a record exactly).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from askfoi import __version__
from askfoi.match_text import TextVocab, text_vocab, vocab_fingerprint
from askfoi.models import PublishedResponse

SCHEMA = 9  # 9: whether a record came from a harvest searched for NCND answers (fc29); 8: topic tags and law per record (features of the learnt forecast); 7: source type per record and outcome counts per kind and source type; 4: records cleaned of escape sequences when loaded (askfoi.safe_text); 5-6: ncnd unknown, topics, parts
BODY_WEIGHT = 0.6  # a term only in the summary/request text counts for less than one in the title


@dataclass(frozen=True)
class IndexRow:
    """What the index keeps of one published response."""

    id: str
    authority: str
    authority_type: str
    title: str
    body: str
    outcome: str
    ncnd: bool | None  # None: not visible in the source
    sections: tuple[str, ...]
    url: str
    date: str | None
    source_type: str = ""  # for the pack's counts (askfoi kb stats reads them from the index)
    regime: str = ""
    topics: tuple[str, ...] = ()  # tags of knowledge/vocab/topics.yaml (the learnt forecast reads the neighbours')
    targeted: bool = False  # fc29: from a harvest searched FOR NCND answers (knowledge/vocab/harvest_sampling.yaml): no sample


def row_from_response(r: PublishedResponse) -> IndexRow:
    from askfoi.ncnd_topics import ncnd_targeted

    body = " ".join(p for p in (r.asked, r.request_text or "", " ".join(r.keywords)) if p)
    return IndexRow(
        r.id, r.authority, r.authority_type.value, r.title, body, r.outcome.value, r.ncnd,
        tuple(r.sections), r.source_url, r.date, r.source_type.value, r.regime.value, tuple(r.topics),
        ncnd_targeted(r),
    )


def authority_term(name: str) -> str:
    return "a" + hashlib.sha1(name.strip().lower().encode()).hexdigest()[:12]


def knowledge_key(files: Iterable[Path]) -> str:
    """Cache key: the knowledge files' paths, sizes and mtimes, askfoi's version, the vocab, the schema."""
    h = hashlib.sha256(f"{__version__}|{SCHEMA}|{vocab_fingerprint()}".encode())
    for path in sorted(Path(p) for p in files):
        try:
            st = path.stat()
            h.update(f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}\n".encode())
        except OSError:
            h.update(f"{path}|missing\n".encode())
    return h.hexdigest()[:20]


def title_key(title_terms) -> str:
    """Records whose titles have the same terms form a group: one request sent to many authorities."""
    return " ".join(sorted(title_terms))


def group_id(tkey: str) -> int:
    """A compact integer for a same-title group, stored on every record so a group's members
    (and an authority's groups) can be looked up by index."""
    return int(hashlib.sha1(tkey.encode()).hexdigest()[:15], 16)


def _idf(n_docs: int, df: int) -> float:
    return math.log(1.0 + n_docs / max(df, 1))


def build_index(rows: Iterable[IndexRow], path: Path, key: str, vocab: TextVocab | None = None,
                extra_meta: Callable[[], dict] | None = None) -> None:
    """Write a fresh index to `path` (via a temporary file, so a reader never sees half of one).
    `extra_meta`: called once the rows are read; what it returns is kept in the index's meta table."""
    vocab = vocab or text_vocab()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript(
        """
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
        CREATE TABLE docs(rowid INTEGER PRIMARY KEY, id TEXT, authority TEXT, atype TEXT, title TEXT,
            outcome TEXT, ncnd INTEGER, sections TEXT, url TEXT, date TEXT, framing INTEGER,
            tterms TEXT, bterms TEXT, norm REAL, grp INTEGER, src TEXT, topics TEXT, regime TEXT, tgt INTEGER);
        CREATE TABLE df(term TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID;
        CREATE TABLE groups(tkey TEXT, outcome TEXT, n INTEGER, PRIMARY KEY (tkey, outcome)) WITHOUT ROWID;
        CREATE VIRTUAL TABLE fts USING fts5(title, body, meta, content='', tokenize='unicode61');
        """
    )
    df: Counter[str] = Counter()
    type_counts: dict[str, Counter[str]] = defaultdict(Counter)
    auth_counts: dict[str, Counter[str]] = defaultdict(Counter)
    auth_type: dict[str, Counter[str]] = defaultdict(Counter)
    src_counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    groups: Counter[tuple[str, str]] = Counter()
    pack = PackCounts()
    staged: list[tuple] = []
    for r in rows:
        pack.add(r)
        tterms = vocab.terms(r.title)
        tset = set(tterms)
        bterms = [t for t in vocab.terms(r.body) if t not in tset] if r.body else []
        df.update(tterms)
        df.update(bterms)
        type_counts[r.authority_type][r.outcome] += 1
        auth_counts[r.authority][r.outcome] += 1
        src_counts[r.authority_type][r.source_type][r.outcome] += 1
        auth_type[r.authority][r.authority_type] += 1
        groups[(title_key(tset), r.outcome)] += 1
        staged.append((r, " ".join(tterms), " ".join(bterms), vocab.framing_of(f"{r.title} {r.body}"),
                       group_id(title_key(tset))))
    n_docs = len(staged)
    idf = {t: _idf(n_docs, n) for t, n in df.items()}

    norms = [
        sum(idf[t] for t in tt.split()) + BODY_WEIGHT * sum(idf[t] for t in bt.split())
        for _, tt, bt, _, _ in staged
    ]
    # Row ids in order of growing norm: a rowid-order scan of an AND query then meets the most
    # specific records first, so common-word queries can stop early instead of ranking everything.
    order = sorted(range(n_docs), key=norms.__getitem__)
    staged = [staged[i] + (norms[i],) for i in order]
    del norms, order

    def doc_rows():
        for rowid, (r, tt, bt, framing, grp, norm) in enumerate(staged, start=1):
            yield (rowid, r.id, r.authority, r.authority_type, r.title, r.outcome, None if r.ncnd is None else int(r.ncnd),
                   "|".join(r.sections), r.url, r.date, framing, tt, bt, norm, grp, r.source_type,
                   "|".join(r.topics), r.regime, int(r.targeted))

    con.executemany("INSERT INTO docs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", doc_rows())
    # An authority's past answers, and every member of a same-title group, by index (peer votes)
    con.execute("CREATE INDEX docs_grp ON docs(grp)")
    con.execute("CREATE INDEX docs_authority ON docs(authority)")
    con.executemany(
        "INSERT INTO fts(rowid, title, body, meta) VALUES (?,?,?,?)",
        ((i, tt, bt, f"{authority_term(r.authority)} t{r.authority_type}")
         for i, (r, tt, bt, _, _, _) in enumerate(staged, start=1)),
    )
    con.executemany("INSERT INTO df VALUES (?,?)", df.items())
    sizes: Counter[str] = Counter()
    for (tkey, _), n in groups.items():
        sizes[tkey] += n
    con.executemany(
        "INSERT INTO groups VALUES (?,?,?)",
        ((tkey, outcome, n) for (tkey, outcome), n in groups.items() if sizes[tkey] > 1),
    )
    meta = {
        "key": key,
        "n_docs": n_docs,
        "type_counts": type_counts,
        "auth_counts": auth_counts,
        "src_counts": src_counts,  # kind of body -> source type -> outcome -> n (base rates by population)
        "auth_type": {a: c.most_common(1)[0][0] for a, c in auth_type.items()},
        "stats": pack.as_dict(),
        **(extra_meta() if extra_meta else {}),
    }
    con.executemany("INSERT INTO meta VALUES (?,?)", ((k, json.dumps(v)) for k, v in meta.items()))
    con.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    con.commit()
    con.close()
    os.replace(tmp, path)


class PackCounts:
    """The pack's counts (what `askfoi kb stats` shows), gathered while the index is built."""

    def __init__(self) -> None:
        self.total = self.ncnd = self.ncnd_unknown = self.with_sections = 0
        self.by: dict[str, Counter[str]] = {k: Counter() for k in ("outcome", "authority_type", "source_type", "regime")}
        self.authorities: set[str] = set()

    def add(self, r: IndexRow) -> None:
        self.total += 1
        self.ncnd += r.ncnd is True
        self.ncnd_unknown += r.ncnd is None
        self.with_sections += bool(r.sections)
        for k, v in (("outcome", r.outcome), ("authority_type", r.authority_type), ("source_type", r.source_type),
                     ("regime", r.regime)):
            if v:
                self.by[k][v] += 1
        self.authorities.add(r.authority)

    def as_dict(self) -> dict:
        return {
            "total": self.total,
            **{f"by_{k}": dict(c.most_common()) for k, c in self.by.items()},
            "ncnd": self.ncnd, "ncnd_unknown": self.ncnd_unknown, "with_sections": self.with_sections,
            "authorities": len(self.authorities),
        }


def open_index(path: Path) -> sqlite3.Connection:
    """Read-only connection, usable from the TUI's worker threads."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    con.execute("PRAGMA query_only=1")
    return con


def read_meta(con: sqlite3.Connection) -> dict:
    return {k: json.loads(v) for k, v in con.execute("SELECT k, v FROM meta")}


def cached_index(rows_factory, files: Iterable[Path], cache_dir: Path, prefix: str = "match",
                 extra_meta: Callable[[], dict] | None = None) -> Path:
    """The index for these knowledge files: reused when the key matches, else rebuilt (old ones removed)."""
    key = knowledge_key(files)
    path = cache_dir / f"{prefix}-{key}.sqlite"
    if path.is_file():
        try:
            con = open_index(path)
            ok = read_meta(con).get("key") == key
            con.close()
            if ok:
                return path
        except sqlite3.DatabaseError:
            pass
    build_index(rows_factory(), path, key, extra_meta=extra_meta)
    for old in cache_dir.glob(f"{prefix}-*.sqlite"):
        if old != path:
            old.unlink(missing_ok=True)
    return path
