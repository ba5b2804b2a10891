package handlers_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

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
	att := b.startQuiz("rhine-and-borders")
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
		return s.Find("h2").Text(), s.Text()
	}
	t.Fatal("rhine-3 is not in the quiz")
	return "", ""
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
