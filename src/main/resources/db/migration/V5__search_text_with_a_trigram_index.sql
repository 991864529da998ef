-- What search(text:) looks through: one row per object and field, with the field's weight in the ranking (1 for names
-- and titles, 0.8 for codes, 0.5 for summaries and aims). cityplan refreshes it once the dataset is in place.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE MATERIALIZED VIEW search_text AS
SELECT kind, key, field, text, weight FROM (
    SELECT 'PLAN' AS kind, p.code AS key, f.* FROM plan p, LATERAL (VALUES ('titleZh', p.title_zh, 1.0),
        ('titleEn', p.title_en, 1.0), ('summaryZh', p.summary_zh, 0.5), ('summaryEn', p.summary_en, 0.5))
        AS f (field, text, weight)
    UNION ALL
    SELECT 'PROGRAMME', g.id, f.* FROM programme g, LATERAL (VALUES ('nameZh', g.name_zh, 1.0),
        ('nameEn', g.name_en, 1.0), ('aimZh', g.aim_zh, 0.5), ('aimEn', g.aim_en, 0.5)) AS f (field, text, weight)
    UNION ALL
    SELECT 'TASK', t.id, f.* FROM task t, LATERAL (VALUES ('titleZh', t.title_zh, 1.0), ('titleEn', t.title_en, 1.0),
        ('summaryZh', t.summary_zh, 0.5), ('summaryEn', t.summary_en, 0.5)) AS f (field, text, weight)
    UNION ALL
    SELECT 'REGION', r.code, f.* FROM region r, LATERAL (VALUES ('nameZh', r.name_zh, 1.0),
        ('shortNameZh', r.short_name_zh, 1.0), ('nameEn', r.name_en, 1.0), ('code', r.code, 0.8))
        AS f (field, text, weight)
    UNION ALL
    SELECT 'PARK', k.code, f.* FROM park k, LATERAL (VALUES ('nameZh', k.name_zh, 1.0), ('nameEn', k.name_en, 1.0),
        ('code', k.code, 0.8)) AS f (field, text, weight)
    UNION ALL
    SELECT 'PROJECT', j.code, f.* FROM project j, LATERAL (VALUES ('nameZh', j.name_zh, 1.0),
        ('nameEn', j.name_en, 1.0), ('code', j.code, 0.8)) AS f (field, text, weight)
    UNION ALL
    SELECT 'INDICATOR', i.code, f.* FROM indicator i, LATERAL (VALUES ('nameZh', i.name_zh, 1.0),
        ('nameEn', i.name_en, 1.0), ('code', i.code, 0.8)) AS f (field, text, weight)
) fields
WHERE text IS NOT NULL
WITH NO DATA;

-- Serves `lower(text) LIKE '%term%'` for terms of three characters or more. Chinese terms use it where the database's
-- LC_CTYPE classifies CJK characters as letters (C.UTF-8, zh_CN.UTF-8, en_US.UTF-8); under LC_CTYPE C pg_trgm finds
-- no trigrams in them and PostgreSQL reads the whole view, with the same results.
CREATE INDEX search_text_trigram_idx ON search_text USING gin (lower(text) gin_trgm_ops);
CREATE UNIQUE INDEX search_text_key_idx ON search_text (kind, key, field);
