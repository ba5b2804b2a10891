package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// On PostgreSQL every statement is a round trip to another process: an
// answer and a rating send their statements in a few batches. The counts
// are those of the code as written; a change that adds a round trip to
// either path shows here.
func TestRoundTripsPerAnswerAndRating(t *testing.T) {
	if !onPostgres {
		t.Skip("round trips are PostgreSQL's: SQLite runs in the process")
	}
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	uid, err := db.CreateAnonymousLearner(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a := newAttempt(t, db, c, uid, quiz.ModeTheme, c.Themes[0].ID)
	count := func(what string, want int64, fn func()) {
		t.Helper()
		before := db.RoundTrips()
		fn()
		if got := db.RoundTrips() - before; got != want {
			t.Errorf("%s: %d round trips, want %d", what, got, want)
		}
	}
	// BEGIN; the learner's lock with the response; the mastery with the
	// attempt's finish; the missed question's card with the learner's
	// activity; COMMIT.
	count("an answer", 5, func() {
		if _, ok, err := db.RecordResponse(ctx, a, 0, quiz.Answer{Text: "no"}, quiz.Result{}); err != nil || !ok {
			t.Fatalf("RecordResponse = %v, %v", ok, err)
		}
	})
	// The same answer again: BEGIN; the lock with the response (none
	// stored); the stored response read back; COMMIT.
	count("an answer sent twice", 4, func() {
		if _, ok, err := db.RecordResponse(ctx, a, 0, quiz.Answer{Text: "no"}, quiz.Result{}); err != nil || ok {
			t.Fatalf("RecordResponse again = %v, %v", ok, err)
		}
	})
	now := time.Now().UTC()
	card, _, _, err := db.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: now, NewLimit: 20})
	if err != nil || card == nil {
		t.Fatalf("NextCard = %v, %v", card, err)
	}
	// BEGIN; the lock; the card's state; the new state with the log;
	// the learner's activity, returning the course; COMMIT.
	count("a rating", 6, func() {
		ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: card.ID, Rating: 3, At: now, ExpectReps: 0,
			After: quiz.CardState{State: "review", Due: now.AddDate(0, 0, 3), Reps: 1, LastReview: now, Stability: 3}})
		if err != nil || !ok {
			t.Fatalf("RecordReview = %v, %v", ok, err)
		}
	})
	// The rest of the attempt; the last answer finishes it and adds it
	// to the kept statistics.
	for i := 1; i < len(a.Items)-1; i++ {
		if _, _, err := db.RecordResponse(ctx, a, i, quiz.Answer{Text: "no"}, quiz.Result{}); err != nil {
			t.Fatal(err)
		}
	}
	before := db.RoundTrips()
	if _, _, err := db.RecordResponse(ctx, a, len(a.Items)-1, quiz.Answer{Text: "no"}, quiz.Result{}); err != nil {
		t.Fatal(err)
	}
	got := db.RoundTrips() - before
	t.Logf("the answer that finishes the attempt: %d round trips", got)
	if got > 15 {
		t.Errorf("the answer that finishes the attempt: %d round trips, want at most 15", got)
	}
}
