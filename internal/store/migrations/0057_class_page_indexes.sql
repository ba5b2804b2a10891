-- The class page reads, for each learner of a class, their leeches and
-- when they finished each assignment. Leeches are few: a partial index
-- finds a learner's in one small index, not among all their cards' states.
-- Whether an assignment is done needs only these columns of a learner's
-- attempts: a covering index answers it without reading the attempts'
-- rows, scattered through the file among other learners' attempts.
CREATE INDEX card_states_leech ON card_states (user_id) WHERE leech = 1;
CREATE INDEX attempts_done ON attempts (user_id, set_id, theme_id, mode, finished_at);
