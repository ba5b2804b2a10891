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
	var paras []string
	for i := 1; i <= 25; i++ {
		paras = append(paras, fmt.Sprintf("Ferry %d crossed the bay to Ostby in %d. It carried %d riders a day between the two harbours of the bay. "+
			"Its crew of %d sailors kept the engines running through the long winter of %d.", i, 1900+i, 100*i, i+2, 1910+i))
	}
	x, err := analyse(paras)
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
