-- A learner's first ratings of new cards by time, so that the day's new
-- cards are counted from those alone: a learner who rates many cards a
-- day had every one of the day's reviews read to count them.
CREATE INDEX review_log_new ON review_log (user_id, reviewed_at) WHERE state_before = 'new';
