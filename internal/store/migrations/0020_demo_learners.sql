-- Learners made by `lectern demo` are marked, so that the command can tell
-- a demonstration database from a school's and refuse to write into one
-- with real learners.
ALTER TABLE users ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
