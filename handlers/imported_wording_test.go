package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// quizHints walks a theme's quiz as a learner, answering each question
// with its first option (or any text), and returns the hint each
// question's page shows, by prompt.
func quizHints(t *testing.T, b *browser, theme string) map[string]string {
	t.Helper()
	att := b.startQuiz(theme)
	hints := map[string]string{}
	for n := 1; n <= 10; n++ {
		path := att + "/q/" + itoaT(n)
		p := b.get(path)
		if p.status != http.StatusOK || p.doc.Find(`input[name="q"]`).Length() == 0 {
			break
		}
		prompt := strings.TrimSpace(p.doc.Find(`[data-testid="question"] legend`).Text())
		hints[prompt] = strings.TrimSpace(p.doc.Find("#type-hint").Text())
		qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
		f := url.Values{"q": {qid}, "text": {"1"}}
		if v, ok := p.doc.Find(`.choice input`).First().Attr("value"); ok {
			f.Set("choice", v)
		}
		if r := b.post(path, f); r.status != http.StatusSeeOther {
			break
		}
	}
	return hints
}

// A true/false question imported from another tool's file is asked as
// "True or false?", not "according to the article", which the course's
// own true/false questions keep.
func TestImportedTrueFalseWording(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	gift := "::tf-moodle:: The Rhine flows into the Black Sea. {F}\n"
	up := b.upload("/teach/courses/rivers/import", "bank.gift", []byte(gift), map[string]string{"theme": "danube", "title": "From Moodle", "publish": "1"})
	wantStatus(t, up, http.StatusSeeOther)
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)

	c, err := a.db.ExportCourse(context.Background(), "rivers")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range c.Questions {
		if q.Imported != (q.ID == "tf-moodle") {
			t.Errorf("question %q: Imported = %v", q.ID, q.Imported)
		}
	}

	hints := map[string]string{}
	for try := 0; try < 3 && len(hints) < 4; try++ {
		for k, v := range quizHints(t, a.browser(), "danube") {
			hints[k] = v
		}
	}
	if got := hints["The Rhine flows into the Black Sea."]; got != "True or false?" {
		t.Errorf("the imported question's hint is %q, want \"True or false?\" (hints %q)", got, hints)
	}
	if got := hints["The Danube ends in the North Sea."]; got != "True or false, according to the article?" {
		t.Errorf("the course's own true/false hint is %q (hints %q)", got, hints)
	}
}
