-- A draft the generator's ranker scored under its threshold waits held
-- back: it is pending, but the review queue shows it only when the
-- instructor asks for more drafts of its theme.
ALTER TABLE drafts ADD COLUMN held INTEGER NOT NULL DEFAULT 0;
DROP INDEX drafts_theme;
CREATE INDEX drafts_theme ON drafts (theme_id, status, held);
