"""A generated match corpus and queries (restated, renumbered and unrelated statements), and the
top results the in-memory `match` gave before the on-disk index replaced it."""

from __future__ import annotations

import random

from tests.newsgen import article


def corpus_and_queries(n_articles: int = 400, n_queries: int = 150, seed: int = 21) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    corpus = []
    for i in range(n_articles):
        for j, para in enumerate(article(i, rng).split("\n\n")[1:-1]):
            corpus.append({"id": f"s{i}-{j}", "text": para, "speaker": "", "title": f"Report {i}",
                           "date": f"2021-{1 + i % 12:02d}-{1 + j:02d}" if i % 3 else ""})
    queries = []
    for n in range(n_queries):
        src = rng.choice(corpus)["text"]
        kind = n % 3
        if kind == 0:  # restated
            text = src.replace("said", "stated").replace("told reporters", "said")
        elif kind == 1:  # a number changed
            text = " ".join(str(int(w) + 7) if w.isdigit() else w for w in src.split())
        else:  # unrelated
            text = f"The council approved {rng.randint(3, 60)} new parks after a vote on Monday."
        queries.append({"id": f"q{n}", "text": text, **({"date": "2021-07-15"} if n % 4 == 0 else {})})
    return corpus, queries
