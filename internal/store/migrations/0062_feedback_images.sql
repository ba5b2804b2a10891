-- Images shown with feedback: a fourth kind of place, 'feedback', with
-- the option's position for an option's feedback and none for the
-- question's general feedback. A feedback image is answer material: the
-- image route serves it to a learner only once they have answered the
-- question. A CHECK cannot be altered in SQLite, so the table is rebuilt
-- with the same rows.
CREATE TABLE image_refs_new (
    hash        TEXT NOT NULL REFERENCES images (hash),
    question_id INTEGER REFERENCES questions (id) ON DELETE CASCADE,
    card_id     INTEGER REFERENCES cards (id) ON DELETE CASCADE,
    side        TEXT NOT NULL CHECK (side IN ('stem', 'front', 'back', 'option', 'feedback')),
    position    INTEGER
);
INSERT INTO image_refs_new (hash, question_id, card_id, side, position)
    SELECT hash, question_id, card_id, side, position FROM image_refs;
DROP TABLE image_refs;
ALTER TABLE image_refs_new RENAME TO image_refs;
CREATE INDEX image_refs_hash ON image_refs (hash);
CREATE INDEX image_refs_question ON image_refs (question_id);
CREATE INDEX image_refs_card ON image_refs (card_id);
