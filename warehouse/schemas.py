"""Arrow schemas of the warehouse tables: the contract analysts and dashboards read."""

from __future__ import annotations

import pyarrow as pa

TS = pa.timestamp("us", tz="UTC")

FACT = pa.struct(
    [
        ("raw", pa.string()),
        ("value", pa.float64()),
        ("unit", pa.string()),
        ("from", pa.float64()),
        ("to", pa.float64()),
        ("change", pa.string()),
        ("factor", pa.float64()),
        ("year", pa.int32()),
        ("date", pa.string()),
        ("qualifier", pa.string()),
    ]
)

# Where a fact-checked claim was seen (schema.org ClaimReview `itemReviewed.appearance`).
APPEARANCE = pa.struct(
    [
        ("url", pa.string()),
        ("title", pa.string()),
        ("date", pa.string()),
        ("speaker", pa.string()),
        ("outlet", pa.string()),
        ("text", pa.string()),
    ]
)

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("article_id", pa.string()),
            ("url", pa.string()),
            ("title", pa.string()),
            ("outlet", pa.string()),
            ("published_at", TS),
            ("ingested_at", TS),
            ("source_path", pa.string()),
            ("source_line", pa.int32()),
            ("n_chars", pa.int32()),
            ("n_quotes", pa.int32()),
            ("n_claims", pa.int32()),
            ("text", pa.string()),
            ("run_id", pa.string()),
        ]
    ),
    "quotes": pa.schema(
        [
            ("quote_id", pa.string()),
            ("article_id", pa.string()),
            ("text", pa.string()),
            ("start", pa.int32()),
            ("end", pa.int32()),
            ("kind", pa.string()),
            ("speaker", pa.string()),
            ("speaker_mention", pa.string()),
            ("speaker_role", pa.string()),
            ("speaker_type", pa.string()),
            ("cue", pa.string()),
            ("confidence", pa.float32()),
            ("content_start", pa.int32()),
            ("content_end", pa.int32()),
            ("content", pa.string()),
            ("facts", pa.list_(FACT)),
            ("run_id", pa.string()),
        ]
    ),
    "claims": pa.schema(
        [
            ("claim_id", pa.string()),
            ("article_id", pa.string()),
            ("text", pa.string()),
            ("start", pa.int32()),
            ("end", pa.int32()),
            ("score", pa.float32()),
            ("kinds", pa.list_(pa.string())),
            ("features", pa.list_(pa.string())),
            ("speaker", pa.string()),
            ("facts", pa.list_(FACT)),
            ("run_id", pa.string()),
        ]
    ),
    "matches": pa.schema(
        [
            ("statement_id", pa.string()),
            ("article_id", pa.string()),
            ("earlier_id", pa.string()),
            ("earlier_article_id", pa.string()),
            ("relation", pa.string()),
            ("score", pa.float32()),
            ("retrieval", pa.float32()),
            ("fuzzy", pa.float32()),
            ("numeric", pa.float32()),
            ("run_id", pa.string()),
        ]
    ),
    "postings": pa.schema(
        [
            ("statement_id", pa.string()),
            ("article_id", pa.string()),
            ("term", pa.string()),
            ("tf", pa.int16()),
            ("doc_len", pa.int16()),
        ]
    ),
    "factchecks": pa.schema(
        [
            ("factcheck_id", pa.string()),
            ("text", pa.string()),
            ("title", pa.string()),
            ("speaker", pa.string()),
            ("date", pa.string()),
            ("rating", pa.string()),
            ("url", pa.string()),
            ("publisher", pa.string()),
            ("appearances", pa.list_(APPEARANCE)),
            ("source_path", pa.string()),
            ("imported_at", TS),
            ("run_id", pa.string()),
        ]
    ),
    "runs": pa.schema(
        [
            ("run_id", pa.string()),
            ("command", pa.string()),
            ("started_at", TS),
            ("finished_at", TS),
            ("status", pa.string()),
            ("inputs", pa.list_(pa.string())),
            ("n_articles", pa.int32()),
            ("n_skipped", pa.int32()),
            ("n_quotes", pa.int32()),
            ("n_claims", pa.int32()),
            ("n_matches", pa.int32()),
            ("n_rejects", pa.int32()),
            ("seconds", pa.float64()),
            ("version", pa.string()),
        ]
    ),
    # What `watch` fetched: feeds with their HTTP validators (ETag, Last-Modified) for the next
    # conditional GET, pages and the text key that spots a reprint under another URL, and
    # failures with their reason. The latest row per url is the state a restarted watch reads.
    "fetches": pa.schema(
        [
            ("url", pa.string()),
            ("kind", pa.string()),  # feed | page
            ("status", pa.string()),  # fetched | not_modified | duplicate | failed
            ("http_status", pa.int32()),
            ("etag", pa.string()),
            ("last_modified", pa.string()),
            ("text_key", pa.string()),
            ("article_id", pa.string()),
            ("reason", pa.string()),
            ("fetched_at", TS),
            ("run_id", pa.string()),
        ]
    ),
    # Alerts raised by `watch` (one row per match worth a fact-checker's time, ever), the sinks
    # they are due at, and the deliveries made: an alert is pending at a sink until delivered.
    "alerts": pa.schema(
        [
            ("alert_id", pa.string()),
            ("kind", pa.string()),  # factcheck | conflict | misattribution
            ("statement_id", pa.string()),
            ("earlier_id", pa.string()),
            ("relation", pa.string()),
            ("sinks", pa.list_(pa.string())),
            ("payload", pa.string()),  # the JSON document every sink receives
            ("created_at", TS),
            ("run_id", pa.string()),
        ]
    ),
    "deliveries": pa.schema(
        [
            ("alert_id", pa.string()),
            ("sink", pa.string()),
            ("delivered_at", TS),
            ("run_id", pa.string()),
        ]
    ),
    "rejects": pa.schema(
        [
            ("reject_id", pa.string()),
            ("run_id", pa.string()),
            ("source_path", pa.string()),
            ("source_line", pa.int32()),
            ("reason", pa.string()),
            ("rejected_at", TS),
        ]
    ),
}

