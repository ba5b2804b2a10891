package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/internal/quiz"
)

// Feedback highlights the sentence a question tests and folds the rest of
// the paragraph; when the explanation already quotes that sentence, the
// paragraph is only there folded. The learner's own choice is marked
// beside the correct answer.
func TestFeedbackHighlightsTheKeySentence(t *testing.T) {
	a := newApp(t)
	par := "The Hanse was a league of merchant towns. Its ships carried grain and furs across the Baltic Sea. Lübeck led it for three centuries."
	c := &quiz.Course{
		Course:     quiz.CourseInfo{Slug: "hanse", Title: "The Hanse", Source: "Written for tests"},
		Paragraphs: []quiz.Paragraph{{N: 1, Text: par}},
		Themes:     []quiz.Theme{{Slug: "trade", Title: "Trade", Paragraphs: []int{1}}},
		Questions: []quiz.Question{
			{ID: "trade-1", Theme: "trade", Type: quiz.Single, Kind: quiz.Fact, Prompt: "What did the Hanse's ships carry across the Baltic Sea?",
				Options:     []quiz.Option{{Text: "Grain and furs", Correct: true}, {Text: "Salt and wine"}, {Text: "Silk and tea"}},
				Explanation: "Its ships carried grain and furs.", Paragraphs: []int{1}},
			{ID: "trade-2", Theme: "trade", Type: quiz.TrueFalse, Kind: quiz.Fact, Prompt: "Lübeck led the Hanse for three centuries.",
				Options:     []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}},
				Explanation: "The article says: “Lübeck led it for three centuries.”", Paragraphs: []int{1}},
		},
	}
	if _, err := a.db.ImportCourse(context.Background(), c, 0); err != nil {
		t.Fatal(err)
	}
	b := a.browser()
	r := b.post("/courses/hanse/quiz", url.Values{"theme": {"trade"}})
	wantStatus(t, r, http.StatusSeeOther)
	att := regexp.MustCompile(`^/attempts/[0-9a-f]{32}`).FindString(r.header.Get("Location"))
	if att == "" {
		t.Fatalf("start redirected to %q", r.header.Get("Location"))
	}
	right := map[string]string{"trade-1": "Grain and furs", "trade-2": "True"}
	keys := map[string]string{
		"trade-1": "Its ships carried grain and furs across the Baltic Sea.",
		"trade-2": "Lübeck led it for three centuries.",
	}
	for i := 1; i <= 2; i++ {
		path := att + "/q/" + itoaT(i)
		p := b.get(path)
		qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
		f := url.Values{"q": {qid}}
		p.doc.Find(".choice").Each(func(_ int, s *goquery.Selection) {
			if strings.TrimSpace(s.Find(".text").Text()) == right[qid] {
				v, _ := s.Find("input").Attr("value")
				f.Set("choice", v)
			}
		})
		wantStatus(t, b.post(path, f), http.StatusSeeOther)
		n, want := map[string]int{"trade-1": 1, "trade-2": 2}[qid], struct{ key string }{keys[qid]}
		fb := b.get(path).doc.Find(`[data-testid="feedback"]`)
		if got := strings.TrimSpace(fb.Find("details.whole-paragraph blockquote mark").Text()); got != want.key {
			t.Errorf("question %d: the folded paragraph highlights %q, want %q", n, got, want.key)
		}
		if got := fb.Find("details.whole-paragraph blockquote").Text(); got != par {
			t.Errorf("question %d: the folded paragraph reads %q", n, got)
		}
		if fb.Find("details[open]").Length() != 0 {
			t.Errorf("question %d: the paragraph is not folded", n)
		}
		shown := fb.Find(`[data-testid="key-sentence"]`)
		explained := n == 2 // its explanation quotes the sentence
		if explained && shown.Length() != 0 {
			t.Errorf("question %d: the key sentence is quoted again under an explanation that quotes it", n)
		}
		if !explained && strings.TrimSpace(shown.Text()) != want.key {
			t.Errorf("question %d: key sentence shown %q, want %q", n, shown.Text(), want.key)
		}
		if n == 1 {
			marks := b.get(path).doc.Find(".choice.chosen .mark").Map(func(_ int, s *goquery.Selection) string { return s.Text() })
			if strings.Join(marks, ",") != "Your answer,Correct answer" {
				t.Errorf("the chosen right option is marked %q, want both Your answer and Correct answer", marks)
			}
		}
	}
}
