package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A short report of my own on a harbour board's chairman said to have
// stepped down and still in post: the opening on the reports, the later
// paragraphs on the failed talks to replace him and a committee's
// reaction.
const harbourReport = "The chairman of the troubled Harbour Board, widely said to have stepped down in spring, is still running it.\n\n" +
	"Ken Marlow's exit was announced by the transport minister in April as councillors questioned him about delays at the docks. The Harbour Committee later published a sharp report on the board.\n\n" +
	"Officials now say Mr Marlow never resigned and will leave only when a successor is found. The board's budget committee met on Friday.\n\n" +
	"Hours later Mr Marlow's hopes of a deal collapsed as the board refused to pay him to leave early. The talks had gone on for two weeks.\n\n" +
	"A board member said the talks had failed because the pay offer was too generous. Mr Marlow declined to comment on the collapse.\n\n" +
	"The \"board's failures\" were criticised again by councillors, who asked when a new chairman would start."

func TestBodyOnlyTitle(t *testing.T) {
	x := analyseText(t, harbourReport+"\n\nThe Attorney General was asked for advice.")
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Harbour Committee", true},  // written as a name
		{"Marlow's Committee", true}, // and put to a name
		{"Attorney General", true},
		{"Prime Minister", true},    // lateBareTitle's
		{"Budget Committee", false}, // written in lower case: the budget's
		{"General Election", true},  // lateBareTitle's stock phrase
		{"Harbour Board", false},    // not an office's or a body's head
		{"Marlow's Exit", false},
		{"Pay Offer", false},
	} {
		if got := x.bodyOnlyTitle(c.title); got != c.want {
			t.Errorf("bodyOnlyTitle(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// A later theme titled by a body takes what its most central sentences
// say of the person it follows, the report's possessive with its noun
// and object; a possessive inside quotation marks, or of a word of the
// person's circle, is passed over.
func TestPersonMatterTitle(t *testing.T) {
	x := analyseText(t, harbourReport)
	x.headline = "Harbour chief who 'quit' still in post"
	x.course = x.headline
	if got, want := x.personMatterTitle([]int{4, 5}, map[string]bool{}), "Marlow's Hopes of a Deal"; got != want {
		t.Errorf("personMatterTitle = %q, want %q", got, want)
	}
	if got := x.personMatterTitle([]int{4, 5}, map[string]bool{"marlow's hopes of a deal": true}); got == "Marlow's Hopes of a Deal" {
		t.Errorf("personMatterTitle gave a used title")
	}
	th := []quiz.Theme{
		{Slug: "a", Title: "Harbour Committee", Paragraphs: []int{1, 2, 3}},
		{Slug: "b", Title: "Marlow's Committee", Paragraphs: []int{4, 5, 6}},
	}
	if got := x.lateTitles(th); len(got) != 2 {
		t.Fatalf("lateTitles retitled %v, want both", got)
	}
	if th[0].Title != x.headline {
		t.Errorf("opening = %q, want the headline", th[0].Title)
	}
	if want := "Marlow's Hopes of a Deal"; th[1].Title != want {
		t.Errorf("later theme = %q, want %q", th[1].Title, want)
	}
	// Under a heading that is no sentence, nothing changes.
	x.headline = "Ken Marlow"
	th = []quiz.Theme{
		{Slug: "a", Title: "Harbour Committee", Paragraphs: []int{1, 2, 3}},
		{Slug: "b", Title: "Marlow's Committee", Paragraphs: []int{4, 5, 6}},
	}
	if got := x.lateTitles(th); len(got) != 0 {
		t.Errorf("lateTitles under a name retitled %v", got)
	}
}
