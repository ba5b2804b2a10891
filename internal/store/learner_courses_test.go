package store_test

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

// TestKeptLearnerSummariesMatchTheScan fills a small school at random
// through the store (quizzes finished and left half done, reviews, ratings
// taken back, a learner's data deleted, an anonymous learner merged into an
// account) and checks after each kind of change that what the class page
// reads of every learner, kept as they went, equals a count of their rows
// from scratch (RebuildLearnerCourses).
func TestKeptLearnerSummariesMatchTheScan(t *testing.T) {
	var finished, unfinished, reviews int
	for seed := uint64(1); seed <= 3; seed++ {
		db, _ := mustOpen(t)
		ctx := context.Background()
		c := mustImport(t, db)
		clock := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
		db.Now = func() time.Time { return clock }
		r := rand.New(rand.NewPCG(seed, 11))
		k, err := db.CreateClass(ctx, c.ID, "Year 10", 0)
		if err != nil {
			t.Fatal(err)
		}
		acct, err := db.CreateUser(ctx, "pat@example.org", "x", quiz.RoleLearner)
		if err != nil {
			t.Fatal(err)
		}
		learners := []int64{acct}
		for range 7 {
			uid, err := db.CreateAnonymousLearner(ctx)
			if err != nil {
				t.Fatal(err)
			}
			learners = append(learners, uid)
		}
		for _, uid := range learners {
			if _, err := db.JoinClass(ctx, k.ID, uid); err != nil {
				t.Fatal(err)
			}
		}
		act := func(uid int64) {
			for range r.IntN(4) {
				th := c.Themes[r.IntN(len(c.Themes))]
				a := newAttempt(t, db, c, uid, quiz.ModeTheme, th.ID)
				to := len(a.Items)
				if r.IntN(3) == 0 {
					to = r.IntN(len(a.Items))
					unfinished++
				} else {
					finished++
				}
				answerRandomly(t, db, &clock, a, r, 0, to)
				clock = clock.Add(time.Duration(1+r.IntN(600)) * time.Second)
			}
			for range r.IntN(6) {
				card, _, _, err := db.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: clock, DayStart: clock, NewLimit: 20})
				if err != nil {
					t.Fatal(err)
				}
				if card == nil {
					break
				}
				reps := 0
				if card.State != nil {
					reps = card.State.Reps
				}
				after := quiz.CardState{State: "review", Due: clock.Add(48 * time.Hour), Reps: reps + 1, LastReview: clock, Stability: 3}
				if ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: card.ID, ExpectReps: reps, Rating: 1 + r.IntN(4), At: clock, After: after}); err != nil || !ok {
					t.Fatalf("RecordReview = %v, %v", ok, err)
				}
				reviews++
				clock = clock.Add(time.Duration(1+r.IntN(600)) * time.Second)
			}
			// A rating taken back leaves the learner's latest activity
			// at what came before it.
			if r.IntN(3) == 0 {
				if _, _, err := db.UndoLastReview(ctx, uid, c.ID); err != nil && quiz.KindOf(err) != quiz.ENotFound {
					t.Fatal(err)
				}
			}
		}
		for _, uid := range learners {
			act(uid)
		}
		compareKept(t, db, k.ID, "after quizzes and reviews")
		// Activity goes on in any order, including attempts left open
		// and finished later.
		for range 6 {
			act(learners[r.IntN(len(learners))])
		}
		compareKept(t, db, k.ID, "after more")
		if _, err := db.DeleteLearner(ctx, learners[1]); err != nil {
			t.Fatal(err)
		}
		compareKept(t, db, k.ID, "after a learner deleted their data")
		if err := db.MergeLearner(ctx, learners[2], acct); err != nil {
			t.Fatal(err)
		}
		compareKept(t, db, k.ID, "after a merge into an account")
	}
	if finished == 0 || unfinished == 0 || reviews == 0 {
		t.Errorf("the schools held %d finished attempts, %d unfinished, %d reviews: want some of each", finished, unfinished, reviews)
	}
}

// compareKept checks that a class's members as the store keeps them equal
// their figures counted again from their rows.
func compareKept(t *testing.T, db *store.DB, classID int64, when string) {
	t.Helper()
	ctx := context.Background()
	kept, err := db.ClassMembers(ctx, classID)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.RebuildLearnerCourses(ctx); err != nil {
		t.Fatal(err)
	}
	scanned, err := db.ClassMembers(ctx, classID)
	if err != nil {
		t.Fatal(err)
	}
	if len(kept) != len(scanned) {
		t.Fatalf("%s: %d members kept, %d counted", when, len(kept), len(scanned))
	}
	active := 0
	for i, g := range kept {
		w := scanned[i]
		if g.UserID != w.UserID || g.Attempts != w.Attempts || math.Abs(g.MeanScore-w.MeanScore) > 1e-9 || !g.LastActivity.Equal(w.LastActivity) {
			t.Errorf("%s, learner %d: kept %d attempts, mean %.6f, last %v; counted %d, %.6f, %v", when, g.UserID,
				g.Attempts, g.MeanScore, g.LastActivity, w.Attempts, w.MeanScore, w.LastActivity)
		}
		if !w.LastActivity.IsZero() {
			active++
		}
	}
	if active == 0 {
		t.Errorf("%s: no learner was active", when)
	}
}
