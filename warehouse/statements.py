"""SQL relations over the catalog views that several readers share (the dashboard, the
alerts of `watch`, the ClaimReview export): statements as one relation, and both sides of a
match with their articles or fact-checks."""

# Quotes and claims as one relation; `what` says which. Imported fact-checks are earlier
# statements too: they join in through `factchecks`.
STATEMENTS = """
    SELECT quote_id AS id, article_id, 'quote' AS what, kind, text, "start", "end", speaker,
           speaker_mention, speaker_type, cue, confidence AS score, facts, []::VARCHAR[] AS features
    FROM quotes
    UNION ALL
    SELECT claim_id, article_id, 'claim', array_to_string(kinds, ', '), text, "start", "end", speaker,
           speaker, '', '', score, facts, features
    FROM claims
"""
# A statement with its article, or an imported fact-check, keyed by id; `{ids}` is a relation of
# the ids wanted (so only those rows are joined and their facts read, not a million).
SIDES = """
    SELECT s.id, s.what, s.text, s.speaker, a.title, a.outlet, a.url, a.article_id,
           coalesce(a.published_at, a.ingested_at)::DATE AS day, s.facts, NULL AS rating
    FROM (SELECT quote_id AS id, article_id, 'quote' AS what, text, speaker, facts FROM quotes
          WHERE quote_id IN (SELECT id FROM {ids})
          UNION ALL
          SELECT claim_id, article_id, 'claim', text, speaker, facts FROM claims
          WHERE claim_id IN (SELECT id FROM {ids})) s
    JOIN articles a USING (article_id)
    UNION ALL
    SELECT factcheck_id, 'fact-check', text, speaker, title, publisher, url, NULL,
           TRY_CAST(date AS DATE), NULL, rating
    FROM factchecks WHERE factcheck_id IN (SELECT id FROM {ids})
"""
