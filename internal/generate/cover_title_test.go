package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A short report of my own on a council's vote on a housing estate: an
// opening on the vote, and a later theme of seven sentences on the heat
// pumps the homes will use, one of which mentions noise limits.
const heatPumpReport = "Council backs riverside homes\n\n" +
	"Councillors in Hadley voted on Tuesday to approve four hundred new homes by the river. The vote followed two years of argument over the site. The council leader said the homes would ease a long waiting list.\n\n" +
	"Opponents said the estate would crowd the lanes near the school. The builder promised a new footpath and a bus stop. Work is due to begin in the spring.\n\n" +
	"Every home will be warmed by heat pumps instead of gas boilers. The builder said the heat pumps would cut bills for tenants. Neighbours asked whether the heat pumps would be loud at night. A planning officer said the machines must meet noise limits set by the council. Engineers will fit the heat pumps on the north side of each house.\n\n" +
	"The first tenants should move in next year. A local charity welcomed the news and offered to advise families on their bills."

func TestCoverTitles(t *testing.T) {
	x := analyseText(t, heatPumpReport)
	x.course, x.headline = "Council backs riverside homes", "Council backs riverside homes"
	later := []int{3, 4}
	if n := len(x.sentencesOf(later)); n < coverMinSentences {
		t.Fatalf("later theme has %d sentences, want %d at least", n, coverMinSentences)
	}
	for _, c := range []struct {
		title string
		want  string
	}{
		{"Noise Limits", "Heat Pumps"},     // said in one sentence of seven
		{"Planning Officer", "Heat Pumps"}, // a role
		{"Heat Pumps", "Heat Pumps"},       // the running term itself
	} {
		themes := []quiz.Theme{
			{Slug: "council-backs-riverside-homes", Title: "Council backs riverside homes", Paragraphs: []int{1, 2}},
			{Slug: "x", Title: c.title, Paragraphs: later},
		}
		x.coverTitles(themes)
		if themes[1].Title != c.want {
			t.Errorf("%q became %q, want %q", c.title, themes[1].Title, c.want)
		}
		if themes[0].Title != "Council backs riverside homes" {
			t.Errorf("the opening became %q", themes[0].Title)
		}
	}
	// A title the theme says as often as its running term stays.
	if n := titleSaidIn("Tenants' Heat Pumps", x.sentencesOf(later)); n != 4 {
		t.Errorf("titleSaidIn past a possessive = %d, want 4", n)
	}
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Prime Minister", true},
		{"Plans", true},
		{"Heat Pumps", false},
	} {
		if got := x.kindOnlyTitle(c.title); got != c.want {
			t.Errorf("kindOnlyTitle(%q) = %v, want %v", c.title, got, c.want)
		}
	}
	// A theme of fewer sentences keeps its title.
	short := []quiz.Theme{
		{Title: "Council backs riverside homes", Paragraphs: []int{1, 2, 3}},
		{Title: "Charity's Advice", Paragraphs: []int{4}},
	}
	if x.coverTitles(short) != nil {
		t.Errorf("a theme of two sentences was retitled %q", short[1].Title)
	}
}
