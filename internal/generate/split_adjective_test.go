package generate

import "testing"

// An adjective graded by the word before it, or set against an
// adjective before it by "but", stays out of a noun phrase's blank: the blank would split
// the phrase ("The most _____ spans …", set 262; "A compact but _____
// provides …", set 268; both judges, BAD-BLANK).
func TestSplitAdjectiveOutOfBlank(t *testing.T) {
	for _, c := range []struct{ text, near, bad, good string }{
		{"The most generous pension scheme covers every teacher in the county as well as the nurses of its two hospitals.", "pension", "generous pension scheme", "pension scheme"},
		{"A small but loyal fan base has kept the theatre open through three winters of falling ticket sales.", "fan base", "loyal fan base", "fan base"},
	} {
		x := analyseText(t, c.text)
		s := sentenceWith(t, x, c.near)
		var got []string
		found := false
		for _, sp := range s.spans {
			if sp.kind != kTerm {
				continue
			}
			got = append(got, sp.key)
			if sp.key == c.bad {
				t.Errorf("%q: blank %q splits the adjective's phrase", c.text, sp.key)
			}
			if sp.key == c.good {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no blank on %q; term spans %q", c.text, c.good, got)
		}
	}
	// An adjective that nothing grades, or that a comma joins to the
	// one before it, stays in its phrase.
	for _, c := range []struct{ text, near, want string }{
		{"A generous pension scheme covers every teacher in the county as well as the nurses of its two hospitals.", "pension", "generous pension scheme"},
		{"Several bold, costly road projects were dropped when the council lost its majority in the spring.", "road", "costly road projects"},
	} {
		x := analyseText(t, c.text)
		s := sentenceWith(t, x, c.near)
		found := false
		for _, sp := range s.spans {
			if sp.kind == kTerm && sp.key == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no blank on %q", c.text, c.want)
		}
	}
}

// A verb the tagger read as a phrase's last noun stays out of its
// blank: "cholera struck", "the definition offers" (sets 200 to 270,
// BAD-BLANK, "the blank spans a noun and a verb").
func TestVerbHeadOutOfBlank(t *testing.T) {
	for _, c := range []struct{ text, near, bad string }{
		{"When a second wave of cholera struck in 1831 the poet was staying at his uncle's farm near the coast.", "cholera", "cholera struck"},
		{"Savers can always demand cash, which by definition offers an interest rate of zero to anyone who holds it.", "definition", "definition offers"},
		{"Until the drought burns itself out, the valley's farmers will keep selling their cattle at a loss.", "drought", "drought burns"},
	} {
		x := analyseText(t, c.text)
		s := sentenceWith(t, x, c.near)
		for _, sp := range s.spans {
			if sp.kind == kTerm && sp.key == c.bad {
				t.Errorf("%q: blank %q takes in the verb", c.text, sp.key)
			}
		}
	}
	// A compound noun in -s before a determiner's phrase is not
	// taken for a verb where the tagger reads it so; and a noun in -ed
	// stays.
	x := analyseText(t, "The speed limits on the coast road were lowered after the winter storms flooded the harbour twice.")
	s := sentenceWith(t, x, "speed")
	for _, sp := range s.spans {
		if sp.kind == kTerm && sp.key == "speed limits" {
			return
		}
	}
	t.Errorf("no blank on %q", "speed limits")
}

// "most" and "more" without a determiner before them count, and the
// adjective after them stays in the phrase: "most buy-out deals", "more
// coastal towns".
func TestQuantityMostKeepsAdjective(t *testing.T) {
	x := analyseText(t, "After the crash most coastal towns were rebuilt with money from the state and the harbour board.")
	s := sentenceWith(t, x, "coastal")
	for _, sp := range s.spans {
		if sp.kind == kTerm && sp.key == "coastal towns" {
			return
		}
	}
	t.Errorf("no blank on %q", "coastal towns")
}
