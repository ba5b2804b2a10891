package handlers_test

import (
	"net/http"
	"strconv"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// A matching question's feedback says "Your answer" beside each item, as
// the other types' feedback does, whether the match was right or not.
func TestMatchingFeedbackShowsYourAnswer(t *testing.T) {
	a := newApp(t)
	learner := a.browser()
	att := learner.startQuiz("rhine-and-borders")
	var got []string
	for n := 1; ; n++ {
		path := att + "/q/" + strconv.Itoa(n)
		p := learner.get(path)
		if p.status != http.StatusOK || p.doc.Find("form.answer-form").Length() == 0 {
			break
		}
		qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
		if p.doc.Find(`[data-testid="match-your-answer"]`).Length() != 0 {
			t.Errorf("%s says \"Your answer\" before it is answered", qid)
		}
		// Wrong, so that each item's match differs from the right one.
		wantStatus(t, learner.post(path, answerForm(t, p, false)), http.StatusSeeOther)
		if qid != "rhine-2" {
			continue
		}
		fb := learner.get(path)
		wantStatus(t, fb, http.StatusOK)
		fb.doc.Find(`[data-testid="match-your-answer"]`).Each(func(_ int, s *goquery.Selection) {
			got = append(got, s.Text())
		})
	}
	// answerForm matches each left item with the next one's right item.
	want := []string{"Your answer: North Sea", "Your answer: Borders", "Your answer: Black Sea"}
	if len(got) != len(want) {
		t.Fatalf("the matching feedback says %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d says %q, want %q", i+1, got[i], want[i])
		}
	}
}
