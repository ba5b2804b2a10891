package generate

import "testing"

func TestBioKinSentence(t *testing.T) {
	x := analyseText(t, bioText)
	for text, want := range map[string]bool{
		"Maria Anna Lind's parents met and married in Visby just before the war.":   true,
		"Two of Lind's four brothers, Karl and Erik, became members of parliament.": true,
		"In 1860, her elder sister left for Norway with a travelling circus.":       true,
		"Both her sisters became teachers in Uppsala.":                              true,
		"Her mother and father had first met in Visby, where her parents married.":  true,
		"Lind's paintings of storms made her name in the 1880s.":                    false,
		"In 1872 Lind moved to Stockholm to study at the academy.":                  false,
		"Lind married the painter Erik Holm in 1880, and they lived in Paris.":      false,
		"After her father's death, Lind returned to the coast and opened a studio.": false,
		"The academy's director praised her light and bought two of her seascapes.": false,
	} {
		if got := x.bioKinSentence(text); got != want {
			t.Errorf("bioKinSentence(%q) = %v, want %v", text, got, want)
		}
	}
	// Outside a biography the rule does not apply.
	y := analyseText(t, "The harbour of Visby grew in the 1850s. Its parents met in the town hall to discuss the school.")
	if y.bioKinSentence("Two of the mayor's four brothers became members of parliament.") {
		t.Error("bioKinSentence applied outside a biography")
	}
}

// The parents' marriage in a biography's body is held back as trivia.
func TestBioKinIncidental(t *testing.T) {
	x := analyseText(t, bioText+"\n\nMaria Anna Lind's parents met and married in Visby just before the war of 1848.")
	s := sentenceWith(t, x, "parents met and married")
	if !x.incidentalSentence(s) {
		t.Error("the parents' marriage is not incidental")
	}
}
