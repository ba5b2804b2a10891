package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// Without a headline, an opening theme titled by a place said once takes
// the subject and event of its central sentence; with one, it stays.
func TestOpeningEventTitleWithoutHeadline(t *testing.T) {
	paras := []string{
		"The council approved the parking charges after a long debate in Millbrook. Shop owners had asked for lower parking charges for years. The approval means the parking charges rise in April.",
		"Drivers said the parking charges were unfair. Shop owners warned that the parking charges would keep visitors away.",
		"The town council met on Monday to discuss its budget for the coming year. Councillors said the budget would be tight. The council leader said services would be protected.",
		"Officers said the budget gap was large. Councillors argued about the budget gap for an hour.",
	}
	mk := func() (*article, []quiz.Theme) {
		a, err := analyse(paras)
		if err != nil {
			t.Fatal(err)
		}
		a.course = "Parking in Millbrook"
		a.paras[0].sents[0].score = 1
		return a, []quiz.Theme{
			{Slug: "millbrook", Title: "Millbrook", Paragraphs: []int{1, 2}},
			{Slug: "budget-gap", Title: "Budget Gap", Paragraphs: []int{3, 4}},
		}
	}
	a, themes := mk()
	a.eventTitles(themes)
	if got, want := themes[0].Title, "Council's Approval of Parking Charges"; got != want {
		t.Errorf("opening theme without a headline titled %q, want %q", got, want)
	}
	a, themes = mk()
	a.headline = "Millbrook parking charges approved"
	a.eventTitles(themes)
	if themes[0].Title != "Millbrook" {
		t.Errorf("opening theme under a headline retitled: %q", themes[0].Title)
	}
}

// The only theme, titled by the course's subject again, takes the event
// of that subject; another subject's event is not taken.
func TestOnlyThemeEventTitle(t *testing.T) {
	paras := []string{
		"Harriet Vale will retire as director of the Millbrook museum at the end of the year. Her retirement ends twenty years in the post. Vale said the museum had been her life.",
		"The board thanked Vale for her work. Vale plans to write a history of the museum after her retirement.",
	}
	mk := func() (*article, []quiz.Theme) {
		a, err := analyse(paras)
		if err != nil {
			t.Fatal(err)
		}
		a.course = "Harriet Vale"
		a.paras[0].sents[0].score = 1
		return a, []quiz.Theme{{Slug: "harriet-vale", Title: "Harriet Vale", Paragraphs: []int{1, 2}}}
	}
	a, themes := mk()
	a.eventTitles(themes)
	if got, want := themes[0].Title, "Harriet Vale's Retirement"; got != want {
		t.Errorf("only theme titled %q, want %q", got, want)
	}
	a, themes = mk()
	a.course = "Millbrook Museum"
	themes[0].Title = "Millbrook Museum"
	a.eventTitles(themes)
	if themes[0].Title != "Millbrook Museum" {
		t.Errorf("only theme took another subject's event: %q", themes[0].Title)
	}
}

// A gerund the article never uses as a noun names no event; an object
// that opens a clause the verb took is joined with "on".
func TestEventTitleGerundAndClauseObject(t *testing.T) {
	b, err := analyse([]string{"The council is using the parking charges to pay for repairs. The parking charges rose in April."})
	if err != nil {
		t.Fatal(err)
	}
	if got := b.eventTitle(b.sents[0], b.sents, b.commonNouns()); got != "" {
		t.Errorf("eventTitle on a gerund that is no noun = %q, want none", got)
	}
	c, err := analyse([]string{"The councillors decided parking charges should rise in April. Their decision on parking charges angered shop owners."})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.eventTitle(c.sents[0], c.sents, c.commonNouns()), "Councillors' Decision on Parking Charges"; got != want {
		t.Errorf("eventTitle on a clause object = %q, want %q", got, want)
	}
}

// A passive's subject is what the act is done to: no title.
func TestEventTitlePassive(t *testing.T) {
	b, err := analyse([]string{"The new parking charges are aimed at reducing traffic in the centre. The parking charges rose in April, and their aim was clear."})
	if err != nil {
		t.Fatal(err)
	}
	if got := b.eventTitle(b.sents[0], b.sents, b.commonNouns()); got != "" {
		t.Errorf("eventTitle on a passive = %q, want none", got)
	}
}
