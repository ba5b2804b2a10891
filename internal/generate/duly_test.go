package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// "Sylvanus duly enrolled in a civil engineering degree at PMC,
// graduating in 1904." follows his father's urging: the statement is
// quoted without the "duly" that points back to it. "Duly" not before a
// verb ("the duly elected mayor") stays.
func TestDulyLeftOut(t *testing.T) {
	x := analyseText(t, "Sylvanus Morley was an American archaeologist.\n\nHis father urged him to study engineering. Sylvanus duly enrolled in a civil engineering degree at PMC, graduating in 1904. The duly elected mayor of the town welcomed him.")
	s := sentenceWith(t, x, "duly enrolled")
	it := &item{sent: s, rule: "truefalse-true", answer: "True", q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
	if !x.standAlone(it) {
		t.Fatal("the statement does not stand alone")
	}
	if strings.Contains(it.q.Prompt, "duly") || !strings.Contains(it.q.Prompt, "Sylvanus enrolled in a civil engineering degree") {
		t.Errorf("prompt = %q, want it without \"duly\"", it.q.Prompt)
	}
	if e := dulyEdit(sentenceWith(t, x, "duly elected")); len(e) != 0 {
		t.Errorf("dulyEdit on \"the duly elected mayor\" = %v", e)
	}
}

// "Karol then joined the city guard" follows a sentence of his earlier
// service: the statement is quoted without the narrative "then". "Since
// then" and "and then" stay.
func TestNarrativeThenLeftOut(t *testing.T) {
	x := analyseText(t, "Karol Brzeski was a Polish soldier and teacher.\n\nIn 1917 Karol served in a scout unit near Lida. Karol then joined the city guard and fought in the war of 1920. He taught in Lida and since then the school has kept his name. He left the school and then joined the army again in 1939.")
	s := sentenceWith(t, x, "Karol then joined")
	it := &item{sent: s, rule: "truefalse-true", answer: "True", q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
	if !x.standAlone(it) {
		t.Fatal("the statement does not stand alone")
	}
	if strings.Contains(it.q.Prompt, "then") || !strings.Contains(it.q.Prompt, "Karol joined the city guard") {
		t.Errorf("prompt = %q, want it without \"then\"", it.q.Prompt)
	}
	for _, w := range []string{"since then", "and then"} {
		if e := dulyEdit(sentenceWith(t, x, w)); len(e) != 0 {
			t.Errorf("dulyEdit on %q = %v", w, e)
		}
	}
}
