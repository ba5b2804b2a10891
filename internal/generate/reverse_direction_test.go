package generate

import "testing"

func TestReversalPlausible(t *testing.T) {
	for _, tc := range []struct {
		course string
		paras  []string
		sub    string // the sentence reversed
		want   bool
	}{
		// A rank after a possessive or in an apposition is why the
		// report names the firm.
		{"Ferry deal agreed", []string{"Harbour Lines has bought Corran Ferries, the largest ferry operator in the north."}, "Harbour Lines", false},
		{"Ferry deal agreed", []string{"Harbour Lines is buying a share of Wales's largest ferry operator."}, "Harbour Lines", false},
		// The headline says which way.
		{"Fast spreading moss alarms farmers", []string{"A new moss is worrying farmers in the valley.", "The moss grows faster than any weed seen in the region before."}, "The moss grows", false},
		// A statement of aim.
		{"Court plan published", []string{"Ministers say the plan is aimed at cutting delays and increasing the number of cases heard each week."}, "Ministers say", false},
		// The sentence's own contrast on the same dimension.
		{"New rules for firms", []string{"Big firms already follow the rules, but smaller ones have until next year to comply."}, "Big firms", false},
		// The rest of the sentence says what the change led to (a BBC
		// technology report on desktop search).
		{"Search sites get closer to users", []string{"Search start up Blinkx has released a second version of its software.", "Since Blinkx launched it has faced increased competition from firms such as Google, Copernic, Enfish, X1 and Apple all of whom now have programs that let people search their PC as well as the web."}, "Since Blinkx", false},
		// A change with no "now" after it stays.
		{"Search sites get closer to users", []string{"Search start up Blinkx has released a second version of its software.", "Since Blinkx launched it has faced increased competition from firms such as Google and Apple."}, "Since Blinkx", true},
		// A plain comparison under a headline that does not give it away.
		{"Ferry fares reviewed", []string{"The trust reviewed its fares in the spring.", "Fares on the northern route rose by a third over the winter months."}, "Fares on the", true},
	} {
		x, err := analyse(tc.paras)
		if err != nil {
			t.Fatal(err)
		}
		x.course = tc.course
		s := sentenceWith(t, x, tc.sub)
		st, en, _, ok := reversible(s.text)
		if !ok {
			t.Errorf("%q: no reversible word", s.text)
			continue
		}
		if got := x.reversalPlausible(s, st, en); got != tc.want {
			t.Errorf("%q under %q: reversalPlausible = %v, want %v", s.text, tc.course, got, tc.want)
		}
	}
}
