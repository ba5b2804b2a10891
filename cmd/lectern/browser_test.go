package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/lectern/lectern/internal/quiz"
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
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}}})
		return err
	})
}

// A learner takes a theme quiz in a real browser on a phone-sized screen,
// answering with the keyboard where it can, half the questions right: the
// feedback after each answer says right or wrong and quotes the paragraph,
// the results show the score, and after a server restart the progress is
// still on the home page.
func TestBrowserThemeQuiz(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	courses, err := quizzes.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	course := courses[0]
	key := map[string]quiz.Question{}
	for _, q := range course.Questions {
		key[q.ID] = q
	}
	dbPath := filepath.Join(t.TempDir(), "lectern.db")
	base, stop := startServer(t, dbPath)

	theme := course.Themes[0]
	if err := chromedp.Do(ctx,
		// A phone: 360 CSS pixels wide (a desktop window cannot be that narrow).
		chromedp.EmulateViewport(360, 740, chromedp.EmulateScale(2)),
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="course"]`)),
	); err != nil {
		t.Fatalf("open home: %v", err)
	}
	if overflows(ctx, t) {
		t.Error("home page scrolls sideways on a 360-pixel-wide screen")
	}
	shot(ctx, t, "home")
	if err := chromedp.Do(ctx,
		// The course's card leads to its themes.
		chromedp.Click(chromedp.CSS(`[data-testid="course-link"]`)),
		chromedp.WaitVisible(chromedp.CSS(`li[data-testid="theme"]`)),
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`button[name="theme"][value=%q]`, theme.Slug))),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="question"]`)),
	); err != nil {
		t.Fatalf("start the quiz: %v", err)
	}

	right, total := 0, 0
	for n := 1; ; n++ {
		if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`form.answer-form`))); err != nil {
			t.Fatalf("question %d: %v", n, err)
		}
		qid, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`input[name="q"]`), "value"))
		if err != nil {
			t.Fatalf("question %d: %v", n, err)
		}
		texts, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('.choice .text, select[name="match-0"] option')].map(e => e.textContent.trim())`))
		if err != nil {
			t.Fatalf("question %d: %v", n, err)
		}
		if n == 1 {
			shot(ctx, t, "question")
		}
		q, ok := key[qid.Value]
		if !ok {
			t.Fatalf("question %d: unknown id %q", n, qid.Value)
		}
		answerRight := n%2 == 1
		if err := chromedp.Do(ctx, answerActions(t, q, texts, answerRight)...); err != nil {
			t.Fatalf("question %d (%s): answering: %v", n, q.Type, err)
		}
		if err := chromedp.Do(ctx,
			chromedp.Click(chromedp.CSS(`[data-testid="submit"]`)),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="feedback"]`)),
		); err != nil {
			t.Fatalf("question %d: feedback: %v", n, err)
		}
		if n <= 2 {
			shot(ctx, t, fmt.Sprintf("feedback-%d", n))
		}
		if shown, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!document.querySelector(".shortcuts").hidden`)); err != nil || !shown {
			t.Errorf("question %d: the keyboard shortcuts are not listed (%v)", n, err)
		}
		heading := text(ctx, t, `[data-testid="feedback"] h2`)
		// The cited paragraph is quoted whole: open, or folded under the
		// highlighted sentence it tests.
		quote, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
			const f = document.querySelector('[data-testid="feedback"] figure');
			const q = f.querySelector('details blockquote') || f.querySelector('blockquote');
			return q.textContent;
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		if overflows(ctx, t) {
			t.Errorf("question %d scrolls sideways at 360 pixels", n)
		}
		if answerRight && heading != "Right" || !answerRight && heading == "Right" {
			t.Errorf("question %d (%s) answered right=%v: feedback says %q", n, q.ID, answerRight, heading)
		}
		if p, _ := course.Paragraph(q.Paragraphs[0]); strings.TrimSpace(quote) != p.Text {
			t.Errorf("question %d quotes %.60q, want paragraph %d", n, quote, q.Paragraphs[0])
		}
		total++
		if heading == "Right" {
			right++
		}
		label := text(ctx, t, `#next`)
		// Go on with the keyboard: Enter where the feedback left the
		// focus (on the feedback itself).
		if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
			t.Fatal(err)
		}
		if label == "See your results" {
			break
		}
		if n > 50 {
			t.Fatal("the quiz never ends")
		}
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`[data-testid="results"]`))); err != nil {
		t.Fatalf("results: %v", err)
	}
	score := text(ctx, t, `[data-testid="score"] strong`)
	shot(ctx, t, "results")
	if want := fmt.Sprintf("%d of %d", right, total); score != want {
		t.Errorf("results say %q, want %q", score, want)
	}
	if want := (total + 1) / 2; right != want {
		t.Errorf("%d right of %d; answered %d rightly", right, total, want)
	}

	// Restart the server on the same database: the progress is still there.
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	base2, stop2 := startServer(t, dbPath)
	defer stop2()
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base2+"/courses/china-russia"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="course"]`)),
	); err != nil {
		t.Fatal(err)
	}
	pct := text(ctx, t, fmt.Sprintf(`li[data-testid="theme"]:has(button[value=%q]) .pct`, theme.Slug))
	if want := fmt.Sprintf("%d%%", quiz.Percent(right, total)); pct != want {
		t.Errorf("after a restart the theme shows %q mastered, want %q", pct, want)
	}
}

// answerActions answers q on the page, rightly or not. Choice questions are
// answered with the number keys (the page's optional script); the others
// through their fields.
func answerActions(t *testing.T, q quiz.Question, texts []string, right bool) []chromedp.Action[chromedp.Void] {
	t.Helper()
	pos := func(text string) int {
		for i, s := range texts {
			if s == text {
				return i
			}
		}
		t.Fatalf("%q not among %q", text, texts)
		return -1
	}
	var acts []chromedp.Action[chromedp.Void]
	switch q.Type {
	case quiz.Single, quiz.TrueFalse, quiz.Multiple:
		picked := false
		for _, o := range q.Options {
			if o.Correct == right {
				acts = append(acts, chromedp.KeyEvent(fmt.Sprint(pos(o.Text)+1)))
				picked = true
				if q.Type != quiz.Multiple {
					break
				}
			}
		}
		if !picked {
			t.Fatalf("question %s: nothing to pick", q.ID)
		}
	case quiz.Short:
		ans := q.Answers[0]
		if !right {
			ans = "certainly not this"
		}
		acts = append(acts, chromedp.SendKeys(chromedp.CSS(`#text-answer`), ans))
	case quiz.Numeric:
		ans := fmt.Sprint(q.Numeric[0].Value)
		if !right {
			ans = fmt.Sprint(q.Numeric[0].Value + q.Numeric[0].Tolerance + 1000)
		}
		acts = append(acts, chromedp.SendKeys(chromedp.CSS(`#text-answer`), ans))
	case quiz.Matching:
		// texts holds the first select's options: "Choose…" then the rights.
		rights := texts[1:]
		for i, p := range q.Pairs {
			want := p.Right
			if !right {
				want = q.Pairs[(i+1)%len(q.Pairs)].Right
			}
			idx := -1
			for j, r := range rights {
				if r == want {
					idx = j
				}
			}
			if idx < 0 {
				t.Fatalf("right item %q not offered", want)
			}
			acts = append(acts, chromedp.SetValue(chromedp.CSS(fmt.Sprintf(`select[name="match-%d"]`, i)), fmt.Sprint(idx)))
		}
	}
	return acts
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
