package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// The opening theme of an article pasted without its headline, titled
// by a name alone (a company the paragraphs mention), takes the term
// that runs through its sentences; under a headline, or titled by a
// phrase, it keeps its title.
func TestOpeningCoverTitleForBareName(t *testing.T) {
	paras := []string{
		"The water board has obtained direct access to the well records of Norbridge, Hallam and other farms. The direct access is part of a new metering scheme, the board says. Norbridge said it had not been told about the direct access.",
		"Farmers say the direct access breaks their contracts. The board says the direct access will save water. Hallam declined to comment on the scheme.",
		"The board will hold a public meeting on the scheme in May. Councillors have asked the board to publish the meter readings. Farmers will be able to attend the meeting.",
		"The meter readings will be published every month. Councillors said the meter readings should be free to read.",
	}
	mk := func() (*article, []quiz.Theme) {
		a, err := analyse(paras)
		if err != nil {
			t.Fatal(err)
		}
		a.course = "Water Board"
		return a, []quiz.Theme{
			{Slug: "norbridge", Title: "Norbridge", Paragraphs: []int{1, 2}},
			{Slug: "meter-readings", Title: "Meter Readings", Paragraphs: []int{3, 4}},
		}
	}
	a, themes := mk()
	if !a.bareNameTitle("Norbridge") {
		t.Fatalf("Norbridge not read as a name alone")
	}
	a.coverTitles(themes)
	if got, want := themes[0].Title, "Direct Access"; got != want {
		t.Errorf("opening theme titled by a name: %q, want %q", got, want)
	}
	a, themes = mk()
	a.headline = "Water board takes over well records"
	a.coverTitles(themes)
	if themes[0].Title != "Norbridge" {
		t.Errorf("opening theme under a headline retitled: %q", themes[0].Title)
	}
	a, themes = mk()
	themes[0].Title, themes[0].Slug = "Well Records", "well-records"
	a.coverTitles(themes)
	if themes[0].Title != "Well Records" {
		t.Errorf("opening theme titled by a phrase retitled: %q", themes[0].Title)
	}
}

// A noun that modifies the noun after it ("drugs policy") takes no
// title from the words before it: "Global Drugs" cuts the compound.
func TestModifiedNounNotCutFromCompound(t *testing.T) {
	a, err := analyse([]string{
		"The row over global drugs policy grew this week. Critics of global drugs policy met in Vienna. Ministers defended the drugs in question."})
	if err != nil {
		t.Fatal(err)
	}
	if got := modifiedNoun(a.sents, "drug", "drugs"); got != "" {
		t.Errorf("modifiedNoun = %q, want none", got)
	}
}
