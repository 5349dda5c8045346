"""Storage: Arrow schemas, atomic Parquet writes, the DuckDB catalog and retrieval index.

The only package that touches disk or a database; `flows` calls it, `claims` never does.
"""
