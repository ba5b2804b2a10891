package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
)

func BenchmarkScratchQueue(b *testing.B) {
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
	now := db.Now()
	i := 0
	for b.Loop() {
		i++
		if _, _, _, err := db.NextCard(bg, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: now.Add(-time.Hour), NewLimit: 20 + i%5}); err != nil {
			b.Fatal(err)
		}
		if _, err := db.CanUndoReview(bg, uid, c.ID, now.Add(-time.Hour)); err != nil {
			b.Fatal(err)
		}
	}
}
