package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

func TestAcronymOf(t *testing.T) {
	for _, c := range []struct {
		t, course string
		want      bool
	}{
		{"P2P", "Peer to peer sharing grows", true},
		{"EU", "European Union rules tighten", true},
		{"BBC", "Peer to peer sharing grows", false},
		{"Pumps", "Peer to peer sharing grows", false},
	} {
		if got := acronymOf(c.t, c.course); got != c.want {
			t.Errorf("acronymOf(%q, %q) = %v, want %v", c.t, c.course, got, c.want)
		}
	}
}

// A later theme titled by a fragment of a verb's complement, or by the
// course's whole subject, is titled by the two terms its sentences say.
func TestCentralTitles(t *testing.T) {
	paras := []string{
		"The town council met on Monday to discuss its budget for the coming year. Councillors said the budget would be tight. The council leader said services would be protected.",
		"The leader said the council must make sure budgets balance every year. Officers said the budget gap was large. Councillors argued about the budget gap for an hour.",
		"Residents raised the state of the town library at the meeting. The library roof leaks, and the library heating fails every winter. A repair of the library roof would cost more than the council had set aside.",
		"Volunteers have offered to run the library heating checks. The roof repair could start in the spring if the heating survey is finished. Residents said the library heating had failed twice this winter.",
	}
	a, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	a.headline = "Council budget talks"
	a.course = a.headline
	themes := []quiz.Theme{
		{Slug: "council-budget-talks", Title: "Council budget talks", Paragraphs: []int{1, 2}},
		{Slug: "sure-budgets", Title: "Sure Budgets", Paragraphs: []int{3, 4}},
	}
	if !a.fragmentTitle("Sure Budgets") {
		t.Errorf("fragmentTitle(Sure Budgets) = false, want true")
	}
	a.centralTitles(themes)
	if themes[0].Title != "Council budget talks" {
		t.Errorf("opening theme retitled: %q", themes[0].Title)
	}
	if got := themes[1].Title; got == "Sure Budgets" || got == "" {
		t.Errorf("later theme kept its fragment title: %q", got)
	} else if k := key(got); !containsWords(k, "library") && !containsWords(k, "roof") && !containsWords(k, "heating") {
		t.Errorf("later theme titled %q, want a title on the library's repairs", got)
	}
	// A title said in several of the theme's sentences stays.
	themes[1].Title, themes[1].Slug = "Library Roof", "library-roof"
	if a.centralTitles(themes) != nil {
		t.Errorf("a title said through its theme was changed to %q", themes[1].Title)
	}
}
