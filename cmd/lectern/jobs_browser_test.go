package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// An admin drafts every theme of the first course again on a phone-sized
// screen: the drafting job is listed under Jobs, its page ends done with a
// link to the drafts, reached by the keyboard with a visible focus ring,
// and neither page scrolls sideways.
func TestBrowserJobPages(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	dbPath := filepath.Join(t.TempDir(), "lectern.db")
	addAccount(t, dbPath, "head@school.example", "admin", "draft in the background")
	base, stop := startServer(t, dbPath)
	defer stop()

	step := stepper(ctx, t)
	step("sign in", phone(), signInForm(base, "head@school.example", "draft in the background"))
	// The form waits a moment for the job: it shows the drafts, or the
	// job's page when the machine is slow.
	step("draft again",
		chromedp.Navigate(base+"/teach/courses/china-russia/drafts"),
		chromedp.Click(chromedp.CSS(`[data-testid="generate-all"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.flash, [data-testid="job-status"]`)),
	)
	step("jobs list",
		chromedp.Navigate(base+"/teach"),
		chromedp.Click(chromedp.CSS(`[data-testid="jobs-link"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="jobs"]`)),
	)
	shot(ctx, t, "jobs-list")
	if overflows(ctx, t) {
		t.Error("the jobs list scrolls sideways at 360 px")
	}
	href, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('[data-testid="job"] a').getAttribute('href')`))
	if err != nil || !strings.HasPrefix(href, "/teach/jobs/") {
		t.Fatalf("job link %q: %v", href, err)
	}
	// The page refreshes itself while the job runs; read its state until
	// it ends (the job is one of 14 themes: a few page loads at most).
	state := ""
	for i := 0; i < 200 && state != "done" && state != "failed"; i++ {
		step("job page", chromedp.Navigate(base+href), chromedp.WaitVisible(chromedp.CSS(`[data-testid="job-status"]`)))
		if state, err = chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('[data-testid="job-status"]').dataset.status`)); err != nil {
			t.Fatal(err)
		}
	}
	if state != "done" {
		t.Fatalf("job ended %q, want done: %s", state, text(ctx, t, `[data-testid="job-status"]`))
	}
	shot(ctx, t, "job-done")
	if overflows(ctx, t) {
		t.Error("the job page scrolls sideways at 360 px")
	}
	// Tab to the drafts link: it takes the focus, with a visible ring.
	focused := ""
	for i := 0; i < 40 && focused != "job-link"; i++ {
		step("tab", chromedp.KeyEvent("\t"))
		if focused, err = chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement && document.activeElement.dataset.testid || ""`)); err != nil {
			t.Fatal(err)
		}
	}
	if focused != "job-link" {
		t.Fatal("the drafts link cannot be reached with Tab")
	}
	if ring, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.activeElement).outlineStyle`)); err != nil || ring == "none" {
		t.Errorf("no visible focus on the drafts link: %q, %v", ring, err)
	}
	step("open the drafts", chromedp.KeyEvent("\r"), chromedp.WaitVisible(chromedp.CSS(`[data-testid="draft-themes"]`)))
}
