package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/internal/store"
)

// twoCourses makes a database holding a second course beside the built-in
// one, which the server loads when it starts.
func twoCourses(t *testing.T) string {
	t.Helper()
	dbPath := filepath.Join(t.TempDir(), "lectern.db")
	db, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ImportCourse(context.Background(), quiztest.Course(), 0); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return dbPath
}

// On a phone, the home page shows each course as a card: with two
// courses, the second is in sight after a short scroll, not thousands of
// pixels down under the first one's themes.
func TestBrowserHomeCardsAt360(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	base, stop := startServer(t, twoCourses(t))
	defer stop()
	if err := chromedp.Do(ctx,
		phone(),
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="course"]`)),
	); err != nil {
		t.Fatal(err)
	}
	shot(ctx, t, "home-cards-360")
	tops, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`[...document.querySelectorAll('[data-testid="course"]')].map(e => e.getBoundingClientRect().top + scrollY)`))
	if err != nil {
		t.Fatal(err)
	}
	if len(tops) != 2 {
		t.Fatalf("%d course cards, want 2", len(tops))
	}
	if tops[1] > 1500 {
		t.Errorf("the second course starts %.0f px down at 360 px, want within 1,500", tops[1])
	}
	height, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.documentElement.scrollHeight`))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("home page at 360 px: second course at %.0f px, page %.0f px high", tops[1], height)
	if overflows(ctx, t) {
		t.Error("the home page scrolls sideways at 360 px")
	}
	// The card's first button starts the course.
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`[aria-labelledby="course-rivers"] [data-testid="next-link"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="reader"]`)),
	); err != nil {
		t.Fatal(err)
	}
	if got, _ := chromedp.Run(ctx, chromedp.Location()); got != base+"/courses/rivers/themes/danube" {
		t.Errorf("Start the course opened %s, want the first theme", got)
	}
}

// Enter goes on from the feedback, wherever the learner answered from:
// with the mouse (the focus on the feedback), with the keyboard alone
// (a number key, then Enter to check), and after clicking in the page.
func TestBrowserEnterGoesOnAfterFeedback(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	base, stop := startServer(t, twoCourses(t))
	defer stop()
	if err := chromedp.Do(ctx,
		phone(),
		chromedp.Navigate(base+"/courses/rivers"),
		chromedp.Click(chromedp.CSS(`button[name="theme"][value="danube"]`)),
		chromedp.WaitVisible(chromedp.CSS(`form.answer-form`)),
	); err != nil {
		t.Fatal(err)
	}
	for n := 1; n <= 3; n++ {
		url, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		var answer []chromedp.Action[chromedp.Void]
		isChoice, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!!document.querySelector('.answer-form .choices input')`))
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case isChoice && n%2 == 1:
			// The keyboard alone: a number key picks, Enter checks.
			answer = append(answer, scriptReady(), chromedp.KeyEvent("1"), chromedp.KeyEvent(kb.Enter))
		case isChoice:
			answer = append(answer, chromedp.Click(chromedp.CSS(`.answer-form .choices input`)), chromedp.Click(chromedp.CSS(`[data-testid="submit"]`)))
		default:
			answer = append(answer, chromedp.SendKeys(chromedp.CSS(`.answer-form input[type="text"], .answer-form input[inputmode]`), "ten"), chromedp.KeyEvent(kb.Enter))
		}
		if err := chromedp.Do(ctx, answer...); err != nil {
			t.Fatalf("question %d: %v", n, err)
		}
		if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`[data-testid="feedback"]`))); err != nil {
			t.Fatalf("question %d: no feedback: %v", n, err)
		}
		if n == 2 {
			// Click the question's text, as one does while reading.
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#prompt`))); err != nil {
				t.Fatal(err)
			}
		}
		if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
			t.Fatal(err)
		}
		if n == 3 {
			if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`[data-testid="results"]`))); err != nil {
				t.Fatalf("Enter after the last feedback did not show the results: %v", err)
			}
			break
		}
		if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`form.answer-form`))); err != nil {
			t.Fatalf("question %d: Enter after the feedback did not go on: %v", n, err)
		}
		if now, _ := chromedp.Run(ctx, chromedp.Location()); now == url {
			t.Fatalf("question %d: still at %s", n, now)
		}
	}
}

// On a phone, where nothing shows on hover, a theme's title on the course
// page looks like the link it is (underlined, in the link colour), not
// like a plain heading; on a wide screen it stays a heading until hovered.
func TestBrowserThemeLinksLookLikeLinksAt360(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	base, stop := startServer(t, twoCourses(t))
	defer stop()
	style := func(width int64) (string, string, string) {
		t.Helper()
		if err := chromedp.Do(ctx,
			chromedp.EmulateViewport(width, 740, chromedp.EmulateScale(2)),
			chromedp.Navigate(base+"/courses/rivers"),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="theme"]`)),
		); err != nil {
			t.Fatal(err)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => {
			const a = document.querySelector('[data-testid="theme"] :is(h2, h3) a');
			const h = a.closest('h2, h3');
			const s = getComputedStyle(a);
			return [s.textDecorationLine, s.color, getComputedStyle(h).color];
		})()`))
		if err != nil || len(got) != 3 {
			t.Fatalf("styles: %v, %v", got, err)
		}
		return got[0], got[1], got[2]
	}
	line, color, heading := style(360)
	shot(ctx, t, "theme-links-360")
	if line != "underline" || color == heading {
		t.Errorf("at 360 px a theme's link is %q in %s, its heading's text %s: it looks like a heading", line, color, heading)
	}
	if line, _, _ := style(1200); line == "underline" {
		t.Error("on a wide screen the theme titles are underlined too")
	}
}
