package store

import (
	"context"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// A quiz's start keeps the attempt's shell built from what it inserted,
// so its first page reads none of it back: that shell equals the one read
// from the database, for a theme's quiz, a mixed one, a set taken on its
// own with a pool and a time limit, and a retry of missed questions.
func TestNewAttemptShellAsStored(t *testing.T) {
	ctx := context.Background()
	db, c, uid := openRiversLearner(t, "lectern.db")
	courseID := c.ID
	var themeID, setID int64
	if err := db.read.QueryRow("SELECT s.theme_id, s.id FROM question_sets s JOIN themes t ON t.id = s.theme_id WHERE t.course_id = ? ORDER BY s.id LIMIT 1", courseID).Scan(&themeID, &setID); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	start := func(na quiz.NewAttempt) *quiz.Attempt {
		t.Helper()
		na.UserID, na.CourseID, na.Rand = uid, courseID, r
		a, err := db.CreateAttempt(ctx, na)
		if err != nil {
			t.Fatal(err)
		}
		kept, ok := db.shells.Get(a.PublicID)
		if !ok {
			t.Fatalf("%s: no shell kept after the start", na.Mode)
		}
		db.shells.Remove(a.PublicID)
		read, err := db.attemptShell(ctx, a.PublicID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(kept, read) {
			t.Fatalf("%s: the shell kept at the start\n%+v\ndiffers from the one read back\n%+v", na.Mode, kept, read)
		}
		if len(kept.Items) == 0 {
			t.Fatalf("%s: an attempt of no questions", na.Mode)
		}
		return a
	}
	theme := start(quiz.NewAttempt{Mode: quiz.ModeTheme, ThemeID: themeID})
	start(quiz.NewAttempt{Mode: quiz.ModeMixed, MixedSize: 3})
	start(quiz.NewAttempt{Mode: quiz.ModeTheme, ThemeID: themeID, SetID: setID, Pool: 2, TimeLimit: 10 * time.Minute})
	// Every answer wrong, for a retry of them.
	for i := range theme.Items {
		if _, _, err := db.RecordResponse(ctx, theme, i, quiz.Answer{}, quiz.Result{Correct: false}); err != nil {
			t.Fatal(err)
		}
	}
	start(quiz.NewAttempt{Mode: quiz.ModeRetry, RetryOf: theme.ID})
}
