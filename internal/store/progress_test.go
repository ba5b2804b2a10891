package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// FindActivity returns the learner's own answers and ratings in the course
// since the time asked, without undone ratings, and the due dates of their
// deck before the horizon, without suspended cards.
func TestFindActivity(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	uid, _ := db.CreateAnonymousLearner(ctx)
	other, _ := db.CreateAnonymousLearner(ctx)

	act, err := db.FindActivity(ctx, uid, c.ID, now.AddDate(-1, 0, 0), now.AddDate(0, 0, 31), now)
	if err != nil || len(act.Answers)+len(act.Reviews)+len(act.Due) != 0 {
		t.Fatalf("a new learner's activity: %+v, %v", act, err)
	}
	a := newAttempt(t, db, c, uid, quiz.ModeTheme, c.Themes[0].ID)
	db.RecordResponse(ctx, a, 0, quiz.Answer{Text: "no"}, quiz.Result{})
	now = now.Add(time.Minute)
	db.RecordResponse(ctx, a, 1, quiz.Answer{Text: "ten"}, quiz.Result{Correct: true, Score: 1})
	b := newAttempt(t, db, c, other, quiz.ModeTheme, c.Themes[0].ID)
	db.RecordResponse(ctx, b, 0, quiz.Answer{Text: "no"}, quiz.Result{})

	// The missed question's card is due now; rate it, undo, rate again.
	card, _, _, _ := db.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: now, NewLimit: 20})
	due := now.AddDate(0, 0, 3)
	rate := func() {
		t.Helper()
		ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: card.ID, Rating: 3, At: now,
			After: quiz.CardState{State: "review", Due: due, Reps: 1, LastReview: now, Stability: 3}})
		if !ok || err != nil {
			t.Fatalf("RecordReview = %v, %v", ok, err)
		}
	}
	rate()
	if _, _, err := db.UndoLastReview(ctx, uid, c.ID); err != nil {
		t.Fatal(err)
	}
	rate()

	act, err = db.FindActivity(ctx, uid, c.ID, now.AddDate(-1, 0, 0), now.AddDate(0, 0, 31), now)
	if err != nil {
		t.Fatal(err)
	}
	if len(act.Answers) != 2 || act.Answers[0].Correct || !act.Answers[1].Correct || !act.Answers[1].At.Equal(now) {
		t.Errorf("answers: %+v", act.Answers)
	}
	if len(act.Reviews) != 1 || !act.Reviews[0].Equal(now) {
		t.Errorf("reviews (one undone): %v", act.Reviews)
	}
	if len(act.Due) != 1 || !act.Due[0].Equal(due) {
		t.Errorf("due: %v, want [%v]", act.Due, due)
	}
	// A horizon before the due date, and a start after the study, leave them out.
	if act, _ := db.FindActivity(ctx, uid, c.ID, now.Add(time.Hour), now.AddDate(0, 0, 2), now); len(act.Answers)+len(act.Reviews)+len(act.Due) != 0 {
		t.Errorf("outside the window: %+v", act)
	}
	if err := db.SetSuspended(ctx, uid, card.ID, true); err != nil {
		t.Fatal(err)
	}
	if act, _ := db.FindActivity(ctx, uid, c.ID, now.AddDate(-1, 0, 0), now.AddDate(0, 0, 31), now); len(act.Due) != 0 {
		t.Errorf("a suspended card falls due: %v", act.Due)
	}

	// The paragraph items: the questions with this learner's answers, and
	// the card they reviewed, citing its question's paragraphs.
	items, err := db.FindParagraphItems(ctx, uid, c.ID, now)
	if err != nil {
		t.Fatal(err)
	}
	answered, right := 0, 0
	for _, q := range items.Questions {
		if len(q.Paragraphs) == 0 {
			t.Errorf("question %d cites no paragraph", q.ID)
		}
		if q.Answered {
			answered++
		}
		if q.Correct {
			right++
		}
	}
	if len(items.Questions) != 6 || answered != 2 || right != 1 {
		t.Errorf("%d questions, %d answered, %d right; want 6, 2, 1", len(items.Questions), answered, right)
	}
	if len(items.Cards) != 1 || items.Cards[0].CardID != card.ID || len(items.Cards[0].Paragraphs) == 0 || items.Cards[0].State.Stability != 3 {
		t.Errorf("cards: %+v", items.Cards)
	}
}
