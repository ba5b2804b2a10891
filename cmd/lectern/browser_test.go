package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/lectern/lectern/internal/quiz"
)

// A learner takes a theme quiz in a real browser on a phone-sized screen,
// answering with the keyboard where it can, half the questions right: the
// feedback after each answer says right or wrong and quotes the paragraph,
// the results show the score, and after a server restart the progress is
// still on the home page.
func TestBrowserThemeQuiz(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	course, key := builtinKey(t)
	dbPath := filepath.Join(t.TempDir(), "lectern.db")
	base, stop := startServer(t, dbPath)

	theme := course.Themes[0]
	if err := chromedp.Do(ctx,
		phone(),
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

	right, total, typed := 0, 0, 0
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
		if q.Type == quiz.Short || q.Type == quiz.Numeric {
			// A question answered by typing has the focus in its field
			// once the page (its script included) has loaded.
			id, err := chromedp.Run(ctx, chromedp.Evaluate[string](`new Promise(r => {
				const id = () => r(document.activeElement ? document.activeElement.id : "");
				document.readyState === "complete" ? id() : addEventListener("load", id);
			})`, chromedp.EvalAwaitPromise))
			if err != nil {
				t.Fatal(err)
			}
			if id != "text-answer" {
				t.Errorf("question %d (%s): the focus is on %q as the page opens, not on the answer field", n, q.Type, id)
			}
			typed++
		}
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
	if typed == 0 {
		t.Error("the quiz had no question answered by typing")
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
		acts = append(acts, scriptReady())
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
		// The field has the focus as the page opens (checked before):
		// the answer is typed with no click and no Tab.
		acts = append(acts, chromedp.KeyEvent(ans))
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
