package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// An instructor pastes an article Lectern was never shown, has it drafted,
// reviews a theme in the queue with the keyboard (accept, reject, edit,
// then accept the rest at once), and a visitor then takes exactly the
// accepted questions as that theme's quiz.
func TestBrowserGenerateReviewPublish(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	article, err := os.ReadFile("../../internal/generate/testdata/harbour-rail.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "lectern.db")
	addAccount(t, dbPath, "teacher@school.example", "instructor", "teach the article")
	base, stop := startServer(t, dbPath)
	defer stop()
	step := stepper(ctx, t)
	eval := func(name, js string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return v
	}
	summary := func(pending, accepted, rejected int) chromedp.Action[chromedp.Void] {
		return chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`[data-testid="queue-summary"][data-pending="%d"][data-accepted="%d"][data-rejected="%d"]`,
			pending, accepted, rejected)))
	}

	step("sign in", signInForm(base, "teacher@school.example", "teach the article"))
	step("paste the article",
		chromedp.Navigate(base+"/teach/courses/new"),
		chromedp.SendKeys(chromedp.CSS(`#title`), "Valmora rail link"),
		chromedp.SetValue(chromedp.CSS(`#article`), string(article)),
		chromedp.Click(chromedp.CSS(`[data-testid="create"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="proposed"]`)),
	)
	shot(ctx, t, "new-course-themes")
	step("create with drafts",
		chromedp.Click(chromedp.CSS(`[data-testid="create"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="draft-themes"]`)),
	)
	shot(ctx, t, "drafts-overview")
	if overflows(ctx, t) {
		t.Error("the drafts overview scrolls sideways on a 360-pixel-wide screen")
	}
	href := eval("richest theme", `(() => { let best = null, n = -1;
		document.querySelectorAll('[data-testid="draft-theme"]').forEach(r => {
			const k = Number(r.querySelector('[data-testid="pending"]').textContent);
			if (k > n) { n = k; best = r.querySelector('th a').getAttribute('href'); } });
		return best; })()`)
	step("open the queue",
		chromedp.Navigate(base+href),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="drafts"]`)),
	)
	if overflows(ctx, t) {
		t.Error("the review queue scrolls sideways on a 360-pixel-wide screen")
	}
	shot(ctx, t, "review-queue")
	ids := strings.Fields(eval("drafts", `[...document.querySelectorAll('[data-testid="drafts"] > li')].map(li => li.id).join(' ')`))
	if len(ids) < 4 {
		t.Fatalf("%d drafts in the richest theme; need 4", len(ids))
	}
	if got := eval("marks", `String(document.querySelectorAll('[data-testid="drafts"] > li blockquote mark').length)`); got != fmt.Sprint(len(ids)) {
		t.Errorf("%s of %d drafts have their sentence highlighted", got, len(ids))
	}
	n := len(ids)

	// j focuses the first draft, a accepts it; the next is then in focus.
	step("j", chromedp.KeyEvent("j"))
	if got := eval("focus", `document.activeElement.id`); got != ids[0] {
		t.Fatalf("j focused %q, want %q", got, ids[0])
	}
	step("a", chromedp.KeyEvent("a"), summary(n-1, 1, 0))
	if got := eval("focus", `document.activeElement.id`); got != ids[1] {
		t.Errorf("after accepting, focus is on %q, want the next draft %q", got, ids[1])
	}
	step("r", chromedp.KeyEvent("r"), summary(n-2, 1, 1))
	// e opens the focused draft in its editor; saving accepts it.
	step("e",
		chromedp.KeyEvent("e"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="save"]`)),
	)
	if got := eval("editor mark", `(document.querySelector('mark[data-testid="source-sentence"]') || {}).textContent || ''`); got == "" {
		t.Error("the editor does not highlight the source sentence")
	}
	shot(ctx, t, "draft-editor")
	field := "#prompt"
	if eval("editor kind", `document.querySelector('[data-testid="card-editor"]') ? 'card' : 'question'`) == "card" {
		field = "#front"
	}
	step("edit and accept",
		chromedp.SetValue(chromedp.CSS(field), "EDITED: which line opened in Valmora in March 2024?"),
		chromedp.Click(chromedp.CSS(`[data-testid="save"]`)),
		summary(n-3, 2, 1),
	)
	// Buttons are pressed from the keyboard here: the page may still be
	// scrolling smoothly to the draft in focus, which can make a click at
	// the button's earlier position miss it.
	step("accept the rest",
		chromedp.Focus(chromedp.CSS(`[data-testid="accept-all"]`)),
		chromedp.KeyEvent(kb.Enter),
		// A page of its own confirms it.
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="confirm-button"]`)),
		chromedp.Focus(chromedp.CSS(`[data-testid="confirm-button"]`)),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="queue-empty"]`)),
		summary(0, n-1, 1),
	)
	questions := 0
	for _, tag := range strings.Split(eval("accepted", `[...document.querySelectorAll('[data-testid="accepted"] li .tag:first-child')].map(e => e.textContent).join('|')`), "|") {
		if tag != "Flashcard" {
			questions++
		}
	}
	// The drafts held back come into the queue on request, four at a
	// time; what was decided stays decided.
	if held := eval("held back", `(() => { const b = document.querySelector('[data-testid="more-drafts"]');
		return b ? b.textContent.replace(/\D/g, '') : '0'; })()`); held != "0" {
		k := min(4, atoi(t, held))
		step("more drafts",
			chromedp.Focus(chromedp.CSS(`[data-testid="more-drafts"]`)),
			chromedp.KeyEvent(kb.Enter),
			summary(k, n-1, 1),
		)
		shot(ctx, t, "more-drafts")
	}
	theme := href[strings.LastIndex(href, "/")+1:]
	step("the course's sets", chromedp.Navigate(base+"/teach/courses/valmora-rail-link"), chromedp.WaitVisible(chromedp.CSS(`[data-testid="sets"]`)))
	if overflows(ctx, t) {
		t.Error("the course's sets page scrolls sideways on a 360-pixel-wide screen")
	}
	shot(ctx, t, "teach-course")
	step("publish the course",
		chromedp.Navigate(base+"/teach/courses/valmora-rail-link/settings"),
		chromedp.Click(chromedp.CSS(`[data-testid="publish-course"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="unpublish-course"]`)),
	)
	step("sign out",
		chromedp.Focus(chromedp.CSS(`form[action="/logout"] button`)),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`a[href="/login"]`)),
	)
	if questions == 0 {
		t.Fatal("the richest theme gave flashcards only")
	}
	step("a visitor starts the theme's quiz",
		chromedp.Navigate(base+"/courses/valmora-rail-link"),
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`button[name="theme"][value=%q]`, theme))),
		chromedp.WaitVisible(chromedp.CSS(`form.answer-form`)),
	)
	if got, want := text(ctx, t, `[data-testid="progress"] p`), fmt.Sprintf("Question 1 of %d", questions); got != want {
		t.Errorf("the visitor's quiz: %q, want %q (the accepted questions)", got, want)
	}
	shot(ctx, t, "generated-quiz")
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n := 0
	if _, err := fmt.Sscan(s, &n); err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return n
}
