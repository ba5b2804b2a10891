package generate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// An amount with a scale's letters ends its sentence ("… reaching
// $3.32bn. Facebook is also a minefield for brands." was one sentence:
// set 97, both judges).
func TestSplitAfterScale(t *testing.T) {
	a := analyseText(t, "And advertisers pay a lot for that. Facebook reported ad revenue was up 46%, reaching $3.32bn. Facebook is also a minefield for brands. It was priced at £1.8m. But, by 2012, it rose.")
	var got []string
	for _, s := range a.paras[0].sents {
		got = append(got, s.text)
	}
	want := []string{
		"And advertisers pay a lot for that.",
		"Facebook reported ad revenue was up 46%, reaching $3.32bn.",
		"Facebook is also a minefield for brands.",
		"It was priced at £1.8m.",
		"But, by 2012, it rose.",
	}
	if len(got) != len(want) {
		t.Fatalf("sentences %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// "that" before a noun as a demonstrative, and a bare change opening a
// sentence, lean on the sentence before (set 97, both judges, CONTEXT).
func TestBareAnaphors(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Facebook embodies that philosophy and created an entire industry from it.", true},
		{"The drop is described as “statistically significant” by Professor Robert West, who collates the figures.", true},
		{"The move is the first of its kind in the history of UN drug-control treaties.", true},
		{"Rosa Parks said that philosophy matters to everyone.", false},
		{"The rise of gaming has its own place in the story of digital culture.", false},
		{"Facebook showed that advertising pays for a free service.", false},
	} {
		a := analyseText(t, c.text)
		if got := needsContext(a.paras[0].sents[0]); got != c.want {
			t.Errorf("needsContext(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A figure set off beside a proportion in words says the same thing, and
// its swap contradicts itself ("one in seven people on Earth, 2 billion
// people": set 97, both judges, SWAP-WEAK; "More than a third … – 17.8%
// –": set 84).
func TestRestatedFigure(t *testing.T) {
	a := analyseText(t, "On one day in August, one in seven people on Earth, 1 billion people, used Facebook, according to founder Mark Zuckerberg. "+
		"More than a third of all women worldwide – 35.6% – will experience physical or sexual violence in their lifetime. "+
		"In 2014, 56% of internet users aged 65 and older had a Facebook account, up from 45% in 2013.")
	for _, c := range []struct {
		sub, num string
		want     bool
	}{
		{"one in seven", "1 billion", true},
		{"More than a third", "35.6%", true},
		{"In 2014, 56%", "56%", false},
		{"In 2014, 56%", "45%", false},
	} {
		s := sentenceWith(t, a, c.sub)
		if got := restatedFigure(s, spanOfSent(t, s, c.num)); got != c.want {
			t.Errorf("restatedFigure(%q in %q) = %v, want %v", c.num, s.text, got, c.want)
		}
	}
}

// Nor is such a figure blanked: the proportion beside it gives it away.
func TestRestatedFigureNoBlank(t *testing.T) {
	a := analyseText(t, "On one day in August, one in seven people on Earth, 1 billion people, used Facebook, according to founder Mark Zuckerberg.")
	s := sentenceWith(t, a, "one in seven")
	if c := a.blankableRead(s, spanOfSent(t, s, "1 billion")); c != nil {
		t.Errorf("a blank on a restated figure: %q", c.stem())
	}
}

// A list article's theme of two numbered sections is titled by their
// headings (set 96: "Rubbish Bins" for the sections "Smart rubbish
// bins" and "Spray paint", both judges: "half of these paragraphs are
// about spraying grass green").
func TestListHeadingTitles(t *testing.T) {
	var b strings.Builder
	b.WriteString("Towns across the north are trying odd ideas to keep their streets clean and green. We look at six of them.\n\n")
	for i, sec := range []struct{ head, body string }{
		{"Pop-up parks", "A pop-up park turns two parking spaces into a small garden for a summer. Leeds opened twelve of them in 2019, and shops beside them reported more visitors. The council now lends planters to any street that asks."},
		{"Bike sheds", "Underground bike sheds store hundreds of bicycles below a single pavement. A robot arm fetches each bike in under a minute. York built the first one beside its railway station."},
		{"Glowing trees", "Scientists in Durham have grown trees whose leaves glow faintly at night. The glow comes from a gene borrowed from a deep-sea fungus. The trees could one day light footpaths without electricity."},
		{"Solar benches", "Solar benches charge telephones and measure the air around them. Each bench has a small panel under its seat. Hull placed forty benches along its river in 2021."},
		{"Smart bins", "Smart bins squash their own rubbish and tell the council when they are full. Collections in Bradford fell by two thirds after the bins arrived. The bins run on a panel on their lids."},
		{"Painted grass", "Some councils paint dry grass green during a drought. The paint is made from plants and washes off in the first rain. Critics say the money would be better spent on watering."},
	} {
		fmt.Fprintf(&b, "%d %s\n\n%s\n\n", i+1, sec.head, sec.body)
	}
	a := analyseText(t, b.String())
	// Paragraph 1 is the introduction; each section is a heading and a
	// paragraph: 2–3, 4–5, … 12–13.
	themes := []quiz.Theme{
		{Slug: "towns", Title: "Towns", Paragraphs: []int{1, 2, 3, 4, 5}},
		{Slug: "glowing-trees", Title: "Glowing Trees", Paragraphs: []int{6, 7, 8, 9, 10, 11}},
		{Slug: "paint", Title: "Paint", Paragraphs: []int{12, 13}},
	}
	changed := a.listHeadingTitles(themes)
	want := []string{"Towns", "Glowing Trees", "Painted Grass"}
	for i, th := range themes {
		if th.Title != want[i] {
			t.Errorf("theme %v titled %q, want %q", th.Paragraphs, th.Title, want[i])
		}
	}
	if len(changed) != 1 || changed[0] != 2 || themes[2].Slug != "painted-grass" {
		t.Errorf("retitled %v, slug %q", changed, themes[2].Slug)
	}
	// Two sections: titled by both headings.
	themes = []quiz.Theme{
		{Slug: "towns", Title: "Towns", Paragraphs: []int{1, 2, 3, 4, 5, 6, 7}},
		{Slug: "council-money", Title: "Council Money", Paragraphs: []int{8, 9, 10, 11, 12, 13}},
	}
	a.listHeadingTitles(themes)
	if themes[1].Title != "Council Money" {
		t.Errorf("a theme of three sections retitled %q", themes[1].Title)
	}
	themes[1].Paragraphs = []int{10, 11, 12, 13}
	themes[0].Paragraphs = []int{1, 2, 3, 4, 5, 6, 7, 8, 9}
	a.listHeadingTitles(themes)
	if themes[1].Title != "Smart Bins and Painted Grass" {
		t.Errorf("a theme of two sections titled %q, want %q", themes[1].Title, "Smart Bins and Painted Grass")
	}
}
