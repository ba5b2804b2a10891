package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func teacherOn(t *testing.T, a *app) *browser {
	t.Helper()
	a.instructor("teacher@example.org", "teacher passphrase")
	b := a.browser()
	wantStatus(t, b.signIn("teacher@example.org", "teacher passphrase"), http.StatusSeeOther)
	return b
}

// the first set of the danube theme
func danubeSet(t *testing.T, a *app) string {
	sets, err := a.db.ListSets(context.Background(), 1)
	if err != nil || len(sets) == 0 {
		t.Fatal(err)
	}
	return strconv.FormatInt(sets[0].ID, 10)
}

func TestEditorValidatesAndKeepsInput(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	set := danubeSet(t, a)
	wantStatus(t, b.get("/teach/sets/"+set+"/questions/new"), http.StatusOK)
	form := url.Values{
		"type": {"single"}, "kind": {"fact"}, "prompt": {""},
		"opt-text-0": {"Vienna"}, "opt-feedback-0": {""}, "opt-text-1": {"Paris"}, "opt-feedback-1": {"The Danube does not reach Paris."},
		"explanation": {"Vienna is on the Danube."},
	}
	r := b.post("/teach/sets/"+set+"/questions", form)
	wantStatus(t, r, http.StatusUnprocessableEntity)
	for _, f := range []string{"prompt", "correct", "paragraphs"} {
		if r.doc.Find("#"+f+"-error").Length() != 1 {
			t.Errorf("no message beside %s", f)
		}
	}
	if v := r.doc.Find("textarea#opt-text-1").Text(); v != "Paris" {
		t.Errorf("option text not kept: %q", v)
	}
	if v := r.doc.Find("textarea#opt-feedback-1").Text(); v != "The Danube does not reach Paris." {
		t.Errorf("feedback not kept: %q", v)
	}
	if got := r.doc.Find("#explanation").Text(); got != "Vienna is on the Danube." {
		t.Errorf("explanation not kept: %q", got)
	}
	// Preview shows the question as learners see it and saves nothing.
	form.Set("prompt", "Which city does the Danube pass?")
	form.Set("correct", "0")
	form.Set("par", "1")
	form.Set("preview", "1")
	p := b.post("/teach/sets/"+set+"/questions", form)
	wantStatus(t, p, http.StatusOK)
	if p.doc.Find(`[data-testid="question-preview"] .choice`).Length() != 2 {
		t.Fatalf("preview: %.300s", p.doc.Find(`[data-testid="question-preview"]`).Text())
	}
	_, qs, _ := a.db.FindSet(context.Background(), 1)
	if len(qs) != 3 {
		t.Fatalf("a preview saved a question: %d in the set", len(qs))
	}
	form.Del("preview")
	wantStatus(t, b.post("/teach/sets/"+set+"/questions", form), http.StatusSeeOther)
	_, qs, _ = a.db.FindSet(context.Background(), 1)
	if len(qs) != 4 || qs[3].Question.Prompt != "Which city does the Danube pass?" || !qs[3].Question.Options[0].Correct {
		t.Fatalf("saved question: %+v", qs[len(qs)-1].Question)
	}
	// Switching type keeps the prompt and shows the new type's fields.
	sw := b.post("/teach/sets/"+set+"/questions", url.Values{"type": {"matching"}, "kind": {"fact"}, "prompt": {"Match them"}, "switch": {"1"}})
	wantStatus(t, sw, http.StatusOK)
	if sw.doc.Find("#pair-left-0").Length() != 1 || sw.doc.Find("#prompt").Text() != "Match them" {
		t.Fatal("switching type did not show the pairs or lost the prompt")
	}
}

