package store_test

import (
	"context"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// TestClassFiguresMatchPerLearner fills a small class at random through
// the store (quizzes, reviews, leeches, suspended cards, time zones) and
// checks that the class's figures, read in one statement, are those read
// one learner at a time.
func TestClassFiguresMatchPerLearner(t *testing.T) {
	// What the random classes held, so that the test cannot pass on
	// empty figures.
	var nLeeches, due, answered, zones int
	for seed := uint64(1); seed <= 3; seed++ {
		db, _ := mustOpen(t)
		ctx := context.Background()
		c := mustImport(t, db)
		clock := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
		db.Now = func() time.Time { return clock }
		r := rand.New(rand.NewPCG(seed, 7))
		k, err := db.CreateClass(ctx, c.ID, "Year 9", 0)
		if err != nil {
			t.Fatal(err)
		}
		tzs := []string{"", "Europe/Paris", "America/New_York", "Not/AZone"}
		var members []int64
		// Every action below is stamped with the clock, which only goes
		// forward: a learner's last activity is the clock after their
		// last action.
		last := map[int64]time.Time{}
		for i := range 9 {
			uid, err := db.CreateAnonymousLearner(ctx)
			if err != nil {
				t.Fatal(err)
			}
			// The last learner stays outside the class.
			if i < 8 {
				if _, err := db.JoinClass(ctx, k.ID, uid); err != nil {
					t.Fatal(err)
				}
				members = append(members, uid)
			}
			for range r.IntN(4) {
				th := c.Themes[r.IntN(len(c.Themes))]
				a := newAttempt(t, db, c, uid, quiz.ModeTheme, th.ID)
				answerRandomly(t, db, &clock, a, r, 0, r.IntN(len(a.Items)+1))
				last[uid] = clock
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
				after := quiz.CardState{State: "review", Due: clock.Add(time.Duration(r.IntN(96)-48) * time.Hour),
					Reps: reps + 1, LastReview: clock, Stability: 3, Lapses: r.IntN(10)}
				after.Leech = after.Lapses >= 8
				if ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: card.ID, ExpectReps: reps, Rating: 1 + r.IntN(4), At: clock, After: after}); err != nil || !ok {
					t.Fatalf("RecordReview = %v, %v", ok, err)
				}
				last[uid] = clock
				clock = clock.Add(time.Duration(1+r.IntN(600)) * time.Second)
				if r.IntN(5) == 0 {
					if err := db.SetSuspended(ctx, uid, card.ID, true); err != nil {
						t.Fatal(err)
					}
				}
			}
			if tz := tzs[r.IntN(len(tzs))]; tz != "" {
				s := quiz.DefaultStudySettings()
				s.TimeZone = tz
				if err := db.SaveSettings(ctx, uid, s); err != nil {
					t.Fatal(err)
				}
			}
		}
		clock = clock.Add(time.Hour)
		got, err := db.ClassFigures(ctx, k.ID, c.ID, clock)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(members) {
			t.Errorf("seed %d: figures for %d learners, want the class's %d", seed, len(got), len(members))
		}
		ms, err := db.ClassMembers(ctx, k.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			if !m.LastActivity.Equal(last[m.UserID]) {
				t.Errorf("seed %d, learner %d: last activity %v, want %v", seed, m.UserID, m.LastActivity, last[m.UserID])
			}
		}
		for _, uid := range members {
			st, err := db.FindLearnerState(ctx, uid, c.ID, clock)
			if err != nil {
				t.Fatal(err)
			}
			leeches, err := db.Leeches(ctx, uid, c.ID)
			if err != nil {
				t.Fatal(err)
			}
			set, err := db.FindSettings(ctx, uid)
			if err != nil {
				t.Fatal(err)
			}
			want := quiz.ClassFigures{Progress: st.Progress, CardsDue: st.CardsDue, Leeches: len(leeches), TimeZone: set.TimeZone}
			if f := got[uid]; !reflect.DeepEqual(f, want) {
				t.Errorf("seed %d, learner %d:\n got %+v\nwant %+v", seed, uid, f, want)
			}
			nLeeches += want.Leeches
			for _, n := range want.CardsDue {
				due += n
			}
			for _, p := range want.Progress {
				answered += p.Answered
			}
			if want.TimeZone != "UTC" {
				zones++
			}
		}
	}
	if nLeeches == 0 || due == 0 || answered == 0 || zones == 0 {
		t.Errorf("the classes held %d leeches, %d cards due, %d answers, %d time zones: want some of each", nLeeches, due, answered, zones)
	}
}
