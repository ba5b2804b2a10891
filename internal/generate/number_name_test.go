package generate

import "testing"

// Figures that are part of a name are no numbers to ask about or swap
// (sets 131 and 132: "13G" and "covid-38" offered as false statements,
// both judges: SWAP-NONSENSE); figures beside them still are.
func TestFiguresInNamesAreNoNumbers(t *testing.T) {
	x := analyseText(t, "Most infections of covid-19 are in Hubei, where 2,000 beds were added. "+
		"The carrier wants 5G masts and 12 F-15 jets, which cost $3bn. "+
		"A 1,500-strong crowd watched 3D films for 10 hours. "+
		"Among the over-65s, 40% use tablets.")
	numbers := map[string]bool{}
	for _, s := range x.sents {
		for _, sp := range s.spans {
			if sp.kind == kNumber || sp.kind == kMoney {
				numbers[s.text[sp.start:sp.end]] = true
			}
		}
	}
	for _, not := range []string{"19", "5", "15", "3"} {
		if numbers[not] {
			t.Errorf("%q, part of a name, was read as a number; numbers %v", not, numbers)
		}
	}
	for _, want := range []string{"2,000", "12", "1,500", "10", "65"} {
		found := false
		for n := range numbers {
			if len(n) >= len(want) && n[:len(want)] == want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q was not read as a number; numbers %v", want, numbers)
		}
	}
}
