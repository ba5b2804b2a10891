package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// TestNegationFlip: a central sentence whose first verb is negated gives
// the false statement without its "not"; a "not" in a contrast, over a
// span of time, after "said", or with "yet" gives none.
func TestNegationFlip(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// politics204
		{"The Scottish Executive will not now merge the Scottish Prison Service with local authority social work criminal justice departments.",
			"The Scottish Executive will now merge the Scottish Prison Service with local authority social work criminal justice departments."},
		{"Faster, better or funkier hardware alone is not going to help phone firms sell more handsets, research suggests.",
			"Faster, better or funkier hardware alone is going to help phone firms sell more handsets, research suggests."},
		{"The cause of the blaze was not immediately confirmed but the cathedral had been undergoing intense restoration work.", ""},
		{"Sweden has not fought a war for 200 years and its foreign policy has focused on democracy.", ""},
		{"Valve spokesman Doug Lombardi said that the company had not released sales figures for the game.", ""},
		{"The council has not yet decided where the new depot will be built.", ""},
		{"The firm did not say how many jobs would go at the plant.", ""},
		// Set 97: the "not" of a relative clause (SWAP-NONSENSE, both judges).
		{"Of the food that is not eaten, less is ending up in landfill.", ""},
		// "do", "does" and "did" give way to the verb's own form.
		{"The central bank did not raise interest rates at its meeting in March.",
			"The central bank raised interest rates at its meeting in March."},
		{"The mayor did not visit the flooded streets of the old town.",
			"The mayor visited the flooded streets of the old town."},
		{"The harbour board does not own the ferry terminal on the north quay.",
			"The harbour board owns the ferry terminal on the north quay."},
		{"The new rules do not prevent breeders from selling animal parts.",
			"The new rules prevent breeders from selling animal parts."},
		{"The ferry company does not have a licence to sail at night.",
			"The ferry company has a licence to sail at night."},
		// A past whose last letter may or may not double is not guessed.
		{"The inquiry did not pin the blame on the harbour master.", ""},
		// "cannot" and the contracted forms.
		{"The town council cannot borrow money to build the new bridge.",
			"The town council can borrow money to build the new bridge."},
		{"The regulator won’t approve the merger of the two ferry firms.",
			"The regulator will approve the merger of the two ferry firms."},
		{"The old bridge isn't safe for lorries carrying timber.",
			"The old bridge is safe for lorries carrying timber."},
		{"The ferry firm didn’t expect the strike to last a month.", ""},
		// A second negation leaves the first alone.
		{"The council did not approve the plan and cannot pay for it.", ""},
		// "not alone": others do it too.
		{"The harbour board is not alone in raising its fares this winter.", ""},
	} {
		x, err := analyse([]string{c.text})
		if err != nil {
			t.Fatal(err)
		}
		got, _, _ := negationFlip(x.sents[0], c.text)
		if got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// TestNegationFalseBalances: an all-true theme whose sentences hold no
// figure to swap takes the false statement of its central "not"
// sentence in place of one of its true statements (politics204 proposed
// three true statements and no false one).
func TestNegationFalseBalances(t *testing.T) {
	x, err := analyse([]string{
		"The Scottish Executive will not now merge the Scottish Prison Service with local authority social work criminal justice departments.",
		"The National Correctional Agency would have provided a single justice system but has been abandoned in the wake of stiff opposition.",
		"Scottish councils and the prison service will be compelled by a new law to work more closely to cut reoffending.",
	})
	if err != nil {
		t.Fatal(err)
	}
	th := quiz.Theme{Title: "Correction agency plans dropped", Paragraphs: []int{1, 2, 3}}
	rankSentences(x.sentencesOf(th.Paragraphs))
	var items []item
	for _, s := range x.sents {
		q := &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text,
			Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}}
		items = append(items, item{sent: s, q: q, answer: "True", rule: "truefalse-true", proposed: true})
	}
	x.fillArticleFalse(th, items, Options{})
	want := "True or false? The Scottish Executive will now merge the Scottish Prison Service with local authority social work criminal justice departments."
	nFalse := 0
	for _, it := range items {
		if _, isTrue := isTrueFalse(&it); !isTrue {
			nFalse++
			if it.q.Prompt != want || !it.proposed {
				t.Errorf("false statement %q, want %q proposed", it.q.Prompt, want)
			}
		}
	}
	if nFalse != 1 {
		t.Errorf("%d false statements, want 1", nFalse)
	}
}

// TestVerbForms: the past and the third person of plain verbs, and none
// where the spelling is not sure.
func TestVerbForms(t *testing.T) {
	for _, c := range []struct{ base, past, third string }{
		{"raise", "raised", "raises"},
		{"want", "wanted", "wants"},
		{"carry", "carried", "carries"},
		{"play", "played", "plays"},
		{"need", "needed", "needs"},
		{"fix", "fixed", "fixes"},
		{"go", "went", "goes"},
		{"have", "had", "has"},
		{"reach", "reached", "reaches"},
		{"stop", "stopped", "stops"},
		{"pin", "", "pins"},
		{"be", "", ""},
	} {
		if got := pastForm(c.base); got != c.past {
			t.Errorf("pastForm(%q) = %q, want %q", c.base, got, c.past)
		}
		if got := thirdPerson(c.base); got != c.third {
			t.Errorf("thirdPerson(%q) = %q, want %q", c.base, got, c.third)
		}
	}
}
