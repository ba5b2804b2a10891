package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// The opening theme of several, titled by a phrase or by its first
// sentence once the other passes are done, takes the headline; no title
// changes where there is no headline or a later theme holds it already.
func TestHeadlineOpening(t *testing.T) {
	x := bylineColumnBody(t)
	themes := func(first string) []quiz.Theme {
		return []quiz.Theme{
			{Slug: quiz.Slugify(first, 40), Title: first, Paragraphs: []int{1, 2}},
			{Slug: "office-life", Title: "Office Life", Paragraphs: []int{3}},
		}
	}
	x.headline = "Learning to love broadband"
	th := themes("Network Connection")
	if !x.headlineOpening(th) || th[0].Title != x.headline || th[0].Slug != "learning-to-love-broadband" {
		t.Errorf("opening theme titled by a phrase: got %q (%s), want the headline", th[0].Title, th[0].Slug)
	}
	if th[1].Title != "Office Life" {
		t.Errorf("a later theme was retitled: %q", th[1].Title)
	}
	th = themes("The writer works from a café three days a week")
	if !x.headlineOpening(th) || th[0].Title != x.headline {
		t.Errorf("opening theme titled by a sentence: got %q, want the headline", th[0].Title)
	}
	th = themes("Network Connection")
	th[1].Title = "Learning to Love Broadband"
	if x.headlineOpening(th) || th[0].Title != "Network Connection" {
		t.Errorf("the headline titles two themes: %q", th[0].Title)
	}
	x.headline = ""
	th = themes("Network Connection")
	if x.headlineOpening(th) || th[0].Title != "Network Connection" {
		t.Errorf("without a headline: %q", th[0].Title)
	}
}
