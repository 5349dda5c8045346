"""The in-memory index `track` runs keeps must answer exactly what the BM25 SQL answers over the
stored postings: the same candidates in the same order, the same scores, ties at the k-th place
broken by statement id, the batch's own later articles and the query's own article excluded;
also after the frequency cap has grown past what was loaded (the index is read again)."""

import random

import pyarrow as pa
import pytest

from claims.relate import Side
from warehouse.match import (
    K1,
    MAX_QUERY_TERMS,
    B,
    Statement,
    _connect,
    _earlier_docs,
    bm25_sql,
    match_batch,
    postings_table,
    run_index,
    track_cap,
)
from warehouse.run_index import RunIndex
from warehouse.store import Warehouse, postings_stats

WORDS = ("council budget housing mayor hospital waiting times rose board chair warning schools enrolment "
         "pupils district rents families leaving city police officers patrols crime figures minister "
         "said tax rates businesses jobs unemployment fell rose percent million billion election voters "
         "turnout polls campaign senator bill vote congress health care plan insurance premiums cost "
         "prices inflation bank interest rate loans mortgage homes built permits water supply drought "
         "reservoir levels summer farmers crops harvest exports tariffs trade deal talks border troops "
         "ceasefire refugees aid convoy ministry statement spokesperson denied reports claimed alliance "
         "members summit leaders agreed emissions climate target coal plants closed energy grid power").split()


def _sentences(rng: random.Random, n: int, earlier: list[str]) -> list[str]:
    """News-like sentences; some reprint an earlier one word for word (tied scores), some
    change its number (a near tie)."""
    out = []
    for _ in range(n):
        r = rng.random()
        if earlier and r < 0.15:
            out.append(rng.choice(earlier))
        elif earlier and r < 0.25:
            words = rng.choice(earlier).split()
            words[rng.randrange(len(words))] = str(rng.randint(2, 90))
            out.append(" ".join(words))
        else:
            words = rng.choices(WORDS, k=rng.randint(6, 16))
            if rng.random() < 0.5:
                words.insert(rng.randrange(len(words)), str(rng.randint(2, 90)))
            out.append(" ".join(words).capitalize() + ".")
        earlier.append(out[-1])
    return out


def _batch(rng: random.Random, b: int, n: int, earlier: list[str],
           stored_articles: bool = False) -> tuple[pa.Table, dict[str, int], list[dict]]:
    """A batch of n claims over n // 4 articles: its postings, article order and claim rows.
    With `stored_articles`, every batch's articles are the first batch's (statements of an
    article already in the index, which must not match their own article)."""
    texts = _sentences(rng, n, earlier)
    rows, statements, orders = [], [], {}
    for i, text in enumerate(texts):
        aid = f"a{0 if stored_articles else b:03d}-{i // 4:03d}"
        orders.setdefault(aid, len(orders))
        cid = f"c{rng.getrandbits(40):010x}"
        rows.append({"claim_id": cid, "article_id": aid, "text": text, "start": 0, "end": len(text), "score": 0.6,
                     "kinds": [], "features": [], "speaker": "", "facts": [], "run_id": "test"})
        statements.append(Statement(cid, aid, orders[aid], Side(text), f" {text}"))
    return postings_table(statements), orders, rows


def _sql_top(wh: Warehouse, postings: pa.Table, orders: dict[str, int], k: int, cap: int,
             stats: tuple[int, int]) -> dict[str, list[tuple[str, str, float]]]:
    con = _connect()
    try:
        _earlier_docs(wh, con, postings, orders)
        con.execute("CREATE TEMP VIEW q AS SELECT statement_id AS qid, article_id AS q_article, ord AS qord, "
                    "term, tf AS qtf FROM batch_docs")
        n, total = stats
        rows = con.execute(bm25_sql(k, False, n, total / n, cap, MAX_QUERY_TERMS)).fetchall()
    finally:
        con.close()
    out: dict[str, list[tuple[str, str, float]]] = {}
    for qid, sid, aid, score in rows:
        out.setdefault(qid, []).append((sid, aid, float(score)))
    return out


