"""The rare-term postings a `track` run holds in memory, scored with the same BM25 as the SQL.

`track` keeps only each statement's rarest terms (`match.TRACK_MAX_DF`, growing slowly with the
warehouse), so most stored postings (the common terms) never score. Asking DuckDB per batch
still scanned all of them, twice (document frequencies, then the join): 4-5 s per batch of 250
articles at 1M statements. A run instead reads once the document frequency of every term and the
postings of the terms rare enough to ever count, about a third of the rows, into integer arrays;
adds each batch as it is matched; and scores a batch's 8,000 queries as sparse products (scipy),
queries x terms times terms x documents. It answers what `match.bm25_sql` answers (tested
against it): the same candidates, the same scores, ties broken by statement id.

The track run is the warehouse's only writer while it holds the lock, so the index cannot go
stale under it. If the warehouse grows so much during one run that the frequency cap passes
what was loaded, the index is read again.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from warehouse.store import Warehouse

LOAD_MARGIN = 1.5  # postings are loaded for terms up to this multiple of the current cap
CHUNK_QUERIES = 500  # queries scored in one sparse product (500 ran fastest here: 250-2,000 tried)


def _no_hugepage_advice() -> None:
    """Stop numpy asking for transparent huge pages for its large arrays (unless the user set
    NUMPY_MADVISE_HUGEPAGE). Where the kernel defragments on such a request (THP defrag
    `madvise`, as on this project's machines), every large temporary then waits for memory
    compaction: 3-4 s of system time per batch at 1M statements, against 0.3 s without."""
    if "NUMPY_MADVISE_HUGEPAGE" in os.environ:
        return
    try:
        from numpy._core import multiarray
    except ImportError:  # numpy 1.x
        from numpy.core import multiarray  # type: ignore[no-redef]
    setter = getattr(multiarray, "_set_madvise_hugepage", None)
    if setter is not None:
        setter(False)


_no_hugepage_advice()


@dataclass(frozen=True, slots=True)
class _Segment:
    """Postings grouped by term: `docs[offsets[i]:offsets[i + 1]]` hold term `terms[i]`."""

    terms: np.ndarray  # int32, sorted, distinct
    offsets: np.ndarray  # int64, len(terms) + 1
    docs: np.ndarray  # int32
    tf: np.ndarray  # float64

    @staticmethod
    def build(terms: np.ndarray, docs: np.ndarray, tf: np.ndarray) -> _Segment:
        order = np.argsort(terms, kind="stable")
        terms, docs, tf = terms[order], docs[order], tf[order]
        distinct, starts = np.unique(terms, return_index=True)
        offsets = np.append(starts, len(terms)).astype(np.int64)
        return _Segment(distinct.astype(np.int32), offsets, docs.astype(np.int32), tf.astype(np.float64))

    def __len__(self) -> int:
        return len(self.docs)

    def postings(self, terms: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every posting here of `terms` (sorted, distinct) as (index into terms, doc, tf)."""
        if not len(self.terms) or not len(terms):
            empty = np.empty(0, np.int64)
            return empty, empty.astype(np.int32), np.empty(0)
        pos = np.searchsorted(self.terms, terms)
        pos_c = np.minimum(pos, len(self.terms) - 1)
        hit = self.terms[pos_c] == terms
        starts = np.where(hit, self.offsets[pos_c], 0)
        counts = np.where(hit, self.offsets[pos_c + 1] - self.offsets[pos_c], 0)
        total = int(counts.sum())
        which = np.repeat(np.arange(len(terms)), counts)
        # positions: each term's run of postings, start + 0, 1, 2, ...
        run_start = np.cumsum(counts) - counts
        idx = np.repeat(starts - run_start, counts) + np.arange(total)
        return which, self.docs[idx], self.tf[idx]


def _merged(a: _Segment, b: _Segment) -> _Segment:
    def flat(s: _Segment) -> np.ndarray:
        return np.repeat(s.terms, np.diff(s.offsets))
    return _Segment.build(np.concatenate([flat(a), flat(b)]), np.concatenate([a.docs, b.docs]),
                          np.concatenate([a.tf, b.tf]))


class _Growing:
    """A numpy array that grows by doubling (appends are amortised O(1))."""

    def __init__(self, dtype, values: np.ndarray | None = None) -> None:
        values = np.asarray(values if values is not None else [], dtype=dtype)
        self.data = np.empty(max(16, len(values) * 2), dtype)
        self.data[: len(values)] = values
        self.n = len(values)

    def extend(self, values: np.ndarray) -> None:
        need = self.n + len(values)
        if need > len(self.data):
            grown = np.empty(max(need, 2 * len(self.data)), self.data.dtype)
            grown[: self.n] = self.data[: self.n]
            self.data = grown
        self.data[self.n: need] = values
        self.n = need

    @property
    def view(self) -> np.ndarray:
        return self.data[: self.n]


class RunIndex:
    """BM25 candidates for a run's batches from rare-term postings held in memory.

    `cap(n)` is the document-frequency limit a query term must meet when the index holds n
    statements (track's `max_df` with the common-term pruning); it must not decrease as n
    grows. Each query keeps its `max_terms` rarest terms; `k1` and `b` are BM25's."""

    def __init__(self, wh: Warehouse, cap: Callable[[int], int], max_terms: int, k1: float, b: float) -> None:
        self.wh, self.cap, self.max_terms, self.k1, self.b = wh, cap, max_terms, k1, b
        self.loaded_cap: int | None = None
        self._loading: threading.Thread | None = None
        self._load_error: BaseException | None = None

    def prefetch(self, n: int) -> None:
        """Start reading the index for n stored statements in a thread, so the read (seconds
        at 1M statements, in DuckDB, without the GIL) overlaps the first batch's extraction
        instead of delaying its matching. `retrieve` waits for it."""
        if self._loading is not None or self.loaded_cap is not None:
            return

        def load() -> None:
            try:
                self._load(n)
            except BaseException as e:  # noqa: BLE001 - re-raised by the first retrieve
                self._load_error = e

        self._loading = threading.Thread(target=load, name="factrack-index", daemon=True)
        self._loading.start()

    @property
    def started(self) -> bool:
        """Whether the index is read or being read (a run of one batch never reads it)."""
        return self._loading is not None or self.loaded_cap is not None

    def _wait(self) -> None:
        if self._loading is not None:
            self._loading.join()
            self._loading = None
            if self._load_error is not None:
                error, self._load_error = self._load_error, None
                raise error

    # -- loading -----------------------------------------------------------------------------
    def _load(self, n: int) -> None:
        limit = max(2, int(math.ceil(self.cap(n) * LOAD_MARGIN)))
        con = duckdb.connect()
        try:
            con.execute("SET enable_progress_bar = false")
            files = self.wh.files("postings")
            if files:
                glob = self.wh.glob("postings").replace("'", "''")
                src = f"read_parquet('{glob}')"
            else:
                src = ("(SELECT ''::VARCHAR AS statement_id, ''::VARCHAR AS article_id, ''::VARCHAR AS term, "
                       "0::SMALLINT AS tf, 0::SMALLINT AS doc_len WHERE false)")
            con.execute(f"CREATE TEMP TABLE dft AS SELECT term, count(*)::BIGINT AS df, "
                        f"(row_number() OVER (ORDER BY term) - 1)::INTEGER AS code FROM {src} GROUP BY term")
            con.execute(f"CREATE TEMP TABLE rare AS SELECT p.statement_id, p.article_id, p.doc_len, p.tf, t.code "
                        f"FROM {src} p JOIN dft t USING (term) WHERE t.df <= {limit}")
            con.execute("CREATE TEMP TABLE d AS SELECT statement_id, any_value(article_id) AS article_id, "
                        "any_value(doc_len)::INTEGER AS dl, (row_number() OVER (ORDER BY statement_id) - 1)::INTEGER "
                        "AS doc FROM rare GROUP BY statement_id")
            terms = con.sql("SELECT term, df FROM dft ORDER BY code").to_arrow_table()
            docs = con.sql("SELECT statement_id, article_id, dl FROM d ORDER BY doc").to_arrow_table()
            post = con.sql("SELECT r.code, d.doc, r.tf FROM rare r JOIN d USING (statement_id) "
                           "ORDER BY r.code, d.doc").fetchnumpy()
        finally:
            con.close()
        self.terms: pa.Array = terms.column("term").combine_chunks().cast(pa.string())
        self.df = _Growing(np.int64, terms.column("df").to_numpy().astype(np.int64))
        self.ids: list[pa.Array] = [docs.column("statement_id").combine_chunks()]
        articles = docs.column("article_id").combine_chunks().dictionary_encode()
        self.article_names: list[str] = articles.dictionary.to_pylist()
        self.article_code: dict[str, int] = {a: i for i, a in enumerate(self.article_names)}
        self.doc_article = _Growing(np.int32, np.asarray(articles.indices, np.int32))
        self.doc_len = _Growing(np.float64, docs.column("dl").to_numpy())
        self.doc_ord = _Growing(np.int32, np.full(docs.num_rows, -1, np.int32))
        self.segments: list[_Segment] = []
        self._batch_first = self._batch_fresh = 0  # see _add
        if len(post["code"]):
            self.segments.append(_Segment.build(np.asarray(post["code"], np.int32), np.asarray(post["doc"], np.int32),
                                                np.asarray(post["tf"], np.float64)))
        self.loaded_cap = limit

    # -- adding a batch --------------------------------------------------------------------
    def _codes(self, terms: pa.Array) -> np.ndarray:
        """Term codes of `terms`, new terms appended (in order of first appearance)."""
        found = pc.index_in(terms, value_set=self.terms)
        if found.null_count:
            new = pc.unique(pc.filter(terms, pc.is_null(found)))
            self.terms = pa.concat_arrays([self.terms, new.cast(pa.string())])
            found = pc.index_in(terms, value_set=self.terms)
            self.df.extend(np.zeros(len(new), np.int64))
        return found.to_numpy(zero_copy_only=False).astype(np.int32)

    def _add(self, batch: pa.Table, orders: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Add the batch's statements and postings; returns per posting row its document and
        term codes, and the codes of the batch's documents."""
        encoded = batch.column("statement_id").combine_chunks().dictionary_encode()
        local = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int32)
        first_row = np.unique(local, return_index=True)[1]  # each new statement's first posting
        first = len(self.doc_len.view)
        arts = batch.column("article_id").take(pa.array(first_row)).to_pylist()
        # Documents before `first` are matched (ord -1); when none shares an article with the
        # batch (its articles all get new codes here), `_top` checks only the batch's own.
        self._batch_first, self._batch_fresh = first, len(self.article_names)
        codes = []
        for a in arts:
            code = self.article_code.get(a)
            if code is None:
                code = self.article_code[a] = len(self.article_names)
                self.article_names.append(a)
            codes.append(code)
        self.ids.append(encoded.dictionary.cast(pa.string()))
        self.doc_article.extend(np.asarray(codes, np.int32))
        self.doc_len.extend(batch.column("doc_len").take(pa.array(first_row)).to_numpy().astype(np.float64))
        self.doc_ord.extend(np.asarray([orders.get(a, 0) for a in arts], np.int32))
        row_doc = first + local
        term_code = self._codes(batch.column("term").combine_chunks())
        self.df.data[: self.df.n] += np.bincount(term_code, minlength=self.df.n)
        keep = self.df.view[term_code] <= self.loaded_cap  # a term past the cap never scores again
        if keep.any():
            tf = batch.column("tf").to_numpy().astype(np.float64)
            self.segments.append(_Segment.build(term_code[keep], row_doc[keep], tf[keep]))
            # merged like a binary counter, so each posting is re-sorted O(log n) times
            while len(self.segments) > 1 and len(self.segments[-1]) * 2 >= len(self.segments[-2]):
                last = self.segments.pop()
                self.segments[-1] = _merged(self.segments[-1], last)
        return row_doc, term_code, np.arange(first, first + len(arts))

    # -- scoring ---------------------------------------------------------------------------
    def retrieve(self, batch: pa.Table, orders: dict[str, int], k: int, stats: tuple[int, int],
                 floor: float = 0.0) -> dict[str, list[tuple[str, str, float]]]:
        """Top-k earlier statements for each statement of `batch` (postings rows with their
        statement and article ids), by BM25 over everything stored plus the batch, excluding
        the query's own article and the batch's later articles. `stats` is (statements, summed
        length) over stored + batch, as for `match.retrieve`. Candidates under `floor` times a
        query's best are left out (what `match_batch` would drop)."""
        n, total = stats
        if batch.num_rows == 0 or n == 0:
            return {}
        cap = self.cap(n)
        self._wait()
        if self.loaded_cap is None or cap > self.loaded_cap:
            self._load(n)
        row_doc, term_code, batch_docs = self._add(batch, orders)
        try:
            return self._score(row_doc, term_code, n, total / n, k, cap, floor)
        finally:
            self.doc_ord.view[batch_docs] = -1  # matched: earlier than every later batch

    def _query_terms(self, q: np.ndarray, t: np.ndarray, cap: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each query's `max_terms` rarest terms within the cap, ties by the term's text (as the
        SQL's row_number): (query, term, df) triples grouped by query."""
        df = self.df.view[t]
        ok = df <= cap
        q, t, df = q[ok], t[ok], df[ok]
        distinct = np.unique(t)
        text_rank = np.zeros(len(self.terms), np.int64)
        by_text = pc.sort_indices(self.terms.take(pa.array(distinct))).to_numpy()
        text_rank[distinct[by_text]] = np.arange(len(distinct))
        order = np.lexsort((text_rank[t], df, q))
        q, t, df = q[order], t[order], df[order]
        keep = _rank_in_groups(q) < self.max_terms
        return q[keep], t[keep], df[keep]

    def _score(self, row_doc: np.ndarray, term_code: np.ndarray, n: int, avgdl: float, k: int,
               cap: int, floor: float) -> dict[str, list[tuple[str, str, float]]]:
        q, t, df = self._query_terms(row_doc, term_code, cap)
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        # whole queries at a time, so temporaries stay a few MB: reused by the allocator rather
        # than mapped and faulted in afresh (a third of the time at 1M statements otherwise)
        starts, _ = _groups(q)
        cuts = [*starts[::CHUNK_QUERIES].tolist(), len(q)]
        found = [self._top(q[a:b], t[a:b], idf[a:b], avgdl, k, floor) for a, b in pairwise(cuts)]
        found = [f for f in found if len(f[0])]
        if not found:
            return {}
        kq, kd, score = (np.concatenate(parts) for parts in zip(*found, strict=True))
        ids = pa.chunked_array(self.ids).take(pa.array(np.concatenate([kq, kd]))).to_pylist()
        out: dict[str, list[tuple[str, str, float]]] = {}
        arts = self.doc_article.view[kd].tolist()
        for qid, sid, a, s in zip(ids[: len(kq)], ids[len(kq):], arts, score.tolist(), strict=True):
            out.setdefault(qid, []).append((sid, self.article_names[a], s))
        for cands in out.values():
            if len(cands) > 1:  # ties with the k-th broken by id, as the SQL does
                cands.sort(key=lambda c: (-c[2], c[0]))
                del cands[k:]
        return out

    def _top(self, q: np.ndarray, t: np.ndarray, idf: np.ndarray, avgdl: float, k: int,
             floor: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(query, document, score) of each query's k best at or above `floor` times its best,
        plus any tied with its k-th; `q`, `t`, `idf` are whole queries' kept terms, grouped by
        query in increasing order.

        The scores are one sparse product, queries x terms (idf) times terms x documents (BM25's
        term-frequency part): each posting of the chunk's terms is read once, however many
        queries share the term, and scipy sums each (query, document) in C. Building every
        (query, posting) pair and sorting them to sum took about twice as long (58M pairs for
        2,000 articles against 1M statements, where the products read 22M postings)."""
        from scipy.sparse import csr_matrix  # imported on the first batch matched this way

        queries, qrow = np.unique(q, return_inverse=True)
        terms, tcol = np.unique(t, return_inverse=True)
        doc_ord, doc_art, doc_len = self.doc_ord.view, self.doc_article.view, self.doc_len.view
        found = [seg.postings(terms) for seg in self.segments]
        trow = np.concatenate([f[0] for f in found])
        if not len(trow):
            return q[:0], q[:0], np.empty(0)
        pd = np.concatenate([f[1] for f in found])
        tf = np.concatenate([f[2] for f in found])
        part = tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * doc_len[pd] / avgdl))
        weights = csr_matrix((idf, (qrow, tcol)), shape=(len(queries), len(terms)))
        postings = csr_matrix((part, (trow, pd)), shape=(len(terms), len(doc_len)))
        scores = weights @ postings
        kq = np.repeat(queries, np.diff(scores.indptr))
        kd = scores.indices
        score = np.round(scores.data, 9)
        # Which documents a query may match: earlier ones, of another article. When the batch's
        # articles are all new to the index, no earlier document shares one, and within the batch
        # an article's documents share its order: documents before the batch (all matched, order
        # -1) then need no check, and order alone decides for the batch's own.
        if bool(np.all(doc_art[self._batch_first:] >= self._batch_fresh)):
            good = kd < self._batch_first
            recent = np.flatnonzero(~good)
            good[recent] = doc_ord[kd[recent]] < doc_ord[kq[recent]]
        else:
            good = (doc_ord[kd] < doc_ord[kq]) & (doc_art[kd] != doc_art[kq])
        kq, kd, score = kq[good], kd[good], score[good]
        if not len(kq):
            return kq, kd, score
        qstarts, sizes = _groups(kq)
        best = np.repeat(np.maximum.reduceat(score, qstarts), sizes)
        keep = score >= floor * best
        kq, kd, score = kq[keep], kd[keep], score[keep]
        order = np.lexsort((kd, -score, kq))
        kq, kd, score = kq[order], kd[order], score[order]
        qstarts, sizes = _groups(kq)
        # the k-th score of each query: anything tied with it may still win on its id
        kth = np.repeat(score[qstarts + np.minimum(sizes, k) - 1], sizes)
        keep = (_rank_in_groups(kq) < k) | (score == kth)
        return kq[keep], kd[keep], score[keep]


def _groups(g: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each run of equal values of a grouped array starts, and its length."""
    if not len(g):
        return np.empty(0, np.int64), np.empty(0, np.int64)
    starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]])
    return starts, np.diff(np.r_[starts, len(g)])


def _rank_in_groups(g: np.ndarray) -> np.ndarray:
    """0, 1, 2, ... within each run of equal values of a grouped array."""
    starts, sizes = _groups(g)
    return np.arange(len(g)) - np.repeat(starts, sizes)
