package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A short report of my own on a harbour's dredging budget: the opening
// on the vote, with an opposition leader's quoted phrase; the later
// paragraphs on the contract and the mooring fees that pay for it.
const dredgeReport = "The town council has approved a budget of £2m to dredge the harbour before the summer season.\n\n" +
	"Councillor Jane Rowe said the harbour had silted up badly over the winter. The fishing fleet has struggled to land catches at low tide.\n\n" +
	"Opposition leader Tom Price said the plan was \"a sticking point\" for his group, which wanted the money spent on roads. He said the vote was close.\n\n" +
	"The dredging contract will go to a local firm. The harbour master said the work would start in April and take six weeks. Boat owners will pay higher mooring fees next year to cover part of the cost.\n\n" +
	"Mooring fees at the harbour have not risen for five years, the council said. Mrs Rowe said the new mooring fees would still be lower than at nearby ports."

// The same matter told as an explainer, with no one saying anything.
const dredgeExplainer = "A harbour fills with silt carried in by rivers and tides, and must be dredged to stay open to boats.\n\n" +
	"Dredgers lift the silt from the bed of the harbour and carry it out to sea. The work is done in spring, before the busy months.\n\n" +
	"A harbour pays for dredging from its mooring fees. Boat owners pay mooring fees by the year, and the fees rise when the work costs more.\n\n" +
	"Mooring fees are set by the harbour's owner. Small harbours often charge lower mooring fees than large ports."

func TestLateWeakTitle(t *testing.T) {
	x := analyseText(t, dredgeReport)
	opening, later := []int{1, 2, 3}, []int{4, 5}
	for _, c := range []struct {
		title string
		g     []int
		want  bool
	}{
		{"Sticking Point", opening, true},  // only inside a quotation
		{"Fishing Fleet", opening, true},   // one sentence
		{"Plans", opening, true},           // vague alone
		{"Rowe's Account", opening, true},  // vague after a possessive
		{"Local Firm", later, true},        // one sentence
		{"Mooring Fees", later, false},     // three sentences, two paragraphs
		{"Rowe's Promise", opening, false}, // a person's, not vague
		{"Silted Harbours", opening, false},
		{"Harbour Dredging Budget Vote", opening, false},
	} {
		if got := x.lateWeakTitle(c.title, c.g); got != c.want {
			t.Errorf("lateWeakTitle(%q, %v) = %v, want %v", c.title, c.g, got, c.want)
		}
	}
}

func TestLateWeakTitlesRetitled(t *testing.T) {
	x := analyseText(t, dredgeReport)
	x.headline = "Council approves harbour dredging budget"
	x.course = x.headline
	th := []quiz.Theme{
		{Slug: "sticking-point", Title: "Sticking Point", Paragraphs: []int{1, 2, 3}},
		{Slug: "local-firm", Title: "Local Firm", Paragraphs: []int{4, 5}},
	}
	if got := x.lateTitles(th); len(got) != 2 {
		t.Errorf("lateTitles retitled %v, want both themes", got)
	}
	if th[0].Title != x.headline {
		t.Errorf("opening = %q, want the headline", th[0].Title)
	}
	if want := "Mooring Fees"; th[1].Title != want {
		t.Errorf("later theme = %q, want %q", th[1].Title, want)
	}
	// A title said in several sentences stays.
	th = []quiz.Theme{
		{Slug: "a", Title: "Harbour Vote", Paragraphs: []int{1, 2, 3}},
		{Slug: "b", Title: "Mooring Fees", Paragraphs: []int{4, 5}},
	}
	x.lateTitles(th)
	if th[1].Title != "Mooring Fees" {
		t.Errorf("later theme = %q, want it kept", th[1].Title)
	}
}

// A later theme whose weak title finds nothing better joins the theme
// before it though it proposes four items, in a report told through
// its people's words; in an explainer it stays apart.
func TestJoinWeakLater(t *testing.T) {
	opts := Options{}.withDefaults()
	items := func(first, second int) func() []item {
		return func() []item {
			var out []item
			for i := range first {
				out = append(out, item{proposed: true, q: &quiz.Question{Theme: "a", Prompt: "a" + string(rune('0'+i))}})
			}
			for i := range second {
				out = append(out, item{proposed: true, q: &quiz.Question{Theme: "b", Prompt: "b" + string(rune('0'+i))}})
			}
			return out
		}
	}
	x := analyseText(t, dredgeReport)
	x.headline = "Council approves harbour dredging budget"
	x.course = x.headline
	th := []quiz.Theme{
		{Slug: "a", Title: "Harbour Vote", Paragraphs: []int{1, 2, 3}},
		{Slug: "b", Title: "Local Firm", Paragraphs: []int{4, 5}},
	}
	if !x.joinBareLater(&th, items(3, 4), opts) {
		t.Fatalf("a later theme titled by a phrase of one sentence did not join")
	}
	if len(th) != 1 || th[0].Title != x.headline || len(th[0].Paragraphs) != 5 {
		t.Errorf("joined themes = %+v, want one theme under the headline", th)
	}
	th = []quiz.Theme{
		{Slug: "a", Title: "Harbour Vote", Paragraphs: []int{1, 2, 3}},
		{Slug: "b", Title: "Mooring Fees", Paragraphs: []int{4, 5}},
	}
	if x.joinBareLater(&th, items(3, 4), opts) {
		t.Errorf("a later theme titled by its matter joined")
	}
	// Past a theme's caps, no join.
	th = []quiz.Theme{
		{Slug: "a", Title: "Harbour Vote", Paragraphs: []int{1, 2, 3}},
		{Slug: "b", Title: "Local Firm", Paragraphs: []int{4, 5}},
	}
	if x.joinBareLater(&th, items(5, 4), opts) {
		t.Errorf("a join past a theme's cap of questions was made")
	}

	e := analyseText(t, dredgeExplainer)
	e.headline = "How a harbour stays open"
	e.course = e.headline
	th = []quiz.Theme{
		{Slug: "a", Title: "Harbour Silt", Paragraphs: []int{1, 2}},
		{Slug: "b", Title: "Small Harbours", Paragraphs: []int{3, 4}},
	}
	if e.joinBareLater(&th, items(3, 4), opts) {
		t.Errorf("an explainer's later theme of four items joined")
	}
}
