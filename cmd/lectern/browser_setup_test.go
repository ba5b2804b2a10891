package main

// The set-up every browser test of this package shares: Chromium started
// one way, the accounts and courses the tests sign in with, and the steps
// they take on the way to what each one checks.

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/internal/store"
	"github.com/lectern/lectern/quizzes"
)

// browserContext starts headless Chromium with a fresh profile, or skips
// the test where Chromium is not installed (and fails instead when
// LECTERN_REQUIRE_BROWSER=1, as in CI).
func browserContext(t *testing.T) (context.Context, context.CancelFunc) {
	t.Helper()
	return browserContextFor(t, 90*time.Second)
}

// browserContextFor is browserContext with a longer or shorter limit on
// the test's steps.
func browserContextFor(t *testing.T, limit time.Duration) (context.Context, context.CancelFunc) {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("LECTERN_REQUIRE_BROWSER") == "1" {
			t.Fatal("Chromium is required (LECTERN_REQUIRE_BROWSER=1) but not installed")
		}
		t.Skip("browser test skipped: Chromium not found (install Debian's chromium package to run it)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.UserDataDir(filepath.Join(t.TempDir(), "profile")),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(360, 780),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelC := chromedp.NewContext(actx)
	// The first Do starts the browser and binds its life to bctx; the
	// timeout then limits the test's steps without killing the browser early.
	if err := chromedp.Do(bctx, reducedMotion()); err != nil {
		cancelC()
		cancelA()
		t.Fatalf("start Chromium: %v", err)
	}
	ctx, cancelT := context.WithTimeout(bctx, limit)
	return ctx, func() { cancelT(); cancelC(); cancelA() }
}

// reducedMotion asks pages for reduced motion, as a learner may: Lectern's
// stylesheet then scrolls to an anchor at once rather than smoothly, so a
// click never aims at where a button was before the page finished
// scrolling.
func reducedMotion() chromedp.Action[chromedp.Void] {
	return emulatedMedia(&emulation.MediaFeature{Name: "prefers-reduced-motion", Value: "reduce"})
}

// darkMode asks pages for the dark colour scheme, or the light one, with
// reduced motion still.
func darkMode(dark bool) chromedp.Action[chromedp.Void] {
	scheme := "light"
	if dark {
		scheme = "dark"
	}
	return emulatedMedia(&emulation.MediaFeature{Name: "prefers-reduced-motion", Value: "reduce"},
		&emulation.MediaFeature{Name: "prefers-color-scheme", Value: scheme})
}

// emulatedMedia sets the media features pages see, in place of those set
// before.
func emulatedMedia(features ...*emulation.MediaFeature) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: features})
		return err
	})
}

// phone makes the page a phone's: 360 CSS pixels wide (a desktop window
// cannot be that narrow), at twice the density.
func phone() chromedp.Action[chromedp.Void] {
	return chromedp.EmulateViewport(360, 740, chromedp.EmulateScale(2))
}

// clearCookies forgets every cookie: the browser is a new visitor, so
// that signing in next does not merge the learner it was into the account.
func clearCookies() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, network.ClearBrowserCookies, cdp.Empty{})
		return err
	})
}

// discard runs an action for its effect.
func discard[T any](a chromedp.Action[T]) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := a(ctx, t)
		return chromedp.Void{}, err
	}
}

// stepper returns step, which runs a named group of actions in the browser
// and ends the test at the first that fails, saying which group it was in.
func stepper(ctx context.Context, t *testing.T) func(name string, acts ...chromedp.Action[chromedp.Void]) {
	return func(name string, acts ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, acts...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

// addAccount creates an account in the database at dbPath through the
// command line, as an administrator does; role is instructor or admin (the
// admins own the built-in course).
func addAccount(t *testing.T, dbPath, email, role, password string) {
	t.Helper()
	env := func(k string) string { return map[string]string{"LECTERN_DB": dbPath}[k] }
	if err := run(context.Background(), []string{"user", "add", "--email", email, "--role", role}, env,
		strings.NewReader(password+"\n"), io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
}

// publishedRivers adds the test course (slug rivers) to the database at
// dbPath, publishes it and makes the instructor with that email its owner.
func publishedRivers(t *testing.T, dbPath, email string) *quiz.StoredCourse {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.ImportCourse(ctx, quiztest.Course(), 0); err != nil {
		t.Fatal(err)
	}
	rc, err := s.FindCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetCourseStatus(ctx, rc.ID, quiz.CoursePublished); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddCourseOwner(ctx, rc.ID, email); err != nil {
		t.Fatal(err)
	}
	return rc
}

// signInForm signs in on the login page and waits for the menu's link to the
// instructor's pages.
func signInForm(base, email, password string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Navigate(base+"/login"),
		chromedp.SendKeys(chromedp.CSS(`#email`), email),
		chromedp.SendKeys(chromedp.CSS(`#password`), password),
		chromedp.Click(chromedp.CSS(`[data-testid="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`a[href="/teach"]`)),
	)
}

// signOut signs out with the menu's button and waits for the link to sign
// in again.
func signOut() chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`a[href="/login"]`)),
	)
}

// fillImport opens a course's import page and fills in its form: the file
// to upload, the theme its items go into and the new set's title.
func fillImport(base, course, file, theme, title string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Navigate(base+"/teach/courses/"+course+"/import"),
		chromedp.SetUploadFiles(chromedp.CSS(`#file`), []string{file}),
		chromedp.SetValue(chromedp.CSS(`#theme`), theme),
		chromedp.Clear(chromedp.CSS(`#title`)),
		chromedp.SendKeys(chromedp.CSS(`#title`), title),
	)
}

// submitImport sends the import form for its preview.
func submitImport() chromedp.Action[chromedp.Void] {
	return chromedp.Click(chromedp.CSS(`form[enctype] button[type="submit"]`))
}

// confirmImport confirms the import the preview shows and waits for the
// page of what was imported, which says so.
func confirmImport() chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Click(chromedp.CSS(`[data-testid="confirm"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="flash"]`)),
	)
}

// setLink returns the address of the set of that title listed on the
// instructor's course page the browser shows, and ends the test when none
// is listed.
func setLink(ctx context.Context, t *testing.T, title string) string {
	t.Helper()
	href, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(
		`[...document.querySelectorAll('[data-testid="set-row"] a')].find(a => a.textContent.trim() === %q).getAttribute('href')`, title)))
	if err != nil || href == "" {
		t.Fatalf("the imported set is not listed: %v", err)
	}
	return href
}

