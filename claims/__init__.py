"""Pure fact-tracking logic: text in, typed records out.

Nothing in this package does I/O, talks to Prefect or opens a database, so every stage can be
tested as a plain function and run on any worker. Entry point: `claims.extract.extract`.
"""
