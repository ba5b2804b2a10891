package main

import (
	"context"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/lectern/lectern/internal/store"
)

// A learner reviews flashcards with the keyboard alone (Space shows the
// answer, a digit rates it), and each card's stored due date is the one
// its button promised.
func TestBrowserFlashcards(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	dbPath := filepath.Join(t.TempDir(), "lectern.db")
	base, stop := startServer(t, dbPath)
	defer stop()

	idRE := regexp.MustCompile(`/review/(\d+)`)
	type rated struct {
		id       int64
		interval string
		at       time.Time
	}
	var done []rated
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(360, 640, chromedp.EmulateScale(2)),
		chromedp.Navigate(base+"/courses/china-russia/review"),
	); err != nil {
		t.Fatal(err)
	}
	for i, key := range []string{"3", "4", "1"} {
		if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`#show`))); err != nil {
			t.Fatalf("card %d: %v", i, err)
		}
		href, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`#show`), "href"))
		if err != nil {
			t.Fatal(err)
		}
		m := idRE.FindStringSubmatch(href.Value)
		if m == nil {
			t.Fatalf("show link %q", href.Value)
		}
		id, _ := strconv.ParseInt(m[1], 10, 64)
		if overflows(ctx, t) {
			t.Errorf("card %d scrolls sideways at 360 pixels", i)
		}
		if err := chromedp.Do(ctx,
			scriptReady(),
			chromedp.KeyEvent(" "),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="back"]`)),
		); err != nil {
			t.Fatalf("card %d: Space did not show the answer: %v", i, err)
		}
		if i == 0 {
			shot(ctx, t, "flashcard")
		}
		// On a phone the rating buttons stay on screen after the answer
		// shows, whatever the length of the card above them.
		inView, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
			const r = document.querySelector('[data-testid="rate-4"]').getBoundingClientRect();
			return r.top >= 0 && r.bottom <= window.innerHeight;
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		if !inView {
			t.Errorf("card %d: the rating buttons are below the fold at 360 pixels after Show answer", i)
		}
		// And the answer's top is on screen, above the sticky rating bar.
		answerShown, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
			const a = document.querySelector('[data-testid="back"]').getBoundingClientRect();
			const bar = document.querySelector('.rate-form').getBoundingClientRect();
			return a.top >= 0 && a.top < bar.top && a.top < window.innerHeight;
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		if !answerShown {
			t.Errorf("card %d: the answer's top is out of view or under the rating bar at 360 pixels after Show answer", i)
		}
		ivl := text(ctx, t, `[data-testid="ivl-`+key+`"]`)
		before := time.Now()
		if err := chromedp.Do(ctx,
			scriptReady(),
			chromedp.KeyEvent(key),
			chromedp.WaitNotPresent(chromedp.CSS(`[data-testid="back"]`)),
		); err != nil {
			t.Fatalf("card %d: key %s did not rate it: %v", i, key, err)
		}
		done = append(done, rated{id, ivl, before})
	}

	db, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	uid := learnerOf(t, db)
	for _, r := range done {
		c, err := db.FindCard(context.Background(), uid, r.id)
		if err != nil || c.State == nil {
			t.Fatalf("card %d has no state after rating: %v", r.id, err)
		}
		got := c.State.Due.Sub(c.State.LastReview)
		if want := parseLabel(t, r.interval); got < want*9/10 || got > want*11/10+time.Minute {
			t.Errorf("card %d: button said %s, stored due is %v after the review", r.id, r.interval, got)
		}
	}
}

// learnerOf returns the one learner the browser created.
func learnerOf(t *testing.T, db *store.DB) int64 {
	t.Helper()
	for id := int64(1); id < 10; id++ {
		if _, err := db.FindUser(context.Background(), id); err == nil {
			return id
		}
	}
	t.Fatal("no learner")
	return 0
}

// parseLabel reads a button's interval label (10m, 3h, 8d).
func parseLabel(t *testing.T, s string) time.Duration {
	t.Helper()
	m := regexp.MustCompile(`^(\d+)([mhd])$`).FindStringSubmatch(s)
	if m == nil {
		t.Fatalf("interval label %q", s)
	}
	n, _ := strconv.Atoi(m[1])
	return time.Duration(n) * map[string]time.Duration{"m": time.Minute, "h": time.Hour, "d": 24 * time.Hour}[m[2]]
}
