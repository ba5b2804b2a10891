package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/quizzes"
)

// pickNewCardSorted is how the next new card was chosen before
// pickNewCard: every card of the course checked and sorted. It is the
// reference the walk by theme must agree with.
var pickNewCardSorted = `SELECT c.id FROM cards c JOIN themes t ON t.id = c.theme_id
	WHERE c.course_id = ?1 AND (?2 IS NULL OR c.theme_id = ?2) AND ` + openCard("?3", "?4") + `
	AND NOT EXISTS (SELECT 1 FROM card_states s WHERE s.card_id = c.id AND s.user_id = ?3)
	ORDER BY t.position, c.question_id IS NOT NULL, c.id LIMIT 1`

// TestPickNewCardPlan reads the plan of the next new card: the course's
// themes walked in order through their index, never every card sorted.
func TestPickNewCardPlan(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "lectern.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	plan := explain(t, db, pickNewCard, 1, nil, 1, "2026-03-01T09:00:00Z")
	if !strings.Contains(plan, "SEARCH t USING COVERING INDEX themes_course_position (course_id=?)") {
		t.Errorf("the plan does not walk the themes in order:\n%s", plan)
	}
	if strings.Contains(plan, "USE TEMP B-TREE FOR ORDER BY") {
		t.Errorf("the plan sorts every card:\n%s", plan)
	}
}

// TestPickNewCardAgreesWithSorting takes a learner through every new card
// of two courses, the whole deck and one theme's, a test set's cards
// among them before and after the test is taken: at every step the walk
// by theme chooses the card the full sort chose.
func TestPickNewCardAgreesWithSorting(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "lectern.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	courses, err := quizzes.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range append(courses, quiztest.Course()) {
		if _, err := db.ImportCourse(ctx, c, 0); err != nil {
			t.Fatal(err)
		}
	}
	now := db.Now()
	cutoff := db.cutoff(now)
	for _, slug := range []string{"china-russia", "rivers"} {
		c, err := db.FindCourse(ctx, slug)
		if err != nil {
			t.Fatal(err)
		}
		// A test of the course's last theme, one attempt: its cards join
		// the deck once the learner has taken it.
		last := c.Themes[len(c.Themes)-1]
		var setID int64
		if err := db.read.QueryRow("SELECT id FROM question_sets WHERE theme_id = ? ORDER BY id LIMIT 1", last.ID).Scan(&setID); err != nil {
			t.Fatal(err)
		}
		if _, err := db.write.Exec(`UPDATE question_sets SET settings = '{"feedback":"end","max_attempts":1}' WHERE id = ?`, setID); err != nil {
			t.Fatal(err)
		}
		for _, theme := range []any{nil, c.Themes[0].ID, last.ID} {
			uid, _ := db.CreateAnonymousLearner(ctx)
			for step := 0; ; step++ {
				if step == 5 {
					// The learner takes the test.
					if _, err := db.write.Exec(`INSERT INTO attempts (public_id, user_id, course_id, set_id, mode, started_at, finished_at)
						VALUES (?, ?, ?, ?, 'theme', ?, ?)`, fmt.Sprintf("%032d", uid), uid, c.ID, setID, db.now(), db.now()); err != nil {
						t.Fatal(err)
					}
				}
				var want, got int64
				errWant := db.read.QueryRow(pickNewCardSorted, c.ID, theme, uid, cutoff).Scan(&want)
				errGot := db.read.QueryRow(pickNewCard, c.ID, theme, uid, cutoff).Scan(&got)
				if (errWant == nil) != (errGot == nil) || want != got {
					t.Fatalf("%s, theme %v, step %d: the walk chose %d (%v), the sort %d (%v)", slug, theme, step, got, errGot, want, errWant)
				}
				if errWant != nil {
					if step == 0 && theme != last.ID {
						t.Fatalf("%s, theme %v: no new card at all", slug, theme)
					}
					break
				}
				if _, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: want, Rating: 3, At: now,
					After: quiz.CardState{State: "review", Due: now.Add(24 * time.Hour), Reps: 1, LastReview: now}}); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

// TestNewStartedPlan reads the plan of the count of the day's new cards:
// through the index of first ratings, not every review of the day.
func TestNewStartedPlan(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "lectern.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	plan := explain(t, db, newStartedQuery, 1, "2026-03-01T09:00:00Z")
	if !strings.Contains(plan, "SEARCH l USING COVERING INDEX review_log_new (user_id=? AND reviewed_at>?)") {
		t.Errorf("the count does not read the first ratings alone:\n%s", plan)
	}
}
