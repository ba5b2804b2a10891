-- Fewer indexes for an answer and a rating to write. Every answer adds an
-- entry to each index of responses, and most of them land on a page of
-- their own (one learner's or one question's), each page a frame in the
-- WAL at the commit; a rating does the same in review_log.
--
-- responses_user_question served one query, whether a learner has
-- answered a question (a feedback image's visibility), which the
-- learner's row of question_mastery, written with every answer, answers
-- as well. review_log_card (user_id, card_id, reviewed_at) serves no
-- query: a learner's reviews are read by time (review_log_user,
-- review_log_new). attempts_set (user_id, set_id) is the first two
-- columns of attempts_done, which serves every query it served.
DROP INDEX responses_user_question;
DROP INDEX review_log_card;
DROP INDEX attempts_set;
