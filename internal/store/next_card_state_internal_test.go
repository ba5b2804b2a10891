package store

import (
	"context"
	"database/sql"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// The next card's pick reads the learner's state of a due card from the
// row it found, and knows a new card has none: at every step of a
// learner's reviews (cards due and not, suspended, queued by a missed
// question with a partly right answer) the card NextCard returns equals
// the card read on its own, state and all.
func TestNextCardCarriesItsState(t *testing.T) {
	ctx := context.Background()
	db, c, uid := openRiversLearner(t, "lectern.db")
	courseID := c.ID
	// A question answered partly right queues its card as missed.
	var qid int64
	if err := db.read.QueryRow("SELECT question_id FROM cards WHERE course_id = ? AND question_id IS NOT NULL ORDER BY id LIMIT 1", courseID).Scan(&qid); err != nil {
		t.Fatal(err)
	}
	clock := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	st := db.queueMissedQuestion(uid, qid, fmtTime(clock.Add(-time.Hour)))
	if _, err := db.write.Exec(st.query, st.args...); err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.Exec("INSERT INTO question_mastery (user_id, question_id, correct, score, answered_at) VALUES (?, ?, 0, 0.5, ?)", uid, qid, fmtTime(clock)); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(9, 9))
	seen := map[string]int{}
	for step := range 120 {
		card, due, _, err := db.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: courseID, Now: clock, DayStart: clock, NewLimit: 5})
		if err != nil {
			t.Fatal(err)
		}
		if card == nil {
			clock = clock.Add(6 * time.Hour)
			continue
		}
		var want *quiz.StudyCard
		if err := db.rtx(ctx, func(tx *sql.Tx) error {
			want, err = db.findCard(ctx, tx, uid, card.ID, db.gen.Load())
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(card, want) {
			t.Fatalf("step %d (%d due): NextCard gave\n%+v (state %+v)\nthe card read alone is\n%+v (state %+v)", step, due, card, card.State, want, want.State)
		}
		switch {
		case card.State == nil:
			seen["new"]++
		case card.State.Missed:
			seen["missed"]++
			if card.State.MissedScore != 0.5 {
				t.Fatalf("step %d: the missed card's score %v, want 0.5", step, card.State.MissedScore)
			}
		default:
			seen["due"]++
		}
		reps := 0
		if card.State != nil {
			reps = card.State.Reps
		}
		after := quiz.CardState{State: "review", Due: clock.Add(time.Duration(r.IntN(48)-12) * time.Hour),
			Reps: reps + 1, LastReview: clock, Stability: r.Float64() * 5, Difficulty: r.Float64() * 10,
			Step: r.IntN(3), Lapses: r.IntN(10), ScheduledDays: r.IntN(5), ElapsedDays: r.IntN(5)}
		after.Leech = after.Lapses >= 8
		if ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: card.ID, ExpectReps: reps, Rating: 1 + r.IntN(4), At: clock, After: after}); err != nil || !ok {
			t.Fatalf("RecordReview = %v, %v", ok, err)
		}
		if r.IntN(8) == 0 {
			if err := db.SetSuspended(ctx, uid, card.ID, true); err != nil {
				t.Fatal(err)
			}
		}
		clock = clock.Add(time.Duration(1+r.IntN(3600)) * time.Second)
	}
	if seen["new"] == 0 || seen["due"] == 0 || seen["missed"] == 0 {
		t.Fatalf("the walk met new, due and missed cards %v times; want each", seen)
	}
}

// TestDueCardPlan reads the plan of the due card's pick: the learner's
// due cards walked in the order of card_states_due, which ends with the
// card's id, so the pick stops at the first card open to the learner and
// sorts nothing.
func TestDueCardPlan(t *testing.T) {
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "lectern.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	plan := explain(t, db, dueCardQuery, 1, "2026-03-01T09:00:00Z", 1, nil, "2026-03-01T09:00:00Z")
	if !strings.Contains(plan, "SEARCH s USING INDEX card_states_due (user_id=? AND suspended=? AND due<?)") {
		t.Errorf("the plan does not walk the due cards in order:\n%s", plan)
	}
	if strings.Contains(plan, "TEMP B-TREE") {
		t.Errorf("the plan sorts the due cards:\n%s", plan)
	}
}