// An edit makes a new version: a learner's answered question keeps the
// version they answered; a new attempt gets the new one.
func TestEditKeepsAnsweredVersion(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	learner := a.browser()
	att := learner.startQuiz("danube")
	first := learner.get(att + "/q/1")
	qid, _ := first.doc.Find(`input[name="q"]`).Attr("value")
	oldPrompt := first.doc.Find("legend").Text()
	learner.post(att+"/q/1", answerForm(t, first, true))

	sets, _ := a.db.ListSets(context.Background(), 1)
	_, qs, _ := a.db.FindSet(context.Background(), sets[0].ID)
	var dbID int64
	for _, q := range qs {
		if q.Question.ID == qid {
			dbID = q.ID
		}
	}
	edit := b.get("/teach/questions/" + strconv.FormatInt(dbID, 10) + "/edit")
	wantStatus(t, edit, http.StatusOK)
	form := url.Values{}
	edit.doc.Find(`[data-testid="editor"] input, [data-testid="editor"] select, [data-testid="editor"] textarea`).Each(func(_ int, s *goquery.Selection) {
		name, _ := s.Attr("name")
		typ, _ := s.Attr("type")
		if name == "" || name == "switch" || name == "preview" {
			return
		}
		switch {
		case goquery.NodeName(s) == "textarea":
			form.Add(name, s.Text())
		case goquery.NodeName(s) == "select":
			v, _ := s.Find("option[selected]").Attr("value")
			form.Add(name, v)
		case typ == "checkbox" || typ == "radio":
			if _, on := s.Attr("checked"); on {
				v, _ := s.Attr("value")
				form.Add(name, v)
			}
		default:
			v, _ := s.Attr("value")
			form.Add(name, v)
		}
	})
	form.Set("prompt", "EDITED: "+form.Get("prompt"))
	wantStatus(t, b.post("/teach/questions/"+strconv.FormatInt(dbID, 10), form), http.StatusSeeOther)

	again := learner.get(att + "/q/1")
	if got := again.doc.Find("legend").Text(); got != oldPrompt {
		t.Fatalf("the answered question now reads %q, want the version answered, %q", got, oldPrompt)
	}
	fresh := learner.startQuiz("danube")
	found := false
	for n := 1; n <= 3; n++ {
		if strings.HasPrefix(learner.get(fresh+"/q/"+itoaT(n)).doc.Find("legend").Text(), "EDITED: ") {
			found = true
		}
	}
	if !found {
		t.Fatal("a new attempt does not use the edited version")
	}
	// Removing the question takes it out of new quizzes and keeps the old answer.
	wantStatus(t, b.post("/teach/questions/"+strconv.FormatInt(dbID, 10)+"/delete", nil), http.StatusSeeOther)
	if got := learner.get(att + "/q/1"); got.status != http.StatusOK {
		t.Fatalf("the answered question's page after removal: %d", got.status)
	}
	next := learner.startQuiz("danube")
	got, _ := a.db.FindAttempt(context.Background(), strings.TrimPrefix(next, "/attempts/"))
	if len(got.Items) != 2 {
		t.Fatalf("a new quiz after removal has %d questions, want 2", len(got.Items))
	}
}

// TestEditorKeepsEveryRowAndMark empties one option's text but keeps its
// feedback, then saves: the form comes back with every row where it was,
// the correct mark still on the option it was on, and saving it once the
// text is filled stores that option as the correct one.
func TestEditorKeepsEveryRowAndMark(t *testing.T) {
	for _, typ := range []string{"single", "multiple"} {
		t.Run(typ, func(t *testing.T) {
			a := newApp(t)
			b := teacherOn(t, a)
			set := danubeSet(t, a)
			form := url.Values{
				"type": {typ}, "kind": {"fact"}, "prompt": {"Which capital does the Danube reach last?"},
				"opt-text-0": {"Vienna"}, "opt-feedback-0": {"It comes earlier."},
				"opt-text-1": {""}, "opt-feedback-1": {"Feedback left behind."},
				"opt-text-2": {"Belgrade"}, "opt-feedback-2": {""},
				"opt-text-3": {""}, "opt-feedback-3": {""},
				"explanation": {"Belgrade comes last of the three."}, "par": {"1"},
			}
			if typ == "single" {
				form.Set("correct", "2")
			} else {
				form.Set("opt-correct-2", "1")
			}
			r := b.post("/teach/sets/"+set+"/questions", form)
			wantStatus(t, r, http.StatusUnprocessableEntity)
			if r.doc.Find("#options-error").Length() != 1 {
				t.Error("no message beside the options")
			}
			for i, want := range [][2]string{{"Vienna", "It comes earlier."}, {"", "Feedback left behind."}, {"Belgrade", ""}} {
				text := r.doc.Find("#opt-text-" + strconv.Itoa(i)).Text()
				fb := r.doc.Find("#opt-feedback-" + strconv.Itoa(i)).Text()
				if text != want[0] || fb != want[1] {
					t.Errorf("row %d shown again as %q / %q, want %q / %q", i, text, fb, want[0], want[1])
				}
			}
			marked := r.doc.Find(`[data-testid="editor"] input[name="correct"][checked], [data-testid="editor"] input[name^="opt-correct-"][checked]`)
			if marked.Length() != 1 {
				t.Fatalf("%d options marked correct, want 1", marked.Length())
			}
			if name, _ := marked.Attr("name"); typ == "single" && marked.AttrOr("value", "") != "2" || typ == "multiple" && name != "opt-correct-2" {
				t.Errorf("the correct mark moved: %s=%s", name, marked.AttrOr("value", ""))
			}
			// Saved as shown again, with the emptied text filled in.
			again := formValues(r.doc.Find(`[data-testid="editor"]`))
			again.Set("opt-text-1", "Budapest")
			wantStatus(t, b.post("/teach/sets/"+set+"/questions", again), http.StatusSeeOther)
			_, qs, err := a.db.FindSet(context.Background(), 1)
			if err != nil {
				t.Fatal(err)
			}
			q := qs[len(qs)-1].Question
			var correct []string
			for _, o := range q.Options {
				if o.Correct {
					correct = append(correct, o.Text)
				}
			}
			if len(q.Options) != 3 || len(correct) != 1 || correct[0] != "Belgrade" {
				t.Fatalf("stored options %+v: correct %v, want Belgrade alone", q.Options, correct)
			}
		})
	}
}
