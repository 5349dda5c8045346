import pytest

from warehouse.corpus import rank_corpus

CORPUS = [
    {"id": "old", "text": "Unemployment is at its lowest rate in 17 years.", "date": "stated on May 2, 2012 in a speech:"},
    {"id": "recent", "text": "Unemployment is at the lowest rate in 17 years.", "date": "stated on August 15, 2017 in a tweet:"},
    {"id": "after", "text": "Unemployment is at its lowest rate in 17 years!", "date": "stated on March 1, 2019 in a rally:"},
    {"id": "other", "text": "The mayor opened a new bridge over the river.", "date": "August 20, 2017"},
]


def _ranked(query: dict) -> list[str]:
    (res,) = rank_corpus(CORPUS, [query], 5)
    return [m["id"] for m in res["matches"]]


def test_a_dated_query_prefers_the_recent_earlier_statement():
    q = {"id": "q", "text": "we now have the lowest unemployment rate we've had in 17 years", "date": "2017-08-22"}
    assert _ranked(q)[:3] == ["recent", "old", "after"]


def test_without_a_date_the_words_alone_decide():
    ranked = _ranked({"id": "q", "text": "Unemployment is at its lowest rate in 17 years."})
    assert ranked[0] in {"old", "after"} and "recent" in ranked[:3]


@pytest.mark.parametrize("parallel_from", [10**9, 1000], ids=["one process", "re-scored in processes"])
def test_on_disk_index_gives_the_results_of_the_in_memory_ranking_it_replaced(tmp_path, monkeypatch, parallel_from):
    """The golden file was written by the in-memory `rank_corpus` (Python objects for every
    corpus line) just before `factrack match` moved to the streamed on-disk index."""
    import json
    from pathlib import Path

    from tests.warehouse.matchset import corpus_and_queries

    corpus, queries = corpus_and_queries()
    before = json.loads((Path(__file__).parent.parent / "fixtures" / "match-before-index.json").read_text())
    import warehouse.corpus as wc

    monkeypatch.setattr(wc, "CHUNK", 300)  # several chunks, as a big corpus has
    monkeypatch.setattr(wc, "RESCORE_PARALLEL_PAIRS", parallel_from)
    got = rank_corpus(corpus, queries, 5)
    assert [r["id"] for r in got] == [r["id"] for r in before]
    for g, b in zip(got, before, strict=True):
        assert [(m["id"], m["relation"]) for m in g["matches"]] == [(m["id"], m["relation"]) for m in b["matches"]], g["id"]
        assert [m["score"] for m in g["matches"]] == pytest.approx([m["score"] for m in b["matches"]], abs=1e-4)
