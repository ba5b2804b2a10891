package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

const exchangeText = `Maria Lopez and Daniel Hart fought a long campaign for the mayoralty of Eastport this spring.

Lopez has called for a new tax on empty homes in the harbour district; Hart has rejected any new tax on homes.

In the final count, Lopez won only two of the city's nine wards, while Hart held the other seven by wide margins.

Maria Lopez and Daniel Hart met at the town hall on Friday to discuss the handover of the council's budget.`

// exchangeFor drafts the exchanged false statement of the sentence holding
// sub, or "".
func exchangeFor(t *testing.T, text, sub string) string {
	t.Helper()
	_, paras, _ := SplitSections(text)
	a, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range a.sents {
		if !strings.Contains(s.text, sub) {
			continue
		}
		it := &item{sent: s, q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
		if sw := a.exchangeSwap(it); sw != nil {
			return strings.TrimPrefix(sw.q.Prompt, "True or false? ")
		}
		return ""
	}
	t.Fatalf("no sentence holds %q", sub)
	return ""
}

func TestExchangeSwapContrastedNames(t *testing.T) {
	for sub, want := range map[string]string{
		"has rejected":    "Hart has called for a new tax on empty homes in the harbour district; Lopez has rejected any new tax on homes.",
		"won only two":    "In the final count, Hart won only two of the city's nine wards, while Lopez held the other seven by wide margins.",
		"met at the town": "", // joined by "and": the same both ways round
	} {
		if got := exchangeFor(t, exchangeText, sub); got != want {
			t.Errorf("%s:\n got %q\nwant %q", sub, got, want)
		}
	}
}

func TestExchangeSwapLeadingContrast(t *testing.T) {
	text := `Harbour Labs, a startup of four engineers in Leeds, builds small sensors for fishing boats.

Its founder, Anna Berg, says the company sells to crews that big suppliers overlook.

Compared to the likes of Northwind Systems, of course, Harbour Labs is a minnow.

Northwind Systems sells its sensors to shipyards around the world.`
	want := "Compared to the likes of Harbour Labs, of course, Northwind Systems is a minnow."
	if got := exchangeFor(t, text, "minnow"); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A theme of true statements only ends with one false statement, in the
// place of the statement it was made from; the feedback names both.
func TestFalseLastEndsTrueOnlyQuiz(t *testing.T) {
	res, err := Generate(exchangeText, Options{})
	if err != nil {
		t.Fatal(err)
	}
	themes := map[string][2]int{}
	for _, q := range res.Course.Questions {
		n := themes[q.Theme]
		n[0]++
		if q.Type == quiz.TrueFalse && q.Options[0].Correct {
			n[1]++
		}
		themes[q.Theme] = n
	}
	for th, n := range themes {
		if n[0] >= 2 && n[0] == n[1] {
			t.Errorf("theme %s: %d questions, all true", th, n[0])
		}
	}
}
