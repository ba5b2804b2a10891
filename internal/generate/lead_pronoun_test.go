package generate

import (
	"strings"
	"testing"
)

// TestLeadPronounWithin: a report's lead has no sentence before it, so a
// pronoun in it stands for a noun of the lead ("their" for "Passengers",
// "they" for "The signal boxes"); the lead is then quoted as a true
// statement. The same sentence later in the report still leans on what
// comes before it.
func TestLeadPronounWithin(t *testing.T) {
	leads := []string{
		"Passengers could be given the phone number of their local harbour master under new rules unveiled by the transport minister.",
		"The signal boxes used to run the country's branch railways are so old that they are delaying repairs across the network.",
	}
	for _, lead := range leads {
		report := "Ferry rules\n\n" + lead + "\n\n" + strings.SplitN(leadFigureReport, "\n\n", 3)[2]
		_, paras, _ := SplitSections(report)
		a, _ := analyse(paras)
		s := a.sentencesOf([]int{1})[0]
		if s.text != lead {
			t.Fatalf("lead read as %q", s.text)
		}
		if !selfContained(s) {
			t.Errorf("lead not self-contained: %q", lead)
		}
		// The same sentence opening the second paragraph.
		moved := "Ferry rules\n\nThe Seafarers Union has said it firmly opposes longer shifts.\n\n" + lead + " The rules were tried on three routes last year."
		_, paras, _ = SplitSections(moved)
		a, _ = analyse(paras)
		s = a.sentencesOf([]int{2})[0]
		if selfContained(s) {
			t.Errorf("not the lead, yet self-contained: %q", s.text)
		}
	}
	res, err := Generate("Ferry rules\n\n"+leads[0]+"\n\n"+strings.SplitN(leadFigureReport, "\n\n", 3)[2], Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range res.Course.Questions {
		if strings.Contains(q.Prompt, "their local harbour master") {
			found = true
		}
	}
	if !found {
		t.Errorf("no proposed item on the lead %q", leads[0])
	}
}
