import json

from flows.cli import main
from flows.factchecks import read_factchecks
from flows.ingest import Rejected
from warehouse import catalog

CLAIM_REVIEW = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "ClaimReview", "url": "https://factcheck.example/nato-30-10",
         "claimReviewed": "NATO cut the Russian delegation from 30 to 10 in 2018",
         "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A Blogger"},
                          "datePublished": "2021-10-21"},
         "author": {"@type": "Organization", "name": "Example Checks"},
         "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": "False"}},
        {"@type": "WebPage", "name": "not a review"},
    ],
}


def test_claim_review_and_jsonl_parsing(tmp_path):
    p = tmp_path / "reviews.jsonld"
    p.write_text(json.dumps(CLAIM_REVIEW))
    (row,) = list(read_factchecks(p))
    assert (row["speaker"], row["rating"], row["publisher"]) == ("A Blogger", "False", "Example Checks")
    j = tmp_path / "fc.jsonl"
    j.write_text('{"id": "x1", "text": "Unemployment fell to 3.5% in 2019", "rating": "True"}\n{bad\n{"id": 3}\n')
    items = list(read_factchecks(j))
    assert items[0]["rating"] == "True"
    assert [type(i) for i in items[1:]] == [Rejected, Rejected]


def test_import_is_idempotent_and_check_shows_the_verdict(tmp_path, capsys):
    wh = tmp_path / "wh"
    p = tmp_path / "reviews.json"
    p.write_text(json.dumps(CLAIM_REVIEW))
    assert main(["factchecks", "import", str(p), "--warehouse", str(wh)]) == 0
    assert main(["factchecks", "import", str(p), "--warehouse", str(wh)]) == 0
    _, rows = catalog.query(wh, "select count(*) from factchecks")
    assert rows[0][0] == 1
    capsys.readouterr()
    assert main(["check", "NATO reduced the Russian delegation from 30 to 20 in 2018", "--warehouse", str(wh)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. conflicting  [fact-check: False]")
