package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

// answerAll answers every item of a: right when right is true, each shown
// at the clock's time and answered secs seconds later.
func answerAll(t *testing.T, db *store.DB, clock *time.Time, a *quiz.Attempt, right bool, secs int) {
	t.Helper()
	ctx := context.Background()
	for i, it := range a.Items {
		if err := db.MarkShown(ctx, a.ID, i); err != nil {
			t.Fatal(err)
		}
		*clock = clock.Add(time.Duration(secs) * time.Second)
		ans := quiz.Answer{Text: "wrong", Choices: []int{99}}
		if right {
			ans = correctAnswer(it.Question.Question)
		}
		if _, _, err := db.RecordResponse(ctx, a, i, ans, quiz.Grade(it.Question.Question, ans)); err != nil {
			t.Fatal(err)
		}
	}
}

func TestCourseResponses(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	clock := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return clock }
	danube := c.Themes[0].ID
	ann, _ := db.CreateAnonymousLearner(ctx)
	bob, _ := db.CreateAnonymousLearner(ctx)

	// Ann: wrong at first (12 s each), then right; Bob: right once (5 s).
	first := newAttempt(t, db, c, ann, quiz.ModeTheme, danube)
	answerAll(t, db, &clock, first, false, 12)
	second := newAttempt(t, db, c, ann, quiz.ModeTheme, danube)
	answerAll(t, db, &clock, second, true, 3)
	b := newAttempt(t, db, c, bob, quiz.ModeTheme, danube)
	// Shown twice (a reload): the first showing counts.
	if err := db.MarkShown(ctx, b.ID, 0); err != nil {
		t.Fatal(err)
	}
	clock = clock.Add(2 * time.Second)
	answerAll(t, db, &clock, b, true, 5)
	if err := db.MarkShown(ctx, b.ID, 99); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("MarkShown of no item = %v, want not found", err)
	}

	count := func(f quiz.ResponseFilter) (n, right int, attempts map[int64]bool, rs []quiz.ItemResponse) {
		t.Helper()
		rs, err := db.CourseResponses(ctx, c.ID, f)
		if err != nil {
			t.Fatal(err)
		}
		attempts = map[int64]bool{}
		for _, r := range rs {
			attempts[r.AttemptID] = true
			if r.Correct {
				right++
			}
		}
		return len(rs), right, attempts, rs
	}
	n, right, attempts, rs := count(quiz.ResponseFilter{})
	if n != 6 || right != 3 || !attempts[first.ID] || attempts[second.ID] || !attempts[b.ID] {
		t.Errorf("first attempts: %d responses, %d right, attempts %v; want 6, 3, Ann's first and Bob's", n, right, attempts)
	}
	for _, r := range rs {
		want := 12.0
		if r.LearnerID == bob {
			want = 5
			if r.QuestionID == b.Items[0].Question.ID {
				want = 7 // shown 2 s before the rest of the attempt began
			}
		}
		if r.Seconds() != want || r.SetID == 0 || r.VersionID == 0 {
			t.Errorf("response %+v: %v s, want %v, with its set and version", r, r.Seconds(), want)
		}
	}
	if n, right, _, _ := count(quiz.ResponseFilter{AllAttempts: true}); n != 9 || right != 6 {
		t.Errorf("all attempts: %d responses, %d right; want 9, 6", n, right)
	}
	if n, _, attempts, _ := count(quiz.ResponseFilter{AllAttempts: true, Learners: []int64{ann}}); n != 6 || attempts[b.ID] {
		t.Errorf("Ann's attempts: %d responses (%v); want 6, none of Bob's", n, attempts)
	}
	if n, right, _, _ := count(quiz.ResponseFilter{Learners: []int64{bob}}); n != 3 || right != 3 {
		t.Errorf("Bob's first attempts: %d responses, %d right; want 3, 3", n, right)
	}
	if n, _, _, _ := count(quiz.ResponseFilter{Learners: []int64{}}); n != 0 {
		t.Errorf("an empty class: %d responses, want 0", n)
	}

	// A response shown before times were kept has none.
	if got := (quiz.ItemResponse{AnsweredAt: clock}).Seconds(); got != -1 {
		t.Errorf("no shown time: %v s, want -1", got)
	}

	// Ann's misses queued the questions' cards; she reviews one.
	if ms, err := db.QuestionMemories(ctx, c.ID, quiz.ResponseFilter{}); err != nil || len(ms) != 0 {
		t.Fatalf("memories before any review = %v, %v; want none", ms, err)
	}
	card, _, _, err := db.NextCard(ctx, quiz.NextCardQuery{UserID: ann, CourseID: c.ID, Now: clock, DayStart: clock.Add(-time.Hour), NewLimit: 20})
	if err != nil || card == nil || card.Question == nil {
		t.Fatalf("NextCard = %+v, %v; want a question's card", card, err)
	}
	after := quiz.CardState{State: "review", Due: clock.Add(72 * time.Hour), Stability: 3, Difficulty: 5, Reps: 1, LastReview: clock}
	if ok, err := db.RecordReview(ctx, quiz.Review{UserID: ann, CardID: card.ID, Rating: 3, At: clock, After: after}); err != nil || !ok {
		t.Fatalf("RecordReview = %v, %v", ok, err)
	}
	ms, err := db.QuestionMemories(ctx, c.ID, quiz.ResponseFilter{})
	if err != nil || len(ms) != 1 || ms[0].LearnerID != ann || ms[0].State.Stability != 3 || !ms[0].State.LastReview.Equal(clock) {
		t.Fatalf("memories = %+v, %v; want Ann's review", ms, err)
	}
	if ms, _ := db.QuestionMemories(ctx, c.ID, quiz.ResponseFilter{Learners: []int64{bob}}); len(ms) != 0 {
		t.Errorf("Bob's memories = %+v, want none", ms)
	}
}
