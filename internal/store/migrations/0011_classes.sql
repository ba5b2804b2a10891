-- Courses belong to their owners and are drafts until one publishes them.
-- Courses that exist already stay published. A course with no owner (the
-- built-in one) belongs to the admins.
ALTER TABLE courses ADD COLUMN status TEXT NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published'));

CREATE TABLE course_owners (
    course_id INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    added_at  TEXT NOT NULL,
    PRIMARY KEY (course_id, user_id)
);
CREATE INDEX course_owners_user ON course_owners (user_id);
INSERT INTO course_owners (course_id, user_id, added_at)
SELECT id, owner_id, created_at FROM courses WHERE owner_id IS NOT NULL;

-- A class groups the learners of a course who joined it by its code.
CREATE TABLE classes (
    id         INTEGER PRIMARY KEY,
    course_id  INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    code       TEXT NOT NULL UNIQUE,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX classes_course ON classes (course_id);

CREATE TABLE class_members (
    class_id  INTEGER NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    joined_at TEXT NOT NULL,
    PRIMARY KEY (class_id, user_id)
);
CREATE INDEX class_members_user ON class_members (user_id);

-- An assignment is a published set, or a theme's quiz, due on a day
-- (YYYY-MM-DD, the learner's day).
CREATE TABLE assignments (
    id         INTEGER PRIMARY KEY,
    class_id   INTEGER NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    set_id     INTEGER REFERENCES question_sets (id) ON DELETE CASCADE,
    theme_id   INTEGER REFERENCES themes (id) ON DELETE CASCADE,
    due_on     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK ((set_id IS NULL AND theme_id IS NOT NULL) OR (set_id IS NOT NULL AND theme_id IS NULL))
);
CREATE INDEX assignments_class ON assignments (class_id);
