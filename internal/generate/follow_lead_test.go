package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// "follow their lead" names whose lead from the sentence before, here the
// last of the paragraph before; with no proper name there to take, the
// sentence is not asked alone.
func TestFollowLeadNamed(t *testing.T) {
	x := analyseText(t, "Museums across Europe hold carved masks from Ghana.\n\nIn May, the Varden Museum returned a carved mask to Ghana.\n\nFurther museums in the north are set to follow their lead, with the Corran Gallery due to return a drum in June.\n\nMany small galleries kept quiet about the masks. Two more galleries plan to follow their example next spring.")
	s := sentenceWith(t, x, "set to follow")
	it := &item{sent: s, rule: "truefalse-true", answer: "True", q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
	if !x.standAlone(it) {
		t.Fatalf("%q does not stand alone", s.text)
	}
	if want := "True or false? Further museums in the north are set to follow the Varden Museum's lead, with the Corran Gallery due to return a drum in June."; it.q.Prompt != want {
		t.Errorf("prompt:\n got %q\nwant %q", it.q.Prompt, want)
	}
	s = sentenceWith(t, x, "their example")
	it = &item{sent: s, rule: "truefalse-true", answer: "True", q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
	if x.standAlone(it) {
		t.Errorf("%q stands alone as %q", s.text, it.q.Prompt)
	}
}
