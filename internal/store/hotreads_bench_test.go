package store

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
)

// BenchmarkHotReads times the reads every page makes, each with a
// cancellable context as a request's is, past the caches (findSession,
// findLearnerState, FindAttempt on a cold attempt cache, FindCard with
// the learner's cached cards dropped).
// docs/benchmarks.md has the figures.
func BenchmarkHotReads(b *testing.B) {
	bg := context.Background()
	db, err := Open(bg, filepath.Join(b.TempDir(), "hot.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ImportCourse(bg, quiztest.Course(), 0); err != nil {
		b.Fatal(err)
	}
	c, _ := db.FindCourse(bg, "rivers")
	uid, _ := db.CreateAnonymousLearner(bg)
	a, err := db.CreateAttempt(bg, quiz.NewAttempt{UserID: uid, CourseID: c.ID, Mode: quiz.ModeMixed, MixedSize: 4, Rand: rand.New(rand.NewPCG(1, 2))})
	if err != nil {
		b.Fatal(err)
	}
	it := a.Items[0]
	if _, _, err := db.RecordResponse(bg, a, 0, quiz.Answer{Choices: []int{0}}, quiz.Grade(it.Question.Question, quiz.Answer{Choices: []int{0}})); err != nil {
		b.Fatal(err)
	}
	now := db.Now()
	if err := db.SaveSession(bg, quiz.SessionRecord{TokenHash: "h", UserID: uid, Data: []byte("{}"), ExpiresAt: now.Add(time.Hour)}); err != nil {
		b.Fatal(err)
	}
	card, _, _, err := db.NextCard(bg, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: now.Add(-time.Hour), NewLimit: 20})
	if err != nil || card == nil {
		b.Fatal("no card to study", err)
	}

	// A learner with a day of reviews: the page with no card left counts
	// them (reviewStatsQuery), 100 ratings of one card since the day's
	// start.
	busy, _ := db.CreateAnonymousLearner(bg)
	for i := range 100 {
		at := now.Add(time.Duration(i-100) * time.Second)
		if ok, err := db.RecordReview(bg, quiz.Review{UserID: busy, CardID: card.ID, ExpectReps: i, Rating: 1 + i%4, At: at,
			After: quiz.CardState{State: "review", Due: at.Add(time.Hour), Reps: i + 1, LastReview: at}}); err != nil || !ok {
			b.Fatal("rating", ok, err)
		}
	}

	// A request's context: cancellable.
	ctx, cancel := context.WithCancel(bg)
	defer cancel()
	for _, r := range []struct {
		name string
		read func() error
	}{
		{"FindUser", func() error { _, err := db.FindUser(ctx, uid); return err }},
		{"findSession", func() error { _, err := db.findSession(ctx, "h"); return err }},
		{"FindSettings", func() error { _, err := db.FindSettings(ctx, uid); return err }},
		{"FindAttempt", func() error { db.shells.Purge(); _, err := db.FindAttempt(ctx, a.PublicID); return err }},
		{"findLearnerState", func() error { _, _, err := db.findLearnerState(ctx, uid, c.ID, now); return err }},
		{"InPractice", func() error { _, err := db.InPractice(ctx, it.Question.ID); return err }},
		{"DeckCounts", func() error { _, _, err := db.DeckCounts(ctx, uid, c.ID, now, now.Add(-time.Hour)); return err }},
		{"NextCard", func() error {
			_, _, _, err := db.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: now.Add(-time.Hour), NewLimit: 20})
			return err
		}},
		{"FindCard", func() error { db.learners.changed(uid); _, err := db.FindCard(ctx, uid, card.ID); return err }},
		{"Leeches", func() error { _, err := db.Leeches(ctx, uid, c.ID); return err }},
		{"FindReviewStats", func() error { _, err := db.FindReviewStats(ctx, uid, c.ID, now.Add(-time.Hour)); return err }},
		{"FindReviewStats100", func() error { _, err := db.FindReviewStats(ctx, busy, c.ID, now.Add(-time.Hour)); return err }},
	} {
		b.Run(r.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := r.read(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
