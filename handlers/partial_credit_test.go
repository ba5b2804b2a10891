package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
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
	if got, want := strings.Join(strings.Fields(res.doc.Find(`[data-testid="score"]`).Text()), " "), "2 of 3 marks (67%): 1 question wholly right, 2 partly right"; got != want {
		t.Errorf("score line %q, want %q", got, want)
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

// One attempt with a half-credit answer (danube-1 half right, the two
// others right: 2.5 marks of 3) counts one way on every page that counts
// answers: the results, the learner's progress and map, the class page,
// the statistics; the half-right answer is listed as partly right, not as
// missed, and its flashcard says so.
func TestPartlyRightCountsOneWayEverywhere(t *testing.T) {
	a := newAppWith(t, partialCourse())
	teacher := teacherOn(t, a)
	k := a.class(t, "Year 9")
	b := a.browser()
	wantStatus(t, b.post("/join/"+k.Code, url.Values{"display_name": {"Sam Lee"}}), http.StatusSeeOther)
	att := b.startQuiz("danube")
	answers := map[string][2]string{"danube-1": {"The North Sea", ""}, "danube-2": {"", "ten"}, "danube-3": {"False", ""}}
	for n := 1; n <= 3; n++ {
		path := att + "/q/" + itoaT(n)
		p := b.get(path)
		qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
		w := answers[qid]
		wantStatus(t, b.post(path, answerPartly(t, p, w[0], w[1])), http.StatusSeeOther)
	}

	res := b.get(att + "/results")
	wantStatus(t, res, http.StatusOK)
	if got, want := strings.Join(strings.Fields(res.doc.Find(`[data-testid="score"]`).Text()), " "), "2.5 of 3 marks (83%): 2 questions wholly right, 1 partly right"; got != want {
		t.Errorf("results: score %q, want %q", got, want)
	}
	missed := res.doc.Find(`[data-testid="missed"] > li`)
	if missed.Length() != 1 || strings.TrimSpace(missed.Find(`[data-testid="partly"]`).Text()) != "Partly right (50%)" {
		t.Errorf("results: %d listed, marked %q; want the one partly right, said so", missed.Length(), missed.Find(`[data-testid="partly"]`).Text())
	}
	if got := strings.Join(strings.Fields(res.doc.Find(`[data-testid="retry-missed"]`).Text()), " "); got != "Retry the question not wholly right" {
		t.Errorf("results: retry button %q", got)
	}

	prog := b.get("/courses/rivers/progress")
	wantStatus(t, prog, http.StatusOK)
	if got := prog.doc.Find(`#accuracy, [data-testid="chart-accuracy"]`).Text() + prog.body; !strings.Contains(got, "2.5 of 3 marks (83%)") {
		t.Errorf("progress: the accuracy does not say 2.5 of 3 marks (83%%)")
	}
	// The summary under the chart words the figure as the results do.
	if want := "2.5 of 3 marks in all (83%): 2 questions wholly right, 1 partly right."; !strings.Contains(strings.Join(strings.Fields(prog.doc.Text()), " "), want) {
		t.Errorf("progress: the accuracy summary does not say %q", want)
	}
	if strings.Contains(prog.body, "of 3 right") {
		t.Error("progress: still counts answers wholly right out of all")
	}

	mp := b.get("/courses/rivers/map")
	wantStatus(t, mp, http.StatusOK)
	// Paragraph 1 is cited by the three questions: 2.5 of 3 known.
	if !strings.Contains(mp.body, "83%") {
		t.Errorf("map: no paragraph known at 83%%")
	}

	class := teacher.get("/teach/classes/" + strconv.FormatInt(k.ID, 10))
	wantStatus(t, class, http.StatusOK)
	row := class.doc.Find(`[data-testid="learner"]`).First()
	cells := row.Find("td").Map(func(_ int, s *goquery.Selection) string { return strings.TrimSpace(s.Text()) })
	if len(cells) < 5 || cells[3] != "83%" || cells[4] != "83%" {
		t.Errorf("class page: learner row %q, want a mean score of 83%% and danube mastery 83%%", cells)
	}

	stats := teacher.get("/teach/courses/rivers/statistics")
	wantStatus(t, stats, http.StatusOK)
	if got := strings.TrimSpace(stats.doc.Find(`[data-testid="set-mean"]`).First().Text()); got != "83%" {
		t.Errorf("statistics: mean score %q, want 83%%", got)
	}

	// The half-right question comes back as a card that says it was
	// partly right.
	rev := b.get("/courses/rivers/review?theme=danube")
	wantStatus(t, rev, http.StatusOK)
	if got := rev.doc.Find(".tags").Text(); !strings.Contains(got, "Partly right in a quiz (50%)") || strings.Contains(got, "Missed") {
		t.Errorf("flashcard of the half-right question tagged %q", strings.Join(strings.Fields(got), " "))
	}
}
