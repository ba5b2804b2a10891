package generate

import "testing"

// Openings that take what the sentence before gave them, and sentences
// that announce what the sentences after them name, in sentences of
// our own of the kinds blind judges of sets 101 to 119 asked to have
// given their context (CONTEXT, both judges, on each kind), beside
// sentences that say the same and stand alone.
func TestLeanBackOpenings(t *testing.T) {
	x := analyseText(t, "The harbour board raised its mooring fees twice last year. "+
		"The upshot is a smaller fishing fleet. "+
		"The main reason is a fall in the price of cod. "+
		"The result, perversely, is that the harbour earns less. "+
		"The result of the vote was close. "+
		"The resulting losses forced the board to borrow. "+
		"A second concern is that the quay is crumbling. "+
		"A second, related problem concerns the harbour's dredger. "+
		"The remaining trawlers moor at the north quay. "+
		"Most important, the board has no plan for the quay. "+
		"Unperturbed, the chairman raised the fees again. "+
		"Ever since, the fishermen have boycotted the board's meetings. "+
		"Ever since the fees rose, the fishermen have boycotted the board's meetings. "+
		"Until that happens, the fleet will keep shrinking. "+
		"Next come the inspectors from the county. "+
		"In the middle are the smaller boat owners. "+
		"To understand why, the council hired an auditor.\n\n"+
		"The fishermen sold their catch at three markets. "+
		"Most went to the market in Porthleven. "+
		"One said that the fees would ruin him. "+
		"Some worry that the harbour will close. "+
		"Few think the board will back down. "+
		"Given the state of the quay, that could prove costly. "+
		"If the board sells the quay, that would pay its debts. "+
		"An adviser reckons that if the board sold the slipway, that would pay for the quay. "+
		"Surveys show about 40% of the fishermen back it. "+
		"Surveys show about 40% of the fishermen back the boycott.\n\n"+
		"The board hopes to win the fishermen back by focusing on two goals. "+
		"Several hurdles complicate the board's plan for the quay. "+
		"The board hopes to win the fishermen back with two changes: lower fees and a new slipway. "+
		"Several hurdles, such as the cost of steel, complicate the board's plan. "+
		"Two fishermen sold their boats in March. "+
		"A harbour engineer says that ports tend to go through three phases. "+
		"In the third phase, ports build breakwaters.")
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"The upshot is", true},
		{"The main reason is", true},
		{"The result, perversely", true},
		{"The result of the vote", false},
		{"The resulting losses", true},
		{"A second concern", true},
		{"A second, related problem", true},
		{"The remaining trawlers", true},
		{"Most important, the board", true},
		{"Unperturbed, the chairman", true},
		{"Ever since, the fishermen", true},
		{"Ever since the fees rose", false},
		{"Until that happens", true},
		{"Next come the inspectors", true},
		{"In the middle are", true},
		{"To understand why", true},
		{"Most went to", true},
		{"One said that", true},
		{"Some worry that", false},
		{"Few think the board", false},
		{"that could prove costly", true},
		{"that would pay its debts", false},
		{"that would pay for the quay", false},
		{"back it.", true},
		{"back the boycott", false},
		{"focusing on two goals", true},
		{"Several hurdles complicate", true},
		{"with two changes:", false},
		{"such as the cost of steel", false},
		{"Two fishermen sold", false},
		{"go through three phases", false},
		{"In the third phase", true},
	} {
		s := sentenceWith(t, x, c.sent)
		if got := needsContext(s); got != c.want {
			t.Errorf("%q: leans on the sentence before: %v, want %v", s.text, got, c.want)
		}
	}
}
