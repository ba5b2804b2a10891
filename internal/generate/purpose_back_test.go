package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// "The powers" right after a sentence that gave "the power to fine dog
// owners on the spot" is written as those powers; a sentence that says
// which powers itself, or with two powers before, is left alone.
func TestPurposeBackEdit(t *testing.T) {
	x := analyseText(t, "The wardens' union says it opposes giving park wardens the power to fine dog owners on the spot.\n\n"+
		"The powers were tried in three towns and will now be used across Kent.")
	s := sentenceWith(t, x, "were tried in three towns")
	e, ok := x.purposeBackEdit(s)
	if !ok || e.old != "The powers" || e.new != "The powers to fine dog owners on the spot" {
		t.Fatalf("purposeBackEdit = %+v, %v; want The powers -> The powers to fine dog owners on the spot", e, ok)
	}
	edits, ok := x.findContextEdits(s)
	if !ok {
		t.Fatalf("the sentence is held back; want it written out")
	}
	got, ok := applyEdits(s.text, edits)
	if !ok || !strings.HasPrefix(got, "The powers to fine dog owners on the spot were tried") {
		t.Errorf("edited sentence = %q", got)
	}
	// The true or false statement quoting the sentence takes the edit.
	it := item{sent: s, rule: "truefalse-true", answer: "True", q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
	if !x.standAlone(&it) || !strings.Contains(it.q.Prompt, "The powers to fine dog owners on the spot were tried") {
		t.Errorf("statement = %q", it.q.Prompt)
	}

	y := analyseText(t, "The council gave wardens the power to fine dog owners and the right to close parks at night.\n\n"+
		"The powers of wardens were tried in three towns.")
	if e, ok := y.purposeBackEdit(sentenceWith(t, y, "were tried")); ok {
		t.Errorf("purposeBackEdit on a sentence that says which powers: %+v", e)
	}
}
