"""The match index computes postings in DuckDB; they must be the postings Python computes."""

from collections import Counter

import duckdb
import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.tokens import terms
from tests.newsgen import article
from warehouse.corpus import terms_sql, token_tables

# Letters, digits, the punctuation news uses (curly quotes, apostrophes, commas in numbers,
# decimal points, dashes), accents, and words the tokeniser maps (number words, change verbs,
# stopwords, suffixes to stem).
ALPHABET = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:-'\u2019\u201c\u201d\n$%éñüÉ"))
WORDS = st.sampled_from(["cut", "Rose", "increased", "twenty", "eight", "the", "said", "1,000", "3.5", "delegations",
                         "studies", "classes", "running", "reduced", "dies", "NATO's", "U.S.", "2018", "it\u2019s"])
TEXT = st.lists(st.one_of(st.text(ALPHABET, max_size=12), WORDS), max_size=40).map(" ".join)


def sql_postings(docs: list[str]) -> list[Counter]:
    con = duckdb.connect()
    token_tables(con)
    con.register("docs", pa.table({"id": [str(i) for i in range(len(docs))], "doc": docs}))
    rows = con.execute(terms_sql("docs")).fetchall()
    out = [Counter() for _ in docs]
    lens = {}
    for sid, term, tf, doc_len in rows:
        out[int(sid)][term] += tf
        lens[int(sid)] = doc_len
    for i, c in enumerate(out):
        assert lens.get(i, 0) == sum(c.values())
    return out


def python_postings(doc: str) -> Counter:
    return Counter(t[:64] for t in terms(doc))


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=8))
def test_sql_postings_equal_python_postings(docs):
    assert sql_postings(docs) == [python_postings(d) for d in docs]


def test_sql_postings_on_news_articles():
    import random

    rng = random.Random(4)
    docs = [article(i, rng) for i in range(50)]
    assert sql_postings(docs) == [python_postings(d) for d in docs]
