package generate

import (
	"fmt"
	"slices"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// TestLoneThemeJoins: a theme proposing nothing joins its neighbour even
// where the article is long enough to keep three themes and the
// neighbour proposes enough on its own. The one-paragraph "Digital
// Society" closing a report on online commons ("The paper is part of the
// IPPR's Digital Society initiative which is producing a number of
// conferences and research papers leading up to the publication of A
// Manifesto For A Digital Britain.") was such a theme: it proposed no
// item and stayed beside its neighbours.
func TestLoneThemeJoins(t *testing.T) {
	x, err := analyse(loneParas())
	if err != nil {
		t.Fatal(err)
	}
	if x.fewestThemes() < 3 {
		t.Fatalf("the text keeps %d themes, want three: it is too short for this test", x.fewestThemes())
	}
	themes := []quiz.Theme{
		{Slug: "first", Title: "First", Paragraphs: []int{1, 2, 3, 4, 5, 6, 7}},
		{Slug: "second", Title: "Second", Paragraphs: []int{8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24}},
		{Slug: "third", Title: "Third", Paragraphs: []int{25}},
	}
	mk := func(theme string, sents ...int) []item {
		var out []item
		for _, i := range sents {
			out = append(out, item{sent: x.sents[i], answer: fmt.Sprint(i), rule: "cloze-short/number", proposed: true, score: 0.5,
				q: &quiz.Question{Theme: theme}})
		}
		return out
	}
	// 4, 4 and 0 proposed: the third theme is lone.
	items := [][]item{mk("first", 0, 1, 3, 4), mk("second", 21, 22, 24, 25), nil}
	opts := Options{}.withDefaults()
	got, gotItems := x.fillThemes(themes, items, opts)
	counts := x.proposedCounts(gotItems, opts)
	for i, th := range got {
		if counts[i] <= loneMost {
			t.Errorf("theme %q %v proposes %d items: a lone theme was left", th.Title, th.Paragraphs, counts[i])
		}
	}
	if len(got) != 2 || !slices.Equal(got[1].Paragraphs[len(got[1].Paragraphs)-2:], []int{24, 25}) {
		t.Errorf("themes %+v: want the lone last paragraph joined to its neighbour", got)
	}
}

func TestLoneJoins(t *testing.T) {
	for _, c := range []struct {
		x, y, n int
		want    bool
	}{
		{3, 0, 2, true},  // "Online Communities" and "Digital Society": the joined theme loses one weak item
		{0, 1, 2, true},  // two lone themes that make a theme of two
		{3, 0, 1, false}, // the joined theme would itself be lone
		{4, 1, 2, false}, // the joined theme would lose two of its larger part's items
		{3, 2, 2, false}, // neither part is lone
	} {
		if got := loneJoins(c.x, c.y, c.n); got != c.want {
			t.Errorf("loneJoins(%d, %d, %d) = %v, want %v", c.x, c.y, c.n, got, c.want)
		}
	}
}

// loneParas are 25 paragraphs of our own on a coast's villages, four
// kinds of paragraph in turn, each with its own place, goods and figures:
// drafted together, any stretch of them proposes a few items.
func loneParas() []string {
	towns := []string{"Ostby", "Varne", "Holmsund", "Brekka", "Lindvik", "Sandholm", "Eskil", "Torvik", "Marstal", "Grena", "Hovden", "Skarvik", "Lunde", "Rosvik", "Fjellby", "Kalvo", "Nesby", "Orsund", "Pello", "Ramsby", "Sulen", "Tingvik", "Uthaug", "Vassby", "Ystad"}
	goods := []string{"timber", "salt", "coal", "grain", "wool", "fish", "iron", "copper", "tar", "hemp", "cement", "bricks", "paper", "sugar", "tea", "cotton", "glass", "tin", "zinc", "oats", "barley", "cheese", "butter", "hides", "stone"}
	kinds := []string{
		"The harbour of %[1]s shipped %[2]s to the mainland on a steam ferry. Its board paid %[3]d crowns a year to keep the quay in repair. The %[2]s trade employed %[4]d dockers until the railway came.",
		"Farmers near %[1]s grew %[2]s for the market in the capital. A storm destroyed %[4]d barns in the valley above %[1]s. The parish council lent the farmers %[3]d crowns to rebuild them.",
		"A school opened in %[1]s for the children of %[2]s merchants. Its first teacher taught %[4]d pupils in a single room. The merchants raised %[3]d crowns for a library beside the church.",
		"The mill at %[1]s ground %[2]s for three villages. Its wheel turned for %[4]d months a year, when the river ran high. The miller charged %[3]d crowns for each cartload.",
	}
	var paras []string
	for i := 1; i <= 25; i++ {
		paras = append(paras, fmt.Sprintf(kinds[i%4], towns[i-1], goods[i-1], 100*i, i+12))
	}
	return paras
}
