from tests.warehouse.test_check_dates import _warehouse
from warehouse.catalog import query


def test_sql_shows_32_bit_scores_as_written(tmp_path):
    """Scores are stored as FLOAT; `factrack sql` shows 0.77, not 0.7699999809265137."""
    _warehouse(tmp_path)
    cols, rows = query(tmp_path / "wh", "select score, score::DOUBLE as widened from matches")
    assert cols == ["score", "widened"] and rows
    for score, widened in rows:
        assert score == round(score, 4)  # combine() rounds to 4 places before storing
        assert abs(score - widened) < 1e-6
