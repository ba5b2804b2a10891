package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// "Opinion was more divided over …" with no "than" is quoted as "Opinion
// was divided over …"; a comparison the sentence makes itself, and "more"
// before other words, are left (comparative_state.go).
func TestComparedStateEdit(t *testing.T) {
	x := analyseText(t, "Talent show\n\n"+
		"The panel backed the first two hopefuls with ease.\n\n"+
		"Views were more divided over Hal Brent, a 61 year old former bookmaker.\n\n"+
		"The panel was more divided than the audience over the third hopeful.\n\n"+
		"The vote became more important after the second night of the show.\n\n"+
		"Critics said the town was more and more divided over the new road.")
	for sub, want := range map[string]edit{
		"Hal Brent":         {"more divided", "divided"},
		"than the audience": {},
		"more important":    {},
		"more and more":     {},
	} {
		s := sentenceWith(t, x, sub)
		got, _ := comparedStateEdit(s)
		if got != want {
			t.Errorf("comparedStateEdit(%q) = %q, want %q", s.text, got, want)
		}
	}
	s := sentenceWith(t, x, "Hal Brent")
	it := &item{sent: s, rule: "truefalse-true", answer: "True", q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
	if !x.standAlone(it) {
		t.Fatal("the statement does not stand alone")
	}
	if want := "True or false? Views were divided over Hal Brent, a 61 year old former bookmaker."; it.q.Prompt != want {
		t.Errorf("prompt = %q, want %q", it.q.Prompt, want)
	}
}
