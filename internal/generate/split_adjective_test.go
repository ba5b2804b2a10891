package generate

import "testing"

// termSpanKeys is the keys of the noun-phrase spans of the sentence of
// text that holds near.
func termSpanKeys(t *testing.T, text, near string) map[string]bool {
	t.Helper()
	s := sentenceWith(t, analyseText(t, text), near)
	keys := map[string]bool{}
	for _, sp := range s.spans {
		if sp.kind == kTerm {
			keys[sp.key] = true
		}
	}
	return keys
}

// An adjective graded by the word before it, or set against an
// adjective before it by "but", stays out of a noun phrase's blank: the
// blank would split the phrase ("The most _____ covers …", set 262; "A
// small but _____ has …", set 268; both judges, BAD-BLANK).
func TestSplitAdjectiveOutOfBlank(t *testing.T) {
	for _, c := range []struct{ text, near, bad, good string }{
		{"The most generous pension scheme covers every teacher in the county as well as the nurses of its two hospitals.", "pension", "generous pension scheme", "pension scheme"},
		{"A small but loyal fan base has kept the theatre open through three winters of falling ticket sales.", "fan base", "loyal fan base", "fan base"},
	} {
		keys := termSpanKeys(t, c.text, c.near)
		if keys[c.bad] {
			t.Errorf("%q: blank %q splits the adjective's phrase", c.text, c.bad)
		}
		if !keys[c.good] {
			t.Errorf("%q: no blank on %q; term spans %v", c.text, c.good, keys)
		}
	}
	// An adjective that nothing grades, that a comma joins to the one
	// before it, or that follows "most" counting things ("most coastal
	// towns") stays in its phrase.
	for _, c := range []struct{ text, near, want string }{
		{"A generous pension scheme covers every teacher in the county as well as the nurses of its two hospitals.", "pension", "generous pension scheme"},
		{"Several bold, costly road projects were dropped when the council lost its majority in the spring.", "road", "costly road projects"},
		{"After the crash most coastal towns were rebuilt with money from the state and the harbour board.", "coastal", "coastal towns"},
	} {
		if keys := termSpanKeys(t, c.text, c.near); !keys[c.want] {
			t.Errorf("%q: no blank on %q; term spans %v", c.text, c.want, keys)
		}
	}
}

// A verb the tagger read as a phrase's last noun stays out of its
// blank: "cholera struck", "the definition offers" (sets 214 to 271,
// BAD-BLANK, "the blank spans a noun and a verb").
func TestVerbHeadOutOfBlank(t *testing.T) {
	for _, c := range []struct{ text, near, bad string }{
		{"When a second wave of cholera struck in 1831 the poet was staying at his uncle's farm near the coast.", "cholera", "cholera struck"},
		{"Savers can always demand cash, which by definition offers an interest rate of zero to anyone who holds it.", "definition", "definition offers"},
		{"Until the drought burns itself out, the valley's farmers will keep selling their cattle at a loss.", "drought", "drought burns"},
	} {
		if termSpanKeys(t, c.text, c.near)[c.bad] {
			t.Errorf("%q: blank %q takes in the verb", c.text, c.bad)
		}
	}
	// A plural noun before a preposition stays the phrase's head.
	if keys := termSpanKeys(t, "The speed limits on the coast road were lowered after the winter storms flooded the harbour twice.", "speed"); !keys["speed limits"] {
		t.Errorf("no blank on %q; term spans %v", "speed limits", keys)
	}
}
