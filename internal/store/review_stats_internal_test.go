package store

import (
	"context"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// The page with no card left counts the day's reviews in the course and
// those remembered (rated above "again"): ratings before the day's start
// and ratings taken back do not count.
func TestReviewStatsCountTheDay(t *testing.T) {
	ctx := context.Background()
	db, c, uid := openAnswersDB(t)
	t0 := time.Now().UTC().Truncate(time.Second)
	cards := courseCardIDs(t, db, c.ID)
	if len(cards) < 4 {
		t.Fatalf("%d cards in the course, want 4", len(cards))
	}
	rate := func(card int64, rating int, at time.Time) {
		t.Helper()
		if ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: card, Rating: rating, At: at,
			After: quiz.CardState{State: "review", Due: at.Add(48 * time.Hour), Reps: 1, LastReview: at}}); err != nil || !ok {
			t.Fatalf("rating: %v %v", ok, err)
		}
	}
	dayStart := t0.Add(-time.Hour)
	rate(cards[0], 3, t0.Add(-2*time.Hour)) // yesterday, as far as the day goes
	rate(cards[1], 1, t0.Add(-3*time.Minute))
	rate(cards[2], 4, t0.Add(-2*time.Minute))
	rate(cards[3], 2, t0.Add(-time.Minute))
	st, err := db.FindReviewStats(ctx, uid, c.ID, dayStart)
	if err != nil {
		t.Fatal(err)
	}
	if st.Reviewed != 3 || st.Recalled != 2 {
		t.Errorf("reviewed %d, recalled %d; want 3 and 2", st.Reviewed, st.Recalled)
	}
	if _, rating, err := db.UndoLastReview(ctx, uid, c.ID); err != nil || rating != 2 {
		t.Fatalf("undo: rating %d, %v", rating, err)
	}
	if st, err = db.FindReviewStats(ctx, uid, c.ID, dayStart); err != nil {
		t.Fatal(err)
	}
	if st.Reviewed != 2 || st.Recalled != 1 {
		t.Errorf("after an undo: reviewed %d, recalled %d; want 2 and 1", st.Reviewed, st.Recalled)
	}
	if st.NextDue.IsZero() {
		t.Error("no next due time, though every card rated is due in two days")
	}
	if st, err = db.FindReviewStats(ctx, uid+1000, c.ID, dayStart); err != nil || st.Reviewed != 0 || st.Recalled != 0 {
		t.Errorf("another learner: %+v, %v; want none", st, err)
	}
}

// courseCardIDs lists the ids of a course's cards in order.
func courseCardIDs(t *testing.T, db *DB, courseID int64) []int64 {
	t.Helper()
	rows, err := db.read.Query("SELECT id FROM cards WHERE course_id = ? ORDER BY id", courseID)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var cards []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		cards = append(cards, id)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return cards
}
