package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// TestDeckFollowsCardsWhenTaken checks the store's deck query against the
// domain's rule: once a learner has used every attempt at a test, its
// questions join their flashcards exactly when the test's settings say
// quiz.SetSettings.CardsWhenTaken.
func TestDeckFollowsCardsWhenTaken(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	sets, err := db.ListSets(ctx, c.ID)
	if err != nil || len(sets) == 0 {
		t.Fatalf("no sets (%v)", err)
	}
	s := sets[0]
	now := db.Now()
	deck := func(uid int64) int {
		t.Helper()
		counts, _, err := db.DeckCounts(ctx, uid, c.ID, now, now.Add(-time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		return counts[s.ThemeID].Total
	}
	// The course page's deck (the learner state) is the review's deck,
	// whether it is counted per learner or comes with the course.
	sameDeck := func(what string, uids ...int64) {
		t.Helper()
		for _, uid := range uids {
			st, err := db.FindLearnerState(ctx, uid, c.ID, now)
			if err != nil {
				t.Fatal(err)
			}
			counts, _, err := db.DeckCounts(ctx, uid, c.ID, now, now.Add(-time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			for _, th := range c.Themes {
				if got, want := st.Cards[th.ID], counts[th.ID].Total; got != want {
					t.Errorf("%s: learner %d, theme %q: the course page counts %d cards in the deck, the review %d", what, uid, th.Slug, got, want)
				}
			}
		}
	}
	first, _ := db.CreateAnonymousLearner(ctx)
	sameDeck("every set practice", first)
	if err := db.SaveSetSettings(ctx, s.ID, quiz.SetSettings{Feedback: "end", MaxAttempts: 1}, true); err != nil {
		t.Fatal(err)
	}
	sameDeck("a test's cards open to all", first)
	for _, st := range []quiz.SetSettings{
		{Feedback: "end", MaxAttempts: 1},
		{Feedback: "end", MaxAttempts: 2},
		{Feedback: "end", MaxAttempts: 1, HideAnswers: true},
		{Feedback: "end", MaxAttempts: 1, HideExplanations: true},
		{Feedback: "end", MaxAttempts: 1, HideScore: true},
		{Feedback: "end"},
		{TimeLimit: 10, MaxAttempts: 1},
	} {
		if err := db.SaveSetSettings(ctx, s.ID, st, false); err != nil {
			t.Fatal(err)
		}
		bystander, _ := db.CreateAnonymousLearner(ctx)
		taker, _ := db.CreateAnonymousLearner(ctx)
		// The taker uses every attempt the test allows (one when it sets
		// no limit), answering every question.
		for range max(st.MaxAttempts, 1) {
			a, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: taker, CourseID: c.ID, ThemeID: s.ThemeID, Mode: quiz.ModeTheme,
				SetID: s.ID, Rand: rand.New(rand.NewPCG(1, 2))})
			if err != nil {
				t.Fatal(err)
			}
			for i, it := range a.Items {
				ans := quiz.Answer{Text: "x", Choices: []int{0}}
				if _, _, err := db.RecordResponse(ctx, a, i, ans, quiz.Grade(it.Question.Question, ans)); err != nil {
					t.Fatal(err)
				}
			}
		}
		sameDeck(fmt.Sprintf("settings %+v", st), taker, bystander)
		joined := deck(taker) > deck(bystander)
		if want := st.CardsWhenTaken(); joined != want {
			t.Errorf("settings %+v: the test's questions joined the taker's deck = %v, want %v (CardsWhenTaken)", st, joined, want)
		}
	}
}
