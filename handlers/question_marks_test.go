package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestEditorSetsMarks(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	set := danubeSet(t, a)
	p := b.get("/teach/sets/" + set + "/questions/new")
	wantStatus(t, p, http.StatusOK)
	// Single choice: Vienna is right (the radio), Budapest too (100%),
	// Bratislava half right.
	form := url.Values{
		"type": {"single"}, "kind": {"fact"}, "prompt": {"Which capital does the Danube pass?"}, "correct": {"0"}, "par": {"1"},
		"opt-text-0": {"Vienna"}, "opt-text-1": {"Budapest"}, "opt-mark-1": {"100"},
		"opt-text-2": {"Bratislava"}, "opt-mark-2": {"50"}, "opt-feedback-2": {"Half: it is on the Danube, but not the one we meant."},
		"opt-text-3": {"Paris"}, "explanation": {"Several are."},
	}
	// An option marked as the correct one cannot carry half the marks:
	// the message sits beside the options and the input is kept.
	bad := url.Values{}
	for k, v := range form {
		bad[k] = v
	}
	bad.Set("opt-mark-0", "50")
	r := b.post("/teach/sets/"+set+"/questions", bad)
	wantStatus(t, r, http.StatusUnprocessableEntity)
	if got := r.doc.Find("#options-error").Text(); !strings.Contains(got, "carries 50% of the marks") {
		t.Errorf("options error %q", got)
	}
	if v, _ := r.doc.Find(`#opt-mark-2 option[selected]`).Attr("value"); v != "50" {
		t.Errorf("the chosen mark was not kept: %q", v)
	}
	// Not one of Moodle's marks.
	bad.Set("opt-mark-0", "")
	bad.Set("opt-mark-2", "33")
	r = b.post("/teach/sets/"+set+"/questions", bad)
	wantStatus(t, r, http.StatusUnprocessableEntity)
	if got := r.doc.Find("#options-error").Text(); !strings.Contains(got, "choose its marks from the list") {
		t.Errorf("options error %q", got)
	}
	// A single-choice option cannot take marks away.
	if r.doc.Find(`#opt-mark-2 option[value="-50"]`).Length() != 0 {
		t.Error("a single-choice option offers a negative mark")
	}
	_, before, _ := a.db.FindSet(context.Background(), 1)
	wantStatus(t, b.post("/teach/sets/"+set+"/questions", form), http.StatusSeeOther)
	_, qs, _ := a.db.FindSet(context.Background(), 1)
	if len(qs) != len(before)+1 {
		t.Fatalf("%d questions, want %d", len(qs), len(before)+1)
	}
	q := qs[len(qs)-1].Question
	if !q.Options[0].Correct || !q.Options[1].Correct || q.Options[2].Correct || q.Options[2].Fraction != 0.5 || q.Options[3].Correct {
		t.Fatalf("saved options %+v", q.Options)
	}

	// Multiple response with a negative mark; none positive is refused.
	multi := url.Values{
		"type": {"multiple"}, "kind": {"fact"}, "prompt": {"Which countries does the Danube cross?"}, "par": {"1"}, "explanation": {"Ten."},
		"opt-text-0": {"Austria"}, "opt-mark-0": {"-50"}, "opt-text-1": {"France"}, "opt-mark-1": {"-100"},
	}
	r = b.post("/teach/sets/"+set+"/questions", multi)
	wantStatus(t, r, http.StatusUnprocessableEntity)
	if got := r.doc.Find("#options-error").Text(); !strings.Contains(got, "at least one option with a positive mark") {
		t.Errorf("options error %q", got)
	}
	multi.Set("opt-mark-0", "50")
	multi.Set("opt-text-2", "Hungary")
	multi.Set("opt-mark-2", "50")
	wantStatus(t, b.post("/teach/sets/"+set+"/questions", multi), http.StatusSeeOther)
	_, qs, _ = a.db.FindSet(context.Background(), 1)
	m := qs[len(qs)-1].Question
	if m.Options[0].Fraction != 0.5 || !m.Options[0].Correct || m.Options[1].Fraction != -1 || m.Options[1].Correct {
		t.Fatalf("saved options %+v", m.Options)
	}

	// Short answer: half marks with feedback, and a catch-all.
	short := url.Values{
		"type": {"short"}, "kind": {"fact"}, "prompt": {"How many countries?"}, "par": {"1"}, "explanation": {"Ten."},
		"answers": {"ten\n10"}, "marked-text-0": {"eleven"}, "marked-mark-0": {"50"}, "marked-feedback-0": {"Close."},
		"catchall": {"Count again."},
	}
	wantStatus(t, b.post("/teach/sets/"+set+"/questions", short), http.StatusSeeOther)
	_, qs, _ = a.db.FindSet(context.Background(), 1)
	sq := qs[len(qs)-1]
	if got := sq.Question.Marked; len(got) != 2 || got[0].Fraction != 0.5 || got[0].Feedback != "Close." || got[1].Text != "*" || got[1].Feedback != "Count again." {
		t.Fatalf("saved answers %+v", got)
	}
	// The editor shows them again.
	e := b.get("/teach/questions/" + itoa64(sq.ID) + "/edit")
	wantStatus(t, e, http.StatusOK)
	if v, _ := e.doc.Find(`#marked-mark-0 option[selected]`).Attr("value"); v != "50" {
		t.Errorf("the editor shows mark %q", v)
	}
	if v, _ := e.doc.Find("#catchall").Attr("value"); v != "Count again." {
		t.Errorf("the editor shows catch-all %q", v)
	}
}
