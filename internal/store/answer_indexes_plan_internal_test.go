package store

import (
	"strings"
	"testing"
)

// TestDroppedIndexesQueriesStillSearch reads the plans of the queries that
// the indexes dropped by migration 0088 served or could have served:
// whether a learner has answered a question (a feedback image's
// visibility) is found by the primary key of question_mastery, a
// learner's attempts at a set through attempts_done, and a learner's
// reviews by time through review_log_user or review_log_new; none of them
// scans a table. Since migration 0089, review_log_user holds each review's
// undone_at, rating and card_id too, and the queries that need no more
// read it alone.
func TestDroppedIndexesQueriesStillSearch(t *testing.T) {
	ctx, db := planDB(t)
	for _, name := range []string{"responses_user_question", "review_log_card", "attempts_set"} {
		var n int
		if err := db.read.QueryRowContext(ctx, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND name = ?", name).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("index %s is still there", name)
		}
	}
	const cutoff = "2026-03-01T09:00:00Z"
	for _, c := range []struct {
		name, query string
		args        []any
		want        []string
	}{
		{"a feedback image's places", imageUsesQuery, []any{strings.Repeat("a", 64), 1, cutoff}, []string{
			"SEARCH fm USING PRIMARY KEY (user_id=? AND question_id=?)",
			"USING COVERING INDEX attempts_done (user_id=? AND set_id=?)",
		}},
		{"attempts left at a start", `SELECT COALESCE(json_extract(s.settings, '$.max_attempts'), 0),
			(SELECT COUNT(*) FROM attempts a WHERE a.user_id = ? AND a.set_id = s.id)
			FROM question_sets s WHERE s.id = ?`, []any{1, 1}, []string{
			"SEARCH a USING COVERING INDEX attempts_done (user_id=? AND set_id=?)",
		}},
		{"the review page's counts", reviewStatsQuery, []any{1, 1, cutoff, cutoff}, []string{
			"SEARCH l USING COVERING INDEX review_log_user (user_id=? AND reviewed_at>?)",
		}},
		{"the rating to undo", lastReviewQuery, []any{1, 1, cutoff}, []string{
			"SEARCH l USING INDEX review_log_user (user_id=?)",
		}},
		{"whether a rating can be undone", canUndoQuery, []any{1, cutoff, 1, cutoff}, []string{
			"SEARCH l USING COVERING INDEX review_log_user (user_id=? AND reviewed_at>?)",
		}},
		{"the day's new cards", newStartedQuery, []any{1, cutoff}, []string{
			"SEARCH l USING COVERING INDEX review_log_new (user_id=? AND reviewed_at>?)",
		}},
		{"the progress page's activity", activityQuery, []any{1, 1, cutoff, cutoff, cutoff}, []string{
			"SEARCH l USING COVERING INDEX review_log_user (user_id=? AND reviewed_at>?)",
		}},
		{"attempts counted", "SELECT COUNT(*) FROM attempts WHERE user_id = ? AND set_id = ?", []any{1, 1}, []string{
			"USING COVERING INDEX attempts_done (user_id=? AND set_id=?)",
		}},
	} {
		plan := explain(t, db, c.query, c.args...)
		for _, w := range c.want {
			if !strings.Contains(plan, w) {
				t.Errorf("%s: the plan lacks %q:\n%s", c.name, w, plan)
			}
		}
		for _, bad := range []string{"SCAN fm", "SCAN a ", "SCAN attempts", "SCAN ta", "SCAN responses", "SCAN l ", "SCAN l\n"} {
			if strings.Contains(plan+" ", bad) {
				t.Errorf("%s: the plan has %q:\n%s", c.name, bad, plan)
			}
		}
	}
}
