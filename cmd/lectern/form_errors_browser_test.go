package main

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// A form that comes back with a message puts the keyboard on the field in
// error, on a 360-pixel phone as anywhere: a new course whose short name
// exists already returns with the short name focused and described by its
// message, not with focus at the top of the page.
func TestBrowserFormErrorFocusesTheField(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	dbPath := t.TempDir() + "/lectern.db"
	addAccount(t, dbPath, "teacher@school.example", "instructor", "teach the rivers well")
	publishedRivers(t, dbPath, "teacher@school.example")
	base, stop := startServer(t, dbPath)
	defer stop()
	step := stepper(ctx, t)
	step("sign in", signInForm(base, "teacher@school.example", "teach the rivers well"))
	step("a new course named like one that exists",
		phone(),
		chromedp.Navigate(base+"/teach/courses/new"),
		chromedp.WaitVisible(chromedp.CSS(`#slug`)),
		chromedp.SendKeys(chromedp.CSS(`#title`), "Rivers again"),
		chromedp.SendKeys(chromedp.CSS(`#slug`), "rivers"),
		chromedp.SendKeys(chromedp.CSS(`#article`), "The Danube flows through ten countries.\n\nThe Rhine flows into the North Sea."),
		chromedp.SendKeys(chromedp.CSS(`#themes`), "1-2 Rivers"),
		chromedp.Click(chromedp.CSS(`[data-testid="create"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#slug-error`)),
	)
	type focused struct {
		ID, Value, DescribedBy, Invalid string
	}
	f, err := chromedp.Run(ctx, chromedp.Evaluate[focused](`(() => {
		const e = document.activeElement;
		return {ID: e.id, Value: e.value || "", DescribedBy: e.getAttribute("aria-describedby") || "",
			Invalid: e.getAttribute("aria-invalid") || ""};
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if f.ID != "slug" {
		t.Fatalf("after the bad submit the focus is on %q, want the short name (#slug)", f.ID)
	}
	if f.Value != "rivers" || f.Invalid != "true" || !strings.Contains(f.DescribedBy, "slug-error") {
		t.Errorf("the focused short name: %+v", f)
	}
	if msg := text(ctx, t, `#slug-error`); !strings.Contains(msg, "exists already") {
		t.Errorf("the message beside the short name reads %q", msg)
	}
	if overflows(ctx, t) {
		t.Error("the form with its message scrolls sideways at 360 pixels")
	}
	shot(ctx, t, "form-error-360")

	step("a new course with several problems",
		chromedp.Navigate(base+"/teach/courses/new"),
		chromedp.WaitVisible(chromedp.CSS(`#slug`)),
		chromedp.SendKeys(chromedp.CSS(`#slug`), "Bad Slug"),
		chromedp.Click(chromedp.CSS(`[data-testid="create"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="error-summary"]`)),
	)
	if id := text(ctx, t, `[data-testid="error-summary"] h2`); !strings.HasSuffix(id, "problems with this form") {
		t.Errorf("the summary's heading reads %q", id)
	}
	first, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.id`))
	if err != nil {
		t.Fatal(err)
	}
	if first != "title" {
		t.Errorf("with several problems the focus is on %q, want the first field in error (#title)", first)
	}
	if overflows(ctx, t) {
		t.Error("the form with its summary scrolls sideways at 360 pixels")
	}
	shot(ctx, t, "form-errors-summary-360")
}
