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

// numericCourse is the test course with Moodle's marks on the numeric
// question rhine-3: 2 is right, 3 earns half marks with its feedback, 1..1.5
// earns none but has feedback, and any other number meets the catch-all.
func numericCourse() *quiz.Course {
	c := quiztest.Course()
	for i := range c.Questions {
		if q := &c.Questions[i]; q.ID == "rhine-3" {
			half, none := 0.5, 0.0
			q.Numeric = []quiz.NumericAnswer{
				{Value: 2, Feedback: "Right: two seas."},
				{Value: 3, Fraction: &half, Feedback: "Close: the Alps are no sea."},
				{Value: 1.25, Min: 1, Max: 1.5, Fraction: &none, Feedback: "The text names a second sea."},
				{Any: true, Feedback: "Count the seas again."},
			}
		}
	}
	return c
}

// answerNumeric answers rhine-3 in a new attempt on its theme with text
// and returns the feedback box's heading and text.
func answerNumeric(t *testing.T, b *browser, text string) (head, box string) {
	t.Helper()
	head, box, _ = answerNumericIn(t, b, text)
	return head, box
}

// answerNumericIn is answerNumeric that also returns the attempt's path.
func answerNumericIn(t *testing.T, b *browser, text string) (head, box, att string) {
	t.Helper()
	att = b.startQuiz("rhine-and-borders")
	for n := 1; n <= 3; n++ {
		path := att + "/q/" + itoaT(n)
		p := b.get(path)
		wantStatus(t, p, http.StatusOK)
		qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
		if qid != "rhine-3" {
			continue
		}
		// The answer key stays on the server until the learner answers.
		for _, secret := range []string{"Close: the Alps", "second sea", "Count the seas", "50%"} {
			if strings.Contains(p.body, secret) {
				t.Fatalf("the question page holds %q before answering", secret)
			}
		}
		wantStatus(t, b.post(path, answerPartly(t, p, "", text)), http.StatusSeeOther)
		fb := b.get(path)
		wantStatus(t, fb, http.StatusOK)
		s := fb.doc.Find(`[data-testid="feedback"]`)
		return s.Find("h2").Text(), s.Text(), att
	}
	t.Fatal("rhine-3 is not in the quiz")
	return "", "", ""
}

