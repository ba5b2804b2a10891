package store

import (
	"context"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// The day's new cards started are kept across the learner's ratings: each
// first rating adds one to the count kept, a later rating of the same card
// adds none, and any other write (an undo) reads it afresh. At every step
// the count the queue uses is the one the database gives.
func TestNewStartedKeptAcrossRatings(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	db, c, uid := openRiversLearner(t, "started.db")
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	dayStart := t0.Add(-time.Hour)
	q := quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: t0, DayStart: dayStart, NewLimit: 20}
	// kept is the count the queue uses; fresh the database's.
	kept := func() int {
		t.Helper()
		g := db.learners.generation(uid, db.gen.Load())
		n, err := db.newStartedCached(ctx, db.read, uid, dayStart, g, true)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	fresh := func() int {
		t.Helper()
		n, err := db.newStartedSince(ctx, db.read, uid, dayStart)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	rate := func(cardID int64, reps int, at time.Time) {
		t.Helper()
		ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: cardID, ExpectReps: reps, Rating: 3, At: at,
			After: quiz.CardState{State: "learning", Due: at.Add(10 * time.Minute), Reps: reps + 1, LastReview: at}})
		if err != nil || !ok {
			t.Fatalf("rating card %d: %v %v", cardID, ok, err)
		}
	}
	if n := kept(); n != 0 {
		t.Fatalf("a new learner: %d started, want 0", n)
	}
	var rated []int64
	for i := range 3 {
		card, _, _, err := db.NextCard(ctx, q)
		if err != nil || card == nil {
			t.Fatalf("card %d: %v", i, err)
		}
		rate(card.ID, 0, t0)
		rated = append(rated, card.ID)
		if k, f := kept(), fresh(); k != i+1 || f != i+1 {
			t.Fatalf("after %d first ratings: kept %d, database %d", i+1, k, f)
		}
	}
	// A second rating of a card is not a first one.
	rate(rated[0], 1, t0.Add(time.Minute))
	if k, f := kept(), fresh(); k != 3 || f != 3 {
		t.Fatalf("after a second rating: kept %d, database %d; want 3", k, f)
	}

	// A first rating logged behind the store's back is not seen by the
	// count kept, which the next rating carries over (so it is not read
	// again): that shows the count comes from the record, not the database.
	var other int64
	if err := db.read.QueryRow(`SELECT id FROM cards c WHERE course_id = ? AND NOT EXISTS
		(SELECT 1 FROM card_states s WHERE s.card_id = c.id AND s.user_id = ?) ORDER BY id LIMIT 1`, c.ID, uid).Scan(&other); err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.Exec(`INSERT INTO review_log (user_id, card_id, reviewed_at, rating, state_before, state_after,
		elapsed_days, scheduled_days, stability, difficulty, due, prev) VALUES (?, ?, ?, 3, 'new', 'learning', 0, 0, 1, 5, ?, 'null')`,
		uid, other, fmtTime(t0), fmtTime(t0)); err != nil {
		t.Fatal(err)
	}
	rate(rated[1], 1, t0.Add(2*time.Minute))
	if k, f := kept(), fresh(); k != 3 || f != 4 {
		t.Fatalf("after a change behind the store and a rating: kept %d, database %d; want 3 and 4", k, f)
	}
	// An undo is another kind of write: the count is read afresh.
	if _, _, err := db.UndoLastReview(ctx, uid, c.ID); err != nil {
		t.Fatal(err)
	}
	if k, f := kept(), fresh(); k != f || f != 4 {
		t.Fatalf("after an undo: kept %d, database %d; want both 4", k, f)
	}
	// A rating of a day before this one's start is not counted.
	card, _, _, err := db.NextCard(ctx, q)
	if err != nil || card == nil {
		t.Fatalf("next card: %v", err)
	}
	rate(card.ID, 0, dayStart.Add(-time.Minute))
	if k, f := kept(), fresh(); k != f || f != 4 {
		t.Fatalf("after a rating before the day's start: kept %d, database %d; want both 4", k, f)
	}
	// A card queued by a missed question is due, not taken from the new
	// cards: its first rating does not count.
	var missed int64
	if err := db.read.QueryRow(`SELECT id FROM cards c WHERE course_id = ? AND NOT EXISTS
		(SELECT 1 FROM card_states s WHERE s.card_id = c.id AND s.user_id = ?) ORDER BY id LIMIT 1`, c.ID, uid).Scan(&missed); err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.Exec(`INSERT INTO card_states (user_id, card_id, state, due, added_at, missed) VALUES (?, ?, 'new', ?, ?, 1)`,
		uid, missed, fmtTime(t0), fmtTime(t0)); err != nil {
		t.Fatal(err)
	}
	rate(missed, 0, t0.Add(3*time.Minute))
	if k, f := kept(), fresh(); k != f || f != 4 {
		t.Fatalf("after rating a missed question's card: kept %d, database %d; want both 4", k, f)
	}
}

// Ratings written at once, with the count read between them, leave the
// count kept equal to the database's.
func TestNewStartedKeptUnderConcurrentRatings(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	db, c, uid := openRiversLearner(t, "started.db")
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	dayStart := t0.Add(-time.Hour)
	cards := courseCardIDs(t, db, c.ID)
	if len(cards) < 4 {
		t.Fatalf("%d cards in the test course, want at least 4", len(cards))
	}
	kept := func() (int, error) {
		g := db.learners.generation(uid, db.gen.Load())
		return db.newStartedCached(ctx, db.read, uid, dayStart, g, true)
	}
	if _, err := kept(); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 2*len(cards))
	for _, id := range cards {
		go func() {
			_, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: id, Rating: 3, At: t0,
				After: quiz.CardState{State: "learning", Due: t0.Add(10 * time.Minute), Reps: 1, LastReview: t0}})
			errs <- err
		}()
		go func() {
			_, err := kept()
			errs <- err
		}()
	}
	for range 2 * len(cards) {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	k, err := kept()
	if err != nil {
		t.Fatal(err)
	}
	f, err := db.newStartedSince(ctx, db.read, uid, dayStart)
	if err != nil {
		t.Fatal(err)
	}
	if k != f || f != len(cards) {
		t.Fatalf("after %d ratings at once: kept %d, database %d", len(cards), k, f)
	}
}
