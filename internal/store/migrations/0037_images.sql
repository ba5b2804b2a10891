-- Images shown with a question's stem or on a side of a written card,
-- stored once under the SHA-256 of their bytes (hex). The media type is
-- the one sniffed from the bytes when the image was stored.
CREATE TABLE images (
    hash       TEXT PRIMARY KEY,
    type       TEXT NOT NULL CHECK (type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
    size       INTEGER NOT NULL,
    data       BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- Where each image is shown: the stem of a question (its current version)
-- or a side of a written card. The image route lets a learner see an
-- image only where they may see what shows it.
CREATE TABLE image_refs (
    hash        TEXT NOT NULL REFERENCES images (hash),
    question_id INTEGER REFERENCES questions (id) ON DELETE CASCADE,
    card_id     INTEGER REFERENCES cards (id) ON DELETE CASCADE,
    side        TEXT NOT NULL CHECK (side IN ('stem', 'front', 'back'))
);
CREATE INDEX image_refs_hash ON image_refs (hash);
CREATE INDEX image_refs_question ON image_refs (question_id);
CREATE INDEX image_refs_card ON image_refs (card_id);

-- A written card's images, as a JSON array of quiz.Image without bytes.
ALTER TABLE cards ADD COLUMN images TEXT NOT NULL DEFAULT '[]';
