package generate

import (
	"fmt"
	"slices"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

func TestFillThemes(t *testing.T) {
	var paras []string
	for i := 1; i <= 6; i++ {
		paras = append(paras, fmt.Sprintf("Ferry %d crossed the bay to Ostby in %d. It carried %d riders a day between the two harbours of the bay. "+
			"Its crew of %d sailors kept the engines running through the long winter of %d.", i, 1900+i, 100*i, i+2, 1910+i))
	}
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	themes := []quiz.Theme{
		{Slug: "first", Title: "First", Paragraphs: []int{1, 2}},
		{Slug: "second", Title: "Second", Paragraphs: []int{3}},
		{Slug: "third", Title: "Third", Paragraphs: []int{4, 5, 6}},
	}
	// Items on distinct sentences, none a repeat: 4, 1 and 4 proposed.
	mk := func(theme string, sents ...int) []item {
		var out []item
		for _, i := range sents {
			out = append(out, item{sent: x.sents[i], answer: fmt.Sprint(i), rule: "cloze-short/number", proposed: true, score: 0.5,
				q: &quiz.Question{Theme: theme}})
		}
		return out
	}
	items := [][]item{mk("first", 0, 1, 3, 4), mk("second", 6), mk("third", 9, 10, 12, 13)}
	opts := Options{}.withDefaults()
	got, gotItems := x.fillThemes(themes, items, opts)
	// Every theme left proposes enough items, or one theme is left; the
	// themes still cover the paragraphs in order, and a merged theme keeps
	// the title of a part of it (or, left alone, takes the course's).
	counts := x.proposedCounts(gotItems, opts)
	next := 1
	for i, th := range got {
		if len(got) > 1 && counts[i] < minProposed {
			t.Errorf("theme %q proposes %d items", th.Title, counts[i])
		}
		if len(got) == 1 {
			// One theme left is the whole article: the course's title.
			if th.Title != x.course || x.course == "" {
				t.Errorf("the one theme left titled %q, want the course's title %q", th.Title, x.course)
			}
		} else if !slices.Contains([]string{"First", "Second", "Third"}, th.Title) {
			t.Errorf("merged theme titled %q", th.Title)
		}
		for _, p := range th.Paragraphs {
			if p != next {
				t.Fatalf("theme %q has paragraph %d, want %d", th.Title, p, next)
			}
			next++
		}
	}
	if next != 7 || len(got) == 3 {
		t.Errorf("themes %+v: want the thin theme merged, all paragraphs covered", got)
	}
}