func TestNumericMarksThroughTheQuiz(t *testing.T) {
	a := newAppWith(t, numericCourse())
	b := a.browser()
	cases := []struct {
		text, head, feedback string
		score                float64
	}{
		{"3", "Partly right (50%)", "Close: the Alps are no sea.", 0.5},
		{"1,2", "Not quite", "The text names a second sea.", 0},
		{"7", "Not quite", "Count the seas again.", 0},
		{"2.0", "Right", "Right: two seas.", 1},
	}
	for _, c := range cases {
		head, box := answerNumeric(t, b, c.text)
		if head != c.head || !strings.Contains(box, c.feedback) {
			t.Errorf("%s: heading %q, feedback %q; want %q with %q", c.text, head, box, c.head, c.feedback)
		}
	}
	// The stored responses keep the marks.
	rows, err := a.rawDB().QueryContext(context.Background(),
		"SELECT score, correct FROM responses WHERE question_id IN (SELECT id FROM questions WHERE uid = 'rhine-3') ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []float64
	for rows.Next() {
		var s float64
		var correct bool
		if err := rows.Scan(&s, &correct); err != nil {
			t.Fatal(err)
		}
		if correct != (s == 1) {
			t.Errorf("score %v stored with correct=%v", s, correct)
		}
		got = append(got, s)
	}
	if len(got) != len(cases) {
		t.Fatalf("%d stored responses, want %d", len(got), len(cases))
	}
	for i, c := range cases {
		if got[i] != c.score {
			t.Errorf("%s: stored score %v, want %v", c.text, got[i], c.score)
		}
	}
}

// A numeric question written before answers had marks grades as it did:
// any accepted value is right, anything else wrong, with no feedback.
func TestNumericWithoutMarksGradesAsBefore(t *testing.T) {
	a := newAppWith(t, quiztest.Course())
	b := a.browser()
	if head, _ := answerNumeric(t, b, "2"); head != "Right" {
		t.Errorf("2: heading %q, want Right", head)
	}
	if head, box := answerNumeric(t, b, "3"); head != "Not quite" || strings.Contains(box, "%)") {
		t.Errorf("3: heading %q, feedback %q", head, box)
	}
}

func TestEditorSetsNumericMarks(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	set := danubeSet(t, a)
	form := url.Values{
		"type": {"numeric"}, "kind": {"fact"}, "prompt": {"How many countries does the Danube cross?"}, "par": {"1"}, "explanation": {"Ten."},
		"num-value-0": {"10"}, "num-feedback-0": {"Right: ten."},
		"num-value-1": {"10"}, "num-tol-1": {"1"}, "num-mark-1": {"50"}, "num-feedback-1": {"Close."},
		"num-min-2": {"1"}, "num-max-2": {"5"}, "num-mark-2": {"0"}, "num-feedback-2": {"Far too few."},
		"catchall": {"Count again."},
	}
	// Marks not in Moodle's list: the message sits beside the rows, the
	// input is kept and nothing is written.
	_, before, _ := a.db.FindSet(context.Background(), 1)
	bad := url.Values{}
	for k, v := range form {
		bad[k] = v
	}
	bad.Set("num-mark-1", "45")
	r := b.post("/teach/sets/"+set+"/questions", bad)
	wantStatus(t, r, http.StatusUnprocessableEntity)
	if got := r.doc.Find("#numeric-error").Text(); !strings.Contains(got, "Row 2: choose its marks from the list") {
		t.Errorf("numeric error %q", got)
	}
	if v := r.doc.Find(`textarea[name="num-feedback-2"]`).Text(); v != "Far too few." {
		t.Errorf("the typed feedback was not kept: %q", v)
	}
	if v, _ := r.doc.Find("#catchall").Attr("value"); v != "Count again." {
		t.Errorf("the typed catch-all was not kept: %q", v)
	}
	// No row with full marks.
	bad.Set("num-mark-1", "50")
	bad.Set("num-mark-0", "50")
	r = b.post("/teach/sets/"+set+"/questions", bad)
	wantStatus(t, r, http.StatusUnprocessableEntity)
	if got := r.doc.Find("#numeric-error").Text(); !strings.Contains(got, "with full marks") {
		t.Errorf("numeric error %q", got)
	}
	if v, _ := r.doc.Find(`#num-mark-0 option[selected]`).Attr("value"); v != "50" {
		t.Errorf("the chosen mark was not kept: %q", v)
	}
	// Feedback with no number.
	bad.Set("num-mark-0", "")
	bad.Set("num-feedback-3", "Orphan.")
	r = b.post("/teach/sets/"+set+"/questions", bad)
	wantStatus(t, r, http.StatusUnprocessableEntity)
	if got := r.doc.Find("#numeric-error").Text(); !strings.Contains(got, "Row 4 has marks or feedback but no number") {
		t.Errorf("numeric error %q", got)
	}
	if _, qs, _ := a.db.FindSet(context.Background(), 1); len(qs) != len(before) {
		t.Fatalf("a refused question was written: %d questions, want %d", len(qs), len(before))
	}

	wantStatus(t, b.post("/teach/sets/"+set+"/questions", form), http.StatusSeeOther)
	_, qs, _ := a.db.FindSet(context.Background(), 1)
	if len(qs) != len(before)+1 {
		t.Fatalf("%d questions, want %d", len(qs), len(before)+1)
	}
	sq := qs[len(qs)-1]
	got := sq.Question.Numeric
	if len(got) != 4 || got[0].Fraction != nil || got[0].Feedback != "Right: ten." ||
		got[1].Mark() != 0.5 || got[1].Tolerance != 1 || got[1].Feedback != "Close." ||
		got[2].Fraction == nil || *got[2].Fraction != 0 || got[2].Min != 1 || got[2].Max != 5 ||
		!got[3].Any || got[3].Feedback != "Count again." {
		t.Fatalf("saved answers %+v", got)
	}
	// The set page lists every answer in order with its marks.
	sp := b.get("/teach/sets/" + set)
	wantStatus(t, sp, http.StatusOK)
	for _, want := range []string{"10: Right: ten.", "10 ± 1 (50%): Close.", "1 to 5 (0%): Far too few.", "any other number (0%): Count again."} {
		if !strings.Contains(sp.body, want) {
			t.Errorf("the set page does not list %q", want)
		}
	}
	// The editor shows them again.
	e := b.get("/teach/questions/" + itoa64(sq.ID) + "/edit")
	wantStatus(t, e, http.StatusOK)
	for sel, want := range map[string]string{`#num-mark-0 option[selected]`: "", `#num-mark-1 option[selected]`: "50", `#num-mark-2 option[selected]`: "0"} {
		if v, _ := e.doc.Find(sel).Attr("value"); v != want {
			t.Errorf("%s: the editor shows mark %q, want %q", sel, v, want)
		}
	}
	if v, _ := e.doc.Find("#catchall").Attr("value"); v != "Count again." {
		t.Errorf("the editor shows catch-all %q", v)
	}
	if v := e.doc.Find("#num-feedback-1").Text(); v != "Close." {
		t.Errorf("the editor shows feedback %q", v)
	}
	// Every control is labelled.
	e.doc.Find(`[data-testid="numeric-row"] select, [data-testid="numeric-row"] input`).Each(func(_ int, s *goquery.Selection) {
		id, _ := s.Attr("id")
		if s.ParentsFiltered("label").Length() == 0 && (id == "" || e.doc.Find(`label[for="`+id+`"]`).Length() == 0) {
			name, _ := s.Attr("name")
			t.Errorf("%s has no label", name)
		}
	})
}
