package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

// The editor's options and feedback are text areas that show the whole
// text; a line break typed in one is a space in the question. Preview
// brings the preview into view (an anchor on the page it returns), and
// the hint on paragraphs says what learners see: every one ticked.
func TestEditorFieldsShowTheWholeTextAndPreviewComesIntoView(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	set := danubeSet(t, a)
	ed := b.get("/teach/sets/" + set + "/questions/new")
	wantStatus(t, ed, http.StatusOK)
	for _, name := range []string{"opt-text-0", "opt-feedback-0"} {
		if ed.doc.Find(`textarea[name="`+name+`"]`).Length() != 1 || ed.doc.Find(`input[name="`+name+`"]`).Length() != 0 {
			t.Errorf("%s is not a text area", name)
		}
	}
	if got := ed.doc.Find(`[data-testid="cite-hint"]`).Text(); !strings.Contains(got, "Every paragraph ticked is quoted") {
		t.Errorf("the paragraphs' hint says %q", got)
	}
	fa, _ := ed.doc.Find(`[data-testid="preview-button"]`).Attr("formaction")
	if fa != "/teach/sets/"+set+"/questions#preview" {
		t.Errorf("Preview posts to %q, want the form's address with #preview", fa)
	}
	long := strings.Repeat("A long option that goes on ", 8) + "and ends here."
	form := url.Values{"type": {"single"}, "kind": {"fact"}, "prompt": {"Which is right?"}, "par": {"1"},
		"opt-text-0": {long}, "opt-feedback-0": {"Right:\r\nit says so."}, "opt-text-1": {"Wrong"}, "correct": {"0"},
		"explanation": {"Because."}, "preview": {"1"}}
	pv := b.post(strings.TrimSuffix(fa, "#preview"), form)
	if pv.status != http.StatusOK {
		t.Fatalf("preview: %d %q", pv.status, pv.doc.Find(".field-error").Text())
	}
	if pv.doc.Find(`section#preview[data-testid="question-preview"]`).Length() != 1 {
		t.Error("the preview has no #preview anchor to scroll to")
	}
	if got := pv.doc.Find(`textarea#opt-text-0`).Text(); got != long {
		t.Errorf("the option is shown again as %q", got)
	}
	form.Del("preview")
	wantStatus(t, b.post("/teach/sets/"+set+"/questions", form), http.StatusSeeOther)
	_, qs, err := a.db.FindSet(context.Background(), mustInt(t, set))
	if err != nil {
		t.Fatal(err)
	}
	q := qs[len(qs)-1].Question
	if q.Options[0].Text != long || q.Options[0].Feedback != "Right: it says so." {
		t.Errorf("saved %q / %q", q.Options[0].Text, q.Options[0].Feedback)
	}
}

func mustInt(t *testing.T, s string) int64 {
	t.Helper()
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
