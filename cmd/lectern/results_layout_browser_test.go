package main

import (
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// On a 360-pixel-wide phone the results' breakdown by theme shows each
// theme's share as a bar one can read, not a dot squeezed by the table.
func TestBrowserResultsShareBarOnPhone(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	dbPath := filepath.Join(t.TempDir(), "lectern.db")
	base, stop := startServer(t, dbPath)
	defer stop()
	step := stepper(ctx, t)

	step("start a theme's quiz on a phone", phone(),
		chromedp.Navigate(base+"/courses/china-russia/themes/energy"),
		chromedp.Click(chromedp.CSS(`main form[action$="/quiz"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="question"]`)),
	)
	answerAnything(ctx, t, func(string) bool { return false }, nil, nil)
	step("the results", chromedp.WaitVisible(chromedp.CSS(`[data-testid="breakdown"]`)))
	width, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.querySelector('[data-testid="breakdown"] progress').getBoundingClientRect().width`))
	if err != nil {
		t.Fatal(err)
	}
	if width < 40 {
		t.Errorf("the theme's share bar is %.0f pixels wide at 360 pixels, want 40 or more", width)
	}
	if overflows(ctx, t) {
		t.Error("the results scroll sideways at 360 pixels")
	}
	shot(ctx, t, "results-phone")
}
