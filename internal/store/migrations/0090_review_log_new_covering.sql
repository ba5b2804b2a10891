-- The count of the day's new cards (newStartedQuery) reads a learner's
-- first ratings through review_log_new (user_id, reviewed_at), and each
-- entry cost a look-up of its row for undone_at and card_id: the count
-- runs on every review page whose learner rated since it was last
-- counted. With the two in the index the count reads the index alone
-- (TestNewStartedPlan). Only first ratings of new cards have entries, so
-- a rating adds no entry it did not add before.
DROP INDEX review_log_new;
CREATE INDEX review_log_new ON review_log (user_id, reviewed_at, undone_at, card_id) WHERE state_before = 'new';
