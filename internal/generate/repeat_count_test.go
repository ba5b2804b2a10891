package generate

import "testing"

func TestSameCount(t *testing.T) {
	cases := []struct {
		s, t string
		want bool
	}{
		{"Thirty four sailors were rescued from the ferry off the coast on Monday.",
			"All 34 sailors rescued are being treated in the harbour hospital.", true},
		{"Thirty-four sailors were rescued from the ferry off the coast on Monday.",
			"The 34 sailors were flown to the mainland by helicopter.", true},
		{"Thirty four sailors were rescued from the ferry off the coast on Monday.",
			"Thirty four passengers were flown to the mainland by helicopter.", false},
		{"The 2,000 members of the club voted on the plan.",
			"Only 2,000 members turned up to the meeting in the town hall.", true},
		{"The 2004 elections were held in the spring.",
			"The 2004 elections brought a new party to power.", false},
		{"One sailor was rescued from the ferry.", "One sailor stayed on the ferry.", false},
		{"The ship was built in the north.", "The ship sank in the south.", false},
	}
	for _, c := range cases {
		if got := sameCount(c.s, c.t); got != c.want {
			t.Errorf("sameCount(%q, %q) = %v, want %v", c.s, c.t, got, c.want)
		}
	}
}

// Two true statements that tell the same count are one fact; two that
// tell different counts, or share few words, are not.
func TestRepeatedCountStatement(t *testing.T) {
	x, err := analyse([]string{
		"Thirty four sailors were rescued from a burning ferry off the northern coast of the island on Monday morning.",
		"The fire broke out in the engine room shortly after the ferry left the harbour at Portlow for the mainland. " +
			"All 34 sailors are suspected of having ignored the safety drills that the company ordered last winter. " +
			"Twelve passengers are suspected of having ignored the safety drills that the company ordered last winter.",
	})
	if err != nil {
		t.Fatal(err)
	}
	statement := func(sub string) *item {
		return &item{sent: sentenceWith(t, x, sub), answer: "True", rule: "truefalse-true"}
	}
	lead, again, other := statement("Thirty four sailors"), statement("All 34 sailors"), statement("Twelve passengers")
	if !x.sameFact(lead, again) {
		t.Errorf("sameFact misses two statements of the same count")
	}
	if x.sameFact(lead, other) {
		t.Errorf("sameFact takes statements of different counts for one fact")
	}
}

// FuzzSameCount: reading counts never panics and is symmetric.
func FuzzSameCount(f *testing.F) {
	f.Add("Thirty-four sailors were rescued.", "All 34 sailors are safe.")
	f.Add("Twenty- 1,000,000,0 people, 2004 elections", "twenty eight- -eight 9 s")
	f.Add("- 7 ss", "0 people 1 people")
	f.Fuzz(func(t *testing.T, s, u string) {
		if sameCount(s, u) != sameCount(u, s) {
			t.Errorf("sameCount(%q, %q) is not symmetric", s, u)
		}
	})
}
