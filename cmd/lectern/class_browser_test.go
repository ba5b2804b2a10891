package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// An instructor makes a class for the built-in course (which belongs to
// the admins); a visitor on a phone-sized screen types its code, in lower
// case with a space, in the home page's join form; the instructor then
// finds them on the class page.
func TestBrowserJoinClassByCode(t *testing.T) {
	// A whole quiz and two reviews besides the instructor's pages: more
	// steps than most browser tests, on a shared machine.
	ctx, cancel := browserContextFor(t, 4*time.Minute)
	defer cancel()
	dbPath := t.TempDir() + "/lectern.db"
	addAccount(t, dbPath, "head@school.example", "admin", "run the whole school")
	base, stop := startServer(t, dbPath)
	defer stop()
	step := stepper(ctx, t)
	step("sign in", signInForm(base, "head@school.example", "run the whole school"))
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
		// Without an account, the name is required: joining without it
		// says so beside the field and keeps the code.
		chromedp.Focus(chromedp.CSS(`[data-testid="join-code-button"]`)),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`#display_name-error`)),
	)
	if got, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(`#code`))); err != nil || got == "" {
		t.Errorf("the code field holds %q after a refused join (%v)", got, err)
	}
	step("the visitor gives a name and joins",
		chromedp.SendKeys(chromedp.CSS(`#display_name`), "Mei <Lin>"),
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

	// The learner takes the first theme's quiz, every other answer right,
	// and reviews two flashcards.
	course, key := builtinKey(t)
	step("start the first theme's quiz",
		chromedp.Navigate(base+"/courses/"+course.Course.Slug),
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`button[name="theme"][value=%q]`, course.Themes[0].Slug))),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="question"]`)),
	)
	answered := 0
	for n := 1; ; n++ {
		step(fmt.Sprintf("question %d", n), chromedp.WaitVisible(chromedp.CSS(`form.answer-form`)))
		qid, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`input[name="q"]`), "value"))
		if err != nil {
			t.Fatal(err)
		}
		texts, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('.choice .text, select[name="match-0"] option')].map(e => e.textContent.trim())`))
		if err != nil {
			t.Fatal(err)
		}
		q, ok := key[qid.Value]
		if !ok {
			t.Fatalf("question %d: unknown id %q", n, qid.Value)
		}
		step(fmt.Sprintf("answer question %d", n), answerActions(t, q, texts, n%2 == 1)...)
		step(fmt.Sprintf("feedback on question %d", n),
			chromedp.Click(chromedp.CSS(`[data-testid="submit"]`)),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="feedback"]`)),
		)
		answered++
		label := text(ctx, t, `#next`)
		step("go on", chromedp.Click(chromedp.CSS(`#next`)))
		if label == "See your results" {
			break
		}
		if n > 50 {
			t.Fatal("the quiz never ends")
		}
	}
	step("results", chromedp.WaitVisible(chromedp.CSS(`[data-testid="results"]`)))
	for i := range 2 {
		step(fmt.Sprintf("review card %d", i+1), reviewCard(base, "china-russia"))
	}

	step("the instructor signs in again", clearCookies(), signInForm(base, "head@school.example", "run the whole school"))
	step("the instructor opens the class",
		chromedp.Navigate(classURL),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="learner"]`)),
	)
	if got := text(ctx, t, `[data-testid="learner"] th`); got != "Mei <Lin>" {
		t.Errorf("the class page lists %q", got)
	}
	// Their quiz, its mean score and their last activity are on the page.
	cells, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('[data-testid="learner"] td')].map(e => e.textContent.trim())`))
	if err != nil {
		t.Fatal(err)
	}
	if len(cells) < 4 || cells[1] == "none yet" || cells[2] != "1" || !strings.HasSuffix(cells[3], "%") {
		t.Errorf("the learner's row reads %q, want their last activity, 1 quiz and its mean score", cells)
	}
	if overflows(ctx, t) {
		t.Error("the class page with a learner scrolls sideways on a 360-pixel-wide screen")
	}
	shot(ctx, t, "class-one-learner")

	// The statistics of the class count the learner's answers, and the
	// article as the class knows it shades what they answered.
	classID := classURL[strings.LastIndex(classURL, "/")+1:]
	step("the class's statistics",
		chromedp.Navigate(base+"/teach/courses/china-russia/statistics?class="+classID),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="stats-article"]`)),
	)
	if got, want := text(ctx, t, `[data-testid="stats-count"]`), fmt.Sprintf("%d responses counted", answered); !strings.HasPrefix(got, want) {
		t.Errorf("the class's statistics say %q, want %q", got, want)
	}
	shares, err := chromedp.Run(ctx, chromedp.Evaluate[int](`[...document.querySelectorAll('.stats-para.cited')].filter(p => /\d+%/.test(p.textContent)).length`))
	if err != nil || shares == 0 {
		t.Errorf("no paragraph of the article is shaded by the class's answers (%v)", err)
	}
	if overflows(ctx, t) {
		t.Error("the class's statistics scroll sideways on a 360-pixel-wide screen")
	}
	shot(ctx, t, "class-statistics")
	// The whole course's statistics count them too.
	step("the course's statistics",
		chromedp.Navigate(base+"/teach/courses/china-russia/statistics"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="stats-article"]`)),
	)
	if got, want := text(ctx, t, `[data-testid="stats-count"]`), fmt.Sprintf("%d responses counted", answered); !strings.HasPrefix(got, want) {
		t.Errorf("the course's statistics say %q, want %q", got, want)
	}
}
