package main

import (
	"bytes"
	"context"
	"database/sql"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

func noEnv(string) string { return "" }

// lectern demo makes what it was asked for, with answers as right as the
// grader says and reviews that follow the scheduler's states; it refuses
// a database with real learners unless --force; lectern measure then
// times the pages for its learners.
func TestDemoFillsAndRefusesRealLearners(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "demo.db")
	var out bytes.Buffer
	args := []string{"demo", "-db", path, "--learners", "30", "--responses", "900", "--reviews", "1500"}
	if err := run(ctx, args, noEnv, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "made 30 learners in 1 class,") || !strings.Contains(out.String(), "900 answers") {
		t.Errorf("report: %q", out.String())
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	count := func(q string) int {
		t.Helper()
		var n int
		if err := db.QueryRowContext(ctx, q).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := count("SELECT COUNT(*) FROM users WHERE demo = 1"); n != 30 {
		t.Errorf("%d demo learners, want 30", n)
	}
	if n := count("SELECT COUNT(*) FROM responses"); n != 900 {
		t.Errorf("%d responses, want 900", n)
	}
	if n := count("SELECT COUNT(*) FROM review_log"); n < 1400 || n > 1500 {
		t.Errorf("%d reviews, want about 1500", n)
	}
	// Answers are neither all right nor all wrong, and mastery follows them.
	if right := count("SELECT COUNT(*) FROM responses WHERE correct = 1"); right < 300 || right > 850 {
		t.Errorf("%d of 900 answers right: not plausible", right)
	}
	if n := count(`SELECT COUNT(*) FROM question_mastery m WHERE m.correct <> (SELECT r.correct FROM responses r
		WHERE r.user_id = m.user_id AND r.question_id = m.question_id ORDER BY r.answered_at DESC LIMIT 1)`); n != 0 {
		t.Errorf("%d mastery rows disagree with the latest answer", n)
	}
	if n := count(`SELECT COUNT(*) FROM question_mastery m WHERE m.score <> (SELECT r.score FROM responses r
		WHERE r.user_id = m.user_id AND r.question_id = m.question_id ORDER BY r.answered_at DESC LIMIT 1)`); n != 0 {
		t.Errorf("%d mastery rows keep another score than the latest answer's (the course page would show no mastery)", n)
	}
	// Each card's stored state is the one its last review left.
	if n := count(`SELECT COUNT(*) FROM card_states s WHERE s.state <> (SELECT l.state_after FROM review_log l
		WHERE l.user_id = s.user_id AND l.card_id = s.card_id ORDER BY l.reviewed_at DESC, l.id DESC LIMIT 1)`); n != 0 {
		t.Errorf("%d card states disagree with their last review", n)
	}
	// The learners are in a class with two theme quizzes assigned.
	if n := count("SELECT COUNT(*) FROM class_members m JOIN classes c ON c.id = m.class_id WHERE c.name = 'Demo class 1'"); n != 30 {
		t.Errorf("%d learners in the demo class, want 30", n)
	}
	if n := count("SELECT COUNT(*) FROM assignments"); n != 2 {
		t.Errorf("%d assignments, want 2", n)
	}
	// Answered questions were shown first, and the item statistics kept
	// count every response of a finished attempt.
	if n := count(`SELECT COUNT(*) FROM responses r JOIN attempt_items i ON i.attempt_id = r.attempt_id AND i.idx = r.idx
		WHERE i.shown_at IS NULL OR i.shown_at >= r.answered_at`); n != 0 {
		t.Errorf("%d responses without a showing before them", n)
	}
	finished := count("SELECT COUNT(*) FROM responses r JOIN attempts a ON a.id = r.attempt_id WHERE a.finished_at IS NOT NULL")
	if n := count("SELECT COALESCE(SUM(n), 0) FROM stat_questions WHERE scope = 1"); n != finished || n == 0 {
		t.Errorf("the kept statistics count %d responses, want the %d of finished attempts", n, finished)
	}
	// Reviews keep daily rhythms: none in the small hours.
	if n := count("SELECT COUNT(*) FROM review_log WHERE CAST(substr(reviewed_at, 12, 2) AS INTEGER) < 5"); n > 15 {
		t.Errorf("%d reviews before 5 am", n)
	}

	// A second run adds to a demo database; one with a real learner is refused.
	if err := run(ctx, []string{"demo", "-db", path, "--learners", "2", "--responses", "10", "--reviews", "10"}, noEnv, nil, io.Discard, io.Discard); err != nil {
		t.Fatalf("second run on a demo database: %v", err)
	}
	rw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rw.ExecContext(ctx, "INSERT INTO users (role, created_at) VALUES ('learner', '2026-12-01T00:00:00.000000000Z')"); err != nil {
		t.Fatal(err)
	}
	rw.Close()
	err = run(ctx, []string{"demo", "-db", path, "--learners", "2"}, noEnv, nil, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("demo into a database with a real learner: %v, want a refusal naming --force", err)
	}
	if n := count("SELECT COUNT(*) FROM users WHERE demo = 1"); n != 32 {
		t.Errorf("the refused run wrote: %d demo learners, want 32", n)
	}
	if err := run(ctx, []string{"demo", "-db", path, "--learners", "1", "--responses", "5", "--reviews", "5", "--force"}, noEnv, nil, io.Discard, io.Discard); err != nil {
		t.Fatalf("--force: %v", err)
	}

	out.Reset()
	if err := run(ctx, []string{"measure", "-db", path, "-n", "5"}, noEnv, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(out.String(), "median"); got != 7 {
		t.Errorf("measure printed %q", out.String())
	}
}
