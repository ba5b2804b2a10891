package generate

import "testing"

// Sentences that turn on the one before them, in sentences of our own
// of the kinds blind judges of sets 121 to 135 asked to have given their
// context (CONTEXT, both judges, on each kind), beside sentences that
// say the same and stand alone.
func TestTurnBack(t *testing.T) {
	x := analyseText(t, "The ferry company says its new route will pay for itself. "+
		"Rather, the route can better be understood as a subsidy for the island's hotels. "+
		"What is more, says Ann Kerr, the harbour master, the company has raised its fares twice. "+
		"In practice, a handful of skippers decide when the ferry sails. "+
		"If anything, the winter timetable is worse. "+
		"On the one hand, the council praises the company's safety record. "+
		"Nor, indeed, is the cost of the new pier always clear. "+
		"Much of that has to do with the way the pier was tendered. "+
		"Most of these still carry tourists in summer.\n\n"+
		"The old ferry was slow. "+
		"The new one is slower still. "+
		"The island's ferry is slower than the mainland's bus. "+
		"The river still floods the quay every spring. "+
		"The mayor went further. "+
		"The mayor went further than the council in criticising the fares. "+
		"Tom Price, a boatbuilder in Oban, is unconvinced. "+
		"Tom Price, a boatbuilder in Oban, is unconvinced that the route will pay. "+
		"Though one rival has left, the other has not followed through. "+
		"The company followed through on its threat to cut sailings. "+
		"Mr Price argues that it should not be. "+
		"Two small islands are the rare exceptions. "+
		"Two small islands are the exceptions to the rule.\n\n"+
		"Two explanations are offered. "+
		"The one Mr Price prefers is that the fares are too high. "+
		"The one thing the council agrees on is the pier. "+
		"Just 120 of its 4,000 passengers came back after the storm. "+
		"Only 30 of its ferries sail in winter. "+
		"Just 120 of the company's 4,000 passengers came back after the storm. "+
		"In 2019 the company carried 4,000 passengers and its revenue doubled.\n\n"+
		"The second point is that the pier is too short. "+
		"The ferry act in question did not cap fares. "+
		"Little wonder that the islanders are angry. "+
		"The ferry's finances will not be simple, either. "+
		"On the small islands, fares are not as high. "+
		"Which meant that half the sailings were cancelled. "+
		"Which ferry sails on Sundays? "+
		"Two decades on, the pier is still unfinished. "+
		"Fares rose in subsequent years. "+
		"The question is whether the council will pay. "+
		"Either the council pays or the route closes.")
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"Rather, the route", true},
		{"What is more, says", true},
		{"In practice, a handful", true},
		{"If anything, the winter", true},
		{"On the one hand", true},
		{"Nor, indeed", true},
		{"Much of that", true},
		{"Most of these", true},
		{"slower still", true},
		{"slower than the mainland", false},
		{"The river still floods", false},
		{"The mayor went further.", true},
		{"further than the council", false},
		{"is unconvinced.", true},
		{"unconvinced that the route", false},
		{"has not followed through", true},
		{"followed through on its threat", false},
		{"it should not be", true},
		{"are the rare exceptions", true},
		{"exceptions to the rule", false},
		{"The one Mr Price prefers", true},
		{"The one thing", false},
		{"Just 120 of its", true},
		{"Just 120 of the company's", false},
		{"Only 30 of its ferries", true},
		{"its revenue doubled", false},
		{"The second point is", true},
		{"act in question", true},
		{"Little wonder", true},
		{"simple, either", true},
		{"fares are not as high", true},
		{"Which meant that", true},
		{"Which ferry sails", false},
		{"Two decades on", true},
		{"in subsequent years", true},
		{"The question is whether", false},
		{"Either the council pays", false},
	} {
		s := sentenceWith(t, x, c.sent)
		if got := needsContext(s); got != c.want {
			t.Errorf("%q: leans on the sentence before: %v, want %v", s.text, got, c.want)
		}
	}
}
