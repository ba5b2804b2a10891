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
