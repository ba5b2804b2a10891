package generate

import "testing"

// Blanks over what a name is described as, in sentences of our own of
// the shapes blind judges of sets 121 to 135 rejected (TRIVIA, both
// judges, on each), beside blanks over terms the sentences are about.
func TestDescriptionBlank(t *testing.T) {
	x := analyseText(t, "The ferry company's fares rose again in March, says Ann Kerr of Harbour Analytics, a shipping consultancy. "+
		"Tidewell, a ferry operator, says its winter losses doubled. "+
		"The new route runs through the fishing port of Ullapool on Tuesdays. "+
		"A levy set by the island council, Eilean Siar, pays for the pier. "+
		"The Island Ferries Union (IFU), a newish protest movement that grew out of a dockers' strike, wants higher wages. "+
		"The union needs friends, says Jo Bell, the longest-serving harbour master of Stornoway. "+
		"In Stornoway, a terminal opened in May. "+
		"After Brexit, the harbour board lost its grant.\n\n"+
		"The council spent the ferry levy on a new pier at Ullapool. "+
		"Ann Kerr says the ferry levy will rise again next year. "+
		"Storms damaged the harbour wall of the island in January.")
	for _, c := range []struct {
		sub, phrase string
		want        bool
	}{
		{"says Ann Kerr of Harbour", "shipping consultancy", true},
		{"Tidewell, a", "ferry operator", true},
		{"through the fishing port", "fishing port", true},
		{"A levy set by", "island council", true},
		{"The Island Ferries Union", "newish protest movement", true},
		{"says Jo Bell", "longest-serving harbour master", true},
		{"In Stornoway, a terminal", "terminal", false},
		{"After Brexit, the", "harbour board", false},
		{"The council spent the ferry levy", "ferry levy", false}, // said again: a term the article teaches
		{"Storms damaged", "harbour wall", false},                 // of no name
	} {
		s := sentenceWith(t, x, c.sub)
		sp := cardSpanIn(t, s, c.phrase)
		if got := x.descriptionBlank(s, sp); got != c.want {
			t.Errorf("%q in %q: held %v, want %v", c.phrase, s.text, got, c.want)
		}
	}
}
