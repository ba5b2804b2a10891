package main

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// clearCookies forgets every cookie: the browser is a new visitor, so
// that signing in next does not merge the learner it was into the account.
func clearCookies() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, network.ClearBrowserCookies, cdp.Empty{})
		return err
	})
}

// An instructor makes a class for the built-in course (which belongs to
// the admins); a visitor on a phone-sized screen types its code, in lower
// case with a space, in the home page's join form; the instructor then
// finds them on the class page.
func TestBrowserJoinClassByCode(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	dbPath := t.TempDir() + "/lectern.db"
	env := func(k string) string { return map[string]string{"LECTERN_DB": dbPath}[k] }
	if err := run(context.Background(), []string{"user", "add", "--email", "head@school.example", "--role", "admin"}, env,
		strings.NewReader("run the whole school\n"), io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	base, stop := startServer(t, dbPath)
	defer stop()
	step := func(name string, acts ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, acts...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	signIn := []chromedp.Action[chromedp.Void]{
		chromedp.Navigate(base + "/login"),
		chromedp.SendKeys(chromedp.CSS(`#email`), "head@school.example"),
		chromedp.SendKeys(chromedp.CSS(`#password`), "run the whole school"),
		chromedp.Click(chromedp.CSS(`[data-testid="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`a[href="/teach"]`)),
	}
	step("sign in", signIn...)
	step("make a class",
		chromedp.Navigate(base+"/teach/courses/china-russia/settings"),
		chromedp.SendKeys(chromedp.CSS(`#class_name`), "Year 11"),
		chromedp.Click(chromedp.CSS(`[data-testid="create-class"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="code"]`)),
	)
	code := text(ctx, t, `[data-testid="code"]`)
	classURL, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	if overflows(ctx, t) {
		t.Error("the class page scrolls sideways on a 360-pixel-wide screen")
	}
	shot(ctx, t, "class-empty")

	step("a visitor joins by the code",
		clearCookies(),
		chromedp.Navigate(base+"/"),
		chromedp.Click(chromedp.CSS(`[data-testid="join-link"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#code`)),
		chromedp.SendKeys(chromedp.CSS(`#code`), strings.ToLower(code[:3])+" "+code[3:]),
		chromedp.Focus(chromedp.CSS(`[data-testid="join-code-button"]`)),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="course-classes"]`)),
	)
	if got := text(ctx, t, `[data-testid="course-classes"]`); !strings.Contains(got, "Year 11") {
		t.Errorf("the course page lists the classes %q", got)
	}
	if overflows(ctx, t) {
		t.Error("the course page with its classes scrolls sideways on a 360-pixel-wide screen")
	}
	shot(ctx, t, "class-joined")

	step("the instructor signs in again", append([]chromedp.Action[chromedp.Void]{clearCookies()}, signIn...)...)
	step("the instructor opens the class",
		chromedp.Navigate(classURL),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="learner"]`)),
	)
	if got := text(ctx, t, `[data-testid="learner"] th`); got != "Anonymous learner #1" {
		t.Errorf("the class page lists %q", got)
	}
	if overflows(ctx, t) {
		t.Error("the class page with a learner scrolls sideways on a 360-pixel-wide screen")
	}
	shot(ctx, t, "class-one-learner")
}
