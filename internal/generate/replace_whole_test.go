package generate

import "testing"

func TestReplaceWholeKeepsWordsWhole(t *testing.T) {
	cases := []struct {
		text, old, new, want string
		ok                   bool
	}{
		// "he" inside a longer word is not the pronoun.
		{"A unit established in 1942, where he trained.", "he", "Marsh", "A unit established in 1942, where Marsh trained.", true},
		{"They established the school.", "They", "The founders", "The founders established the school.", true},
		{"The theme of the fair was chosen.", "the", "a", "The theme of a fair was chosen.", true},
		{"Nothing here fits.", "he", "Marsh", "Nothing here fits.", false},
		// Edits that begin or end with a space or punctuation match anywhere.
		{"Prices rose on Monday.", " on Monday", "", "Prices rose.", true},
		{"Café owners said it.", "it", "the plan", "Café owners said the plan.", true},
		{"éhe he", "he", "X", "éhe X", true},
		{"", "he", "X", "", false},
	}
	for _, c := range cases {
		got, ok := replaceWhole(c.text, c.old, c.new)
		if got != c.want || ok != c.ok {
			t.Errorf("replaceWhole(%q, %q, %q) = %q, %v; want %q, %v", c.text, c.old, c.new, got, ok, c.want, c.ok)
		}
	}
}

func TestApplyEditsRefusesAPronounOnlyInsideAWord(t *testing.T) {
	if got, ok := applyEdits("The college was established in 1847.", []edit{{"he", "Marsh"}}); ok {
		t.Errorf("applyEdits changed a word that holds the pronoun's letters: %q", got)
	}
}
