package handlers_test

import (
	"net/http"
	"strconv"
	"strings"
	"testing"
)

// A question whose prompt already says how to answer it is not told so
// again by the hint under it: a true/false prompt that asks "true or
// false", a multiple-response one that says "choose all that apply". Other
// questions keep their hint.
func TestTypeHintDoesNotRepeatThePrompt(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	gift := "::tf-said:: True or false: the Danube ends in the Black Sea. {T}\n\n" +
		"::mr-said:: Which of these does the Danube cross? (Choose all that apply) {~%50%Austria ~%50%Serbia ~%-100%France}\n\n" +
		"::tf-plain:: The Danube rises in the Black Forest. {T}\n\n" +
		"::mr-plain:: Which of these cities stand on the Danube? {~%50%Vienna ~%50%Budapest ~%-100%Paris}\n"
	up := b.upload("/teach/courses/rivers/import", "hints.gift", []byte(gift), map[string]string{"theme": "danube", "title": "Hints", "publish": "1"})
	wantStatus(t, up, http.StatusSeeOther)
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)

	learner := a.browser()
	learner.get("/courses/rivers")
	att := learner.startQuiz("danube")
	hints := map[string]string{}
	for n := 1; ; n++ {
		path := att + "/q/" + strconv.Itoa(n)
		p := learner.get(path)
		if p.status != http.StatusOK || p.doc.Find("form.answer-form").Length() == 0 {
			break
		}
		qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
		if strings.Contains(qid, "-said") || strings.Contains(qid, "-plain") {
			hint := p.doc.Find("#type-hint")
			hints[qid] = hint.Text()
			main := strings.ToLower(p.doc.Find("main").Text())
			for _, said := range []string{"true or false", "all that apply", "every answer that applies"} {
				if c := strings.Count(main, said); c > 1 {
					t.Errorf("%s says %q %d times", qid, said, c)
				}
			}
			if by, ok := p.doc.Find("fieldset.answers").Attr("aria-describedby"); hint.Length() == 0 && ok {
				t.Errorf("%s: the answers are described by %q, which is not on the page", qid, by)
			}
			wantStatus(t, learner.post(path, map[string][]string{"q": {qid}, "choice": {"0"}}), http.StatusSeeOther)
			continue
		}
		wantStatus(t, learner.post(path, answerForm(t, p, true)), http.StatusSeeOther)
	}
	want := map[string]string{"tf-said": "", "mr-said": "", "tf-plain": "True or false?", "mr-plain": "Choose every answer that applies."}
	for id, w := range want {
		got, ok := hints[id]
		if !ok {
			t.Errorf("the quiz never asked %s", id)
		} else if got != w {
			t.Errorf("%s: hint %q, want %q", id, got, w)
		}
	}
}
