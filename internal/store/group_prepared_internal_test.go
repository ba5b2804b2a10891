package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A write's statement runs unprepared the first time, is prepared on the
// write connection between batches, and then runs prepared, still in the
// group transaction committed with synchronous=FULL.
func TestGroupStatementsPreparedBetweenBatches(t *testing.T) {
	sqliteOnly(t)
	db := openScratch(t)
	ctx := context.Background()
	const insert = "INSERT INTO scratch (n) VALUES (?)"
	write := func(n int) (sync int) {
		t.Helper()
		if err := db.groupTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
			g := db.inGroup(tx)
			if _, err := g.ExecContext(ctx, insert, n); err != nil {
				return err
			}
			return g.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&sync)
		}); err != nil {
			t.Fatal(err)
		}
		return sync
	}
	if got := write(1); got != 2 {
		t.Errorf("synchronous in the first group commit: %d, want 2 (FULL)", got)
	}
	// The group commit goroutine prepares after acknowledging: one more
	// write waits for the batch that follows that pause.
	write(2)
	if _, ok := db.group.prep.stmts.Load(insert); !ok {
		t.Fatal("the insert is not prepared on the write connection after two batches")
	}
	if got := write(3); got != 2 {
		t.Errorf("synchronous with prepared statements: %d, want 2 (FULL)", got)
	}
	// A failing write rolls back alone, prepared as well.
	if err := db.groupTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		_, err := db.inGroup(tx).ExecContext(ctx, insert, 3)
		return err
	}); err == nil {
		t.Error("inserting 3 twice: no error")
	}
	var n, sum int
	if err := db.read.QueryRow("SELECT COUNT(*), SUM(n) FROM scratch").Scan(&n, &sum); err != nil {
		t.Fatal(err)
	}
	if n != 3 || sum != 6 {
		t.Errorf("rows: %d summing to %d, want 3 summing to 6", n, sum)
	}
}

// A quiz's start runs its statements through those prepared on the write
// connection: the first start queues them, the group commit prepares them
// at its next pause, and a later start of each kind (a theme, a mixed
// quiz) uses them and makes the same attempt as an unprepared one would.
func TestQuizStartPreparedOnWriteConnection(t *testing.T) {
	ctx := context.Background()
	db, c, uid := openAnswersDB(t)
	start := func(mode string) *quiz.Attempt {
		t.Helper()
		na := quiz.NewAttempt{UserID: uid, CourseID: c.ID, Mode: mode, MixedSize: 4}
		if mode == quiz.ModeTheme {
			na.ThemeID = c.Themes[0].ID
		}
		a, err := db.CreateAttempt(ctx, na)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	themeItems := func(a *quiz.Attempt) []int64 {
		var ids []int64
		for _, it := range a.Items {
			ids = append(ids, it.Question.ID)
		}
		slices.Sort(ids)
		return ids
	}
	first := start(quiz.ModeTheme)
	start(quiz.ModeMixed)
	const itemInsert = `INSERT INTO attempt_items (attempt_id, idx, question_id, version_id, option_order)
				VALUES (?, ?, ?, ?, ?)`
	if _, ok := db.group.prep.stmts.Load(itemInsert); ok {
		t.Fatal("the items' insert is prepared before any group commit paused")
	}
	// Two answers: the goroutine prepares after the first batch, before
	// taking the second.
	for i := range 2 {
		it := first.Items[i]
		ans := quiz.Answer{Choices: []int{0}}
		if _, _, err := db.RecordResponse(ctx, first, i, ans, quiz.Grade(it.Question.Question, ans)); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok := db.group.prep.stmts.Load(itemInsert); !ok {
		t.Fatal("the items' insert is not prepared on the write connection after two batches")
	}
	prepared := 0
	db.group.prep.stmts.Range(func(k, _ any) bool {
		if strings.Contains(k.(string), "JOIN question_versions v ON v.question_id = q.id") {
			prepared++
		}
		return true
	})
	if prepared != 2 {
		t.Errorf("%d queries of a quiz's questions prepared, want 2 (a theme's, the course's practice)", prepared)
	}
	again := start(quiz.ModeTheme)
	if got, want := themeItems(again), themeItems(first); !slices.Equal(got, want) {
		t.Errorf("a theme quiz started through prepared statements has questions %v, want %v", got, want)
	}
	if mixed := start(quiz.ModeMixed); len(mixed.Items) != 4 {
		t.Errorf("a mixed quiz of %d items through prepared statements, want 4", len(mixed.Items))
	}
	// What was stored is what a fresh read finds.
	var n int
	if err := db.read.QueryRow("SELECT COUNT(*) FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id WHERE a.public_id = ?", again.PublicID).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != len(again.Items) {
		t.Errorf("%d items stored, the attempt has %d", n, len(again.Items))
	}
}

// A finishing answer reads its attempt's statistics through the query
// prepared on the write connection once a group commit has paused, and
// the statistics kept that way (a learner's first attempt and a later
// one, a second learner's) equal those worked out again from every
// response.
func TestFinishedAttemptStatisticsReadPrepared(t *testing.T) {
	ctx := context.Background()
	db, c := openRivers(t, "stats-prepared.db")
	finish := func(uid int64) {
		t.Helper()
		a, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, Mode: quiz.ModeTheme, ThemeID: c.Themes[0].ID})
		if err != nil {
			t.Fatal(err)
		}
		for i, it := range a.Items {
			ans := quiz.Answer{Choices: []int{i % 2}}
			if it.Question.Question.Type != quiz.Single && it.Question.Question.Type != quiz.Multiple && it.Question.Question.Type != quiz.TrueFalse {
				ans = quiz.Answer{Text: "no idea"}
			}
			if _, _, err := db.RecordResponse(ctx, a, i, ans, quiz.Grade(it.Question.Question, ans)); err != nil {
				t.Fatal(err)
			}
		}
	}
	one, err := db.CreateAnonymousLearner(ctx)
	if err != nil {
		t.Fatal(err)
	}
	two, err := db.CreateAnonymousLearner(ctx)
	if err != nil {
		t.Fatal(err)
	}
	finish(one)
	finish(one)
	finish(two)
	if _, ok := db.group.prep.stmts.Load(statUnitsQuery + "r.attempt_id = ?"); !ok {
		t.Fatal("a finished attempt's statistics are not read through a statement prepared on the write connection")
	}
	finish(two)
	for _, all := range []bool{true, false} {
		kept, err := db.CourseStatistics(ctx, c.ID, all)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.RebuildStatistics(ctx); err != nil {
			t.Fatal(err)
		}
		want, err := db.CourseStatistics(ctx, c.ID, all)
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Sets) == 0 {
			t.Fatal("no statistics worked out")
		}
		if d := sameSums(kept, want); d != "" {
			t.Errorf("all attempts %v: the kept statistics differ from those worked out again: %s", all, d)
		}
	}
}