def _same(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for q in a:
        assert [(s, art) for s, art, _ in a[q]] == [(s, art) for s, art, _ in b[q]], q
        assert [x[2] for x in a[q]] == pytest.approx([x[2] for x in b[q]], abs=1e-8)


def _run(tmp_path, cap, batches: int = 6, size: int = 120, k: int = 3, floor: float = 0.0,
         stored_articles: bool = False):
    rng = random.Random(11)
    wh = Warehouse(tmp_path / "wh")
    index = RunIndex(wh, cap, MAX_QUERY_TERMS, K1, B)
    loads = []
    read = index._load
    index._load = lambda n: (loads.append(n), read(n))[1]
    earlier: list[str] = []
    n = total = 0
    compared = 0
    for b in range(batches):
        postings, orders, rows = _batch(rng, b, size, earlier, stored_articles)
        bn, btotal = postings_stats(postings)
        stats = (n + bn, total + btotal)
        want = _sql_top(wh, postings, orders, k, cap(stats[0]), stats)
        if floor:
            want = {q: [c for c in cands if c[2] >= floor * cands[0][2]] for q, cands in want.items()}
        got = index.retrieve(postings, orders, k, stats, floor=floor)
        _same(got, want)
        compared += sum(len(v) for v in want.values())
        wh.write_batch(f"b{b}", {"claims": rows, "postings": postings})
        n, total = stats
    return compared, loads


def test_the_index_answers_what_the_sql_answers_batch_after_batch(tmp_path):
    compared, loads = _run(tmp_path, track_cap)
    assert compared > 500  # candidates were compared, not two empty answers
    assert len(loads) == 1  # read once, then kept up to date


def test_candidates_under_the_floor_are_left_out_as_track_would_drop_them(tmp_path):
    compared, _ = _run(tmp_path, track_cap, batches=4, floor=0.5)
    assert compared > 300


def test_statements_of_an_article_already_indexed_never_match_their_own_article(tmp_path):
    """Most batches bring articles new to the index, and `_top` then skips the article check on
    older postings; a batch whose articles are already there takes the full check."""
    compared, _ = _run(tmp_path, track_cap, batches=4, stored_articles=True)
    assert compared > 300


def test_a_cap_grown_past_what_was_loaded_reads_the_index_again(tmp_path):
    compared, loads = _run(tmp_path, lambda n: max(2, n // 25), batches=6)
    assert compared > 300
    assert len(loads) >= 2


def test_ties_at_the_kth_place_break_by_statement_id(tmp_path):
    """Ten reprints of one sentence in earlier articles tie for the top; the three lowest ids win."""
    wh = Warehouse(tmp_path / "wh")
    text = "Reservoir levels fell to 31 percent this summer, the water board said."
    earlier = [Statement(f"c{i:02d}x", f"a{i:02d}", 0, Side(text), text) for i in (7, 3, 9, 1, 5, 8, 2, 6, 4, 0)]
    wh.write_batch("old", {"postings": postings_table(earlier)})
    new = [Statement("cnew", "anew", 0, Side(text), text)]
    postings = postings_table(new)
    stats = (11, 11 * postings_stats(postings)[1])
    index = run_index(wh)
    got = index.retrieve(postings, {"anew": 0}, 3, stats)
    assert [s for s, _, _ in got["cnew"]] == ["c00x", "c01x", "c02x"]
    _same(got, _sql_top(wh, postings, {"anew": 0}, 3, track_cap(11), stats))


def test_match_batch_gives_the_same_matches_with_the_index_and_without(tmp_path):
    rng = random.Random(5)
    earlier: list[str] = []
    roots = {"sql": Warehouse(tmp_path / "sql"), "index": Warehouse(tmp_path / "index")}
    index = run_index(roots["index"])
    index.prefetch(0)
    found = {"sql": [], "index": []}
    for b in range(4):
        postings, orders, rows = _batch(rng, b, 100, earlier)
        tables = {"articles": [{"article_id": a} for a in orders], "claims": rows, "postings": postings}
        for name, wh in roots.items():
            out = match_batch(wh, dict(tables), "test", index=index if name == "index" else None)
            found[name].extend(sorted((m["statement_id"], m["earlier_id"], m["relation"], m["score"])
                                      for m in out["matches"]))
            wh.write_batch(f"b{b}", {"claims": rows, "postings": postings})
    assert found["index"] == found["sql"]
    assert len(found["sql"]) > 20
    assert index.loaded_cap is not None  # the index path was the one taken


def test_a_failed_read_in_the_background_is_raised_by_the_first_retrieve(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    index = run_index(wh)

    def broken(n):
        raise OSError("disk went away")

    index._load = broken
    index.prefetch(0)
    postings = postings_table([Statement("c1", "a1", 0, Side("Turnout rose to 61 percent."), "Turnout rose to 61 percent.")])
    with pytest.raises(OSError, match="disk went away"):
        index.retrieve(postings, {"a1": 0}, 3, postings_stats(postings))
