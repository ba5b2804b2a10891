package generate

import "testing"

// A person introduced with a description between commas before the verb
// is who the next sentence's "He" or "She" stands for; a description
// that names or owns another person, or a relative clause, leaves it
// uncertain.
func TestApposedSubjectPronoun(t *testing.T) {
	x, err := analyse([]string{
		"The survey of river otters covered twelve valleys in the north. " +
			"Hilde Marrow, professor of zoology at the University of Tarnby, was unconvinced by the count. " +
			"She said the survey had missed most of the animals that hunt at night.",
		"The harbour board met on Tuesday to discuss the new quay. " +
			"Oskar Vendel, the chief engineer of the board, spoke against the plan. " +
			"He warned that the quay would silt up the channel within ten years.",
		"The ferry service was cut to two sailings a week. " +
			"Greta Lund, Karl Moe's deputy at the port, called the cut a mistake. " +
			"She said the island's shops would run short of fresh food.",
		"The festival drew more visitors than ever this summer. " +
			"Ingrid Sol, who chairs the festival committee, was delighted. " +
			"She said the town would book more bands for next year.",
		"The club named a new manager on Friday. " +
			"Lars Holm, joint owner of the club, said: \u201cThe new man is a wonderful coach, and he knows the club.\u201d " +
			"His patience with young players has been remarkable.",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		// The name the sentence before opens on, its description between
		// commas before the verb (the tagger may read it as a place).
		"She said the survey had missed most of the animals that hunt at night.": "Hilde Marrow said the survey had missed most of the animals that hunt at night.",
		"He warned that the quay would silt up the channel within ten years.":    "Oskar Vendel warned that the quay would silt up the channel within ten years.",
		// The description names another person: not certain.
		"She said the island's shops would run short of fresh food.": "",
		// A relative clause is no description of the subject alone.
		"She said the town would book more bands for next year.": "",
		// A quotation goes on: "His" may be the man it speaks of.
		"His patience with young players has been remarkable.": "",
	}
	for _, s := range x.sents {
		w, ok := want[s.text]
		if !ok {
			continue
		}
		delete(want, s.text)
		if got := x.prevSubjectResolved(s); got != w {
			t.Errorf("%q: got %q, want %q", s.text, got, w)
		}
	}
	for s := range want {
		t.Errorf("sentence not found: %q", s)
	}
}
