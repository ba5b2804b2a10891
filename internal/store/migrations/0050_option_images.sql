-- Images shown beside an option of a choice question: a third kind of
-- place, 'option', with the option's position in the question's current
-- version. A CHECK cannot be altered in SQLite, so the table is rebuilt
-- with the same rows.
CREATE TABLE image_refs_new (
    hash        TEXT NOT NULL REFERENCES images (hash),
    question_id INTEGER REFERENCES questions (id) ON DELETE CASCADE,
    card_id     INTEGER REFERENCES cards (id) ON DELETE CASCADE,
    side        TEXT NOT NULL CHECK (side IN ('stem', 'front', 'back', 'option')),
    position    INTEGER
);
INSERT INTO image_refs_new (hash, question_id, card_id, side)
    SELECT hash, question_id, card_id, side FROM image_refs;
DROP TABLE image_refs;
ALTER TABLE image_refs_new RENAME TO image_refs;
CREATE INDEX image_refs_hash ON image_refs (hash);
CREATE INDEX image_refs_question ON image_refs (question_id);
CREATE INDEX image_refs_card ON image_refs (card_id);
