package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
)

// A learner's queue counts are cached until their next write or until the
// next card falls due: a change behind the store's back is not seen, a
// rating is, and so is a card coming due with no write at all.
func TestQueueCountsCachedUntilChangeOrDue(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "queue.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ImportCourse(ctx, quiztest.Course(), 0); err != nil {
		t.Fatal(err)
	}
	c, _ := db.FindCourse(ctx, "rivers")
	uid, _ := db.CreateAnonymousLearner(ctx)
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	q := quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: t0, DayStart: t0.Add(-time.Hour), NewLimit: 20}
	counts := func(now time.Time) (due, left int) {
		t.Helper()
		q := q
		q.Now, q.CountOnly = now, true
		_, due, left, err := db.NextCard(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		return due, left
	}
	first, due, left, err := db.NextCard(ctx, q)
	if err != nil || first == nil {
		t.Fatalf("no first card: %v", err)
	}
	if due != 0 || left < 2 {
		t.Fatalf("a new learner: %d due, %d new left; want 0 and at least 2", due, left)
	}

	// Another card made due behind the store's back: the cached counts
	// stand (which shows they come from the cache).
	var other int64
	if err := db.read.QueryRow("SELECT id FROM cards WHERE course_id = ? AND id <> ? ORDER BY id LIMIT 1", c.ID, first.ID).Scan(&other); err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.Exec(`INSERT INTO card_states (user_id, card_id, state, due, added_at) VALUES (?, ?, 'review', ?, ?)`,
		uid, other, fmtTime(t0.Add(-time.Minute)), fmtTime(t0)); err != nil {
		t.Fatal(err)
	}
	if d, l := counts(t0); d != due || l != left {
		t.Errorf("counts after a change behind the store: %d due, %d left; want the cached %d and %d", d, l, due, left)
	}

	// A rating is a write of the learner's: the counts are read afresh.
	// The rated card falls due ten minutes later.
	later := t0.Add(10 * time.Minute)
	ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: first.ID, ExpectReps: 0, Rating: 3, At: t0,
		After: quiz.CardState{State: "learning", Due: later, Reps: 1, LastReview: t0}})
	if err != nil || !ok {
		t.Fatalf("rating: %v %v", ok, err)
	}
	// The test course has fewer cards than the day allows, so the new
	// cards left are the unseen ones: two fewer, the rated card and the
	// one changed behind the store.
	if d, l := counts(t0); d != 1 || l != left-2 {
		t.Errorf("after the rating: %d due, %d left; want 1 (the card changed behind the store) and %d", d, l, left-2)
	}
	// Just before the rated card falls due, nothing has changed; once it
	// has, it is counted, with no write in between.
	if d, _ := counts(later.Add(-time.Second)); d != 1 {
		t.Errorf("a second before the rated card falls due: %d due, want 1", d)
	}
	if d, _ := counts(later); d != 2 {
		t.Errorf("when the rated card falls due: %d due, want 2", d)
	}
}
