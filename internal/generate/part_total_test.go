package generate

import "testing"

// TestPartOfTotal: a blank over one part of a split whose sum the
// article gives elsewhere is unfair; the same split with no total told
// is not.
func TestPartOfTotal(t *testing.T) {
	text := "The Green Party says it can win 27 new seats at the general election if students register to vote in university towns.\n\n" +
		"The party has named the 15 seats where it believes students could help it beat Labour, and the 12 where they could help it beat the Conservatives. Most are in cities with large universities."
	x := analyseText(t, text)
	s := sentenceWith(t, x, "has named the 15")
	found := false
	for _, sp := range s.spans {
		if sp.text == "15" || sp.text == "12" {
			found = true
			if f := x.blankFault(s, sp); f != "part" {
				t.Errorf("blankFault(%q) = %q, want part", sp.text, f)
			}
		}
	}
	if !found {
		t.Fatal("no count 15 or 12 read")
	}
	y := analyseText(t, "The Green Party says it can win new seats at the general election if students register to vote in university towns.\n\n"+
		"The party has named the 15 seats where it believes students could help it beat Labour, and the 12 where they could help it beat the Conservatives. Most are in cities with large universities.")
	s = sentenceWith(t, y, "has named the 15")
	for _, sp := range s.spans {
		if sp.text == "15" && y.partOfTotal(s, sp) {
			t.Error("a split with no total told taken for a part")
		}
	}
}
