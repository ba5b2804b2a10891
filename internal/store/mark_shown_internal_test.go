package store

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// A question's first showing is marked without the page waiting for a
// commit: MarkShown returns while the group commit is busy with another
// write, and the mark is stored with the next commit, before the answer
// to the question, which the learner can only send after the page.
func TestMarkShownDoesNotWaitForTheCommit(t *testing.T) {
	ctx := context.Background()
	db, c, uid := openAnswersDB(t)
	a, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, ThemeID: c.Themes[0].ID, Mode: quiz.ModeTheme})
	if err != nil {
		t.Fatal(err)
	}
	shown := func() sql.NullString {
		t.Helper()
		var at sql.NullString
		if err := db.read.QueryRow("SELECT shown_at FROM attempt_items WHERE attempt_id = ? AND idx = 0", a.ID).Scan(&at); err != nil {
			t.Fatal(err)
		}
		return at
	}

	// Hold the group commit inside another write.
	started, release, held := make(chan struct{}), make(chan struct{}), make(chan error, 1)
	go func() {
		held <- db.groupTx(ctx, func(context.Context, *sql.Tx) error {
			close(started)
			<-release
			return nil
		})
	}()
	<-started
	marked := make(chan error, 1)
	go func() { marked <- db.MarkShown(ctx, a.ID, 0) }()
	select {
	case err := <-marked:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second): // a guard, not a wait: it returns at once
		t.Fatal("MarkShown waited for the group commit")
	}
	if at := shown(); at.Valid {
		t.Fatalf("shown at %s before any commit could hold it", at.String)
	}
	close(release)
	if err := <-held; err != nil {
		t.Fatal(err)
	}
	// The answer commits after the mark, which it finds stored.
	it := a.Items[0]
	ans := quiz.Answer{Text: "wrong", Choices: []int{0}}
	if _, _, err := db.RecordResponse(ctx, a, 0, ans, quiz.Grade(it.Question.Question, ans)); err != nil {
		t.Fatal(err)
	}
	if at := shown(); !at.Valid {
		t.Fatal("the answer committed, the showing before it is not stored")
	}
}
