package main

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

// An instructor on a phone opens the statistics from the course's page,
// reads them without scrolling sideways, and switches to every attempt
// with the keyboard alone.
func TestBrowserStatistics(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	dbPath := filepath.Join(t.TempDir(), "lectern.db")
	addAccount(t, dbPath, "teacher@school.example", "instructor", "teach the article")
	ownCourse(t, dbPath, "china-russia", "teacher@school.example")
	seedStatistics(t, dbPath)
	base, stop := startServer(t, dbPath)
	defer stop()
	step := stepper(ctx, t)
	step("sign in", phone(), signInForm(base, "teacher@school.example", "teach the article"))
	step("open the statistics",
		chromedp.Navigate(base+"/teach/courses/china-russia"),
		chromedp.Focus(chromedp.CSS(`[data-testid="statistics-link"]`)),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="stats-article"]`)),
	)
	if got := text(ctx, t, `[data-testid="stats-count"]`); !strings.HasPrefix(got, "54 responses counted") {
		t.Errorf("count %q", got)
	}
	if overflows(ctx, t) {
		t.Error("the statistics scroll sideways on a 360-pixel-wide screen")
	}
	shot(ctx, t, "statistics")
	step("a question", chromedp.ScrollIntoView(chromedp.CSS(`[data-testid="stats-question"]`)))
	shot(ctx, t, "statistics-question")
	step("the article", chromedp.ScrollIntoView(chromedp.CSS(`.stats-para.cited`)))
	shot(ctx, t, "statistics-article")
	// The form by keyboard: the select, then the submit button.
	step("every attempt",
		chromedp.Focus(chromedp.CSS(`#attempts`)),
		chromedp.KeyEvent(kb.ArrowDown),
		chromedp.Focus(chromedp.CSS(`.stats-filter button`)),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="stats-csv"][href$="attempts=all"]`)),
	)
	url, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || !strings.Contains(url, "attempts=all") {
		t.Errorf("after the form: %q, %v", url, err)
	}
}

// seedStatistics has six learners of differing ability take the first
// theme's quiz of the built-in course, through the store, before the
// server starts.
func seedStatistics(t *testing.T, dbPath string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// The built-in course, which creating the account loaded.
	c, err := db.FindCourse(ctx, "china-russia")
	if err != nil {
		t.Fatal(err)
	}
	for l := range 6 {
		uid, err := db.CreateAnonymousLearner(ctx)
		if err != nil {
			t.Fatal(err)
		}
		a, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, ThemeID: c.Themes[0].ID, Mode: quiz.ModeTheme,
			Rand: rand.New(rand.NewPCG(uint64(l), 1))})
		if err != nil {
			t.Fatal(err)
		}
		for i, it := range a.Items {
			q := it.Question.Question
			right := (i+l)%3 != 0 && l > 0
			ans := quiz.Answer{Text: "not it"}
			for j, o := range q.Options {
				if o.Correct == right {
					ans.Choices = append(ans.Choices, j)
					break
				}
			}
			if _, _, err := db.RecordResponse(ctx, a, i, ans, quiz.Grade(q, ans)); err != nil {
				t.Fatal(err)
			}
		}
	}
}
