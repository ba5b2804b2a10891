package generate

import "testing"

// A "similar" with nothing in its sentence to be likened to, a condition
// the sentence before stated ("If that is so, …"), and "Other …" as an
// opening lean on the sentences before; "similar to …", "fees and similar
// charges" and "a similar one" do not.
func TestSimilarAndConditionalOpenings(t *testing.T) {
	a := analyseText(t, "The harbour board raised its mooring fees in March. "+
		"Two other marinas have made similar complaints since the spring. "+
		"The ferry company wants the board to allow something similar. "+
		"Similar queues formed at the northern pier during the summer. "+
		"The new levy is similar to the one charged at Porthmor. "+
		"Skippers pay mooring fees and similar charges twice a year. "+
		"The board built a slipway in 1990 and later added a similar one. "+
		"If that is so, the fishing fleet will move to the estuary. "+
		"If the levy passes, the fishing fleet will move to the estuary. "+
		"Other harbours along the coast kept their old fees. "+
		"Other than the ferry, no boat crosses the bay in winter. "+
		"Porthmor may be the first to charge, but similar fees will follow along the coast. "+
		"A programme that offers similar support has not been funded.")
	checkSentences(t, a, "needsContext", func(s *sentence) bool {
		s.standalone = true
		return needsContext(s)
	}, []sentenceCase{
		{"Two other marinas", true},
		{"The ferry company", true},
		{"Similar queues", true},
		{"The new levy", false},
		{"Skippers pay", false},
		{"If that is so", true},
		{"If the levy passes", false},
		{"Other harbours", true},
		{"Other than the ferry", false},
		{"Porthmor may be", false},
		{"A programme that offers", true},
	})
	// "… a similar one": likened to what the sentence itself named, as
	// similarBack reads it.
	if s := sentenceWith(t, a, "The board built"); similarUnsaid(s, indexOfWord(s, "similar")) {
		t.Errorf("similarUnsaid(%q) = true, want false", s.text)
	}
}

func indexOfWord(s *sentence, w string) int {
	for i, t := range s.toks {
		if t.text == w {
			return i
		}
	}
	return -1
}