# Tables whose rows belong to an article batch; the articles file is the batch's commit marker.
BATCH_TABLES = ("quotes", "claims", "postings", "matches")
TABLES = tuple(SCHEMAS)

# How a table's files are laid out for readers. Postings are sorted by term and cut into small
# row groups: a search, a check or a dashboard page asks for a handful of terms, and DuckDB then
# skips every row group whose min/max term range misses them (15M postings at 1M statements read
# in 30 ms instead of 180 ms). Statements keep their write order in small row groups, so a lookup
# by id (`warehouse.lookup`) reads the few groups that hold the ids. Other tables: one group.
SORT_BY: dict[str, str] = {"postings": "term"}
ROW_GROUP_ROWS: dict[str, int] = {"postings": 32_768, "quotes": 4_096, "claims": 4_096}


def laid_out(table: str, t: pa.Table) -> pa.Table:
    """`t` in the row order its table's files keep (see SORT_BY)."""
    key = SORT_BY.get(table)
    return t.sort_by([(key, "ascending")]) if key and t.num_rows > 1 else t


def duckdb_type(t: pa.DataType) -> str:
    """DuckDB type of an Arrow type, for typed empty views."""
    if pa.types.is_string(t):
        return "VARCHAR"
    if pa.types.is_int16(t):
        return "SMALLINT"
    if pa.types.is_int32(t):
        return "INTEGER"
    if pa.types.is_int64(t):
        return "BIGINT"
    if pa.types.is_float32(t):
        return "FLOAT"
    if pa.types.is_float64(t):
        return "DOUBLE"
    if pa.types.is_timestamp(t):
        return "TIMESTAMPTZ"
    if pa.types.is_list(t):
        return duckdb_type(t.value_type) + "[]"
    if pa.types.is_struct(t):
        inner = ", ".join(f'"{f.name}" {duckdb_type(f.type)}' for f in t)
        return f"STRUCT({inner})"
    raise TypeError(f"no DuckDB type for {t}")
