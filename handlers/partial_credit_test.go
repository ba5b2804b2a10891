package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
)

// partialCourse is the test course with Moodle's marks: a half-marks
// option and a second fully right one in danube-1, and a half-marks short
// answer with feedback and a catch-all in danube-2.
func partialCourse() *quiz.Course {
	c := quiztest.Course()
	for i := range c.Questions {
		q := &c.Questions[i]
		switch q.ID {
		case "danube-1":
			q.Options[1] = quiz.Option{Text: "The North Sea", Fraction: 0.5, Feedback: "Half marks: that is where the Rhine ends."}
		case "danube-2":
			q.Marked = []quiz.ShortAnswer{{Text: "eleven", Fraction: 0.5, Feedback: "Close: it is ten."}, {Text: "*", Feedback: "Count again."}}
		}
	}
	return c
}

// answerPartly answers the question on page p with the option whose text
// is given, or types the text.
func answerPartly(t *testing.T, p page, option, text string) url.Values {
	t.Helper()
	qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
	f := url.Values{"q": {qid}}
	if text != "" {
		f.Set("text", text)
		return f
	}
	p.doc.Find(".choice").Each(func(_ int, s *goquery.Selection) {
		if strings.TrimSpace(s.Find(".text").Text()) == option {
			v, _ := s.Find("input").Attr("value")
			f.Set("choice", v)
		}
	})
	if f.Get("choice") == "" {
		t.Fatalf("option %q not on the page", option)
	}
	return f
}

func TestPartialCreditThroughTheQuiz(t *testing.T) {
	a := newAppWith(t, partialCourse())
	b := a.browser()
	att := b.startQuiz("danube")
	want := map[string]struct {
		option, text, head, feedback string
	}{
		"danube-1": {option: "The North Sea", head: "Partly right (50%)", feedback: "Half marks: that is where the Rhine ends."},
		"danube-2": {text: "Eleven", head: "Partly right (50%)", feedback: "Close: it is ten."},
		"danube-3": {option: "False", head: "Right", feedback: "Right: the Black Sea."},
	}
	for n := 1; n <= 3; n++ {
		path := att + "/q/" + itoaT(n)
		p := b.get(path)
		wantStatus(t, p, http.StatusOK)
		// The answer key stays on the server: no fraction or answer
		// feedback on the page before answering.
		if strings.Contains(p.body, "Half marks") || strings.Contains(p.body, "Close: it is ten") || strings.Contains(p.body, "50%") {
			t.Fatalf("question %d: the page holds marks or feedback before answering", n)
		}
		qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
		w := want[qid]
		r := b.post(path, answerPartly(t, p, w.option, w.text))
		wantStatus(t, r, http.StatusSeeOther)
		fb := b.get(path)
		wantStatus(t, fb, http.StatusOK)
		box := fb.doc.Find(`[data-testid="feedback"]`)
		if got := box.Find("h2").Text(); got != w.head {
			t.Errorf("%s: heading %q, want %q", qid, got, w.head)
		}
		if !strings.Contains(fb.doc.Find(`[data-testid="question"]`).Text()+box.Text(), w.feedback) {
			t.Errorf("%s: the feedback %q is not shown", qid, w.feedback)
		}
	}
	// The stored responses keep the fraction.
	raw := a.rawDB()
	var sum float64
	var n int
	if err := raw.QueryRowContext(context.Background(), "SELECT COUNT(*), SUM(score) FROM responses").Scan(&n, &sum); err != nil {
		t.Fatal(err)
	}
	if n != 3 || sum != 2 {
		t.Errorf("%d stored responses scoring %v, want 3 scoring 0.5 + 0.5 + 1", n, sum)
	}
	res := b.get(att + "/results")
	wantStatus(t, res, http.StatusOK)
	if got := res.doc.Find(`[data-testid="score"] strong`).Text(); got != "2 of 3" {
		t.Errorf("score %q, want 2 of 3 (marks)", got)
	}
	if got := res.doc.Find(`[data-testid="score"]`).Text(); !strings.Contains(got, "(67%)") || !strings.Contains(got, "1 wholly right") {
		t.Errorf("score line %q", got)
	}
	// Both partly right answers come back as missed; the wholly right one
	// does not.
	if got := res.doc.Find(`[data-testid="missed"] > li`).Length(); got != 2 {
		t.Errorf("%d missed questions listed, want 2", got)
	}
	// Mastery counts the marks: 2 of 3.
	home := b.get("/courses/rivers")
	if got := home.doc.Find(`[data-testid="theme"]`).First().Find(".pct").Text(); got != "67%" {
		t.Errorf("danube mastery on the course page %q, want 67%%", got)
	}
	// A catch-all answer gets its feedback and no marks.
	att = b.startQuiz("danube")
	for n := 1; n <= 3; n++ {
		path := att + "/q/" + itoaT(n)
		p := b.get(path)
		qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
		if qid != "danube-2" {
			continue
		}
		wantStatus(t, b.post(path, answerPartly(t, p, "", "twelve")), http.StatusSeeOther)
		box := b.get(path).doc.Find(`[data-testid="feedback"]`)
		if got := box.Find("h2").Text(); got != "Not quite" || !strings.Contains(box.Text(), "Count again.") {
			t.Errorf("catch-all: heading %q, feedback %q", got, box.Text())
		}
	}
}
