package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// On a 360-pixel-wide phone the message at the top of a page stands
// apart from the header above it, as the breadcrumbs do: after an undo
// on the flashcards, and after an undo with nothing left to take back.
func TestBrowserFlashStandsApartFromHeader(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	dbPath := filepath.Join(t.TempDir(), "lectern.db")
	base, stop := startServer(t, dbPath)
	defer stop()
	step := stepper(ctx, t)

	step("rate a card on a phone", phone(), reviewCard(base, "china-russia"))
	step("undo the rating",
		chromedp.WaitVisible(chromedp.CSS(`.undo-form button`)),
		chromedp.Click(chromedp.CSS(`.undo-form button`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="flash"]`)),
	)
	if got := text(ctx, t, `[data-testid="flash"]`); !strings.Contains(got, "is undone") {
		t.Fatalf("after the undo the message reads %q", got)
	}
	checkFlashGap(ctx, t, "after an undo")

	// The same form pressed again, as from a page left open.
	step("undo again",
		discard(chromedp.Evaluate[bool](`(() => {
			const f = document.createElement('form');
			f.method = 'post';
			f.action = '/courses/china-russia/review/undo';
			document.body.appendChild(f);
			f.submit();
			return true;
		})()`)),
		chromedp.WaitVisible(chromedp.CSS(`#show`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="flash"]`)),
	)
	if got := text(ctx, t, `[data-testid="flash"]`); !strings.HasPrefix(got, "Nothing to undo") {
		t.Fatalf("after the second undo the message reads %q", got)
	}
	checkFlashGap(ctx, t, "with nothing to undo")
	shot(ctx, t, "nothing-to-undo")
}

// checkFlashGap fails the test where the page's message touches the
// header: at least 12 pixels (three quarters of a line's margin) apart.
func checkFlashGap(ctx context.Context, t *testing.T, when string) {
	t.Helper()
	gap, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`(() => {
		const h = document.querySelector('header.site').getBoundingClientRect();
		const f = document.querySelector('[data-testid="flash"]').getBoundingClientRect();
		return f.top - h.bottom;
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if gap < 12 {
		t.Errorf("%s the message is %.0f pixels below the header at 360 pixels, want 12 or more", when, gap)
	}
}
