package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A statement of who holds a position ("Mr Clarke says he does not
// intend to use the house arrest powers now …", a BBC report's sentence,
// quoted by Lectern as "Charles Clarke says …") is swapped for another
// speaker the article gives a role of the same kind ("Tory shadow home
// secretary David Davis"), and only for such a one: a campaigner who
// speaks in a housing minister's report does not take the minister's
// announcement. The other sentences are written for the test.
func TestSpeakerSwap(t *testing.T) {
	x, err := analyse([]string{
		"Plans to let Home Secretary Charles Clarke place terror suspects under house arrest without trial face their first vote in Parliament.",
		"Tory shadow home secretary David Davis warned that judges, not politicians, should order detention.",
		"Mr Clarke says he does not intend to use the house arrest powers now, even for the 11 current terror detainees.",
	})
	if err != nil {
		t.Fatal(err)
	}
	s := sentenceWith(t, x, "does not intend")
	it := trueItem(s)
	it.q.Prompt = "True or false? Charles Clarke says he does not intend to use the house arrest powers now, even for the 11 current terror detainees."
	sw := x.speakerSwap(it)
	if sw == nil {
		t.Fatal("no false statement from the speaker of 'says'")
	}
	if want := "True or false? David Davis says he does not intend to use the house arrest powers now, even for the 11 current terror detainees."; sw.q.Prompt != want {
		t.Errorf("got %q, want %q", sw.q.Prompt, want)
	}
	if tf, isTrue := isTrueFalse(sw); !tf || isTrue {
		t.Errorf("the swap is not a false statement: %+v", sw.q.Options)
	}
	// The theme's three true statements and a question of another kind:
	// the speaker's statement turns false in its place.
	items := []item{*trueItem(sentenceWith(t, x, "Plans to let")), *trueItem(sentenceWith(t, x, "warned that")), *it, *trueItem(s)}
	items[3].rule, items[3].answer = "cloze-short/number", "11"
	items[3].q = &quiz.Question{Type: quiz.Short, Answers: []string{"11"},
		Prompt: "Fill in the blank: “Mr Clarke says he does not intend to use the house arrest powers now, even for the _____ current terror detainees.”"}
	for i := range items {
		items[i].proposed = true
		items[i].score = 0.6 - float64(i)/10
	}
	x.swapTrueOnly(items)
	if _, _, tr, f, _ := tallyProposed(items); tr != 2 || f != 1 || !strings.HasPrefix(items[2].q.Prompt, "True or false? David Davis says") {
		t.Errorf("after the swap: %d true, %d false, third item %q", tr, f, items[2].q.Prompt)
	}

	y, err := analyse([]string{
		"More money is to be given to councils to develop official caravan parks, said housing minister Yvette Cooper.",
		"Andrew Ryder, of the Traveller Law Reform Coalition, said the proposals needed decent funding.",
		"Ms Cooper said an annual scheme to refurbish existing traveller sites would now be extended to new sites.",
	})
	if err != nil {
		t.Fatal(err)
	}
	s = sentenceWith(t, y, "annual scheme")
	it = trueItem(s)
	it.q.Prompt = "True or false? Yvette Cooper said an annual scheme to refurbish existing traveller sites would now be extended to new sites."
	if sw := y.speakerSwap(it); sw != nil {
		t.Errorf("a campaigner put for the minister: %q", sw.q.Prompt)
	}

	// Two peers share a rank, not a role.
	z, err := analyse([]string{
		"Shadow sports minister Lord Colin Moynihan said the policy would empower local sports clubs.",
		"Lord Harry Woolf, the senior judge, said the guidelines would stand.",
		"Lord Moynihan said the clubs would get up to £250m a year for after school sport.",
	})
	if err != nil {
		t.Fatal(err)
	}
	s = sentenceWith(t, z, "up to £250m")
	if sw := z.speakerSwap(trueItem(s)); sw != nil {
		t.Errorf("a judge put for a sports minister by their rank: %q", sw.q.Prompt)
	}
}
