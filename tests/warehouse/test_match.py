from warehouse.match import rank_corpus

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