// openEditorOnPhone opens a set's page at 360 pixels and its first
// question in the editor.
func openEditorOnPhone(base, href string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		phone(),
		chromedp.Navigate(base+href),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="set-questions"]`)),
		chromedp.Click(chromedp.CSS(`[data-testid="edit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="editor"]`)),
	)
}

// builtinKey returns the built-in course as Lectern ships it, and its
// questions by id: the answer key a test answers from.
func builtinKey(t *testing.T) (*quiz.Course, map[string]quiz.Question) {
	t.Helper()
	courses, err := quizzes.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	course := courses[0]
	key := map[string]quiz.Question{}
	for _, q := range course.Questions {
		key[q.ID] = q
	}
	return course, key
}

// reviewCard opens a course's flashcards, shows the first card's answer
// with Space and rates it Good with the key 3.
// scriptReady waits until the page's deferred script has run (it shows
// the list of keyboard shortcuts), so that a key pressed next reaches its
// handler: an element can be visible before the script has run.
func scriptReady() chromedp.Action[chromedp.Void] {
	return chromedp.WaitVisible(chromedp.CSS(`[data-testid="shortcuts"]`))
}

func reviewCard(base, course string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Navigate(base+"/courses/"+course+"/review"),
		chromedp.WaitVisible(chromedp.CSS(`#show`)),
		scriptReady(),
		chromedp.KeyEvent(" "),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="back"]`)),
		scriptReady(),
		chromedp.KeyEvent("3"),
		chromedp.WaitNotPresent(chromedp.CSS(`[data-testid="back"]`)),
	)
}

// text returns the text of the first element matching a CSS selector.
func text(ctx context.Context, t *testing.T, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

// overflows reports whether the page scrolls sideways.
func overflows(ctx context.Context, t *testing.T) bool {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// shot saves a screenshot of the page as NAME.png in the folder named by
// LECTERN_SCREENSHOTS, when it is set; it does nothing otherwise.
func shot(ctx context.Context, t *testing.T, name string) {
	t.Helper()
	dir := os.Getenv("LECTERN_SCREENSHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// answerAnything answers the questions of the quiz the page shows, each
// with anything at all (its first choice, a word, the second item of each
// list), until the results or the tenth question. On a question whose
// prompt ours accepts it calls before, on the question's page, and after,
// on its feedback; it reports whether such a question came.
func answerAnything(ctx context.Context, t *testing.T, ours func(prompt string) bool, before, after func()) bool {
	t.Helper()
	step := stepper(ctx, t)
	seen := false
	for n := 1; n <= 10; n++ {
		mine := ours(text(ctx, t, `#prompt`))
		if mine {
			seen = true
			before()
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
			const c = document.querySelector('.choice input');
			if (c) { c.checked = true; return true; }
			const t = document.querySelector('form.answer-form input[type="text"], form.answer-form input[name="text"]');
			if (t) { t.value = "ten"; return true; }
			document.querySelectorAll('form.answer-form select').forEach(s => { s.selectedIndex = 1; });
			return true;
		})()`)); err != nil {
			t.Fatal(err)
		}
		step(fmt.Sprintf("answer %d", n),
			chromedp.Click(chromedp.CSS(`[data-testid="submit"]`)),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="feedback"]`)),
		)
		if mine {
			after()
		}
		label := text(ctx, t, `#next`)
		step("go on", chromedp.Click(chromedp.CSS(`#next`)))
		if label == "See your results" {
			break
		}
		step("next question", chromedp.WaitVisible(chromedp.CSS(`[data-testid="question"]`)))
	}
	return seen
}
