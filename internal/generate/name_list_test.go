package generate

import (
	"strings"
	"testing"
)

// TestNameListStatement: a true statement that ends on a list of
// product names after "such as" is not quoted.
func TestNameListStatement(t *testing.T) {
	text := "Sales of portable video players rose sharply across Europe last year. " +
		"Shops in Britain reported strong demand for portable video players, such as the Zenith Vista player, the Arlo Cube, the Marten PV 200 and the Quill MX500 series among others. " +
		"Analysts say phones will take much of their market."
	x := analyseText(t, text)
	s := sentenceWith(t, x, "such as the Zenith")
	s.score = 1
	it := x.trueStatement([]*sentence{s}, map[int]int{}, map[string]bool{}, nil)
	if it != nil && (strings.Contains(it.q.Prompt, "Zenith") || strings.Contains(it.q.Prompt, "Arlo")) {
		t.Errorf("statement quotes the list of names: %q", it.q.Prompt)
	}
	for _, c := range []struct {
		text, claim string
		list        bool
	}{
		{"Last year saw portable players, such as the Zenith player, the Arlo Cube and the Marten PV 200.", "", true},
		{"The firm makes fruit such as apples, pears and plums.", "", false},
		{"The firm sells its chips to phone makers such as Apple and Nokia.", "", false},
		{"Shops reported strong demand for portable video players, such as the Zenith Vista player, the Arlo Cube and the Quill MX500 series.", "Shops reported strong demand for portable video players.", true},
		{"China and Russia want changes in organizations like the United Nations, the World Bank and the International Monetary Fund.", "", false},
	} {
		claim, list := nameListClaim(c.text)
		if claim != c.claim || list != c.list {
			t.Errorf("nameListClaim(%q) = %q, %v; want %q, %v", c.text, claim, list, c.claim, c.list)
		}
	}
}

// TestNameListNotClause: "such as" before clauses is no list of names.
func TestNameListNotClause(t *testing.T) {
	text := "The army has warned that it will move troops to the border region, such as with heavy guns, if Norway and Denmark sign the pact."
	if claim, list := nameListClaim(text); list {
		t.Errorf("nameListClaim(%q) = %q, true", text, claim)
	}
}
