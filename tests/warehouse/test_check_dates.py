from datetime import UTC, date, datetime

from claims.records import Article
from flows.batches import extract_rows
from warehouse import catalog
from warehouse.match import check, match_batch
from warehouse.store import Warehouse

OLD = "The city council said on Monday that unemployment in the county fell to 4.1 percent, the lowest rate in 17 years."
NEW = "The city council said on Tuesday that unemployment in the county fell to 4.1 percent, the lowest in 17 years."


def _warehouse(tmp_path) -> Warehouse:
    wh = Warehouse(tmp_path / "wh")
    articles = [("a-old", Article(OLD, "old.txt", published_at="2012-05-02")),
                ("a-new", Article(NEW, "new.txt", published_at="2017-08-15"))]
    with wh:
        tables = extract_rows(articles, "test", datetime.now(UTC))
        tables.update(match_batch(wh, tables, "test"))
        wh.write_batch("b1", tables)
        catalog.refresh(wh)
    return wh


def test_check_with_a_date_prefers_the_statement_made_shortly_before(tmp_path):
    wh = _warehouse(tmp_path)
    text = "Unemployment in the county fell to 4.1 percent, the lowest rate in 17 years"
    dated = check(wh, text, 4, when=date(2017, 8, 22))
    undated = check(wh, text, 4)
    # each article holds a quote (the council's reported speech) and a claim over the same words
    assert list(dict.fromkeys(r["article_id"] for r in dated)) == ["a-new", "a-old"]
    assert undated[0]["article_id"] == "a-old"  # the words alone favour the closer wording
    best_old = max(r["score"] for r in dated if r["article_id"] == "a-old")
    assert min(r["score"] for r in dated if r["article_id"] == "a-new") > best_old + 0.1


def test_check_cli_rejects_an_unreadable_date(tmp_path, capsys):
    from flows.cli import main

    _warehouse(tmp_path)
    assert main(["check", "unemployment fell", "--warehouse", str(tmp_path / "wh"), "--date", "next week"]) == 2
    assert "--date 'next week' is not a date" in capsys.readouterr().err
