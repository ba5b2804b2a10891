package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A later theme titled by a place said once takes the subject and event
// of its most central sentence; a clean title stays, and a sentence
// opening on a pronoun gives nothing.
func TestEventTitles(t *testing.T) {
	paras := []string{
		"The town council met on Monday to discuss its budget for the coming year. Councillors said the budget would be tight. The council leader said services would be protected.",
		"Officers said the budget gap was large. Councillors argued about the budget gap for an hour.",
		"The council approved the parking charges after a long debate in Millbrook. Shop owners had asked for lower parking charges for years. The approval means the parking charges rise in April.",
		"Drivers said the parking charges were unfair. Shop owners warned that the parking charges would keep visitors away.",
	}
	a, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	a.headline = "Council budget talks"
	a.course = a.headline
	for _, s := range a.paras[2].sents[:1] {
		s.score = 1 // the theme's central sentence
	}
	themes := []quiz.Theme{
		{Slug: "council-budget-talks", Title: "Council budget talks", Paragraphs: []int{1, 2}},
		{Slug: "millbrook", Title: "Millbrook", Paragraphs: []int{3, 4}},
	}
	a.eventTitles(themes)
	if themes[0].Title != "Council budget talks" {
		t.Errorf("opening theme retitled: %q", themes[0].Title)
	}
	if got, want := themes[1].Title, "Council's Approval of Parking Charges"; got != want {
		t.Errorf("later theme titled %q, want %q", got, want)
	}
	// A title said through its theme stays.
	themes[1].Title, themes[1].Slug = "Parking Charges", "parking-charges"
	if a.eventTitles(themes) != nil {
		t.Errorf("a title said through its theme was changed to %q", themes[1].Title)
	}
	// A subject that is a pronoun gives no title.
	b, err := analyse([]string{"It approved the parking charges after a long debate."})
	if err != nil {
		t.Fatal(err)
	}
	if got := b.eventTitle(b.sents[0], b.sents, map[string]string{"approval": "approval"}); got != "" {
		t.Errorf("eventTitle on a pronoun subject = %q, want none", got)
	}
}

func TestEventNoun(t *testing.T) {
	nouns := map[string]string{"vote": "vote", "approval": "approval", "decision": "decision"}
	for _, c := range []struct{ verb, want string }{
		{"voted", "vote"}, {"approved", "approval"}, {"decided", "decision"}, {"walked", ""},
	} {
		if got := eventNoun(c.verb, nouns); got != c.want {
			t.Errorf("eventNoun(%q) = %q, want %q", c.verb, got, c.want)
		}
	}
}
