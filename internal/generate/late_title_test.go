package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A short report of my own on a premier and her treasurer: the opening
// on her promise of unity, the later paragraphs on a memoir's claims of
// a quarrel between them and a deputy's answers to it.
const premierReport = "Premier Ruth Hale has promised her party that nothing will stop its campaign for a fourth term.\n\n" +
	"Ms Hale spoke to members amid new rumours of trouble with treasurer Simon Ortiz. A memoir says the premier broke a promise to hand Mr Ortiz the leadership. The treasurer says he is focused on the coming poll.\n\n" +
	"Ms Hale told the caucus on Monday that the party would go into the poll united. She and Mr Ortiz arrived together and seemed in good spirits.\n\n" +
	"Deputy premier Alan Dunmore said members were right to complain about the reports. Mr Ortiz allegedly told the premier he no longer trusted her.\n\n" +
	"Mr Dunmore said there were occasional disagreements in any cabinet, but Ms Hale and Mr Ortiz worked well together.\n\n" +
	"The memoir claims Mr Dunmore hosted a dinner where Ms Hale promised to stand down. Mr Dunmore said the talks were private. The opposition says the two are behaving like squabbling children."

func TestLateBareTitle(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Prime Minister", true},
		{"Home Secretary", true},
		{"Chancellor", true},
		{"Brown's Chancellor", true},
		{"Election Campaign", true},
		{"General Election", true},
		{"Political Editor", true},
		{"The Election Campaign", true},
		{"Budget Committee", false},
		{"Sham Marriages", false},
		{"Hale's Promise", false},
		{"Claims of a Hale–Ortiz Rift", false},
		{"Defence Spending", false},
	} {
		if got := lateBareTitle(c.title); got != c.want {
			t.Errorf("lateBareTitle(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

func TestLateTitlesNameTheMatter(t *testing.T) {
	x := analyseText(t, premierReport)
	x.headline = "Hale pledges unity to party"
	x.course = x.headline
	themes := func(first, second string) []quiz.Theme {
		return []quiz.Theme{
			{Slug: "a", Title: first, Paragraphs: []int{1, 2, 3}},
			{Slug: "b", Title: second, Paragraphs: []int{4, 5, 6}},
		}
	}
	th := themes("Premier", "Election Campaign")
	if got := x.lateTitles(th); len(got) != 2 {
		t.Errorf("lateTitles retitled %v, want both themes", got)
	}
	if th[0].Title != x.headline {
		t.Errorf("opening = %q, want the headline", th[0].Title)
	}
	// Mr Dunmore, named in every paragraph of the later theme and in no
	// other, answers for the quarrel.
	if want := "Dunmore on the Hale–Ortiz Rift"; th[1].Title != want {
		t.Errorf("later theme = %q, want %q", th[1].Title, want)
	}
	// Titles that name a matter stay.
	th = themes("Hale's Promise", "Dinner Claims")
	if got := x.lateTitles(th); len(got) != 0 || th[0].Title != "Hale's Promise" || th[1].Title != "Dinner Claims" {
		t.Errorf("lateTitles = %v, %q, %q: want the titles kept", got, th[0].Title, th[1].Title)
	}
	// Under a heading that is no sentence, nothing changes.
	x.headline = "Ruth Hale"
	th = themes("Premier", "Election Campaign")
	if got := x.lateTitles(th); len(got) != 0 {
		t.Errorf("lateTitles under a name retitled %v", got)
	}
}

// Without a third person named throughout, the later theme is titled by
// the quarrel itself, as claimed where a sentence says it allegedly
// happened.
func TestLateTitleQuarrelClaimed(t *testing.T) {
	x := analyseText(t, premierReport)
	x.headline = "Hale pledges unity to party"
	x.course = x.headline
	if got, want := x.quarrelTitle([]int{4, 5, 6}, map[string]bool{}, true), "Claims of a Hale–Ortiz Rift"; got != want {
		t.Errorf("quarrelTitle = %q, want %q", got, want)
	}
	// The narrow reading counts no disagreements and no squabbling.
	if got := x.quarrelTitle([]int{4, 5, 6}, map[string]bool{}, false); got != "" {
		t.Errorf("narrow quarrelTitle = %q, want none", got)
	}
}

// A thin opening takes the theme after it where that theme's title names
// no matter and tells no quarrel: one theme under the headline, proposing
// what both did. A neighbour with a title of its own, a full opening, or
// a joined theme past lateJoinWords stays apart.
func TestJoinBareNeighbour(t *testing.T) {
	x := analyseText(t, "A new talent show for would-be councillors starts on Monday night.\n\n"+
		"Hundreds of hopefuls will be judged by a panel and by a public vote over four nights. The winner will be urged to stand at the next local election.\n\n"+
		"The panel is chaired by a former news editor. The contestants get a minute each to present their ideas, and the panel then questions them.\n\n"+
		"One contestant wants free parking on Sundays. Another promises to plant a tree for every new house. The panel laughed at both.\n\n"+
		"The show runs all week, and viewers can vote one hopeful off every night.")
	x.headline = "Would-be councillors face the panel"
	x.course = x.headline
	opts := Options{}.withDefaults()
	themes := func(second string) []quiz.Theme {
		return []quiz.Theme{
			{Slug: "a", Title: "Would-be councillors face the panel", Paragraphs: []int{1, 2}},
			{Slug: "b", Title: second, Paragraphs: []int{3, 4}},
			{Slug: "c", Title: "Public Vote", Paragraphs: []int{5}},
		}
	}
	items := func(first int) func() []item {
		return func() []item {
			var out []item
			for i := range first {
				out = append(out, item{proposed: true, q: &quiz.Question{Theme: "a", Prompt: "a" + string(rune('0'+i))}})
			}
			for i := range 4 {
				out = append(out, item{proposed: true, q: &quiz.Question{Theme: "b", Prompt: "b" + string(rune('0'+i))}})
			}
			return out
		}
	}
	th := themes("News Editor")
	if !x.joinBareNeighbour(&th, items(2), opts) {
		t.Fatalf("a thin opening did not take %q", "News Editor")
	}
	if len(th) != 2 || th[0].Title != x.headline || len(th[0].Paragraphs) != 4 || th[1].Title != "Public Vote" {
		t.Errorf("joined themes = %+v", th)
	}
	th = themes("Parking Plans")
	if x.joinBareNeighbour(&th, items(2), opts) {
		t.Errorf("a thin opening took a neighbour titled by its matter")
	}
	th = themes("News Editor")
	if x.joinBareNeighbour(&th, items(4), opts) {
		t.Errorf("an opening of four items took its neighbour")
	}
}
