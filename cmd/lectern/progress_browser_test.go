package main

import (
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// A learner reviews a flashcard, then reads their progress page and their
// map of the article on a 360-pixel-wide phone: nothing scrolls sideways,
// the chart of reviews is drawn within the screen, and in dark mode its
// bars and labels take the dark theme's colours.
func TestBrowserProgressAt360(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	base, stop := startServer(t, filepath.Join(t.TempDir(), "lectern.db"))
	defer stop()
	if err := chromedp.Do(ctx,
		phone(),
		chromedp.Navigate(base+"/courses/china-russia"),
		chromedp.Click(chromedp.CSS(`button[name="theme"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="submit"]`)),
		reviewCard(base, "china-russia"),
		chromedp.Navigate(base+"/courses/china-russia/progress"),
		chromedp.WaitVisible(chromedp.CSS(`#reviews svg`)),
	); err != nil {
		t.Fatal(err)
	}
	if overflows(ctx, t) {
		t.Error("the progress page scrolls sideways at 360 pixels")
	}
	right, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.querySelector('#reviews svg').getBoundingClientRect().right`))
	if err != nil {
		t.Fatal(err)
	}
	if right > 360 {
		t.Errorf("the reviews chart ends at %v px, past the screen", right)
	}
	if err := chromedp.Do(ctx, chromedp.ScrollIntoView(chromedp.CSS(`#reviews`))); err != nil {
		t.Fatal(err)
	}
	shot(ctx, t, "progress")
	fill := `getComputedStyle(document.querySelector('#reviews rect.bar')).fill + ' ' + getComputedStyle(document.querySelector('#reviews text.tick')).fill`
	light, err := chromedp.Run(ctx, chromedp.Evaluate[string](fill))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, darkMode(true)); err != nil {
		t.Fatal(err)
	}
	dark, err := chromedp.Run(ctx, chromedp.Evaluate[string](fill))
	if err != nil {
		t.Fatal(err)
	}
	if light == dark {
		t.Errorf("the chart keeps its colours in dark mode: %s", dark)
	}
	shot(ctx, t, "progress-dark")
	if err := chromedp.Do(ctx,
		darkMode(false),
		chromedp.Navigate(base+"/courses/china-russia/map"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="article-map"]`)),
	); err != nil {
		t.Fatal(err)
	}
	if overflows(ctx, t) {
		t.Error("the article map scrolls sideways at 360 pixels")
	}
	shot(ctx, t, "map")
}
