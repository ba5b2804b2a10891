package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A thin later theme still titled by a body joins the theme before it:
// under that theme's title within lateJoinWords, under the headline
// where the two are the whole report. A later theme of four items, one
// whose title names a matter, and one after a bare theme stay apart.
func TestJoinBareLater(t *testing.T) {
	x := analyseText(t, "The city's tram extension will open a year late, the council has said.\n\n"+
		"Works on the new line stopped in March after cracks were found in a bridge. The council says the repairs will take until autumn.\n\n"+
		"Shopkeepers on the route say the delay has cost them trade. The Transport Committee asked the council to pay them for their losses.\n\n"+
		"The council said it would look at the request, but that any payment would need the approval of the Finance Committee.\n\n"+
		"A final report on the bridge is due in the summer.")
	x.headline = "Tram extension delayed by a year"
	x.course = x.headline
	opts := Options{}.withDefaults()
	themes := func(second string) []quiz.Theme {
		return []quiz.Theme{
			{Slug: "a", Title: "Bridge Repairs", Paragraphs: []int{1, 2}},
			{Slug: "b", Title: second, Paragraphs: []int{3, 4, 5}},
		}
	}
	items := func(second int) func() []item {
		return func() []item {
			var out []item
			for i := range 4 {
				out = append(out, item{proposed: true, q: &quiz.Question{Theme: "a", Prompt: "a" + string(rune('0'+i))}})
			}
			for i := range second {
				out = append(out, item{proposed: true, q: &quiz.Question{Theme: "b", Prompt: "b" + string(rune('0'+i))}})
			}
			return out
		}
	}
	th := themes("Finance Committee")
	if !x.joinBareLater(&th, items(2), opts) {
		t.Fatalf("a thin later theme titled by a body did not join")
	}
	if len(th) != 1 || th[0].Title != x.headline || len(th[0].Paragraphs) != 5 {
		t.Errorf("joined themes = %+v, want one theme under the headline", th)
	}
	th = themes("Finance Committee")
	if x.joinBareLater(&th, items(4), opts) {
		t.Errorf("a later theme of four items joined")
	}
	th = themes("Shopkeepers' Losses")
	if x.joinBareLater(&th, items(2), opts) {
		t.Errorf("a later theme titled by its matter joined")
	}
	// Not the whole report: the earlier theme keeps its title.
	th = []quiz.Theme{
		{Slug: "a", Title: "Bridge Repairs", Paragraphs: []int{1, 2}},
		{Slug: "b", Title: "Finance Committee", Paragraphs: []int{3, 4}},
		{Slug: "c", Title: "Final Report", Paragraphs: []int{5}},
	}
	if !x.joinBareLater(&th, items(2), opts) {
		t.Fatalf("a thin middle theme titled by a body did not join")
	}
	if len(th) != 2 || th[0].Title != "Bridge Repairs" || th[0].Slug != "a" || len(th[0].Paragraphs) != 4 || th[1].Title != "Final Report" {
		t.Errorf("joined themes = %+v", th)
	}
}
