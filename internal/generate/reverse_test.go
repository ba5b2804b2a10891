package generate

import (
	"strings"
	"testing"
)

func TestReversible(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Bread prices rose by a third in the two years after the harbour closed.", "Bread prices fell by a third in the two years after the harbour closed."},
		{"Higher tides flooded the lower town twice that winter.", ""},        // two: which one?
		{"The council voted to lower the fares on the northern line.", ""},    // a verb
		{"The old mill is no longer the largest employer in the valley.", ""}, // denied already
		{"Smaller boats kept fishing through the storm near the northern cape.", "Larger boats kept fishing through the storm near the northern cape."},
		{"The town grew out of a fishing village on the river mouth.", ""}, // not a comparison
		// Set 269: "fell in love" reversed read "rose in love" (both
		// judges, SWAP-NONSENSE); a set phrase is not a change of level.
		{"The young sailor fell in love with the island on his first voyage and returned every summer.", ""},
		{"The ferry company fell foul of the harbour board over its late sailings.", ""},
		{"The deputy rose to power after the old mayor retired from the council.", ""},
		{"Fares rose to a record in the spring after the fuel tax doubled.", "Fares fell to a record in the spring after the fuel tax doubled."},
		{"Fallen leaves blocked the drains of the lower streets after the storm.", "Fallen leaves blocked the drains of the higher streets after the storm."},
	} {
		st, en, opp, ok := reversible(c.text)
		got := ""
		if ok {
			got = c.text[:st] + opp + c.text[en:]
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestReversedStatement: a sentence worth asking whose one comparison can
// be reversed gives a false statement that differs from it in that word
// alone, and its sentence is not also quoted as true.
func TestReversedStatement(t *testing.T) {
	text := "Milton harbour closed to ships in 1990 after the river silted up and the last shipyard moved away.\n\n" +
		"Bread prices in Milton rose by a third in the two years after the harbour closed to ships.\n\n" +
		"The Milton council opened a new rail line to the coast in 1995 to bring trade back to the harbour town.\n\n" +
		"Trade along the Milton rail line doubled within ten years, and the harbour town grew again."
	res, err := Generate(text, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	all := append(append([]Draft{}, res.Drafts...), res.Held...)
	for _, p := range statementProblems(res, all) {
		t.Error(p)
	}
	found := false
	for _, d := range all {
		if d.Rule == "truefalse-swap/comparison" {
			found = true
			if !strings.Contains(d.Question.Prompt, "Bread prices in Milton fell by a third") || d.Question.Options[0].Correct {
				t.Errorf("reversed: %q", d.Question.Prompt)
			}
		}
		if d.Rule == "truefalse-true" && strings.Contains(d.Sentence, "Bread prices") {
			t.Errorf("the reversed sentence is also quoted true: %q", d.Question.Prompt)
		}
	}
	if !found {
		t.Error("no reversed statement")
	}
}
