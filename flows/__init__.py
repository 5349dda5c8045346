"""Orchestration and the CLI: Prefect flows that wire `claims` and `warehouse` together."""
